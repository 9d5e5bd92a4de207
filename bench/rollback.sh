#!/usr/bin/env bash
# Rollback of one app on N sandbox hosts, verified, in one run on one fleet:
#   1. OpsDeck: `opsdeck release rollback ENV/APP --batch N` — inventory read, preflight under the
#      locks, the atomic switch (ln -s + mv -T, readlink), restart of the app's services, and its
#      verification window (every unit in a new invocation and active, every health check passing
#      for 3 s and reporting the target's revision), events recorded;
#   2. parallel-ssh, the same steps by hand: back to the release OpsDeck left (switch with mv -T,
#      restart the same units with sudo systemctl, then curl -f the health URL until it answers),
#      with the same parallelism.
#   bench/rollback.sh [HOSTS]      (default 20; needs build/ and: apt-get install pssh curl)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
hosts=${1:-20}
opsdeck="$root/build/app/opsdeck"
work=$(mktemp -d)
trap '"$root/tools/opsdeck-fleet" down --dir "$work/fleet" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
command -v parallel-ssh >/dev/null || { echo "missing parallel-ssh (apt-get install pssh)"; exit 1; }
command -v curl >/dev/null || { echo "missing curl (apt-get install curl)"; exit 1; }
[[ -x "$opsdeck" ]] || { echo "missing $opsdeck: build first (tools/test or tools/demo)"; exit 1; }

"$root/tools/opsdeck-fleet" up --hosts "$hosts" --start-seconds 1 --dir "$work/fleet" >/dev/null
fleet="$work/fleet"
app=family-photo-share
# Each service also gets the seeds' /health, which reports the revision it runs: OpsDeck's
# verification then checks the version too.
python3 - "$fleet/opsdeck.yaml" "$work/opsdeck.yaml" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
text = re.sub(r'( +)- url: (http://127\.0\.0\.1:\d+)/health/detailed\n( +)format: seeds\n',
              r'\1- url: \2/health/detailed\n\3format: seeds\n\1- url: \2/health\n\3format: seeds\n', text)
open(sys.argv[2], 'w').write(text)
PY
python3 - "$fleet" > "$work/targets" <<'PY'
import json, sys
d = json.load(open(sys.argv[1] + "/fleet.json"))
for name, h in d["hosts"].items():
    print(name, h["address"], h["ssh_port"], d["user"], " ".join(s["unit"] for s in h["services"].values()))
PY
awk '{print $4"@"$2":"$3}' "$work/targets" > "$work/pssh-hosts"
units=$(head -1 "$work/targets" | cut -d' ' -f5-)
first=$(head -1 "$work/targets" | cut -d' ' -f1)
releases() { ls "$fleet/hosts/$first/var/www/$app/releases"; }
current() { basename "$(readlink "$fleet/hosts/$1/var/www/$app/current")"; }
from=$(current "$first")
ms() { date +%s%3N; }
load0=$(cut -d' ' -f1-3 /proc/loadavg)

# 1. OpsDeck, every host at once, from a cold start of the command.
t0=$(ms)
"$opsdeck" release rollback "production/$app" --reason "bench: rollback" --yes --confirm production --batch "$hosts" \
    --config "$work/opsdeck.yaml" --store "sqlite://$work/store.db" > "$work/opsdeck.out" 2> "$work/opsdeck.err" || true
t1=$(ms)
target=$(current "$first")
opsdeck_ok=$(grep -c ": succeeded (" "$work/opsdeck.out" || true)
on_target=0
while read -r name _; do [[ $(current "$name") == "$target" ]] && on_target=$((on_target + 1)); done < "$work/targets"

# 2. parallel-ssh: back to the release OpsDeck left, the same steps.
load1=$(cut -d' ' -f1-3 /proc/loadavg)
# On each host: the deploy path and the health port come from the host's own files (the sandbox
# host's directory is $OPSDECK_FLEET_HOST; the port is the unit's, as its health URL says).
remote='set -e
cd "$OPSDECK_FLEET_HOST/var/www/'"$app"'"
rm -f .current-bench
ln -s -- "$PWD/releases/'"$from"'" .current-bench
mv -T -- .current-bench current
readlink -- current
for unit in '"$units"'; do sudo -n -- systemctl restart -- "$unit"; done
port=$(sed -n "s/^FleetHttpPort=//p" "$OPSDECK_FLEET_HOST/state/units/'"${units%% *}"'")
i=0
until curl -fsS -o /dev/null "http://127.0.0.1:$port/health"; do i=$((i + 1)); [ $i -lt 300 ] || exit 1; sleep 0.2; done'
t2=$(ms)
parallel-ssh -p "$hosts" -t 120 -h "$work/pssh-hosts" -o "$work/pssh-out" \
    -x "-i $fleet/client/id_ed25519 -o UserKnownHostsFile=$fleet/known_hosts -o StrictHostKeyChecking=yes -o BatchMode=yes -F /dev/null" \
    "$remote" > "$work/pssh.log" || true
t3=$(ms)
pssh_ok=$(grep -c "SUCCESS" "$work/pssh.log" || true)
on_from=0
while read -r name _; do [[ $(current "$name") == "$from" ]] && on_from=$((on_from + 1)); done < "$work/targets"
load2=$(cut -d' ' -f1-3 /proc/loadavg)

opsdeck_ms=$((t1 - t0))
pssh_ms=$((t3 - t2))
echo "hosts $hosts, $(nproc) cores; releases $(releases | wc -l) per host; OpsDeck $from → $target, parallel-ssh $target → $from"
echo "load average (1, 5, 15 min): $load0 at the start, $load1 before parallel-ssh, $load2 at the end"
echo "opsdeck rollback  $opsdeck_ms ms   ($opsdeck_ok/$hosts verified, $on_target/$hosts on $target; $(tail -1 "$work/opsdeck.out"))"
echo "parallel-ssh      $pssh_ms ms   ($pssh_ok/$hosts succeeded, $on_from/$hosts on $from; switch, restart, curl -f)"
awk -v o="$opsdeck_ms" -v p="$pssh_ms" 'BEGIN { printf "ratio opsdeck/parallel-ssh %.2fx (OpsDeck also reads the inventory twice, takes locks, records events and holds health 3 s)\n", o / p }'
if ((opsdeck_ok != hosts)); then
    echo "opsdeck's output:"; cat "$work/opsdeck.out"; tail -20 "$work/opsdeck.err"
fi
