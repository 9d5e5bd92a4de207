#!/usr/bin/env bash
# Backups on the sandbox fleet, all in one run on one fleet:
#   1. listing every backup location of N hosts: `opsdeck backup list ENV --json` (SFTP, the host's
#      clock, sets and freshness; one invocation per environment, run side by side) against
#      parallel-ssh `ls -l --time-style=+%s` of the same directories with the same parallelism;
#   2. verifying one large .gz (SIZE MiB that do not compress) on its host: `opsdeck backup verify`
#      (gzip -t, then sha256sum, recorded) against `ssh HOST gzip -t` alone;
#   3. downloading the same file: `opsdeck backup download` (SFTP, SHA-256 while downloading) against
#      `scp` of the same file; OpsDeck's transfer alone (transfer_ms) and the whole command
#      (sha256sum on the host first, then the transfer) are both given.
#   bench/backups.sh [HOSTS] [SIZE_MIB]      (defaults 200 and 200; needs build/ and: apt-get install pssh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
hosts=${1:-200}
size=${2:-200}
par=64
opsdeck="$root/build/app/opsdeck"
work=$(mktemp -d)
trap '"$root/tools/opsdeck-fleet" down --dir "$work/fleet" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
command -v parallel-ssh >/dev/null || { echo "missing parallel-ssh (apt-get install pssh)"; exit 1; }
[[ -x "$opsdeck" ]] || { echo "missing $opsdeck: build first (tools/test or tools/demo)"; exit 1; }

"$root/tools/opsdeck-fleet" up --hosts "$hosts" --dir "$work/fleet" >/dev/null
fleet="$work/fleet"
key="$fleet/client/id_ed25519"
known="$fleet/known_hosts"
sshopts=(-i "$key" -o UserKnownHostsFile="$known" -o StrictHostKeyChecking=yes -o BatchMode=yes -F /dev/null)
python3 - "$fleet" > "$work/targets" <<'PY'
import json, sys
d = json.load(open(sys.argv[1] + "/fleet.json"))
for name, h in d["hosts"].items():
    print(name, h["address"], h["ssh_port"], d["user"], h["env"], h["backup_path"])
PY
awk '{print $4"@"$2":"$3}' "$work/targets" > "$work/pssh-hosts"
envs=$(cut -d' ' -f5 "$work/targets" | sort -u)
ms() { date +%s%3N; }
load0=$(cut -d' ' -f1-3 /proc/loadavg)

# 1. Listing. OpsDeck: one command per environment, side by side (each lists its hosts in parallel).
t0=$(ms)
for env in $envs; do
    "$opsdeck" backup list "$env" --json --config "$fleet/opsdeck.yaml" > "$work/list-$env.json" 2> "$work/list-$env.err" &
done
wait || true
t1=$(ms)
opsdeck_files=$(python3 - "$work" $envs <<'PY'
import json, sys
n = 0
for env in sys.argv[2:]:
    try:
        n += sum(len(r["files"]) for r in json.load(open(f"{sys.argv[1]}/list-{env}.json")))
    except Exception:
        pass
print(n)
PY
)
# parallel-ssh: the same directories (each host's own), ls with sizes and epoch mtimes.
t2=$(ms)
parallel-ssh -p "$par" -t 120 -h "$work/pssh-hosts" -o "$work/pssh-out" -x "${sshopts[*]}" \
    'ls -l --time-style=+%s -- "$OPSDECK_FLEET_HOST"/var/backups/*/ ' > "$work/pssh.log" || true
t3=$(ms)
pssh_ok=$(grep -c "SUCCESS" "$work/pssh.log" || true)
pssh_files=$(cat "$work"/pssh-out/* 2>/dev/null | grep -c '\.gz$' || true)

# 2. Verify one large file on host 1.
read -r first addr port user env dir < <(head -1 "$work/targets")
name=database_20240101_020000.sql.gz
head -c "$((size * 1024 * 1024))" /dev/urandom | gzip -1 > "$dir/$name"
bytes=$(stat -c %s "$dir/$name")
cat "$dir/$name" > /dev/null # both read it from the page cache
t4=$(ms)
"$opsdeck" backup verify "$env/$first" "$name" --config "$fleet/opsdeck.yaml" --store "sqlite://$work/store.db" > "$work/verify.out" 2>&1 || true
t5=$(ms)
verify_ok=$(grep -c "^OK" "$work/verify.out" || true)
t6=$(ms)
ssh "${sshopts[@]}" -p "$port" "$user@$addr" gzip -t -- "$dir/$name" && gzip_ok=1 || gzip_ok=0
t7=$(ms)

# 3. Download the same file: OpsDeck, then scp (each to its own new file on the same disk).
t8=$(ms)
"$opsdeck" backup download "$env/$first" "$name" -o "$work/opsdeck-$name" --json --config "$fleet/opsdeck.yaml" > "$work/download.json" 2> "$work/download.err" || true
t9=$(ms)
t10=$(ms)
scp -q "${sshopts[@]}" -P "$port" "$user@$addr:$dir/$name" "$work/scp-$name"
t11=$(ms)
load1=$(cut -d' ' -f1-3 /proc/loadavg)
read -r download_result transfer_ms < <(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(d.get("result"), d.get("transfer_ms"))' "$work/download.json")
same=$(cmp -s "$work/opsdeck-$name" "$work/scp-$name" && echo yes || echo no)

python3 - <<PY
def rate(b, ms): return b / 1048576 / (ms / 1000) if ms > 0 else 0
hosts, par = $hosts, $par
lo, lp = $t1 - $t0, $t3 - $t2
vo, vg = $t5 - $t4, $t7 - $t6
do, dt, ds = $t9 - $t8, $transfer_ms, $t11 - $t10
b = $bytes
print(f"backups on {hosts} sandbox hosts, parallelism {par}; load average before {'$load0'}, after {'$load1'}")
print(f"listing   opsdeck backup list (SFTP, {len('$envs'.split())} environment(s) side by side): {lo} ms, {$opsdeck_files} files")
print(f"          parallel-ssh ls -l: {lp} ms, {$pssh_ok} of {hosts} hosts, {$pssh_files} .gz files")
print(f"          ratio parallel-ssh / opsdeck: {lp / lo:.2f}")
print(f"verify    {b / 1048576:.0f} MiB .gz: opsdeck backup verify (gzip -t + sha256sum, recorded): {vo} ms, ok={$verify_ok}")
print(f"          ssh HOST gzip -t: {vg} ms, ok={$gzip_ok}; ratio ssh / opsdeck: {vg / vo:.2f}")
print(f"download  opsdeck backup download: transfer {dt} ms ({rate(b, dt):.0f} MiB/s), whole command {do} ms (with sha256sum on the host), result {'$download_result'}")
print(f"          scp: {ds} ms ({rate(b, ds):.0f} MiB/s); identical files: {'$same'}")
print(f"          throughput opsdeck transfer / scp: {ds / dt:.2f}; whole command / scp: {ds / do:.2f}")
PY
