// The pure update: which components and waves move, to which revision, and what is left alone and why.
import { describe, expect, it } from 'vitest';
import type { Release } from '../../src/datasource/index.js';
import { readFleet } from '../../src/edit/manifest-edit.js';
import { applyUpdates, planUpdates, updateLookups } from '../../src/edit/update.js';
import type { Pack } from '../../src/policy/types.js';

const PACK = {
  name: 'snaps',
  datasource: 'snap-store',
  order: ['microceph', 'lxd', 'tool'],
  components: { microceph: {}, lxd: {}, tool: { datasource: undefined } },
} as unknown as Pack;

const fleet = (clusters: string) =>
  `apiVersion: rollgate/v1\nkind: Fleet\npolicy: microcloud\nwaves: [canary, staging, production]\nclusters:\n${clusters}`;

const cluster = (name: string, wave: string, components: string, extra = '') =>
  `  - name: ${name}\n    wave: ${wave}\n${extra}    members: [${name}-1]\n    components:\n${components}`;

const lxd = (revision: number, extra = '') =>
  `      lxd: { channel: 5.21/stable, revision: ${revision}${extra} }\n`;

const release = (revision: number, architecture = 'amd64', version = '5.21.3'): Release => ({
  track: '5.21',
  risk: 'stable',
  architecture,
  revision,
  version,
});

function plan(text: string, releases: Release[], filter = {}) {
  const parsed = readFleet(text, 'fleet.yaml');
  const { lookups, skipped } = updateLookups(parsed, PACK, 'fleet.yaml', filter);
  const result = planUpdates(parsed, lookups, new Map([['lxd', releases]]), filter);
  return { ...result, skipped: [...skipped, ...result.skipped], fleet: parsed };
}

describe('planUpdates', () => {
  it('moves the earliest wave with a cluster behind, and none after it', () => {
    const text = fleet(
      cluster('a', 'canary', lxd(200)) +
        cluster('b', 'staging', lxd(100)) +
        cluster('c', 'production', lxd(100)),
    );
    const { updates } = plan(text, [release(200)]);
    expect(updates).toEqual([
      {
        component: 'lxd',
        wave: 'staging',
        datasource: 'snap-store',
        clusters: [
          {
            cluster: 'b',
            architecture: 'amd64',
            channel: '5.21/stable',
            from: 100,
            to: 200,
            version: '5.21.3',
          },
        ],
      },
    ]);
  });

  it('never moves a cluster to a lower revision than it runs (a channel set back)', () => {
    const { updates, skipped } = plan(fleet(cluster('a', 'canary', lxd(300))), [release(200)]);
    expect(updates).toEqual([]);
    expect(skipped).toContainEqual({
      component: 'lxd',
      reason: 'every cluster runs the newest revision of its channel',
    });
  });

  it('waits for the whole component when a cluster of the earliest wave has no release for its architecture', () => {
    const text = fleet(cluster('a', 'canary', lxd(100), '    architecture: s390x\n'));
    expect(plan(text, [release(200)]).skipped).toContainEqual({
      component: 'lxd',
      wave: 'canary',
      reason: 'the store lists no revision of 5.21/stable for s390x (cluster a)',
    });
  });

  it("sets the version too where the manifest pins one, from the store's version", () => {
    const text = fleet(cluster('a', 'canary', lxd(100, ', version: "5.21.2"')));
    const result = plan(text, [release(200, 'amd64', '5.21.3')]);
    const edited = applyUpdates(text, 'fleet.yaml', result.fleet, result.updates);
    expect(edited.text).toContain('lxd: { channel: 5.21/stable, revision: 200, version: "5.21.3" }');
  });

  it('refuses a store version that the manifest could not hold, rather than write it', () => {
    const text = fleet(cluster('a', 'canary', lxd(100, ', version: "5.21.2"')));
    expect(plan(text, [release(200, 'amd64', '5.21 beta <b>')]).skipped[0]?.reason).toMatch(
      /^cluster a: it pins a version too, and the store's version of revision 200 is not one a manifest can hold$/,
    );
  });

  it('says which components it leaves and why: a version pin, no datasource', () => {
    const text = fleet(
      cluster(
        'a',
        'canary',
        `${lxd(100)}      microceph: { version: "19.2" }\n      tool: { channel: 1/stable, revision: 3 }\n`,
      ),
    );
    const pack = {
      ...PACK,
      datasource: undefined,
      components: { ...PACK.components, lxd: { datasource: 'snap-store' } },
    };
    const parsed = readFleet(text, 'fleet.yaml');
    const { lookups, skipped } = updateLookups(parsed, pack as unknown as Pack, 'fleet.yaml');
    expect(lookups).toEqual([{ component: 'lxd', datasource: 'snap-store' }]);
    expect(skipped.map((s) => `${s.component}: ${s.reason}`)).toEqual([
      'microceph: no cluster pins it by channel and revision, and a store lists revisions of channels',
      'tool: the snaps pack names no datasource for it',
    ]);
  });

  it.each([
    [{ wave: 'qa' }, /has no wave named qa; its waves are canary, staging, production\./],
    [{ component: 'nova' }, /No cluster in fleet.yaml runs nova/],
  ])('refuses the filter %j in one sentence', (filter, message) => {
    expect(() => plan(fleet(cluster('a', 'canary', lxd(100))), [], filter)).toThrow(message);
  });
});
