import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RollgateError } from '../findings.js';
import { keepHeapSmallFor } from '../io/heap.js';
import { processAsk } from '../io/member-commands.js';
import { checkSources, gatherSources } from '../io/sources.js';
import { observeFleet } from '../observe/index.js';
import { parseTransport } from '../plan/shell.js';
import { inertText } from '../report/escape.js';
import type { CliIo, CliServices } from './io.js';

/** Output of one command beyond this is not read: `snap list` of a member is a few kilobytes. */
const MAX_OUTPUT_BYTES = 1024 * 1024;

/** Reads a whole number flag within bounds, or ends the run with one sentence. */
function wholeNumber(value: unknown, flag: string, min: number, max: number): number {
  const text = String(value);
  const number = /^\d{1,7}$/.test(text) ? Number(text) : Number.NaN;
  if (!(number >= min && number <= max))
    throw new RollgateError(`--${flag} ${JSON.stringify(text)} is not a whole number from ${min} to ${max}.`);
  return number;
}

/**
 * `rollgate observe`: asks every member of the head manifest what it runs, through the transport, and writes
 * observed.json. Exit 0 written (members that did not answer are `unknown` in it); 2 could not run.
 */
export async function observeCommand(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  services: CliServices,
): Promise<number> {
  if (!values.head)
    throw new RollgateError(
      '--head is required: the manifest whose members to ask, for example --head fleet.yaml.',
    );
  const concurrency = wholeNumber(values.concurrency ?? '32', 'concurrency', 1, 1024);
  const timeoutSeconds = wholeNumber(values.timeout ?? '30', 'timeout', 1, 3600);
  const transport = parseTransport(values.transport as string | undefined);
  const outName = String(values.out ?? 'observed.json');
  const sources = await gatherSources({
    cwd: io.cwd,
    policies: String(values.policies ?? 'policies'),
    repository: services.repository,
    head: String(values.head),
  });
  keepHeapSmallFor(sources);
  const result = await checkSources(sources, new Date());
  const fleet = result.head.fleet;
  if (!fleet || result.head.findings.length > 0 || !result.policy) {
    const first = result.findings[0];
    throw new RollgateError(
      `${inertText(sources.head.file)} cannot be read${first ? ` (line ${first.line}: ${first.message})` : ''}; rollgate check says why.`,
    );
  }
  const tty = io.isTTY;
  const observed = await observeFleet(
    fleet,
    result.policy.pack,
    processAsk({ transport, timeoutSeconds, maxBytes: MAX_OUTPUT_BYTES, env: io.env as NodeJS.ProcessEnv }),
    {
      manifest: sources.head.file,
      concurrency,
      now: () => new Date(),
      progress: progressLine(io, tty),
    },
  );
  // Written aside, then moved in place: a reader never sees half a file.
  const out = path.resolve(io.cwd, outName);
  const aside = `${out}.rollgate-partial`;
  await writeFile(aside, `${JSON.stringify(observed, null, 2)}\n`);
  await rename(aside, out);
  const unknown = observed.members.filter((member) => member.status === 'unknown');
  const lines = [
    `Observed ${observed.members.length} member${observed.members.length === 1 ? '' : 's'} of ${inertText(sources.head.file)}: ${observed.members.length - unknown.length} answered, ${unknown.length} unknown; written to ${inertText(outName)}.`,
  ];
  for (const member of unknown.slice(0, 20))
    lines.push(
      `  ${inertText(member.cluster)}/${inertText(member.name)}: ${inertText(member.reason ?? 'unknown')}`,
    );
  if (unknown.length > 20) lines.push(`  and ${unknown.length - 20} more.`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** The progress line on stderr: rewritten in place at a terminal, else a line at every twentieth of the fleet. */
function progressLine(io: CliIo, tty: boolean): (done: number, total: number, unknown: number) => void {
  return (done, total, unknown) => {
    const step = Math.max(1, Math.floor(total / 20));
    const text = `rollgate observe: ${done}/${total} members asked, ${unknown} unknown`;
    if (tty) io.stderr(`\r${text}${done === total ? '\n' : ''}`);
    else if (done % step === 0 || done === total) io.stderr(`${text}\n`);
  };
}
