#!/usr/bin/env bash
# The real-engine test of docs/scale-out.md: Slurm (slurmctld + slurmd + munge on this one machine) runs
# `provision generate` as a 4-task array and `provision annotate` as a 2-task array, written by `provision jobs slurm`;
# the merged outputs must equal single runs byte for byte. Then one task of a new array is cancelled mid-run: merge
# must refuse, naming the missing shard; re-submitting that one index must give the identical result.
# Needs root (it installs slurm-wlm and munge when missing and starts the daemons); stops what it started.
# Last line: "slurm: N passed, N failed" (summed by .ci/run).
# Usage: tests/slurm/run.sh [graph-count]          the test
#        tests/slurm/run.sh --measure graph-count  the measurement of docs/scale-out.md (16 shards vs one process)
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
MODE=test
if [ "${1:-}" = --measure ]; then MODE=measure; shift; fi
GRAPHS=${1:-2000}
TIMEOUT=${SLURM_TEST_TIMEOUT:-240}
passed=0 failed=0
WORK=$(mktemp -d /tmp/provision-slurm.XXXXXX)
started_pids=()

pass() { passed=$((passed + 1)); echo "ok: $1"; }
fail() { failed=$((failed + 1)); echo "FAILED: $1"; }
check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }

finish() {
  if [ ${#started_pids[@]} -gt 0 ]; then
    SLURM_CONF=$WORK/slurm.conf scancel --quiet --user=root 2>/dev/null || true
    for pid in "${started_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${started_pids[@]}"; do
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    done
  fi
  if [ "$failed" -gt 0 ] && [ -d "$WORK" ]; then
    echo "--- slurmctld.log (tail)"; tail -n 20 "$WORK/slurmctld.log" 2>/dev/null
    echo "--- slurmd.log (tail)"; tail -n 20 "$WORK/slurmd.log" 2>/dev/null
    echo "--- task logs (tail)"; tail -n 5 "$WORK"/*/jobs/logs/* 2>/dev/null | tail -n 60
  fi
  rm -rf "$WORK"
  echo "slurm test took ${SECONDS}s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  echo "slurm: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
trap finish EXIT
trap 'fail "interrupted"; exit 1' INT TERM

abort() { fail "$1"; exit 1; }

# --- install and start -------------------------------------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || abort "this test starts slurmctld/slurmd/munged and needs root"
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  (apt-get -o DPkg::Lock::Timeout=300 update -qq && apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends slurm-wlm munge) >/dev/null \
    || abort "apt-get install slurm-wlm munge"
fi

if ! (munge -n | unmunge) >/dev/null 2>&1; then
  [ -s /etc/munge/munge.key ] || { mkdir -p /etc/munge; dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key status=none; }
  mkdir -p /run/munge /var/lib/munge /var/log/munge
  chown munge:munge /etc/munge/munge.key /run/munge /var/lib/munge /var/log/munge 2>/dev/null
  chmod 0400 /etc/munge/munge.key; chmod 0755 /run/munge
  runuser -u munge -- munged --foreground >"$WORK/munged.log" 2>&1 & started_pids+=($!)
  for _ in $(seq 1 50); do (munge -n | unmunge) >/dev/null 2>&1 && break; sleep 0.2; done
fi
check "munge credentials round-trip" bash -c '(munge -n | unmunge) >/dev/null 2>&1'

NODE=$(slurmd -C | head -n 1)
HOST=$(echo "$NODE" | sed -n 's/^NodeName=\([^ ]*\).*/\1/p')
CPUS=$(echo "$NODE" | sed -n 's/.* CPUs=\([0-9]*\).*/\1/p')
mkdir -p "$WORK/state" "$WORK/spool"
export SLURM_CONF=$WORK/slurm.conf
cat > "$SLURM_CONF" <<CONF
ClusterName=provisiontest
SlurmctldHost=$HOST
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
SlurmctldPort=16817
SlurmdPort=16818
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/slurmctld.log
SlurmdLogFile=$WORK/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
DependencyParameters=kill_invalid_depend
ReturnToService=2
MpiDefault=none
MailProg=/bin/true
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MinJobAge=600
$NODE State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -D -i -f "$SLURM_CONF" >/dev/null 2>&1 & started_pids+=($!)
slurmd -D -f "$SLURM_CONF" >/dev/null 2>&1 & started_pids+=($!)
for _ in $(seq 1 100); do sinfo -h -o %T 2>/dev/null | grep -qE '^idle' && break; sleep 0.3; done
check "slurmctld and slurmd up with node $HOST ($CPUS CPUs) idle" bash -c "sinfo -h -o %T | grep -qE '^idle'"

# --- the CLI and the data ----------------------------------------------------------------------------------------
dotnet build compiler/ProVision.Cli -c Release -v q -nologo >/dev/null 2>&1 || abort "dotnet build compiler/ProVision.Cli"
# The tasks run a copy, so a build in the checkout while they run cannot change the binary under them.
cp -r "$ROOT/compiler/ProVision.Cli/bin/Release/net10.0" "$WORK/cli"
CLI_DLL=$WORK/cli/provision.dll
PROVISION="dotnet $CLI_DLL"
export PROVISION_CACHE=$WORK/cache
if [ -z "${PROVISION_MODELS:-}" ] && [ -d ../shared/models ]; then export PROVISION_MODELS=$(cd ../shared/models && pwd); fi
PHOTOS=$(cd ../shared/fixtures/photos 2>/dev/null && pwd) || abort "../shared/fixtures/photos not found"

# Real-like canonical graphs: 2..9 objects of common labels with attributes and a few relations each.
real_like_graphs() { # count: the graphs on stdout
awk -v n="$1" 'BEGIN {
  srand(7); split("person dog cat car cup chair bottle bicycle horse bench", labels, " "); split("red blue green white black small large wooden", attrs, " ");
  for (i = 0; i < n; i++) {
    k = 2 + int(rand() * 8); objects = ""; relations = "";
    for (j = 0; j < k; j++) {
      x = int(rand() * 500); y = int(rand() * 400); w = 10 + int(rand() * 120); h = 10 + int(rand() * 70);
      objects = objects (j ? "," : "") sprintf("{\"label\":\"%s\",\"box\":[%d,%d,%d,%d],\"attributes\":[\"%s\"]}", labels[1 + int(rand() * 10)], x, y, x + w, y + h, attrs[1 + int(rand() * 8)]);
      if (j > 0 && rand() < 0.5) relations = relations (relations == "" ? "" : ",") sprintf("[%d,\"%s\",%d]", j, rand() < 0.5 ? "next to" : "behind", j - 1);
    }
    printf "{\"image_id\":\"img%06d\",\"image\":\"images/img%06d.jpg\",\"width\":640,\"height\":480,\"objects\":[%s],\"relations\":[%s]}\n", i, i, objects, relations;
  } }'
}
real_like_graphs "$GRAPHS" > "$WORK/graphs.jsonl"

wait_for() { # job ids...: until none is queued or running, or the timeout
  local deadline=$((SECONDS + TIMEOUT))
  while [ $SECONDS -lt $deadline ]; do
    [ -z "$(squeue -h -j "$(IFS=,; echo "$*")" -o %i 2>/dev/null)" ] && return 0
    sleep 1
  done
  echo "timed out after ${TIMEOUT}s waiting for jobs $*"; squeue; return 1
}
submit() { bash "$1/submit.sh" | sed -n 's/.* array job \([0-9]*\) and the merge as job \([0-9]*\)$/\1 \2/p'; }
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
same() { cmp -s "$1" "$2" || { echo "differ: $1 $2"; return 1; }; }

GEN=(generate --graphs "$WORK/graphs.jsonl" --per-image 2 --seed 11)

if [ "$MODE" = measure ]; then
  # One process with all the node's CPUs as threads, against 16 array tasks of one CPU each (the same CPUs in all).
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$WORK/single.rss" $PROVISION "${GEN[@]}" --threads "$CPUS" --out "$WORK/single.jsonl" >/dev/null 2>&1 || abort "single run"
  single=$(since "$start")
  $PROVISION jobs slurm --shards 16 --cpus-per-task 1 --mem 2G --time 01:00:00 --dir "$WORK/m/jobs" --provision "$PROVISION" -- \
    "${GEN[@]}" --out "$WORK/m/out/items.jsonl" >/dev/null || abort "provision jobs slurm"
  mkdir -p "$WORK/m/jobs/logs"
  start=$(date +%s.%N)
  array=$(cd "$WORK/m/jobs" && sbatch --parsable shards.sbatch)
  TIMEOUT=7200 wait_for "${array%%;*}" || abort "the 16-task array did not finish"
  sharded=$(since "$start")
  merge=$( { /usr/bin/time -f "%e s, peak RSS %M KiB" $PROVISION merge "$WORK/m/out" --out "$WORK/m/out/items.jsonl" >/dev/null; } 2>&1 | tail -n 1)
  check "16-shard merge equals the single run" same "$WORK/m/out/items.jsonl" "$WORK/single.jsonl"
  shard_times=$(for m in "$WORK"/m/out/*.manifest; do
    s0=$(date -d "$(sed -n 's/.*"started": "\(.*\)".*/\1/p' "$m")" +%s.%N); s1=$(date -d "$(sed -n 's/.*"finished": "\(.*\)".*/\1/p' "$m")" +%s.%N)
    awk -v a="$s0" -v b="$s1" 'BEGIN { printf "%.1f ", b - a }'; done)
  echo "graphs: $GRAPHS ($(du -h "$WORK/graphs.jsonl" | cut -f1)), items: $(wc -l < "$WORK/single.jsonl"), CPUs: $CPUS"
  echo "one process, --threads $CPUS: ${single} s, peak RSS $(cat "$WORK/single.rss") KiB"
  echo "16 shards on Slurm (1 CPU each, $CPUS at a time), submit to last task done: ${sharded} s (ratio $(awk -v a="$sharded" -v b="$single" 'BEGIN { printf "%.2f", a / b }'))"
  echo "per-shard run times (manifests, s): $shard_times"
  echo "merge: $merge"
  exit 0
fi
$PROVISION "${GEN[@]}" --threads 1 --format jsonl --out "$WORK/single.jsonl" >/dev/null 2>&1 || abort "single generate run"

# --- 1. a 4-task generate array and its dependent merge ----------------------------------------------------------
$PROVISION jobs slurm --shards 4 --cpus-per-task 1 --mem 1G --time 00:10:00 --dir "$WORK/gen/jobs" --provision "$PROVISION" -- \
  "${GEN[@]}" --format jsonl --out "$WORK/gen/out/items.jsonl" >/dev/null || abort "provision jobs slurm (generate)"
read -r array merge <<<"$(submit "$WORK/gen/jobs")"
[ -n "${merge:-}" ] || abort "submitting the generate array"
check "generate array $array and merge $merge finish in ${TIMEOUT}s" wait_for "$array" "$merge"
check "4 generate shards each wrote a manifest" bash -c "[ \$(ls $WORK/gen/out/items-0000?-of-00004.jsonl.manifest | wc -l) -eq 4 ]"
check "merged generate output is byte-identical to one process" same "$WORK/gen/out/items.jsonl" "$WORK/single.jsonl"

# --- 2. a 2-task annotate array over the photos ------------------------------------------------------------------
ANN=(annotate "$PHOTOS" --threads 1)
$PROVISION "${ANN[@]}" --out "$WORK/ann-single/graphs.jsonl" >/dev/null 2>&1 || abort "single annotate run"
$PROVISION jobs slurm --shards 2 --cpus-per-task 1 --mem 2G --time 00:10:00 --dir "$WORK/ann/jobs" --provision "$PROVISION" -- \
  "${ANN[@]}" --out "$WORK/ann/graphs.jsonl" >/dev/null || abort "provision jobs slurm (annotate)"
read -r array merge <<<"$(submit "$WORK/ann/jobs")"
check "annotate array $array and merge $merge finish in ${TIMEOUT}s" wait_for "$array" "$merge"
check "merged annotate graphs are byte-identical to one process" same "$WORK/ann/graphs.jsonl" "$WORK/ann-single/graphs.jsonl"
# Depth maps go where the unsharded run puts them (graphs_depth/); none at all when the pipeline estimates no depth.
check "annotate shards' depth maps are the single run's" bash -c "{ [ ! -e $WORK/ann/graphs_depth ] && [ ! -e $WORK/ann-single/graphs_depth ]; } || diff -r $WORK/ann/graphs_depth $WORK/ann-single/graphs_depth"

# --- 3. one task cancelled mid-run, refused merge, one index re-submitted ----------------------------------------
# The cancelled task must surely be busy in provision when it is cancelled: its shard has 4x the graphs of the others'
# runs, the cancel waits until provision has started writing (its hidden temporary file exists: pack loaded, inside
# generate), and the task is suspended (SIGSTOP) at once, so it cannot finish while the cancel is on its way. (A cancel
# that raced the task's launch once let it run to the end unseen by Slurm, leaving a manifest.)
mkdir -p "$WORK/kill"
real_like_graphs $((GRAPHS * 4)) > "$WORK/kill/graphs.jsonl"
KILL=(generate --graphs "$WORK/kill/graphs.jsonl" --per-image 2 --seed 11 --format llava)
$PROVISION "${KILL[@]}" --threads 1 --out "$WORK/kill/single.json" >/dev/null 2>&1 || abort "single generate run (kill case)"
$PROVISION jobs slurm --shards 4 --cpus-per-task 1 --mem 1G --time 00:10:00 --dir "$WORK/kill/jobs" --provision "$PROVISION" -- \
  "${KILL[@]}" --out "$WORK/kill/out/items.json" >/dev/null || abort "provision jobs slurm (kill case)"
read -r array merge <<<"$(submit "$WORK/kill/jobs")"
partial=$WORK/kill/out/.items-00002-of-00004.json.tmp
deadline=$((SECONDS + TIMEOUT))
until [ -e "$partial" ] || [ $SECONDS -ge $deadline ]; do sleep 0.05; done
check "task ${array}_1 was writing shard 2 and is suspended before the cancel" bash -c "[ -e $partial ] && scontrol suspend ${array}_1 \
  && [ \"\$(squeue -h -j ${array}_1 -o %T)\" = SUSPENDED ] && [ ! -e $WORK/kill/out/items-00002-of-00004.json.manifest ]"
check "task ${array}_1 cancelled" scancel "${array}_1"
check "the rest of the array ends and the merge job is dropped (its dependency failed)" wait_for "$array" "$merge"
check "task ${array}_1 ended as CANCELLED" bash -c "scontrol show job ${array}_1 | grep -q 'JobState=CANCELLED'"
# docs/scale-out.md: a killed task leaves at most a hidden temporary file, never an output or a manifest.
check "the cancelled shard left only its hidden temporary file (no output, no manifest)" \
  bash -c "[ \"\$(ls -A $WORK/kill/out | grep 00002-of-00004)\" = .items-00002-of-00004.json.tmp ]"
$PROVISION merge "$WORK/kill/out" --out "$WORK/kill/out/items.json" --name items.json >/dev/null 2>"$WORK/kill/merge.err"
code=$?
check "merge refuses (exit 2) naming the missing shard 2/4" bash -c "[ $code -eq 2 ] && grep -q 'shard 2/4 (items-00002-of-00004.json)' $WORK/kill/merge.err && grep -q 'sbatch --array=1' $WORK/kill/merge.err"
check "the refused merge wrote nothing" bash -c "[ ! -e $WORK/kill/out/items.json ]"
again=$(cd "$WORK/kill/jobs" && sbatch --parsable --array=1 shards.sbatch)
again=${again%%;*}
check "the re-submitted task $again finishes" wait_for "$again"
merge=$(cd "$WORK/kill/jobs" && sbatch --parsable merge.sbatch)
check "the merge job $merge finishes" wait_for "${merge%%;*}"
check "the re-run replaced the temporary file with shard 2 and its manifest" \
  bash -c "[ \"\$(ls -A $WORK/kill/out | grep 00002-of-00004 | tr '\n' ' ')\" = 'items-00002-of-00004.json items-00002-of-00004.json.manifest ' ]"
check "merged after the re-run: byte-identical to one process" same "$WORK/kill/out/items.json" "$WORK/kill/single.json"
