// The walk of one order of moves, move by move, and the first state on the way that breaks a limit, in words.
import { describeSkew, type SkewProblem } from '../skew.js';
import { judge, judged, targetsOf } from './limits.js';
import type { Cell, Limit, Problem, Setting, Track } from './setting.js';
import type { Breach } from './types.js';

/** The first state of an order of moves that breaks a limit, walked move by move; undefined when none does. */
export function walk(setting: Setting, order: readonly string[]): Breach | undefined {
  for (const track of setting.tracks.values()) for (const cell of track.cells) cell.moved = false;
  for (const name of order) {
    const track = setting.tracks.get(name);
    if (!track?.moves) continue;
    for (const cell of track.cells) {
      if (!cell.moves) continue;
      cell.moved = true;
      const breach = breachAt(setting, track, cell);
      if (breach) return breach;
    }
  }
  return undefined;
}

/** A limit the state breaks right after `cell` of `track` moved, among the pairs the move changed. */
function breachAt(setting: Setting, track: Track, cell: Cell): Breach | undefined {
  for (const [index, limit] of setting.limits.entries()) {
    if (limit.subject === track.name) {
      const target = setting.tracks.get(limit.target);
      if (!target) continue;
      for (const other of targetsOf(target, cell.member)) {
        const found = pairBreach(setting, limit, index, track, cell, cell, other);
        if (found) return found;
      }
    } else if (limit.target === track.name) {
      const subject = setting.tracks.get(limit.subject);
      if (!subject) continue;
      for (const other of subject.cells) {
        if (other.member !== cell.member && track.byMember.has(other.member)) continue;
        const found = pairBreach(setting, limit, index, track, cell, other, cell);
        if (found) return found;
      }
    }
  }
  return undefined;
}

function pairBreach(
  setting: Setting,
  limit: Limit,
  index: number,
  moverTrack: Track,
  mover: Cell,
  subject: Cell,
  target: Cell,
): Breach | undefined {
  if (!judged(limit, subject, target)) return undefined;
  const subjectVersion = subject.moved ? subject.end : subject.base;
  const targetVersion = target.moved ? target.end : target.base;
  const problem = judge(setting, limit, index, subjectVersion, targetVersion);
  if (!problem) return undefined;
  const other = mover === subject ? target : subject;
  return describe(setting, problem, moverTrack, mover, subject, subjectVersion, target, targetVersion, {
    // A strict order broken where the other cell stands at its end is broken by the head itself, in every order.
    always: limit.kind === 'order' && (!other.moves || other.moved),
  });
}

function describe(
  setting: Setting,
  problem: Problem,
  moverTrack: Track,
  mover: Cell,
  subject: Cell,
  subjectVersion: string | undefined,
  target: Cell,
  targetVersion: string | undefined,
  { always }: { always: boolean },
): Breach {
  const { limit } = problem;
  const name = (cell: Cell) => setting.memberNames[cell.member] ?? '';
  // The moved cell is `it`; the other is named, `there` when on the member that moved.
  const where = (cell: Cell) => (cell.member === mover.member ? 'there' : `on ${name(cell)}`);
  const subjectText =
    subject === mover ? 'it' : `${limit.subject} ${subjectVersion ?? '(none)'} ${where(subject)}`;
  const targetText =
    target === mover ? 'it' : `${limit.target} ${targetVersion ?? '(none)'} ${where(target)}`;
  let what: string;
  if (limit.kind === 'skew') {
    const skew = problem.skew as SkewProblem;
    const unit = setting.policy.schemes.get(limit.subject)?.unit ?? 'step';
    const distance = Number.isFinite(skew.steps)
      ? `${skew.steps} ${unit}${skew.steps === 1 ? '' : 's'}`
      : 'a major version';
    what = `${subjectText} is ${distance} ${skew.direction} than ${targetText} (${limit.subject} must be ${describeSkew(limit.skew)})`;
  } else if (limit.kind === 'requires') {
    const runs = targetVersion === undefined ? `no ${limit.target}` : `${limit.target} ${targetVersion}`;
    what = `${subjectText} needs ${limit.target} ${(problem.allowed ?? []).join(' or ')}, but ${name(target)} runs ${runs}`;
  } else {
    what = `${subjectText} is newer than ${targetText}, which the order puts before ${limit.subject}`;
  }
  const moverVersion = mover.end ?? '';
  return {
    component: moverTrack.name,
    member: name(mover),
    from: mover.base ?? null,
    to: moverVersion,
    kind: limit.kind,
    subject: { component: limit.subject, member: name(subject), version: subjectVersion ?? null },
    target: { component: limit.target, member: name(target), version: targetVersion ?? null },
    always,
    text: `once ${moverTrack.name} ${moverVersion} runs on ${name(mover)}, ${what}`,
  };
}
