// How a stage's members are ordered and cut into the parts one job carries out, each waiting for approval or not.
import type { Member } from '../manifest/fleet.js';
import type { PlannedMember, Stage, StagePart } from './types.js';

/** Control members before workers, each group in manifest order, with its place in the manifest: the control plane moves first. */
export function orderMembers(members: Member[]): Array<[Member, number]> {
  const placed = members.map((member, row): [Member, number] => [member, row]);
  return [...placed.filter(([m]) => m.role === 'control'), ...placed.filter(([m]) => m.role !== 'control')];
}

/**
 * Cuts a stage into the runs of members one job carries out. A serial stage waits for approval after its first member
 * (pauseAfterMember first), after every member (all), and before any member whose workloads an operator moves (manual).
 * A parallel stage moves all its members at once, so the only place it can wait is before it starts.
 */
export function splitParts(
  members: PlannedMember[],
  strategy: Stage['strategy'],
  pause: Stage['pauseAfterMember'],
): StagePart[] {
  if (strategy === 'parallel') {
    const manual = members.filter((m) => m.workload === 'manual').map((m) => m.name);
    const reasons: string[] = [];
    if (pause !== 'none')
      reasons.push(`pauseAfterMember is ${pause}, and a parallel stage can only pause before it starts`);
    if (manual.length > 0)
      reasons.push(
        `${listNames(manual)} ${manual.length === 1 ? 'has' : 'have'} manual workload handling: move the workloads away, then approve`,
      );
    return [
      {
        part: 1,
        members: members.map((m) => m.name),
        approval: reasons.length > 0,
        reason: reasons.length > 0 ? joinReasons(reasons) : null,
      },
    ];
  }
  const parts: StagePart[] = [];
  members.forEach((member, index) => {
    const reasons: string[] = [];
    const previous = members[index - 1];
    if (previous && (pause === 'all' || (pause === 'first' && index === 1))) {
      reasons.push(`${previous.name} is done (pauseAfterMember ${pause}): check it, then approve`);
    }
    // A manual member whose pack puts the gate inside its steps runs its steps up to the gate first, in a part of
    // its own (or the one before), and the rest after the approval.
    const gateAt =
      member.workload === 'manual' ? member.steps.findIndex((step) => step.gate === 'before') : -1;
    if (member.workload === 'manual' && gateAt < 0)
      reasons.push(`${member.name} has manual workload handling: move its workloads away, then approve`);
    const current = parts[parts.length - 1];
    if (gateAt >= 0) {
      const until = { member: member.name, step: gateAt };
      if (!current || reasons.length > 0) {
        parts.push({
          part: parts.length + 1,
          members: [member.name],
          approval: reasons.length > 0,
          reason: reasons.length > 0 ? joinReasons(reasons) : null,
          until,
        });
      } else {
        current.members.push(member.name);
        current.until = until;
      }
      parts.push({
        part: parts.length + 1,
        members: [member.name],
        approval: true,
        reason: `${member.name} has manual workload handling: its steps before ${member.steps[gateAt]?.name ?? 'the gate'} are done; move its workloads away, then approve.`,
        resume: { member: member.name, step: gateAt },
      });
      return;
    }
    if (!current || reasons.length > 0) {
      parts.push({
        part: parts.length + 1,
        members: [member.name],
        approval: reasons.length > 0,
        reason: reasons.length > 0 ? joinReasons(reasons) : null,
      });
    } else {
      current.members.push(member.name);
    }
  });
  return parts;
}

function joinReasons(reasons: string[]): string {
  return `${reasons.join('; ')}.`;
}

function listNames(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
