#!/usr/bin/env bash
# Issue 13: the window's areas and the verbs collect input and show progress; what runs on a host is
# the core's (the context's services: ServiceInspector, ServiceActionRunner, ReleaseService,
# BackupService, ChecklistService, the monitors). No widget and no verb names the SSH engine, except
#   - the window (MainWindow), whose status bar shows the engine's connection state — connected
#     hosts, the handshake queue — and which runs nothing on a host with it; and
#   - `opsdeck trust` (TrustVerb), whose work is the SSH handshake itself: it builds its own context
#     with prompts that ask about host keys and connects to the host to see its key.
#   check-front-ends-through-core.sh SOURCE_DIR
set -euo pipefail
src=$1
status=0
shopt -s nullglob
for file in "$src"/widgets/*.cpp "$src"/widgets/*.h "$src"/app/*Verb.cpp "$src"/app/*Verb.h; do
    case "${file#"$src"/}" in
        widgets/MainWindow.cpp | widgets/MainWindow.h | app/TrustVerb.cpp) continue ;;
    esac
    if grep -nE 'SshEngine|(->|\.)ssh\(\)' "$file"; then
        echo "FAIL: ${file#"$src"/} names the SSH engine: go through the context's services" >&2
        status=1
    fi
done
# The window only reads the engine's state.
if grep -nE 'm_ssh->' "$src/widgets/MainWindow.cpp" | grep -vE 'm_ssh->(isConnected|handshakeQueue|waitingAhead)\('; then
    echo "FAIL: MainWindow does more with the SSH engine than show its state" >&2
    status=1
fi
exit $status
