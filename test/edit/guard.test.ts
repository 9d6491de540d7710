// The edit guard (bump, promote, update): an edit is refused for the errors it brings in, told apart from the ones
// the manifest already had by rule, code, subject and data, never by a finding's words.
import { describe, expect, it } from 'vitest';
import { judgeEdit } from '../../src/edit/guard.js';
import { MICROCLOUD_2, MICROCLOUD_PACK, oneCluster, patch } from '../helpers/fleet.js';

const microcloud = (changes: Parameters<typeof patch>[1]) => oneCluster(patch(MICROCLOUD_2, changes));

const judgeIt = (original: string, edited: string, base?: string) =>
  judgeEdit({
    file: 'fleet.yaml',
    original,
    edited,
    ...(base !== undefined ? { base } : {}),
    resolvePack: (name) =>
      name === 'microcloud' ? { file: 'policies/microcloud.yaml', text: MICROCLOUD_PACK } : undefined,
    now: new Date('2026-11-22T12:00:00Z'),
  });

describe('the edit guard (judgeEdit)', () => {
  it('names an error the edit brings in', async () => {
    const verdict = await judgeIt(microcloud({}), microcloud({ lxd: { hold: false } }));
    expect(verdict.introduced.map((f) => [f.rule, f.code, f.component])).toEqual([
      ['hold/required', 'notHeld', 'lxd'],
    ]);
    expect(verdict.preexisting).toEqual([]);
  });

  it('keeps apart an error the original already had, which the edit neither causes nor fixes', async () => {
    const unheld = { lxd: { hold: false } };
    const verdict = await judgeIt(
      microcloud(unheld),
      microcloud({ ...unheld, microceph: { revision: 4100 } }),
    );
    expect(verdict.introduced).toEqual([]);
    // The base (here the original) has it too, so check makes it a warning marked not introduced (issue 13).
    expect(verdict.preexisting).toEqual([]);
    expect(verdict.warnings.map((f) => [f.rule, f.code, f.component, f.introduced])).toContainEqual([
      'hold/required',
      'notHeld',
      'lxd',
      false,
    ]);
  });

  it('refuses, when strict, an error the base already had, as the strict check of its pull request would', async () => {
    const unheld = { lxd: { hold: false } };
    const verdict = await judgeEdit({
      file: 'fleet.yaml',
      original: microcloud(unheld),
      edited: microcloud({ ...unheld, microceph: { revision: 4100 } }),
      resolvePack: (name) =>
        name === 'microcloud' ? { file: 'policies/microcloud.yaml', text: MICROCLOUD_PACK } : undefined,
      now: new Date('2026-11-22T12:00:00Z'),
      strict: true,
    });
    expect(verdict.introduced.map((f) => [f.rule, f.code, f.component])).toEqual([
      ['hold/required', 'notHeld', 'lxd'],
    ]);
  });

  it('counts a finding of the same rule, code and subject as new when what it is about changes', async () => {
    const base = microcloud({ microovn: { channel: '22.03/stable' } });
    const verdict = await judgeIt(
      microcloud({ microovn: { channel: '24.09/stable' } }),
      microcloud({ microovn: { channel: '25.03/stable' } }),
      base,
    );
    const jumps = verdict.introduced.filter((f) => f.rule === 'skew/jump');
    expect(jumps.map((f) => [f.code, f.component, f.data?.to])).toEqual([
      ['jumpWithPath', 'microovn', '25.03'],
    ]);
    expect(verdict.preexisting.filter((f) => f.rule === 'skew/jump')).toEqual([]);
  });
});
