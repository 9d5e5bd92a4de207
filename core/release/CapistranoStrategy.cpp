#include "CapistranoStrategy.h"

#include "ssh/RemoteCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CapistranoStrategy)
};

// $1 is the deploy path. Every value the host holds is printed between NULs; lengths are bounded
// so that a hostile host cannot make the answer unbounded (the SSH layer bounds it as well).
// Links are checked without following them (a link into a large shared/ stays cheap).
const char *const kInventoryScript = R"SH(cd -- "$1" 2>/dev/null || { printf 'cannot enter %s\n' "$1" >&2; exit 3; }
printf 'now\0%s\0' "$(date +%s)"
printf 'free\0%s\0' "$(df -Pk . 2>/dev/null | awk 'NR==2{print $4}')"
if [ -L current ]; then printf 'link\0%s\0' "$(readlink -- current | head -c 4096 | tr -d '\000')"; fi
if [ -d current ]; then printf 'resolved\0%s\0' "$(cd -P current 2>/dev/null && pwd)"; fi
printf 'releases\0%s\0' "$(cd -P releases 2>/dev/null && pwd)"
n=0
for d in releases/*; do
  [ -d "$d" ] && [ ! -L "$d" ] || continue
  n=$((n + 1)); [ "$n" -le 200 ] || break
  printf 'release\0%s\0' "${d#releases/}"
  printf 'mtime\0%s\0' "$(stat -c %Y -- "$d")"
  if [ -f "$d/REVISION" ]; then printf 'revision\0%s\0' "$(head -c 256 -- "$d/REVISION" | tr -d '\000')"; fi
  if [ -f "$d/REVISION_TIME" ]; then printf 'revtime\0%s\0' "$(head -c 64 -- "$d/REVISION_TIME" | tr -d '\000')"; fi
  if [ -d "$d/db/migrate" ]; then find "$d/db/migrate" -maxdepth 1 -name '*.rb' -printf 'migration\0%f\0' | head -c 65536; fi
  find "$d" -maxdepth 3 -type l ! -exec test -e {} \; -printf 'broken\0%P\0' 2>/dev/null | head -c 4096
done
if [ -f revisions.log ]; then printf 'log\0'; tail -n 50 revisions.log | head -c 16384 | tr -d '\000'; printf '\0'; fi
)SH";

// $1 deploy path, $2 target release, $3 the release `current` must still resolve to, $4 who.
// Exit 3/4/5: nothing was changed on this host.
const char *const kSwitchScript = R"SH(cd -- "$1" || exit 3
[ -d "releases/$2" ] && [ ! -L "releases/$2" ] && [ -f "releases/$2/REVISION" ] || { printf 'release %s is not complete here; nothing changed\n' "$2" >&2; exit 4; }
cur=$(cd -P current 2>/dev/null && pwd) || cur=
want=$(cd -P "releases/$3" 2>/dev/null && pwd) || want=
if [ -z "$cur" ] || [ "$cur" != "$want" ]; then printf 'current moved since the plan (it is %s now); nothing changed\n' "$(readlink -- current)" >&2; exit 5; fi
tmp=".current-opsdeck-$$"
rm -f -- "$tmp"
ln -s -- "$1/releases/$2" "$tmp" || exit 6
mv -T -- "$tmp" current || { rm -f -- "$tmp"; exit 6; }
got=$(readlink -- current)
[ "$got" = "$1/releases/$2" ] || { printf 'current is %s after the switch\n' "$got" >&2; exit 7; }
printf '%s rolled back to release %s\n' "$4" "$2" >> revisions.log 2>/dev/null || true
printf '%s\n' "$got"
)SH";

QString safeActor(const QString &actor)
{
    QString out = actor;
    out.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._@-]")), QStringLiteral("_"));
    return out.isEmpty() ? QStringLiteral("opsdeck") : out.left(64);
}

QDateTime fromEpochText(const QString &text)
{
    bool ok = false;
    const qint64 seconds = text.trimmed().toLongLong(&ok);
    if (ok && seconds > 0)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    const QDateTime iso = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return iso.isValid() ? iso.toUTC() : QDateTime();
}

} // namespace

QString CapistranoStrategy::inventoryCommand(const AppConfig &app) const
{
    return RemoteCommand::build({QStringLiteral("sh"), QStringLiteral("-c"), QString::fromUtf8(kInventoryScript),
                                 QStringLiteral("opsdeck-inventory"), app.path});
}

QString CapistranoStrategy::switchCommand(const AppConfig &app, const QString &target, const QString &expected,
                                          const QString &actor) const
{
    return RemoteCommand::build({QStringLiteral("sh"), QStringLiteral("-c"), QString::fromUtf8(kSwitchScript),
                                 QStringLiteral("opsdeck-switch"), app.path, target, expected, safeActor(actor)});
}

QString CapistranoStrategy::switchSteps(const AppConfig &app, const QString &target, const QString &expected) const
{
    Q_UNUSED(expected)
    // What the switch script runs (PID: its process id), only if current still resolves to the
    // release the plan saw; otherwise it changes nothing.
    const QString link = QStringLiteral(".current-opsdeck-PID");
    const QStringList steps{RemoteCommand::build({QStringLiteral("cd"), QStringLiteral("--"), app.path}),
                            RemoteCommand::build({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("--"),
                                                  app.path + QStringLiteral("/releases/") + target, link}),
                            RemoteCommand::build({QStringLiteral("mv"), QStringLiteral("-T"), QStringLiteral("--"), link,
                                                  QStringLiteral("current")}),
                            RemoteCommand::build({QStringLiteral("readlink"), QStringLiteral("--"), QStringLiteral("current")})};
    return Text::tr("switch (only if current still resolves to the release the plan saw): %1").arg(steps.join(QStringLiteral(" && ")));
}

bool CapistranoStrategy::switchChangedNothing(int exitCode) const
{
    return exitCode == 3 || exitCode == 4 || exitCode == 5;
}

QStringList CapistranoStrategy::notReverted(bool forward) const
{
    return {forward ? Text::tr("This roll-forward does not revert shared/ (uploads, logs) or the environment files linked from it.")
                    : Text::tr("This rollback does not revert shared/ (uploads, logs) or the environment files linked from it.")};
}

DeployLogEntry CapistranoStrategy::parseDeployLogLine(const QString &line)
{
    // Capistrano 3: "Branch %{branch} (at %{sha}) deployed as release %{release} by %{user}" and
    // "%{user} rolled back to release %{release}".
    static const QRegularExpression deployed(
        QStringLiteral("^Branch (\\S+) \\(at (\\S+)\\) deployed as release (\\S+) by (\\S+)\\s*$"));
    static const QRegularExpression rolledBack(QStringLiteral("^(\\S+) rolled back to release (\\S+)\\s*$"));
    DeployLogEntry entry;
    entry.line = line;
    if (const auto m = deployed.match(line); m.hasMatch()) {
        entry.branch = m.captured(1);
        entry.revision = m.captured(2);
        entry.release = m.captured(3);
        entry.user = m.captured(4);
    } else if (const auto r = rolledBack.match(line); r.hasMatch()) {
        entry.user = r.captured(1);
        entry.release = r.captured(2);
        entry.rollback = true;
    }
    if (!entry.release.isEmpty() && !ReleaseInventory::checkReleaseName(entry.release).isEmpty())
        entry.release.clear();
    return entry;
}

HostReleaseState CapistranoStrategy::parseInventory(const QString &host, const QByteArray &out) const
{
    HostReleaseState state;
    state.host = host;
    state.reached = true;
    QList<QByteArray> tokens = out.split('\0');
    // What follows the last NUL is either nothing or a token cut short by a bound: never used. A
    // trailing key without its value is dropped the same way, never half-used.
    tokens.removeLast();
    QString resolvedCurrent;
    QString releasesDir;
    ReleaseOnHost *release = nullptr;
    bool rejecting = false;
    for (qsizetype i = 0; i + 1 < tokens.size(); i += 2) {
        const QByteArray key = tokens.at(i);
        const QString value = QString::fromUtf8(tokens.at(i + 1));
        if (key == "release") {
            if (const QString why = ReleaseInventory::checkReleaseName(value); !why.isEmpty()) {
                state.rejectedNames << value;
                release = nullptr;
                rejecting = true;
                continue;
            }
            state.releases.append(ReleaseOnHost{});
            release = &state.releases.last();
            release->name = value;
            rejecting = false;
        } else if (key == "now") {
            state.hostNow = fromEpochText(value);
        } else if (key == "free") {
            bool ok = false;
            const qint64 kib = value.trimmed().toLongLong(&ok);
            state.freeKiB = ok ? kib : -1;
        } else if (key == "link") {
            state.currentTarget = value;
        } else if (key == "resolved") {
            resolvedCurrent = value;
        } else if (key == "releases") {
            releasesDir = value;
        } else if (key == "log") {
            for (const QString &line : value.split(u'\n', Qt::SkipEmptyParts))
                state.deployLog << parseDeployLogLine(line);
        } else if (release && !rejecting) {
            if (key == "mtime")
                release->directoryTime = fromEpochText(value);
            else if (key == "revision") {
                release->revision = value.trimmed();
                release->hasRevisionFile = true;
            } else if (key == "revtime")
                release->revisionTime = fromEpochText(value);
            else if (key == "migration")
                release->migrations << value;
            else if (key == "broken")
                release->brokenLinks << value;
        }
    }
    for (ReleaseOnHost &r : state.releases) {
        std::sort(r.migrations.begin(), r.migrations.end());
        if (!r.revisionTime.isValid())
            r.revisionTime = r.directoryTime;
    }
    std::sort(state.releases.begin(), state.releases.end(),
              [](const ReleaseOnHost &a, const ReleaseOnHost &b) { return a.name > b.name; });
    // `current` counts only when it resolves to a directory directly inside releases/ whose name we
    // accept: a link elsewhere (or to a rejected name) is shown as it is, never treated as a release.
    if (!resolvedCurrent.isEmpty() && !releasesDir.isEmpty()) {
        const QString parent = resolvedCurrent.section(u'/', 0, -2);
        const QString name = resolvedCurrent.section(u'/', -1);
        if (parent == releasesDir && state.release(name))
            state.current = name;
    }
    if (state.current.isEmpty()) {
        state.currentProblem = state.currentTarget.isEmpty()
                          ? Text::tr("current is missing or does not resolve")
                          : Text::tr("current points to %1, which is not a release here").arg(state.currentTarget);
    }
    return state;
}

} // namespace opsdeck
