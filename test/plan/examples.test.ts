// Every bundled example plans with its pack: the planner and each pack's rollout steps fit together.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import { buildPlan, renderPlanPreview } from '../../src/plan/index.js';
import { NOW, ROOT, repoText } from './helpers.js';

const systems = readdirSync(path.join(ROOT, 'examples')).sort();

describe.each(systems)('examples/%s base to head-pass', (system) => {
  it('plans stages whose job scripts bash can parse, and renders their preview', async () => {
    const head = {
      file: `examples/${system}/head-pass.yaml`,
      text: repoText(`examples/${system}/head-pass.yaml`),
    };
    const base = { file: `examples/${system}/base.yaml`, text: repoText(`examples/${system}/base.yaml`) };
    const result = await check({
      head,
      base,
      resolvePack: (name) => ({ file: `policies/${name}.yaml`, text: repoText(`policies/${name}.yaml`) }),
      now: NOW,
    });
    const bundle = buildPlan({ result, transport: 'ssh {member}' });
    expect(bundle.plan.stages.length).toBeGreaterThan(0);
    for (const [id, script] of Object.entries(bundle.jobs)) {
      const parsed = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
      expect(parsed.stderr, id).toBe('');
    }
    expect(renderPlanPreview(bundle.plan)).toContain('```mermaid');
  });
});
