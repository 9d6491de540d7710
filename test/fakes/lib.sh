# shellcheck shell=bash
# What every fake tool shares: who is calling (the member the fake ssh reached, or $FAKE_MEMBER on the runner),
# where that member's state lives, the call log, and failures planted by a test. Written with bash builtins only:
# a test runs hundreds of these calls, and each process forked costs more than the fake's work.
# State under $FAKE_ROOT (see README.md):
#   calls.log                                    one line per call: <member>|<tool> <args>
#   fail                                         lines <member>|<tool> <args> that must fail (exit 1)
#   hang                                         members, one a line, whose every tool never ends
#   members.list                                 the members, one a line, in the order the test gave them
#   members/<m>/cluster, members/<m>/proxy       the member's cluster, and its store proxy when it has one
#   members/<m>/snaps/<snap>/<field>             channel, revision, version, held, cohort
#   members/<m>/store/                           a store only this member sees (same layout as store/)
#   store/<snap>/channels/<channel, / as _>      "<revision> <version>": what the store serves on a channel
#   store/<snap>/revisions/<n>                   "<revision> <version>": what a request for revision n gets
#   proxies/<p>/overrides/<snap>/<channel, / as _>   the revision snap-proxy override makes the proxy serve
#   lxc/<m>                                      the member's LXD cluster status when set (Evacuated)
#   barrier                                      "<count>|<tool> <args>": calls starting so wait until <count> members made one

set -u

fake_tool=${0##*/}
fake_member=${FAKE_MEMBER:-}
: "${FAKE_ROOT:?fake $fake_tool: FAKE_ROOT is not set}"

# Reads a file's first line into REPLY; empty when the file is missing.
fake_read() {
  REPLY=''
  if [ -f "$1" ]; then IFS= read -r REPLY < "$1" || true; fi
}

# Logs the call, and fails it when the test planted it in $FAKE_ROOT/fail.
fake_start() {
  local line="${fake_member:--}|$fake_tool${*:+ $*}"
  printf '%s\n' "$line" >> "$FAKE_ROOT/calls.log"
  if [ -f "$FAKE_ROOT/barrier" ]; then fake_barrier "$line"; fi
  if [ -f "$FAKE_ROOT/fail" ]; then
    local planted
    while IFS= read -r planted; do
      if [ "$planted" = "$line" ]; then
        printf 'fake %s: failing as planted: %s\n' "$fake_tool" "$line" >&2
        exit 1
      fi
    done < "$FAKE_ROOT/fail"
  fi
  # A member planted in $FAKE_ROOT/hang never answers: every tool it runs sleeps (the real sleep) until killed.
  if [ -n "$fake_member" ] && [ -f "$FAKE_ROOT/hang" ]; then
    local hung
    while IFS= read -r hung; do
      if [ "$hung" = "$fake_member" ]; then PATH=/usr/bin:/bin exec sleep 600; fi
    done < "$FAKE_ROOT/hang"
  fi
}

# Waits until as many members as the barrier names have made the call it names: run one after another, the first
# would wait alone and fail, so a passing run proves the members made it at the same time.
fake_barrier() {
  local count call
  IFS='|' read -r count call < "$FAKE_ROOT/barrier" || true
  [[ ${1#*|} == "$call"* ]] || return 0
  local dir="$FAKE_ROOT/barrier.d" waited entries
  [ -d "$dir" ] || mkdir -p "$dir"
  : > "$dir/${fake_member:--}"
  for ((waited = 0; waited < 200; waited++)); do
    entries=("$dir"/*)
    [ "${#entries[@]}" -ge "$count" ] && return 0
    sleep 0.05
  done
  printf 'fake %s: waited alone at the barrier for %s: the members did not run it at the same time\n' "$fake_tool" "$call" >&2
  exit 1
}

# The member this call runs on; a tool that needs one and has none fails, as on a host that is not a member.
fake_need_member() {
  if [ -z "$fake_member" ] || [ ! -d "$FAKE_ROOT/members/$fake_member" ]; then
    printf '%s: command not found (fake: %s is not a member)\n' "$fake_tool" "${fake_member:-this runner}" >&2
    exit 127
  fi
  # shellcheck disable=SC2034 # read by the tools that source this file
  fake_home="$FAKE_ROOT/members/$fake_member"
}

# The members of a member's cluster, in the order the test listed them, into the array fake_members.
fake_cluster_members() {
  local cluster m
  fake_read "$FAKE_ROOT/members/$1/cluster"
  cluster=$REPLY
  fake_members=()
  while IFS= read -r m; do
    fake_read "$FAKE_ROOT/members/$m/cluster"
    if [ "$REPLY" = "$cluster" ]; then fake_members+=("$m"); fi
  done < "$FAKE_ROOT/members.list"
}

# A member's snap field (channel, revision, version, held, cohort) into REPLY; empty when unset.
fake_snap_get() {
  fake_read "$FAKE_ROOT/members/$1/snaps/$2/$3"
}

fake_snap_set() {
  [ -d "$FAKE_ROOT/members/$1/snaps/$2" ] || mkdir -p "$FAKE_ROOT/members/$1/snaps/$2"
  printf '%s\n' "$4" > "$FAKE_ROOT/members/$1/snaps/$2/$3"
}

fake_snap_installed() {
  [ -f "$FAKE_ROOT/members/$1/snaps/$2/revision" ]
}
