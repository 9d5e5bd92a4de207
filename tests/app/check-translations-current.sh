#!/usr/bin/env bash
# The .ts files are current: lupdate, given the sources of the build's translation project, finds
# nothing the files lack or hold for nothing (tools/check-translations --sources).
#   check-translations-current.sh CMAKE LUPDATE_PROJECT_CMAKE GENERATE_SCRIPT CHECKER TS_FILE...
set -euo pipefail
cmake=$1 project=$2 generate=$3 checker=$4
shift 4
json=$(mktemp --suffix=.json)
trap 'rm -f "$json"' EXIT
"$cmake" -DIN_FILE="$project" -DOUT_FILE="$json" -P "$generate"
python3 "$checker" --sources "$json" "$@"
