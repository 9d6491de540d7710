// The PR comment preview and the GitHub matrix the rollout workflow runs.
import { describe, expect, it } from 'vitest';
import { matrixChunks, mermaidLabel, renderPlanPreview } from '../../src/plan/index.js';
import type { Plan, Stage } from '../../src/plan/types.js';
import { microcloudUpgrade, planChange } from './helpers.js';

/** A stage as a test writes it: two members, one part. */
function stage(id: string, overrides: Partial<Stage> = {}): Stage {
  return {
    id,
    wave: null,
    cluster: 'lab',
    component: 'lxd',
    from: '5.21/stable@1',
    to: '5.21/stable@2',
    strategy: 'serial',
    proxy: null,
    runner: null,
    gate: 'none',
    pauseAfterMember: 'none',
    health: null,
    before: [],
    members: ['m-1', 'm-2'].map((name) => ({
      name,
      role: 'worker',
      workload: 'live',
      from: null,
      to: {},
      steps: [],
    })),
    after: [],
    parts: [{ part: 1, members: ['m-1', 'm-2'], approval: false, reason: null }],
    ...overrides,
  };
}

describe('renderPlanPreview', () => {
  it('shows the MicroCloud upgrade as a table and a Mermaid flowchart of the same stages', async () => {
    const { base, head } = microcloudUpgrade();
    const { plan } = await planChange(base, head);
    const preview = renderPlanPreview(plan);
    expect(preview).toMatchSnapshot();
    expect(preview.match(/^\| \d+ \|/gm)).toHaveLength(4);
    expect(preview).toContain('```mermaid\nflowchart TD\n');
    expect(preview.match(/^ {4}s\d+\["/gm)).toHaveLength(4);
  });

  it('marks the parts that wait for approval, in the table and the flowchart', () => {
    const gated = stage('01-lab-lxd', {
      gate: 'approval',
      parts: [
        {
          part: 1,
          members: ['m-1'],
          approval: true,
          reason: 'm-1 has manual workload handling: move its workloads away, then approve.',
        },
        {
          part: 2,
          members: ['m-2'],
          approval: true,
          reason: 'm-1 is done (pauseAfterMember all): check it, then approve.',
        },
      ],
    });
    const preview = renderPlanPreview({ id: 'sha256:abc', stages: [gated], notes: [], waves: null });
    expect(preview).toContain('⏸ `m-1` → ⏸ `m-2` (one at a time)');
    expect(preview).toContain(
      'approval before `m-2`: m\\-1 is done \\(pauseAfterMember all\\): check it, then approve.',
    );
    expect(preview).toContain('a1{{"approval: m-1"}}');
    expect(preview).toContain('approval before m-2"]');
    expect(preview).toContain('1 stage waits for approval');
  });

  it('escapes whatever a name holds: no markup in the table, no way out of a Mermaid label or the code block', () => {
    const hostile = '<img src=x>`](http://x)"]\n```\n@admin #1|';
    const preview = renderPlanPreview({
      id: 'sha256:abc',
      stages: [stage('01-x', { cluster: hostile, component: hostile, to: hostile })],
      notes: [hostile],
      waves: [hostile],
    });
    // Inside a code span `<img` and `@admin` are literal text; outside one they would be markup and a mention.
    const withoutDiagram = preview.replace(/```mermaid\n[\s\S]*?\n```\n/, '');
    const outsideCode = withoutDiagram.replace(/`[^`\n]*`/g, '');
    expect(outsideCode).not.toMatch(/<img|@admin|\]\(http/);
    expect(preview.match(/```/g)).toHaveLength(2);
    const diagram = /```mermaid\nflowchart TD\n([\s\S]*?)\n```\n/.exec(preview)?.[1] ?? '';
    expect(diagram).not.toBe('');
    for (const line of diagram.split('\n'))
      expect(line).toMatch(/^ *(subgraph c\d+\["[^"\n]*"\]|s\d+\["[^"\n]*"\]|end|s\d+ --> s\d+)$/);
    for (const row of preview.split('\n').filter((l) => l.startsWith('| 1 |')))
      expect(row.split(/(?<!\\)\|/)).toHaveLength(12);
  });

  it('encodes every character that could end a quoted Mermaid label', () => {
    expect(mermaidLabel('a"b')).toBe('a#34;b');
    expect(mermaidLabel('x`<>[]{}|;#\n')).toBe('x#96;#60;#62;#91;#93;#123;#125;#124;#59;#35;#10;');
    expect(mermaidLabel('lab-1: 5.21/stable@33110')).toBe('lab-1: 5.21/stable@33110');
  });

  it('says so when the change moves no member', () => {
    expect(renderPlanPreview({ id: 'sha256:abc', stages: [], notes: [], waves: null })).toContain(
      'No stages',
    );
  });
});

describe('matrixChunks', () => {
  it('lists every part in plan order with its approval environment and runner labels', () => {
    const plan: Pick<Plan, 'id' | 'stages'> = {
      id: 'sha256:abc',
      stages: [
        stage('01-lab-a', { runner: ['self-hosted', 'lab'] }),
        stage('02-lab-b', {
          gate: 'approval',
          parts: [
            { part: 1, members: ['m-1'], approval: false, reason: null },
            { part: 2, members: ['m-2'], approval: true, reason: 'why' },
          ],
        }),
      ],
    };
    const { chunks, environments } = matrixChunks(plan);
    expect(chunks).toHaveLength(1);
    expect(
      chunks[0]?.include.map((e) => [e.name, e.stage, e.part, e.environment, e.runsOn.join(',')]),
    ).toEqual([
      ['01-lab-a', '01-lab-a', 1, '', 'self-hosted,lab'],
      ['02-lab-b (1/2)', '02-lab-b', 1, '', 'self-hosted'],
      ['02-lab-b (2/2)', '02-lab-b', 2, 'rollgate-lab', 'self-hosted'],
    ]);
    expect(environments).toEqual(['rollgate-lab']);
  });

  it.each([
    [1, 256, [1]],
    [256, 256, [256]],
    [257, 256, [256, 1]],
    [600, 256, [256, 256, 88]],
    [5, 2, [2, 2, 1]],
    [0, 256, []],
  ])('splits %i jobs into matrices of at most %i', (count, max, sizes) => {
    const stages = Array.from({ length: count }, (_, i) =>
      stage(`${String(i + 1).padStart(3, '0')}-lab-x`, {
        parts: [{ part: 1, members: ['m-1'], approval: false, reason: null }],
      }),
    );
    const { chunks } = matrixChunks({ id: 'sha256:abc', stages }, max);
    expect(chunks.map((c) => c.include.length)).toEqual(sizes);
    expect(chunks.flatMap((c) => c.include.map((e) => e.stage))).toEqual(stages.map((s) => s.id));
  });

  it.each([0, 257, 1.5])('refuses a matrix size of %s', (max) => {
    expect(() => matrixChunks({ id: 'x', stages: [] }, max)).toThrow('1 to 256');
  });
});
