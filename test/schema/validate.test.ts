// A schema finding points at the node that breaks the manifest schema, with the code of what is wrong.
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/fleet.js';
import { MICROCLOUD_2, oneCluster } from '../helpers/fleet.js';

/** One manifest problem: the text, and the finding it must give. */
interface Problem {
  name: string;
  text: string;
  code: string;
  /** The whole text, where the wording is what the case guards. */
  message?: string;
  line: number;
  column: number;
}

const base = oneCluster(MICROCLOUD_2);
// In oneCluster's layout: line 5 `  - name: lab`, 6 `members:`, 7-9 the members, 10 `components:`, 11 `microceph:`, 12 its channel, 13 its revision.
const PROBLEMS: Problem[] = [
  {
    name: 'a wrong apiVersion',
    code: 'const',
    text: base.replace('apiVersion: rollgate/v1', 'apiVersion: rollgate/v2'),
    message: '`apiVersion` at apiVersion must be "rollgate/v1".',
    line: 1,
    column: 13,
  },
  {
    name: 'a wrong kind',
    code: 'const',
    text: base.replace('kind: Fleet', 'kind: Fleets'),
    message: '`kind` at kind must be "Fleet".',
    line: 2,
    column: 7,
  },
  {
    name: 'no clusters',
    code: 'required',
    text: base.slice(0, base.indexOf('clusters:')),
    message: 'The manifest is missing `clusters`.',
    line: 1,
    column: 1,
  },
  {
    name: 'an unknown top-level field, at its key',
    code: 'additionalProperties',
    text: base.replace('policy: microcloud\n', 'policy: microcloud\npolicies: [x]\n'),
    line: 4,
    column: 1,
  },
  {
    name: 'an unknown component field, at its key',
    code: 'additionalProperties',
    text: base.replace('        revision: 4067\n', '        revison: 4067\n'),
    line: 13,
    column: 9,
  },
  {
    name: 'a cluster name that is no DNS label',
    code: 'pattern',
    text: base.replace('- name: lab\n', '- name: "lab; rm -rf /"\n'),
    line: 5,
    column: 11,
  },
  {
    name: 'a member name with shell characters',
    code: 'pattern',
    text: base.replace('      - lab-2\n', '      - "$(reboot)"\n'),
    line: 8,
    column: 9,
  },
  {
    name: 'a component name with markdown in it',
    code: 'propertyNames',
    text: base.replace('      microceph:\n', '      "[x](http://evil)":\n'),
    line: 11,
    column: 7,
  },
  {
    name: 'a channel without a risk',
    code: 'pattern',
    text: base.replace('channel: squid/stable', 'channel: squid'),
    line: 12,
    column: 18,
  },
  {
    name: 'a revision of 0',
    code: 'minimum',
    text: base.replace('revision: 4067', 'revision: 0'),
    message: '`revision` at clusters.0.components.microceph.revision must be at least 1.',
    line: 13,
    column: 19,
  },
  {
    name: 'a revision written as text',
    code: 'type',
    text: base.replace('revision: 4067', 'revision: "4067"'),
    message:
      '`revision` at clusters.0.components.microceph.revision must be an integer, not the string 4067.',
    line: 13,
    column: 19,
  },
  {
    name: 'hold: yes (YAML 1.2 reads a string)',
    code: 'type',
    text: base.replace('hold: true', 'hold: yes'),
    message: '`hold` at clusters.0.components.microceph.hold must be a boolean, not the string yes.',
    line: 14,
    column: 15,
  },
  {
    name: 'a freeze date that is no date',
    code: 'format',
    text: base.replace(
      'policy: microcloud\n',
      'policy: microcloud\nfreeze:\n  - { from: christmas, to: 2027-01-04 }\n',
    ),
    message: '`from` at freeze.0.from must be a date (YYYY-MM-DD) or an RFC 3339 date-time.',
    line: 5,
    column: 13,
  },
  {
    name: 'a bad role',
    code: 'enum',
    text: base.replace('      - lab-1\n', '      - { name: lab-1, role: boss }\n'),
    message: '`role` at clusters.0.members.0.role must be one of "control", "worker".',
    line: 7,
    column: 30,
  },
];

describe('schema findings point at the offending node', () => {
  it.each(PROBLEMS)('$name', ({ text, code, message, line, column }) => {
    const loaded = loadManifest(text, 'fleet.yaml');
    expect(loaded.fleet).toBeUndefined();
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({
      rule: 'schema',
      code,
      severity: 'error',
      file: 'fleet.yaml',
      line,
      column,
      ...(message !== undefined ? { message } : {}),
    });
  });
});
