import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
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
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
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
    define_ROLLGATE_BUILTIN_PACKS_default = { "charmed-etcd": { text: `# yaml-language-server: $schema=../schemas/policy.schema.json
# Charmed etcd on Juju machines: the application is the cluster's one component, its units are the members.
# Rules from Charmed etcd's "Refresh (upgrade)" and the charm-refresh library's actions.
apiVersion: rollgate/v1
kind: PolicyPack
name: charmed-etcd
description: >-
  Charmed etcd, refreshed in place with juju refresh: one minor version at a time, stable channels only,
  a pre-refresh check on the leader first, and a pause for confirmation after the first unit by default.
# The charm charmed-etcd on Charmhub: \`rollgate update\` and \`bump --to CHANNEL\` read its revisions from its channel map.
datasource: charmhub
sources:
  - "Charmed etcd: Refresh (upgrade): supported and unsupported refreshes, pre-refresh check, pause-after-unit-refresh, roll back"
  - "charm-refresh: the pre-refresh-check and resume-refresh actions on machines"
order: [charmed-etcd]
# One component (the charm): no other order to keep or choose. Its units go in the order the charm refreshes them.
strictOrder: false
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
        # and rollgate resumes each later unit itself. It is also the vendor's way to halt a refresh.
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
`, json: '{"apiVersion":"rollgate/v1","kind":"PolicyPack","name":"charmed-etcd","description":"Charmed etcd, refreshed in place with juju refresh: one minor version at a time, stable channels only, a pre-refresh check on the leader first, and a pause for confirmation after the first unit by default.","datasource":"charmhub","sources":["Charmed etcd: Refresh (upgrade): supported and unsupported refreshes, pre-refresh check, pause-after-unit-refresh, roll back","charm-refresh: the pre-refresh-check and resume-refresh actions on machines"],"order":["charmed-etcd"],"strictOrder":false,"rules":{"policy/changed":"warning"},"rollout":{"pauseAfterMember":"first","pins":"none","rollback":{"supported":true}},"components":{"charmed-etcd":{"description":"The charmed-etcd application, pinned by channel (track/risk, the track is the etcd minor version) and charm revision. Members are its units by number, listed in the order the charm refreshes them: highest unit number first.","versioning":{"scheme":"semver","source":"track","versions":["3.5","3.6"]},"jump":{"max":1,"major":"forbid"},"risks":["stable"],"rollout":{"strategy":"serial","before":[{"name":"pre-refresh-check","on":"runner","run":["juju","run","{component}/leader","pre-refresh-check"]},{"name":"pause-every-unit","on":"runner","run":["juju","config","{component}","pause-after-unit-refresh=all"]}],"member":[{"name":"refresh","when":"first","on":"runner","run":["juju","refresh","{component}","--channel={channel}","--revision={revision}"]},{"name":"resume-refresh","when":"later","on":"runner","run":["juju","run","{component}/{member}","resume-refresh"]},{"name":"health","on":"runner","run":["juju","wait-for","unit","{component}/{member}","--query=life==\\"alive\\" && workload-status==\\"active\\" && agent-status==\\"idle\\"","--timeout=30m"]}],"rollback":[{"name":"halt","when":"first","on":"runner","run":["juju","config","{component}","pause-after-unit-refresh=all"]},{"name":"rollback","when":"first","on":"runner","run":["juju","refresh","{component}","--channel={channel}","--revision={revision}"]},{"name":"resume-refresh","when":"later","on":"runner","run":["juju","run","{component}/{member}","resume-refresh"]},{"name":"health","on":"runner","run":["juju","wait-for","unit","{component}/{member}","--query=life==\\"alive\\" && workload-status==\\"active\\" && agent-status==\\"idle\\"","--timeout=30m"]}]}}}}' }, kubernetes: { text: `# yaml-language-server: $schema=../schemas/policy.schema.json
# Kubernetes control plane components and kubelet, on a cluster laid out by kubeadm (static pod manifests in
# /etc/kubernetes/manifests, images from registry.k8s.io, kubelet from the pkgs.k8s.io packages).
# Members are the cluster's nodes by node name: control plane nodes with role control, the others workers.
# Rules from the Kubernetes version skew policy and "Upgrading kubeadm clusters".
# Each node's package source must point at the target minor version (pkgs.k8s.io has one repository per minor)
# before the rollout: the steps run \`apt-get update\` and install the pinned kubeadm, kubectl and kubelet from there.
# The control plane is upgraded by kubeadm ("kubeadm upgrade apply" on the first control plane node, "kubeadm
# upgrade node" on the others), which moves kube-controller-manager and kube-scheduler with kube-apiserver: pin the
# three to one version. The etcd snapshot is taken with etcdctl on the first control plane node, so it must be
# installed there (the etcd-client package), with kubeadm's certificates under /etc/kubernetes/pki/etcd. Each component's \`versions\` are the minor versions released so far, for upgrade
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
# Not strict: the skew policy itself names when the order must change. "Running a cluster with kubelet instances
# that are persistently three minor versions behind kube-apiserver means they must be upgraded before the control
# plane can be upgraded." So when the pack's order would pass through a state outside the skew (kubelets four minors
# behind a kube-apiserver that moved first), the planner moves the kubelets first and says why.
strictOrder: false
rules:
  policy/changed: warning
rollout:
  pauseAfterMember: none
  rollback:
    supported: false
    statement: >-
      Kubernetes supports no downgrade of its control plane: a newer kube-apiserver may have rewritten objects in
      etcd in a form the older one cannot read. To go back, restore the etcd snapshot this plan took before the
      upgrade (under \`kept\` here, on the first control plane node: \`etcdutl snapshot restore\`, as "Operating etcd
      clusters for Kubernetes" describes), and put the previous kubeadm, kubelet and kubectl packages and static pod
      manifests back, node by node, with the cluster's workloads drained.
components:
  kube-apiserver:
    description: The API server on every control plane node. "Skipping MINOR versions when upgrading is unsupported."
    versioning: { scheme: semver, source: version, versions: ["1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34"] }
    jump: { max: 1, major: forbid }
    rollout:
      strategy: serial
      roles: [control]
      # "Make sure to back up any important components": the plan's own etcd snapshot, on the first control plane
      # node, named for the cluster and the change; taken once (a rerun passes over it, never overwrites it) and
      # checked before it is kept. rollback.json names it.
      before:
        - { name: snapshot-etcd, creates: "/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db", run: [etcdctl, --endpoints=https://127.0.0.1:2379, --cacert=/etc/kubernetes/pki/etcd/ca.crt, --cert=/etc/kubernetes/pki/etcd/server.crt, --key=/etc/kubernetes/pki/etcd/server.key, snapshot, save, "/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db.part"] }
        - { name: check-snapshot, creates: "/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db", run: [etcdctl, --endpoints=https://127.0.0.1:2379, --cacert=/etc/kubernetes/pki/etcd/ca.crt, --cert=/etc/kubernetes/pki/etcd/server.crt, --key=/etc/kubernetes/pki/etcd/server.key, snapshot, status, "/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db.part"] }
        - { name: keep-snapshot, creates: "/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db", run: [mv, --no-clobber, "/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db.part", "/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db"] }
      member:
        # "Upgrade kubeadm": apt-get update, then the pinned kubeadm (and kubectl, which talks to the new API server).
        - { name: update-package-lists, run: [apt-get, update] }
        - { name: upgrade-kubeadm, run: [apt-get, install, --yes, --allow-change-held-packages, "kubeadm={version}-*", "kubectl={version}-*"] }
        # "Verify the upgrade plan: sudo kubeadm upgrade plan" (its pre-flight checks), then "sudo kubeadm upgrade
        # apply v1.35.x", which also upgrades kube-proxy and CoreDNS, renews certificates and the kubeadm-config.
        - { name: upgrade-plan, when: first, run: [kubeadm, upgrade, plan, "v{version}"] }
        - { name: upgrade-apply, when: first, run: [kubeadm, upgrade, apply, "v{version}", --yes] }
        # "For the other control plane nodes ... use: sudo kubeadm upgrade node instead of: sudo kubeadm upgrade apply"
        - { name: upgrade-node, when: later, run: [kubeadm, upgrade, node] }
        # The node's kube-apiserver runs the new image: not any pod, and not the old mirror pod.
        - { name: health, run: [kubectl, --kubeconfig=/etc/kubernetes/admin.conf, wait, --namespace=kube-system, "--for=jsonpath={.status.containerStatuses[0].image}=registry.k8s.io/kube-apiserver:v{version}", "pod/kube-apiserver-{member}", --timeout=5m] }
  kube-controller-manager:
    description: Never newer than kube-apiserver, and at most one minor version older.
    versioning: { scheme: semver, source: version, versions: ["1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34"] }
    # One kube-apiserver step plus the one minor version it may lag behind.
    jump: { max: 2, major: forbid }
    skew: [{ of: kube-apiserver, newer: 0, older: 1 }]
    rollout:
      strategy: serial
      roles: [control]
      # kubeadm upgraded it with kube-apiserver: the stage checks each node runs the new version.
      member:
        - { name: health, run: [kubectl, --kubeconfig=/etc/kubernetes/admin.conf, wait, --namespace=kube-system, "--for=jsonpath={.status.containerStatuses[0].image}=registry.k8s.io/kube-controller-manager:v{version}", "pod/kube-controller-manager-{member}", --timeout=5m] }
  kube-scheduler:
    description: Never newer than kube-apiserver, and at most one minor version older.
    versioning: { scheme: semver, source: version, versions: ["1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34"] }
    jump: { max: 2, major: forbid }
    skew: [{ of: kube-apiserver, newer: 0, older: 1 }]
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: health, run: [kubectl, --kubeconfig=/etc/kubernetes/admin.conf, wait, --namespace=kube-system, "--for=jsonpath={.status.containerStatuses[0].image}=registry.k8s.io/kube-scheduler:v{version}", "pod/kube-scheduler-{member}", --timeout=5m] }
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
        # "If you are performing a minor version upgrade for any kubelet, you must first drain the node" and
        # "In-place minor version kubelet upgrades are not supported": a skip node is drained like a live one.
        # manual: the approval gate before the node is where the operator drains it.
        - { name: drain, when: live, on: runner, run: [kubectl, drain, "{member}", --ignore-daemonsets, --delete-emptydir-data, --timeout=15m] }
        - { name: drain, when: skip, on: runner, run: [kubectl, drain, "{member}", --ignore-daemonsets, --delete-emptydir-data, --timeout=15m] }
        # "Upgrade the kubelet and kubectl": "apt-get update && apt-get install -y kubelet='1.35.x-*' kubectl='1.35.x-*'"
        - { name: update-package-lists, run: [apt-get, update] }
        - { name: upgrade, run: [apt-get, install, --yes, --allow-change-held-packages, "kubelet={version}-*", "kubectl={version}-*"] }
        # "Restart the kubelet: sudo systemctl daemon-reload; sudo systemctl restart kubelet"
        - { name: reload, run: [systemctl, daemon-reload] }
        - { name: restart, run: [systemctl, restart, kubelet] }
        # The node reports the new kubelet version, then Ready: state, so a rerun passes at once on a node done.
        - { name: health, on: runner, run: [kubectl, wait, "--for=jsonpath={.status.nodeInfo.kubeletVersion}=v{version}", "node/{member}", --timeout=10m] }
        - { name: ready, on: runner, run: [kubectl, wait, --for=condition=Ready, "node/{member}", --timeout=10m] }
        # "Bring the node back online by marking it schedulable: kubectl uncordon <node-to-uncordon>", whoever drained it.
        - { name: uncordon, on: runner, run: [kubectl, uncordon, "{member}"] }
`, json: '{"apiVersion":"rollgate/v1","kind":"PolicyPack","name":"kubernetes","description":"Kubernetes: kube-apiserver first, one minor version at a time; then kube-controller-manager and kube-scheduler, at most one minor behind it; then kubelet, at most three minors behind it; nothing newer than kube-apiserver.","sources":["Kubernetes: Version Skew Policy (kube-apiserver, kubelet, kube-controller-manager, kube-scheduler)","Kubernetes: Upgrading kubeadm clusters (one minor version at a time, drain, upgrade, uncordon)"],"order":["kube-apiserver","kube-controller-manager","kube-scheduler","kubelet"],"strictOrder":false,"rules":{"policy/changed":"warning"},"rollout":{"pauseAfterMember":"none","rollback":{"supported":false,"statement":"Kubernetes supports no downgrade of its control plane: a newer kube-apiserver may have rewritten objects in etcd in a form the older one cannot read. To go back, restore the etcd snapshot this plan took before the upgrade (under `kept` here, on the first control plane node: `etcdutl snapshot restore`, as \\"Operating etcd clusters for Kubernetes\\" describes), and put the previous kubeadm, kubelet and kubectl packages and static pod manifests back, node by node, with the cluster\'s workloads drained."}},"components":{"kube-apiserver":{"description":"The API server on every control plane node. \\"Skipping MINOR versions when upgrading is unsupported.\\"","versioning":{"scheme":"semver","source":"version","versions":["1.28","1.29","1.30","1.31","1.32","1.33","1.34"]},"jump":{"max":1,"major":"forbid"},"rollout":{"strategy":"serial","roles":["control"],"before":[{"name":"snapshot-etcd","creates":"/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db","run":["etcdctl","--endpoints=https://127.0.0.1:2379","--cacert=/etc/kubernetes/pki/etcd/ca.crt","--cert=/etc/kubernetes/pki/etcd/server.crt","--key=/etc/kubernetes/pki/etcd/server.key","snapshot","save","/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db.part"]},{"name":"check-snapshot","creates":"/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db","run":["etcdctl","--endpoints=https://127.0.0.1:2379","--cacert=/etc/kubernetes/pki/etcd/ca.crt","--cert=/etc/kubernetes/pki/etcd/server.crt","--key=/etc/kubernetes/pki/etcd/server.key","snapshot","status","/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db.part"]},{"name":"keep-snapshot","creates":"/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db","run":["mv","--no-clobber","/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db.part","/var/lib/rollgate/etcd-{cluster}-{from}-to-{version}.db"]}],"member":[{"name":"update-package-lists","run":["apt-get","update"]},{"name":"upgrade-kubeadm","run":["apt-get","install","--yes","--allow-change-held-packages","kubeadm={version}-*","kubectl={version}-*"]},{"name":"upgrade-plan","when":"first","run":["kubeadm","upgrade","plan","v{version}"]},{"name":"upgrade-apply","when":"first","run":["kubeadm","upgrade","apply","v{version}","--yes"]},{"name":"upgrade-node","when":"later","run":["kubeadm","upgrade","node"]},{"name":"health","run":["kubectl","--kubeconfig=/etc/kubernetes/admin.conf","wait","--namespace=kube-system","--for=jsonpath={.status.containerStatuses[0].image}=registry.k8s.io/kube-apiserver:v{version}","pod/kube-apiserver-{member}","--timeout=5m"]}]}},"kube-controller-manager":{"description":"Never newer than kube-apiserver, and at most one minor version older.","versioning":{"scheme":"semver","source":"version","versions":["1.28","1.29","1.30","1.31","1.32","1.33","1.34"]},"jump":{"max":2,"major":"forbid"},"skew":[{"of":"kube-apiserver","newer":0,"older":1}],"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"health","run":["kubectl","--kubeconfig=/etc/kubernetes/admin.conf","wait","--namespace=kube-system","--for=jsonpath={.status.containerStatuses[0].image}=registry.k8s.io/kube-controller-manager:v{version}","pod/kube-controller-manager-{member}","--timeout=5m"]}]}},"kube-scheduler":{"description":"Never newer than kube-apiserver, and at most one minor version older.","versioning":{"scheme":"semver","source":"version","versions":["1.28","1.29","1.30","1.31","1.32","1.33","1.34"]},"jump":{"max":2,"major":"forbid"},"skew":[{"of":"kube-apiserver","newer":0,"older":1}],"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"health","run":["kubectl","--kubeconfig=/etc/kubernetes/admin.conf","wait","--namespace=kube-system","--for=jsonpath={.status.containerStatuses[0].image}=registry.k8s.io/kube-scheduler:v{version}","pod/kube-scheduler-{member}","--timeout=5m"]}]}},"kubelet":{"description":"The kubelet on every node. Never newer than kube-apiserver and at most three minor versions older, so nodes may skip the minor versions the control plane went through.","versioning":{"scheme":"semver","source":"version","versions":["1.28","1.29","1.30","1.31","1.32","1.33","1.34"]},"jump":{"max":3,"major":"forbid"},"skew":[{"of":"kube-apiserver","newer":0,"older":3}],"rules":{"skew/members":"warning"},"rollout":{"strategy":"serial","member":[{"name":"drain","when":"live","on":"runner","run":["kubectl","drain","{member}","--ignore-daemonsets","--delete-emptydir-data","--timeout=15m"]},{"name":"drain","when":"skip","on":"runner","run":["kubectl","drain","{member}","--ignore-daemonsets","--delete-emptydir-data","--timeout=15m"]},{"name":"update-package-lists","run":["apt-get","update"]},{"name":"upgrade","run":["apt-get","install","--yes","--allow-change-held-packages","kubelet={version}-*","kubectl={version}-*"]},{"name":"reload","run":["systemctl","daemon-reload"]},{"name":"restart","run":["systemctl","restart","kubelet"]},{"name":"health","on":"runner","run":["kubectl","wait","--for=jsonpath={.status.nodeInfo.kubeletVersion}=v{version}","node/{member}","--timeout=10m"]},{"name":"ready","on":"runner","run":["kubectl","wait","--for=condition=Ready","node/{member}","--timeout=10m"]},{"name":"uncordon","on":"runner","run":["kubectl","uncordon","{member}"]}]}}}}' }, microcloud: { text: `# yaml-language-server: $schema=../schemas/policy.schema.json
# The MicroCloud snaps: MicroCeph, MicroOVN, LXD and MicroCloud.
# Rules from Canonical's "How to update and upgrade" and the snaps' own track policies.
apiVersion: rollgate/v1
kind: PolicyPack
name: microcloud
description: Canonical MicroCloud (snaps microceph, microovn, lxd, microcloud) on every cluster member.
# The components are snaps of those names: \`rollgate update\` and \`bump --to CHANNEL\` read their revisions from the
# Snap Store's channel map (or the Enterprise Store Proxy given by --store).
datasource: snap-store
sources:
  - "MicroCloud: How to update and upgrade (update and upgrade order, cohort, hold, Enterprise Store Proxy)"
  - "MicroCeph, MicroOVN and LXD release and track notes"
# "Update the same component's snap on all cluster members before moving to the next component."
order: [microceph, microovn, lxd, microcloud]
# Strict: "How to update and upgrade" gives this one order for every update and upgrade ("follow this recommended
# order"), with no case for another, so the planner never leaves it. Each snap has tracks of its own, so no two are
# compared by version; what MicroCloud needs of the others is \`requires\`, kept in every state of the rollout.
strictOrder: true
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
      # MicroCloud 1 runs with squid and 24.03 while the vendor's "Upgrade from MicroCloud 1 to 2" moves MicroCeph,
      # then MicroOVN, then LXD before MicroCloud itself: each of those steps may be its own change.
      - { version: "1", needs: { lxd: ["5.21"], microceph: [quincy, reef, squid], microovn: ["22.03", "23.09", "24.03"] } }
      - { version: "2", needs: { lxd: ["5.21"], microceph: [squid], microovn: ["24.03"] } }
    rollout:
      strategy: serial
      member:
        - { name: refresh, when: proxy, run: [snap, refresh, "{component}", "--channel={channel}", "--cohort=+"] }
        - { name: refresh, when: direct, run: [snap, refresh, "{component}", "--channel={channel}", "--revision={revision}"] }
`, json: '{"apiVersion":"rollgate/v1","kind":"PolicyPack","name":"microcloud","description":"Canonical MicroCloud (snaps microceph, microovn, lxd, microcloud) on every cluster member.","datasource":"snap-store","sources":["MicroCloud: How to update and upgrade (update and upgrade order, cohort, hold, Enterprise Store Proxy)","MicroCeph, MicroOVN and LXD release and track notes"],"order":["microceph","microovn","lxd","microcloud"],"strictOrder":true,"rules":{"policy/changed":"warning"},"rollout":{"pauseAfterMember":"none","rollback":{"supported":true},"finally":[{"name":"microcloud-status","run":["microcloud","status"],"needs":{"microcloud":["2"]}}]},"components":{"microceph":{"description":"Ceph storage. Ceph upgrades up to two releases at once (quincy or reef straight to squid).","versioning":{"scheme":"tracks","source":"track","versions":["quincy","reef","squid"]},"jump":{"max":2,"major":"allow"},"risks":["stable"],"hold":"required","cohort":"required","rollout":{"strategy":"serial","member":[{"name":"evacuate","when":"live","run":["lxc","cluster","evacuate","{member}","--force"]},{"name":"refresh","when":"proxy","run":["snap","refresh","{component}","--channel={channel}","--cohort=+"]},{"name":"refresh","when":"direct","run":["snap","refresh","{component}","--channel={channel}","--revision={revision}"]},{"name":"health","run":["microceph","status"]},{"name":"restore","when":"live","run":["lxc","cluster","restore","{member}","--force"]}]}},"microovn":{"description":"OVN networking. Upgrades go one track at a time, or from one LTS track to the next.","versioning":{"scheme":"tracks","source":"track","versions":["22.03","23.09","24.03","24.09","25.03","25.09"],"tags":{"lts":["22.03","24.03"]}},"jump":{"max":1,"skip":"lts","major":"allow"},"risks":["stable"],"hold":"required","cohort":"required","rollout":{"strategy":"serial","member":[{"name":"evacuate","when":"live","run":["lxc","cluster","evacuate","{member}","--force"]},{"name":"refresh","when":"proxy","run":["snap","refresh","{component}","--channel={channel}","--cohort=+"]},{"name":"refresh","when":"direct","run":["snap","refresh","{component}","--channel={channel}","--revision={revision}"]},{"name":"health","run":["microovn","status"]},{"name":"restore","when":"live","run":["lxc","cluster","restore","{member}","--force"]}]}},"lxd":{"description":"LXD. Refreshed on all members at once, since a member whose LXD differs from the rest is blocked.","versioning":{"scheme":"tracks","source":"track","versions":["4.0","5.0","5.21","6"],"tags":{"lts":["4.0","5.0","5.21"]}},"jump":{"max":1,"skip":"lts","major":"allow"},"risks":["stable"],"hold":"required","cohort":"required","rollout":{"strategy":"parallel","member":[{"name":"refresh","when":"proxy","run":["snap","refresh","{component}","--channel={channel}","--cohort=+"]},{"name":"refresh","when":"direct","run":["snap","refresh","{component}","--channel={channel}","--revision={revision}"]},{"name":"health","run":["lxc","cluster","list"]}]}},"microcloud":{"description":"MicroCloud itself, refreshed last, member by member.","versioning":{"scheme":"tracks","source":"track","versions":["1","2"]},"jump":{"max":1,"major":"allow"},"risks":["stable"],"hold":"required","cohort":"required","eol":[{"version":"1","date":"2025-04-30","note":"the 1 track reached end of life at the end of April 2025; upgrade to the 2 LTS track"}],"requires":[{"version":"1","needs":{"lxd":["5.21"],"microceph":["quincy","reef","squid"],"microovn":["22.03","23.09","24.03"]}},{"version":"2","needs":{"lxd":["5.21"],"microceph":["squid"],"microovn":["24.03"]}}],"rollout":{"strategy":"serial","member":[{"name":"refresh","when":"proxy","run":["snap","refresh","{component}","--channel={channel}","--cohort=+"]},{"name":"refresh","when":"direct","run":["snap","refresh","{component}","--channel={channel}","--revision={revision}"]}]}}}}' }, microshift: { text: `# yaml-language-server: $schema=../schemas/policy.schema.json
# Red Hat MicroShift on single-node hosts, installed from RPMs.
# Rules from the MicroShift enhancement "Upgrading from 4.Y-2 to 4.Y".
apiVersion: rollgate/v1
kind: PolicyPack
name: microshift
description: Red Hat MicroShift, one host per cluster, updated in place from RPMs with a backup, a reboot and a health check.
sources:
  - "MicroShift enhancement: Upgrading from 4.Y-2 to 4.Y (y-minus-2-upgrades)"
  - "MicroShift: backup and restore, greenboot health checks (microshift healthcheck)"
order: [microshift]
# One component on one host: no other order to keep or choose, so the flag changes nothing.
strictOrder: false
# "Support updating single-node deployments of MicroShift in place": multi-node is out of scope.
members: { min: 1, max: 1 }
rules:
  policy/changed: warning
rollout:
  # One member: a pause after it would only delay the end of the stage.
  pauseAfterMember: none
  # "downgrades of MicroShift deployed with RPMs on RHEL is not supported", and these steps install RPMs: going back
  # is the vendor's rollback ("discard the new database and restore the old version from a backup") done by hand.
  rollback:
    supported: false
    statement: >-
      MicroShift installed from RPMs on RHEL cannot be downgraded ("downgrades of MicroShift deployed with RPMs on
      RHEL is not supported"). To go back, as the vendor's rollback does ("discard the new database and restore the
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
`, json: `{"apiVersion":"rollgate/v1","kind":"PolicyPack","name":"microshift","description":"Red Hat MicroShift, one host per cluster, updated in place from RPMs with a backup, a reboot and a health check.","sources":["MicroShift enhancement: Upgrading from 4.Y-2 to 4.Y (y-minus-2-upgrades)","MicroShift: backup and restore, greenboot health checks (microshift healthcheck)"],"order":["microshift"],"strictOrder":false,"members":{"min":1,"max":1},"rules":{"policy/changed":"warning"},"rollout":{"pauseAfterMember":"none","rollback":{"supported":false,"statement":"MicroShift installed from RPMs on RHEL cannot be downgraded (\\"downgrades of MicroShift deployed with RPMs on RHEL is not supported\\"). To go back, as the vendor's rollback does (\\"discard the new database and restore the old version from a backup\\"): stop MicroShift, reinstall the host with the previous MicroShift version (and, from 4.16, the RHEL release it supports), then run microshift restore /var/lib/microshift-backups/rollgate-<cluster>-before-<version> (the backup taken before the update to <version>) before starting it, so the old version meets the database it wrote."}},"components":{"microshift":{"description":"MicroShift 4.Y.Z. The data in /var/lib/microshift may be at most 2 minor versions older than the binary, so an update goes 4.Y-2 to 4.Y at most, never to another major version and never back. From 4.14 or 4.15 to 4.16 the host also moves from RHEL 9.2 or 9.3 to 9.4 in the same update.","versioning":{"scheme":"semver","source":"version","versions":["4.14","4.15","4.16","4.17","4.18","4.19"]},"jump":{"max":2,"major":"forbid","limits":[{"from":"<4.14","max":0,"note":"We did not intend to support upgrading to 4.14 from either earlier version at all"}]},"blocked":[{"version":"<4.14","reason":"MicroShift 4.12 and 4.13 were preview releases, and no upgrade from them to a supported release is supported; install 4.14 or later afresh."}],"rules":{"channel/blocked":"warning"},"rollout":{"strategy":"serial","member":[{"name":"stop","run":["systemctl","stop","microshift"]},{"name":"backup","run":["microshift","backup","/var/lib/microshift-backups/rollgate-{cluster}-before-{version}"]},{"name":"install","run":["dnf","install","--assumeyes","microshift-{version}"]},{"name":"reboot","run":["systemd-run","--on-active=10","systemctl","reboot"]},{"name":"wait-for-reboot","on":"runner","run":["sleep","120"]},{"name":"health","run":["microshift","healthcheck","-v=2","--timeout=900s"]}]}}}}` }, mosk: { text: `# yaml-language-server: $schema=../schemas/policy.schema.json
# Mirantis OpenStack for Kubernetes (MOSK): the cluster release is the one component; members are the
# cluster's Kubernetes nodes, by node name, with their role (control or worker) and workload handling.
# Rules from "Update a MOSK cluster to 22.2 or earlier".
#
# The update itself runs in Mirantis Container Cloud (Clusters, Update cluster); its life-cycle management (LCM)
# changes the nodes one by one, control plane first, the workers "in no particular order". rollgate's steps check the
# management cluster, set every node's workload handling before the update starts, then follow each node by its
# state (its lcmmachine Ready at the target release), so a rerun passes over nodes already done and any order the LCM
# takes is followed; for a manual node: its maintenance request, the approval gate, its workload lock, then \`skip\`.
# The runner's kubectl reaches the MOSK cluster by default and the management cluster by the context \`management\`,
# where the cluster's lcmmachines live in the namespace named as the cluster in the manifest; lcmmachines are named
# as the nodes (the members).
apiVersion: rollgate/v1
kind: PolicyPack
name: mosk
description: >-
  Mirantis OpenStack for Kubernetes: one release at a time, nodes one by one with the control plane first,
  each node's workload live-migrated (default), handled by the operator (manual) or left alone (skip).
sources:
  - "MOSK: Update a MOSK cluster to 22.2 or earlier (phases, workload handling policy, roll back the changes)"
order: [mosk]
# One component (the cluster release): no other order to keep or choose. Its nodes go control plane first.
strictOrder: false
rules:
  policy/changed: warning
rollout:
  # MOSK waits for a person only at nodes whose workload handling is manual; those are the gates.
  pauseAfterMember: none
  # "Step 1. Verify that the Container Cloud management cluster is up-to-date": the management cluster answers and is
  # one (it serves KaaSReleases); whether it runs the latest Container Cloud release is read in its web UI.
  first:
    - { name: management-cluster, on: runner, run: [kubectl, --context=management, get, kaasreleases] }
  # "After the update": every node's lcmmachine Ready. The guide's other post-update steps (vRouter pods before
  # 22.4, the release's update notes, Tempest, StackLight silences) are the operator's, named in docs/packs/mosk.md.
  finally:
    - { name: all-nodes-updated, on: runner, run: [kubectl, --context=management, "--namespace={cluster}", wait, "--for=jsonpath={.status.state}=Ready", lcmmachine, --all, --timeout=1h] }
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
      # "changes get applied to the MOSK cluster nodes one by one, starting from Kubernetes master nodes and then
      # proceeding with Kubernetes worker nodes in no particular order".
      strategy: serial
      # "Define workload handling policy for compute nodes" before the update starts: on every node, once. The
      # marker annotation names the release the handling was set for, so a rerun passes over it and never turns a
      # manual node the operator has already released (skip) back to manual.
      before:
        - name: workload-live
          each: member
          when: live
          on: runner
          unless: [kubectl, wait, "--for=jsonpath={.metadata.annotations.rollgate\\\\.dev/workload-set-for}={version}", "node/{member}", --timeout=0s]
          run: [kubectl, annotate, --overwrite, "node/{member}", openstack.lcm.mirantis.com/instance_migration_mode=live, "openstack.lcm.mirantis.com/instance_migration_attempts={attempts}", "rollgate.dev/workload-set-for={version}"]
        # skip: "The OpenStack Controller skips the instance check on the node and reboots it."
        - name: workload-skip
          each: member
          when: skip
          on: runner
          unless: [kubectl, wait, "--for=jsonpath={.metadata.annotations.rollgate\\\\.dev/workload-set-for}={version}", "node/{member}", --timeout=0s]
          run: [kubectl, annotate, --overwrite, "node/{member}", openstack.lcm.mirantis.com/instance_migration_mode=skip, "rollgate.dev/workload-set-for={version}"]
        # manual: "The OpenStack Controller waits for the Operator to migrate instances from the compute node."
        - name: workload-manual
          each: member
          when: manual
          on: runner
          unless: [kubectl, wait, "--for=jsonpath={.metadata.annotations.rollgate\\\\.dev/workload-set-for}={version}", "node/{member}", --timeout=0s]
          run: [kubectl, annotate, --overwrite, "node/{member}", openstack.lcm.mirantis.com/instance_migration_mode=manual, "rollgate.dev/workload-set-for={version}"]
      member:
        # manual: "When it is time to apply changes to a node that has a manual workload handling policy configured,
        # the life-cycle management mechanism notifies you about that by creating a NodeMaintenanceRequest object".
        # The LCM holds the node until it is released (skip), so the request is there until then: the wait is on
        # state. A node already released passes over these steps.
        - name: wait-for-maintenance
          when: manual
          on: runner
          unless: [kubectl, wait, "--for=jsonpath={.metadata.annotations.openstack\\\\.lcm\\\\.mirantis\\\\.com/instance_migration_mode}=skip", "node/{member}", --timeout=0s]
          run: [kubectl, wait, --for=create, "nodemaintenancerequest/{member}", --timeout=24h]
        # The approval gate: the operator shuts down or migrates the node's instances, then approves. "Verify the
        # status:errorMessage attribute before proceeding": the node's OpenStack workload lock reports no servers left.
        - name: check-workload-lock
          when: manual
          gate: before
          on: runner
          unless: [kubectl, wait, "--for=jsonpath={.metadata.annotations.openstack\\\\.lcm\\\\.mirantis\\\\.com/instance_migration_mode}=skip", "node/{member}", --timeout=0s]
          retry: { timeout: 10m, every: 30s }
          run: [kubectl, get, "nodeworkloadlock/openstack-{member}", "--output=jsonpath={.status.errorMessage}"]
          expect: [{ what: "the workload lock's error message on {member}", match: "^(.+)$", is: "" }]
        # "Indicate the migration completion to the LCM by setting the node workload handling policy to skip."
        - name: migration-done
          when: manual
          on: runner
          unless: [kubectl, wait, "--for=jsonpath={.metadata.annotations.openstack\\\\.lcm\\\\.mirantis\\\\.com/instance_migration_mode}=skip", "node/{member}", --timeout=0s]
          run: [kubectl, annotate, --overwrite, "node/{member}", openstack.lcm.mirantis.com/instance_migration_mode=skip]
        # "The lcmmachine object being in the Ready state indicates that a node has been successfully updated": Ready
        # at the target release, so the check fails on a node the update has not moved (Ready at the old one).
        - name: health
          on: runner
          retry: { timeout: 4h, every: 5m }
          run: [kubectl, --context=management, "--namespace={cluster}", get, "lcmmachine/{member}", "--output=jsonpath={.status.state} {.status.release}"]
          expect:
            - { what: "lcmmachine {member} state", match: "^([A-Za-z]+) ", is: Ready }
            - { what: "lcmmachine {member} release", match: " [^ ]*\\\\+([^ +]+)$", is: "{version}" }
        - { name: node-ready, on: runner, run: [kubectl, wait, --for=condition=Ready, "node/{member}", --timeout=30m] }
`, json: `{"apiVersion":"rollgate/v1","kind":"PolicyPack","name":"mosk","description":"Mirantis OpenStack for Kubernetes: one release at a time, nodes one by one with the control plane first, each node's workload live-migrated (default), handled by the operator (manual) or left alone (skip).","sources":["MOSK: Update a MOSK cluster to 22.2 or earlier (phases, workload handling policy, roll back the changes)"],"order":["mosk"],"strictOrder":false,"rules":{"policy/changed":"warning"},"rollout":{"pauseAfterMember":"none","first":[{"name":"management-cluster","on":"runner","run":["kubectl","--context=management","get","kaasreleases"]}],"finally":[{"name":"all-nodes-updated","on":"runner","run":["kubectl","--context=management","--namespace={cluster}","wait","--for=jsonpath={.status.state}=Ready","lcmmachine","--all","--timeout=1h"]}],"rollback":{"supported":false,"statement":"MOSK has no cluster-wide rollback: \\"Container Cloud and MOSK life-cycle management mechanism does not provide a way to perform a cluster-wide rollback of an update.\\" If the update gets blocked on a node, remove that node from the cluster and complete the update; then contact Mirantis support for anything the release notes do not describe."}},"components":{"mosk":{"description":"The MOSK cluster release. Each release updates from the one before it (21.6 to 22.1, 22.1 to 22.2), and \\"MOSK clusters are not designed to run in a semi-updated state\\", so every node runs the same release.","versioning":{"scheme":"tracks","source":"version","versions":["21.1","21.2","21.3","21.4","21.5","21.6","22.1","22.2","22.3","22.4","22.5","23.1","23.2","23.3","24.1","24.2","24.3","25.1"]},"jump":{"max":1,"major":"allow"},"rollout":{"strategy":"serial","before":[{"name":"workload-live","each":"member","when":"live","on":"runner","unless":["kubectl","wait","--for=jsonpath={.metadata.annotations.rollgate\\\\.dev/workload-set-for}={version}","node/{member}","--timeout=0s"],"run":["kubectl","annotate","--overwrite","node/{member}","openstack.lcm.mirantis.com/instance_migration_mode=live","openstack.lcm.mirantis.com/instance_migration_attempts={attempts}","rollgate.dev/workload-set-for={version}"]},{"name":"workload-skip","each":"member","when":"skip","on":"runner","unless":["kubectl","wait","--for=jsonpath={.metadata.annotations.rollgate\\\\.dev/workload-set-for}={version}","node/{member}","--timeout=0s"],"run":["kubectl","annotate","--overwrite","node/{member}","openstack.lcm.mirantis.com/instance_migration_mode=skip","rollgate.dev/workload-set-for={version}"]},{"name":"workload-manual","each":"member","when":"manual","on":"runner","unless":["kubectl","wait","--for=jsonpath={.metadata.annotations.rollgate\\\\.dev/workload-set-for}={version}","node/{member}","--timeout=0s"],"run":["kubectl","annotate","--overwrite","node/{member}","openstack.lcm.mirantis.com/instance_migration_mode=manual","rollgate.dev/workload-set-for={version}"]}],"member":[{"name":"wait-for-maintenance","when":"manual","on":"runner","unless":["kubectl","wait","--for=jsonpath={.metadata.annotations.openstack\\\\.lcm\\\\.mirantis\\\\.com/instance_migration_mode}=skip","node/{member}","--timeout=0s"],"run":["kubectl","wait","--for=create","nodemaintenancerequest/{member}","--timeout=24h"]},{"name":"check-workload-lock","when":"manual","gate":"before","on":"runner","unless":["kubectl","wait","--for=jsonpath={.metadata.annotations.openstack\\\\.lcm\\\\.mirantis\\\\.com/instance_migration_mode}=skip","node/{member}","--timeout=0s"],"retry":{"timeout":"10m","every":"30s"},"run":["kubectl","get","nodeworkloadlock/openstack-{member}","--output=jsonpath={.status.errorMessage}"],"expect":[{"what":"the workload lock's error message on {member}","match":"^(.+)$","is":""}]},{"name":"migration-done","when":"manual","on":"runner","unless":["kubectl","wait","--for=jsonpath={.metadata.annotations.openstack\\\\.lcm\\\\.mirantis\\\\.com/instance_migration_mode}=skip","node/{member}","--timeout=0s"],"run":["kubectl","annotate","--overwrite","node/{member}","openstack.lcm.mirantis.com/instance_migration_mode=skip"]},{"name":"health","on":"runner","retry":{"timeout":"4h","every":"5m"},"run":["kubectl","--context=management","--namespace={cluster}","get","lcmmachine/{member}","--output=jsonpath={.status.state} {.status.release}"],"expect":[{"what":"lcmmachine {member} state","match":"^([A-Za-z]+) ","is":"Ready"},{"what":"lcmmachine {member} release","match":" [^ ]*\\\\+([^ +]+)$","is":"{version}"}]},{"name":"node-ready","on":"runner","run":["kubectl","wait","--for=condition=Ready","node/{member}","--timeout=30m"]}]}}}}` }, openstack: { text: `# yaml-language-server: $schema=../schemas/policy.schema.json
# OpenStack from distribution packages (Ubuntu), controllers plus storage and compute nodes.
# Rules from the OpenStack Operations Guide, "Upgrades", and OpenStack's release cadence
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
# Strict: "The order you should upgrade services" is the guide's for every upgrade, with no exception, so the planner
# never leaves it, and no service may run a newer release than one the order puts before it (order/transition):
# Image a release ahead of Identity fails, in the change that moves it or any state of its rollout.
strictOrder: true
rules:
  policy/changed: warning
rollout:
  pauseAfterMember: none
  # "Make a full database backup of your production data. Since the Kilo release, database downgrades are not
  # supported, and restoring from backup is the only method available to retrieve a previous database version."
  # Runs before the cluster's first stage, on its first controller. The dump is named for the release it holds and the
  # change that took it, taken once (a rerun after db_sync has migrated the schema passes over it, never overwrites
  # it), checked complete ("-- Dump completed", mysqldump's last line) before anything moves, and named in rollback.json.
  first:
    - { name: backup-databases, creates: "/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql", run: [mysqldump, --opt, --add-drop-database, --all-databases, "--result-file=/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql.part"] }
    - { name: check-database-backup, creates: "/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql", run: [grep, --quiet, --fixed-strings, "--regexp=-- Dump completed", "/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql.part"] }
    - { name: keep-database-backup, creates: "/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql", run: [mv, --no-clobber, "/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql.part", "/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql"] }
  rollback:
    supported: false
    statement: >-
      OpenStack has no automatic rollback: database downgrades are not supported, and the Operations Guide calls
      rolling back the very last option, since data added after the backup is lost. To go back by hand: stop
      every OpenStack service; copy each service's configuration back from the backup rollgate took on each node
      (/var/backups/<service>-before-<release>.tar.gz); restore the databases from the dump this plan took, which
      \`kept\` names (/var/backups/rollgate-<cluster>-databases-<release>-to-<release>.sql on the first controller), with mysql; then downgrade the packages to the previous
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
        # "stop the service, synchronize the database schema, and start the service", the sync as the service's
        # user, as the guide writes it (su -s /bin/sh -c "..." <user>), on the first controller only.
        - { name: stop, run: [systemctl, stop, apache2] }
        - { name: sync-database, when: first, run: [su, -s, /bin/sh, -c, "keystone-manage db_sync", keystone] }
        - { name: start, run: [systemctl, start, apache2] }
        # "We recommend verifying operation of each service before proceeding": this controller's own Identity API.
        - { name: health, retry: { timeout: 5m, every: 10s }, run: [curl, --fail, --silent, --show-error, --output, /dev/null, "http://localhost:5000/v3"] }
  image:
    description: Glance.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/glance-before-{version}.tar.gz", /etc/glance] }
        # "If the package manager prompts you to update configuration files, reject the changes."
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", glance] }
        # "stop the service, synchronize the database schema, and start the service", the sync as the service's
        # user, as the guide writes it (su -s /bin/sh -c "..." <user>), on the first controller only.
        - { name: stop, run: [systemctl, stop, glance-api] }
        - { name: sync-database, when: first, run: [su, -s, /bin/sh, -c, "glance-manage db_sync", glance] }
        - { name: start, run: [systemctl, start, glance-api] }
        - { name: health, retry: { timeout: 5m, every: 10s }, run: [curl, --fail, --silent, --show-error, --output, /dev/null, "http://localhost:9292/versions"] }
  compute:
    description: Nova's controller services (API, conductor, scheduler, console proxy).
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/nova-before-{version}.tar.gz", /etc/nova] }
        # "If the package manager prompts you to update configuration files, reject the changes."
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", nova-api, nova-conductor, nova-scheduler, nova-novncproxy] }
        # Upgrade levels: "lock the RPC version to the OpenStack version being upgraded from" while the compute nodes
        # run it. \`auto\` pins to the oldest nova-compute in the cloud, which is that version until the last compute
        # node has moved; the compute-node stage removes the pin after its last node.
        - { name: pin-upgrade-levels, run: [crudini, --set, /etc/nova/nova.conf, upgrade_levels, compute, auto] }
        # "stop the service, synchronize the database schema, and start the service", the sync as the service's
        # user, as the guide writes it (su -s /bin/sh -c "..." <user>), on the first controller only.
        - { name: stop, run: [systemctl, stop, nova-api, nova-conductor, nova-scheduler, nova-novncproxy] }
        - { name: sync-api-database, when: first, run: [su, -s, /bin/sh, -c, "nova-manage api_db sync", nova] }
        - { name: sync-database, when: first, run: [su, -s, /bin/sh, -c, "nova-manage db sync", nova] }
        - { name: start, run: [systemctl, start, nova-api, nova-conductor, nova-scheduler, nova-novncproxy] }
        - { name: health, on: runner, retry: { timeout: 5m, every: 10s }, run: [openstack, compute, service, list, --host, "{member}", --service, nova-conductor, -f, value, -c, State], expect: [{ what: "nova-conductor on {member}", match: "^(up|down)$", is: up }] }
        - { name: health-scheduler, on: runner, retry: { timeout: 5m, every: 10s }, run: [openstack, compute, service, list, --host, "{member}", --service, nova-scheduler, -f, value, -c, State], expect: [{ what: "nova-scheduler on {member}", match: "^(up|down)$", is: up }] }
  networking:
    description: Neutron's server.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/neutron-before-{version}.tar.gz", /etc/neutron] }
        # "If the package manager prompts you to update configuration files, reject the changes."
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", neutron-server] }
        # "stop the service, synchronize the database schema, and start the service", the sync as the service's
        # user, as the guide writes it (su -s /bin/sh -c "..." <user>), on the first controller only.
        - { name: stop, run: [systemctl, stop, neutron-server] }
        - { name: sync-database, when: first, run: [su, -s, /bin/sh, -c, "neutron-db-manage --config-file /etc/neutron/neutron.conf --config-file /etc/neutron/plugins/ml2/ml2_conf.ini upgrade heads", neutron] }
        - { name: start, run: [systemctl, start, neutron-server] }
        - { name: health, retry: { timeout: 5m, every: 10s }, run: [curl, --fail, --silent, --show-error, --output, /dev/null, "http://localhost:9696/"] }
  block-storage:
    description: Cinder's API and scheduler on the controllers.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/cinder-before-{version}.tar.gz", /etc/cinder] }
        # "If the package manager prompts you to update configuration files, reject the changes."
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", cinder-api, cinder-scheduler] }
        # "stop the service, synchronize the database schema, and start the service", the sync as the service's
        # user, as the guide writes it (su -s /bin/sh -c "..." <user>), on the first controller only.
        - { name: stop, run: [systemctl, stop, cinder-scheduler, apache2] }
        - { name: sync-database, when: first, run: [su, -s, /bin/sh, -c, "cinder-manage db sync", cinder] }
        - { name: start, run: [systemctl, start, cinder-scheduler, apache2] }
        - { name: health, on: runner, retry: { timeout: 5m, every: 10s }, run: [openstack, volume, service, list, --host, "{member}", --service, cinder-scheduler, -f, value, -c, State], expect: [{ what: "cinder-scheduler on {member}", match: "^(up|down)$", is: up }] }
  dashboard:
    description: Horizon. "Updating Dashboard only requires restarting the Apache HTTP service."
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/openstack-dashboard-before-{version}.tar.gz", /etc/openstack-dashboard] }
        # "If the package manager prompts you to update configuration files, reject the changes."
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", openstack-dashboard] }
        - { name: restart, run: [systemctl, restart, apache2] }
        - { name: health, retry: { timeout: 5m, every: 10s }, run: [curl, --fail, --silent, --show-error, --output, /dev/null, "http://localhost/horizon/auth/login/"] }
  orchestration:
    description: Heat.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/heat-before-{version}.tar.gz", /etc/heat] }
        # "If the package manager prompts you to update configuration files, reject the changes."
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", heat-api, heat-api-cfn, heat-engine] }
        # "stop the service, synchronize the database schema, and start the service", the sync as the service's
        # user, as the guide writes it (su -s /bin/sh -c "..." <user>), on the first controller only.
        - { name: stop, run: [systemctl, stop, heat-api, heat-api-cfn, heat-engine] }
        - { name: sync-database, when: first, run: [su, -s, /bin/sh, -c, "heat-manage db_sync", heat] }
        - { name: start, run: [systemctl, start, heat-api, heat-api-cfn, heat-engine] }
        - { name: health, retry: { timeout: 5m, every: 10s }, run: [curl, --fail, --silent, --show-error, --output, /dev/null, "http://localhost:8004/"] }
  telemetry:
    description: Ceilometer. "Updating the Telemetry service only requires restarting the service."
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    rollout:
      strategy: serial
      roles: [control]
      member:
        - { name: backup-configuration, run: [tar, --create, --gzip, "--file=/var/backups/ceilometer-before-{version}.tar.gz", /etc/ceilometer] }
        # "If the package manager prompts you to update configuration files, reject the changes."
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", ceilometer-agent-central, ceilometer-agent-notification] }
        - { name: restart, run: [systemctl, restart, ceilometer-agent-central, ceilometer-agent-notification] }
        - { name: health, retry: { timeout: 2m, every: 10s }, run: [systemctl, is-active, ceilometer-agent-central, ceilometer-agent-notification] }
  storage-node:
    description: >-
      The Block Storage volume service on the storage nodes. "Updating the Block Storage service only requires
      restarting the service": the package upgrade restarts it. A node without it passes over these steps.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    # Upgrade levels: a node may stay one release behind its controllers while the upgrade goes through,
    # never ahead of them; in a skip-level upgrade (SLURP to SLURP, which \`jump\` allows), on the previous SLURP
    # release while the controllers run the next, since the controllers move first.
    skew: [{ of: block-storage, newer: 0, older: 1, skip: slurp }]
    rollout:
      strategy: serial
      roles: [worker]
      member:
        - { name: backup-configuration, onlyIf: [test, -e, /lib/systemd/system/cinder-volume.service], run: [tar, --create, --gzip, --ignore-failed-read, "--file=/var/backups/cinder-before-{version}.tar.gz", /etc/cinder] }
        - { name: update-package-lists, onlyIf: [test, -e, /lib/systemd/system/cinder-volume.service], run: [apt-get, update] }
        - { name: upgrade, onlyIf: [test, -e, /lib/systemd/system/cinder-volume.service], run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", cinder-volume] }
        - { name: restart, onlyIf: [test, -e, /lib/systemd/system/cinder-volume.service], run: [systemctl, restart, cinder-volume] }
        # This node's own cinder-volume (host@backend), up.
        - { name: health, on: runner, onlyIf: [test, -e, /lib/systemd/system/cinder-volume.service], retry: { timeout: 5m, every: 10s }, run: [openstack, volume, service, list, --service, cinder-volume, -f, value, -c, Host, -c, State], expect: [{ what: "cinder-volume on {member}", match: "^{member}(@[^ ]*)? (up|down)$", is: up }] }
  compute-node:
    description: >-
      Nova's compute service and Neutron's agents on the compute nodes ("Networking service: edit the
      configuration file and restart the service"). A node without nova-compute passes over these steps.
    versioning: { scheme: calver, source: version, versions: ["2023.1", "2023.2", "2024.1", "2024.2", "2025.1", "2025.2"] }
    jump: { max: 1, skip: slurp, major: allow }
    # Compute nodes may lag the controllers by a release while the upgrade goes through, never lead them; the
    # controllers' [upgrade_levels] pin (set by the compute stage) lets an X+1 conductor talk to X computes.
    # A skip-level upgrade (SLURP to SLURP) leaves the nodes on the previous SLURP release until the controllers
    # have moved: \`skip: slurp\` allows that state, and no other two-release gap.
    skew:
      - { of: compute, newer: 0, older: 1, skip: slurp }
      - { of: networking, newer: 0, older: 1, skip: slurp }
    rollout:
      strategy: serial
      roles: [worker]
      member:
        # "You can perform an upgrade with operational instances, but this is a dangerous approach. You might consider
        # using live migration to temporarily relocate instances to other compute nodes while performing upgrades."
        # The node takes no new instances, then (live) its instances are live-migrated away and the node must be
        # empty; (manual) the approval gate, where the operator moves them; (skip) they stay, running.
        - { name: disable, on: runner, onlyIf: [test, -e, /lib/systemd/system/nova-compute.service], run: [openstack, compute, service, set, --disable, --disable-reason, "rollgate: upgrade to {version}", "{member}", nova-compute] }
        - { name: live-migrate, when: live, on: runner, onlyIf: [test, -e, /lib/systemd/system/nova-compute.service], run: [nova, host-evacuate-live, "{member}"] }
        - { name: wait-empty, when: live, on: runner, onlyIf: [test, -e, /lib/systemd/system/nova-compute.service], retry: { timeout: 1h, every: 30s }, run: [openstack, server, list, --all-projects, --host, "{member}", -f, value, -c, ID], expect: [{ what: "instances left on {member}", match: "^(.+)$", is: "" }] }
        - { name: backup-configuration, gate: before, run: [tar, --create, --gzip, --ignore-failed-read, "--file=/var/backups/nova-neutron-before-{version}.tar.gz", /etc/nova, /etc/neutron] }
        - { name: update-package-lists, run: [apt-get, update] }
        - { name: upgrade, run: [apt-get, install, --only-upgrade, --yes, -o, "Dpkg::Options::=--force-confold", nova-compute, neutron-openvswitch-agent, neutron-ovn-metadata-agent] }
        - { name: restart, onlyIf: [test, -e, /lib/systemd/system/nova-compute.service], run: [systemctl, restart, nova-compute] }
        # This node's own nova-compute, up, before it takes instances again.
        - { name: health, on: runner, onlyIf: [test, -e, /lib/systemd/system/nova-compute.service], retry: { timeout: 5m, every: 10s }, run: [openstack, compute, service, list, --host, "{member}", --service, nova-compute, -f, value, -c, State], expect: [{ what: "nova-compute on {member}", match: "^(up|down)$", is: up }] }
        - { name: enable, on: runner, onlyIf: [test, -e, /lib/systemd/system/nova-compute.service], run: [openstack, compute, service, set, --enable, "{member}", nova-compute] }
      # "As all instances of a particular service are upgraded to the newer version, the corresponding line can be
      # removed from nova.conf": after the last compute node, on every controller, and the services restarted.
      after:
        - { name: unpin-upgrade-levels, on: control, run: [crudini, --del, /etc/nova/nova.conf, upgrade_levels, compute] }
        - { name: restart-nova, on: control, run: [systemctl, restart, nova-api, nova-conductor, nova-scheduler] }
`, json: `{"apiVersion":"rollgate/v1","kind":"PolicyPack","name":"openstack","description":"OpenStack, service by service in the Operations Guide's order, to the next release or from one SLURP release to the next, after a backup of the databases and of each service's configuration.","sources":["OpenStack Operations Guide: Upgrades (backup, service order, upgrade levels, rolling back a failed upgrade)","OpenStack release cadence: SLURP (skip-level upgrade release process) releases YYYY.1"],"order":["identity","image","compute","networking","block-storage","dashboard","orchestration","telemetry","storage-node","compute-node"],"strictOrder":true,"rules":{"policy/changed":"warning"},"rollout":{"pauseAfterMember":"none","first":[{"name":"backup-databases","creates":"/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql","run":["mysqldump","--opt","--add-drop-database","--all-databases","--result-file=/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql.part"]},{"name":"check-database-backup","creates":"/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql","run":["grep","--quiet","--fixed-strings","--regexp=-- Dump completed","/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql.part"]},{"name":"keep-database-backup","creates":"/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql","run":["mv","--no-clobber","/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql.part","/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql"]}],"rollback":{"supported":false,"statement":"OpenStack has no automatic rollback: database downgrades are not supported, and the Operations Guide calls rolling back the very last option, since data added after the backup is lost. To go back by hand: stop every OpenStack service; copy each service's configuration back from the backup rollgate took on each node (/var/backups/<service>-before-<release>.tar.gz); restore the databases from the dump this plan took, which \`kept\` names (/var/backups/rollgate-<cluster>-databases-<release>-to-<release>.sql on the first controller), with mysql; then downgrade the packages to the previous release's versions (apt-get install <package>=<version>), as \\"Rolling back a failed upgrade\\" describes."}},"components":{"identity":{"description":"Keystone. Upgraded first; every other service authenticates through it.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/keystone-before-{version}.tar.gz","/etc/keystone"]},{"name":"update-package-lists","run":["apt-get","update"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","keystone"]},{"name":"stop","run":["systemctl","stop","apache2"]},{"name":"sync-database","when":"first","run":["su","-s","/bin/sh","-c","keystone-manage db_sync","keystone"]},{"name":"start","run":["systemctl","start","apache2"]},{"name":"health","retry":{"timeout":"5m","every":"10s"},"run":["curl","--fail","--silent","--show-error","--output","/dev/null","http://localhost:5000/v3"]}]}},"image":{"description":"Glance.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/glance-before-{version}.tar.gz","/etc/glance"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","glance"]},{"name":"stop","run":["systemctl","stop","glance-api"]},{"name":"sync-database","when":"first","run":["su","-s","/bin/sh","-c","glance-manage db_sync","glance"]},{"name":"start","run":["systemctl","start","glance-api"]},{"name":"health","retry":{"timeout":"5m","every":"10s"},"run":["curl","--fail","--silent","--show-error","--output","/dev/null","http://localhost:9292/versions"]}]}},"compute":{"description":"Nova's controller services (API, conductor, scheduler, console proxy).","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/nova-before-{version}.tar.gz","/etc/nova"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","nova-api","nova-conductor","nova-scheduler","nova-novncproxy"]},{"name":"pin-upgrade-levels","run":["crudini","--set","/etc/nova/nova.conf","upgrade_levels","compute","auto"]},{"name":"stop","run":["systemctl","stop","nova-api","nova-conductor","nova-scheduler","nova-novncproxy"]},{"name":"sync-api-database","when":"first","run":["su","-s","/bin/sh","-c","nova-manage api_db sync","nova"]},{"name":"sync-database","when":"first","run":["su","-s","/bin/sh","-c","nova-manage db sync","nova"]},{"name":"start","run":["systemctl","start","nova-api","nova-conductor","nova-scheduler","nova-novncproxy"]},{"name":"health","on":"runner","retry":{"timeout":"5m","every":"10s"},"run":["openstack","compute","service","list","--host","{member}","--service","nova-conductor","-f","value","-c","State"],"expect":[{"what":"nova-conductor on {member}","match":"^(up|down)$","is":"up"}]},{"name":"health-scheduler","on":"runner","retry":{"timeout":"5m","every":"10s"},"run":["openstack","compute","service","list","--host","{member}","--service","nova-scheduler","-f","value","-c","State"],"expect":[{"what":"nova-scheduler on {member}","match":"^(up|down)$","is":"up"}]}]}},"networking":{"description":"Neutron's server.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/neutron-before-{version}.tar.gz","/etc/neutron"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","neutron-server"]},{"name":"stop","run":["systemctl","stop","neutron-server"]},{"name":"sync-database","when":"first","run":["su","-s","/bin/sh","-c","neutron-db-manage --config-file /etc/neutron/neutron.conf --config-file /etc/neutron/plugins/ml2/ml2_conf.ini upgrade heads","neutron"]},{"name":"start","run":["systemctl","start","neutron-server"]},{"name":"health","retry":{"timeout":"5m","every":"10s"},"run":["curl","--fail","--silent","--show-error","--output","/dev/null","http://localhost:9696/"]}]}},"block-storage":{"description":"Cinder's API and scheduler on the controllers.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/cinder-before-{version}.tar.gz","/etc/cinder"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","cinder-api","cinder-scheduler"]},{"name":"stop","run":["systemctl","stop","cinder-scheduler","apache2"]},{"name":"sync-database","when":"first","run":["su","-s","/bin/sh","-c","cinder-manage db sync","cinder"]},{"name":"start","run":["systemctl","start","cinder-scheduler","apache2"]},{"name":"health","on":"runner","retry":{"timeout":"5m","every":"10s"},"run":["openstack","volume","service","list","--host","{member}","--service","cinder-scheduler","-f","value","-c","State"],"expect":[{"what":"cinder-scheduler on {member}","match":"^(up|down)$","is":"up"}]}]}},"dashboard":{"description":"Horizon. \\"Updating Dashboard only requires restarting the Apache HTTP service.\\"","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/openstack-dashboard-before-{version}.tar.gz","/etc/openstack-dashboard"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","openstack-dashboard"]},{"name":"restart","run":["systemctl","restart","apache2"]},{"name":"health","retry":{"timeout":"5m","every":"10s"},"run":["curl","--fail","--silent","--show-error","--output","/dev/null","http://localhost/horizon/auth/login/"]}]}},"orchestration":{"description":"Heat.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/heat-before-{version}.tar.gz","/etc/heat"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","heat-api","heat-api-cfn","heat-engine"]},{"name":"stop","run":["systemctl","stop","heat-api","heat-api-cfn","heat-engine"]},{"name":"sync-database","when":"first","run":["su","-s","/bin/sh","-c","heat-manage db_sync","heat"]},{"name":"start","run":["systemctl","start","heat-api","heat-api-cfn","heat-engine"]},{"name":"health","retry":{"timeout":"5m","every":"10s"},"run":["curl","--fail","--silent","--show-error","--output","/dev/null","http://localhost:8004/"]}]}},"telemetry":{"description":"Ceilometer. \\"Updating the Telemetry service only requires restarting the service.\\"","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/ceilometer-before-{version}.tar.gz","/etc/ceilometer"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","ceilometer-agent-central","ceilometer-agent-notification"]},{"name":"restart","run":["systemctl","restart","ceilometer-agent-central","ceilometer-agent-notification"]},{"name":"health","retry":{"timeout":"2m","every":"10s"},"run":["systemctl","is-active","ceilometer-agent-central","ceilometer-agent-notification"]}]}},"storage-node":{"description":"The Block Storage volume service on the storage nodes. \\"Updating the Block Storage service only requires restarting the service\\": the package upgrade restarts it. A node without it passes over these steps.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"skew":[{"of":"block-storage","newer":0,"older":1,"skip":"slurp"}],"rollout":{"strategy":"serial","roles":["worker"],"member":[{"name":"backup-configuration","onlyIf":["test","-e","/lib/systemd/system/cinder-volume.service"],"run":["tar","--create","--gzip","--ignore-failed-read","--file=/var/backups/cinder-before-{version}.tar.gz","/etc/cinder"]},{"name":"update-package-lists","onlyIf":["test","-e","/lib/systemd/system/cinder-volume.service"],"run":["apt-get","update"]},{"name":"upgrade","onlyIf":["test","-e","/lib/systemd/system/cinder-volume.service"],"run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","cinder-volume"]},{"name":"restart","onlyIf":["test","-e","/lib/systemd/system/cinder-volume.service"],"run":["systemctl","restart","cinder-volume"]},{"name":"health","on":"runner","onlyIf":["test","-e","/lib/systemd/system/cinder-volume.service"],"retry":{"timeout":"5m","every":"10s"},"run":["openstack","volume","service","list","--service","cinder-volume","-f","value","-c","Host","-c","State"],"expect":[{"what":"cinder-volume on {member}","match":"^{member}(@[^ ]*)? (up|down)$","is":"up"}]}]}},"compute-node":{"description":"Nova's compute service and Neutron's agents on the compute nodes (\\"Networking service: edit the configuration file and restart the service\\"). A node without nova-compute passes over these steps.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"skew":[{"of":"compute","newer":0,"older":1,"skip":"slurp"},{"of":"networking","newer":0,"older":1,"skip":"slurp"}],"rollout":{"strategy":"serial","roles":["worker"],"member":[{"name":"disable","on":"runner","onlyIf":["test","-e","/lib/systemd/system/nova-compute.service"],"run":["openstack","compute","service","set","--disable","--disable-reason","rollgate: upgrade to {version}","{member}","nova-compute"]},{"name":"live-migrate","when":"live","on":"runner","onlyIf":["test","-e","/lib/systemd/system/nova-compute.service"],"run":["nova","host-evacuate-live","{member}"]},{"name":"wait-empty","when":"live","on":"runner","onlyIf":["test","-e","/lib/systemd/system/nova-compute.service"],"retry":{"timeout":"1h","every":"30s"},"run":["openstack","server","list","--all-projects","--host","{member}","-f","value","-c","ID"],"expect":[{"what":"instances left on {member}","match":"^(.+)$","is":""}]},{"name":"backup-configuration","gate":"before","run":["tar","--create","--gzip","--ignore-failed-read","--file=/var/backups/nova-neutron-before-{version}.tar.gz","/etc/nova","/etc/neutron"]},{"name":"update-package-lists","run":["apt-get","update"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","nova-compute","neutron-openvswitch-agent","neutron-ovn-metadata-agent"]},{"name":"restart","onlyIf":["test","-e","/lib/systemd/system/nova-compute.service"],"run":["systemctl","restart","nova-compute"]},{"name":"health","on":"runner","onlyIf":["test","-e","/lib/systemd/system/nova-compute.service"],"retry":{"timeout":"5m","every":"10s"},"run":["openstack","compute","service","list","--host","{member}","--service","nova-compute","-f","value","-c","State"],"expect":[{"what":"nova-compute on {member}","match":"^(up|down)$","is":"up"}]},{"name":"enable","on":"runner","onlyIf":["test","-e","/lib/systemd/system/nova-compute.service"],"run":["openstack","compute","service","set","--enable","{member}","nova-compute"]}],"after":[{"name":"unpin-upgrade-levels","on":"control","run":["crudini","--del","/etc/nova/nova.conf","upgrade_levels","compute"]},{"name":"restart-nova","on":"control","run":["systemctl","restart","nova-api","nova-conductor","nova-scheduler"]}]}}}}` } };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias3 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap4 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair3 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar3 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq4 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
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
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq4;
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
    function visit_(key, node, visitor, path3) {
      let ctrl = callVisitor(key, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path3, ctrl), visit_(key, ctrl, visitor, path3);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path3);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          let ck = visit_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path3);
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
    async function visitAsync_(key, node, visitor, path3) {
      let ctrl = await callVisitor(key, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path3, ctrl), visitAsync_(key, ctrl, visitor, path3);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path3);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path3);
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
    function callVisitor(key, node, visitor, path3) {
      if (typeof visitor == "function")
        return visitor(key, node, path3);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path3);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path3);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path3);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path3);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path3);
    }
    function replaceNode(key, path3, node) {
      let parent = path3[path3.length - 1];
      if (identity.isCollection(parent))
        parent.items[key] = node;
      else if (identity.isPair(parent))
        key === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
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
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
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
          handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
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
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key, val);
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
        return value.map((v, i) => toJS(v, String(i), ctx));
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
          let c = getAliasCount(doc, item, anchors2);
          c > count && (count = c);
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
        let match = tags.filter((t) => t.tag === tagName), tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
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
    function collectionFromPath(schema2, path3, value) {
      let v = value;
      for (let i = path3.length - 1; i >= 0; --i) {
        let k = path3[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path3) => path3 == null || typeof path3 == "object" && !!path3[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
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
        return schema2 && (copy.schema = schema2), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path3, value) {
        if (isEmptyPath(path3))
          this.add(value);
        else {
          let [key, ...rest] = path3, node = this.get(key, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        let [key, ...rest] = path3;
        if (rest.length === 0)
          return this.delete(key);
        let node = this.get(key, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        let [key, ...rest] = path3, node = this.get(key, !0);
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
      hasIn(path3) {
        let [key, ...rest] = path3;
        if (rest.length === 0)
          return this.has(key);
        let node = this.get(key, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        let [key, ...rest] = path3;
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node = this.get(key, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
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
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
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
      let { singleQuote } = ctx.options, qs;
      if (singleQuote === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
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
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
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
        let match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t) => t.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
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
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var identity = require_identity(), Scalar = require_Scalar(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str = stringify.stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
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
      let valueCommentDone = !1, valueStr = stringify.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
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
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str;
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
    }, isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key, value2] of srcMap)
        map instanceof Map ? map.has(key) || map.set(key, value2) : map instanceof Set ? map.add(key) : Object.prototype.hasOwnProperty.call(map, key) || Object.defineProperty(map, key, {
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
    var log = require_log(), merge = require_merge(), stringify = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
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
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        let strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key.toString(strCtx);
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
    function createPair(key, value, ctx) {
      let k = createNode.createNode(key, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key, this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        return identity.isNode(key) && (key = key.clone(schema2)), identity.isNode(value) && (value = value.clone(schema2)), new _Pair(key, value);
      }
      toJSON(_, ctx) {
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
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
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
        let str2 = stringify.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = !0);
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
        let str = stringify.stringify(item, itemCtx, () => comment2 = null);
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
    function findPair(items, key) {
      let k = identity.isScalar(key) ? key.value : key;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
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
        let { keepUndefined, replacer } = ctx, map = new this(schema2), add = (key, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key, value] of obj)
            add(key, value);
        else if (obj && typeof obj == "object")
          for (let key of Object.keys(obj))
            add(key, obj[key]);
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
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key, keepScalar) {
        let node = findPair(this.items, key)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
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
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
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
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
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
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
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
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str.substr(o, lineWidth);
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
                let cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
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
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key = keys[0], value = it[key];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key = it;
          pairs2.items.push(Pair.createPair(key, value, ctx));
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
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair of this.items) {
          let key, value;
          if (identity.isPair(pair) ? (key = toJS.toJS(pair.key, "", ctx), value = toJS.toJS(pair.value, key, ctx)) : key = toJS.toJS(pair, "", ctx), map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
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
        for (let { key } of pairs$1.items)
          identity.isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
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
          let f = str.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
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
      add(key) {
        let pair;
        identity.isPair(key) ? pair = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair = new Pair.Pair(key.key, null) : pair = new Pair.Pair(key, null), YAMLMap.findPair(this.items, pair.key) || this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        let pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
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
      let sign = str[0], parts = sign === "-" || sign === "+" ? str.substring(1) : str, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
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
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
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
          let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
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
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema = class _Schema {
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
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs, ""))) : lines.push(`... ${cs}`);
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
      addIn(path3, value) {
        assertCollection(this.contents) && this.contents.addIn(path3, value);
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
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
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
      createPair(key, value, options = {}) {
        let k = this.createNode(key, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        return Collection.isEmptyPath(path3) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path3) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        return Collection.isEmptyPath(path3) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path3, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path3) {
        return Collection.isEmptyPath(path3) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path3) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        Collection.isEmptyPath(path3) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path3), value) : assertCollection(this.contents) && this.contents.setIn(path3, value);
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
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes(`
`))
            return !0;
          if (key.end) {
            for (let st of key.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
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
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
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
        let { start, key, sep, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
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
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
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
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs.offset, offset, commentEnd ?? offset], seq;
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
      let isMap4 = fc.start.source === "{", fcName = isMap4 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key, sep, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
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
          !isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
            key,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
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
        if (!isMap4 && !sep && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
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
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep)
                for (let st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
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
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap4) {
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
      let expectedEnd = isMap4 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
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
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
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
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment: comment2, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
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
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
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
      let kt = schema2.knownTags[tagName];
      return kt && !kt.collection ? (schema2.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema2[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      let tag = schema2.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        let compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
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
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
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
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
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
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
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
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment2}
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
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
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
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
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
        for (let key of Object.keys(token))
          key !== "type" && key !== "offset" && delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), !0;
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
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key of Object.keys(token))
            key !== "type" && key !== "offset" && delete token[key];
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
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
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
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key && (res += stringifyToken(key)), sep)
        for (let st of sep)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports.stringify = stringify;
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
    visit2.itemAtPath = (cst, path3) => {
      let item = cst;
      for (let [field, index] of path3) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit2.parentCollection = (cst, path3) => {
      let parent = visit2.itemAtPath(cst, path3.slice(0, -1)), field = path3[path3.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path3, item, visitor) {
      let ctrl = visitor(item, path3);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path3.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path3));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path3) : ctrl;
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
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
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
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
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
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
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
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
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
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
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
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
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
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
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
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
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
        let it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key = it.key, sep = it.sep;
                    sep.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs) : (Object.assign(it, { key: fs, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
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
        let it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
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
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs, sep: [] }) : it.sep ? this.stack.push(fs) : Object.assign(it, { key: fs, sep: [] });
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
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
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
    function parseDocument(source, options = {}) {
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
    function parse2(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
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
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
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
    module.exports = function equal(a, b) {
      if (a === b) return !0;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return !1;
        var length, i, keys;
        if (Array.isArray(a)) {
          if (length = a.length, length != b.length) return !1;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return !1;
          return !0;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        if (keys = Object.keys(a), length = keys.length, length !== Object.keys(b).length) return !1;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return !1;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return !1;
        }
        return !0;
      }
      return a !== a && b !== b;
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
        let hr = +matches[1], min = +matches[2], sec = +matches[3], tz = matches[4], tzSign = matches[5] === "-" ? -1 : 1, tzH = +(matches[6] || 0), tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return !1;
        if (hr <= 23 && min <= 59 && sec < 60)
          return !0;
        let utcMin = min - tzM * tzSign, utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
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
    var re = exports.re = [], safeRe = exports.safeRe = [], src = exports.src = [], safeSrc = exports.safeSrc = [], t = exports.t = {}, R = 0, LETTERDASHNUMBER = "[a-zA-Z0-9-]", safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ], makeSafeRegex = (value) => {
      for (let [token, max] of safeRegexReplacements)
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      return value;
    }, createToken = (name, value, isGlobal) => {
      let safe = makeSafeRegex(value), index = R++;
      debug(name, index, value), t[name] = index, src[index] = value, safeSrc[index] = safe, re[index] = new RegExp(value, isGlobal ? "g" : void 0), safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `(^|[^\\d])(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], !0);
    createToken("COERCERTLFULL", src[t.COERCEFULL], !0);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, !0);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, !0);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, !0);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
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
    var numeric = /^[0-9]+$/, compareIdentifiers = (a, b) => {
      if (typeof a == "number" && typeof b == "number")
        return a === b ? 0 : a < b ? -1 : 1;
      let anum = numeric.test(a), bnum = numeric.test(b);
      return anum && bnum && (a = +a, b = +b), a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    }, rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
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
    var debug = require_debug(), { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants(), { safeRe: re, t } = require_re(), parseOptions = require_parse_options(), { compareIdentifiers } = require_identifiers(), isPrereleaseIdentifier = (prerelease, identifier) => {
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
        let m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m)
          throw new TypeError(`Invalid Version: ${version}`);
        if (this.raw = version, this.major = +m[1], this.minor = +m[2], this.patch = +m[3], this.major > MAX_SAFE_INTEGER || this.major < 0)
          throw new TypeError("Invalid major version");
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0)
          throw new TypeError("Invalid minor version");
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0)
          throw new TypeError("Invalid patch version");
        m[4] ? this.prerelease = m[4].split(".").map((id) => {
          if (/^[0-9]+$/.test(id)) {
            let num = +id;
            if (num >= 0 && num < MAX_SAFE_INTEGER)
              return num;
          }
          return id;
        }) : this.prerelease = [], this.build = m[5] ? m[5].split(".") : [], this.format();
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
          let a = this.prerelease[i], b = other.prerelease[i];
          if (debug("prerelease compare", i, a, b), a === void 0 && b === void 0)
            return 0;
          if (b === void 0)
            return 1;
          if (a === void 0)
            return -1;
          if (a === b)
            continue;
          return compareIdentifiers(a, b);
        } while (++i);
      }
      compareBuild(other) {
        other instanceof _SemVer || (other = new _SemVer(other, this.options));
        let i = 0;
        do {
          let a = this.build[i], b = other.build[i];
          if (debug("build compare", i, a, b), a === void 0 && b === void 0)
            return 0;
          if (b === void 0)
            return 1;
          if (a === void 0)
            return -1;
          if (a === b)
            continue;
          return compareIdentifiers(a, b);
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release2, identifier, identifierBase) {
        if (release2.startsWith("pre")) {
          if (!identifier && identifierBase === !1)
            throw new Error("invalid increment argument: identifier is empty");
          if (identifier) {
            let match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
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
    var SemVer = require_semver(), parse2 = (version, options, throwErrors = !1) => {
      if (version instanceof SemVer)
        return version;
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors)
          return null;
        throw er;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var parse2 = require_parse(), valid = (version, options) => {
      let v = parse2(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var parse2 = require_parse(), clean = (version, options) => {
      let s = parse2(version.trim().replace(/^[=v]+/, ""), options);
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
    var parse2 = require_parse(), diff = (version1, version2) => {
      let v1 = parse2(version1, null, !0), v2 = parse2(version2, null, !0), comparison = v1.compare(v2);
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
    var parse2 = require_parse(), prerelease = (version, options) => {
      let parsed = parse2(version, options);
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
    var SemVer = require_semver(), compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), compareLoose = (a, b) => compare(a, b, !0);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var SemVer = require_semver(), compareBuild = (a, b, loose) => {
      let versionA = new SemVer(a, loose), versionB = new SemVer(b, loose);
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
    var compareBuild = require_compare_build(), sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compareBuild = require_compare_build(), rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var compare = require_compare(), lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var eq = require_eq(), neq = require_neq(), gt = require_gt(), gte = require_gte(), lt = require_lt(), lte = require_lte(), cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          return typeof a == "object" && (a = a.version), typeof b == "object" && (b = b.version), a === b;
        case "!==":
          return typeof a == "object" && (a = a.version), typeof b == "object" && (b = b.version), a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
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
    var SemVer = require_semver(), parse2 = require_parse(), { safeRe: re, t } = require_re(), coerce = (version, options) => {
      if (version instanceof SemVer)
        return version;
      if (typeof version == "number" && (version = String(version)), typeof version != "string")
        return null;
      options = options || {};
      let match = null;
      if (!options.rtl)
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      else {
        let coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL], next;
        for (; (next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length); )
          (!match || next.index + next[0].length !== match.index + match[0].length) && (match = next), coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null)
        return null;
      let major = match[2], minor = match[3] || "0", patch = match[4] || "0", prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "", build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse2(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var parse2 = require_parse(), constants2 = require_constants(), SemVer = require_semver(), truncate = (version, truncation, options) => {
      if (!constants2.RELEASE_TYPES.includes(truncation))
        return null;
      let clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    }, cloneInputVersion = (version, options) => {
      let versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse2(versionStringToParse, options);
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
      get(key) {
        let value = this.map.get(key);
        if (value !== void 0)
          return this.map.delete(key), this.map.set(key, value), value;
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        if (!this.delete(key) && value !== void 0) {
          if (this.map.size >= this.max) {
            let firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
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
        if (this.options = options, this.loose = !!options.loose, this.includePrerelease = !!options.includePrerelease, this.raw = range.trim().replace(SPACE_CHARACTERS, " "), this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length), !this.set.length)
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        if (this.set.length > 1) {
          let first = this.set[0];
          if (this.set = this.set.filter((c) => !isNullSet(c[0])), this.set.length === 0)
            this.set = [first];
          else if (this.set.length > 1) {
            for (let c of this.set)
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
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
            for (let k = 0; k < comps.length; k++)
              k > 0 && (this.formatted += " "), this.formatted += comps[k].toString().trim();
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
        let loose = this.options.loose, hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease)), debug("hyphen replace", range), range = trimComparatorWhitespace(range), debug("comparator trim", range), range = range.replace(re[t.TILDETRIM], tildeTrimReplace), debug("tilde trim", range), range = range.replace(re[t.CARETTRIM], caretTrimReplace), debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        loose && (rangeList = rangeList.filter((comp) => (debug("loose invalid filter", comp, this.options), !!comp.match(re[t.COMPARATORLOOSE])))), debug("range list", rangeList);
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
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re(), { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants(), BUILDSTRIPRE = new RegExp(src[t.BUILD], "g"), isNullSet = (c) => c.value === "<0.0.0-0", isAny = (c) => c.value === "", isSatisfiable = (comparators, options) => {
      let result = !0, remainingComparators = comparators.slice(), testComparator = remainingComparators.pop();
      for (; result && remainingComparators.length; )
        result = remainingComparators.every((otherComparator) => testComparator.intersects(otherComparator, options)), testComparator = remainingComparators.pop();
      return result;
    }, parseComparator = (comp, options) => (comp = comp.replace(re[t.BUILD], ""), debug("comp", comp, options), comp = replaceCarets(comp, options), debug("caret", comp), comp = replaceTildes(comp, options), debug("tildes", comp), comp = replaceXRanges(comp, options), debug("xrange", comp), comp = replaceStars(comp, options), debug("stars", comp), comp), isX = (id) => !id || id.toLowerCase() === "x" || id === "*", invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p), replaceTildes = (comp, options) => comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" "), replaceTilde = (comp, options) => {
      let r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE], z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        return isX(M) ? ret = "" : isX(m) ? ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0` : isX(p) ? ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0` : pr ? (debug("replaceTilde pr", pr), ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`) : ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`, debug("tilde return", ret), ret;
      });
    }, replaceCarets = (comp, options) => comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" "), replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      let r = options.loose ? re[t.CARETLOOSE] : re[t.CARET], z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        return isX(M) ? ret = "" : isX(m) ? ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0` : isX(p) ? M === "0" ? ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0` : ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0` : pr ? (debug("replaceCaret pr", pr), M === "0" ? m === "0" ? ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0` : ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0` : ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`) : (debug("no pr"), M === "0" ? m === "0" ? ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0` : ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0` : ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`), debug("caret return", ret), ret;
      });
    }, replaceXRanges = (comp, options) => (debug("replaceXRanges", comp, options), comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ")), replaceXRange = (comp, options) => {
      comp = comp.trim();
      let r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        if (debug("xRange", comp, ret, gtlt, M, m, p, pr), invalidXRangeOrder(M, m, p))
          return comp;
        let xM = isX(M), xm = xM || isX(m), xp = xm || isX(p), anyX = xp;
        return gtlt === "=" && anyX && (gtlt = ""), pr = options.includePrerelease ? "-0" : "", xM ? gtlt === ">" || gtlt === "<" ? ret = "<0.0.0-0" : ret = "*" : gtlt && anyX ? (xm && (m = 0), p = 0, gtlt === ">" ? (gtlt = ">=", xm ? (M = +M + 1, m = 0, p = 0) : (m = +m + 1, p = 0)) : gtlt === "<=" && (gtlt = "<", xm ? M = +M + 1 : m = +m + 1), gtlt === "<" && (pr = "-0"), ret = `${gtlt + M}.${m}.${p}${pr}`) : xm ? ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0` : xp && (ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`), debug("xRange return", ret), ret;
      });
    }, replaceStars = (comp, options) => (debug("replaceStars", comp, options), comp.trim().replace(re[t.STAR], "")), replaceGTE0 = (comp, options) => (debug("replaceGTE0", comp, options), comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "")), hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => (isX(fM) ? from = "" : isX(fm) ? from = `>=${fM}.0.0${incPr ? "-0" : ""}` : isX(fp) ? from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}` : fpr ? from = `>=${from}` : from = `>=${from}${incPr ? "-0" : ""}`, isX(tM) ? to = "" : isX(tm) ? to = `<${+tM + 1}.0.0-0` : isX(tp) ? to = `<${tM}.${+tm + 1}.0-0` : tpr ? to = `<=${tM}.${tm}.${tp}-${tpr}` : incPr ? to = `<${tM}.${tm}.${+tp + 1}-0` : to = `<=${to}`, `${from} ${to}`.trim()), testSet = (set, version, options) => {
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
        let r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR], m = comp.match(r);
        if (!m)
          throw new TypeError(`Invalid comparator: ${comp}`);
        this.operator = m[1] !== void 0 ? m[1] : "", this.operator === "=" && (this.operator = ""), m[2] ? this.semver = new SemVer(m[2], this.options.loose) : this.semver = ANY;
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
    var parseOptions = require_parse_options(), { safeRe: re, t } = require_re(), cmp = require_cmp(), debug = require_debug(), SemVer = require_semver(), Range = require_range();
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
    var Range = require_range(), toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
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
      return versions.forEach((v) => {
        rangeObj.test(v) && (!max || maxSV.compare(v) === -1) && (max = v, maxSV = new SemVer(max, options));
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
      return versions.forEach((v) => {
        rangeObj.test(v) && (!min || minSV.compare(v) === 1) && (min = v, minSV = new SemVer(min, options));
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
    var SemVer = require_semver(), Range = require_range(), gt = require_gt(), minVersion = (range, loose) => {
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
              (!setMin || gt(compver, setMin)) && (setMin = compver);
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        }), setMin && (!minver || gt(minver, setMin)) && (minver = setMin);
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
    var SemVer = require_semver(), Comparator = require_comparator(), { ANY } = Comparator, Range = require_range(), satisfies = require_satisfies(), gt = require_gt(), lt = require_lt(), lte = require_lte(), gte = require_gte(), outside = (version, range, hilo, options) => {
      version = new SemVer(version, options), range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt, ltefn = lte, ltfn = lt, comp = ">", ecomp = ">=";
          break;
        case "<":
          gtfn = lt, ltefn = gte, ltfn = gt, comp = "<", ecomp = "<=";
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
      let set = [], first = null, prev = null, v = versions.sort((a, b) => compare(a, b, options));
      for (let version of v)
        satisfies(version, range, options) ? (prev = version, first || (first = version)) : (prev && set.push([first, prev]), prev = null, first = null);
      first && set.push([first, null]);
      let ranges = [];
      for (let [min, max] of set)
        min === max ? ranges.push(min) : !max && min === v[0] ? ranges.push("*") : max ? min === v[0] ? ranges.push(`<=${max}`) : ranges.push(`${min} - ${max}`) : ranges.push(`>=${min}`);
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
      let eqSet = /* @__PURE__ */ new Set(), gt, lt;
      for (let c of sub)
        c.operator === ">" || c.operator === ">=" ? gt = higherGT(gt, c, options) : c.operator === "<" || c.operator === "<=" ? lt = lowerLT(lt, c, options) : eqSet.add(c.semver);
      if (eqSet.size > 1)
        return null;
      let gtltComp;
      if (gt && lt) {
        if (gtltComp = compare(gt.semver, lt.semver, options), gtltComp > 0)
          return null;
        if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<="))
          return null;
      }
      for (let eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options) || lt && !satisfies(eq, String(lt), options))
          return null;
        for (let c of dom)
          if (!satisfies(eq, String(c), options))
            return !1;
        return !0;
      }
      let higher, lower, hasDomLT, hasDomGT, needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : !1, needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : !1;
      needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0 && (needDomLTPre = !1);
      for (let c of dom) {
        if (hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=", hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=", gt) {
          if (needDomGTPre && c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch && (needDomGTPre = !1), c.operator === ">" || c.operator === ">=") {
            if (higher = higherGT(gt, c, options), higher === c && higher !== gt)
              return !1;
          } else if (gt.operator === ">=" && !c.test(gt.semver))
            return !1;
        }
        if (lt) {
          if (needDomLTPre && c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch && (needDomLTPre = !1), c.operator === "<" || c.operator === "<=") {
            if (lower = lowerLT(lt, c, options), lower === c && lower !== lt)
              return !1;
          } else if (lt.operator === "<=" && !c.test(lt.semver))
            return !1;
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0)
          return !1;
      }
      return !(gt && hasDomLT && !lt && gtltComp !== 0 || lt && hasDomGT && !gt && gtltComp !== 0 || needDomGTPre || needDomLTPre);
    }, higherGT = (a, b, options) => {
      if (!a)
        return b;
      let comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 || b.operator === ">" && a.operator === ">=" ? b : a;
    }, lowerLT = (a, b, options) => {
      if (!a)
        return b;
      let comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 || b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    var internalRe = require_re(), constants2 = require_constants(), SemVer = require_semver(), identifiers = require_identifiers(), parse2 = require_parse(), valid = require_valid(), clean = require_clean(), inc = require_inc(), diff = require_diff(), major = require_major(), minor = require_minor(), patch = require_patch(), prerelease = require_prerelease(), compare = require_compare(), rcompare = require_rcompare(), compareLoose = require_compare_loose(), compareBuild = require_compare_build(), sort = require_sort(), rsort = require_rsort(), gt = require_gt(), lt = require_lt(), eq = require_eq(), neq = require_neq(), gte = require_gte(), lte = require_lte(), cmp = require_cmp(), coerce = require_coerce(), truncate = require_truncate(), Comparator = require_comparator(), Range = require_range(), satisfies = require_satisfies(), toComparators = require_to_comparators(), maxSatisfying = require_max_satisfying(), minSatisfying = require_min_satisfying(), minVersion = require_min_version(), validRange = require_valid2(), outside = require_outside(), gtr = require_gtr(), ltr = require_ltr(), intersects = require_intersects(), simplifyRange = require_simplify(), subset = require_subset();
    module.exports = {
      parse: parse2,
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
      gt,
      lt,
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

// src/lib.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/check.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/bad-input.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/messages.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function formatMessage(template2, data = {}) {
  return template2.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole, name) => Object.hasOwn(data, name) ? String(data[name]) : whole
  );
}

// src/bad-input.ts
var PARSE = "The YAML does not parse: {{detail}}.", YAML_PACKAGE_MESSAGES = {
  ALIAS_PROPS: PARSE,
  BAD_ALIAS: PARSE,
  BAD_COLLECTION_TYPE: PARSE,
  BAD_DIRECTIVE: PARSE,
  BAD_DQ_ESCAPE: PARSE,
  BAD_INDENT: PARSE,
  BAD_PROP_ORDER: PARSE,
  BAD_SCALAR_START: PARSE,
  BLOCK_AS_IMPLICIT_KEY: PARSE,
  BLOCK_IN_FLOW: PARSE,
  IMPOSSIBLE: PARSE,
  KEY_OVER_1024_CHARS: PARSE,
  MISSING_CHAR: PARSE,
  MULTILINE_IMPLICIT_KEY: PARSE,
  MULTIPLE_ANCHORS: PARSE,
  MULTIPLE_DOCS: PARSE,
  MULTIPLE_TAGS: PARSE,
  NON_STRING_KEY: PARSE,
  RESOURCE_EXHAUSTION: PARSE,
  TAB_AS_INDENT: PARSE,
  TAG_RESOLVE_FAILED: PARSE,
  UNEXPECTED_TOKEN: PARSE
}, YAML_SYNTAX_MESSAGES = {
  TOO_LARGE: "The file is {{size}} MiB; rollgate reads at most {{limit}} MiB.",
  UTF16: "The file is UTF-16 text; rollgate reads UTF-8. Save it as UTF-8.",
  NUL_BYTE: "The file holds binary data (a NUL byte); a manifest is YAML text.",
  NOT_UTF8: "The file is not UTF-8 text: it holds bytes UTF-8 cannot read (or U+FFFD, the character that stands for them), as a file saved as Latin-1 or another legacy encoding does. Save it as UTF-8.",
  TOO_DEEP: "The YAML nests deeper than {{limit}} levels; a manifest needs far fewer.",
  STACK_OVERFLOW: "The YAML nests too deeply to read; a manifest needs far fewer than {{limit}} levels.",
  UNREADABLE: "The YAML could not be read: {{detail}}.",
  DUPLICATE_KEY: "A key appears twice in one mapping ({{detail}}); YAML readers disagree on which wins, so remove one.",
  ...YAML_PACKAGE_MESSAGES,
  YAML_1_1: "The file asks for YAML {{version}} with a %YAML directive; rollgate reads YAML 1.2 only, where yes/no and 010 mean what they say. Remove the directive.",
  ALIAS_BOMB: `The YAML's aliases expand past {{limit}} nodes, which is how an alias bomb ("billion laughs") looks; write the values out.`,
  ALIAS_BEFORE_ANCHOR: "The alias *{{name}} comes before any anchor &{{name}}; set the anchor first, or write the value out."
}, AT = "{{field}}{{where}}", SCHEMA_MESSAGES = {
  // The JSON Schemas' keywords, as ajv names them.
  type: `${AT} must be {{expected}}, not {{actual}}.`,
  required: "{{subject}} is missing `{{property}}`{{why}}.",
  additionalProperties: "{{subject}} has an unknown field `{{property}}`; check its spelling against the {{reference}}.",
  propertyNames: `${AT} has a name that is not allowed: {{name}}.`,
  pattern: `${AT} is {{value}}, which is not allowed: {{help}}.`,
  const: `${AT} must be {{allowed}}.`,
  enum: `${AT} must be one of {{allowed}}.`,
  format: `${AT} must be a date (YYYY-MM-DD) or an RFC 3339 date-time.`,
  minItems: `${AT} must have at least {{limit}} {{items}}.`,
  maxItems: `${AT} has more than {{limit}} entries.`,
  maxProperties: `${AT} has more than {{limit}} entries.`,
  uniqueItems: `${AT} lists the same value twice (items {{first}} and {{second}}).`,
  minimum: `${AT} must be at least {{limit}}.`,
  maximum: `${AT} must be at most {{limit}}.`,
  minLength: `${AT} {{detail}}.`,
  maxLength: `${AT} {{detail}}.`,
  minProperties: `${AT} {{detail}}.`,
  anyOf: `${AT} {{detail}}.`,
  oneOf: `${AT} {{detail}}.`,
  INVALID: `${AT} {{detail}}.`,
  // What rollgate reads more closely than a keyword says.
  EMPTY_FILE: "The {{what}} is empty; it must be a mapping that starts with apiVersion: rollgate/v1.",
  NUMBER_FOR_STRING: `${AT} is the YAML number {{written}}; write it as a string, "{{written}}", since YAML reads 1.10 as 1.1.`,
  EMPTY_NAME: `${AT} has an entry with an empty name (a YAML null or empty key); give it a name.`,
  // A manifest's checks beyond its schema.
  FREEZE_ENDS_BEFORE_START: "The freeze from {{from}} to {{to}} ends before it starts.",
  DUPLICATE_CLUSTER: "Cluster name `{{cluster}}` is used twice; cluster names must be unique.",
  WAVE_MISSING: "Cluster {{which}} has no `wave`; the manifest sets `waves`, so every cluster names one of {{waves}}.",
  WAVE_WITHOUT_WAVES: "Cluster {{which}} names {{wave}}, but the manifest sets no `waves`; add `waves:` in promotion order.",
  WAVE_UNKNOWN: "Cluster `{{cluster}}` names wave `{{wave}}`, which is not one of `waves` ({{waves}}).",
  DUPLICATE_MEMBER: "Member `{{member}}` appears twice in cluster `{{cluster}}`.",
  INCOMPLETE_COMPONENT: "{{which}} needs a `version`, or a `channel` with a `revision`, so rollgate knows what to pin.",
  CHANNEL_WITHOUT_REVISION: "{{which}} has a `channel` but no `revision`; add the revision the channel is pinned to, so rollgate knows what to pin.",
  REVISION_WITHOUT_CHANNEL: "{{which}} has a `revision` but no `channel`; add the channel (track/risk) the revision is of, so rollgate knows what to pin.",
  // A pack's checks beyond its schema.
  TRACKS_WITHOUT_VERSIONS: "{{which}} uses the tracks scheme, which needs `versions`: its tracks in release order.",
  ORDER_MISSING: "Component `{{component}}` is missing from `order`; every component has a place in the upgrade order.",
  ORDER_UNKNOWN: "`order` names `{{component}}`, which is not one of the pack's components.",
  REQUIRES_CYCLE: "The components' `requires` form a cycle ({{cycle}}); no upgrade order can satisfy it.",
  UNKNOWN_VERSION: "`{{version}}` is not a version the {{scheme}} scheme of `{{component}}` knows.",
  UNKNOWN_REFERENCE: "{{who}} `{{component}}`, which is not one of the pack's components.",
  REQUIRES_LATER_IN_ORDER: "`{{component}}` requires `{{other}}`, so `{{other}}` must come before it in `order`.",
  SKEW_UNKNOWN_COMPONENT: "`{{component}}` sets a skew against `{{other}}`, which is not one of the pack's components.",
  SKEW_SCHEMES_DIFFER: "`{{component}}` and `{{other}}` use different version schemes, so their skew cannot be measured.",
  UNLESS_AND_CREATES: "Step `{{step}}` has both `unless` and `creates`; `creates` is its own `unless`.",
  STEP_NOT_ON_CONTROL: "Step `{{step}}` has `on: control` or `each`, which only a component's `before` and `after` steps may.",
  EXPECT_NOT_REGEX: "Step `{{step}}` expects a `match` that is not a regular expression.",
  UNKNOWN_PLACEHOLDER: "Step `{{step}}` uses the placeholder {{placeholder}}; the known ones are {{known}}.",
  // A manifest against its pack.
  UNKNOWN_PACK: "The manifest's policy `{{policy}}` names no pack in the policies directory or among rollgate's built-in packs.{{known}}",
  PACK_PATH_NOT_FOUND: "The manifest's policy `{{policy}}` names no pack file: a pack path is relative to the manifest and must stay inside the directory rollgate runs in.",
  BASE_UNREADABLE: "The base manifest {{file}} could not be read{{reason}}; the rules that compare base and head were skipped.",
  MEMBER_COUNT: "Cluster {{cluster}} has {{size}}; a {{pack}} cluster has {{range}}.",
  UNKNOWN_COMPONENT: "{{component}} is not a component of the {{pack}} pack, which knows {{known}}.",
  VERSION_MISSING: "{{component}} needs {{needed}} for the {{pack}} pack to compare its versions.",
  UNREADABLE_VERSION: "{{component}} {{what}} {{version}} is not one the {{pack}} pack can read ({{scheme}}).{{known}}"
};
function yamlSyntaxFinding(code, place, data = {}) {
  return make("yaml/syntax", code, YAML_SYNTAX_MESSAGES[code], place, data);
}
function moreSyntaxErrors(count) {
  return `${count} more syntax error${count === 1 ? "" : "s"} follow, likely caused by the ones before.`;
}
function schemaFinding(code, place, data = {}) {
  return make("schema", code, SCHEMA_MESSAGES[code], place, data);
}
function isSchemaCode(code) {
  return Object.hasOwn(SCHEMA_MESSAGES, code);
}
function make(rule, code, template2, place, data) {
  let { severity = "error", file, line, column, ...subject } = place;
  return {
    rule,
    code,
    data,
    severity,
    message: formatMessage(template2, data),
    file,
    line,
    column,
    ...subject
  };
}

// src/findings.ts
init_define_ROLLGATE_BUILTIN_PACKS();

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
  messages: {
    blocked: "{{component}} {{what}} is on the known-bad list of {{pack}}: {{reason}} Pick another version or revision."
  },
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
          messageId: "blocked",
          data: { component: at2.component, what, pack: context.policy.pack.name, reason: entry.reason }
        });
      }
    }
  }
};

// src/rules/channel-eol.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/manifest/fleet.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/schema/validate.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/manifest/positions.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var import_yaml4 = __toESM(require_dist(), 1);

// src/manifest/pieces.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var import_yaml3 = __toESM(require_dist(), 1);

// src/manifest/compose.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var import_yaml2 = __toESM(require_dist(), 1);

// src/manifest/source.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var import_yaml = __toESM(require_dist(), 1), YAML_LIMITS = {
  /** Largest file read, in bytes. A fleet of 100,000 members is about 10 MB. */
  maxBytes: 32 * 1024 * 1024,
  /** Deepest nesting of mappings and sequences. A manifest needs about 8. */
  maxDepth: 64,
  /** What an alias may expand to, counted as the yaml package counts it (nodes times uses). */
  maxAliasCount: 1e4
};
function lineCounterOf(text) {
  let lineCounter = new import_yaml.LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf(`
`); i >= 0; i = text.indexOf(`
`, i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}

// src/manifest/compose.ts
function tokensOf(text) {
  return [...new import_yaml2.Parser().parse(text)];
}
function composeFirstDocument(tokens, length) {
  let composer = new import_yaml2.Composer({ uniqueKeys: !0, strict: !0, version: "1.2", logLevel: "error" }), first;
  for (let document of composer.compose(tokens, !0, length)) {
    if (!first) {
      first = document;
      continue;
    }
    first.errors.push(
      new import_yaml2.YAMLParseError(
        [document.range[0], document.range[1]],
        "MULTIPLE_DOCS",
        "Source contains multiple documents; a manifest is one document"
      )
    );
    break;
  }
  return first;
}
function* collectionDepths(tokens, from) {
  let stack = tokens.map((token) => [token, from]);
  for (; stack.length > 0; ) {
    let [token, depth] = stack.pop();
    if (token === null || typeof token != "object") continue;
    let { type, items, value } = token, collection = type === "block-map" || type === "block-seq" || type === "flow-collection", level = collection ? depth + 1 : depth;
    if (yield [token, level], type === "document" && stack.push([value, level]), collection && Array.isArray(items))
      for (let item of items)
        stack.push([item.key, level], [item.value, level]);
  }
}
function findTooDeepToken(tokens) {
  for (let [token, level] of collectionDepths(tokens, 0))
    if (level > YAML_LIMITS.maxDepth) return token.offset ?? 0;
}
function hasDeepTokenOrAlias(tokens, depth) {
  for (let [token, level] of collectionDepths(tokens, depth))
    if (token.type === "alias" || level > YAML_LIMITS.maxDepth) return !0;
  return !1;
}
function findTooDeepNode(root) {
  let stack = [[root, 1]];
  for (; stack.length > 0; ) {
    let [node, depth] = stack.pop();
    if ((0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node)) {
      if (depth > YAML_LIMITS.maxDepth) return node;
      for (let item of node.items)
        (0, import_yaml2.isPair)(item) ? stack.push([item.key, depth + 1], [item.value, depth + 1]) : stack.push([item, depth + 1]);
    }
  }
  return null;
}

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
      let key = content.slice(0, length);
      checkKey(key, map);
      let start = length + 1;
      for (; content.charCodeAt(start) === 32; ) start++;
      let rest = content.slice(start);
      rest === "" || rest.charCodeAt(0) === 35 ? (this.at++, map[key] = this.blockValue(column, !0)) : (map[key] = inlineValue(rest), this.at++, this.noContinuation(column)), content = void 0;
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
function checkKey(key, map) {
  (key.length > 256 || key === "__proto__" || NULL.test(key) || TRUE.test(key) || FALSE.test(key)) && giveUp(), Object.hasOwn(map, key) && giveUp();
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
      let key = rest.slice(0, length);
      checkKey(key, map);
      let [value, end2] = flowValue(text, at2 + length + 1, depth + 1);
      map[key] = value, at2 = skipSpaces(text, end2);
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

// src/manifest/pieces.ts
var PIECES_FROM = 256 * 1024, PIECES_KEY = "clusters", PIECES_CACHE = 16;
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
  let trailerShift = trailerAt - starts[0], document = readPiece(header + text.slice(trailerAt), 0);
  if (!document || !(0, import_yaml3.isMap)(document.contents)) return;
  let listPair = document.contents.items.find(
    (pair) => (0, import_yaml3.isScalar)(pair.key) && pair.key.value === PIECES_KEY
  ), listValue = listPair?.value;
  if (!listPair || listValue !== null && !((0, import_yaml3.isScalar)(listValue) && listValue.value === null && !listValue.tag && !listValue.anchor))
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
    if (!piece || !(0, import_yaml3.isSeq)(piece.contents) || piece.contents.items.length !== 1) return;
    items.push(piece.toJS()[0]);
  }
  let value = document.toJS();
  value[PIECES_KEY] = items;
  let lineCounter = lineCounterOf(text);
  return {
    file,
    text,
    document,
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
function readPiece(text, depth) {
  let tokens = tokensOf(text);
  if (hasDeepTokenOrAlias(tokens, depth)) return;
  let document = composeFirstDocument(tokens, text.length);
  return document.errors.length > 0 ? void 0 : document;
}
function itemDocument(source, pieces, index) {
  let document = pieces.cache.get(index);
  return document || (document = readPiece(source.text.slice(pieces.starts[index], pieces.ends[index]), 1), pieces.cache.size >= PIECES_CACHE && pieces.cache.delete(pieces.cache.keys().next().value), pieces.cache.set(index, document), document);
}

// src/manifest/positions.ts
function locate(source, path3) {
  let pieces = source.pieces;
  if (pieces && path3.length > 0 && String(path3[0]) === pieces.key) {
    let index = path3[1];
    if (typeof index == "number" && index >= 0 && index < pieces.starts.length) {
      let document = itemDocument(source, pieces, index), start = pieces.starts[index], item = (0, import_yaml4.isSeq)(document.contents) ? document.contents.items[0] : null;
      return { node: walk(document, item, path3.slice(2)), document, fileOffset: (offset) => offset + start };
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
    node: walk(source.document, source.document.contents, path3),
    document: source.document,
    fileOffset: trailer
  };
}
function walk(document, root, path3) {
  let node = root;
  for (let segment of path3)
    if ((0, import_yaml4.isAlias)(node) && (node = node.resolve(document)), (0, import_yaml4.isMap)(node)) {
      let pair = node.items.find(
        (item) => (0, import_yaml4.isPair)(item) && (0, import_yaml4.isScalar)(item.key) && String(item.key.value) === String(segment)
      );
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if ((0, import_yaml4.isSeq)(node) && typeof segment == "number") {
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
function positionOf(source, path3) {
  let pos = source.lineCounter.linePos(startOffset(locate(source, path3)));
  return { line: pos.line, column: pos.col };
}
function keyPositionOf(source, path3) {
  if (path3.length === 0) return { line: 1, column: 1 };
  let parent = locate(source, path3.slice(0, -1)), last = path3[path3.length - 1], resolved = (0, import_yaml4.isAlias)(parent.node) ? parent.node.resolve(parent.document) : parent.node;
  if ((0, import_yaml4.isMap)(resolved)) {
    let pair = resolved.items.find(
      (item) => (0, import_yaml4.isPair)(item) && (0, import_yaml4.isScalar)(item.key) && String(item.key.value) === String(last)
    );
    if (pair && (0, import_yaml4.isScalar)(pair.key) && pair.key.range) {
      let pos = source.lineCounter.linePos(parent.fileOffset(pair.key.range[0]));
      return { line: pos.line, column: pos.col };
    }
  }
  return positionOf(source, path3);
}
function sourceTextAt(source, path3) {
  let located = locate(source, path3), node = located.node;
  if ((0, import_yaml4.isScalar)(node) && node.range)
    return source.text.slice(located.fileOffset(node.range[0]), located.fileOffset(node.range[1])).trim();
}

// src/schema/conditions.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, COMPONENT = /^[a-z0-9][a-z0-9._-]{0,62}$/;
function explainCondition(schema2, error, path3, root) {
  if (schema2 === "fleet") return explainFleet(error, path3, root);
  if (schema2 === "policy") return explainPolicy(error, path3);
}
function explainFleet(error, path3, root) {
  let [top, index, field, name] = path3;
  if (top !== "clusters" || typeof index != "number") return;
  let cluster = at(root, ["clusters", index]), clusterName = named(at(cluster, ["name"]), LABEL), clusterText = clusterName === void 0 ? `number ${index + 1}` : `\`${clusterName}\``, about = clusterName === void 0 ? {} : { cluster: clusterName };
  if (path3.length === 2 && error.keyword === "required" && error.params.missingProperty === "wave") {
    let waves = listOf(at(root, ["waves"])).filter((wave) => LABEL.test(wave));
    return {
      code: "WAVE_MISSING",
      data: { which: clusterText, waves: waves.join(", ") },
      atKey: !1,
      about
    };
  }
  if (path3.length === 3 && field === "wave" && error.keyword === "false schema") {
    let wave = named(at(cluster, ["wave"]), LABEL);
    return {
      code: "WAVE_WITHOUT_WAVES",
      data: { which: clusterText, wave: wave === void 0 ? "a wave" : `wave \`${wave}\`` },
      atKey: !1,
      about
    };
  }
  if (path3.length === 4 && field === "components" && typeof name == "string") {
    let missing = error.params.missingProperty;
    if (!(error.keyword === "required" || error.keyword === "dependentRequired") || missing !== "channel" && missing !== "revision") return;
    let component = named(name, COMPONENT), componentText = component === void 0 ? "A component" : `Component \`${component}\``, state = at(cluster, ["components", name]), hasRevision = at(state, ["revision"]) !== void 0;
    return {
      code: missing === "revision" ? "CHANNEL_WITHOUT_REVISION" : hasRevision ? "REVISION_WITHOUT_CHANNEL" : "INCOMPLETE_COMPONENT",
      data: { which: componentText },
      atKey: !0,
      about: { ...about, ...component === void 0 ? {} : { component } }
    };
  }
}
function explainPolicy(error, path3) {
  let [top, name, field, list] = path3;
  if (top !== "components" || typeof name != "string" || field !== "versioning" || !(path3.length === 3 && error.keyword === "required" && error.params.missingProperty === "versions" || path3.length === 4 && list === "versions" && error.keyword === "minItems" && error.schemaPath.includes("/then/"))) return;
  let component = named(name, COMPONENT);
  return {
    code: "TRACKS_WITHOUT_VERSIONS",
    data: { which: component === void 0 ? "A component" : `Component \`${component}\`` },
    atKey: !1,
    about: {}
  };
}
function at(value, path3) {
  let current = value;
  for (let key of path3) {
    if (current === null || typeof current != "object" || !Object.hasOwn(current, key)) return;
    current = current[key];
  }
  return current;
}
function named(value, pattern) {
  return typeof value == "string" && pattern.test(value) ? value : void 0;
}
function listOf(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item == "string") : [];
}

// src/schema/validators.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var fleet = validate20, schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/rollgate/rollgate/schemas/fleet.schema.json", title: "rollgate fleet manifest", description: "The desired versions of a fleet's cluster components. rollgate/v1. Reference: docs/manifest.md.", type: "object", additionalProperties: !1, required: ["apiVersion", "kind", "policy", "clusters"], properties: { $schema: { description: "The JSON Schema editors validate this file with (rollgate ignores it).", type: "string" }, apiVersion: { description: "The manifest format version: rollgate/v1.", const: "rollgate/v1" }, kind: { description: "What this file is: Fleet.", const: "Fleet" }, policy: { description: "A pack name from policies/ (or the packs that ship with rollgate), or a relative path to a pack file.", type: "string", pattern: "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$" }, waves: { description: "The promotion order of clusters: a change reaches a later wave only once the earlier waves run it. When set, every cluster names its `wave`.", type: "array", items: { $ref: "#/$defs/label" }, uniqueItems: !0, minItems: 1, maxItems: 32 }, freeze: { description: "Change freezes: no version may change from `from` to `to`, both inclusive.", type: "array", maxItems: 256, items: { type: "object", additionalProperties: !1, required: ["from", "to"], properties: { from: { $ref: "#/$defs/moment", description: "The first day (UTC) or moment of the freeze." }, to: { $ref: "#/$defs/moment", description: "The last day (UTC, the whole day) or moment of the freeze." }, reason: { description: "Why nothing may change, shown with the hold/freeze finding.", type: "string", maxLength: 200 } } } }, clusters: { description: "The clusters of the fleet, in rollout order within each wave.", type: "array", minItems: 1, items: { $ref: "#/$defs/cluster" } } }, allOf: [{ if: { properties: { waves: { type: "array", minItems: 1 } }, required: ["waves"] }, then: { properties: { clusters: { type: "array", items: { description: "The manifest sets `waves`, so every cluster names its `wave`, one of them.", type: "object", properties: { wave: !0 }, required: ["wave"] } } } } }, { if: { type: "object", properties: { waves: !1 } }, then: { properties: { clusters: { type: "array", items: { description: "A cluster names a `wave` only when the manifest sets `waves`, the promotion order.", type: "object", properties: { wave: !1 } } } } } }], $defs: { label: { description: "A DNS label: lower-case letters, digits and inner hyphens, at most 63 characters.", type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, hostname: { description: "A member's host name: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$" }, componentName: { description: "A component (snap, package, service) name: lower-case letters, digits, dots, hyphens and underscores.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, moment: { description: "A date (YYYY-MM-DD, the whole day) or an RFC 3339 date-time.", type: "string", anyOf: [{ format: "date" }, { format: "date-time" }] }, component: { description: "A component's state, as a member overrides its cluster's: any of the fields, on top of the cluster's.", type: "object", additionalProperties: !1, properties: { version: { description: "The version, as a string: quote it, since YAML reads 1.10 as the number 1.1.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$" }, channel: { description: "A snap-style channel: track/risk[/branch].", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$" }, revision: { description: "The revision the channel is pinned to.", type: "integer", minimum: 1, maximum: 4294967295 }, hold: { description: "Automatic updates are held.", type: "boolean" }, cohort: { description: `The member refreshes in the snap's cohort (--cohort="+").`, type: "boolean" } } }, pinnedComponent: { description: "A component's desired state on every member of the cluster: a `version`, or a `channel` with its `revision`, or both.", $ref: "#/$defs/component", type: "object", if: { properties: { version: !1 } }, then: { description: "Without a `version`, a component names a `channel` with a `revision`.", properties: { channel: !0 }, required: ["channel"] }, dependentRequired: { channel: ["revision"], revision: ["channel"] } }, components: { description: "The components every member of the cluster runs, by name, each with its desired state.", type: "object", propertyNames: { $ref: "#/$defs/componentName", description: "A component name, one the fleet's pack knows." }, additionalProperties: { $ref: "#/$defs/pinnedComponent", description: "The component's desired state: a `version`, or a `channel` with its `revision`, or both." }, maxProperties: 64 }, memberComponents: { description: "What this member alone runs differently from its cluster, by component name: only the fields that differ.", type: "object", propertyNames: { $ref: "#/$defs/componentName", description: "A component name, one the fleet's pack knows." }, additionalProperties: { $ref: "#/$defs/component", description: "Only the fields this member runs differently; a component its cluster lacks needs a `version`, or a `channel` with a `revision`." }, maxProperties: 64 }, member: { description: "A member of the cluster: its host name, or a mapping with its name and settings.", anyOf: [{ $ref: "#/$defs/hostname" }, { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { $ref: "#/$defs/hostname", description: "The member's host name, as the transport reaches it." }, role: { description: "The member's role: control members go before workers (default worker).", enum: ["control", "worker"] }, workload: { description: "What happens to the member's workloads: live-migrated away and back (live, the default), left to the operator, who approves (manual), or left alone (skip).", enum: ["live", "manual", "skip"] }, migrationAttempts: { description: "Live-migration attempts before the node is given up (MOSK; default 3).", type: "integer", minimum: 1, maximum: 20 }, components: { $ref: "#/$defs/memberComponents", description: "What this member alone runs differently from its cluster." } } }] }, cluster: { description: "A cluster: its members and the components they run.", type: "object", additionalProperties: !1, required: ["name", "members", "components"], properties: { name: { $ref: "#/$defs/label", description: "The cluster's name, a DNS label unique in the fleet." }, wave: { $ref: "#/$defs/label", description: "The cluster's wave, one of `waves`; required when `waves` is set, not allowed without it." }, proxy: { $ref: "#/$defs/label", description: "The Enterprise Store Proxy serving this cluster; clusters behind one proxy agree on each channel's revision." }, architecture: { description: "The architecture of the cluster's members, for looking up revisions in a store (a revision is built for one architecture). Default amd64.", enum: ["amd64", "arm64", "armhf", "i386", "ppc64el", "riscv64", "s390x"] }, runner: { description: "The runs-on labels of the GitHub runner that rolls this cluster out.", type: "array", items: { description: "A runner label: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, minItems: 1, maxItems: 8 }, pauseAfterMember: { description: "When the rollout waits for approval: after the first member (first), after every member (all), or never (none). Default: the pack's.", enum: ["first", "all", "none"] }, members: { description: "The cluster's members, in rollout order (control members go first).", type: "array", minItems: 1, items: { $ref: "#/$defs/member" } }, components: { $ref: "#/$defs/components", description: "The components every member runs, each with its desired state." } } } } }, schema32 = { description: "A DNS label: lower-case letters, digits and inner hyphens, at most 63 characters.", type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, schema33 = { description: "A date (YYYY-MM-DD, the whole day) or an RFC 3339 date-time.", type: "string", anyOf: [{ format: "date" }, { format: "date-time" }] }, pattern4 = new RegExp("^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$", "u"), pattern5 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", "u"), func0 = require_equal().default, func2 = require_ucs2length().default, formats0 = require_formats().fullFormats.date, formats2 = require_formats().fullFormats["date-time"], schema35 = { description: "A cluster: its members and the components they run.", type: "object", additionalProperties: !1, required: ["name", "members", "components"], properties: { name: { $ref: "#/$defs/label", description: "The cluster's name, a DNS label unique in the fleet." }, wave: { $ref: "#/$defs/label", description: "The cluster's wave, one of `waves`; required when `waves` is set, not allowed without it." }, proxy: { $ref: "#/$defs/label", description: "The Enterprise Store Proxy serving this cluster; clusters behind one proxy agree on each channel's revision." }, architecture: { description: "The architecture of the cluster's members, for looking up revisions in a store (a revision is built for one architecture). Default amd64.", enum: ["amd64", "arm64", "armhf", "i386", "ppc64el", "riscv64", "s390x"] }, runner: { description: "The runs-on labels of the GitHub runner that rolls this cluster out.", type: "array", items: { description: "A runner label: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, minItems: 1, maxItems: 8 }, pauseAfterMember: { description: "When the rollout waits for approval: after the first member (first), after every member (all), or never (none). Default: the pack's.", enum: ["first", "all", "none"] }, members: { description: "The cluster's members, in rollout order (control members go first).", type: "array", minItems: 1, items: { $ref: "#/$defs/member" } }, components: { $ref: "#/$defs/components", description: "The components every member runs, each with its desired state." } } }, pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u"), schema39 = { description: "A member of the cluster: its host name, or a mapping with its name and settings.", anyOf: [{ $ref: "#/$defs/hostname" }, { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { $ref: "#/$defs/hostname", description: "The member's host name, as the transport reaches it." }, role: { description: "The member's role: control members go before workers (default worker).", enum: ["control", "worker"] }, workload: { description: "What happens to the member's workloads: live-migrated away and back (live, the default), left to the operator, who approves (manual), or left alone (skip).", enum: ["live", "manual", "skip"] }, migrationAttempts: { description: "Live-migration attempts before the node is given up (MOSK; default 3).", type: "integer", minimum: 1, maximum: 20 }, components: { $ref: "#/$defs/memberComponents", description: "What this member alone runs differently from its cluster." } } }] }, schema40 = { description: "A member's host name: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$" }, pattern10 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$", "u"), schema42 = { description: "What this member alone runs differently from its cluster, by component name: only the fields that differ.", type: "object", propertyNames: { $ref: "#/$defs/componentName", description: "A component name, one the fleet's pack knows." }, additionalProperties: { $ref: "#/$defs/component", description: "Only the fields this member runs differently; a component its cluster lacks needs a `version`, or a `channel` with a `revision`." }, maxProperties: 64 }, schema43 = { description: "A component (snap, package, service) name: lower-case letters, digits, dots, hyphens and underscores.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, schema44 = { description: "A component's state, as a member overrides its cluster's: any of the fields, on top of the cluster's.", type: "object", additionalProperties: !1, properties: { version: { description: "The version, as a string: quote it, since YAML reads 1.10 as the number 1.1.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$" }, channel: { description: "A snap-style channel: track/risk[/branch].", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$" }, revision: { description: "The revision the channel is pinned to.", type: "integer", minimum: 1, maximum: 4294967295 }, hold: { description: "Automatic updates are held.", type: "boolean" }, cohort: { description: `The member refreshes in the snap's cohort (--cohort="+").`, type: "boolean" } } }, pattern12 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u"), pattern13 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$", "u"), pattern14 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$", "u");
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
var schema45 = { description: "The components every member of the cluster runs, by name, each with its desired state.", type: "object", propertyNames: { $ref: "#/$defs/componentName", description: "A component name, one the fleet's pack knows." }, additionalProperties: { $ref: "#/$defs/pinnedComponent", description: "The component's desired state: a `version`, or a `channel` with its `revision`, or both." }, maxProperties: 64 }, schema47 = { description: "A component's desired state on every member of the cluster: a `version`, or a `channel` with its `revision`, or both.", $ref: "#/$defs/component", type: "object", if: { properties: { version: !1 } }, then: { description: "Without a `version`, a component names a `channel` with a `revision`.", properties: { channel: !0 }, required: ["channel"] }, dependentRequired: { channel: ["revision"], revision: ["channel"] } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "version" || key0 === "channel" || key0 === "revision" || key0 === "hold" || key0 === "cohort")) {
        let err0 = { instancePath, schemaPath: "#/$defs/component/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema44, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 == "string") {
        if (!pattern13.test(data0)) {
          let err1 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/component/properties/version/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$", parentSchema: schema44.properties.version, data: data0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/component/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.version.type, parentSchema: schema44.properties.version, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.channel !== void 0) {
      let data1 = data.channel;
      if (typeof data1 == "string") {
        if (!pattern14.test(data1)) {
          let err3 = { instancePath: instancePath + "/channel", schemaPath: "#/$defs/component/properties/channel/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$"', schema: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$", parentSchema: schema44.properties.channel, data: data1 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/channel", schemaPath: "#/$defs/component/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.channel.type, parentSchema: schema44.properties.channel, data: data1 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.revision !== void 0) {
      let data2 = data.revision;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        let err5 = { instancePath: instancePath + "/revision", schemaPath: "#/$defs/component/properties/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.revision.type, parentSchema: schema44.properties.revision, data: data2 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 4294967295 || isNaN(data2)) {
          let err6 = { instancePath: instancePath + "/revision", schemaPath: "#/$defs/component/properties/revision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema44.properties.revision, data: data2 };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          let err7 = { instancePath: instancePath + "/revision", schemaPath: "#/$defs/component/properties/revision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.revision, data: data2 };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      }
    }
    if (data.hold !== void 0) {
      let data3 = data.hold;
      if (typeof data3 != "boolean") {
        let err8 = { instancePath: instancePath + "/hold", schemaPath: "#/$defs/component/properties/hold/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.hold.type, parentSchema: schema44.properties.hold, data: data3 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.cohort !== void 0) {
      let data4 = data.cohort;
      if (typeof data4 != "boolean") {
        let err9 = { instancePath: instancePath + "/cohort", schemaPath: "#/$defs/component/properties/cohort/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.cohort.type, parentSchema: schema44.properties.cohort, data: data4 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
  } else {
    let err10 = { instancePath, schemaPath: "#/$defs/component/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
  }
  let _errs14 = errors, valid2 = !0, _errs15 = errors;
  if (data && typeof data == "object" && !Array.isArray(data) && data.version !== void 0) {
    let err11 = {};
    vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
  }
  var _valid0 = _errs15 === errors;
  if (errors = _errs14, vErrors !== null && (_errs14 ? vErrors.length = _errs14 : vErrors = null), _valid0) {
    let _errs16 = errors;
    if (data && typeof data == "object" && !Array.isArray(data) && data.channel === void 0) {
      let err12 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property 'channel'", schema: schema47.then.required, parentSchema: schema47.then, data };
      vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
    }
    var _valid0 = _errs16 === errors;
    valid2 = _valid0;
  }
  if (!valid2) {
    let err13 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema47.if, parentSchema: schema47, data };
    vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.channel !== void 0 && data.revision === void 0) {
      let err14 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
        property: "channel",
        missingProperty: "revision",
        depsCount: 1,
        deps: "revision"
      }, message: "must have property revision when property channel is present", schema: schema47.dependentRequired, parentSchema: schema47, data };
      vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
    }
    if (data.revision !== void 0 && data.channel === void 0) {
      let err15 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
        property: "revision",
        missingProperty: "channel",
        depsCount: 1,
        deps: "channel"
      }, message: "must have property channel when property revision is present", schema: schema47.dependentRequired, parentSchema: schema47, data };
      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
    }
  } else {
    let err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
  }
  return validate27.errors = vErrors, errors === 0;
}
validate27.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 64) {
      let err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 64 }, message: "must NOT have more than 64 properties", schema: 64, parentSchema: schema45, data };
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
        let err3 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema45.propertyNames, parentSchema: schema45, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    for (let key1 in data)
      validate27(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors), errors = vErrors.length);
  } else {
    let err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
  }
  return validate26.errors = vErrors, errors === 0;
}
validate26.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
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
      if (!(key0 === "name" || key0 === "wave" || key0 === "proxy" || key0 === "architecture" || key0 === "runner" || key0 === "pauseAfterMember" || key0 === "members" || key0 === "components")) {
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
    if (data.architecture !== void 0) {
      let data3 = data.architecture;
      if (!(data3 === "amd64" || data3 === "arm64" || data3 === "armhf" || data3 === "i386" || data3 === "ppc64el" || data3 === "riscv64" || data3 === "s390x")) {
        let err10 = { instancePath: instancePath + "/architecture", schemaPath: "#/properties/architecture/enum", keyword: "enum", params: { allowedValues: schema35.properties.architecture.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.architecture.enum, parentSchema: schema35.properties.architecture, data: data3 };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.runner !== void 0) {
      let data4 = data.runner;
      if (Array.isArray(data4)) {
        if (data4.length > 8) {
          let err11 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items", schema: 8, parentSchema: schema35.properties.runner, data: data4 };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
        if (data4.length < 1) {
          let err12 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.properties.runner, data: data4 };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
        let len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 == "string") {
            if (!pattern9.test(data5)) {
              let err13 = { instancePath: instancePath + "/runner/" + i0, schemaPath: "#/properties/runner/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", parentSchema: schema35.properties.runner.items, data: data5 };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
          } else {
            let err14 = { instancePath: instancePath + "/runner/" + i0, schemaPath: "#/properties/runner/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.runner.items.type, parentSchema: schema35.properties.runner.items, data: data5 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
      } else {
        let err15 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.runner.type, parentSchema: schema35.properties.runner, data: data4 };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.pauseAfterMember !== void 0) {
      let data6 = data.pauseAfterMember;
      if (!(data6 === "first" || data6 === "all" || data6 === "none")) {
        let err16 = { instancePath: instancePath + "/pauseAfterMember", schemaPath: "#/properties/pauseAfterMember/enum", keyword: "enum", params: { allowedValues: schema35.properties.pauseAfterMember.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.pauseAfterMember.enum, parentSchema: schema35.properties.pauseAfterMember, data: data6 };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    }
    if (data.members !== void 0) {
      let data7 = data.members;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          let err17 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.properties.members, data: data7 };
          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
        }
        let len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++)
          validate22(data7[i1], { instancePath: instancePath + "/members/" + i1, parentData: data7, parentDataProperty: i1, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length);
      } else {
        let err18 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.members.type, parentSchema: schema35.properties.members, data: data7 };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    data.components !== void 0 && (validate26(data.components, { instancePath: instancePath + "/components", parentData: data, parentDataProperty: "components", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length));
  } else {
    let err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
  }
  return validate21.errors = vErrors, errors === 0;
}
validate21.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate20.evaluated;
  evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0);
  let _errs2 = errors, valid1 = !0, _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.waves === void 0 && (missing0 = "waves")) {
      let err0 = {};
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    } else if (data.waves !== void 0) {
      let data0 = data.waves;
      if (errors === errors)
        if (Array.isArray(data0)) {
          if (data0.length < 1) {
            let err1 = {};
            vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
          }
        } else {
          let err2 = {};
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
    }
  }
  var _valid0 = _errs3 === errors;
  if (errors = _errs2, vErrors !== null && (_errs2 ? vErrors.length = _errs2 : vErrors = null), _valid0) {
    let _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data) && data.clusters !== void 0) {
      let data1 = data.clusters;
      if (Array.isArray(data1)) {
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.wave === void 0) {
              let err3 = { instancePath: instancePath + "/clusters/" + i0, schemaPath: "#/allOf/0/then/properties/clusters/items/required", keyword: "required", params: { missingProperty: "wave" }, message: "must have required property 'wave'", schema: schema31.allOf[0].then.properties.clusters.items.required, parentSchema: schema31.allOf[0].then.properties.clusters.items, data: data2 };
              vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
            }
          } else {
            let err4 = { instancePath: instancePath + "/clusters/" + i0, schemaPath: "#/allOf/0/then/properties/clusters/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.allOf[0].then.properties.clusters.items.type, parentSchema: schema31.allOf[0].then.properties.clusters.items, data: data2 };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
        }
      } else {
        let err5 = { instancePath: instancePath + "/clusters", schemaPath: "#/allOf/0/then/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.allOf[0].then.properties.clusters.type, parentSchema: schema31.allOf[0].then.properties.clusters, data: data1 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    if (valid1 = _valid0, valid1) {
      var props0 = {};
      props0.clusters = !0, props0.waves = !0;
    }
  }
  if (!valid1) {
    let err6 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema31.allOf[0].if, parentSchema: schema31.allOf[0], data };
    vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
  }
  let _errs12 = errors, valid6 = !0, _errs13 = errors;
  if (errors === _errs13)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.waves !== void 0) {
        let err7 = {};
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    } else {
      let err8 = {};
      vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
    }
  var _valid1 = _errs13 === errors;
  if (errors = _errs12, vErrors !== null && (_errs12 ? vErrors.length = _errs12 : vErrors = null), _valid1) {
    let _errs15 = errors;
    if (data && typeof data == "object" && !Array.isArray(data) && data.clusters !== void 0) {
      let data4 = data.clusters;
      if (Array.isArray(data4)) {
        let len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.wave !== void 0) {
              let err9 = { instancePath: instancePath + "/clusters/" + i1 + "/wave", schemaPath: "#/allOf/1/then/properties/clusters/items/properties/wave/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: !1, parentSchema: schema31.allOf[1].then.properties.clusters.items.properties.wave, data: data5.wave };
              vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
            }
          } else {
            let err10 = { instancePath: instancePath + "/clusters/" + i1, schemaPath: "#/allOf/1/then/properties/clusters/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.allOf[1].then.properties.clusters.items.type, parentSchema: schema31.allOf[1].then.properties.clusters.items, data: data5 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        }
      } else {
        let err11 = { instancePath: instancePath + "/clusters", schemaPath: "#/allOf/1/then/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.allOf[1].then.properties.clusters.type, parentSchema: schema31.allOf[1].then.properties.clusters, data: data4 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    var _valid1 = _errs15 === errors;
    if (valid6 = _valid1, valid6) {
      var props1 = {};
      props1.clusters = !0, props1.waves = !0;
    }
  }
  if (!valid6) {
    let err12 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema31.allOf[1].if, parentSchema: schema31.allOf[1], data };
    vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
  }
  if (props0 !== !0 && props1 !== void 0 && (props1 === !0 ? props0 = !0 : (props0 = props0 || {}, Object.assign(props0, props1))), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
    }
    if (data.kind === void 0) {
      let err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
    }
    if (data.policy === void 0) {
      let err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
    }
    if (data.clusters === void 0) {
      let err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clusters" }, message: "must have required property 'clusters'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "$schema" || key0 === "apiVersion" || key0 === "kind" || key0 === "policy" || key0 === "waves" || key0 === "freeze" || key0 === "clusters")) {
        let err17 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31, data };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    if (data.$schema !== void 0) {
      let data7 = data.$schema;
      if (typeof data7 != "string") {
        let err18 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data7 };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data8 = data.apiVersion;
      if (data8 !== "rollgate/v1") {
        let err19 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "rollgate/v1" }, message: "must be equal to constant", schema: "rollgate/v1", parentSchema: schema31.properties.apiVersion, data: data8 };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data9 = data.kind;
      if (data9 !== "Fleet") {
        let err20 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Fleet" }, message: "must be equal to constant", schema: "Fleet", parentSchema: schema31.properties.kind, data: data9 };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.policy !== void 0) {
      let data10 = data.policy;
      if (typeof data10 == "string") {
        if (!pattern4.test(data10)) {
          let err21 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$" }, message: 'must match pattern "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$"', schema: "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$", parentSchema: schema31.properties.policy, data: data10 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
      } else {
        let err22 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.type, parentSchema: schema31.properties.policy, data: data10 };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
    if (data.waves !== void 0) {
      let data11 = data.waves;
      if (Array.isArray(data11)) {
        if (data11.length > 32) {
          let err23 = { instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema31.properties.waves, data: data11 };
          vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
        }
        if (data11.length < 1) {
          let err24 = { instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.waves, data: data11 };
          vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
        }
        let len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data12 = data11[i2];
          if (typeof data12 == "string") {
            if (!pattern5.test(data12)) {
              let err25 = { instancePath: instancePath + "/waves/" + i2, schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema32, data: data12 };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
          } else {
            let err26 = { instancePath: instancePath + "/waves/" + i2, schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data12 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
        let i3 = data11.length, j0;
        if (i3 > 1) {
          outer0: for (; i3--; )
            for (j0 = i3; j0--; )
              if (func0(data11[i3], data11[j0])) {
                let err27 = { instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: !0, parentSchema: schema31.properties.waves, data: data11 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                break outer0;
              }
        }
      } else {
        let err28 = { instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.waves.type, parentSchema: schema31.properties.waves, data: data11 };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.freeze !== void 0) {
      let data13 = data.freeze;
      if (Array.isArray(data13)) {
        if (data13.length > 256) {
          let err29 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items", schema: 256, parentSchema: schema31.properties.freeze, data: data13 };
          vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
        }
        let len3 = data13.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data14 = data13[i4];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.from === void 0) {
              let err30 = { instancePath: instancePath + "/freeze/" + i4, schemaPath: "#/properties/freeze/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema31.properties.freeze.items.required, parentSchema: schema31.properties.freeze.items, data: data14 };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
            if (data14.to === void 0) {
              let err31 = { instancePath: instancePath + "/freeze/" + i4, schemaPath: "#/properties/freeze/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema31.properties.freeze.items.required, parentSchema: schema31.properties.freeze.items, data: data14 };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
            for (let key1 in data14)
              if (!(key1 === "from" || key1 === "to" || key1 === "reason")) {
                let err32 = { instancePath: instancePath + "/freeze/" + i4, schemaPath: "#/properties/freeze/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.freeze.items, data: data14 };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
            if (data14.from !== void 0) {
              let data15 = data14.from;
              if (typeof data15 != "string") {
                let err33 = { instancePath: instancePath + "/freeze/" + i4 + "/from", schemaPath: "#/$defs/moment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data15 };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
              let _errs40 = errors, valid21 = !1, _errs41 = errors;
              if (typeof data15 == "string" && !formats0.validate(data15)) {
                let err34 = { instancePath: instancePath + "/freeze/" + i4 + "/from", schemaPath: "#/$defs/moment/anyOf/0/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33.anyOf[0], data: data15 };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
              var _valid2 = _errs41 === errors;
              valid21 = valid21 || _valid2;
              let _errs42 = errors;
              if (typeof data15 == "string" && !formats2.validate(data15)) {
                let err35 = { instancePath: instancePath + "/freeze/" + i4 + "/from", schemaPath: "#/$defs/moment/anyOf/1/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema33.anyOf[1], data: data15 };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
              var _valid2 = _errs42 === errors;
              if (valid21 = valid21 || _valid2, valid21)
                errors = _errs40, vErrors !== null && (_errs40 ? vErrors.length = _errs40 : vErrors = null);
              else {
                let err36 = { instancePath: instancePath + "/freeze/" + i4 + "/from", schemaPath: "#/$defs/moment/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.anyOf, parentSchema: schema33, data: data15 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            if (data14.to !== void 0) {
              let data16 = data14.to;
              if (typeof data16 != "string") {
                let err37 = { instancePath: instancePath + "/freeze/" + i4 + "/to", schemaPath: "#/$defs/moment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data16 };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
              let _errs46 = errors, valid23 = !1, _errs47 = errors;
              if (typeof data16 == "string" && !formats0.validate(data16)) {
                let err38 = { instancePath: instancePath + "/freeze/" + i4 + "/to", schemaPath: "#/$defs/moment/anyOf/0/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33.anyOf[0], data: data16 };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
              var _valid3 = _errs47 === errors;
              valid23 = valid23 || _valid3;
              let _errs48 = errors;
              if (typeof data16 == "string" && !formats2.validate(data16)) {
                let err39 = { instancePath: instancePath + "/freeze/" + i4 + "/to", schemaPath: "#/$defs/moment/anyOf/1/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema33.anyOf[1], data: data16 };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
              var _valid3 = _errs48 === errors;
              if (valid23 = valid23 || _valid3, valid23)
                errors = _errs46, vErrors !== null && (_errs46 ? vErrors.length = _errs46 : vErrors = null);
              else {
                let err40 = { instancePath: instancePath + "/freeze/" + i4 + "/to", schemaPath: "#/$defs/moment/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.anyOf, parentSchema: schema33, data: data16 };
                vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
              }
            }
            if (data14.reason !== void 0) {
              let data17 = data14.reason;
              if (typeof data17 == "string") {
                if (func2(data17) > 200) {
                  let err41 = { instancePath: instancePath + "/freeze/" + i4 + "/reason", schemaPath: "#/properties/freeze/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.freeze.items.properties.reason, data: data17 };
                  vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                }
              } else {
                let err42 = { instancePath: instancePath + "/freeze/" + i4 + "/reason", schemaPath: "#/properties/freeze/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.freeze.items.properties.reason.type, parentSchema: schema31.properties.freeze.items.properties.reason, data: data17 };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
            }
          } else {
            let err43 = { instancePath: instancePath + "/freeze/" + i4, schemaPath: "#/properties/freeze/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.freeze.items.type, parentSchema: schema31.properties.freeze.items, data: data14 };
            vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
          }
        }
      } else {
        let err44 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.freeze.type, parentSchema: schema31.properties.freeze, data: data13 };
        vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
      }
    }
    if (data.clusters !== void 0) {
      let data18 = data.clusters;
      if (Array.isArray(data18)) {
        if (data18.length < 1) {
          let err45 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.clusters, data: data18 };
          vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
        }
        let len4 = data18.length;
        for (let i5 = 0; i5 < len4; i5++)
          validate21(data18[i5], { instancePath: instancePath + "/clusters/" + i5, parentData: data18, parentDataProperty: i5, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors), errors = vErrors.length);
      } else {
        let err46 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.clusters.type, parentSchema: schema31.properties.clusters, data: data18 };
        vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
      }
    }
  } else {
    let err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
  }
  return validate20.errors = vErrors, errors === 0;
}
validate20.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
var policy = validate31, schema49 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/rollgate/rollgate/schemas/policy.schema.json", title: "rollgate policy pack", description: "A system's upgrade rules as data: components, version schemes, order, skew, rollout steps and rule severities.", type: "object", additionalProperties: !1, required: ["apiVersion", "kind", "name", "order", "components"], properties: { $schema: { description: "The JSON Schema editors validate this file with (rollgate ignores it).", type: "string" }, apiVersion: { description: "The pack format version: rollgate/v1.", const: "rollgate/v1" }, kind: { description: "What this file is: PolicyPack.", const: "PolicyPack" }, name: { description: "The pack's name, as a fleet manifest's `policy` names it: lower-case letters, digits and hyphens, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, description: { description: "What system the pack is for, in a sentence.", type: "string" }, datasource: { description: "Where rollgate looks up a channel's current revision for every component (`rollgate bump --to CHANNEL`, `rollgate update`); a component may set its own.", $ref: "#/$defs/datasource" }, sources: { description: "The vendor documents the rules come from, by title (and URL where there is one).", type: "array", items: { description: "One vendor document: its title, and what the pack takes from it.", type: "string" } }, order: { description: "The upgrade order of the components: a change moves them in this order, and every component has a place in it.", type: "array", items: { description: "A component name (lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit), one of `components`.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, uniqueItems: !0, minItems: 1 }, strictOrder: { description: "Whether every change keeps `order` (OpenStack's services): the planner never moves a component before one the order puts first, and order/transition fails a change in which a component runs a newer version than one before it in the order (compared where both read their versions with one scheme and the same known versions). Default false: the order is a default the planner leaves when the pack's skew or requires need another (Kubernetes' kubelets, moved before kube-apiserver when they lag too far).", type: "boolean" }, members: { description: "How many members a cluster of this system has (MicroShift: exactly one).", type: "object", additionalProperties: !1, properties: { min: { description: "At least this many members per cluster.", type: "integer", minimum: 1 }, max: { description: "At most this many members per cluster.", type: "integer", minimum: 1 } } }, rules: { description: "The severity of each rule for this pack: error, warning or off. A rule not named here is an error.", $ref: "#/$defs/severities" }, components: { description: "The system's components by name (a snap's, charm's, package's or service's name), each with its versioning and rules.", type: "object", propertyNames: { description: "A component name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { description: "The component's versioning, upgrade rules and rollout.", $ref: "#/$defs/component" }, minProperties: 1 }, rollout: { description: "How the system is rolled out: approval gates, pins, steps before and after each cluster, rollback.", type: "object", additionalProperties: !1, properties: { pauseAfterMember: { description: "When the rollout waits for approval by default: after the first member (first), after every member (all), or never (none). A cluster may set its own.", enum: ["first", "all", "none"] }, pins: { description: "How revisions are pinned: snap (a store proxy override, or snap refresh --revision without one) or none (the pack pins in its own steps, as juju refresh does).", enum: ["snap", "none"] }, first: { description: "Steps at the start of each cluster's first stage, about the whole cluster (backups).", $ref: "#/$defs/clusterSteps" }, finally: { description: "Steps at the end of each cluster's last stage, about the whole cluster (a final status check).", $ref: "#/$defs/clusterSteps" }, rollback: { description: "Whether the system can be rolled back to the base pins; where not, the plain statement rollback.json carries instead.", oneOf: [{ description: "A rollback plan exists: each changed member back to its base pin.", type: "object", additionalProperties: !1, required: ["supported"], properties: { supported: { description: "true: rollgate writes a rollback plan.", const: !0 } } }, { description: "No rollback plan: the statement says what to do instead.", type: "object", additionalProperties: !1, required: ["supported", "statement"], properties: { supported: { description: "false: rollgate writes no rollback plan.", const: !1 }, statement: { description: "What the operator does instead of a rollback, in the vendor's terms.", type: "string", minLength: 1 } } }] } } } }, $defs: { datasource: { description: "Where rollgate looks up a channel's current revision for `rollgate bump --to CHANNEL` and `rollgate update`: snap-store (the Snap Store API, or an Enterprise Store or Snap Store Proxy given by --store) or charmhub (the Charmhub API, or --charmhub). On the pack, for every component; on a component, for that one. The component's name is the snap's or charm's name in the store. Without one, bump needs the revision (CHANNEL@REVISION).", enum: ["snap-store", "charmhub"] }, severities: { description: "Rule severities by rule id: error, warning or off.", type: "object", additionalProperties: !1, properties: { "yaml/syntax": { description: "The file does not parse as YAML 1.2 (at its line and column), has a duplicate key, is not UTF-8 text, or passes the size, nesting or alias limits. Default: error.", enum: ["error", "warning", "off"] }, schema: { description: "The manifest or a pack breaks its schema (at the line of the offending node), names an unknown pack or component, or writes a version its scheme cannot read. Default: error.", enum: ["error", "warning", "off"] }, "order/requires": { description: "A component's target needs a version of another component that the cluster will not have. Default: error.", enum: ["error", "warning", "off"] }, "order/promotion": { description: "A cluster moves to a version that the clusters of an earlier wave do not already run in the base. Default: error.", enum: ["error", "warning", "off"] }, "order/transition": { description: "No order of a change's moves, one component and one member at a time, keeps every state between base and head within the pack's skew, requires and strict order; the message names the first state that breaks one and how to split the change. Default: error.", enum: ["error", "warning", "off"] }, "skew/jump": { description: "Base to head jumps further than the pack allows; the message names the largest step and a path that passes. Default: error.", enum: ["error", "warning", "off"] }, "skew/downgrade": { description: "Head is older than base: an older version, or a lower revision on the same channel. Default: error.", enum: ["error", "warning", "off"] }, "skew/major": { description: "The major version or track family changes where the pack forbids in-place major upgrades. Default: error.", enum: ["error", "warning", "off"] }, "skew/members": { description: "Members of one cluster would run different versions or revisions. Default: error.", enum: ["error", "warning", "off"] }, "skew/components": { description: "Two components of one cluster are further apart than the pack allows. Default: error.", enum: ["error", "warning", "off"] }, "channel/risk": { description: "A channel's risk is not allowed, in the head or in the base a change refreshes from. Default: error.", enum: ["error", "warning", "off"] }, "channel/eol": { description: "A track or version is past its end of life (a warning when the change did not move it there). Default: error.", enum: ["error", "warning", "off"] }, "channel/blocked": { description: "A version or revision is on the pack's known-bad list (with the reason the pack gives). Default: error.", enum: ["error", "warning", "off"] }, "hold/required": { description: "A component that must be held is not. Default: error.", enum: ["error", "warning", "off"] }, "hold/freeze": { description: "Versions change during a declared freeze. Default: error.", enum: ["error", "warning", "off"] }, "cohort/required": { description: "A component that must be in a cohort is not. Default: error.", enum: ["error", "warning", "off"] }, "pins/conflict": { description: "Two clusters behind the same proxy pin one snap channel to different revisions. Default: error.", enum: ["error", "warning", "off"] }, "policy/changed": { description: "The change edits a policy pack or the manifest's `policy` (the check always judges by the base's packs). Default: warning.", enum: ["error", "warning", "off"] } } }, step: { description: "One command of the rollout: a name, an argv with {placeholders}, and when and where it runs.", type: "object", additionalProperties: !1, required: ["name", "run"], properties: { name: { description: "The step's name, shown in the plan and the logs (`health` is the stage's health check): lower-case letters, digits and hyphens, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, run: { description: "The command as an argv, one word per item; {component}, {member}, {channel}, {revision} and the other placeholders are filled with validated values and quoted.", type: "array", minItems: 1, items: { description: "One word of the command.", type: "string", minLength: 1, maxLength: 400 } }, when: { description: "When the step applies to a member: by its workload (live, manual, skip), by whether its cluster has a store proxy (proxy, direct), on the stage's first member (first) or the others (later), or always (the default).", enum: ["live", "manual", "skip", "proxy", "direct", "always", "first", "later"] }, on: { description: "Where the command runs: on the member through the transport (default), on the runner itself, or, in a component's `before` and `after` only, on each of the cluster's control members in turn (`control`).", enum: ["member", "runner", "control"] }, retry: { description: "A health check or a wait on state: the step runs again every `every` until it succeeds, for at most `timeout` (90s, 10m, 2h); the stage stops when it never does.", type: "object", additionalProperties: !1, required: ["timeout", "every"], properties: { timeout: { type: "string", pattern: "^[1-9][0-9]{0,5}[smh]$", description: "How long to keep trying." }, every: { type: "string", pattern: "^[1-9][0-9]{0,5}[smh]$", description: "The pause between tries." } } }, unless: { description: "A command (placeholders filled, run where the step runs) whose success passes the step over: what is done stays done when a stage is run again.", type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, creates: { description: "The file the step leaves on its host (a database dump, a snapshot): the step is passed over where the file exists, so a rerun never redoes or overwrites it, and rollback.json names it under `kept`.", type: "string", minLength: 2, maxLength: 400, pattern: "^/" }, gate: { description: "For a member with `manual` workload handling: the approval gate comes right before this step instead of before the member's first step (MOSK: wait for the node's maintenance request, then approve).", enum: ["before"] }, expect: { description: "A read-back of the step's output: for each, the first line `match` (an extended regular expression) finds, its last group, must equal `is` (placeholders filled; no such line reads as empty), or the step fails.", type: "array", minItems: 1, maxItems: 8, items: { type: "object", additionalProperties: !1, required: ["what", "match", "is"], properties: { what: { description: "What is compared, in the words of the failure.", type: "string", minLength: 1, maxLength: 200 }, match: { description: "An extended regular expression; the first line of the step's output it finds is read, and its last group compared.", type: "string", minLength: 1, maxLength: 400 }, is: { description: "The value the matched group must equal (placeholders filled).", type: "string", maxLength: 400 } } } }, onlyIf: { description: "A command (placeholders filled) always run on the member through the transport: where it fails, the step is passed over (a node without the service the step is about).", type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, each: { description: "In a component's `before` and `after` only: the step runs once for each member the stage moves, filled with that member's values and kept or dropped by its `when` (MOSK's workload annotations on every node before the update starts).", enum: ["member"] } } }, steps: { description: "Steps, run in order.", type: "array", items: { $ref: "#/$defs/step" }, maxItems: 32 }, clusterStep: { description: "A step about the whole cluster, run on its first control member (or its first member), with an optional condition on the versions it runs.", type: "object", additionalProperties: !1, required: ["name", "run"], properties: { name: { description: "The step's name, shown in the plan and the logs.", $ref: "#/$defs/step/properties/name" }, run: { description: "The command as an argv, one word per item, with {placeholders}.", $ref: "#/$defs/step/properties/run" }, when: { description: "When the step applies, as for a member step.", $ref: "#/$defs/step/properties/when" }, on: { description: "Where the command runs: on the member (the default) or on the runner.", $ref: "#/$defs/step/properties/on" }, needs: { description: "Run the step only where the cluster runs one of these versions of each named component: its base before the first stage and after a rollback, its head after the last stage.", type: "object", minProperties: 1, propertyNames: { description: "A component name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { description: "The versions (or ranges) of that component the cluster must run for the step to run.", type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, minItems: 1 } }, retry: { description: "A health check or a wait on state: the step runs again every `every` until it succeeds, for at most `timeout` (90s, 10m, 2h); the stage stops when it never does.", $ref: "#/$defs/step/properties/retry" }, unless: { description: "A command (placeholders filled, run where the step runs) whose success passes the step over: what is done stays done when a stage is run again.", $ref: "#/$defs/step/properties/unless" }, creates: { description: "The file the step leaves on its host (a database dump, a snapshot): the step is passed over where the file exists, so a rerun never redoes or overwrites it, and rollback.json names it under `kept`.", $ref: "#/$defs/step/properties/creates" }, gate: { description: "For a member with `manual` workload handling: the approval gate comes right before this step instead of before the member's first step (MOSK: wait for the node's maintenance request, then approve).", $ref: "#/$defs/step/properties/gate" }, expect: { description: "A read-back of the step's output: for each, the first line `match` (an extended regular expression) finds, its last group, must equal `is` (placeholders filled; no such line reads as empty), or the step fails.", $ref: "#/$defs/step/properties/expect" }, onlyIf: { description: "A command (placeholders filled) always run on the member through the transport: where it fails, the step is passed over (a node without the service the step is about).", $ref: "#/$defs/step/properties/onlyIf" } } }, clusterSteps: { description: "Steps about the whole cluster, run in order.", type: "array", items: { $ref: "#/$defs/clusterStep" }, maxItems: 32 }, component: { description: "One component of the system: how its versions are ordered, how far they may move, and how it is rolled out.", type: "object", additionalProperties: !1, required: ["versioning"], properties: { description: { description: "What the component is, in a sentence.", type: "string" }, datasource: { description: "Where rollgate looks up this component's revisions, when not the pack's `datasource`.", $ref: "#/$defs/datasource" }, versioning: { description: "How the component's versions are ordered and named.", type: "object", additionalProperties: !1, required: ["scheme", "source"], properties: { scheme: { description: "How versions are ordered: semver (steps are minor versions), tracks (an ordered list, `versions`) or calver (YYYY.N releases).", enum: ["semver", "tracks", "calver"] }, source: { description: "Where the comparable version is read from: the channel's track (track), or the component's `version` (version).", enum: ["track", "version"] }, versions: { description: "tracks: the tracks in release order (required). semver and calver: the versions the pack knows, for upgrade paths and `rollgate init`.", type: "array", items: { description: "A version or track.", type: "string", minLength: 1, maxLength: 128 }, uniqueItems: !0 }, tags: { description: "Versions that carry a tag (lts, slurp), for `jump.skip`; calver derives slurp (YYYY.1) itself.", type: "object", additionalProperties: { description: "The versions with this tag.", type: "array", items: { type: "string", minLength: 1, maxLength: 128 } } }, families: { description: "tracks: the family of each track, for skew/major; semver and calver derive the major version.", type: "object", additionalProperties: { description: "The track's family.", type: "string" } } }, if: { properties: { scheme: { const: "tracks" } }, required: ["scheme"] }, then: { properties: { versions: { type: "array", minItems: 1 } }, required: ["versions"] } }, jump: { description: "How far one upgrade may go.", type: "object", additionalProperties: !1, required: ["max", "major"], properties: { max: { description: "The largest step: minor versions (semver), tracks (tracks) or releases (calver).", type: "integer", minimum: 0 }, skip: { description: "A tag (lts, slurp): from a version with it straight to the next version with it is allowed too (LTS to LTS, SLURP to SLURP).", type: "string" }, major: { description: "Whether an in-place upgrade may change the major version or track family (allow) or not (forbid).", enum: ["allow", "forbid"] }, limits: { description: "Narrower steps for some moves: where `from` and `to` (versions or ranges, as in `requires`) match, one upgrade goes at most `max` (0: none at all).", type: "array", maxItems: 16, items: { description: "One narrower step: a move it matches goes at most `max` steps.", type: "object", additionalProperties: !1, required: ["max", "note"], properties: { from: { description: "The versions (a version or range) the move starts from; absent: any.", type: "string", minLength: 1, maxLength: 128 }, to: { description: "The versions (a version or range) the move goes to; absent: any.", type: "string", minLength: 1, maxLength: 128 }, max: { description: "The largest step for such a move; 0: no upgrade at all.", type: "integer", minimum: 0 }, note: { description: "Why, in the vendor's words; the finding quotes it.", type: "string", minLength: 1, maxLength: 300 } } } } } }, risks: { description: "The channel risks allowed (channel/risk); absent: any.", type: "array", items: { description: "A snap channel risk.", enum: ["stable", "candidate", "beta", "edge"] }, uniqueItems: !0 }, hold: { description: "Whether the component must be held from automatic updates (hold/required).", enum: ["required", "optional"] }, cohort: { description: "Whether members must refresh in the snap's cohort (cohort/required).", enum: ["required", "optional"] }, eol: { description: "Versions past their end of life (channel/eol).", type: "array", items: { description: "A version and the day its support ends.", type: "object", additionalProperties: !1, required: ["version", "date"], properties: { version: { description: "The version or track (or a range).", type: "string", minLength: 1, maxLength: 128 }, date: { description: "The day support ends (YYYY-MM-DD, UTC); after that day the version is past its end of life.", type: "string", format: "date" }, note: { description: "What to do about it, quoted in the finding.", type: "string" } } } }, blocked: { description: "Versions, channels or revisions the vendor has pulled or warned about (channel/blocked).", type: "array", items: { description: "One known-bad version, channel or revision, with the reason.", type: "object", additionalProperties: !1, required: ["reason"], properties: { version: { description: "The version (or range) that is blocked.", type: "string", minLength: 1, maxLength: 128 }, channel: { description: "The channel that is blocked, or whose `revision` is.", type: "string" }, revision: { description: "The revision that is blocked.", type: "integer", minimum: 1 }, reason: { description: "Why, quoted in the finding.", type: "string", minLength: 1 } }, if: { properties: { version: !1, channel: !1, revision: !1 } }, then: { description: "A blocked entry names a `version`, a `channel` or a `revision`.", properties: { version: !0 }, required: ["version"] } } }, requires: { description: "Versions of other components that a version of this one needs (order/requires).", type: "array", items: { description: "A version of this component and what it needs.", type: "object", additionalProperties: !1, required: ["version", "needs"], properties: { version: { description: "The version (or semver range) of this component that has the requirement.", type: "string", minLength: 1, maxLength: 128 }, needs: { description: "For each other component, by name, the versions (or ranges) that go with it.", type: "object", propertyNames: { description: "A component name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { description: "The versions (or ranges) of that component.", type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, minItems: 1 } } } } }, skew: { description: "How far this component may sit from others in one cluster (skew/components).", type: "array", items: { description: "The distance from one other component, in scheme steps.", type: "object", additionalProperties: !1, required: ["of", "newer", "older"], properties: { of: { description: "The other component, by name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, newer: { description: "At most this many steps newer than `of`; 0: never newer.", type: "integer", minimum: 0 }, older: { description: "At most this many steps older than `of`.", type: "integer", minimum: 0 }, skip: { description: "Also allowed: this component on a version with this tag while `of` runs the next version with it (slurp: OpenStack's nodes on the previous SLURP release while the controllers run the next).", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" } } } }, rules: { description: "Severities for this component alone, over the pack's `rules`.", $ref: "#/$defs/severities" }, rollout: { description: "How a stage rolls the component out across a cluster's members.", type: "object", additionalProperties: !1, required: ["strategy", "member"], properties: { strategy: { description: "serial: one member after another; parallel: every member at once.", enum: ["serial", "parallel"] }, roles: { description: "The members the stage runs on, by role; absent: every member.", type: "array", items: { enum: ["control", "worker"] }, minItems: 1, uniqueItems: !0 }, before: { description: "Steps once at the start of the stage (a backup, a pre-refresh check).", $ref: "#/$defs/steps" }, member: { description: "Steps for each member, in order (evacuate, refresh, health, restore).", $ref: "#/$defs/steps" }, after: { description: "Steps once at the end of the stage.", $ref: "#/$defs/steps" }, rollback: { description: "Steps for each member that take it back to its base pin; default: the `member` steps with the base pins.", $ref: "#/$defs/steps" } } } } } } }, schema50 = { description: "Where rollgate looks up a channel's current revision for `rollgate bump --to CHANNEL` and `rollgate update`: snap-store (the Snap Store API, or an Enterprise Store or Snap Store Proxy given by --store) or charmhub (the Charmhub API, or --charmhub). On the pack, for every component; on a component, for that one. The component's name is the snap's or charm's name in the store. Without one, bump needs the revision (CHANNEL@REVISION).", enum: ["snap-store", "charmhub"] }, schema51 = { description: "Rule severities by rule id: error, warning or off.", type: "object", additionalProperties: !1, properties: { "yaml/syntax": { description: "The file does not parse as YAML 1.2 (at its line and column), has a duplicate key, is not UTF-8 text, or passes the size, nesting or alias limits. Default: error.", enum: ["error", "warning", "off"] }, schema: { description: "The manifest or a pack breaks its schema (at the line of the offending node), names an unknown pack or component, or writes a version its scheme cannot read. Default: error.", enum: ["error", "warning", "off"] }, "order/requires": { description: "A component's target needs a version of another component that the cluster will not have. Default: error.", enum: ["error", "warning", "off"] }, "order/promotion": { description: "A cluster moves to a version that the clusters of an earlier wave do not already run in the base. Default: error.", enum: ["error", "warning", "off"] }, "order/transition": { description: "No order of a change's moves, one component and one member at a time, keeps every state between base and head within the pack's skew, requires and strict order; the message names the first state that breaks one and how to split the change. Default: error.", enum: ["error", "warning", "off"] }, "skew/jump": { description: "Base to head jumps further than the pack allows; the message names the largest step and a path that passes. Default: error.", enum: ["error", "warning", "off"] }, "skew/downgrade": { description: "Head is older than base: an older version, or a lower revision on the same channel. Default: error.", enum: ["error", "warning", "off"] }, "skew/major": { description: "The major version or track family changes where the pack forbids in-place major upgrades. Default: error.", enum: ["error", "warning", "off"] }, "skew/members": { description: "Members of one cluster would run different versions or revisions. Default: error.", enum: ["error", "warning", "off"] }, "skew/components": { description: "Two components of one cluster are further apart than the pack allows. Default: error.", enum: ["error", "warning", "off"] }, "channel/risk": { description: "A channel's risk is not allowed, in the head or in the base a change refreshes from. Default: error.", enum: ["error", "warning", "off"] }, "channel/eol": { description: "A track or version is past its end of life (a warning when the change did not move it there). Default: error.", enum: ["error", "warning", "off"] }, "channel/blocked": { description: "A version or revision is on the pack's known-bad list (with the reason the pack gives). Default: error.", enum: ["error", "warning", "off"] }, "hold/required": { description: "A component that must be held is not. Default: error.", enum: ["error", "warning", "off"] }, "hold/freeze": { description: "Versions change during a declared freeze. Default: error.", enum: ["error", "warning", "off"] }, "cohort/required": { description: "A component that must be in a cohort is not. Default: error.", enum: ["error", "warning", "off"] }, "pins/conflict": { description: "Two clusters behind the same proxy pin one snap channel to different revisions. Default: error.", enum: ["error", "warning", "off"] }, "policy/changed": { description: "The change edits a policy pack or the manifest's `policy` (the check always judges by the base's packs). Default: warning.", enum: ["error", "warning", "off"] } } }, func3 = Object.prototype.hasOwnProperty, pattern18 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u"), schema52 = { description: "One component of the system: how its versions are ordered, how far they may move, and how it is rolled out.", type: "object", additionalProperties: !1, required: ["versioning"], properties: { description: { description: "What the component is, in a sentence.", type: "string" }, datasource: { description: "Where rollgate looks up this component's revisions, when not the pack's `datasource`.", $ref: "#/$defs/datasource" }, versioning: { description: "How the component's versions are ordered and named.", type: "object", additionalProperties: !1, required: ["scheme", "source"], properties: { scheme: { description: "How versions are ordered: semver (steps are minor versions), tracks (an ordered list, `versions`) or calver (YYYY.N releases).", enum: ["semver", "tracks", "calver"] }, source: { description: "Where the comparable version is read from: the channel's track (track), or the component's `version` (version).", enum: ["track", "version"] }, versions: { description: "tracks: the tracks in release order (required). semver and calver: the versions the pack knows, for upgrade paths and `rollgate init`.", type: "array", items: { description: "A version or track.", type: "string", minLength: 1, maxLength: 128 }, uniqueItems: !0 }, tags: { description: "Versions that carry a tag (lts, slurp), for `jump.skip`; calver derives slurp (YYYY.1) itself.", type: "object", additionalProperties: { description: "The versions with this tag.", type: "array", items: { type: "string", minLength: 1, maxLength: 128 } } }, families: { description: "tracks: the family of each track, for skew/major; semver and calver derive the major version.", type: "object", additionalProperties: { description: "The track's family.", type: "string" } } }, if: { properties: { scheme: { const: "tracks" } }, required: ["scheme"] }, then: { properties: { versions: { type: "array", minItems: 1 } }, required: ["versions"] } }, jump: { description: "How far one upgrade may go.", type: "object", additionalProperties: !1, required: ["max", "major"], properties: { max: { description: "The largest step: minor versions (semver), tracks (tracks) or releases (calver).", type: "integer", minimum: 0 }, skip: { description: "A tag (lts, slurp): from a version with it straight to the next version with it is allowed too (LTS to LTS, SLURP to SLURP).", type: "string" }, major: { description: "Whether an in-place upgrade may change the major version or track family (allow) or not (forbid).", enum: ["allow", "forbid"] }, limits: { description: "Narrower steps for some moves: where `from` and `to` (versions or ranges, as in `requires`) match, one upgrade goes at most `max` (0: none at all).", type: "array", maxItems: 16, items: { description: "One narrower step: a move it matches goes at most `max` steps.", type: "object", additionalProperties: !1, required: ["max", "note"], properties: { from: { description: "The versions (a version or range) the move starts from; absent: any.", type: "string", minLength: 1, maxLength: 128 }, to: { description: "The versions (a version or range) the move goes to; absent: any.", type: "string", minLength: 1, maxLength: 128 }, max: { description: "The largest step for such a move; 0: no upgrade at all.", type: "integer", minimum: 0 }, note: { description: "Why, in the vendor's words; the finding quotes it.", type: "string", minLength: 1, maxLength: 300 } } } } } }, risks: { description: "The channel risks allowed (channel/risk); absent: any.", type: "array", items: { description: "A snap channel risk.", enum: ["stable", "candidate", "beta", "edge"] }, uniqueItems: !0 }, hold: { description: "Whether the component must be held from automatic updates (hold/required).", enum: ["required", "optional"] }, cohort: { description: "Whether members must refresh in the snap's cohort (cohort/required).", enum: ["required", "optional"] }, eol: { description: "Versions past their end of life (channel/eol).", type: "array", items: { description: "A version and the day its support ends.", type: "object", additionalProperties: !1, required: ["version", "date"], properties: { version: { description: "The version or track (or a range).", type: "string", minLength: 1, maxLength: 128 }, date: { description: "The day support ends (YYYY-MM-DD, UTC); after that day the version is past its end of life.", type: "string", format: "date" }, note: { description: "What to do about it, quoted in the finding.", type: "string" } } } }, blocked: { description: "Versions, channels or revisions the vendor has pulled or warned about (channel/blocked).", type: "array", items: { description: "One known-bad version, channel or revision, with the reason.", type: "object", additionalProperties: !1, required: ["reason"], properties: { version: { description: "The version (or range) that is blocked.", type: "string", minLength: 1, maxLength: 128 }, channel: { description: "The channel that is blocked, or whose `revision` is.", type: "string" }, revision: { description: "The revision that is blocked.", type: "integer", minimum: 1 }, reason: { description: "Why, quoted in the finding.", type: "string", minLength: 1 } }, if: { properties: { version: !1, channel: !1, revision: !1 } }, then: { description: "A blocked entry names a `version`, a `channel` or a `revision`.", properties: { version: !0 }, required: ["version"] } } }, requires: { description: "Versions of other components that a version of this one needs (order/requires).", type: "array", items: { description: "A version of this component and what it needs.", type: "object", additionalProperties: !1, required: ["version", "needs"], properties: { version: { description: "The version (or semver range) of this component that has the requirement.", type: "string", minLength: 1, maxLength: 128 }, needs: { description: "For each other component, by name, the versions (or ranges) that go with it.", type: "object", propertyNames: { description: "A component name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { description: "The versions (or ranges) of that component.", type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, minItems: 1 } } } } }, skew: { description: "How far this component may sit from others in one cluster (skew/components).", type: "array", items: { description: "The distance from one other component, in scheme steps.", type: "object", additionalProperties: !1, required: ["of", "newer", "older"], properties: { of: { description: "The other component, by name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, newer: { description: "At most this many steps newer than `of`; 0: never newer.", type: "integer", minimum: 0 }, older: { description: "At most this many steps older than `of`.", type: "integer", minimum: 0 }, skip: { description: "Also allowed: this component on a version with this tag while `of` runs the next version with it (slurp: OpenStack's nodes on the previous SLURP release while the controllers run the next).", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" } } } }, rules: { description: "Severities for this component alone, over the pack's `rules`.", $ref: "#/$defs/severities" }, rollout: { description: "How a stage rolls the component out across a cluster's members.", type: "object", additionalProperties: !1, required: ["strategy", "member"], properties: { strategy: { description: "serial: one member after another; parallel: every member at once.", enum: ["serial", "parallel"] }, roles: { description: "The members the stage runs on, by role; absent: every member.", type: "array", items: { enum: ["control", "worker"] }, minItems: 1, uniqueItems: !0 }, before: { description: "Steps once at the start of the stage (a backup, a pre-refresh check).", $ref: "#/$defs/steps" }, member: { description: "Steps for each member, in order (evacuate, refresh, health, restore).", $ref: "#/$defs/steps" }, after: { description: "Steps once at the end of the stage.", $ref: "#/$defs/steps" }, rollback: { description: "Steps for each member that take it back to its base pin; default: the `member` steps with the base pins.", $ref: "#/$defs/steps" } } } } }, schema55 = { description: "Steps, run in order.", type: "array", items: { $ref: "#/$defs/step" }, maxItems: 32 }, schema56 = { description: "One command of the rollout: a name, an argv with {placeholders}, and when and where it runs.", type: "object", additionalProperties: !1, required: ["name", "run"], properties: { name: { description: "The step's name, shown in the plan and the logs (`health` is the stage's health check): lower-case letters, digits and hyphens, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, run: { description: "The command as an argv, one word per item; {component}, {member}, {channel}, {revision} and the other placeholders are filled with validated values and quoted.", type: "array", minItems: 1, items: { description: "One word of the command.", type: "string", minLength: 1, maxLength: 400 } }, when: { description: "When the step applies to a member: by its workload (live, manual, skip), by whether its cluster has a store proxy (proxy, direct), on the stage's first member (first) or the others (later), or always (the default).", enum: ["live", "manual", "skip", "proxy", "direct", "always", "first", "later"] }, on: { description: "Where the command runs: on the member through the transport (default), on the runner itself, or, in a component's `before` and `after` only, on each of the cluster's control members in turn (`control`).", enum: ["member", "runner", "control"] }, retry: { description: "A health check or a wait on state: the step runs again every `every` until it succeeds, for at most `timeout` (90s, 10m, 2h); the stage stops when it never does.", type: "object", additionalProperties: !1, required: ["timeout", "every"], properties: { timeout: { type: "string", pattern: "^[1-9][0-9]{0,5}[smh]$", description: "How long to keep trying." }, every: { type: "string", pattern: "^[1-9][0-9]{0,5}[smh]$", description: "The pause between tries." } } }, unless: { description: "A command (placeholders filled, run where the step runs) whose success passes the step over: what is done stays done when a stage is run again.", type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, creates: { description: "The file the step leaves on its host (a database dump, a snapshot): the step is passed over where the file exists, so a rerun never redoes or overwrites it, and rollback.json names it under `kept`.", type: "string", minLength: 2, maxLength: 400, pattern: "^/" }, gate: { description: "For a member with `manual` workload handling: the approval gate comes right before this step instead of before the member's first step (MOSK: wait for the node's maintenance request, then approve).", enum: ["before"] }, expect: { description: "A read-back of the step's output: for each, the first line `match` (an extended regular expression) finds, its last group, must equal `is` (placeholders filled; no such line reads as empty), or the step fails.", type: "array", minItems: 1, maxItems: 8, items: { type: "object", additionalProperties: !1, required: ["what", "match", "is"], properties: { what: { description: "What is compared, in the words of the failure.", type: "string", minLength: 1, maxLength: 200 }, match: { description: "An extended regular expression; the first line of the step's output it finds is read, and its last group compared.", type: "string", minLength: 1, maxLength: 400 }, is: { description: "The value the matched group must equal (placeholders filled).", type: "string", maxLength: 400 } } } }, onlyIf: { description: "A command (placeholders filled) always run on the member through the transport: where it fails, the step is passed over (a node without the service the step is about).", type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, each: { description: "In a component's `before` and `after` only: the step runs once for each member the stage moves, filled with that member's values and kept or dropped by its `when` (MOSK's workload annotations on every node before the update starts).", enum: ["member"] } } }, pattern24 = new RegExp("^[a-z0-9][a-z0-9-]{0,40}$", "u"), pattern25 = new RegExp("^[1-9][0-9]{0,5}[smh]$", "u"), pattern27 = new RegExp("^/", "u");
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), Array.isArray(data)) {
    if (data.length > 32) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema55, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          let err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/step/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema56.required, parentSchema: schema56, data: data0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
        if (data0.run === void 0) {
          let err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/step/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema56.required, parentSchema: schema56, data: data0 };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
        for (let key0 in data0)
          if (!func3.call(schema56.properties, key0)) {
            let err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/step/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema56, data: data0 };
            vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
          }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 == "string") {
            if (!pattern24.test(data1)) {
              let err4 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/$defs/step/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,40}$"', schema: "^[a-z0-9][a-z0-9-]{0,40}$", parentSchema: schema56.properties.name, data: data1 };
              vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
            }
          } else {
            let err5 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/$defs/step/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.name.type, parentSchema: schema56.properties.name, data: data1 };
            vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
          }
        }
        if (data0.run !== void 0) {
          let data2 = data0.run;
          if (Array.isArray(data2)) {
            if (data2.length < 1) {
              let err6 = { instancePath: instancePath + "/" + i0 + "/run", schemaPath: "#/$defs/step/properties/run/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema56.properties.run, data: data2 };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
            let len1 = data2.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data3 = data2[i1];
              if (typeof data3 == "string") {
                if (func2(data3) > 400) {
                  let err7 = { instancePath: instancePath + "/" + i0 + "/run/" + i1, schemaPath: "#/$defs/step/properties/run/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema56.properties.run.items, data: data3 };
                  vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                }
                if (func2(data3) < 1) {
                  let err8 = { instancePath: instancePath + "/" + i0 + "/run/" + i1, schemaPath: "#/$defs/step/properties/run/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.run.items, data: data3 };
                  vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                }
              } else {
                let err9 = { instancePath: instancePath + "/" + i0 + "/run/" + i1, schemaPath: "#/$defs/step/properties/run/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.run.items.type, parentSchema: schema56.properties.run.items, data: data3 };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
            }
          } else {
            let err10 = { instancePath: instancePath + "/" + i0 + "/run", schemaPath: "#/$defs/step/properties/run/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.run.type, parentSchema: schema56.properties.run, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        }
        if (data0.when !== void 0) {
          let data4 = data0.when;
          if (!(data4 === "live" || data4 === "manual" || data4 === "skip" || data4 === "proxy" || data4 === "direct" || data4 === "always" || data4 === "first" || data4 === "later")) {
            let err11 = { instancePath: instancePath + "/" + i0 + "/when", schemaPath: "#/$defs/step/properties/when/enum", keyword: "enum", params: { allowedValues: schema56.properties.when.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.when.enum, parentSchema: schema56.properties.when, data: data4 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        }
        if (data0.on !== void 0) {
          let data5 = data0.on;
          if (!(data5 === "member" || data5 === "runner" || data5 === "control")) {
            let err12 = { instancePath: instancePath + "/" + i0 + "/on", schemaPath: "#/$defs/step/properties/on/enum", keyword: "enum", params: { allowedValues: schema56.properties.on.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.on.enum, parentSchema: schema56.properties.on, data: data5 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data0.retry !== void 0) {
          let data6 = data0.retry;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.timeout === void 0) {
              let err13 = { instancePath: instancePath + "/" + i0 + "/retry", schemaPath: "#/$defs/step/properties/retry/required", keyword: "required", params: { missingProperty: "timeout" }, message: "must have required property 'timeout'", schema: schema56.properties.retry.required, parentSchema: schema56.properties.retry, data: data6 };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
            if (data6.every === void 0) {
              let err14 = { instancePath: instancePath + "/" + i0 + "/retry", schemaPath: "#/$defs/step/properties/retry/required", keyword: "required", params: { missingProperty: "every" }, message: "must have required property 'every'", schema: schema56.properties.retry.required, parentSchema: schema56.properties.retry, data: data6 };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
            for (let key1 in data6)
              if (!(key1 === "timeout" || key1 === "every")) {
                let err15 = { instancePath: instancePath + "/" + i0 + "/retry", schemaPath: "#/$defs/step/properties/retry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema56.properties.retry, data: data6 };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            if (data6.timeout !== void 0) {
              let data7 = data6.timeout;
              if (typeof data7 == "string") {
                if (!pattern25.test(data7)) {
                  let err16 = { instancePath: instancePath + "/" + i0 + "/retry/timeout", schemaPath: "#/$defs/step/properties/retry/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[smh]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[smh]$"', schema: "^[1-9][0-9]{0,5}[smh]$", parentSchema: schema56.properties.retry.properties.timeout, data: data7 };
                  vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                }
              } else {
                let err17 = { instancePath: instancePath + "/" + i0 + "/retry/timeout", schemaPath: "#/$defs/step/properties/retry/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.retry.properties.timeout.type, parentSchema: schema56.properties.retry.properties.timeout, data: data7 };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
              }
            }
            if (data6.every !== void 0) {
              let data8 = data6.every;
              if (typeof data8 == "string") {
                if (!pattern25.test(data8)) {
                  let err18 = { instancePath: instancePath + "/" + i0 + "/retry/every", schemaPath: "#/$defs/step/properties/retry/properties/every/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[smh]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[smh]$"', schema: "^[1-9][0-9]{0,5}[smh]$", parentSchema: schema56.properties.retry.properties.every, data: data8 };
                  vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                }
              } else {
                let err19 = { instancePath: instancePath + "/" + i0 + "/retry/every", schemaPath: "#/$defs/step/properties/retry/properties/every/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.retry.properties.every.type, parentSchema: schema56.properties.retry.properties.every, data: data8 };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
            }
          } else {
            let err20 = { instancePath: instancePath + "/" + i0 + "/retry", schemaPath: "#/$defs/step/properties/retry/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.retry.type, parentSchema: schema56.properties.retry, data: data6 };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
        if (data0.unless !== void 0) {
          let data9 = data0.unless;
          if (Array.isArray(data9)) {
            if (data9.length < 1) {
              let err21 = { instancePath: instancePath + "/" + i0 + "/unless", schemaPath: "#/$defs/step/properties/unless/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema56.properties.unless, data: data9 };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
            let len2 = data9.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data10 = data9[i2];
              if (typeof data10 == "string") {
                if (func2(data10) > 400) {
                  let err22 = { instancePath: instancePath + "/" + i0 + "/unless/" + i2, schemaPath: "#/$defs/step/properties/unless/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema56.properties.unless.items, data: data10 };
                  vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                }
                if (func2(data10) < 1) {
                  let err23 = { instancePath: instancePath + "/" + i0 + "/unless/" + i2, schemaPath: "#/$defs/step/properties/unless/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.unless.items, data: data10 };
                  vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                }
              } else {
                let err24 = { instancePath: instancePath + "/" + i0 + "/unless/" + i2, schemaPath: "#/$defs/step/properties/unless/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.unless.items.type, parentSchema: schema56.properties.unless.items, data: data10 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
          } else {
            let err25 = { instancePath: instancePath + "/" + i0 + "/unless", schemaPath: "#/$defs/step/properties/unless/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.unless.type, parentSchema: schema56.properties.unless, data: data9 };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
        if (data0.creates !== void 0) {
          let data11 = data0.creates;
          if (typeof data11 == "string") {
            if (func2(data11) > 400) {
              let err26 = { instancePath: instancePath + "/" + i0 + "/creates", schemaPath: "#/$defs/step/properties/creates/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema56.properties.creates, data: data11 };
              vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
            }
            if (func2(data11) < 2) {
              let err27 = { instancePath: instancePath + "/" + i0 + "/creates", schemaPath: "#/$defs/step/properties/creates/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema56.properties.creates, data: data11 };
              vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
            }
            if (!pattern27.test(data11)) {
              let err28 = { instancePath: instancePath + "/" + i0 + "/creates", schemaPath: "#/$defs/step/properties/creates/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema56.properties.creates, data: data11 };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
          } else {
            let err29 = { instancePath: instancePath + "/" + i0 + "/creates", schemaPath: "#/$defs/step/properties/creates/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.creates.type, parentSchema: schema56.properties.creates, data: data11 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        }
        if (data0.gate !== void 0) {
          let data12 = data0.gate;
          if (data12 !== "before") {
            let err30 = { instancePath: instancePath + "/" + i0 + "/gate", schemaPath: "#/$defs/step/properties/gate/enum", keyword: "enum", params: { allowedValues: schema56.properties.gate.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.gate.enum, parentSchema: schema56.properties.gate, data: data12 };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        }
        if (data0.expect !== void 0) {
          let data13 = data0.expect;
          if (Array.isArray(data13)) {
            if (data13.length > 8) {
              let err31 = { instancePath: instancePath + "/" + i0 + "/expect", schemaPath: "#/$defs/step/properties/expect/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items", schema: 8, parentSchema: schema56.properties.expect, data: data13 };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
            if (data13.length < 1) {
              let err32 = { instancePath: instancePath + "/" + i0 + "/expect", schemaPath: "#/$defs/step/properties/expect/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema56.properties.expect, data: data13 };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
            let len3 = data13.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data14 = data13[i3];
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.what === void 0) {
                  let err33 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3, schemaPath: "#/$defs/step/properties/expect/items/required", keyword: "required", params: { missingProperty: "what" }, message: "must have required property 'what'", schema: schema56.properties.expect.items.required, parentSchema: schema56.properties.expect.items, data: data14 };
                  vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                }
                if (data14.match === void 0) {
                  let err34 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3, schemaPath: "#/$defs/step/properties/expect/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema56.properties.expect.items.required, parentSchema: schema56.properties.expect.items, data: data14 };
                  vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                }
                if (data14.is === void 0) {
                  let err35 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3, schemaPath: "#/$defs/step/properties/expect/items/required", keyword: "required", params: { missingProperty: "is" }, message: "must have required property 'is'", schema: schema56.properties.expect.items.required, parentSchema: schema56.properties.expect.items, data: data14 };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
                for (let key2 in data14)
                  if (!(key2 === "what" || key2 === "match" || key2 === "is")) {
                    let err36 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3, schemaPath: "#/$defs/step/properties/expect/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema56.properties.expect.items, data: data14 };
                    vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                  }
                if (data14.what !== void 0) {
                  let data15 = data14.what;
                  if (typeof data15 == "string") {
                    if (func2(data15) > 200) {
                      let err37 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3 + "/what", schemaPath: "#/$defs/step/properties/expect/items/properties/what/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema56.properties.expect.items.properties.what, data: data15 };
                      vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                    }
                    if (func2(data15) < 1) {
                      let err38 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3 + "/what", schemaPath: "#/$defs/step/properties/expect/items/properties/what/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.expect.items.properties.what, data: data15 };
                      vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                    }
                  } else {
                    let err39 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3 + "/what", schemaPath: "#/$defs/step/properties/expect/items/properties/what/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.expect.items.properties.what.type, parentSchema: schema56.properties.expect.items.properties.what, data: data15 };
                    vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                  }
                }
                if (data14.match !== void 0) {
                  let data16 = data14.match;
                  if (typeof data16 == "string") {
                    if (func2(data16) > 400) {
                      let err40 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3 + "/match", schemaPath: "#/$defs/step/properties/expect/items/properties/match/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema56.properties.expect.items.properties.match, data: data16 };
                      vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                    }
                    if (func2(data16) < 1) {
                      let err41 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3 + "/match", schemaPath: "#/$defs/step/properties/expect/items/properties/match/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.expect.items.properties.match, data: data16 };
                      vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                    }
                  } else {
                    let err42 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3 + "/match", schemaPath: "#/$defs/step/properties/expect/items/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.expect.items.properties.match.type, parentSchema: schema56.properties.expect.items.properties.match, data: data16 };
                    vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                  }
                }
                if (data14.is !== void 0) {
                  let data17 = data14.is;
                  if (typeof data17 == "string") {
                    if (func2(data17) > 400) {
                      let err43 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3 + "/is", schemaPath: "#/$defs/step/properties/expect/items/properties/is/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema56.properties.expect.items.properties.is, data: data17 };
                      vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                    }
                  } else {
                    let err44 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3 + "/is", schemaPath: "#/$defs/step/properties/expect/items/properties/is/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.expect.items.properties.is.type, parentSchema: schema56.properties.expect.items.properties.is, data: data17 };
                    vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                  }
                }
              } else {
                let err45 = { instancePath: instancePath + "/" + i0 + "/expect/" + i3, schemaPath: "#/$defs/step/properties/expect/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.expect.items.type, parentSchema: schema56.properties.expect.items, data: data14 };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            }
          } else {
            let err46 = { instancePath: instancePath + "/" + i0 + "/expect", schemaPath: "#/$defs/step/properties/expect/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.expect.type, parentSchema: schema56.properties.expect, data: data13 };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        }
        if (data0.onlyIf !== void 0) {
          let data18 = data0.onlyIf;
          if (Array.isArray(data18)) {
            if (data18.length < 1) {
              let err47 = { instancePath: instancePath + "/" + i0 + "/onlyIf", schemaPath: "#/$defs/step/properties/onlyIf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema56.properties.onlyIf, data: data18 };
              vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
            }
            let len4 = data18.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data19 = data18[i4];
              if (typeof data19 == "string") {
                if (func2(data19) > 400) {
                  let err48 = { instancePath: instancePath + "/" + i0 + "/onlyIf/" + i4, schemaPath: "#/$defs/step/properties/onlyIf/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema56.properties.onlyIf.items, data: data19 };
                  vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                }
                if (func2(data19) < 1) {
                  let err49 = { instancePath: instancePath + "/" + i0 + "/onlyIf/" + i4, schemaPath: "#/$defs/step/properties/onlyIf/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.onlyIf.items, data: data19 };
                  vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                }
              } else {
                let err50 = { instancePath: instancePath + "/" + i0 + "/onlyIf/" + i4, schemaPath: "#/$defs/step/properties/onlyIf/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.onlyIf.items.type, parentSchema: schema56.properties.onlyIf.items, data: data19 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
            }
          } else {
            let err51 = { instancePath: instancePath + "/" + i0 + "/onlyIf", schemaPath: "#/$defs/step/properties/onlyIf/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.onlyIf.type, parentSchema: schema56.properties.onlyIf, data: data18 };
            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
          }
        }
        if (data0.each !== void 0) {
          let data20 = data0.each;
          if (data20 !== "member") {
            let err52 = { instancePath: instancePath + "/" + i0 + "/each", schemaPath: "#/$defs/step/properties/each/enum", keyword: "enum", params: { allowedValues: schema56.properties.each.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.each.enum, parentSchema: schema56.properties.each, data: data20 };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
        }
      } else {
        let err53 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/step/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data: data0 };
        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
      }
    }
  } else {
    let err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.type, parentSchema: schema55, data };
    vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
  }
  return validate33.errors = vErrors, errors === 0;
}
validate33.evaluated = { items: !0, dynamicProps: !1, dynamicItems: !1 };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.versioning === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "versioning" }, message: "must have required property 'versioning'", schema: schema52.required, parentSchema: schema52, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data)
      if (!func3.call(schema52.properties, key0)) {
        let err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema52, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 != "string") {
        let err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.description.type, parentSchema: schema52.properties.description, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.datasource !== void 0) {
      let data1 = data.datasource;
      if (!(data1 === "snap-store" || data1 === "charmhub")) {
        let err3 = { instancePath: instancePath + "/datasource", schemaPath: "#/$defs/datasource/enum", keyword: "enum", params: { allowedValues: schema50.enum }, message: "must be equal to one of the allowed values", schema: schema50.enum, parentSchema: schema50, data: data1 };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.versioning !== void 0) {
      let data2 = data.versioning, _errs8 = errors, valid2 = !0, _errs9 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        let missing0;
        if (data2.scheme === void 0 && (missing0 = "scheme")) {
          let err4 = {};
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        } else if (data2.scheme !== void 0 && data2.scheme !== "tracks") {
          let err5 = {};
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      }
      var _valid0 = _errs9 === errors;
      if (errors = _errs8, vErrors !== null && (_errs8 ? vErrors.length = _errs8 : vErrors = null), _valid0) {
        let _errs11 = errors;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          if (data2.versions === void 0) {
            let err6 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/then/required", keyword: "required", params: { missingProperty: "versions" }, message: "must have required property 'versions'", schema: schema52.properties.versioning.then.required, parentSchema: schema52.properties.versioning.then, data: data2 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
          if (data2.versions !== void 0) {
            let data4 = data2.versions;
            if (Array.isArray(data4)) {
              if (data4.length < 1) {
                let err7 = { instancePath: instancePath + "/versioning/versions", schemaPath: "#/properties/versioning/then/properties/versions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.versioning.then.properties.versions, data: data4 };
                vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
              }
            } else {
              let err8 = { instancePath: instancePath + "/versioning/versions", schemaPath: "#/properties/versioning/then/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.versioning.then.properties.versions.type, parentSchema: schema52.properties.versioning.then.properties.versions, data: data4 };
              vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
            }
          }
        }
        var _valid0 = _errs11 === errors;
        if (valid2 = _valid0, valid2) {
          var props0 = {};
          props0.versions = !0, props0.scheme = !0;
        }
      }
      if (!valid2) {
        let err9 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema52.properties.versioning.if, parentSchema: schema52.properties.versioning, data: data2 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.scheme === void 0) {
          let err10 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/required", keyword: "required", params: { missingProperty: "scheme" }, message: "must have required property 'scheme'", schema: schema52.properties.versioning.required, parentSchema: schema52.properties.versioning, data: data2 };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
        if (data2.source === void 0) {
          let err11 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema52.properties.versioning.required, parentSchema: schema52.properties.versioning, data: data2 };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "scheme" || key1 === "source" || key1 === "versions" || key1 === "tags" || key1 === "families")) {
            let err12 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema52.properties.versioning, data: data2 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        if (data2.scheme !== void 0) {
          let data5 = data2.scheme;
          if (!(data5 === "semver" || data5 === "tracks" || data5 === "calver")) {
            let err13 = { instancePath: instancePath + "/versioning/scheme", schemaPath: "#/properties/versioning/properties/scheme/enum", keyword: "enum", params: { allowedValues: schema52.properties.versioning.properties.scheme.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.versioning.properties.scheme.enum, parentSchema: schema52.properties.versioning.properties.scheme, data: data5 };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
        if (data2.source !== void 0) {
          let data6 = data2.source;
          if (!(data6 === "track" || data6 === "version")) {
            let err14 = { instancePath: instancePath + "/versioning/source", schemaPath: "#/properties/versioning/properties/source/enum", keyword: "enum", params: { allowedValues: schema52.properties.versioning.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.versioning.properties.source.enum, parentSchema: schema52.properties.versioning.properties.source, data: data6 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.versions !== void 0) {
          let data7 = data2.versions;
          if (Array.isArray(data7)) {
            let len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              if (typeof data8 == "string") {
                if (func2(data8) > 128) {
                  let err15 = { instancePath: instancePath + "/versioning/versions/" + i0, schemaPath: "#/properties/versioning/properties/versions/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema52.properties.versioning.properties.versions.items, data: data8 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
                if (func2(data8) < 1) {
                  let err16 = { instancePath: instancePath + "/versioning/versions/" + i0, schemaPath: "#/properties/versioning/properties/versions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.versioning.properties.versions.items, data: data8 };
                  vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                }
              } else {
                let err17 = { instancePath: instancePath + "/versioning/versions/" + i0, schemaPath: "#/properties/versioning/properties/versions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.versioning.properties.versions.items.type, parentSchema: schema52.properties.versioning.properties.versions.items, data: data8 };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
              }
            }
            let i1 = data7.length, j0;
            if (i1 > 1) {
              let indices0 = {};
              for (; i1--; ) {
                let item0 = data7[i1];
                if (typeof item0 == "string") {
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    let err18 = { instancePath: instancePath + "/versioning/versions", schemaPath: "#/properties/versioning/properties/versions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema52.properties.versioning.properties.versions, data: data7 };
                    vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                    break;
                  }
                  indices0[item0] = i1;
                }
              }
            }
          } else {
            let err19 = { instancePath: instancePath + "/versioning/versions", schemaPath: "#/properties/versioning/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.versioning.properties.versions.type, parentSchema: schema52.properties.versioning.properties.versions, data: data7 };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
        }
        if (data2.tags !== void 0) {
          let data9 = data2.tags;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9))
            for (let key2 in data9) {
              let data10 = data9[key2];
              if (Array.isArray(data10)) {
                let len1 = data10.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data11 = data10[i2];
                  if (typeof data11 == "string") {
                    if (func2(data11) > 128) {
                      let err20 = { instancePath: instancePath + "/versioning/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/versioning/properties/tags/additionalProperties/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema52.properties.versioning.properties.tags.additionalProperties.items, data: data11 };
                      vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                    }
                    if (func2(data11) < 1) {
                      let err21 = { instancePath: instancePath + "/versioning/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/versioning/properties/tags/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.versioning.properties.tags.additionalProperties.items, data: data11 };
                      vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                    }
                  } else {
                    let err22 = { instancePath: instancePath + "/versioning/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/versioning/properties/tags/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.versioning.properties.tags.additionalProperties.items.type, parentSchema: schema52.properties.versioning.properties.tags.additionalProperties.items, data: data11 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                }
              } else {
                let err23 = { instancePath: instancePath + "/versioning/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/versioning/properties/tags/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.versioning.properties.tags.additionalProperties.type, parentSchema: schema52.properties.versioning.properties.tags.additionalProperties, data: data10 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
            }
          else {
            let err24 = { instancePath: instancePath + "/versioning/tags", schemaPath: "#/properties/versioning/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.versioning.properties.tags.type, parentSchema: schema52.properties.versioning.properties.tags, data: data9 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
        if (data2.families !== void 0) {
          let data12 = data2.families;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12))
            for (let key3 in data12) {
              let data13 = data12[key3];
              if (typeof data13 != "string") {
                let err25 = { instancePath: instancePath + "/versioning/families/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/versioning/properties/families/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.versioning.properties.families.additionalProperties.type, parentSchema: schema52.properties.versioning.properties.families.additionalProperties, data: data13 };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
            }
          else {
            let err26 = { instancePath: instancePath + "/versioning/families", schemaPath: "#/properties/versioning/properties/families/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.versioning.properties.families.type, parentSchema: schema52.properties.versioning.properties.families, data: data12 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
      } else {
        let err27 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.versioning.type, parentSchema: schema52.properties.versioning, data: data2 };
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    }
    if (data.jump !== void 0) {
      let data14 = data.jump;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.max === void 0) {
          let err28 = { instancePath: instancePath + "/jump", schemaPath: "#/properties/jump/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema52.properties.jump.required, parentSchema: schema52.properties.jump, data: data14 };
          vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
        }
        if (data14.major === void 0) {
          let err29 = { instancePath: instancePath + "/jump", schemaPath: "#/properties/jump/required", keyword: "required", params: { missingProperty: "major" }, message: "must have required property 'major'", schema: schema52.properties.jump.required, parentSchema: schema52.properties.jump, data: data14 };
          vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
        }
        for (let key4 in data14)
          if (!(key4 === "max" || key4 === "skip" || key4 === "major" || key4 === "limits")) {
            let err30 = { instancePath: instancePath + "/jump", schemaPath: "#/properties/jump/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema52.properties.jump, data: data14 };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        if (data14.max !== void 0) {
          let data15 = data14.max;
          if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
            let err31 = { instancePath: instancePath + "/jump/max", schemaPath: "#/properties/jump/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.jump.properties.max.type, parentSchema: schema52.properties.jump.properties.max, data: data15 };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
          if (typeof data15 == "number" && isFinite(data15) && (data15 < 0 || isNaN(data15))) {
            let err32 = { instancePath: instancePath + "/jump/max", schemaPath: "#/properties/jump/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.jump.properties.max, data: data15 };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        }
        if (data14.skip !== void 0) {
          let data16 = data14.skip;
          if (typeof data16 != "string") {
            let err33 = { instancePath: instancePath + "/jump/skip", schemaPath: "#/properties/jump/properties/skip/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.jump.properties.skip.type, parentSchema: schema52.properties.jump.properties.skip, data: data16 };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        }
        if (data14.major !== void 0) {
          let data17 = data14.major;
          if (!(data17 === "allow" || data17 === "forbid")) {
            let err34 = { instancePath: instancePath + "/jump/major", schemaPath: "#/properties/jump/properties/major/enum", keyword: "enum", params: { allowedValues: schema52.properties.jump.properties.major.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.jump.properties.major.enum, parentSchema: schema52.properties.jump.properties.major, data: data17 };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
        }
        if (data14.limits !== void 0) {
          let data18 = data14.limits;
          if (Array.isArray(data18)) {
            if (data18.length > 16) {
              let err35 = { instancePath: instancePath + "/jump/limits", schemaPath: "#/properties/jump/properties/limits/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items", schema: 16, parentSchema: schema52.properties.jump.properties.limits, data: data18 };
              vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
            }
            let len2 = data18.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data19 = data18[i3];
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (data19.max === void 0) {
                  let err36 = { instancePath: instancePath + "/jump/limits/" + i3, schemaPath: "#/properties/jump/properties/limits/items/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema52.properties.jump.properties.limits.items.required, parentSchema: schema52.properties.jump.properties.limits.items, data: data19 };
                  vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                }
                if (data19.note === void 0) {
                  let err37 = { instancePath: instancePath + "/jump/limits/" + i3, schemaPath: "#/properties/jump/properties/limits/items/required", keyword: "required", params: { missingProperty: "note" }, message: "must have required property 'note'", schema: schema52.properties.jump.properties.limits.items.required, parentSchema: schema52.properties.jump.properties.limits.items, data: data19 };
                  vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                }
                for (let key5 in data19)
                  if (!(key5 === "from" || key5 === "to" || key5 === "max" || key5 === "note")) {
                    let err38 = { instancePath: instancePath + "/jump/limits/" + i3, schemaPath: "#/properties/jump/properties/limits/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema52.properties.jump.properties.limits.items, data: data19 };
                    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                  }
                if (data19.from !== void 0) {
                  let data20 = data19.from;
                  if (typeof data20 == "string") {
                    if (func2(data20) > 128) {
                      let err39 = { instancePath: instancePath + "/jump/limits/" + i3 + "/from", schemaPath: "#/properties/jump/properties/limits/items/properties/from/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema52.properties.jump.properties.limits.items.properties.from, data: data20 };
                      vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                    }
                    if (func2(data20) < 1) {
                      let err40 = { instancePath: instancePath + "/jump/limits/" + i3 + "/from", schemaPath: "#/properties/jump/properties/limits/items/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.jump.properties.limits.items.properties.from, data: data20 };
                      vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                    }
                  } else {
                    let err41 = { instancePath: instancePath + "/jump/limits/" + i3 + "/from", schemaPath: "#/properties/jump/properties/limits/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.jump.properties.limits.items.properties.from.type, parentSchema: schema52.properties.jump.properties.limits.items.properties.from, data: data20 };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                }
                if (data19.to !== void 0) {
                  let data21 = data19.to;
                  if (typeof data21 == "string") {
                    if (func2(data21) > 128) {
                      let err42 = { instancePath: instancePath + "/jump/limits/" + i3 + "/to", schemaPath: "#/properties/jump/properties/limits/items/properties/to/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema52.properties.jump.properties.limits.items.properties.to, data: data21 };
                      vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                    }
                    if (func2(data21) < 1) {
                      let err43 = { instancePath: instancePath + "/jump/limits/" + i3 + "/to", schemaPath: "#/properties/jump/properties/limits/items/properties/to/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.jump.properties.limits.items.properties.to, data: data21 };
                      vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                    }
                  } else {
                    let err44 = { instancePath: instancePath + "/jump/limits/" + i3 + "/to", schemaPath: "#/properties/jump/properties/limits/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.jump.properties.limits.items.properties.to.type, parentSchema: schema52.properties.jump.properties.limits.items.properties.to, data: data21 };
                    vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                  }
                }
                if (data19.max !== void 0) {
                  let data22 = data19.max;
                  if (!(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
                    let err45 = { instancePath: instancePath + "/jump/limits/" + i3 + "/max", schemaPath: "#/properties/jump/properties/limits/items/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.jump.properties.limits.items.properties.max.type, parentSchema: schema52.properties.jump.properties.limits.items.properties.max, data: data22 };
                    vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                  }
                  if (typeof data22 == "number" && isFinite(data22) && (data22 < 0 || isNaN(data22))) {
                    let err46 = { instancePath: instancePath + "/jump/limits/" + i3 + "/max", schemaPath: "#/properties/jump/properties/limits/items/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.jump.properties.limits.items.properties.max, data: data22 };
                    vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                  }
                }
                if (data19.note !== void 0) {
                  let data23 = data19.note;
                  if (typeof data23 == "string") {
                    if (func2(data23) > 300) {
                      let err47 = { instancePath: instancePath + "/jump/limits/" + i3 + "/note", schemaPath: "#/properties/jump/properties/limits/items/properties/note/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema52.properties.jump.properties.limits.items.properties.note, data: data23 };
                      vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                    }
                    if (func2(data23) < 1) {
                      let err48 = { instancePath: instancePath + "/jump/limits/" + i3 + "/note", schemaPath: "#/properties/jump/properties/limits/items/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.jump.properties.limits.items.properties.note, data: data23 };
                      vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                    }
                  } else {
                    let err49 = { instancePath: instancePath + "/jump/limits/" + i3 + "/note", schemaPath: "#/properties/jump/properties/limits/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.jump.properties.limits.items.properties.note.type, parentSchema: schema52.properties.jump.properties.limits.items.properties.note, data: data23 };
                    vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                  }
                }
              } else {
                let err50 = { instancePath: instancePath + "/jump/limits/" + i3, schemaPath: "#/properties/jump/properties/limits/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.jump.properties.limits.items.type, parentSchema: schema52.properties.jump.properties.limits.items, data: data19 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
            }
          } else {
            let err51 = { instancePath: instancePath + "/jump/limits", schemaPath: "#/properties/jump/properties/limits/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.jump.properties.limits.type, parentSchema: schema52.properties.jump.properties.limits, data: data18 };
            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
          }
        }
      } else {
        let err52 = { instancePath: instancePath + "/jump", schemaPath: "#/properties/jump/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.jump.type, parentSchema: schema52.properties.jump, data: data14 };
        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
      }
    }
    if (data.risks !== void 0) {
      let data24 = data.risks;
      if (Array.isArray(data24)) {
        let len3 = data24.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data25 = data24[i4];
          if (!(data25 === "stable" || data25 === "candidate" || data25 === "beta" || data25 === "edge")) {
            let err53 = { instancePath: instancePath + "/risks/" + i4, schemaPath: "#/properties/risks/items/enum", keyword: "enum", params: { allowedValues: schema52.properties.risks.items.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.risks.items.enum, parentSchema: schema52.properties.risks.items, data: data25 };
            vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
          }
        }
        let i5 = data24.length, j1;
        if (i5 > 1) {
          outer0: for (; i5--; )
            for (j1 = i5; j1--; )
              if (func0(data24[i5], data24[j1])) {
                let err54 = { instancePath: instancePath + "/risks", schemaPath: "#/properties/risks/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: !0, parentSchema: schema52.properties.risks, data: data24 };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                break outer0;
              }
        }
      } else {
        let err55 = { instancePath: instancePath + "/risks", schemaPath: "#/properties/risks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.risks.type, parentSchema: schema52.properties.risks, data: data24 };
        vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
      }
    }
    if (data.hold !== void 0) {
      let data26 = data.hold;
      if (!(data26 === "required" || data26 === "optional")) {
        let err56 = { instancePath: instancePath + "/hold", schemaPath: "#/properties/hold/enum", keyword: "enum", params: { allowedValues: schema52.properties.hold.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.hold.enum, parentSchema: schema52.properties.hold, data: data26 };
        vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
      }
    }
    if (data.cohort !== void 0) {
      let data27 = data.cohort;
      if (!(data27 === "required" || data27 === "optional")) {
        let err57 = { instancePath: instancePath + "/cohort", schemaPath: "#/properties/cohort/enum", keyword: "enum", params: { allowedValues: schema52.properties.cohort.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.cohort.enum, parentSchema: schema52.properties.cohort, data: data27 };
        vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
      }
    }
    if (data.eol !== void 0) {
      let data28 = data.eol;
      if (Array.isArray(data28)) {
        let len4 = data28.length;
        for (let i6 = 0; i6 < len4; i6++) {
          let data29 = data28[i6];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.version === void 0) {
              let err58 = { instancePath: instancePath + "/eol/" + i6, schemaPath: "#/properties/eol/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema52.properties.eol.items.required, parentSchema: schema52.properties.eol.items, data: data29 };
              vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
            }
            if (data29.date === void 0) {
              let err59 = { instancePath: instancePath + "/eol/" + i6, schemaPath: "#/properties/eol/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema52.properties.eol.items.required, parentSchema: schema52.properties.eol.items, data: data29 };
              vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
            }
            for (let key6 in data29)
              if (!(key6 === "version" || key6 === "date" || key6 === "note")) {
                let err60 = { instancePath: instancePath + "/eol/" + i6, schemaPath: "#/properties/eol/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema52.properties.eol.items, data: data29 };
                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
              }
            if (data29.version !== void 0) {
              let data30 = data29.version;
              if (typeof data30 == "string") {
                if (func2(data30) > 128) {
                  let err61 = { instancePath: instancePath + "/eol/" + i6 + "/version", schemaPath: "#/properties/eol/items/properties/version/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema52.properties.eol.items.properties.version, data: data30 };
                  vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                }
                if (func2(data30) < 1) {
                  let err62 = { instancePath: instancePath + "/eol/" + i6 + "/version", schemaPath: "#/properties/eol/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.eol.items.properties.version, data: data30 };
                  vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                }
              } else {
                let err63 = { instancePath: instancePath + "/eol/" + i6 + "/version", schemaPath: "#/properties/eol/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.eol.items.properties.version.type, parentSchema: schema52.properties.eol.items.properties.version, data: data30 };
                vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
              }
            }
            if (data29.date !== void 0) {
              let data31 = data29.date;
              if (typeof data31 == "string") {
                if (!formats0.validate(data31)) {
                  let err64 = { instancePath: instancePath + "/eol/" + i6 + "/date", schemaPath: "#/properties/eol/items/properties/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema52.properties.eol.items.properties.date, data: data31 };
                  vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                }
              } else {
                let err65 = { instancePath: instancePath + "/eol/" + i6 + "/date", schemaPath: "#/properties/eol/items/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.eol.items.properties.date.type, parentSchema: schema52.properties.eol.items.properties.date, data: data31 };
                vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
              }
            }
            if (data29.note !== void 0) {
              let data32 = data29.note;
              if (typeof data32 != "string") {
                let err66 = { instancePath: instancePath + "/eol/" + i6 + "/note", schemaPath: "#/properties/eol/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.eol.items.properties.note.type, parentSchema: schema52.properties.eol.items.properties.note, data: data32 };
                vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
              }
            }
          } else {
            let err67 = { instancePath: instancePath + "/eol/" + i6, schemaPath: "#/properties/eol/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.eol.items.type, parentSchema: schema52.properties.eol.items, data: data29 };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
        }
      } else {
        let err68 = { instancePath: instancePath + "/eol", schemaPath: "#/properties/eol/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.eol.type, parentSchema: schema52.properties.eol, data: data28 };
        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
      }
    }
    if (data.blocked !== void 0) {
      let data33 = data.blocked;
      if (Array.isArray(data33)) {
        let len5 = data33.length;
        for (let i7 = 0; i7 < len5; i7++) {
          let data34 = data33[i7], _errs74 = errors, valid25 = !0, _errs75 = errors;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.version !== void 0) {
              var valid26 = !1;
              let err69 = {};
              vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
            } else
              var valid26 = !0;
            if (valid26) {
              if (data34.channel !== void 0) {
                var valid26 = !1;
                let err70 = {};
                vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
              } else
                var valid26 = !0;
              if (valid26)
                if (data34.revision !== void 0) {
                  var valid26 = !1;
                  let err71 = {};
                  vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                } else
                  var valid26 = !0;
            }
          }
          var _valid1 = _errs75 === errors;
          if (errors = _errs74, vErrors !== null && (_errs74 ? vErrors.length = _errs74 : vErrors = null), _valid1) {
            let _errs76 = errors;
            if (data34 && typeof data34 == "object" && !Array.isArray(data34) && data34.version === void 0) {
              let err72 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema52.properties.blocked.items.then.required, parentSchema: schema52.properties.blocked.items.then, data: data34 };
              vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
            }
            var _valid1 = _errs76 === errors;
            if (valid25 = _valid1, valid25) {
              var props1 = {};
              props1.version = !0, props1.channel = !0, props1.revision = !0;
            }
          }
          if (!valid25) {
            let err73 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema52.properties.blocked.items.if, parentSchema: schema52.properties.blocked.items, data: data34 };
            vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
          }
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.reason === void 0) {
              let err74 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema52.properties.blocked.items.required, parentSchema: schema52.properties.blocked.items, data: data34 };
              vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
            }
            for (let key7 in data34)
              if (!(key7 === "version" || key7 === "channel" || key7 === "revision" || key7 === "reason")) {
                let err75 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema52.properties.blocked.items, data: data34 };
                vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
              }
            if (data34.version !== void 0) {
              let data38 = data34.version;
              if (typeof data38 == "string") {
                if (func2(data38) > 128) {
                  let err76 = { instancePath: instancePath + "/blocked/" + i7 + "/version", schemaPath: "#/properties/blocked/items/properties/version/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema52.properties.blocked.items.properties.version, data: data38 };
                  vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                }
                if (func2(data38) < 1) {
                  let err77 = { instancePath: instancePath + "/blocked/" + i7 + "/version", schemaPath: "#/properties/blocked/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.blocked.items.properties.version, data: data38 };
                  vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                }
              } else {
                let err78 = { instancePath: instancePath + "/blocked/" + i7 + "/version", schemaPath: "#/properties/blocked/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.blocked.items.properties.version.type, parentSchema: schema52.properties.blocked.items.properties.version, data: data38 };
                vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
              }
            }
            if (data34.channel !== void 0) {
              let data39 = data34.channel;
              if (typeof data39 != "string") {
                let err79 = { instancePath: instancePath + "/blocked/" + i7 + "/channel", schemaPath: "#/properties/blocked/items/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.blocked.items.properties.channel.type, parentSchema: schema52.properties.blocked.items.properties.channel, data: data39 };
                vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
              }
            }
            if (data34.revision !== void 0) {
              let data40 = data34.revision;
              if (!(typeof data40 == "number" && !(data40 % 1) && !isNaN(data40) && isFinite(data40))) {
                let err80 = { instancePath: instancePath + "/blocked/" + i7 + "/revision", schemaPath: "#/properties/blocked/items/properties/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.blocked.items.properties.revision.type, parentSchema: schema52.properties.blocked.items.properties.revision, data: data40 };
                vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
              }
              if (typeof data40 == "number" && isFinite(data40) && (data40 < 1 || isNaN(data40))) {
                let err81 = { instancePath: instancePath + "/blocked/" + i7 + "/revision", schemaPath: "#/properties/blocked/items/properties/revision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema52.properties.blocked.items.properties.revision, data: data40 };
                vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
              }
            }
            if (data34.reason !== void 0) {
              let data41 = data34.reason;
              if (typeof data41 == "string") {
                if (func2(data41) < 1) {
                  let err82 = { instancePath: instancePath + "/blocked/" + i7 + "/reason", schemaPath: "#/properties/blocked/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.blocked.items.properties.reason, data: data41 };
                  vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                }
              } else {
                let err83 = { instancePath: instancePath + "/blocked/" + i7 + "/reason", schemaPath: "#/properties/blocked/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.blocked.items.properties.reason.type, parentSchema: schema52.properties.blocked.items.properties.reason, data: data41 };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
            }
          } else {
            let err84 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.blocked.items.type, parentSchema: schema52.properties.blocked.items, data: data34 };
            vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
          }
        }
      } else {
        let err85 = { instancePath: instancePath + "/blocked", schemaPath: "#/properties/blocked/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.blocked.type, parentSchema: schema52.properties.blocked, data: data33 };
        vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
      }
    }
    if (data.requires !== void 0) {
      let data42 = data.requires;
      if (Array.isArray(data42)) {
        let len6 = data42.length;
        for (let i8 = 0; i8 < len6; i8++) {
          let data43 = data42[i8];
          if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            if (data43.version === void 0) {
              let err86 = { instancePath: instancePath + "/requires/" + i8, schemaPath: "#/properties/requires/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema52.properties.requires.items.required, parentSchema: schema52.properties.requires.items, data: data43 };
              vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
            }
            if (data43.needs === void 0) {
              let err87 = { instancePath: instancePath + "/requires/" + i8, schemaPath: "#/properties/requires/items/required", keyword: "required", params: { missingProperty: "needs" }, message: "must have required property 'needs'", schema: schema52.properties.requires.items.required, parentSchema: schema52.properties.requires.items, data: data43 };
              vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
            }
            for (let key8 in data43)
              if (!(key8 === "version" || key8 === "needs")) {
                let err88 = { instancePath: instancePath + "/requires/" + i8, schemaPath: "#/properties/requires/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema52.properties.requires.items, data: data43 };
                vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
              }
            if (data43.version !== void 0) {
              let data44 = data43.version;
              if (typeof data44 == "string") {
                if (func2(data44) > 128) {
                  let err89 = { instancePath: instancePath + "/requires/" + i8 + "/version", schemaPath: "#/properties/requires/items/properties/version/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema52.properties.requires.items.properties.version, data: data44 };
                  vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                }
                if (func2(data44) < 1) {
                  let err90 = { instancePath: instancePath + "/requires/" + i8 + "/version", schemaPath: "#/properties/requires/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.requires.items.properties.version, data: data44 };
                  vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                }
              } else {
                let err91 = { instancePath: instancePath + "/requires/" + i8 + "/version", schemaPath: "#/properties/requires/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.requires.items.properties.version.type, parentSchema: schema52.properties.requires.items.properties.version, data: data44 };
                vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
              }
            }
            if (data43.needs !== void 0) {
              let data45 = data43.needs;
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                for (let key9 in data45) {
                  let _errs95 = errors;
                  if (typeof key9 == "string") {
                    if (!pattern12.test(key9)) {
                      let err92 = { instancePath: instancePath + "/requires/" + i8 + "/needs", schemaPath: "#/properties/requires/items/properties/needs/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema52.properties.requires.items.properties.needs.propertyNames, data: key9, propertyName: key9 };
                      vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                    }
                  } else {
                    let err93 = { instancePath: instancePath + "/requires/" + i8 + "/needs", schemaPath: "#/properties/requires/items/properties/needs/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.requires.items.properties.needs.propertyNames.type, parentSchema: schema52.properties.requires.items.properties.needs.propertyNames, data: key9, propertyName: key9 };
                    vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                  }
                  var valid31 = _errs95 === errors;
                  if (!valid31) {
                    let err94 = { instancePath: instancePath + "/requires/" + i8 + "/needs", schemaPath: "#/properties/requires/items/properties/needs/propertyNames", keyword: "propertyNames", params: { propertyName: key9 }, message: "property name must be valid", schema: schema52.properties.requires.items.properties.needs.propertyNames, parentSchema: schema52.properties.requires.items.properties.needs, data: data45 };
                    vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                  }
                }
                for (let key10 in data45) {
                  let data46 = data45[key10];
                  if (Array.isArray(data46)) {
                    if (data46.length < 1) {
                      let err95 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.requires.items.properties.needs.additionalProperties, data: data46 };
                      vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                    }
                    let len7 = data46.length;
                    for (let i9 = 0; i9 < len7; i9++) {
                      let data47 = data46[i9];
                      if (typeof data47 == "string") {
                        if (func2(data47) > 128) {
                          let err96 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema52.properties.requires.items.properties.needs.additionalProperties.items, data: data47 };
                          vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
                        }
                        if (func2(data47) < 1) {
                          let err97 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.requires.items.properties.needs.additionalProperties.items, data: data47 };
                          vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
                        }
                      } else {
                        let err98 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.requires.items.properties.needs.additionalProperties.items.type, parentSchema: schema52.properties.requires.items.properties.needs.additionalProperties.items, data: data47 };
                        vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                      }
                    }
                  } else {
                    let err99 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.requires.items.properties.needs.additionalProperties.type, parentSchema: schema52.properties.requires.items.properties.needs.additionalProperties, data: data46 };
                    vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                  }
                }
              } else {
                let err100 = { instancePath: instancePath + "/requires/" + i8 + "/needs", schemaPath: "#/properties/requires/items/properties/needs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.requires.items.properties.needs.type, parentSchema: schema52.properties.requires.items.properties.needs, data: data45 };
                vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
              }
            }
          } else {
            let err101 = { instancePath: instancePath + "/requires/" + i8, schemaPath: "#/properties/requires/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.requires.items.type, parentSchema: schema52.properties.requires.items, data: data43 };
            vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
          }
        }
      } else {
        let err102 = { instancePath: instancePath + "/requires", schemaPath: "#/properties/requires/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.requires.type, parentSchema: schema52.properties.requires, data: data42 };
        vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
      }
    }
    if (data.skew !== void 0) {
      let data48 = data.skew;
      if (Array.isArray(data48)) {
        let len8 = data48.length;
        for (let i10 = 0; i10 < len8; i10++) {
          let data49 = data48[i10];
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            if (data49.of === void 0) {
              let err103 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/required", keyword: "required", params: { missingProperty: "of" }, message: "must have required property 'of'", schema: schema52.properties.skew.items.required, parentSchema: schema52.properties.skew.items, data: data49 };
              vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
            }
            if (data49.newer === void 0) {
              let err104 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/required", keyword: "required", params: { missingProperty: "newer" }, message: "must have required property 'newer'", schema: schema52.properties.skew.items.required, parentSchema: schema52.properties.skew.items, data: data49 };
              vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
            }
            if (data49.older === void 0) {
              let err105 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/required", keyword: "required", params: { missingProperty: "older" }, message: "must have required property 'older'", schema: schema52.properties.skew.items.required, parentSchema: schema52.properties.skew.items, data: data49 };
              vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
            }
            for (let key11 in data49)
              if (!(key11 === "of" || key11 === "newer" || key11 === "older" || key11 === "skip")) {
                let err106 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema52.properties.skew.items, data: data49 };
                vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
              }
            if (data49.of !== void 0) {
              let data50 = data49.of;
              if (typeof data50 == "string") {
                if (!pattern12.test(data50)) {
                  let err107 = { instancePath: instancePath + "/skew/" + i10 + "/of", schemaPath: "#/properties/skew/items/properties/of/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema52.properties.skew.items.properties.of, data: data50 };
                  vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                }
              } else {
                let err108 = { instancePath: instancePath + "/skew/" + i10 + "/of", schemaPath: "#/properties/skew/items/properties/of/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.skew.items.properties.of.type, parentSchema: schema52.properties.skew.items.properties.of, data: data50 };
                vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
              }
            }
            if (data49.newer !== void 0) {
              let data51 = data49.newer;
              if (!(typeof data51 == "number" && !(data51 % 1) && !isNaN(data51) && isFinite(data51))) {
                let err109 = { instancePath: instancePath + "/skew/" + i10 + "/newer", schemaPath: "#/properties/skew/items/properties/newer/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.skew.items.properties.newer.type, parentSchema: schema52.properties.skew.items.properties.newer, data: data51 };
                vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
              }
              if (typeof data51 == "number" && isFinite(data51) && (data51 < 0 || isNaN(data51))) {
                let err110 = { instancePath: instancePath + "/skew/" + i10 + "/newer", schemaPath: "#/properties/skew/items/properties/newer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.skew.items.properties.newer, data: data51 };
                vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
              }
            }
            if (data49.older !== void 0) {
              let data52 = data49.older;
              if (!(typeof data52 == "number" && !(data52 % 1) && !isNaN(data52) && isFinite(data52))) {
                let err111 = { instancePath: instancePath + "/skew/" + i10 + "/older", schemaPath: "#/properties/skew/items/properties/older/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.skew.items.properties.older.type, parentSchema: schema52.properties.skew.items.properties.older, data: data52 };
                vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
              }
              if (typeof data52 == "number" && isFinite(data52) && (data52 < 0 || isNaN(data52))) {
                let err112 = { instancePath: instancePath + "/skew/" + i10 + "/older", schemaPath: "#/properties/skew/items/properties/older/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.skew.items.properties.older, data: data52 };
                vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
              }
            }
            if (data49.skip !== void 0) {
              let data53 = data49.skip;
              if (typeof data53 == "string") {
                if (!pattern12.test(data53)) {
                  let err113 = { instancePath: instancePath + "/skew/" + i10 + "/skip", schemaPath: "#/properties/skew/items/properties/skip/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema52.properties.skew.items.properties.skip, data: data53 };
                  vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                }
              } else {
                let err114 = { instancePath: instancePath + "/skew/" + i10 + "/skip", schemaPath: "#/properties/skew/items/properties/skip/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.skew.items.properties.skip.type, parentSchema: schema52.properties.skew.items.properties.skip, data: data53 };
                vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
              }
            }
          } else {
            let err115 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.skew.items.type, parentSchema: schema52.properties.skew.items, data: data49 };
            vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
          }
        }
      } else {
        let err116 = { instancePath: instancePath + "/skew", schemaPath: "#/properties/skew/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.skew.type, parentSchema: schema52.properties.skew, data: data48 };
        vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data54 = data.rules;
      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
        for (let key12 in data54)
          if (!func3.call(schema51.properties, key12)) {
            let err117 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/severities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema51, data: data54 };
            vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
          }
        if (data54["yaml/syntax"] !== void 0) {
          let data55 = data54["yaml/syntax"];
          if (!(data55 === "error" || data55 === "warning" || data55 === "off")) {
            let err118 = { instancePath: instancePath + "/rules/yaml~1syntax", schemaPath: "#/$defs/severities/properties/yaml~1syntax/enum", keyword: "enum", params: { allowedValues: schema51.properties["yaml/syntax"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["yaml/syntax"].enum, parentSchema: schema51.properties["yaml/syntax"], data: data55 };
            vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
          }
        }
        if (data54.schema !== void 0) {
          let data56 = data54.schema;
          if (!(data56 === "error" || data56 === "warning" || data56 === "off")) {
            let err119 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/$defs/severities/properties/schema/enum", keyword: "enum", params: { allowedValues: schema51.properties.schema.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.schema.enum, parentSchema: schema51.properties.schema, data: data56 };
            vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
          }
        }
        if (data54["order/requires"] !== void 0) {
          let data57 = data54["order/requires"];
          if (!(data57 === "error" || data57 === "warning" || data57 === "off")) {
            let err120 = { instancePath: instancePath + "/rules/order~1requires", schemaPath: "#/$defs/severities/properties/order~1requires/enum", keyword: "enum", params: { allowedValues: schema51.properties["order/requires"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["order/requires"].enum, parentSchema: schema51.properties["order/requires"], data: data57 };
            vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
          }
        }
        if (data54["order/promotion"] !== void 0) {
          let data58 = data54["order/promotion"];
          if (!(data58 === "error" || data58 === "warning" || data58 === "off")) {
            let err121 = { instancePath: instancePath + "/rules/order~1promotion", schemaPath: "#/$defs/severities/properties/order~1promotion/enum", keyword: "enum", params: { allowedValues: schema51.properties["order/promotion"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["order/promotion"].enum, parentSchema: schema51.properties["order/promotion"], data: data58 };
            vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
          }
        }
        if (data54["order/transition"] !== void 0) {
          let data59 = data54["order/transition"];
          if (!(data59 === "error" || data59 === "warning" || data59 === "off")) {
            let err122 = { instancePath: instancePath + "/rules/order~1transition", schemaPath: "#/$defs/severities/properties/order~1transition/enum", keyword: "enum", params: { allowedValues: schema51.properties["order/transition"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["order/transition"].enum, parentSchema: schema51.properties["order/transition"], data: data59 };
            vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
          }
        }
        if (data54["skew/jump"] !== void 0) {
          let data60 = data54["skew/jump"];
          if (!(data60 === "error" || data60 === "warning" || data60 === "off")) {
            let err123 = { instancePath: instancePath + "/rules/skew~1jump", schemaPath: "#/$defs/severities/properties/skew~1jump/enum", keyword: "enum", params: { allowedValues: schema51.properties["skew/jump"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["skew/jump"].enum, parentSchema: schema51.properties["skew/jump"], data: data60 };
            vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
          }
        }
        if (data54["skew/downgrade"] !== void 0) {
          let data61 = data54["skew/downgrade"];
          if (!(data61 === "error" || data61 === "warning" || data61 === "off")) {
            let err124 = { instancePath: instancePath + "/rules/skew~1downgrade", schemaPath: "#/$defs/severities/properties/skew~1downgrade/enum", keyword: "enum", params: { allowedValues: schema51.properties["skew/downgrade"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["skew/downgrade"].enum, parentSchema: schema51.properties["skew/downgrade"], data: data61 };
            vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
          }
        }
        if (data54["skew/major"] !== void 0) {
          let data62 = data54["skew/major"];
          if (!(data62 === "error" || data62 === "warning" || data62 === "off")) {
            let err125 = { instancePath: instancePath + "/rules/skew~1major", schemaPath: "#/$defs/severities/properties/skew~1major/enum", keyword: "enum", params: { allowedValues: schema51.properties["skew/major"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["skew/major"].enum, parentSchema: schema51.properties["skew/major"], data: data62 };
            vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
          }
        }
        if (data54["skew/members"] !== void 0) {
          let data63 = data54["skew/members"];
          if (!(data63 === "error" || data63 === "warning" || data63 === "off")) {
            let err126 = { instancePath: instancePath + "/rules/skew~1members", schemaPath: "#/$defs/severities/properties/skew~1members/enum", keyword: "enum", params: { allowedValues: schema51.properties["skew/members"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["skew/members"].enum, parentSchema: schema51.properties["skew/members"], data: data63 };
            vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
          }
        }
        if (data54["skew/components"] !== void 0) {
          let data64 = data54["skew/components"];
          if (!(data64 === "error" || data64 === "warning" || data64 === "off")) {
            let err127 = { instancePath: instancePath + "/rules/skew~1components", schemaPath: "#/$defs/severities/properties/skew~1components/enum", keyword: "enum", params: { allowedValues: schema51.properties["skew/components"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["skew/components"].enum, parentSchema: schema51.properties["skew/components"], data: data64 };
            vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
          }
        }
        if (data54["channel/risk"] !== void 0) {
          let data65 = data54["channel/risk"];
          if (!(data65 === "error" || data65 === "warning" || data65 === "off")) {
            let err128 = { instancePath: instancePath + "/rules/channel~1risk", schemaPath: "#/$defs/severities/properties/channel~1risk/enum", keyword: "enum", params: { allowedValues: schema51.properties["channel/risk"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["channel/risk"].enum, parentSchema: schema51.properties["channel/risk"], data: data65 };
            vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
          }
        }
        if (data54["channel/eol"] !== void 0) {
          let data66 = data54["channel/eol"];
          if (!(data66 === "error" || data66 === "warning" || data66 === "off")) {
            let err129 = { instancePath: instancePath + "/rules/channel~1eol", schemaPath: "#/$defs/severities/properties/channel~1eol/enum", keyword: "enum", params: { allowedValues: schema51.properties["channel/eol"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["channel/eol"].enum, parentSchema: schema51.properties["channel/eol"], data: data66 };
            vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
          }
        }
        if (data54["channel/blocked"] !== void 0) {
          let data67 = data54["channel/blocked"];
          if (!(data67 === "error" || data67 === "warning" || data67 === "off")) {
            let err130 = { instancePath: instancePath + "/rules/channel~1blocked", schemaPath: "#/$defs/severities/properties/channel~1blocked/enum", keyword: "enum", params: { allowedValues: schema51.properties["channel/blocked"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["channel/blocked"].enum, parentSchema: schema51.properties["channel/blocked"], data: data67 };
            vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
          }
        }
        if (data54["hold/required"] !== void 0) {
          let data68 = data54["hold/required"];
          if (!(data68 === "error" || data68 === "warning" || data68 === "off")) {
            let err131 = { instancePath: instancePath + "/rules/hold~1required", schemaPath: "#/$defs/severities/properties/hold~1required/enum", keyword: "enum", params: { allowedValues: schema51.properties["hold/required"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["hold/required"].enum, parentSchema: schema51.properties["hold/required"], data: data68 };
            vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
          }
        }
        if (data54["hold/freeze"] !== void 0) {
          let data69 = data54["hold/freeze"];
          if (!(data69 === "error" || data69 === "warning" || data69 === "off")) {
            let err132 = { instancePath: instancePath + "/rules/hold~1freeze", schemaPath: "#/$defs/severities/properties/hold~1freeze/enum", keyword: "enum", params: { allowedValues: schema51.properties["hold/freeze"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["hold/freeze"].enum, parentSchema: schema51.properties["hold/freeze"], data: data69 };
            vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
          }
        }
        if (data54["cohort/required"] !== void 0) {
          let data70 = data54["cohort/required"];
          if (!(data70 === "error" || data70 === "warning" || data70 === "off")) {
            let err133 = { instancePath: instancePath + "/rules/cohort~1required", schemaPath: "#/$defs/severities/properties/cohort~1required/enum", keyword: "enum", params: { allowedValues: schema51.properties["cohort/required"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["cohort/required"].enum, parentSchema: schema51.properties["cohort/required"], data: data70 };
            vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
          }
        }
        if (data54["pins/conflict"] !== void 0) {
          let data71 = data54["pins/conflict"];
          if (!(data71 === "error" || data71 === "warning" || data71 === "off")) {
            let err134 = { instancePath: instancePath + "/rules/pins~1conflict", schemaPath: "#/$defs/severities/properties/pins~1conflict/enum", keyword: "enum", params: { allowedValues: schema51.properties["pins/conflict"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["pins/conflict"].enum, parentSchema: schema51.properties["pins/conflict"], data: data71 };
            vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
          }
        }
        if (data54["policy/changed"] !== void 0) {
          let data72 = data54["policy/changed"];
          if (!(data72 === "error" || data72 === "warning" || data72 === "off")) {
            let err135 = { instancePath: instancePath + "/rules/policy~1changed", schemaPath: "#/$defs/severities/properties/policy~1changed/enum", keyword: "enum", params: { allowedValues: schema51.properties["policy/changed"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["policy/changed"].enum, parentSchema: schema51.properties["policy/changed"], data: data72 };
            vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
          }
        }
      } else {
        let err136 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/severities/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data: data54 };
        vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
      }
    }
    if (data.rollout !== void 0) {
      let data73 = data.rollout;
      if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
        if (data73.strategy === void 0) {
          let err137 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/required", keyword: "required", params: { missingProperty: "strategy" }, message: "must have required property 'strategy'", schema: schema52.properties.rollout.required, parentSchema: schema52.properties.rollout, data: data73 };
          vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
        }
        if (data73.member === void 0) {
          let err138 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/required", keyword: "required", params: { missingProperty: "member" }, message: "must have required property 'member'", schema: schema52.properties.rollout.required, parentSchema: schema52.properties.rollout, data: data73 };
          vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
        }
        for (let key13 in data73)
          if (!(key13 === "strategy" || key13 === "roles" || key13 === "before" || key13 === "member" || key13 === "after" || key13 === "rollback")) {
            let err139 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema52.properties.rollout, data: data73 };
            vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
          }
        if (data73.strategy !== void 0) {
          let data74 = data73.strategy;
          if (!(data74 === "serial" || data74 === "parallel")) {
            let err140 = { instancePath: instancePath + "/rollout/strategy", schemaPath: "#/properties/rollout/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema52.properties.rollout.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.rollout.properties.strategy.enum, parentSchema: schema52.properties.rollout.properties.strategy, data: data74 };
            vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
          }
        }
        if (data73.roles !== void 0) {
          let data75 = data73.roles;
          if (Array.isArray(data75)) {
            if (data75.length < 1) {
              let err141 = { instancePath: instancePath + "/rollout/roles", schemaPath: "#/properties/rollout/properties/roles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.rollout.properties.roles, data: data75 };
              vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
            }
            let len9 = data75.length;
            for (let i11 = 0; i11 < len9; i11++) {
              let data76 = data75[i11];
              if (!(data76 === "control" || data76 === "worker")) {
                let err142 = { instancePath: instancePath + "/rollout/roles/" + i11, schemaPath: "#/properties/rollout/properties/roles/items/enum", keyword: "enum", params: { allowedValues: schema52.properties.rollout.properties.roles.items.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.rollout.properties.roles.items.enum, parentSchema: schema52.properties.rollout.properties.roles.items, data: data76 };
                vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
              }
            }
            let i12 = data75.length, j2;
            if (i12 > 1) {
              outer1: for (; i12--; )
                for (j2 = i12; j2--; )
                  if (func0(data75[i12], data75[j2])) {
                    let err143 = { instancePath: instancePath + "/rollout/roles", schemaPath: "#/properties/rollout/properties/roles/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i12 + " are identical)", schema: !0, parentSchema: schema52.properties.rollout.properties.roles, data: data75 };
                    vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
                    break outer1;
                  }
            }
          } else {
            let err144 = { instancePath: instancePath + "/rollout/roles", schemaPath: "#/properties/rollout/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.rollout.properties.roles.type, parentSchema: schema52.properties.rollout.properties.roles, data: data75 };
            vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
          }
        }
        data73.before !== void 0 && (validate33(data73.before, { instancePath: instancePath + "/rollout/before", parentData: data73, parentDataProperty: "before", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors), errors = vErrors.length)), data73.member !== void 0 && (validate33(data73.member, { instancePath: instancePath + "/rollout/member", parentData: data73, parentDataProperty: "member", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors), errors = vErrors.length)), data73.after !== void 0 && (validate33(data73.after, { instancePath: instancePath + "/rollout/after", parentData: data73, parentDataProperty: "after", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors), errors = vErrors.length)), data73.rollback !== void 0 && (validate33(data73.rollback, { instancePath: instancePath + "/rollout/rollback", parentData: data73, parentDataProperty: "rollback", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors), errors = vErrors.length));
      } else {
        let err145 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.rollout.type, parentSchema: schema52.properties.rollout, data: data73 };
        vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
      }
    }
  } else {
    let err146 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
  }
  return validate32.errors = vErrors, errors === 0;
}
validate32.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
var schema57 = { description: "Steps about the whole cluster, run in order.", type: "array", items: { $ref: "#/$defs/clusterStep" }, maxItems: 32 }, schema58 = { description: "A step about the whole cluster, run on its first control member (or its first member), with an optional condition on the versions it runs.", type: "object", additionalProperties: !1, required: ["name", "run"], properties: { name: { description: "The step's name, shown in the plan and the logs.", $ref: "#/$defs/step/properties/name" }, run: { description: "The command as an argv, one word per item, with {placeholders}.", $ref: "#/$defs/step/properties/run" }, when: { description: "When the step applies, as for a member step.", $ref: "#/$defs/step/properties/when" }, on: { description: "Where the command runs: on the member (the default) or on the runner.", $ref: "#/$defs/step/properties/on" }, needs: { description: "Run the step only where the cluster runs one of these versions of each named component: its base before the first stage and after a rollback, its head after the last stage.", type: "object", minProperties: 1, propertyNames: { description: "A component name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { description: "The versions (or ranges) of that component the cluster must run for the step to run.", type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, minItems: 1 } }, retry: { description: "A health check or a wait on state: the step runs again every `every` until it succeeds, for at most `timeout` (90s, 10m, 2h); the stage stops when it never does.", $ref: "#/$defs/step/properties/retry" }, unless: { description: "A command (placeholders filled, run where the step runs) whose success passes the step over: what is done stays done when a stage is run again.", $ref: "#/$defs/step/properties/unless" }, creates: { description: "The file the step leaves on its host (a database dump, a snapshot): the step is passed over where the file exists, so a rerun never redoes or overwrites it, and rollback.json names it under `kept`.", $ref: "#/$defs/step/properties/creates" }, gate: { description: "For a member with `manual` workload handling: the approval gate comes right before this step instead of before the member's first step (MOSK: wait for the node's maintenance request, then approve).", $ref: "#/$defs/step/properties/gate" }, expect: { description: "A read-back of the step's output: for each, the first line `match` (an extended regular expression) finds, its last group, must equal `is` (placeholders filled; no such line reads as empty), or the step fails.", $ref: "#/$defs/step/properties/expect" }, onlyIf: { description: "A command (placeholders filled) always run on the member through the transport: where it fails, the step is passed over (a node without the service the step is about).", $ref: "#/$defs/step/properties/onlyIf" } } }, schema59 = { description: "The step's name, shown in the plan and the logs (`health` is the stage's health check): lower-case letters, digits and hyphens, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, schema60 = { description: "The command as an argv, one word per item; {component}, {member}, {channel}, {revision} and the other placeholders are filled with validated values and quoted.", type: "array", minItems: 1, items: { description: "One word of the command.", type: "string", minLength: 1, maxLength: 400 } }, schema61 = { description: "When the step applies to a member: by its workload (live, manual, skip), by whether its cluster has a store proxy (proxy, direct), on the stage's first member (first) or the others (later), or always (the default).", enum: ["live", "manual", "skip", "proxy", "direct", "always", "first", "later"] }, schema62 = { description: "Where the command runs: on the member through the transport (default), on the runner itself, or, in a component's `before` and `after` only, on each of the cluster's control members in turn (`control`).", enum: ["member", "runner", "control"] }, schema63 = { description: "A health check or a wait on state: the step runs again every `every` until it succeeds, for at most `timeout` (90s, 10m, 2h); the stage stops when it never does.", type: "object", additionalProperties: !1, required: ["timeout", "every"], properties: { timeout: { type: "string", pattern: "^[1-9][0-9]{0,5}[smh]$", description: "How long to keep trying." }, every: { type: "string", pattern: "^[1-9][0-9]{0,5}[smh]$", description: "The pause between tries." } } }, schema64 = { description: "A command (placeholders filled, run where the step runs) whose success passes the step over: what is done stays done when a stage is run again.", type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, schema65 = { description: "The file the step leaves on its host (a database dump, a snapshot): the step is passed over where the file exists, so a rerun never redoes or overwrites it, and rollback.json names it under `kept`.", type: "string", minLength: 2, maxLength: 400, pattern: "^/" }, schema66 = { description: "For a member with `manual` workload handling: the approval gate comes right before this step instead of before the member's first step (MOSK: wait for the node's maintenance request, then approve).", enum: ["before"] }, schema67 = { description: "A read-back of the step's output: for each, the first line `match` (an extended regular expression) finds, its last group, must equal `is` (placeholders filled; no such line reads as empty), or the step fails.", type: "array", minItems: 1, maxItems: 8, items: { type: "object", additionalProperties: !1, required: ["what", "match", "is"], properties: { what: { description: "What is compared, in the words of the failure.", type: "string", minLength: 1, maxLength: 200 }, match: { description: "An extended regular expression; the first line of the step's output it finds is read, and its last group compared.", type: "string", minLength: 1, maxLength: 400 }, is: { description: "The value the matched group must equal (placeholders filled).", type: "string", maxLength: 400 } } } }, schema68 = { description: "A command (placeholders filled) always run on the member through the transport: where it fails, the step is passed over (a node without the service the step is about).", type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema58.required, parentSchema: schema58, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.run === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema58.required, parentSchema: schema58, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!func3.call(schema58.properties, key0)) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema58, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern24.test(data0)) {
          let err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/step/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,40}$"', schema: "^[a-z0-9][a-z0-9-]{0,40}$", parentSchema: schema59, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/step/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.type, parentSchema: schema59, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.run !== void 0) {
      let data1 = data.run;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          let err5 = { instancePath: instancePath + "/run", schemaPath: "#/$defs/step/properties/run/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema60, data: data1 };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 == "string") {
            if (func2(data2) > 400) {
              let err6 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/$defs/step/properties/run/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema60.items, data: data2 };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
            if (func2(data2) < 1) {
              let err7 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/$defs/step/properties/run/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema60.items, data: data2 };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
          } else {
            let err8 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/$defs/step/properties/run/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.items.type, parentSchema: schema60.items, data: data2 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
      } else {
        let err9 = { instancePath: instancePath + "/run", schemaPath: "#/$defs/step/properties/run/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.type, parentSchema: schema60, data: data1 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.when !== void 0) {
      let data3 = data.when;
      if (!(data3 === "live" || data3 === "manual" || data3 === "skip" || data3 === "proxy" || data3 === "direct" || data3 === "always" || data3 === "first" || data3 === "later")) {
        let err10 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/step/properties/when/enum", keyword: "enum", params: { allowedValues: schema61.enum }, message: "must be equal to one of the allowed values", schema: schema61.enum, parentSchema: schema61, data: data3 };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.on !== void 0) {
      let data4 = data.on;
      if (!(data4 === "member" || data4 === "runner" || data4 === "control")) {
        let err11 = { instancePath: instancePath + "/on", schemaPath: "#/$defs/step/properties/on/enum", keyword: "enum", params: { allowedValues: schema62.enum }, message: "must be equal to one of the allowed values", schema: schema62.enum, parentSchema: schema62, data: data4 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.needs !== void 0) {
      let data5 = data.needs;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (Object.keys(data5).length < 1) {
          let err12 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema58.properties.needs, data: data5 };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
        for (let key1 in data5) {
          let _errs16 = errors;
          if (typeof key1 == "string") {
            if (!pattern12.test(key1)) {
              let err13 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema58.properties.needs.propertyNames, data: key1, propertyName: key1 };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
          } else {
            let err14 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.needs.propertyNames.type, parentSchema: schema58.properties.needs.propertyNames, data: key1, propertyName: key1 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
          var valid7 = _errs16 === errors;
          if (!valid7) {
            let err15 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema58.properties.needs.propertyNames, parentSchema: schema58.properties.needs, data: data5 };
            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
          }
        }
        for (let key2 in data5) {
          let data6 = data5[key2];
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              let err16 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/needs/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema58.properties.needs.additionalProperties, data: data6 };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
            let len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data7 = data6[i1];
              if (typeof data7 == "string") {
                if (func2(data7) > 128) {
                  let err17 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/needs/additionalProperties/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema58.properties.needs.additionalProperties.items, data: data7 };
                  vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                }
                if (func2(data7) < 1) {
                  let err18 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/needs/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.properties.needs.additionalProperties.items, data: data7 };
                  vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                }
              } else {
                let err19 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/needs/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.needs.additionalProperties.items.type, parentSchema: schema58.properties.needs.additionalProperties.items, data: data7 };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
            }
          } else {
            let err20 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/needs/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.properties.needs.additionalProperties.type, parentSchema: schema58.properties.needs.additionalProperties, data: data6 };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
      } else {
        let err21 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.properties.needs.type, parentSchema: schema58.properties.needs, data: data5 };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    }
    if (data.retry !== void 0) {
      let data8 = data.retry;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.timeout === void 0) {
          let err22 = { instancePath: instancePath + "/retry", schemaPath: "#/$defs/step/properties/retry/required", keyword: "required", params: { missingProperty: "timeout" }, message: "must have required property 'timeout'", schema: schema63.required, parentSchema: schema63, data: data8 };
          vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
        }
        if (data8.every === void 0) {
          let err23 = { instancePath: instancePath + "/retry", schemaPath: "#/$defs/step/properties/retry/required", keyword: "required", params: { missingProperty: "every" }, message: "must have required property 'every'", schema: schema63.required, parentSchema: schema63, data: data8 };
          vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
        }
        for (let key3 in data8)
          if (!(key3 === "timeout" || key3 === "every")) {
            let err24 = { instancePath: instancePath + "/retry", schemaPath: "#/$defs/step/properties/retry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema63, data: data8 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        if (data8.timeout !== void 0) {
          let data9 = data8.timeout;
          if (typeof data9 == "string") {
            if (!pattern25.test(data9)) {
              let err25 = { instancePath: instancePath + "/retry/timeout", schemaPath: "#/$defs/step/properties/retry/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[smh]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[smh]$"', schema: "^[1-9][0-9]{0,5}[smh]$", parentSchema: schema63.properties.timeout, data: data9 };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
          } else {
            let err26 = { instancePath: instancePath + "/retry/timeout", schemaPath: "#/$defs/step/properties/retry/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.timeout.type, parentSchema: schema63.properties.timeout, data: data9 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
        if (data8.every !== void 0) {
          let data10 = data8.every;
          if (typeof data10 == "string") {
            if (!pattern25.test(data10)) {
              let err27 = { instancePath: instancePath + "/retry/every", schemaPath: "#/$defs/step/properties/retry/properties/every/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[smh]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[smh]$"', schema: "^[1-9][0-9]{0,5}[smh]$", parentSchema: schema63.properties.every, data: data10 };
              vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
            }
          } else {
            let err28 = { instancePath: instancePath + "/retry/every", schemaPath: "#/$defs/step/properties/retry/properties/every/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.every.type, parentSchema: schema63.properties.every, data: data10 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
      } else {
        let err29 = { instancePath: instancePath + "/retry", schemaPath: "#/$defs/step/properties/retry/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data: data8 };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
    }
    if (data.unless !== void 0) {
      let data11 = data.unless;
      if (Array.isArray(data11)) {
        if (data11.length < 1) {
          let err30 = { instancePath: instancePath + "/unless", schemaPath: "#/$defs/step/properties/unless/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema64, data: data11 };
          vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
        }
        let len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data12 = data11[i2];
          if (typeof data12 == "string") {
            if (func2(data12) > 400) {
              let err31 = { instancePath: instancePath + "/unless/" + i2, schemaPath: "#/$defs/step/properties/unless/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema64.items, data: data12 };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
            if (func2(data12) < 1) {
              let err32 = { instancePath: instancePath + "/unless/" + i2, schemaPath: "#/$defs/step/properties/unless/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema64.items, data: data12 };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
          } else {
            let err33 = { instancePath: instancePath + "/unless/" + i2, schemaPath: "#/$defs/step/properties/unless/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.items.type, parentSchema: schema64.items, data: data12 };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        }
      } else {
        let err34 = { instancePath: instancePath + "/unless", schemaPath: "#/$defs/step/properties/unless/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.type, parentSchema: schema64, data: data11 };
        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
      }
    }
    if (data.creates !== void 0) {
      let data13 = data.creates;
      if (typeof data13 == "string") {
        if (func2(data13) > 400) {
          let err35 = { instancePath: instancePath + "/creates", schemaPath: "#/$defs/step/properties/creates/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema65, data: data13 };
          vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
        }
        if (func2(data13) < 2) {
          let err36 = { instancePath: instancePath + "/creates", schemaPath: "#/$defs/step/properties/creates/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema65, data: data13 };
          vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
        }
        if (!pattern27.test(data13)) {
          let err37 = { instancePath: instancePath + "/creates", schemaPath: "#/$defs/step/properties/creates/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema65, data: data13 };
          vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
        }
      } else {
        let err38 = { instancePath: instancePath + "/creates", schemaPath: "#/$defs/step/properties/creates/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.type, parentSchema: schema65, data: data13 };
        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
      }
    }
    if (data.gate !== void 0) {
      let data14 = data.gate;
      if (data14 !== "before") {
        let err39 = { instancePath: instancePath + "/gate", schemaPath: "#/$defs/step/properties/gate/enum", keyword: "enum", params: { allowedValues: schema66.enum }, message: "must be equal to one of the allowed values", schema: schema66.enum, parentSchema: schema66, data: data14 };
        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
      }
    }
    if (data.expect !== void 0) {
      let data15 = data.expect;
      if (Array.isArray(data15)) {
        if (data15.length > 8) {
          let err40 = { instancePath: instancePath + "/expect", schemaPath: "#/$defs/step/properties/expect/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items", schema: 8, parentSchema: schema67, data: data15 };
          vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
        }
        if (data15.length < 1) {
          let err41 = { instancePath: instancePath + "/expect", schemaPath: "#/$defs/step/properties/expect/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67, data: data15 };
          vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
        }
        let len3 = data15.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data16 = data15[i3];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.what === void 0) {
              let err42 = { instancePath: instancePath + "/expect/" + i3, schemaPath: "#/$defs/step/properties/expect/items/required", keyword: "required", params: { missingProperty: "what" }, message: "must have required property 'what'", schema: schema67.items.required, parentSchema: schema67.items, data: data16 };
              vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
            }
            if (data16.match === void 0) {
              let err43 = { instancePath: instancePath + "/expect/" + i3, schemaPath: "#/$defs/step/properties/expect/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema67.items.required, parentSchema: schema67.items, data: data16 };
              vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
            }
            if (data16.is === void 0) {
              let err44 = { instancePath: instancePath + "/expect/" + i3, schemaPath: "#/$defs/step/properties/expect/items/required", keyword: "required", params: { missingProperty: "is" }, message: "must have required property 'is'", schema: schema67.items.required, parentSchema: schema67.items, data: data16 };
              vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
            }
            for (let key4 in data16)
              if (!(key4 === "what" || key4 === "match" || key4 === "is")) {
                let err45 = { instancePath: instancePath + "/expect/" + i3, schemaPath: "#/$defs/step/properties/expect/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema67.items, data: data16 };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            if (data16.what !== void 0) {
              let data17 = data16.what;
              if (typeof data17 == "string") {
                if (func2(data17) > 200) {
                  let err46 = { instancePath: instancePath + "/expect/" + i3 + "/what", schemaPath: "#/$defs/step/properties/expect/items/properties/what/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema67.items.properties.what, data: data17 };
                  vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                }
                if (func2(data17) < 1) {
                  let err47 = { instancePath: instancePath + "/expect/" + i3 + "/what", schemaPath: "#/$defs/step/properties/expect/items/properties/what/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema67.items.properties.what, data: data17 };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
              } else {
                let err48 = { instancePath: instancePath + "/expect/" + i3 + "/what", schemaPath: "#/$defs/step/properties/expect/items/properties/what/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.items.properties.what.type, parentSchema: schema67.items.properties.what, data: data17 };
                vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
              }
            }
            if (data16.match !== void 0) {
              let data18 = data16.match;
              if (typeof data18 == "string") {
                if (func2(data18) > 400) {
                  let err49 = { instancePath: instancePath + "/expect/" + i3 + "/match", schemaPath: "#/$defs/step/properties/expect/items/properties/match/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema67.items.properties.match, data: data18 };
                  vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                }
                if (func2(data18) < 1) {
                  let err50 = { instancePath: instancePath + "/expect/" + i3 + "/match", schemaPath: "#/$defs/step/properties/expect/items/properties/match/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema67.items.properties.match, data: data18 };
                  vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                }
              } else {
                let err51 = { instancePath: instancePath + "/expect/" + i3 + "/match", schemaPath: "#/$defs/step/properties/expect/items/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.items.properties.match.type, parentSchema: schema67.items.properties.match, data: data18 };
                vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
              }
            }
            if (data16.is !== void 0) {
              let data19 = data16.is;
              if (typeof data19 == "string") {
                if (func2(data19) > 400) {
                  let err52 = { instancePath: instancePath + "/expect/" + i3 + "/is", schemaPath: "#/$defs/step/properties/expect/items/properties/is/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema67.items.properties.is, data: data19 };
                  vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                }
              } else {
                let err53 = { instancePath: instancePath + "/expect/" + i3 + "/is", schemaPath: "#/$defs/step/properties/expect/items/properties/is/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.items.properties.is.type, parentSchema: schema67.items.properties.is, data: data19 };
                vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
              }
            }
          } else {
            let err54 = { instancePath: instancePath + "/expect/" + i3, schemaPath: "#/$defs/step/properties/expect/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.items.type, parentSchema: schema67.items, data: data16 };
            vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
          }
        }
      } else {
        let err55 = { instancePath: instancePath + "/expect", schemaPath: "#/$defs/step/properties/expect/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.type, parentSchema: schema67, data: data15 };
        vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
      }
    }
    if (data.onlyIf !== void 0) {
      let data20 = data.onlyIf;
      if (Array.isArray(data20)) {
        if (data20.length < 1) {
          let err56 = { instancePath: instancePath + "/onlyIf", schemaPath: "#/$defs/step/properties/onlyIf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68, data: data20 };
          vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
        }
        let len4 = data20.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data21 = data20[i4];
          if (typeof data21 == "string") {
            if (func2(data21) > 400) {
              let err57 = { instancePath: instancePath + "/onlyIf/" + i4, schemaPath: "#/$defs/step/properties/onlyIf/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema68.items, data: data21 };
              vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
            }
            if (func2(data21) < 1) {
              let err58 = { instancePath: instancePath + "/onlyIf/" + i4, schemaPath: "#/$defs/step/properties/onlyIf/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.items, data: data21 };
              vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
            }
          } else {
            let err59 = { instancePath: instancePath + "/onlyIf/" + i4, schemaPath: "#/$defs/step/properties/onlyIf/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.items.type, parentSchema: schema68.items, data: data21 };
            vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
          }
        }
      } else {
        let err60 = { instancePath: instancePath + "/onlyIf", schemaPath: "#/$defs/step/properties/onlyIf/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.type, parentSchema: schema68, data: data20 };
        vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
      }
    }
  } else {
    let err61 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
  }
  return validate40.errors = vErrors, errors === 0;
}
validate40.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), Array.isArray(data)) {
    if (data.length > 32) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema57, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate40(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors), errors = vErrors.length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.type, parentSchema: schema57, data };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate39.errors = vErrors, errors === 0;
}
validate39.evaluated = { items: !0, dynamicProps: !1, dynamicItems: !1 };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema49.required, parentSchema: schema49, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema49.required, parentSchema: schema49, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.name === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema49.required, parentSchema: schema49, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.order === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "order" }, message: "must have required property 'order'", schema: schema49.required, parentSchema: schema49, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.components === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema49.required, parentSchema: schema49, data };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    for (let key0 in data)
      if (!func3.call(schema49.properties, key0)) {
        let err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema49, data };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 != "string") {
        let err6 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.$schema.type, parentSchema: schema49.properties.$schema, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if (data1 !== "rollgate/v1") {
        let err7 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "rollgate/v1" }, message: "must be equal to constant", schema: "rollgate/v1", parentSchema: schema49.properties.apiVersion, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (data2 !== "PolicyPack") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "PolicyPack" }, message: "must be equal to constant", schema: "PolicyPack", parentSchema: schema49.properties.kind, data: data2 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 == "string") {
        if (!pattern18.test(data3)) {
          let err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema49.properties.name, data: data3 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
      } else {
        let err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.name.type, parentSchema: schema49.properties.name, data: data3 };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (typeof data4 != "string") {
        let err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.description.type, parentSchema: schema49.properties.description, data: data4 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.datasource !== void 0) {
      let data5 = data.datasource;
      if (!(data5 === "snap-store" || data5 === "charmhub")) {
        let err12 = { instancePath: instancePath + "/datasource", schemaPath: "#/$defs/datasource/enum", keyword: "enum", params: { allowedValues: schema50.enum }, message: "must be equal to one of the allowed values", schema: schema50.enum, parentSchema: schema50, data: data5 };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.sources !== void 0) {
      let data6 = data.sources;
      if (Array.isArray(data6)) {
        let len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 != "string") {
            let err13 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.sources.items.type, parentSchema: schema49.properties.sources.items, data: data7 };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
      } else {
        let err14 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.sources.type, parentSchema: schema49.properties.sources, data: data6 };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.order !== void 0) {
      let data8 = data.order;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          let err15 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema49.properties.order, data: data8 };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
        let len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (typeof data9 == "string") {
            if (!pattern12.test(data9)) {
              let err16 = { instancePath: instancePath + "/order/" + i1, schemaPath: "#/properties/order/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema49.properties.order.items, data: data9 };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
          } else {
            let err17 = { instancePath: instancePath + "/order/" + i1, schemaPath: "#/properties/order/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.order.items.type, parentSchema: schema49.properties.order.items, data: data9 };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
        }
        let i2 = data8.length, j0;
        if (i2 > 1) {
          let indices0 = {};
          for (; i2--; ) {
            let item0 = data8[i2];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                let err18 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: !0, parentSchema: schema49.properties.order, data: data8 };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                break;
              }
              indices0[item0] = i2;
            }
          }
        }
      } else {
        let err19 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.order.type, parentSchema: schema49.properties.order, data: data8 };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.strictOrder !== void 0) {
      let data10 = data.strictOrder;
      if (typeof data10 != "boolean") {
        let err20 = { instancePath: instancePath + "/strictOrder", schemaPath: "#/properties/strictOrder/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.strictOrder.type, parentSchema: schema49.properties.strictOrder, data: data10 };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.members !== void 0) {
      let data11 = data.members;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (let key1 in data11)
          if (!(key1 === "min" || key1 === "max")) {
            let err21 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema49.properties.members, data: data11 };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        if (data11.min !== void 0) {
          let data12 = data11.min;
          if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
            let err22 = { instancePath: instancePath + "/members/min", schemaPath: "#/properties/members/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.members.properties.min.type, parentSchema: schema49.properties.members.properties.min, data: data12 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
          if (typeof data12 == "number" && isFinite(data12) && (data12 < 1 || isNaN(data12))) {
            let err23 = { instancePath: instancePath + "/members/min", schemaPath: "#/properties/members/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema49.properties.members.properties.min, data: data12 };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        }
        if (data11.max !== void 0) {
          let data13 = data11.max;
          if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
            let err24 = { instancePath: instancePath + "/members/max", schemaPath: "#/properties/members/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.members.properties.max.type, parentSchema: schema49.properties.members.properties.max, data: data13 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
          if (typeof data13 == "number" && isFinite(data13) && (data13 < 1 || isNaN(data13))) {
            let err25 = { instancePath: instancePath + "/members/max", schemaPath: "#/properties/members/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema49.properties.members.properties.max, data: data13 };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
      } else {
        let err26 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.members.type, parentSchema: schema49.properties.members, data: data11 };
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data14 = data.rules;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (let key2 in data14)
          if (!func3.call(schema51.properties, key2)) {
            let err27 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/severities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema51, data: data14 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        if (data14["yaml/syntax"] !== void 0) {
          let data15 = data14["yaml/syntax"];
          if (!(data15 === "error" || data15 === "warning" || data15 === "off")) {
            let err28 = { instancePath: instancePath + "/rules/yaml~1syntax", schemaPath: "#/$defs/severities/properties/yaml~1syntax/enum", keyword: "enum", params: { allowedValues: schema51.properties["yaml/syntax"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["yaml/syntax"].enum, parentSchema: schema51.properties["yaml/syntax"], data: data15 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
        if (data14.schema !== void 0) {
          let data16 = data14.schema;
          if (!(data16 === "error" || data16 === "warning" || data16 === "off")) {
            let err29 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/$defs/severities/properties/schema/enum", keyword: "enum", params: { allowedValues: schema51.properties.schema.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.schema.enum, parentSchema: schema51.properties.schema, data: data16 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        }
        if (data14["order/requires"] !== void 0) {
          let data17 = data14["order/requires"];
          if (!(data17 === "error" || data17 === "warning" || data17 === "off")) {
            let err30 = { instancePath: instancePath + "/rules/order~1requires", schemaPath: "#/$defs/severities/properties/order~1requires/enum", keyword: "enum", params: { allowedValues: schema51.properties["order/requires"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["order/requires"].enum, parentSchema: schema51.properties["order/requires"], data: data17 };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        }
        if (data14["order/promotion"] !== void 0) {
          let data18 = data14["order/promotion"];
          if (!(data18 === "error" || data18 === "warning" || data18 === "off")) {
            let err31 = { instancePath: instancePath + "/rules/order~1promotion", schemaPath: "#/$defs/severities/properties/order~1promotion/enum", keyword: "enum", params: { allowedValues: schema51.properties["order/promotion"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["order/promotion"].enum, parentSchema: schema51.properties["order/promotion"], data: data18 };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
        if (data14["order/transition"] !== void 0) {
          let data19 = data14["order/transition"];
          if (!(data19 === "error" || data19 === "warning" || data19 === "off")) {
            let err32 = { instancePath: instancePath + "/rules/order~1transition", schemaPath: "#/$defs/severities/properties/order~1transition/enum", keyword: "enum", params: { allowedValues: schema51.properties["order/transition"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["order/transition"].enum, parentSchema: schema51.properties["order/transition"], data: data19 };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        }
        if (data14["skew/jump"] !== void 0) {
          let data20 = data14["skew/jump"];
          if (!(data20 === "error" || data20 === "warning" || data20 === "off")) {
            let err33 = { instancePath: instancePath + "/rules/skew~1jump", schemaPath: "#/$defs/severities/properties/skew~1jump/enum", keyword: "enum", params: { allowedValues: schema51.properties["skew/jump"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["skew/jump"].enum, parentSchema: schema51.properties["skew/jump"], data: data20 };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        }
        if (data14["skew/downgrade"] !== void 0) {
          let data21 = data14["skew/downgrade"];
          if (!(data21 === "error" || data21 === "warning" || data21 === "off")) {
            let err34 = { instancePath: instancePath + "/rules/skew~1downgrade", schemaPath: "#/$defs/severities/properties/skew~1downgrade/enum", keyword: "enum", params: { allowedValues: schema51.properties["skew/downgrade"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["skew/downgrade"].enum, parentSchema: schema51.properties["skew/downgrade"], data: data21 };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
        }
        if (data14["skew/major"] !== void 0) {
          let data22 = data14["skew/major"];
          if (!(data22 === "error" || data22 === "warning" || data22 === "off")) {
            let err35 = { instancePath: instancePath + "/rules/skew~1major", schemaPath: "#/$defs/severities/properties/skew~1major/enum", keyword: "enum", params: { allowedValues: schema51.properties["skew/major"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["skew/major"].enum, parentSchema: schema51.properties["skew/major"], data: data22 };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        }
        if (data14["skew/members"] !== void 0) {
          let data23 = data14["skew/members"];
          if (!(data23 === "error" || data23 === "warning" || data23 === "off")) {
            let err36 = { instancePath: instancePath + "/rules/skew~1members", schemaPath: "#/$defs/severities/properties/skew~1members/enum", keyword: "enum", params: { allowedValues: schema51.properties["skew/members"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["skew/members"].enum, parentSchema: schema51.properties["skew/members"], data: data23 };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
        }
        if (data14["skew/components"] !== void 0) {
          let data24 = data14["skew/components"];
          if (!(data24 === "error" || data24 === "warning" || data24 === "off")) {
            let err37 = { instancePath: instancePath + "/rules/skew~1components", schemaPath: "#/$defs/severities/properties/skew~1components/enum", keyword: "enum", params: { allowedValues: schema51.properties["skew/components"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["skew/components"].enum, parentSchema: schema51.properties["skew/components"], data: data24 };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
        }
        if (data14["channel/risk"] !== void 0) {
          let data25 = data14["channel/risk"];
          if (!(data25 === "error" || data25 === "warning" || data25 === "off")) {
            let err38 = { instancePath: instancePath + "/rules/channel~1risk", schemaPath: "#/$defs/severities/properties/channel~1risk/enum", keyword: "enum", params: { allowedValues: schema51.properties["channel/risk"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["channel/risk"].enum, parentSchema: schema51.properties["channel/risk"], data: data25 };
            vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
          }
        }
        if (data14["channel/eol"] !== void 0) {
          let data26 = data14["channel/eol"];
          if (!(data26 === "error" || data26 === "warning" || data26 === "off")) {
            let err39 = { instancePath: instancePath + "/rules/channel~1eol", schemaPath: "#/$defs/severities/properties/channel~1eol/enum", keyword: "enum", params: { allowedValues: schema51.properties["channel/eol"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["channel/eol"].enum, parentSchema: schema51.properties["channel/eol"], data: data26 };
            vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
          }
        }
        if (data14["channel/blocked"] !== void 0) {
          let data27 = data14["channel/blocked"];
          if (!(data27 === "error" || data27 === "warning" || data27 === "off")) {
            let err40 = { instancePath: instancePath + "/rules/channel~1blocked", schemaPath: "#/$defs/severities/properties/channel~1blocked/enum", keyword: "enum", params: { allowedValues: schema51.properties["channel/blocked"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["channel/blocked"].enum, parentSchema: schema51.properties["channel/blocked"], data: data27 };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
        }
        if (data14["hold/required"] !== void 0) {
          let data28 = data14["hold/required"];
          if (!(data28 === "error" || data28 === "warning" || data28 === "off")) {
            let err41 = { instancePath: instancePath + "/rules/hold~1required", schemaPath: "#/$defs/severities/properties/hold~1required/enum", keyword: "enum", params: { allowedValues: schema51.properties["hold/required"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["hold/required"].enum, parentSchema: schema51.properties["hold/required"], data: data28 };
            vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
          }
        }
        if (data14["hold/freeze"] !== void 0) {
          let data29 = data14["hold/freeze"];
          if (!(data29 === "error" || data29 === "warning" || data29 === "off")) {
            let err42 = { instancePath: instancePath + "/rules/hold~1freeze", schemaPath: "#/$defs/severities/properties/hold~1freeze/enum", keyword: "enum", params: { allowedValues: schema51.properties["hold/freeze"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["hold/freeze"].enum, parentSchema: schema51.properties["hold/freeze"], data: data29 };
            vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
          }
        }
        if (data14["cohort/required"] !== void 0) {
          let data30 = data14["cohort/required"];
          if (!(data30 === "error" || data30 === "warning" || data30 === "off")) {
            let err43 = { instancePath: instancePath + "/rules/cohort~1required", schemaPath: "#/$defs/severities/properties/cohort~1required/enum", keyword: "enum", params: { allowedValues: schema51.properties["cohort/required"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["cohort/required"].enum, parentSchema: schema51.properties["cohort/required"], data: data30 };
            vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
          }
        }
        if (data14["pins/conflict"] !== void 0) {
          let data31 = data14["pins/conflict"];
          if (!(data31 === "error" || data31 === "warning" || data31 === "off")) {
            let err44 = { instancePath: instancePath + "/rules/pins~1conflict", schemaPath: "#/$defs/severities/properties/pins~1conflict/enum", keyword: "enum", params: { allowedValues: schema51.properties["pins/conflict"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["pins/conflict"].enum, parentSchema: schema51.properties["pins/conflict"], data: data31 };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
        }
        if (data14["policy/changed"] !== void 0) {
          let data32 = data14["policy/changed"];
          if (!(data32 === "error" || data32 === "warning" || data32 === "off")) {
            let err45 = { instancePath: instancePath + "/rules/policy~1changed", schemaPath: "#/$defs/severities/properties/policy~1changed/enum", keyword: "enum", params: { allowedValues: schema51.properties["policy/changed"].enum }, message: "must be equal to one of the allowed values", schema: schema51.properties["policy/changed"].enum, parentSchema: schema51.properties["policy/changed"], data: data32 };
            vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
          }
        }
      } else {
        let err46 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/severities/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data: data14 };
        vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
      }
    }
    if (data.components !== void 0) {
      let data33 = data.components;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        if (Object.keys(data33).length < 1) {
          let err47 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema49.properties.components, data: data33 };
          vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
        }
        for (let key3 in data33) {
          let _errs53 = errors;
          if (typeof key3 == "string") {
            if (!pattern12.test(key3)) {
              let err48 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema49.properties.components.propertyNames, data: key3, propertyName: key3 };
              vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
            }
          } else {
            let err49 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.components.propertyNames.type, parentSchema: schema49.properties.components.propertyNames, data: key3, propertyName: key3 };
            vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
          }
          var valid10 = _errs53 === errors;
          if (!valid10) {
            let err50 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema49.properties.components.propertyNames, parentSchema: schema49.properties.components, data: data33 };
            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
          }
        }
        for (let key4 in data33)
          validate32(data33[key4], { instancePath: instancePath + "/components/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data33, parentDataProperty: key4, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors), errors = vErrors.length);
      } else {
        let err51 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.components.type, parentSchema: schema49.properties.components, data: data33 };
        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
      }
    }
    if (data.rollout !== void 0) {
      let data35 = data.rollout;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        for (let key5 in data35)
          if (!(key5 === "pauseAfterMember" || key5 === "pins" || key5 === "first" || key5 === "finally" || key5 === "rollback")) {
            let err52 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema49.properties.rollout, data: data35 };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
        if (data35.pauseAfterMember !== void 0) {
          let data36 = data35.pauseAfterMember;
          if (!(data36 === "first" || data36 === "all" || data36 === "none")) {
            let err53 = { instancePath: instancePath + "/rollout/pauseAfterMember", schemaPath: "#/properties/rollout/properties/pauseAfterMember/enum", keyword: "enum", params: { allowedValues: schema49.properties.rollout.properties.pauseAfterMember.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.rollout.properties.pauseAfterMember.enum, parentSchema: schema49.properties.rollout.properties.pauseAfterMember, data: data36 };
            vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
          }
        }
        if (data35.pins !== void 0) {
          let data37 = data35.pins;
          if (!(data37 === "snap" || data37 === "none")) {
            let err54 = { instancePath: instancePath + "/rollout/pins", schemaPath: "#/properties/rollout/properties/pins/enum", keyword: "enum", params: { allowedValues: schema49.properties.rollout.properties.pins.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.rollout.properties.pins.enum, parentSchema: schema49.properties.rollout.properties.pins, data: data37 };
            vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
          }
        }
        if (data35.first !== void 0 && (validate39(data35.first, { instancePath: instancePath + "/rollout/first", parentData: data35, parentDataProperty: "first", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors), errors = vErrors.length)), data35.finally !== void 0 && (validate39(data35.finally, { instancePath: instancePath + "/rollout/finally", parentData: data35, parentDataProperty: "finally", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors), errors = vErrors.length)), data35.rollback !== void 0) {
          let data40 = data35.rollback, _errs65 = errors, valid13 = !1, passing0 = null, _errs66 = errors;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.supported === void 0) {
              let err55 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/0/required", keyword: "required", params: { missingProperty: "supported" }, message: "must have required property 'supported'", schema: schema49.properties.rollout.properties.rollback.oneOf[0].required, parentSchema: schema49.properties.rollout.properties.rollback.oneOf[0], data: data40 };
              vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
            }
            for (let key6 in data40)
              if (key6 !== "supported") {
                let err56 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema49.properties.rollout.properties.rollback.oneOf[0], data: data40 };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
            if (data40.supported !== void 0) {
              let data41 = data40.supported;
              if (data41 !== !0) {
                let err57 = { instancePath: instancePath + "/rollout/rollback/supported", schemaPath: "#/properties/rollout/properties/rollback/oneOf/0/properties/supported/const", keyword: "const", params: { allowedValue: !0 }, message: "must be equal to constant", schema: !0, parentSchema: schema49.properties.rollout.properties.rollback.oneOf[0].properties.supported, data: data41 };
                vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
              }
            }
          } else {
            let err58 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.rollout.properties.rollback.oneOf[0].type, parentSchema: schema49.properties.rollout.properties.rollback.oneOf[0], data: data40 };
            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
          }
          var _valid0 = _errs66 === errors;
          if (_valid0) {
            valid13 = !0, passing0 = 0;
            var props0 = !0;
          }
          let _errs70 = errors;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.supported === void 0) {
              let err59 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/required", keyword: "required", params: { missingProperty: "supported" }, message: "must have required property 'supported'", schema: schema49.properties.rollout.properties.rollback.oneOf[1].required, parentSchema: schema49.properties.rollout.properties.rollback.oneOf[1], data: data40 };
              vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
            }
            if (data40.statement === void 0) {
              let err60 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/required", keyword: "required", params: { missingProperty: "statement" }, message: "must have required property 'statement'", schema: schema49.properties.rollout.properties.rollback.oneOf[1].required, parentSchema: schema49.properties.rollout.properties.rollback.oneOf[1], data: data40 };
              vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
            }
            for (let key7 in data40)
              if (!(key7 === "supported" || key7 === "statement")) {
                let err61 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema49.properties.rollout.properties.rollback.oneOf[1], data: data40 };
                vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
              }
            if (data40.supported !== void 0) {
              let data42 = data40.supported;
              if (data42 !== !1) {
                let err62 = { instancePath: instancePath + "/rollout/rollback/supported", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/properties/supported/const", keyword: "const", params: { allowedValue: !1 }, message: "must be equal to constant", schema: !1, parentSchema: schema49.properties.rollout.properties.rollback.oneOf[1].properties.supported, data: data42 };
                vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
              }
            }
            if (data40.statement !== void 0) {
              let data43 = data40.statement;
              if (typeof data43 == "string") {
                if (func2(data43) < 1) {
                  let err63 = { instancePath: instancePath + "/rollout/rollback/statement", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/properties/statement/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.rollout.properties.rollback.oneOf[1].properties.statement, data: data43 };
                  vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                }
              } else {
                let err64 = { instancePath: instancePath + "/rollout/rollback/statement", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/properties/statement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.rollout.properties.rollback.oneOf[1].properties.statement.type, parentSchema: schema49.properties.rollout.properties.rollback.oneOf[1].properties.statement, data: data43 };
                vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
              }
            }
          } else {
            let err65 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.rollout.properties.rollback.oneOf[1].type, parentSchema: schema49.properties.rollout.properties.rollback.oneOf[1], data: data40 };
            vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
          }
          var _valid0 = _errs70 === errors;
          if (_valid0 && valid13 ? (valid13 = !1, passing0 = [passing0, 1]) : _valid0 && (valid13 = !0, passing0 = 1, props0 !== !0 && (props0 = !0)), valid13)
            errors = _errs65, vErrors !== null && (_errs65 ? vErrors.length = _errs65 : vErrors = null);
          else {
            let err66 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema49.properties.rollout.properties.rollback.oneOf, parentSchema: schema49.properties.rollout.properties.rollback, data: data40 };
            vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
          }
        }
      } else {
        let err67 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.rollout.type, parentSchema: schema49.properties.rollout, data: data35 };
        vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
      }
    }
  } else {
    let err68 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
  }
  return validate31.errors = vErrors, errors === 0;
}
validate31.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
var snapInfo = validate44, schema69 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/rollgate/rollgate/src/datasource/snap-info.schema.json", title: "Snap Store info answer", description: "The part of GET /v2/snaps/info/<snap> (fields=revision,version) that rollgate reads; the rest of the answer is ignored. Shape: https://api.snapcraft.io/docs/info.html and snapd's store/store_info.go (storeInfo, storeInfoChannelSnap, storeInfoChannel).", type: "object", required: ["channel-map"], properties: { name: { type: "string", maxLength: 128 }, "channel-map": { type: "array", maxItems: 2e4, items: { type: "object", required: ["channel", "revision", "version"], properties: { channel: { type: "object", required: ["track", "risk", "architecture"], properties: { name: { type: "string", maxLength: 200 }, track: { $ref: "#/$defs/track" }, risk: { $ref: "#/$defs/risk" }, architecture: { $ref: "#/$defs/architecture" }, "released-at": { anyOf: [{ type: "null" }, { $ref: "#/$defs/moment" }] } } }, revision: { $ref: "#/$defs/revision" }, version: { $ref: "#/$defs/version" } } } } }, $defs: { track: { description: "A channel's track, as a manifest's channel can name it.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$" }, risk: { description: "A channel's risk.", enum: ["stable", "candidate", "beta", "edge"] }, architecture: { description: "An architecture name (amd64, arm64, ...), or all.", type: "string", pattern: "^[a-z0-9][a-z0-9_-]{0,31}$" }, revision: { description: "A store revision: a positive integer.", type: "integer", minimum: 1, maximum: 4294967295 }, moment: { description: "When a revision was released to the channel: an ISO 8601 date and time, shown to people only.", type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$" }, version: { description: "The publisher's version string: shown to people, never run; no control characters.", type: "string", maxLength: 256, pattern: "^[^\\u0000-\\u001f\\u007f]*$" } } }, schema70 = { description: "A channel's track, as a manifest's channel can name it.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$" }, schema71 = { description: "A channel's risk.", enum: ["stable", "candidate", "beta", "edge"] }, schema72 = { description: "An architecture name (amd64, arm64, ...), or all.", type: "string", pattern: "^[a-z0-9][a-z0-9_-]{0,31}$" }, schema73 = { description: "When a revision was released to the channel: an ISO 8601 date and time, shown to people only.", type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$" }, schema74 = { description: "A store revision: a positive integer.", type: "integer", minimum: 1, maximum: 4294967295 }, schema75 = { description: "The publisher's version string: shown to people, never run; no control characters.", type: "string", maxLength: 256, pattern: "^[^\\u0000-\\u001f\\u007f]*$" }, pattern33 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$", "u"), pattern34 = new RegExp("^[a-z0-9][a-z0-9_-]{0,31}$", "u"), pattern35 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$", "u"), pattern36 = new RegExp("^[^\\u0000-\\u001f\\u007f]*$", "u");
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data["channel-map"] === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "channel-map" }, message: "must have required property 'channel-map'", schema: schema69.required, parentSchema: schema69, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (func2(data0) > 128) {
          let err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema69.properties.name, data: data0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.name.type, parentSchema: schema69.properties.name, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data["channel-map"] !== void 0) {
      let data1 = data["channel-map"];
      if (Array.isArray(data1)) {
        if (data1.length > 2e4) {
          let err3 = { instancePath: instancePath + "/channel-map", schemaPath: "#/properties/channel-map/maxItems", keyword: "maxItems", params: { limit: 2e4 }, message: "must NOT have more than 20000 items", schema: 2e4, parentSchema: schema69.properties["channel-map"], data: data1 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.channel === void 0) {
              let err4 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property 'channel'", schema: schema69.properties["channel-map"].items.required, parentSchema: schema69.properties["channel-map"].items, data: data2 };
              vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
            }
            if (data2.revision === void 0) {
              let err5 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/required", keyword: "required", params: { missingProperty: "revision" }, message: "must have required property 'revision'", schema: schema69.properties["channel-map"].items.required, parentSchema: schema69.properties["channel-map"].items, data: data2 };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
            if (data2.version === void 0) {
              let err6 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema69.properties["channel-map"].items.required, parentSchema: schema69.properties["channel-map"].items, data: data2 };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
            if (data2.channel !== void 0) {
              let data3 = data2.channel;
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                if (data3.track === void 0) {
                  let err7 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/required", keyword: "required", params: { missingProperty: "track" }, message: "must have required property 'track'", schema: schema69.properties["channel-map"].items.properties.channel.required, parentSchema: schema69.properties["channel-map"].items.properties.channel, data: data3 };
                  vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                }
                if (data3.risk === void 0) {
                  let err8 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'", schema: schema69.properties["channel-map"].items.properties.channel.required, parentSchema: schema69.properties["channel-map"].items.properties.channel, data: data3 };
                  vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                }
                if (data3.architecture === void 0) {
                  let err9 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'", schema: schema69.properties["channel-map"].items.properties.channel.required, parentSchema: schema69.properties["channel-map"].items.properties.channel, data: data3 };
                  vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                }
                if (data3.name !== void 0) {
                  let data4 = data3.name;
                  if (typeof data4 == "string") {
                    if (func2(data4) > 200) {
                      let err10 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/name", schemaPath: "#/properties/channel-map/items/properties/channel/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema69.properties["channel-map"].items.properties.channel.properties.name, data: data4 };
                      vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                    }
                  } else {
                    let err11 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/name", schemaPath: "#/properties/channel-map/items/properties/channel/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties["channel-map"].items.properties.channel.properties.name.type, parentSchema: schema69.properties["channel-map"].items.properties.channel.properties.name, data: data4 };
                    vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                  }
                }
                if (data3.track !== void 0) {
                  let data5 = data3.track;
                  if (typeof data5 == "string") {
                    if (!pattern33.test(data5)) {
                      let err12 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/track", schemaPath: "#/$defs/track/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$", parentSchema: schema70, data: data5 };
                      vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                    }
                  } else {
                    let err13 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/track", schemaPath: "#/$defs/track/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.type, parentSchema: schema70, data: data5 };
                    vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                  }
                }
                if (data3.risk !== void 0) {
                  let data6 = data3.risk;
                  if (!(data6 === "stable" || data6 === "candidate" || data6 === "beta" || data6 === "edge")) {
                    let err14 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/risk", schemaPath: "#/$defs/risk/enum", keyword: "enum", params: { allowedValues: schema71.enum }, message: "must be equal to one of the allowed values", schema: schema71.enum, parentSchema: schema71, data: data6 };
                    vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                  }
                }
                if (data3.architecture !== void 0) {
                  let data7 = data3.architecture;
                  if (typeof data7 == "string") {
                    if (!pattern34.test(data7)) {
                      let err15 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/architecture", schemaPath: "#/$defs/architecture/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,31}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,31}$"', schema: "^[a-z0-9][a-z0-9_-]{0,31}$", parentSchema: schema72, data: data7 };
                      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                    }
                  } else {
                    let err16 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/architecture", schemaPath: "#/$defs/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.type, parentSchema: schema72, data: data7 };
                    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                  }
                }
                if (data3["released-at"] !== void 0) {
                  let data8 = data3["released-at"], _errs20 = errors, valid8 = !1, _errs21 = errors;
                  if (data8 !== null) {
                    let err17 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "#/properties/channel-map/items/properties/channel/properties/released-at/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema69.properties["channel-map"].items.properties.channel.properties["released-at"].anyOf[0].type, parentSchema: schema69.properties["channel-map"].items.properties.channel.properties["released-at"].anyOf[0], data: data8 };
                    vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                  }
                  var _valid0 = _errs21 === errors;
                  valid8 = valid8 || _valid0;
                  let _errs23 = errors;
                  if (typeof data8 == "string") {
                    if (!pattern35.test(data8)) {
                      let err18 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "#/$defs/moment/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$", parentSchema: schema73, data: data8 };
                      vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                    }
                  } else {
                    let err19 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "#/$defs/moment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.type, parentSchema: schema73, data: data8 };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
                  var _valid0 = _errs23 === errors;
                  if (valid8 = valid8 || _valid0, valid8)
                    errors = _errs20, vErrors !== null && (_errs20 ? vErrors.length = _errs20 : vErrors = null);
                  else {
                    let err20 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "#/properties/channel-map/items/properties/channel/properties/released-at/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema69.properties["channel-map"].items.properties.channel.properties["released-at"].anyOf, parentSchema: schema69.properties["channel-map"].items.properties.channel.properties["released-at"], data: data8 };
                    vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                  }
                }
              } else {
                let err21 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.properties["channel-map"].items.properties.channel.type, parentSchema: schema69.properties["channel-map"].items.properties.channel, data: data3 };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            }
            if (data2.revision !== void 0) {
              let data9 = data2.revision;
              if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                let err22 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision", schemaPath: "#/$defs/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema74.type, parentSchema: schema74, data: data9 };
                vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 > 4294967295 || isNaN(data9)) {
                  let err23 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision", schemaPath: "#/$defs/revision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema74, data: data9 };
                  vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                }
                if (data9 < 1 || isNaN(data9)) {
                  let err24 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision", schemaPath: "#/$defs/revision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema74, data: data9 };
                  vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                }
              }
            }
            if (data2.version !== void 0) {
              let data10 = data2.version;
              if (typeof data10 == "string") {
                if (func2(data10) > 256) {
                  let err25 = { instancePath: instancePath + "/channel-map/" + i0 + "/version", schemaPath: "#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema75, data: data10 };
                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                }
                if (!pattern36.test(data10)) {
                  let err26 = { instancePath: instancePath + "/channel-map/" + i0 + "/version", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]*$"', schema: "^[^\\u0000-\\u001f\\u007f]*$", parentSchema: schema75, data: data10 };
                  vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                }
              } else {
                let err27 = { instancePath: instancePath + "/channel-map/" + i0 + "/version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.type, parentSchema: schema75, data: data10 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
            }
          } else {
            let err28 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.properties["channel-map"].items.type, parentSchema: schema69.properties["channel-map"].items, data: data2 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
      } else {
        let err29 = { instancePath: instancePath + "/channel-map", schemaPath: "#/properties/channel-map/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema69.properties["channel-map"].type, parentSchema: schema69.properties["channel-map"], data: data1 };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
    }
  } else {
    let err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.type, parentSchema: schema69, data };
    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
  }
  return validate44.errors = vErrors, errors === 0;
}
validate44.evaluated = { props: { name: !0, "channel-map": !0 }, dynamicProps: !1, dynamicItems: !1 };
var charmInfo = validate45, schema76 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/rollgate/rollgate/src/datasource/charm-info.schema.json", title: "Charmhub info answer", description: "The part of GET /v2/charms/info/<charm> (fields=channel-map.revision.revision,channel-map.revision.version) that rollgate reads; the rest is ignored. Shape: https://api.snapcraft.io/docs/charms.html (charm_info) and juju's charmhub/transport/info.go and common.go (InfoChannelMap, Channel, Base).", type: "object", required: ["channel-map"], properties: { name: { type: "string", maxLength: 128 }, "channel-map": { type: "array", maxItems: 2e4, items: { type: "object", required: ["channel", "revision"], properties: { channel: { type: "object", required: ["track", "risk", "base"], properties: { name: { type: "string", maxLength: 200 }, track: { $ref: "snap-info.schema.json#/$defs/track" }, risk: { $ref: "snap-info.schema.json#/$defs/risk" }, base: { type: "object", required: ["architecture"], properties: { architecture: { $ref: "snap-info.schema.json#/$defs/architecture" }, name: { type: "string", maxLength: 64 }, channel: { type: "string", maxLength: 64 } } }, "released-at": { anyOf: [{ type: "null" }, { $ref: "snap-info.schema.json#/$defs/moment" }] } } }, revision: { type: "object", required: ["revision"], properties: { revision: { $ref: "snap-info.schema.json#/$defs/revision" }, version: { $ref: "snap-info.schema.json#/$defs/version" } } } } } } } };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data["channel-map"] === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "channel-map" }, message: "must have required property 'channel-map'", schema: schema76.required, parentSchema: schema76, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (func2(data0) > 128) {
          let err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema76.properties.name, data: data0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.name.type, parentSchema: schema76.properties.name, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data["channel-map"] !== void 0) {
      let data1 = data["channel-map"];
      if (Array.isArray(data1)) {
        if (data1.length > 2e4) {
          let err3 = { instancePath: instancePath + "/channel-map", schemaPath: "#/properties/channel-map/maxItems", keyword: "maxItems", params: { limit: 2e4 }, message: "must NOT have more than 20000 items", schema: 2e4, parentSchema: schema76.properties["channel-map"], data: data1 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.channel === void 0) {
              let err4 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property 'channel'", schema: schema76.properties["channel-map"].items.required, parentSchema: schema76.properties["channel-map"].items, data: data2 };
              vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
            }
            if (data2.revision === void 0) {
              let err5 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/required", keyword: "required", params: { missingProperty: "revision" }, message: "must have required property 'revision'", schema: schema76.properties["channel-map"].items.required, parentSchema: schema76.properties["channel-map"].items, data: data2 };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
            if (data2.channel !== void 0) {
              let data3 = data2.channel;
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                if (data3.track === void 0) {
                  let err6 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/required", keyword: "required", params: { missingProperty: "track" }, message: "must have required property 'track'", schema: schema76.properties["channel-map"].items.properties.channel.required, parentSchema: schema76.properties["channel-map"].items.properties.channel, data: data3 };
                  vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
                }
                if (data3.risk === void 0) {
                  let err7 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'", schema: schema76.properties["channel-map"].items.properties.channel.required, parentSchema: schema76.properties["channel-map"].items.properties.channel, data: data3 };
                  vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                }
                if (data3.base === void 0) {
                  let err8 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'", schema: schema76.properties["channel-map"].items.properties.channel.required, parentSchema: schema76.properties["channel-map"].items.properties.channel, data: data3 };
                  vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                }
                if (data3.name !== void 0) {
                  let data4 = data3.name;
                  if (typeof data4 == "string") {
                    if (func2(data4) > 200) {
                      let err9 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/name", schemaPath: "#/properties/channel-map/items/properties/channel/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema76.properties["channel-map"].items.properties.channel.properties.name, data: data4 };
                      vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                    }
                  } else {
                    let err10 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/name", schemaPath: "#/properties/channel-map/items/properties/channel/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties["channel-map"].items.properties.channel.properties.name.type, parentSchema: schema76.properties["channel-map"].items.properties.channel.properties.name, data: data4 };
                    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                  }
                }
                if (data3.track !== void 0) {
                  let data5 = data3.track;
                  if (typeof data5 == "string") {
                    if (!pattern33.test(data5)) {
                      let err11 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/track", schemaPath: "snap-info.schema.json#/$defs/track/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$", parentSchema: schema70, data: data5 };
                      vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                    }
                  } else {
                    let err12 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/track", schemaPath: "snap-info.schema.json#/$defs/track/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.type, parentSchema: schema70, data: data5 };
                    vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                  }
                }
                if (data3.risk !== void 0) {
                  let data6 = data3.risk;
                  if (!(data6 === "stable" || data6 === "candidate" || data6 === "beta" || data6 === "edge")) {
                    let err13 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/risk", schemaPath: "snap-info.schema.json#/$defs/risk/enum", keyword: "enum", params: { allowedValues: schema71.enum }, message: "must be equal to one of the allowed values", schema: schema71.enum, parentSchema: schema71, data: data6 };
                    vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                  }
                }
                if (data3.base !== void 0) {
                  let data7 = data3.base;
                  if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                    if (data7.architecture === void 0) {
                      let err14 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base", schemaPath: "#/properties/channel-map/items/properties/channel/properties/base/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'", schema: schema76.properties["channel-map"].items.properties.channel.properties.base.required, parentSchema: schema76.properties["channel-map"].items.properties.channel.properties.base, data: data7 };
                      vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                    }
                    if (data7.architecture !== void 0) {
                      let data8 = data7.architecture;
                      if (typeof data8 == "string") {
                        if (!pattern34.test(data8)) {
                          let err15 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base/architecture", schemaPath: "snap-info.schema.json#/$defs/architecture/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,31}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,31}$"', schema: "^[a-z0-9][a-z0-9_-]{0,31}$", parentSchema: schema72, data: data8 };
                          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                        }
                      } else {
                        let err16 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base/architecture", schemaPath: "snap-info.schema.json#/$defs/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.type, parentSchema: schema72, data: data8 };
                        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                      }
                    }
                    if (data7.name !== void 0) {
                      let data9 = data7.name;
                      if (typeof data9 == "string") {
                        if (func2(data9) > 64) {
                          let err17 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base/name", schemaPath: "#/properties/channel-map/items/properties/channel/properties/base/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema76.properties["channel-map"].items.properties.channel.properties.base.properties.name, data: data9 };
                          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                        }
                      } else {
                        let err18 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base/name", schemaPath: "#/properties/channel-map/items/properties/channel/properties/base/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties["channel-map"].items.properties.channel.properties.base.properties.name.type, parentSchema: schema76.properties["channel-map"].items.properties.channel.properties.base.properties.name, data: data9 };
                        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                      }
                    }
                    if (data7.channel !== void 0) {
                      let data10 = data7.channel;
                      if (typeof data10 == "string") {
                        if (func2(data10) > 64) {
                          let err19 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base/channel", schemaPath: "#/properties/channel-map/items/properties/channel/properties/base/properties/channel/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema76.properties["channel-map"].items.properties.channel.properties.base.properties.channel, data: data10 };
                          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                        }
                      } else {
                        let err20 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base/channel", schemaPath: "#/properties/channel-map/items/properties/channel/properties/base/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties["channel-map"].items.properties.channel.properties.base.properties.channel.type, parentSchema: schema76.properties["channel-map"].items.properties.channel.properties.base.properties.channel, data: data10 };
                        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                      }
                    }
                  } else {
                    let err21 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base", schemaPath: "#/properties/channel-map/items/properties/channel/properties/base/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties["channel-map"].items.properties.channel.properties.base.type, parentSchema: schema76.properties["channel-map"].items.properties.channel.properties.base, data: data7 };
                    vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                  }
                }
                if (data3["released-at"] !== void 0) {
                  let data11 = data3["released-at"], _errs26 = errors, valid9 = !1, _errs27 = errors;
                  if (data11 !== null) {
                    let err22 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "#/properties/channel-map/items/properties/channel/properties/released-at/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema76.properties["channel-map"].items.properties.channel.properties["released-at"].anyOf[0].type, parentSchema: schema76.properties["channel-map"].items.properties.channel.properties["released-at"].anyOf[0], data: data11 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                  var _valid0 = _errs27 === errors;
                  valid9 = valid9 || _valid0;
                  let _errs29 = errors;
                  if (typeof data11 == "string") {
                    if (!pattern35.test(data11)) {
                      let err23 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "snap-info.schema.json#/$defs/moment/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$", parentSchema: schema73, data: data11 };
                      vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                    }
                  } else {
                    let err24 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "snap-info.schema.json#/$defs/moment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.type, parentSchema: schema73, data: data11 };
                    vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                  }
                  var _valid0 = _errs29 === errors;
                  if (valid9 = valid9 || _valid0, valid9)
                    errors = _errs26, vErrors !== null && (_errs26 ? vErrors.length = _errs26 : vErrors = null);
                  else {
                    let err25 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "#/properties/channel-map/items/properties/channel/properties/released-at/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema76.properties["channel-map"].items.properties.channel.properties["released-at"].anyOf, parentSchema: schema76.properties["channel-map"].items.properties.channel.properties["released-at"], data: data11 };
                    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                  }
                }
              } else {
                let err26 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties["channel-map"].items.properties.channel.type, parentSchema: schema76.properties["channel-map"].items.properties.channel, data: data3 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
            if (data2.revision !== void 0) {
              let data12 = data2.revision;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.revision === void 0) {
                  let err27 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision", schemaPath: "#/properties/channel-map/items/properties/revision/required", keyword: "required", params: { missingProperty: "revision" }, message: "must have required property 'revision'", schema: schema76.properties["channel-map"].items.properties.revision.required, parentSchema: schema76.properties["channel-map"].items.properties.revision, data: data12 };
                  vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                }
                if (data12.revision !== void 0) {
                  let data13 = data12.revision;
                  if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
                    let err28 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision/revision", schemaPath: "snap-info.schema.json#/$defs/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema74.type, parentSchema: schema74, data: data13 };
                    vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                  }
                  if (typeof data13 == "number" && isFinite(data13)) {
                    if (data13 > 4294967295 || isNaN(data13)) {
                      let err29 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision/revision", schemaPath: "snap-info.schema.json#/$defs/revision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema74, data: data13 };
                      vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                    }
                    if (data13 < 1 || isNaN(data13)) {
                      let err30 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision/revision", schemaPath: "snap-info.schema.json#/$defs/revision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema74, data: data13 };
                      vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                    }
                  }
                }
                if (data12.version !== void 0) {
                  let data14 = data12.version;
                  if (typeof data14 == "string") {
                    if (func2(data14) > 256) {
                      let err31 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision/version", schemaPath: "snap-info.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema75, data: data14 };
                      vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                    }
                    if (!pattern36.test(data14)) {
                      let err32 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision/version", schemaPath: "snap-info.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]*$"', schema: "^[^\\u0000-\\u001f\\u007f]*$", parentSchema: schema75, data: data14 };
                      vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                    }
                  } else {
                    let err33 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision/version", schemaPath: "snap-info.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.type, parentSchema: schema75, data: data14 };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                }
              } else {
                let err34 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision", schemaPath: "#/properties/channel-map/items/properties/revision/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties["channel-map"].items.properties.revision.type, parentSchema: schema76.properties["channel-map"].items.properties.revision, data: data12 };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
          } else {
            let err35 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties["channel-map"].items.type, parentSchema: schema76.properties["channel-map"].items, data: data2 };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        }
      } else {
        let err36 = { instancePath: instancePath + "/channel-map", schemaPath: "#/properties/channel-map/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema76.properties["channel-map"].type, parentSchema: schema76.properties["channel-map"], data: data1 };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
    }
  } else {
    let err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data };
    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
  }
  return validate45.errors = vErrors, errors === 0;
}
validate45.evaluated = { props: { name: !0, "channel-map": !0 }, dynamicProps: !1, dynamicItems: !1 };
var byName = { fleet, policy, "snap-info": snapInfo, "charm-info": charmInfo };
function validatorFor(name) {
  return byName[name];
}

// src/schema/validate.ts
function validateSchema(name, source) {
  let validate = validatorFor(name);
  if (validate(source.value)) return [];
  let findings = pickErrors(validate.errors ?? []).map((error) => {
    let path3 = pointerToPath(error.instancePath), explained = explainCondition(name, error, path3, source.value), key = error.keyword === "additionalProperties" ? error.params.additionalProperty : error.keyword === "propertyNames" ? error.params.propertyName : void 0, { line, column } = typeof key == "string" ? keyPositionOf(source, [...path3, key]) : explained?.atKey ? keyPositionOf(source, path3) : positionOf(source, path3), { code, data } = explained ?? describeError(error, path3, source, name);
    return schemaFinding(code, { file: source.file, line, column, ...explained?.about }, data);
  }), seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    let id = JSON.stringify([finding.line, finding.column, finding.code, finding.data]);
    return seen.has(id) ? !1 : (seen.add(id), !0);
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
  for (let [path3, list] of byPath) {
    let deeper = paths.some((other) => other !== path3 && other.startsWith(`${path3}/`)), misspelled = list.some((e) => e.keyword === "additionalProperties"), specific = list.filter(
      (e) => !["anyOf", "oneOf", "if", "type", "format"].includes(e.keyword) && !(misspelled && isConditional(e))
    );
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
function isConditional(error) {
  return error.keyword === "dependentRequired" || error.keyword === "required" && error.schemaPath.includes("/then/");
}
function dedupe(errors) {
  let seen = /* @__PURE__ */ new Set();
  return errors.filter((error) => {
    let key = `${error.keyword}:${JSON.stringify(error.params)}`;
    return seen.has(key) ? !1 : (seen.add(key), !0);
  });
}
function show(value) {
  let text = typeof value == "string" ? value : typeof value == "number" ? String(value) : JSON.stringify(value);
  return text === void 0 ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function describeError(error, path3, source, schema2) {
  let field = path3.length > 0 ? `\`${path3.filter((p) => typeof p == "string").slice(-1)[0] ?? path3[path3.length - 1]}\`` : "The file", where = path3.length > 0 ? ` at ${path3.join(".")}` : "", at2 = { field, where }, what = schema2 === "fleet" ? "manifest" : "policy pack", subject = path3.length > 0 ? `${field}${where}` : `The ${what}`;
  switch (error.keyword) {
    case "type": {
      let expected = String(error.params.type), written = sourceTextAt(source, path3), value = valueAt(source.value, path3);
      return expected.includes("string") && typeof value == "number" ? { code: "NUMBER_FOR_STRING", data: { ...at2, written: written ?? String(value) } } : path3.length === 0 && value == null ? { code: "EMPTY_FILE", data: { what } } : { code: "type", data: { ...at2, expected: article(expected), actual: describeValue(value) } };
    }
    case "required": {
      let why = error.schemaPath.includes("/then/") ? conditionHelp(error) : "";
      return { code: "required", data: { subject, property: String(error.params.missingProperty), why } };
    }
    case "additionalProperties":
      return {
        code: "additionalProperties",
        data: {
          subject,
          property: show(error.params.additionalProperty),
          reference: schema2 === "fleet" ? "manifest reference (docs/manifest.md)" : "pack reference (docs/packs/README.md)"
        }
      };
    case "propertyNames":
      return error.params.propertyName === "" ? { code: "EMPTY_NAME", data: at2 } : { code: "propertyNames", data: { ...at2, name: show(error.params.propertyName) } };
    case "pattern": {
      let value = valueAt(source.value, path3);
      return {
        code: "pattern",
        data: { ...at2, value: JSON.stringify(show(value)), help: patternHelp(error) }
      };
    }
    case "const":
      return { code: "const", data: { ...at2, allowed: JSON.stringify(error.params.allowedValue) } };
    case "enum":
      return {
        code: "enum",
        data: {
          ...at2,
          allowed: error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")
        }
      };
    case "format":
      return { code: "format", data: at2 };
    case "minItems":
      return {
        code: "minItems",
        data: {
          ...at2,
          limit: Number(error.params.limit),
          items: error.params.limit === 1 ? "item" : "items"
        }
      };
    case "maxItems":
    case "maxProperties":
    case "minimum":
    case "maximum":
      return { code: error.keyword, data: { ...at2, limit: Number(error.params.limit) } };
    case "uniqueItems":
      return {
        code: "uniqueItems",
        data: { ...at2, first: Number(error.params.j), second: Number(error.params.i) }
      };
    default:
      return {
        code: isSchemaCode(error.keyword) ? error.keyword : "INVALID",
        data: { ...at2, detail: error.message ?? "is not valid" }
      };
  }
}
function conditionHelp(error) {
  let description = error.parentSchema?.description;
  return description ? `: ${description.replace(/\.$/, "")}` : "";
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
function valueAt(root, path3) {
  let value = root;
  for (let key of path3) {
    if (value === null || typeof value != "object" || !Object.hasOwn(value, key)) return;
    value = value[key];
  }
  return value;
}

// src/manifest/yaml.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var import_yaml5 = __toESM(require_dist(), 1);

// src/manifest/input-gate.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function checkInput(text, file) {
  let bytes = Buffer.byteLength(text, "utf8");
  if (bytes > YAML_LIMITS.maxBytes)
    return yamlSyntaxFinding(
      "TOO_LARGE",
      { file, line: 1, column: 1 },
      { size: (bytes / 1024 / 1024).toFixed(1), limit: YAML_LIMITS.maxBytes / 1024 / 1024 }
    );
  let nul = text.indexOf("\0");
  if (nul >= 0) {
    let place = { file, ...positionOfOffset(text, nul) };
    return /^\uFFFD\uFFFD/.test(text) || /^(?:[^\u0000]\u0000){4}|^(?:\u0000[^\u0000]){4}/.test(text) ? yamlSyntaxFinding("UTF16", place) : yamlSyntaxFinding("NUL_BYTE", place);
  }
  let replaced = text.indexOf("\uFFFD");
  if (replaced >= 0) return yamlSyntaxFinding("NOT_UTF8", { file, ...positionOfOffset(text, replaced) });
}
function positionOfOffset(text, offset) {
  let line = 1, lineStart = 0;
  for (let i = text.indexOf(`
`); i >= 0 && i < offset; i = text.indexOf(`
`, i + 1))
    line++, lineStart = i + 1;
  return { line, column: offset - lineStart + 1 };
}

// src/manifest/yaml.ts
var MAX_SYNTAX_FINDINGS = 3;
function parseYamlFile(text, file, options = {}) {
  let refused = checkInput(text, file);
  if (refused) return { findings: [refused] };
  if (text.length >= (options.piecesFrom ?? PIECES_FROM)) {
    let source = readInPieces(text, file, options.known);
    if (source) return { source, findings: [] };
  }
  let reading = startReading(text, file);
  for (let step of PARSE_STEPS) {
    let findings = step(reading);
    if (findings) return { findings };
  }
  let { lineCounter, document, value } = reading;
  return { source: { file, text, document, lineCounter, value }, findings: [] };
}
var PARSE_STEPS = [
  readTokens,
  refuseDeepTokens,
  composeDocument,
  refuseStackOverflow,
  reportSyntaxErrors,
  refuseOtherYamlVersions,
  refuseDeepNodes,
  readValue
];
function startReading(text, file) {
  let lineCounter = lineCounterOf(text), at2 = (offset) => {
    let pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };
  return {
    text,
    file,
    lineCounter,
    tokens: [],
    finding: (code, data = {}, offset) => yamlSyntaxFinding(
      code,
      { file, ...offset === void 0 ? { line: 1, column: 1 } : at2(offset) },
      data
    )
  };
}
function readTokens(reading) {
  try {
    reading.tokens = tokensOf(reading.text);
  } catch (error) {
    return [reading.finding("UNREADABLE", { detail: describeThrown(error) })];
  }
}
function refuseDeepTokens(reading) {
  let deep = findTooDeepToken(reading.tokens);
  if (deep !== void 0)
    return [reading.finding("TOO_DEEP", { limit: YAML_LIMITS.maxDepth }, deep)];
}
function composeDocument(reading) {
  try {
    reading.document = composeFirstDocument(reading.tokens, reading.text.length);
  } catch (error) {
    return [reading.finding("UNREADABLE", { detail: describeThrown(error) })];
  }
}
function refuseStackOverflow(reading) {
  let overflow = documentOf(reading).errors.find((error) => /call stack/i.test(error.message));
  if (overflow)
    return [reading.finding("STACK_OVERFLOW", { limit: YAML_LIMITS.maxDepth }, overflow.pos[0])];
}
function reportSyntaxErrors(reading) {
  let findings = [], seen = /* @__PURE__ */ new Set();
  for (let error of documentOf(reading).errors) {
    let finding = reading.finding(error.code, { detail: firstSentence(error.message) }, error.pos[0]), key = `${finding.line}:${finding.column}:${finding.message}`;
    seen.has(key) || (seen.add(key), findings.push(finding));
  }
  if (findings.length > MAX_SYNTAX_FINDINGS) {
    let more = findings.length - MAX_SYNTAX_FINDINGS;
    findings.length = MAX_SYNTAX_FINDINGS;
    let last = findings[MAX_SYNTAX_FINDINGS - 1];
    last.message = `${last.message} ${moreSyntaxErrors(more)}`;
  }
  return findings.length > 0 ? findings : void 0;
}
function refuseOtherYamlVersions(reading) {
  let directive = documentOf(reading).directives?.yaml;
  if (!(!directive?.explicit || directive.version === "1.2"))
    return [reading.finding("YAML_1_1", { version: directive.version })];
}
function refuseDeepNodes(reading) {
  let deep = findTooDeepNode(documentOf(reading).contents);
  if (deep)
    return [reading.finding("TOO_DEEP", { limit: YAML_LIMITS.maxDepth }, deep.range?.[0] ?? 0)];
}
function readValue(reading) {
  let document = documentOf(reading);
  try {
    reading.value = document.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    let message = describeThrown(error);
    if (/alias count/i.test(message))
      return [reading.finding("ALIAS_BOMB", { limit: YAML_LIMITS.maxAliasCount })];
    let alias = unresolvedAlias(document);
    return alias ? [reading.finding("ALIAS_BEFORE_ANCHOR", { name: alias.source }, alias.range?.[0] ?? 0)] : [reading.finding("UNREADABLE", { detail: message })];
  }
}
function documentOf(reading) {
  return reading.document;
}
function unresolvedAlias(document) {
  let anchors = /* @__PURE__ */ new Set(), found;
  return (0, import_yaml5.visit)(document, {
    Node(_, node) {
      if ((0, import_yaml5.isAlias)(node))
        return anchors.has(node.source) ? void 0 : (found = node, import_yaml5.visit.BREAK);
      node.anchor && anchors.add(node.anchor);
    }
  }), found;
}
function firstSentence(message) {
  return message.split(`
`)[0]?.replace(/\s*at line \d+, column \d+:?$/, "").replace(/\.$/, "") ?? message;
}
function describeThrown(error) {
  return error instanceof RangeError ? "it nests too deeply to read" : error instanceof Error ? firstSentence(error.message) : String(error);
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
function sameRun(a, b) {
  return a?.version === b?.version && a?.channel === b?.channel && a?.revision === b?.revision;
}
function byName2(record) {
  return Object.assign(/* @__PURE__ */ Object.create(null), record);
}
function toFleet(raw) {
  return {
    policy: raw.policy,
    ...raw.waves ? { waves: raw.waves } : {},
    freeze: (raw.freeze ?? []).map((f, index) => ({ ...f, index })),
    clusters: raw.clusters.map((c, index) => ({
      name: c.name,
      ...c.wave !== void 0 ? { wave: c.wave } : {},
      ...c.proxy !== void 0 ? { proxy: c.proxy } : {},
      ...c.architecture !== void 0 ? { architecture: c.architecture } : {},
      ...c.runner !== void 0 ? { runner: c.runner } : {},
      ...c.pauseAfterMember !== void 0 ? { pauseAfterMember: c.pauseAfterMember } : {},
      components: byName2(c.components),
      index,
      members: c.members.map((m, memberIndex) => typeof m == "string" ? { name: m, role: "worker", workload: "live", index: memberIndex } : {
        name: m.name,
        role: m.role ?? "worker",
        workload: m.workload ?? "live",
        ...m.migrationAttempts !== void 0 ? { migrationAttempts: m.migrationAttempts } : {},
        ...m.components && Object.keys(m.components).length > 0 ? { overrides: byName2(m.components) } : {},
        index: memberIndex
      })
    }))
  };
}
function crossCheck(fleet2, source) {
  let findings = [], report = (path3, code, data, subject = {}, atKey = !1) => {
    let { line, column } = atKey ? keyPositionOf(source, path3) : positionOf(source, path3);
    findings.push(schemaFinding(code, { file: source.file, line, column, ...subject }, data));
  }, clusterNames = /* @__PURE__ */ new Set(), waves = fleet2.waves ? new Set(fleet2.waves) : void 0;
  for (let freeze of fleet2.freeze)
    Date.parse(freeze.from) > Date.parse(endOf(freeze.to)) && report(["freeze", freeze.index], "FREEZE_ENDS_BEFORE_START", { from: freeze.from, to: freeze.to });
  for (let cluster of fleet2.clusters) {
    let path3 = manifestPaths.cluster(cluster);
    clusterNames.has(cluster.name) && report([...path3, "name"], "DUPLICATE_CLUSTER", { cluster: cluster.name }, { cluster: cluster.name }), clusterNames.add(cluster.name), cluster.wave !== void 0 && waves && !waves.has(cluster.wave) && report(
      [...path3, "wave"],
      "WAVE_UNKNOWN",
      { cluster: cluster.name, wave: cluster.wave, waves: [...waves].join(", ") },
      { cluster: cluster.name }
    );
    let memberNames = /* @__PURE__ */ new Set();
    for (let member of cluster.members)
      memberNames.has(member.name) && report(
        [...manifestPaths.member(cluster, member)],
        "DUPLICATE_MEMBER",
        { member: member.name, cluster: cluster.name },
        { cluster: cluster.name, member: member.name }
      ), memberNames.add(member.name);
    for (let member of cluster.members)
      for (let name of Object.keys(member.overrides ?? {})) {
        let own = member.overrides?.[name];
        own && cluster.components[name] === void 0 && !isComplete(own) && report(
          manifestPaths.memberComponent(cluster, member, name),
          "INCOMPLETE_COMPONENT",
          { which: `Component \`${name}\`` },
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
function endOf(moment) {
  return /^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T23:59:59.999Z` : moment;
}
function startOf(moment) {
  return /^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T00:00:00.000Z` : moment;
}

// src/rules/channel-eol.ts
var channelEol = {
  id: "channel/eol",
  description: "A track or version is past its end of life (a warning when the change did not move it there).",
  severity: "error",
  messages: {
    pastEndOfLife: "{{component}} {{version}} reached its end of life on {{date}}{{note}}; it gets no more fixes. Choose a supported version instead, or plan the upgrade off it.",
    alreadyPastEndOfLife: "{{component}} {{version}} reached its end of life on {{date}}{{note}}; it gets no more fixes. It was already there before this change; plan the upgrade off it."
  },
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
            messageId: untouched ? "alreadyPastEndOfLife" : "pastEndOfLife",
            data: {
              component: at2.component,
              version,
              date: entry.date,
              note: entry.note ? ` (${entry.note})` : ""
            }
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
  let moves2 = [];
  for (let change2 of context.changes) {
    let from = context.versionOf(change2.component, change2.fromState), to = context.versionOf(change2.component, change2.toState);
    from === void 0 || to === void 0 || moves2.push({ change: change2, from, to });
  }
  return moves2;
}
function changePath(context, change2) {
  let cluster = clusterNamed(context.head.fleet, change2.cluster);
  if (!cluster) return [];
  if (change2.member) {
    let member = cluster.members.find((m) => m.name === change2.member);
    if (member?.overrides?.[change2.component])
      return ["clusters", cluster.index, "members", member.index, "components", change2.component];
    if (member) return ["clusters", cluster.index, "members", member.index];
  }
  return ["clusters", cluster.index, "components", change2.component];
}
var clustersByName = /* @__PURE__ */ new WeakMap();
function clusterNamed(fleet2, name) {
  let byName3 = clustersByName.get(fleet2);
  if (!byName3) {
    byName3 = /* @__PURE__ */ new Map();
    for (let cluster of fleet2.clusters) byName3.has(cluster.name) || byName3.set(cluster.name, cluster);
    clustersByName.set(fleet2, byName3);
  }
  return byName3.get(name);
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
  messages: {
    riskNotAllowed: "{{component}} tracks {{channel}}, risk {{risk}}; {{pack}} allows {{allowed}} only, since no refresh to or from a pre-release risk is supported. Use {{track}}/{{suggested}}.",
    refreshFromRisk: "{{component}} in {{where}} refreshes from {{from}}, risk {{fromRisk}}, to {{to}}; {{pack}} supports no in-place refresh from a pre-release risk. Reinstall it out of place on {{to}}, or, if you accept the risk, lower channel/risk for {{component}} in the pack."
  },
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
        messageId: "riskNotAllowed",
        data: {
          component: at2.component,
          channel,
          risk,
          pack: context.policy.pack.name,
          allowed: risks.join(", "),
          track: track ?? "",
          suggested: risks[0] ?? ""
        }
      });
    }
    for (let change2 of context.changes) {
      let risks = context.component(change2.component)?.risks, from = change2.fromState?.channel, to = change2.toState?.channel;
      !risks || from === void 0 || to === void 0 || !risks.includes(riskOf(to)) || risks.includes(riskOf(from)) || context.report({
        path: changePath(context, change2),
        atKey: !0,
        ...changeSubject(change2),
        messageId: "refreshFromRisk",
        data: {
          component: change2.component,
          where: change2.member ?? change2.cluster,
          from,
          fromRisk: riskOf(from),
          to,
          pack: context.policy.pack.name
        }
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
  messages: {
    notInCohort: '{{component}} in {{where}} is not in a cohort; without one, members can be served different revisions. Set `cohort: true` (on the machines: snap refresh {{component}} --cohort="+").'
  },
  check(context) {
    for (let at2 of context.states(context.head.fleet))
      context.component(at2.component)?.cohort !== "required" || at2.state.cohort === !0 || context.report({
        path: at2.path,
        atKey: !0,
        cluster: at2.cluster.name,
        component: at2.component,
        ...at2.member ? { member: at2.member.name } : {},
        messageId: "notInCohort",
        data: { component: at2.component, where: at2.member?.name ?? at2.cluster.name }
      });
  }
};

// src/rules/hold-freeze.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var holdFreeze = {
  id: "hold/freeze",
  description: "Versions change during a declared freeze.",
  severity: "error",
  messages: {
    changeDuringFreeze: "{{component}} in {{where}} changes ({{from}} -> {{to}}) during the freeze from {{start}} to {{end}}{{reason}}. Merge it after {{end}}."
  },
  check(context) {
    let now = context.now.getTime(), freeze = context.head.fleet.freeze.find(
      (f) => Date.parse(startOf(f.from)) <= now && now <= Date.parse(endOf(f.to))
    );
    if (freeze)
      for (let change2 of context.changes)
        change2.to !== change2.from && context.report({
          path: changePath(context, change2),
          atKey: !0,
          ...changeSubject(change2),
          messageId: "changeDuringFreeze",
          data: {
            component: change2.component,
            where: change2.member ?? change2.cluster,
            from: change2.from ?? "new",
            to: change2.to ?? "removed",
            start: freeze.from,
            end: freeze.to,
            reason: freeze.reason ? ` (${freeze.reason})` : ""
          }
        });
  }
};

// src/rules/hold-required.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var holdRequired = {
  id: "hold/required",
  description: "A component that must be held is not.",
  severity: "error",
  messages: {
    notHeld: "{{component}} in {{where}} is not held; automatic refreshes would let members run different versions. Set `hold: true` (on the machines: snap refresh --hold {{component}})."
  },
  check(context) {
    for (let at2 of context.states(context.head.fleet))
      context.component(at2.component)?.hold !== "required" || at2.state.hold === !0 || context.report({
        path: at2.path,
        atKey: !0,
        cluster: at2.cluster.name,
        component: at2.component,
        ...at2.member ? { member: at2.member.name } : {},
        messageId: "notHeld",
        data: { component: at2.component, where: at2.member?.name ?? at2.cluster.name }
      });
  }
};

// src/rules/order-promotion.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var orderPromotion = {
  id: "order/promotion",
  description: "A cluster moves to a version that the clusters of an earlier wave do not already run in the base.",
  severity: "error",
  messages: {
    aheadOfEarlierWaves: "{{cluster}} ({{wave}}) moves {{component}} to {{to}}, which the earlier waves do not run yet: {{behind}}. Roll it out there first, then promote."
  },
  check(context) {
    let waves = context.head.fleet.waves, base = context.base;
    if (!waves || !base) return;
    let headClusters = new Map(context.head.fleet.clusters.map((c) => [c.name, c])), earlierRuns = /* @__PURE__ */ new Map(), runsBefore = (component, rank2) => {
      let id = `${rank2}\0${component}`, found = earlierRuns.get(id);
      if (found) return found;
      let earlier = new Set(waves.slice(0, rank2));
      found = { runs: [], counts: /* @__PURE__ */ new Map() };
      for (let cluster of base.fleet.clusters) {
        if (cluster.wave === void 0 || !earlier.has(cluster.wave)) continue;
        let state = cluster.components[component];
        if (state === void 0) continue;
        let key = runKey(state);
        found.runs.push({ key, text: `${cluster.name} (${cluster.wave}) runs ${describeState(state)}` }), found.counts.set(key, (found.counts.get(key) ?? 0) + 1);
      }
      return earlierRuns.set(id, found), found;
    };
    for (let change2 of context.changes) {
      if (change2.member || !change2.toState) continue;
      let cluster = headClusters.get(change2.cluster), wave = cluster?.wave, rank2 = wave === void 0 ? -1 : waves.indexOf(wave);
      if (!cluster || rank2 <= 0) continue;
      let { runs, counts } = runsBefore(change2.component, rank2), target = runKey(change2.toState), behindCount = runs.length - (counts.get(target) ?? 0);
      if (behindCount === 0) continue;
      let behind = [];
      for (let run of runs) {
        if (behind.length === 5) break;
        run.key !== target && behind.push(run.text);
      }
      context.report({
        path: ["clusters", cluster.index, "components", change2.component],
        atKey: !0,
        cluster: change2.cluster,
        component: change2.component,
        messageId: "aheadOfEarlierWaves",
        data: {
          cluster: change2.cluster,
          wave: wave ?? "",
          component: change2.component,
          to: change2.to ?? "",
          behind: `${behind.join("; ")}${behindCount > 5 ? `; and ${behindCount - 5} more` : ""}`
        }
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
  messages: {
    requirementMissing: "{{component}} {{version}} needs {{other}} {{allowed}}, but cluster {{cluster}} will run {{runs}}. Move {{other}} to {{allowed}} in the same change or before it ({{other}} upgrades first)."
  },
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
              let members = at2.member ? [at2.member] : at2.cluster.members, offending = /* @__PURE__ */ new Map();
              for (let member of members) {
                let otherState = memberState(at2.cluster, member, other), otherVersion = context.versionOf(other, otherState);
                if (otherState && otherVersion === void 0 || otherVersion !== void 0 && allowed.some((pattern) => otherScheme.matches(otherVersion, pattern)))
                  continue;
                let shown = otherState ? describeState(otherState) : "nothing";
                offending.set(shown, [...offending.get(shown) ?? [], member.name]);
              }
              if (offending.size === 0) continue;
              let runs = [...offending.entries()].map(
                ([shown, names]) => names.length === members.length ? shown : `${shown} on ${names.join(", ")}`
              ).join("; ");
              context.report({
                path: at2.path,
                atKey: !0,
                cluster: at2.cluster.name,
                component: at2.component,
                ...at2.member ? { member: at2.member.name } : {},
                messageId: "requirementMissing",
                data: {
                  component: at2.component,
                  version,
                  other,
                  allowed: allowed.join(" or "),
                  cluster: at2.cluster.name,
                  runs
                }
              });
            }
      }
    }
  }
};

// src/rules/order-transition.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/policy/transition.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/policy/skew.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var STEP_UNITS = {
  semver: "minor version",
  tracks: "track",
  calver: "release"
};
function skewProblem(scheme, version, of, skew) {
  if (!scheme.isValid(version) || !scheme.isValid(of)) return;
  let order = scheme.compare(version, of);
  if (order === 0) return;
  let steps = scheme.family(version) === scheme.family(of) ? scheme.distance(version, of) : Number.POSITIVE_INFINITY;
  if (order > 0) return steps > skew.newer ? { direction: "newer", steps } : void 0;
  if (!(steps <= skew.older)) {
    if (skew.skip && Number.isFinite(steps) && scheme.hasTag(version, skew.skip) && scheme.hasTag(of, skew.skip)) {
      let nextTagged = scheme.between(version, of).find((v) => scheme.hasTag(v, skew.skip));
      if (nextTagged !== void 0 && scheme.compare(nextTagged, of) === 0) return;
    }
    return { direction: "older", steps };
  }
}
function describeSkew(skew) {
  let bound = skew.newer === 0 ? `never newer than ${skew.of}` : `at most ${skew.newer} newer than ${skew.of}`, skip = skew.skip ? `, or on the ${skew.skip} version before ${skew.of}'s` : "";
  return `${bound} and at most ${skew.older} older${skip}`;
}

// src/policy/upgrade-path.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function tooFarToChain(scheme, from, to) {
  return scheme.family(from) === scheme.family(to) && scheme.distance(from, to) > 256;
}
function jumpLimit(scheme, jump, from, to) {
  let found;
  for (let limit of jump.limits ?? [])
    limit.from !== void 0 && !scheme.matches(from, limit.from) || limit.to !== void 0 && !scheme.matches(to, limit.to) || (!found || limit.max < found.max) && (found = limit);
  return found;
}
function jumpProblem(scheme, jump, from, to) {
  let order = scheme.compare(from, to);
  if (order > 0) return "downgrade";
  if (order === 0) return null;
  if (scheme.family(from) !== scheme.family(to)) return jump.major === "forbid" ? "major" : null;
  let limit = jumpLimit(scheme, jump, from, to);
  if (scheme.distance(from, to) <= Math.min(jump.max, limit?.max ?? jump.max)) return null;
  if (!limit && jump.skip && !tooFarToChain(scheme, from, to) && scheme.hasTag(from, jump.skip) && scheme.hasTag(to, jump.skip)) {
    let nextTagged = scheme.between(from, to).find((v) => scheme.hasTag(v, jump.skip));
    if (nextTagged !== void 0 && scheme.compare(nextTagged, to) === 0) return null;
  }
  return "jump";
}
function findUpgradePath(scheme, jump, from, to) {
  if (scheme.compare(from, to) >= 0) return scheme.compare(from, to) === 0 ? [from] : null;
  if (tooFarToChain(scheme, from, to)) return null;
  let stops = [from, ...scheme.between(from, to)];
  if (stops.length > 257) return null;
  let previous = /* @__PURE__ */ new Map(), queue = [0], seen = /* @__PURE__ */ new Set([0]);
  for (; queue.length > 0; ) {
    let at2 = queue.shift();
    for (let next = stops.length - 1; next > at2; next--)
      if (!seen.has(next) && jumpProblem(scheme, jump, stops[at2], stops[next]) === null) {
        if (seen.add(next), previous.set(next, at2), next === stops.length - 1) {
          let path3 = [next];
          for (; path3[0] !== 0; ) path3.unshift(previous.get(path3[0]));
          return path3.map((i) => stops[i]);
        }
        queue.push(next);
      }
  }
  return null;
}
function noPathReason(scheme, jump, from, to) {
  return jumpLimit(scheme, jump, from, to)?.max === 0 ? "closed" : tooFarToChain(scheme, from, to) ? "too-far" : "no-chain";
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

// src/policy/transition.ts
var MAX_SPLIT_STOPS = 8, limitsByPack = /* @__PURE__ */ new WeakMap(), verdictsByPack = /* @__PURE__ */ new WeakMap(), MAX_VERDICTS = 1e4;
function verdictsOf(pack) {
  let verdicts = verdictsByPack.get(pack);
  return (!verdicts || verdicts.size > MAX_VERDICTS) && (verdicts = /* @__PURE__ */ new Map(), verdictsByPack.set(pack, verdicts)), verdicts;
}
function planTransition(policy2, move) {
  let setting = settingOf(policy2, move), packOrder = orderOf(policy2.pack, move.components), found = solve(setting, packOrder);
  if (!found.breach) return { ok: !0, order: packOrder };
  let { breach } = found;
  if (found.order) {
    let moving = (name) => setting.tracks.get(name)?.moves === !0, ahead = aheadOfPack(packOrder, found.order).filter(moving), behind = behindOf(packOrder, found.order, ahead).filter(moving);
    return {
      ok: !0,
      order: found.order,
      reordered: {
        ahead,
        breach,
        text: `${ahead.join(", ")} ${ahead.length === 1 ? "moves" : "move"} before ${behind.join(", ")} in ${move.cluster}, against the ${policy2.pack.name} pack's order: in that order, ${breach.text}.`
      }
    };
  }
  let split = breach.always ? void 0 : findSplit(policy2, move, breach);
  return { ok: !1, order: packOrder, breach, ...split ? { split } : {} };
}
function solve(setting, packOrder) {
  let strict = setting.policy.pack.strictOrder === !0, movers = 0;
  for (let track of setting.tracks.values()) track.moves && movers++;
  if (movers === 0 || movers < 2 && !strict) return {};
  let breach = walk2(setting, packOrder);
  if (!breach || strict || breach.always) return breach ? { breach } : {};
  let order = closestOrder(setting, packOrder);
  return order && !walk2(setting, order) ? { breach, order } : { breach };
}
function clusterMove(head, base) {
  let baseMembers = new Map(base?.members.map((member) => [member.name, member]) ?? []), components = new Set(Object.keys(head.components));
  for (let cluster of base ? [head, base] : [head]) {
    for (let name of Object.keys(cluster.components)) components.add(name);
    for (let member of cluster.members)
      if (member.overrides) for (let name of Object.keys(member.overrides)) components.add(name);
  }
  return {
    cluster: head.name,
    members: head.members,
    components: [...components],
    base: (component, index) => {
      let member = head.members[index], before = member && base ? baseMembers.get(member.name) : void 0;
      return before && base ? memberState(base, before, component) : void 0;
    },
    head: (component, index) => {
      let member = head.members[index];
      return member ? memberState(head, member, component) : void 0;
    }
  };
}
function orderOf(pack, components) {
  let names = new Set(components), known = pack.order.filter((name) => names.has(name)), rest = [...names].filter((name) => !pack.order.includes(name)).sort();
  return [...known, ...rest];
}
function versionOf(policy2, component, state) {
  if (!state) return;
  let spec = Object.hasOwn(policy2.pack.components, component) ? policy2.pack.components[component] : void 0;
  if (!spec) return;
  let raw = spec.versioning.source === "track" ? state.channel?.split("/")[0] : state.version;
  if (raw !== void 0)
    return policy2.schemes.get(component)?.isValid(raw) ? raw : void 0;
}
function settingOf(policy2, move) {
  let order = move.members.map((_, index) => index);
  order.sort((a, b) => rank(move.members[a]) - rank(move.members[b]) || a - b);
  let tracks = /* @__PURE__ */ new Map();
  for (let name of move.components) {
    let roles = (Object.hasOwn(policy2.pack.components, name) ? policy2.pack.components[name] : void 0)?.rollout?.roles, scheme = policy2.schemes.get(name), cells = [], byMember = /* @__PURE__ */ new Map();
    for (let member of order) {
      let role = move.members[member]?.role ?? "worker";
      if (roles && !roles.includes(role)) continue;
      let base = versionOf(policy2, name, move.base(name, member)), end = versionOf(policy2, name, move.head(name, member)) ?? base, moves2 = end !== void 0 && (base === void 0 || (scheme ? scheme.compare(base, end) !== 0 : base !== end)), cell = { member, base, end, moves: moves2, moved: !1 };
      cells.push(cell), byMember.set(member, cell);
    }
    tracks.set(name, { name, scheme, cells, byMember, moves: cells.some((cell) => cell.moves) });
  }
  return {
    policy: policy2,
    cluster: move.cluster,
    memberNames: move.members.map((member) => member.name),
    tracks,
    limits: limitsOf(policy2.pack),
    verdicts: verdictsOf(policy2.pack)
  };
}
function rank(member) {
  return member?.role === "control" ? 0 : 1;
}
function limitsOf(pack) {
  let known = limitsByPack.get(pack);
  if (known) return known;
  let limits = [], has = (name) => Object.hasOwn(pack.components, name);
  for (let [name, spec] of Object.entries(pack.components)) {
    for (let skew of spec.skew ?? [])
      skew.of !== name && has(skew.of) && limits.push({ kind: "skew", subject: name, target: skew.of, skew });
    let byTarget = /* @__PURE__ */ new Map();
    for (let requirement of spec.requires ?? [])
      for (let [other, allowed] of Object.entries(requirement.needs))
        other === name || !has(other) || byTarget.set(other, [...byTarget.get(other) ?? [], { version: requirement.version, allowed }]);
    for (let [target, needs] of byTarget) limits.push({ kind: "requires", subject: name, target, needs });
  }
  return pack.strictOrder && pack.order.forEach((earlier, i) => {
    for (let later of pack.order.slice(i + 1))
      readAlike(pack, earlier, later) && limits.push({ kind: "order", subject: later, target: earlier });
  }), limitsByPack.set(pack, limits), limits;
}
function readAlike(pack, first, second) {
  let a = pack.components[first]?.versioning, b = pack.components[second]?.versioning;
  return !a || !b || a.scheme !== b.scheme || a.source !== b.source ? !1 : JSON.stringify(a.versions ?? []) === JSON.stringify(b.versions ?? []);
}
function judge(setting, limit, index, subject, target) {
  let key = `${index}\0${subject ?? ""}\0${target ?? ""}`, known = setting.verdicts.get(key);
  if (known !== void 0) return known ?? void 0;
  let problem = judgeOnce(setting.policy, limit, subject, target);
  return setting.verdicts.set(key, problem ?? null), problem;
}
function judgeOnce(policy2, limit, subject, target) {
  if (subject === void 0) return;
  let scheme = policy2.schemes.get(limit.subject);
  if (!scheme) return;
  if (limit.kind === "skew") {
    if (target === void 0) return;
    let skew = skewProblem(scheme, subject, target, limit.skew);
    return skew ? { limit, skew } : void 0;
  }
  if (limit.kind === "requires") {
    let targetScheme = policy2.schemes.get(limit.target);
    for (let need of limit.needs)
      if (scheme.matches(subject, need.version) && !(target !== void 0 && targetScheme && need.allowed.some((pattern) => targetScheme.matches(target, pattern))))
        return { limit, allowed: need.allowed };
    return;
  }
  let earlier = policy2.schemes.get(limit.target);
  if (!(target === void 0 || !earlier || !earlier.isValid(subject) || !earlier.isValid(target)))
    return earlier.compare(earlier.line(subject), earlier.line(target)) > 0 ? { limit } : void 0;
}
function targetsOf(target, member) {
  let own = target.byMember.get(member);
  return own ? [own] : target.cells;
}
function judged(limit, subject, target) {
  return (!subject.moves || !subject.moved) && (!target.moves || !target.moved) ? !1 : limit.kind === "order" ? !0 : !((!subject.moves || subject.moved) && (!target.moves || target.moved));
}
function walk2(setting, order) {
  for (let track of setting.tracks.values()) for (let cell of track.cells) cell.moved = !1;
  for (let name of order) {
    let track = setting.tracks.get(name);
    if (track?.moves)
      for (let cell of track.cells) {
        if (!cell.moves) continue;
        cell.moved = !0;
        let breach = breachAt(setting, track, cell);
        if (breach) return breach;
      }
  }
}
function breachAt(setting, track, cell) {
  for (let [index, limit] of setting.limits.entries())
    if (limit.subject === track.name) {
      let target = setting.tracks.get(limit.target);
      if (!target) continue;
      for (let other of targetsOf(target, cell.member)) {
        let found = pairBreach(setting, limit, index, track, cell, cell, other);
        if (found) return found;
      }
    } else if (limit.target === track.name) {
      let subject = setting.tracks.get(limit.subject);
      if (!subject) continue;
      for (let other of subject.cells) {
        if (other.member !== cell.member && track.byMember.has(other.member)) continue;
        let found = pairBreach(setting, limit, index, track, cell, other, cell);
        if (found) return found;
      }
    }
}
function pairBreach(setting, limit, index, moverTrack, mover, subject, target) {
  if (!judged(limit, subject, target)) return;
  let subjectVersion = subject.moved ? subject.end : subject.base, targetVersion = target.moved ? target.end : target.base, problem = judge(setting, limit, index, subjectVersion, targetVersion);
  if (!problem) return;
  let other = mover === subject ? target : subject;
  return describe(setting, problem, moverTrack, mover, subject, subjectVersion, target, targetVersion, {
    // A strict order broken where the other cell stands at its end is broken by the head itself, in every order.
    always: limit.kind === "order" && (!other.moves || other.moved)
  });
}
function describe(setting, problem, moverTrack, mover, subject, subjectVersion, target, targetVersion, { always }) {
  let { limit } = problem, name = (cell) => setting.memberNames[cell.member] ?? "", where = (cell) => cell.member === mover.member ? "there" : `on ${name(cell)}`, subjectText = subject === mover ? "it" : `${limit.subject} ${subjectVersion ?? "(none)"} ${where(subject)}`, targetText = target === mover ? "it" : `${limit.target} ${targetVersion ?? "(none)"} ${where(target)}`, what;
  if (limit.kind === "skew") {
    let skew = problem.skew, unit = STEP_UNITS[setting.policy.pack.components[limit.subject]?.versioning.scheme ?? "semver"], distance = Number.isFinite(skew.steps) ? `${skew.steps} ${unit}${skew.steps === 1 ? "" : "s"}` : "a major version";
    what = `${subjectText} is ${distance} ${skew.direction} than ${targetText} (${limit.subject} must be ${describeSkew(limit.skew)})`;
  } else if (limit.kind === "requires") {
    let runs = targetVersion === void 0 ? `no ${limit.target}` : `${limit.target} ${targetVersion}`;
    what = `${subjectText} needs ${limit.target} ${(problem.allowed ?? []).join(" or ")}, but ${name(target)} runs ${runs}`;
  } else
    what = `${subjectText} is newer than ${targetText}, which the order puts before ${limit.subject}`;
  let moverVersion = mover.end ?? "";
  return {
    component: moverTrack.name,
    member: name(mover),
    from: mover.base ?? null,
    to: moverVersion,
    kind: limit.kind,
    subject: { component: limit.subject, member: name(subject), version: subjectVersion ?? null },
    target: { component: limit.target, member: name(target), version: targetVersion ?? null },
    always,
    text: `once ${moverTrack.name} ${moverVersion} runs on ${name(mover)}, ${what}`
  };
}
function closestOrder(setting, packOrder) {
  let movers = packOrder.filter((name) => setting.tracks.get(name)?.moves), before = /* @__PURE__ */ new Map(), mayPrecede = (first, second) => {
    let key = `${first}\0${second}`, answer = before.get(key);
    return answer === void 0 && (answer = !pairwiseBreach(setting, first, second), before.set(key, answer)), answer;
  }, placed = [], left = [...movers];
  for (; left.length > 0; ) {
    let next = left.findIndex((name) => left.every((other) => other === name || mayPrecede(name, other)));
    if (next < 0) return;
    placed.push(...left.splice(next, 1));
  }
  let order = [...placed];
  for (let name of packOrder) {
    if (setting.tracks.get(name)?.moves) continue;
    let rankInPack = packOrder.indexOf(name), at2 = 0;
    order.forEach((other, i) => {
      packOrder.indexOf(other) < rankInPack && (at2 = i + 1);
    }), order.splice(at2, 0, name);
  }
  return order;
}
function pairwiseBreach(setting, first, second) {
  let a = setting.tracks.get(first), b = setting.tracks.get(second);
  if (!a || !b) return !1;
  for (let cell of a.cells) cell.moved = cell.moves;
  for (let cell of b.cells) cell.moved = !1;
  for (let [index, limit] of setting.limits.entries()) {
    let forward = limit.subject === first && limit.target === second, backward = limit.subject === second && limit.target === first;
    if (!forward && !backward) continue;
    let subject = forward ? a : b, target = forward ? b : a;
    for (let s of subject.cells)
      for (let t of targetsOf(target, s.member)) {
        if (!s.moves || !t.moves || !judged(limit, s, t)) continue;
        if (judge(setting, limit, index, s.moved ? s.end : s.base, t.moved ? t.end : t.base)) return !0;
      }
  }
  return !1;
}
function aheadOfPack(packOrder, order) {
  return order.filter(
    (name, i) => order.slice(i + 1).some((later) => packOrder.indexOf(later) < packOrder.indexOf(name))
  );
}
function behindOf(packOrder, order, ahead) {
  let behind = /* @__PURE__ */ new Set();
  for (let name of ahead) {
    let at2 = order.indexOf(name);
    for (let later of order.slice(at2 + 1))
      packOrder.indexOf(later) < packOrder.indexOf(name) && behind.add(later);
  }
  return packOrder.filter((name) => behind.has(name));
}
function findSplit(policy2, move, breach) {
  let packOrder = orderOf(policy2.pack, move.components), moves2 = [], middle = move.base, current = breach;
  for (let round = 0; round < move.components.length; round++) {
    let candidates = current.subject.component === current.component ? [current.target.component, current.subject.component] : [current.subject.component, current.target.component], progress;
    for (let name of candidates)
      if (!moves2.some((m) => m.component === name))
        for (let stop of stopsOf(policy2, move, middle, name)) {
          let next = moveTo(policy2, move, middle, name, stop), tried = [...moves2, { component: name, to: stop }];
          if (headBreaks(
            settingOf(policy2, { ...move, head: next }),
            tried.map((m) => m.component)
          ))
            continue;
          let rest = solve(settingOf(policy2, { ...move, base: next }), packOrder);
          if (!rest.breach || rest.order) {
            let first = solve(settingOf(policy2, { ...move, head: next }), packOrder);
            if (!first.breach || first.order) return tried;
            continue;
          }
          !progress && !rest.breach.always && (progress = { move: { component: name, to: stop }, middle: next, breach: rest.breach });
        }
    if (!progress) return;
    moves2.push(progress.move), middle = progress.middle, current = progress.breach;
  }
}
function stopsOf(policy2, move, middle, name) {
  let scheme = policy2.schemes.get(name), cell = settingOf(policy2, { ...move, base: middle }).tracks.get(name)?.cells.find((c) => c.moves && c.base !== void 0);
  if (!scheme || !cell?.base || cell.end === void 0) return [];
  let { base: from, end: to } = cell, jump = policy2.pack.components[name]?.jump;
  return scheme.between(from, to).filter((version) => scheme.compare(version, to) < 0).filter(
    (version) => !jump || !jumpProblem(scheme, jump, from, version) && !jumpProblem(scheme, jump, version, to)
  ).reverse().slice(0, MAX_SPLIT_STOPS);
}
function moveTo(policy2, move, middle, name, stop) {
  let scheme = policy2.schemes.get(name);
  return (component, member) => {
    let state = middle(component, member);
    if (component !== name) return state;
    let from = versionOf(policy2, name, state), to = versionOf(policy2, name, move.head(name, member));
    return from === void 0 || to === void 0 || scheme.compare(from, stop) >= 0 || scheme.compare(stop, to) >= 0 ? state : readAs(policy2, name, stop, state);
  };
}
function readAs(policy2, component, version, state) {
  if (policy2.pack.components[component]?.versioning.source === "track") {
    let risk = state?.channel?.split("/").slice(1).join("/") || "stable";
    return { ...state, channel: `${version}/${risk}` };
  }
  return { ...state, version };
}
function headBreaks(setting, moved) {
  for (let t of setting.tracks.values()) for (let cell of t.cells) cell.moved = cell.moves;
  for (let [index, limit] of setting.limits.entries()) {
    let subject = setting.tracks.get(limit.subject), target = setting.tracks.get(limit.target);
    if (!(!subject || !target) && !(!moved.includes(limit.subject) && !moved.includes(limit.target))) {
      for (let s of subject.cells)
        for (let t of targetsOf(target, s.member))
          if (!(!s.moves && !t.moves) && judge(setting, limit, index, s.end, t.end))
            return !0;
    }
  }
  return !1;
}

// src/rules/order-transition.ts
var orderTransition = {
  id: "order/transition",
  description: "No order of a change's moves, one component and one member at a time, keeps every state between base and head within the pack's skew, requires and strict order; the message names the first state that breaks one and how to split the change.",
  severity: "error",
  messages: {
    strictOrderBroken: "The {{pack}} pack's order is strict ({{order}}), and {{cluster}} would break it: {{state}}. Move {{earlier}} to {{version}} or later in this change or before it, or {{later}} no further than {{earlier}}.",
    noOrderSplit: "No order of the moves in {{cluster}} keeps every state within the {{pack}} pack's limits. {{orders}}, the first state that breaks one: {{state}}. Split the change: first move {{first}} in {{cluster}} in a change of its own, then the rest of this one.",
    noOrder: "No order of the moves in {{cluster}} keeps every state within the {{pack}} pack's limits. {{orders}}, the first state that breaks one: {{state}}. Split the change: move {{moved}} and {{other}} in smaller steps, one change each, so that each state keeps the limit."
  },
  check(context) {
    if (!context.base) return;
    let moved = new Set(context.changes.map((change2) => change2.cluster));
    if (moved.size !== 0) {
      for (let { change: change2, from, to } of versionMoves(context)) {
        let rule = refusedBy(context.policy, change2.component, from, to);
        rule && severityOf(context.policy, rule, change2.component) === "error" && moved.delete(change2.cluster);
      }
      for (let cluster of context.head.fleet.clusters) {
        if (!moved.has(cluster.name)) continue;
        moved.delete(cluster.name);
        let transition = planTransition(
          context.policy,
          clusterMove(cluster, context.baseCluster(cluster.name))
        );
        if (transition.ok) continue;
        let { component } = transition.breach, member = Object.hasOwn(cluster.components, component) ? void 0 : cluster.members.find((m) => m.overrides?.[component]);
        context.report({
          path: member ? ["clusters", cluster.index, "members", member.index, "components", component] : ["clusters", cluster.index, "components", component],
          atKey: !0,
          cluster: cluster.name,
          component,
          ...member ? { member: member.name } : {},
          ...transitionMessage(context.policy, cluster.name, transition)
        });
      }
    }
  }
};
function transitionMessage(policy2, cluster, transition) {
  let { pack } = policy2, { breach, split } = transition, order = pack.order.join(", "), base = { cluster, pack: pack.name, order, state: breach.text };
  if (breach.always)
    return {
      messageId: "strictOrderBroken",
      data: {
        ...base,
        earlier: breach.target.component,
        later: breach.subject.component,
        version: breach.subject.version ?? ""
      }
    };
  let orders = pack.strictOrder ? `In the pack's order, which is strict (${order})` : "In the pack's order (every other order meets such a state too)";
  if (split)
    return {
      messageId: "noOrderSplit",
      data: { ...base, orders, first: split.map((move) => `${move.component} to ${move.to}`).join(" and ") }
    };
  let other = breach.component === breach.subject.component ? breach.target.component : breach.subject.component;
  return { messageId: "noOrder", data: { ...base, orders, moved: breach.component, other } };
}
function refusedBy(policy2, component, from, to) {
  let scheme = policy2.schemes.get(component);
  if (!scheme) return;
  if (scheme.compare(from, to) > 0) return "skew/downgrade";
  let jump = Object.hasOwn(policy2.pack.components, component) ? policy2.pack.components[component]?.jump : void 0, problem = jump ? jumpProblem(scheme, jump, from, to) : null;
  return problem === "major" ? "skew/major" : problem === "jump" ? "skew/jump" : void 0;
}
function severityOf(policy2, rule, component) {
  let severities = (rules) => rules;
  return (Object.hasOwn(policy2.pack.components, component) ? severities(policy2.pack.components[component]?.rules)?.[rule] : void 0) ?? severities(policy2.pack.rules)?.[rule] ?? "error";
}

// src/rules/pins-conflict.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var pinsConflict = {
  id: "pins/conflict",
  description: "Two clusters behind the same proxy pin one snap channel to different revisions.",
  severity: "error",
  messages: {
    revisionsDiffer: "{{where}} pins {{component}} {{channel}} to revision {{revision}}, but {{other}} behind the same proxy {{proxy}} pins it to {{otherRevision}}; a proxy override serves one revision per channel. Pin both to the same revision, or serve them from different proxies."
  },
  check(context) {
    let pins = /* @__PURE__ */ new Map();
    for (let at2 of context.states(context.head.fleet)) {
      let { channel, revision } = at2.state;
      if (at2.cluster.proxy === void 0 || channel === void 0 || revision === void 0) continue;
      let key = `${at2.cluster.proxy}\0${at2.component}\0${channel}`, revisions = pins.get(key);
      revisions || (revisions = /* @__PURE__ */ new Map(), pins.set(key, revisions));
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
            messageId: "revisionsDiffer",
            data: {
              where,
              component: at2.component,
              channel: at2.state.channel ?? "",
              revision,
              other,
              proxy: at2.cluster.proxy ?? "",
              otherRevision: firstRevision
            }
          });
        }
    }
  }
};

// src/rules/policy-changed.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var VERBS = { edited: "edits", added: "adds", removed: "removes", renamed: "renames" }, policyChanged = {
  id: "policy/changed",
  description: "The change edits a policy pack or the manifest's `policy` (the check always judges by the base's packs).",
  severity: "warning",
  messages: {
    packChanged: "This change {{verb}} the policy pack {{file}}. It is judged by the base's packs ({{judge}}), so a pack change cannot let itself pass; it takes effect once merged, and needs a reviewer who owns the policy.",
    policyMoved: "The manifest's policy moves from {{from}} to {{to}}. This change is judged by {{from}}, the base's pack; the new one applies from the next change on."
  },
  check(context) {
    let judge2 = context.policy.file;
    for (let change2 of context.policyChanges)
      context.report({
        path: [],
        at: { file: change2.file, line: change2.line ?? 1, column: 1 },
        messageId: "packChanged",
        data: { verb: VERBS[change2.what], file: change2.file, judge: judge2 }
      });
    let base = context.base;
    base && base.fleet.policy !== context.head.fleet.policy && context.report({
      path: ["policy"],
      messageId: "policyMoved",
      data: { from: base.fleet.policy, to: context.head.fleet.policy }
    });
  }
};

// src/rules/schema.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var schema = {
  id: "schema",
  description: "The manifest or a pack breaks its schema (at the line of the offending node), names an unknown pack or component, or writes a version its scheme cannot read.",
  severity: "error",
  messages: SCHEMA_MESSAGES
};

// src/rules/skew-components.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var skewComponents = {
  id: "skew/components",
  description: "Two components of one cluster are further apart than the pack allows.",
  severity: "error",
  messages: {
    tooNew: "{{component}} {{version}} is newer than {{of}} {{ofVersion}} by {{by}} in {{cluster}}; {{component}} must be {{limit}}. Upgrade {{of}} first.",
    tooOld: "{{component}} {{version}} is older than {{of}} {{ofVersion}} by {{by}} in {{cluster}}; {{component}} must be {{limit}}. Upgrade {{component}} too."
  },
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
              let key = `${version}|${of}`;
              if (seen.has(key)) continue;
              seen.add(key);
              let problem = skewProblem(scheme, version, of, skew);
              if (!problem) continue;
              let tooNew = problem.direction === "newer", steps = problem.steps, overridden = member.overrides?.[name] ? member : void 0;
              context.report({
                path: overridden ? ["clusters", cluster.index, "members", member.index, "components", name] : ["clusters", cluster.index, "components", name],
                atKey: !0,
                cluster: cluster.name,
                component: name,
                ...overridden ? { member: member.name } : {},
                messageId: tooNew ? "tooNew" : "tooOld",
                data: {
                  component: name,
                  version,
                  of: skew.of,
                  ofVersion: of,
                  by: Number.isFinite(steps) ? steps : "a major version",
                  cluster: cluster.name,
                  limit: describeSkew(skew)
                }
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
  messages: {
    olderVersion: "{{component}} goes back from {{from}} -> {{to}} in {{where}}; in-place downgrades are not supported. To go back, restore from the backup taken before the upgrade, or revert this change.",
    olderRevision: "{{component}} goes back from {{from}} -> {{to}} in {{where}}; in-place downgrades are not supported. To go back, restore from the backup taken before the upgrade, or revert this change."
  },
  check(context) {
    for (let { change: change2, from, to } of versionMoves(context)) {
      let scheme = context.scheme(change2.component);
      if (!scheme) continue;
      let order = scheme.compare(from, to), older = order > 0, olderRevision = order === 0 && change2.fromState?.channel !== void 0 && change2.fromState.channel === change2.toState?.channel && (change2.toState?.revision ?? 0) < (change2.fromState.revision ?? 0);
      !older && !olderRevision || context.report({
        path: changePath(context, change2),
        atKey: !0,
        ...changeSubject(change2),
        messageId: older ? "olderVersion" : "olderRevision",
        data: {
          component: change2.component,
          from: older ? from : change2.from ?? "",
          to: older ? to : change2.to ?? "",
          where: change2.member ?? change2.cluster
        }
      });
    }
  }
};

// src/rules/skew-jump.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var UNITS = { semver: "minor version", tracks: "track", calver: "release" }, NO_PATH = { closed: "jumpFromClosed", "too-far": "jumpTooFar", "no-chain": "jumpNoChain" }, skewJump = {
  id: "skew/jump",
  description: "Base to head jumps further than the pack allows; the message names the largest step and a path that passes.",
  severity: "error",
  messages: {
    jumpWithPath: "{{component}} {{from}} -> {{to}} in {{where}} jumps {{distance}}; {{pack}} allows {{allows}}. Upgrade in steps instead: {{path}}, one change for each.",
    jumpFromClosed: "{{component}} {{from}} -> {{to}} in {{where}} jumps {{distance}}; {{pack}} allows {{allows}}. No chain of upgrades leaves it; see the vendor's notes for how to move off it.",
    jumpTooFar: "{{component}} {{from}} -> {{to}} in {{where}} jumps {{distance}}; {{pack}} allows {{allows}}. That is more than {{maxStops}} {{unit}}s away, too far for rollgate to chain steps to; check the version, and see the vendor's upgrade notes.",
    jumpNoChain: "{{component}} {{from}} -> {{to}} in {{where}} jumps {{distance}}; {{pack}} allows {{allows}}. No chain of allowed steps leads there with the versions the pack knows; see the vendor's upgrade notes."
  },
  check(context) {
    for (let { change: change2, from, to } of versionMoves(context)) {
      let policy2 = context.component(change2.component), scheme = context.scheme(change2.component);
      if (!policy2?.jump || !scheme || jumpProblem(scheme, policy2.jump, from, to) !== "jump") continue;
      let unit = UNITS[policy2.versioning.scheme], distance = scheme.distance(from, to), limit = jumpLimit(scheme, policy2.jump, from, to), allows = limit ? describeLimit(limit, unit) : describeJump(policy2.jump, unit), path3 = findUpgradePath(scheme, policy2.jump, from, to);
      context.report({
        path: changePath(context, change2),
        atKey: !0,
        ...changeSubject(change2),
        messageId: path3 ? "jumpWithPath" : NO_PATH[noPathReason(scheme, policy2.jump, from, to)],
        data: {
          component: change2.component,
          from,
          to,
          where: change2.member ?? change2.cluster,
          distance: `${distance} ${unit}${distance === 1 ? "" : "s"}`,
          pack: context.policy.pack.name,
          allows,
          path: path3?.join(" -> ") ?? "",
          maxStops: 256,
          unit
        }
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
  messages: {
    majorChange: "{{component}} {{from}} -> {{to}} in {{where}} changes the major version ({{fromFamily}} to {{toFamily}}); {{pack}} supports no in-place major upgrade. Stay on {{fromFamily}}.x, or migrate out of place."
  },
  check(context) {
    for (let { change: change2, from, to } of versionMoves(context)) {
      let policy2 = context.component(change2.component), scheme = context.scheme(change2.component);
      policy2?.jump?.major !== "forbid" || !scheme || scheme.family(from) !== scheme.family(to) && context.report({
        path: changePath(context, change2),
        atKey: !0,
        ...changeSubject(change2),
        messageId: "majorChange",
        data: {
          component: change2.component,
          from,
          to,
          where: change2.member ?? change2.cluster,
          fromFamily: scheme.family(from),
          toFamily: scheme.family(to),
          pack: context.policy.pack.name
        }
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
  messages: {
    memberDiffers: "{{member}} would run {{component}} {{runs}} while {{rest}}; members of a cluster must run the same version and revision (a mismatched member is blocked or cannot change the cluster). Move {{member}} with the others, or drop its override."
  },
  check(context) {
    for (let cluster of context.head.fleet.clusters) {
      let overriding = cluster.members.filter((m) => m.overrides);
      if (overriding.length !== 0)
        for (let member of overriding)
          for (let component of Object.keys(member.overrides ?? {})) {
            let shared = cluster.components[component], own = memberState(cluster, member, component);
            if (sameRun(shared, own)) continue;
            let others = cluster.members.filter(
              (m) => m !== member && sameRun(memberState(cluster, m, component), shared)
            ), rest = shared ? others.length > 0 ? `the rest of ${cluster.name} runs ${describeState(shared)}` : `the cluster declares ${describeState(shared)}` : "the other members run none";
            context.report({
              path: ["clusters", cluster.index, "members", member.index, "components", component],
              atKey: !0,
              cluster: cluster.name,
              component,
              member: member.name,
              messageId: "memberDiffers",
              data: { member: member.name, component, runs: describeState(own), rest }
            });
          }
    }
  }
};

// src/rules/yaml-syntax.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var yamlSyntax = {
  id: "yaml/syntax",
  description: "The file does not parse as YAML 1.2 (at its line and column), has a duplicate key, is not UTF-8 text, or passes the size, nesting or alias limits.",
  severity: "error",
  messages: YAML_SYNTAX_MESSAGES
};

// src/rules/index.ts
var RULES = [
  yamlSyntax,
  schema,
  orderRequires,
  orderPromotion,
  orderTransition,
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
], RULE_IDS = RULES.map((rule) => rule.id);

// src/findings.ts
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
var RollgateError = class extends Error {
  name = "RollgateError";
};

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
    compare: (a, b) => ordinal(a) - ordinal(b),
    distance: (a, b) => Math.abs(ordinal(b) - ordinal(a)),
    family: () => "",
    matches: (version, pattern) => version === pattern,
    hasTag: (version, tag) => tag === "slurp" && version.endsWith(".1") || (tags[tag] ?? []).includes(version),
    between: (from, to) => {
      let stops = [];
      for (let n = ordinal(from) + 1; n <= ordinal(to); n++) stops.push(release(n));
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
  let known = [...versioning.versions ?? []].filter((v) => read(v)).sort((a, b) => import_semver.default.compare(must(a), must(b))), tags = versioning.tags ?? {}, scheme = {
    isValid: (version) => read(version) !== null,
    compare: (a, b) => import_semver.default.compare(must(a), must(b)),
    distance: (a, b) => Math.abs(must(b).minor - must(a).minor) + 1e3 * Math.abs(must(b).major - must(a).major),
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
    between: (from, to) => {
      let low = must(from), high = must(to), stops = known.filter((v) => import_semver.default.gt(must(v), low) && import_semver.default.lte(must(v), high));
      if (stops.length > 0)
        return stops.includes(to) || stops.push(to), stops;
      let lines = [];
      if (low.major === high.major)
        for (let minor = low.minor + 1; minor < high.minor; minor++) lines.push(`${low.major}.${minor}`);
      return lines.push(to), lines;
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
    compare: (a, b) => position(a) - position(b),
    distance: (a, b) => Math.abs(position(b) - position(a)),
    family: (version) => Object.hasOwn(families, version) ? families[version] ?? "" : "",
    matches: (version, pattern) => version === pattern,
    hasTag: (version, tag) => (tags[tag] ?? []).includes(version),
    between: (from, to) => tracks.slice(position(from) + 1, position(to) + 1),
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
  "attempts",
  "from"
], PLACEHOLDER = /\{([a-z][a-z-]*)\}/g, validatedAtBuild = /* @__PURE__ */ new Map();
function rememberPrecompiledPack(text, json) {
  validatedAtBuild.set(text, json);
}
function loadPack(text, file) {
  let precompiled = validatedAtBuild.get(text);
  if (precompiled !== void 0)
    return { policy: policyOf(JSON.parse(precompiled), file, text), findings: [] };
  let { source, findings } = parseYamlFile(text, file);
  if (!source) return { findings };
  let schemaFindings = validateSchema("policy", source);
  if (schemaFindings.length > 0) return { findings: schemaFindings };
  let pack = source.value, problems = checkPack(pack, source);
  return problems.length > 0 ? { findings: problems } : { policy: policyOf(pack, file, text), findings: [] };
}
function policyOf(pack, file, text) {
  let schemes = /* @__PURE__ */ new Map();
  for (let [name, component] of Object.entries(pack.components))
    schemes.set(name, createScheme(component.versioning));
  return { pack, file, text, schemes };
}
function checkPack(pack, source) {
  let findings = [], report = (path3, code, data) => {
    let { line, column } = positionOf(source, path3);
    findings.push(schemaFinding(code, { file: source.file, line, column }, data));
  }, names = Object.keys(pack.components);
  for (let name of names)
    pack.order.includes(name) || report(["order"], "ORDER_MISSING", { component: name });
  pack.order.forEach((name, i) => {
    Object.hasOwn(pack.components, name) || report(["order", i], "ORDER_UNKNOWN", { component: name });
  });
  let cycle = findRequiresCycle(pack);
  cycle && report(["components", cycle[0], "requires"], "REQUIRES_CYCLE", { cycle: cycle.join(" -> ") });
  for (let [name, component] of Object.entries(pack.components)) {
    let base = ["components", name], scheme = createScheme(component.versioning), checkVersion = (path3, version, ranges) => {
      scheme.isValid(version) || ranges && component.versioning.scheme === "semver" && isRange(version) || report(path3, "UNKNOWN_VERSION", { version, scheme: component.versioning.scheme, component: name });
    };
    (component.versioning.versions ?? []).forEach((v, i) => {
      checkVersion([...base, "versioning", "versions", i], v, !1);
    }), (component.jump?.limits ?? []).forEach((limit, i) => {
      limit.from !== void 0 && checkVersion([...base, "jump", "limits", i, "from"], limit.from, !0), limit.to !== void 0 && checkVersion([...base, "jump", "limits", i, "to"], limit.to, !0);
    }), (component.eol ?? []).forEach((e, i) => {
      checkVersion([...base, "eol", i, "version"], e.version, !0);
    }), (component.blocked ?? []).forEach((b, i) => {
      b.version !== void 0 && checkVersion([...base, "blocked", i, "version"], b.version, !0);
    }), (component.requires ?? []).forEach((requirement, i) => {
      checkVersion([...base, "requires", i, "version"], requirement.version, !0);
      for (let [other, versions] of Object.entries(requirement.needs)) {
        let path3 = [...base, "requires", i, "needs", other];
        checkNeeded(pack, other, versions, path3, `\`${name}\` requires`, report) && pack.order.indexOf(other) > pack.order.indexOf(name) && report(path3, "REQUIRES_LATER_IN_ORDER", { component: name, other });
      }
    }), (component.skew ?? []).forEach((skew, i) => {
      let other = pack.components[skew.of];
      !other || !Object.hasOwn(pack.components, skew.of) ? report([...base, "skew", i, "of"], "SKEW_UNKNOWN_COMPONENT", { component: name, other: skew.of }) : other.versioning.scheme !== component.versioning.scheme && report([...base, "skew", i, "of"], "SKEW_SCHEMES_DIFFER", { component: name, other: skew.of });
    }), checkSteps(component, base, report);
  }
  for (let key of ["first", "finally"])
    (pack.rollout?.[key] ?? []).forEach((step, i) => {
      checkStep(step, ["rollout", key, i], report), (step.on === "control" || step.each) && report(["rollout", key, i, "on"], "STEP_NOT_ON_CONTROL", { step: step.name });
      for (let [other, versions] of Object.entries(step.needs ?? {}))
        checkNeeded(pack, other, versions, ["rollout", key, i, "needs", other], `Step \`${step.name}\` needs`, report);
    });
  return findings;
}
function checkNeeded(pack, component, versions, path3, who, report) {
  let policy2 = Object.hasOwn(pack.components, component) ? pack.components[component] : void 0;
  if (!policy2)
    return report(path3, "UNKNOWN_REFERENCE", { who, component }), !1;
  let scheme = createScheme(policy2.versioning);
  return versions.forEach((v, j) => {
    !scheme.isValid(v) && !(policy2.versioning.scheme === "semver" && isRange(v)) && report([...path3, j], "UNKNOWN_VERSION", { version: v, scheme: policy2.versioning.scheme, component });
  }), !0;
}
function checkSteps(component, base, report) {
  let rollout = component.rollout;
  if (rollout)
    for (let key of ["before", "member", "after", "rollback"])
      (rollout[key] ?? []).forEach((step, i) => {
        checkStep(step, [...base, "rollout", key, i], report), (step.on === "control" || step.each) && (key === "member" || key === "rollback") && report([...base, "rollout", key, i, "on"], "STEP_NOT_ON_CONTROL", { step: step.name });
      });
}
function checkStep(step, path3, report) {
  let args = step.run.map((arg, i) => [arg, ["run", i]]);
  (step.unless ?? []).forEach((arg, i) => {
    args.push([arg, ["unless", i]]);
  }), step.creates !== void 0 && args.push([step.creates, ["creates"]]), (step.onlyIf ?? []).forEach((arg, i) => {
    args.push([arg, ["onlyIf", i]]);
  }), (step.expect ?? []).forEach((expectation, i) => {
    try {
      new RegExp(expectation.match);
    } catch {
      report([...path3, "expect", i, "match"], "EXPECT_NOT_REGEX", { step: step.name });
    }
    args.push(
      [expectation.what, ["expect", i, "what"]],
      [expectation.match, ["expect", i, "match"]],
      [expectation.is, ["expect", i, "is"]]
    );
  }), step.unless && step.creates !== void 0 && report([...path3, "unless"], "UNLESS_AND_CREATES", { step: step.name });
  for (let [arg, where] of args)
    for (let match of arg.matchAll(PLACEHOLDER))
      STEP_PLACEHOLDERS.includes(match[1]) || report([...path3, ...where], "UNKNOWN_PLACEHOLDER", {
        step: step.name,
        placeholder: `{${match[1]}}`,
        known: STEP_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")
      });
}
function isRange(text) {
  return /^[\d.xX*<>=~^|\s-]+$/.test(text);
}
function findRequiresCycle(pack) {
  let edges = /* @__PURE__ */ new Map();
  for (let [name, component] of Object.entries(pack.components))
    edges.set(name, [...new Set((component.requires ?? []).flatMap((r) => Object.keys(r.needs)))]);
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

// src/check.ts
async function check(input) {
  let head = loadManifest(input.head.text, input.head.file), base = input.base ? loadManifest(input.base.text, input.base.file, head.source ? { known: head.source } : {}) : void 0, findings = [...head.findings];
  if (!head.fleet || !head.source || head.findings.length > 0)
    return finish({ findings, changes: [], head, ...base ? { base } : {} });
  let baseUsable = base?.fleet && base.source && base.findings.length === 0;
  if (base && !baseUsable) {
    let first = base.findings[0];
    findings.push(
      schemaFinding(
        "BASE_UNREADABLE",
        { file: head.file, line: 1, column: 1, severity: "warning" },
        { file: base.file, reason: first ? ` (line ${first.line}: ${first.message})` : "" }
      )
    );
  }
  let judgedHead = { fleet: head.fleet, source: head.source }, judgedBase = baseUsable ? { fleet: base.fleet, source: base.source } : void 0, policyName = judgedBase?.fleet.policy ?? head.fleet.policy, packFile = await input.resolvePack(
    policyName,
    judgedBase ? base.file : head.file
  );
  if (!packFile) {
    let { line, column } = positionOf(head.source, ["policy"]), known = input.knownPacks?.length ? ` The packs there are: ${input.knownPacks.join(", ")}.` : "";
    return findings.push(
      schemaFinding(
        /\.ya?ml$/.test(policyName) ? "PACK_PATH_NOT_FOUND" : "UNKNOWN_PACK",
        { file: head.file, line, column },
        { policy: policyName, known }
      )
    ), finish({ findings, changes: [], head, ...base ? { base } : {} });
  }
  let loaded = loadPack(packFile.text, packFile.file);
  if (!loaded.policy) {
    let first = loaded.findings[0];
    throw new RollgateError(
      `The policy pack ${packFile.file} is broken${first ? ` at line ${first.line}, column ${first.column}: ${printable(first.message)}` : "."}`
    );
  }
  let policy2 = loaded.policy, policyChanges = typeof input.policyChanges == "function" ? await input.policyChanges({
    head: head.fleet.policy,
    ...base?.fleet ? { base: base.fleet.policy } : {}
  }) : input.policyChanges ?? [];
  for (let change2 of policyChanges)
    change2.text !== void 0 && findings.push(...loadPack(change2.text, change2.file).findings);
  findings.push(...checkAgainstPack(judgedHead, policy2));
  let changes = judgedBase ? diffFleets(judgedBase.fleet, judgedHead.fleet) : [];
  return findings.push(...runRules(judgedHead, judgedBase, policy2, changes, policyChanges, input.now)), finish({ findings, changes, head, ...base ? { base } : {}, policy: policy2 });
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
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
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
  let findings = [], pack = policy2.pack, report = (path3, code, data, subject) => {
    let { line, column } = keyPositionOf(head.source, path3);
    findings.push(schemaFinding(code, { file: head.source.file, line, column, ...subject }, data));
  };
  for (let cluster of head.fleet.clusters) {
    let size = cluster.members.length;
    if (pack.members?.min !== void 0 && size < pack.members.min || pack.members?.max !== void 0 && size > pack.members.max) {
      let range = pack.members.min === pack.members.max ? `exactly ${pack.members.min}` : `${pack.members.min ?? 1} to ${pack.members.max ?? "any number of"}`;
      report(
        [...manifestPaths.cluster(cluster), "members"],
        "MEMBER_COUNT",
        { cluster: cluster.name, size: `${size} member${size === 1 ? "" : "s"}`, pack: pack.name, range },
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
        "UNKNOWN_COMPONENT",
        { component: at2.component, pack: pack.name, known: pack.order.join(", ") },
        subject
      );
      continue;
    }
    let source = spec.versioning.source, raw = source === "track" ? at2.state.channel?.split("/")[0] : at2.state.version;
    if (raw === void 0) {
      report(
        at2.path,
        "VERSION_MISSING",
        {
          component: at2.component,
          needed: source === "track" ? "a `channel` (track/risk)" : "a `version`",
          pack: pack.name
        },
        subject
      );
      continue;
    }
    if (!policy2.schemes.get(at2.component)?.isValid(raw)) {
      let known = spec.versioning.scheme === "tracks" ? ` It knows ${(spec.versioning.versions ?? []).join(", ")}.` : "";
      report(
        at2.path,
        "UNREADABLE_VERSION",
        {
          component: at2.component,
          what: source === "track" ? "track" : "version",
          version: raw,
          pack: pack.name,
          scheme: spec.versioning.scheme,
          known
        },
        subject
      );
    }
  }
  return findings;
}
function diffFleets(base, head) {
  let changes = [], baseClusters = new Map(base.clusters.map((c) => [c.name, c]));
  for (let cluster of head.clusters) {
    let before = baseClusters.get(cluster.name), names = /* @__PURE__ */ new Set([...Object.keys(before?.components ?? {}), ...Object.keys(cluster.components)]);
    for (let component of names) {
      let fromState = before?.components[component], toState = cluster.components[component];
      sameRun(fromState, toState) || changes.push(change(cluster.name, component, void 0, fromState, toState));
    }
    let baseOverriding = new Map(
      (before?.members ?? []).filter((m) => m.overrides).map((m) => [m.name, m])
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
  let findings = [], baseClusters = new Map(base?.fleet.clusters.map((c) => [c.name, c]) ?? []);
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
        }, template2 = rule.messages[finding.messageId];
        if (template2 === void 0) throw new Error(`${rule.id} has no message ${finding.messageId}.`);
        findings.push({
          rule: rule.id,
          code: finding.messageId,
          ...finding.data ? { data: finding.data } : {},
          severity,
          message: formatMessage(template2, finding.data),
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

// src/io/packs.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";

// src/io/files.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { constants } from "node:fs";
var MAX_READ_BYTES = 2 * YAML_LIMITS.maxBytes;
var EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

// src/io/paths.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import path from "node:path";
function toPosix(file) {
  return file.split(path.sep).join("/");
}

// src/io/packs.ts
var PACK_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
function isPackPath(nameOrPath) {
  return /\.ya?ml$/.test(nameOrPath);
}
function builtinPacks() {
  if (typeof define_ROLLGATE_BUILTIN_PACKS_default < "u") {
    let packs2 = /* @__PURE__ */ new Map();
    for (let [name, { text, json }] of Object.entries(define_ROLLGATE_BUILTIN_PACKS_default))
      rememberPrecompiledPack(text, json), packs2.set(name, text);
    return packs2;
  }
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
      let manifestDir = path2.posix.dirname(toPosix(manifestFile)), own = await readPackFile(nameOrPath, policiesDir, read2, manifestDir);
      if (own) return own;
      let text = isPackPath(nameOrPath) ? void 0 : builtin.get(nameOrPath);
      return text === void 0 ? void 0 : { file: `builtin:${nameOrPath}`, text };
    },
    known: [...builtin.keys()].sort()
  };
}
function packPath(nameOrPath, manifestDir) {
  if (!isPackPath(nameOrPath)) return;
  let file = path2.posix.normalize(path2.posix.join(toPosix(manifestDir), nameOrPath));
  if (!(file.startsWith("../") || file === ".." || path2.posix.isAbsolute(file)))
    return file;
}
async function readPackFile(nameOrPath, policiesDir, read2, manifestDir) {
  if (isPackPath(nameOrPath)) {
    let file = packPath(nameOrPath, manifestDir);
    if (file === void 0) return;
    let text = await read2(file);
    return text === void 0 ? void 0 : { file, text };
  }
  if (PACK_NAME.test(nameOrPath))
    for (let extension of [".yaml", ".yml"]) {
      let file = path2.posix.join(toPosix(policiesDir), `${nameOrPath}${extension}`), text = await read2(file);
      if (text !== void 0) return { file, text };
    }
}

// src/plan/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/plan/build.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/plan/canonical.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function jsonFile(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}

// src/plan/context.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function planContext(head, base, unfinished, policy2) {
  let clusters;
  if (head.waves) {
    let byWave = new Map(head.waves.map((wave) => [wave, []]));
    for (let cluster of head.clusters)
      cluster.wave !== void 0 && byWave.get(cluster.wave)?.push(cluster);
    clusters = [...byWave.values()].flat();
  } else
    clusters = [...head.clusters];
  return {
    policy: policy2,
    pack: policy2.pack,
    snapPins: (policy2.pack.rollout?.pins ?? "snap") === "snap",
    base,
    baseClusters: indexFleet(base),
    unfinishedClusters: unfinished.map(indexFleet),
    clusters,
    headClusters: new Map(head.clusters.map((cluster) => [cluster.name, cluster])),
    ordered: /* @__PURE__ */ new Map()
  };
}
function indexFleet(fleet2) {
  return new Map(
    (fleet2?.clusters ?? []).map((cluster) => [
      cluster.name,
      { cluster, members: new Map(cluster.members.map((m) => [m.name, m])) }
    ])
  );
}
function componentPolicy(context, name) {
  return Object.hasOwn(context.pack.components, name) ? context.pack.components[name] : void 0;
}
function runsOn(context, component, member) {
  let roles = componentPolicy(context, component)?.rollout?.roles;
  return !roles || roles.includes(member.role);
}
function componentsOf(context, cluster, baseCluster) {
  let names = new Set(Object.keys(cluster.components));
  for (let member of cluster.members)
    if (member.overrides) for (let name of Object.keys(member.overrides)) names.add(name);
  if (baseCluster) for (let name of Object.keys(baseCluster.components)) names.add(name);
  let key = [...names].join(" "), known = context.ordered.get(key);
  if (known) return known;
  let { order } = context.pack, inPack = order.filter((name) => names.has(name)), rest = [...names].filter((name) => !order.includes(name)).sort(), result = [...inPack, ...rest];
  return context.ordered.set(key, result), result;
}
function clusterOf(context, stage) {
  let cluster = context.headClusters.get(stage.cluster);
  if (!cluster) throw new Error(`cluster ${stage.cluster} vanished from the head fleet`);
  return cluster;
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
var LOCAL_TRANSPORT = { words: [], command: "arguments" }, REMOTE_SHELLS = ["ssh", "autossh", "pdsh", "dsh", "clush", "rsh"];
function parseTransport(template2) {
  if (template2 === void 0 || template2.trim() === "") return LOCAL_TRANSPORT;
  if (hasControl(template2))
    throw new RollgateError(
      'The transport must be one line of words, for example --transport "ssh {member}".'
    );
  let words = template2.trim().split(/\s+/);
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
  return words.some(
    (word) => REMOTE_SHELLS.includes(word.split("/").pop() ?? "")
  ) && !words.includes("{command}") && words.push("{command}"), { words, command: words.includes("{command}") ? "word" : "arguments" };
}
function transportArgv(step, transport) {
  if (step.on === "runner" || transport.words.length === 0) return step.run;
  let host = step.host ?? "", argv = [];
  for (let word of transport.words)
    word === "{command}" ? argv.push(step.run.map(shellWord).join(" ")) : argv.push(word.replaceAll("{member}", host));
  return transport.command === "word" ? argv : [...argv, ...step.run];
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
  ], all = [...stage.before, ...stage.members.flatMap((m) => m.steps), ...stage.after];
  all.some((step) => step.retry) && lines.push(...RETRY_FUNCTION), all.some((step) => step.unless) && lines.push(...UNLESS_FUNCTION), all.some((step) => step.onlyIf) && lines.push(...ONLY_IF_FUNCTION), all.some((step) => step.expect) && lines.push(...EXPECT_FUNCTION);
  let stepLine = (step, indent) => {
    let where = step.on === "runner" ? "runner" : step.host ?? "runner", command = transportArgv(step, transport), argv = step.expect ? [
      "rollgate_expect",
      String(step.expect.length),
      ...step.expect.flatMap((e) => [e.what, e.match, e.is]),
      ...command
    ] : command, run = step.retry ? `rollgate_retry ${[where, step.name, String(step.retry.attempts), String(step.retry.every), ...argv].map(shellQuote).join(" ")}` : `rollgate_run ${[where, step.name, ...argv].map(shellQuote).join(" ")}`, checks = [];
    if (step.onlyIf) {
      let { host, run: run2 } = step.onlyIf, onMember = transportArgv({ name: step.name, on: "member", host, run: run2 }, transport);
      checks.push(`rollgate_off ${[host, step.name, ...onMember].map(shellQuote).join(" ")}`);
    }
    if (step.unless) {
      let check2 = transportArgv({ ...step, run: step.unless }, transport);
      checks.push(`rollgate_done ${[where, step.name, ...check2].map(shellQuote).join(" ")}`);
    }
    return checks.length === 0 ? `${indent}${run}` : [`${indent}if ${checks.join(" || ")}; then :; else`, `${indent}  ${run}`, `${indent}fi`].join(
      `
`
    );
  }, memberFunction = (name, steps, title) => {
    lines.push(comment(title)), lines.push(`${name}() {`), steps.length === 0 && lines.push("  :");
    for (let step of steps) lines.push(stepLine(step, "  "));
    lines.push("}", "");
  }, split = /* @__PURE__ */ new Map();
  for (let part of stage.parts) part.until && split.set(part.until.member, part.until.step);
  stage.members.forEach((member, index) => {
    let gate = split.get(member.name);
    if (gate === void 0) {
      memberFunction(`rollgate_member_${index + 1}`, member.steps, member.name);
      return;
    }
    memberFunction(
      `rollgate_member_${index + 1}_before_gate`,
      member.steps.slice(0, gate),
      `${member.name}, up to its approval gate`
    ), memberFunction(
      `rollgate_member_${index + 1}_after_gate`,
      member.steps.slice(gate),
      `${member.name}, after its approval gate`
    );
  });
  let indexOf = new Map(stage.members.map((member, index) => [member.name, index + 1])), callOf = (part, name) => {
    let base = `rollgate_member_${indexOf.get(name)}`;
    return part.until?.member === name ? `${base}_before_gate` : part.resume?.member === name ? `${base}_after_gate` : base;
  };
  for (let part of stage.parts) {
    let first = part.part === 1, last = part.part === stage.parts.length;
    if (lines.push(
      comment(
        `Part ${part.part}: ${part.members.join(", ")}${part.approval ? ` (after approval: ${part.reason ?? ""})` : ""}`
      )
    ), lines.push(`rollgate_part_${part.part}() {`), first) for (let step of stage.before) lines.push(stepLine(step, "  "));
    let calls = part.members.map((name) => callOf(part, name));
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
  let everyPart = stage.parts.map((part) => `rollgate_part_${part.part}`).join("; ");
  lines.push('case "${1:-all}" in'), lines.push(`  all) ${everyPart} ;;`);
  for (let part of stage.parts) lines.push(`  ${part.part}) rollgate_part_${part.part} ;;`);
  return lines.push(
    `  *) printf 'rollgate: %s has parts 1 to %s, not %s.\\n' ${shellQuote(stage.id)} ${shellQuote(String(stage.parts.length))} "$1" >&2; exit 2 ;;`
  ), lines.push("esac"), lines.push(`printf 'rollgate: stage %s: %s done.\\n' ${shellQuote(stage.id)} "\${1:-all parts}" >&2`), `${lines.join(`
`)}
`;
}
var RETRY_FUNCTION = [
  "# Runs a check until it passes, at most ATTEMPTS times EVERY seconds apart; then ends the stage.",
  "rollgate_retry() {",
  '  local where="$1" step="$2" attempts="$3" every="$4" try=1',
  "  shift 4",
  `  printf 'rollgate: %s: %s\\n' "$where" "$step" >&2`,
  '  until "$@"; do',
  '    if [ "$try" -ge "$attempts" ]; then',
  `      printf 'rollgate: %s: step %s failed %s times; the stage stops here.\\n' "$where" "$step" "$try" >&2`,
  "      exit 1",
  "    fi",
  "    try=$((try + 1))",
  '    sleep "$every"',
  "  done",
  "}",
  ""
], UNLESS_FUNCTION = [
  "# Whether a step is done already (its check succeeds): then it is passed over, and a rerun never redoes it.",
  "rollgate_done() {",
  '  local where="$1" step="$2"',
  "  shift 2",
  '  if "$@" >/dev/null 2>&1; then',
  `    printf 'rollgate: %s: %s: done already, passed over\\n' "$where" "$step" >&2`,
  "    return 0",
  "  fi",
  "  return 1",
  "}",
  ""
], ONLY_IF_FUNCTION = [
  "# Whether a step is not for this member (its check, run on the member, fails): then it is passed over.",
  "rollgate_off() {",
  '  local where="$1" step="$2"',
  "  shift 2",
  '  if "$@" >/dev/null 2>&1; then',
  "    return 1",
  "  fi",
  `  printf 'rollgate: %s: %s: not on this member, passed over\\n' "$where" "$step" >&2`,
  "  return 0",
  "}",
  ""
], EXPECT_FUNCTION = [
  "# Runs a command and reads its output back: for each of COUNT (WHAT, MATCH, WANT), the first line MATCH (an",
  "# extended regular expression) finds, its last group, must be WANT; no such line reads as empty.",
  "rollgate_expect() {",
  '  local count="$1" out line got i what match want',
  "  shift",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '  local checks=("${@:1:count*3}")',
  "  shift $((count * 3))",
  '  out=$("$@") || return 1',
  "  for ((i = 0; i < count * 3; i += 3)); do",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  "    what=${checks[i]} match=${checks[i+1]} want=${checks[i+2]} got=''",
  "    while IFS= read -r line; do",
  "      if [[ $line =~ $match ]]; then",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  "        got=${BASH_REMATCH[${#BASH_REMATCH[@]}-1]}",
  "        break",
  "      fi",
  '    done <<<"$out"',
  '    if [ "$got" != "$want" ]; then',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
  '      printf \'rollgate: %s is %s, not %s\\n\' "$what" "${got:-(nothing)}" "${want:-(nothing)}" >&2',
  "      return 1",
  "    fi",
  "  done",
  "}",
  ""
];
function comment(text) {
  return `# ${text.replace(CONTROL, " ")}`;
}
var CONTROL = /[\u0000-\u001f\u007f]/g;
function hasControl(text) {
  return text.search(CONTROL) >= 0;
}

// src/plan/writer.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { createHash } from "node:crypto";

// src/plan/json-text.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function arrayItem(value) {
  return JSON.stringify({ a: [value] }, null, 2).slice(10, -6);
}
function* jsonObjectPieces(fields, { open = !1, opened = !1 } = {}) {
  let first = !opened;
  for (let field of fields) {
    let head = `${first ? "{" : ","}
  ${JSON.stringify(field.key)}: `;
    if (first = !1, "items" in field) {
      let [open2, close] = field.kind === "array" ? ["[", "]"] : ["{", "}"], any = !1;
      for (let item of field.items)
        yield any ? `,${item}` : `${head}${open2}${item}`, any = !0;
      yield any ? `
  ${close}` : `${head}${open2}${close}`;
    } else {
      let value = "later" in field ? field.later() : field.value;
      yield `${head}${indented(value, `
  `)}`;
    }
  }
  open || (yield first ? "{}" : `
}`);
}
function indented(value, newline) {
  let text = JSON.stringify(value, null, 2) ?? "null";
  return text.includes(`
`) ? text.replaceAll(`
`, newline) : text;
}
var CHUNK_SIZE = 65536, ChunkedFile = class {
  constructor(path3, executable = !1) {
    this.path = path3;
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
function* jsonFileChunks(path3, fields) {
  let file = new ChunkedFile(path3);
  for (let piece of jsonObjectPieces(fields)) {
    let chunk = file.add(piece);
    chunk && (yield chunk);
  }
  file.add(`
`), yield file.end();
}
function wholeFile(path3, text, executable = !1) {
  return { path: path3, text, executable, end: !0 };
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

// src/plan/pins.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var DIRECT_WITHOUT_WAVES = "all";
function pinsEntry(cluster, components, cells) {
  let written = /* @__PURE__ */ new Map(), columns = keyOrder(components.map((name, column) => ({ name, column, key: JSON.stringify(name) }))), previous, list = "";
  for (let { name, row } of keyOrder(cluster.members.map((member, row2) => ({ name: member.name, row: row2 })))) {
    let rowCells = cells[row];
    if (!previous || !sameRow(previous.cells, rowCells)) {
      let body = "";
      for (let { column, key } of columns) {
        let cell = rowCells[column], pin = cell.pin;
        if (!pin) continue;
        let text = cell.changed ? void 0 : written.get(pin);
        text === void 0 && (text = "{", pin.channel !== void 0 && (text += `
            "channel": ${JSON.stringify(pin.channel)},`), pin.revision !== void 0 && (text += `
            "revision": ${JSON.stringify(pin.revision)},`), pin.version !== void 0 && (text += `
            "version": ${JSON.stringify(pin.version)},`), text += `
            "changed": ${cell.changed}
          }`, cell.changed || written.set(pin, text)), body += `${body === "" ? "" : ","}
          ${key}: ${text}`;
      }
      previous = { cells: rowCells, body: body === "" ? "{}" : `{${body}
        }` };
    }
    list += `${list === "" ? "" : ","}
        ${JSON.stringify(name)}: ${previous.body}`;
  }
  let wave = JSON.stringify(cluster.wave ?? null), proxy = JSON.stringify(cluster.proxy ?? null), members = list === "" ? "{}" : `{${list}
      }`;
  return `
    ${JSON.stringify(cluster.name)}: {
      "wave": ${wave},
      "proxy": ${proxy},
      "members": ${members}
    }`;
}
function sameRow(a, b) {
  if (a === b) return !0;
  for (let column = 0; column < a.length; column++)
    if (a[column]?.pin !== b[column]?.pin || a[column]?.changed !== b[column]?.changed) return !1;
  return !0;
}
function keyOrder(items) {
  return items.some((item) => isArrayIndex(item.name)) ? [...items.filter((item) => isArrayIndex(item.name)).sort((a, b) => Number(a.name) - Number(b.name)), ...items.filter((item) => !isArrayIndex(item.name))] : items;
}
function isArrayIndex(name) {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(name) && Number(name) < 2 ** 32 - 1;
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
function directPins(context, cluster, components, cells) {
  let text = "", any = !1, bodies = /* @__PURE__ */ new Map();
  for (let row = 0; row < cluster.members.length; row++) {
    let member = cluster.members[row], rowCells = cells[row], byRole = bodies.get(rowCells), body = byRole?.get(member.role);
    if (body === void 0) {
      body = "";
      for (let column = 0; column < components.length; column++) {
        let component = components[column], pin = rowCells[column]?.pin;
        !pin || !runsOn(context, component, member) || (pin.revision !== void 0 && (any = !0), body += `${directLine(component, pin)}
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
function addDirect(walked, cluster, text) {
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
  let chunk = file.add(text);
  chunk && walked.queue.push(chunk);
}
function served(cluster, components, cells) {
  let found = [], seen = /* @__PURE__ */ new Set();
  return components.forEach((component, column) => {
    cluster.members.forEach((member, row) => {
      let pin = cells[row]?.[column]?.pin;
      pin?.channel === void 0 || pin.revision === void 0 || seen.has(pin) || (seen.add(pin), found.push({
        component,
        channel: pin.channel,
        revision: pin.revision,
        where: `${cluster.name}/${member.name}`
      }));
    });
  }), found;
}
function serve(cluster, name, found, proxies) {
  let proxy = proxies.get(name);
  proxy || (proxy = { clusters: [], lines: /* @__PURE__ */ new Map() }, proxies.set(name, proxy)), proxy.clusters.push(cluster);
  for (let { component, channel, revision, where } of found) {
    let key = `${component} ${channel}`, known = proxy.lines.get(key);
    if (known && known.revision !== revision)
      throw new RollgateError(
        `Proxy ${name} would have to serve ${component} ${channel} at revision ${known.revision} (${known.where}) and ${revision} (${where}); a proxy override serves one revision per channel (see pins/conflict).`
      );
    known || proxy.lines.set(key, { revision, where });
  }
}
function proxyFiles(walked, planId) {
  let files = [], proxies = [...walked.proxies.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  for (let [name, proxy] of proxies) {
    let lines = [
      `# rollgate plan ${planId}`,
      `# Enterprise Store Proxy ${name}, serving ${proxy.clusters.join(", ")}: the revision each snap channel serves.`,
      "# Each stage job sets the overrides of its own component before refreshing; apply the whole file to set them all at once."
    ];
    for (let [key, { revision }] of proxy.lines) {
      let [component, channel] = key.split(" ");
      lines.push(["snap-proxy", "override", component, `${channel}=${revision}`].map(shellWord).join(" "));
    }
    files.push([`${name}.txt`, `${lines.join(`
`)}
`]);
  }
  return files;
}
function proxyPins(context, cluster, component, members) {
  if (cluster.proxy === void 0 || !context.snapPins) return [];
  let lines = /* @__PURE__ */ new Set();
  for (let member of members)
    member.to.channel === void 0 || member.to.revision === void 0 || lines.add(`${member.to.channel}=${member.to.revision}`);
  return [...lines].map((override) => ({
    name: "pin",
    run: ["snap-proxy", "override", component, override],
    on: "proxy",
    host: cluster.proxy
  }));
}

// src/plan/preview.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/report/escape.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;
function visible(text) {
  return printable(text).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var LIVE = /@|#\w|\bGH-\d|:\/\/|www\./i, AROUND = /^([([{"'<]*)(.*?)([)\]}"'>.,;:!?]*)$/s;
function inlineMarkdown(text) {
  let parts = visible(text.replace(/[\r\n]+/g, " ")).split("`"), out = "", plainText = "", pending, flush = () => {
    plainText !== "" ? out += escapePlain(plainText) : pending !== void 0 && (out += codeSpan(pending)), plainText = "", pending = void 0;
  }, code = (body) => {
    plainText !== "" && flush(), pending = (pending ?? "") + body;
  }, plain = (body) => {
    body !== "" && (pending !== void 0 && flush(), plainText += body);
  }, raw = (markdown) => {
    flush(), out += markdown;
  };
  return parts.forEach((part, i) => {
    if (i % 2 === 1 && i < parts.length - 1) return code(part);
    if (i % 2 === 1 && raw("\\`"), !LIVE.test(part)) return plain(part);
    for (let [word] of part.matchAll(/\s+|\S+/g)) {
      let [, before = "", core = "", after = ""] = AROUND.exec(word) ?? [];
      /^\s/.test(word) || !LIVE.test(core) ? plain(word) : (plain(before), code(core), plain(after));
    }
  }), flush(), out;
}
function codeSpan(text) {
  let body = visible(text.replace(/`/g, "'").replace(/[\r\n]+/g, " ")).replace(/\|/g, "\\|");
  return body === "" ? "` `" : /^ .* $/.test(body) && !/^ +$/.test(body) ? `\` ${body} \`` : `\`${body}\``;
}
function inertText(text) {
  return visible(text).replace(/::/g, ":\\u003a");
}
function escapePlain(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\*_[\]()#|~!+=^{}$-])/g, "\\$1");
}

// src/plan/preview.ts
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
  lines.push(
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
  }), plan.stages.length > MAX_TABLE_ROWS && lines.push("", `\u2026and ${plan.stages.length - MAX_TABLE_ROWS} more stages; plan.json has them all.`), lines.push("", ...mermaid(plan.stages));
  let reordered = plan.stages.filter((stage) => stage.orderReason !== void 0);
  if (reordered.length > 0) {
    lines.push("", "**Order:** stages that move before the pack's order would have them, and why.", "");
    for (let stage of reordered.slice(0, MAX_TABLE_ROWS))
      lines.push(`- ${codeSpan(stage.id)}: ${inlineMarkdown(stage.orderReason ?? "")}`);
    reordered.length > MAX_TABLE_ROWS && lines.push(`- \u2026and ${reordered.length - MAX_TABLE_ROWS} more; plan.json has them all.`);
  }
  if (plan.notes.length > 0) {
    lines.push("", "**Notes**", "");
    for (let note of plan.notes) lines.push(`- ${inlineMarkdown(note)}`);
  }
  return `${lines.join(`
`)}
`;
}
function memberCell(stage) {
  if (stage.strategy === "parallel")
    return `${stage.members.map((m) => codeSpan(m.name)).join(" + ")} (all at once)`;
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
    let key = `${stage.wave ?? ""}\0${stage.cluster}`;
    key !== group && (group !== void 0 && lines.push("  end"), group = key, lines.push(
      `  subgraph c${index + 1}["${label(stage.wave ? `wave ${stage.wave}: ${stage.cluster}` : stage.cluster)}"]`
    ));
    let first = stage.parts[0];
    first?.approval && (lines.push(`    a${index + 1}{{"${label(`approval: ${first.members[0] ?? ""}`)}"}}`), chain.push(`a${index + 1}`));
    let order = stage.strategy === "parallel" ? "all at once" : "one at a time", pauses = stage.parts.slice(1).filter((part) => part.approval).map((part) => part.members[0] ?? ""), text = [
      `${stage.component}: ${stage.from ?? "(new)"} to ${stage.to}`,
      `${order}: ${stage.members.map((m) => m.name).join(", ")}`,
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

// src/plan/rollback.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/plan/parts.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function orderMembers(members) {
  let placed = members.map((member, row) => [member, row]);
  return [...placed.filter(([m]) => m.role === "control"), ...placed.filter(([m]) => m.role !== "control")];
}
function splitParts(members, strategy, pause) {
  if (strategy === "parallel") {
    let manual = members.filter((m) => m.workload === "manual").map((m) => m.name), reasons = [];
    return pause !== "none" && reasons.push(`pauseAfterMember is ${pause}, and a parallel stage can only pause before it starts`), manual.length > 0 && reasons.push(
      `${listNames(manual)} ${manual.length === 1 ? "has" : "have"} manual workload handling: move the workloads away, then approve`
    ), [
      {
        part: 1,
        members: members.map((m) => m.name),
        approval: reasons.length > 0,
        reason: reasons.length > 0 ? joinReasons(reasons) : null
      }
    ];
  }
  let parts = [];
  return members.forEach((member, index) => {
    let reasons = [], previous = members[index - 1];
    previous && (pause === "all" || pause === "first" && index === 1) && reasons.push(`${previous.name} is done (pauseAfterMember ${pause}): check it, then approve`);
    let gateAt = member.workload === "manual" ? member.steps.findIndex((step) => step.gate === "before") : -1;
    member.workload === "manual" && gateAt < 0 && reasons.push(`${member.name} has manual workload handling: move its workloads away, then approve`);
    let current = parts[parts.length - 1];
    if (gateAt >= 0) {
      let until = { member: member.name, step: gateAt };
      !current || reasons.length > 0 ? parts.push({
        part: parts.length + 1,
        members: [member.name],
        approval: reasons.length > 0,
        reason: reasons.length > 0 ? joinReasons(reasons) : null,
        until
      }) : (current.members.push(member.name), current.until = until), parts.push({
        part: parts.length + 1,
        members: [member.name],
        approval: !0,
        reason: `${member.name} has manual workload handling: its steps before ${member.steps[gateAt]?.name ?? "the gate"} are done; move its workloads away, then approve.`,
        resume: { member: member.name, step: gateAt }
      });
      return;
    }
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

// src/plan/steps.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/plan/values.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var VALID = {
  component: /^[a-z0-9][a-z0-9._-]{0,62}$/,
  member: /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/,
  cluster: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  channel: /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}\/(?:stable|candidate|beta|edge)(?:\/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$/,
  track: /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$/,
  revision: /^[1-9][0-9]{0,9}$/,
  version: /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/,
  proxy: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  attempts: /^[1-9][0-9]?$/,
  from: /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/
}, DEFAULT_MIGRATION_ATTEMPTS = 3;
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
  for (let [key, value] of Object.entries(first))
    all.every((values) => values[key] === value) && (shared[key] = value);
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
  return made || (made = spec.run.map(parse), templates.set(spec, made)), made;
}
var UNKNOWN_FROM = "unknown";
function durationSeconds(text) {
  let match = /^([1-9][0-9]{0,5})([smh])$/.exec(text);
  if (!match) throw new RollgateError(`${JSON.stringify(text)} is not a duration such as 90s, 10m or 2h.`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2]];
}
function fillStep(spec, values, host, where) {
  let run = fillArgs(spec, templatesOf(spec), values, where), on = spec.on === "runner" ? "runner" : "member", step = { name: spec.name, run, on, host: on === "runner" ? null : host };
  if (spec.expect && (step.expect = spec.expect.map((e) => {
    let [what, is] = fillArgs(spec, [parse(e.what), parse(e.is)], values, where);
    return fillArgs(spec, [parse(e.match)], values, where), { what, match: escapeFilled(e.match, values), is };
  })), spec.retry) {
    let timeout = durationSeconds(spec.retry.timeout), every = durationSeconds(spec.retry.every);
    step.retry = { attempts: Math.max(1, Math.floor(timeout / every)) + 1, every };
  }
  if (spec.creates !== void 0) {
    let [path3] = fillArgs(spec, [parse(spec.creates)], values, where);
    step.creates = path3, step.unless = ["test", "-e", path3];
  }
  return spec.unless && (step.unless = fillArgs(spec, spec.unless.map(parse), values, where)), spec.onlyIf && (step.onlyIf = { host, run: fillArgs(spec, spec.onlyIf.map(parse), values, where) }), spec.gate && (step.gate = spec.gate), step;
}
function parse(arg) {
  if (!arg.includes("{")) return arg;
  let template2 = [], from = 0;
  for (let match of arg.matchAll(PLACEHOLDER))
    match.index > from && template2.push({ text: arg.slice(from, match.index) }), template2.push({ name: match[1] }), from = match.index + match[0].length;
  return from < arg.length && template2.push({ text: arg.slice(from) }), template2;
}
function fillArgs(spec, templates2, values, where) {
  return templates2.map((template2) => {
    if (typeof template2 == "string") return template2;
    let arg = "";
    for (let part of template2) {
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
  });
}
function escapeFilled(template2, values) {
  return template2.replace(PLACEHOLDER, (whole, name) => {
    let value = values[name];
    return value === void 0 ? whole : value.replace(/[.*+?^$()[\]{}|\\]/g, "\\$&");
  });
}

// src/plan/steps.ts
function sharedFrom(members) {
  let versions = new Set(members.map((m) => m.from?.version ?? UNKNOWN_FROM));
  return versions.size === 1 ? [...versions][0] : UNKNOWN_FROM;
}
function memberSteps(context, cluster, member, component, target, kind, first, from = null) {
  let rollout = componentPolicy(context, component)?.rollout, specs = kind === "rollback" ? rollout?.rollback ?? rollout?.member ?? [] : rollout?.member ?? [], values = {
    ...pinValues(target),
    component,
    member: member.name,
    cluster: cluster.name,
    attempts: String(member.migrationAttempts ?? DEFAULT_MIGRATION_ATTEMPTS),
    from: from?.version ?? UNKNOWN_FROM
  };
  return cluster.proxy !== void 0 && (values.proxy = cluster.proxy), specs.filter((spec) => applies(spec, member.workload, first, cluster)).map((spec) => fillStep(spec, values, member.name, `${component} on ${cluster.name}/${member.name}`));
}
function componentSteps(context, cluster, component, key, members) {
  let specs = componentPolicy(context, component)?.rollout?.[key] ?? [], host = members[0];
  if (!host || specs.length === 0) return [];
  let values = {
    ...summariseValues(members.map((m) => pinValues(m.to))),
    component,
    member: host.name,
    cluster: cluster.name,
    from: sharedFrom(members)
  };
  cluster.proxy !== void 0 && (values.proxy = cluster.proxy);
  let where = `the ${key} steps of ${component} in ${cluster.name}`, control = cluster.members.filter((member) => member.role === "control"), byName3 = new Map(cluster.members.map((member) => [member.name, member]));
  return specs.flatMap((spec) => spec.each === "member" ? members.filter((member) => applies(spec, member.workload, !0, cluster)).map((member) => {
    let attempts = byName3.get(member.name)?.migrationAttempts ?? DEFAULT_MIGRATION_ATTEMPTS, own = {
      ...values,
      ...pinValues(member.to),
      member: member.name,
      from: member.from?.version ?? UNKNOWN_FROM,
      attempts: String(attempts)
    };
    return fillStep(spec, own, member.name, where);
  }) : applies(spec, host.workload, !0, cluster) ? spec.on === "control" ? control.map((member) => fillStep(spec, { ...values, member: member.name }, member.name, where)) : [fillStep(spec, values, host.name, where)] : []);
}
function clusterSteps(context, cluster, specs, members, runs) {
  let host = cluster.members.find((member) => member.role === "control") ?? members[0];
  if (!host || !specs?.length) return [];
  let values = {
    ...summariseValues(members.map((m) => pinValues(m.to))),
    member: host.name,
    cluster: cluster.name,
    from: sharedFrom(members)
  };
  return cluster.proxy !== void 0 && (values.proxy = cluster.proxy), specs.filter(
    (spec) => applies(spec, host.workload, !0, cluster) && needsHold(context, spec, runs, host.name)
  ).map((spec) => fillStep(spec, values, host.name, `the pack's cluster steps in ${cluster.name}`));
}
function needsHold(context, spec, cluster, memberName) {
  if (!spec.needs) return !0;
  let member = cluster?.members.find((m) => m.name === memberName);
  return !cluster || !member ? !1 : Object.entries(spec.needs).every(([component, versions]) => {
    let version = comparableVersion(context.policy, component, memberState(cluster, member, component)), scheme = context.policy.schemes.get(component);
    return version !== void 0 && scheme !== void 0 && versions.some((v) => scheme.matches(version, v));
  });
}

// src/plan/rollback.ts
function* rollbackChunks(context, stages, planId, transport) {
  let heading = [
    { key: "apiVersion", value: "rollgate/v1" },
    { key: "kind", value: "RollbackPlan" },
    { key: "plan", value: planId }
  ], support = context.pack.rollout?.rollback;
  if (support && !support.supported) {
    yield* jsonFileChunks("rollback.json", [
      ...heading,
      { key: "supported", value: !1 },
      { key: "statement", value: support.statement },
      ...keptField(stages)
    ]);
    return;
  }
  let reversed = [...stages].reverse(), kept = reversed.filter((stage) => stage.members.some((member) => member.from)), width = Math.max(2, String(kept.length).length), lastOfCluster = new Map(kept.map((stage) => [stage.cluster, stage])), notes = [], overrides = {}, scripts = [];
  function* items() {
    let index = 0;
    for (let stage of reversed) {
      let rollback = rollbackStage(context, stage, notes);
      if (!rollback) continue;
      index++;
      let cluster = clusterOf(context, stage), after = lastOfCluster.get(stage.cluster) === stage ? clusterSteps(
        context,
        cluster,
        context.pack.rollout?.finally,
        rollback.members,
        context.baseClusters.get(cluster.name)?.cluster
      ) : [], { before, members, parts, ...fields } = rollback, done = {
        id: `rollback-${String(index).padStart(width, "0")}-${stage.cluster}-${stage.component}`,
        ...fields,
        before,
        members,
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
function rollbackStage(context, stage, notes) {
  let cluster = clusterOf(context, stage), byName3 = new Map(cluster.members.map((m) => [m.name, m])), members = [];
  for (let planned of stage.members) {
    if (!planned.from) {
      notes.push(
        `${stage.cluster}/${planned.name} had no ${stage.component} in the base, so there is nothing to roll it back to.`
      );
      continue;
    }
    let member = byName3.get(planned.name);
    members.push({
      name: planned.name,
      role: planned.role,
      workload: planned.workload,
      from: planned.to,
      to: planned.from,
      steps: memberSteps(
        context,
        cluster,
        member,
        stage.component,
        planned.from,
        "rollback",
        members.length === 0,
        planned.to
      )
    });
  }
  if (members.length === 0) return;
  let parts = splitParts(members, stage.strategy, stage.pauseAfterMember);
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
    before: proxyPins(context, cluster, stage.component, members),
    members,
    parts
  };
}
function* interleaved(file, pieces, queue) {
  for (let piece of pieces) {
    let chunk = file.add(piece);
    chunk && (yield chunk), yield* queue.splice(0);
  }
  file.add(`
`), yield file.end(), yield* queue.splice(0);
}
function keptField(stages) {
  let kept = [], seen = /* @__PURE__ */ new Set();
  for (let stage of stages) {
    let steps = [...stage.before, ...stage.members.flatMap((m) => m.steps), ...stage.after];
    for (let step of steps) {
      if (step.creates === void 0) continue;
      let key = `${step.host ?? ""}\0${step.creates}`;
      seen.has(key) || (seen.add(key), kept.push({ cluster: stage.cluster, host: step.host, step: step.name, path: step.creates }));
    }
  }
  return kept.length > 0 ? [{ key: "kept", value: kept }] : [];
}

// src/plan/stages.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/plan/order.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function orderDrafts(context, cluster, drafts, found) {
  if (!context.base || drafts.length === 0) return;
  let transition = planTransition(
    context.policy,
    clusterMove(cluster, context.baseClusters.get(cluster.name)?.cluster)
  );
  if (!transition.ok) {
    let { messageId, data } = transitionMessage(context.policy, cluster.name, transition);
    found.notes.push(
      `${formatMessage(orderTransition.messages[messageId], data)} (order/transition: the stages of ${cluster.name} follow the pack's order.)`
    );
    return;
  }
  if (!transition.reordered) return;
  let { ahead, text } = transition.reordered, rank2 = new Map(transition.order.map((name, index) => [name, index])), last = Number.MAX_SAFE_INTEGER;
  drafts.sort((a, b) => (rank2.get(a.component) ?? last) - (rank2.get(b.component) ?? last));
  for (let draft of drafts) ahead.includes(draft.component) && (draft.orderReason = text);
}

// src/plan/stages.ts
function startWalk(context) {
  let walked = { drafts: [], notes: [], proxies: /* @__PURE__ */ new Map(), direct: /* @__PURE__ */ new Map(), queue: [] };
  context.base || walked.notes.push("No base manifest: every member is planned from an unknown state to its pin.");
  let unfinished = context.unfinishedClusters.length;
  return unfinished > 0 && walked.notes.push(
    `${unfinished} earlier rollout${unfinished === 1 ? "" : "s"} did not finish; members that one of them may have moved are planned as well.`
  ), walked;
}
function* walk3(context, walked) {
  let take = (cluster, own) => {
    walked.drafts.push(...own.drafts), walked.notes.push(...own.notes), cluster.proxy !== void 0 && context.snapPins && serve(cluster.name, cluster.proxy, own.served, walked.proxies), own.direct !== void 0 && addDirect(walked, cluster, own.direct);
  }, order = keyOrder(context.clusters), found = order === context.clusters ? void 0 : /* @__PURE__ */ new Map();
  for (let cluster of order) {
    let baseEntry = context.baseClusters.get(cluster.name), components = componentsOf(context, cluster, baseEntry?.cluster), cells = readCells(context, cluster, components, baseEntry), own = { drafts: [], notes: [], served: [], direct: void 0 };
    draftStages(context, cluster, components, cells, own), context.snapPins && (cluster.proxy === void 0 ? own.direct = directPins(context, cluster, components, cells) : own.served = served(cluster, components, cells)), found ? found.set(cluster, own) : take(cluster, own), yield pinsEntry(cluster, components, cells);
  }
  if (found) for (let cluster of context.clusters) take(cluster, found.get(cluster));
}
function readCells(context, cluster, components, baseEntry) {
  let pins = /* @__PURE__ */ new Map(), cell = (member, baseMember, component) => {
    let to = memberState(cluster, member, component), from = baseEntry && baseMember ? memberState(baseEntry.cluster, baseMember, component) : void 0;
    if (!to) return { to, pin: void 0, from, changed: !1 };
    let pin = pins.get(to);
    return pin || (pin = pinOf(to, `${component} on ${cluster.name}/${member.name}`), pins.set(to, pin)), { to, pin, from, changed: moves(context, cluster, member, component, from, to) };
  }, shared;
  return cluster.members.map((member) => {
    let baseMember = baseEntry?.members.get(member.name), plain = context.unfinishedClusters.length === 0 && !member.overrides && baseMember !== void 0 && !baseMember.overrides;
    if (plain && shared) return shared;
    let row = components.map((component) => cell(member, baseMember, component));
    return plain && (shared = row), row;
  });
}
function moves(context, cluster, member, component, from, to) {
  if (!sameRun(from, to)) return !0;
  for (let unfinished of context.unfinishedClusters) {
    let entry = unfinished.get(cluster.name), other = entry?.members.get(member.name), state = entry && other ? memberState(entry.cluster, other, component) : void 0;
    if (state && !sameRun(state, to)) return !0;
  }
  return !1;
}
function draftStages(context, cluster, components, cells, walked) {
  if (!cells.some((row) => row.some((cell) => cell.changed || cell.from && !cell.pin))) return;
  let ordered = orderMembers(cluster.members), drafts = [];
  components.forEach((component, column) => {
    let movers = [];
    for (let [member, row] of ordered) {
      if (!runsOn(context, component, member)) continue;
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
    let members = movers.map(
      ({ member, from, to }, index) => ({
        name: member.name,
        role: member.role,
        workload: member.workload,
        from,
        to,
        steps: memberSteps(context, cluster, member, component, to, "member", index === 0, from)
      })
    ), policy2 = componentPolicy(context, component);
    policy2?.rollout || walked.notes.push(
      `The ${context.pack.name} pack gives ${component} no rollout steps, so its stage in ${cluster.name} only pins it.`
    );
    let strategy = policy2?.rollout?.strategy ?? "serial", pause = cluster.pauseAfterMember ?? context.pack.rollout?.pauseAfterMember ?? "none", health = policy2?.rollout?.member.find((step) => step.name === "health")?.run ?? null;
    drafts.push({
      cluster,
      component,
      members,
      strategy,
      pause,
      parts: splitParts(members, strategy, pause),
      health: health ? [...health] : null,
      first: !1,
      last: !1
    });
  }), orderDrafts(context, cluster, drafts, walked);
  let firstDraft = drafts[0], lastDraft = drafts[drafts.length - 1];
  firstDraft && (firstDraft.first = !0), lastDraft && (lastDraft.last = !0), walked.drafts.push(...drafts);
}
function finishStages(context, drafts) {
  let width = Math.max(2, String(drafts.length).length);
  return drafts.map((draft, index) => {
    let { cluster, component, members } = draft;
    return {
      // Key order is the output's: fixed here so plan.json reads the same field order on every stage.
      id: `${String(index + 1).padStart(width, "0")}-${cluster.name}-${component}`,
      wave: cluster.wave ?? null,
      cluster: cluster.name,
      component,
      from: summarise(members.map((m) => m.from)),
      to: summarise(members.map((m) => m.to)) ?? "",
      ...draft.orderReason !== void 0 ? { orderReason: draft.orderReason } : {},
      strategy: draft.strategy,
      proxy: cluster.proxy ?? null,
      runner: cluster.runner ?? null,
      gate: draft.parts.some((part) => part.approval) ? "approval" : "none",
      pauseAfterMember: draft.pause,
      health: draft.health,
      before: [
        ...draft.first ? clusterSteps(
          context,
          cluster,
          context.pack.rollout?.first,
          members,
          context.baseClusters.get(cluster.name)?.cluster
        ) : [],
        ...proxyPins(context, cluster, component, members),
        ...componentSteps(context, cluster, component, "before", members)
      ],
      members,
      after: [
        ...componentSteps(context, cluster, component, "after", members),
        ...draft.last ? clusterSteps(context, cluster, context.pack.rollout?.finally, members, cluster) : []
      ],
      parts: draft.parts
    };
  });
}

// src/plan/writer.ts
function* planChunks(context, transport, waves) {
  let policy2 = context.pack.name, hash = createHash("sha256"), walked = startWalk(context);
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
      { key: "clusters", items: hashed(walk3(context, walked)), kind: "object" }
    ],
    { open: !0 }
  )) {
    let chunk = pins.add(piece);
    chunk && (yield chunk), yield* walked.queue.splice(0);
  }
  let stages = finishStages(context, walked.drafts), planFile = new ChunkedFile("plan.json");
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
  for (let [file, key] of [
    [planFile, "id"],
    [pins, "plan"]
  ]) {
    for (let piece of jsonObjectPieces([{ key, value: id }], { opened: !0 })) file.add(piece);
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
  for (let [name, text] of proxyFiles(walked, id)) yield wholeFile(`overrides/${name}`, text);
  for (let stage of stages)
    yield wholeFile(`jobs/${stage.id}.sh`, renderJobScript(stage, id, transport), !0);
  return yield* rollbackChunks(context, stages, id, transport), yield wholeFile("matrix.json", jsonFile(matrixChunks(plan))), yield wholeFile("preview.md", renderPlanPreview(plan)), plan;
}

// src/plan/build.ts
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
  let transport = parseTransport(input.transport), context = planContext(head, result.base?.fleet, input.unfinished ?? [], result.policy);
  return planChunks(context, transport, head.waves ?? null);
}
function planOnly(input) {
  let stream = streamPlan(input), next = stream.next();
  for (; !next.done; ) next = stream.next();
  return next.value;
}
function buildPlan(input) {
  let stream = streamPlan(input), texts = /* @__PURE__ */ new Map(), next = stream.next();
  for (; !next.done; next = stream.next())
    texts.set(next.value.path, (texts.get(next.value.path) ?? "") + next.value.text);
  let plan = next.value, overrides = {}, jobs = {};
  for (let [file, text] of texts)
    file.startsWith("overrides/") ? overrides[file.slice(10)] = text : file.startsWith("jobs/") && (jobs[file.slice(5, -3)] = text);
  return {
    plan,
    pins: JSON.parse(texts.get("pins.json") ?? "null"),
    overrides,
    rollback: JSON.parse(texts.get("rollback.json") ?? "null"),
    jobs
  };
}
function bundleFiles(bundle) {
  let files = [
    { path: "plan.json", text: jsonFile(bundle.plan), executable: !1 },
    { path: "pins.json", text: jsonFile(bundle.pins), executable: !1 },
    { path: "rollback.json", text: jsonFile(bundle.rollback), executable: !1 }
  ];
  for (let [name, text] of Object.entries(bundle.overrides))
    files.push({ path: `overrides/${name}`, text, executable: !1 });
  for (let [id, text] of Object.entries(bundle.jobs))
    files.push({ path: `jobs/${id}.sh`, text, executable: !0 });
  return files;
}

// src/report/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/report/json.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function toJsonReport(result) {
  return {
    ok: result.ok,
    summary: { errors: result.summary.errors, warnings: result.summary.warnings },
    changes: result.changes.map((c) => ({
      cluster: c.cluster,
      component: c.component,
      ...c.member !== void 0 ? { member: c.member } : {},
      from: c.from,
      to: c.to
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      ...f.code !== void 0 ? { code: f.code } : {},
      file: f.file,
      line: f.line,
      column: f.column,
      ...f.cluster !== void 0 ? { cluster: f.cluster } : {},
      ...f.component !== void 0 ? { component: f.component } : {},
      ...f.member !== void 0 ? { member: f.member } : {}
    }))
  };
}
function renderJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}

// src/report/markdown.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function verdictLine(result) {
  let { errors, warnings } = result.summary;
  return `${result.ok ? warnings > 0 ? ":warning:" : ":white_check_mark:" : ":x:"} **rollgate ${result.ok ? "passed" : "failed"}**: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${result.changes.length} change${result.changes.length === 1 ? "" : "s"}`;
}
function changeTable(result) {
  if (result.changes.length === 0) return ["No component versions change."];
  let rows = ["| Cluster | Component | From | To |", "| --- | --- | --- | --- |"];
  for (let c of result.changes)
    rows.push(
      `| ${codeSpan(c.member ? `${c.cluster}/${c.member}` : c.cluster)} | ${codeSpan(c.component)} | ${c.from === null ? "(new)" : codeSpan(c.from)} | ${c.to === null ? "(removed)" : codeSpan(c.to)} |`
    );
  return rows;
}
function findingItem(f) {
  return `- ${f.severity === "error" ? ":x:" : ":warning:"} ${codeSpan(f.rule)} ${inlineMarkdown(f.message)} (${codeSpan(`${f.file}:${f.line}:${f.column}`)})`;
}
function findingSections(result) {
  if (result.findings.length === 0) return ["No findings."];
  let groups = /* @__PURE__ */ new Map();
  for (let finding of result.findings) {
    let group = groups.get(finding.cluster ?? "");
    group ? group.push(finding) : groups.set(finding.cluster ?? "", [finding]);
  }
  let lines = [];
  for (let [cluster, findings] of [...groups].sort(
    ([a], [b]) => a === "" ? -1 : b === "" ? 1 : a.localeCompare(b)
  )) {
    lines.push("", `#### ${cluster ? `Cluster ${codeSpan(cluster)}` : "Fleet"}`, "");
    let ordered = [...findings].sort(
      (a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
    );
    for (let f of ordered) lines.push(findingItem(f));
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
import { pathToFileURL } from "node:url";

// src/version.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var VERSION = "0.1.0";

// src/report/sarif.ts
var SOURCE_ROOT = "%SRCROOT%", PROJECT = "https://github.com/rollgate/rollgate", BUILTIN = "builtin:", RULES_PAGE = `${PROJECT}/blob/v${VERSION}/docs/rules.md`;
function artifactLocation(file, place) {
  if (file.startsWith(BUILTIN)) return { uri: `${BUILTIN}${encodeURIComponent(file.slice(BUILTIN.length))}` };
  let segments = [...place?.directory ? place.directory.split("/") : [], ...file.split(/[\\/]/)], resolved = [];
  for (let segment of segments)
    segment === "" || segment === "." || (segment === ".." && resolved.length > 0 && resolved[resolved.length - 1] !== ".." ? resolved.pop() : resolved.push(segment));
  return { uri: resolved.map(encodeURIComponent).join("/"), uriBaseId: SOURCE_ROOT };
}
function ruleName(rule) {
  return rule.id.split(/[^a-z0-9]+/i).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function shortDescription(description) {
  let end = description.search(/[.;:](\s|$)/);
  return `${(end < 0 ? description : description.slice(0, end)).trim()}.`;
}
function template(message, slot) {
  return message.replace(/\{\{\s*(\w+)\s*\}\}/g, (_whole, name) => slot(name));
}
function sarifRule(rule) {
  let anchor = `${RULES_PAGE}#rules`, messages = Object.values(rule.messages), text = [
    rule.description,
    ...messages.length > 0 ? ["", "What it reports:", ...messages.map((m) => `- ${template(m, (name) => `<${name}>`)}`)] : [],
    "",
    `Its default level is ${rule.severity}; a pack may set it to error, warning or off in its rules, for the pack or for one component. The rules are described at ${anchor}.`
  ].join(`
`), markdown = [
    `**\`${rule.id}\`**: ${rule.description}`,
    ...messages.length > 0 ? ["", "What it reports:", "", ...messages.map((m) => `- ${template(m, (name) => `*${name}*`)}`)] : [],
    "",
    `Default level: **${rule.severity}**. A pack sets it (\`error\`, \`warning\` or \`off\`) in its \`rules:\`, for the whole pack or for one component.`,
    "",
    `See [the rules](${anchor}) for every rule and what each catches.`
  ].join(`
`);
  return {
    id: rule.id,
    name: ruleName(rule),
    shortDescription: { text: shortDescription(rule.description) },
    fullDescription: { text: rule.description },
    help: { text, markdown },
    helpUri: anchor,
    defaultConfiguration: { level: rule.severity },
    properties: { tags: [rule.id.split("/")[0]] }
  };
}
function sarifResult(finding, place) {
  return {
    ruleId: finding.rule,
    ruleIndex: RULES.findIndex((rule) => rule.id === finding.rule),
    level: finding.severity,
    message: { text: finding.message },
    // The message id (or bad-input code) the JSON report calls `code`, for tools that tell findings apart by it.
    ...finding.code !== void 0 ? { properties: { code: finding.code } } : {},
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.file, place),
          region: { startLine: finding.line, startColumn: finding.column }
        }
      }
    ]
  };
}
function renderSarif(result, options = {}) {
  let place = options.repository, sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "rollgate",
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: PROJECT,
            rules: RULES.map(sarifRule)
          }
        },
        ...place ? {
          originalUriBaseIds: {
            [SOURCE_ROOT]: { uri: `${pathToFileURL(place.root).href.replace(/\/?$/, "/")}` }
          }
        } : {},
        columnKind: "utf16CodeUnits",
        results: result.findings.map((finding) => sarifResult(finding, place))
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
    for (let c of result.changes)
      lines.push(
        `  ${inertText(c.cluster)}${c.member ? `/${inertText(c.member)}` : ""}  ${inertText(c.component)}  ${c.from === null ? "(new)" : inertText(c.from)} -> ${c.to === null ? "(removed)" : inertText(c.to)}`
      );
    lines.push("");
  }
  let groups = /* @__PURE__ */ new Map();
  for (let finding of result.findings) {
    let key = finding.cluster ?? "", group = groups.get(key);
    group ? group.push(finding) : groups.set(key, [finding]);
  }
  for (let [cluster, findings] of groups) {
    lines.push(paint("bold", cluster ? `Cluster ${inertText(cluster)}` : "Fleet"));
    for (let f of findings) {
      let severity = f.severity === "error" ? paint("red", "error  ") : paint("yellow", "warning");
      lines.push(
        `  ${paint("dim", `${inertText(f.file)}:${f.line}:${f.column}`)}  ${severity}  ${inertText(f.message)}  ${paint("dim", inertText(f.rule))}`
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
export {
  FORMATS,
  RENDERERS,
  RULE_IDS,
  RollgateError,
  buildPlan,
  builtinPacks,
  bundleFiles,
  check,
  matrixChunks,
  packResolver,
  planOnly,
  renderJson,
  renderMarkdown,
  renderPlanPreview,
  renderSarif,
  renderText,
  streamPlan,
  toJsonReport
};
