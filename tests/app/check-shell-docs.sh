#!/usr/bin/env bash
# opsdeck(1) and the bash completion say what --help says. Both are generated at build time from the
# lists --help prints; this checks the result: every verb's synopsis and description and every option
# of `opsdeck --help` is in the man page (and the man page names no verb --help does not), and the
# completion offers the verbs, their subcommands, their options and the values of --area.
#   check-shell-docs.sh BUILD_DIR
set -euo pipefail
build=$1
opsdeck=$build/app/opsdeck
man=$build/app/opsdeck.1.gz
completion=$build/app/opsdeck.bash-completion
fail() { echo "FAIL: $*" >&2; exit 1; }
[[ -f $man ]] || fail "no man page at $man"
[[ -f $completion ]] || fail "no bash completion at $completion"

LANG=C LC_ALL=C LANGUAGE= "$opsdeck" --help >"$build/app/help.txt"
python3 - "$build/app/help.txt" "$man" <<'PY'
import gzip, re, sys
help_text = open(sys.argv[1], encoding='utf-8').read()
page = gzip.open(sys.argv[2], 'rt', encoding='utf-8').read()

def plain(roff):
    out = []
    for line in roff.splitlines():
        if line.startswith('.'):
            request, _, rest = line.partition(' ')
            if request in ('.B', '.I', '.BR', '.IR') and rest:
                out.append(rest)
            continue
        out.append(line)
    text = '\n'.join(out)
    for escape, char in (('\\fB', ''), ('\\fR', ''), ('\\fI', ''), ('\\-', '-'), ('\\&', ''), ('\\e', '\\')):
        text = text.replace(escape, char)
    return ' '.join(text.split())

man_text = plain(page)
verbs, options, section, errors = [], [], None, []
for line in help_text.splitlines():
    if line in ('Verbs:', 'Options:'):
        section = line
    elif section == 'Verbs:' and line.startswith('      '):
        verbs[-1][1] += ' ' + line.strip()
    elif section == 'Verbs:' and line.startswith('  '):
        verbs.append([line.strip(), ''])
    elif section == 'Options:' and re.match(r'^  -', line):
        name, description = re.split(r'\s{2,}', line.strip(), maxsplit=1)
        options.append([name, description])
    elif section == 'Options:' and line.startswith('   '):
        options[-1][1] += ' ' + line.strip()
if len(verbs) < 10 or len(options) < 5:
    sys.exit(f'could not read --help: {len(verbs)} verbs, {len(options)} options')
for synopsis, description in verbs + options:
    for part in (synopsis, description):
        if ' '.join(part.split()) not in man_text:
            errors.append(f'in --help, not in opsdeck(1): {part}')
man_verbs = re.findall(r'^\.TP\n\.B (.*)$', page.split('.SH VERBS', 1)[1].split('.SH OPTIONS', 1)[0], re.M)
if len(man_verbs) != len(verbs):
    errors.append(f'opsdeck(1) lists {len(man_verbs)} verbs, --help {len(verbs)}')
if errors:
    sys.exit('\n'.join(errors))
print(f'opsdeck(1) agrees with --help: {len(verbs)} verbs, {len(options)} options')
PY

# complete WORDS…: what the completion offers for the last word.
complete_words() {
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _opsdeck; printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$completion" "$@"
}
expect() { # expect WORD -- WORDS…
    local want=$1 offered
    shift 2
    offered=$(complete_words "$@") # whole, not piped into grep -q: that would cut the writer off (SIGPIPE)
    grep -qx -- "$want" <<<"$offered" || fail "completing '$*' does not offer $want (offers: ${offered//$'\n'/ })"
}
expect service      -- opsdeck ser
expect check-config -- opsdeck ''
expect unlock       -- opsdeck service ''
expect reopen       -- opsdeck incident ''
expect anchor       -- opsdeck audit ''
expect --reason     -- opsdeck service restart --re
expect --verify-timeout -- opsdeck release rollback prod/web --
expect --env        -- opsdeck status --
expect --output     -- opsdeck incident export 3 --o
expect -o           -- opsdeck incident export 3 -
expect dashboard    -- opsdeck --area d
expect --config     -- opsdeck --c
[[ -z $(complete_words opsdeck status --env '') ]] || fail "--env takes a name, not a file"
! grep -qx -- --reason <<<"$(complete_words opsdeck status --)" || fail "status offers --reason it does not take"
echo "bash completion OK"
