// The pack fit: a manifest the pack cannot judge (an unknown component, a version its scheme cannot read, a version
// missing where the pack reads it) gets a `schema` finding at the component's key.
import { describe, expect, it } from 'vitest';
import { judge, MICROCLOUD_2, oneCluster, snap } from '../helpers/fleet.js';

describe('findings about the pack a manifest names', () => {
  it.each([
    {
      name: 'a component the pack does not know',
      code: 'UNKNOWN_COMPONENT',
      head: oneCluster({ ...MICROCLOUD_2, microk8s: { version: '1.31' } }),
      message:
        'microk8s is not a component of the microcloud pack, which knows microceph, microovn, lxd, microcloud.',
      line: 31,
      column: 7,
    },
    {
      name: 'a track the pack does not know',
      code: 'UNREADABLE_VERSION',
      head: oneCluster({ ...MICROCLOUD_2, microceph: snap('tentacle/stable', 5000) }),
      message:
        'microceph track tentacle is not one the microcloud pack can read (tracks). It knows quincy, reef, squid.',
      line: 11,
      column: 7,
    },
    {
      name: 'a version where the pack reads the track',
      code: 'VERSION_MISSING',
      head: oneCluster({ ...MICROCLOUD_2, lxd: { version: '5.21.3', hold: true, cohort: true } }),
      message: 'lxd needs a `channel` (track/risk) for the microcloud pack to compare its versions.',
      line: 21,
      column: 7,
    },
    {
      name: 'a semver component with no version',
      code: 'VERSION_MISSING',
      head: oneCluster({ server: { channel: '1/stable', revision: 3 } }, { policy: 'toy' }),
      message: 'server needs a `version` for the toy pack to compare its versions.',
      line: 11,
      column: 7,
    },
    {
      name: 'a version the semver scheme cannot read',
      code: 'UNREADABLE_VERSION',
      head: oneCluster({ server: { version: 'latest' } }, { policy: 'toy' }),
      message: 'server version latest is not one the toy pack can read (semver).',
      line: 11,
      column: 7,
    },
  ])('$name', async ({ head, code, message, line, column }) => {
    const result = await judge({ head });
    // The rules still run on what they can read, so another finding may join; the schema one must be there, once.
    expect(result.findings.filter((f) => f.rule === 'schema')).toEqual([
      expect.objectContaining({ code, severity: 'error', message, line, column }),
    ]);
    expect(result.ok).toBe(false);
  });
});
