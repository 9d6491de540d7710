import { defineRule, type StateAt } from './types.js';

/** `pins/conflict`: a proxy override pins one revision per snap channel, so clusters behind one proxy must agree. */
export const pinsConflict = defineRule({
  id: 'pins/conflict',
  description: 'Two clusters behind the same proxy pin one snap channel to different revisions.',
  severity: 'error',
  messages: {
    revisionsDiffer:
      '{{where}} pins {{component}} {{channel}} to revision {{revision}}, but {{other}} behind the same proxy {{proxy}} pins it to {{otherRevision}}; a proxy override serves one revision per channel. Pin both to the same revision, or serve them from different proxies.',
  },
  check(context) {
    const pins = new Map<string, Map<number, StateAt[]>>();
    for (const at of context.states(context.head.fleet)) {
      const { channel, revision } = at.state;
      if (at.cluster.proxy === undefined || channel === undefined || revision === undefined) continue;
      const key = `${at.cluster.proxy}\u0000${at.component}\u0000${channel}`;
      let revisions = pins.get(key);
      if (!revisions) {
        revisions = new Map();
        pins.set(key, revisions);
      }
      const list = revisions.get(revision) ?? [];
      list.push(at);
      revisions.set(revision, list);
    }
    for (const revisions of pins.values()) {
      if (revisions.size < 2) continue;
      const [first, ...rest] = [...revisions.entries()];
      if (!first) continue;
      const [firstRevision, firstPlaces] = first;
      const firstPlace = firstPlaces[0] as StateAt;
      for (const [revision, places] of rest) {
        for (const at of places) {
          const where = at.member ? `${at.cluster.name}/${at.member.name}` : at.cluster.name;
          const other = firstPlace.member
            ? `${firstPlace.cluster.name}/${firstPlace.member.name}`
            : firstPlace.cluster.name;
          context.report({
            path: [...at.path, 'revision'],
            cluster: at.cluster.name,
            component: at.component,
            ...(at.member ? { member: at.member.name } : {}),
            messageId: 'revisionsDiffer',
            data: {
              where,
              component: at.component,
              channel: at.state.channel ?? '',
              revision,
              other,
              proxy: at.cluster.proxy ?? '',
              otherRevision: firstRevision,
            },
          });
        }
      }
    }
  },
});
