// `rollgate status` as text, JSON and markdown (the job summary).
import { codeSpan, inertText, inlineMarkdown } from '../report/escape.js';
import type { MemberStatus, RolloutStatus, StageStatus } from './status.js';

export const STATUS_FORMATS = ['text', 'json', 'markdown'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

/** The rollout's state in one sentence. */
export function statusSentence(status: RolloutStatus): string {
  const total = status.stages.length;
  const counted = `${status.done} of ${total} stage${total === 1 ? '' : 's'} done`;
  const failed = status.stages.find((stage) => stage.state === 'failed');
  if (status.state === 'done') return `Rollout done: ${counted}.`;
  if (failed?.failed)
    return `Rollout failed at stage ${failed.id}, member ${failed.failed.member || '(stage)'}, step ${failed.failed.step} (${failed.failed.time}); ${counted}.`;
  const waiting = status.stages.find((stage) => stage.state !== 'done');
  if (status.state === 'waiting' && waiting?.waiting)
    return `Rollout waits for approval of stage ${waiting.id} part ${waiting.waiting.part} (${waiting.waiting.reason}); ${counted}.`;
  if (status.state === 'running') return `Rollout under way: ${counted}.`;
  return `Rollout not started: ${counted}.`;
}

function membersText(stage: StageStatus): string {
  const member = (m: MemberStatus) =>
    m.state === 'failed'
      ? `${m.name} failed at ${m.step}`
      : m.state === 'started'
        ? `${m.name} at ${m.step}`
        : `${m.name} ${m.state}`;
  return stage.members.map(member).join(', ');
}

/** Text for a terminal: the sentence, a line per stage, what remains. */
export function renderStatusText(status: RolloutStatus): string {
  const lines = [inertText(statusSentence(status))];
  const width = Math.max(0, ...status.stages.map((stage) => stage.id.length));
  for (const stage of status.stages) {
    const waits =
      stage.waiting && stage.state !== 'done' ? `  waits for approval of part ${stage.waiting.part}` : '';
    lines.push(
      inertText(`  ${stage.id.padEnd(width)}  ${stage.state.padEnd(12)}  ${membersText(stage)}${waits}`),
    );
  }
  if (status.remaining.length > 0 && status.state !== 'done')
    lines.push(inertText(`Remaining: ${status.remaining.join(', ')}.`));
  if (status.ignored > 0)
    lines.push(
      `${status.ignored} progress record${status.ignored === 1 ? '' : 's'} left out (another plan's, or unreadable).`,
    );
  return `${lines.join('\n')}\n`;
}

export function renderStatusJson(status: RolloutStatus): string {
  return `${JSON.stringify(status, null, 2)}\n`;
}

const ICONS: Record<StageStatus['state'], string> = {
  done: ':white_check_mark: done',
  failed: ':x: failed',
  waiting: ':hourglass: waiting',
  'not-approved': ':no_entry: not approved',
  running: ':arrows_counterclockwise: running',
  pending: 'pending',
};

/** statusSentence in markdown, names in code spans. */
function markdownSentence(status: RolloutStatus): string {
  const total = status.stages.length;
  const counted = `${status.done} of ${total} stage${total === 1 ? '' : 's'} done`;
  const failed = status.stages.find((stage) => stage.state === 'failed');
  if (status.state === 'done') return `:white_check_mark: **Rollout done**: ${counted}.`;
  if (failed?.failed)
    return `:x: **Rollout failed** at stage ${codeSpan(failed.id)}, member ${codeSpan(failed.failed.member || '(stage)')}, step ${codeSpan(failed.failed.step)} (${codeSpan(failed.failed.time)}); ${counted}.`;
  const waiting = status.stages.find((stage) => stage.state !== 'done');
  if (status.state === 'waiting' && waiting?.waiting)
    return `:hourglass: **Rollout waits for approval** of stage ${codeSpan(waiting.id)} part ${waiting.waiting.part}: ${inlineMarkdown(waiting.waiting.reason)}; ${counted}.`;
  if (status.state === 'running') return `**Rollout under way**: ${counted}.`;
  return `**Rollout not started**: ${counted}.`;
}

/** Markdown for the job summary: the sentence and a table of stages. */
export function renderStatusMarkdown(status: RolloutStatus): string {
  const lines = [
    `### Rollout status ${codeSpan(status.plan.replace(/^sha256:/, '').slice(0, 12))}`,
    '',
    markdownSentence(status),
    '',
    '| Stage | State | Members | Waits for |',
    '| --- | --- | --- | --- |',
  ];
  for (const stage of status.stages.slice(0, 200)) {
    const members = stage.members
      .map(
        (m) =>
          `${codeSpan(m.name)} ${m.state}${m.step && m.state !== 'done' ? ` (${codeSpan(m.step)})` : ''}`,
      )
      .join(', ');
    const waits =
      stage.waiting && stage.state !== 'done'
        ? `approval of part ${stage.waiting.part}: ${inlineMarkdown(stage.waiting.reason)}`
        : '–';
    lines.push(`| ${codeSpan(stage.id)} | ${ICONS[stage.state]} | ${members || '–'} | ${waits} |`);
  }
  if (status.stages.length > 200) lines.push('', `…and ${status.stages.length - 200} more stages.`);
  return `${lines.join('\n')}\n`;
}

export const STATUS_RENDERERS: Record<StatusFormat, (status: RolloutStatus) => string> = {
  text: renderStatusText,
  json: renderStatusJson,
  markdown: renderStatusMarkdown,
};
