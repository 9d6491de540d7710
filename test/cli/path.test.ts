// `rollgate path`: the upgrade path a pack's rules allow, through the library and as a process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upgradePathAnswer } from '../../src/cli/path-command.js';
import { assertBuilt, removeWorkspaces, rollgate, workspace } from '../helpers/cli.js';
import { policyOf } from '../packs/pack-helpers.js';

beforeAll(assertBuilt);
afterAll(removeWorkspaces);

describe('upgradePathAnswer', () => {
  it.each([
    ['microshift', 'microshift', '4.14', '4.18', ['4.14', '4.16', '4.18']],
    ['microshift', 'microshift', '4.14.21', '4.16.9', ['4.14.21', '4.16.9']],
    ['openstack', 'identity', '2023.1', '2025.1', ['2023.1', '2024.1', '2025.1']],
    ['openstack', 'compute-node', '2023.2', '2024.2', ['2023.2', '2024.1', '2024.2']],
    ['charmed-etcd', 'charmed-etcd', '3.4', '3.6', ['3.4', '3.5', '3.6']],
    ['kubernetes', 'kube-apiserver', '1.28', '1.31', ['1.28', '1.29', '1.30', '1.31']],
    ['kubernetes', 'kubelet', '1.27', '1.31', ['1.27', '1.30', '1.31']],
    ['mosk', 'mosk', '21.5', '22.2', ['21.5', '21.6', '22.1', '22.2']],
    ['microcloud', 'microovn', '22.03', '25.03', ['22.03', '24.03', '24.09', '25.03']],
    ['microcloud', 'microceph', 'quincy', 'squid', ['quincy', 'squid']],
  ])('%s %s %s to %s goes %j', (pack, component, from, to, expected) => {
    expect(upgradePathAnswer(policyOf(pack), component, from, to)).toMatchObject({
      path: expected,
      reason: null,
    });
  });

  it.each([
    ['a downgrade', 'microshift', 'microshift', '4.16', '4.14', /older than 4.16.*skew\/downgrade/],
    [
      'a major version change',
      'charmed-etcd',
      'charmed-etcd',
      '3.6',
      '4.0',
      /major version \(3 to 4\).*skew\/major/,
    ],
    ['a major version change', 'microshift', 'microshift', '4.18', '5.0', /skew\/major/],
    [
      'an upgrade out of a preview release',
      'microshift',
      'microshift',
      '4.13.9',
      '4.16.2',
      /^microshift allows no upgrade from <4\.14 \("We did not intend to support upgrading to 4\.14 from either earlier version at all"\) \(skew\/jump\)\.$/,
    ],
    [
      'a release centuries ahead',
      'openstack',
      'identity',
      '2023.1',
      '9999.1',
      /more than 256 steps apart, too far for rollgate to chain upgrades; check the versions/,
    ],
  ])('has no path for %s (%s %s %s to %s), and says why', (_what, pack, component, from, to, reason) => {
    const answer = upgradePathAnswer(policyOf(pack), component, from, to);
    expect(answer.path).toBeNull();
    expect(answer.reason).toMatch(reason);
  });

  it('answers the version itself when there is nothing to do', () => {
    expect(upgradePathAnswer(policyOf('mosk'), 'mosk', '22.2', '22.2').path).toEqual(['22.2']);
  });

  it.each([
    [
      'a component the pack lacks',
      'microshift',
      'lxd',
      '1',
      '2',
      /has no component "lxd"; it has microshift/,
    ],
    [
      'a version the scheme cannot read',
      'openstack',
      'identity',
      '2023.1',
      'caracal',
      /"caracal" is not a identity version/,
    ],
    ['a track the pack does not know', 'mosk', 'mosk', '22.1', '22.9', /It knows 21\.1/],
  ])('refuses %s', (_what, pack, component, from, to, message) => {
    expect(() => upgradePathAnswer(policyOf(pack), component, from, to)).toThrow(message);
  });
});

describe('rollgate path', () => {
  const folder = () => workspace({});

  it('prints the path on its first line and exits 0', async () => {
    const run = await rollgate(['path', '--pack', 'microshift', 'microshift', '4.14', '4.18'], folder());
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('4.14 -> 4.16 -> 4.18');
    expect(run.stdout).toContain('2 upgrades, one change each');
    expect(run.stderr).toBe('');
  });

  it('follows SLURP releases for OpenStack', async () => {
    const run = await rollgate(['path', '--pack', 'openstack', 'identity', '2023.1', '2025.1'], folder());
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('2023.1 -> 2024.1 -> 2025.1');
  });

  it('exits 1 and says why when no path leads there', async () => {
    const run = await rollgate(['path', '--pack', 'charmed-etcd', 'charmed-etcd', '3.6', '4.0'], folder());
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^No upgrade path for charmed-etcd from 3\.6 to 4\.0: .*skew\/major/);
  });

  it('exits 0 when the component is there already', async () => {
    const run = await rollgate(['path', '--pack', 'mosk', 'mosk', '22.2', '22.2'], folder());
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('is at 22.2 already');
  });

  it('gives JSON with --format json', async () => {
    const run = await rollgate(
      ['path', '--pack', 'kubernetes', 'kube-apiserver', '1.29', '1.31', '--format', 'json'],
      folder(),
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      pack: 'kubernetes',
      component: 'kube-apiserver',
      from: '1.29',
      to: '1.31',
      allowed: '1 minor version at a time',
      path: ['1.29', '1.30', '1.31'],
      reason: null,
    });
  });

  it('reads a pack from the policies directory before the built-in one', async () => {
    const strict = [
      'apiVersion: rollgate/v1',
      'kind: PolicyPack',
      'name: microshift',
      'order: [microshift]',
      'components:',
      '  microshift:',
      '    versioning: { scheme: semver, source: version }',
      '    jump: { max: 1, major: forbid }',
      '',
    ].join('\n');
    const cwd = workspace({ 'policies/microshift.yaml': strict });
    const run = await rollgate(['path', '--pack', 'microshift', 'microshift', '4.14', '4.16'], cwd);
    expect(run.stdout.split('\n')[0]).toBe('4.14 -> 4.15 -> 4.16');
  });

  it.each([
    ['no --pack', ['path', 'microshift', '4.14', '4.18'], /--pack is required/],
    ['an unknown pack', ['path', '--pack', 'nope', 'x', '1', '2'], /no pack named "nope".*microcloud/],
    [
      'an unknown component',
      ['path', '--pack', 'microshift', 'etcd', '4.14', '4.18'],
      /has no component "etcd"/,
    ],
    [
      'an unreadable version',
      ['path', '--pack', 'microshift', 'microshift', 'four', '4.18'],
      /"four" is not a microshift version/,
    ],
    [
      'two positionals',
      ['path', '--pack', 'microshift', 'microshift', '4.14'],
      /takes a component and two versions/,
    ],
    [
      'an unknown format',
      ['path', '--pack', 'microshift', 'microshift', '4.14', '4.18', '--format', 'xml'],
      /--format "xml"/,
    ],
  ])('exits 2 with one sentence for %s', async (_what, args, message) => {
    const run = await rollgate(args, folder());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
