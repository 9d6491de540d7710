// The manifest's `rollout:` settings: how many clusters of a wave roll out at once, and how many may fail.
import { describe, expect, it } from 'vitest';
import { loadManifest, waveRollout } from '../../src/manifest/fleet.js';
import { cluster, fleetYaml } from '../helpers/fleet.js';

const twoWaves = (rollout?: Record<string, unknown>) =>
  fleetYaml({
    waves: ['staging', 'production'],
    ...(rollout ? { rollout } : {}),
    clusters: [
      cluster('lab', undefined, { wave: 'staging' }),
      cluster('prod', undefined, { wave: 'production' }),
    ],
  });

describe('rollout settings', () => {
  it('default to one cluster at a time with no failure tolerated, as before the settings existed', () => {
    const fleet = loadManifest(twoWaves(), 'fleet.yaml').fleet;
    expect(fleet?.rollout).toBeUndefined();
    expect(fleet && waveRollout(fleet, 'production')).toEqual({ parallel: 1, maxFailures: 0 });
    expect(fleet && waveRollout(fleet, null)).toEqual({ parallel: 1, maxFailures: 0 });
  });

  it('apply fleet-wide, with a wave overriding only the fields it names', () => {
    const loaded = loadManifest(
      twoWaves({ parallel: 50, maxFailures: 2, waves: { production: { parallel: 10 } } }),
      'fleet.yaml',
    );
    expect(loaded.findings).toEqual([]);
    const fleet = loaded.fleet;
    if (!fleet) throw new Error('no fleet');
    expect(waveRollout(fleet, 'staging')).toEqual({ parallel: 50, maxFailures: 2 });
    expect(waveRollout(fleet, 'production')).toEqual({ parallel: 10, maxFailures: 2 });
  });

  it('read a wave named like an Object.prototype member as no override, not as a function', () => {
    const fleet = loadManifest(twoWaves({ parallel: 3 }), 'fleet.yaml').fleet;
    expect(fleet && waveRollout(fleet, 'constructor')).toEqual({ parallel: 3, maxFailures: 0 });
  });

  it.each([
    { name: 'parallel 0', rollout: { parallel: 0 }, code: 'minimum', line: 8 },
    { name: 'parallel past a matrix', rollout: { parallel: 257 }, code: 'maximum', line: 8 },
    { name: 'a negative budget', rollout: { maxFailures: -1 }, code: 'minimum', line: 8 },
    { name: 'a fraction', rollout: { parallel: 1.5 }, code: 'type', line: 8 },
    { name: 'a misspelt field', rollout: { paralel: 2 }, code: 'additionalProperties', line: 8 },
    {
      name: 'a wave field it lacks',
      rollout: { waves: { staging: { serial: 2 } } },
      code: 'additionalProperties',
      line: 10,
    },
    {
      name: 'a wave the fleet lacks',
      rollout: { waves: { prod: { parallel: 2 } } },
      code: 'ROLLOUT_WAVE_UNKNOWN',
      line: 9,
    },
  ])('refuse $name with a finding on its line', ({ rollout, code, line }) => {
    const findings = loadManifest(twoWaves(rollout), 'fleet.yaml').findings;
    expect(findings.map((f) => [f.rule, f.code, f.line])).toEqual([['schema', code, line]]);
  });

  it('say which waves there are when the settings name another', () => {
    const [finding] = loadManifest(twoWaves({ waves: { prod: { parallel: 2 } } }), 'fleet.yaml').findings;
    expect(finding?.message).toBe(
      'The `rollout` settings name wave `prod`, which is not one of `waves` (staging, production).',
    );
    const single = fleetYaml({ rollout: { waves: { prod: { parallel: 2 } } }, clusters: [cluster('lab')] });
    expect(loadManifest(single, 'fleet.yaml').findings[0]?.message).toBe(
      'The `rollout` settings name wave `prod`, which is not a wave: the manifest sets no `waves`.',
    );
  });
});
