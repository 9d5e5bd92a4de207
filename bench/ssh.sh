#!/usr/bin/env bash
# `systemctl show` on N sandbox hosts: OpsDeck's SSH engine (cold and warm sessions) against
# parallel-ssh and ansible with the same parallelism, all in one run on the same fleet; then the UI
# event-loop latency while the window restarts a service on every host at once.
#   bench/ssh.sh [HOSTS] [PARALLELISM]      (defaults 200 and 64; needs build/ and: apt-get install pssh time;
#   ansible is run too when it is installed, else its line says "not installed")
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
hosts=${1:-200}
par=${2:-64}
bench="$root/build/bench/bench_ssh"
work=$(mktemp -d)
trap '"$root/tools/opsdeck-fleet" down --dir "$work/fleet" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
command -v parallel-ssh >/dev/null || { echo "missing parallel-ssh (apt-get install pssh)"; exit 1; }
[[ -x /usr/bin/time ]] || { echo "missing /usr/bin/time (apt-get install time)"; exit 1; }
have_ansible=$(command -v ansible >/dev/null && echo 1 || echo 0)

"$root/tools/opsdeck-fleet" up --hosts "$hosts" --dir "$work/fleet" >/dev/null
fleet="$work/fleet"
key="$fleet/client/id_ed25519"
known="$fleet/known_hosts"
cmd="systemctl show --no-pager -p Id,LoadState,ActiveState,SubState,MainPID,ActiveEnterTimestamp,NRestarts -- family-photo-share.service"
python3 - "$fleet" > "$work/targets" <<'PY'
import json, sys
d = json.load(open(sys.argv[1] + "/fleet.json"))
for name, h in d["hosts"].items():
    print(name, h["address"], h["ssh_port"], d["user"])
PY
awk '{print $4"@"$2":"$3}' "$work/targets" > "$work/pssh-hosts"
{
    echo "[fleet]"
    awk '{print $1" ansible_host="$2" ansible_port="$3" ansible_user="$4}' "$work/targets"
} > "$work/inventory"

cpu() { awk '/^cpu /{print $2+$3+$4+$6+$7+$8}' /proc/stat; } # busy jiffies, all cores
ms() { date +%s%3N; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
load0=$(cut -d' ' -f1-3 /proc/loadavg)
# OpsDeck: one fresh engine (cold), then the same sessions three times (warm).
c0=$(cpu); t0=$(ms)
opsdeck=$("$bench" show --config "$fleet/opsdeck.yaml" 2>"$work/opsdeck.err") || true # exit 1: failures, reported below
t1=$(ms); c1=$(cpu)
# The engine's own floor: the same round trip with a no-op remote command.
floor=$("$bench" show --config "$fleet/opsdeck.yaml" --command true 2>/dev/null) || true

# parallel-ssh: one ssh process per host, the same known_hosts and key, strict checking.
load1=$(cut -d' ' -f1-3 /proc/loadavg)
t2=$(ms)
/usr/bin/time -f "%U %S" -o "$work/pssh.cpu" parallel-ssh -p "$par" -t 60 -h "$work/pssh-hosts" -o "$work/pssh-out" \
    -x "-i $key -o UserKnownHostsFile=$known -o StrictHostKeyChecking=yes -o BatchMode=yes -F /dev/null" \
    "$cmd" > "$work/pssh.log" || true
t3=$(ms)
pssh_ok=$(grep -c "SUCCESS" "$work/pssh.log" || true)
pssh_cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$work/pssh.cpu")

# ansible -m command with the same forks.
export ANSIBLE_HOST_KEY_CHECKING=True ANSIBLE_PYTHON_INTERPRETER=/usr/bin/python3 ANSIBLE_NOCOLOR=1
export ANSIBLE_SSH_ARGS="-o UserKnownHostsFile=$known -o StrictHostKeyChecking=yes -o ControlMaster=no"
t4=$(ms)
if ((have_ansible)); then
    ansible fleet -i "$work/inventory" -f "$par" --private-key "$key" -m command -a "$cmd" > "$work/ansible.log" 2>&1 || true
fi
t5=$(ms)
ansible_ok=$( ((have_ansible)) && grep -c "CHANGED\|SUCCESS" "$work/ansible.log" || echo -1)

latency=$("$bench" restart-latency --config "$fleet/opsdeck.yaml" 2>/dev/null)
load2=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$opsdeck" "$floor" "$((t3 - t2))" "$pssh_ok" "$((t5 - t4))" "$ansible_ok" "$hosts" "$par" "$((c1 - c0))" "$((t1 - t0))" "$latency" "$pssh_cpu" "$load0" "$load1" "$load2" <<'PY'
import json, os, sys
o, floor = json.loads(sys.argv[1]), json.loads(sys.argv[2])
pssh_ms, pssh_ok, ans_ms, ans_ok, hosts, par = map(int, sys.argv[3:9])
busy_jiffies, wall = int(sys.argv[9]), int(sys.argv[10])
lat = json.loads(sys.argv[11])
pssh_cpu = int(sys.argv[12])
load_start, load_pssh, load_end = sys.argv[13:16]
hz = os.sysconf("SC_CLK_TCK")
cold = o["cold_ms"][0]
warm = sorted(o["warm_ms"])[len(o["warm_ms"]) // 2]
print(f"hosts {hosts}, parallelism {par}, {os.cpu_count()} cores")
print(f"load average (1, 5, 15 min): {load_start} at the start, {load_pssh} before parallel-ssh, {load_end} at the end")
print(f"opsdeck cold   {cold:6d} ms   ({o['cold_failures'][0]} failures; {o['cold_cpu_ms'][0] / 1000:.2f} CPU-s of its own)")
print(f"opsdeck warm   {warm:6d} ms   (median of {o['warm_ms']}; no-op command floor {sorted(floor['warm_ms'])[1]} ms)")
print(f"opsdeck failures over cold and warm rounds: {o['failures']}")
print(f"parallel-ssh   {pssh_ms:6d} ms   ({pssh_ok}/{hosts} succeeded; {pssh_cpu / 1000:.2f} CPU-s of its own, its ssh processes included)")
if ans_ok < 0:
    print("ansible        not installed, not run")
    print(f"ratio cold: pssh/opsdeck {pssh_ms / cold:.1f}x, CPU pssh/opsdeck {pssh_cpu / max(1, o['cold_cpu_ms'][0]):.1f}x")
else:
    print(f"ansible        {ans_ms:6d} ms   ({ans_ok}/{hosts} succeeded)")
    print(f"ratio cold: pssh/opsdeck {pssh_ms / cold:.1f}x, ansible/opsdeck {ans_ms / cold:.1f}x, "
          f"CPU pssh/opsdeck {pssh_cpu / max(1, o['cold_cpu_ms'][0]):.1f}x")
print(f"ratio warm: pssh(cold)/opsdeck(warm) {pssh_ms / warm:.1f}x")
print(f"machine busy during the opsdeck run: {busy_jiffies / hz:.2f} CPU-s in {wall / 1000:.2f} s wall (every process on the machine: client, all sshd/stand-ins, and whatever else runs, e.g. other builds)")
print(f"restart of web on {lat['hosts']} hosts at once from the window: {lat['succeeded']} verified in {lat['wall_ms']} ms; "
      f"UI event loop latency p50 {lat['latency_p50_ms']:.2f} ms, p99 {lat['latency_p99_ms']:.2f} ms, max {lat['latency_max_ms']:.2f} ms "
      f"({lat['probes']} probes)")
PY
if grep -q '^failed: ' "$work/opsdeck.err"; then
    echo "opsdeck's failed hosts (cold and warm rounds; at most 20):"
    grep '^failed: ' "$work/opsdeck.err" | head -20
fi
