import { RollgateError } from '../findings.js';
import type { Fleet } from '../manifest/fleet.js';
import { applyMoves, type EditOutcome, type Move, type Run, readFleet } from './manifest-edit.js';

// The shapes schemas/fleet.schema.json allows, so a bump never writes what the schema then rejects.
const VERSION = /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/;
const CHANNEL =
  /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}\/(?:stable|candidate|beta|edge)(?:\/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$/;
const MAX_REVISION = 4_294_967_295;

/** Whether `--to` names a channel without a revision (`5.21/stable`), whose current revision a store gives. */
export function isChannel(text: string): boolean {
  return CHANNEL.test(text);
}

/** Reads `--to`: a version (`4.16.9`), or a channel and revision (`5.21/stable@33110`). */
export function parseTarget(text: string): Run {
  const at = text.lastIndexOf('@');
  if (at >= 0) {
    const channel = text.slice(0, at);
    const revisionText = text.slice(at + 1);
    const revision = Number(revisionText);
    if (!CHANNEL.test(channel)) {
      throw new RollgateError(
        `--to ${JSON.stringify(text)}: ${JSON.stringify(channel)} is not a channel; write track/risk, for example 5.21/stable@33110.`,
      );
    }
    if (!/^[1-9][0-9]*$/.test(revisionText) || revision > MAX_REVISION) {
      throw new RollgateError(
        `--to ${JSON.stringify(text)}: ${JSON.stringify(revisionText)} is not a revision; write a positive whole number after the @.`,
      );
    }
    return { channel, revision };
  }
  if (!VERSION.test(text)) {
    throw new RollgateError(
      `--to ${JSON.stringify(text)} is neither a version (4.16.9) nor a channel with a revision (5.21/stable@33110).`,
    );
  }
  return { version: text };
}

/** Which clusters a bump moves: one by name, the clusters of one wave, or every cluster that runs the component. */
export interface BumpScope {
  cluster?: string;
  wave?: string;
}

/** The moves of `rollgate bump`: the component to the target in every cluster of the scope that runs it. */
export function bumpMoves(
  fleet: Fleet,
  file: string,
  component: string,
  target: Run,
  scope: BumpScope,
): Move[] {
  if (scope.cluster !== undefined && scope.wave !== undefined)
    throw new RollgateError('Give --cluster or --wave, not both.');
  let clusters = fleet.clusters;
  if (scope.cluster !== undefined) {
    clusters = clusters.filter((c) => c.name === scope.cluster);
    if (clusters.length === 0) {
      throw new RollgateError(
        `${file} has no cluster named ${scope.cluster}; it has ${fleet.clusters.map((c) => c.name).join(', ')}.`,
      );
    }
  } else if (scope.wave !== undefined) {
    if (!fleet.waves?.includes(scope.wave)) {
      const known = fleet.waves ? `its waves are ${fleet.waves.join(', ')}` : 'it sets no `waves`';
      throw new RollgateError(`${file} has no wave named ${scope.wave}; ${known}.`);
    }
    clusters = clusters.filter((c) => c.wave === scope.wave);
  }
  const running = clusters.filter((c) => Object.hasOwn(c.components, component));
  if (running.length === 0) {
    const where =
      scope.cluster !== undefined
        ? `cluster ${scope.cluster}`
        : scope.wave !== undefined
          ? `wave ${scope.wave}`
          : file;
    throw new RollgateError(`No cluster in ${where} runs ${component}, so there is nothing to bump.`);
  }
  return running.map((c) => ({ cluster: c.name, component, run: target }));
}

/** `rollgate bump` on a manifest's text: the edited text and what changed, keeping the rest of the file as it was. */
export function bumpManifest(
  text: string,
  file: string,
  component: string,
  target: Run,
  scope: BumpScope = {},
): EditOutcome {
  const fleet = readFleet(text, file);
  return applyMoves(text, file, bumpMoves(fleet, file, component, target, scope));
}
