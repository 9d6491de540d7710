import type { Policy } from '../policy/pack.js';
import type { VersionScheme } from '../policy/schemes/index.js';
import type { ComponentPolicy } from '../policy/types.js';

/**
 * Where editors fetch the manifest schema from: this release's schemas/fleet.schema.json on GitHub, so a
 * repository that uses rollgate only through its Action (and has no node_modules) still gets completion.
 */
export const FLEET_SCHEMA_URL =
  'https://raw.githubusercontent.com/rollgate/rollgate/v0.1.0/schemas/fleet.schema.json';

/** What a starter manifest is made for. */
export interface StarterOptions {
  /** The pack name, as the manifest's `policy` names it. */
  packName: string;
  /** The `$schema` the yaml-language-server line points at: a URL or a path relative to the manifest. */
  schema?: string;
}

interface Choice {
  version: string;
  spec: ComponentPolicy;
}

/**
 * A starter fleet.yaml for a pack: two clusters in two waves, each running every component at a version the pack
 * accepts (its newest known one, held back where another component's `requires` asks for less), with comments that
 * say what to replace. It passes `rollgate check` as written.
 */
export function starterManifest(policy: Policy, options: StarterOptions): string {
  const pack = policy.pack;
  const choices = chooseVersions(policy);
  const single = pack.members?.max === 1;
  const roles = Object.values(pack.components).some((c) => c.rollout?.roles !== undefined);
  const pinsChannels = Object.values(pack.components).some((c) => c.versioning.source === 'track');
  const lines = [
    `# yaml-language-server: $schema=${options.schema ?? FLEET_SCHEMA_URL}`,
    `# A starter fleet for the ${pack.name} pack, written by rollgate init. Replace the cluster and member names,`,
    pinsChannels
      ? '# and the versions, channels and revisions, with what your clusters run (a revision from `snap list` or `juju status`),'
      : '# and the versions with what your clusters run,',
    '# then check it: rollgate check --head fleet.yaml',
    'apiVersion: rollgate/v1',
    'kind: Fleet',
    `policy: ${options.packName}`,
    '# The promotion order: a version reaches production only once staging runs it.',
    'waves: [staging, production]',
    'clusters:',
  ];
  const width = Math.max(...pack.order.map((name) => name.length)) + 1;
  for (const wave of ['staging', 'production']) {
    lines.push(`  - name: ${wave}`, `    wave: ${wave}`, '    members:');
    for (const member of members(wave, single, roles)) lines.push(`      - ${member}`);
    lines.push('    components:');
    for (const name of pack.order) {
      const choice = choices.get(name);
      if (!choice) continue;
      lines.push(`      ${`${name}:`.padEnd(width)} ${stateOf(choice)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function members(cluster: string, single: boolean, roles: boolean): string[] {
  if (single) return [`${cluster}-1`];
  if (roles)
    return [
      `{ name: ${cluster}-control-1, role: control }`,
      `{ name: ${cluster}-worker-1, role: worker }`,
      `{ name: ${cluster}-worker-2, role: worker }`,
    ];
  return [`${cluster}-1`, `${cluster}-2`, `${cluster}-3`];
}

function stateOf({ version, spec }: Choice): string {
  const fields: string[] = [];
  if (spec.versioning.source === 'track') {
    fields.push(`channel: ${version}/${spec.risks?.[0] ?? 'stable'}`, 'revision: 1');
  } else {
    fields.push(`version: ${JSON.stringify(version)}`);
  }
  if (spec.hold === 'required') fields.push('hold: true');
  if (spec.cohort === 'required') fields.push('cohort: true');
  return `{ ${fields.join(', ')} }`;
}

/** Each component's newest version that is neither blocked nor listed with an end of life, then held to what later components require. */
function chooseVersions(policy: Policy): Map<string, Choice> {
  const pack = policy.pack;
  const chosen = new Map<string, Choice>();
  for (const name of pack.order) {
    const spec = pack.components[name];
    const scheme = policy.schemes.get(name);
    if (!spec || !scheme) continue;
    const usable = candidates(spec, scheme).filter((v) => !unusable(spec, scheme, v));
    chosen.set(name, { version: usable[usable.length - 1] ?? scheme.example, spec });
  }
  // `requires` points only at earlier components, so walking the order backwards settles each one before its needs.
  for (const name of [...pack.order].reverse()) {
    const choice = chosen.get(name);
    const scheme = policy.schemes.get(name);
    if (!choice || !scheme) continue;
    for (const requirement of choice.spec.requires ?? []) {
      if (!scheme.matches(choice.version, requirement.version)) continue;
      for (const [other, patterns] of Object.entries(requirement.needs)) {
        const otherChoice = chosen.get(other);
        const otherScheme = policy.schemes.get(other);
        if (!otherChoice || !otherScheme) continue;
        if (patterns.some((p) => otherScheme.matches(otherChoice.version, p))) continue;
        const fits = candidates(otherChoice.spec, otherScheme).filter((v) =>
          patterns.some((p) => otherScheme.matches(v, p)),
        );
        const version = fits[fits.length - 1] ?? patterns.find((p) => otherScheme.isValid(p));
        if (version !== undefined) chosen.set(other, { ...otherChoice, version });
      }
    }
  }
  return chosen;
}

/** The versions the pack names for a component, oldest first, written out in full (4.16 as 4.16.0 for a version). */
function candidates(spec: ComponentPolicy, scheme: VersionScheme): string[] {
  const known = (spec.versioning.versions ?? []).filter((v) => scheme.isValid(v));
  const sorted = [...known].sort((a, b) => scheme.compare(a, b));
  return spec.versioning.source === 'version' ? sorted.map((v) => scheme.inFull(v)) : sorted;
}

function unusable(spec: ComponentPolicy, scheme: VersionScheme, version: string): boolean {
  if ((spec.eol ?? []).some((e) => scheme.matches(version, e.version))) return true;
  return (spec.blocked ?? []).some(
    (b) =>
      b.version !== undefined &&
      b.channel === undefined &&
      b.revision === undefined &&
      scheme.matches(version, b.version),
  );
}
