// The action's update mode end to end: dist/index.js as a scheduled run starts it, a real git checkout whose
// origin takes the update branch, the loopback GitHub API, and a loopback Snap Store.
// `npm test` builds dist/ first; run `npm run build` before running this file alone.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeStore } from '../datasource/store-server.js';
import { FakeGitHub } from './github-server.js';
import { type CommitChain, commitChain, gitIn, runAction } from './harness.js';

const FLEET = `apiVersion: rollgate/v1
kind: Fleet
policy: microcloud
waves: [staging, production]
clusters:
  - name: lab
    wave: staging
    members: [lab-1]
    components:
      lxd: { channel: 5.21/stable, revision: 33110, hold: true, cohort: true }
  - name: prod
    wave: production
    members: [prod-1]
    components:
      lxd: { channel: 5.21/stable, revision: 33110, hold: true, cohort: true }
`;

const BRANCH = 'rollgate/update/staging/lxd';

// Three runs of the action, each a node process and several git commands: a loaded 2-core machine needs longer
// than the default 30 s for them together.
const RUNS_TIMEOUT = 120_000;

let github: FakeGitHub;
let store: FakeStore;
let apiUrl: string;
let storeUrl: string;
let chain: CommitChain;

beforeEach(async () => {
  github = new FakeGitHub();
  apiUrl = await github.start();
  store = new FakeStore();
  storeUrl = await store.start();
  chain = await commitChain([{ 'fleet.yaml': FLEET }], { shallow: true });
});

afterEach(async () => {
  await github.stop();
  await store.stop();
  await chain.cleanup();
});

function publish(revision: number) {
  store.publish('lxd', [
    { channel: '5.21/stable', architecture: 'amd64', revision, version: `5.21.${revision}` },
  ]);
}

function update() {
  return runAction({
    workspace: chain.workspace,
    apiUrl,
    eventName: 'schedule',
    event: { schedule: '17 4 * * 1', repository: { full_name: 'octo/fleet' } },
    inputs: { mode: 'update' },
    env: {
      GITHUB_REF: 'refs/heads/main',
      ROLLGATE_STORE_URL: storeUrl,
      ROLLGATE_STORE_RETRY_DELAY_MS: '1',
    },
  });
}

/** The manifest on the update branch, as origin holds it (without its last newline: gitIn trims). */
function onBranch(): Promise<string> {
  return gitIn(path.join(chain.scratch, 'origin.git'), 'show', `refs/heads/${BRANCH}:fleet.yaml`);
}

const withRevision = (revision: number) =>
  FLEET.replace('revision: 33110', `revision: ${revision}`).trimEnd();

describe('update mode', () => {
  it(
    'opens one pull request, opens no duplicate when run again, and updates it on a newer revision',
    async () => {
      publish(33290);
      const first = await update();
      expect(first.code, first.stdout + first.stderr).toBe(0);
      expect(github.pulls).toHaveLength(1);
      const pull = github.pulls[0];
      expect(pull).toMatchObject({
        number: 1,
        state: 'open',
        headRef: BRANCH,
        baseRef: 'main',
        labels: ['rollgate-update'],
      });
      expect(pull?.title).toBe('rollgate: lxd to 5.21/stable@33290 in wave staging');
      expect(
        pull?.body?.startsWith('<!-- rollgate:update manifest=fleet.yaml wave=staging component=lxd -->'),
      ).toBe(true);
      expect(pull?.body).toContain('| `lab` | `amd64` | `5.21/stable` | 33110 | 33290 | `5.21.33290` |');
      expect(pull?.body).toContain('rollgate passed');
      expect(pull?.body).toContain('rollgate promote staging production');
      // Only the earliest lagging wave moves.
      expect(await onBranch()).toBe(withRevision(33290));
      expect(JSON.parse(first.outputs.updates ?? '[]')).toEqual([
        { component: 'lxd', wave: 'staging', branch: BRANCH, pull: 1, action: 'created' },
      ]);

      const again = await update();
      expect(again.code, again.stdout + again.stderr).toBe(0);
      expect(github.pulls).toHaveLength(1);
      expect(github.requestsTo('POST', /\/pulls$/)).toHaveLength(1);
      expect(github.requestsTo('PATCH', /\/pulls\/1$/)).toHaveLength(0);
      expect(JSON.parse(again.outputs.updates ?? '[]')).toEqual([
        { component: 'lxd', wave: 'staging', branch: BRANCH, pull: 1, action: 'unchanged' },
      ]);

      publish(33300);
      const newer = await update();
      expect(newer.code, newer.stdout + newer.stderr).toBe(0);
      expect(github.pulls).toHaveLength(1);
      expect(github.pulls[0]?.title).toBe('rollgate: lxd to 5.21/stable@33300 in wave staging');
      expect(github.pulls[0]?.body).toContain('| 33110 | 33300 |');
      expect(await onBranch()).toBe(withRevision(33300));
      expect(JSON.parse(newer.outputs.updates ?? '[]')[0]).toMatchObject({ pull: 1, action: 'updated' });
    },
    RUNS_TIMEOUT,
  );

  it('closes a pull request whose update is no longer needed, with a comment saying why', async () => {
    // An update pull request of an earlier run, for a revision the publisher has since taken back.
    const branchCommit = await gitIn(chain.workspace, 'rev-parse', 'HEAD');
    await gitIn(chain.workspace, 'push', '-q', 'origin', `${branchCommit}:refs/heads/${BRANCH}`);
    github.pulls.push({
      number: 4,
      state: 'open',
      headSha: branchCommit,
      headLabel: `octo:${BRANCH}`,
      headRef: BRANCH,
      baseRef: 'main',
      title: 'rollgate: lxd to 5.21/stable@33290 in wave staging',
      body: '<!-- rollgate:update manifest=fleet.yaml wave=staging component=lxd -->\nold',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      labels: ['rollgate-update'],
    });
    // A person's pull request from a branch of the same shape is never touched.
    github.pulls.push({
      number: 5,
      state: 'open',
      headSha: branchCommit,
      headLabel: 'octo:rollgate/update/production/lxd',
      headRef: 'rollgate/update/production/lxd',
    });
    publish(33110);
    const stale = await update();
    expect(stale.code, stale.stdout + stale.stderr).toBe(0);
    expect(github.pulls.map((p) => `${p.number} ${p.state}`)).toEqual(['4 closed', '5 open']);
    expect(github.commentsOn(4).map((c) => c.body)).toEqual([
      'rollgate closed this: the update of `lxd` in wave staging is no longer needed (fleet.yaml on main: every cluster runs the newest revision of its channel). A newer revision opens a new pull request.',
    ]);
    await expect(onBranch()).rejects.toThrow();
    expect(JSON.parse(stale.outputs.updates ?? '[]')).toEqual([
      { component: 'lxd', wave: 'staging', branch: BRANCH, pull: 4, action: 'closed' },
    ]);
  });

  it('touches no branch and no pull request when the store fails', async () => {
    publish(33290);
    store.misbehave({ kind: 'status', status: 502, times: 99 });
    const run = await update();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::rollgate could not run: Cannot look up the snap lxd in the Snap Store at http:\/\/127\.0\.0\.1:\d+: it answered HTTP 502 \(4 attempts in [\d.]+ s\)\./,
    );
    expect(github.requestsTo('POST', /./)).toEqual([]);
    await expect(onBranch()).rejects.toThrow();
  });
});
