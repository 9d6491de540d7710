import { type SchemaCode, schemaFinding } from '../bad-input.js';
import type { Finding } from '../findings.js';
import { manifestPaths } from '../manifest/fleet.js';
import { keyPositionOf } from '../manifest/positions.js';
import { trackOf } from '../policy/comparable.js';
import type { Policy } from '../policy/pack.js';
import type { Judged } from '../rules/types.js';
import { statesOf } from './states.js';

/** Components the pack does not know, versions its schemes cannot read, and clusters of the wrong size. */
export function checkAgainstPack(head: Judged, policy: Policy): Finding[] {
  const findings: Finding[] = [];
  const pack = policy.pack;
  const report = (
    path: (string | number)[],
    code: SchemaCode,
    data: Record<string, string>,
    subject: Pick<Finding, 'cluster' | 'component' | 'member'>,
  ) => {
    const { line, column } = keyPositionOf(head.source, path);
    findings.push(schemaFinding(code, { file: head.source.file, line, column, ...subject }, data));
  };
  for (const cluster of head.fleet.clusters) {
    const size = cluster.members.length;
    if (
      (pack.members?.min !== undefined && size < pack.members.min) ||
      (pack.members?.max !== undefined && size > pack.members.max)
    ) {
      const range =
        pack.members.min === pack.members.max
          ? `exactly ${pack.members.min}`
          : `${pack.members.min ?? 1} to ${pack.members.max ?? 'any number of'}`;
      report(
        [...manifestPaths.cluster(cluster), 'members'],
        'MEMBER_COUNT',
        { cluster: cluster.name, size: `${size} member${size === 1 ? '' : 's'}`, pack: pack.name, range },
        { cluster: cluster.name },
      );
    }
  }
  for (const at of statesOf(head.fleet)) {
    const subject = () => ({
      cluster: at.cluster.name,
      component: at.component,
      ...(at.member ? { member: at.member.name } : {}),
    });
    const spec = Object.hasOwn(pack.components, at.component) ? pack.components[at.component] : undefined;
    if (!spec) {
      report(
        at.path,
        'UNKNOWN_COMPONENT',
        { component: at.component, pack: pack.name, known: pack.order.join(', ') },
        subject(),
      );
      continue;
    }
    const source = spec.versioning.source;
    const channel = at.state.channel;
    const raw =
      source === 'track' ? (channel === undefined ? undefined : trackOf(channel)) : at.state.version;
    if (raw === undefined) {
      report(
        at.path,
        'VERSION_MISSING',
        {
          component: at.component,
          needed: source === 'track' ? 'a `channel` (track/risk)' : 'a `version`',
          pack: pack.name,
        },
        subject(),
      );
      continue;
    }
    const scheme = policy.schemes.get(at.component);
    if (!scheme?.isValid(raw)) {
      report(
        at.path,
        'UNREADABLE_VERSION',
        {
          component: at.component,
          what: source === 'track' ? 'track' : 'version',
          version: raw,
          pack: pack.name,
          scheme: spec.versioning.scheme,
          known: scheme?.known ?? '',
        },
        subject(),
      );
    }
  }
  return findings;
}
