import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x3) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x3, {
  get: (a, b3) => (typeof require < "u" ? require : a)[b3]
}) : x3)(function(x3) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x3 + '" is not supported');
});
var __esm = (fn2, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn2 && (res = (0, fn2[__getOwnPropNames(fn2)[0]])(fn2 = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key2 of __getOwnPropNames(from))
      !__hasOwnProp.call(to2, key2) && key2 !== except && __defProp(to2, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// <define:__ROLLGATE_BUILTIN_PACKS__>
var define_ROLLGATE_BUILTIN_PACKS_default, init_define_ROLLGATE_BUILTIN_PACKS = __esm({
  "<define:__ROLLGATE_BUILTIN_PACKS__>"() {
    define_ROLLGATE_BUILTIN_PACKS_default = { "charmed-etcd": `# yaml-language-server: $schema=../schemas/policy.schema.json
# Charmed etcd on Juju machines: the application is the cluster's one component, its units are the members.
# Rules from Charmed etcd's "Refresh (upgrade)" (shared/seeds/004) and the charm-refresh library's actions.
apiVersion: rollgate/v1
kind: PolicyPack
name: charmed-etcd
description: >-
  Charmed etcd, refreshed in place with juju refresh: one minor version at a time, stable channels only,
  a pre-refresh check on the leader first, and a pause for confirmation after the first unit by default.
sources:
  - "Charmed etcd: Refresh (upgrade): supported and unsupported refreshes, pre-refresh check, pause-after-unit-refresh, roll back"
  - "charm-refresh: the pre-refresh-check and resume-refresh actions on machines"
order: [charmed-etcd]
rules:
  policy/changed: warning
rollout:
  # "first (default) to wait for your confirmation once, after the first unit refreshes".
  # A cluster sets pauseAfterMember: all or none to change it.
  pauseAfterMember: first
  # "Use juju refresh and specify the charm revision": the revision is the charm's, not a snap's, so no store proxy
  # override or snap refresh line pins it; the refresh step does.
  pins: none
  rollback: { supported: true }
components:
  charmed-etcd:
    description: >-
      The charmed-etcd application, pinned by channel (track/risk, the track is the etcd minor version) and
      charm revision. Members are its units by number, listed in the order the charm refreshes them:
      highest unit number first.
    versioning:
      scheme: semver
      source: track
      versions: ["3.5", "3.6"]
    # "Charmed etcd supports minor version in-place refresh": no major in-place upgrade, no downgrade.
    jump: { max: 1, major: forbid }
    # "Any refresh from or to a non-stable version (e.g. 3.6/edge)" is unsupported.
    risks: [stable]
    rollout:
      strategy: serial
      before:
        # "Run the pre-refresh-check action on the leader unit ... If the action does not succeed, do not refresh."
        - { name: pre-refresh-check, on: runner, run: [juju, run, "{component}/leader", pre-refresh-check] }
        # The charm then waits at every unit; rollgate's gates (pauseAfterMember) decide where a person confirms,
        # and rollgate resumes each later unit itself. It is also the seed's way to halt a refresh.
        - { name: pause-every-unit, on: runner, run: [juju, config, "{component}", pause-after-unit-refresh=all] }
      member:
        # \`juju refresh\` refreshes the first unit on its own; each later unit waits for resume-refresh on it.
        - { name: refresh, when: first, on: runner, run: [juju, refresh, "{component}", "--channel={channel}", "--revision={revision}"] }
        - { name: resume-refresh, when: later, on: runner, run: [juju, run, "{component}/{member}", resume-refresh] }
        # The charm checks health itself after each unit and pauses when that fails; this waits for the unit
        # to be back, so the next one does not start on a unit that is still settling.
        - name: health
          on: runner
          run: [juju, wait-for, unit, "{component}/{member}", '--query=life=="alive" && workload-status=="active" && agent-status=="idle"', --timeout=30m]
      # "Run the rollback command you copied down earlier": on machines, \`juju refresh\` back to the old revision.
      # The pre-refresh check is not run again: it fails before a rollback.
      rollback:
        - { name: halt, when: first, on: runner, run: [juju, config, "{component}", pause-after-unit-refresh=all] }
        - { name: rollback, when: first, on: runner, run: [juju, refresh, "{component}", "--channel={channel}", "--revision={revision}"] }
        - { name: resume-refresh, when: later, on: runner, run: [juju, run, "{component}/{member}", resume-refresh] }
        - name: health
          on: runner
          run: [juju, wait-for, unit, "{component}/{member}", '--query=life=="alive" && workload-status=="active" && agent-status=="idle"', --timeout=30m]
`, kubernetes: `# yaml-language-server: $schema=../schemas/policy.schema.json
# Kubernetes control plane components and kubelet, on a cluster laid out by kubeadm (static pod manifests in
# /etc/kubernetes/manifests, images from registry.k8s.io, kubelet from the pkgs.k8s.io packages).
# Members are the cluster's nodes by node name: control plane nodes with role control, the others workers.
# Rules from the Kubernetes version skew policy and "Upgrading kubeadm clusters".
# Each node's package source must point at the target minor version (pkgs.k8s.io has one repository per minor)
# before the kubelet stage. Each component's \`versions\` are the minor versions released so far, for upgrade
# paths and rollgate init's starter manifest.
apiVersion: rollgate/v1
kind: PolicyPack
name: kubernetes
description: >-
  Kubernetes: kube-apiserver first, one minor version at a time; then kube-controller-manager and
  kube-scheduler, at most one minor behind it; then kubelet, at most three minors behind it; nothing newer
  than kube-apiserver.
sources:
  - "Kubernetes: Version Skew Policy (kube-apiserver, kubelet, kube-controller-manager, kube-scheduler)"
  - "Kubernetes: Upgrading kubeadm clusters (one minor version at a time, drain, upgrade, uncordon)"
order: [kube-apiserver, kube-controller-manager, kube-scheduler, kubelet]
rules:
  policy/changed: warning
rollout:
  pauseAfterMember: none
  rollback:
    supported: false
    statement: >-
      Kubernetes supports no downgrade of its control plane: a newer kube-apiserver may have rewritten objects in
      etcd in a form the older one cannot read. To go back, restore the etcd snapshot taken before the upgrade
      (kubeadm keeps one under /etc/kubernetes/tmp) and put the previous static pod manifests and kubelet
      packages back, node by node, with the cluster's workloads drained.
components:
  kube-apiserver:
    description: The API server on every control plane node. "Skipping MINOR versions when upgrading is unsupported."
    versioning: { scheme: semver, source: version, versions: ["1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34"] }
    jump: { max: 1, major: forbid }
    rollout:
      strategy: serial
      roles: [control]
      member:
        # The kubelet restarts a static pod when its manifest changes.
        - name: upgrade
          run: [sed, --in-place, 's#/kube-apiserver:v[^[:space:]"]*#/kube-apiserver:v{version}#', /etc/kubernetes/manifests/kube-apiserver.yaml]
        - { name: health, run: [kubectl, --kubeconfig=/etc/kubernetes/admin.conf, wait, --namespace=kube-system, --for=condition=Ready, "pod/kube-apiserver-{member}", --timeout=5m] }
  kube-controller-manager:
    description: Never newer than kube-apiserver, and at most one minor version older.
    versioning: { scheme: semver, source: version, versions: ["1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34"] }
    # One kube-apiserver step plus the one minor version it may lag behind.
    jump: { max: 2, major: forbid }
    skew: [{ of: kube-apiserver, newer: 0, older: 1 }]
    rollout:
      strategy: serial
      roles: [control]
      member:
        - name: upgrade
          run: [sed, --in-place, 's#/kube-controller-manager:v[^[:space:]"]*#/kube-controller-manager:v{version}#', /etc/kubernetes/manifests/kube-controller-manager.yaml]
        - { name: health, run: [kubectl, --kubeconfig=/etc/kubernetes/admin.conf, wait, --namespace=kube-system, --for=condition=Ready, "pod/kube-controller-manager-{member}", --timeout=5m] }
  kube-scheduler:
    description: Never newer than kube-apiserver, and at most one minor version older.
    versioning: { scheme: semver, source: version, versions: ["1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34"] }
    jump: { max: 2, major: forbid }
    skew: [{ of: kube-apiserver, newer: 0, older: 1 }]
    rollout:
      strategy: serial
      roles: [control]
      member:
        - name: upgrade
          run: [sed, --in-place, 's#/kube-scheduler:v[^[:space:]"]*#/kube-scheduler:v{version}#', /etc/kubernetes/manifests/kube-scheduler.yaml]
        - { name: health, run: [kubectl, --kubeconfig=/etc/kubernetes/admin.conf, wait, --namespace=kube-system, --for=condition=Ready, "pod/kube-scheduler-{member}", --timeout=5m] }
  kubelet:
    description: >-
      The kubelet on every node. Never newer than kube-apiserver and at most three minor versions older, so
      nodes may skip the minor versions the control plane went through.
    versioning: { scheme: semver, source: version, versions: ["1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34"] }
    jump: { max: 3, major: forbid }
    skew: [{ of: kube-apiserver, newer: 0, older: 3 }]
    rules:
      # Nodes that keep an older kubelet for a while are a supported state, as long as each stays within the skew.
      skew/members: warning
    rollout:
      strategy: serial
      member:
        # live: drain the node's workloads first and let them back afterwards; skip: leave them running;
        # manual: the approval gate before the node is where the operator moves them.
        - { name: drain, when: live, on: runner, run: [kubectl, drain, "{member}", --ignore-daemonsets, --delete-emptydir-data, --timeout=15m] }
        - { name: upgrade, run: [apt-get, install, --yes, --allow-change-held-packages, "kubelet={version}-*"] }
        - { name: reload, run: [systemctl, daemon-reload] }
        - { name: restart, run: [systemctl, restart, kubelet] }
        - { name: health, on: runner, run: [kubectl, wait, --for=condition=Ready, "node/{member}", --timeout=10m] }
        - { name: uncordon, when: live, on: runner, run: [kubectl, uncordon, "{member}"] }
`, microcloud: `# yaml-language-server: $schema=../schemas/policy.schema.json
# The MicroCloud snaps: MicroCeph, MicroOVN, LXD and MicroCloud.
# Rules from Canonical's "How to update and upgrade" (shared/seeds/000) and the snaps' own track policies.
apiVersion: rollgate/v1
kind: PolicyPack
name: microcloud
description: Canonical MicroCloud (snaps microceph, microovn, lxd, microcloud) on every cluster member.
sources:
  - "MicroCloud: How to update and upgrade (update and upgrade order, cohort, hold, Enterprise Store Proxy)"
  - "MicroCeph, MicroOVN and LXD release and track notes"
# "Update the same component's snap on all cluster members before moving to the next component."
order: [microceph, microovn, lxd, microcloud]
rules:
  # Every rule is an error here; this block is where an operator would soften one.
  policy/changed: warning
rollout:
  pauseAfterMember: none
  rollback: { supported: true }
  # "Once finished, confirm that the MicroCloud deployment is in a healthy state."
  # "The status command was introduced in MicroCloud version 2": a cluster still on 1 has no such command.
  finally:
    - { name: microcloud-status, run: [microcloud, status], needs: { microcloud: ["2"] } }
components:
  microceph:
    description: Ceph storage. Ceph upgrades up to two releases at once (quincy or reef straight to squid).
    versioning:
      scheme: tracks
      source: track
      versions: [quincy, reef, squid]
    jump: { max: 2, major: allow }
    risks: [stable]
    hold: required
    cohort: required
    rollout:
      strategy: serial
      member:
        - { name: evacuate, when: live, run: [lxc, cluster, evacuate, "{member}", --force] }
        - { name: refresh, when: proxy, run: [snap, refresh, "{component}", "--channel={channel}", "--cohort=+"] }
        - { name: refresh, when: direct, run: [snap, refresh, "{component}", "--channel={channel}", "--revision={revision}"] }
        - { name: health, run: [microceph, status] }
        - { name: restore, when: live, run: [lxc, cluster, restore, "{member}", --force] }
  microovn:
    description: OVN networking. Upgrades go one track at a time, or from one LTS track to the next.
    versioning:
      scheme: tracks
      source: track
      versions: ["22.03", "23.09", "24.03", "24.09", "25.03", "25.09"]
      tags: { lts: ["22.03", "24.03"] }
    jump: { max: 1, skip: lts, major: allow }
    risks: [stable]
    hold: required
    cohort: required
    rollout:
      strategy: serial
      member:
        - { name: evacuate, when: live, run: [lxc, cluster, evacuate, "{member}", --force] }
        - { name: refresh, when: proxy, run: [snap, refresh, "{component}", "--channel={channel}", "--cohort=+"] }
        - { name: refresh, when: direct, run: [snap, refresh, "{component}", "--channel={channel}", "--revision={revision}"] }
        - { name: health, run: [microovn, status] }
        - { name: restore, when: live, run: [lxc, cluster, restore, "{member}", --force] }
  lxd:
    description: LXD. Refreshed on all members at once, since a member whose LXD differs from the rest is blocked.
    versioning:
      scheme: tracks
      source: track
      versions: ["4.0", "5.0", "5.21", "6"]
      tags: { lts: ["4.0", "5.0", "5.21"] }
    jump: { max: 1, skip: lts, major: allow }
    risks: [stable]
    hold: required
    cohort: required
    rollout:
      strategy: parallel
      member:
        - { name: refresh, when: proxy, run: [snap, refresh, "{component}", "--channel={channel}", "--cohort=+"] }
        - { name: refresh, when: direct, run: [snap, refresh, "{component}", "--channel={channel}", "--revision={revision}"] }
        - { name: health, run: [lxc, cluster, list] }
  microcloud:
    description: MicroCloud itself, refreshed last, member by member.
    versioning:
      scheme: tracks
      source: track
      versions: ["1", "2"]
    jump: { max: 1, major: allow }
    risks: [stable]
    hold: required
    cohort: required
    eol:
      - { version: "1", date: "2025-04-30", note: "the 1 track reached end of life at the end of April 2025; upgrade to the 2 LTS track" }
    requires:
      # MicroCloud 1 runs with squid and 24.03 while the seed's "Upgrade from MicroCloud 1 to 2" moves MicroCeph,
      # then MicroOVN, then LXD before MicroCloud itself: each of those steps may be its own change.
      - { version: "1", needs: { lxd: ["5.21"], microceph: [quincy, reef, squid], microovn: ["22.03", "23.09", "24.03"] } }
      - { version: "2", needs: { lxd: ["5.21"], microceph: [squid], microovn: ["24.03"] } }
    rollout:
      strategy: serial
      member:
        - { name: refresh, when: proxy, run: [snap, refresh, "{component}", "--channel={channel}", "--cohort=+"] }
        - { name: refresh, when: direct, run: [snap, refresh, "{component}", "--channel={channel}", "--revision={revision}"] }
`, microshift: `# yaml-language-server: $schema=../schemas/policy.schema.json
# Red Hat MicroShift on single-node hosts, installed from RPMs.
# Rules from the MicroShift enhancement "Upgrading from 4.Y-2 to 4.Y" (shared/seeds/002).
apiVersion: rollgate/v1
kind: PolicyPack
name: microshift
description: Red Hat MicroShift, one host per cluster, updated in place from RPMs with a backup, a reboot and a health check.
sources:
  - "MicroShift enhancement: Upgrading from 4.Y-2 to 4.Y (y-minus-2-upgrades)"
  - "MicroShift: backup and restore, greenboot health checks (microshift healthcheck)"
order: [microshift]
# "Support updating single-node deployments of MicroShift in place": multi-node is out of scope.
members: { min: 1, max: 1 }
rules:
  policy/changed: warning
rollout:
  # One member: a pause after it would only delay the end of the stage.
  pauseAfterMember: none
  # "downgrades of MicroShift deployed with RPMs on RHEL is not supported", and these steps install RPMs: going back
  # is the seed's rollback ("discard the new database and restore the old version from a backup") done by hand.
  rollback:
    supported: false
    statement: >-
      MicroShift installed from RPMs on RHEL cannot be downgraded ("downgrades of MicroShift deployed with RPMs on
      RHEL is not supported"). To go back, as the seed's rollback does ("discard the new database and restore the
      old version from a backup"): stop MicroShift, reinstall the host with the previous MicroShift version (and,
      from 4.16, the RHEL release it supports), then run microshift restore
      /var/lib/microshift-backups/rollgate-<cluster>-before-<version> (the backup taken before the update to
      <version>) before starting it, so the old version meets the database it wrote.
components:
  microshift:
    description: >-
      MicroShift 4.Y.Z. The data in /var/lib/microshift may be at most 2 minor versions older than the binary,
      so an update goes 4.Y-2 to 4.Y at most, never to another major version and never back.
      From 4.14 or 4.15 to 4.16 the host also moves from RHEL 9.2 or 9.3 to 9.4 in the same update.
    versioning:
      scheme: semver
      source: version
      # The minor versions released so far, for upgrade paths and for rollgate init's starter manifest.
      versions: ["4.14", "4.15", "4.16", "4.17", "4.18", "4.19"]
    # "we will change the check to support a skew of 2 versions": 4.14 to 4.16 passes, 4.14 to 4.17 does not.
    jump:
      max: 2
      major: forbid
      # Out of a preview release, no upgrade at all. (4.14 and 4.15 keep the check of one minor version, "Y-1";
      # with nothing below 4.14 to come from, every upgrade to them is one minor already.)
      limits:
        - { from: "<4.14", max: 0, note: "We did not intend to support upgrading to 4.14 from either earlier version at all" }
    blocked:
      - version: "<4.14"
        reason: "MicroShift 4.12 and 4.13 were preview releases, and no upgrade from them to a supported release is supported; install 4.14 or later afresh."
    rules:
      # A host still on a preview release is a finding to act on, not a reason to stop every other change in the fleet.
      channel/blocked: warning
    rollout:
      strategy: serial
      member:
        # \`microshift backup\` needs MicroShift stopped; the backup is what going back restores. It is named for the
        # version it precedes and never removed here: a retry after the install must not replace it with data the
        # new version may already have migrated.
        - { name: stop, run: [systemctl, stop, microshift] }
        - { name: backup, run: [microshift, backup, "/var/lib/microshift-backups/rollgate-{cluster}-before-{version}"] }
        - { name: install, run: [dnf, install, --assumeyes, "microshift-{version}"] }
        # "Upgrading and skipping versions always requires a full host reboot." Scheduled a few seconds
        # ahead so the command returns before the connection drops; the health check waits for the host.
        - { name: reboot, run: [systemd-run, --on-active=10, systemctl, reboot] }
        - { name: wait-for-reboot, on: runner, run: [sleep, "120"] }
        # MicroShift compares data and binary versions at start and exits when the skew is too great.
        - { name: health, run: [microshift, healthcheck, -v=2, --timeout=900s] }
`, mosk: `# yaml-language-server: $schema=../schemas/policy.schema.json
# Mirantis OpenStack for Kubernetes (MOSK): the cluster release is the one component; members are the
# cluster's Kubernetes nodes, by node name, with their role (control or worker) and workload handling.
# Rules from "Update a MOSK cluster to 22.2 or earlier" (shared/seeds/001).
#
# The update itself runs in Mirantis Container Cloud (Clusters, Update cluster); its life-cycle management
# changes the nodes one by one, control plane first. rollgate's steps set each node's workload handling,
# hold each \`manual\` node behind an approval gate, and wait for each node's maintenance to finish, in the
# same order. Set the workload handling of every node before the update starts (the seed's Step 2): the
# steps set it again for each node, which covers only the nodes the update has not reached yet.
apiVersion: rollgate/v1
kind: PolicyPack
name: mosk
description: >-
  Mirantis OpenStack for Kubernetes: one release at a time, nodes one by one with the control plane first,
  each node's workload live-migrated (default), handled by the operator (manual) or left alone (skip).
sources:
  - "MOSK: Update a MOSK cluster to 22.2 or earlier (phases, workload handling policy, roll back the changes)"
order: [mosk]
rules:
  policy/changed: warning
rollout:
  # MOSK waits for a person only at nodes whose workload handling is manual; those are the gates.
  pauseAfterMember: none
  rollback:
    supported: false
    statement: >-
      MOSK has no cluster-wide rollback: "Container Cloud and MOSK life-cycle management mechanism does not
      provide a way to perform a cluster-wide rollback of an update." If the update gets blocked on a node,
      remove that node from the cluster and complete the update; then contact Mirantis support for anything
      the release notes do not describe.
components:
  mosk:
    description: >-
      The MOSK cluster release. Each release updates from the one before it (21.6 to 22.1, 22.1 to 22.2), and
      "MOSK clusters are not designed to run in a semi-updated state", so every node runs the same release.
    versioning:
      scheme: tracks
      source: version
      # The major releases in order; add a new one here when it ships.
      versions: ["21.1", "21.2", "21.3", "21.4", "21.5", "21.6", "22.1", "22.2", "22.3", "22.4", "22.5", "23.1", "23.2", "23.3", "24.1", "24.2", "24.3", "25.1"]
    jump: { max: 1, major: allow }
    rollout:
      # "changes get applied to the MOSK cluster nodes one by one, starting from Kubernetes master nodes".
      strategy: serial
      member:
        # live (default): the OpenStack controller live-migrates the node's instances, {attempts} times each
        # (default 3), before it falls back to manual.
        - name: workload-live
          when: live
          on: runner
          run: [kubectl, annotate, --overwrite, "node/{member}", openstack.lcm.mirantis.com/instance_migration_mode=live, "openstack.lcm.mirantis.com/instance_migration_attempts={attempts}"]
        # skip: "The OpenStack Controller skips the instance check on the node and reboots it."
        - name: workload-skip
          when: skip
          on: runner
          run: [kubectl, annotate, --overwrite, "node/{member}", openstack.lcm.mirantis.com/instance_migration_mode=skip]
        # manual: the approval gate before this node is where the operator moves or shuts down its instances;
        # "Indicate the migration completion to the LCM by setting the node workload handling policy to skip."
        - name: migration-done
          when: manual
          on: runner
          run: [kubectl, annotate, --overwrite, "node/{member}", openstack.lcm.mirantis.com/instance_migration_mode=skip]
        # "A NodeMaintenanceRequest object gets created during the update process" for the node being updated,
        # and goes away when it is done.
        - { name: wait-for-maintenance, on: runner, run: [kubectl, wait, --for=create, "nodemaintenancerequest/{member}", --timeout=4h] }
        - { name: wait-for-update, on: runner, run: [kubectl, wait, --for=delete, "nodemaintenancerequest/{member}", --timeout=2h] }
        - { name: health, on: runner, run: [kubectl, wait, --for=condition=Ready, "node/{member}", --timeout=30m] }
`, openstack: `# yaml-language-server: $schema=../schemas/policy.schema.json
# OpenStack from distribution packages (Ubuntu), controllers plus storage and compute nodes.
# Rules from the OpenStack Operations Guide, "Upgrades" (shared/seeds/003), and OpenStack's release cadence
# (two releases a year, YYYY.1 and YYYY.2; the YYYY.1 releases are SLURP releases).
#
# A cluster is one cloud. Its control members are the controller nodes; its worker members are the storage
# and compute nodes. The controller services are components that run on control members only; the work on
# storage and compute nodes is two more components that run on worker members, after every controller service.
# Each node's package sources must point at the target release before the rollout (the Ubuntu Cloud Archive
# pocket of that release, for example): rollgate's steps update and upgrade the packages from there.
# Each component's \`versions\` are the releases so far, for rollgate init's starter manifest; the calver scheme
# steps through releases without them.
apiVersion: rollgate/v1
kind: PolicyPack
name: openstack
description: >-
  OpenStack, service by service in the Operations Guide's order, to the next release or from one SLURP
  release to the next, after a backup of the databases and of each service's configuration.
sources:
  - "OpenStack Operations Guide: Upgrades (backup, service order, upgrade levels, rolling back a failed upgrade)"
  - "OpenStack release cadence: SLURP (skip-level upgrade release process) releases YYYY.1"
# The controller node's order, then storage nodes, then compute nodes.
order: [identity, image, compute, networking, block-storage, dashboard, orchestration, telemetry, storage-node, compute-node]
rules:
  policy/changed: warning
rollout:
  pauseAfterMember: none
  # "Make a full database backup of your production data. Since the Kilo release, database downgrades are not
  # supported, and restoring from backup is the only method available to retrieve a previous database version."
  # Runs before the cluster's first stage, on its first controller.
  first:
    - { name: backup-databases, run: [mysqldump, --opt, --add-drop-database, --all-databases, "--result-file=/var/backups/rollgate-{cluster}-databases.sql"] }
  rollback:
    supported: false
    statement: >-
      OpenStack has no automatic rollback: database downgrades are not supported, and the Operations Guide calls
      rolling back the very last option, since data added after the backup is lost. To go back by hand: stop
      every OpenStack service; copy each service's configuration back from the backup rollgate took on each node
      (/var/backups/<service>-before-<release>.tar.gz); restore the databases from
      /var/backups/rollgate-<cluster>-databases.sql with mysql; then downgrade the packages to the previous
      release's versions (apt-get install <package>=<version>), as "Rolling back a failed upgrade" describes.
components:
  identity:
    description: Keystone. Upgraded first; every other service authenticates through it.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/keystone-before-{version}.tar.gz", /etc/keystone] }
        - { name: update-package-lists, run: [apt-get, update] }
        # "If the package manager prompts you to update configuration files, reject the changes."
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", keystone] }
        - { name: sync-database, when: first, run: [keystone-manage, db_sync] }
        - { name: restart, run: [systemctl, restart, apache2] }
        - { name: health, on: runner, run: [openstack, token, issue] }
  image:
    description: Glance.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/glance-before-{version}.tar.gz", /etc/glance] }
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", glance] }
        - { name: sync-database, when: first, run: [glance-manage, db_sync] }
        - { name: restart, run: [systemctl, restart, glance-api] }
        - { name: health, on: runner, run: [openstack, image, list, --limit, "1"] }
  compute:
    description: Nova's controller services (API, conductor, scheduler, console proxy).
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/nova-before-{version}.tar.gz", /etc/nova] }
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", nova-api, nova-conductor, nova-scheduler, nova-novncproxy] }
        - { name: sync-api-database, when: first, run: [nova-manage, api_db, sync] }
        - { name: sync-database, when: first, run: [nova-manage, db, sync] }
        - { name: restart, run: [systemctl, restart, nova-api, nova-conductor, nova-scheduler, nova-novncproxy] }
        - { name: health, on: runner, run: [openstack, compute, service, list] }
  networking:
    description: Neutron's server.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/neutron-before-{version}.tar.gz", /etc/neutron] }
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", neutron-server] }
        - { name: sync-database, when: first, run: [neutron-db-manage, --config-file, /etc/neutron/neutron.conf, upgrade, heads] }
        - { name: restart, run: [systemctl, restart, neutron-server] }
        - { name: health, on: runner, run: [openstack, network, agent, list] }
  block-storage:
    description: Cinder's API and scheduler on the controllers.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/cinder-before-{version}.tar.gz", /etc/cinder] }
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", cinder-api, cinder-scheduler] }
        - { name: sync-database, when: first, run: [cinder-manage, db, sync] }
        - { name: restart, run: [systemctl, restart, cinder-scheduler, apache2] }
        - { name: health, on: runner, run: [openstack, volume, service, list] }
  dashboard:
    description: Horizon. "Updating Dashboard only requires restarting the Apache HTTP service."
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/openstack-dashboard-before-{version}.tar.gz", /etc/openstack-dashboard] }
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", openstack-dashboard] }
        - { name: restart, run: [systemctl, restart, apache2] }
        - { name: health, run: [curl, --fail, --silent, --show-error, --output, /dev/null, "http://localhost/horizon/auth/login/"] }
  orchestration:
    description: Heat.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/heat-before-{version}.tar.gz", /etc/heat] }
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", heat-api, heat-api-cfn, heat-engine] }
        - { name: sync-database, when: first, run: [heat-manage, db_sync] }
        - { name: restart, run: [systemctl, restart, heat-api, heat-api-cfn, heat-engine] }
        - { name: health, on: runner, run: [openstack, orchestration, service, list] }
  telemetry:
    description: Ceilometer. "Updating the Telemetry service only requires restarting the service."
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/ceilometer-before-{version}.tar.gz", /etc/ceilometer] }
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", ceilometer-agent-central, ceilometer-agent-notification] }
        - { name: restart, run: [systemctl, restart, ceilometer-agent-central, ceilometer-agent-notification] }
        - { name: health, run: [systemctl, is-active, ceilometer-agent-central, ceilometer-agent-notification] }
  storage-node:
    description: >-
      The Block Storage volume service on the storage nodes. "Updating the Block Storage service only requires
      restarting the service": the package upgrade restarts it. On a node without it, --only-upgrade leaves it out.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    # Upgrade levels: a node may stay one release behind its controllers while the upgrade goes through,
    # never ahead of them.
    skew: [{ of: block-storage, newer: 0, older: 1 }]
    rollout:
      strategy: serial
      roles: [worker]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, --ignore-failed-read, "--file=/var/backups/cinder-before-{version}.tar.gz", /etc/cinder] }
        - { name: update-package-lists, run: [apt-get, update] }
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", cinder-volume] }
        - { name: health, on: runner, run: [openstack, volume, service, list] }
  compute-node:
    description: >-
      Nova's compute service and Neutron's agents on the compute nodes ("Networking service: edit the
      configuration file and restart the service"). On a node without them, --only-upgrade leaves them out.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    # Compute nodes may lag the controllers by a release while the upgrade goes through, never lead them. The guide
    # adds that an X+1 conductor's messages reach X computes only with upgrade levels locked in nova.conf, which
    # this pack does not set (README: the operator's to do).
    skew:
      - { of: compute, newer: 0, older: 1 }
      - { of: networking, newer: 0, older: 1 }
    rollout:
      strategy: serial
      roles: [worker]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, --ignore-failed-read, "--file=/var/backups/nova-neutron-before-{version}.tar.gz", /etc/nova, /etc/neutron] }
        - { name: update-package-lists, run: [apt-get, update] }
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", nova-compute, neutron-openvswitch-agent, neutron-ovn-metadata-agent] }
        - { name: health, on: runner, run: [openstack, compute, service, list, --service, nova-compute] }
` };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias3 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap3 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair3 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar3 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq3 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    function isNode(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path8) {
      let ctrl = callVisitor(key2, node, visitor, path8);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key2, path8, ctrl), visit_(key2, ctrl, visitor, path8);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path8 = Object.freeze(path8.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path8);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path8 = Object.freeze(path8.concat(node));
          let ck = visit_("key", node.key, visitor, path8);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path8);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path8) {
      let ctrl = await callVisitor(key2, node, visitor, path8);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key2, path8, ctrl), visitAsync_(key2, ctrl, visitor, path8);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path8 = Object.freeze(path8.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path8);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path8 = Object.freeze(path8.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path8);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path8);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key2, node, visitor, path8) {
      if (typeof visitor == "function")
        return visitor(key2, node, path8);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path8);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path8);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path8);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path8);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path8);
    }
    function replaceNode(key2, path8, node) {
      let parent = path8[path8.length - 1];
      if (identity.isCollection(parent))
        parent.items[key2] = node;
      else if (identity.isPair(parent))
        key2 === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt2 = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt2} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), visit2 = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn2) => tn2.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle, prefix] = parts;
            return this.tags[handle] = prefix, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version] = parts;
            if (version === "1.1" || version === "1.2")
              return this.yaml.version = version, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version);
              return onError(6, `Unsupported YAML version ${version}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix = this.tags[handle];
        if (prefix)
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix] of Object.entries(this.tags))
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix] of tagEntries)
          handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn2) => tn2.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
        return lines.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit2.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k2 of Array.from(val.keys())) {
            let v0 = val.get(k2), v1 = applyReviver(reviver, val, k2, v0);
            v1 === void 0 ? val.delete(k2) : v1 !== v0 && val.set(k2, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k2, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k2, v0);
            v1 === void 0 ? delete val[k2] : v1 !== v0 && (val[k2] = v1);
          }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v2, i) => toJS(v2, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var anchors = require_anchors(), visit2 = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit2.visit(doc, {
          Node: (_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (let item of node.items) {
          let c3 = getAliasCount(doc, item, anchors2);
          c3 > count && (count = c3);
        }
        return count;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match = tags.filter((t2) => t2.tag === tagName), tagObj = match.find((t2) => !t2.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t2) => t2.identify?.(value) && !t2.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map.items.push(value), map;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema2, path8, value) {
      let v2 = value;
      for (let i = path8.length - 1; i >= 0; --i) {
        let k2 = path8[i];
        if (typeof k2 == "number" && Number.isInteger(k2) && k2 >= 0) {
          let a = [];
          a[k2] = v2, v2 = a;
        } else
          v2 = /* @__PURE__ */ new Map([[k2, v2]]);
      }
      return createNode.createNode(v2, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path8) => path8 == null || typeof path8 == "object" && !!path8[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
      constructor(type, schema2) {
        super(type), Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema2 && (copy.schema = schema2), copy.items = copy.items.map((it2) => identity.isNode(it2) || identity.isPair(it2) ? it2.clone(schema2) : it2), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path8, value) {
        if (isEmptyPath(path8))
          this.add(value);
        else {
          let [key2, ...rest] = path8, node = this.get(key2, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path8) {
        let [key2, ...rest] = path8;
        if (rest.length === 0)
          return this.delete(key2);
        let node = this.get(key2, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path8, keepScalar) {
        let [key2, ...rest] = path8, node = this.get(key2, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return !1;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path8) {
        let [key2, ...rest] = path8;
        if (rest.length === 0)
          return this.has(key2);
        let node = this.get(key2, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path8, value) {
        let [key2, ...rest] = path8;
        if (rest.length === 0)
          this.set(key2, value);
        else {
          let node = this.get(key2, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      return /^\n+$/.test(comment2) ? comment2.substring(1) : indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str, indent, comment2) => str.endsWith(`
`) ? indentComment(comment2, indent) : comment2.includes(`
`) ? `
` + indentComment(comment2, indent) : (str.endsWith(" ") ? "" : " ") + comment2;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text[i += 1], overflow = !0;
              let j3 = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j3])
                return text;
              folds.push(j3), escapedFolds[j3] = !0, end = j3 + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text;
      onFold && onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text.length;
        fold === 0 ? res = `
${indent}${text.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text[fold]}\\`), res += `
${indent}${text.slice(fold + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i, start = i + 1, ch = text[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text[++i];
        else {
          do
            ch = text[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text[start];
        }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str = "", start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i])
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n" && (str += json.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                let code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    code.substr(0, 2) === "00" ? str += "\\x" + code.substr(2) : str += json.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength)
                i += 1;
              else {
                for (str += json.slice(start, i) + `

`; json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"'; )
                  str += `
`, i += 2;
                str += indent, json[i + 2] === " " && (str += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str = start ? str + json.slice(start) : json, implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function quotedString(value, ctx) {
      let { singleQuote } = ctx.options, qs2;
      if (singleQuote === !1)
        qs2 = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs2 = singleQuotedString : hasSingle && !hasDouble ? qs2 = doubleQuotedString : qs2 = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs2(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal = blockQuote === "literal" ? !0 : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? !1 : type === Scalar.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment2 && (header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss2 = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss2.value) && (type = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss2.value, ctx) : blockString(ss2, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss2.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss2.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss2, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t2 = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t2), res === null)
          throw new Error(`Unsupported default string type ${t2}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        let match = tags.filter((t2) => t2.tag === item.tag);
        if (match.length > 0)
          return match.find((t2) => t2.format === item.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t2) => t2.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t2) => t2.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t2) => t2.format === item.format) ?? match.find((t2) => !t2.format);
      } else
        obj = item, tagObj = tags.find((t2) => t2.nodeClass && obj instanceof t2.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o2) => tagObj = o2 });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), Scalar = require_Scalar(), stringify2 = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str = stringify2.stringify(key2, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str === "" ? "?" : explicitKey ? `? ${str}` : str;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str = `? ${str}`, keyComment && !keyCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))), str = `? ${str}
${indent}:`) : (str = `${str}:`, keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws2 = " ";
      if (keyComment || vsb || vcb) {
        if (ws2 = vsb ? `
` : "", vcb) {
          let cs2 = commentString(vcb);
          ws2 += `
${stringifyComment.indentComment(cs2, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws2 === `
` && valueComment && (ws2 = `

`) : ws2 += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws2 = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws2 = "");
      return str += ws2 + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it2 of source.items)
          mergeValue(ctx, map, it2);
      else if (Array.isArray(source))
        for (let it2 of source)
          mergeValue(ctx, map, it2);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key2, value2] of srcMap)
        map instanceof Map ? map.has(key2) || map.set(key2, value2) : map instanceof Set ? map.add(key2) : Object.prototype.hasOwnProperty.call(map, key2) || Object.defineProperty(map, key2, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var log = require_log(), merge = require_merge(), stringify2 = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key2, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        let strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key2, value, ctx) {
      let k2 = createNode.createNode(key2, void 0, ctx), v2 = createNode.createNode(value, void 0, ctx);
      return new Pair(k2, v2);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key2, this.value = value;
      }
      clone(schema2) {
        let { key: key2, value } = this;
        return identity.isNode(key2) && (key2 = key2.clone(schema2)), identity.isNode(value) && (value = value.clone(schema2)), new _Pair(key2, value);
      }
      toJSON(_3, ctx) {
        let pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), stringify2 = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment3 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, chompKeep), item.comment && (comment3 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str2 = stringify2.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = !0);
        comment3 && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment3))), chompKeep && comment3 && (chompKeep = !1), lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0)
        str = flowChars.start + flowChars.end;
      else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment2 ? (str += `
` + stringifyComment.indentComment(commentString(comment2), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, !1), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment2 = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment2 = ik.comment);
        }
        comment2 && (reqNewline = !0);
        let str = stringify2.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes(`
`)), i < items.length - 1 ? str += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth)), reqNewline && (str += ",")), comment2 && (str += stringifyComment.lineComment(str, itemIndent, commentString(comment2))), lines.push(str), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str = start;
        for (let line of lines)
          str += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep && (comment2 = comment2.replace(/^\n+/, "")), comment2) {
        let ic = stringifyComment.indentComment(commentString(comment2), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key2) {
      let k2 = identity.isScalar(key2) ? key2.value : key2;
      for (let it2 of items)
        if (identity.isPair(it2) && (it2.key === key2 || it2.key === k2 || identity.isScalar(it2.key) && it2.key.value === k2))
          return it2;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map = new this(schema2), add = (key2, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key2, value] of obj)
            add(key2, value);
        else if (obj && typeof obj == "object")
          for (let key2 of Object.keys(obj))
            add(key2, obj[key2]);
        return typeof schema2.sortMapEntries == "function" && map.items.sort(schema2.sortMapEntries), map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        identity.isPair(pair) ? _pair = pair : !pair || typeof pair != "object" || !("key" in pair) ? _pair = new Pair.Pair(pair, pair?.value) : _pair = new Pair.Pair(pair.key, pair.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key2) {
        let it2 = findPair(this.items, key2);
        return it2 ? this.items.splice(this.items.indexOf(it2), 1).length > 0 : !1;
      }
      get(key2, keepScalar) {
        let node = findPair(this.items, key2)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_3, ctx, Type) {
        let map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        return identity.isMap(map2) || onError("Expected a mapping for this tag"), map2;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        let idx = asItemIndex(key2);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key2, keepScalar) {
        let idx = asItemIndex(key2);
        if (typeof idx != "number")
          return;
        let it2 = this.items[idx];
        return !keepScalar && identity.isScalar(it2) ? it2.value : it2;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        let idx = asItemIndex(key2);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        let idx = asItemIndex(key2);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_3, ctx) {
        let seq = [];
        ctx?.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema2, obj, ctx) {
        let { replacer } = ctx, seq = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it2 of obj) {
            if (typeof replacer == "function") {
              let key2 = obj instanceof Set ? it2 : String(i++);
              it2 = replacer.call(obj, key2, it2);
            }
            seq.items.push(createNode.createNode(it2, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        return identity.isSeq(seq2) || onError("Expected a sequence for this tag"), seq2;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var stringifyString = require_stringifyString(), string = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Scalar = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Scalar = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num = typeof value == "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d2 = minFractionDigits - (n.length - i - 1);
        for (; d2-- > 0; )
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str)), dot = str.indexOf(".");
        return dot !== -1 && str[str.length - 1] === "0" && (node.minFractionDigits = str.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema2 = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Scalar = require_Scalar(), map = require_map(), seq = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str)}`), str;
      }
    }, schema2 = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var node_buffer = __require("buffer"), Scalar = require_Scalar(), stringifyString = require_stringifyString(), binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str;
        if (typeof node_buffer.Buffer == "function")
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar.Scalar.BLOCK_LITERAL), type !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str.length / lineWidth), lines = new Array(n);
          for (let i = 0, o2 = 0; i < n; ++i, o2 += lineWidth)
            lines[i] = str.substr(o2, lineWidth);
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq))
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore && (pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn2 = pair.value ?? pair.key;
                cn2.comment = cn2.comment ? `${item.comment}
${cn2.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema2, iterable, ctx) {
      let { replacer } = ctx, pairs2 = new YAMLSeq.YAMLSeq(schema2);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it2 of iterable) {
          typeof replacer == "function" && (it2 = replacer.call(iterable, String(i++), it2));
          let key2, value;
          if (Array.isArray(it2))
            if (it2.length === 2)
              key2 = it2[0], value = it2[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it2}`);
          else if (it2 && it2 instanceof Object) {
            let keys = Object.keys(it2);
            if (keys.length === 1)
              key2 = keys[0], value = it2[key2];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key2 = it2;
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_3, ctx) {
        if (!ctx)
          return super.toJSON(_3);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair of this.items) {
          let key2, value;
          if (identity.isPair(pair) ? (key2 = toJS.toJS(pair.key, "", ctx), value = toJS.toJS(pair.value, key2, ctx)) : key2 = toJS.toJS(pair, "", ctx), map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema2, iterable, ctx) {
        let pairs$1 = pairs.createPairs(schema2, iterable, ctx), omap2 = new this();
        return omap2.items = pairs$1.items, omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        let pairs$1 = pairs.resolvePairs(seq, onError), seenKeys = [];
        for (let { key: key2 } of pairs$1.items)
          identity.isScalar(key2) && (seenKeys.includes(key2.value) ? onError(`Ordered maps must not include duplicate keys: ${key2.value}`) : seenKeys.push(key2.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === !0,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(!0),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === !1,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(!1),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str.replace(/_/g, ""))), dot = str.indexOf(".");
        if (dot !== -1) {
          let f3 = str.substring(dot + 1).replace(/_/g, "");
          f3[f3.length - 1] === "0" && (node.minFractionDigits = f3.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      let sign = str[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str = str.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        let n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      let { value } = node;
      if (intIdentify(value)) {
        let str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2), this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        identity.isPair(key2) ? pair = key2 : key2 && typeof key2 == "object" && "key" in key2 && "value" in key2 && key2.value === null ? pair = new Pair.Pair(key2.key, null) : pair = new Pair.Pair(key2, null), YAMLMap.findPair(this.items, pair.key) || this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        let pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key2);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key2));
      }
      toJSON(_3, ctx) {
        return super.toJSON(_3, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        let { replacer } = ctx, set2 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set2.items.push(Pair.createPair(value, null, ctx));
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      let sign = str[0], parts = sign === "-" || sign === "+" ? str.substring(1) : str, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p2) => res2 * num(60) + num(p2), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num = (n) => n;
      if (typeof value == "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num(-1));
      let _60 = num(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, !1),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        let match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match.map(Number), millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match[8];
        if (tz && tz !== "Z") {
          let d2 = parseSexagesimal(tz, !1);
          Math.abs(d2) < 30 && (d2 *= 60), date -= 6e4 * d2;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool = require_bool2(), float = require_float2(), int = require_int2(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema2 = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema2 = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b3) => a.key < b3.key ? -1 : a.key > b3.key ? 1 : 0, Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema2 == "string" && schema2 || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), stringify2 = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify2.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs2 = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs2, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs2 = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs2, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify2.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs2 = commentString(doc.comment);
          cs2.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs2, ""))) : lines.push(`... ${cs2}`);
        } else
          lines.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines.join(`
`) + `
`;
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new directives.Directives({ version }), this.setSchema(version, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path8, value) {
        assertCollection(this.contents) && this.contents.addIn(path8, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v2) => typeof v2 == "number" || v2 instanceof String || v2 instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = !0), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        let k2 = this.createNode(key2, null, options), v2 = this.createNode(value, null, options);
        return new Pair.Pair(k2, v2);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path8) {
        return Collection.isEmptyPath(path8) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path8) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path8, keepScalar) {
        return Collection.isEmptyPath(path8) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path8, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path8) {
        return Collection.isEmptyPath(path8) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path8) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key2], value) : assertCollection(this.contents) && this.contents.set(key2, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path8, value) {
        Collection.isEmptyPath(path8) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path8), value) : assertCollection(this.contents) && this.contents.setIn(path8, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        typeof version == "number" && (version = String(version));
        let opt;
        switch (version) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version : this.directives = new directives.Directives({ version }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super(), this.name = name, this.code = code, this.message = message, this.pos = pos;
      }
    }, YAMLParseError2 = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    }, prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      let { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError2;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment2 = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment2 ? comment2 += commentSep + cb : comment2 = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment2 ? comment2 += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment: comment2,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes(`
`))
            return !0;
          if (key2.end) {
            for (let st2 of key2.end)
              if (st2.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it2 of key2.items) {
            for (let st2 of it2.start)
              if (st2.type === "newline")
                return !0;
            if (it2.sep) {
              for (let st2 of it2.sep)
                if (st2.type === "newline")
                  return !0;
            }
            if (containsNewline(it2.key) || containsNewline(it2.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b3) => a === b3 || identity.isScalar(a) && identity.isScalar(b3) && a.value === b3.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key: key2, sep, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2 && (key2.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key2 && key2.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) && onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map.range = [bm.offset, offset, commentEnd ?? offset], map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs2, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs2.offset, commentEnd = null;
      for (let { start, value } of bs2.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs2.indent,
          startOnNewline: !0
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq.comment = props.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs2.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs2.offset, offset, commentEnd ?? offset], seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = !1, sep = "";
        for (let token of end) {
          let { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment2 ? comment2 += sep + cb : comment2 = cb, sep = "";
              break;
            }
            case "newline":
              comment2 && (sep += source), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap3 = fc.start.source === "{", fcName = isMap3 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key: key2, sep, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key2) && onError(
            key2,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st2 of start)
            switch (st2.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st2.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap3 && !sep && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key2) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (let st2 of sep) {
                  if (st2 === valueProps.found)
                    break;
                  if (st2.type === "newline") {
                    onError(st2, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap3) {
            let map = coll;
            utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map.items.push(pair);
          } else {
            let map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = !0, map.items.push(pair);
            let endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap3 ? "}" : "]", [ce2, ...ee3] = fc.end, cePos = offset;
      if (ce2?.source === expectedEnd)
        cePos = ce2.offset + ce2.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce2 && ce2.source.length !== 1 && ee3.unshift(ce2);
      }
      if (ee3.length > 0) {
        let end = resolveEnd.resolveEnd(ee3, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t2) => t2.tag === tagName && t2.collection === expType);
      if (!tag) {
        let kt2 = ctx.schema.knownTags[tagName];
        if (kt2?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt2, { default: !1 })), tag = kt2;
        else
          return kt2 ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt2.tag} used for ${expType} collection, but expects ${kt2.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        let content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        if (content === "" || content === "\r")
          header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i)
        lines[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent = "";
        }
        type === Scalar.Scalar.BLOCK_LITERAL ? (value += sep + indent.slice(trimIndent) + content, sep = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep === " " ? sep = `
` : !prevMoreIndented && sep === `
` && (sep = `

`), value += sep + indent.slice(trimIndent) + content, sep = `
`, prevMoreIndented = !0) : content === "" ? sep === `
` ? value += `
` : sep = `
` : (value += sep + content, sep = " ", prevMoreIndented = !1);
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += `
` + lines[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props[0], mode = source[0], indent = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = !1, comment2 = "", length = source.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment2 = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts2 = token.source;
            ts2 && typeof ts2 == "string" && (length += ts2.length);
          }
        }
      }
      return { mode, indent, chomp, comment: comment2, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m2 = first.match(/^( *)/), lines = [m2?.[1] ? [m2[1], first.slice(m2[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type, source, end } = scalar, _type, value, _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re2 = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re2.comment,
        range: [offset, valueEnd, re2.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      let line = /(.*?)\r?\n/sy, match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, ""), sep = " ", pos = line.lastIndex;
      for (; match = line.exec(source); ) {
        let lm = match[1].replace(trimBoth, "");
        lm === "" ? sep === `
` ? res += sep : sep = `
` : (res += sep + lm, sep = " "), pos = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match = last.exec(source), res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source, offset) {
      let fold = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type, comment: comment2, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range, scalar.source = value, type && (scalar.type = type), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment2 && (scalar.comment = comment2), scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema2.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt2 = schema2.knownTags[tagName];
      return kt2 && !kt2.collection ? (schema2.tags.push(Object.assign({}, kt2, { default: !1, test: void 0 })), kt2) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema2[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      let tag = schema2.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        let compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts2 = directives.tagString(tag.tag), cs2 = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts2} or ${cs2}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st2 = before[i];
          switch (st2.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st2.source.length;
              continue;
          }
          for (st2 = before[++i]; st2?.type === "space"; )
            offset += st2.source.length, st2 = before[++i];
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment: comment2, anchor, tag } = props, node, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = !1;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment2 && (token.type === "scalar" && token.source === "" ? node.comment = comment2 : node.commentBefore = comment2), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment2 && (node.comment = comment2, node.range[2] = end), node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source.length, re2 = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re2.offset], re2.comment && (alias.comment = re2.comment), alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Document = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd = doc.contents.range[2], re2 = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re2.comment && (doc.comment = re2.comment), doc.range = [offset, contentEnd, re2.offset], doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var node_process = __require("process"), directives = require_directives(), Document = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment: comment2, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code, message, warning) => {
          let pos = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code, message)) : this.errors.push(new errors.YAMLParseError(pos, code, message));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment2;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it2 = dc.items[0];
            identity.isPair(it2) && (it2 = it2.key);
            let cb = it2.commentBefore;
            it2.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = !1, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = !0, onError) {
      if (token) {
        let _onError = (pos, code, message) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent, inFlow = !1, offset = -1, type = "PLAIN" } = context, source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he2 = source.indexOf(`
`), head = source.substring(0, he2), body = source.substring(he2 + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      let source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      let he2 = source.indexOf(`
`), head = source.substring(0, he2), body = source.substring(he2 + 1) + `
`;
      if (token.type === "block-scalar") {
        let header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key2 of Object.keys(token))
          key2 !== "type" && key2 !== "offset" && delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st2 of end)
          switch (st2.type) {
            case "space":
            case "comment":
              props.push(st2);
              break;
            case "newline":
              return props.push(st2), !0;
          }
      return !1;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st2) => st2.type === "space" || st2.type === "comment" || st2.type === "newline") : [];
          for (let key2 of Object.keys(token))
            key2 !== "type" && key2 !== "offset" && delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st2 of token.end)
            res += st2.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st2 of token.end)
              res += st2.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st2 of token.end)
              res += st2.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep, value }) {
      let res = "";
      for (let st2 of start)
        res += st2.source;
      if (key2 && (res += stringifyToken(key2)), sep)
        for (let st2 of sep)
          res += st2.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path8) => {
      let item = cst;
      for (let [field, index] of path8) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit2.parentCollection = (cst, path8) => {
      let parent = visit2.itemAtPath(cst, path8.slice(0, -1)), field = path8[path8.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path8, item, visitor) {
      let ctrl = visitor(item, path8);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path8.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path8));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path8) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = (token) => !!token && "items" in token, isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer = class {
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = !1) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt2 = this.buffer.substr(offset, 3);
          if ((dt2 === "---" || dt2 === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs2 = line.indexOf("#");
          for (; cs2 !== -1; ) {
            let ch = line[cs2 - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs2 - 1;
              break;
            } else
              cs2 = line.indexOf("#", cs2 + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs2 = this.continueScalar(nl + 1);
            if (cs2 === -1)
              break;
            nl = qb.indexOf(`
`, cs2);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs2 = this.continueScalar(nl + 1);
            if (cs2 === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs2);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs2 = this.continueScalar(i + 1);
              if (cs2 === -1)
                break;
              i = Math.max(i, cs2 - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var node_process = __require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return !0;
      return !1;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i)
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it2 = parent.items[parent.items.length - 1];
          return it2.sep ?? it2.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it2 of fc.items)
          it2.sep && !it2.value && !includesToken(it2.start, "explicit-key-ind") && !includesToken(it2.sep, "map-value-ind") && (it2.key && (it2.value = it2.key), delete it2.key, isFlowToken(it2.value) ? it2.value.end ? arrayPushArray(it2.value.end, it2.sep) : it2.value.end = it2.sep : arrayPushArray(it2.start, it2.sep), delete it2.sep);
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source.length;
          return;
        }
        let type = cst.tokenType(source);
        if (type)
          if (type === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type, yield* this.step(), type) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source.length;
          }
        else {
          let message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it2 = top.items[top.items.length - 1];
              if (it2.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it2.sep)
                it2.value = token;
              else {
                Object.assign(it2, { key: token, sep: [] }), this.onKeyLine = !it2.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it2 = top.items[top.items.length - 1];
              it2.value ? top.items.push({ start: [], value: token }) : it2.value = token;
              break;
            }
            case "flow-collection": {
              let it2 = top.items[top.items.length - 1];
              !it2 || it2.value ? top.items.push({ start: [], key: token, sep: [] }) : it2.sep ? it2.value = token : Object.assign(it2, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st2) => st2.type !== "comment" || st2.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep;
          scalar.end ? (sep = scalar.end, sep.push(this.sourceToken), delete scalar.end) : sep = [this.sourceToken];
          let map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map) {
        let it2 = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it2.value) {
              let end = "end" in it2.value ? it2.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it2.sep ? it2.sep.push(this.sourceToken) : it2.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it2.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it2.sep)
              it2.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it2.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it2.sep || it2.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it2.sep && !it2.value) {
            let nl = [];
            for (let i = 0; i < it2.sep.length; ++i) {
              let st2 = it2.sep[i];
              switch (st2.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st2.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it2.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it2.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = !0) : it2.sep ? it2.sep.push(this.sourceToken) : it2.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it2.sep && !it2.explicitKey ? (it2.start.push(this.sourceToken), it2.explicitKey = !0) : atNextItem || it2.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it2.explicitKey)
                if (it2.sep)
                  if (it2.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it2.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it2.key) && !includesToken(it2.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it2.start), key2 = it2.key, sep = it2.sep;
                    sep.push(this.sourceToken), delete it2.key, delete it2.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: key2, sep }]
                    });
                  } else start.length > 0 ? it2.sep = it2.sep.concat(start, this.sourceToken) : it2.sep.push(this.sourceToken);
                else if (includesToken(it2.start, "newline"))
                  Object.assign(it2, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it2.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it2.sep ? it2.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it2.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it2.sep.push(this.sourceToken) : Object.assign(it2, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs2 = this.flowScalar(this.type);
              atNextItem || it2.value ? (map.items.push({ start, key: fs2, sep: [] }), this.onKeyLine = !0) : it2.sep ? this.stack.push(fs2) : (Object.assign(it2, { key: fs2, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it2.explicitKey && it2.sep && !includesToken(it2.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq) {
        let it2 = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it2.value) {
              let end = "end" in it2.value ? it2.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it2.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it2.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it2.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it2.value || this.indent <= seq.indent)
              break;
            it2.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it2.value || includesToken(it2.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it2.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          let bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it2 = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it2 || it2.sep ? fc.items.push({ start: [this.sourceToken] }) : it2.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it2 || it2.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it2.sep ? it2.sep.push(this.sourceToken) : Object.assign(it2, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it2 || it2.value ? fc.items.push({ start: [this.sourceToken] }) : it2.sep ? it2.sep.push(this.sourceToken) : it2.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs2 = this.flowScalar(this.type);
              !it2 || it2.value ? fc.items.push({ start: [], key: fs2, sep: [] }) : it2.sep ? this.stack.push(fs2) : Object.assign(it2, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            let map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st2) => st2.type === "newline" || st2.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser();
    function parseOptions(options) {
      let prettyErrors = options.prettyErrors !== !1;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), !0, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    function parse(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument2(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var composer = require_composer(), Document = require_Document(), Schema = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser(), publicApi = require_public_api(), visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    module.exports = function equal(a, b3) {
      if (a === b3) return !0;
      if (a && b3 && typeof a == "object" && typeof b3 == "object") {
        if (a.constructor !== b3.constructor) return !1;
        var length, i, keys;
        if (Array.isArray(a)) {
          if (length = a.length, length != b3.length) return !1;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b3[i])) return !1;
          return !0;
        }
        if (a.constructor === RegExp) return a.source === b3.source && a.flags === b3.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b3.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b3.toString();
        if (keys = Object.keys(a), length = keys.length, length !== Object.keys(b3).length) return !1;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b3, keys[i])) return !1;
        for (i = length; i-- !== 0; ) {
          var key2 = keys[i];
          if (!equal(a[key2], b3[key2])) return !1;
        }
        return !0;
      }
      return a !== a && b3 !== b3;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(!0), compareTime),
      "date-time": fmtDef(getDateTime(!0), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: !0,
      // unchecked string payload
      binary: !0
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/, DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      let matches = DATE.exec(str);
      if (!matches)
        return !1;
      let year = +matches[1], month = +matches[2], day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (d1 && d2)
        return d1 > d2 ? 1 : d1 < d2 ? -1 : 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function(str) {
        let matches = TIME.exec(str);
        if (!matches)
          return !1;
        let hr2 = +matches[1], min = +matches[2], sec = +matches[3], tz = matches[4], tzSign = matches[5] === "-" ? -1 : 1, tzH = +(matches[6] || 0), tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return !1;
        if (hr2 <= 23 && min <= 59 && sec < 60)
          return !0;
        let utcMin = min - tzM * tzSign, utcHr = hr2 - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return;
      let t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf(), t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (t1 && t2)
        return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return;
      let a1 = TIME.exec(t1), a2 = TIME.exec(t2);
      if (a1 && a2)
        return t1 = a1[1] + a1[2] + a1[3], t2 = a2[1] + a2[2] + a2[3], t1 > t2 ? 1 : t1 < t2 ? -1 : 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      let time = getTime(strictTimeZone);
      return function(str) {
        let dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return;
      let d1 = new Date(dt1).valueOf(), d2 = new Date(dt2).valueOf();
      if (d1 && d2)
        return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return;
      let [d1, t1] = dt1.split(DATE_TIME_SEPARATOR), [d2, t2] = dt2.split(DATE_TIME_SEPARATOR), res = compareDate(d1, d2);
      if (res !== void 0)
        return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/, URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      return BYTE.lastIndex = 0, BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31), MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return !0;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return !1;
      try {
        return new RegExp(str), !0;
      } catch {
        return !1;
      }
    }
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SEMVER_SPEC_VERSION = "2.0.0", MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991, MAX_SAFE_COMPONENT_LENGTH = 16, MAX_SAFE_BUILD_LENGTH = 250, WHITESPACE_CHARACTERS = [
      "	",
      `
`,
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ], RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH: 256,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var debug = typeof process == "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants(), debug = require_debug();
    exports = module.exports = {};
    var re2 = exports.re = [], safeRe = exports.safeRe = [], src = exports.src = [], safeSrc = exports.safeSrc = [], t2 = exports.t = {}, R3 = 0, LETTERDASHNUMBER = "[a-zA-Z0-9-]", safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ], makeSafeRegex = (value) => {
      for (let [token, max] of safeRegexReplacements)
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      return value;
    }, createToken = (name, value, isGlobal) => {
      let safe = makeSafeRegex(value), index = R3++;
      debug(name, index, value), t2[name] = index, src[index] = value, safeSrc[index] = safe, re2[index] = new RegExp(value, isGlobal ? "g" : void 0), safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t2.NUMERICIDENTIFIER]})\\.(${src[t2.NUMERICIDENTIFIER]})\\.(${src[t2.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t2.NUMERICIDENTIFIERLOOSE]})\\.(${src[t2.NUMERICIDENTIFIERLOOSE]})\\.(${src[t2.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t2.NONNUMERICIDENTIFIER]}|${src[t2.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t2.NONNUMERICIDENTIFIER]}|${src[t2.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t2.PRERELEASEIDENTIFIER]}(?:\\.${src[t2.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t2.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t2.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t2.BUILDIDENTIFIER]}(?:\\.${src[t2.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t2.MAINVERSION]}${src[t2.PRERELEASE]}?${src[t2.BUILD]}?`);
    createToken("FULL", `^${src[t2.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t2.MAINVERSIONLOOSE]}${src[t2.PRERELEASELOOSE]}?${src[t2.BUILD]}?`);
    createToken("LOOSE", `^${src[t2.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t2.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t2.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t2.XRANGEIDENTIFIER]})(?:\\.(${src[t2.XRANGEIDENTIFIER]})(?:\\.(${src[t2.XRANGEIDENTIFIER]})(?:${src[t2.PRERELEASE]})?${src[t2.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t2.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t2.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t2.XRANGEIDENTIFIERLOOSE]})(?:${src[t2.PRERELEASELOOSE]})?${src[t2.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t2.GTLT]}\\s*${src[t2.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t2.GTLT]}\\s*${src[t2.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `(^|[^\\d])(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t2.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t2.COERCEPLAIN] + `(?:${src[t2.PRERELEASE]})?(?:${src[t2.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t2.COERCE], !0);
    createToken("COERCERTLFULL", src[t2.COERCEFULL], !0);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t2.LONETILDE]}\\s+`, !0);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t2.LONETILDE]}${src[t2.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t2.LONETILDE]}${src[t2.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t2.LONECARET]}\\s+`, !0);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t2.LONECARET]}${src[t2.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t2.LONECARET]}${src[t2.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t2.GTLT]}\\s*(${src[t2.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t2.GTLT]}\\s*(${src[t2.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t2.GTLT]}\\s*(${src[t2.LOOSEPLAIN]}|${src[t2.XRANGEPLAIN]})`, !0);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t2.XRANGEPLAIN]})\\s+-\\s+(${src[t2.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t2.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t2.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var looseOption = Object.freeze({ loose: !0 }), emptyOpts = Object.freeze({}), parseOptions = (options) => options ? typeof options != "object" ? looseOption : options : emptyOpts;
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var numeric = /^[0-9]+$/, compareIdentifiers = (a, b3) => {
      if (typeof a == "number" && typeof b3 == "number")
        return a === b3 ? 0 : a < b3 ? -1 : 1;
      let anum = numeric.test(a), bnum = numeric.test(b3);
      return anum && bnum && (a = +a, b3 = +b3), a === b3 ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b3 ? -1 : 1;
    }, rcompareIdentifiers = (a, b3) => compareIdentifiers(b3, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var debug = require_debug(), { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants(), { safeRe: re2, t: t2 } = require_re(), parseOptions = require_parse_options(), { compareIdentifiers } = require_identifiers(), isPrereleaseIdentifier = (prerelease, identifier) => {
      let identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length)
        return !1;
      for (let i = 0; i < identifiers.length; i++)
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0)
          return !1;
      return !0;
    }, SemVer = class _SemVer {
      constructor(version, options) {
        if (options = parseOptions(options), version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease)
            return version;
          version = version.version;
        } else if (typeof version != "string")
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        if (version.length > MAX_LENGTH)
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        debug("SemVer", version, options), this.options = options, this.loose = !!options.loose, this.includePrerelease = !!options.includePrerelease;
        let m2 = version.trim().match(options.loose ? re2[t2.LOOSE] : re2[t2.FULL]);
        if (!m2)
          throw new TypeError(`Invalid Version: ${version}`);
        if (this.raw = version, this.major = +m2[1], this.minor = +m2[2], this.patch = +m2[3], this.major > MAX_SAFE_INTEGER || this.major < 0)
          throw new TypeError("Invalid major version");
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0)
          throw new TypeError("Invalid minor version");
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0)
          throw new TypeError("Invalid patch version");
        m2[4] ? this.prerelease = m2[4].split(".").map((id) => {
          if (/^[0-9]+$/.test(id)) {
            let num = +id;
            if (num >= 0 && num < MAX_SAFE_INTEGER)
              return num;
          }
          return id;
        }) : this.prerelease = [], this.build = m2[5] ? m2[5].split(".") : [], this.format();
      }
      format() {
        return this.version = `${this.major}.${this.minor}.${this.patch}`, this.prerelease.length && (this.version += `-${this.prerelease.join(".")}`), this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        if (debug("SemVer.compare", this.version, this.options, other), !(other instanceof _SemVer)) {
          if (typeof other == "string" && other === this.version)
            return 0;
          other = new _SemVer(other, this.options);
        }
        return other.version === this.version ? 0 : this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        return other instanceof _SemVer || (other = new _SemVer(other, this.options)), this.major < other.major ? -1 : this.major > other.major ? 1 : this.minor < other.minor ? -1 : this.minor > other.minor ? 1 : this.patch < other.patch ? -1 : this.patch > other.patch ? 1 : 0;
      }
      comparePre(other) {
        if (other instanceof _SemVer || (other = new _SemVer(other, this.options)), this.prerelease.length && !other.prerelease.length)
          return -1;
        if (!this.prerelease.length && other.prerelease.length)
          return 1;
        if (!this.prerelease.length && !other.prerelease.length)
          return 0;
        let i = 0;
        do {
          let a = this.prerelease[i], b3 = other.prerelease[i];
          if (debug("prerelease compare", i, a, b3), a === void 0 && b3 === void 0)
            return 0;
          if (b3 === void 0)
            return 1;
          if (a === void 0)
            return -1;
          if (a === b3)
            continue;
          return compareIdentifiers(a, b3);
        } while (++i);
      }
      compareBuild(other) {
        other instanceof _SemVer || (other = new _SemVer(other, this.options));
        let i = 0;
        do {
          let a = this.build[i], b3 = other.build[i];
          if (debug("build compare", i, a, b3), a === void 0 && b3 === void 0)
            return 0;
          if (b3 === void 0)
            return 1;
          if (a === void 0)
            return -1;
          if (a === b3)
            continue;
          return compareIdentifiers(a, b3);
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release2, identifier, identifierBase) {
        if (release2.startsWith("pre")) {
          if (!identifier && identifierBase === !1)
            throw new Error("invalid increment argument: identifier is empty");
          if (identifier) {
            let match = `-${identifier}`.match(this.options.loose ? re2[t2.PRERELEASELOOSE] : re2[t2.PRERELEASE]);
            if (!match || match[1] !== identifier)
              throw new Error(`invalid identifier: ${identifier}`);
          }
        }
        switch (release2) {
          case "premajor":
            this.prerelease.length = 0, this.patch = 0, this.minor = 0, this.major++, this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0, this.patch = 0, this.minor++, this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0, this.inc("patch", identifier, identifierBase), this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            this.prerelease.length === 0 && this.inc("patch", identifier, identifierBase), this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0)
              throw new Error(`version ${this.raw} is not a prerelease`);
            this.prerelease.length = 0;
            break;
          case "major":
            (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) && this.major++, this.minor = 0, this.patch = 0, this.prerelease = [];
            break;
          case "minor":
            (this.patch !== 0 || this.prerelease.length === 0) && this.minor++, this.patch = 0, this.prerelease = [];
            break;
          case "patch":
            this.prerelease.length === 0 && this.patch++, this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            let base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0)
              this.prerelease = [base];
            else {
              let i = this.prerelease.length;
              for (; --i >= 0; )
                typeof this.prerelease[i] == "number" && (this.prerelease[i]++, i = -2);
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === !1)
                  throw new Error("invalid increment argument: identifier already exists");
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === !1 && (prerelease = [identifier]), isPrereleaseIdentifier(this.prerelease, identifier)) {
                let prereleaseBase = this.prerelease[identifier.split(".").length];
                isNaN(prereleaseBase) && (this.prerelease = prerelease);
              } else
                this.prerelease = prerelease;
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release2}`);
        }
        return this.raw = this.format(), this.build.length && (this.raw += `+${this.build.join(".")}`), this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), parse = (version, options, throwErrors = !1) => {
      if (version instanceof SemVer)
        return version;
      try {
        return new SemVer(version, options);
      } catch (er2) {
        if (!throwErrors)
          return null;
        throw er2;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var parse = require_parse(), valid = (version, options) => {
      let v2 = parse(version, options);
      return v2 ? v2.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var parse = require_parse(), clean = (version, options) => {
      let s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), inc = (version, release2, options, identifier, identifierBase) => {
      typeof options == "string" && (identifierBase = identifier, identifier = options, options = void 0);
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release2, identifier, identifierBase).version;
      } catch {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var parse = require_parse(), diff = (version1, version2) => {
      let v1 = parse(version1, null, !0), v2 = parse(version2, null, !0), comparison = v1.compare(v2);
      if (comparison === 0)
        return null;
      let v1Higher = comparison > 0, highVersion = v1Higher ? v1 : v2, lowVersion = v1Higher ? v2 : v1, highHasPre = !!highVersion.prerelease.length;
      if (!!lowVersion.prerelease.length && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor)
          return "major";
        if (lowVersion.compareMain(highVersion) === 0)
          return lowVersion.minor && !lowVersion.patch ? "minor" : "patch";
      }
      let prefix = highHasPre ? "pre" : "";
      return v1.major !== v2.major ? prefix + "major" : v1.minor !== v2.minor ? prefix + "minor" : v1.patch !== v2.patch ? prefix + "patch" : "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var parse = require_parse(), prerelease = (version, options) => {
      let parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), compare = (a, b3, loose) => new SemVer(a, loose).compare(new SemVer(b3, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), rcompare = (a, b3, loose) => compare(b3, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), compareLoose = (a, b3) => compare(a, b3, !0);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), compareBuild = (a, b3, loose) => {
      let versionA = new SemVer(a, loose), versionB = new SemVer(b3, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compareBuild = require_compare_build(), sort = (list, loose) => list.sort((a, b3) => compareBuild(a, b3, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compareBuild = require_compare_build(), rsort = (list, loose) => list.sort((a, b3) => compareBuild(b3, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), gt2 = (a, b3, loose) => compare(a, b3, loose) > 0;
    module.exports = gt2;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), lt2 = (a, b3, loose) => compare(a, b3, loose) < 0;
    module.exports = lt2;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), eq = (a, b3, loose) => compare(a, b3, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), neq = (a, b3, loose) => compare(a, b3, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), gte = (a, b3, loose) => compare(a, b3, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), lte = (a, b3, loose) => compare(a, b3, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var eq = require_eq(), neq = require_neq(), gt2 = require_gt(), gte = require_gte(), lt2 = require_lt(), lte = require_lte(), cmp = (a, op, b3, loose) => {
      switch (op) {
        case "===":
          return typeof a == "object" && (a = a.version), typeof b3 == "object" && (b3 = b3.version), a === b3;
        case "!==":
          return typeof a == "object" && (a = a.version), typeof b3 == "object" && (b3 = b3.version), a !== b3;
        case "":
        case "=":
        case "==":
          return eq(a, b3, loose);
        case "!=":
          return neq(a, b3, loose);
        case ">":
          return gt2(a, b3, loose);
        case ">=":
          return gte(a, b3, loose);
        case "<":
          return lt2(a, b3, loose);
        case "<=":
          return lte(a, b3, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), parse = require_parse(), { safeRe: re2, t: t2 } = require_re(), coerce = (version, options) => {
      if (version instanceof SemVer)
        return version;
      if (typeof version == "number" && (version = String(version)), typeof version != "string")
        return null;
      options = options || {};
      let match = null;
      if (!options.rtl)
        match = version.match(options.includePrerelease ? re2[t2.COERCEFULL] : re2[t2.COERCE]);
      else {
        let coerceRtlRegex = options.includePrerelease ? re2[t2.COERCERTLFULL] : re2[t2.COERCERTL], next;
        for (; (next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length); )
          (!match || next.index + next[0].length !== match.index + match[0].length) && (match = next), coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null)
        return null;
      let major = match[2], minor = match[3] || "0", patch = match[4] || "0", prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "", build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var parse = require_parse(), constants2 = require_constants(), SemVer = require_semver(), truncate = (version, truncation, options) => {
      if (!constants2.RELEASE_TYPES.includes(truncation))
        return null;
      let clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    }, cloneInputVersion = (version, options) => {
      let versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    }, doTruncation = (version, truncation) => {
      if (isPrerelease(truncation))
        return version.version;
      switch (version.prerelease = [], truncation) {
        case "major":
          version.minor = 0, version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    }, isPrerelease = (type) => type.startsWith("pre");
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var LRUCache = class {
      constructor() {
        this.max = 1e3, this.map = /* @__PURE__ */ new Map();
      }
      get(key2) {
        let value = this.map.get(key2);
        if (value !== void 0)
          return this.map.delete(key2), this.map.set(key2, value), value;
      }
      delete(key2) {
        return this.map.delete(key2);
      }
      set(key2, value) {
        if (!this.delete(key2) && value !== void 0) {
          if (this.map.size >= this.max) {
            let firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key2, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants(), whitespace = new Uint8Array(65536);
    for (let char of WHITESPACE_CHARACTERS)
      whitespace[char.charCodeAt(0)] = 1;
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1, isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char), isDigit = (char) => char !== void 0 && char >= "0" && char <= "9", isLetter2 = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z"), isIdentifierCharacter = (char) => isDigit(char) || isLetter2(char) || char === "-", isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*", findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start]))
        return start;
      if (start >= digitRuns.start && start < digitRuns.end)
        return Math.min(start + limit, digitRuns.end);
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd)
        return Math.min(start + limit, digitRuns.previousEnd);
      let end = start + 1;
      for (; isDigit(range[end]); )
        end++;
      return digitRuns.previousStart = digitRuns.start, digitRuns.previousEnd = digitRuns.end, digitRuns.start = start, digitRuns.end = end, Math.min(start + limit, end);
    }, findVersionNumberEndIndex = (range, start, loose, digitRuns) => !loose && range[start] === "0" ? start + 1 : findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns), findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      let digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter2(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1, limit = end + MAX_SAFE_BUILD_LENGTH;
        for (; end < limit && isIdentifierCharacter(range[end]); )
          end++;
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    }, findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      let hyphen = range[start] === "-";
      if (!loose && !hyphen)
        return start;
      let identifierStart = start + (hyphen ? 1 : 0), end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen)
          return start;
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      for (; range[end] === "."; ) {
        let next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1)
          break;
        end = next;
      }
      return end;
    }, findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      for (; end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end]); )
        end++;
      return end;
    }, findBuildEndIndex = (range, start) => {
      if (range[start] !== "+")
        return start;
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1)
        return start;
      for (; range[end] === "."; ) {
        let next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1)
          break;
        end = next;
      }
      return end;
    }, findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        let next = findVersionNumberEndIndex(range, end, !0, digitRuns);
        if (next === end)
          return start;
        if (end = next, component < 2) {
          if (range[end] !== ".")
            return start;
          end++;
        }
      }
      let prereleaseEnd = findPrereleaseEndIndex(range, end, !0, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    }, findPartialVersionComponentEndIndex = (range, start, digitRuns) => isDigit(range[start]) ? findVersionNumberEndIndex(range, start, !1, digitRuns) : isVersionStart(range[start]) ? start + 1 : start, findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".")
          return end;
        let next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1)
          return end;
        end = next;
      }
      let prereleaseEnd = findPrereleaseEndIndex(range, end, !1, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    }, findVersionEndIndex = (range, start, digitRuns) => {
      let fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    }, findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      return isWhitespace(range[position]) && position++, (range[position] === "<" || range[position] === ">") && position++, range[position] === "=" && position++, isWhitespace(range[position]) ? position : -1;
    }, trimComparatorWhitespace = (range) => {
      let result = "", copyFrom = 0, cursor = 0, digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      for (; cursor < range.length; ) {
        let matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">")
          cursor++;
        else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        for (; cursor < range.length && isVersionPrefix(range[cursor]); )
          cursor++;
        if (!isVersionStart(range[cursor]))
          continue;
        let whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        whitespacePosition !== -1 && (result += range.slice(copyFrom, whitespacePosition), copyFrom = whitespacePosition + 1), cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SPACE_CHARACTERS = /\s+/g, Range = class _Range {
      constructor(range, options) {
        if (options = parseOptions(options), range instanceof _Range)
          return range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease ? range : new _Range(range.raw, options);
        if (range instanceof Comparator)
          return this.raw = range.value, this.set = [[range]], this.formatted = void 0, this;
        if (this.options = options, this.loose = !!options.loose, this.includePrerelease = !!options.includePrerelease, this.raw = range.trim().replace(SPACE_CHARACTERS, " "), this.set = this.raw.split("||").map((r2) => this.parseRange(r2.trim())).filter((c3) => c3.length), !this.set.length)
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        if (this.set.length > 1) {
          let first = this.set[0];
          if (this.set = this.set.filter((c3) => !isNullSet(c3[0])), this.set.length === 0)
            this.set = [first];
          else if (this.set.length > 1) {
            for (let c3 of this.set)
              if (c3.length === 1 && isAny(c3[0])) {
                this.set = [c3];
                break;
              }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            i > 0 && (this.formatted += "||");
            let comps = this.set[i];
            for (let k2 = 0; k2 < comps.length; k2++)
              k2 > 0 && (this.formatted += " "), this.formatted += comps[k2].toString().trim();
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        let memoKey = ((this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE)) + ":" + range, cached = cache2.get(memoKey);
        if (cached)
          return cached;
        let loose = this.options.loose, hr2 = loose ? re2[t2.HYPHENRANGELOOSE] : re2[t2.HYPHENRANGE];
        range = range.replace(hr2, hyphenReplace(this.options.includePrerelease)), debug("hyphen replace", range), range = trimComparatorWhitespace(range), debug("comparator trim", range), range = range.replace(re2[t2.TILDETRIM], tildeTrimReplace), debug("tilde trim", range), range = range.replace(re2[t2.CARETTRIM], caretTrimReplace), debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        loose && (rangeList = rangeList.filter((comp) => (debug("loose invalid filter", comp, this.options), !!comp.match(re2[t2.COMPARATORLOOSE])))), debug("range list", rangeList);
        let rangeMap = /* @__PURE__ */ new Map(), comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (let comp of comparators) {
          if (isNullSet(comp))
            return [comp];
          rangeMap.set(comp.value, comp);
        }
        rangeMap.size > 1 && rangeMap.has("") && rangeMap.delete("");
        let result = [...rangeMap.values()];
        return cache2.set(memoKey, result), result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range))
          throw new TypeError("a Range is required");
        return this.set.some((thisComparators) => isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => rangeComparators.every((rangeComparator) => thisComparator.intersects(rangeComparator, options)))));
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version)
          return !1;
        if (typeof version == "string")
          try {
            version = new SemVer(version, this.options);
          } catch {
            return !1;
          }
        for (let i = 0; i < this.set.length; i++)
          if (testSet(this.set[i], version, this.options))
            return !0;
        return !1;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache(), cache2 = new LRU(), parseOptions = require_parse_options(), Comparator = require_comparator(), debug = require_debug(), SemVer = require_semver(), trimComparatorWhitespace = require_trim_comparator_whitespace(), {
      safeRe: re2,
      src,
      t: t2,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re(), { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants(), BUILDSTRIPRE = new RegExp(src[t2.BUILD], "g"), isNullSet = (c3) => c3.value === "<0.0.0-0", isAny = (c3) => c3.value === "", isSatisfiable = (comparators, options) => {
      let result = !0, remainingComparators = comparators.slice(), testComparator = remainingComparators.pop();
      for (; result && remainingComparators.length; )
        result = remainingComparators.every((otherComparator) => testComparator.intersects(otherComparator, options)), testComparator = remainingComparators.pop();
      return result;
    }, parseComparator = (comp, options) => (comp = comp.replace(re2[t2.BUILD], ""), debug("comp", comp, options), comp = replaceCarets(comp, options), debug("caret", comp), comp = replaceTildes(comp, options), debug("tildes", comp), comp = replaceXRanges(comp, options), debug("xrange", comp), comp = replaceStars(comp, options), debug("stars", comp), comp), isX = (id) => !id || id.toLowerCase() === "x" || id === "*", invalidXRangeOrder = (M4, m2, p2) => isX(M4) && !isX(m2) || isX(m2) && p2 && !isX(p2), replaceTildes = (comp, options) => comp.trim().split(/\s+/).map((c3) => replaceTilde(c3, options)).join(" "), replaceTilde = (comp, options) => {
      let r2 = options.loose ? re2[t2.TILDELOOSE] : re2[t2.TILDE], z3 = options.includePrerelease ? "-0" : "";
      return comp.replace(r2, (_3, M4, m2, p2, pr2) => {
        debug("tilde", comp, _3, M4, m2, p2, pr2);
        let ret;
        return isX(M4) ? ret = "" : isX(m2) ? ret = `>=${M4}.0.0${z3} <${+M4 + 1}.0.0-0` : isX(p2) ? ret = `>=${M4}.${m2}.0${z3} <${M4}.${+m2 + 1}.0-0` : pr2 ? (debug("replaceTilde pr", pr2), ret = `>=${M4}.${m2}.${p2}-${pr2} <${M4}.${+m2 + 1}.0-0`) : ret = `>=${M4}.${m2}.${p2} <${M4}.${+m2 + 1}.0-0`, debug("tilde return", ret), ret;
      });
    }, replaceCarets = (comp, options) => comp.trim().split(/\s+/).map((c3) => replaceCaret(c3, options)).join(" "), replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      let r2 = options.loose ? re2[t2.CARETLOOSE] : re2[t2.CARET], z3 = options.includePrerelease ? "-0" : "";
      return comp.replace(r2, (_3, M4, m2, p2, pr2) => {
        debug("caret", comp, _3, M4, m2, p2, pr2);
        let ret;
        return isX(M4) ? ret = "" : isX(m2) ? ret = `>=${M4}.0.0${z3} <${+M4 + 1}.0.0-0` : isX(p2) ? M4 === "0" ? ret = `>=${M4}.${m2}.0${z3} <${M4}.${+m2 + 1}.0-0` : ret = `>=${M4}.${m2}.0${z3} <${+M4 + 1}.0.0-0` : pr2 ? (debug("replaceCaret pr", pr2), M4 === "0" ? m2 === "0" ? ret = `>=${M4}.${m2}.${p2}-${pr2} <${M4}.${m2}.${+p2 + 1}-0` : ret = `>=${M4}.${m2}.${p2}-${pr2} <${M4}.${+m2 + 1}.0-0` : ret = `>=${M4}.${m2}.${p2}-${pr2} <${+M4 + 1}.0.0-0`) : (debug("no pr"), M4 === "0" ? m2 === "0" ? ret = `>=${M4}.${m2}.${p2} <${M4}.${m2}.${+p2 + 1}-0` : ret = `>=${M4}.${m2}.${p2} <${M4}.${+m2 + 1}.0-0` : ret = `>=${M4}.${m2}.${p2} <${+M4 + 1}.0.0-0`), debug("caret return", ret), ret;
      });
    }, replaceXRanges = (comp, options) => (debug("replaceXRanges", comp, options), comp.split(/\s+/).map((c3) => replaceXRange(c3, options)).join(" ")), replaceXRange = (comp, options) => {
      comp = comp.trim();
      let r2 = options.loose ? re2[t2.XRANGELOOSE] : re2[t2.XRANGE];
      return comp.replace(r2, (ret, gtlt, M4, m2, p2, pr2) => {
        if (debug("xRange", comp, ret, gtlt, M4, m2, p2, pr2), invalidXRangeOrder(M4, m2, p2))
          return comp;
        let xM = isX(M4), xm = xM || isX(m2), xp = xm || isX(p2), anyX = xp;
        return gtlt === "=" && anyX && (gtlt = ""), pr2 = options.includePrerelease ? "-0" : "", xM ? gtlt === ">" || gtlt === "<" ? ret = "<0.0.0-0" : ret = "*" : gtlt && anyX ? (xm && (m2 = 0), p2 = 0, gtlt === ">" ? (gtlt = ">=", xm ? (M4 = +M4 + 1, m2 = 0, p2 = 0) : (m2 = +m2 + 1, p2 = 0)) : gtlt === "<=" && (gtlt = "<", xm ? M4 = +M4 + 1 : m2 = +m2 + 1), gtlt === "<" && (pr2 = "-0"), ret = `${gtlt + M4}.${m2}.${p2}${pr2}`) : xm ? ret = `>=${M4}.0.0${pr2} <${+M4 + 1}.0.0-0` : xp && (ret = `>=${M4}.${m2}.0${pr2} <${M4}.${+m2 + 1}.0-0`), debug("xRange return", ret), ret;
      });
    }, replaceStars = (comp, options) => (debug("replaceStars", comp, options), comp.trim().replace(re2[t2.STAR], "")), replaceGTE0 = (comp, options) => (debug("replaceGTE0", comp, options), comp.trim().replace(re2[options.includePrerelease ? t2.GTE0PRE : t2.GTE0], "")), hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to2, tM, tm, tp, tpr) => (isX(fM) ? from = "" : isX(fm) ? from = `>=${fM}.0.0${incPr ? "-0" : ""}` : isX(fp) ? from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}` : fpr ? from = `>=${from}` : from = `>=${from}${incPr ? "-0" : ""}`, isX(tM) ? to2 = "" : isX(tm) ? to2 = `<${+tM + 1}.0.0-0` : isX(tp) ? to2 = `<${tM}.${+tm + 1}.0-0` : tpr ? to2 = `<=${tM}.${tm}.${tp}-${tpr}` : incPr ? to2 = `<${tM}.${tm}.${+tp + 1}-0` : to2 = `<=${to2}`, `${from} ${to2}`.trim()), testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++)
        if (!set[i].test(version))
          return !1;
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++)
          if (debug(set[i].semver), set[i].semver !== Comparator.ANY && set[i].semver.prerelease.length > 0) {
            let allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch)
              return !0;
          }
        return !1;
      }
      return !0;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY"), Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        if (options = parseOptions(options), comp instanceof _Comparator) {
          if (comp.loose === !!options.loose)
            return comp;
          comp = comp.value;
        }
        comp = comp.trim().split(/\s+/).join(" "), debug("comparator", comp, options), this.options = options, this.loose = !!options.loose, this.parse(comp), this.semver === ANY ? this.value = "" : this.value = this.operator + this.semver.version, debug("comp", this);
      }
      parse(comp) {
        let r2 = this.options.loose ? re2[t2.COMPARATORLOOSE] : re2[t2.COMPARATOR], m2 = comp.match(r2);
        if (!m2)
          throw new TypeError(`Invalid comparator: ${comp}`);
        this.operator = m2[1] !== void 0 ? m2[1] : "", this.operator === "=" && (this.operator = ""), m2[2] ? this.semver = new SemVer(m2[2], this.options.loose) : this.semver = ANY;
      }
      toString() {
        return this.value;
      }
      test(version) {
        if (debug("Comparator.test", version, this.options.loose), this.semver === ANY || version === ANY)
          return !0;
        if (typeof version == "string")
          try {
            version = new SemVer(version, this.options);
          } catch {
            return !1;
          }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator))
          throw new TypeError("a Comparator is required");
        return this.operator === "" ? this.value === "" ? !0 : new Range(comp.value, options).test(this.value) : comp.operator === "" ? comp.value === "" ? !0 : new Range(this.value, options).test(comp.semver) : (options = parseOptions(options), options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0") || !options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0")) ? !1 : !!(this.operator.startsWith(">") && comp.operator.startsWith(">") || this.operator.startsWith("<") && comp.operator.startsWith("<") || this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=") || cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<") || cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")));
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options(), { safeRe: re2, t: t2 } = require_re(), cmp = require_cmp(), debug = require_debug(), SemVer = require_semver(), Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Range = require_range(), satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch {
        return !1;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Range = require_range(), toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c3) => c3.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), Range = require_range(), maxSatisfying = (versions, range, options) => {
      let max = null, maxSV = null, rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch {
        return null;
      }
      return versions.forEach((v2) => {
        rangeObj.test(v2) && (!max || maxSV.compare(v2) === -1) && (max = v2, maxSV = new SemVer(max, options));
      }), max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), Range = require_range(), minSatisfying = (versions, range, options) => {
      let min = null, minSV = null, rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch {
        return null;
      }
      return versions.forEach((v2) => {
        rangeObj.test(v2) && (!min || minSV.compare(v2) === 1) && (min = v2, minSV = new SemVer(min, options));
      }), min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), Range = require_range(), gt2 = require_gt(), minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver) || (minver = new SemVer("0.0.0-0"), range.test(minver)))
        return minver;
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        let comparators = range.set[i], setMin = null;
        comparators.forEach((comparator) => {
          let compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              compver.prerelease.length === 0 ? compver.patch++ : compver.prerelease.push(0), compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              (!setMin || gt2(compver, setMin)) && (setMin = compver);
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        }), setMin && (!minver || gt2(minver, setMin)) && (minver = setMin);
      }
      return minver && range.test(minver) ? minver : null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Range = require_range(), validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), Comparator = require_comparator(), { ANY } = Comparator, Range = require_range(), satisfies = require_satisfies(), gt2 = require_gt(), lt2 = require_lt(), lte = require_lte(), gte = require_gte(), outside = (version, range, hilo, options) => {
      version = new SemVer(version, options), range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt2, ltefn = lte, ltfn = lt2, comp = ">", ecomp = ">=";
          break;
        case "<":
          gtfn = lt2, ltefn = gte, ltfn = gt2, comp = "<", ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options))
        return !1;
      for (let i = 0; i < range.set.length; ++i) {
        let comparators = range.set[i], high = null, low = null;
        if (comparators.forEach((comparator) => {
          comparator.semver === ANY && (comparator = new Comparator(">=0.0.0")), high = high || comparator, low = low || comparator, gtfn(comparator.semver, high.semver, options) ? high = comparator : ltfn(comparator.semver, low.semver, options) && (low = comparator);
        }), high.operator === comp || high.operator === ecomp || (!low.operator || low.operator === comp) && ltefn(version, low.semver))
          return !1;
        if (low.operator === ecomp && ltfn(version, low.semver))
          return !1;
      }
      return !0;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var outside = require_outside(), gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var outside = require_outside(), ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Range = require_range(), intersects = (r1, r2, options) => (r1 = new Range(r1, options), r2 = new Range(r2, options), r1.intersects(r2, options));
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var satisfies = require_satisfies(), compare = require_compare();
    module.exports = (versions, range, options) => {
      let set = [], first = null, prev = null, v2 = versions.sort((a, b3) => compare(a, b3, options));
      for (let version of v2)
        satisfies(version, range, options) ? (prev = version, first || (first = version)) : (prev && set.push([first, prev]), prev = null, first = null);
      first && set.push([first, null]);
      let ranges = [];
      for (let [min, max] of set)
        min === max ? ranges.push(min) : !max && min === v2[0] ? ranges.push("*") : max ? min === v2[0] ? ranges.push(`<=${max}`) : ranges.push(`${min} - ${max}`) : ranges.push(`>=${min}`);
      let simplified = ranges.join(" || "), original = typeof range.raw == "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var Range = require_range(), Comparator = require_comparator(), { ANY } = Comparator, satisfies = require_satisfies(), compare = require_compare(), subset = (sub, dom, options = {}) => {
      if (sub === dom)
        return !0;
      sub = new Range(sub, options), dom = new Range(dom, options);
      let sawNonNull = !1;
      OUTER: for (let simpleSub of sub.set) {
        for (let simpleDom of dom.set) {
          let isSub = simpleSubset(simpleSub, simpleDom, options);
          if (sawNonNull = sawNonNull || isSub !== null, isSub)
            continue OUTER;
        }
        if (sawNonNull)
          return !1;
      }
      return !0;
    }, minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")], minimumVersion = [new Comparator(">=0.0.0")], simpleSubset = (sub, dom, options) => {
      if (sub === dom)
        return !0;
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY)
          return !0;
        options.includePrerelease ? sub = minimumVersionWithPreRelease : sub = minimumVersion;
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease)
          return !0;
        dom = minimumVersion;
      }
      let eqSet = /* @__PURE__ */ new Set(), gt2, lt2;
      for (let c3 of sub)
        c3.operator === ">" || c3.operator === ">=" ? gt2 = higherGT(gt2, c3, options) : c3.operator === "<" || c3.operator === "<=" ? lt2 = lowerLT(lt2, c3, options) : eqSet.add(c3.semver);
      if (eqSet.size > 1)
        return null;
      let gtltComp;
      if (gt2 && lt2) {
        if (gtltComp = compare(gt2.semver, lt2.semver, options), gtltComp > 0)
          return null;
        if (gtltComp === 0 && (gt2.operator !== ">=" || lt2.operator !== "<="))
          return null;
      }
      for (let eq of eqSet) {
        if (gt2 && !satisfies(eq, String(gt2), options) || lt2 && !satisfies(eq, String(lt2), options))
          return null;
        for (let c3 of dom)
          if (!satisfies(eq, String(c3), options))
            return !1;
        return !0;
      }
      let higher, lower, hasDomLT, hasDomGT, needDomLTPre = lt2 && !options.includePrerelease && lt2.semver.prerelease.length ? lt2.semver : !1, needDomGTPre = gt2 && !options.includePrerelease && gt2.semver.prerelease.length ? gt2.semver : !1;
      needDomLTPre && needDomLTPre.prerelease.length === 1 && lt2.operator === "<" && needDomLTPre.prerelease[0] === 0 && (needDomLTPre = !1);
      for (let c3 of dom) {
        if (hasDomGT = hasDomGT || c3.operator === ">" || c3.operator === ">=", hasDomLT = hasDomLT || c3.operator === "<" || c3.operator === "<=", gt2) {
          if (needDomGTPre && c3.semver.prerelease && c3.semver.prerelease.length && c3.semver.major === needDomGTPre.major && c3.semver.minor === needDomGTPre.minor && c3.semver.patch === needDomGTPre.patch && (needDomGTPre = !1), c3.operator === ">" || c3.operator === ">=") {
            if (higher = higherGT(gt2, c3, options), higher === c3 && higher !== gt2)
              return !1;
          } else if (gt2.operator === ">=" && !c3.test(gt2.semver))
            return !1;
        }
        if (lt2) {
          if (needDomLTPre && c3.semver.prerelease && c3.semver.prerelease.length && c3.semver.major === needDomLTPre.major && c3.semver.minor === needDomLTPre.minor && c3.semver.patch === needDomLTPre.patch && (needDomLTPre = !1), c3.operator === "<" || c3.operator === "<=") {
            if (lower = lowerLT(lt2, c3, options), lower === c3 && lower !== lt2)
              return !1;
          } else if (lt2.operator === "<=" && !c3.test(lt2.semver))
            return !1;
        }
        if (!c3.operator && (lt2 || gt2) && gtltComp !== 0)
          return !1;
      }
      return !(gt2 && hasDomLT && !lt2 && gtltComp !== 0 || lt2 && hasDomGT && !gt2 && gtltComp !== 0 || needDomGTPre || needDomLTPre);
    }, higherGT = (a, b3, options) => {
      if (!a)
        return b3;
      let comp = compare(a.semver, b3.semver, options);
      return comp > 0 ? a : comp < 0 || b3.operator === ">" && a.operator === ">=" ? b3 : a;
    }, lowerLT = (a, b3, options) => {
      if (!a)
        return b3;
      let comp = compare(a.semver, b3.semver, options);
      return comp < 0 ? a : comp > 0 || b3.operator === "<" && a.operator === "<=" ? b3 : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var internalRe = require_re(), constants2 = require_constants(), SemVer = require_semver(), identifiers = require_identifiers(), parse = require_parse(), valid = require_valid(), clean = require_clean(), inc = require_inc(), diff = require_diff(), major = require_major(), minor = require_minor(), patch = require_patch(), prerelease = require_prerelease(), compare = require_compare(), rcompare = require_rcompare(), compareLoose = require_compare_loose(), compareBuild = require_compare_build(), sort = require_sort(), rsort = require_rsort(), gt2 = require_gt(), lt2 = require_lt(), eq = require_eq(), neq = require_neq(), gte = require_gte(), lte = require_lte(), cmp = require_cmp(), coerce = require_coerce(), truncate = require_truncate(), Comparator = require_comparator(), Range = require_range(), satisfies = require_satisfies(), toComparators = require_to_comparators(), maxSatisfying = require_max_satisfying(), minSatisfying = require_min_satisfying(), minVersion = require_min_version(), validRange = require_valid2(), outside = require_outside(), gtr = require_gtr(), ltr = require_ltr(), intersects = require_intersects(), simplifyRange = require_simplify(), subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt: gt2,
      lt: lt2,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants2.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants2.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    init_define_ROLLGATE_BUILTIN_PACKS();
    var s = 1e3, m2 = s * 60, h3 = m2 * 60, d2 = h3 * 24, w2 = d2 * 7, y2 = d2 * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0)
        return parse(val);
      if (type === "number" && isFinite(val))
        return options.long ? fmtLong(val) : fmtShort(val);
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      if (str = String(str), !(str.length > 100)) {
        var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
          str
        );
        if (match) {
          var n = parseFloat(match[1]), type = (match[2] || "ms").toLowerCase();
          switch (type) {
            case "years":
            case "year":
            case "yrs":
            case "yr":
            case "y":
              return n * y2;
            case "weeks":
            case "week":
            case "w":
              return n * w2;
            case "days":
            case "day":
            case "d":
              return n * d2;
            case "hours":
            case "hour":
            case "hrs":
            case "hr":
            case "h":
              return n * h3;
            case "minutes":
            case "minute":
            case "mins":
            case "min":
            case "m":
              return n * m2;
            case "seconds":
            case "second":
            case "secs":
            case "sec":
            case "s":
              return n * s;
            case "milliseconds":
            case "millisecond":
            case "msecs":
            case "msec":
            case "ms":
              return n;
            default:
              return;
          }
        }
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      return msAbs >= d2 ? Math.round(ms2 / d2) + "d" : msAbs >= h3 ? Math.round(ms2 / h3) + "h" : msAbs >= m2 ? Math.round(ms2 / m2) + "m" : msAbs >= s ? Math.round(ms2 / s) + "s" : ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      return msAbs >= d2 ? plural2(ms2, msAbs, d2, "day") : msAbs >= h3 ? plural2(ms2, msAbs, h3, "hour") : msAbs >= m2 ? plural2(ms2, msAbs, m2, "minute") : msAbs >= s ? plural2(ms2, msAbs, s, "second") : ms2 + " ms";
    }
    function plural2(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    init_define_ROLLGATE_BUILTIN_PACKS();
    function setup(env) {
      createDebug.debug = createDebug, createDebug.default = createDebug, createDebug.coerce = coerce, createDebug.disable = disable, createDebug.enable = enable, createDebug.enabled = enabled, createDebug.humanize = require_ms(), createDebug.destroy = destroy, Object.keys(env).forEach((key2) => {
        createDebug[key2] = env[key2];
      }), createDebug.names = [], createDebug.skips = [], createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++)
          hash = (hash << 5) - hash + namespace.charCodeAt(i), hash |= 0;
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime, enableOverride = null, namespacesCache, enabledCache;
        function debug(...args) {
          if (!debug.enabled)
            return;
          let self = debug, curr = Number(/* @__PURE__ */ new Date()), ms2 = curr - (prevTime || curr);
          self.diff = ms2, self.prev = prevTime, self.curr = curr, prevTime = curr, args[0] = createDebug.coerce(args[0]), typeof args[0] != "string" && args.unshift("%O");
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%")
              return "%";
            index++;
            let formatter = createDebug.formatters[format];
            if (typeof formatter == "function") {
              let val = args[index];
              match = formatter.call(self, val), args.splice(index, 1), index--;
            }
            return match;
          }), createDebug.formatArgs.call(self, args), (self.log || createDebug.log).apply(self, args);
        }
        return debug.namespace = namespace, debug.useColors = createDebug.useColors(), debug.color = createDebug.selectColor(namespace), debug.extend = extend, debug.destroy = createDebug.destroy, Object.defineProperty(debug, "enabled", {
          enumerable: !0,
          configurable: !1,
          get: () => enableOverride !== null ? enableOverride : (namespacesCache !== createDebug.namespaces && (namespacesCache = createDebug.namespaces, enabledCache = createDebug.enabled(namespace)), enabledCache),
          set: (v2) => {
            enableOverride = v2;
          }
        }), typeof createDebug.init == "function" && createDebug.init(debug), debug;
      }
      function extend(namespace, delimiter) {
        let newDebug = createDebug(this.namespace + (typeof delimiter > "u" ? ":" : delimiter) + namespace);
        return newDebug.log = this.log, newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces), createDebug.namespaces = namespaces, createDebug.names = [], createDebug.skips = [];
        let split = (typeof namespaces == "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (let ns2 of split)
          ns2[0] === "-" ? createDebug.skips.push(ns2.slice(1)) : createDebug.names.push(ns2);
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0, templateIndex = 0, starIndex = -1, matchIndex = 0;
        for (; searchIndex < search.length; )
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*"))
            template[templateIndex] === "*" ? (starIndex = templateIndex, matchIndex = searchIndex, templateIndex++) : (searchIndex++, templateIndex++);
          else if (starIndex !== -1)
            templateIndex = starIndex + 1, matchIndex++, searchIndex = matchIndex;
          else
            return !1;
        for (; templateIndex < template.length && template[templateIndex] === "*"; )
          templateIndex++;
        return templateIndex === template.length;
      }
      function disable() {
        let namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        return createDebug.enable(""), namespaces;
      }
      function enabled(name) {
        for (let skip of createDebug.skips)
          if (matchesTemplate(name, skip))
            return !1;
        for (let ns2 of createDebug.names)
          if (matchesTemplate(name, ns2))
            return !0;
        return !1;
      }
      function coerce(val) {
        return val instanceof Error ? val.stack || val.message : val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      return createDebug.enable(createDebug.load()), createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    init_define_ROLLGATE_BUILTIN_PACKS();
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = !1;
      return () => {
        warned || (warned = !0, console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."));
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window < "u" && window.process && (window.process.type === "renderer" || window.process.__nwjs))
        return !0;
      if (typeof navigator < "u" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))
        return !1;
      let m2;
      return typeof document < "u" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window < "u" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator < "u" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator < "u" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      if (args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff), !this.useColors)
        return;
      let c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0, lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        match !== "%%" && (index++, match === "%c" && (lastC = index));
      }), args.splice(lastC, 0, c3);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        namespaces ? exports.storage.setItem("debug", namespaces) : exports.storage.removeItem("debug");
      } catch {
      }
    }
    function load() {
      let r2;
      try {
        r2 = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch {
      }
      return !r2 && typeof process < "u" && "env" in process && (r2 = process.env.DEBUG), r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    init_define_ROLLGATE_BUILTIN_PACKS();
    var tty = __require("tty"), util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      let supportsColor = __require("supports-color");
      supportsColor && (supportsColor.stderr || supportsColor).level >= 2 && (exports.colors = [
        20,
        21,
        26,
        27,
        32,
        33,
        38,
        39,
        40,
        41,
        42,
        43,
        44,
        45,
        56,
        57,
        62,
        63,
        68,
        69,
        74,
        75,
        76,
        77,
        78,
        79,
        80,
        81,
        92,
        93,
        98,
        99,
        112,
        113,
        128,
        129,
        134,
        135,
        148,
        149,
        160,
        161,
        162,
        163,
        164,
        165,
        166,
        167,
        168,
        169,
        170,
        171,
        172,
        173,
        178,
        179,
        184,
        185,
        196,
        197,
        198,
        199,
        200,
        201,
        202,
        203,
        204,
        205,
        206,
        207,
        208,
        209,
        214,
        215,
        220,
        221
      ]);
    } catch {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key2) => /^debug_/i.test(key2)).reduce((obj, key2) => {
      let prop = key2.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => k2.toUpperCase()), val = process.env[key2];
      return /^(yes|on|true|enabled)$/i.test(val) ? val = !0 : /^(no|off|false|disabled)$/i.test(val) ? val = !1 : val === "null" ? val = null : val = Number(val), obj[prop] = val, obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? !!exports.inspectOpts.colors : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      let { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        let c3 = this.color, colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3), prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split(`
`).join(`
` + prefix), args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else
        args[0] = getDate() + name + " " + args[0];
    }
    function getDate() {
      return exports.inspectOpts.hideDate ? "" : (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + `
`);
    }
    function save(namespaces) {
      namespaces ? process.env.DEBUG = namespaces : delete process.env.DEBUG;
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      let keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++)
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v2) {
      return this.inspectOpts.colors = this.useColors, util.inspect(v2, this.inspectOpts).split(`
`).map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v2) {
      return this.inspectOpts.colors = this.useColors, util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    init_define_ROLLGATE_BUILTIN_PACKS();
    typeof process > "u" || process.type === "renderer" || process.browser === !0 || process.__nwjs ? module.exports = require_browser() : module.exports = require_node();
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var fs_1 = __require("fs"), debug_1 = __importDefault(require_src()), log = debug_1.default("@kwsites/file-exists");
    function check2(path8, isFile, isDirectory) {
      log("checking %s", path8);
      try {
        let stat2 = fs_1.statSync(path8);
        return stat2.isFile() && isFile ? (log("[OK] path represents a file"), !0) : stat2.isDirectory() && isDirectory ? (log("[OK] path represents a directory"), !0) : (log("[FAIL] path represents something other than a file or directory"), !1);
      } catch (e) {
        if (e.code === "ENOENT")
          return log("[FAIL] path is not accessible: %o", e), !1;
        throw log("[FATAL] %o", e), e;
      }
    }
    function exists(path8, type = exports.READABLE) {
      return check2(path8, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    function __export(m2) {
      for (var p2 in m2) exports.hasOwnProperty(p2) || (exports[p2] = m2[p2]);
    }
    Object.defineProperty(exports, "__esModule", { value: !0 });
    __export(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done, fail, status = "pending";
      return {
        promise: new Promise((_done, _fail) => {
          done = _done, fail = _fail;
        }),
        done(result) {
          status === "pending" && (status = "resolved", done(result));
        },
        fail(error) {
          status === "pending" && (status = "rejected", fail(error));
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
  }
});

// src/cli/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/cli/main.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { parseArgs } from "node:util";

// src/findings.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function compareFindings(a, b3) {
  return (a.file < b3.file ? -1 : a.file > b3.file ? 1 : 0) || a.line - b3.line || a.column - b3.column || (a.rule < b3.rule ? -1 : a.rule > b3.rule ? 1 : 0) || (a.message < b3.message ? -1 : a.message > b3.message ? 1 : 0);
}
var RollgateError = class extends Error {
  name = "RollgateError";
};

// src/cli/bump-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { writeFile } from "node:fs/promises";
import path4 from "node:path";

// src/edit/bump.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/edit/manifest-edit.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var import_yaml4 = __toESM(require_dist(), 1);

// src/manifest/fleet.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/schema/validate.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/manifest/yaml.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var import_yaml = __toESM(require_dist(), 1);

// src/manifest/plain-item.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var NOT_PLAIN = /* @__PURE__ */ Symbol("not plain"), GIVE_UP = new Error("not plain"), UNUSUAL_CHARACTER = /[^\x20-\x7e\n\r]|\r(?!\n)/, MAX_DEPTH = 24, NULL = /^(?:[Nn]ull|NULL)$/, TRUE = /^(?:[Tt]rue|TRUE)$/, FALSE = /^(?:[Ff]alse|FALSE)$/, DECIMAL = /^[0-9]{1,15}$/, FLOAT = /^[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/, OTHER_NUMBER = /^0(?:o[0-7]+|x[0-9a-fA-F]+)$/;
function readPlainItem(text, indent) {
  if (UNUSUAL_CHARACTER.test(text)) return NOT_PLAIN;
  try {
    return new PlainReader(text).item(indent);
  } catch (error) {
    if (error === GIVE_UP) return NOT_PLAIN;
    throw error;
  }
}
function giveUp() {
  throw GIVE_UP;
}
var isSeqEntry = (content) => content === "-" || content.startsWith("- "), PlainReader = class {
  /** The non-blank lines: their indentation, their text from there on, and whether they are comments. */
  indents = [];
  contents = [];
  comments = [];
  /** The line being read. */
  at = 0;
  depth = 0;
  constructor(text) {
    for (let full of text.split(`
`)) {
      let line = full.endsWith("\r") ? full.slice(0, -1) : full, indent = 0;
      for (; line.charCodeAt(indent) === 32; ) indent++;
      if (indent === line.length) continue;
      let content = line.slice(indent);
      indent === 0 && (content.startsWith("---") || content.startsWith("...")) && giveUp(), this.indents.push(indent), this.contents.push(content), this.comments.push(
        content.charCodeAt(0) === 35
        /* # */
      );
    }
  }
  item(indent) {
    this.skipComments(), (this.indents[this.at] !== indent || !isSeqEntry(this.contents[this.at])) && giveUp();
    let list = this.sequence(indent);
    return this.skipComments(), (this.at !== this.indents.length || list.length !== 1) && giveUp(), list[0];
  }
  skipComments() {
    for (; this.at < this.comments.length && this.comments[this.at]; ) this.at++;
  }
  enter() {
    ++this.depth > MAX_DEPTH && giveUp();
  }
  /** A block sequence whose `-` are at `column`. */
  sequence(column) {
    this.enter();
    let list = [];
    for (; this.skipComments(), !(this.at >= this.indents.length); ) {
      let indent = this.indents[this.at];
      if (indent < column) break;
      indent > column && giveUp();
      let content = this.contents[this.at];
      if (!isSeqEntry(content)) break;
      let start = 1;
      for (; content.charCodeAt(start) === 32; ) start++;
      let rest = content.slice(start);
      rest === "" || rest.charCodeAt(0) === 35 ? (this.at++, list.push(this.blockValue(column, !1))) : keyLength(rest) > 0 ? list.push(this.mapping(column + start, rest)) : (list.push(inlineValue(rest)), this.at++, this.noContinuation(column));
    }
    return this.depth--, list;
  }
  /** A block mapping whose keys are at `column`; `first` is its first entry when it starts on a list entry's line. */
  mapping(column, first) {
    this.enter();
    let map = {}, content = first;
    for (; ; ) {
      if (content === void 0) {
        if (this.skipComments(), this.at >= this.indents.length) break;
        let indent = this.indents[this.at];
        if (indent < column) break;
        indent > column && giveUp(), content = this.contents[this.at];
      }
      let length = keyLength(content);
      length === 0 && giveUp();
      let key2 = content.slice(0, length);
      checkKey(key2, map);
      let start = length + 1;
      for (; content.charCodeAt(start) === 32; ) start++;
      let rest = content.slice(start);
      rest === "" || rest.charCodeAt(0) === 35 ? (this.at++, map[key2] = this.blockValue(column, !0)) : (map[key2] = inlineValue(rest), this.at++, this.noContinuation(column)), content = void 0;
    }
    return this.depth--, map;
  }
  /**
   * The value of a key or list entry with nothing after it on its line: the block indented under it (or, for a
   * key, a list at the key's own column), else null.
   */
  blockValue(column, listAtColumn) {
    if (this.skipComments(), this.at >= this.indents.length) return null;
    let indent = this.indents[this.at], content = this.contents[this.at];
    return indent > column ? isSeqEntry(content) ? this.sequence(indent) : this.mapping(indent) : listAtColumn && indent === column && isSeqEntry(content) ? this.sequence(indent) : null;
  }
  /** After a value on its own line, a deeper line (even a comment) would continue it: not plain. */
  noContinuation(column) {
    this.at < this.indents.length && this.indents[this.at] > column && giveUp();
  }
};
function keyLength(text) {
  let first = text.charCodeAt(0);
  if (!(isLetter(first) || first === 95)) return 0;
  let end = 1;
  for (; end < text.length && isKeyCharacter(text.charCodeAt(end)); ) end++;
  if (text.charCodeAt(end) !== 58) return 0;
  let after = text.charCodeAt(end + 1);
  return Number.isNaN(after) || after === 32 ? end : 0;
}
function isLetter(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function isKeyCharacter(code) {
  return isLetter(code) || code >= 48 && code <= 57 || code === 95 || code === 45 || code === 46 || code === 47;
}
function checkKey(key2, map) {
  (key2.length > 256 || key2 === "__proto__" || NULL.test(key2) || TRUE.test(key2) || FALSE.test(key2)) && giveUp(), Object.hasOwn(map, key2) && giveUp();
}
function inlineValue(text) {
  let first = text.charCodeAt(0);
  if (first === 123 || first === 91) {
    let [value, end] = flowValue(text, 0, 0);
    return onlyCommentAfter(text, end), value;
  }
  if (first === 34 || first === 39) {
    let [value, end] = quoted(text, 0);
    return onlyCommentAfter(text, end), value;
  }
  let comment2 = text.indexOf(" #"), raw = (comment2 < 0 ? text : text.slice(0, comment2)).trimEnd();
  return plainScalar(raw, !1);
}
function onlyCommentAfter(text, from) {
  let at2 = from;
  for (; text.charCodeAt(at2) === 32; ) at2++;
  at2 !== text.length && (at2 === from || text.charCodeAt(at2) !== 35) && giveUp();
}
function quoted(text, from) {
  let quote = text[from], close = text.indexOf(quote, from + 1);
  close < 0 && giveUp();
  let body = text.slice(from + 1, close);
  return quote === '"' && body.includes("\\") && giveUp(), quote === "'" && text[close + 1] === "'" && giveUp(), [body, close + 1];
}
function flowValue(text, from, depth) {
  depth > MAX_DEPTH && giveUp();
  let at2 = skipSpaces(text, from), first = text.charCodeAt(at2);
  if (first === 123) {
    let map = {};
    if (at2 = skipSpaces(text, at2 + 1), text.charCodeAt(at2) === 125) return [map, at2 + 1];
    for (; ; ) {
      let rest = text.slice(at2), length = keyLength(rest);
      (length === 0 || rest.charCodeAt(length + 1) !== 32) && giveUp();
      let key2 = rest.slice(0, length);
      checkKey(key2, map);
      let [value, end2] = flowValue(text, at2 + length + 1, depth + 1);
      map[key2] = value, at2 = skipSpaces(text, end2);
      let next = text.charCodeAt(at2);
      if (next === 125) return [map, at2 + 1];
      next !== 44 && giveUp(), at2 = skipSpaces(text, at2 + 1), (text.charCodeAt(at2) === 125 || text.charCodeAt(at2) === 44) && giveUp();
    }
  }
  if (first === 91) {
    let list = [];
    if (at2 = skipSpaces(text, at2 + 1), text.charCodeAt(at2) === 93) return [list, at2 + 1];
    for (; ; ) {
      let [value, end2] = flowValue(text, at2, depth + 1);
      list.push(value), at2 = skipSpaces(text, end2);
      let next = text.charCodeAt(at2);
      if (next === 93) return [list, at2 + 1];
      next !== 44 && giveUp(), at2 = skipSpaces(text, at2 + 1), (text.charCodeAt(at2) === 93 || text.charCodeAt(at2) === 44) && giveUp();
    }
  }
  if (first === 34 || first === 39) return quoted(text, at2);
  let end = at2;
  for (; end < text.length; ) {
    let code = text.charCodeAt(end);
    if (code === 44 || code === 93 || code === 125) break;
    end++;
  }
  return end === text.length && giveUp(), [plainScalar(text.slice(at2, end).trimEnd(), !0), end];
}
function skipSpaces(text, from) {
  let at2 = from;
  for (; text.charCodeAt(at2) === 32; ) at2++;
  return at2;
}
function plainScalar(raw, flow) {
  let first = raw.charCodeAt(0);
  isLetter(first) || first >= 48 && first <= 57 || first === 95 || giveUp();
  for (let i = 1; i < raw.length; i++) {
    let code = raw.charCodeAt(i);
    // `#` after a space starts a comment; `a#b` is a string, and `#` there is safe.
    (code === 35 && raw.charCodeAt(i - 1) === 32 || code === 44 || code === 91 || code === 93 || code === 123 || code === 125 || code === 34 || code === 39 || code === 92 || code === 96) && giveUp(), code === 58 && (flow || i + 1 === raw.length || raw.charCodeAt(i + 1) === 32) && giveUp();
  }
  return isLetter(first) ? NULL.test(raw) ? null : TRUE.test(raw) ? !0 : FALSE.test(raw) ? !1 : raw : DECIMAL.test(raw) ? Number.parseInt(raw, 10) : (OTHER_NUMBER.test(raw) && giveUp(), FLOAT.test(raw) ? (raw.length > 15 && giveUp(), Number.parseFloat(raw)) : raw);
}

// src/manifest/yaml.ts
var YAML_LIMITS = {
  /** Largest file read, in bytes. A fleet of 100,000 members is about 10 MB. */
  maxBytes: 32 * 1024 * 1024,
  /** Deepest nesting of mappings and sequences. A manifest needs about 8. */
  maxDepth: 64,
  /** What an alias may expand to, counted as the yaml package counts it (nodes times uses). */
  maxAliasCount: 1e4
}, MAX_SYNTAX_FINDINGS = 3, PIECES_FROM = 256 * 1024;
function parseYamlFile(text, file, options = {}) {
  let syntax = (message, line = 1, column = 1) => ({
    rule: "yaml/syntax",
    severity: "error",
    message,
    file,
    line,
    column
  }), bytes = Buffer.byteLength(text, "utf8");
  if (bytes > YAML_LIMITS.maxBytes) {
    let mb = (bytes / 1024 / 1024).toFixed(1);
    return {
      findings: [
        syntax(`The file is ${mb} MiB; rollgate reads at most ${YAML_LIMITS.maxBytes / 1024 / 1024} MiB.`)
      ]
    };
  }
  let nul = text.indexOf("\0");
  if (nul >= 0) {
    let { line, column } = positionOfOffset(text, nul);
    return /^\uFFFD\uFFFD/.test(text) || /^(?:[^\u0000]\u0000){4}|^(?:\u0000[^\u0000]){4}/.test(text) ? {
      findings: [syntax("The file is UTF-16 text; rollgate reads UTF-8. Save it as UTF-8.", line, column)]
    } : {
      findings: [syntax("The file holds binary data (a NUL byte); a manifest is YAML text.", line, column)]
    };
  }
  let replaced = text.indexOf("\uFFFD");
  if (replaced >= 0) {
    let { line, column } = positionOfOffset(text, replaced);
    return {
      findings: [
        syntax(
          "The file is not UTF-8 text: it holds bytes UTF-8 cannot read (or U+FFFD, the character that stands for them), as a file saved as Latin-1 or another legacy encoding does. Save it as UTF-8.",
          line,
          column
        )
      ]
    };
  }
  if (text.length >= (options.piecesFrom ?? PIECES_FROM)) {
    let source = readInPieces(text, file, options.known);
    if (source) return { source, findings: [] };
  }
  let lineCounter = lineCounterOf(text), document2, at2 = (offset) => {
    let pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };
  try {
    let tokens = [...new import_yaml.Parser().parse(text)], deepToken = findTooDeepToken(tokens);
    if (deepToken !== void 0) {
      let { line, column } = at2(deepToken);
      return {
        findings: [
          syntax(
            `The YAML nests deeper than ${YAML_LIMITS.maxDepth} levels; a manifest needs far fewer.`,
            line,
            column
          )
        ]
      };
    }
    document2 = composeFirstDocument(tokens, text.length);
  } catch (error) {
    return { findings: [syntax(`The YAML could not be read: ${describeThrown(error)}.`)] };
  }
  let overflow = document2.errors.find((error) => /call stack/i.test(error.message));
  if (overflow) {
    let { line, column } = at2(overflow.pos[0]);
    return {
      findings: [
        syntax(
          `The YAML nests too deeply to read; a manifest needs far fewer than ${YAML_LIMITS.maxDepth} levels.`,
          line,
          column
        )
      ]
    };
  }
  let findings = [], seen = /* @__PURE__ */ new Set();
  for (let error of document2.errors) {
    let { line, column } = at2(error.pos[0]), message = error.code === "DUPLICATE_KEY" ? `A key appears twice in one mapping (${firstSentence(error.message)}); YAML readers disagree on which wins, so remove one.` : `The YAML does not parse: ${firstSentence(error.message)}.`, key2 = `${line}:${column}:${message}`;
    seen.has(key2) || (seen.add(key2), findings.push(syntax(message, line, column)));
  }
  if (findings.length > MAX_SYNTAX_FINDINGS) {
    let more = findings.length - MAX_SYNTAX_FINDINGS;
    findings.length = MAX_SYNTAX_FINDINGS;
    let last = findings[MAX_SYNTAX_FINDINGS - 1];
    last.message = `${last.message} ${more} more syntax error${more === 1 ? "" : "s"} follow, likely caused by the ones before.`;
  }
  if (findings.length > 0) return { findings };
  let yamlDirective = document2.directives?.yaml;
  if (yamlDirective?.explicit && yamlDirective.version !== "1.2")
    return {
      findings: [
        syntax(
          `The file asks for YAML ${yamlDirective.version} with a %YAML directive; rollgate reads YAML 1.2 only, where yes/no and 010 mean what they say. Remove the directive.`
        )
      ]
    };
  let tooDeep = findTooDeep(document2.contents);
  if (tooDeep) {
    let { line, column } = at2(tooDeep.range?.[0]);
    return {
      findings: [
        syntax(
          `The YAML nests deeper than ${YAML_LIMITS.maxDepth} levels; a manifest needs far fewer.`,
          line,
          column
        )
      ]
    };
  }
  let value;
  try {
    value = document2.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    let message = describeThrown(error);
    if (/alias count/i.test(message))
      return {
        findings: [
          syntax(
            `The YAML's aliases expand past ${YAML_LIMITS.maxAliasCount} nodes, which is how an alias bomb ("billion laughs") looks; write the values out.`
          )
        ]
      };
    let alias = unresolvedAlias(document2);
    if (alias) {
      let { line, column } = at2(alias.range?.[0]);
      return {
        findings: [
          syntax(
            `The alias *${alias.source} comes before any anchor &${alias.source}; set the anchor first, or write the value out.`,
            line,
            column
          )
        ]
      };
    }
    return { findings: [syntax(`The YAML could not be read: ${message}.`)] };
  }
  return { source: { file, text, document: document2, lineCounter, value }, findings };
}
function locate(source, path8) {
  let pieces = source.pieces;
  if (pieces && path8.length > 0 && String(path8[0]) === pieces.key) {
    let index = path8[1];
    if (typeof index == "number" && index >= 0 && index < pieces.starts.length) {
      let document2 = itemDocument(source, pieces, index), start = pieces.starts[index], item = (0, import_yaml.isSeq)(document2.contents) ? document2.contents.items[0] : null;
      return { node: walk(document2, item, path8.slice(2)), document: document2, fileOffset: (offset) => offset + start };
    }
    return {
      node: null,
      document: source.document,
      fileOffset: (offset) => offset,
      listStart: pieces.starts[0] + pieces.indent
    };
  }
  let trailer = pieces ? (offset) => offset >= pieces.trailerFrom ? offset + pieces.trailerShift : offset : (offset) => offset;
  return {
    node: walk(source.document, source.document.contents, path8),
    document: source.document,
    fileOffset: trailer
  };
}
function walk(document2, root, path8) {
  let node = root;
  for (let segment of path8)
    if ((0, import_yaml.isAlias)(node) && (node = node.resolve(document2)), (0, import_yaml.isMap)(node)) {
      let pair = node.items.find(
        (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(segment)
      );
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment == "number") {
      let next = node.items[segment];
      if (next === void 0) break;
      node = next;
    } else
      break;
  return node ?? null;
}
function startOffset(located) {
  return located.listStart !== void 0 ? located.listStart : located.fileOffset(located.node?.range?.[0] ?? 0);
}
function positionOf(source, path8) {
  let pos = source.lineCounter.linePos(startOffset(locate(source, path8)));
  return { line: pos.line, column: pos.col };
}
function keyPositionOf(source, path8) {
  if (path8.length === 0) return { line: 1, column: 1 };
  let parent = locate(source, path8.slice(0, -1)), last = path8[path8.length - 1], resolved = (0, import_yaml.isAlias)(parent.node) ? parent.node.resolve(parent.document) : parent.node;
  if ((0, import_yaml.isMap)(resolved)) {
    let pair = resolved.items.find(
      (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(last)
    );
    if (pair && (0, import_yaml.isScalar)(pair.key) && pair.key.range) {
      let pos = source.lineCounter.linePos(parent.fileOffset(pair.key.range[0]));
      return { line: pos.line, column: pos.col };
    }
  }
  return positionOf(source, path8);
}
function sourceTextAt(source, path8) {
  let located = locate(source, path8), node = located.node;
  if ((0, import_yaml.isScalar)(node) && node.range)
    return source.text.slice(located.fileOffset(node.range[0]), located.fileOffset(node.range[1])).trim();
}
var PIECES_KEY = "clusters", PIECES_CACHE = 16;
function readInPieces(text, file, known) {
  let keyLine = new RegExp(`^${PIECES_KEY}:[ \\t]*(?:#[^\\n]*)?\\r?$`, "m").exec(text);
  if (!keyLine) return;
  let listFrom = keyLine.index + keyLine[0].length + 1, starts = [], ends = [], indent = -1, trailerAt = text.length;
  for (let at2 = listFrom; at2 < text.length; ) {
    let newline = text.indexOf(`
`, at2), next = newline < 0 ? text.length : newline + 1, column = 0;
    for (; text.charCodeAt(at2 + column) === 32; ) column++;
    let first = text[at2 + column];
    if (!(first === void 0 || first === `
` || first === "\r" || first === "#")) {
      let after = text[at2 + column + 1], item = first === "-" && (after === " " || after === `
` || after === "\r" || after === void 0);
      if (indent < 0) {
        if (!item) return;
        indent = column;
      }
      if (item && column === indent)
        starts.length > 0 && ends.push(at2), starts.push(at2);
      else if (column <= indent) {
        trailerAt = at2;
        break;
      }
    }
    at2 = next;
  }
  if (starts.length === 0) return;
  ends.push(trailerAt);
  let header = text.slice(0, starts[0]);
  if (/^%/m.test(header)) return;
  let trailerShift = trailerAt - starts[0], document2 = readPiece(header + text.slice(trailerAt), 0);
  if (!document2 || !(0, import_yaml.isMap)(document2.contents)) return;
  let listPair = document2.contents.items.find(
    (pair) => (0, import_yaml.isScalar)(pair.key) && pair.key.value === PIECES_KEY
  ), listValue = listPair?.value;
  if (!listPair || listValue !== null && !((0, import_yaml.isScalar)(listValue) && listValue.value === null && !listValue.tag && !listValue.anchor))
    return;
  let items = [], knownItem = knownItems(known);
  for (let i = 0; i < starts.length; i++) {
    let itemText = text.slice(starts[i], ends[i]), same = knownItem(itemText, i);
    if (same !== void 0) {
      items.push(structuredClone(same));
      continue;
    }
    let plain = readPlainItem(itemText, indent);
    if (plain !== NOT_PLAIN) {
      items.push(plain);
      continue;
    }
    let piece = readPiece(itemText, 1);
    if (!piece || !(0, import_yaml.isSeq)(piece.contents) || piece.contents.items.length !== 1) return;
    items.push(piece.toJS()[0]);
  }
  let value = document2.toJS();
  value[PIECES_KEY] = items;
  let lineCounter = lineCounterOf(text);
  return {
    file,
    text,
    document: document2,
    lineCounter,
    value,
    pieces: {
      key: PIECES_KEY,
      starts,
      ends,
      indent,
      trailerFrom: header.length,
      trailerShift,
      cache: /* @__PURE__ */ new Map()
    }
  };
}
function knownItems(known) {
  let pieces = known?.pieces, list = known?.value?.[PIECES_KEY];
  if (!known || !pieces || !Array.isArray(list)) return () => {
  };
  let textOf = (index) => known.text.slice(pieces.starts[index], pieces.ends[index]), byText;
  return (text, index) => {
    if (index < pieces.starts.length && textOf(index) === text) return list[index];
    if (!byText) {
      byText = /* @__PURE__ */ new Map();
      for (let i = pieces.starts.length - 1; i >= 0; i--) byText.set(textOf(i), i);
    }
    let at2 = byText.get(text);
    return at2 === void 0 ? void 0 : list[at2];
  };
}
function lineCounterOf(text) {
  let lineCounter = new import_yaml.LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf(`
`); i >= 0; i = text.indexOf(`
`, i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}
function readPiece(text, depth) {
  let tokens = [...new import_yaml.Parser().parse(text)];
  if (hasDeepTokenOrAlias(tokens, depth)) return;
  let document2 = composeFirstDocument(tokens, text.length);
  return document2.errors.length > 0 ? void 0 : document2;
}
function itemDocument(source, pieces, index) {
  let document2 = pieces.cache.get(index);
  return document2 || (document2 = readPiece(source.text.slice(pieces.starts[index], pieces.ends[index]), 1), pieces.cache.size >= PIECES_CACHE && pieces.cache.delete(pieces.cache.keys().next().value), pieces.cache.set(index, document2), document2);
}
function hasDeepTokenOrAlias(tokens, depth) {
  let stack = tokens.map((token) => [token, depth]);
  for (; stack.length > 0; ) {
    let [token, level] = stack.pop();
    if (token === null || typeof token != "object") continue;
    let { type, items, value } = token;
    if (type === "alias") return !0;
    let collection = type === "block-map" || type === "block-seq" || type === "flow-collection", inner = collection ? level + 1 : level;
    if (inner > YAML_LIMITS.maxDepth) return !0;
    if (type === "document" && stack.push([value, inner]), collection && Array.isArray(items))
      for (let item of items)
        stack.push([item.key, inner], [item.value, inner]);
  }
  return !1;
}
function unresolvedAlias(document2) {
  let anchors = /* @__PURE__ */ new Set(), found;
  return (0, import_yaml.visit)(document2, {
    Node(_3, node) {
      if ((0, import_yaml.isAlias)(node))
        return anchors.has(node.source) ? void 0 : (found = node, import_yaml.visit.BREAK);
      node.anchor && anchors.add(node.anchor);
    }
  }), found;
}
function findTooDeepToken(tokens) {
  let stack = tokens.map((token) => [token, 0]);
  for (; stack.length > 0; ) {
    let [token, depth] = stack.pop();
    if (token === null || typeof token != "object") continue;
    let { type, offset, items, value } = token, collection = type === "block-map" || type === "block-seq" || type === "flow-collection", level = collection ? depth + 1 : depth;
    if (level > YAML_LIMITS.maxDepth) return offset ?? 0;
    if (type === "document" && stack.push([value, level]), collection && Array.isArray(items))
      for (let item of items)
        stack.push([item.key, level], [item.value, level]);
  }
}
function composeFirstDocument(tokens, length) {
  let composer = new import_yaml.Composer({ uniqueKeys: !0, strict: !0, version: "1.2", logLevel: "error" }), first;
  for (let document2 of composer.compose(tokens, !0, length)) {
    if (!first) {
      first = document2;
      continue;
    }
    first.errors.push(
      new import_yaml.YAMLParseError(
        [document2.range[0], document2.range[1]],
        "MULTIPLE_DOCS",
        "Source contains multiple documents; a manifest is one document"
      )
    );
    break;
  }
  return first;
}
function findTooDeep(root) {
  let stack = [[root, 1]];
  for (; stack.length > 0; ) {
    let [node, depth] = stack.pop();
    if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) {
      if (depth > YAML_LIMITS.maxDepth) return node;
      for (let item of node.items)
        (0, import_yaml.isPair)(item) ? stack.push([item.key, depth + 1], [item.value, depth + 1]) : stack.push([item, depth + 1]);
    }
  }
  return null;
}
function positionOfOffset(text, offset) {
  let line = 1, lineStart = 0;
  for (let i = text.indexOf(`
`); i >= 0 && i < offset; i = text.indexOf(`
`, i + 1))
    line++, lineStart = i + 1;
  return { line, column: offset - lineStart + 1 };
}
function firstSentence(message) {
  return message.split(`
`)[0]?.replace(/\s*at line \d+, column \d+:?$/, "").replace(/\.$/, "") ?? message;
}
function describeThrown(error) {
  return error instanceof RangeError ? "it nests too deeply to read" : error instanceof Error ? firstSentence(error.message) : String(error);
}

// src/schema/validators.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var fleet = validate20, schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/rollgate/rollgate/schemas/fleet.schema.json", title: "rollgate fleet manifest", description: "The desired versions of a fleet's cluster components. rollgate/v1.", type: "object", additionalProperties: !1, required: ["apiVersion", "kind", "policy", "clusters"], properties: { $schema: { type: "string" }, apiVersion: { const: "rollgate/v1", description: "The manifest format version." }, kind: { const: "Fleet" }, policy: { description: "A pack name from policies/ (or the packs that ship with rollgate), or a relative path to a pack file.", type: "string", pattern: "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$" }, waves: { description: "The promotion order of clusters: a change reaches a later wave only once the earlier waves run it.", type: "array", items: { $ref: "#/$defs/label" }, uniqueItems: !0, maxItems: 32 }, freeze: { description: "Change freezes: no version may change from `from` to `to`, both inclusive.", type: "array", maxItems: 256, items: { type: "object", additionalProperties: !1, required: ["from", "to"], properties: { from: { $ref: "#/$defs/moment" }, to: { $ref: "#/$defs/moment" }, reason: { type: "string", maxLength: 200 } } } }, clusters: { type: "array", minItems: 1, items: { $ref: "#/$defs/cluster" } } }, $defs: { label: { description: "A DNS label: lower-case letters, digits and inner hyphens, at most 63 characters.", type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, hostname: { description: "A member's host name: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$" }, componentName: { description: "A component (snap, package, service) name: lower-case letters, digits, dots, hyphens and underscores.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, moment: { description: "A date (YYYY-MM-DD, the whole day) or an RFC 3339 date-time.", type: "string", anyOf: [{ format: "date" }, { format: "date-time" }] }, component: { description: "A component's desired state: a version, or a channel with a revision, or both.", type: "object", additionalProperties: !1, properties: { version: { description: "The version, as a string: quote it, since YAML reads 1.10 as the number 1.1.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$" }, channel: { description: "A snap-style channel: track/risk[/branch].", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$" }, revision: { description: "The revision the channel is pinned to.", type: "integer", minimum: 1, maximum: 4294967295 }, hold: { description: "Automatic updates are held.", type: "boolean" }, cohort: { description: `The member refreshes in the snap's cohort (--cohort="+").`, type: "boolean" } } }, components: { type: "object", propertyNames: { $ref: "#/$defs/componentName" }, additionalProperties: { $ref: "#/$defs/component" }, maxProperties: 64 }, member: { anyOf: [{ $ref: "#/$defs/hostname" }, { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { $ref: "#/$defs/hostname" }, role: { description: "control members go before workers.", enum: ["control", "worker"] }, workload: { description: "What happens to the member's workloads: live-migrated away and back (live), left to the operator, who approves (manual), or left alone (skip).", enum: ["live", "manual", "skip"] }, migrationAttempts: { description: "Live-migration attempts before the node is given up (MOSK; default 3).", type: "integer", minimum: 1, maximum: 20 }, components: { $ref: "#/$defs/components", description: "What this member alone runs differently from its cluster." } } }] }, cluster: { type: "object", additionalProperties: !1, required: ["name", "members", "components"], properties: { name: { $ref: "#/$defs/label" }, wave: { $ref: "#/$defs/label" }, proxy: { $ref: "#/$defs/label", description: "The Enterprise Store Proxy serving this cluster." }, runner: { description: "The runs-on labels of the GitHub runner that rolls this cluster out.", type: "array", items: { description: "A runner label: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, minItems: 1, maxItems: 8 }, pauseAfterMember: { description: "When the rollout waits for approval: after the first member (first), after every member (all), or never (none). Default: the pack's.", enum: ["first", "all", "none"] }, members: { type: "array", minItems: 1, items: { $ref: "#/$defs/member" } }, components: { $ref: "#/$defs/components" } } } } }, schema32 = { description: "A DNS label: lower-case letters, digits and inner hyphens, at most 63 characters.", type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, schema33 = { description: "A date (YYYY-MM-DD, the whole day) or an RFC 3339 date-time.", type: "string", anyOf: [{ format: "date" }, { format: "date-time" }] }, pattern4 = new RegExp("^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$", "u"), pattern5 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", "u"), func0 = require_equal().default, func2 = require_ucs2length().default, formats0 = require_formats().fullFormats.date, formats2 = require_formats().fullFormats["date-time"], schema35 = { type: "object", additionalProperties: !1, required: ["name", "members", "components"], properties: { name: { $ref: "#/$defs/label" }, wave: { $ref: "#/$defs/label" }, proxy: { $ref: "#/$defs/label", description: "The Enterprise Store Proxy serving this cluster." }, runner: { description: "The runs-on labels of the GitHub runner that rolls this cluster out.", type: "array", items: { description: "A runner label: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, minItems: 1, maxItems: 8 }, pauseAfterMember: { description: "When the rollout waits for approval: after the first member (first), after every member (all), or never (none). Default: the pack's.", enum: ["first", "all", "none"] }, members: { type: "array", minItems: 1, items: { $ref: "#/$defs/member" } }, components: { $ref: "#/$defs/components" } } }, pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u"), schema39 = { anyOf: [{ $ref: "#/$defs/hostname" }, { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { $ref: "#/$defs/hostname" }, role: { description: "control members go before workers.", enum: ["control", "worker"] }, workload: { description: "What happens to the member's workloads: live-migrated away and back (live), left to the operator, who approves (manual), or left alone (skip).", enum: ["live", "manual", "skip"] }, migrationAttempts: { description: "Live-migration attempts before the node is given up (MOSK; default 3).", type: "integer", minimum: 1, maximum: 20 }, components: { $ref: "#/$defs/components", description: "What this member alone runs differently from its cluster." } } }] }, schema40 = { description: "A member's host name: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$" }, pattern10 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$", "u"), schema42 = { type: "object", propertyNames: { $ref: "#/$defs/componentName" }, additionalProperties: { $ref: "#/$defs/component" }, maxProperties: 64 }, schema43 = { description: "A component (snap, package, service) name: lower-case letters, digits, dots, hyphens and underscores.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, schema44 = { description: "A component's desired state: a version, or a channel with a revision, or both.", type: "object", additionalProperties: !1, properties: { version: { description: "The version, as a string: quote it, since YAML reads 1.10 as the number 1.1.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$" }, channel: { description: "A snap-style channel: track/risk[/branch].", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$" }, revision: { description: "The revision the channel is pinned to.", type: "integer", minimum: 1, maximum: 4294967295 }, hold: { description: "Automatic updates are held.", type: "boolean" }, cohort: { description: `The member refreshes in the snap's cohort (--cohort="+").`, type: "boolean" } } }, pattern12 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u"), pattern13 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$", "u"), pattern14 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 64) {
      let err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 64 }, message: "must NOT have more than 64 properties", schema: 64, parentSchema: schema42, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data) {
      let _errs1 = errors;
      if (typeof key0 == "string") {
        if (!pattern12.test(key0)) {
          let err1 = { instancePath, schemaPath: "#/$defs/componentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema43, data: key0, propertyName: key0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath, schemaPath: "#/$defs/componentName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: key0, propertyName: key0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        let err3 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema42.propertyNames, parentSchema: schema42, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    for (let key1 in data) {
      let data0 = data[key1];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (let key2 in data0)
          if (!(key2 === "version" || key2 === "channel" || key2 === "revision" || key2 === "hold" || key2 === "cohort")) {
            let err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/component/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema44, data: data0 };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
        if (data0.version !== void 0) {
          let data1 = data0.version;
          if (typeof data1 == "string") {
            if (!pattern13.test(data1)) {
              let err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "#/$defs/component/properties/version/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$", parentSchema: schema44.properties.version, data: data1 };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
          } else {
            let err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "#/$defs/component/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.version.type, parentSchema: schema44.properties.version, data: data1 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        }
        if (data0.channel !== void 0) {
          let data2 = data0.channel;
          if (typeof data2 == "string") {
            if (!pattern14.test(data2)) {
              let err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/channel", schemaPath: "#/$defs/component/properties/channel/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$"', schema: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$", parentSchema: schema44.properties.channel, data: data2 };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
          } else {
            let err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/channel", schemaPath: "#/$defs/component/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.channel.type, parentSchema: schema44.properties.channel, data: data2 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
        if (data0.revision !== void 0) {
          let data3 = data0.revision;
          if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
            let err9 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/revision", schemaPath: "#/$defs/component/properties/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.revision.type, parentSchema: schema44.properties.revision, data: data3 };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 > 4294967295 || isNaN(data3)) {
              let err10 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/revision", schemaPath: "#/$defs/component/properties/revision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema44.properties.revision, data: data3 };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
            if (data3 < 1 || isNaN(data3)) {
              let err11 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/revision", schemaPath: "#/$defs/component/properties/revision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.revision, data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          }
        }
        if (data0.hold !== void 0) {
          let data4 = data0.hold;
          if (typeof data4 != "boolean") {
            let err12 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/hold", schemaPath: "#/$defs/component/properties/hold/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.hold.type, parentSchema: schema44.properties.hold, data: data4 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data0.cohort !== void 0) {
          let data5 = data0.cohort;
          if (typeof data5 != "boolean") {
            let err13 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/cohort", schemaPath: "#/$defs/component/properties/cohort/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.cohort.type, parentSchema: schema44.properties.cohort, data: data5 };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
      } else {
        let err14 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/component/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data0 };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
  } else {
    let err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
  }
  return validate23.errors = vErrors, errors === 0;
}
validate23.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate22.evaluated;
  evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0);
  let _errs0 = errors, valid0 = !1, _errs1 = errors;
  if (typeof data == "string") {
    if (!pattern10.test(data)) {
      let err0 = { instancePath, schemaPath: "#/$defs/hostname/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$", parentSchema: schema40, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
  } else {
    let err1 = { instancePath, schemaPath: "#/$defs/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  let _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema39.anyOf[1].required, parentSchema: schema39.anyOf[1], data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "name" || key0 === "role" || key0 === "workload" || key0 === "migrationAttempts" || key0 === "components")) {
        let err3 = { instancePath, schemaPath: "#/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema39.anyOf[1], data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern10.test(data0)) {
          let err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/hostname/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$", parentSchema: schema40, data: data0 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      } else {
        let err5 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.role !== void 0) {
      let data1 = data.role;
      if (!(data1 === "control" || data1 === "worker")) {
        let err6 = { instancePath: instancePath + "/role", schemaPath: "#/anyOf/1/properties/role/enum", keyword: "enum", params: { allowedValues: schema39.anyOf[1].properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema39.anyOf[1].properties.role.enum, parentSchema: schema39.anyOf[1].properties.role, data: data1 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.workload !== void 0) {
      let data2 = data.workload;
      if (!(data2 === "live" || data2 === "manual" || data2 === "skip")) {
        let err7 = { instancePath: instancePath + "/workload", schemaPath: "#/anyOf/1/properties/workload/enum", keyword: "enum", params: { allowedValues: schema39.anyOf[1].properties.workload.enum }, message: "must be equal to one of the allowed values", schema: schema39.anyOf[1].properties.workload.enum, parentSchema: schema39.anyOf[1].properties.workload, data: data2 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.migrationAttempts !== void 0) {
      let data3 = data.migrationAttempts;
      if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        let err8 = { instancePath: instancePath + "/migrationAttempts", schemaPath: "#/anyOf/1/properties/migrationAttempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.anyOf[1].properties.migrationAttempts.type, parentSchema: schema39.anyOf[1].properties.migrationAttempts, data: data3 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 20 || isNaN(data3)) {
          let err9 = { instancePath: instancePath + "/migrationAttempts", schemaPath: "#/anyOf/1/properties/migrationAttempts/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema39.anyOf[1].properties.migrationAttempts, data: data3 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          let err10 = { instancePath: instancePath + "/migrationAttempts", schemaPath: "#/anyOf/1/properties/migrationAttempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.anyOf[1].properties.migrationAttempts, data: data3 };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
      }
    }
    data.components !== void 0 && (validate23(data.components, { instancePath: instancePath + "/components", parentData: data, parentDataProperty: "components", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors), errors = vErrors.length));
  } else {
    let err11 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.anyOf[1].type, parentSchema: schema39.anyOf[1], data };
    vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
  }
  var _valid0 = _errs4 === errors;
  if (valid0 = valid0 || _valid0, _valid0)
    var props0 = !0;
  if (valid0)
    errors = _errs0, vErrors !== null && (_errs0 ? vErrors.length = _errs0 : vErrors = null);
  else {
    let err12 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema39.anyOf, parentSchema: schema39, data };
    vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
  }
  return validate22.errors = vErrors, evaluated0.props = props0, errors === 0;
}
validate22.evaluated = { dynamicProps: !0, dynamicItems: !1 };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.required, parentSchema: schema35, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.members === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "members" }, message: "must have required property 'members'", schema: schema35.required, parentSchema: schema35, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.components === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema35.required, parentSchema: schema35, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "name" || key0 === "wave" || key0 === "proxy" || key0 === "runner" || key0 === "pauseAfterMember" || key0 === "members" || key0 === "components")) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema35, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern5.test(data0)) {
          let err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema32, data: data0 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      } else {
        let err5 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.wave !== void 0) {
      let data1 = data.wave;
      if (typeof data1 == "string") {
        if (!pattern5.test(data1)) {
          let err6 = { instancePath: instancePath + "/wave", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema32, data: data1 };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      } else {
        let err7 = { instancePath: instancePath + "/wave", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.proxy !== void 0) {
      let data2 = data.proxy;
      if (typeof data2 == "string") {
        if (!pattern5.test(data2)) {
          let err8 = { instancePath: instancePath + "/proxy", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema32, data: data2 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
      } else {
        let err9 = { instancePath: instancePath + "/proxy", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data2 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.runner !== void 0) {
      let data3 = data.runner;
      if (Array.isArray(data3)) {
        if (data3.length > 8) {
          let err10 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items", schema: 8, parentSchema: schema35.properties.runner, data: data3 };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
        if (data3.length < 1) {
          let err11 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.properties.runner, data: data3 };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
        let len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 == "string") {
            if (!pattern9.test(data4)) {
              let err12 = { instancePath: instancePath + "/runner/" + i0, schemaPath: "#/properties/runner/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", parentSchema: schema35.properties.runner.items, data: data4 };
              vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
            }
          } else {
            let err13 = { instancePath: instancePath + "/runner/" + i0, schemaPath: "#/properties/runner/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.runner.items.type, parentSchema: schema35.properties.runner.items, data: data4 };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
      } else {
        let err14 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.runner.type, parentSchema: schema35.properties.runner, data: data3 };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.pauseAfterMember !== void 0) {
      let data5 = data.pauseAfterMember;
      if (!(data5 === "first" || data5 === "all" || data5 === "none")) {
        let err15 = { instancePath: instancePath + "/pauseAfterMember", schemaPath: "#/properties/pauseAfterMember/enum", keyword: "enum", params: { allowedValues: schema35.properties.pauseAfterMember.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.pauseAfterMember.enum, parentSchema: schema35.properties.pauseAfterMember, data: data5 };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.members !== void 0) {
      let data6 = data.members;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          let err16 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.properties.members, data: data6 };
          vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
        }
        let len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++)
          validate22(data6[i1], { instancePath: instancePath + "/members/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length);
      } else {
        let err17 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.members.type, parentSchema: schema35.properties.members, data: data6 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    data.components !== void 0 && (validate23(data.components, { instancePath: instancePath + "/components", parentData: data, parentDataProperty: "components", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors), errors = vErrors.length));
  } else {
    let err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
  }
  return validate21.errors = vErrors, errors === 0;
}
validate21.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.policy === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.clusters === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clusters" }, message: "must have required property 'clusters'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "$schema" || key0 === "apiVersion" || key0 === "kind" || key0 === "policy" || key0 === "waves" || key0 === "freeze" || key0 === "clusters")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 != "string") {
        let err5 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if (data1 !== "rollgate/v1") {
        let err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "rollgate/v1" }, message: "must be equal to constant", schema: "rollgate/v1", parentSchema: schema31.properties.apiVersion, data: data1 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (data2 !== "Fleet") {
        let err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Fleet" }, message: "must be equal to constant", schema: "Fleet", parentSchema: schema31.properties.kind, data: data2 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.policy !== void 0) {
      let data3 = data.policy;
      if (typeof data3 == "string") {
        if (!pattern4.test(data3)) {
          let err8 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$" }, message: 'must match pattern "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$"', schema: "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$", parentSchema: schema31.properties.policy, data: data3 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
      } else {
        let err9 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.type, parentSchema: schema31.properties.policy, data: data3 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.waves !== void 0) {
      let data4 = data.waves;
      if (Array.isArray(data4)) {
        if (data4.length > 32) {
          let err10 = { instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema31.properties.waves, data: data4 };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
        let len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 == "string") {
            if (!pattern5.test(data5)) {
              let err11 = { instancePath: instancePath + "/waves/" + i0, schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema32, data: data5 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/waves/" + i0, schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data5 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        let i1 = data4.length, j0;
        if (i1 > 1) {
          outer0: for (; i1--; )
            for (j0 = i1; j0--; )
              if (func0(data4[i1], data4[j0])) {
                let err13 = { instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema31.properties.waves, data: data4 };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                break outer0;
              }
        }
      } else {
        let err14 = { instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.waves.type, parentSchema: schema31.properties.waves, data: data4 };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.freeze !== void 0) {
      let data6 = data.freeze;
      if (Array.isArray(data6)) {
        if (data6.length > 256) {
          let err15 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items", schema: 256, parentSchema: schema31.properties.freeze, data: data6 };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
        let len1 = data6.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data7 = data6[i2];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.from === void 0) {
              let err16 = { instancePath: instancePath + "/freeze/" + i2, schemaPath: "#/properties/freeze/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema31.properties.freeze.items.required, parentSchema: schema31.properties.freeze.items, data: data7 };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
            if (data7.to === void 0) {
              let err17 = { instancePath: instancePath + "/freeze/" + i2, schemaPath: "#/properties/freeze/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema31.properties.freeze.items.required, parentSchema: schema31.properties.freeze.items, data: data7 };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
            for (let key1 in data7)
              if (!(key1 === "from" || key1 === "to" || key1 === "reason")) {
                let err18 = { instancePath: instancePath + "/freeze/" + i2, schemaPath: "#/properties/freeze/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.freeze.items, data: data7 };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            if (data7.from !== void 0) {
              let data8 = data7.from;
              if (typeof data8 != "string") {
                let err19 = { instancePath: instancePath + "/freeze/" + i2 + "/from", schemaPath: "#/$defs/moment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data8 };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
              let _errs21 = errors, valid9 = !1, _errs22 = errors;
              if (typeof data8 == "string" && !formats0.validate(data8)) {
                let err20 = { instancePath: instancePath + "/freeze/" + i2 + "/from", schemaPath: "#/$defs/moment/anyOf/0/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33.anyOf[0], data: data8 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
              var _valid0 = _errs22 === errors;
              valid9 = valid9 || _valid0;
              let _errs23 = errors;
              if (typeof data8 == "string" && !formats2.validate(data8)) {
                let err21 = { instancePath: instancePath + "/freeze/" + i2 + "/from", schemaPath: "#/$defs/moment/anyOf/1/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema33.anyOf[1], data: data8 };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
              var _valid0 = _errs23 === errors;
              if (valid9 = valid9 || _valid0, valid9)
                errors = _errs21, vErrors !== null && (_errs21 ? vErrors.length = _errs21 : vErrors = null);
              else {
                let err22 = { instancePath: instancePath + "/freeze/" + i2 + "/from", schemaPath: "#/$defs/moment/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.anyOf, parentSchema: schema33, data: data8 };
                vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
              }
            }
            if (data7.to !== void 0) {
              let data9 = data7.to;
              if (typeof data9 != "string") {
                let err23 = { instancePath: instancePath + "/freeze/" + i2 + "/to", schemaPath: "#/$defs/moment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data9 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
              let _errs27 = errors, valid11 = !1, _errs28 = errors;
              if (typeof data9 == "string" && !formats0.validate(data9)) {
                let err24 = { instancePath: instancePath + "/freeze/" + i2 + "/to", schemaPath: "#/$defs/moment/anyOf/0/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33.anyOf[0], data: data9 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
              var _valid1 = _errs28 === errors;
              valid11 = valid11 || _valid1;
              let _errs29 = errors;
              if (typeof data9 == "string" && !formats2.validate(data9)) {
                let err25 = { instancePath: instancePath + "/freeze/" + i2 + "/to", schemaPath: "#/$defs/moment/anyOf/1/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema33.anyOf[1], data: data9 };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
              var _valid1 = _errs29 === errors;
              if (valid11 = valid11 || _valid1, valid11)
                errors = _errs27, vErrors !== null && (_errs27 ? vErrors.length = _errs27 : vErrors = null);
              else {
                let err26 = { instancePath: instancePath + "/freeze/" + i2 + "/to", schemaPath: "#/$defs/moment/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.anyOf, parentSchema: schema33, data: data9 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
            if (data7.reason !== void 0) {
              let data10 = data7.reason;
              if (typeof data10 == "string") {
                if (func2(data10) > 200) {
                  let err27 = { instancePath: instancePath + "/freeze/" + i2 + "/reason", schemaPath: "#/properties/freeze/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.freeze.items.properties.reason, data: data10 };
                  vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                }
              } else {
                let err28 = { instancePath: instancePath + "/freeze/" + i2 + "/reason", schemaPath: "#/properties/freeze/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.freeze.items.properties.reason.type, parentSchema: schema31.properties.freeze.items.properties.reason, data: data10 };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
            }
          } else {
            let err29 = { instancePath: instancePath + "/freeze/" + i2, schemaPath: "#/properties/freeze/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.freeze.items.type, parentSchema: schema31.properties.freeze.items, data: data7 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        }
      } else {
        let err30 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.freeze.type, parentSchema: schema31.properties.freeze, data: data6 };
        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
      }
    }
    if (data.clusters !== void 0) {
      let data11 = data.clusters;
      if (Array.isArray(data11)) {
        if (data11.length < 1) {
          let err31 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.clusters, data: data11 };
          vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
        }
        let len2 = data11.length;
        for (let i3 = 0; i3 < len2; i3++)
          validate21(data11[i3], { instancePath: instancePath + "/clusters/" + i3, parentData: data11, parentDataProperty: i3, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors), errors = vErrors.length);
      } else {
        let err32 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.clusters.type, parentSchema: schema31.properties.clusters, data: data11 };
        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
      }
    }
  } else {
    let err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
  }
  return validate20.errors = vErrors, errors === 0;
}
validate20.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
var policy = validate28, schema45 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/rollgate/rollgate/schemas/policy.schema.json", title: "rollgate policy pack", description: "A system's upgrade rules as data: components, version schemes, order, skew, rollout steps and rule severities.", type: "object", additionalProperties: !1, required: ["apiVersion", "kind", "name", "order", "components"], properties: { $schema: { type: "string" }, apiVersion: { const: "rollgate/v1" }, kind: { const: "PolicyPack" }, name: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, description: { type: "string" }, sources: { type: "array", items: { type: "string" } }, order: { type: "array", items: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, uniqueItems: !0, minItems: 1 }, members: { type: "object", additionalProperties: !1, properties: { min: { type: "integer", minimum: 1 }, max: { type: "integer", minimum: 1 } } }, rules: { $ref: "#/$defs/severities" }, components: { type: "object", propertyNames: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { $ref: "#/$defs/component" }, minProperties: 1 }, rollout: { type: "object", additionalProperties: !1, properties: { pauseAfterMember: { enum: ["first", "all", "none"] }, pins: { description: "How revisions are pinned: snap (a store proxy override, or snap refresh --revision without one) or none (the pack pins in its own steps, as juju refresh does).", enum: ["snap", "none"] }, first: { $ref: "#/$defs/clusterSteps" }, finally: { $ref: "#/$defs/clusterSteps" }, rollback: { oneOf: [{ type: "object", additionalProperties: !1, required: ["supported"], properties: { supported: { const: !0 } } }, { type: "object", additionalProperties: !1, required: ["supported", "statement"], properties: { supported: { const: !1 }, statement: { type: "string", minLength: 1 } } }] } } } }, $defs: { severities: { type: "object", additionalProperties: !1, properties: { "yaml/syntax": { enum: ["error", "warning", "off"] }, schema: { enum: ["error", "warning", "off"] }, "order/requires": { enum: ["error", "warning", "off"] }, "order/promotion": { enum: ["error", "warning", "off"] }, "skew/jump": { enum: ["error", "warning", "off"] }, "skew/downgrade": { enum: ["error", "warning", "off"] }, "skew/major": { enum: ["error", "warning", "off"] }, "skew/members": { enum: ["error", "warning", "off"] }, "skew/components": { enum: ["error", "warning", "off"] }, "channel/risk": { enum: ["error", "warning", "off"] }, "channel/eol": { enum: ["error", "warning", "off"] }, "channel/blocked": { enum: ["error", "warning", "off"] }, "hold/required": { enum: ["error", "warning", "off"] }, "hold/freeze": { enum: ["error", "warning", "off"] }, "cohort/required": { enum: ["error", "warning", "off"] }, "pins/conflict": { enum: ["error", "warning", "off"] }, "policy/changed": { enum: ["error", "warning", "off"] } } }, step: { type: "object", additionalProperties: !1, required: ["name", "run"], properties: { name: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, run: { type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, when: { enum: ["live", "manual", "skip", "proxy", "direct", "always", "first", "later"] }, on: { enum: ["member", "runner"] } } }, steps: { type: "array", items: { $ref: "#/$defs/step" }, maxItems: 32 }, clusterStep: { type: "object", additionalProperties: !1, required: ["name", "run"], properties: { name: { $ref: "#/$defs/step/properties/name" }, run: { $ref: "#/$defs/step/properties/run" }, when: { $ref: "#/$defs/step/properties/when" }, on: { $ref: "#/$defs/step/properties/on" }, needs: { description: "Run the step only where the cluster runs one of these versions of each named component: its base before the first stage and after a rollback, its head after the last stage.", type: "object", minProperties: 1, propertyNames: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, minItems: 1 } } } }, clusterSteps: { type: "array", items: { $ref: "#/$defs/clusterStep" }, maxItems: 32 }, component: { type: "object", additionalProperties: !1, required: ["versioning"], properties: { description: { type: "string" }, versioning: { type: "object", additionalProperties: !1, required: ["scheme", "source"], properties: { scheme: { enum: ["semver", "tracks", "calver"] }, source: { enum: ["track", "version"] }, versions: { type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, uniqueItems: !0 }, tags: { type: "object", additionalProperties: { type: "array", items: { type: "string", minLength: 1, maxLength: 128 } } }, families: { type: "object", additionalProperties: { type: "string" } } } }, jump: { type: "object", additionalProperties: !1, required: ["max", "major"], properties: { max: { type: "integer", minimum: 0 }, skip: { type: "string" }, major: { enum: ["allow", "forbid"] }, limits: { description: "Narrower steps for some moves: where `from` and `to` (versions or ranges, as in `requires`) match, one upgrade goes at most `max` (0: none at all).", type: "array", maxItems: 16, items: { type: "object", additionalProperties: !1, required: ["max", "note"], properties: { from: { type: "string", minLength: 1, maxLength: 128 }, to: { type: "string", minLength: 1, maxLength: 128 }, max: { type: "integer", minimum: 0 }, note: { type: "string", minLength: 1, maxLength: 300 } } } } } }, risks: { type: "array", items: { enum: ["stable", "candidate", "beta", "edge"] }, uniqueItems: !0 }, hold: { enum: ["required", "optional"] }, cohort: { enum: ["required", "optional"] }, eol: { type: "array", items: { type: "object", additionalProperties: !1, required: ["version", "date"], properties: { version: { type: "string", minLength: 1, maxLength: 128 }, date: { type: "string", format: "date" }, note: { type: "string" } } } }, blocked: { type: "array", items: { type: "object", additionalProperties: !1, required: ["reason"], anyOf: [{ required: ["version"] }, { required: ["channel"] }, { required: ["revision"] }], properties: { version: { type: "string", minLength: 1, maxLength: 128 }, channel: { type: "string" }, revision: { type: "integer", minimum: 1 }, reason: { type: "string", minLength: 1 } } } }, requires: { type: "array", items: { type: "object", additionalProperties: !1, required: ["version", "needs"], properties: { version: { type: "string", minLength: 1, maxLength: 128 }, needs: { type: "object", propertyNames: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, minItems: 1 } } } } }, skew: { type: "array", items: { type: "object", additionalProperties: !1, required: ["of", "newer", "older"], properties: { of: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, newer: { type: "integer", minimum: 0 }, older: { type: "integer", minimum: 0 } } } }, rules: { $ref: "#/$defs/severities" }, rollout: { type: "object", additionalProperties: !1, required: ["strategy", "member"], properties: { strategy: { enum: ["serial", "parallel"] }, roles: { description: "The members the stage runs on, by role; absent: every member.", type: "array", items: { enum: ["control", "worker"] }, minItems: 1, uniqueItems: !0 }, before: { $ref: "#/$defs/steps" }, member: { $ref: "#/$defs/steps" }, after: { $ref: "#/$defs/steps" }, rollback: { $ref: "#/$defs/steps" } } } } } } }, schema46 = { type: "object", additionalProperties: !1, properties: { "yaml/syntax": { enum: ["error", "warning", "off"] }, schema: { enum: ["error", "warning", "off"] }, "order/requires": { enum: ["error", "warning", "off"] }, "order/promotion": { enum: ["error", "warning", "off"] }, "skew/jump": { enum: ["error", "warning", "off"] }, "skew/downgrade": { enum: ["error", "warning", "off"] }, "skew/major": { enum: ["error", "warning", "off"] }, "skew/members": { enum: ["error", "warning", "off"] }, "skew/components": { enum: ["error", "warning", "off"] }, "channel/risk": { enum: ["error", "warning", "off"] }, "channel/eol": { enum: ["error", "warning", "off"] }, "channel/blocked": { enum: ["error", "warning", "off"] }, "hold/required": { enum: ["error", "warning", "off"] }, "hold/freeze": { enum: ["error", "warning", "off"] }, "cohort/required": { enum: ["error", "warning", "off"] }, "pins/conflict": { enum: ["error", "warning", "off"] }, "policy/changed": { enum: ["error", "warning", "off"] } } }, func3 = Object.prototype.hasOwnProperty, pattern15 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u"), schema47 = { type: "object", additionalProperties: !1, required: ["versioning"], properties: { description: { type: "string" }, versioning: { type: "object", additionalProperties: !1, required: ["scheme", "source"], properties: { scheme: { enum: ["semver", "tracks", "calver"] }, source: { enum: ["track", "version"] }, versions: { type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, uniqueItems: !0 }, tags: { type: "object", additionalProperties: { type: "array", items: { type: "string", minLength: 1, maxLength: 128 } } }, families: { type: "object", additionalProperties: { type: "string" } } } }, jump: { type: "object", additionalProperties: !1, required: ["max", "major"], properties: { max: { type: "integer", minimum: 0 }, skip: { type: "string" }, major: { enum: ["allow", "forbid"] }, limits: { description: "Narrower steps for some moves: where `from` and `to` (versions or ranges, as in `requires`) match, one upgrade goes at most `max` (0: none at all).", type: "array", maxItems: 16, items: { type: "object", additionalProperties: !1, required: ["max", "note"], properties: { from: { type: "string", minLength: 1, maxLength: 128 }, to: { type: "string", minLength: 1, maxLength: 128 }, max: { type: "integer", minimum: 0 }, note: { type: "string", minLength: 1, maxLength: 300 } } } } } }, risks: { type: "array", items: { enum: ["stable", "candidate", "beta", "edge"] }, uniqueItems: !0 }, hold: { enum: ["required", "optional"] }, cohort: { enum: ["required", "optional"] }, eol: { type: "array", items: { type: "object", additionalProperties: !1, required: ["version", "date"], properties: { version: { type: "string", minLength: 1, maxLength: 128 }, date: { type: "string", format: "date" }, note: { type: "string" } } } }, blocked: { type: "array", items: { type: "object", additionalProperties: !1, required: ["reason"], anyOf: [{ required: ["version"] }, { required: ["channel"] }, { required: ["revision"] }], properties: { version: { type: "string", minLength: 1, maxLength: 128 }, channel: { type: "string" }, revision: { type: "integer", minimum: 1 }, reason: { type: "string", minLength: 1 } } } }, requires: { type: "array", items: { type: "object", additionalProperties: !1, required: ["version", "needs"], properties: { version: { type: "string", minLength: 1, maxLength: 128 }, needs: { type: "object", propertyNames: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, minItems: 1 } } } } }, skew: { type: "array", items: { type: "object", additionalProperties: !1, required: ["of", "newer", "older"], properties: { of: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, newer: { type: "integer", minimum: 0 }, older: { type: "integer", minimum: 0 } } } }, rules: { $ref: "#/$defs/severities" }, rollout: { type: "object", additionalProperties: !1, required: ["strategy", "member"], properties: { strategy: { enum: ["serial", "parallel"] }, roles: { description: "The members the stage runs on, by role; absent: every member.", type: "array", items: { enum: ["control", "worker"] }, minItems: 1, uniqueItems: !0 }, before: { $ref: "#/$defs/steps" }, member: { $ref: "#/$defs/steps" }, after: { $ref: "#/$defs/steps" }, rollback: { $ref: "#/$defs/steps" } } } } }, schema49 = { type: "array", items: { $ref: "#/$defs/step" }, maxItems: 32 }, schema50 = { type: "object", additionalProperties: !1, required: ["name", "run"], properties: { name: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, run: { type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, when: { enum: ["live", "manual", "skip", "proxy", "direct", "always", "first", "later"] }, on: { enum: ["member", "runner"] } } }, pattern20 = new RegExp("^[a-z0-9][a-z0-9-]{0,40}$", "u");
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), Array.isArray(data)) {
    if (data.length > 32) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema49, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          let err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/step/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema50.required, parentSchema: schema50, data: data0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
        if (data0.run === void 0) {
          let err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/step/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema50.required, parentSchema: schema50, data: data0 };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
        for (let key0 in data0)
          if (!(key0 === "name" || key0 === "run" || key0 === "when" || key0 === "on")) {
            let err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/step/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema50, data: data0 };
            vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
          }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 == "string") {
            if (!pattern20.test(data1)) {
              let err4 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/$defs/step/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,40}$"', schema: "^[a-z0-9][a-z0-9-]{0,40}$", parentSchema: schema50.properties.name, data: data1 };
              vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
            }
          } else {
            let err5 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/$defs/step/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.name.type, parentSchema: schema50.properties.name, data: data1 };
            vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
          }
        }
        if (data0.run !== void 0) {
          let data2 = data0.run;
          if (Array.isArray(data2)) {
            if (data2.length < 1) {
              let err6 = { instancePath: instancePath + "/" + i0 + "/run", schemaPath: "#/$defs/step/properties/run/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.run, data: data2 };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
            let len1 = data2.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data3 = data2[i1];
              if (typeof data3 == "string") {
                if (func2(data3) > 400) {
                  let err7 = { instancePath: instancePath + "/" + i0 + "/run/" + i1, schemaPath: "#/$defs/step/properties/run/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema50.properties.run.items, data: data3 };
                  vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                }
                if (func2(data3) < 1) {
                  let err8 = { instancePath: instancePath + "/" + i0 + "/run/" + i1, schemaPath: "#/$defs/step/properties/run/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.run.items, data: data3 };
                  vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                }
              } else {
                let err9 = { instancePath: instancePath + "/" + i0 + "/run/" + i1, schemaPath: "#/$defs/step/properties/run/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.run.items.type, parentSchema: schema50.properties.run.items, data: data3 };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
            }
          } else {
            let err10 = { instancePath: instancePath + "/" + i0 + "/run", schemaPath: "#/$defs/step/properties/run/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.run.type, parentSchema: schema50.properties.run, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        }
        if (data0.when !== void 0) {
          let data4 = data0.when;
          if (!(data4 === "live" || data4 === "manual" || data4 === "skip" || data4 === "proxy" || data4 === "direct" || data4 === "always" || data4 === "first" || data4 === "later")) {
            let err11 = { instancePath: instancePath + "/" + i0 + "/when", schemaPath: "#/$defs/step/properties/when/enum", keyword: "enum", params: { allowedValues: schema50.properties.when.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.when.enum, parentSchema: schema50.properties.when, data: data4 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        }
        if (data0.on !== void 0) {
          let data5 = data0.on;
          if (!(data5 === "member" || data5 === "runner")) {
            let err12 = { instancePath: instancePath + "/" + i0 + "/on", schemaPath: "#/$defs/step/properties/on/enum", keyword: "enum", params: { allowedValues: schema50.properties.on.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.on.enum, parentSchema: schema50.properties.on, data: data5 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
      } else {
        let err13 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/step/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data0 };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
  } else {
    let err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.type, parentSchema: schema49, data };
    vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
  }
  return validate30.errors = vErrors, errors === 0;
}
validate30.evaluated = { items: !0, dynamicProps: !1, dynamicItems: !1 };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.versioning === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "versioning" }, message: "must have required property 'versioning'", schema: schema47.required, parentSchema: schema47, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data)
      if (!func3.call(schema47.properties, key0)) {
        let err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema47, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 != "string") {
        let err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.description.type, parentSchema: schema47.properties.description, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.versioning !== void 0) {
      let data1 = data.versioning;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.scheme === void 0) {
          let err3 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/required", keyword: "required", params: { missingProperty: "scheme" }, message: "must have required property 'scheme'", schema: schema47.properties.versioning.required, parentSchema: schema47.properties.versioning, data: data1 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
        if (data1.source === void 0) {
          let err4 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema47.properties.versioning.required, parentSchema: schema47.properties.versioning, data: data1 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
        for (let key1 in data1)
          if (!(key1 === "scheme" || key1 === "source" || key1 === "versions" || key1 === "tags" || key1 === "families")) {
            let err5 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema47.properties.versioning, data: data1 };
            vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
          }
        if (data1.scheme !== void 0) {
          let data2 = data1.scheme;
          if (!(data2 === "semver" || data2 === "tracks" || data2 === "calver")) {
            let err6 = { instancePath: instancePath + "/versioning/scheme", schemaPath: "#/properties/versioning/properties/scheme/enum", keyword: "enum", params: { allowedValues: schema47.properties.versioning.properties.scheme.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.versioning.properties.scheme.enum, parentSchema: schema47.properties.versioning.properties.scheme, data: data2 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        }
        if (data1.source !== void 0) {
          let data3 = data1.source;
          if (!(data3 === "track" || data3 === "version")) {
            let err7 = { instancePath: instancePath + "/versioning/source", schemaPath: "#/properties/versioning/properties/source/enum", keyword: "enum", params: { allowedValues: schema47.properties.versioning.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.versioning.properties.source.enum, parentSchema: schema47.properties.versioning.properties.source, data: data3 };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
        }
        if (data1.versions !== void 0) {
          let data4 = data1.versions;
          if (Array.isArray(data4)) {
            let len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 == "string") {
                if (func2(data5) > 128) {
                  let err8 = { instancePath: instancePath + "/versioning/versions/" + i0, schemaPath: "#/properties/versioning/properties/versions/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema47.properties.versioning.properties.versions.items, data: data5 };
                  vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                }
                if (func2(data5) < 1) {
                  let err9 = { instancePath: instancePath + "/versioning/versions/" + i0, schemaPath: "#/properties/versioning/properties/versions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.versioning.properties.versions.items, data: data5 };
                  vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                }
              } else {
                let err10 = { instancePath: instancePath + "/versioning/versions/" + i0, schemaPath: "#/properties/versioning/properties/versions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.versioning.properties.versions.items.type, parentSchema: schema47.properties.versioning.properties.versions.items, data: data5 };
                vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
              }
            }
            let i1 = data4.length, j0;
            if (i1 > 1) {
              let indices0 = {};
              for (; i1--; ) {
                let item0 = data4[i1];
                if (typeof item0 == "string") {
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    let err11 = { instancePath: instancePath + "/versioning/versions", schemaPath: "#/properties/versioning/properties/versions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema47.properties.versioning.properties.versions, data: data4 };
                    vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                    break;
                  }
                  indices0[item0] = i1;
                }
              }
            }
          } else {
            let err12 = { instancePath: instancePath + "/versioning/versions", schemaPath: "#/properties/versioning/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.versioning.properties.versions.type, parentSchema: schema47.properties.versioning.properties.versions, data: data4 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data1.tags !== void 0) {
          let data6 = data1.tags;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6))
            for (let key2 in data6) {
              let data7 = data6[key2];
              if (Array.isArray(data7)) {
                let len1 = data7.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data8 = data7[i2];
                  if (typeof data8 == "string") {
                    if (func2(data8) > 128) {
                      let err13 = { instancePath: instancePath + "/versioning/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/versioning/properties/tags/additionalProperties/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema47.properties.versioning.properties.tags.additionalProperties.items, data: data8 };
                      vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                    }
                    if (func2(data8) < 1) {
                      let err14 = { instancePath: instancePath + "/versioning/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/versioning/properties/tags/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.versioning.properties.tags.additionalProperties.items, data: data8 };
                      vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                    }
                  } else {
                    let err15 = { instancePath: instancePath + "/versioning/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/versioning/properties/tags/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.versioning.properties.tags.additionalProperties.items.type, parentSchema: schema47.properties.versioning.properties.tags.additionalProperties.items, data: data8 };
                    vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                  }
                }
              } else {
                let err16 = { instancePath: instancePath + "/versioning/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/versioning/properties/tags/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.versioning.properties.tags.additionalProperties.type, parentSchema: schema47.properties.versioning.properties.tags.additionalProperties, data: data7 };
                vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
              }
            }
          else {
            let err17 = { instancePath: instancePath + "/versioning/tags", schemaPath: "#/properties/versioning/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.versioning.properties.tags.type, parentSchema: schema47.properties.versioning.properties.tags, data: data6 };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
        }
        if (data1.families !== void 0) {
          let data9 = data1.families;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9))
            for (let key3 in data9) {
              let data10 = data9[key3];
              if (typeof data10 != "string") {
                let err18 = { instancePath: instancePath + "/versioning/families/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/versioning/properties/families/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.versioning.properties.families.additionalProperties.type, parentSchema: schema47.properties.versioning.properties.families.additionalProperties, data: data10 };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            }
          else {
            let err19 = { instancePath: instancePath + "/versioning/families", schemaPath: "#/properties/versioning/properties/families/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.versioning.properties.families.type, parentSchema: schema47.properties.versioning.properties.families, data: data9 };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
        }
      } else {
        let err20 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.versioning.type, parentSchema: schema47.properties.versioning, data: data1 };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.jump !== void 0) {
      let data11 = data.jump;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.max === void 0) {
          let err21 = { instancePath: instancePath + "/jump", schemaPath: "#/properties/jump/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema47.properties.jump.required, parentSchema: schema47.properties.jump, data: data11 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        if (data11.major === void 0) {
          let err22 = { instancePath: instancePath + "/jump", schemaPath: "#/properties/jump/required", keyword: "required", params: { missingProperty: "major" }, message: "must have required property 'major'", schema: schema47.properties.jump.required, parentSchema: schema47.properties.jump, data: data11 };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
        for (let key4 in data11)
          if (!(key4 === "max" || key4 === "skip" || key4 === "major" || key4 === "limits")) {
            let err23 = { instancePath: instancePath + "/jump", schemaPath: "#/properties/jump/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema47.properties.jump, data: data11 };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        if (data11.max !== void 0) {
          let data12 = data11.max;
          if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
            let err24 = { instancePath: instancePath + "/jump/max", schemaPath: "#/properties/jump/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.jump.properties.max.type, parentSchema: schema47.properties.jump.properties.max, data: data12 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
          if (typeof data12 == "number" && isFinite(data12) && (data12 < 0 || isNaN(data12))) {
            let err25 = { instancePath: instancePath + "/jump/max", schemaPath: "#/properties/jump/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.jump.properties.max, data: data12 };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
        if (data11.skip !== void 0) {
          let data13 = data11.skip;
          if (typeof data13 != "string") {
            let err26 = { instancePath: instancePath + "/jump/skip", schemaPath: "#/properties/jump/properties/skip/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.jump.properties.skip.type, parentSchema: schema47.properties.jump.properties.skip, data: data13 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
        if (data11.major !== void 0) {
          let data14 = data11.major;
          if (!(data14 === "allow" || data14 === "forbid")) {
            let err27 = { instancePath: instancePath + "/jump/major", schemaPath: "#/properties/jump/properties/major/enum", keyword: "enum", params: { allowedValues: schema47.properties.jump.properties.major.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.jump.properties.major.enum, parentSchema: schema47.properties.jump.properties.major, data: data14 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
        if (data11.limits !== void 0) {
          let data15 = data11.limits;
          if (Array.isArray(data15)) {
            if (data15.length > 16) {
              let err28 = { instancePath: instancePath + "/jump/limits", schemaPath: "#/properties/jump/properties/limits/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items", schema: 16, parentSchema: schema47.properties.jump.properties.limits, data: data15 };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
            let len2 = data15.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data16 = data15[i3];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.max === void 0) {
                  let err29 = { instancePath: instancePath + "/jump/limits/" + i3, schemaPath: "#/properties/jump/properties/limits/items/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema47.properties.jump.properties.limits.items.required, parentSchema: schema47.properties.jump.properties.limits.items, data: data16 };
                  vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                }
                if (data16.note === void 0) {
                  let err30 = { instancePath: instancePath + "/jump/limits/" + i3, schemaPath: "#/properties/jump/properties/limits/items/required", keyword: "required", params: { missingProperty: "note" }, message: "must have required property 'note'", schema: schema47.properties.jump.properties.limits.items.required, parentSchema: schema47.properties.jump.properties.limits.items, data: data16 };
                  vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                }
                for (let key5 in data16)
                  if (!(key5 === "from" || key5 === "to" || key5 === "max" || key5 === "note")) {
                    let err31 = { instancePath: instancePath + "/jump/limits/" + i3, schemaPath: "#/properties/jump/properties/limits/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema47.properties.jump.properties.limits.items, data: data16 };
                    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                  }
                if (data16.from !== void 0) {
                  let data17 = data16.from;
                  if (typeof data17 == "string") {
                    if (func2(data17) > 128) {
                      let err32 = { instancePath: instancePath + "/jump/limits/" + i3 + "/from", schemaPath: "#/properties/jump/properties/limits/items/properties/from/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema47.properties.jump.properties.limits.items.properties.from, data: data17 };
                      vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                    }
                    if (func2(data17) < 1) {
                      let err33 = { instancePath: instancePath + "/jump/limits/" + i3 + "/from", schemaPath: "#/properties/jump/properties/limits/items/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.jump.properties.limits.items.properties.from, data: data17 };
                      vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                    }
                  } else {
                    let err34 = { instancePath: instancePath + "/jump/limits/" + i3 + "/from", schemaPath: "#/properties/jump/properties/limits/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.jump.properties.limits.items.properties.from.type, parentSchema: schema47.properties.jump.properties.limits.items.properties.from, data: data17 };
                    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                  }
                }
                if (data16.to !== void 0) {
                  let data18 = data16.to;
                  if (typeof data18 == "string") {
                    if (func2(data18) > 128) {
                      let err35 = { instancePath: instancePath + "/jump/limits/" + i3 + "/to", schemaPath: "#/properties/jump/properties/limits/items/properties/to/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema47.properties.jump.properties.limits.items.properties.to, data: data18 };
                      vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                    }
                    if (func2(data18) < 1) {
                      let err36 = { instancePath: instancePath + "/jump/limits/" + i3 + "/to", schemaPath: "#/properties/jump/properties/limits/items/properties/to/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.jump.properties.limits.items.properties.to, data: data18 };
                      vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                    }
                  } else {
                    let err37 = { instancePath: instancePath + "/jump/limits/" + i3 + "/to", schemaPath: "#/properties/jump/properties/limits/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.jump.properties.limits.items.properties.to.type, parentSchema: schema47.properties.jump.properties.limits.items.properties.to, data: data18 };
                    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                  }
                }
                if (data16.max !== void 0) {
                  let data19 = data16.max;
                  if (!(typeof data19 == "number" && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
                    let err38 = { instancePath: instancePath + "/jump/limits/" + i3 + "/max", schemaPath: "#/properties/jump/properties/limits/items/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.jump.properties.limits.items.properties.max.type, parentSchema: schema47.properties.jump.properties.limits.items.properties.max, data: data19 };
                    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                  }
                  if (typeof data19 == "number" && isFinite(data19) && (data19 < 0 || isNaN(data19))) {
                    let err39 = { instancePath: instancePath + "/jump/limits/" + i3 + "/max", schemaPath: "#/properties/jump/properties/limits/items/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.jump.properties.limits.items.properties.max, data: data19 };
                    vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                  }
                }
                if (data16.note !== void 0) {
                  let data20 = data16.note;
                  if (typeof data20 == "string") {
                    if (func2(data20) > 300) {
                      let err40 = { instancePath: instancePath + "/jump/limits/" + i3 + "/note", schemaPath: "#/properties/jump/properties/limits/items/properties/note/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema47.properties.jump.properties.limits.items.properties.note, data: data20 };
                      vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                    }
                    if (func2(data20) < 1) {
                      let err41 = { instancePath: instancePath + "/jump/limits/" + i3 + "/note", schemaPath: "#/properties/jump/properties/limits/items/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.jump.properties.limits.items.properties.note, data: data20 };
                      vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                    }
                  } else {
                    let err42 = { instancePath: instancePath + "/jump/limits/" + i3 + "/note", schemaPath: "#/properties/jump/properties/limits/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.jump.properties.limits.items.properties.note.type, parentSchema: schema47.properties.jump.properties.limits.items.properties.note, data: data20 };
                    vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                  }
                }
              } else {
                let err43 = { instancePath: instancePath + "/jump/limits/" + i3, schemaPath: "#/properties/jump/properties/limits/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.jump.properties.limits.items.type, parentSchema: schema47.properties.jump.properties.limits.items, data: data16 };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
            }
          } else {
            let err44 = { instancePath: instancePath + "/jump/limits", schemaPath: "#/properties/jump/properties/limits/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.jump.properties.limits.type, parentSchema: schema47.properties.jump.properties.limits, data: data15 };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
        }
      } else {
        let err45 = { instancePath: instancePath + "/jump", schemaPath: "#/properties/jump/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.jump.type, parentSchema: schema47.properties.jump, data: data11 };
        vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
      }
    }
    if (data.risks !== void 0) {
      let data21 = data.risks;
      if (Array.isArray(data21)) {
        let len3 = data21.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data22 = data21[i4];
          if (!(data22 === "stable" || data22 === "candidate" || data22 === "beta" || data22 === "edge")) {
            let err46 = { instancePath: instancePath + "/risks/" + i4, schemaPath: "#/properties/risks/items/enum", keyword: "enum", params: { allowedValues: schema47.properties.risks.items.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.risks.items.enum, parentSchema: schema47.properties.risks.items, data: data22 };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        }
        let i5 = data21.length, j1;
        if (i5 > 1) {
          outer0: for (; i5--; )
            for (j1 = i5; j1--; )
              if (func0(data21[i5], data21[j1])) {
                let err47 = { instancePath: instancePath + "/risks", schemaPath: "#/properties/risks/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: !0, parentSchema: schema47.properties.risks, data: data21 };
                vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                break outer0;
              }
        }
      } else {
        let err48 = { instancePath: instancePath + "/risks", schemaPath: "#/properties/risks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.risks.type, parentSchema: schema47.properties.risks, data: data21 };
        vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
      }
    }
    if (data.hold !== void 0) {
      let data23 = data.hold;
      if (!(data23 === "required" || data23 === "optional")) {
        let err49 = { instancePath: instancePath + "/hold", schemaPath: "#/properties/hold/enum", keyword: "enum", params: { allowedValues: schema47.properties.hold.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.hold.enum, parentSchema: schema47.properties.hold, data: data23 };
        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
      }
    }
    if (data.cohort !== void 0) {
      let data24 = data.cohort;
      if (!(data24 === "required" || data24 === "optional")) {
        let err50 = { instancePath: instancePath + "/cohort", schemaPath: "#/properties/cohort/enum", keyword: "enum", params: { allowedValues: schema47.properties.cohort.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.cohort.enum, parentSchema: schema47.properties.cohort, data: data24 };
        vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
      }
    }
    if (data.eol !== void 0) {
      let data25 = data.eol;
      if (Array.isArray(data25)) {
        let len4 = data25.length;
        for (let i6 = 0; i6 < len4; i6++) {
          let data26 = data25[i6];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.version === void 0) {
              let err51 = { instancePath: instancePath + "/eol/" + i6, schemaPath: "#/properties/eol/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema47.properties.eol.items.required, parentSchema: schema47.properties.eol.items, data: data26 };
              vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
            }
            if (data26.date === void 0) {
              let err52 = { instancePath: instancePath + "/eol/" + i6, schemaPath: "#/properties/eol/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema47.properties.eol.items.required, parentSchema: schema47.properties.eol.items, data: data26 };
              vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
            }
            for (let key6 in data26)
              if (!(key6 === "version" || key6 === "date" || key6 === "note")) {
                let err53 = { instancePath: instancePath + "/eol/" + i6, schemaPath: "#/properties/eol/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema47.properties.eol.items, data: data26 };
                vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
              }
            if (data26.version !== void 0) {
              let data27 = data26.version;
              if (typeof data27 == "string") {
                if (func2(data27) > 128) {
                  let err54 = { instancePath: instancePath + "/eol/" + i6 + "/version", schemaPath: "#/properties/eol/items/properties/version/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema47.properties.eol.items.properties.version, data: data27 };
                  vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                }
                if (func2(data27) < 1) {
                  let err55 = { instancePath: instancePath + "/eol/" + i6 + "/version", schemaPath: "#/properties/eol/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.eol.items.properties.version, data: data27 };
                  vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                }
              } else {
                let err56 = { instancePath: instancePath + "/eol/" + i6 + "/version", schemaPath: "#/properties/eol/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.eol.items.properties.version.type, parentSchema: schema47.properties.eol.items.properties.version, data: data27 };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
            }
            if (data26.date !== void 0) {
              let data28 = data26.date;
              if (typeof data28 == "string") {
                if (!formats0.validate(data28)) {
                  let err57 = { instancePath: instancePath + "/eol/" + i6 + "/date", schemaPath: "#/properties/eol/items/properties/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema47.properties.eol.items.properties.date, data: data28 };
                  vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                }
              } else {
                let err58 = { instancePath: instancePath + "/eol/" + i6 + "/date", schemaPath: "#/properties/eol/items/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.eol.items.properties.date.type, parentSchema: schema47.properties.eol.items.properties.date, data: data28 };
                vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
              }
            }
            if (data26.note !== void 0) {
              let data29 = data26.note;
              if (typeof data29 != "string") {
                let err59 = { instancePath: instancePath + "/eol/" + i6 + "/note", schemaPath: "#/properties/eol/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.eol.items.properties.note.type, parentSchema: schema47.properties.eol.items.properties.note, data: data29 };
                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
              }
            }
          } else {
            let err60 = { instancePath: instancePath + "/eol/" + i6, schemaPath: "#/properties/eol/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.eol.items.type, parentSchema: schema47.properties.eol.items, data: data26 };
            vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
          }
        }
      } else {
        let err61 = { instancePath: instancePath + "/eol", schemaPath: "#/properties/eol/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.eol.type, parentSchema: schema47.properties.eol, data: data25 };
        vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
      }
    }
    if (data.blocked !== void 0) {
      let data30 = data.blocked;
      if (Array.isArray(data30)) {
        let len5 = data30.length;
        for (let i7 = 0; i7 < len5; i7++) {
          let data31 = data30[i7], _errs66 = errors, valid21 = !1, _errs67 = errors;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31) && data31.version === void 0) {
            let err62 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/anyOf/0/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema47.properties.blocked.items.anyOf[0].required, parentSchema: schema47.properties.blocked.items.anyOf[0], data: data31 };
            vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
          }
          var _valid0 = _errs67 === errors;
          valid21 = valid21 || _valid0;
          let _errs68 = errors;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31) && data31.channel === void 0) {
            let err63 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/anyOf/1/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property 'channel'", schema: schema47.properties.blocked.items.anyOf[1].required, parentSchema: schema47.properties.blocked.items.anyOf[1], data: data31 };
            vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
          }
          var _valid0 = _errs68 === errors;
          valid21 = valid21 || _valid0;
          let _errs69 = errors;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31) && data31.revision === void 0) {
            let err64 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/anyOf/2/required", keyword: "required", params: { missingProperty: "revision" }, message: "must have required property 'revision'", schema: schema47.properties.blocked.items.anyOf[2].required, parentSchema: schema47.properties.blocked.items.anyOf[2], data: data31 };
            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
          }
          var _valid0 = _errs69 === errors;
          if (valid21 = valid21 || _valid0, valid21)
            errors = _errs66, vErrors !== null && (_errs66 ? vErrors.length = _errs66 : vErrors = null);
          else {
            let err65 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema47.properties.blocked.items.anyOf, parentSchema: schema47.properties.blocked.items, data: data31 };
            vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
          }
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.reason === void 0) {
              let err66 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema47.properties.blocked.items.required, parentSchema: schema47.properties.blocked.items, data: data31 };
              vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
            }
            for (let key7 in data31)
              if (!(key7 === "version" || key7 === "channel" || key7 === "revision" || key7 === "reason")) {
                let err67 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema47.properties.blocked.items, data: data31 };
                vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
              }
            if (data31.version !== void 0) {
              let data32 = data31.version;
              if (typeof data32 == "string") {
                if (func2(data32) > 128) {
                  let err68 = { instancePath: instancePath + "/blocked/" + i7 + "/version", schemaPath: "#/properties/blocked/items/properties/version/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema47.properties.blocked.items.properties.version, data: data32 };
                  vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                }
                if (func2(data32) < 1) {
                  let err69 = { instancePath: instancePath + "/blocked/" + i7 + "/version", schemaPath: "#/properties/blocked/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.blocked.items.properties.version, data: data32 };
                  vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                }
              } else {
                let err70 = { instancePath: instancePath + "/blocked/" + i7 + "/version", schemaPath: "#/properties/blocked/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.blocked.items.properties.version.type, parentSchema: schema47.properties.blocked.items.properties.version, data: data32 };
                vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
              }
            }
            if (data31.channel !== void 0) {
              let data33 = data31.channel;
              if (typeof data33 != "string") {
                let err71 = { instancePath: instancePath + "/blocked/" + i7 + "/channel", schemaPath: "#/properties/blocked/items/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.blocked.items.properties.channel.type, parentSchema: schema47.properties.blocked.items.properties.channel, data: data33 };
                vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
              }
            }
            if (data31.revision !== void 0) {
              let data34 = data31.revision;
              if (!(typeof data34 == "number" && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
                let err72 = { instancePath: instancePath + "/blocked/" + i7 + "/revision", schemaPath: "#/properties/blocked/items/properties/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.blocked.items.properties.revision.type, parentSchema: schema47.properties.blocked.items.properties.revision, data: data34 };
                vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
              }
              if (typeof data34 == "number" && isFinite(data34) && (data34 < 1 || isNaN(data34))) {
                let err73 = { instancePath: instancePath + "/blocked/" + i7 + "/revision", schemaPath: "#/properties/blocked/items/properties/revision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema47.properties.blocked.items.properties.revision, data: data34 };
                vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
              }
            }
            if (data31.reason !== void 0) {
              let data35 = data31.reason;
              if (typeof data35 == "string") {
                if (func2(data35) < 1) {
                  let err74 = { instancePath: instancePath + "/blocked/" + i7 + "/reason", schemaPath: "#/properties/blocked/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.blocked.items.properties.reason, data: data35 };
                  vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                }
              } else {
                let err75 = { instancePath: instancePath + "/blocked/" + i7 + "/reason", schemaPath: "#/properties/blocked/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.blocked.items.properties.reason.type, parentSchema: schema47.properties.blocked.items.properties.reason, data: data35 };
                vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
              }
            }
          } else {
            let err76 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.blocked.items.type, parentSchema: schema47.properties.blocked.items, data: data31 };
            vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
          }
        }
      } else {
        let err77 = { instancePath: instancePath + "/blocked", schemaPath: "#/properties/blocked/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.blocked.type, parentSchema: schema47.properties.blocked, data: data30 };
        vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
      }
    }
    if (data.requires !== void 0) {
      let data36 = data.requires;
      if (Array.isArray(data36)) {
        let len6 = data36.length;
        for (let i8 = 0; i8 < len6; i8++) {
          let data37 = data36[i8];
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (data37.version === void 0) {
              let err78 = { instancePath: instancePath + "/requires/" + i8, schemaPath: "#/properties/requires/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema47.properties.requires.items.required, parentSchema: schema47.properties.requires.items, data: data37 };
              vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
            }
            if (data37.needs === void 0) {
              let err79 = { instancePath: instancePath + "/requires/" + i8, schemaPath: "#/properties/requires/items/required", keyword: "required", params: { missingProperty: "needs" }, message: "must have required property 'needs'", schema: schema47.properties.requires.items.required, parentSchema: schema47.properties.requires.items, data: data37 };
              vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
            }
            for (let key8 in data37)
              if (!(key8 === "version" || key8 === "needs")) {
                let err80 = { instancePath: instancePath + "/requires/" + i8, schemaPath: "#/properties/requires/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema47.properties.requires.items, data: data37 };
                vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
              }
            if (data37.version !== void 0) {
              let data38 = data37.version;
              if (typeof data38 == "string") {
                if (func2(data38) > 128) {
                  let err81 = { instancePath: instancePath + "/requires/" + i8 + "/version", schemaPath: "#/properties/requires/items/properties/version/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema47.properties.requires.items.properties.version, data: data38 };
                  vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                }
                if (func2(data38) < 1) {
                  let err82 = { instancePath: instancePath + "/requires/" + i8 + "/version", schemaPath: "#/properties/requires/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.requires.items.properties.version, data: data38 };
                  vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                }
              } else {
                let err83 = { instancePath: instancePath + "/requires/" + i8 + "/version", schemaPath: "#/properties/requires/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.requires.items.properties.version.type, parentSchema: schema47.properties.requires.items.properties.version, data: data38 };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
            }
            if (data37.needs !== void 0) {
              let data39 = data37.needs;
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                for (let key9 in data39) {
                  let _errs88 = errors;
                  if (typeof key9 == "string") {
                    if (!pattern12.test(key9)) {
                      let err84 = { instancePath: instancePath + "/requires/" + i8 + "/needs", schemaPath: "#/properties/requires/items/properties/needs/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema47.properties.requires.items.properties.needs.propertyNames, data: key9, propertyName: key9 };
                      vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                    }
                  } else {
                    let err85 = { instancePath: instancePath + "/requires/" + i8 + "/needs", schemaPath: "#/properties/requires/items/properties/needs/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.requires.items.properties.needs.propertyNames.type, parentSchema: schema47.properties.requires.items.properties.needs.propertyNames, data: key9, propertyName: key9 };
                    vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
                  }
                  var valid26 = _errs88 === errors;
                  if (!valid26) {
                    let err86 = { instancePath: instancePath + "/requires/" + i8 + "/needs", schemaPath: "#/properties/requires/items/properties/needs/propertyNames", keyword: "propertyNames", params: { propertyName: key9 }, message: "property name must be valid", schema: schema47.properties.requires.items.properties.needs.propertyNames, parentSchema: schema47.properties.requires.items.properties.needs, data: data39 };
                    vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                  }
                }
                for (let key10 in data39) {
                  let data40 = data39[key10];
                  if (Array.isArray(data40)) {
                    if (data40.length < 1) {
                      let err87 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47.properties.requires.items.properties.needs.additionalProperties, data: data40 };
                      vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                    }
                    let len7 = data40.length;
                    for (let i9 = 0; i9 < len7; i9++) {
                      let data41 = data40[i9];
                      if (typeof data41 == "string") {
                        if (func2(data41) > 128) {
                          let err88 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema47.properties.requires.items.properties.needs.additionalProperties.items, data: data41 };
                          vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                        }
                        if (func2(data41) < 1) {
                          let err89 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.requires.items.properties.needs.additionalProperties.items, data: data41 };
                          vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                        }
                      } else {
                        let err90 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.requires.items.properties.needs.additionalProperties.items.type, parentSchema: schema47.properties.requires.items.properties.needs.additionalProperties.items, data: data41 };
                        vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                      }
                    }
                  } else {
                    let err91 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.requires.items.properties.needs.additionalProperties.type, parentSchema: schema47.properties.requires.items.properties.needs.additionalProperties, data: data40 };
                    vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
                  }
                }
              } else {
                let err92 = { instancePath: instancePath + "/requires/" + i8 + "/needs", schemaPath: "#/properties/requires/items/properties/needs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.requires.items.properties.needs.type, parentSchema: schema47.properties.requires.items.properties.needs, data: data39 };
                vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
              }
            }
          } else {
            let err93 = { instancePath: instancePath + "/requires/" + i8, schemaPath: "#/properties/requires/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.requires.items.type, parentSchema: schema47.properties.requires.items, data: data37 };
            vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
          }
        }
      } else {
        let err94 = { instancePath: instancePath + "/requires", schemaPath: "#/properties/requires/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.requires.type, parentSchema: schema47.properties.requires, data: data36 };
        vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
      }
    }
    if (data.skew !== void 0) {
      let data42 = data.skew;
      if (Array.isArray(data42)) {
        let len8 = data42.length;
        for (let i10 = 0; i10 < len8; i10++) {
          let data43 = data42[i10];
          if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            if (data43.of === void 0) {
              let err95 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/required", keyword: "required", params: { missingProperty: "of" }, message: "must have required property 'of'", schema: schema47.properties.skew.items.required, parentSchema: schema47.properties.skew.items, data: data43 };
              vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
            }
            if (data43.newer === void 0) {
              let err96 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/required", keyword: "required", params: { missingProperty: "newer" }, message: "must have required property 'newer'", schema: schema47.properties.skew.items.required, parentSchema: schema47.properties.skew.items, data: data43 };
              vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
            }
            if (data43.older === void 0) {
              let err97 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/required", keyword: "required", params: { missingProperty: "older" }, message: "must have required property 'older'", schema: schema47.properties.skew.items.required, parentSchema: schema47.properties.skew.items, data: data43 };
              vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
            }
            for (let key11 in data43)
              if (!(key11 === "of" || key11 === "newer" || key11 === "older")) {
                let err98 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema47.properties.skew.items, data: data43 };
                vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
              }
            if (data43.of !== void 0) {
              let data44 = data43.of;
              if (typeof data44 == "string") {
                if (!pattern12.test(data44)) {
                  let err99 = { instancePath: instancePath + "/skew/" + i10 + "/of", schemaPath: "#/properties/skew/items/properties/of/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema47.properties.skew.items.properties.of, data: data44 };
                  vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                }
              } else {
                let err100 = { instancePath: instancePath + "/skew/" + i10 + "/of", schemaPath: "#/properties/skew/items/properties/of/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.skew.items.properties.of.type, parentSchema: schema47.properties.skew.items.properties.of, data: data44 };
                vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
              }
            }
            if (data43.newer !== void 0) {
              let data45 = data43.newer;
              if (!(typeof data45 == "number" && !(data45 % 1) && !isNaN(data45) && isFinite(data45))) {
                let err101 = { instancePath: instancePath + "/skew/" + i10 + "/newer", schemaPath: "#/properties/skew/items/properties/newer/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.skew.items.properties.newer.type, parentSchema: schema47.properties.skew.items.properties.newer, data: data45 };
                vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
              }
              if (typeof data45 == "number" && isFinite(data45) && (data45 < 0 || isNaN(data45))) {
                let err102 = { instancePath: instancePath + "/skew/" + i10 + "/newer", schemaPath: "#/properties/skew/items/properties/newer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.skew.items.properties.newer, data: data45 };
                vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
              }
            }
            if (data43.older !== void 0) {
              let data46 = data43.older;
              if (!(typeof data46 == "number" && !(data46 % 1) && !isNaN(data46) && isFinite(data46))) {
                let err103 = { instancePath: instancePath + "/skew/" + i10 + "/older", schemaPath: "#/properties/skew/items/properties/older/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.skew.items.properties.older.type, parentSchema: schema47.properties.skew.items.properties.older, data: data46 };
                vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
              }
              if (typeof data46 == "number" && isFinite(data46) && (data46 < 0 || isNaN(data46))) {
                let err104 = { instancePath: instancePath + "/skew/" + i10 + "/older", schemaPath: "#/properties/skew/items/properties/older/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.skew.items.properties.older, data: data46 };
                vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
              }
            }
          } else {
            let err105 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.skew.items.type, parentSchema: schema47.properties.skew.items, data: data43 };
            vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
          }
        }
      } else {
        let err106 = { instancePath: instancePath + "/skew", schemaPath: "#/properties/skew/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.skew.type, parentSchema: schema47.properties.skew, data: data42 };
        vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data47 = data.rules;
      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
        for (let key12 in data47)
          if (!func3.call(schema46.properties, key12)) {
            let err107 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/severities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema46, data: data47 };
            vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
          }
        if (data47["yaml/syntax"] !== void 0) {
          let data48 = data47["yaml/syntax"];
          if (!(data48 === "error" || data48 === "warning" || data48 === "off")) {
            let err108 = { instancePath: instancePath + "/rules/yaml~1syntax", schemaPath: "#/$defs/severities/properties/yaml~1syntax/enum", keyword: "enum", params: { allowedValues: schema46.properties["yaml/syntax"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["yaml/syntax"].enum, parentSchema: schema46.properties["yaml/syntax"], data: data48 };
            vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
          }
        }
        if (data47.schema !== void 0) {
          let data49 = data47.schema;
          if (!(data49 === "error" || data49 === "warning" || data49 === "off")) {
            let err109 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/$defs/severities/properties/schema/enum", keyword: "enum", params: { allowedValues: schema46.properties.schema.enum }, message: "must be equal to one of the allowed values", schema: schema46.properties.schema.enum, parentSchema: schema46.properties.schema, data: data49 };
            vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
          }
        }
        if (data47["order/requires"] !== void 0) {
          let data50 = data47["order/requires"];
          if (!(data50 === "error" || data50 === "warning" || data50 === "off")) {
            let err110 = { instancePath: instancePath + "/rules/order~1requires", schemaPath: "#/$defs/severities/properties/order~1requires/enum", keyword: "enum", params: { allowedValues: schema46.properties["order/requires"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["order/requires"].enum, parentSchema: schema46.properties["order/requires"], data: data50 };
            vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
          }
        }
        if (data47["order/promotion"] !== void 0) {
          let data51 = data47["order/promotion"];
          if (!(data51 === "error" || data51 === "warning" || data51 === "off")) {
            let err111 = { instancePath: instancePath + "/rules/order~1promotion", schemaPath: "#/$defs/severities/properties/order~1promotion/enum", keyword: "enum", params: { allowedValues: schema46.properties["order/promotion"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["order/promotion"].enum, parentSchema: schema46.properties["order/promotion"], data: data51 };
            vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
          }
        }
        if (data47["skew/jump"] !== void 0) {
          let data52 = data47["skew/jump"];
          if (!(data52 === "error" || data52 === "warning" || data52 === "off")) {
            let err112 = { instancePath: instancePath + "/rules/skew~1jump", schemaPath: "#/$defs/severities/properties/skew~1jump/enum", keyword: "enum", params: { allowedValues: schema46.properties["skew/jump"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["skew/jump"].enum, parentSchema: schema46.properties["skew/jump"], data: data52 };
            vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
          }
        }
        if (data47["skew/downgrade"] !== void 0) {
          let data53 = data47["skew/downgrade"];
          if (!(data53 === "error" || data53 === "warning" || data53 === "off")) {
            let err113 = { instancePath: instancePath + "/rules/skew~1downgrade", schemaPath: "#/$defs/severities/properties/skew~1downgrade/enum", keyword: "enum", params: { allowedValues: schema46.properties["skew/downgrade"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["skew/downgrade"].enum, parentSchema: schema46.properties["skew/downgrade"], data: data53 };
            vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
          }
        }
        if (data47["skew/major"] !== void 0) {
          let data54 = data47["skew/major"];
          if (!(data54 === "error" || data54 === "warning" || data54 === "off")) {
            let err114 = { instancePath: instancePath + "/rules/skew~1major", schemaPath: "#/$defs/severities/properties/skew~1major/enum", keyword: "enum", params: { allowedValues: schema46.properties["skew/major"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["skew/major"].enum, parentSchema: schema46.properties["skew/major"], data: data54 };
            vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
          }
        }
        if (data47["skew/members"] !== void 0) {
          let data55 = data47["skew/members"];
          if (!(data55 === "error" || data55 === "warning" || data55 === "off")) {
            let err115 = { instancePath: instancePath + "/rules/skew~1members", schemaPath: "#/$defs/severities/properties/skew~1members/enum", keyword: "enum", params: { allowedValues: schema46.properties["skew/members"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["skew/members"].enum, parentSchema: schema46.properties["skew/members"], data: data55 };
            vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
          }
        }
        if (data47["skew/components"] !== void 0) {
          let data56 = data47["skew/components"];
          if (!(data56 === "error" || data56 === "warning" || data56 === "off")) {
            let err116 = { instancePath: instancePath + "/rules/skew~1components", schemaPath: "#/$defs/severities/properties/skew~1components/enum", keyword: "enum", params: { allowedValues: schema46.properties["skew/components"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["skew/components"].enum, parentSchema: schema46.properties["skew/components"], data: data56 };
            vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
          }
        }
        if (data47["channel/risk"] !== void 0) {
          let data57 = data47["channel/risk"];
          if (!(data57 === "error" || data57 === "warning" || data57 === "off")) {
            let err117 = { instancePath: instancePath + "/rules/channel~1risk", schemaPath: "#/$defs/severities/properties/channel~1risk/enum", keyword: "enum", params: { allowedValues: schema46.properties["channel/risk"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["channel/risk"].enum, parentSchema: schema46.properties["channel/risk"], data: data57 };
            vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
          }
        }
        if (data47["channel/eol"] !== void 0) {
          let data58 = data47["channel/eol"];
          if (!(data58 === "error" || data58 === "warning" || data58 === "off")) {
            let err118 = { instancePath: instancePath + "/rules/channel~1eol", schemaPath: "#/$defs/severities/properties/channel~1eol/enum", keyword: "enum", params: { allowedValues: schema46.properties["channel/eol"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["channel/eol"].enum, parentSchema: schema46.properties["channel/eol"], data: data58 };
            vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
          }
        }
        if (data47["channel/blocked"] !== void 0) {
          let data59 = data47["channel/blocked"];
          if (!(data59 === "error" || data59 === "warning" || data59 === "off")) {
            let err119 = { instancePath: instancePath + "/rules/channel~1blocked", schemaPath: "#/$defs/severities/properties/channel~1blocked/enum", keyword: "enum", params: { allowedValues: schema46.properties["channel/blocked"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["channel/blocked"].enum, parentSchema: schema46.properties["channel/blocked"], data: data59 };
            vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
          }
        }
        if (data47["hold/required"] !== void 0) {
          let data60 = data47["hold/required"];
          if (!(data60 === "error" || data60 === "warning" || data60 === "off")) {
            let err120 = { instancePath: instancePath + "/rules/hold~1required", schemaPath: "#/$defs/severities/properties/hold~1required/enum", keyword: "enum", params: { allowedValues: schema46.properties["hold/required"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["hold/required"].enum, parentSchema: schema46.properties["hold/required"], data: data60 };
            vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
          }
        }
        if (data47["hold/freeze"] !== void 0) {
          let data61 = data47["hold/freeze"];
          if (!(data61 === "error" || data61 === "warning" || data61 === "off")) {
            let err121 = { instancePath: instancePath + "/rules/hold~1freeze", schemaPath: "#/$defs/severities/properties/hold~1freeze/enum", keyword: "enum", params: { allowedValues: schema46.properties["hold/freeze"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["hold/freeze"].enum, parentSchema: schema46.properties["hold/freeze"], data: data61 };
            vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
          }
        }
        if (data47["cohort/required"] !== void 0) {
          let data62 = data47["cohort/required"];
          if (!(data62 === "error" || data62 === "warning" || data62 === "off")) {
            let err122 = { instancePath: instancePath + "/rules/cohort~1required", schemaPath: "#/$defs/severities/properties/cohort~1required/enum", keyword: "enum", params: { allowedValues: schema46.properties["cohort/required"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["cohort/required"].enum, parentSchema: schema46.properties["cohort/required"], data: data62 };
            vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
          }
        }
        if (data47["pins/conflict"] !== void 0) {
          let data63 = data47["pins/conflict"];
          if (!(data63 === "error" || data63 === "warning" || data63 === "off")) {
            let err123 = { instancePath: instancePath + "/rules/pins~1conflict", schemaPath: "#/$defs/severities/properties/pins~1conflict/enum", keyword: "enum", params: { allowedValues: schema46.properties["pins/conflict"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["pins/conflict"].enum, parentSchema: schema46.properties["pins/conflict"], data: data63 };
            vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
          }
        }
        if (data47["policy/changed"] !== void 0) {
          let data64 = data47["policy/changed"];
          if (!(data64 === "error" || data64 === "warning" || data64 === "off")) {
            let err124 = { instancePath: instancePath + "/rules/policy~1changed", schemaPath: "#/$defs/severities/properties/policy~1changed/enum", keyword: "enum", params: { allowedValues: schema46.properties["policy/changed"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["policy/changed"].enum, parentSchema: schema46.properties["policy/changed"], data: data64 };
            vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
          }
        }
      } else {
        let err125 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/severities/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data: data47 };
        vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
      }
    }
    if (data.rollout !== void 0) {
      let data65 = data.rollout;
      if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
        if (data65.strategy === void 0) {
          let err126 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/required", keyword: "required", params: { missingProperty: "strategy" }, message: "must have required property 'strategy'", schema: schema47.properties.rollout.required, parentSchema: schema47.properties.rollout, data: data65 };
          vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
        }
        if (data65.member === void 0) {
          let err127 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/required", keyword: "required", params: { missingProperty: "member" }, message: "must have required property 'member'", schema: schema47.properties.rollout.required, parentSchema: schema47.properties.rollout, data: data65 };
          vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
        }
        for (let key13 in data65)
          if (!(key13 === "strategy" || key13 === "roles" || key13 === "before" || key13 === "member" || key13 === "after" || key13 === "rollback")) {
            let err128 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema47.properties.rollout, data: data65 };
            vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
          }
        if (data65.strategy !== void 0) {
          let data66 = data65.strategy;
          if (!(data66 === "serial" || data66 === "parallel")) {
            let err129 = { instancePath: instancePath + "/rollout/strategy", schemaPath: "#/properties/rollout/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema47.properties.rollout.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.rollout.properties.strategy.enum, parentSchema: schema47.properties.rollout.properties.strategy, data: data66 };
            vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
          }
        }
        if (data65.roles !== void 0) {
          let data67 = data65.roles;
          if (Array.isArray(data67)) {
            if (data67.length < 1) {
              let err130 = { instancePath: instancePath + "/rollout/roles", schemaPath: "#/properties/rollout/properties/roles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47.properties.rollout.properties.roles, data: data67 };
              vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
            }
            let len9 = data67.length;
            for (let i11 = 0; i11 < len9; i11++) {
              let data68 = data67[i11];
              if (!(data68 === "control" || data68 === "worker")) {
                let err131 = { instancePath: instancePath + "/rollout/roles/" + i11, schemaPath: "#/properties/rollout/properties/roles/items/enum", keyword: "enum", params: { allowedValues: schema47.properties.rollout.properties.roles.items.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.rollout.properties.roles.items.enum, parentSchema: schema47.properties.rollout.properties.roles.items, data: data68 };
                vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
              }
            }
            let i12 = data67.length, j22;
            if (i12 > 1) {
              outer1: for (; i12--; )
                for (j22 = i12; j22--; )
                  if (func0(data67[i12], data67[j22])) {
                    let err132 = { instancePath: instancePath + "/rollout/roles", schemaPath: "#/properties/rollout/properties/roles/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j22 }, message: "must NOT have duplicate items (items ## " + j22 + " and " + i12 + " are identical)", schema: !0, parentSchema: schema47.properties.rollout.properties.roles, data: data67 };
                    vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                    break outer1;
                  }
            }
          } else {
            let err133 = { instancePath: instancePath + "/rollout/roles", schemaPath: "#/properties/rollout/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.rollout.properties.roles.type, parentSchema: schema47.properties.rollout.properties.roles, data: data67 };
            vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
          }
        }
        data65.before !== void 0 && (validate30(data65.before, { instancePath: instancePath + "/rollout/before", parentData: data65, parentDataProperty: "before", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors), errors = vErrors.length)), data65.member !== void 0 && (validate30(data65.member, { instancePath: instancePath + "/rollout/member", parentData: data65, parentDataProperty: "member", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors), errors = vErrors.length)), data65.after !== void 0 && (validate30(data65.after, { instancePath: instancePath + "/rollout/after", parentData: data65, parentDataProperty: "after", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors), errors = vErrors.length)), data65.rollback !== void 0 && (validate30(data65.rollback, { instancePath: instancePath + "/rollout/rollback", parentData: data65, parentDataProperty: "rollback", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors), errors = vErrors.length));
      } else {
        let err134 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.rollout.type, parentSchema: schema47.properties.rollout, data: data65 };
        vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
      }
    }
  } else {
    let err135 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
  }
  return validate29.errors = vErrors, errors === 0;
}
validate29.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
var schema51 = { type: "array", items: { $ref: "#/$defs/clusterStep" }, maxItems: 32 }, schema52 = { type: "object", additionalProperties: !1, required: ["name", "run"], properties: { name: { $ref: "#/$defs/step/properties/name" }, run: { $ref: "#/$defs/step/properties/run" }, when: { $ref: "#/$defs/step/properties/when" }, on: { $ref: "#/$defs/step/properties/on" }, needs: { description: "Run the step only where the cluster runs one of these versions of each named component: its base before the first stage and after a rollback, its head after the last stage.", type: "object", minProperties: 1, propertyNames: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, minItems: 1 } } } }, schema53 = { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, schema54 = { type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, schema55 = { enum: ["live", "manual", "skip", "proxy", "direct", "always", "first", "later"] }, schema56 = { enum: ["member", "runner"] };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema52.required, parentSchema: schema52, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.run === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema52.required, parentSchema: schema52, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "name" || key0 === "run" || key0 === "when" || key0 === "on" || key0 === "needs")) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema52, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern20.test(data0)) {
          let err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/step/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,40}$"', schema: "^[a-z0-9][a-z0-9-]{0,40}$", parentSchema: schema53, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/step/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.type, parentSchema: schema53, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.run !== void 0) {
      let data1 = data.run;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          let err5 = { instancePath: instancePath + "/run", schemaPath: "#/$defs/step/properties/run/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema54, data: data1 };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 == "string") {
            if (func2(data2) > 400) {
              let err6 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/$defs/step/properties/run/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema54.items, data: data2 };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
            if (func2(data2) < 1) {
              let err7 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/$defs/step/properties/run/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.items, data: data2 };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
          } else {
            let err8 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/$defs/step/properties/run/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.items.type, parentSchema: schema54.items, data: data2 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
      } else {
        let err9 = { instancePath: instancePath + "/run", schemaPath: "#/$defs/step/properties/run/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.type, parentSchema: schema54, data: data1 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.when !== void 0) {
      let data3 = data.when;
      if (!(data3 === "live" || data3 === "manual" || data3 === "skip" || data3 === "proxy" || data3 === "direct" || data3 === "always" || data3 === "first" || data3 === "later")) {
        let err10 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/step/properties/when/enum", keyword: "enum", params: { allowedValues: schema55.enum }, message: "must be equal to one of the allowed values", schema: schema55.enum, parentSchema: schema55, data: data3 };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.on !== void 0) {
      let data4 = data.on;
      if (!(data4 === "member" || data4 === "runner")) {
        let err11 = { instancePath: instancePath + "/on", schemaPath: "#/$defs/step/properties/on/enum", keyword: "enum", params: { allowedValues: schema56.enum }, message: "must be equal to one of the allowed values", schema: schema56.enum, parentSchema: schema56, data: data4 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.needs !== void 0) {
      let data5 = data.needs;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (Object.keys(data5).length < 1) {
          let err12 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema52.properties.needs, data: data5 };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
        for (let key1 in data5) {
          let _errs16 = errors;
          if (typeof key1 == "string") {
            if (!pattern12.test(key1)) {
              let err13 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema52.properties.needs.propertyNames, data: key1, propertyName: key1 };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
          } else {
            let err14 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.needs.propertyNames.type, parentSchema: schema52.properties.needs.propertyNames, data: key1, propertyName: key1 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
          var valid7 = _errs16 === errors;
          if (!valid7) {
            let err15 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema52.properties.needs.propertyNames, parentSchema: schema52.properties.needs, data: data5 };
            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
          }
        }
        for (let key2 in data5) {
          let data6 = data5[key2];
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              let err16 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/needs/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.needs.additionalProperties, data: data6 };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
            let len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data7 = data6[i1];
              if (typeof data7 == "string") {
                if (func2(data7) > 128) {
                  let err17 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/needs/additionalProperties/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema52.properties.needs.additionalProperties.items, data: data7 };
                  vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                }
                if (func2(data7) < 1) {
                  let err18 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/needs/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.needs.additionalProperties.items, data: data7 };
                  vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                }
              } else {
                let err19 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/needs/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.needs.additionalProperties.items.type, parentSchema: schema52.properties.needs.additionalProperties.items, data: data7 };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
            }
          } else {
            let err20 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/needs/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.needs.additionalProperties.type, parentSchema: schema52.properties.needs.additionalProperties, data: data6 };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
      } else {
        let err21 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.needs.type, parentSchema: schema52.properties.needs, data: data5 };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    }
  } else {
    let err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
  }
  return validate37.errors = vErrors, errors === 0;
}
validate37.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), Array.isArray(data)) {
    if (data.length > 32) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema51, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate37(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors), errors = vErrors.length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate36.errors = vErrors, errors === 0;
}
validate36.evaluated = { items: !0, dynamicProps: !1, dynamicItems: !1 };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema45.required, parentSchema: schema45, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema45.required, parentSchema: schema45, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.name === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema45.required, parentSchema: schema45, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.order === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "order" }, message: "must have required property 'order'", schema: schema45.required, parentSchema: schema45, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.components === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema45.required, parentSchema: schema45, data };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    for (let key0 in data)
      if (!func3.call(schema45.properties, key0)) {
        let err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema45, data };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 != "string") {
        let err6 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.$schema.type, parentSchema: schema45.properties.$schema, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if (data1 !== "rollgate/v1") {
        let err7 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "rollgate/v1" }, message: "must be equal to constant", schema: "rollgate/v1", parentSchema: schema45.properties.apiVersion, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (data2 !== "PolicyPack") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "PolicyPack" }, message: "must be equal to constant", schema: "PolicyPack", parentSchema: schema45.properties.kind, data: data2 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 == "string") {
        if (!pattern15.test(data3)) {
          let err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema45.properties.name, data: data3 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
      } else {
        let err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.name.type, parentSchema: schema45.properties.name, data: data3 };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (typeof data4 != "string") {
        let err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.description.type, parentSchema: schema45.properties.description, data: data4 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.sources !== void 0) {
      let data5 = data.sources;
      if (Array.isArray(data5)) {
        let len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 != "string") {
            let err12 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.sources.items.type, parentSchema: schema45.properties.sources.items, data: data6 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
      } else {
        let err13 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.sources.type, parentSchema: schema45.properties.sources, data: data5 };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.order !== void 0) {
      let data7 = data.order;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          let err14 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema45.properties.order, data: data7 };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
        let len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 == "string") {
            if (!pattern12.test(data8)) {
              let err15 = { instancePath: instancePath + "/order/" + i1, schemaPath: "#/properties/order/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema45.properties.order.items, data: data8 };
              vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
            }
          } else {
            let err16 = { instancePath: instancePath + "/order/" + i1, schemaPath: "#/properties/order/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.order.items.type, parentSchema: schema45.properties.order.items, data: data8 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
        let i2 = data7.length, j0;
        if (i2 > 1) {
          let indices0 = {};
          for (; i2--; ) {
            let item0 = data7[i2];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                let err17 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: !0, parentSchema: schema45.properties.order, data: data7 };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                break;
              }
              indices0[item0] = i2;
            }
          }
        }
      } else {
        let err18 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.order.type, parentSchema: schema45.properties.order, data: data7 };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    if (data.members !== void 0) {
      let data9 = data.members;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (let key1 in data9)
          if (!(key1 === "min" || key1 === "max")) {
            let err19 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema45.properties.members, data: data9 };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
        if (data9.min !== void 0) {
          let data10 = data9.min;
          if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
            let err20 = { instancePath: instancePath + "/members/min", schemaPath: "#/properties/members/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.members.properties.min.type, parentSchema: schema45.properties.members.properties.min, data: data10 };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
          if (typeof data10 == "number" && isFinite(data10) && (data10 < 1 || isNaN(data10))) {
            let err21 = { instancePath: instancePath + "/members/min", schemaPath: "#/properties/members/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.members.properties.min, data: data10 };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        }
        if (data9.max !== void 0) {
          let data11 = data9.max;
          if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            let err22 = { instancePath: instancePath + "/members/max", schemaPath: "#/properties/members/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.members.properties.max.type, parentSchema: schema45.properties.members.properties.max, data: data11 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
          if (typeof data11 == "number" && isFinite(data11) && (data11 < 1 || isNaN(data11))) {
            let err23 = { instancePath: instancePath + "/members/max", schemaPath: "#/properties/members/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.members.properties.max, data: data11 };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        }
      } else {
        let err24 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.members.type, parentSchema: schema45.properties.members, data: data9 };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data12 = data.rules;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (let key2 in data12)
          if (!func3.call(schema46.properties, key2)) {
            let err25 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/severities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema46, data: data12 };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        if (data12["yaml/syntax"] !== void 0) {
          let data13 = data12["yaml/syntax"];
          if (!(data13 === "error" || data13 === "warning" || data13 === "off")) {
            let err26 = { instancePath: instancePath + "/rules/yaml~1syntax", schemaPath: "#/$defs/severities/properties/yaml~1syntax/enum", keyword: "enum", params: { allowedValues: schema46.properties["yaml/syntax"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["yaml/syntax"].enum, parentSchema: schema46.properties["yaml/syntax"], data: data13 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
        if (data12.schema !== void 0) {
          let data14 = data12.schema;
          if (!(data14 === "error" || data14 === "warning" || data14 === "off")) {
            let err27 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/$defs/severities/properties/schema/enum", keyword: "enum", params: { allowedValues: schema46.properties.schema.enum }, message: "must be equal to one of the allowed values", schema: schema46.properties.schema.enum, parentSchema: schema46.properties.schema, data: data14 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
        if (data12["order/requires"] !== void 0) {
          let data15 = data12["order/requires"];
          if (!(data15 === "error" || data15 === "warning" || data15 === "off")) {
            let err28 = { instancePath: instancePath + "/rules/order~1requires", schemaPath: "#/$defs/severities/properties/order~1requires/enum", keyword: "enum", params: { allowedValues: schema46.properties["order/requires"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["order/requires"].enum, parentSchema: schema46.properties["order/requires"], data: data15 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
        if (data12["order/promotion"] !== void 0) {
          let data16 = data12["order/promotion"];
          if (!(data16 === "error" || data16 === "warning" || data16 === "off")) {
            let err29 = { instancePath: instancePath + "/rules/order~1promotion", schemaPath: "#/$defs/severities/properties/order~1promotion/enum", keyword: "enum", params: { allowedValues: schema46.properties["order/promotion"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["order/promotion"].enum, parentSchema: schema46.properties["order/promotion"], data: data16 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        }
        if (data12["skew/jump"] !== void 0) {
          let data17 = data12["skew/jump"];
          if (!(data17 === "error" || data17 === "warning" || data17 === "off")) {
            let err30 = { instancePath: instancePath + "/rules/skew~1jump", schemaPath: "#/$defs/severities/properties/skew~1jump/enum", keyword: "enum", params: { allowedValues: schema46.properties["skew/jump"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["skew/jump"].enum, parentSchema: schema46.properties["skew/jump"], data: data17 };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        }
        if (data12["skew/downgrade"] !== void 0) {
          let data18 = data12["skew/downgrade"];
          if (!(data18 === "error" || data18 === "warning" || data18 === "off")) {
            let err31 = { instancePath: instancePath + "/rules/skew~1downgrade", schemaPath: "#/$defs/severities/properties/skew~1downgrade/enum", keyword: "enum", params: { allowedValues: schema46.properties["skew/downgrade"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["skew/downgrade"].enum, parentSchema: schema46.properties["skew/downgrade"], data: data18 };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
        if (data12["skew/major"] !== void 0) {
          let data19 = data12["skew/major"];
          if (!(data19 === "error" || data19 === "warning" || data19 === "off")) {
            let err32 = { instancePath: instancePath + "/rules/skew~1major", schemaPath: "#/$defs/severities/properties/skew~1major/enum", keyword: "enum", params: { allowedValues: schema46.properties["skew/major"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["skew/major"].enum, parentSchema: schema46.properties["skew/major"], data: data19 };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        }
        if (data12["skew/members"] !== void 0) {
          let data20 = data12["skew/members"];
          if (!(data20 === "error" || data20 === "warning" || data20 === "off")) {
            let err33 = { instancePath: instancePath + "/rules/skew~1members", schemaPath: "#/$defs/severities/properties/skew~1members/enum", keyword: "enum", params: { allowedValues: schema46.properties["skew/members"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["skew/members"].enum, parentSchema: schema46.properties["skew/members"], data: data20 };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        }
        if (data12["skew/components"] !== void 0) {
          let data21 = data12["skew/components"];
          if (!(data21 === "error" || data21 === "warning" || data21 === "off")) {
            let err34 = { instancePath: instancePath + "/rules/skew~1components", schemaPath: "#/$defs/severities/properties/skew~1components/enum", keyword: "enum", params: { allowedValues: schema46.properties["skew/components"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["skew/components"].enum, parentSchema: schema46.properties["skew/components"], data: data21 };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
        }
        if (data12["channel/risk"] !== void 0) {
          let data22 = data12["channel/risk"];
          if (!(data22 === "error" || data22 === "warning" || data22 === "off")) {
            let err35 = { instancePath: instancePath + "/rules/channel~1risk", schemaPath: "#/$defs/severities/properties/channel~1risk/enum", keyword: "enum", params: { allowedValues: schema46.properties["channel/risk"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["channel/risk"].enum, parentSchema: schema46.properties["channel/risk"], data: data22 };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        }
        if (data12["channel/eol"] !== void 0) {
          let data23 = data12["channel/eol"];
          if (!(data23 === "error" || data23 === "warning" || data23 === "off")) {
            let err36 = { instancePath: instancePath + "/rules/channel~1eol", schemaPath: "#/$defs/severities/properties/channel~1eol/enum", keyword: "enum", params: { allowedValues: schema46.properties["channel/eol"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["channel/eol"].enum, parentSchema: schema46.properties["channel/eol"], data: data23 };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
        }
        if (data12["channel/blocked"] !== void 0) {
          let data24 = data12["channel/blocked"];
          if (!(data24 === "error" || data24 === "warning" || data24 === "off")) {
            let err37 = { instancePath: instancePath + "/rules/channel~1blocked", schemaPath: "#/$defs/severities/properties/channel~1blocked/enum", keyword: "enum", params: { allowedValues: schema46.properties["channel/blocked"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["channel/blocked"].enum, parentSchema: schema46.properties["channel/blocked"], data: data24 };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
        }
        if (data12["hold/required"] !== void 0) {
          let data25 = data12["hold/required"];
          if (!(data25 === "error" || data25 === "warning" || data25 === "off")) {
            let err38 = { instancePath: instancePath + "/rules/hold~1required", schemaPath: "#/$defs/severities/properties/hold~1required/enum", keyword: "enum", params: { allowedValues: schema46.properties["hold/required"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["hold/required"].enum, parentSchema: schema46.properties["hold/required"], data: data25 };
            vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
          }
        }
        if (data12["hold/freeze"] !== void 0) {
          let data26 = data12["hold/freeze"];
          if (!(data26 === "error" || data26 === "warning" || data26 === "off")) {
            let err39 = { instancePath: instancePath + "/rules/hold~1freeze", schemaPath: "#/$defs/severities/properties/hold~1freeze/enum", keyword: "enum", params: { allowedValues: schema46.properties["hold/freeze"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["hold/freeze"].enum, parentSchema: schema46.properties["hold/freeze"], data: data26 };
            vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
          }
        }
        if (data12["cohort/required"] !== void 0) {
          let data27 = data12["cohort/required"];
          if (!(data27 === "error" || data27 === "warning" || data27 === "off")) {
            let err40 = { instancePath: instancePath + "/rules/cohort~1required", schemaPath: "#/$defs/severities/properties/cohort~1required/enum", keyword: "enum", params: { allowedValues: schema46.properties["cohort/required"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["cohort/required"].enum, parentSchema: schema46.properties["cohort/required"], data: data27 };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
        }
        if (data12["pins/conflict"] !== void 0) {
          let data28 = data12["pins/conflict"];
          if (!(data28 === "error" || data28 === "warning" || data28 === "off")) {
            let err41 = { instancePath: instancePath + "/rules/pins~1conflict", schemaPath: "#/$defs/severities/properties/pins~1conflict/enum", keyword: "enum", params: { allowedValues: schema46.properties["pins/conflict"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["pins/conflict"].enum, parentSchema: schema46.properties["pins/conflict"], data: data28 };
            vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
          }
        }
        if (data12["policy/changed"] !== void 0) {
          let data29 = data12["policy/changed"];
          if (!(data29 === "error" || data29 === "warning" || data29 === "off")) {
            let err42 = { instancePath: instancePath + "/rules/policy~1changed", schemaPath: "#/$defs/severities/properties/policy~1changed/enum", keyword: "enum", params: { allowedValues: schema46.properties["policy/changed"].enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["policy/changed"].enum, parentSchema: schema46.properties["policy/changed"], data: data29 };
            vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
          }
        }
      } else {
        let err43 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/severities/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data: data12 };
        vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
      }
    }
    if (data.components !== void 0) {
      let data30 = data.components;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (Object.keys(data30).length < 1) {
          let err44 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema45.properties.components, data: data30 };
          vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
        }
        for (let key3 in data30) {
          let _errs48 = errors;
          if (typeof key3 == "string") {
            if (!pattern12.test(key3)) {
              let err45 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema45.properties.components.propertyNames, data: key3, propertyName: key3 };
              vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
            }
          } else {
            let err46 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.components.propertyNames.type, parentSchema: schema45.properties.components.propertyNames, data: key3, propertyName: key3 };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
          var valid9 = _errs48 === errors;
          if (!valid9) {
            let err47 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema45.properties.components.propertyNames, parentSchema: schema45.properties.components, data: data30 };
            vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
          }
        }
        for (let key4 in data30)
          validate29(data30[key4], { instancePath: instancePath + "/components/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data30, parentDataProperty: key4, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors), errors = vErrors.length);
      } else {
        let err48 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.components.type, parentSchema: schema45.properties.components, data: data30 };
        vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
      }
    }
    if (data.rollout !== void 0) {
      let data32 = data.rollout;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        for (let key5 in data32)
          if (!(key5 === "pauseAfterMember" || key5 === "pins" || key5 === "first" || key5 === "finally" || key5 === "rollback")) {
            let err49 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema45.properties.rollout, data: data32 };
            vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
          }
        if (data32.pauseAfterMember !== void 0) {
          let data33 = data32.pauseAfterMember;
          if (!(data33 === "first" || data33 === "all" || data33 === "none")) {
            let err50 = { instancePath: instancePath + "/rollout/pauseAfterMember", schemaPath: "#/properties/rollout/properties/pauseAfterMember/enum", keyword: "enum", params: { allowedValues: schema45.properties.rollout.properties.pauseAfterMember.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.rollout.properties.pauseAfterMember.enum, parentSchema: schema45.properties.rollout.properties.pauseAfterMember, data: data33 };
            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
          }
        }
        if (data32.pins !== void 0) {
          let data34 = data32.pins;
          if (!(data34 === "snap" || data34 === "none")) {
            let err51 = { instancePath: instancePath + "/rollout/pins", schemaPath: "#/properties/rollout/properties/pins/enum", keyword: "enum", params: { allowedValues: schema45.properties.rollout.properties.pins.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.rollout.properties.pins.enum, parentSchema: schema45.properties.rollout.properties.pins, data: data34 };
            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
          }
        }
        if (data32.first !== void 0 && (validate36(data32.first, { instancePath: instancePath + "/rollout/first", parentData: data32, parentDataProperty: "first", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors), errors = vErrors.length)), data32.finally !== void 0 && (validate36(data32.finally, { instancePath: instancePath + "/rollout/finally", parentData: data32, parentDataProperty: "finally", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors), errors = vErrors.length)), data32.rollback !== void 0) {
          let data37 = data32.rollback, _errs60 = errors, valid12 = !1, passing0 = null, _errs61 = errors;
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (data37.supported === void 0) {
              let err52 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/0/required", keyword: "required", params: { missingProperty: "supported" }, message: "must have required property 'supported'", schema: schema45.properties.rollout.properties.rollback.oneOf[0].required, parentSchema: schema45.properties.rollout.properties.rollback.oneOf[0], data: data37 };
              vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
            }
            for (let key6 in data37)
              if (key6 !== "supported") {
                let err53 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema45.properties.rollout.properties.rollback.oneOf[0], data: data37 };
                vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
              }
            if (data37.supported !== void 0) {
              let data38 = data37.supported;
              if (data38 !== !0) {
                let err54 = { instancePath: instancePath + "/rollout/rollback/supported", schemaPath: "#/properties/rollout/properties/rollback/oneOf/0/properties/supported/const", keyword: "const", params: { allowedValue: !0 }, message: "must be equal to constant", schema: !0, parentSchema: schema45.properties.rollout.properties.rollback.oneOf[0].properties.supported, data: data38 };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
              }
            }
          } else {
            let err55 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.rollout.properties.rollback.oneOf[0].type, parentSchema: schema45.properties.rollout.properties.rollback.oneOf[0], data: data37 };
            vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
          }
          var _valid0 = _errs61 === errors;
          if (_valid0) {
            valid12 = !0, passing0 = 0;
            var props0 = !0;
          }
          let _errs65 = errors;
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (data37.supported === void 0) {
              let err56 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/required", keyword: "required", params: { missingProperty: "supported" }, message: "must have required property 'supported'", schema: schema45.properties.rollout.properties.rollback.oneOf[1].required, parentSchema: schema45.properties.rollout.properties.rollback.oneOf[1], data: data37 };
              vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
            }
            if (data37.statement === void 0) {
              let err57 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/required", keyword: "required", params: { missingProperty: "statement" }, message: "must have required property 'statement'", schema: schema45.properties.rollout.properties.rollback.oneOf[1].required, parentSchema: schema45.properties.rollout.properties.rollback.oneOf[1], data: data37 };
              vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
            }
            for (let key7 in data37)
              if (!(key7 === "supported" || key7 === "statement")) {
                let err58 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema45.properties.rollout.properties.rollback.oneOf[1], data: data37 };
                vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
              }
            if (data37.supported !== void 0) {
              let data39 = data37.supported;
              if (data39 !== !1) {
                let err59 = { instancePath: instancePath + "/rollout/rollback/supported", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/properties/supported/const", keyword: "const", params: { allowedValue: !1 }, message: "must be equal to constant", schema: !1, parentSchema: schema45.properties.rollout.properties.rollback.oneOf[1].properties.supported, data: data39 };
                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
              }
            }
            if (data37.statement !== void 0) {
              let data40 = data37.statement;
              if (typeof data40 == "string") {
                if (func2(data40) < 1) {
                  let err60 = { instancePath: instancePath + "/rollout/rollback/statement", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/properties/statement/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.rollout.properties.rollback.oneOf[1].properties.statement, data: data40 };
                  vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                }
              } else {
                let err61 = { instancePath: instancePath + "/rollout/rollback/statement", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/properties/statement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.rollout.properties.rollback.oneOf[1].properties.statement.type, parentSchema: schema45.properties.rollout.properties.rollback.oneOf[1].properties.statement, data: data40 };
                vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
              }
            }
          } else {
            let err62 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.rollout.properties.rollback.oneOf[1].type, parentSchema: schema45.properties.rollout.properties.rollback.oneOf[1], data: data37 };
            vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
          }
          var _valid0 = _errs65 === errors;
          if (_valid0 && valid12 ? (valid12 = !1, passing0 = [passing0, 1]) : _valid0 && (valid12 = !0, passing0 = 1, props0 !== !0 && (props0 = !0)), valid12)
            errors = _errs60, vErrors !== null && (_errs60 ? vErrors.length = _errs60 : vErrors = null);
          else {
            let err63 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema45.properties.rollout.properties.rollback.oneOf, parentSchema: schema45.properties.rollout.properties.rollback, data: data37 };
            vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
          }
        }
      } else {
        let err64 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.rollout.type, parentSchema: schema45.properties.rollout, data: data32 };
        vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
      }
    }
  } else {
    let err65 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
  }
  return validate28.errors = vErrors, errors === 0;
}
validate28.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validatorFor(name) {
  return name === "fleet" ? fleet : policy;
}

// src/schema/validate.ts
function validateSchema(name, source) {
  let validate = validatorFor(name);
  return validate(source.value) ? [] : pickErrors(validate.errors ?? []).map((error) => {
    let path8 = pointerToPath(error.instancePath), key2 = error.keyword === "additionalProperties" ? error.params.additionalProperty : error.keyword === "propertyNames" ? error.params.propertyName : void 0, { line, column } = typeof key2 == "string" ? keyPositionOf(source, [...path8, key2]) : positionOf(source, path8);
    return {
      rule: "schema",
      severity: "error",
      message: describeError(error, path8, source, name),
      file: source.file,
      line,
      column
    };
  });
}
function pointerToPath(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function pickErrors(errors) {
  let byPath = /* @__PURE__ */ new Map();
  for (let error of errors) {
    if (error.propertyName !== void 0) continue;
    let list = byPath.get(error.instancePath) ?? [];
    list.push(error), byPath.set(error.instancePath, list);
  }
  let paths = [...byPath.keys()], picked = [];
  for (let [path8, list] of byPath) {
    let deeper = paths.some((other) => other !== path8 && other.startsWith(`${path8}/`)), specific = list.filter((e) => !["anyOf", "oneOf", "if", "type", "format"].includes(e.keyword));
    if (specific.length > 0)
      picked.push(...dedupe(specific));
    else if (!deeper) {
      let types = list.filter((e) => e.keyword === "type"), formats = list.filter((e) => e.keyword === "format");
      if (types.length > 0) {
        let expected = [...new Set(types.map((e) => String(e.params.type)))].join(" or ");
        picked.push({ ...types[0], params: { type: expected } });
      } else formats.length > 0 ? picked.push({
        ...formats[0],
        params: { format: formats.map((e) => e.params.format).join("|") }
      }) : list[0] && picked.push(list[0]);
    }
  }
  return picked;
}
function dedupe(errors) {
  let seen = /* @__PURE__ */ new Set();
  return errors.filter((error) => {
    let key2 = `${error.keyword}:${JSON.stringify(error.params)}`;
    return seen.has(key2) ? !1 : (seen.add(key2), !0);
  });
}
function show(value) {
  let text = typeof value == "string" ? value : typeof value == "number" ? String(value) : JSON.stringify(value);
  return text === void 0 ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function describeError(error, path8, source, schema2) {
  let field = path8.length > 0 ? `\`${path8.filter((p2) => typeof p2 == "string").slice(-1)[0] ?? path8[path8.length - 1]}\`` : "The file", where = path8.length > 0 ? ` at ${path8.join(".")}` : "", what = schema2 === "fleet" ? "manifest" : "policy pack";
  switch (error.keyword) {
    case "type": {
      let expected = String(error.params.type), written = sourceTextAt(source, path8), value = valueAt(source.value, path8);
      return expected.includes("string") && typeof value == "number" ? `${field}${where} is the YAML number ${written ?? value}; write it as a string, "${written ?? value}", since YAML reads 1.10 as 1.1.` : path8.length === 0 && value == null ? `The ${what} is empty; it must be a mapping that starts with apiVersion: rollgate/v1.` : `${field}${where} must be ${article(expected)}, not ${describeValue(value)}.`;
    }
    case "required":
      return `${path8.length > 0 ? `${field}${where}` : `The ${what}`} is missing \`${error.params.missingProperty}\`.`;
    case "additionalProperties":
      return `${path8.length > 0 ? `${field}${where}` : `The ${what}`} has an unknown field \`${show(error.params.additionalProperty)}\`; check its spelling against the ${schema2 === "fleet" ? "manifest" : "pack"} reference in the README.`;
    case "propertyNames":
      return error.params.propertyName === "" ? `${field}${where} has an entry with an empty name (a YAML null or empty key); give it a name.` : `${field}${where} has a name that is not allowed: ${show(error.params.propertyName)}.`;
    case "pattern": {
      let value = valueAt(source.value, path8);
      return `${field}${where} is ${JSON.stringify(show(value))}, which is not allowed: ${patternHelp(error)}.`;
    }
    case "const":
      return `${field}${where} must be ${JSON.stringify(error.params.allowedValue)}.`;
    case "enum":
      return `${field}${where} must be one of ${error.params.allowedValues.map((v2) => JSON.stringify(v2)).join(", ")}.`;
    case "format":
      return `${field}${where} must be a date (YYYY-MM-DD) or an RFC 3339 date-time.`;
    case "minItems":
      return `${field}${where} must have at least ${error.params.limit} item${error.params.limit === 1 ? "" : "s"}.`;
    case "maxItems":
    case "maxProperties":
      return `${field}${where} has more than ${error.params.limit} entries.`;
    case "uniqueItems":
      return `${field}${where} lists the same value twice (items ${error.params.j} and ${error.params.i}).`;
    case "minimum":
    case "maximum":
      return `${field}${where} must be ${error.keyword === "minimum" ? "at least" : "at most"} ${error.params.limit}.`;
    default:
      return `${field}${where} ${error.message ?? "is not valid"}.`;
  }
}
function patternHelp(error) {
  let description = error.parentSchema?.description;
  return description ? description.replace(/\.$/, "") : `it must match ${String(error.params.pattern)}`;
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function describeValue(value) {
  return value == null ? "empty" : Array.isArray(value) ? "a list" : ArrayBuffer.isView(value) ? "binary data (a !!binary value)" : typeof value == "object" ? "a mapping" : `the ${typeof value} ${show(value)}`;
}
function valueAt(root, path8) {
  let value = root;
  for (let key2 of path8) {
    if (value === null || typeof value != "object" || !Object.hasOwn(value, key2)) return;
    value = value[key2];
  }
  return value;
}

// src/manifest/fleet.ts
var manifestPaths = {
  cluster: (cluster) => ["clusters", cluster.index],
  component: (cluster, component) => [
    "clusters",
    cluster.index,
    "components",
    component
  ],
  member: (cluster, member) => [
    "clusters",
    cluster.index,
    "members",
    member.index
  ],
  memberComponent: (cluster, member, component) => [
    "clusters",
    cluster.index,
    "members",
    member.index,
    "components",
    component
  ]
};
function loadManifest(text, file, options = {}) {
  let { source, findings } = parseYamlFile(text, file, options);
  if (!source) return { file, findings };
  let schemaFindings = validateSchema("fleet", source);
  if (schemaFindings.length > 0) return { file, source, findings: schemaFindings };
  let fleet2 = toFleet(source.value);
  return { file, source, fleet: fleet2, findings: crossCheck(fleet2, source) };
}
function memberState(cluster, member, component) {
  let own = member.overrides?.[component], shared = cluster.components[component];
  return own ? shared ? { ...shared, ...own } : own : shared;
}
function describeState(state) {
  if (!state) return "(none)";
  let pin = state.channel ? `${state.channel}${state.revision !== void 0 ? `@${state.revision}` : ""}` : "";
  return state.version && pin ? `${state.version} (${pin})` : state.version ?? pin ?? "(none)";
}
function sameRun(a, b3) {
  return a?.version === b3?.version && a?.channel === b3?.channel && a?.revision === b3?.revision;
}
function byName(record) {
  return Object.assign(/* @__PURE__ */ Object.create(null), record);
}
function toFleet(raw) {
  return {
    policy: raw.policy,
    ...raw.waves ? { waves: raw.waves } : {},
    freeze: (raw.freeze ?? []).map((f3, index) => ({ ...f3, index })),
    clusters: raw.clusters.map((c3, index) => ({
      name: c3.name,
      ...c3.wave !== void 0 ? { wave: c3.wave } : {},
      ...c3.proxy !== void 0 ? { proxy: c3.proxy } : {},
      ...c3.runner !== void 0 ? { runner: c3.runner } : {},
      ...c3.pauseAfterMember !== void 0 ? { pauseAfterMember: c3.pauseAfterMember } : {},
      components: byName(c3.components),
      index,
      members: c3.members.map((m2, memberIndex) => typeof m2 == "string" ? { name: m2, role: "worker", workload: "live", index: memberIndex } : {
        name: m2.name,
        role: m2.role ?? "worker",
        workload: m2.workload ?? "live",
        ...m2.migrationAttempts !== void 0 ? { migrationAttempts: m2.migrationAttempts } : {},
        ...m2.components && Object.keys(m2.components).length > 0 ? { overrides: byName(m2.components) } : {},
        index: memberIndex
      })
    }))
  };
}
function crossCheck(fleet2, source) {
  let findings = [], report = (path8, message, extra = {}, atKey = !1) => {
    let { line, column } = atKey ? keyPositionOf(source, path8) : positionOf(source, path8);
    findings.push({ rule: "schema", severity: "error", message, file: source.file, line, column, ...extra });
  }, clusterNames = /* @__PURE__ */ new Set(), waves = fleet2.waves ? new Set(fleet2.waves) : void 0;
  for (let freeze of fleet2.freeze)
    Date.parse(freeze.from) > Date.parse(endOf(freeze.to)) && report(
      ["freeze", freeze.index],
      `The freeze from ${freeze.from} to ${freeze.to} ends before it starts.`
    );
  for (let cluster of fleet2.clusters) {
    let path8 = manifestPaths.cluster(cluster);
    clusterNames.has(cluster.name) && report(
      [...path8, "name"],
      `Cluster name \`${cluster.name}\` is used twice; cluster names must be unique.`,
      { cluster: cluster.name }
    ), clusterNames.add(cluster.name), waves && cluster.wave === void 0 ? report(
      path8,
      `Cluster \`${cluster.name}\` has no \`wave\`; the manifest sets \`waves\`, so every cluster names one of ${[...waves].join(", ")}.`,
      { cluster: cluster.name }
    ) : cluster.wave !== void 0 && !waves ? report(
      [...path8, "wave"],
      `Cluster \`${cluster.name}\` names wave \`${cluster.wave}\`, but the manifest sets no \`waves\`; add \`waves:\` in promotion order.`,
      { cluster: cluster.name }
    ) : cluster.wave !== void 0 && waves && !waves.has(cluster.wave) && report(
      [...path8, "wave"],
      `Cluster \`${cluster.name}\` names wave \`${cluster.wave}\`, which is not one of \`waves\` (${[...waves].join(", ")}).`,
      { cluster: cluster.name }
    );
    let memberNames = /* @__PURE__ */ new Set();
    for (let member of cluster.members)
      memberNames.has(member.name) && report(
        [...manifestPaths.member(cluster, member)],
        `Member \`${member.name}\` appears twice in cluster \`${cluster.name}\`.`,
        { cluster: cluster.name, member: member.name }
      ), memberNames.add(member.name);
    for (let [name, state] of Object.entries(cluster.components))
      isComplete(state) || report(
        manifestPaths.component(cluster, name),
        incompleteMessage(name),
        { cluster: cluster.name, component: name },
        !0
      );
    for (let member of cluster.members)
      for (let name of Object.keys(member.overrides ?? {})) {
        let own = member.overrides?.[name];
        own && cluster.components[name] === void 0 && !isComplete(own) && report(
          manifestPaths.memberComponent(cluster, member, name),
          incompleteMessage(name),
          { cluster: cluster.name, component: name, member: member.name },
          !0
        );
      }
  }
  return findings;
}
function isComplete(state) {
  return state.version !== void 0 || state.channel !== void 0 && state.revision !== void 0;
}
function incompleteMessage(component) {
  return `Component \`${component}\` needs a \`version\`, or a \`channel\` with a \`revision\`, so rollgate knows what to pin.`;
}
function endOf(moment) {
  return /^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T23:59:59.999Z` : moment;
}
function startOf(moment) {
  return /^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T00:00:00.000Z` : moment;
}

// src/edit/manifest-edit.ts
var RUN_FIELDS = ["version", "channel", "revision"];
function readFleet(text, file) {
  let loaded = loadManifest(text, file), first = loaded.findings[0];
  if (!loaded.fleet || first) {
    let where = first ? ` (line ${first.line}: ${first.message})` : "";
    throw new RollgateError(
      `${file} is not a manifest rollgate can edit${where}; fix it first (rollgate check --head ${file} shows why).`
    );
  }
  return loaded.fleet;
}
function applyMoves(text, file, moves) {
  let fleet2 = readFleet(text, file), document2 = (0, import_yaml4.parseDocument)(text, { keepSourceTokens: !1, uniqueKeys: !0 }), splices = [], edits = [];
  for (let move of moves) {
    let cluster = fleet2.clusters.find((c3) => c3.name === move.cluster);
    if (!cluster) throw new RollgateError(`${file} has no cluster named ${move.cluster}.`);
    let state = cluster.components[move.component];
    if (!state) throw new RollgateError(`Cluster ${move.cluster} in ${file} runs no ${move.component}.`);
    let where = `${move.component} in cluster ${move.cluster}`, map = mapAt(document2.contents, ["clusters", cluster.index, "components", move.component], where), next = { ...state, ...move.run }, changed = !1;
    for (let field of RUN_FIELDS) {
      let value = move.run[field];
      if (!(value === void 0 || state[field] === value)) {
        if (state[field] === void 0)
          throw new RollgateError(
            `${where} has no \`${field}\` to set: it pins ${describeState(state)}, so move it to ${state.version !== void 0 ? "a version" : "a channel and revision (CHANNEL@REVISION)"}, or edit ${file} by hand.`
          );
        splices.push(replaceValue(map, field, value, where)), changed = !0;
      }
    }
    changed && edits.push({
      cluster: move.cluster,
      component: move.component,
      from: describeState(state),
      to: describeState(next)
    });
    for (let member of cluster.members) {
      let own = member.overrides?.[move.component];
      if (!own) continue;
      let before = memberState(cluster, member, move.component), memberWhere = `${move.component} on member ${member.name} of cluster ${move.cluster}`, memberMap = mapAt(
        document2.contents,
        ["clusters", cluster.index, "members", member.index, "components", move.component],
        memberWhere
      ), memberChanged = !1;
      for (let field of RUN_FIELDS) {
        let value = move.run[field];
        value === void 0 || own[field] === void 0 || own[field] === value || (splices.push(replaceValue(memberMap, field, value, memberWhere)), memberChanged = !0);
      }
      if (memberChanged) {
        let after = { ...before, ...move.run };
        edits.push({
          cluster: move.cluster,
          component: move.component,
          member: member.name,
          from: describeState(before),
          to: describeState(after)
        });
      }
    }
  }
  return { text: splice(text, splices), edits };
}
function mapAt(root, path8, where) {
  let node = root;
  for (let segment of path8)
    if (refuseShared(node, where), (0, import_yaml4.isMap)(node) ? node = node.items.find(
      (item) => (0, import_yaml4.isPair)(item) && (0, import_yaml4.isScalar)(item.key) && String(item.key.value) === String(segment)
    )?.value : (0, import_yaml4.isSeq)(node) && typeof segment == "number" ? node = node.items[segment] : node = void 0, node == null)
      throw new RollgateError(`Cannot find ${where} in the manifest's YAML.`);
  if (refuseShared(node, where), !(0, import_yaml4.isMap)(node))
    throw new RollgateError(
      `${where} is not written as a mapping, so rollgate cannot edit it; edit it by hand.`
    );
  return node;
}
function refuseShared(node, where) {
  if ((0, import_yaml4.isAlias)(node) || node && typeof node == "object" && "anchor" in node && node.anchor)
    throw new RollgateError(
      `${where} is written with a YAML anchor or alias, so editing it would also move whatever shares it; write its values out, or edit it by hand.`
    );
}
function replaceValue(map, field, value, where) {
  let scalar = map.items.find((item) => (0, import_yaml4.isPair)(item) && (0, import_yaml4.isScalar)(item.key) && item.key.value === field)?.value;
  if (!(0, import_yaml4.isScalar)(scalar) || !scalar.range)
    throw new RollgateError(`${where} has a \`${field}\` that is not a plain value; edit it by hand.`);
  return refuseShared(scalar, where), { start: scalar.range[0], end: scalar.range[1], text: render(value, scalar.type) };
}
function render(value, type) {
  return typeof value == "number" ? String(value) : type === "QUOTE_DOUBLE" ? JSON.stringify(value) : type === "QUOTE_SINGLE" ? `'${value.replaceAll("'", "''")}'` : (0, import_yaml4.stringify)(value).trimEnd();
}
function splice(text, splices) {
  let out = text;
  for (let { start, end, text: replacement } of [...splices].sort((a, b3) => b3.start - a.start))
    out = out.slice(0, start) + replacement + out.slice(end);
  return out;
}

// src/edit/bump.ts
var VERSION = /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/, CHANNEL = /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}\/(?:stable|candidate|beta|edge)(?:\/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$/, MAX_REVISION = 4294967295;
function parseTarget(text) {
  let at2 = text.lastIndexOf("@");
  if (at2 >= 0) {
    let channel = text.slice(0, at2), revisionText = text.slice(at2 + 1), revision = Number(revisionText);
    if (!CHANNEL.test(channel))
      throw new RollgateError(
        `--to ${JSON.stringify(text)}: ${JSON.stringify(channel)} is not a channel; write track/risk, for example 5.21/stable@33110.`
      );
    if (!/^[1-9][0-9]*$/.test(revisionText) || revision > MAX_REVISION)
      throw new RollgateError(
        `--to ${JSON.stringify(text)}: ${JSON.stringify(revisionText)} is not a revision; write a positive whole number after the @.`
      );
    return { channel, revision };
  }
  if (!VERSION.test(text))
    throw new RollgateError(
      `--to ${JSON.stringify(text)} is neither a version (4.16.9) nor a channel with a revision (5.21/stable@33110).`
    );
  return { version: text };
}
function bumpMoves(fleet2, file, component, target, scope) {
  if (scope.cluster !== void 0 && scope.wave !== void 0)
    throw new RollgateError("Give --cluster or --wave, not both.");
  let clusters = fleet2.clusters;
  if (scope.cluster !== void 0) {
    if (clusters = clusters.filter((c3) => c3.name === scope.cluster), clusters.length === 0)
      throw new RollgateError(
        `${file} has no cluster named ${scope.cluster}; it has ${fleet2.clusters.map((c3) => c3.name).join(", ")}.`
      );
  } else if (scope.wave !== void 0) {
    if (!fleet2.waves?.includes(scope.wave)) {
      let known = fleet2.waves ? `its waves are ${fleet2.waves.join(", ")}` : "it sets no `waves`";
      throw new RollgateError(`${file} has no wave named ${scope.wave}; ${known}.`);
    }
    clusters = clusters.filter((c3) => c3.wave === scope.wave);
  }
  let running = clusters.filter((c3) => Object.hasOwn(c3.components, component));
  if (running.length === 0) {
    let where = scope.cluster !== void 0 ? `cluster ${scope.cluster}` : scope.wave !== void 0 ? `wave ${scope.wave}` : file;
    throw new RollgateError(`No cluster in ${where} runs ${component}, so there is nothing to bump.`);
  }
  return running.map((c3) => ({ cluster: c3.name, component, run: target }));
}
function bumpManifest(text, file, component, target, scope = {}) {
  let fleet2 = readFleet(text, file);
  return applyMoves(text, file, bumpMoves(fleet2, file, component, target, scope));
}

// src/edit/guard.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/check.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/policy/pack.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/policy/schemes/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/policy/schemes/calver.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var RELEASE = /^(\d{4})\.([12])$/;
function ordinal(version) {
  let match = RELEASE.exec(version);
  if (!match) throw new TypeError(`not a YYYY.N release: ${version}`);
  return Number(match[1]) * 2 + Number(match[2]) - 1;
}
function release(n) {
  return `${Math.floor(n / 2)}.${n % 2 + 1}`;
}
function calverScheme(versioning) {
  let tags = versioning.tags ?? {};
  return {
    isValid: (version) => RELEASE.test(version),
    compare: (a, b3) => ordinal(a) - ordinal(b3),
    distance: (a, b3) => Math.abs(ordinal(b3) - ordinal(a)),
    family: () => "",
    matches: (version, pattern) => version === pattern,
    hasTag: (version, tag) => tag === "slurp" && version.endsWith(".1") || (tags[tag] ?? []).includes(version),
    between: (from, to2) => {
      let stops = [];
      for (let n = ordinal(from) + 1; n <= ordinal(to2); n++) stops.push(release(n));
      return stops;
    },
    line: (version) => version
  };
}

// src/policy/schemes/semver.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var import_semver = __toESM(require_semver2(), 1), cache = /* @__PURE__ */ new Map();
function read(version) {
  let parsed = cache.get(version);
  return parsed === void 0 && (parsed = /^v?\d+(\.\d+){0,2}([-+].*)?$/.test(version) ? import_semver.default.parse(version, { loose: !0 }) ?? import_semver.default.coerce(version, { includePrerelease: !0 }) : null, cache.size > 1e4 && cache.clear(), cache.set(version, parsed)), parsed;
}
function must(version) {
  let parsed = read(version);
  if (!parsed) throw new TypeError(`not a semantic version: ${version}`);
  return parsed;
}
function semverScheme(versioning) {
  let known = [...versioning.versions ?? []].filter((v2) => read(v2)).sort((a, b3) => import_semver.default.compare(must(a), must(b3))), tags = versioning.tags ?? {}, scheme = {
    isValid: (version) => read(version) !== null,
    compare: (a, b3) => import_semver.default.compare(must(a), must(b3)),
    distance: (a, b3) => Math.abs(must(b3).minor - must(a).minor) + 1e3 * Math.abs(must(b3).major - must(a).major),
    family: (version) => String(must(version).major),
    matches: (version, pattern) => {
      if (version === pattern) return !0;
      let parsed = read(version);
      if (!parsed) return !1;
      try {
        return import_semver.default.satisfies(parsed, pattern, { includePrerelease: !0 });
      } catch {
        return !1;
      }
    },
    hasTag: (version, tag) => (tags[tag] ?? []).some((pattern) => scheme.matches(version, pattern)),
    between: (from, to2) => {
      let low = must(from), high = must(to2), stops = known.filter((v2) => import_semver.default.gt(must(v2), low) && import_semver.default.lte(must(v2), high));
      if (stops.length > 0)
        return stops.includes(to2) || stops.push(to2), stops;
      let lines = [];
      if (low.major === high.major)
        for (let minor = low.minor + 1; minor < high.minor; minor++) lines.push(`${low.major}.${minor}`);
      return lines.push(to2), lines;
    },
    line: (version) => {
      let parsed = must(version);
      return `${parsed.major}.${parsed.minor}`;
    }
  };
  return scheme;
}

// src/policy/schemes/tracks.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function tracksScheme(versioning) {
  let tracks = versioning.versions ?? [], index = new Map(tracks.map((track, i) => [track, i])), position = (track) => {
    let i = index.get(track);
    if (i === void 0) throw new TypeError(`unknown track: ${track}`);
    return i;
  }, tags = versioning.tags ?? {}, families = versioning.families ?? {};
  return {
    isValid: (version) => index.has(version),
    compare: (a, b3) => position(a) - position(b3),
    distance: (a, b3) => Math.abs(position(b3) - position(a)),
    family: (version) => Object.hasOwn(families, version) ? families[version] ?? "" : "",
    matches: (version, pattern) => version === pattern,
    hasTag: (version, tag) => (tags[tag] ?? []).includes(version),
    between: (from, to2) => tracks.slice(position(from) + 1, position(to2) + 1),
    line: (version) => version
  };
}

// src/policy/schemes/index.ts
var SCHEMES = {
  semver: semverScheme,
  tracks: tracksScheme,
  calver: calverScheme
};
function createScheme(versioning) {
  return SCHEMES[versioning.scheme](versioning);
}

// src/policy/pack.ts
var STEP_PLACEHOLDERS = [
  "component",
  "member",
  "cluster",
  "channel",
  "track",
  "revision",
  "version",
  "proxy",
  "attempts"
];
function loadPack(text, file) {
  let { source, findings } = parseYamlFile(text, file);
  if (!source) return { findings };
  let schemaFindings = validateSchema("policy", source);
  if (schemaFindings.length > 0) return { findings: schemaFindings };
  let pack = source.value, problems = checkPack(pack, source);
  if (problems.length > 0) return { findings: problems };
  let schemes = /* @__PURE__ */ new Map();
  for (let [name, component] of Object.entries(pack.components))
    schemes.set(name, createScheme(component.versioning));
  return { policy: { pack, file, text, schemes }, findings: [] };
}
function checkPack(pack, source) {
  let findings = [], report = (path8, message) => {
    let { line, column } = positionOf(source, path8);
    findings.push({ rule: "schema", severity: "error", message, file: source.file, line, column });
  }, names = Object.keys(pack.components);
  for (let name of names)
    pack.order.includes(name) || report(
      ["order"],
      `Component \`${name}\` is missing from \`order\`; every component has a place in the upgrade order.`
    );
  pack.order.forEach((name, i) => {
    Object.hasOwn(pack.components, name) || report(["order", i], `\`order\` names \`${name}\`, which is not one of the pack's components.`);
  });
  let cycle = findRequiresCycle(pack);
  cycle && report(
    ["components", cycle[0], "requires"],
    `The components' \`requires\` form a cycle (${cycle.join(" -> ")}); no upgrade order can satisfy it.`
  );
  for (let [name, component] of Object.entries(pack.components)) {
    let base = ["components", name];
    if (component.versioning.scheme === "tracks" && !component.versioning.versions?.length) {
      report(
        [...base, "versioning"],
        `Component \`${name}\` uses the tracks scheme, which needs \`versions\`: its tracks in release order.`
      );
      continue;
    }
    let scheme = createScheme(component.versioning), checkVersion = (path8, version, ranges) => {
      scheme.isValid(version) || ranges && component.versioning.scheme === "semver" && isRange(version) || report(
        path8,
        `\`${version}\` is not a version the ${component.versioning.scheme} scheme of \`${name}\` knows.`
      );
    };
    (component.versioning.versions ?? []).forEach((v2, i) => {
      checkVersion([...base, "versioning", "versions", i], v2, !1);
    }), (component.jump?.limits ?? []).forEach((limit, i) => {
      limit.from !== void 0 && checkVersion([...base, "jump", "limits", i, "from"], limit.from, !0), limit.to !== void 0 && checkVersion([...base, "jump", "limits", i, "to"], limit.to, !0);
    }), (component.eol ?? []).forEach((e, i) => {
      checkVersion([...base, "eol", i, "version"], e.version, !0);
    }), (component.blocked ?? []).forEach((b3, i) => {
      b3.version !== void 0 && checkVersion([...base, "blocked", i, "version"], b3.version, !0);
    }), (component.requires ?? []).forEach((requirement, i) => {
      checkVersion([...base, "requires", i, "version"], requirement.version, !0);
      for (let [other, versions] of Object.entries(requirement.needs)) {
        let path8 = [...base, "requires", i, "needs", other];
        checkNeeded(pack, other, versions, path8, `\`${name}\` requires`, report) && pack.order.indexOf(other) > pack.order.indexOf(name) && report(
          path8,
          `\`${name}\` requires \`${other}\`, so \`${other}\` must come before it in \`order\`.`
        );
      }
    }), (component.skew ?? []).forEach((skew, i) => {
      let other = pack.components[skew.of];
      !other || !Object.hasOwn(pack.components, skew.of) ? report(
        [...base, "skew", i, "of"],
        `\`${name}\` sets a skew against \`${skew.of}\`, which is not one of the pack's components.`
      ) : other.versioning.scheme !== component.versioning.scheme && report(
        [...base, "skew", i, "of"],
        `\`${name}\` and \`${skew.of}\` use different version schemes, so their skew cannot be measured.`
      );
    }), checkSteps(component, base, report);
  }
  for (let key2 of ["first", "finally"])
    (pack.rollout?.[key2] ?? []).forEach((step, i) => {
      checkStep(step, ["rollout", key2, i], report);
      for (let [other, versions] of Object.entries(step.needs ?? {}))
        checkNeeded(pack, other, versions, ["rollout", key2, i, "needs", other], `Step \`${step.name}\` needs`, report);
    });
  return findings;
}
function checkNeeded(pack, component, versions, path8, who, report) {
  let policy2 = Object.hasOwn(pack.components, component) ? pack.components[component] : void 0;
  if (!policy2)
    return report(path8, `${who} \`${component}\`, which is not one of the pack's components.`), !1;
  let scheme = createScheme(policy2.versioning);
  return versions.forEach((v2, j3) => {
    !scheme.isValid(v2) && !(policy2.versioning.scheme === "semver" && isRange(v2)) && report(
      [...path8, j3],
      `\`${v2}\` is not a version the ${policy2.versioning.scheme} scheme of \`${component}\` knows.`
    );
  }), !0;
}
function checkSteps(component, base, report) {
  let rollout = component.rollout;
  if (rollout)
    for (let key2 of ["before", "member", "after", "rollback"])
      (rollout[key2] ?? []).forEach((step, i) => {
        checkStep(step, [...base, "rollout", key2, i], report);
      });
}
function checkStep(step, path8, report) {
  step.run.forEach((arg, i) => {
    for (let match of arg.matchAll(/\{([^}]*)\}/g))
      STEP_PLACEHOLDERS.includes(match[1]) || report(
        [...path8, "run", i],
        `Step \`${step.name}\` uses the placeholder {${match[1]}}; the known ones are ${STEP_PLACEHOLDERS.map((p2) => `{${p2}}`).join(", ")}.`
      );
  });
}
function isRange(text) {
  return /^[\d.xX*<>=~^|\s-]+$/.test(text);
}
function findRequiresCycle(pack) {
  let edges = /* @__PURE__ */ new Map();
  for (let [name, component] of Object.entries(pack.components))
    edges.set(name, [...new Set((component.requires ?? []).flatMap((r2) => Object.keys(r2.needs)))]);
  let state = /* @__PURE__ */ new Map(), stack = [], visit2 = (name) => {
    if (state.get(name) === "done") return null;
    if (state.get(name) === "open") return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, "open"), stack.push(name);
    for (let next of edges.get(name) ?? []) {
      let cycle = visit2(next);
      if (cycle) return cycle;
    }
    return stack.pop(), state.set(name, "done"), null;
  };
  for (let name of edges.keys()) {
    let cycle = visit2(name);
    if (cycle) return cycle;
  }
  return null;
}

// src/rules/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/rules/channel-blocked.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/rules/types.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/rules/channel-blocked.ts
var channelBlocked = {
  id: "channel/blocked",
  description: "A version or revision is on the pack's known-bad list (with the reason the pack gives).",
  severity: "error",
  check(context) {
    for (let at2 of context.states(context.head.fleet)) {
      let blocked = context.component(at2.component)?.blocked, scheme = context.scheme(at2.component);
      if (!blocked || !scheme) continue;
      let version = context.versionOf(at2.component, at2.state);
      for (let entry of blocked) {
        if (entry.version !== void 0) {
          let own = at2.state.version ?? version;
          if (own === void 0 || own !== entry.version && !(scheme.isValid(own) && scheme.matches(own, entry.version))) continue;
        }
        if (entry.channel !== void 0 && at2.state.channel !== entry.channel || entry.revision !== void 0 && at2.state.revision !== entry.revision) continue;
        let what = [
          entry.version,
          entry.channel,
          entry.revision !== void 0 ? `revision ${entry.revision}` : void 0
        ].filter(Boolean).join(" ");
        context.report({
          path: at2.path,
          atKey: !0,
          cluster: at2.cluster.name,
          component: at2.component,
          ...at2.member ? { member: at2.member.name } : {},
          message: `${at2.component} ${what} is on the known-bad list of ${context.policy.pack.name}: ${entry.reason} Pick another version or revision.`
        });
      }
    }
  }
};

// src/rules/channel-eol.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var channelEol = {
  id: "channel/eol",
  description: "A track or version is past its end of life.",
  severity: "error",
  check(context) {
    for (let at2 of context.states(context.head.fleet)) {
      let entries = context.component(at2.component)?.eol, scheme = context.scheme(at2.component), version = context.versionOf(at2.component, at2.state);
      if (!(!entries || !scheme || version === void 0))
        for (let entry of entries) {
          if (!scheme.matches(version, entry.version) || context.now.getTime() <= Date.parse(endOf(entry.date))) continue;
          let baseCluster = context.baseCluster(at2.cluster.name), baseState = at2.member ? void 0 : baseCluster?.components[at2.component], untouched = baseState !== void 0 && context.versionOf(at2.component, baseState) === version;
          context.report({
            path: at2.path,
            atKey: !0,
            cluster: at2.cluster.name,
            component: at2.component,
            ...at2.member ? { member: at2.member.name } : {},
            soften: untouched,
            message: `${at2.component} ${version} reached its end of life on ${entry.date}${entry.note ? ` (${entry.note})` : ""}; it gets no more fixes. ${untouched ? "It was already there before this change; plan" : "Choose a supported version instead, or plan"} the upgrade off it.`
          });
        }
    }
  }
};

// src/rules/channel-risk.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/rules/compare-change.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function versionMoves(context) {
  let moves = [];
  for (let change2 of context.changes) {
    let from = context.versionOf(change2.component, change2.fromState), to2 = context.versionOf(change2.component, change2.toState);
    from === void 0 || to2 === void 0 || moves.push({ change: change2, from, to: to2 });
  }
  return moves;
}
function changePath(context, change2) {
  let cluster = clusterNamed(context.head.fleet, change2.cluster);
  if (!cluster) return [];
  if (change2.member) {
    let member = cluster.members.find((m2) => m2.name === change2.member);
    if (member?.overrides?.[change2.component])
      return ["clusters", cluster.index, "members", member.index, "components", change2.component];
    if (member) return ["clusters", cluster.index, "members", member.index];
  }
  return ["clusters", cluster.index, "components", change2.component];
}
var clustersByName = /* @__PURE__ */ new WeakMap();
function clusterNamed(fleet2, name) {
  let byName2 = clustersByName.get(fleet2);
  if (!byName2) {
    byName2 = /* @__PURE__ */ new Map();
    for (let cluster of fleet2.clusters) byName2.has(cluster.name) || byName2.set(cluster.name, cluster);
    clustersByName.set(fleet2, byName2);
  }
  return byName2.get(name);
}
function changeSubject(change2) {
  return {
    cluster: change2.cluster,
    component: change2.component,
    ...change2.member ? { member: change2.member } : {}
  };
}

// src/rules/channel-risk.ts
function riskOf(channel) {
  return channel.split("/")[1] ?? "stable";
}
var channelRisk = {
  id: "channel/risk",
  description: "A channel's risk is not allowed, in the head or in the base a change refreshes from.",
  severity: "error",
  check(context) {
    for (let at2 of context.states(context.head.fleet)) {
      let risks = context.component(at2.component)?.risks, channel = at2.state.channel;
      if (!risks || channel === void 0) continue;
      let risk = riskOf(channel);
      if (risks.includes(risk)) continue;
      let track = channel.split("/")[0];
      context.report({
        path: [...at2.path, "channel"],
        cluster: at2.cluster.name,
        component: at2.component,
        ...at2.member ? { member: at2.member.name } : {},
        message: `${at2.component} tracks ${channel}, risk ${risk}; ${context.policy.pack.name} allows ${risks.join(", ")} only, since no refresh to or from a pre-release risk is supported. Use ${track}/${risks[0]}.`
      });
    }
    for (let change2 of context.changes) {
      let risks = context.component(change2.component)?.risks, from = change2.fromState?.channel, to2 = change2.toState?.channel;
      !risks || from === void 0 || to2 === void 0 || !risks.includes(riskOf(to2)) || risks.includes(riskOf(from)) || context.report({
        path: changePath(context, change2),
        atKey: !0,
        ...changeSubject(change2),
        message: `${change2.component} in ${change2.member ?? change2.cluster} refreshes from ${from}, risk ${riskOf(from)}, to ${to2}; ${context.policy.pack.name} supports no in-place refresh from a pre-release risk. Reinstall it out of place on ${to2}, or, if you accept the risk, lower channel/risk for ${change2.component} in the pack.`
      });
    }
  }
};

// src/rules/cohort-required.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var cohortRequired = {
  id: "cohort/required",
  description: "A component that must be in a cohort is not.",
  severity: "error",
  check(context) {
    for (let at2 of context.states(context.head.fleet))
      context.component(at2.component)?.cohort !== "required" || at2.state.cohort === !0 || context.report({
        path: at2.path,
        atKey: !0,
        cluster: at2.cluster.name,
        component: at2.component,
        ...at2.member ? { member: at2.member.name } : {},
        message: `${at2.component} in ${at2.member?.name ?? at2.cluster.name} is not in a cohort; without one, members can be served different revisions. Set \`cohort: true\` (on the machines: snap refresh ${at2.component} --cohort="+").`
      });
  }
};

// src/rules/hold-freeze.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var holdFreeze = {
  id: "hold/freeze",
  description: "Versions change during a declared freeze.",
  severity: "error",
  check(context) {
    let now = context.now.getTime(), freeze = context.head.fleet.freeze.find(
      (f3) => Date.parse(startOf(f3.from)) <= now && now <= Date.parse(endOf(f3.to))
    );
    if (freeze)
      for (let change2 of context.changes)
        change2.to !== change2.from && context.report({
          path: changePath(context, change2),
          atKey: !0,
          ...changeSubject(change2),
          message: `${change2.component} in ${change2.member ?? change2.cluster} changes (${change2.from ?? "new"} -> ${change2.to ?? "removed"}) during the freeze from ${freeze.from} to ${freeze.to}${freeze.reason ? ` (${freeze.reason})` : ""}. Merge it after ${freeze.to}.`
        });
  }
};

// src/rules/hold-required.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var holdRequired = {
  id: "hold/required",
  description: "A component that must be held is not.",
  severity: "error",
  check(context) {
    for (let at2 of context.states(context.head.fleet))
      context.component(at2.component)?.hold !== "required" || at2.state.hold === !0 || context.report({
        path: at2.path,
        atKey: !0,
        cluster: at2.cluster.name,
        component: at2.component,
        ...at2.member ? { member: at2.member.name } : {},
        message: `${at2.component} in ${at2.member?.name ?? at2.cluster.name} is not held; automatic refreshes would let members run different versions. Set \`hold: true\` (on the machines: snap refresh --hold ${at2.component}).`
      });
  }
};

// src/rules/order-promotion.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var orderPromotion = {
  id: "order/promotion",
  description: "A cluster moves to a version that the clusters of an earlier wave do not already run in the base.",
  severity: "error",
  check(context) {
    let waves = context.head.fleet.waves, base = context.base;
    if (!waves || !base) return;
    let headClusters = new Map(context.head.fleet.clusters.map((c3) => [c3.name, c3])), earlierRuns = /* @__PURE__ */ new Map(), runsBefore = (component, rank) => {
      let id = `${rank}\0${component}`, found = earlierRuns.get(id);
      if (found) return found;
      let earlier = new Set(waves.slice(0, rank));
      found = { runs: [], counts: /* @__PURE__ */ new Map() };
      for (let cluster of base.fleet.clusters) {
        if (cluster.wave === void 0 || !earlier.has(cluster.wave)) continue;
        let state = cluster.components[component];
        if (state === void 0) continue;
        let key2 = runKey(state);
        found.runs.push({ key: key2, text: `${cluster.name} (${cluster.wave}) runs ${describeState(state)}` }), found.counts.set(key2, (found.counts.get(key2) ?? 0) + 1);
      }
      return earlierRuns.set(id, found), found;
    };
    for (let change2 of context.changes) {
      if (change2.member || !change2.toState) continue;
      let cluster = headClusters.get(change2.cluster), wave = cluster?.wave, rank = wave === void 0 ? -1 : waves.indexOf(wave);
      if (!cluster || rank <= 0) continue;
      let { runs, counts } = runsBefore(change2.component, rank), target = runKey(change2.toState), behindCount = runs.length - (counts.get(target) ?? 0);
      if (behindCount === 0) continue;
      let behind = [];
      for (let run2 of runs) {
        if (behind.length === 5) break;
        run2.key !== target && behind.push(run2.text);
      }
      context.report({
        path: ["clusters", cluster.index, "components", change2.component],
        atKey: !0,
        cluster: change2.cluster,
        component: change2.component,
        message: `${change2.cluster} (${wave}) moves ${change2.component} to ${change2.to}, which the earlier waves do not run yet: ${behind.join("; ")}${behindCount > 5 ? `; and ${behindCount - 5} more` : ""}. Roll it out there first, then promote.`
      });
    }
  }
};
function runKey(state) {
  return JSON.stringify([state.version, state.channel, state.revision]);
}

// src/rules/order-requires.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var orderRequires = {
  id: "order/requires",
  description: "A component's target needs a version of another component that the cluster will not have.",
  severity: "error",
  check(context) {
    for (let at2 of context.states(context.head.fleet)) {
      let requirements = context.component(at2.component)?.requires;
      if (!requirements) continue;
      let scheme = context.scheme(at2.component), version = context.versionOf(at2.component, at2.state);
      if (!(!scheme || version === void 0)) {
        for (let requirement of requirements)
          if (scheme.matches(version, requirement.version))
            for (let [other, allowed] of Object.entries(requirement.needs)) {
              let otherScheme = context.scheme(other);
              if (!otherScheme) continue;
              let members2 = at2.member ? [at2.member] : at2.cluster.members, offending = /* @__PURE__ */ new Map();
              for (let member of members2) {
                let otherState = memberState(at2.cluster, member, other), otherVersion = context.versionOf(other, otherState);
                if (otherState && otherVersion === void 0 || otherVersion !== void 0 && allowed.some((pattern) => otherScheme.matches(otherVersion, pattern)))
                  continue;
                let shown = otherState ? describeState(otherState) : "nothing";
                offending.set(shown, [...offending.get(shown) ?? [], member.name]);
              }
              if (offending.size === 0) continue;
              let runs = [...offending.entries()].map(
                ([shown, names]) => names.length === members2.length ? shown : `${shown} on ${names.join(", ")}`
              ).join("; ");
              context.report({
                path: at2.path,
                atKey: !0,
                cluster: at2.cluster.name,
                component: at2.component,
                ...at2.member ? { member: at2.member.name } : {},
                message: `${at2.component} ${version} needs ${other} ${allowed.join(" or ")}, but cluster ${at2.cluster.name} will run ${runs}. Move ${other} to ${allowed.join(" or ")} in the same change or before it (${other} upgrades first).`
              });
            }
      }
    }
  }
};

// src/rules/pins-conflict.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var pinsConflict = {
  id: "pins/conflict",
  description: "Two clusters behind the same proxy pin one snap channel to different revisions.",
  severity: "error",
  check(context) {
    let pins = /* @__PURE__ */ new Map();
    for (let at2 of context.states(context.head.fleet)) {
      let { channel, revision } = at2.state;
      if (at2.cluster.proxy === void 0 || channel === void 0 || revision === void 0) continue;
      let key2 = `${at2.cluster.proxy}\0${at2.component}\0${channel}`, revisions = pins.get(key2);
      revisions || (revisions = /* @__PURE__ */ new Map(), pins.set(key2, revisions));
      let list = revisions.get(revision) ?? [];
      list.push(at2), revisions.set(revision, list);
    }
    for (let revisions of pins.values()) {
      if (revisions.size < 2) continue;
      let [first, ...rest] = [...revisions.entries()];
      if (!first) continue;
      let [firstRevision, firstPlaces] = first, firstPlace = firstPlaces[0];
      for (let [revision, places] of rest)
        for (let at2 of places) {
          let where = at2.member ? `${at2.cluster.name}/${at2.member.name}` : at2.cluster.name, other = firstPlace.member ? `${firstPlace.cluster.name}/${firstPlace.member.name}` : firstPlace.cluster.name;
          context.report({
            path: [...at2.path, "revision"],
            cluster: at2.cluster.name,
            component: at2.component,
            ...at2.member ? { member: at2.member.name } : {},
            message: `${where} pins ${at2.component} ${at2.state.channel} to revision ${revision}, but ${other} behind the same proxy ${at2.cluster.proxy} pins it to ${firstRevision}; a proxy override serves one revision per channel. Pin both to the same revision, or serve them from different proxies.`
          });
        }
    }
  }
};

// src/rules/policy-changed.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var policyChanged = {
  id: "policy/changed",
  description: "The change edits a policy pack or the manifest's `policy` (the check always judges by the base's packs).",
  severity: "warning",
  check(context) {
    let judge = context.policy.file;
    for (let change2 of context.policyChanges)
      context.report({
        path: [],
        at: { file: change2.file, line: change2.line ?? 1, column: 1 },
        message: `This change ${change2.what === "edited" ? "edits" : change2.what === "added" ? "adds" : change2.what === "removed" ? "removes" : "renames"} the policy pack ${change2.file}. It is judged by the base's packs (${judge}), so a pack change cannot let itself pass; it takes effect once merged, and needs a reviewer who owns the policy.`
      });
    let base = context.base;
    base && base.fleet.policy !== context.head.fleet.policy && context.report({
      path: ["policy"],
      message: `The manifest's policy moves from ${base.fleet.policy} to ${context.head.fleet.policy}. This change is judged by ${base.fleet.policy}, the base's pack; the new one applies from the next change on.`
    });
  }
};

// src/rules/schema.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var schema = {
  id: "schema",
  description: "The manifest or a pack breaks its schema, names an unknown component, or writes a version its scheme cannot read.",
  severity: "error"
};

// src/rules/skew-components.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var skewComponents = {
  id: "skew/components",
  description: "Two components of one cluster are further apart than the pack allows.",
  severity: "error",
  check(context) {
    for (let [name, policy2] of Object.entries(context.policy.pack.components))
      for (let skew of policy2.skew ?? []) {
        let scheme = context.scheme(name);
        if (scheme)
          for (let cluster of context.head.fleet.clusters) {
            let seen = /* @__PURE__ */ new Set();
            for (let member of cluster.members) {
              let version = context.versionOf(name, memberState(cluster, member, name)), of = context.versionOf(skew.of, memberState(cluster, member, skew.of));
              if (version === void 0 || of === void 0) continue;
              let key2 = `${version}|${of}`;
              if (seen.has(key2)) continue;
              seen.add(key2);
              let order = scheme.compare(version, of), steps = scheme.family(version) === scheme.family(of) ? scheme.distance(version, of) : Number.POSITIVE_INFINITY, tooNew = order > 0 && steps > skew.newer, tooOld = order < 0 && steps > skew.older;
              if (!tooNew && !tooOld) continue;
              let bound = skew.newer === 0 ? `never newer than ${skew.of}` : `at most ${skew.newer} newer than ${skew.of}`, lag = `at most ${skew.older} older`, overridden = member.overrides?.[name] ? member : void 0;
              context.report({
                path: overridden ? ["clusters", cluster.index, "members", member.index, "components", name] : ["clusters", cluster.index, "components", name],
                atKey: !0,
                cluster: cluster.name,
                component: name,
                ...overridden ? { member: member.name } : {},
                message: `${name} ${version} is ${tooNew ? "newer" : "older"} than ${skew.of} ${of} by ${Number.isFinite(steps) ? steps : "a major version"} in ${cluster.name}; ${name} must be ${bound} and ${lag}. ${tooNew ? `Upgrade ${skew.of} first.` : `Upgrade ${name} too.`}`
              });
            }
          }
      }
  }
};

// src/rules/skew-downgrade.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var skewDowngrade = {
  id: "skew/downgrade",
  description: "Head is older than base: an older version, or a lower revision on the same channel.",
  severity: "error",
  check(context) {
    for (let { change: change2, from, to: to2 } of versionMoves(context)) {
      let scheme = context.scheme(change2.component);
      if (!scheme) continue;
      let order = scheme.compare(from, to2), older = order > 0, olderRevision = order === 0 && change2.fromState?.channel !== void 0 && change2.fromState.channel === change2.toState?.channel && (change2.toState?.revision ?? 0) < (change2.fromState.revision ?? 0);
      if (!older && !olderRevision) continue;
      let what = older ? `${from} -> ${to2}` : `${change2.from} -> ${change2.to}`;
      context.report({
        path: changePath(context, change2),
        atKey: !0,
        ...changeSubject(change2),
        message: `${change2.component} goes back from ${what} in ${change2.member ?? change2.cluster}; in-place downgrades are not supported. To go back, restore from the backup taken before the upgrade, or revert this change.`
      });
    }
  }
};

// src/rules/skew-jump.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/policy/upgrade-path.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function tooFarToChain(scheme, from, to2) {
  return scheme.family(from) === scheme.family(to2) && scheme.distance(from, to2) > 256;
}
function jumpLimit(scheme, jump, from, to2) {
  let found;
  for (let limit of jump.limits ?? [])
    limit.from !== void 0 && !scheme.matches(from, limit.from) || limit.to !== void 0 && !scheme.matches(to2, limit.to) || (!found || limit.max < found.max) && (found = limit);
  return found;
}
function jumpProblem(scheme, jump, from, to2) {
  let order = scheme.compare(from, to2);
  if (order > 0) return "downgrade";
  if (order === 0) return null;
  if (scheme.family(from) !== scheme.family(to2)) return jump.major === "forbid" ? "major" : null;
  let limit = jumpLimit(scheme, jump, from, to2);
  if (scheme.distance(from, to2) <= Math.min(jump.max, limit?.max ?? jump.max)) return null;
  if (!limit && jump.skip && !tooFarToChain(scheme, from, to2) && scheme.hasTag(from, jump.skip) && scheme.hasTag(to2, jump.skip)) {
    let nextTagged = scheme.between(from, to2).find((v2) => scheme.hasTag(v2, jump.skip));
    if (nextTagged !== void 0 && scheme.compare(nextTagged, to2) === 0) return null;
  }
  return "jump";
}
function findUpgradePath(scheme, jump, from, to2) {
  if (scheme.compare(from, to2) >= 0) return scheme.compare(from, to2) === 0 ? [from] : null;
  if (tooFarToChain(scheme, from, to2)) return null;
  let stops = [from, ...scheme.between(from, to2)];
  if (stops.length > 257) return null;
  let previous = /* @__PURE__ */ new Map(), queue = [0], seen = /* @__PURE__ */ new Set([0]);
  for (; queue.length > 0; ) {
    let at2 = queue.shift();
    for (let next = stops.length - 1; next > at2; next--)
      if (!seen.has(next) && jumpProblem(scheme, jump, stops[at2], stops[next]) === null) {
        if (seen.add(next), previous.set(next, at2), next === stops.length - 1) {
          let path8 = [next];
          for (; path8[0] !== 0; ) path8.unshift(previous.get(path8[0]));
          return path8.map((i) => stops[i]);
        }
        queue.push(next);
      }
  }
  return null;
}
function noPathReason(scheme, jump, from, to2) {
  return jumpLimit(scheme, jump, from, to2)?.max === 0 ? "closed" : tooFarToChain(scheme, from, to2) ? "too-far" : "no-chain";
}
function describeLimit(limit, unit) {
  let where = [
    ...limit.from !== void 0 ? [`from ${limit.from}`] : [],
    ...limit.to !== void 0 ? [`to ${limit.to}`] : []
  ].join(" ");
  return `${limit.max === 0 ? "no upgrade" : `${limit.max} ${unit}${limit.max === 1 ? "" : "s"} at a time`}${where ? ` ${where}` : ""} ("${limit.note}")`;
}
function describeJump(jump, unit) {
  let steps = `${jump.max} ${unit}${jump.max === 1 ? "" : "s"}`;
  return jump.skip ? `${steps} at a time, or from one ${jump.skip} version to the next` : `${steps} at a time`;
}

// src/rules/skew-jump.ts
var UNITS = { semver: "minor version", tracks: "track", calver: "release" }, NO_PATH = {
  closed: () => "No chain of upgrades leaves it; see the vendor's notes for how to move off it.",
  "too-far": (unit) => `That is more than ${256} ${unit}s away, too far for rollgate to chain steps to; check the version, and see the vendor's upgrade notes.`,
  "no-chain": () => "No chain of allowed steps leads there with the versions the pack knows; see the vendor's upgrade notes."
}, skewJump = {
  id: "skew/jump",
  description: "Base to head jumps further than the pack allows; the message names the largest step and a path that passes.",
  severity: "error",
  check(context) {
    for (let { change: change2, from, to: to2 } of versionMoves(context)) {
      let policy2 = context.component(change2.component), scheme = context.scheme(change2.component);
      if (!policy2?.jump || !scheme || jumpProblem(scheme, policy2.jump, from, to2) !== "jump") continue;
      let unit = UNITS[policy2.versioning.scheme], distance = scheme.distance(from, to2), limit = jumpLimit(scheme, policy2.jump, from, to2), allows = limit ? describeLimit(limit, unit) : describeJump(policy2.jump, unit), path8 = findUpgradePath(scheme, policy2.jump, from, to2), via = path8 ? `Upgrade in steps instead: ${path8.join(" -> ")}, one change for each.` : NO_PATH[noPathReason(scheme, policy2.jump, from, to2)](unit);
      context.report({
        path: changePath(context, change2),
        atKey: !0,
        ...changeSubject(change2),
        message: `${change2.component} ${from} -> ${to2} in ${change2.member ?? change2.cluster} jumps ${distance} ${unit}${distance === 1 ? "" : "s"}; ${context.policy.pack.name} allows ${allows}. ${via}`
      });
    }
  }
};

// src/rules/skew-major.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var skewMajor = {
  id: "skew/major",
  description: "The major version or track family changes where the pack forbids in-place major upgrades.",
  severity: "error",
  check(context) {
    for (let { change: change2, from, to: to2 } of versionMoves(context)) {
      let policy2 = context.component(change2.component), scheme = context.scheme(change2.component);
      policy2?.jump?.major !== "forbid" || !scheme || scheme.family(from) !== scheme.family(to2) && context.report({
        path: changePath(context, change2),
        atKey: !0,
        ...changeSubject(change2),
        message: `${change2.component} ${from} -> ${to2} in ${change2.member ?? change2.cluster} changes the major version (${scheme.family(from)} to ${scheme.family(to2)}); ${context.policy.pack.name} supports no in-place major upgrade. Stay on ${scheme.family(from)}.x, or migrate out of place.`
      });
    }
  }
};

// src/rules/skew-members.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var skewMembers = {
  id: "skew/members",
  description: "Members of one cluster would run different versions or revisions.",
  severity: "error",
  check(context) {
    for (let cluster of context.head.fleet.clusters) {
      let overriding = cluster.members.filter((m2) => m2.overrides);
      if (overriding.length !== 0)
        for (let member of overriding)
          for (let component of Object.keys(member.overrides ?? {})) {
            let shared = cluster.components[component], own = memberState(cluster, member, component);
            if (sameRun(shared, own)) continue;
            let others = cluster.members.filter(
              (m2) => m2 !== member && sameRun(memberState(cluster, m2, component), shared)
            ), rest = shared ? others.length > 0 ? `the rest of ${cluster.name} runs ${describeState(shared)}` : `the cluster declares ${describeState(shared)}` : "the other members run none";
            context.report({
              path: ["clusters", cluster.index, "members", member.index, "components", component],
              atKey: !0,
              cluster: cluster.name,
              component,
              member: member.name,
              message: `${member.name} would run ${component} ${describeState(own)} while ${rest}; members of a cluster must run the same version and revision (a mismatched member is blocked or cannot change the cluster). Move ${member.name} with the others, or drop its override.`
            });
          }
    }
  }
};

// src/rules/yaml-syntax.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var yamlSyntax = {
  id: "yaml/syntax",
  description: "The file does not parse as YAML 1.2, has a duplicate key, or passes the size, depth or alias limits.",
  severity: "error"
};

// src/rules/index.ts
var RULES = [
  yamlSyntax,
  schema,
  orderRequires,
  orderPromotion,
  skewJump,
  skewDowngrade,
  skewMajor,
  skewMembers,
  skewComponents,
  channelRisk,
  channelEol,
  channelBlocked,
  holdRequired,
  holdFreeze,
  cohortRequired,
  pinsConflict,
  policyChanged
];

// src/check.ts
async function check(input) {
  let head = loadManifest(input.head.text, input.head.file), base = input.base ? loadManifest(input.base.text, input.base.file, head.source ? { known: head.source } : {}) : void 0, findings = [...head.findings];
  if (!head.fleet || !head.source || head.findings.length > 0)
    return finish({ findings, changes: [], head, ...base ? { base } : {} });
  let baseUsable = base?.fleet && base.source && base.findings.length === 0;
  if (base && !baseUsable) {
    let first = base.findings[0];
    findings.push({
      rule: "schema",
      severity: "warning",
      message: `The base manifest ${base.file} could not be read${first ? ` (line ${first.line}: ${first.message})` : ""}; the rules that compare base and head were skipped.`,
      file: head.file,
      line: 1,
      column: 1
    });
  }
  let judgedHead = { fleet: head.fleet, source: head.source }, judgedBase = baseUsable ? { fleet: base.fleet, source: base.source } : void 0, policyName = judgedBase?.fleet.policy ?? head.fleet.policy, packFile = await input.resolvePack(
    policyName,
    judgedBase ? base.file : head.file
  );
  if (!packFile) {
    let { line, column } = positionOf(head.source, ["policy"]), known = input.knownPacks?.length ? ` The packs there are: ${input.knownPacks.join(", ")}.` : "";
    return findings.push({
      rule: "schema",
      severity: "error",
      message: /\.ya?ml$/.test(policyName) ? `The manifest's policy \`${policyName}\` names no pack file: a pack path is relative to the manifest and must stay inside the directory rollgate runs in.` : `The manifest's policy \`${policyName}\` names no pack in the policies directory or among rollgate's built-in packs.${known}`,
      file: head.file,
      line,
      column
    }), finish({ findings, changes: [], head, ...base ? { base } : {} });
  }
  let loaded = loadPack(packFile.text, packFile.file);
  if (!loaded.policy) {
    let first = loaded.findings[0];
    throw new RollgateError(
      `The policy pack ${packFile.file} is broken${first ? ` at line ${first.line}, column ${first.column}: ${printable(first.message)}` : "."}`
    );
  }
  let policy2 = loaded.policy;
  for (let change2 of input.policyChanges ?? [])
    change2.text !== void 0 && findings.push(...loadPack(change2.text, change2.file).findings);
  findings.push(...checkAgainstPack(judgedHead, policy2));
  let changes = judgedBase ? diffFleets(judgedBase.fleet, judgedHead.fleet) : [];
  return findings.push(...runRules(judgedHead, judgedBase, policy2, changes, input.policyChanges ?? [], input.now)), finish({ findings, changes, head, ...base ? { base } : {}, policy: policy2 });
}
function finish(result) {
  result.findings.sort(compareFindings);
  let errors = 0, warnings = 0;
  for (let finding of result.findings)
    finding.message = printable(finding.message), finding.severity === "error" ? errors++ : warnings++;
  return { ok: errors === 0, summary: { errors, warnings }, ...result };
}
function printable(text) {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to write as escapes.
    /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c3) => `\\u${c3.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function comparableVersion(policy2, component, state) {
  if (!state) return;
  let spec = Object.hasOwn(policy2.pack.components, component) ? policy2.pack.components[component] : void 0;
  if (!spec) return;
  let raw = spec.versioning.source === "track" ? state.channel?.split("/")[0] : state.version;
  if (raw !== void 0)
    return policy2.schemes.get(component)?.isValid(raw) ? raw : void 0;
}
function* statesOf(fleet2) {
  for (let cluster of fleet2.clusters) {
    for (let [component, state] of Object.entries(cluster.components))
      yield { cluster, component, state, path: manifestPaths.component(cluster, component) };
    for (let member of cluster.members)
      if (member.overrides)
        for (let [component, own] of Object.entries(member.overrides)) {
          let shared = cluster.components[component];
          yield {
            cluster,
            member,
            component,
            state: shared ? { ...shared, ...own } : own,
            path: manifestPaths.memberComponent(cluster, member, component)
          };
        }
  }
}
function checkAgainstPack(head, policy2) {
  let findings = [], pack = policy2.pack, report = (path8, message, subject) => {
    let { line, column } = keyPositionOf(head.source, path8);
    findings.push({
      rule: "schema",
      severity: "error",
      message,
      file: head.source.file,
      line,
      column,
      ...subject
    });
  };
  for (let cluster of head.fleet.clusters) {
    let size = cluster.members.length;
    if (pack.members?.min !== void 0 && size < pack.members.min || pack.members?.max !== void 0 && size > pack.members.max) {
      let range = pack.members.min === pack.members.max ? `exactly ${pack.members.min}` : `${pack.members.min ?? 1} to ${pack.members.max ?? "any number of"}`;
      report(
        [...manifestPaths.cluster(cluster), "members"],
        `Cluster ${cluster.name} has ${size} member${size === 1 ? "" : "s"}; a ${pack.name} cluster has ${range}.`,
        { cluster: cluster.name }
      );
    }
  }
  for (let at2 of statesOf(head.fleet)) {
    let subject = {
      cluster: at2.cluster.name,
      component: at2.component,
      ...at2.member ? { member: at2.member.name } : {}
    }, spec = Object.hasOwn(pack.components, at2.component) ? pack.components[at2.component] : void 0;
    if (!spec) {
      report(
        at2.path,
        `${at2.component} is not a component of the ${pack.name} pack, which knows ${pack.order.join(", ")}.`,
        subject
      );
      continue;
    }
    let source = spec.versioning.source, raw = source === "track" ? at2.state.channel?.split("/")[0] : at2.state.version;
    if (raw === void 0) {
      report(
        at2.path,
        `${at2.component} needs ${source === "track" ? "a `channel` (track/risk)" : "a `version`"} for the ${pack.name} pack to compare its versions.`,
        subject
      );
      continue;
    }
    if (!policy2.schemes.get(at2.component)?.isValid(raw)) {
      let known = spec.versioning.scheme === "tracks" ? ` It knows ${(spec.versioning.versions ?? []).join(", ")}.` : "";
      report(
        at2.path,
        `${at2.component} ${source === "track" ? "track" : "version"} ${raw} is not one the ${pack.name} pack can read (${spec.versioning.scheme}).${known}`,
        subject
      );
    }
  }
  return findings;
}
function diffFleets(base, head) {
  let changes = [], baseClusters = new Map(base.clusters.map((c3) => [c3.name, c3]));
  for (let cluster of head.clusters) {
    let before = baseClusters.get(cluster.name), names = /* @__PURE__ */ new Set([...Object.keys(before?.components ?? {}), ...Object.keys(cluster.components)]);
    for (let component of names) {
      let fromState = before?.components[component], toState = cluster.components[component];
      sameRun(fromState, toState) || changes.push(change(cluster.name, component, void 0, fromState, toState));
    }
    let baseOverriding = new Map(
      (before?.members ?? []).filter((m2) => m2.overrides).map((m2) => [m2.name, m2])
    );
    for (let member of cluster.members) {
      let beforeMember = baseOverriding.get(member.name);
      if (!member.overrides && !beforeMember) continue;
      let overridden = /* @__PURE__ */ new Set([
        ...Object.keys(member.overrides ?? {}),
        ...Object.keys(beforeMember?.overrides ?? {})
      ]);
      for (let component of overridden) {
        let fromState = before ? merged(before, beforeMember?.overrides?.[component], component) : void 0, toState = merged(cluster, member.overrides?.[component], component), clusterFrom = before?.components[component], clusterTo = cluster.components[component];
        sameRun(fromState, toState) || sameRun(fromState, clusterFrom) && sameRun(toState, clusterTo) || changes.push(change(cluster.name, component, member.name, fromState, toState));
      }
    }
  }
  return changes;
}
function merged(cluster, own, component) {
  let shared = cluster.components[component];
  return own ? shared ? { ...shared, ...own } : own : shared;
}
function change(cluster, component, member, fromState, toState) {
  return {
    cluster,
    component,
    ...member ? { member } : {},
    from: fromState ? describeState(fromState) : null,
    to: toState ? describeState(toState) : null,
    ...fromState ? { fromState } : {},
    ...toState ? { toState } : {}
  };
}
function runRules(head, base, policy2, changes, policyChanges, now) {
  let findings = [], baseClusters = new Map(base?.fleet.clusters.map((c3) => [c3.name, c3]) ?? []);
  for (let rule of RULES) {
    if (!rule.check) continue;
    let configured = (component) => (component && Object.hasOwn(policy2.pack.components, component) ? policy2.pack.components[component]?.rules?.[rule.id] : void 0) ?? policy2.pack.rules?.[rule.id] ?? rule.severity, context = {
      head,
      ...base ? { base } : {},
      policy: policy2,
      now,
      changes,
      policyChanges,
      baseCluster: (name) => baseClusters.get(name),
      component: (name) => Object.hasOwn(policy2.pack.components, name) ? policy2.pack.components[name] : void 0,
      scheme: (name) => policy2.schemes.get(name),
      versionOf: (component, state) => comparableVersion(policy2, component, state),
      states: statesOf,
      report(finding) {
        let setting = configured(finding.component);
        if (setting === "off") return;
        let severity = finding.soften ? "warning" : setting, position = finding.at ?? {
          file: head.source.file,
          ...finding.atKey ? keyPositionOf(head.source, finding.path) : positionOf(head.source, finding.path)
        };
        findings.push({
          rule: rule.id,
          severity,
          message: finding.message,
          file: position.file,
          line: position.line,
          column: position.column,
          ...finding.cluster !== void 0 ? { cluster: finding.cluster } : {},
          ...finding.component !== void 0 ? { component: finding.component } : {},
          ...finding.member !== void 0 ? { member: finding.member } : {}
        });
      }
    };
    rule.check(context);
  }
  return findings;
}

// src/edit/guard.ts
var key = (f3) => [f3.rule, f3.cluster ?? "", f3.component ?? "", f3.member ?? "", f3.message].join("\0");
async function judgeEdit(input) {
  let common = {
    resolvePack: input.resolvePack,
    now: input.now,
    ...input.knownPacks ? { knownPacks: input.knownPacks } : {}
  }, base = input.base === null ? {} : { base: { file: input.file, text: input.base ?? input.original } }, before = await check({ head: { file: input.file, text: input.original }, ...base, ...common }), after = await check({ head: { file: input.file, text: input.edited }, ...base, ...common }), known = new Set(before.findings.filter((f3) => f3.severity === "error").map(key)), errors = after.findings.filter((f3) => f3.severity === "error");
  return {
    introduced: errors.filter((f3) => !known.has(key(f3))),
    preexisting: errors.filter((f3) => known.has(key(f3))),
    warnings: after.findings.filter((f3) => f3.severity === "warning")
  };
}

// src/git/repository.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import path from "node:path";

// node_modules/simple-git/dist/index.mjs
init_define_ROLLGATE_BUILTIN_PACKS();

// node_modules/@simple-git/args-pathspec/dist/index.mjs
init_define_ROLLGATE_BUILTIN_PACKS();
var t = /* @__PURE__ */ new WeakMap();
function c(...n) {
  let e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}

// node_modules/simple-git/dist/index.mjs
var import_file_exists = __toESM(require_dist2(), 1), import_debug = __toESM(require_src(), 1), import_promise_deferred = __toESM(require_dist3(), 1);
import { spawn as ve } from "node:child_process";
import { normalize as Se } from "node:path";

// node_modules/@simple-git/argv-parser/dist/index.mjs
init_define_ROLLGATE_BUILTIN_PACKS();
function* x(e, n) {
  let t2 = n === "global";
  for (let o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
var P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]), S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]), E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]), F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (let { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(!0, n);
    if (S.has(o2))
      return w(!1, n);
  }
  let t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(!0, n.slice(1)) : F.has(t2) ? w(!1, n.slice(1)) : n.length === 1 ? w(!1, n) : w(!0, n);
}
function w(e = !1, n = []) {
  let t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  let n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (let { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (let n of e) {
    let t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  let o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  let o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", !0]
    //  -c <k=v>    set config key for this invocation
  ])
}, I = {
  short: new Map([
    ["C", !0],
    //  -C <path>   change working directory
    ["P", !1],
    // -P          no pager (alias for --no-pager)
    ["h", !1],
    // -h          help
    ["p", !1],
    // -p          paginate
    ["v", !1],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
}, R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", !0],
      // -b <branch>
      ["j", !0],
      // -j <n>          parallel jobs
      ["l", !1],
      // -l local
      ["n", !1],
      // -n no-checkout
      ["o", !0],
      // -o <name>       remote name
      ["q", !1],
      // -q quiet
      ["s", !1],
      // -s shared
      ["u", !0]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", !0],
      // -C <commit>  reuse message
      ["F", !0],
      // -F <file>    read message from file
      ["c", !0],
      // -c <commit>  reedit message
      ["m", !0],
      // -m <msg>
      ["t", !0]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", !1],
      // -e  open editor
      ["f", !0],
      //  -f <file>
      ["l", !1]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", !0],
      // -X <option>   strategy option
      ["f", !1],
      // -f force-rebase
      ["i", !1],
      // -i interactive
      ["k", !1],
      // -k keep-base
      ["m", !1],
      // -m merge
      ["n", !1],
      // -n no-stat
      ["q", !1],
      // -q quiet
      ["r", !1],
      // -r rebase-merges
      ["s", !0],
      // -s <strategy>
      ["v", !1],
      // -v verbose
      ["x", !0]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
}, T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  let n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    let t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: !1 }];
    let o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    let t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === !0 }];
  }
  return j(e, n.short);
}
function j(e, n) {
  let t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    let s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: !1 }];
    if (r2) {
      let i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: !1 }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    let o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    let a = b(o2), s = t2 + 1;
    for (let r2 of a) {
      let i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: !1,
        isGlobal: !0
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = !0, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  let o2 = B(n), a = [], s = [], r2 = 0;
  for (; r2 < e.length; ) {
    let i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    let p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        let g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    let m2 = b(p2, o2), u2 = r2 + 1;
    for (let d2 of m2) {
      let g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: !1,
        isGlobal: !1
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = !0, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (let n of e)
    for (let t2 of K) {
      let o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  let o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  let t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (let t2 of n)
    for (let o2 of X) {
      let a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = !1, withValue: s = !1 } = {}) {
  let r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
var h = { globalOnly: !0, withValue: !0 }, X = [
  c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c2("clone", /^-\w*u/, "allowUnsafePack"),
  c2("clone", "--u", "allowUnsafePack"),
  c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c2(null, "--template", "allowUnsafeTemplateDir"),
  c2(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  let { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  let n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    let o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (let n of Object.keys(e))
    if (_(n)) {
      let t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  let n = {};
  for (let [t2, o2] of Object.entries(e)) {
    let a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  let n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

// node_modules/simple-git/dist/index.mjs
import { EventEmitter as Ce } from "node:events";
var O2 = class extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
}, Ae = class extends O2 {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
}, A2 = class extends O2 {
  constructor(e, n, r2) {
    super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
}, at = class extends O2 {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
}, xe = class extends O2 {
  constructor(e) {
    super(void 0, e);
  }
}, I2 = "\0", W2 = () => {
};
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  let n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = !0, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    let o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, !0).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    let n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
var ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  let n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  let n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  let n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== !1)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
var K2 = (t2) => Array.isArray(t2);
function st(t2, e) {
  let n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
var m = (t2) => typeof t2 == "string" || r(t2), Be = (t2) => m(t2) || Buffer.isBuffer(t2), G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
var Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? !1 : typeof t2.length == "number", V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {}), z2 = class _z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
};
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
var l2 = class {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== !1 : !1), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r2) {
    let s = r2 && e.exec(r2);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
}, x2 = class extends l2 {
  addMatch(e, n, r2) {
    return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
}, Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: !1
};
function Ge(...t2) {
  let e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === !0, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    let s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (let o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = !1) {
  let r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  let e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  let e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = !0) {
  let n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = !0) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      let c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
var mt = ({ exitCode: t2 }, e, n, r2) => {
  if (t2 === V2.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r2(e);
}, Ut = (t2) => t2.trim() === "true";
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
var Xe = class {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
}, Ye = /^[a-z]+\s*/i, Qe = /^[a-z]+\s+[a-z]+\s*/i, Je = /\/$/;
function Ze(t2, e) {
  let n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    let o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
var Ft = [];
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = !1) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
var nn = "Git clean interactive mode is not supported", rn = 'Git clean mode parameter ("n" or "f") is required', sn = "Git clean unknown option found in: ", zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {}), qt = /* @__PURE__ */ new Set([
  "i",
  ...L2(Object.values(zt))
]);
function on(t2, e) {
  let { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: !1, options: !0 };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = !0) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
var mn = class {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      let n = N2(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r2) {
    let s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
  }
};
function pn(t2) {
  let e = new mn();
  for (let n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null, r2 = [], s = /* @__PURE__ */ new Map();
  for (let o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  let n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    let o2 = gn(n[r2++]), i = n[r2++], a = e;
    if (i.includes(`
`)) {
      let c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  let s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  let n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  let e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === !0,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {}), kn = new Set(Object.values(Kt));
function _n(t2) {
  return kn.has(t2);
}
var _t, vn = ["-h"], j2 = /* @__PURE__ */ Symbol("grepQuery"), En = class {
  constructor() {
    this[_t] = [];
  }
  *[(_t = j2, Symbol.iterator)]() {
    for (let e of this[j2])
      yield e;
  }
  and(...e) {
    return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[j2].push(...U(e, "-e")), this;
  }
};
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  let e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    let [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      let e = u(arguments), n = h2(arguments);
      for (let s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      let r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {}), Cn = L2(Object.values(Vt));
function An(t2, e) {
  let n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  let r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  let s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    let T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
var M2 = class M3 {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    let n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
    return {
      task: e,
      logger: r2,
      name: n
    };
  }
  push(e) {
    let n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (let [n, { logger: r2 }] of Array.from(this._queue.entries()))
      n === e.task ? (r2.info("Failed %o", e), r2(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r2.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    let n = this.withProgress(e);
    if (!n)
      throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M3.counter}`;
  }
};
M2.counter = 0;
var ot = M2, Pn = class {
  constructor(e, n, r2) {
    this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    let n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
    try {
      let { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r2(), n();
    }
  }
  onFatalException(e, n) {
    let r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
  }
  async attemptRemoteTask(e, n) {
    let r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o2 = await this.gitResponse(
      e,
      r2,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r2, s) {
    let { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
    return new Promise((y2, w2) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o2);
      let { error: T2 } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r2
        }
      );
      if (T2 && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r2,
          T2,
          (k2) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
              new z2(
                Array.isArray(k2) ? Buffer.concat(k2) : k2,
                Buffer.concat(c3)
              )
            );
          },
          w2
        );
      if (T2)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o2,
          c3.length,
          i
        ), w2(T2);
      s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
    });
  }
  async gitResponse(e, n, r2, s, o2) {
    let i = o2.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: !0
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c3) => {
      let y2 = [], w2 = [];
      o2.info("%s %o", n, r2), o2("%O", a);
      let T2 = this._beforeSpawn(e, r2);
      if (T2)
        return c3({
          stdOut: y2,
          stdErr: w2,
          exitCode: 9901,
          rejection: T2
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r2),
        kill(C2) {
          T2 = C2 || T2;
        }
      });
      let k2 = ve(n, r2, a);
      k2.stdout.on(
        "data",
        Et(y2, "stdOut", o2, i.step("stdOut"))
      ), k2.stderr.on(
        "data",
        Et(w2, "stdErr", o2, i.step("stdErr"))
      ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r2),
        spawned: k2,
        close(C2, Te) {
          c3({
            stdOut: y2,
            stdErr: w2,
            exitCode: C2,
            rejection: T2 || Te
          });
        },
        kill(C2) {
          k2.killed || (T2 = C2, k2.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r2;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r2 = s || r2;
      }
    }), r2;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
};
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
var Dn = class {
  constructor(e, n, r2) {
    this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
};
function Ln(t2, e, n = W2) {
  let r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  let e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
var Yt = (t2, e, n) => {
  let r2 = ["clone", ...n];
  return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
}, Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
var Un = [
  new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
    t2.branch = e, t2.commit = r2, t2.root = !!n;
  }),
  new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
    let n = e.split("<"), r2 = n.pop();
    !r2 || !r2.includes("@") || (t2.author = {
      email: r2.substr(0, r2.length - 1),
      name: n.join("<").trim()
    });
  }),
  new l2(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
    }
  ),
  new l2(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0;
      let s = parseInt(n, 10) || 0;
      r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
    }
  )
];
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: !1,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      let r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, !0)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
var Wn = new l2(
  /([a-z-]+): (\d+)$/,
  (t2, [e, n]) => {
    let r2 = jt(e);
    Object.hasOwn(t2, r2) && (t2[r2] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], !0),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  let n = ["hash-object", t2];
  return e && n.push("-w"), g(n, !0);
}
var J2 = class {
  constructor(e, n, r2, s) {
    this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
  }
}, Xn = /^Init.+ repository in (.+)$/, Yn = /^Rein.+ in (.+)$/;
function Qn(t2, e, n) {
  let r2 = String(n).trim(), s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, !1, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, !0, s[1]);
  let o2 = "", i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
var Qt = "--bare";
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = !1, e, n) {
  let r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          let r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
var R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {}), Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    let n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
var rr = class {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
}, Ot = [
  new l2(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t2, [e, n, r2 = ""]) => {
      t2.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r2.replace(/[^+]/g, "").length,
        deletions: r2.replace(/[^-]/g, "").length,
        binary: !1
      });
    }
  ),
  new l2(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t2, [e, n, r2]) => {
      t2.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r2),
        binary: !0
      });
    }
  ),
  new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
    t2.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: !0
    });
  }),
  new l2(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t2, [e, n]) => {
      let r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
    }
  )
], sr = [
  new l2(
    /(\d+)\t(\d+)\t(.+)$/,
    (t2, [e, n, r2]) => {
      let s = p(e), o2 = p(n);
      t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
        file: r2,
        changes: s + o2,
        insertions: s,
        deletions: o2,
        binary: !1
      });
    }
  ),
  new l2(/-\t-\t(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: !0
    });
  })
], or = [
  new l2(/(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: !1
    });
  })
], ir = [
  new l2(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t2, [e, n, r2, s, o2]) => {
      t2.changed++, t2.files.push({
        file: o2 ?? r2,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: !1,
        status: bt(_n(e) && e),
        from: bt(!!o2 && r2 !== o2 && r2),
        similarity: p(n)
      });
    }
  )
], ar = {
  [R2.NONE]: Ot,
  [R2.STAT]: Ot,
  [R2.NUM_STAT]: sr,
  [R2.NAME_STATUS]: ir,
  [R2.NAME_ONLY]: or
};
function Zt(t2 = R2.NONE) {
  let e = ar[t2];
  return (n) => E2(new rr(), e, n, !1);
}
var te = "\xF2\xF2\xF2\xF2\xF2\xF2 ", ee2 = " \xF2\xF2", ne2 = " \xF2 ", ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  let r2 = Zt(n);
  return function(s) {
    let o2 = H2(
      s.trim(),
      !1,
      te
    ).map(function(i) {
      let a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2), n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  let e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
function lr(t2, e) {
  let n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  let n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === !1 ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== !1 ? "%aN" : "%an",
    author_email: t2.mailMap !== !1 ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    let y2 = t2.symmetric !== !1 ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  let r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      let r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
var Z2 = class {
  constructor(e, n = null, r2) {
    this.reason = e, this.file = n, this.meta = r2;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
}, dr = class {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
}, ie = class {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
}, gr = class {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
};
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  let e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
var yr = [
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t2, [e, n]) => {
      let r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t2, [e, n]) => {
      let r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t2, [e, n, r2]) => {
      let s = tt(t2.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
    }
  )
], wr = [
  new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), !1)),
  ...yr,
  new x2(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t2, [e]) => {
      t2.remoteMessages.pullRequestUrl = e;
    }
  ),
  new x2(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t2, [e, n, r2]) => {
      t2.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r2
      };
    }
  )
];
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
var br = class {
  constructor() {
    this.all = [];
  }
}, Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/, kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/, _r = /^(create|delete) mode \d+ (.+)/, vr = [
  new l2(Tr, (t2, [e, n, r2]) => {
    t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
  }),
  new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, !0) : !1),
  new l2(_r, (t2, [e, n]) => {
    S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
  })
], Er = [
  new l2(/^from\s(.+)$/i, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
    t2.message = e;
  }),
  new l2(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t2, [e, n, r2, s]) => {
      t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
    }
  )
], Sr = (t2, e) => E2(new ie(), vr, [t2, e]), ue = (t2, e) => Object.assign(
  new ie(),
  Sr(t2, e),
  ae(t2, e)
);
function Rr(t2, e) {
  let n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
var Or = [
  new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
    t2.merges.push(e);
  }),
  new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
    t2.conflicts.push(new Z2(e, n));
  }),
  new l2(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t2, [e, n, r2]) => {
      t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
    }
  ),
  new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
    t2.conflicts.push(new Z2(e, null));
  }),
  new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
    t2.result = e;
  })
], Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e)), Ar = (t2) => E2(new dr(), Or, t2);
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      let r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  let r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
var Nr = [
  new l2(/^Pushing to (.+)$/, (t2, [e]) => {
    t2.repo = e;
  }),
  new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
    t2.ref = {
      ...t2.ref || {},
      local: e
    };
  }),
  new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
    t2.pushed.push(xr(e, n, r2));
  }),
  new l2(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t2, [e, n, r2]) => {
      t2.branch = {
        ...t2.branch || {},
        local: e,
        remote: n,
        remoteName: r2
      };
    }
  ),
  new l2(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t2, [e, n, r2, s]) => {
      t2.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r2,
          to: s
        }
      };
    }
  )
], $r = (t2, e) => {
  let n = Pr(t2, e), r2 = ae(t2, e);
  return {
    ...n,
    ...r2
  };
}, Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  let n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      let t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      let t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
var Lr = /^(.+)\0(.+)$/, jr = class {
  constructor(e, n, r2) {
    if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
      let s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
}, Br = class {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = !1, this.isClean = () => !this.files.length;
  }
};
function xt(t2) {
  let [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
var Ir = new Map([
  _2(
    " ",
    "A",
    (t2, e) => t2.created.push(e)
  ),
  _2(
    " ",
    "D",
    (t2, e) => t2.deleted.push(e)
  ),
  _2(
    " ",
    "M",
    (t2, e) => t2.modified.push(e)
  ),
  _2("A", " ", (t2, e) => {
    t2.created.push(e), t2.staged.push(e);
  }),
  _2("A", "M", (t2, e) => {
    t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
  }),
  _2("D", " ", (t2, e) => {
    t2.deleted.push(e), t2.staged.push(e);
  }),
  _2("M", " ", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("M", "M", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("R", " ", (t2, e) => {
    t2.renamed.push(xt(e));
  }),
  _2("R", "M", (t2, e) => {
    let n = xt(e);
    t2.renamed.push(n), t2.modified.push(n.to);
  }),
  _2("!", "!", (t2, e) => {
    (t2.ignored = t2.ignored || []).push(e);
  }),
  _2(
    "?",
    "?",
    (t2, e) => t2.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t2, e) => {
      let n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/, a = n.exec(e);
      t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
    }
  ]
]), Ur = function(t2) {
  let e = t2.split(I2), n = new Br();
  for (let r2 = 0, s = e.length; r2 < s; ) {
    let o2 = e[r2++].trim();
    o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
  }
  return n;
};
function Fr(t2, e) {
  let n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    let a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
var Gr = ["--null", "-z"];
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
var fe = "installed=false";
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = !0) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: !1,
      enumerable: !1
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", !1);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
var Hr = [
  new l2(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(
        t2,
        q2(p(e), p(n), p(r2), s)
      );
    }
  ),
  new l2(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(t2, q2(p(e), p(n), r2, s));
    }
  )
];
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
var le = class {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    let r2 = this._executor.chain(), s = r2.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r2 }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    let n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      b2("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === !0),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === !0, this._executor.cwd, h2(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(h2(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...h2(arguments)]),
      u(arguments, !1)
    ) : this._runTask(
      b2(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    let e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      h2(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...h2(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(h2(arguments)),
      u(arguments)
    );
  }
};
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
var Vr = /* @__PURE__ */ (() => {
  let t2 = 0;
  return () => {
    t2++;
    let { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
    return {
      promise: e,
      done: n,
      id: t2
    };
  };
})(), Xr = class {
  constructor(e = 2) {
    this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    let e = S2(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    let { promise: e, id: n } = S2(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
};
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
var he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {}), Qr = class {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = !1;
  }
  push(e, n, r2, s, o2) {
    e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r2,
      commit: s,
      label: o2
    };
  }
}, Jr = [
  new l2(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), !0, n, r2, s);
    }
  ),
  new l2(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), !1, n, r2, s);
    }
  )
], Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
  t2.push(he.CURRENT, !1, e, "", "");
});
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = !1) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
var ts = class {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
};
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: !0
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: !1
  };
}
var rs = /(\S+)\s+\(\S+\s([^)]+)\)/, pe = /^error[^']+'([^']+)'/m, ss = [
  new l2(rs, (t2, [e, n]) => {
    let r2 = es(e, n);
    t2.all.push(r2), t2.branches[e] = r2;
  }),
  new l2(pe, (t2, [e]) => {
    let n = ns(e);
    t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
  })
], gt = (t2, e) => E2(new ts(), ss, [t2, e]);
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os(t2) {
  let e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  let e = os(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = !1) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = !1) {
  let n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  let e = t2.trim().replace(/^["']|["']$/g, "");
  return e && Se(e);
}
var ms = [
  new l2(/From (.+)$/, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.branches.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.tags.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
    t2.deleted.push({
      tracking: e
    });
  }),
  new l2(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t2, [e, n, r2, s]) => {
      t2.updated.push({
        name: r2,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  let r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
var ys = [
  new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
    t2.moves.push({ from: e, to: n });
  })
];
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  let r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      let c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  let e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  let e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  let e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  let e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  let e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  let n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  let e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
var $s = class {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
}, Ps = function(t2, e = !1) {
  let n = t2.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o2) {
    let i = s.split("."), a = o2.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(B2(i[0]), B2(a[0]));
    for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
      let w2 = ye(B2(i[c3]), B2(a[c3]));
      if (w2)
        return w2;
    }
    return 0;
  });
  let r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r2);
};
function Ms(t2, e) {
  let n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  let e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
(f2.prototype = Object.create(le.prototype)).constructor = f2;
f2.prototype.customBinary = function(t2) {
  return this._plugins.reconfigure("binary", t2), this;
};
f2.prototype.env = function(t2, e) {
  return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
};
f2.prototype.stashList = function(t2) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      K2(t2) && t2 || []
    ),
    u(arguments)
  );
};
f2.prototype.mv = function(t2, e) {
  return this._runTask(bs(t2, e), u(arguments));
};
f2.prototype.checkoutLatestTag = function(t2) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r2) {
      e.checkout(r2.latest, t2);
    });
  });
};
f2.prototype.pull = function(t2, e, n, r2) {
  return this._runTask(
    Ts(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.fetch = function(t2, e) {
  return this._runTask(
    gs(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.tags = function(t2, e) {
  return this._runTask(
    Ls(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...h2(arguments)]),
    u(arguments)
  );
};
f2.prototype.reset = function(t2) {
  return this._runTask(
    An(xn(t2), h2(arguments)),
    u(arguments)
  );
};
f2.prototype.revert = function(t2) {
  let e = u(arguments);
  return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
    g(["revert", ...h2(arguments, 0, !0), t2]),
    e
  );
};
f2.prototype.addTag = function(t2) {
  let e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
f2.prototype.addAnnotatedTag = function(t2, e) {
  return this._runTask(
    Bs(t2, e),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranch = function(t2, e, n) {
  return this._runTask(
    cs(t2, typeof e == "boolean" ? e : !1),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranches = function(t2, e, n) {
  return this._runTask(
    us(t2, typeof e == "boolean" ? e : !1),
    u(arguments)
  );
};
f2.prototype.branch = function(t2, e) {
  return this._runTask(
    is(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.branchLocal = function(t2) {
  return this._runTask(as(), u(arguments));
};
f2.prototype.raw = function(t2) {
  let e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...h2(arguments, 0, !0));
  var r2 = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
    b2("Raw: must supply one or more command to execute"),
    r2
  );
};
f2.prototype.submoduleAdd = function(t2, e, n) {
  return this._runTask(As(t2, e), u(arguments));
};
f2.prototype.submoduleUpdate = function(t2, e) {
  return this._runTask(
    Ns(h2(arguments, !0)),
    u(arguments)
  );
};
f2.prototype.submoduleInit = function(t2, e) {
  return this._runTask(
    xs(h2(arguments, !0)),
    u(arguments)
  );
};
f2.prototype.subModule = function(t2, e) {
  return this._runTask(
    X2(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.listRemote = function() {
  return this._runTask(
    Ss(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.addRemote = function(t2, e, n) {
  return this._runTask(
    vs(t2, e, h2(arguments)),
    u(arguments)
  );
};
f2.prototype.removeRemote = function(t2, e) {
  return this._runTask(Os(t2), u(arguments));
};
f2.prototype.getRemotes = function(t2, e) {
  return this._runTask(Es(t2 === !0), u(arguments));
};
f2.prototype.remote = function(t2, e) {
  return this._runTask(
    Rs(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.tag = function(t2, e) {
  let n = h2(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
f2.prototype.updateServerInfo = function(t2) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
f2.prototype.pushTags = function(t2, e) {
  let n = Mr(
    { remote: d(t2, m) },
    h2(arguments)
  );
  return this._runTask(n, u(arguments));
};
f2.prototype.rm = function(t2) {
  return this._runTask(
    g(["rm", "-f", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.rmKeepLocal = function(t2) {
  return this._runTask(
    g(["rm", "--cached", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.catFile = function(t2, e) {
  return this._catFile("utf-8", arguments);
};
f2.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
f2.prototype._catFile = function(t2, e) {
  var n = u(e), r2 = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      b2("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r2.push.apply(r2, s);
  let o2 = t2 === "buffer" ? Gt(r2) : g(r2);
  return this._runTask(o2, n);
};
f2.prototype.diff = function(t2, e) {
  let n = m(t2) ? b2(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...h2(arguments)]);
  return this._runTask(n, u(arguments));
};
f2.prototype.diffSummary = function() {
  return this._runTask(
    fr(h2(arguments, 1)),
    u(arguments)
  );
};
f2.prototype.applyPatch = function(t2) {
  let e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
f2.prototype.revparse = function() {
  let t2 = ["rev-parse", ...h2(arguments, !0)];
  return this._runTask(
    g(t2, !0),
    u(arguments)
  );
};
f2.prototype.clean = function(t2, e, n) {
  let r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
  return this._runTask(
    on(s, o2),
    u(arguments)
  );
};
f2.prototype.exec = function(t2) {
  let e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t2 == "function" && t2();
    }
  };
  return this._runTask(e);
};
f2.prototype.checkIgnore = function(t2, e) {
  return this._runTask(
    fs(v(d(t2, G2, []))),
    u(arguments)
  );
};
f2.prototype.checkIsRepo = function(t2, e) {
  return this._runTask(
    We(d(t2, m)),
    u(arguments)
  );
};
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
var Us = $2("", "plugin:allowEnvironment");
function Fs(t2, e = !1) {
  let n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      let o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (let a of Object.keys(o2)) {
        let c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  let e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (let r2 of oe(e, n))
        if (t2[r2.category] !== !0)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  let e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
var $t = (0, import_promise_deferred.deferred)().promise;
function Ws({
  onClose: t2 = !0,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1, o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === !1 ? $t : o2.closeTimeout.promise,
      e === !1 ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== !1 && (s === !0 ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      let a = n(), c3 = !0, y2 = () => {
        c3 = !1;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
var we = $2("", "plugin:binary"), Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings", Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  let [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = !1) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
var be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (let [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
var Qs = class extends O2 {
  constructor(e = "") {
    let n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
};
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = !1, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      let r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
var nt = $2("", "plugin:input");
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      let o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
var ro = class {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new Ce();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    let r2 = S2(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r2);
  }
  add(e) {
    let n = [];
    return v(e).forEach(
      (r2) => {
        r2 && this.plugins.add(S2(n, r2));
      }
    ), () => {
      n.forEach((r2) => {
        this.plugins.delete(r2);
      });
    };
  }
  exec(e, n, r2) {
    let s = n, o2 = Object.freeze(Object.create(r2));
    for (let i of this.plugins)
      i.type === e && (s = i.action(s, o2));
    return s;
  }
};
function so(t2) {
  let e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        let c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  let e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      let e = [], n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        let o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = !0,
  stdOut: n = !0
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var wo = (t2, e) => {
  let n = new ro(), r2 = Ge(
    t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
    e
  );
  if (!Lt(r2.baseDir))
    throw new Ae(
      r2,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(!0))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
  ), new f2(r2, n);
};

// src/git/repository.ts
function gitRepository(directory) {
  let git = wo({ baseDir: directory, maxConcurrentProcesses: 4, trimmed: !1 }), top, root = () => (top ??= git.revparse(["--show-toplevel"]).then((out) => out.trim()), top), relative = async (file) => path.relative(await root(), path.resolve(directory, file)).split(path.sep).join("/");
  return {
    root,
    async show(ref, file) {
      try {
        return await git.show([`${ref}:${await relative(file)}`]);
      } catch {
        return;
      }
    },
    async resolve(ref) {
      try {
        return (await git.revparse(["--verify", "--quiet", `${ref}^{commit}`])).trim() || void 0;
      } catch {
        return;
      }
    },
    async refs(prefix) {
      return (await git.raw([
        "for-each-ref",
        "--format=%(objectname) %(refname)",
        "--",
        prefix.replace(/\/+$/, "")
      ])).split(`
`).filter((line) => line.trim()).map((line) => {
        let [sha = "", ref = ""] = line.split(" ");
        return { sha, ref };
      });
    },
    async ensureCommit(sha) {
      let present = async () => {
        try {
          return await git.raw(["cat-file", "-e", `${sha}^{commit}`]), !0;
        } catch {
          return !1;
        }
      };
      if (await present()) return !0;
      try {
        await git.raw(["fetch", "--no-tags", "--depth=1", "origin", sha]);
      } catch {
        return !1;
      }
      return present();
    },
    async changed(ref, paths) {
      let relativePaths = (await Promise.all(paths.map(relative))).map((file) => `:(top)${file}`), fields = (await git.raw(["diff", "--name-status", "-z", "-M", ref, "--", ...relativePaths])).split("\0").filter((field) => field !== ""), files = [], firstChangedLine = async (file) => {
        let diff = await git.raw(["diff", "-U0", ref, "--", `:(top)${file}`]), hunk = /^@@ -\d+(?:,\d+)? \+(\d+)/m.exec(diff);
        return hunk ? Math.max(1, Number(hunk[1])) : void 0;
      };
      for (let at2 = 0; at2 < fields.length; ) {
        let code = fields[at2++] ?? "", status = code.startsWith("A") ? "added" : code.startsWith("D") ? "removed" : code.startsWith("R") ? "renamed" : "edited";
        (code.startsWith("R") || code.startsWith("C")) && at2++;
        let file = fields[at2++] ?? "", changedLine = status === "removed" ? void 0 : await firstChangedLine(file);
        files.push({ path: file, status, ...changedLine !== void 0 ? { line: changedLine } : {} });
      }
      let untracked = await git.raw([
        "ls-files",
        "--others",
        "--exclude-standard",
        "-z",
        "--full-name",
        "--",
        ...relativePaths
      ]);
      for (let file of untracked.split("\0"))
        file !== "" && !files.some((known) => known.path === file) && files.push({ path: file, status: "added", line: 1 });
      return files;
    }
  };
}

// src/io/packs.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
var PACK_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
function isPackPath(nameOrPath) {
  return /\.ya?ml$/.test(nameOrPath);
}
function builtinPacks() {
  if (typeof define_ROLLGATE_BUILTIN_PACKS_default < "u")
    return new Map(Object.entries(define_ROLLGATE_BUILTIN_PACKS_default));
  let packs = /* @__PURE__ */ new Map(), dir = path2.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    let candidate = path2.join(dir, "policies");
    if (existsSync(path2.join(candidate, "microcloud.yaml"))) {
      for (let file of readdirSync(candidate).sort())
        file.endsWith(".yaml") && packs.set(file.slice(0, -5), readFileSync(path2.join(candidate, file), "utf8"));
      break;
    }
    dir = path2.dirname(dir);
  }
  return packs;
}
function packResolver(policiesDir, read2) {
  let builtin = builtinPacks();
  return {
    async resolve(nameOrPath, manifestFile) {
      let manifestDir = path2.posix.dirname(manifestFile.split(path2.sep).join("/")), own = await loadPack2(nameOrPath, policiesDir, read2, manifestDir);
      if (own) return own;
      let text = isPackPath(nameOrPath) ? void 0 : builtin.get(nameOrPath);
      return text === void 0 ? void 0 : { file: `builtin:${nameOrPath}`, text };
    },
    known: [...builtin.keys()].sort()
  };
}
async function loadPack2(nameOrPath, policiesDir, read2, manifestDir) {
  if (isPackPath(nameOrPath)) {
    let file = path2.posix.normalize(path2.posix.join(manifestDir.split(path2.sep).join("/"), nameOrPath));
    if (file.startsWith("../") || file === ".." || path2.posix.isAbsolute(file)) return;
    let text = await read2(file);
    return text === void 0 ? void 0 : { file, text };
  }
  if (PACK_NAME.test(nameOrPath))
    for (let extension of [".yaml", ".yml"]) {
      let file = path2.posix.join(policiesDir.split(path2.sep).join("/"), `${nameOrPath}${extension}`), text = await read2(file);
      if (text !== void 0) return { file, text };
    }
}

// src/cli/check-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/report/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/report/json.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function toJsonReport(result) {
  return {
    ok: result.ok,
    summary: { errors: result.summary.errors, warnings: result.summary.warnings },
    changes: result.changes.map((c3) => ({
      cluster: c3.cluster,
      component: c3.component,
      ...c3.member !== void 0 ? { member: c3.member } : {},
      from: c3.from,
      to: c3.to
    })),
    findings: result.findings.map((f3) => ({
      rule: f3.rule,
      severity: f3.severity,
      message: f3.message,
      file: f3.file,
      line: f3.line,
      column: f3.column,
      ...f3.cluster !== void 0 ? { cluster: f3.cluster } : {},
      ...f3.component !== void 0 ? { component: f3.component } : {},
      ...f3.member !== void 0 ? { member: f3.member } : {}
    }))
  };
}
function renderJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}

// src/report/markdown.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/report/escape.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function inlineMarkdown(text) {
  let parts = text.replace(/[\r\n]+/g, " ").split("`");
  return parts.map(
    (part, i) => i % 2 === 0 ? escapePlain(part) : i < parts.length - 1 ? codeSpan(part) : `\\\`${escapePlain(part)}`
  ).join("");
}
function codeSpan(text) {
  let body = text.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
  return body === "" ? "` `" : `\`${body}\``;
}
function escapePlain(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\*_[\]()#|~!+=^{}-])/g, "\\$1").replace(/@/g, "@\u200B").replace(/\\#/g, "\\#\u200B").replace(/:\/\//g, ":\u200B//").replace(/(www)\./gi, "$1\u200B.");
}

// src/report/markdown.ts
function verdictLine(result) {
  let { errors, warnings } = result.summary;
  return `${result.ok ? warnings > 0 ? ":warning:" : ":white_check_mark:" : ":x:"} **rollgate ${result.ok ? "passed" : "failed"}**: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${result.changes.length} change${result.changes.length === 1 ? "" : "s"}`;
}
function changeTable(result) {
  if (result.changes.length === 0) return ["No component versions change."];
  let rows = ["| Cluster | Component | From | To |", "| --- | --- | --- | --- |"];
  for (let c3 of result.changes)
    rows.push(
      `| ${codeSpan(c3.member ? `${c3.cluster}/${c3.member}` : c3.cluster)} | ${codeSpan(c3.component)} | ${c3.from === null ? "(new)" : codeSpan(c3.from)} | ${c3.to === null ? "(removed)" : codeSpan(c3.to)} |`
    );
  return rows;
}
function findingItem(f3) {
  return `- ${f3.severity === "error" ? ":x:" : ":warning:"} ${codeSpan(f3.rule)} ${inlineMarkdown(f3.message)} (${codeSpan(`${f3.file}:${f3.line}:${f3.column}`)})`;
}
function findingSections(result) {
  if (result.findings.length === 0) return ["No findings."];
  let groups = /* @__PURE__ */ new Map();
  for (let finding of result.findings)
    groups.set(finding.cluster ?? "", [...groups.get(finding.cluster ?? "") ?? [], finding]);
  let lines = [];
  for (let [cluster, findings] of [...groups].sort(
    ([a], [b3]) => a === "" ? -1 : b3 === "" ? 1 : a.localeCompare(b3)
  )) {
    lines.push("", `#### ${cluster ? `Cluster ${codeSpan(cluster)}` : "Fleet"}`, "");
    let ordered = [...findings].sort(
      (a, b3) => a.severity === b3.severity ? 0 : a.severity === "error" ? -1 : 1
    );
    for (let f3 of ordered) lines.push(findingItem(f3));
  }
  return lines;
}
function renderMarkdown(result) {
  return `${["### rollgate policy check", "", verdictLine(result), "", ...changeTable(result), "", "### Findings", ...findingSections(result)].join(`
`)}
`;
}

// src/report/sarif.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function renderSarif(result) {
  let sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "rollgate",
            informationUri: "https://github.com/rollgate/rollgate",
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: rule.severity }
            }))
          }
        },
        results: result.findings.map((f3) => ({
          ruleId: f3.rule,
          ruleIndex: RULES.findIndex((rule) => rule.id === f3.rule),
          level: f3.severity,
          message: { text: f3.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f3.file.replace(/\\/g, "/") },
                region: { startLine: f3.line, startColumn: f3.column }
              }
            }
          ]
        }))
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/report/text.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var COLORS = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 };
function renderText(result, options = {}) {
  let paint = (color, text) => options.color ? `\x1B[${COLORS[color]}m${text}\x1B[0m` : text, lines = [];
  if (result.changes.length > 0) {
    lines.push(paint("bold", "Changes"));
    for (let c3 of result.changes)
      lines.push(
        `  ${c3.cluster}${c3.member ? `/${c3.member}` : ""}  ${c3.component}  ${c3.from ?? "(new)"} -> ${c3.to ?? "(removed)"}`
      );
    lines.push("");
  }
  let groups = /* @__PURE__ */ new Map();
  for (let finding of result.findings) {
    let key2 = finding.cluster ?? "";
    groups.set(key2, [...groups.get(key2) ?? [], finding]);
  }
  for (let [cluster, findings] of groups) {
    lines.push(paint("bold", cluster ? `Cluster ${cluster}` : "Fleet"));
    for (let f3 of findings) {
      let severity = f3.severity === "error" ? paint("red", "error  ") : paint("yellow", "warning");
      lines.push(
        `  ${paint("dim", `${f3.file}:${f3.line}:${f3.column}`)}  ${severity}  ${f3.message}  ${paint("dim", f3.rule)}`
      );
    }
    lines.push("");
  }
  let { errors, warnings } = result.summary, verdict = result.ok ? paint("green", "pass") : paint("red", "fail");
  return lines.push(
    `${verdict}: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${result.changes.length} change${result.changes.length === 1 ? "" : "s"}`
  ), `${lines.join(`
`)}
`;
}

// src/report/types.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var FORMATS = ["text", "json", "markdown", "sarif"];

// src/report/index.ts
var RENDERERS = {
  text: renderText,
  json: renderJson,
  markdown: renderMarkdown,
  sarif: renderSarif
};

// src/cli/sources.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import path3 from "node:path";
var MAX_READ_BYTES = 2 * YAML_LIMITS.maxBytes;
async function readText(file) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    let code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return;
    throw new RollgateError(`Cannot read ${file}: ${error.message}.`);
  }
  try {
    let stat2 = await handle.stat();
    if (stat2.isDirectory()) throw new RollgateError(`${file} is a directory, not a manifest file.`);
    if (!stat2.isFile())
      throw new RollgateError(
        `${file} is not a regular file (a pipe, device or socket); rollgate reads files.`
      );
    if (stat2.size > MAX_READ_BYTES) {
      let size = stat2.size >= 1073741824 ? `${(stat2.size / 1073741824).toFixed(1)} GiB` : `${(stat2.size / 1048576).toFixed(1)} MiB`;
      throw new RollgateError(
        `${file} is ${size}; rollgate reads files of at most ${YAML_LIMITS.maxBytes / 2 ** 20} MiB.`
      );
    }
    return await handle.readFile("utf8");
  } catch (error) {
    throw error instanceof RollgateError ? error : new RollgateError(`Cannot read ${file}: ${error.message}.`);
  } finally {
    await handle.close();
  }
}
async function requireText(file, what) {
  let text = await readText(file);
  if (text === void 0) throw new RollgateError(`The ${what} ${file} does not exist.`);
  return text;
}
async function gatherSources(options) {
  let headPath = path3.resolve(options.cwd, options.head), headText = await requireText(headPath, "head manifest"), display = (file) => path3.relative(options.cwd, path3.resolve(options.cwd, file)).split(path3.sep).join("/") || file, head = { file: display(options.head), text: headText }, policiesDir = display(options.policies), manifestDir = path3.posix.dirname(head.file), base, readPacks, policyChanges = [];
  if (options.baseRef !== void 0) {
    let repository = options.repository ?? gitRepository(options.cwd), sha = await repository.resolve(options.baseRef);
    if (!sha)
      throw new RollgateError(
        `The base ref ${options.baseRef} names no commit in this repository; fetch it first (git fetch origin ${options.baseRef}).`
      );
    let baseText = await repository.show(sha, headPath);
    baseText !== void 0 && (base = { file: head.file, text: baseText }), readPacks = (file) => repository.show(sha, path3.resolve(options.cwd, file));
    let root = await repository.root(), watched = [path3.resolve(options.cwd, options.policies)];
    for (let file of packPathsIn(headText)) watched.push(path3.resolve(options.cwd, manifestDir, file));
    for (let changed of await repository.changed(sha, watched)) {
      if (!/\.ya?ml$/.test(changed.path)) continue;
      let file = display(path3.join(root, changed.path)), text = changed.status === "removed" ? void 0 : await readText(path3.join(root, changed.path));
      policyChanges.push({
        file,
        what: changed.status,
        ...changed.line !== void 0 ? { line: changed.line } : {},
        ...text !== void 0 ? { text } : {}
      });
    }
  } else
    options.base !== void 0 && (base = {
      file: display(options.base),
      text: await requireText(path3.resolve(options.cwd, options.base), "base manifest")
    }), readPacks = (file) => readText(path3.resolve(options.cwd, file));
  let { resolve, known } = packResolver(policiesDir, readPacks);
  return { head, ...base ? { base } : {}, resolvePack: resolve, knownPacks: known, policyChanges };
}
function packPathsIn(text) {
  return [...text.matchAll(/\bpolicy:\s*["']?([^"'#\s}]+\.ya?ml)/g)].map((m2) => m2[1]);
}
function checkSources(sources, now) {
  return check({
    head: sources.head,
    ...sources.base ? { base: sources.base } : {},
    resolvePack: sources.resolvePack,
    policyChanges: sources.policyChanges,
    knownPacks: sources.knownPacks,
    now
  });
}

// src/cli/check-command.ts
var CHECK_OPTIONS = {
  head: { type: "string" },
  base: { type: "string" },
  "base-ref": { type: "string" },
  policies: { type: "string", default: "policies" },
  format: { type: "string", default: "text" },
  now: { type: "string" }
};
function parseNow(value) {
  if (value === void 0) return /* @__PURE__ */ new Date();
  let date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? /* @__PURE__ */ new Date(`${value}T00:00:00Z`) : new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime()))
    throw new RollgateError(
      `--now ${JSON.stringify(value)} is not an ISO 8601 date or time (for example 2026-12-24 or 2026-12-24T10:00:00Z).`
    );
  return date;
}
function baseOptions(values) {
  if (!values.head)
    throw new RollgateError("--head is required: the manifest to judge, for example --head fleet.yaml.");
  if (values.base !== void 0 && values["base-ref"] !== void 0)
    throw new RollgateError("Give --base or --base-ref, not both.");
  return {
    head: values.head,
    ...values.base !== void 0 ? { base: values.base } : {},
    ...values["base-ref"] !== void 0 ? { baseRef: values["base-ref"] } : {}
  };
}
async function checkCommand(values, io2) {
  let format = String(values.format ?? "text");
  if (!FORMATS.includes(format))
    throw new RollgateError(`--format ${JSON.stringify(format)} is not one of ${FORMATS.join(", ")}.`);
  let now = parseNow(values.now), where = baseOptions(values), sources = await gatherSources({
    cwd: io2.cwd,
    policies: String(values.policies ?? "policies"),
    ...where
  }), result = await checkSources(sources, now);
  return io2.stdout(
    RENDERERS[format](result, { color: io2.isTTY && format === "text" && !io2.env.NO_COLOR })
  ), result.ok ? 0 : 1;
}

// src/cli/bump-command.ts
var BUMP_OPTIONS = {
  to: { type: "string" },
  cluster: { type: "string" },
  wave: { type: "string" },
  file: { type: "string", default: "fleet.yaml" },
  force: { type: "boolean", default: !1 },
  "base-ref": { type: "string" },
  policies: { type: "string", default: "policies" },
  now: { type: "string" }
}, BUMP_USAGE = "rollgate bump COMPONENT --to VERSION|CHANNEL@REVISION [--cluster NAME | --wave NAME] [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601]";
async function readEditTarget(io2, file) {
  let absolute = path4.resolve(io2.cwd, file), shown = path4.relative(io2.cwd, absolute).split(path4.sep).join("/") || file;
  return { absolute, shown, text: await requireText(absolute, "manifest") };
}
async function finishEdit(io2, command, target, outcome, values) {
  if (outcome.edits.length === 0)
    return io2.stdout(`${target.shown} already runs that; nothing to change.
`), 0;
  let policiesDir = path4.relative(io2.cwd, path4.resolve(io2.cwd, String(values.policies ?? "policies"))).split(path4.sep).join("/") || ".", { resolve, known } = packResolver(policiesDir, (file) => readText(path4.resolve(io2.cwd, file))), base = typeof values["base-ref"] == "string" ? await textAtRef(io2, values["base-ref"], target) ?? null : void 0, verdict = await judgeEdit({
    file: target.shown,
    original: target.text,
    edited: outcome.text,
    ...base !== void 0 ? { base } : {},
    resolvePack: resolve,
    knownPacks: known,
    now: parseNow(values.now)
  }), list = (findings) => findings.map((f3) => `  ${f3.rule} (line ${f3.line}): ${f3.message}
`).join(""), moves = outcome.edits.map(
    (edit) => `  ${edit.cluster}${edit.member ? `/${edit.member}` : ""}: ${edit.component} ${edit.from} -> ${edit.to}
`
  ).join("");
  if (verdict.introduced.length > 0) {
    let rules = [...new Set(verdict.introduced.map((f3) => f3.rule))].join(", ");
    if (!values.force)
      return io2.stderr(
        `rollgate ${command}: this change fails rollgate check (${rules}):
${moves}${list(verdict.introduced)}`
      ), io2.stderr(`Nothing was written to ${target.shown}. Write it anyway with --force.
`), 1;
    io2.stderr(
      `rollgate ${command}: written with --force, although it fails rollgate check (${rules}):
${list(verdict.introduced)}`
    );
  }
  verdict.preexisting.length > 0 && io2.stderr(
    `rollgate ${command}: ${target.shown} already had ${verdict.preexisting.length} error${verdict.preexisting.length === 1 ? "" : "s"} that this change does not cause:
${list(verdict.preexisting)}`
  ), verdict.warnings.length > 0 && io2.stderr(`rollgate ${command}: warnings:
${list(verdict.warnings)}`);
  try {
    await writeFile(target.absolute, outcome.text);
  } catch (error) {
    throw new RollgateError(`Cannot write ${target.shown}: ${error.message}.`);
  }
  return io2.stdout(`${moves}Wrote ${target.shown}.
`), 0;
}
async function textAtRef(io2, ref, target) {
  let repository = gitRepository(io2.cwd), sha = await repository.resolve(ref);
  if (!sha)
    throw new RollgateError(
      `The base ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`
    );
  return repository.show(sha, target.absolute);
}
async function bumpCommand(values, io2, positionals) {
  if (positionals.length !== 1)
    throw new RollgateError(
      `bump takes one component, for example rollgate bump lxd --to 5.21/stable@33110; it got ${positionals.length === 0 ? "none" : positionals.join(" ")}.`
    );
  let component = positionals[0];
  if (typeof values.to != "string")
    throw new RollgateError(
      "--to is required: a version (4.16.9) or a channel with a revision (5.21/stable@33110)."
    );
  let run2 = parseTarget(values.to), target = await readEditTarget(io2, String(values.file ?? "fleet.yaml")), scope = {
    ...typeof values.cluster == "string" ? { cluster: values.cluster } : {},
    ...typeof values.wave == "string" ? { wave: values.wave } : {}
  }, outcome = bumpManifest(target.text, target.shown, component, run2, scope);
  return finishEdit(io2, "bump", target, outcome, values);
}

// src/cli/init-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { writeFile as writeFile2 } from "node:fs/promises";
import path6 from "node:path";

// src/edit/starter.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var FLEET_SCHEMA_URL = "https://raw.githubusercontent.com/rollgate/rollgate/v0.1.0/schemas/fleet.schema.json";
function starterManifest(policy2, options) {
  let pack = policy2.pack, choices = chooseVersions(policy2), single = pack.members?.max === 1, roles = Object.values(pack.components).some((c3) => c3.rollout?.roles !== void 0), pinsChannels = Object.values(pack.components).some((c3) => c3.versioning.source === "track"), lines = [
    `# yaml-language-server: $schema=${options.schema ?? FLEET_SCHEMA_URL}`,
    `# A starter fleet for the ${pack.name} pack, written by rollgate init. Replace the cluster and member names,`,
    pinsChannels ? "# and the versions, channels and revisions, with what your clusters run (a revision from `snap list` or `juju status`)," : "# and the versions with what your clusters run,",
    "# then check it: rollgate check --head fleet.yaml",
    "apiVersion: rollgate/v1",
    "kind: Fleet",
    `policy: ${options.packName}`,
    "# The promotion order: a version reaches production only once staging runs it.",
    "waves: [staging, production]",
    "clusters:"
  ], width = Math.max(...pack.order.map((name) => name.length)) + 1;
  for (let wave of ["staging", "production"]) {
    lines.push(`  - name: ${wave}`, `    wave: ${wave}`, "    members:");
    for (let member of members(wave, single, roles)) lines.push(`      - ${member}`);
    lines.push("    components:");
    for (let name of pack.order) {
      let choice = choices.get(name);
      choice && lines.push(`      ${`${name}:`.padEnd(width)} ${stateOf(choice)}`);
    }
  }
  return `${lines.join(`
`)}
`;
}
function members(cluster, single, roles) {
  return single ? [`${cluster}-1`] : roles ? [
    `{ name: ${cluster}-control-1, role: control }`,
    `{ name: ${cluster}-worker-1, role: worker }`,
    `{ name: ${cluster}-worker-2, role: worker }`
  ] : [`${cluster}-1`, `${cluster}-2`, `${cluster}-3`];
}
function stateOf({ version, spec }) {
  let fields = [];
  return spec.versioning.source === "track" ? fields.push(`channel: ${version}/${spec.risks?.[0] ?? "stable"}`, "revision: 1") : fields.push(`version: ${JSON.stringify(version)}`), spec.hold === "required" && fields.push("hold: true"), spec.cohort === "required" && fields.push("cohort: true"), `{ ${fields.join(", ")} }`;
}
function chooseVersions(policy2) {
  let pack = policy2.pack, chosen = /* @__PURE__ */ new Map();
  for (let name of pack.order) {
    let spec = pack.components[name], scheme = policy2.schemes.get(name);
    if (!spec || !scheme) continue;
    let usable = candidates(spec, scheme).filter((v2) => !unusable(spec, scheme, v2));
    chosen.set(name, { version: usable[usable.length - 1] ?? fallback(spec), spec });
  }
  for (let name of [...pack.order].reverse()) {
    let choice = chosen.get(name), scheme = policy2.schemes.get(name);
    if (!(!choice || !scheme)) {
      for (let requirement of choice.spec.requires ?? [])
        if (scheme.matches(choice.version, requirement.version))
          for (let [other, patterns] of Object.entries(requirement.needs)) {
            let otherChoice = chosen.get(other), otherScheme = policy2.schemes.get(other);
            if (!otherChoice || !otherScheme || patterns.some((p2) => otherScheme.matches(otherChoice.version, p2))) continue;
            let fits = candidates(otherChoice.spec, otherScheme).filter(
              (v2) => patterns.some((p2) => otherScheme.matches(v2, p2))
            ), version = fits[fits.length - 1] ?? patterns.find((p2) => otherScheme.isValid(p2));
            version !== void 0 && chosen.set(other, { ...otherChoice, version });
          }
    }
  }
  return chosen;
}
function candidates(spec, scheme) {
  let sorted = [...(spec.versioning.versions ?? []).filter((v2) => scheme.isValid(v2))].sort((a, b3) => scheme.compare(a, b3));
  return spec.versioning.scheme === "semver" && spec.versioning.source === "version" ? sorted.map((v2) => /^\d+\.\d+$/.test(v2) ? `${v2}.0` : v2) : sorted;
}
function unusable(spec, scheme, version) {
  return (spec.eol ?? []).some((e) => scheme.matches(version, e.version)) ? !0 : (spec.blocked ?? []).some(
    (b3) => b3.version !== void 0 && b3.channel === void 0 && b3.revision === void 0 && scheme.matches(version, b3.version)
  );
}
function fallback(spec) {
  return spec.versioning.scheme === "calver" ? "2025.1" : "1.0.0";
}

// src/cli/path-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import path5 from "node:path";
var PATH_OPTIONS = {
  pack: { type: "string" },
  policies: { type: "string", default: "policies" },
  format: { type: "string", default: "text" }
}, PATH_USAGE = "rollgate path --pack NAME COMPONENT FROM TO [--policies DIR] [--format text|json]", UNITS2 = { semver: "minor version", tracks: "track", calver: "release" };
function upgradePathAnswer(policy2, component, from, to2) {
  let pack = policy2.pack, spec = Object.hasOwn(pack.components, component) ? pack.components[component] : void 0, scheme = policy2.schemes.get(component);
  if (!spec || !scheme)
    throw new RollgateError(
      `The ${pack.name} pack has no component ${JSON.stringify(component)}; it has ${pack.order.join(", ")}.`
    );
  for (let version of [from, to2])
    if (!scheme.isValid(version)) {
      let known = spec.versioning.scheme === "tracks" ? ` It knows ${(spec.versioning.versions ?? []).join(", ")}.` : "";
      throw new RollgateError(
        `${JSON.stringify(version)} is not a ${component} version the ${pack.name} pack can read (${spec.versioning.scheme}).${known}`
      );
    }
  let jump = spec.jump, allowed = jump ? describeJump(jump, UNITS2[spec.versioning.scheme]) : "any distance at once", answer = { pack: pack.name, component, from, to: to2, allowed }, order = scheme.compare(from, to2);
  if (order > 0)
    return {
      ...answer,
      path: null,
      reason: `${to2} is older than ${from}, and ${pack.name} supports no in-place downgrade (skew/downgrade); going back means restoring what was backed up before the upgrade.`
    };
  if (order === 0) return { ...answer, path: [from], reason: null };
  if (!jump) return { ...answer, path: [from, to2], reason: null };
  if (jump.major === "forbid" && scheme.family(from) !== scheme.family(to2))
    return {
      ...answer,
      path: null,
      reason: `${from} -> ${to2} changes the major version (${scheme.family(from)} to ${scheme.family(to2)}), which ${pack.name} does not upgrade in place (skew/major); migrate out of place instead.`
    };
  let found = findUpgradePath(scheme, jump, from, to2);
  if (found) return { ...answer, path: found, reason: null };
  let why = noPathReason(scheme, jump, from, to2), limit = jumpLimit(scheme, jump, from, to2), reason = why === "closed" && limit ? `${pack.name} allows ${describeLimit(limit, "step")} (skew/jump).` : why === "too-far" ? `${from} and ${to2} are more than ${256} steps apart, too far for rollgate to chain upgrades; check the versions (skew/jump).` : `No chain of upgrades of ${allowed} leads from ${from} to ${to2} through the versions the ${pack.name} pack knows (skew/jump).`;
  return { ...answer, path: null, reason };
}
function renderUpgradePath(answer) {
  if (!answer.path)
    return `No upgrade path for ${answer.component} from ${answer.from} to ${answer.to}: ${answer.reason}
`;
  if (answer.path.length === 1)
    return `${answer.from}
${answer.component} is at ${answer.to} already; there is nothing to upgrade.
`;
  let upgrades = answer.path.length - 1;
  return `${answer.path.join(" -> ")}
${upgrades} upgrade${upgrades === 1 ? "" : "s"}, one change each: the ${answer.pack} pack lets ${answer.component} move ${answer.allowed}.
`;
}
async function loadNamedPack(io2, name, policies) {
  let policiesDir = path5.relative(io2.cwd, path5.resolve(io2.cwd, policies)).split(path5.sep).join("/") || ".", { resolve, known } = packResolver(policiesDir, (file) => readText(path5.resolve(io2.cwd, file))), found = await resolve(name, "fleet.yaml");
  if (!found)
    throw new RollgateError(
      `There is no pack named ${JSON.stringify(name)} in ${policiesDir}/ or among rollgate's packs (${known.join(", ")}).`
    );
  let { policy: policy2, findings } = loadPack(found.text, found.file), first = findings[0];
  if (!policy2)
    throw new RollgateError(
      `The policy pack ${found.file} is broken${first ? ` at line ${first.line}, column ${first.column}: ${first.message}` : "."}`
    );
  return policy2;
}
async function pathCommand(values, io2, positionals) {
  if (typeof values.pack != "string")
    throw new RollgateError(
      "--pack is required: the pack whose rules the path follows, for example --pack microshift."
    );
  if (positionals.length !== 3)
    throw new RollgateError(
      `path takes a component and two versions, for example rollgate path --pack microshift microshift 4.14 4.18; it got ${positionals.length === 0 ? "none" : positionals.join(" ")}.`
    );
  let format = String(values.format ?? "text");
  if (format !== "text" && format !== "json")
    throw new RollgateError(`--format ${JSON.stringify(format)} is not one of text, json.`);
  let [component, from, to2] = positionals, policy2 = await loadNamedPack(io2, values.pack, String(values.policies ?? "policies")), answer = upgradePathAnswer(policy2, component, from, to2);
  return io2.stdout(format === "json" ? `${JSON.stringify(answer, null, 2)}
` : renderUpgradePath(answer)), answer.path ? 0 : 1;
}

// src/cli/init-command.ts
var INIT_OPTIONS = {
  pack: { type: "string" },
  file: { type: "string", default: "fleet.yaml" },
  schema: { type: "string" },
  policies: { type: "string", default: "policies" },
  force: { type: "boolean", default: !1 }
}, INIT_USAGE = "rollgate init --pack NAME [--file fleet.yaml] [--schema URL|PATH] [--policies DIR] [--force]";
async function initCommand(values, io2) {
  if (typeof values.pack != "string")
    throw new RollgateError(
      "--pack is required: the pack the fleet is judged by, for example --pack microcloud."
    );
  let file = String(values.file ?? "fleet.yaml"), absolute = path6.resolve(io2.cwd, file), shown = path6.relative(io2.cwd, absolute).split(path6.sep).join("/") || file, policy2 = await loadNamedPack(io2, values.pack, String(values.policies ?? "policies"));
  if (!values.force && await readText(absolute) !== void 0)
    throw new RollgateError(
      `${shown} exists already; rollgate init does not overwrite a manifest unless given --force.`
    );
  let text = starterManifest(policy2, {
    packName: values.pack,
    ...typeof values.schema == "string" ? { schema: values.schema } : {}
  });
  try {
    await writeFile2(absolute, text);
  } catch (error) {
    throw new RollgateError(`Cannot write ${shown}: ${error.message}.`);
  }
  return io2.stdout(
    `Wrote ${shown}: a starter fleet for the ${policy2.pack.name} pack. Put in the names and versions you run, then: rollgate check --head ${shown}
`
  ), 0;
}

// src/cli/plan-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { closeSync, mkdirSync, open as openCallback, openSync, writeSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path7 from "node:path";

// src/plan/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/plan/build.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { createHash } from "node:crypto";

// src/plan/canonical.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function jsonFile(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}

// src/plan/json-text.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function arrayItem(value) {
  return JSON.stringify({ a: [value] }, null, 2).slice(10, -6);
}
function* jsonObjectPieces(fields, { open: open2 = !1, opened = !1 } = {}) {
  let first = !opened;
  for (let field of fields) {
    let head = `${first ? "{" : ","}
  ${JSON.stringify(field.key)}: `;
    if (first = !1, "items" in field) {
      let [open3, close] = field.kind === "array" ? ["[", "]"] : ["{", "}"], any = !1;
      for (let item of field.items)
        yield any ? `,${item}` : `${head}${open3}${item}`, any = !0;
      yield any ? `
  ${close}` : `${head}${open3}${close}`;
    } else {
      let value = "later" in field ? field.later() : field.value;
      yield `${head}${indented(value, `
  `)}`;
    }
  }
  open2 || (yield first ? "{}" : `
}`);
}
function indented(value, newline) {
  let text = JSON.stringify(value, null, 2) ?? "null";
  return text.includes(`
`) ? text.replaceAll(`
`, newline) : text;
}
var CHUNK_SIZE = 65536, ChunkedFile = class {
  constructor(path8, executable = !1) {
    this.path = path8;
    this.executable = executable;
  }
  path;
  executable;
  pending = [];
  size = 0;
  /** Adds a piece; returns a chunk to write when enough has gathered. */
  add(text) {
    return this.pending.push(text), this.size += text.length, this.size >= CHUNK_SIZE ? this.take(!1) : void 0;
  }
  /** The file's last chunk, with what is left. */
  end() {
    return this.take(!0);
  }
  take(end) {
    let text = this.pending.join("");
    return this.pending = [], this.size = 0, { path: this.path, text, executable: this.executable, end };
  }
};
function* jsonFileChunks(path8, fields) {
  let file = new ChunkedFile(path8);
  for (let piece of jsonObjectPieces(fields)) {
    let chunk = file.add(piece);
    chunk && (yield chunk);
  }
  file.add(`
`), yield file.end();
}
function wholeFile(path8, text, executable = !1) {
  return { path: path8, text, executable, end: !0 };
}

// src/plan/matrix.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var GITHUB_MATRIX_LIMIT = 256, DEFAULT_RUNNER = ["self-hosted"];
function approvalEnvironment(stage) {
  return `rollgate-${stage.cluster}`;
}
function matrixChunks(plan, maxJobs = GITHUB_MATRIX_LIMIT) {
  if (!Number.isInteger(maxJobs) || maxJobs < 1 || maxJobs > GITHUB_MATRIX_LIMIT)
    throw new RollgateError(
      `A matrix holds 1 to ${GITHUB_MATRIX_LIMIT} jobs; ${maxJobs} is not such a number.`
    );
  let entries = [], environments = /* @__PURE__ */ new Set();
  for (let stage of plan.stages)
    for (let part of stage.parts) {
      let environment = part.approval ? approvalEnvironment(stage) : "";
      environment && environments.add(environment);
      let count = stage.parts.length;
      entries.push({
        name: count > 1 ? `${stage.id} (${part.part}/${count})` : stage.id,
        stage: stage.id,
        part: part.part,
        parts: count,
        wave: stage.wave ?? "",
        cluster: stage.cluster,
        component: stage.component,
        members: part.members.join(" "),
        environment,
        runsOn: stage.runner ?? DEFAULT_RUNNER
      });
    }
  let chunks = [];
  for (let start = 0; start < entries.length; start += maxJobs)
    chunks.push({ include: entries.slice(start, start + maxJobs) });
  return { plan: plan.id, chunks, environments: [...environments].sort() };
}

// src/plan/preview.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var MAX_TABLE_ROWS = 100, MAX_DIAGRAM_STAGES = 40;
function renderPlanPreview(plan) {
  let lines = [`### Rollout plan ${codeSpan(plan.id.replace(/^sha256:/, "").slice(0, 12))}`, ""];
  if (plan.stages.length === 0) {
    lines.push("No stages: the change moves no member to another pin.");
    for (let note of plan.notes) lines.push("", `- ${inlineMarkdown(note)}`);
    return `${lines.join(`
`)}
`;
  }
  let clusters = new Set(plan.stages.map((s) => s.cluster)).size, gated = plan.stages.filter((s) => s.gate === "approval").length;
  if (lines.push(
    `${plan.stages.length} stage${plural(plan.stages.length)} in ${clusters} cluster${plural(clusters)}${plan.waves ? `, waves in order ${plan.waves.map(codeSpan).join(" \u2192 ")}` : ""}; ${gated === 0 ? "no stage waits for approval" : `${gated} stage${plural(gated)} wait${gated === 1 ? "s" : ""} for approval`}.`,
    "",
    "| # | Stage | Wave | Cluster | Component | From | To | Members | Health check | Gate |",
    "|---:|---|---|---|---|---|---|---|---|---|"
  ), plan.stages.slice(0, MAX_TABLE_ROWS).forEach((stage, index) => {
    let cells = [
      String(index + 1),
      codeSpan(stage.id),
      stage.wave ? codeSpan(stage.wave) : "\u2013",
      codeSpan(stage.cluster),
      codeSpan(stage.component),
      stage.from ? codeSpan(stage.from) : "(new)",
      codeSpan(stage.to),
      memberCell(stage),
      stage.health ? codeSpan(stage.health.join(" ")) : "\u2013",
      gateCell(stage)
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }), plan.stages.length > MAX_TABLE_ROWS && lines.push("", `\u2026and ${plan.stages.length - MAX_TABLE_ROWS} more stages; plan.json has them all.`), lines.push("", ...mermaid(plan.stages)), plan.notes.length > 0) {
    lines.push("", "**Notes**", "");
    for (let note of plan.notes) lines.push(`- ${inlineMarkdown(note)}`);
  }
  return `${lines.join(`
`)}
`;
}
function memberCell(stage) {
  if (stage.strategy === "parallel")
    return `${stage.members.map((m2) => codeSpan(m2.name)).join(" + ")} (all at once)`;
  let pieces = [];
  for (let part of stage.parts) {
    let names = part.members.map(codeSpan).join(" \u2192 ");
    pieces.push(part.approval ? `\u23F8 ${names}` : names);
  }
  return `${pieces.join(" \u2192 ")} (one at a time)`;
}
function gateCell(stage) {
  let waits = stage.parts.filter((part) => part.approval);
  return waits.length === 0 ? "none" : waits.map((part) => `approval before ${codeSpan(part.members[0] ?? "")}: ${inlineMarkdown(part.reason ?? "")}`).join("<br>");
}
function mermaid(stages) {
  let shown = stages.slice(0, MAX_DIAGRAM_STAGES), lines = ["```mermaid", "flowchart TD"], chain = [], group;
  shown.forEach((stage, index) => {
    let key2 = `${stage.wave ?? ""}\0${stage.cluster}`;
    key2 !== group && (group !== void 0 && lines.push("  end"), group = key2, lines.push(
      `  subgraph c${index + 1}["${label(stage.wave ? `wave ${stage.wave}: ${stage.cluster}` : stage.cluster)}"]`
    ));
    let first = stage.parts[0];
    first?.approval && (lines.push(`    a${index + 1}{{"${label(`approval: ${first.members[0] ?? ""}`)}"}}`), chain.push(`a${index + 1}`));
    let order = stage.strategy === "parallel" ? "all at once" : "one at a time", pauses = stage.parts.slice(1).filter((part) => part.approval).map((part) => part.members[0] ?? ""), text = [
      `${stage.component}: ${stage.from ?? "(new)"} to ${stage.to}`,
      `${order}: ${stage.members.map((m2) => m2.name).join(", ")}`,
      ...pauses.length > 0 ? [`approval before ${pauses.join(", ")}`] : []
    ];
    lines.push(`    s${index + 1}["${text.map(label).join("<br/>")}"]`), chain.push(`s${index + 1}`);
  }), lines.push("  end");
  for (let i = 1; i < chain.length; i++) lines.push(`  ${chain[i - 1]} --> ${chain[i]}`);
  return stages.length > shown.length && lines.push(
    `  more["${label(`and ${stages.length - shown.length} more stages`)}"]`,
    `  ${chain[chain.length - 1]} --> more`
  ), lines.push("```"), lines;
}
function label(text) {
  return text.replace(/[^A-Za-z0-9 ._,:/@+=-]/gu, (char) => `#${char.codePointAt(0)};`);
}
function plural(count) {
  return count === 1 ? "" : "s";
}

// src/plan/shell.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function shellQuote(value) {
  if (value.includes("\0"))
    throw new RollgateError("A command argument contains a NUL byte, which no shell argument can carry.");
  return value.includes("'") ? `'${value.replace(/'/g, "'\\''")}'` : `'${value}'`;
}
function shellWord(value) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : shellQuote(value);
}
var LOCAL_TRANSPORT = { words: [] };
function parseTransport(template) {
  if (template === void 0 || template.trim() === "") return LOCAL_TRANSPORT;
  if (hasControl(template))
    throw new RollgateError(
      'The transport must be one line of words, for example --transport "ssh {member}".'
    );
  let words = template.trim().split(/\s+/);
  if (words[0]?.includes("{"))
    throw new RollgateError(
      'The transport must start with a program, for example "ssh {member}"; {member} and {command} come after it.'
    );
  if (words.filter((word) => word === "{command}").length > 1)
    throw new RollgateError("The transport names {command} twice; the command goes in once.");
  for (let word of words) {
    for (let match of word.matchAll(/\{([^}]*)\}/g))
      if (match[1] !== "member" && match[1] !== "command")
        throw new RollgateError(
          `The transport uses {${match[1]}}; it knows {member} (the host) and {command} (the command as one quoted string).`
        );
    if (/[{}]/.test(word.replaceAll("{member}", "").replaceAll("{command}", "")))
      throw new RollgateError(
        `The transport word ${JSON.stringify(word)} has a brace that opens or closes no {member} or {command}.`
      );
    if (word.includes("{command}") && word !== "{command}")
      throw new RollgateError(
        'In the transport, {command} must be a word of its own, for example "ssh {member} {command}".'
      );
  }
  return words.some((word) => word.split("/").pop() === "ssh") && !words.includes("{command}") && words.push("{command}"), { words };
}
function transportArgv(step, transport) {
  if (step.on === "runner" || transport.words.length === 0) return step.run;
  let host = step.host ?? "", argv = [], placed = !1;
  for (let word of transport.words)
    word === "{command}" ? (argv.push(step.run.map(shellWord).join(" ")), placed = !0) : argv.push(word.replaceAll("{member}", host));
  return placed ? argv : [...argv, ...step.run];
}
function renderJobScript(stage, planId, transport) {
  let lines = [
    "#!/usr/bin/env bash",
    comment(`rollgate plan ${planId}`),
    comment(
      `Stage ${stage.id}: ${stage.component} in cluster ${stage.cluster}${stage.wave ? ` (wave ${stage.wave})` : ""}, ${stage.from ?? "(new)"} -> ${stage.to}, ${stage.strategy}.`
    ),
    "# Generated by `rollgate plan`; every value is single-quoted, so nothing from the manifest is interpreted.",
    `# Usage: ${stage.id}.sh [PART]. Without PART it runs parts 1 to ${stage.parts.length} in order, approvals included`,
    "# (whoever runs it is the approval); with PART it runs that part only, as the rollout workflow does.",
    "set -euo pipefail",
    "",
    "# Runs one step and ends the stage at the first failure, saying where it stopped.",
    "rollgate_run() {",
    '  local where="$1" step="$2"',
    "  shift 2",
    `  printf 'rollgate: %s: %s\\n' "$where" "$step" >&2`,
    '  if ! "$@"; then',
    `    printf 'rollgate: %s: step %s failed; the stage stops here.\\n' "$where" "$step" >&2`,
    "    exit 1",
    "  fi",
    "}",
    ""
  ], stepLine = (step, indent) => {
    let where = step.on === "runner" ? "runner" : step.host ?? "runner", argv = transportArgv(step, transport);
    return `${indent}rollgate_run ${[where, step.name, ...argv].map(shellQuote).join(" ")}`;
  };
  stage.members.forEach((member, index) => {
    lines.push(comment(member.name)), lines.push(`rollgate_member_${index + 1}() {`), member.steps.length === 0 && lines.push("  :");
    for (let step of member.steps) lines.push(stepLine(step, "  "));
    lines.push("}", "");
  });
  let indexOf = new Map(stage.members.map((member, index) => [member.name, index + 1]));
  for (let part of stage.parts) {
    let first = part.part === 1, last = part.part === stage.parts.length;
    if (lines.push(
      comment(
        `Part ${part.part}: ${part.members.join(", ")}${part.approval ? ` (after approval: ${part.reason ?? ""})` : ""}`
      )
    ), lines.push(`rollgate_part_${part.part}() {`), first) for (let step of stage.before) lines.push(stepLine(step, "  "));
    let calls = part.members.map((name) => `rollgate_member_${indexOf.get(name)}`);
    if (stage.strategy === "parallel" && calls.length > 1) {
      lines.push("  local pids=() pid failed=0");
      for (let call of calls) lines.push(`  ${call} &`, '  pids+=("$!")');
      lines.push('  for pid in "${pids[@]}"; do', '    wait "$pid" || failed=1', "  done"), lines.push('  if [ "$failed" -ne 0 ]; then'), lines.push(
        `    printf 'rollgate: %s: a member failed; the stage stops here.\\n' ${shellQuote(stage.id)} >&2`
      ), lines.push("    exit 1", "  fi");
    } else
      for (let call of calls) lines.push(`  ${call}`);
    if (last) for (let step of stage.after) lines.push(stepLine(step, "  "));
    lines.push("}", "");
  }
  let all = stage.parts.map((part) => `rollgate_part_${part.part}`).join("; ");
  lines.push('case "${1:-all}" in'), lines.push(`  all) ${all} ;;`);
  for (let part of stage.parts) lines.push(`  ${part.part}) rollgate_part_${part.part} ;;`);
  return lines.push(
    `  *) printf 'rollgate: %s has parts 1 to %s, not %s.\\n' ${shellQuote(stage.id)} ${shellQuote(String(stage.parts.length))} "$1" >&2; exit 2 ;;`
  ), lines.push("esac"), lines.push(`printf 'rollgate: stage %s: %s done.\\n' ${shellQuote(stage.id)} "\${1:-all parts}" >&2`), `${lines.join(`
`)}
`;
}
function comment(text) {
  return `# ${text.replace(CONTROL, " ")}`;
}
var CONTROL = /[\u0000-\u001f\u007f]/g;
function hasControl(text) {
  return text.search(CONTROL) >= 0;
}

// src/plan/build.ts
var VALID = {
  component: /^[a-z0-9][a-z0-9._-]{0,62}$/,
  member: /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/,
  cluster: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  channel: /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}\/(?:stable|candidate|beta|edge)(?:\/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$/,
  track: /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$/,
  revision: /^[1-9][0-9]{0,9}$/,
  version: /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/,
  proxy: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  attempts: /^[1-9][0-9]?$/
}, DEFAULT_MIGRATION_ATTEMPTS = 3, DIRECT_WITHOUT_WAVES = "all";
function streamPlan(input) {
  let { result } = input, head = result.head.fleet;
  if (!head || result.head.findings.length > 0)
    throw new RollgateError(
      `The head manifest ${result.head.file} could not be read, so there is nothing to plan; rollgate check shows why.`
    );
  if (!result.policy)
    throw new RollgateError(
      `No policy pack judged ${result.head.file}, so rollgate cannot tell how to roll it out.`
    );
  if (result.base && (!result.base.fleet || result.base.findings.length > 0))
    throw new RollgateError(
      `The base manifest ${result.base.file} could not be read; a plan from an unknown base could start from the wrong versions.`
    );
  let transport = parseTransport(input.transport), planner = new Planner(head, result.base?.fleet, input.unfinished ?? [], result.policy);
  return planChunks(planner, transport, result.policy.pack.name, head.waves ?? null);
}
function* planChunks(planner, transport, policy2, waves) {
  let hash = createHash("sha256"), walked = planner.startWalk();
  function* hashed(entries) {
    let first = !0;
    for (let entry of entries)
      hash.update(first ? entry : `,${entry}`), first = !1, yield entry;
  }
  let pins = new ChunkedFile("pins.json");
  for (let piece of jsonObjectPieces(
    [
      { key: "apiVersion", value: "rollgate/v1" },
      { key: "kind", value: "Pins" },
      { key: "clusters", items: hashed(planner.walk(walked)), kind: "object" }
    ],
    { open: !0 }
  )) {
    let chunk = pins.add(piece);
    chunk && (yield chunk), yield* walked.queue.splice(0);
  }
  let stages = planner.finishStages(walked.drafts), planFile = new ChunkedFile("plan.json");
  function* stageItems() {
    for (let stage of stages) yield arrayItem(stage);
  }
  for (let piece of jsonObjectPieces(
    [
      { key: "apiVersion", value: "rollgate/v1" },
      { key: "kind", value: "RolloutPlan" },
      { key: "policy", value: policy2 },
      { key: "waves", value: waves },
      { key: "stages", items: stageItems(), kind: "array" },
      { key: "notes", value: walked.notes }
    ],
    { open: !0 }
  )) {
    hash.update(piece);
    let chunk = planFile.add(piece);
    chunk && (yield chunk);
  }
  let id = `sha256:${hash.update(`
}`).digest("hex")}`;
  for (let [file, key2] of [
    [planFile, "id"],
    [pins, "plan"]
  ]) {
    for (let piece of jsonObjectPieces([{ key: key2, value: id }], { opened: !0 })) file.add(piece);
    file.add(`
`), yield file.end();
  }
  for (let file of walked.direct.values())
    file.add(`
# rollgate plan ${id}
`), yield file.end();
  let plan = {
    apiVersion: "rollgate/v1",
    kind: "RolloutPlan",
    policy: policy2,
    waves,
    stages,
    notes: walked.notes,
    id
  };
  for (let [name, text] of planner.proxyFiles(walked, id)) yield wholeFile(`overrides/${name}`, text);
  for (let stage of stages)
    yield wholeFile(`jobs/${stage.id}.sh`, renderJobScript(stage, id, transport), !0);
  return yield* planner.rollbackChunks(stages, id, transport), yield wholeFile("matrix.json", jsonFile(matrixChunks(plan))), yield wholeFile("preview.md", renderPlanPreview(plan)), plan;
}
var Planner = class {
  constructor(head, base, unfinished, policy2) {
    this.base = base;
    this.policy = policy2;
    if (this.pack = policy2.pack, this.snapPins = (policy2.pack.rollout?.pins ?? "snap") === "snap", this.baseClusters = indexFleet(base), this.unfinishedClusters = unfinished.map(indexFleet), this.headClusters = new Map(head.clusters.map((cluster) => [cluster.name, cluster])), head.waves) {
      let byWave = new Map(head.waves.map((wave) => [wave, []]));
      for (let cluster of head.clusters)
        cluster.wave !== void 0 && byWave.get(cluster.wave)?.push(cluster);
      this.clusters = [...byWave.values()].flat();
    } else
      this.clusters = [...head.clusters];
  }
  base;
  policy;
  baseClusters;
  unfinishedClusters;
  clusters;
  headClusters;
  pack;
  /** Whether revisions are pinned as a snap's (proxy overrides, direct refresh lines), or by the pack's own steps. */
  snapPins;
  /** The components a cluster runs anywhere, in the pack's order, then any the pack does not know by name. */
  componentsOf(cluster, baseCluster) {
    let names = new Set(Object.keys(cluster.components));
    for (let member of cluster.members)
      if (member.overrides) for (let name of Object.keys(member.overrides)) names.add(name);
    if (baseCluster) for (let name of Object.keys(baseCluster.components)) names.add(name);
    let key2 = [...names].join(" "), known = this.ordered.get(key2);
    if (known) return known;
    let inPack = this.pack.order.filter((name) => names.has(name)), rest = [...names].filter((name) => !this.pack.order.includes(name)).sort(), order = [...inPack, ...rest];
    return this.ordered.set(key2, order), order;
  }
  ordered = /* @__PURE__ */ new Map();
  /** Whether a member takes part in a component's stages: the pack may limit them to some roles (control only). */
  runsOn(component, member) {
    let roles = this.componentPolicy(component)?.rollout?.roles;
    return !roles || roles.includes(member.role);
  }
  componentPolicy(name) {
    return Object.hasOwn(this.pack.components, name) ? this.pack.components[name] : void 0;
  }
  /** What the walk starts from: the notes about the plan as a whole. */
  startWalk() {
    let walked = { drafts: [], notes: [], proxies: /* @__PURE__ */ new Map(), direct: /* @__PURE__ */ new Map(), queue: [] };
    return this.base || walked.notes.push("No base manifest: every member is planned from an unknown state to its pin."), this.unfinishedClusters.length > 0 && walked.notes.push(
      `${this.unfinishedClusters.length} earlier rollout${this.unfinishedClusters.length === 1 ? "" : "s"} did not finish; members that one of them may have moved are planned as well.`
    ), walked;
  }
  /**
   * One pass over the clusters, in pins.json's order: each member's state of each component is read once and serves
   * the pins (yielded, as pins.json's entries), the stages, the proxy overrides and the direct pins alike. When the
   * pass ends, `walked` holds the rest in plan order.
   */
  *walk(walked) {
    let take = (cluster, own) => {
      if (walked.drafts.push(...own.drafts), walked.notes.push(...own.notes), cluster.proxy !== void 0 && this.snapPins && this.serve(cluster.name, cluster.proxy, own.served, walked.proxies), own.direct === void 0) return;
      let file = walked.direct.get(cluster.wave);
      file || (file = new ChunkedFile(`overrides/direct/${cluster.wave ?? DIRECT_WITHOUT_WAVES}.txt`), file.add(
        [
          `# rollgate: the pins of the clusters ${cluster.wave === void 0 ? "" : `of wave ${cluster.wave} `}that have no store proxy: each member holds its revisions with snap refresh --revision.`,
          "# Run the lines under a member's cluster/name on that member (snap refuses --cohort together with --revision).",
          "# The plan these pins belong to is named on the last line.",
          ""
        ].join(`
`)
      ), walked.direct.set(cluster.wave, file));
      let chunk = file.add(own.direct);
      chunk && walked.queue.push(chunk);
    }, order = keyOrder(this.clusters), found = order === this.clusters ? void 0 : /* @__PURE__ */ new Map();
    for (let cluster of order) {
      let { components, cells } = this.read(cluster), own = { drafts: [], notes: [], served: [], direct: void 0 };
      this.draftStages(cluster, components, cells, own), this.snapPins && (cluster.proxy === void 0 ? own.direct = this.directPins(cluster, components, cells) : own.served = this.served(cluster, components, cells)), found ? found.set(cluster, own) : take(cluster, own), yield pinsEntry(cluster, components, cells);
    }
    if (found) for (let cluster of this.clusters) take(cluster, found.get(cluster));
  }
  /** A cluster's components, and every member's head and base state of each, its checked pin, and whether it moves. */
  read(cluster) {
    let baseEntry = this.baseClusters.get(cluster.name), components = this.componentsOf(cluster, baseEntry?.cluster);
    return { components, cells: this.cells(cluster, components, baseEntry) };
  }
  cells(cluster, components, baseEntry) {
    let pins = /* @__PURE__ */ new Map(), cell = (member, baseMember, component) => {
      let to2 = memberState(cluster, member, component), from = baseEntry && baseMember ? memberState(baseEntry.cluster, baseMember, component) : void 0;
      if (!to2) return { to: to2, pin: void 0, from, changed: !1 };
      let pin = pins.get(to2);
      return pin || (pin = pinOf(to2, `${component} on ${cluster.name}/${member.name}`), pins.set(to2, pin)), { to: to2, pin, from, changed: this.moves(cluster, member, component, from, to2) };
    }, shared;
    return cluster.members.map((member) => {
      let baseMember = baseEntry?.members.get(member.name), plain = this.unfinishedClusters.length === 0 && !member.overrides && baseMember !== void 0 && !baseMember.overrides;
      if (plain && shared) return shared;
      let row = components.map((component) => cell(member, baseMember, component));
      return plain && (shared = row), row;
    });
  }
  /** A cluster's stages to be: per component that changes, in the pack's order, the members whose pin moves. */
  draftStages(cluster, components, cells, walked) {
    if (!cells.some((row) => row.some((cell) => cell.changed || cell.from && !cell.pin))) return;
    let ordered = orderMembers(cluster.members), drafts = [];
    components.forEach((component, column) => {
      let movers = [];
      for (let [member, row] of ordered) {
        if (!this.runsOn(component, member)) continue;
        let cell = cells[row]?.[column];
        if (!cell.pin) {
          cell.from && walked.notes.push(
            `${component} is removed from ${cluster.name}/${member.name}; rollgate does not remove components, so remove it by hand.`
          );
          continue;
        }
        cell.changed && movers.push({
          member,
          from: cell.from ? pinOf(cell.from, `${component} on ${cluster.name}/${member.name} in the base`) : null,
          to: cell.pin
        });
      }
      if (movers.length === 0) return;
      let members2 = movers.map(
        ({ member, from, to: to2 }, index) => ({
          name: member.name,
          role: member.role,
          workload: member.workload,
          from,
          to: to2,
          steps: this.memberSteps(cluster, member, component, to2, "member", index === 0)
        })
      ), policy2 = this.componentPolicy(component);
      policy2?.rollout || walked.notes.push(
        `The ${this.pack.name} pack gives ${component} no rollout steps, so its stage in ${cluster.name} only pins it.`
      );
      let strategy = policy2?.rollout?.strategy ?? "serial", pause = cluster.pauseAfterMember ?? this.pack.rollout?.pauseAfterMember ?? "none", health = policy2?.rollout?.member.find((step) => step.name === "health")?.run ?? null;
      drafts.push({
        cluster,
        component,
        members: members2,
        strategy,
        pause,
        parts: splitParts(members2, strategy, pause),
        health: health ? [...health] : null,
        first: !1,
        last: !1
      });
    });
    let firstDraft = drafts[0], lastDraft = drafts[drafts.length - 1];
    firstDraft && (firstDraft.first = !0), lastDraft && (lastDraft.last = !0), walked.drafts.push(...drafts);
  }
  /** The stages in plan order, numbered, with the steps once before and after their members. */
  finishStages(drafts) {
    let width = Math.max(2, String(drafts.length).length);
    return drafts.map((draft, index) => {
      let { cluster, component, members: members2 } = draft;
      return {
        // Key order is the output's: fixed here so plan.json reads the same field order on every stage.
        id: `${String(index + 1).padStart(width, "0")}-${cluster.name}-${component}`,
        wave: cluster.wave ?? null,
        cluster: cluster.name,
        component,
        from: summarise(members2.map((m2) => m2.from)),
        to: summarise(members2.map((m2) => m2.to)) ?? "",
        strategy: draft.strategy,
        proxy: cluster.proxy ?? null,
        runner: cluster.runner ?? null,
        gate: draft.parts.some((part) => part.approval) ? "approval" : "none",
        pauseAfterMember: draft.pause,
        health: draft.health,
        before: [
          ...draft.first ? this.clusterSteps(
            cluster,
            this.pack.rollout?.first,
            members2,
            this.baseClusters.get(cluster.name)?.cluster
          ) : [],
          ...this.proxyPins(cluster, component, members2),
          ...this.componentSteps(cluster, component, "before", members2)
        ],
        members: members2,
        after: [
          ...this.componentSteps(cluster, component, "after", members2),
          ...draft.last ? this.clusterSteps(cluster, this.pack.rollout?.finally, members2, cluster) : []
        ],
        parts: draft.parts
      };
    });
  }
  /** Whether a member must be moved: its pin differs from the base, or from what an unfinished rollout may have left. */
  moves(cluster, member, component, from, to2) {
    if (!sameRun(from, to2)) return !0;
    for (let unfinished of this.unfinishedClusters) {
      let entry = unfinished.get(cluster.name), other = entry?.members.get(member.name), state = entry && other ? memberState(entry.cluster, other, component) : void 0;
      if (state && !sameRun(state, to2)) return !0;
    }
    return !1;
  }
  /** A member's steps for a component: the pack's `member` steps (or `rollback` ones) whose condition holds, filled. */
  memberSteps(cluster, member, component, target, kind, first) {
    let rollout = this.componentPolicy(component)?.rollout, specs = kind === "rollback" ? rollout?.rollback ?? rollout?.member ?? [] : rollout?.member ?? [], values = {
      ...pinValues(target),
      component,
      member: member.name,
      cluster: cluster.name,
      attempts: String(member.migrationAttempts ?? DEFAULT_MIGRATION_ATTEMPTS)
    };
    return cluster.proxy !== void 0 && (values.proxy = cluster.proxy), specs.filter((spec) => applies(spec, member.workload, first, cluster)).map((spec) => fillStep(spec, values, member.name, `${component} on ${cluster.name}/${member.name}`));
  }
  /** The component's `before` or `after` steps, once per stage, on the stage's first member. */
  componentSteps(cluster, component, key2, members2) {
    let specs = this.componentPolicy(component)?.rollout?.[key2] ?? [], host = members2[0];
    if (!host || specs.length === 0) return [];
    let values = { ...summariseValues(members2.map((m2) => pinValues(m2.to))), component, member: host.name, cluster: cluster.name };
    return cluster.proxy !== void 0 && (values.proxy = cluster.proxy), specs.filter((spec) => applies(spec, host.workload, !0, cluster)).map(
      (spec) => fillStep(spec, values, host.name, `the ${key2} steps of ${component} in ${cluster.name}`)
    );
  }
  /**
   * The pack's `first` or `finally` steps: about the cluster, not one component. `runs` is the cluster as it stands
   * when they run (its base before the first stage and after a rollback, its head after the last stage), which a
   * step's `needs` are read against.
   */
  clusterSteps(cluster, specs, members2, runs) {
    let host = cluster.members.find((member) => member.role === "control") ?? members2[0];
    if (!host || !specs?.length) return [];
    let values = { member: host.name, cluster: cluster.name };
    return cluster.proxy !== void 0 && (values.proxy = cluster.proxy), specs.filter((spec) => applies(spec, host.workload, !0, cluster) && this.needsHold(spec, runs, host.name)).map((spec) => fillStep(spec, values, host.name, `the pack's cluster steps in ${cluster.name}`));
  }
  /** Behind a store proxy, the override that makes the channel serve the pinned revision, set before any member refreshes. */
  proxyPins(cluster, component, members2) {
    if (cluster.proxy === void 0 || !this.snapPins) return [];
    let lines = /* @__PURE__ */ new Set();
    for (let member of members2)
      member.to.channel === void 0 || member.to.revision === void 0 || lines.add(`${member.to.channel}=${member.to.revision}`);
    return [...lines].map((override) => ({
      name: "pin",
      run: ["snap-proxy", "override", component, override],
      on: "proxy",
      host: cluster.proxy
    }));
  }
  /** A cluster without a proxy: each member's `snap refresh --revision` pin commands; none when no pin is a revision. */
  directPins(cluster, components, cells) {
    let text = "", any = !1, bodies = /* @__PURE__ */ new Map();
    for (let row = 0; row < cluster.members.length; row++) {
      let member = cluster.members[row], rowCells = cells[row], byRole = bodies.get(rowCells), body = byRole?.get(member.role);
      if (body === void 0) {
        body = "";
        for (let column = 0; column < components.length; column++) {
          let component = components[column], pin = rowCells[column]?.pin;
          !pin || !this.runsOn(component, member) || (pin.revision !== void 0 && (any = !0), body += `${directLine(component, pin)}
`);
        }
        byRole || (byRole = /* @__PURE__ */ new Map(), bodies.set(rowCells, byRole)), byRole.set(member.role, body);
      }
      text += `
# ${cluster.name}/${member.name}
${body}`;
    }
    return any ? text : void 0;
  }
  /** A cluster behind a proxy: the revision each component's channel must serve, for each pin its members have. */
  served(cluster, components, cells) {
    let served = [], seen = /* @__PURE__ */ new Set();
    return components.forEach((component, column) => {
      cluster.members.forEach((member, row) => {
        let pin = cells[row]?.[column]?.pin;
        pin?.channel === void 0 || pin.revision === void 0 || seen.has(pin) || (seen.add(pin), served.push({
          component,
          channel: pin.channel,
          revision: pin.revision,
          where: `${cluster.name}/${member.name}`
        }));
      });
    }), served;
  }
  /** Adds a cluster's revisions to what its proxy serves, refused when two members need two of one channel. */
  serve(cluster, name, served, proxies) {
    let proxy = proxies.get(name);
    proxy || (proxy = { clusters: [], lines: /* @__PURE__ */ new Map() }, proxies.set(name, proxy)), proxy.clusters.push(cluster);
    for (let { component, channel, revision, where } of served) {
      let key2 = `${component} ${channel}`, known = proxy.lines.get(key2);
      if (known && known.revision !== revision)
        throw new RollgateError(
          `Proxy ${name} would have to serve ${component} ${channel} at revision ${known.revision} (${known.where}) and ${revision} (${where}); a proxy override serves one revision per channel (see pins/conflict).`
        );
      known || proxy.lines.set(key2, { revision, where });
    }
  }
  /** overrides/<proxy>.txt for each proxy. */
  proxyFiles(walked, planId) {
    let files = [], proxies = [...walked.proxies.entries()].sort(([a], [b3]) => a < b3 ? -1 : a > b3 ? 1 : 0);
    for (let [name, proxy] of proxies) {
      let lines = [
        `# rollgate plan ${planId}`,
        `# Enterprise Store Proxy ${name}, serving ${proxy.clusters.join(", ")}: the revision each snap channel serves.`,
        "# Each stage job sets the overrides of its own component before refreshing; apply the whole file to set them all at once."
      ];
      for (let [key2, { revision }] of proxy.lines) {
        let [component, channel] = key2.split(" ");
        lines.push(["snap-proxy", "override", component, `${channel}=${revision}`].map(shellWord).join(" "));
      }
      files.push([`${name}.txt`, `${lines.join(`
`)}
`]);
    }
    return files;
  }
  /**
   * rollback.json and a script per rollback stage: the stages reversed, each changed member to its base pin, or the
   * pack's statement. Each rollback stage is made, written and let go in turn.
   */
  *rollbackChunks(stages, planId, transport) {
    let heading = [
      { key: "apiVersion", value: "rollgate/v1" },
      { key: "kind", value: "RollbackPlan" },
      { key: "plan", value: planId }
    ], support = this.pack.rollout?.rollback;
    if (support && !support.supported) {
      yield* jsonFileChunks("rollback.json", [
        ...heading,
        { key: "supported", value: !1 },
        { key: "statement", value: support.statement }
      ]);
      return;
    }
    let reversed = [...stages].reverse(), kept = reversed.filter((stage) => stage.members.some((member) => member.from)), width = Math.max(2, String(kept.length).length), lastOfCluster = new Map(kept.map((stage) => [stage.cluster, stage])), notes = [], overrides = {}, scripts = [], planner = this;
    function* items() {
      let index = 0;
      for (let stage of reversed) {
        let rollback = planner.rollbackStage(stage, notes);
        if (!rollback) continue;
        index++;
        let cluster = planner.clusterOf(stage), after = lastOfCluster.get(stage.cluster) === stage ? planner.clusterSteps(
          cluster,
          planner.pack.rollout?.finally,
          rollback.members,
          planner.baseClusters.get(cluster.name)?.cluster
        ) : [], { before, members: members2, parts, ...fields } = rollback, done = {
          id: `rollback-${String(index).padStart(width, "0")}-${stage.cluster}-${stage.component}`,
          ...fields,
          before,
          members: members2,
          after,
          parts
        };
        for (let step of done.before) {
          if (step.on !== "proxy" || step.host === null) continue;
          let line = step.run.map(shellWord).join(" "), lines = overrides[step.host];
          lines ? lines.includes(line) || lines.push(line) : overrides[step.host] = [line];
        }
        scripts.push(wholeFile(`jobs/${done.id}.sh`, renderJobScript(done, planId, transport), !0)), yield arrayItem(done);
      }
    }
    yield* interleaved(
      new ChunkedFile("rollback.json"),
      jsonObjectPieces([
        ...heading,
        { key: "supported", value: !0 },
        { key: "stages", items: items(), kind: "array" },
        { key: "overrides", later: () => overrides },
        { key: "notes", later: () => notes }
      ]),
      scripts
    );
  }
  /** One stage taken back: its members with a base pin, from their new pin to it, in the stage's order; none without any. */
  rollbackStage(stage, notes) {
    let cluster = this.clusterOf(stage), byName2 = new Map(cluster.members.map((m2) => [m2.name, m2])), members2 = [];
    for (let planned of stage.members) {
      if (!planned.from) {
        notes.push(
          `${stage.cluster}/${planned.name} had no ${stage.component} in the base, so there is nothing to roll it back to.`
        );
        continue;
      }
      let member = byName2.get(planned.name);
      members2.push({
        name: planned.name,
        role: planned.role,
        workload: planned.workload,
        from: planned.to,
        to: planned.from,
        steps: this.memberSteps(
          cluster,
          member,
          stage.component,
          planned.from,
          "rollback",
          members2.length === 0
        )
      });
    }
    if (members2.length === 0) return;
    let parts = splitParts(members2, stage.strategy, stage.pauseAfterMember);
    return {
      wave: stage.wave,
      cluster: stage.cluster,
      component: stage.component,
      from: stage.to,
      to: stage.from ?? "",
      strategy: stage.strategy,
      proxy: stage.proxy,
      runner: stage.runner,
      gate: parts.some((part) => part.approval) ? "approval" : "none",
      pauseAfterMember: stage.pauseAfterMember,
      health: stage.health,
      before: this.proxyPins(cluster, stage.component, members2),
      members: members2,
      parts
    };
  }
  /** Whether the member a cluster step runs on runs a version its `needs` list of each component it names. */
  needsHold(spec, cluster, memberName) {
    if (!spec.needs) return !0;
    let member = cluster?.members.find((m2) => m2.name === memberName);
    return !cluster || !member ? !1 : Object.entries(spec.needs).every(([component, versions]) => {
      let version = comparableVersion(this.policy, component, memberState(cluster, member, component)), scheme = this.policy.schemes.get(component);
      return version !== void 0 && scheme !== void 0 && versions.some((v2) => scheme.matches(version, v2));
    });
  }
  clusterOf(stage) {
    let cluster = this.headClusters.get(stage.cluster);
    if (!cluster) throw new Error(`cluster ${stage.cluster} vanished from the head fleet`);
    return cluster;
  }
};
function pinsEntry(cluster, components, cells) {
  let written = /* @__PURE__ */ new Map(), columns = keyOrder(components.map((name, column) => ({ name, column, key: JSON.stringify(name) }))), previous, list = "";
  for (let { name, row } of keyOrder(cluster.members.map((member, row2) => ({ name: member.name, row: row2 })))) {
    let rowCells = cells[row];
    if (!previous || !sameRow(previous.cells, rowCells)) {
      let body = "";
      for (let { column, key: key2 } of columns) {
        let cell = rowCells[column], pin = cell.pin;
        if (!pin) continue;
        let text = cell.changed ? void 0 : written.get(pin);
        text === void 0 && (text = "{", pin.channel !== void 0 && (text += `
            "channel": ${JSON.stringify(pin.channel)},`), pin.revision !== void 0 && (text += `
            "revision": ${JSON.stringify(pin.revision)},`), pin.version !== void 0 && (text += `
            "version": ${JSON.stringify(pin.version)},`), text += `
            "changed": ${cell.changed}
          }`, cell.changed || written.set(pin, text)), body += `${body === "" ? "" : ","}
          ${key2}: ${text}`;
      }
      previous = { cells: rowCells, body: body === "" ? "{}" : `{${body}
        }` };
    }
    list += `${list === "" ? "" : ","}
        ${JSON.stringify(name)}: ${previous.body}`;
  }
  let wave = JSON.stringify(cluster.wave ?? null), proxy = JSON.stringify(cluster.proxy ?? null), members2 = list === "" ? "{}" : `{${list}
      }`;
  return `
    ${JSON.stringify(cluster.name)}: {
      "wave": ${wave},
      "proxy": ${proxy},
      "members": ${members2}
    }`;
}
function sameRow(a, b3) {
  if (a === b3) return !0;
  for (let column = 0; column < a.length; column++)
    if (a[column]?.pin !== b3[column]?.pin || a[column]?.changed !== b3[column]?.changed) return !1;
  return !0;
}
function directLine(component, pin) {
  return pin.revision === void 0 ? `# ${component}: version ${pin.version ?? "(none)"}${pin.channel ? ` on ${pin.channel}` : ""}, not a snap revision; see pins.json.` : [
    "snap",
    "refresh",
    component,
    ...pin.channel ? [`--channel=${pin.channel}`] : [],
    `--revision=${pin.revision}`
  ].map(shellWord).join(" ");
}
function keyOrder(items) {
  return items.some((item) => isArrayIndex(item.name)) ? [...items.filter((item) => isArrayIndex(item.name)).sort((a, b3) => Number(a.name) - Number(b3.name)), ...items.filter((item) => !isArrayIndex(item.name))] : items;
}
function isArrayIndex(name) {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(name) && Number(name) < 2 ** 32 - 1;
}
function* interleaved(file, pieces, queue) {
  for (let piece of pieces) {
    let chunk = file.add(piece);
    chunk && (yield chunk), yield* queue.splice(0);
  }
  file.add(`
`), yield file.end(), yield* queue.splice(0);
}
function indexFleet(fleet2) {
  return new Map(
    (fleet2?.clusters ?? []).map((cluster) => [
      cluster.name,
      { cluster, members: new Map(cluster.members.map((m2) => [m2.name, m2])) }
    ])
  );
}
function orderMembers(members2) {
  let placed = members2.map((member, row) => [member, row]);
  return [...placed.filter(([m2]) => m2.role === "control"), ...placed.filter(([m2]) => m2.role !== "control")];
}
function splitParts(members2, strategy, pause) {
  if (strategy === "parallel") {
    let manual = members2.filter((m2) => m2.workload === "manual").map((m2) => m2.name), reasons = [];
    return pause !== "none" && reasons.push(`pauseAfterMember is ${pause}, and a parallel stage can only pause before it starts`), manual.length > 0 && reasons.push(
      `${listNames(manual)} ${manual.length === 1 ? "has" : "have"} manual workload handling: move the workloads away, then approve`
    ), [
      {
        part: 1,
        members: members2.map((m2) => m2.name),
        approval: reasons.length > 0,
        reason: reasons.length > 0 ? joinReasons(reasons) : null
      }
    ];
  }
  let parts = [];
  return members2.forEach((member, index) => {
    let reasons = [], previous = members2[index - 1];
    previous && (pause === "all" || pause === "first" && index === 1) && reasons.push(`${previous.name} is done (pauseAfterMember ${pause}): check it, then approve`), member.workload === "manual" && reasons.push(`${member.name} has manual workload handling: move its workloads away, then approve`);
    let current = parts[parts.length - 1];
    !current || reasons.length > 0 ? parts.push({
      part: parts.length + 1,
      members: [member.name],
      approval: reasons.length > 0,
      reason: reasons.length > 0 ? joinReasons(reasons) : null
    }) : current.members.push(member.name);
  }), parts;
}
function joinReasons(reasons) {
  return `${reasons.join("; ")}.`;
}
function listNames(names) {
  return names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
function applies(spec, workload, first, cluster) {
  let when = spec.when ?? "always";
  switch (when) {
    case "always":
      return !0;
    case "proxy":
      return cluster.proxy !== void 0;
    case "direct":
      return cluster.proxy === void 0;
    case "first":
      return first;
    case "later":
      return !first;
    case "live":
    case "manual":
    case "skip":
      return when === workload;
    default: {
      let unknown = when;
      throw new RollgateError(
        `Step ${spec.name} has a \`when\` of ${String(unknown)}, which this rollgate does not know.`
      );
    }
  }
}
function pinOf(state, where) {
  let pin = {};
  if (state.channel !== void 0 && (pin.channel = checked("channel", state.channel, where)), state.revision !== void 0) {
    if (!Number.isInteger(state.revision))
      throw new RollgateError(`The revision of ${where} is not a whole number.`);
    checked("revision", String(state.revision), where), pin.revision = state.revision;
  }
  return state.version !== void 0 && (pin.version = checked("version", state.version, where)), pin;
}
function pinValues(pin) {
  let values = {};
  return pin.channel !== void 0 && (values.channel = pin.channel, values.track = pin.channel.split("/")[0]), pin.revision !== void 0 && (values.revision = String(pin.revision)), pin.version !== void 0 && (values.version = pin.version), values;
}
function summariseValues(all) {
  let first = all[0] ?? {}, shared = {};
  for (let [key2, value] of Object.entries(first))
    all.every((values) => values[key2] === value) && (shared[key2] = value);
  return shared;
}
function summarise(pins) {
  let seen = [...new Set(pins.map((pin) => pin ? describeState(pin) : null))];
  return seen.length === 1 ? seen[0] ?? null : seen.map((text) => text ?? "(new)").join(", ");
}
var fitting = /* @__PURE__ */ new Map();
function checked(name, value, where) {
  let seen = fitting.get(name);
  if (seen?.has(value)) return value;
  if (!VALID[name].test(value))
    throw new RollgateError(
      `The ${name} of ${where} (${JSON.stringify(value).slice(0, 80)}) is not one the manifest schema allows, so rollgate will not put it in a command.`
    );
  return seen || (seen = /* @__PURE__ */ new Set(), fitting.set(name, seen)), seen.size < 4096 && seen.add(value), value;
}
var templates = /* @__PURE__ */ new WeakMap();
function templatesOf(spec) {
  let made = templates.get(spec);
  return made || (made = spec.run.map((arg) => {
    if (!arg.includes("{")) return arg;
    let template = [], from = 0;
    for (let match of arg.matchAll(/\{([^}]*)\}/g))
      match.index > from && template.push({ text: arg.slice(from, match.index) }), template.push({ name: match[1] }), from = match.index + match[0].length;
    return from < arg.length && template.push({ text: arg.slice(from) }), template;
  }), templates.set(spec, made)), made;
}
function fillStep(spec, values, host, where) {
  let run2 = templatesOf(spec).map((template) => {
    if (typeof template == "string") return template;
    let arg = "";
    for (let part of template) {
      if ("text" in part) {
        arg += part.text;
        continue;
      }
      let { name } = part;
      if (!Object.hasOwn(VALID, name))
        throw new RollgateError(
          `Step ${spec.name} for ${where} uses {${name}}, which is not a placeholder rollgate fills.`
        );
      let value = values[name];
      if (value === void 0)
        throw new RollgateError(
          `Step ${spec.name} for ${where} uses {${name}}, but there is no ${name} to fill it with; the pack's step and the manifest's pins do not fit.`
        );
      arg += checked(name, value, where);
    }
    return arg;
  }), on2 = spec.on ?? "member";
  return { name: spec.name, run: run2, on: on2, host: on2 === "runner" ? null : host };
}

// src/cli/plan-command.ts
var PLAN_OPTIONS = {
  head: { type: "string" },
  base: { type: "string" },
  "base-ref": { type: "string" },
  "unfinished-ref": { type: "string", multiple: !0 },
  policies: { type: "string", default: "policies" },
  out: { type: "string", default: "rollgate-plan" },
  transport: { type: "string" },
  now: { type: "string" },
  force: { type: "boolean", default: !1 }
}, PLAN_USAGE = 'rollgate plan --head fleet.yaml [--base old.yaml | --base-ref REF] [--unfinished-ref REF]... [--policies DIR] [--out DIR] [--transport "ssh {member}"] [--now ISO-8601] [--force]', PLAN_FILES = ["plan.json", "pins.json", "rollback.json", "matrix.json", "preview.md"], STAGING = ".rollgate-partial";
async function planCommand(values, io2) {
  let now = parseNow(values.now), where = baseOptions(values), unfinishedRefs = values["unfinished-ref"] ?? [], out = path7.resolve(io2.cwd, String(values.out ?? "rollgate-plan")), sources = await gatherSources({
    cwd: io2.cwd,
    policies: String(values.policies ?? "policies"),
    ...where
  }), result = await checkSources(sources, now);
  if (result.findings.length > 0 && io2.stderr(renderText(result)), !result.ok && !values.force)
    return io2.stderr(
      `rollgate plan: the check found errors, so nothing was planned. Fix them, or plan anyway with --force.
`
    ), 1;
  let unfinished = await readUnfinished(io2.cwd, where.head, unfinishedRefs), transport = values.transport, chunks = streamPlan({ result, ...transport !== void 0 ? { transport } : {}, unfinished });
  await prepareOut(out);
  let staging = path7.join(out, STAGING);
  await rm(staging, { recursive: !0, force: !0 });
  let plan;
  try {
    plan = await writePlanChunks(staging, chunks);
    for (let name of ["jobs", "overrides", ...PLAN_FILES])
      await rm(path7.join(out, name), { recursive: !0, force: !0 });
    for (let name of await readdir(staging)) await rename(path7.join(staging, name), path7.join(out, name));
  } finally {
    await rm(staging, { recursive: !0, force: !0 });
  }
  let gated = plan.stages.filter((stage) => stage.gate === "approval").length, shown = String(values.out ?? "rollgate-plan"), lines = [
    `Plan ${plan.id}: ${plan.stages.length} stage${plan.stages.length === 1 ? "" : "s"}, ${gated} waiting for approval; written to ${shown}.`
  ];
  for (let stage of plan.stages)
    lines.push(
      `  ${stage.id}  ${stage.from ?? "(new)"} -> ${stage.to}  ${stage.strategy}  ${stage.members.map((m2) => m2.name).join(" ")}${stage.gate === "approval" ? "  [approval]" : ""}`
    );
  for (let note of plan.notes) lines.push(`note: ${note}`);
  return io2.stdout(`${lines.join(`
`)}
`), 0;
}
async function readUnfinished(cwd, head, refs) {
  if (refs.length === 0) return [];
  let repository = gitRepository(cwd), fleets = [];
  for (let ref of refs) {
    let sha = await repository.resolve(ref);
    if (!sha)
      throw new RollgateError(
        `The unfinished rollout ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`
      );
    let text = await repository.show(sha, path7.resolve(cwd, head));
    if (text === void 0) continue;
    let loaded = loadManifest(text, `${head}@${ref}`);
    if (!loaded.fleet || loaded.findings.length > 0)
      throw new RollgateError(
        `The manifest at the unfinished rollout ref ${ref} could not be read, so rollgate cannot tell what that rollout may have changed.`
      );
    fleets.push(loaded.fleet);
  }
  return fleets;
}
async function writePlanChunks(dir, chunks) {
  let open2 = /* @__PURE__ */ new Map(), made = /* @__PURE__ */ new Set(), target = (file) => {
    let parts = file.split("/");
    if (parts.some((part) => part === "" || part === "." || part === ".."))
      throw new Error(`plan file path ${JSON.stringify(file)} is not a plain relative path`);
    let where = path7.join(dir, ...parts), parent = path7.dirname(where);
    return made.has(parent) || (mkdirSync(parent, { recursive: !0 }), made.add(parent)), where;
  }, pending = 0, failure, settled, created = (where, text, mode) => {
    pending++, openCallback(where, "w", mode, (error, descriptor) => {
      try {
        if (error) throw error;
        try {
          writeSync(descriptor, text);
        } finally {
          closeSync(descriptor);
        }
      } catch (problem) {
        failure ??= problem;
      }
      pending--, pending <= PENDING_LOW && settled?.();
    });
  }, drained = (level) => pending <= level ? void 0 : new Promise((resolve) => {
    settled = () => {
      pending > level || (settled = void 0, resolve());
    };
  }), done;
  try {
    for (let next = chunks.next(); ; next = chunks.next()) {
      if (next.done) {
        done = next.value;
        break;
      }
      let chunk = next.value;
      if (failure) break;
      let descriptor = open2.get(chunk.path), mode = chunk.executable ? 493 : 420;
      if (descriptor === void 0) {
        if (chunk.end) {
          created(target(chunk.path), chunk.text, mode), pending >= PENDING_HIGH && await drained(PENDING_LOW);
          continue;
        }
        descriptor = openSync(target(chunk.path), "w", mode), open2.set(chunk.path, descriptor);
      }
      chunk.text !== "" && writeSync(descriptor, chunk.text), chunk.end && (open2.delete(chunk.path), closeSync(descriptor));
    }
  } catch (error) {
    failure ??= error;
  } finally {
    for (let descriptor of open2.values()) closeSync(descriptor);
    await drained(0);
  }
  if (failure === void 0) return done;
  let code = failure.code;
  throw typeof code == "string" && code.startsWith("E") ? new RollgateError(`Cannot write the plan under ${dir}: ${failure.message}.`) : failure;
}
var PENDING_HIGH = 512, PENDING_LOW = 64;
function cannotUse(out, error) {
  let code = error.code, why = code === "ENOTDIR" ? "a part of the path is a file" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "it cannot be written there" : error.message;
  return new RollgateError(`Cannot write the plan to --out ${out}: ${why}.`);
}
async function makeDirectories(out) {
  let missing = [];
  for (let at2 = path7.resolve(out); ; at2 = path7.dirname(at2))
    try {
      if (!(await stat(at2)).isDirectory()) throw cannotUse(out, { code: "ENOTDIR" });
      break;
    } catch (error) {
      if (error instanceof RollgateError) throw error;
      if (error.code !== "ENOENT" || path7.dirname(at2) === at2)
        throw cannotUse(out, error);
      missing.unshift(at2);
    }
  for (let directory of missing)
    try {
      await mkdir(directory);
    } catch (error) {
      let code = error.code;
      if (code === "ENOENT")
        throw new RollgateError(`Cannot write the plan to --out ${out}: no directory can be made there.`);
      if (code !== "EEXIST") throw cannotUse(out, error);
    }
}
async function prepareOut(out) {
  let entries;
  try {
    if (!(await stat(out)).isDirectory())
      throw new RollgateError(`--out ${out} is a file; give a directory for the plan.`);
    entries = await readdir(out);
  } catch (error) {
    if (error instanceof RollgateError) throw error;
    if (error.code !== "ENOENT") throw cannotUse(out, error);
    await makeDirectories(out);
    return;
  }
  if (entries = entries.filter((name) => name !== STAGING), entries.length !== 0 && !entries.includes("plan.json"))
    throw new RollgateError(
      `--out ${out} is not empty and holds no earlier plan; give a new or empty directory, so no other files are mixed in or removed.`
    );
}

// src/cli/promote-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/edit/promote.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function promoteMoves(fleet2, file, from, to2) {
  let waves = fleet2.waves;
  if (!waves) throw new RollgateError(`${file} sets no \`waves\`, so there is nothing to promote between.`);
  for (let wave of [from, to2])
    if (!waves.includes(wave))
      throw new RollgateError(`${file} has no wave named ${wave}; its waves are ${waves.join(", ")}.`);
  if (waves.indexOf(from) >= waves.indexOf(to2))
    throw new RollgateError(
      `Wave ${from} does not come before ${to2} in \`waves\` (${waves.join(", ")}); a promotion goes from an earlier wave to a later one.`
    );
  let sources = fleet2.clusters.filter((c3) => c3.wave === from), targets = fleet2.clusters.filter((c3) => c3.wave === to2);
  if (sources.length === 0)
    throw new RollgateError(`No cluster is in wave ${from}, so there is nothing to promote.`);
  if (targets.length === 0)
    throw new RollgateError(`No cluster is in wave ${to2}, so there is nothing to promote to.`);
  let runs = /* @__PURE__ */ new Map(), skipped = [], components = [...new Set(sources.flatMap((c3) => Object.keys(c3.components)))];
  for (let component of components) {
    let states = sources.filter((c3) => c3.components[component]).map((c3) => ({ cluster: c3.name, state: c3.components[component] })), first = states[0];
    if (!first?.state) continue;
    let disagree = states.find((s) => !sameRun(s.state, first.state));
    if (disagree)
      throw new RollgateError(
        `Wave ${from} does not agree on ${component}: ${first.cluster} runs ${describeState(first.state)} and ${disagree.cluster} runs ${describeState(disagree.state)}. Bring wave ${from} to one state first, or bump ${to2} with rollgate bump.`
      );
    let run2 = {};
    for (let field of RUN_FIELDS) {
      let value = first.state[field];
      value !== void 0 && Object.assign(run2, { [field]: value });
    }
    runs.set(component, run2);
  }
  let moves = [];
  for (let cluster of targets)
    for (let [component, run2] of runs) {
      if (!cluster.components[component]) {
        skipped.push({
          cluster: cluster.name,
          component,
          reason: `${cluster.name} does not run ${component}; promote moves components, it does not add them`
        });
        continue;
      }
      moves.push({ cluster: cluster.name, component, run: run2 });
    }
  return { moves, skipped };
}
function promoteManifest(text, file, from, to2) {
  let fleet2 = readFleet(text, file), { moves, skipped } = promoteMoves(fleet2, file, from, to2);
  return { ...applyMoves(text, file, moves), skipped };
}

// src/cli/promote-command.ts
var PROMOTE_OPTIONS = {
  file: BUMP_OPTIONS.file,
  force: BUMP_OPTIONS.force,
  "base-ref": BUMP_OPTIONS["base-ref"],
  policies: BUMP_OPTIONS.policies,
  now: BUMP_OPTIONS.now
}, PROMOTE_USAGE = "rollgate promote FROM-WAVE TO-WAVE [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601]";
async function promoteCommand(values, io2, positionals) {
  if (positionals.length !== 2)
    throw new RollgateError(
      `promote takes two waves, the earlier then the later, for example rollgate promote staging production; it got ${positionals.length === 0 ? "none" : positionals.join(" ")}.`
    );
  let [from, to2] = positionals, target = await readEditTarget(io2, String(values.file ?? "fleet.yaml")), outcome = promoteManifest(target.text, target.shown, from, to2);
  for (let skipped of outcome.skipped)
    io2.stderr(`rollgate promote: skipped ${skipped.component} in ${skipped.cluster}: ${skipped.reason}.
`);
  return finishEdit(io2, "promote", target, outcome, values);
}

// src/cli/main.ts
var COMMANDS = {
  check: {
    summary: "Judge a manifest change by its policy pack.",
    usage: "rollgate check --head fleet.yaml [--base old.yaml | --base-ref REF] [--policies DIR] [--format text|json|markdown|sarif] [--now ISO-8601]",
    options: CHECK_OPTIONS,
    run: (values, io2) => checkCommand(values, io2)
  },
  plan: {
    summary: "Turn a merged manifest into pins, proxy overrides and staged rollout jobs.",
    usage: PLAN_USAGE,
    options: PLAN_OPTIONS,
    run: (values, io2) => planCommand(values, io2)
  },
  path: {
    summary: "Print the upgrade path a pack's rules allow between two versions.",
    usage: PATH_USAGE,
    options: PATH_OPTIONS,
    positionals: !0,
    run: (values, io2, positionals) => pathCommand(values, io2, positionals)
  },
  bump: {
    summary: "Move a component to a version in fleet.yaml, keeping its comments, if check allows it.",
    usage: BUMP_USAGE,
    options: BUMP_OPTIONS,
    positionals: !0,
    run: (values, io2, positionals) => bumpCommand(values, io2, positionals)
  },
  promote: {
    summary: "Set the clusters of a later wave to what an earlier wave runs, if check allows it.",
    usage: PROMOTE_USAGE,
    options: PROMOTE_OPTIONS,
    positionals: !0,
    run: (values, io2, positionals) => promoteCommand(values, io2, positionals)
  },
  init: {
    summary: "Write a starter fleet.yaml for a pack, with the schema line editors read.",
    usage: INIT_USAGE,
    options: INIT_OPTIONS,
    run: (values, io2) => initCommand(values, io2)
  }
};
function usage() {
  let lines = ["Usage: rollgate <command> [flags]", "", "Commands:"];
  for (let [name, command] of Object.entries(COMMANDS))
    lines.push(`  ${name.padEnd(9)} ${command.summary}`);
  return lines.push("", "Exit codes: 0 pass, 1 findings at error level, 2 could not run."), lines.push("Run rollgate <command> --help for its flags."), `${lines.join(`
`)}
`;
}
async function main(argv, io2) {
  let [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help")
    return io2.stdout(usage()), name === void 0 ? 2 : 0;
  if (name === "--version")
    return io2.stdout(`rollgate 0.1.0
`), 0;
  let command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!command)
    return io2.stderr(
      `rollgate: unknown command ${JSON.stringify(name)}; the commands are ${Object.keys(COMMANDS).join(", ")}.
`
    ), 2;
  if (rest.includes("--help") || rest.includes("-h"))
    return io2.stdout(`Usage: ${command.usage}

${command.summary}
`), 0;
  try {
    let { values, positionals } = parseArgs({
      args: rest,
      options: command.options,
      strict: !0,
      allowPositionals: command.positionals ?? !1
    });
    return await command.run(values, io2, positionals);
  } catch (error) {
    return io2.stderr(`rollgate ${name}: ${describeFailure(error)}
`), 2;
  }
}
function describeFailure(error) {
  if (error instanceof RollgateError) return error.message;
  let code = error.code;
  return typeof code == "string" && code.startsWith("ERR_PARSE_ARGS") ? `${error.message.replace(/\.?$/, ".")} Run with --help for the flags.` : `internal error: ${(error instanceof Error ? error.message : String(error)).split(`
`)[0]}. This is a bug in rollgate; please report it with the input that caused it.`;
}

// src/cli/index.ts
async function run() {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
    env: process.env
  });
}
export {
  run
};
