#include "KamalStrategy.h"

#include "DockerOutput.h"
#include "ssh/RemoteCommand.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(KamalStrategy)
};

// $1 service, $2 role, $3 destination (may be empty). NUL-separated tokens; the container list is
// docker's own JSON lines, bounded.
const char *const kInventoryScript = R"SH(printf 'now\0%s\0' "$(date +%s)"
printf 'destination\0%s\0' "$3"
printf 'free\0%s\0' "$(df -Pk / 2>/dev/null | awk 'NR==2{print $4}')"
printf 'proxy\0%s\0' "$(docker inspect --format '{{.State.Status}}' kamal-proxy 2>/dev/null | head -c 64 | tr -d '\000')"
out=$(docker ps -a --no-trunc --filter "label=service=$1" --filter "label=role=$2" ${3:+--filter} ${3:+"label=destination=$3"} --format '{{json .}}' 2>&1) || { printf 'docker ps failed: %s\n' "$out" | head -c 600 >&2; exit 3; }
printf 'containers\0'
printf '%s\n' "$out" | head -c 1048576 | tr -d '\000'
printf '\0'
)SH";

// $1 container prefix (kamal-proxy's name for the role as well), $2 target version, $3 the version
// that must still run, $4 the app's port in the container. Exit 3/4/5/8: nothing changed here.
const char *const kSwitchScript = R"SH(new="$1-$2"; old="$1-$3"
[ "$(docker inspect --format '{{.State.Status}}' kamal-proxy 2>/dev/null)" = running ] || { printf 'kamal-proxy is not running; nothing changed\n' >&2; exit 3; }
state=$(docker inspect --format '{{.State.Status}}' -- "$new" 2>/dev/null) || { printf 'no container %s here; nothing changed\n' "$new" >&2; exit 4; }
[ "$(docker inspect --format '{{.State.Status}}' -- "$old" 2>/dev/null)" = running ] || { printf 'the running version moved since the plan (%s is not running); nothing changed\n' "$old" >&2; exit 5; }
docker start -- "$new" >/dev/null || { printf 'docker start %s failed; nothing changed\n' "$new" >&2; exit 6; }
if ! docker exec kamal-proxy kamal-proxy deploy "$1" --target "$new:$4" >&2; then
  [ "$state" = running ] || docker stop -- "$new" >/dev/null
  printf 'kamal-proxy did not switch to %s; %s still serves, nothing changed\n' "$new" "$old" >&2; exit 8
fi
docker stop -- "$old" >/dev/null || { printf 'switched to %s, but stopping %s failed\n' "$new" "$old" >&2; exit 7; }
printf '%s\n' "$new"
)SH";

QHash<QString, QString> labelsOf(const QString &text)
{
    QHash<QString, QString> labels;
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts))
        labels.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    return labels;
}

} // namespace

QString KamalStrategy::containerPrefix(const AppConfig &app)
{
    QString prefix = app.kamalService + u'-' + app.kamalRole;
    if (!app.kamalDestination.isEmpty())
        prefix += u'-' + app.kamalDestination;
    return prefix;
}

QString KamalStrategy::inventoryCommand(const AppConfig &app) const
{
    return RemoteCommand::build({QStringLiteral("sh"), QStringLiteral("-c"), QString::fromUtf8(kInventoryScript),
                                 QStringLiteral("opsdeck-inventory"), app.kamalService, app.kamalRole, app.kamalDestination});
}

HostReleaseState KamalStrategy::parseInventory(const QString &host, const QByteArray &out) const
{
    HostReleaseState state;
    state.host = host;
    state.reached = true;
    const QHash<QByteArray, QString> tokens = DockerOutput::readTokens(out, state);
    const QString proxy = tokens.value("proxy").trimmed().left(32);
    const QString destination = tokens.value("destination");
    const bool listed = tokens.contains("containers");
    QStringList running;
    for (const QJsonObject &c : DockerOutput::jsonLines(tokens.value("containers"))) {
        const QString name = c.value(QStringLiteral("Names")).toString();
        if (name.isEmpty())
            continue;
        const QHash<QString, QString> labels = labelsOf(c.value(QStringLiteral("Labels")).toString());
        // The destination the label names decides whose container it is: without one
        // configured, a container of some destination is another deployment's.
        if (labels.value(QStringLiteral("destination")) != destination)
            continue;
        const QString prefix = labels.value(QStringLiteral("service")) + u'-' + labels.value(QStringLiteral("role"))
                               + (labels.value(QStringLiteral("destination")).isEmpty()
                                      ? QString()
                                      : u'-' + labels.value(QStringLiteral("destination")));
        if (!name.startsWith(prefix + u'-'))
            continue;
        const QString version = name.mid(prefix.size() + 1);
        // When Kamal boots a version whose container is still there (kamal rollback, a
        // redeploy), it first renames that container VERSION_replaced_HEX: a stopped copy of
        // a version, not a version of its own.
        static const QRegularExpression replaced(QStringLiteral("_replaced_[0-9a-f]{16}$"));
        if (replaced.match(version).hasMatch())
            continue;
        if (!ReleaseInventory::checkReleaseName(version).isEmpty()) {
            state.rejectedNames << name;
            continue;
        }
        if (state.release(version))
            continue;
        ReleaseOnHost r;
        r.name = version;
        r.revision = version;
        r.hasRevisionFile = true; // the container (and so its image) is there
        r.directoryTime = fromDockerTime(c.value(QStringLiteral("CreatedAt")).toString());
        r.revisionTime = r.directoryTime;
        state.releases << r;
        const QString containerState = c.value(QStringLiteral("State")).toString();
        if (containerState == QLatin1String("running") || containerState == QLatin1String("restarting"))
            running << version;
    }
    std::sort(state.releases.begin(), state.releases.end(), [](const ReleaseOnHost &a, const ReleaseOnHost &b) {
        return a.revisionTime != b.revisionTime ? a.revisionTime > b.revisionTime : a.name > b.name;
    });
    if (!listed) {
        state.reached = false;
        state.error = Text::tr("the host did not list its containers");
        return state;
    }
    if (running.size() == 1) {
        state.current = running.constFirst();
        state.currentTarget = running.constFirst();
    } else if (running.isEmpty()) {
        state.currentProblem = Text::tr("no container of the app is running");
    } else {
        running.sort();
        state.currentTarget = running.join(QStringLiteral(", "));
        state.currentProblem = Text::tr("%n containers of the app are running: %1", nullptr, int(running.size())).arg(state.currentTarget);
    }
    if (proxy != QLatin1String("running"))
        state.switchProblem = proxy.isEmpty() ? Text::tr("kamal-proxy is not on this host")
                                              : Text::tr("kamal-proxy is %1, not running").arg(proxy);
    return state;
}

QString KamalStrategy::switchCommand(const AppConfig &app, const QString &target, const QString &expected,
                                     const QString &actor) const
{
    Q_UNUSED(actor)
    return RemoteCommand::build({QStringLiteral("sh"), QStringLiteral("-c"), QString::fromUtf8(kSwitchScript),
                                 QStringLiteral("opsdeck-switch"), containerPrefix(app), target, expected,
                                 QString::number(app.appPort)});
}

QString KamalStrategy::switchSteps(const AppConfig &app, const QString &target, const QString &expected) const
{
    const QString prefix = containerPrefix(app);
    const QString next = prefix + u'-' + target;
    const QString old = prefix + u'-' + expected;
    const QStringList steps{
        RemoteCommand::build({QStringLiteral("docker"), QStringLiteral("start"), QStringLiteral("--"), next}),
        RemoteCommand::build({QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("kamal-proxy"), QStringLiteral("kamal-proxy"),
                              QStringLiteral("deploy"), prefix, QStringLiteral("--target"), next + u':' + QString::number(app.appPort)}),
        RemoteCommand::build({QStringLiteral("docker"), QStringLiteral("stop"), QStringLiteral("--"), old})};
    return Text::tr("switch as kamal rollback does (only if %1 still runs): %2").arg(old, steps.join(QStringLiteral(" && ")));
}

bool KamalStrategy::switchChangedNothing(int exitCode) const
{
    return exitCode == 3 || exitCode == 4 || exitCode == 5 || exitCode == 8;
}

QStringList KamalStrategy::notReverted(bool forward) const
{
    return {forward ? Text::tr("This roll-forward does not revert volumes, accessories (databases, Redis) or the environment and secrets the containers read.")
                    : Text::tr("This rollback does not revert volumes, accessories (databases, Redis) or the environment and secrets the containers read.")};
}

} // namespace opsdeck
