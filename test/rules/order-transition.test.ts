// order/transition through check and plan together, on the shipped packs and the vendors' own cases: what check
// passes, plan orders so that every state keeps the pack's limits; what has no such order, check fails.
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { CheckResult } from '../../src/check/index.js';
import { check } from '../../src/check/index.js';
import { buildPlan, renderPlanPreview } from '../../src/plan/index.js';
import { inlineMarkdown } from '../../src/report/escape.js';
import {
  example,
  judgeExample,
  judgeText,
  manifest,
  NOW,
  PACKS,
  packText,
  resolveShipped,
} from '../packs/pack-helpers.js';

interface Kubernetes {
  apiserver: string;
  controllers: string;
  kubelet: string;
}

/** A kubeadm cluster of one control plane node and two workers. */
const kubernetes = (v: Kubernetes, extra = '') =>
  manifest(
    'kubernetes',
    '  - name: prod\n    members:\n      - { name: cp-1, role: control }\n      - worker-1\n      - worker-2\n' +
      `    components:\n      kube-apiserver: { version: "${v.apiserver}" }\n` +
      `      kube-controller-manager: { version: "${v.controllers}" }\n` +
      `      kube-scheduler: { version: "${v.controllers}" }\n` +
      `      kubelet: { version: "${v.kubelet}" }\n${extra}`,
  );

/** An OpenStack cloud of one controller and one compute node, every service at `release` unless `own` says otherwise. */
const cloud = (release: string, own: Record<string, string> = {}) =>
  manifest(
    'openstack',
    `  - name: cloud\n    members:\n      - { name: ctl-1, role: control }\n      - { name: compute-1, role: worker }\n    components:\n${[
      'identity',
      'image',
      'compute',
      'networking',
      'block-storage',
      'dashboard',
      'orchestration',
      'telemetry',
      'storage-node',
      'compute-node',
    ]
      .map((service) => `      ${service}: { version: "${own[service] ?? release}" }\n`)
      .join('')}`,
  );

const transitions = (result: CheckResult) => result.findings.filter((f) => f.rule === 'order/transition');

describe('the kubelet change from the version skew policy', () => {
  // kube-apiserver 1.31 -> 1.32 with kubelets 1.28 -> 1.31: "Running a cluster with kubelet instances that are
  // persistently three minor versions behind kube-apiserver means they must be upgraded before the control plane
  // can be upgraded."
  const base = kubernetes({ apiserver: '1.31.4', controllers: '1.31.4', kubelet: '1.28.15' });
  const head = kubernetes({ apiserver: '1.32.0', controllers: '1.31.4', kubelet: '1.31.4' });

  it('passes check, and plan moves the kubelets first and says why in plan.json and the preview', async () => {
    const result = await judgeText(head, base);
    expect(result.findings).toEqual([]);
    const { plan } = buildPlan({ result, transport: 'ssh {member}' });
    expect(plan.stages.map((stage) => [stage.component, stage.members.map((m) => m.name)])).toEqual([
      ['kubelet', ['cp-1', 'worker-1', 'worker-2']],
      ['kube-apiserver', ['cp-1']],
    ]);
    const reason =
      "kubelet moves before kube-apiserver in prod, against the kubernetes pack's order: in that order, once kube-apiserver 1.32.0 runs on cp-1, kubelet 1.28.15 there is 4 minor versions older than it (kubelet must be never newer than kube-apiserver and at most 3 older).";
    expect(plan.stages[0]?.orderReason).toBe(reason);
    expect(plan.stages[1]).not.toHaveProperty('orderReason');
    // The field sits after `to` in plan.json, as the stage reads.
    expect(Object.keys(plan.stages[0] ?? {}).slice(4, 7)).toEqual(['from', 'to', 'orderReason']);
    const preview = renderPlanPreview(plan);
    expect(preview).toContain(`- \`${plan.stages[0]?.id}\`: ${inlineMarkdown(reason)}`);
  });

  it('plans the usual upgrade in the pack order, with no reason on any stage', async () => {
    const result = await judgeText(
      kubernetes({ apiserver: '1.30.2', controllers: '1.30.2', kubelet: '1.30.2' }),
      kubernetes({ apiserver: '1.29.6', controllers: '1.29.6', kubelet: '1.29.6' }),
    );
    expect(result.findings).toEqual([]);
    const { plan } = buildPlan({ result, transport: 'ssh {member}' });
    expect(plan.stages.map((stage) => stage.component)).toEqual([
      'kube-apiserver',
      'kube-controller-manager',
      'kube-scheduler',
      'kubelet',
    ]);
    expect(plan.stages.some((stage) => 'orderReason' in stage)).toBe(false);
    expect(renderPlanPreview(plan)).not.toContain('**Order:**');
  });
});

describe('a controller manager two minors behind, moved in the same change as kube-apiserver', () => {
  // kube-apiserver's prerequisite: "The kube-controller-manager, kube-scheduler, and cloud-controller-manager
  // instances that communicate with this server are at version N-1".
  const base = kubernetes({ apiserver: '1.31.4', controllers: '1.30.8', kubelet: '1.31.4' });
  const head = kubernetes({ apiserver: '1.32.0', controllers: '1.32.0', kubelet: '1.31.4' });

  it('fails order/transition on kube-apiserver’s line, naming the state and how to split the change', async () => {
    const result = await judgeText(head, base);
    expect(result.ok).toBe(false);
    expect(transitions(result)).toMatchObject([
      {
        rule: 'order/transition',
        code: 'noOrderSplit',
        severity: 'error',
        message:
          "No order of the moves in prod keeps every state within the kubernetes pack's limits. In the pack's order (every other order meets such a state too), the first state that breaks one: once kube-apiserver 1.32.0 runs on cp-1, kube-controller-manager 1.30.8 there is 2 minor versions older than it (kube-controller-manager must be never newer than kube-apiserver and at most 1 older). Split the change: first move kube-controller-manager to 1.31 and kube-scheduler to 1.31 in prod in a change of its own, then the rest of this one.",
        file: 'fleet.yaml',
        line: head.split('\n').findIndex((line) => line.includes('kube-apiserver:')) + 1,
        column: 7,
        cluster: 'prod',
        component: 'kube-apiserver',
      },
    ]);
    // The other rules have nothing to say: base and head each keep the skew.
    expect(result.findings.map((f) => f.rule)).toEqual(['order/transition']);
  });

  it('passes as the message splits it: the controllers to 1.31 first, then the rest', async () => {
    const middle = kubernetes({ apiserver: '1.31.4', controllers: '1.31', kubelet: '1.31.4' });
    expect((await judgeText(middle, base)).findings).toEqual([]);
    const rest = await judgeText(head, middle);
    expect(rest.findings).toEqual([]);
    expect(
      buildPlan({ result: rest, transport: 'ssh {member}' }).plan.stages.map((stage) => stage.component),
    ).toEqual(['kube-apiserver', 'kube-controller-manager', 'kube-scheduler']);
  });

  it('planned anyway (--force), keeps the pack order and notes why no order passes', async () => {
    const result = await judgeText(head, base);
    const { plan } = buildPlan({ result, transport: 'ssh {member}' });
    expect(plan.stages.map((stage) => stage.component)).toEqual([
      'kube-apiserver',
      'kube-controller-manager',
      'kube-scheduler',
    ]);
    expect(plan.notes).toContain(
      `${transitions(result)[0]?.message} (order/transition: the stages of prod follow the pack's order.)`,
    );
  });
});

describe('OpenStack’s strict service order', () => {
  it('fails Image a release ahead of Identity', async () => {
    // "The order you should upgrade services": 1. Identity service, 2. Image service, ...
    const result = await judgeText(cloud('2024.1', { image: '2024.2' }), cloud('2024.1'));
    expect(transitions(result).map((f) => [f.code, f.component, f.message])).toEqual([
      [
        'strictOrderBroken',
        'image',
        "The openstack pack's order is strict (identity, image, compute, networking, block-storage, dashboard, orchestration, telemetry, storage-node, compute-node), and cloud would break it: once image 2024.2 runs on ctl-1, it is newer than identity 2024.1 there, which the order puts before image. Move identity to 2024.2 or later in this change or before it, or image no further than identity.",
      ],
    ]);
    expect(result.ok).toBe(false);
  });

  it('passes Identity and Image together, and plans Identity first', async () => {
    const result = await judgeText(cloud('2024.1', { identity: '2024.2', image: '2024.2' }), cloud('2024.1'));
    expect(result.findings).toEqual([]);
    expect(
      buildPlan({ result, transport: 'ssh {member}' }).plan.stages.map((stage) => stage.component),
    ).toEqual(['identity', 'image']);
  });

  it('passes a skip-level upgrade (SLURP to SLURP) of the whole cloud, nodes last', async () => {
    const result = await judgeText(cloud('2024.1'), cloud('2023.1'));
    expect(result.findings).toEqual([]);
    const stages = buildPlan({ result, transport: 'ssh {member}' }).plan.stages.map(
      (stage) => stage.component,
    );
    expect(stages.slice(-2)).toEqual(['storage-node', 'compute-node']);
  });
});

describe('when order/transition speaks', () => {
  const base = kubernetes({ apiserver: '1.31.4', controllers: '1.30.8', kubelet: '1.31.4' });
  const head = kubernetes({ apiserver: '1.32.0', controllers: '1.32.0', kubelet: '1.31.4' });

  it('stays quiet without a base: there are no states between', async () => {
    expect(transitions(await judgeText(head))).toEqual([]);
  });

  it('stays quiet where a move is refused already (a jump, a downgrade), whose finding says what to change first', async () => {
    const jump = await judgeExample('kubernetes', 'head-fail');
    expect(jump.findings.map((f) => f.rule)).not.toContain('order/transition');
    const back = await judgeText(cloud('2023.2'), cloud('2024.1'));
    expect(back.findings.map((f) => f.rule)).not.toContain('order/transition');
  });

  it('takes the severity a pack sets', async () => {
    const pack = parse(packText('kubernetes'));
    for (const [severity, expected] of [
      ['warning', ['warning']],
      ['off', []],
    ] as const) {
      pack.rules = { ...pack.rules, 'order/transition': severity };
      const result = await check({
        head: { file: 'fleet.yaml', text: head },
        base: { file: 'base.yaml', text: base },
        resolvePack: (name) =>
          name === 'kubernetes' ? { file: 'policies/kubernetes.yaml', text: stringify(pack) } : undefined,
        now: NOW,
      });
      expect(transitions(result).map((f) => f.severity)).toEqual(expected);
      expect(result.ok).toBe(true);
    }
  });
});

describe('every pack’s examples and the seed’s MicroCloud upgrade', () => {
  it.each(PACKS)(
    '%s: the passing example passes check and plans in an order that keeps every limit',
    async (pack) => {
      const result = await judgeExample(pack, 'head-pass');
      expect(result.findings).toEqual([]);
      const { plan } = buildPlan({ result, transport: 'ssh {member}' });
      expect(plan.notes.join('\n')).not.toContain('order/transition');
      // Every example moves in its pack's order.
      expect(plan.stages.some((stage) => 'orderReason' in stage)).toBe(false);
    },
  );

  it('the MicroCloud 1 -> 2 upgrade of seed 000 goes microceph, microovn, lxd, microcloud', async () => {
    const result = await check({
      head: example('microcloud', 'head-pass'),
      base: example('microcloud', 'base'),
      resolvePack: resolveShipped,
      now: NOW,
    });
    expect(transitions(result)).toEqual([]);
    expect(
      buildPlan({ result, transport: 'ssh {member}' }).plan.stages.map((stage) => stage.component),
    ).toEqual(['microceph', 'microovn', 'lxd', 'microcloud']);
  });
});
