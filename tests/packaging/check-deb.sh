#!/usr/bin/env bash
# Builds the .deb with CPack from the finished build, unpacks it into a scratch root and checks what a
# Debian desktop would get: dependencies found by dpkg-shlibdeps for every library the binary needs, the
# binary, desktop file, icon, metainfo, man page, bash completion, copyright and changelog in place, the
# translations embedded, one version everywhere, and lintian without errors — every warning it still
# gives is named, with its reason, in docs/packaging.md.
#   check-deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[[ -n $version ]] || fail "no project version in $build/CMakeCache.txt"

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log"; fail "cpack -G DEB"; }
debs=("$scratch"/out/opsdeck_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "cpack made no single opsdeck_*.deb"
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

[[ $(dpkg-deb -f "$deb" Package) == opsdeck ]] || fail "package name"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "package version $(dpkg-deb -f "$deb" Version), project $version"

root=$scratch/root
dpkg -x "$deb" "$root"
id=io.opsdeck.OpsDeck
for f in usr/bin/opsdeck usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$id.svg usr/share/doc/opsdeck/copyright \
         usr/share/doc/opsdeck/changelog.gz usr/share/man/man1/opsdeck.1.gz \
         usr/share/bash-completion/completions/opsdeck; do
    [[ -f $root/$f ]] || fail "not in the package: /$f"
done

# Dependencies from the binary: the package of every shared library opsdeck needs is a dependency.
# owner PATH: the package that installed PATH (dpkg may record it under /lib or /usr/lib: merged /usr).
owner() {
    local real candidate
    real=$(readlink -f "$1")
    for candidate in "$1" "$real" "${real#/usr}" "/usr${1#/usr}"; do
        dpkg-query -S "$candidate" 2>/dev/null | awk -F: 'NR == 1 {print $1}' && return 0
    done
    return 0 # nothing printed: the caller says which library has no package
}
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
depnames=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*//; s/ //g')
while read -r lib; do
    # The native entry: "(libc6,x86-64)" or "(libc6,AArch64)", not a multiarch i386 "(libc6)".
    # awk reads to the end: leaving early would cut ldconfig off (SIGPIPE, a failure under pipefail).
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /\(libc6,/ && !found {print $NF; found = 1}')
    [[ -n $path ]] || fail "no $lib on this system"
    pkg=$(owner "$path")
    [[ -n $pkg ]] || fail "no package owns $path ($lib)"
    grep -qxF -- "$pkg" <<<"$depnames" || fail "$lib comes from $pkg, which Depends does not name"
done < <(objdump -p "$root/usr/bin/opsdeck" | awk '$1 == "NEEDED" {print $2}')

# The installed files are valid and agree with each other.
desktop-file-validate "$root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >"$scratch/as.log" \
    || { cat "$scratch/as.log"; fail "appstreamcli validate --no-net"; }
metainfo=$root/usr/share/metainfo/$id.metainfo.xml
python3 - "$metainfo" "$version" "$source" "$root/usr/share/doc/opsdeck/copyright" <<'PY' || fail "metainfo"
import os, sys, xml.etree.ElementTree as ET
metainfo, version, source, copyright = sys.argv[1:]
root = ET.parse(metainfo).getroot()
newest = root.find('./releases/release')
assert newest is not None and newest.get('version') == version, f"newest <release> is not {version}"
assert root.find('content_rating') is not None, "no <content_rating>"
shots = root.findall('./screenshots/screenshot')
assert shots, "no <screenshots>"
for shot in shots:
    assert (shot.findtext('caption') or '').strip(), "a screenshot without a caption"
    name = os.path.basename(shot.findtext('image'))
    assert os.path.isfile(os.path.join(source, 'docs/screenshots', name)), f"{name} is not in docs/screenshots"
license = root.findtext('project_license')
assert open(os.path.join(source, 'LICENSE')).read().startswith(license + ' License'), f"LICENSE is not {license}"
assert f"License: {license}\n" in open(copyright).read(), f"copyright does not say {license}"
PY
[[ $("$root/usr/bin/opsdeck" --version) == "opsdeck $version" ]] || fail "--version says $("$root/usr/bin/opsdeck" --version)"
changelog=$(zcat "$root/usr/share/doc/opsdeck/changelog.gz")
[[ ${changelog%%$'\n'*} == "opsdeck ($version) "* ]] || fail "the changelog does not start with $version"

# The translations are in the binary: the English plural forms and German come from the embedded .qm.
printf 'version: 1\nenvironments: {}\n' >"$scratch/one-error.yaml"
out=$(LANG=C "$root/usr/bin/opsdeck" check-config "$scratch/one-error.yaml" 2>&1 || true)
grep -q ": 1 error$" <<<"$out" || fail "English plural forms not embedded: $out"
out=$(LANG=de_DE.UTF-8 "$root/usr/bin/opsdeck" check-config "$scratch/one-error.yaml" 2>&1 || true)
grep -q ": 1 Fehler$" <<<"$out" || fail "German not embedded: $out"
help=$(LANG=de_DE.UTF-8 "$root/usr/bin/opsdeck" --help)
[[ ${help%%$'\n'*} == "Aufruf:" ]] || fail "--help is not German under LANG=de_DE.UTF-8: ${help:0:200}"

# lintian: no errors; each warning left is explained in docs/packaging.md.
lintian --tag-display-limit 0 --fail-on error "$deb" >"$scratch/lintian.log" 2>&1 \
    || { cat "$scratch/lintian.log"; fail "lintian reports errors"; }
cat "$scratch/lintian.log"
while read -r tag; do
    grep -q "\`$tag\`" "$source/docs/packaging.md" || fail "lintian warning $tag is not explained in docs/packaging.md"
done < <(awk '$1 == "W:" {print $3}' "$scratch/lintian.log" | sort -u)
echo "package OK: $(basename "$deb")"
