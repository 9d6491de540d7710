// A freeze scoped to production lets a lab bump through and stops a production one (issue 13), through `bump`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { removeWorkspaces, workspace } from '../helpers/cli.js';
import { fakeRepository } from '../helpers/fakes.js';
import { cluster, fleetYaml, MICROCLOUD_2, patch } from '../helpers/fleet.js';

afterAll(removeWorkspaces);

const FLEET = fleetYaml({
  waves: ['lab', 'production'],
  freeze: [{ from: '2026-11-20', to: '2026-11-30', reason: 'peak season', waves: ['production'] }],
  clusters: [
    cluster('lab', MICROCLOUD_2, { wave: 'lab' }),
    cluster('prod', MICROCLOUD_2, { wave: 'production' }),
  ],
});

/** The same fleet once lab runs lxd 5.21/stable@36020. */
const LAB_DONE = fleetYaml({
  waves: ['lab', 'production'],
  freeze: [{ from: '2026-11-20', to: '2026-11-30', reason: 'peak season', waves: ['production'] }],
  clusters: [
    cluster('lab', patch(MICROCLOUD_2, { lxd: { revision: 36020 } }), { wave: 'lab' }),
    cluster('prod', MICROCLOUD_2, { wave: 'production' }),
  ],
});

async function bump(wave: string) {
  const cwd = workspace({ 'fleet.yaml': wave === 'lab' ? FLEET : LAB_DONE });
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, isTTY: false, env: {} };
  const code = await main(
    ['bump', 'lxd', '--to', '5.21/stable@36020', '--wave', wave, '--now', '2026-11-22'],
    io,
    {
      repository: fakeRepository({ root: cwd, commits: {} }),
    },
  );
  return { code, err: err.join(''), written: readFileSync(path.join(cwd, 'fleet.yaml'), 'utf8') };
}

describe('a production-only freeze', () => {
  it('lets a lab bump through', async () => {
    const lab = await bump('lab');
    expect(lab.err).toBe('');
    expect(lab.code).toBe(0);
    expect(lab.written).toContain('36020');
  });

  it('stops a production bump', async () => {
    const production = await bump('production');
    expect(production.code).toBe(1);
    // Only the freeze: lab runs the revision already, so order/promotion has nothing to say.
    expect(production.err).toContain('this change fails rollgate check (hold/freeze):');
    expect(production.written).toBe(LAB_DONE);
  });
});
