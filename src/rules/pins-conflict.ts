import { defineRule, type StateAt } from './types.js';

/**
 * `pins/conflict`: a proxy override pins one revision per snap channel ("A Snap Store channel can publish only one
 * revision of a specific snap at any time"), and every device behind the proxy gets it when it refreshes. Clusters of
 * one wave behind one proxy must agree, since their stages refresh together. Clusters of different waves may differ
 * while a staged rollout is under way: each stage sets the override just before it refreshes its own members, and a
 * held snap is not moved by auto-refresh, so the members of the other waves wait at their revision until their own
 * stage. That holds only for held snaps: one that is not held follows whatever the proxy serves.
 */
export const pinsConflict = defineRule({
  id: 'pins/conflict',
  description:
    'Clusters behind the same proxy pin one snap channel to different revisions: within one wave, or without a hold.',
  severity: 'error',
  messages: {
    revisionsDiffer:
      '{{where}} pins {{component}} {{channel}} to revision {{revision}}, but {{other}} behind the same proxy {{proxy}} pins it to {{otherRevision}}; a proxy override serves one revision per channel. Pin both to the same revision, or serve them from different proxies.',
    notHeld:
      "{{where}} ({{wave}}) pins {{component}} {{channel}} to revision {{revision}} without a hold, while {{other}} ({{otherWave}}) behind the same proxy {{proxy}} pins it to {{otherRevision}}; when one wave's stage sets the override, auto-refresh moves every member that does not hold {{component}} to that revision. Hold it (hold: true), or pin both to the same revision.",
  },
  check(context) {
    const pins = new Map<string, StateAt[]>();
    for (const at of context.states(context.head.fleet)) {
      const { channel, revision } = at.state;
      if (at.cluster.proxy === undefined || channel === undefined || revision === undefined) continue;
      const key = `${at.cluster.proxy}\u0000${at.component}\u0000${channel}`;
      const places = pins.get(key);
      if (places) places.push(at);
      else pins.set(key, [at]);
    }
    const name = (at: StateAt) => (at.member ? `${at.cluster.name}/${at.member.name}` : at.cluster.name);
    const report = (at: StateAt, first: StateAt, messageId: 'revisionsDiffer' | 'notHeld') =>
      context.report({
        path: [...at.path, 'revision'],
        cluster: at.cluster.name,
        component: at.component,
        ...(at.member ? { member: at.member.name } : {}),
        messageId,
        data: {
          where: name(at),
          wave: at.cluster.wave ?? '',
          component: at.component,
          channel: at.state.channel ?? '',
          revision: at.state.revision ?? '',
          other: name(first),
          otherWave: first.cluster.wave ?? '',
          proxy: at.cluster.proxy ?? '',
          otherRevision: first.state.revision ?? '',
        },
      });
    for (const places of pins.values()) {
      const first = places[0] as StateAt;
      const other = places.find((at) => at.state.revision !== first.state.revision);
      if (!other) continue;
      // Without waves (or with a cluster outside them) nothing is staged: every pin of the channel must agree.
      if (places.some((at) => at.cluster.wave === undefined)) {
        for (const at of places)
          if (at.state.revision !== first.state.revision) report(at, first, 'revisionsDiffer');
        continue;
      }
      // Staged: within a wave the pins agree (its stages refresh together); across waves, every member holds.
      const firstOfWave = new Map<string, StateAt>();
      for (const at of places) {
        const wave = at.cluster.wave as string;
        const own = firstOfWave.get(wave);
        if (!own) firstOfWave.set(wave, at);
        else if (at.state.revision !== own.state.revision) report(at, own, 'revisionsDiffer');
      }
      for (const at of places) {
        if (at.state.hold === true) continue;
        const differing = at.state.revision === first.state.revision ? other : first;
        report(at, differing, 'notHeld');
      }
    }
  },
});
