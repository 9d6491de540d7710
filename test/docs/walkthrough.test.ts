// The README's five-minute walkthrough works as written: its commands run in order on a copy of the bundled
// example, each prints the lines the README shows, and the fleet and the plan end where the README says.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertBuilt, BIN } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fleet.js';

const HEADING = '## Five minutes: waves, a store proxy and a promotion';

/** The commands the README refuses on purpose: each exits 1 and writes nothing. */
const REFUSED = [
  'npx rollgate bump microceph --to squid/stable@4100 --wave production --file out/fleet.yaml',
];

/** A command of the walkthrough with the output lines the README shows under it. */
interface Step {
  command: string;
  shown: string[];
}

/** The `$ ` commands of the walkthrough's console blocks, in order, each with the lines shown under it. */
function walkthroughSteps(readme: string): Step[] {
  const start = readme.indexOf(`${HEADING}\n`);
  if (start < 0) throw new Error(`README.md has no "${HEADING}" section.`);
  const end = readme.indexOf('\n## ', start + HEADING.length);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const steps: Step[] = [];
  for (const block of section.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    for (const line of (block[1] as string).split('\n')) {
      if (line.startsWith('$ ')) steps.push({ command: line.slice(2), shown: [] });
      else if (line.trim() !== '' && line !== '...') steps.at(-1)?.shown.push(line);
    }
  }
  return steps;
}

/** Whether a shown line is one of the output's lines; `…` in it stands for any text. */
function shows(output: string, shown: string): boolean {
  const pattern = shown
    .split('…')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*?');
  return new RegExp(`^${pattern}$`, 'm').test(output);
}

const steps = walkthroughSteps(readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'));
let folder = '';

beforeAll(() => {
  assertBuilt();
  folder = mkdtempSync(path.join(tmpdir(), 'rollgate-walkthrough-'));
  cpSync(path.join(REPO_ROOT, 'examples/walkthrough'), path.join(folder, 'examples/walkthrough'), {
    recursive: true,
  });
});

afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
});

describe('the README walkthrough', () => {
  it('has the commands of a bump, a refused bump, a plan and a promotion', () => {
    const commands = steps.map((step) => step.command);
    expect(commands).toEqual(expect.arrayContaining(REFUSED));
    expect(commands.filter((command) => command.startsWith('npx rollgate promote'))).toHaveLength(1);
    expect(commands.filter((command) => command.startsWith('npx rollgate plan'))).toHaveLength(2);
  });

  it('runs each command with the exit code and the output the README shows, in order', () => {
    for (const { command, shown } of steps) {
      const run = spawnSync('bash', ['-c', command.replaceAll('npx rollgate', `node '${BIN}'`)], {
        cwd: folder,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: folder, NO_COLOR: '1' },
      });
      const output = `${run.stdout}${run.stderr}`;
      expect({ command, status: run.status }).toEqual({ command, status: REFUSED.includes(command) ? 1 : 0 });
      const missing = shown.filter((line) => !shows(output, line));
      expect({ command, missing }, output).toEqual({ command, missing: [] });
    }
  });

  it('ends with every cluster on the new MicroCeph revision and a production plan that waits for approval', () => {
    const fleet = parse(readFileSync(path.join(folder, 'out/fleet.yaml'), 'utf8'));
    const base = parse(readFileSync(path.join(folder, 'examples/walkthrough/base.yaml'), 'utf8'));
    const rolledOut = parse(readFileSync(path.join(folder, 'out/rolled-out.yaml'), 'utf8'));
    const revisions = (manifest: {
      clusters: { name: string; components: { microceph: { revision: number } } }[];
    }) =>
      Object.fromEntries(
        manifest.clusters.map((cluster) => [cluster.name, cluster.components.microceph.revision]),
      );
    expect(revisions(base)).toEqual({ lab: 4067, 'prod-1': 4067, 'prod-2': 4067 });
    expect(revisions(rolledOut)).toEqual({ lab: 4100, 'prod-1': 4067, 'prod-2': 4067 });
    expect(rolledOut, 'the staging bump writes examples/walkthrough/head-pass.yaml').toEqual(
      parse(readFileSync(path.join(REPO_ROOT, 'examples/walkthrough/head-pass.yaml'), 'utf8')),
    );
    expect(revisions(fleet)).toEqual({ lab: 4100, 'prod-1': 4100, 'prod-2': 4100 });

    const plan = JSON.parse(readFileSync(path.join(folder, 'out/plan/plan.json'), 'utf8'));
    expect(
      plan.stages.map((stage: { id: string; gate?: string }) => ({ id: stage.id, gate: stage.gate })),
    ).toEqual([
      { id: '01-prod-1-microceph', gate: 'approval' },
      { id: '02-prod-2-microceph', gate: 'approval' },
    ]);
    const overrides = readFileSync(path.join(folder, 'out/plan/overrides/store-eu.txt'), 'utf8');
    expect(overrides).toContain('snap-proxy override microceph squid/stable=4100');
  });
});
