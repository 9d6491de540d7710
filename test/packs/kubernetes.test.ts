// The kubernetes pack: the version skew policy between kube-apiserver, the controllers and kubelet, and its example.
import { describe, expect, it } from 'vitest';
import { judgeExample, judgeText, manifest, policyOf, where } from './pack-helpers.js';

interface Versions {
  apiserver: string;
  controllerManager?: string;
  scheduler?: string;
  kubelet?: string;
}

/** A cluster of one control plane node and one worker; components default to kube-apiserver's version. */
const cluster = (v: Versions, worker = 'worker-1') =>
  manifest(
    'kubernetes',
    `  - name: prod\n    members:\n      - { name: cp-1, role: control }\n      - ${worker}\n    components:\n` +
      `      kube-apiserver: { version: "${v.apiserver}" }\n` +
      `      kube-controller-manager: { version: "${v.controllerManager ?? v.apiserver}" }\n` +
      `      kube-scheduler: { version: "${v.scheduler ?? v.apiserver}" }\n` +
      `      kubelet: { version: "${v.kubelet ?? v.apiserver}" }\n`,
  );

describe('kubernetes pack', () => {
  it('upgrades kube-apiserver first, then the controllers on the control plane, then kubelet everywhere', () => {
    const { pack } = policyOf('kubernetes');
    expect(pack.order).toEqual(['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet']);
    expect(pack.components['kube-apiserver']?.rollout?.roles).toEqual(['control']);
    expect(pack.components.kubelet?.rollout?.roles).toBeUndefined();
  });

  it.each<[string, Versions]>([
    ['everything on one version', { apiserver: '1.30.2' }],
    [
      'kube-controller-manager and kube-scheduler one minor behind',
      { apiserver: '1.30.2', controllerManager: '1.29.6', scheduler: '1.29.6' },
    ],
    ['kubelet three minors behind', { apiserver: '1.30.2', kubelet: '1.27.9' }],
    ['a newer patch of kube-apiserver than of kubelet', { apiserver: '1.30.4', kubelet: '1.30.2' }],
  ])('accepts the skew: %s', async (_name, versions) => {
    const result = await judgeText(cluster(versions));
    expect(result.findings).toEqual([]);
  });

  it.each<[string, Versions, string]>([
    ['kubelet four minors behind', { apiserver: '1.30.2', kubelet: '1.26.15' }, 'kubelet'],
    ['kubelet newer than kube-apiserver', { apiserver: '1.29.6', kubelet: '1.30.2' }, 'kubelet'],
    [
      'kube-controller-manager two minors behind',
      { apiserver: '1.30.2', controllerManager: '1.28.11' },
      'kube-controller-manager',
    ],
    [
      'kube-scheduler newer than kube-apiserver',
      { apiserver: '1.29.6', scheduler: '1.30.2' },
      'kube-scheduler',
    ],
  ])('rejects the skew: %s', async (_name, versions, component) => {
    const result = await judgeText(cluster(versions));
    expect(result.findings.map((f) => [f.rule, f.component])).toEqual([['skew/components', component]]);
  });

  it("judges each node's own kubelet against kube-apiserver, and only warns that nodes differ", async () => {
    const lagging = '{ name: worker-1, components: { kubelet: { version: "1.27.9" } } }';
    const ok = await judgeText(cluster({ apiserver: '1.30.2' }, lagging));
    expect(ok.findings.map((f) => [f.rule, f.severity, f.member])).toEqual([
      ['skew/members', 'warning', 'worker-1'],
    ]);
    const tooFar = '{ name: worker-1, components: { kubelet: { version: "1.26.15" } } }';
    const bad = await judgeText(cluster({ apiserver: '1.30.2' }, tooFar));
    expect(bad.findings.map((f) => [f.rule, f.member])).toEqual([
      ['skew/components', 'worker-1'],
      ['skew/members', 'worker-1'],
    ]);
    expect(bad.ok).toBe(false);
  });

  it('moves kube-apiserver one minor version at a time, and names the path', async () => {
    const result = await judgeText(
      cluster({ apiserver: '1.31.0', controllerManager: '1.30.2', scheduler: '1.30.2', kubelet: '1.29.6' }),
      cluster({ apiserver: '1.29.6' }),
    );
    expect(result.findings.map((f) => [f.rule, f.component])).toEqual([['skew/jump', 'kube-apiserver']]);
    expect(result.findings[0]).toMatchObject({
      code: 'jumpWithPath',
      data: { path: '1.29.6 -> 1.30 -> 1.31.0' },
    });
  });

  it('lets a node skip minor versions within the skew: kubelet 1.27 straight to 1.30', async () => {
    const result = await judgeText(
      cluster({ apiserver: '1.30.2' }),
      cluster({ apiserver: '1.30.2', kubelet: '1.27.9' }),
    );
    expect(result.findings).toEqual([]);
  });

  it('forbids a major version change', async () => {
    const result = await judgeText(
      cluster({ apiserver: '2.0.0', kubelet: '1.30.2', controllerManager: '1.30.2', scheduler: '1.30.2' }),
      cluster({ apiserver: '1.30.2' }),
    );
    expect(result.findings.map((f) => f.rule)).toContain('skew/major');
  });

  it('passes its example fleet', async () => {
    const result = await judgeExample('kubernetes', 'head-pass');
    expect(result.findings).toEqual([]);
    expect(result.changes).toHaveLength(4);
  });

  it('fails its example, naming each broken part of the skew policy', async () => {
    const result = await judgeExample('kubernetes', 'head-fail');
    expect(where(result.findings)).toEqual([
      ['skew/jump', 'prod', 'kube-apiserver', undefined],
      ['skew/components', 'prod', 'kube-controller-manager', undefined],
      ['skew/components', 'prod', 'kubelet', undefined],
    ]);
  });
});
