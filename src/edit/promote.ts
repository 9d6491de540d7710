import { RollgateError } from '../findings.js';
import { describeState, type Fleet, sameRun } from '../manifest/fleet.js';
import { applyMoves, type EditOutcome, type Move, RUN_FIELDS, type Run, readFleet } from './manifest-edit.js';

/** What a promotion left alone, and why, for the person who asked for it. */
export interface Skipped {
  cluster: string;
  component: string;
  reason: string;
}

/**
 * The moves of `rollgate promote`: every cluster of the later wave takes what the clusters of the earlier wave run,
 * component by component. The earlier wave must agree on each component, so there is one thing to promote.
 */
export function promoteMoves(
  fleet: Fleet,
  file: string,
  from: string,
  to: string,
): { moves: Move[]; skipped: Skipped[] } {
  const waves = fleet.waves;
  if (!waves) throw new RollgateError(`${file} sets no \`waves\`, so there is nothing to promote between.`);
  for (const wave of [from, to]) {
    if (!waves.includes(wave))
      throw new RollgateError(`${file} has no wave named ${wave}; its waves are ${waves.join(', ')}.`);
  }
  if (waves.indexOf(from) >= waves.indexOf(to)) {
    throw new RollgateError(
      `Wave ${from} does not come before ${to} in \`waves\` (${waves.join(', ')}); a promotion goes from an earlier wave to a later one.`,
    );
  }
  const sources = fleet.clusters.filter((c) => c.wave === from);
  const targets = fleet.clusters.filter((c) => c.wave === to);
  if (sources.length === 0)
    throw new RollgateError(`No cluster is in wave ${from}, so there is nothing to promote.`);
  if (targets.length === 0)
    throw new RollgateError(`No cluster is in wave ${to}, so there is nothing to promote to.`);
  const runs = new Map<string, Run>();
  const skipped: Skipped[] = [];
  const components = [...new Set(sources.flatMap((c) => Object.keys(c.components)))];
  for (const component of components) {
    const states = sources
      .filter((c) => c.components[component])
      .map((c) => ({ cluster: c.name, state: c.components[component] }));
    const first = states[0];
    if (!first?.state) continue;
    const disagree = states.find((s) => !sameRun(s.state, first.state));
    if (disagree) {
      throw new RollgateError(
        `Wave ${from} does not agree on ${component}: ${first.cluster} runs ${describeState(first.state)} and ${disagree.cluster} runs ${describeState(disagree.state)}. Bring wave ${from} to one state first, or bump ${to} with rollgate bump.`,
      );
    }
    const run: Run = {};
    for (const field of RUN_FIELDS) {
      const value = first.state[field];
      if (value !== undefined) Object.assign(run, { [field]: value });
    }
    runs.set(component, run);
  }
  const moves: Move[] = [];
  for (const cluster of targets) {
    for (const [component, run] of runs) {
      const state = cluster.components[component];
      if (!state) {
        skipped.push({
          cluster: cluster.name,
          component,
          reason: `${cluster.name} does not run ${component}; promote moves components, it does not add them`,
        });
        continue;
      }
      moves.push({ cluster: cluster.name, component, run });
    }
  }
  return { moves, skipped };
}

/** `rollgate promote` on a manifest's text: the later wave's clusters set to what the earlier wave runs. */
export function promoteManifest(
  text: string,
  file: string,
  from: string,
  to: string,
): EditOutcome & { skipped: Skipped[] } {
  const fleet = readFleet(text, file);
  const { moves, skipped } = promoteMoves(fleet, file, from, to);
  return { ...applyMoves(text, file, moves), skipped };
}
