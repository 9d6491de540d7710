// Judging the shipped packs and their examples through the library, as the CLI would, with the packs read from policies/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CheckResult, check, type TextFile } from '../../src/check/index.js';
import type { Finding } from '../../src/findings.js';
import { loadPack, type Policy } from '../../src/policy/pack.js';
import { REPO_ROOT } from '../helpers/fleet.js';

/** The packs this folder tests, each with an examples/<pack>/ folder. */
export const PACKS = ['microcloud', 'microshift', 'charmed-etcd', 'openstack', 'mosk', 'kubernetes'] as const;

/** One of the shipped packs. */
export type PackName = (typeof PACKS)[number];

/** The text of policies/<name>.yaml. */
export function packText(name: string): string {
  return readFileSync(path.join(REPO_ROOT, 'policies', `${name}.yaml`), 'utf8');
}

/** A shipped pack, loaded; throws with the pack's first finding when it does not load. */
export function policyOf(name: string): Policy {
  const { policy, findings } = loadPack(packText(name), `policies/${name}.yaml`);
  if (!policy)
    throw new Error(`${name}: ${findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`);
  return policy;
}

/** An example manifest of a pack: examples/<pack>/<name>.yaml. */
export function example(pack: string, name: 'base' | 'head-pass' | 'head-fail'): TextFile {
  const file = `examples/${pack}/${name}.yaml`;
  return { file, text: readFileSync(path.join(REPO_ROOT, file), 'utf8') };
}

/** Resolves every shipped pack by name from policies/. */
export function resolveShipped(name: string): TextFile | undefined {
  if (!(PACKS as readonly string[]).includes(name)) return undefined;
  return { file: `policies/${name}.yaml`, text: packText(name) };
}

/** The moment the pack tests judge at: after MicroCloud 1's end of life, outside any freeze. */
export const NOW = new Date('2026-11-22T12:00:00Z');

/** Runs `check` on a head (and base) given as text, with the shipped packs. */
export async function judgeText(head: string, base?: string): Promise<CheckResult> {
  return check({
    head: { file: 'fleet.yaml', text: head },
    ...(base !== undefined ? { base: { file: 'base.yaml', text: base } } : {}),
    resolvePack: resolveShipped,
    now: NOW,
  });
}

/** Runs `check` on a pack's example head against its example base. */
export async function judgeExample(
  pack: string,
  head: 'base' | 'head-pass' | 'head-fail',
  base: 'base' | null = 'base',
): Promise<CheckResult> {
  return check({
    head: example(pack, head),
    ...(base ? { base: example(pack, base) } : {}),
    resolvePack: resolveShipped,
    now: NOW,
  });
}

/** The findings as [rule, cluster, component, member] rows, for tables that read like the manifest. */
export function where(
  findings: Finding[],
): Array<[string, string | undefined, string | undefined, string | undefined]> {
  return findings.map((f) => [f.rule, f.cluster, f.component, f.member]);
}

/** A manifest's YAML for one pack: clusters written as the test gives them. */
export function manifest(pack: string, clusters: string, extra = ''): string {
  return `apiVersion: rollgate/v1\nkind: Fleet\npolicy: ${pack}\n${extra}clusters:\n${clusters}`;
}
