import { codeSpan, inlineMarkdown } from '../report/escape.js';
import { formatSeconds, type PlanSchedule } from './graph.js';
import type { Plan, Stage } from './types.js';

// A PR comment holds at most 65,536 characters; past these counts the preview summarises instead.
const MAX_TABLE_ROWS = 100;
const MAX_DIAGRAM_STAGES = 40;

/** The plan as markdown for a PR comment: a table of stages, members and gates, and the same as a Mermaid flowchart. */
export function renderPlanPreview(
  plan: Pick<Plan, 'id' | 'stages' | 'notes' | 'waves' | 'skipped'> & Partial<Pick<Plan, 'schedule'>>,
): string {
  const lines: string[] = [`### Rollout plan ${codeSpan(plan.id.replace(/^sha256:/, '').slice(0, 12))}`, ''];
  if (plan.stages.length === 0) {
    lines.push('No stages: the change moves no member to another pin.');
    for (const note of plan.notes) lines.push('', `- ${inlineMarkdown(note)}`);
    lines.push(...skippedLines(plan));
    return `${lines.join('\n')}\n`;
  }
  const clusters = new Set(plan.stages.map((s) => s.cluster)).size;
  const gated = plan.stages.filter((s) => s.gate === 'approval').length;
  lines.push(
    `${plan.stages.length} stage${plural(plan.stages.length)} in ${clusters} cluster${plural(clusters)}${plan.waves ? `, waves in order ${plan.waves.map(codeSpan).join(' → ')}` : ''}; ` +
      `${gated === 0 ? 'no stage waits for approval' : `${gated} stage${plural(gated)} wait${gated === 1 ? 's' : ''} for approval`}.`,
    ...(plan.schedule ? ['', scheduleLine(plan.schedule)] : []),
    '',
    '| # | Stage | Wave | Cluster | Component | From | To | Members | Health check | Gate |',
    '|---:|---|---|---|---|---|---|---|---|---|',
  );
  plan.stages.slice(0, MAX_TABLE_ROWS).forEach((stage, index) => {
    const cells = [
      String(index + 1),
      codeSpan(stage.id),
      stage.wave ? codeSpan(stage.wave) : '–',
      codeSpan(stage.cluster),
      codeSpan(stage.component),
      stage.from ? codeSpan(stage.from) : '(new)',
      codeSpan(stage.to),
      memberCell(stage),
      stage.health ? codeSpan(stage.health.join(' ')) : '–',
      gateCell(stage),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  });
  if (plan.stages.length > MAX_TABLE_ROWS)
    lines.push('', `…and ${plan.stages.length - MAX_TABLE_ROWS} more stages; plan.json has them all.`);
  lines.push('', ...mermaid(plan.stages));
  const reordered = plan.stages.filter((stage) => stage.orderReason !== undefined);
  if (reordered.length > 0) {
    // Why a stage leaves the pack's order: a reviewer should not have to work it out from the version skew policy.
    lines.push('', "**Order:** stages that move before the pack's order would have them, and why.", '');
    for (const stage of reordered.slice(0, MAX_TABLE_ROWS))
      lines.push(`- ${codeSpan(stage.id)}: ${inlineMarkdown(stage.orderReason ?? '')}`);
    if (reordered.length > MAX_TABLE_ROWS)
      lines.push(`- …and ${reordered.length - MAX_TABLE_ROWS} more; plan.json has them all.`);
  }
  if (plan.notes.length > 0) {
    lines.push('', '**Notes**', '');
    for (const note of plan.notes) lines.push(`- ${inlineMarkdown(note)}`);
  }
  lines.push(...skippedLines(plan));
  return `${lines.join('\n')}\n`;
}

/** The members a plan made with --observed leaves out, and why; nothing without --observed. */
function skippedLines(plan: Pick<Plan, 'skipped'>): string[] {
  const skipped = plan.skipped ?? [];
  if (skipped.length === 0) return [];
  const lines = [
    '',
    `**Skipped** (observed): ${skipped.length} member${plural(skipped.length)} already run${skipped.length === 1 ? 's' : ''} the target.`,
    '',
  ];
  for (const entry of skipped.slice(0, MAX_TABLE_ROWS))
    lines.push(
      `- ${codeSpan(`${entry.cluster}/${entry.member}`)} ${codeSpan(entry.component)}: ${inlineMarkdown(entry.reason)} (observed ${codeSpan(entry.observed)})`,
    );
  if (skipped.length > MAX_TABLE_ROWS)
    lines.push(`- …and ${skipped.length - MAX_TABLE_ROWS} more; plan.json has them all.`);
  return lines;
}

function memberCell(stage: Stage): string {
  if (stage.strategy === 'parallel')
    return `${stage.members.map((m) => codeSpan(m.name)).join(' + ')} (all at once)`;
  const pieces: string[] = [];
  for (const part of stage.parts) {
    const names = part.members.map(codeSpan).join(' → ');
    pieces.push(part.approval ? `⏸ ${names}` : names);
  }
  return `${pieces.join(' → ')} (one at a time)`;
}

function gateCell(stage: Stage): string {
  const waits = stage.parts.filter((part) => part.approval);
  if (waits.length === 0) return 'none';
  return waits
    .map((part) => `approval before ${codeSpan(part.members[0] ?? '')}: ${inlineMarkdown(part.reason ?? '')}`)
    .join('<br>');
}

function mermaid(stages: Stage[]): string[] {
  const shown = stages.slice(0, MAX_DIAGRAM_STAGES);
  const lines = ['```mermaid', 'flowchart TD'];
  const chain: string[] = [];
  let group: string | undefined;
  shown.forEach((stage, index) => {
    const key = `${stage.wave ?? ''}\u0000${stage.cluster}`;
    if (key !== group) {
      if (group !== undefined) lines.push('  end');
      group = key;
      lines.push(
        `  subgraph c${index + 1}["${label(stage.wave ? `wave ${stage.wave}: ${stage.cluster}` : stage.cluster)}"]`,
      );
    }
    const first = stage.parts[0];
    if (first?.approval) {
      lines.push(`    a${index + 1}{{"${label(`approval: ${first.members[0] ?? ''}`)}"}}`);
      chain.push(`a${index + 1}`);
    }
    const order = stage.strategy === 'parallel' ? 'all at once' : 'one at a time';
    const pauses = stage.parts
      .slice(1)
      .filter((part) => part.approval)
      .map((part) => part.members[0] ?? '');
    const text = [
      `${stage.component}: ${stage.from ?? '(new)'} to ${stage.to}`,
      `${order}: ${stage.members.map((m) => m.name).join(', ')}`,
      ...(pauses.length > 0 ? [`approval before ${pauses.join(', ')}`] : []),
    ];
    lines.push(`    s${index + 1}["${text.map(label).join('<br/>')}"]`);
    chain.push(`s${index + 1}`);
  });
  lines.push('  end');
  for (let i = 1; i < chain.length; i++) lines.push(`  ${chain[i - 1]} --> ${chain[i]}`);
  if (stages.length > shown.length) {
    lines.push(
      `  more["${label(`and ${stages.length - shown.length} more stages`)}"]`,
      `  ${chain[chain.length - 1]} --> more`,
    );
  }
  lines.push('```');
  return lines;
}

/**
 * Text for inside a quoted Mermaid label: anything beyond plain characters becomes an entity code, so a name cannot
 * close the quote, start markup, or end the code block.
 */
export function label(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._,:/@+=-]/gu, (char) => `#${char.codePointAt(0)};`);
}

function plural(count: number): string {
  return count === 1 ? '' : 's';
}

/** The graph in one line: how deep the longest chain is, the least time by the packs' estimates, each wave's lanes and budget. */
function scheduleLine(schedule: PlanSchedule): string {
  const waves = schedule.waves.map((wave) => {
    const budget =
      wave.maxFailures === 0
        ? 'no failed cluster tolerated'
        : `${wave.maxFailures} failed cluster${plural(wave.maxFailures)} tolerated`;
    const lanes = `${wave.clusters} cluster${plural(wave.clusters)} in ${wave.lanes} lane${plural(wave.lanes)}, ${budget}`;
    return wave.wave === null ? lanes : `${codeSpan(wave.wave)} ${lanes}`;
  });
  const unestimated =
    schedule.unestimatedSteps > 0
      ? `; ${schedule.unestimatedSteps} step${plural(schedule.unestimatedSteps)} without an estimate counted as 0`
      : '';
  return (
    `**Critical path:** ${schedule.criticalPath} stage${plural(schedule.criticalPath)} deep. ` +
    `**Least time:** ${formatSeconds(schedule.leastSeconds)} by the pack's step estimates (approvals not counted${unestimated}). ` +
    `**Lanes:** ${waves.join('; ')}.`
  );
}
