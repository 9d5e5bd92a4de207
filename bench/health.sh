#!/usr/bin/env bash
# Health checks: OpsDeck's monitor on 1000 sandbox endpoints at a 1 s interval against curl --parallel
# fetching the same URLs, compared in checks per CPU-second; then chart frames of 200 series × 24 h
# after the data changed, against the same points handed to QtCharts undecimated. CPU times are the
# processes' own (getrusage, /usr/bin/time), so other load on the machine inflates them little.
#   bench/health.sh [HOSTS] [SECONDS]     (defaults 500 hosts = 1000 endpoints, 20 s)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
hosts=${1:-500}
seconds=${2:-20}
bench="$root/build/bench/bench_health"
work=$(mktemp -d)
trap '"$root/tools/opsdeck-fleet" down --dir "$work/fleet" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
command -v curl >/dev/null || { echo "missing curl"; exit 1; }

"$root/tools/opsdeck-fleet" up --hosts "$hosts" --dir "$work/fleet" >/dev/null
python3 - "$work/fleet/fleet.json" > "$work/urls" <<'PY'
import json, sys
for h in json.load(open(sys.argv[1]))["hosts"].values():
    for s in h["services"].values():
        print(s["url"])
PY
endpoints=$(wc -l < "$work/urls")

opsdeck=$("$bench" monitor --config "$work/fleet/opsdeck.yaml" --seconds "$seconds" 2>/dev/null)

# curl: the same URLs, `rounds` times, 100 transfers at once; CPU from its own accounting.
rounds=10
args=()
for _ in $(seq $rounds); do while read -r u; do args+=(-o /dev/null "$u"); done < "$work/urls"; done
/usr/bin/time -f "%U %S %e" -o "$work/curl.time" curl -s --no-progress-meter --parallel --parallel-max 100 "${args[@]}" || true
read -r cu cs ce < "$work/curl.time"

chart=$("$bench" chart --series 200 --hours 24 2>/dev/null)

python3 - "$opsdeck" "$cu" "$cs" "$ce" "$((endpoints * rounds))" "$chart" <<'PY'
import json, sys
o = json.loads(sys.argv[1]); cu, cs, ce = map(float, sys.argv[2:5]); n = int(sys.argv[5]); c = json.loads(sys.argv[6])
curl_per_cpu = n / (cu + cs)
print(f"endpoints {o['endpoints']} at a 1 s interval for {o['seconds']:.1f} s")
print(f"opsdeck  {o['checks_per_second']:.0f} checks/s, {o['cores_used']:.2f} of a core, {o['checks_per_cpu_second']:.0f} checks per CPU-second "
      f"({o['not_passing_at_end']} not passing at the end)")
print(f"curl     {n} transfers in {ce:.1f} s, {cu + cs:.2f} CPU-s, {curl_per_cpu:.0f} transfers per CPU-second (--parallel-max 100)")
print(f"ratio    opsdeck/curl checks per CPU-second {o['checks_per_cpu_second'] / curl_per_cpu:.2f}x")
print(f"UI event loop while monitoring: p50 {o['ui_latency_p50_ms']:.2f} ms, p99 {o['ui_latency_p99_ms']:.2f} ms, max {o['ui_latency_max_ms']:.2f} ms")
print(f"chart {c['series']} series x {c['hours']} h at 5 s ({c['points_total']} points, plot {c['plot_width']} px wide): "
      f"frame {c['frame_cpu_ms_median']:.1f} ms CPU (median of {c['frames']}, max {c['frame_cpu_ms_max']:.1f}, wall {c['frame_wall_ms_median']:.1f}; "
      f"{c['columns_drawn']} pixel columns drawn)")
print(f"         every point through QtCharts {c['undecimated_frame_cpu_ms']:.0f} ms CPU (wall {c['undecimated_frame_wall_ms']:.0f}), "
      f"{c['speedup']:.0f}x")
PY
