// The pack and manifest fields issue 10 added: pack parameters and the cluster values for them, read-back checks,
// conditions in lists. Each is validated where it is read, so a bad one is a finding or an exit 2, never a command.
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/fleet.js';
import { loadPack } from '../../src/policy/pack.js';
import { packText } from './pack-helpers.js';

const etcd = packText('charmed-etcd');

describe('pack parameters', () => {
  it('loads the charmed-etcd pack with its model and application parameters', () => {
    const { policy, findings } = loadPack(etcd, 'policies/charmed-etcd.yaml');
    expect(findings).toEqual([]);
    expect(policy?.pack.params).toEqual({
      model: { description: 'the Juju model the application runs in ([controller:][owner/]model)' },
      application: { description: 'the Juju application of the cluster', default: 'charmed-etcd' },
    });
  });

  it.each([
    [
      'a parameter named like a placeholder rollgate fills',
      etcd.replace('  model:\n    description:', '  member:\n    description:'),
      /Parameter `member` has the name of a placeholder rollgate fills itself/,
    ],
    [
      'a step naming a parameter the pack does not declare',
      etcd.replace(
        '  application:\n    description: the Juju application of the cluster\n    default: charmed-etcd\n',
        '',
      ),
      /uses the placeholder \{application\}; the known ones are .*\{model\}/,
    ],
    [
      'a read-back whose match is no regular expression',
      etcd.replace('match: "^ +charm-rev: ([0-9]+)$"', 'match: "^ +charm-rev: ([0-9]+$"'),
      /expects a `match` or `like` that is not a regular expression/,
    ],
    [
      'a default that could carry a shell word',
      etcd.replace('default: charmed-etcd', 'default: "etcd; reboot"'),
      /`default` at params\.application\.default is "etcd; reboot", which is not allowed/,
    ],
  ])('refuses %s', (_case, text, message) => {
    const { policy, findings } = loadPack(text, 'policies/charmed-etcd.yaml');
    expect(policy).toBeUndefined();
    expect(findings.map((f) => f.message).join('\n')).toMatch(message);
    expect(findings.every((f) => f.rule === 'schema' && f.line > 0)).toBe(true);
  });
});

describe("a cluster's params", () => {
  const fleet = (params: string) =>
    `apiVersion: rollgate/v1\nkind: Fleet\npolicy: charmed-etcd\nclusters:\n  - name: etcd\n    params: ${params}\n    members: ["0"]\n    components:\n      charmed-etcd: { channel: 3.6/stable, revision: 156 }\n`;

  it('reads safe values into the cluster', () => {
    const loaded = loadManifest(fleet('{ model: "admin/etcd-prod", application: etcd-a }'), 'fleet.yaml');
    expect(loaded.findings).toEqual([]);
    expect({ ...loaded.fleet?.clusters[0]?.params }).toEqual({
      model: 'admin/etcd-prod',
      application: 'etcd-a',
    });
  });

  it.each([
    ['a value with a space and a semicolon', '{ model: "prod; reboot" }'],
    ['a value starting with a dash, which a command would read as a flag', '{ model: "-m" }'],
    ['a number', '{ model: 3 }'],
  ])('refuses %s, on its line', (_case, params) => {
    const loaded = loadManifest(fleet(params), 'fleet.yaml');
    expect(loaded.findings.map((f) => [f.rule, f.line])).toEqual([['schema', 6]]);
  });
});
