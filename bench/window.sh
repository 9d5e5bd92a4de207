#!/usr/bin/env bash
# The whole window at N hosts: the real window (ConsoleApp, offscreen, on the Dashboard) started on an
# N-host sandbox fleet — ms to every host connected and every health endpoint answered, peak and
# settled resident memory, UI event-loop latency during the start and while a fraction of the fleet's
# endpoints flap (opsdeck-fleet flap) — against curl --parallel fetching every health URL once on the
# same fleet in the same run; the load average at the start and the end.
#   bench/window.sh [HOSTS] [FLAP_FRACTION] [FLAP_SECONDS] [FLAP_FOR]   (defaults 200, 0.1, 4, 30; needs build/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
hosts=${1:-200}
fraction=${2:-0.1}
seconds=${3:-4}
flap_for=${4:-30}
bench="$root/build/bench/bench_window"
work=$(mktemp -d)
cgroup=
trap '"$root/tools/opsdeck-fleet" down --dir "$work/fleet" >/dev/null 2>&1 || true; [[ -n $cgroup ]] && rmdir "$cgroup" 2>/dev/null; rm -rf "$work"' EXIT
command -v curl >/dev/null || { echo "missing curl"; exit 1; }
[[ -x "$bench" ]] || { echo "missing $bench (build first)"; exit 1; }
ms() { date +%s%3N; }

load0=$(cut -d' ' -f1-3 /proc/loadavg)
"$root/tools/opsdeck-fleet" up --hosts "$hosts" --dir "$work/fleet" >/dev/null

# The fleet's hosts are other machines in production; here they share this machine's cores with the
# console. Every SSH session the fleet's sshd opens calls setsid(), and under the kernel's autogroup
# scheduling (/proc/sys/kernel/sched_autogroup_enabled) each session is a group of its own weighing as
# much as the whole console: with hundreds of sessions busy the console gets a few per mille of the
# CPU and its UI thread waits on the run queue — a measure of the sandbox, not of OpsDeck. So where
# the cpu cgroup can be written (root), the fleet runs in one cgroup of its own (its sessions inherit
# it; autogroups apply only outside cgroups):
#   FLEET_CGROUP=weight (default) a cgroup weighing as much as the console (each gets half when both
#                                want more): the console's latency includes waiting behind the fleet;
#   FLEET_CGROUP=cores           a cgroup weighing as much as the console and limited to FLEET_CORES
#                                cores (default 1, cpu.cfs_quota_us): of two cores the console always
#                                finds one the fleet cannot take, as remote hosts take none of its cores;
#   FLEET_CGROUP=idle            an idle cgroup (cpu.idle): the fleet gets only the CPU the console does
#                                not use — the window on its own, at the price of a fleet that answers
#                                slower (health checks time out) whenever the console computes;
#   FLEET_CGROUP=0               no cgroup: the fleet's sessions as autogroups.
mode=${FLEET_CGROUP:-weight}
fleet_cores=${FLEET_CORES:-1}
fleet_cpu="shares the machine as its sessions' autogroups (no cgroup)"
if [[ $mode != 0 && $(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null) == 1 ]]; then
    if [[ -w /sys/fs/cgroup/cpu/cgroup.procs || -w /sys/fs/cgroup/cpu ]]; then   # cgroup v1
        cgroup=/sys/fs/cgroup/cpu/opsdeck-bench-fleet-$$
        mkdir "$cgroup" && echo 1024 >"$cgroup/cpu.shares" || cgroup=
    elif grep -qw cpu /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null; then     # cgroup v2
        cgroup=/sys/fs/cgroup/opsdeck-bench-fleet-$$
        mkdir "$cgroup" && echo 100 >"$cgroup/cpu.weight" || cgroup=
    fi
    if [[ -n $cgroup ]]; then
        for pid in $(pgrep -f -- "$work/fleet"); do echo "$pid" >"$cgroup/cgroup.procs" 2>/dev/null || true; done
        fleet_cpu="in one cgroup weighing as much as the console ($cgroup)"
        if [[ $mode == cores ]]; then
            period=$(cat "$cgroup/cpu.cfs_period_us" 2>/dev/null || echo 100000)
            if [[ -w $cgroup/cpu.cfs_quota_us ]] && echo $((period * fleet_cores)) >"$cgroup/cpu.cfs_quota_us"; then
                fleet_cpu="$fleet_cpu, limited to $fleet_cores core(s) ($cgroup)"
            elif [[ -w $cgroup/cpu.max ]] && echo "$((period * fleet_cores)) $period" >"$cgroup/cpu.max"; then
                fleet_cpu="$fleet_cpu, limited to $fleet_cores core(s) ($cgroup)"
            else
                fleet_cpu="$fleet_cpu — no CPU limit available here"
            fi
        elif [[ $mode == idle ]]; then
            if echo 1 >"$cgroup/cpu.idle" 2>/dev/null; then
                fleet_cpu="in one idle cgroup: it gets the CPU the console leaves ($cgroup)"
            else
                fleet_cpu="$fleet_cpu — cpu.idle not available here"
            fi
        fi
    fi
fi
python3 - "$work/fleet/fleet.json" > "$work/urls" <<'PY'
import json, sys
for h in json.load(open(sys.argv[1]))["hosts"].values():
    for s in h["services"].values():
        print(s["url"])
PY
endpoints=$(wc -l < "$work/urls")

# The peer: every health URL once, 100 transfers at once (curl's own limit is 50 by default).
args=()
while read -r u; do args+=(-o /dev/null -w '%{http_code}\n' "$u"); done < "$work/urls"
load1=$(cut -d' ' -f1-3 /proc/loadavg)
t0=$(ms)
curl -s --parallel --parallel-max 100 "${args[@]}" > "$work/curl.codes" || true
t1=$(ms)
curl_ok=$(grep -c '^200$' "$work/curl.codes" || true)

load2=$(cut -d' ' -f1-3 /proc/loadavg)
opsdeck=$("$bench" start --config "$work/fleet/opsdeck.yaml" --fleet "$work/fleet" --fleet-tool "$root/tools/opsdeck-fleet" \
          --flap-fraction "$fraction" --flap-seconds "$seconds" --flap-for "$flap_for" 2>"$work/bench.err") || true
load3=$(cut -d' ' -f1-3 /proc/loadavg)
[[ -n "$opsdeck" ]] || { echo "bench_window printed nothing:"; tail -20 "$work/bench.err"; exit 1; }

FLEET_CPU=$fleet_cpu python3 - "$opsdeck" "$((t1 - t0))" "$curl_ok" "$endpoints" "$load0" "$load1" "$load2" "$load3" <<'PY'
import json, os, sys
o = json.loads(sys.argv[1]); curl_ms, curl_ok, endpoints = map(int, sys.argv[2:5]); loads = sys.argv[5:9]
s, f = o["start_latency"], o.get("flap")
def when(v):
    return f"{v / 1000:.1f} s" if v >= 0 else "not within the timeout"
print(f"hosts {o['hosts']}, {o['endpoints']} health endpoints, {os.cpu_count()} cores; the fleet {os.environ['FLEET_CPU']}")
print(f"load average (1, 5, 15 min): {loads[0]} before the fleet, {loads[1]} before curl, {loads[2]} before the window, {loads[3]} at the end")
print(f"window built and shown in {o['window_constructed_ms']} ms (UI thread busy throughout)")
print(f"every host connected      {when(o['all_connected_ms'])} ({o['hosts_connected']}/{o['hosts']})")
print(f"every endpoint answered   {when(o['all_answered_ms'])} ({o['endpoints_answered']}/{o['endpoints']}; "
      f"every endpoint with a first result {when(o['all_checked_ms'])})")
print(f"curl --parallel           {curl_ms / 1000:.1f} s for every health URL once ({curl_ok}/{endpoints} answered 200)")
if o["all_answered_ms"] > 0:
    print(f"ratio                     window start to every endpoint answered / curl once: {o['all_answered_ms'] / max(1, curl_ms):.1f}x")
print(f"memory                    peak {o['peak_rss_start_mib']:.0f} MiB during the start (VmHWM), settled {o['settled_rss_mib']:.0f} MiB "
      f"10 s later (VmRSS); {o['rss_before_window_mib']:.0f} MiB before the window")
print(f"UI event loop, start      p50 {s['p50_ms']:.2f} ms, p99 {s['p99_ms']:.2f} ms, max {s['max_ms']:.2f} ms ({s['probes']} probes; "
      f"UI thread on CPU {o['start_ui_thread_cpu_ms']} ms, waiting for a core {o['start_ui_thread_wait_ms']} ms, the whole console {o['start_process_cpu_ms']} ms)")
if f:
    print(f"UI event loop, flapping   p50 {f['p50_ms']:.2f} ms, p99 {f['p99_ms']:.2f} ms, max {f['max_ms']:.2f} ms ({f['probes']} probes over "
          f"{f['for_s']:.0f} s; {f['fraction'] * 100:.0f} % of endpoints down/up every {f['seconds']:g} s: {f['transitions']} transitions seen; "
          f"UI thread on CPU {f['ui_thread_cpu_ms']} ms, waiting for a core {f['ui_thread_wait_ms']} ms)")
    print(f"memory while flapping     peak {f['peak_rss_mib']:.0f} MiB, {f['rss_mib']:.0f} MiB at the end")
PY
