# shellcheck shell=bash disable=SC2154
# What the fakes of packaged and Kubernetes-run systems share (apt-get, dpkg, systemctl, kubeadm, kubectl, etcdctl,
# openstack, the *-manage tools, mysqldump, and the file tools a member's steps use). Sourced after lib.sh.
# State under $FAKE_ROOT (see README.md):
#   members/<m>/pkgs/<package>          the installed version of a package
#   members/<m>/repo/<package>          the version the member's package sources offer (after apt-get update)
#   members/<m>/lists                   present after apt-get update: package lists are fresh
#   members/<m>/behind                  present: the member is left behind: package installs exit 0 and change
#                                       nothing, and services it starts do not come up
#   members/<m>/fs/<absolute path>      the member's files (dumps, snapshots, configuration)
#   members/<m>/services/<unit>         active or inactive
#   k8s/<kind>/<name>/<field>           the cluster's objects (node, pod, lcmmachine, nodemaintenancerequest,
#                                       nodeworkloadlock): one file per field, as named in fake_field below

# The member's file for an absolute path, into REPLY.
fake_fs_path() {
  REPLY="$FAKE_ROOT/members/$fake_member/fs$1"
}

fake_write() {
  [ -d "${1%/*}" ] || mkdir -p "${1%/*}"
  printf '%s\n' "$2" > "$1"
}

fake_behind() {
  [ -f "$FAKE_ROOT/members/$fake_member/behind" ]
}

# Logs a step of a member's work the tests read as that member's order of steps.
fake_event() {
  printf '%s\n' "$1" >> "$FAKE_ROOT/members/$fake_member/events"
}
