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
# Each cluster is one Juju application: the steps name its model and application, never whatever model is current
# on the runner ("replace charmed-etcd with the name of the Juju application").
params:
  model:
    description: the Juju model the application runs in ([controller:][owner/]model)
  application:
    description: the Juju application of the cluster
    default: charmed-etcd
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
        - { name: pre-refresh-check, on: runner, run: [juju, run, -m, "{model}", "{application}/leader", pre-refresh-check] }
        # The charm then waits at every unit; rollgate's gates (pauseAfterMember) decide where a person confirms,
        # and rollgate resumes each later unit itself. It is also the vendor's way to halt a refresh.
        - { name: pause-every-unit, on: runner, run: [juju, config, -m, "{model}", "{application}", pause-after-unit-refresh=all] }
      member:
        # \`juju refresh\` refreshes the first unit on its own; each later unit waits for resume-refresh on it.
        - { name: refresh, when: first, on: runner, run: [juju, refresh, -m, "{model}", "{application}", "--channel={channel}", "--revision={revision}"] }
        - { name: resume-refresh, when: later, on: runner, run: [juju, run, -m, "{model}", "{application}/{member}", resume-refresh] }
        # The charm checks health itself after each unit and pauses when that fails; this waits for the unit
        # to be back, so the next one does not start on a unit that is still settling.
        - name: health
          on: runner
          run: [juju, wait-for, unit, -m, "{model}", "{application}/{member}", '--query=life=="alive" && workload-status=="active" && agent-status=="idle"', --timeout=30m]
        # Active and idle holds on the old charm too. On machines \`juju refresh\` moves every unit's charm code at
        # once and the charm then refreshes each unit's snap in turn, saying which in the unit's status, as
        # charm-refresh writes it: "Snap revision <n> (outdated); Charm revision <m>" until that unit's snap is
        # refreshed. Read back, so the stage stops at a unit whose charm or snap did not move, not at the next one.
        - name: unit-read-back
          on: runner
          retry: { timeout: 10m, every: 1m }
          run: [juju, status, -m, "{model}", "{application}/{member}", --format=yaml]
          expect:
            - { what: "{application}/{member} charm revision", match: "^ +message: .*Charm revision ([0-9]+)", is: "{revision}" }
            - { what: "{application}/{member} snap", match: "^ +message: .*Snap revision [0-9]+ ?(\\\\(outdated\\\\))?;", is: "" }
      after:
        # "Get the current charm revision of the application with juju status": the application runs the pinned
        # charm revision and channel once the last unit is done.
        - name: read-back
          on: runner
          run: [juju, status, -m, "{model}", "{application}", --format=yaml]
          expect:
            - { what: "{application} charm revision", match: "^ +charm-rev: ([0-9]+)$", is: "{revision}" }
            - { what: "{application} charm channel", match: "^ +charm-channel: ([^ ]+)$", is: "{channel}" }
      # "Run the rollback command you copied down earlier": on machines, \`juju refresh\` back to the old revision.
      # The pre-refresh check is not run again: it fails before a rollback.
      rollback:
        - { name: halt, when: first, on: runner, run: [juju, config, -m, "{model}", "{application}", pause-after-unit-refresh=all] }
        - { name: rollback, when: first, on: runner, run: [juju, refresh, -m, "{model}", "{application}", "--channel={channel}", "--revision={revision}"] }
        - { name: resume-refresh, when: later, on: runner, run: [juju, run, -m, "{model}", "{application}/{member}", resume-refresh] }
        - name: health
          on: runner
          run: [juju, wait-for, unit, -m, "{model}", "{application}/{member}", '--query=life=="alive" && workload-status=="active" && agent-status=="idle"', --timeout=30m]
        # Each unit back at the old revision, charm code and snap.
        - name: unit-read-back
          on: runner
          retry: { timeout: 10m, every: 1m }
          run: [juju, status, -m, "{model}", "{application}/{member}", --format=yaml]
          expect:
            - { what: "{application}/{member} charm revision", match: "^ +message: .*Charm revision ([0-9]+)", is: "{revision}" }
            - { what: "{application}/{member} snap", match: "^ +message: .*Snap revision [0-9]+ ?(\\\\(outdated\\\\))?;", is: "" }
      # A minor in-place downgrade is unsupported, but going back during a refresh is the vendor's own recovery.
      downgrade:
        supported: true
        note: >-
          "If something went wrong, the safest recovery path is often to roll back to the original version. First,
          halt the refresh. Run the rollback command you copied down earlier": juju refresh to the original revision.
`, json: '{"apiVersion":"rollgate/v1","kind":"PolicyPack","name":"charmed-etcd","description":"Charmed etcd, refreshed in place with juju refresh: one minor version at a time, stable channels only, a pre-refresh check on the leader first, and a pause for confirmation after the first unit by default.","datasource":"charmhub","sources":["Charmed etcd: Refresh (upgrade): supported and unsupported refreshes, pre-refresh check, pause-after-unit-refresh, roll back","charm-refresh: the pre-refresh-check and resume-refresh actions on machines"],"order":["charmed-etcd"],"strictOrder":false,"rules":{"policy/changed":"warning"},"params":{"model":{"description":"the Juju model the application runs in ([controller:][owner/]model)"},"application":{"description":"the Juju application of the cluster","default":"charmed-etcd"}},"rollout":{"pauseAfterMember":"first","pins":"none","rollback":{"supported":true}},"components":{"charmed-etcd":{"description":"The charmed-etcd application, pinned by channel (track/risk, the track is the etcd minor version) and charm revision. Members are its units by number, listed in the order the charm refreshes them: highest unit number first.","versioning":{"scheme":"semver","source":"track","versions":["3.5","3.6"]},"jump":{"max":1,"major":"forbid"},"risks":["stable"],"rollout":{"strategy":"serial","before":[{"name":"pre-refresh-check","on":"runner","run":["juju","run","-m","{model}","{application}/leader","pre-refresh-check"]},{"name":"pause-every-unit","on":"runner","run":["juju","config","-m","{model}","{application}","pause-after-unit-refresh=all"]}],"member":[{"name":"refresh","when":"first","on":"runner","run":["juju","refresh","-m","{model}","{application}","--channel={channel}","--revision={revision}"]},{"name":"resume-refresh","when":"later","on":"runner","run":["juju","run","-m","{model}","{application}/{member}","resume-refresh"]},{"name":"health","on":"runner","run":["juju","wait-for","unit","-m","{model}","{application}/{member}","--query=life==\\"alive\\" && workload-status==\\"active\\" && agent-status==\\"idle\\"","--timeout=30m"]},{"name":"unit-read-back","on":"runner","retry":{"timeout":"10m","every":"1m"},"run":["juju","status","-m","{model}","{application}/{member}","--format=yaml"],"expect":[{"what":"{application}/{member} charm revision","match":"^ +message: .*Charm revision ([0-9]+)","is":"{revision}"},{"what":"{application}/{member} snap","match":"^ +message: .*Snap revision [0-9]+ ?(\\\\(outdated\\\\))?;","is":""}]}],"after":[{"name":"read-back","on":"runner","run":["juju","status","-m","{model}","{application}","--format=yaml"],"expect":[{"what":"{application} charm revision","match":"^ +charm-rev: ([0-9]+)$","is":"{revision}"},{"what":"{application} charm channel","match":"^ +charm-channel: ([^ ]+)$","is":"{channel}"}]}],"rollback":[{"name":"halt","when":"first","on":"runner","run":["juju","config","-m","{model}","{application}","pause-after-unit-refresh=all"]},{"name":"rollback","when":"first","on":"runner","run":["juju","refresh","-m","{model}","{application}","--channel={channel}","--revision={revision}"]},{"name":"resume-refresh","when":"later","on":"runner","run":["juju","run","-m","{model}","{application}/{member}","resume-refresh"]},{"name":"health","on":"runner","run":["juju","wait-for","unit","-m","{model}","{application}/{member}","--query=life==\\"alive\\" && workload-status==\\"active\\" && agent-status==\\"idle\\"","--timeout=30m"]},{"name":"unit-read-back","on":"runner","retry":{"timeout":"10m","every":"1m"},"run":["juju","status","-m","{model}","{application}/{member}","--format=yaml"],"expect":[{"what":"{application}/{member} charm revision","match":"^ +message: .*Charm revision ([0-9]+)","is":"{revision}"},{"what":"{application}/{member} snap","match":"^ +message: .*Snap revision [0-9]+ ?(\\\\(outdated\\\\))?;","is":""}]}],"downgrade":{"supported":true,"note":"\\"If something went wrong, the safest recovery path is often to roll back to the original version. First, halt the refresh. Run the rollback command you copied down earlier\\": juju refresh to the original revision."}}}}}' }, kubernetes: { text: `# yaml-language-server: $schema=../schemas/policy.schema.json
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
  # Step \`estimate\`s (seconds) are rollgate's planning figures, not Canonical's: the documents give no durations. A
  # snap refresh is a download and a service restart (about 2 min); evacuate and restore move a member's instances
  # away and back (5 min each, for a few instances: more instances, longer); status and list commands a few seconds.
  # They feed the plan's least time only; nothing waits or times out by them.
  # Per stage: a stage that goes back down (a lower track or revision) has commands only where a component's
  # \`downgrade\` names a vendor-supported way; these give the vendor's recovery pointer instead.
  rollback: { supported: true }
  # "Once finished, confirm that the MicroCloud deployment is in a healthy state."
  # "The status command was introduced in MicroCloud version 2": a cluster still on 1 has no such command.
  finally:
    - { name: microcloud-status, estimate: 10, run: [microcloud, status], needs: { microcloud: ["2"] } }
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
        - { name: evacuate, estimate: 300, when: live, run: [lxc, cluster, evacuate, "{member}", --force] }
        # Behind a proxy its override serves the pinned revision: "the --cohort="+" flag must be set on all cluster members".
        - { name: refresh, estimate: 120, when: [proxy, cohort], run: [snap, refresh, "{component}", "--channel={channel}", "--cohort=+"] }
        - { name: refresh, estimate: 120, when: [proxy, no-cohort], run: [snap, refresh, "{component}", "--channel={channel}"] }
        # Without one, "snap refresh <snap> --revision=<revision_number>" on every member; snap refuses --cohort with
        # --revision, so a member joins the cohort once ("You only need to set this flag once per snap") and keeps it.
        - { name: join-cohort, estimate: 30, when: [direct, joins-cohort], run: [snap, refresh, "{component}", "--cohort=+"] }
        - { name: refresh, estimate: 120, when: direct, run: [snap, refresh, "{component}", "--channel={channel}", "--revision={revision}"] }
        # "make sure to always hold updates": its own command, since snap refuses --hold with any other flag.
        - { name: hold, estimate: 5, when: held, run: [snap, refresh, --hold, "{component}"] }
        - { name: unhold, estimate: 5, when: unheld, run: [snap, refresh, --unhold, "{component}"] }
        - { name: health, estimate: 10, run: [microceph, status] }
        # "snap list <snap> shows in-cohort in the Notes column": columns Name Version Rev Tracking Publisher Notes.
        - name: read-back
          estimate: 5
          run: [snap, list, "{component}"]
          expect:
            - { what: "{component} revision", match: "^{component} +[^ ]+ +([^ ]+) ", is: "{revision}" }
            - { what: "{component} tracking", match: "^{component} +[^ ]+ +[^ ]+ +([^ ]+) ", is: "{channel}" }
            - { what: "{component} notes", match: "^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$", has: held, when: held }
            - { what: "{component} notes", match: "^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$", lacks: held, when: unheld }
            - { what: "{component} notes", match: "^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$", has: in-cohort, when: cohort }
        - { name: restore, estimate: 300, when: live, run: [lxc, cluster, restore, "{member}", --force] }
      downgrade:
        supported: false
        statement: >-
          MicroCeph cannot go back to an older Ceph release: Ceph raises require_osd_release once every daemon runs
          the new one, and it only moves forward; the MicroCloud documentation describes no downgrade, only recovery
          ("In case of error, see How to recover a MicroCloud cluster"), from the backup taken before the upgrade.
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
        - { name: evacuate, estimate: 300, when: live, run: [lxc, cluster, evacuate, "{member}", --force] }
        # Behind a proxy its override serves the pinned revision: "the --cohort="+" flag must be set on all cluster members".
        - { name: refresh, estimate: 120, when: [proxy, cohort], run: [snap, refresh, "{component}", "--channel={channel}", "--cohort=+"] }
        - { name: refresh, estimate: 120, when: [proxy, no-cohort], run: [snap, refresh, "{component}", "--channel={channel}"] }
        # Without one, "snap refresh <snap> --revision=<revision_number>" on every member; snap refuses --cohort with
        # --revision, so a member joins the cohort once ("You only need to set this flag once per snap") and keeps it.
        - { name: join-cohort, estimate: 30, when: [direct, joins-cohort], run: [snap, refresh, "{component}", "--cohort=+"] }
        - { name: refresh, estimate: 120, when: direct, run: [snap, refresh, "{component}", "--channel={channel}", "--revision={revision}"] }
        # "make sure to always hold updates": its own command, since snap refuses --hold with any other flag.
        - { name: hold, estimate: 5, when: held, run: [snap, refresh, --hold, "{component}"] }
        - { name: unhold, estimate: 5, when: unheld, run: [snap, refresh, --unhold, "{component}"] }
        - { name: health, estimate: 10, run: [microovn, status] }
        # "snap list <snap> shows in-cohort in the Notes column": columns Name Version Rev Tracking Publisher Notes.
        - name: read-back
          estimate: 5
          run: [snap, list, "{component}"]
          expect:
            - { what: "{component} revision", match: "^{component} +[^ ]+ +([^ ]+) ", is: "{revision}" }
            - { what: "{component} tracking", match: "^{component} +[^ ]+ +[^ ]+ +([^ ]+) ", is: "{channel}" }
            - { what: "{component} notes", match: "^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$", has: held, when: held }
            - { what: "{component} notes", match: "^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$", lacks: held, when: unheld }
            - { what: "{component} notes", match: "^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$", has: in-cohort, when: cohort }
        - { name: restore, estimate: 300, when: live, run: [lxc, cluster, restore, "{member}", --force] }
      downgrade:
        supported: false
        statement: >-
          MicroOVN goes forward one track, or LTS to LTS, and the MicroCloud documentation describes no downgrade,
          only recovery ("In case of error, see How to recover a MicroCloud cluster"), from the backup taken before
          the upgrade.
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
        # Behind a proxy its override serves the pinned revision: "the --cohort="+" flag must be set on all cluster members".
        - { name: refresh, estimate: 120, when: [proxy, cohort], run: [snap, refresh, "{component}", "--channel={channel}", "--cohort=+"] }
        - { name: refresh, estimate: 120, when: [proxy, no-cohort], run: [snap, refresh, "{component}", "--channel={channel}"] }
        # Without one, "snap refresh <snap> --revision=<revision_number>" on every member; snap refuses --cohort with
        # --revision, so a member joins the cohort once ("You only need to set this flag once per snap") and keeps it.
        - { name: join-cohort, estimate: 30, when: [direct, joins-cohort], run: [snap, refresh, "{component}", "--cohort=+"] }
        - { name: refresh, estimate: 120, when: direct, run: [snap, refresh, "{component}", "--channel={channel}", "--revision={revision}"] }
        # "make sure to always hold updates": its own command, since snap refuses --hold with any other flag.
        - { name: hold, estimate: 5, when: held, run: [snap, refresh, --hold, "{component}"] }
        - { name: unhold, estimate: 5, when: unheld, run: [snap, refresh, --unhold, "{component}"] }
        - { name: health, estimate: 10, run: [lxc, cluster, list] }
        # "snap list <snap> shows in-cohort in the Notes column": columns Name Version Rev Tracking Publisher Notes.
        - name: read-back
          estimate: 5
          run: [snap, list, "{component}"]
          expect:
            - { what: "{component} revision", match: "^{component} +[^ ]+ +([^ ]+) ", is: "{revision}" }
            - { what: "{component} tracking", match: "^{component} +[^ ]+ +[^ ]+ +([^ ]+) ", is: "{channel}" }
            - { what: "{component} notes", match: "^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$", has: held, when: held }
            - { what: "{component} notes", match: "^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$", lacks: held, when: unheld }
            - { what: "{component} notes", match: "^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$", has: in-cohort, when: cohort }
      downgrade:
        supported: false
        statement: >-
          LXD supports no move to a lower track, and the MicroCloud documentation describes no downgrade, only
          recovery ("In case of error, see How to recover a MicroCloud cluster"), from the backup taken before the
          upgrade.
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
        # Behind a proxy its override serves the pinned revision: "the --cohort="+" flag must be set on all cluster members".
        - { name: refresh, estimate: 120, when: [proxy, cohort], run: [snap, refresh, "{component}", "--channel={channel}", "--cohort=+"] }
        - { name: refresh, estimate: 120, when: [proxy, no-cohort], run: [snap, refresh, "{component}", "--channel={channel}"] }
        # Without one, "snap refresh <snap> --revision=<revision_number>" on every member; snap refuses --cohort with
        # --revision, so a member joins the cohort once ("You only need to set this flag once per snap") and keeps it.
        - { name: join-cohort, estimate: 30, when: [direct, joins-cohort], run: [snap, refresh, "{component}", "--cohort=+"] }
        - { name: refresh, estimate: 120, when: direct, run: [snap, refresh, "{component}", "--channel={channel}", "--revision={revision}"] }
        # "make sure to always hold updates": its own command, since snap refuses --hold with any other flag.
        - { name: hold, estimate: 5, when: held, run: [snap, refresh, --hold, "{component}"] }
        - { name: unhold, estimate: 5, when: unheld, run: [snap, refresh, --unhold, "{component}"] }
        # "snap list <snap> shows in-cohort in the Notes column": columns Name Version Rev Tracking Publisher Notes.
        - name: read-back
          estimate: 5
          run: [snap, list, "{component}"]
          expect:
            - { what: "{component} revision", match: "^{component} +[^ ]+ +([^ ]+) ", is: "{revision}" }
            - { what: "{component} tracking", match: "^{component} +[^ ]+ +[^ ]+ +([^ ]+) ", is: "{channel}" }
            - { what: "{component} notes", match: "^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$", has: held, when: held }
            - { what: "{component} notes", match: "^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$", lacks: held, when: unheld }
            - { what: "{component} notes", match: "^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$", has: in-cohort, when: cohort }
      downgrade:
        supported: false
        statement: >-
          MicroCloud 1 reached its end of life at the end of April 2025, and the MicroCloud documentation describes
          no downgrade, only recovery ("In case of error, see How to recover a MicroCloud cluster"), from the backup
          taken before the upgrade.
`, json: '{"apiVersion":"rollgate/v1","kind":"PolicyPack","name":"microcloud","description":"Canonical MicroCloud (snaps microceph, microovn, lxd, microcloud) on every cluster member.","datasource":"snap-store","sources":["MicroCloud: How to update and upgrade (update and upgrade order, cohort, hold, Enterprise Store Proxy)","MicroCeph, MicroOVN and LXD release and track notes"],"order":["microceph","microovn","lxd","microcloud"],"strictOrder":true,"rules":{"policy/changed":"warning"},"rollout":{"pauseAfterMember":"none","rollback":{"supported":true},"finally":[{"name":"microcloud-status","estimate":10,"run":["microcloud","status"],"needs":{"microcloud":["2"]}}]},"components":{"microceph":{"description":"Ceph storage. Ceph upgrades up to two releases at once (quincy or reef straight to squid).","versioning":{"scheme":"tracks","source":"track","versions":["quincy","reef","squid"]},"jump":{"max":2,"major":"allow"},"risks":["stable"],"hold":"required","cohort":"required","rollout":{"strategy":"serial","member":[{"name":"evacuate","estimate":300,"when":"live","run":["lxc","cluster","evacuate","{member}","--force"]},{"name":"refresh","estimate":120,"when":["proxy","cohort"],"run":["snap","refresh","{component}","--channel={channel}","--cohort=+"]},{"name":"refresh","estimate":120,"when":["proxy","no-cohort"],"run":["snap","refresh","{component}","--channel={channel}"]},{"name":"join-cohort","estimate":30,"when":["direct","joins-cohort"],"run":["snap","refresh","{component}","--cohort=+"]},{"name":"refresh","estimate":120,"when":"direct","run":["snap","refresh","{component}","--channel={channel}","--revision={revision}"]},{"name":"hold","estimate":5,"when":"held","run":["snap","refresh","--hold","{component}"]},{"name":"unhold","estimate":5,"when":"unheld","run":["snap","refresh","--unhold","{component}"]},{"name":"health","estimate":10,"run":["microceph","status"]},{"name":"read-back","estimate":5,"run":["snap","list","{component}"],"expect":[{"what":"{component} revision","match":"^{component} +[^ ]+ +([^ ]+) ","is":"{revision}"},{"what":"{component} tracking","match":"^{component} +[^ ]+ +[^ ]+ +([^ ]+) ","is":"{channel}"},{"what":"{component} notes","match":"^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$","has":"held","when":"held"},{"what":"{component} notes","match":"^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$","lacks":"held","when":"unheld"},{"what":"{component} notes","match":"^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$","has":"in-cohort","when":"cohort"}]},{"name":"restore","estimate":300,"when":"live","run":["lxc","cluster","restore","{member}","--force"]}],"downgrade":{"supported":false,"statement":"MicroCeph cannot go back to an older Ceph release: Ceph raises require_osd_release once every daemon runs the new one, and it only moves forward; the MicroCloud documentation describes no downgrade, only recovery (\\"In case of error, see How to recover a MicroCloud cluster\\"), from the backup taken before the upgrade."}}},"microovn":{"description":"OVN networking. Upgrades go one track at a time, or from one LTS track to the next.","versioning":{"scheme":"tracks","source":"track","versions":["22.03","23.09","24.03","24.09","25.03","25.09"],"tags":{"lts":["22.03","24.03"]}},"jump":{"max":1,"skip":"lts","major":"allow"},"risks":["stable"],"hold":"required","cohort":"required","rollout":{"strategy":"serial","member":[{"name":"evacuate","estimate":300,"when":"live","run":["lxc","cluster","evacuate","{member}","--force"]},{"name":"refresh","estimate":120,"when":["proxy","cohort"],"run":["snap","refresh","{component}","--channel={channel}","--cohort=+"]},{"name":"refresh","estimate":120,"when":["proxy","no-cohort"],"run":["snap","refresh","{component}","--channel={channel}"]},{"name":"join-cohort","estimate":30,"when":["direct","joins-cohort"],"run":["snap","refresh","{component}","--cohort=+"]},{"name":"refresh","estimate":120,"when":"direct","run":["snap","refresh","{component}","--channel={channel}","--revision={revision}"]},{"name":"hold","estimate":5,"when":"held","run":["snap","refresh","--hold","{component}"]},{"name":"unhold","estimate":5,"when":"unheld","run":["snap","refresh","--unhold","{component}"]},{"name":"health","estimate":10,"run":["microovn","status"]},{"name":"read-back","estimate":5,"run":["snap","list","{component}"],"expect":[{"what":"{component} revision","match":"^{component} +[^ ]+ +([^ ]+) ","is":"{revision}"},{"what":"{component} tracking","match":"^{component} +[^ ]+ +[^ ]+ +([^ ]+) ","is":"{channel}"},{"what":"{component} notes","match":"^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$","has":"held","when":"held"},{"what":"{component} notes","match":"^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$","lacks":"held","when":"unheld"},{"what":"{component} notes","match":"^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$","has":"in-cohort","when":"cohort"}]},{"name":"restore","estimate":300,"when":"live","run":["lxc","cluster","restore","{member}","--force"]}],"downgrade":{"supported":false,"statement":"MicroOVN goes forward one track, or LTS to LTS, and the MicroCloud documentation describes no downgrade, only recovery (\\"In case of error, see How to recover a MicroCloud cluster\\"), from the backup taken before the upgrade."}}},"lxd":{"description":"LXD. Refreshed on all members at once, since a member whose LXD differs from the rest is blocked.","versioning":{"scheme":"tracks","source":"track","versions":["4.0","5.0","5.21","6"],"tags":{"lts":["4.0","5.0","5.21"]}},"jump":{"max":1,"skip":"lts","major":"allow"},"risks":["stable"],"hold":"required","cohort":"required","rollout":{"strategy":"parallel","member":[{"name":"refresh","estimate":120,"when":["proxy","cohort"],"run":["snap","refresh","{component}","--channel={channel}","--cohort=+"]},{"name":"refresh","estimate":120,"when":["proxy","no-cohort"],"run":["snap","refresh","{component}","--channel={channel}"]},{"name":"join-cohort","estimate":30,"when":["direct","joins-cohort"],"run":["snap","refresh","{component}","--cohort=+"]},{"name":"refresh","estimate":120,"when":"direct","run":["snap","refresh","{component}","--channel={channel}","--revision={revision}"]},{"name":"hold","estimate":5,"when":"held","run":["snap","refresh","--hold","{component}"]},{"name":"unhold","estimate":5,"when":"unheld","run":["snap","refresh","--unhold","{component}"]},{"name":"health","estimate":10,"run":["lxc","cluster","list"]},{"name":"read-back","estimate":5,"run":["snap","list","{component}"],"expect":[{"what":"{component} revision","match":"^{component} +[^ ]+ +([^ ]+) ","is":"{revision}"},{"what":"{component} tracking","match":"^{component} +[^ ]+ +[^ ]+ +([^ ]+) ","is":"{channel}"},{"what":"{component} notes","match":"^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$","has":"held","when":"held"},{"what":"{component} notes","match":"^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$","lacks":"held","when":"unheld"},{"what":"{component} notes","match":"^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$","has":"in-cohort","when":"cohort"}]}],"downgrade":{"supported":false,"statement":"LXD supports no move to a lower track, and the MicroCloud documentation describes no downgrade, only recovery (\\"In case of error, see How to recover a MicroCloud cluster\\"), from the backup taken before the upgrade."}}},"microcloud":{"description":"MicroCloud itself, refreshed last, member by member.","versioning":{"scheme":"tracks","source":"track","versions":["1","2"]},"jump":{"max":1,"major":"allow"},"risks":["stable"],"hold":"required","cohort":"required","eol":[{"version":"1","date":"2025-04-30","note":"the 1 track reached end of life at the end of April 2025; upgrade to the 2 LTS track"}],"requires":[{"version":"1","needs":{"lxd":["5.21"],"microceph":["quincy","reef","squid"],"microovn":["22.03","23.09","24.03"]}},{"version":"2","needs":{"lxd":["5.21"],"microceph":["squid"],"microovn":["24.03"]}}],"rollout":{"strategy":"serial","member":[{"name":"refresh","estimate":120,"when":["proxy","cohort"],"run":["snap","refresh","{component}","--channel={channel}","--cohort=+"]},{"name":"refresh","estimate":120,"when":["proxy","no-cohort"],"run":["snap","refresh","{component}","--channel={channel}"]},{"name":"join-cohort","estimate":30,"when":["direct","joins-cohort"],"run":["snap","refresh","{component}","--cohort=+"]},{"name":"refresh","estimate":120,"when":"direct","run":["snap","refresh","{component}","--channel={channel}","--revision={revision}"]},{"name":"hold","estimate":5,"when":"held","run":["snap","refresh","--hold","{component}"]},{"name":"unhold","estimate":5,"when":"unheld","run":["snap","refresh","--unhold","{component}"]},{"name":"read-back","estimate":5,"run":["snap","list","{component}"],"expect":[{"what":"{component} revision","match":"^{component} +[^ ]+ +([^ ]+) ","is":"{revision}"},{"what":"{component} tracking","match":"^{component} +[^ ]+ +[^ ]+ +([^ ]+) ","is":"{channel}"},{"what":"{component} notes","match":"^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$","has":"held","when":"held"},{"what":"{component} notes","match":"^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$","lacks":"held","when":"unheld"},{"what":"{component} notes","match":"^{component} +[^ ]+ +[^ ]+ +[^ ]+ +[^ ]+ +([^ ]+)$","has":"in-cohort","when":"cohort"}]}],"downgrade":{"supported":false,"statement":"MicroCloud 1 reached its end of life at the end of April 2025, and the MicroCloud documentation describes no downgrade, only recovery (\\"In case of error, see How to recover a MicroCloud cluster\\"), from the backup taken before the upgrade."}}}}}' }, microshift: { text: `# yaml-language-server: $schema=../schemas/policy.schema.json
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
        # new version may already have migrated. \`creates\` passes over it where it exists, so a rerun after a
        # failure goes on: MicroShift refuses a backup onto an existing one ("Create a backup of MicroShift data.
        # PATH should not exist."), and writes it whole or not at all (a copy renamed into place).
        - { name: stop, run: [systemctl, stop, microshift] }
        - name: backup
          creates: "/var/lib/microshift-backups/rollgate-{cluster}-before-{version}"
          run: [microshift, backup, "/var/lib/microshift-backups/rollgate-{cluster}-before-{version}"]
        - { name: install, run: [dnf, install, --assumeyes, "microshift-{version}"] }
        # "Upgrading and skipping versions always requires a full host reboot." Scheduled a few seconds
        # ahead so the command returns before the connection drops; the health check waits for the host.
        # It reboots the host, so it needs a transport: the runner that waits must be another machine.
        - { name: reboot, reboots: true, run: [systemd-run, --on-active=10, systemctl, reboot] }
        - { name: wait-for-reboot, on: runner, run: [sleep, "120"] }
        # MicroShift compares data and binary versions at start and exits when the skew is too great.
        - { name: health, run: [microshift, healthcheck, -v=2, --timeout=900s] }
        # The host runs the pinned version: \`microshift version\` prints "MicroShift Version: 4.Y.Z".
        - name: read-back
          run: [microshift, version]
          expect:
            - { what: "microshift version", match: "^MicroShift Version: ([^ ]+)$", is: "{version}" }
`, json: `{"apiVersion":"rollgate/v1","kind":"PolicyPack","name":"microshift","description":"Red Hat MicroShift, one host per cluster, updated in place from RPMs with a backup, a reboot and a health check.","sources":["MicroShift enhancement: Upgrading from 4.Y-2 to 4.Y (y-minus-2-upgrades)","MicroShift: backup and restore, greenboot health checks (microshift healthcheck)"],"order":["microshift"],"strictOrder":false,"members":{"min":1,"max":1},"rules":{"policy/changed":"warning"},"rollout":{"pauseAfterMember":"none","rollback":{"supported":false,"statement":"MicroShift installed from RPMs on RHEL cannot be downgraded (\\"downgrades of MicroShift deployed with RPMs on RHEL is not supported\\"). To go back, as the vendor's rollback does (\\"discard the new database and restore the old version from a backup\\"): stop MicroShift, reinstall the host with the previous MicroShift version (and, from 4.16, the RHEL release it supports), then run microshift restore /var/lib/microshift-backups/rollgate-<cluster>-before-<version> (the backup taken before the update to <version>) before starting it, so the old version meets the database it wrote."}},"components":{"microshift":{"description":"MicroShift 4.Y.Z. The data in /var/lib/microshift may be at most 2 minor versions older than the binary, so an update goes 4.Y-2 to 4.Y at most, never to another major version and never back. From 4.14 or 4.15 to 4.16 the host also moves from RHEL 9.2 or 9.3 to 9.4 in the same update.","versioning":{"scheme":"semver","source":"version","versions":["4.14","4.15","4.16","4.17","4.18","4.19"]},"jump":{"max":2,"major":"forbid","limits":[{"from":"<4.14","max":0,"note":"We did not intend to support upgrading to 4.14 from either earlier version at all"}]},"blocked":[{"version":"<4.14","reason":"MicroShift 4.12 and 4.13 were preview releases, and no upgrade from them to a supported release is supported; install 4.14 or later afresh."}],"rules":{"channel/blocked":"warning"},"rollout":{"strategy":"serial","member":[{"name":"stop","run":["systemctl","stop","microshift"]},{"name":"backup","creates":"/var/lib/microshift-backups/rollgate-{cluster}-before-{version}","run":["microshift","backup","/var/lib/microshift-backups/rollgate-{cluster}-before-{version}"]},{"name":"install","run":["dnf","install","--assumeyes","microshift-{version}"]},{"name":"reboot","reboots":true,"run":["systemd-run","--on-active=10","systemctl","reboot"]},{"name":"wait-for-reboot","on":"runner","run":["sleep","120"]},{"name":"health","run":["microshift","healthcheck","-v=2","--timeout=900s"]},{"name":"read-back","run":["microshift","version"],"expect":[{"what":"microshift version","match":"^MicroShift Version: ([^ ]+)$","is":"{version}"}]}]}}}}` }, mosk: { text: `# yaml-language-server: $schema=../schemas/policy.schema.json
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
        # The named packages are at the version the configured repositories offer: none is left to upgrade.
        # (Packages carry no release name; the repositories decide which release that is.)
        - name: read-back
          run: [apt-get, --simulate, install, --only-upgrade, keystone]
          expect:
            - { what: "{component} packages left to upgrade on {member}", match: "^([0-9]+) upgraded, ", is: "0" }
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
        - name: read-back
          run: [apt-get, --simulate, install, --only-upgrade, glance]
          expect:
            - { what: "{component} packages left to upgrade on {member}", match: "^([0-9]+) upgraded, ", is: "0" }
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
        - name: read-back
          run: [apt-get, --simulate, install, --only-upgrade, nova-api, nova-conductor, nova-scheduler, nova-novncproxy]
          expect:
            - { what: "{component} packages left to upgrade on {member}", match: "^([0-9]+) upgraded, ", is: "0" }
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
        - name: read-back
          run: [apt-get, --simulate, install, --only-upgrade, neutron-server]
          expect:
            - { what: "{component} packages left to upgrade on {member}", match: "^([0-9]+) upgraded, ", is: "0" }
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
        - name: read-back
          run: [apt-get, --simulate, install, --only-upgrade, cinder-api, cinder-scheduler]
          expect:
            - { what: "{component} packages left to upgrade on {member}", match: "^([0-9]+) upgraded, ", is: "0" }
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
        - name: read-back
          run: [apt-get, --simulate, install, --only-upgrade, openstack-dashboard]
          expect:
            - { what: "{component} packages left to upgrade on {member}", match: "^([0-9]+) upgraded, ", is: "0" }
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
        - name: read-back
          run: [apt-get, --simulate, install, --only-upgrade, heat-api, heat-api-cfn, heat-engine]
          expect:
            - { what: "{component} packages left to upgrade on {member}", match: "^([0-9]+) upgraded, ", is: "0" }
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
        - name: read-back
          run: [apt-get, --simulate, install, --only-upgrade, ceilometer-agent-central, ceilometer-agent-notification]
          expect:
            - { what: "{component} packages left to upgrade on {member}", match: "^([0-9]+) upgraded, ", is: "0" }
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
        # On a node without cinder-volume, --only-upgrade leaves it out: nothing to upgrade there either.
        - name: read-back
          run: [apt-get, --simulate, install, --only-upgrade, cinder-volume]
          expect:
            - { what: "{component} packages left to upgrade on {member}", match: "^([0-9]+) upgraded, ", is: "0" }
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
        - name: read-back
          run: [apt-get, --simulate, install, --only-upgrade, nova-compute, neutron-openvswitch-agent, neutron-ovn-metadata-agent]
          expect:
            - { what: "{component} packages left to upgrade on {member}", match: "^([0-9]+) upgraded, ", is: "0" }
      # "As all instances of a particular service are upgraded to the newer version, the corresponding line can be
      # removed from nova.conf": after the last compute node, on every controller, and the services restarted.
      after:
        - { name: unpin-upgrade-levels, on: control, run: [crudini, --del, /etc/nova/nova.conf, upgrade_levels, compute] }
        - { name: restart-nova, on: control, run: [systemctl, restart, nova-api, nova-conductor, nova-scheduler] }
`, json: `{"apiVersion":"rollgate/v1","kind":"PolicyPack","name":"openstack","description":"OpenStack, service by service in the Operations Guide's order, to the next release or from one SLURP release to the next, after a backup of the databases and of each service's configuration.","sources":["OpenStack Operations Guide: Upgrades (backup, service order, upgrade levels, rolling back a failed upgrade)","OpenStack release cadence: SLURP (skip-level upgrade release process) releases YYYY.1"],"order":["identity","image","compute","networking","block-storage","dashboard","orchestration","telemetry","storage-node","compute-node"],"strictOrder":true,"rules":{"policy/changed":"warning"},"rollout":{"pauseAfterMember":"none","first":[{"name":"backup-databases","creates":"/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql","run":["mysqldump","--opt","--add-drop-database","--all-databases","--result-file=/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql.part"]},{"name":"check-database-backup","creates":"/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql","run":["grep","--quiet","--fixed-strings","--regexp=-- Dump completed","/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql.part"]},{"name":"keep-database-backup","creates":"/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql","run":["mv","--no-clobber","/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql.part","/var/backups/rollgate-{cluster}-databases-{from}-to-{version}.sql"]}],"rollback":{"supported":false,"statement":"OpenStack has no automatic rollback: database downgrades are not supported, and the Operations Guide calls rolling back the very last option, since data added after the backup is lost. To go back by hand: stop every OpenStack service; copy each service's configuration back from the backup rollgate took on each node (/var/backups/<service>-before-<release>.tar.gz); restore the databases from the dump this plan took, which \`kept\` names (/var/backups/rollgate-<cluster>-databases-<release>-to-<release>.sql on the first controller), with mysql; then downgrade the packages to the previous release's versions (apt-get install <package>=<version>), as \\"Rolling back a failed upgrade\\" describes."}},"components":{"identity":{"description":"Keystone. Upgraded first; every other service authenticates through it.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/keystone-before-{version}.tar.gz","/etc/keystone"]},{"name":"update-package-lists","run":["apt-get","update"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","keystone"]},{"name":"stop","run":["systemctl","stop","apache2"]},{"name":"sync-database","when":"first","run":["su","-s","/bin/sh","-c","keystone-manage db_sync","keystone"]},{"name":"start","run":["systemctl","start","apache2"]},{"name":"health","retry":{"timeout":"5m","every":"10s"},"run":["curl","--fail","--silent","--show-error","--output","/dev/null","http://localhost:5000/v3"]},{"name":"read-back","run":["apt-get","--simulate","install","--only-upgrade","keystone"],"expect":[{"what":"{component} packages left to upgrade on {member}","match":"^([0-9]+) upgraded, ","is":"0"}]}]}},"image":{"description":"Glance.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/glance-before-{version}.tar.gz","/etc/glance"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","glance"]},{"name":"stop","run":["systemctl","stop","glance-api"]},{"name":"sync-database","when":"first","run":["su","-s","/bin/sh","-c","glance-manage db_sync","glance"]},{"name":"start","run":["systemctl","start","glance-api"]},{"name":"health","retry":{"timeout":"5m","every":"10s"},"run":["curl","--fail","--silent","--show-error","--output","/dev/null","http://localhost:9292/versions"]},{"name":"read-back","run":["apt-get","--simulate","install","--only-upgrade","glance"],"expect":[{"what":"{component} packages left to upgrade on {member}","match":"^([0-9]+) upgraded, ","is":"0"}]}]}},"compute":{"description":"Nova's controller services (API, conductor, scheduler, console proxy).","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/nova-before-{version}.tar.gz","/etc/nova"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","nova-api","nova-conductor","nova-scheduler","nova-novncproxy"]},{"name":"pin-upgrade-levels","run":["crudini","--set","/etc/nova/nova.conf","upgrade_levels","compute","auto"]},{"name":"stop","run":["systemctl","stop","nova-api","nova-conductor","nova-scheduler","nova-novncproxy"]},{"name":"sync-api-database","when":"first","run":["su","-s","/bin/sh","-c","nova-manage api_db sync","nova"]},{"name":"sync-database","when":"first","run":["su","-s","/bin/sh","-c","nova-manage db sync","nova"]},{"name":"start","run":["systemctl","start","nova-api","nova-conductor","nova-scheduler","nova-novncproxy"]},{"name":"health","on":"runner","retry":{"timeout":"5m","every":"10s"},"run":["openstack","compute","service","list","--host","{member}","--service","nova-conductor","-f","value","-c","State"],"expect":[{"what":"nova-conductor on {member}","match":"^(up|down)$","is":"up"}]},{"name":"health-scheduler","on":"runner","retry":{"timeout":"5m","every":"10s"},"run":["openstack","compute","service","list","--host","{member}","--service","nova-scheduler","-f","value","-c","State"],"expect":[{"what":"nova-scheduler on {member}","match":"^(up|down)$","is":"up"}]},{"name":"read-back","run":["apt-get","--simulate","install","--only-upgrade","nova-api","nova-conductor","nova-scheduler","nova-novncproxy"],"expect":[{"what":"{component} packages left to upgrade on {member}","match":"^([0-9]+) upgraded, ","is":"0"}]}]}},"networking":{"description":"Neutron's server.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/neutron-before-{version}.tar.gz","/etc/neutron"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","neutron-server"]},{"name":"stop","run":["systemctl","stop","neutron-server"]},{"name":"sync-database","when":"first","run":["su","-s","/bin/sh","-c","neutron-db-manage --config-file /etc/neutron/neutron.conf --config-file /etc/neutron/plugins/ml2/ml2_conf.ini upgrade heads","neutron"]},{"name":"start","run":["systemctl","start","neutron-server"]},{"name":"health","retry":{"timeout":"5m","every":"10s"},"run":["curl","--fail","--silent","--show-error","--output","/dev/null","http://localhost:9696/"]},{"name":"read-back","run":["apt-get","--simulate","install","--only-upgrade","neutron-server"],"expect":[{"what":"{component} packages left to upgrade on {member}","match":"^([0-9]+) upgraded, ","is":"0"}]}]}},"block-storage":{"description":"Cinder's API and scheduler on the controllers.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/cinder-before-{version}.tar.gz","/etc/cinder"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","cinder-api","cinder-scheduler"]},{"name":"stop","run":["systemctl","stop","cinder-scheduler","apache2"]},{"name":"sync-database","when":"first","run":["su","-s","/bin/sh","-c","cinder-manage db sync","cinder"]},{"name":"start","run":["systemctl","start","cinder-scheduler","apache2"]},{"name":"health","on":"runner","retry":{"timeout":"5m","every":"10s"},"run":["openstack","volume","service","list","--host","{member}","--service","cinder-scheduler","-f","value","-c","State"],"expect":[{"what":"cinder-scheduler on {member}","match":"^(up|down)$","is":"up"}]},{"name":"read-back","run":["apt-get","--simulate","install","--only-upgrade","cinder-api","cinder-scheduler"],"expect":[{"what":"{component} packages left to upgrade on {member}","match":"^([0-9]+) upgraded, ","is":"0"}]}]}},"dashboard":{"description":"Horizon. \\"Updating Dashboard only requires restarting the Apache HTTP service.\\"","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/openstack-dashboard-before-{version}.tar.gz","/etc/openstack-dashboard"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","openstack-dashboard"]},{"name":"restart","run":["systemctl","restart","apache2"]},{"name":"health","retry":{"timeout":"5m","every":"10s"},"run":["curl","--fail","--silent","--show-error","--output","/dev/null","http://localhost/horizon/auth/login/"]},{"name":"read-back","run":["apt-get","--simulate","install","--only-upgrade","openstack-dashboard"],"expect":[{"what":"{component} packages left to upgrade on {member}","match":"^([0-9]+) upgraded, ","is":"0"}]}]}},"orchestration":{"description":"Heat.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/heat-before-{version}.tar.gz","/etc/heat"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","heat-api","heat-api-cfn","heat-engine"]},{"name":"stop","run":["systemctl","stop","heat-api","heat-api-cfn","heat-engine"]},{"name":"sync-database","when":"first","run":["su","-s","/bin/sh","-c","heat-manage db_sync","heat"]},{"name":"start","run":["systemctl","start","heat-api","heat-api-cfn","heat-engine"]},{"name":"health","retry":{"timeout":"5m","every":"10s"},"run":["curl","--fail","--silent","--show-error","--output","/dev/null","http://localhost:8004/"]},{"name":"read-back","run":["apt-get","--simulate","install","--only-upgrade","heat-api","heat-api-cfn","heat-engine"],"expect":[{"what":"{component} packages left to upgrade on {member}","match":"^([0-9]+) upgraded, ","is":"0"}]}]}},"telemetry":{"description":"Ceilometer. \\"Updating the Telemetry service only requires restarting the service.\\"","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"rollout":{"strategy":"serial","roles":["control"],"member":[{"name":"backup-configuration","run":["tar","--create","--gzip","--file=/var/backups/ceilometer-before-{version}.tar.gz","/etc/ceilometer"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","ceilometer-agent-central","ceilometer-agent-notification"]},{"name":"restart","run":["systemctl","restart","ceilometer-agent-central","ceilometer-agent-notification"]},{"name":"health","retry":{"timeout":"2m","every":"10s"},"run":["systemctl","is-active","ceilometer-agent-central","ceilometer-agent-notification"]},{"name":"read-back","run":["apt-get","--simulate","install","--only-upgrade","ceilometer-agent-central","ceilometer-agent-notification"],"expect":[{"what":"{component} packages left to upgrade on {member}","match":"^([0-9]+) upgraded, ","is":"0"}]}]}},"storage-node":{"description":"The Block Storage volume service on the storage nodes. \\"Updating the Block Storage service only requires restarting the service\\": the package upgrade restarts it. A node without it passes over these steps.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"skew":[{"of":"block-storage","newer":0,"older":1,"skip":"slurp"}],"rollout":{"strategy":"serial","roles":["worker"],"member":[{"name":"backup-configuration","onlyIf":["test","-e","/lib/systemd/system/cinder-volume.service"],"run":["tar","--create","--gzip","--ignore-failed-read","--file=/var/backups/cinder-before-{version}.tar.gz","/etc/cinder"]},{"name":"update-package-lists","onlyIf":["test","-e","/lib/systemd/system/cinder-volume.service"],"run":["apt-get","update"]},{"name":"upgrade","onlyIf":["test","-e","/lib/systemd/system/cinder-volume.service"],"run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","cinder-volume"]},{"name":"restart","onlyIf":["test","-e","/lib/systemd/system/cinder-volume.service"],"run":["systemctl","restart","cinder-volume"]},{"name":"health","on":"runner","onlyIf":["test","-e","/lib/systemd/system/cinder-volume.service"],"retry":{"timeout":"5m","every":"10s"},"run":["openstack","volume","service","list","--service","cinder-volume","-f","value","-c","Host","-c","State"],"expect":[{"what":"cinder-volume on {member}","match":"^{member}(@[^ ]*)? (up|down)$","is":"up"}]},{"name":"read-back","run":["apt-get","--simulate","install","--only-upgrade","cinder-volume"],"expect":[{"what":"{component} packages left to upgrade on {member}","match":"^([0-9]+) upgraded, ","is":"0"}]}]}},"compute-node":{"description":"Nova's compute service and Neutron's agents on the compute nodes (\\"Networking service: edit the configuration file and restart the service\\"). A node without nova-compute passes over these steps.","versioning":{"scheme":"calver","source":"version","versions":["2023.1","2023.2","2024.1","2024.2","2025.1","2025.2"]},"jump":{"max":1,"skip":"slurp","major":"allow"},"skew":[{"of":"compute","newer":0,"older":1,"skip":"slurp"},{"of":"networking","newer":0,"older":1,"skip":"slurp"}],"rollout":{"strategy":"serial","roles":["worker"],"member":[{"name":"disable","on":"runner","onlyIf":["test","-e","/lib/systemd/system/nova-compute.service"],"run":["openstack","compute","service","set","--disable","--disable-reason","rollgate: upgrade to {version}","{member}","nova-compute"]},{"name":"live-migrate","when":"live","on":"runner","onlyIf":["test","-e","/lib/systemd/system/nova-compute.service"],"run":["nova","host-evacuate-live","{member}"]},{"name":"wait-empty","when":"live","on":"runner","onlyIf":["test","-e","/lib/systemd/system/nova-compute.service"],"retry":{"timeout":"1h","every":"30s"},"run":["openstack","server","list","--all-projects","--host","{member}","-f","value","-c","ID"],"expect":[{"what":"instances left on {member}","match":"^(.+)$","is":""}]},{"name":"backup-configuration","gate":"before","run":["tar","--create","--gzip","--ignore-failed-read","--file=/var/backups/nova-neutron-before-{version}.tar.gz","/etc/nova","/etc/neutron"]},{"name":"update-package-lists","run":["apt-get","update"]},{"name":"upgrade","run":["apt-get","install","--only-upgrade","--yes","-o","Dpkg::Options::=--force-confold","nova-compute","neutron-openvswitch-agent","neutron-ovn-metadata-agent"]},{"name":"restart","onlyIf":["test","-e","/lib/systemd/system/nova-compute.service"],"run":["systemctl","restart","nova-compute"]},{"name":"health","on":"runner","onlyIf":["test","-e","/lib/systemd/system/nova-compute.service"],"retry":{"timeout":"5m","every":"10s"},"run":["openstack","compute","service","list","--host","{member}","--service","nova-compute","-f","value","-c","State"],"expect":[{"what":"nova-compute on {member}","match":"^(up|down)$","is":"up"}]},{"name":"enable","on":"runner","onlyIf":["test","-e","/lib/systemd/system/nova-compute.service"],"run":["openstack","compute","service","set","--enable","{member}","nova-compute"]},{"name":"read-back","run":["apt-get","--simulate","install","--only-upgrade","nova-compute","neutron-openvswitch-agent","neutron-ovn-metadata-agent"],"expect":[{"what":"{component} packages left to upgrade on {member}","match":"^([0-9]+) upgraded, ","is":"0"}]}],"after":[{"name":"unpin-upgrade-levels","on":"control","run":["crudini","--del","/etc/nova/nova.conf","upgrade_levels","compute"]},{"name":"restart-nova","on":"control","run":["systemctl","restart","nova-api","nova-conductor","nova-scheduler"]}]}}}}` } };
  }
});

export {
  __require,
  __commonJS,
  __toESM,
  init_define_ROLLGATE_BUILTIN_PACKS,
  define_ROLLGATE_BUILTIN_PACKS_default
};
