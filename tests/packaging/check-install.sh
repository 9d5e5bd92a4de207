#!/usr/bin/env bash
# Installs the build into a scratch prefix and checks what a distribution would ship: the binary runs
# headless, the desktop file and AppStream metainfo validate, and all three share one reverse-DNS id.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
id=io.opsdeck.OpsDeck
for f in bin/opsdeck share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg; do
    [[ -e "$prefix/$f" ]] || { echo "missing after install: $f"; exit 1; }
done
desktop-file-validate "$prefix/share/applications/$id.desktop"
appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/$id.metainfo.xml" >/dev/null
grep -q "^Icon=$id$" "$prefix/share/applications/$id.desktop"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$prefix/share/metainfo/$id.metainfo.xml"
"$prefix/bin/opsdeck" --version | grep -q '^opsdeck '
echo "install layout OK under $prefix"
