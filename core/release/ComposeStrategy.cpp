#include "ComposeStrategy.h"

#include "DockerOutput.h"
#include "ssh/RemoteCommand.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ComposeStrategy)
};

// $1 compose file, $2 the strategy's pin file (used when it exists), $3 project, $4… the services.
// NUL-separated tokens; both lists are docker's own JSON lines, bounded.
const char *const kInventoryScript = R"SH(f=$1; pin=$2; p=$3; shift 3
dc() { if [ -f "$pin" ]; then docker compose -f "$f" -f "$pin" -p "$p" "$@"; else docker compose -f "$f" -p "$p" "$@"; fi; }
printf 'now\0%s\0' "$(date +%s)"
printf 'services\0%s\0' "$*"
printf 'free\0%s\0' "$(df -Pk / 2>/dev/null | awk 'NR==2{print $4}')"
out=$(dc ps -a --format json "$@" 2>&1) || { printf 'docker compose ps failed: %s\n' "$out" | head -c 600 >&2; exit 3; }
printf 'containers\0'
printf '%s\n' "$out" | head -c 1048576 | tr -d '\000'
printf '\0'
out=$(docker image ls --format '{{json .}}' 2>&1) || { printf 'docker image ls failed: %s\n' "$out" | head -c 600 >&2; exit 3; }
printf 'images\0'
printf '%s\n' "$out" | head -c 4194304 | tr -d '\000'
printf '\0'
)SH";

// $1 compose file, $2 pin file, $3 project, $4 target tag, $5 the tag that must still run, $6… the
// services. Exit 3/4/5: nothing changed here; 9: every service runs the target, but `up --wait`
// failed (a healthcheck turned unhealthy); 6: anything else. The pin file is written whole (temporary file, then
// renamed); the image name of each service comes from its running container and must be made of
// the characters of Docker's reference grammar before it is written.
const char *const kSwitchScript = R"SH(f=$1; pin=$2; p=$3; new=$4; old=$5; shift 5
dc() { if [ -f "$pin" ]; then docker compose -f "$f" -f "$pin" -p "$p" "$@"; else docker compose -f "$f" -p "$p" "$@"; fi; }
body='services:'
for s in "$@"; do
  img=$(dc ps --format '{{.Image}}' "$s" 2>&1) || { printf 'docker compose ps %s failed: %s; nothing changed\n' "$s" "$img" | head -c 600 >&2; exit 3; }
  case $img in
    *"
"*) printf 'service %s runs more than one container; nothing changed\n' "$s" >&2; exit 5 ;;
    '') printf 'service %s is not running; nothing changed\n' "$s" >&2; exit 5 ;;
  esac
  case $img in *:*) repo=${img%:*}; tag=${img##*:} ;; *) repo=$img; tag=latest ;; esac
  case $tag in */*) repo=$img; tag=latest ;; esac
  [ "$tag" = "$old" ] || { printf 'the running tag moved since the plan (%s runs %s, not %s); nothing changed\n' "$s" "$img" "$old" | head -c 600 >&2; exit 5; }
  case $repo in ''|*[!a-z0-9._/:-]*) printf 'service %s runs an image name OpsDeck does not handle; nothing changed\n' "$s" >&2; exit 5 ;; esac
  [ -n "$(docker image ls -q "$repo:$new" 2>/dev/null)" ] || { printf 'no image %s:%s here; nothing changed\n' "$repo" "$new" >&2; exit 4; }
  body="$body
  \"$s\":
    image: \"$repo:$new\""
done
tmp="$pin.tmp.$$"
{ printf '# Written by OpsDeck: the image tags pinned by a rollback to %s. OpsDeck rewrites this file.\n' "$new"; printf '%s\n' "$body"; } >"$tmp" && mv -f "$tmp" "$pin" || { rm -f "$tmp"; printf 'cannot write %s; nothing changed\n' "$pin" >&2; exit 3; }
if ! out=$(docker compose -f "$f" -f "$pin" -p "$p" up -d --no-deps --wait --wait-timeout 120 "$@" 2>&1); then
  printf 'docker compose up of %s failed: %s\n' "$new" "$(printf '%s\n' "$out" | tail -n 2 | tr '\n' ' ' | head -c 600)" >&2
  for s in "$@"; do
    img=$(docker compose -f "$f" -f "$pin" -p "$p" ps --format '{{.Image}}' "$s" 2>/dev/null)
    [ "${img##*:}" = "$new" ] || exit 6
  done
  exit 9
fi
printf '%s\n' "$new"
)SH";

// Docker's reference grammar (distribution/reference): an optional registry host[:port], then
// lowercase path components joined by '.', '_', '__' or dashes.
const QRegularExpression &repositoryPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral(
        "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]{1,5})?/)?"
        "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*")));
    return re;
}

QStringList argumentsOf(const AppConfig &app, const QStringList &head)
{
    return QStringList{QStringLiteral("sh"), QStringLiteral("-c")} + head + app.composeServices;
}

} // namespace

QString ComposeStrategy::pinFile(const AppConfig &app)
{
    const qsizetype slash = app.composeFile.lastIndexOf(u'/');
    return (slash <= 0 ? QStringLiteral("/") : app.composeFile.left(slash + 1)) + QStringLiteral("opsdeck.override.yml");
}

QString ComposeStrategy::project(const AppConfig &app)
{
    return app.composeProject.isEmpty() ? app.name : app.composeProject;
}

QString ComposeStrategy::parseImage(const QString &reference, ImageReference *out)
{
    if (reference.contains(u'@'))
        return Text::tr("the image %1 is pinned by digest, not by a tag").arg(reference);
    const qsizetype colon = reference.lastIndexOf(u':');
    ImageReference ref;
    if (colon > reference.lastIndexOf(u'/')) {
        ref.repository = reference.left(colon);
        ref.tag = reference.mid(colon + 1);
    } else {
        ref.repository = reference;
        ref.tag = QStringLiteral("latest");
    }
    if (ref.repository.size() > 255 || !repositoryPattern().match(ref.repository).hasMatch())
        return Text::tr("'%1' is not an image name by Docker's rules").arg(ref.repository);
    static const QRegularExpression tagPattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")));
    if (!tagPattern.match(ref.tag).hasMatch())
        return Text::tr("'%1' is not an image tag by Docker's rules").arg(ref.tag);
    if (const QString why = ReleaseInventory::checkReleaseName(ref.tag); !why.isEmpty())
        return why;
    if (out)
        *out = ref;
    return {};
}

QString ComposeStrategy::inventoryCommand(const AppConfig &app) const
{
    return RemoteCommand::build(argumentsOf(app, {QString::fromUtf8(kInventoryScript), QStringLiteral("opsdeck-inventory"),
                                                  app.composeFile, pinFile(app), project(app)}));
}

HostReleaseState ComposeStrategy::parseInventory(const QString &host, const QByteArray &out) const
{
    HostReleaseState state;
    state.host = host;
    state.reached = true;
    const QHash<QByteArray, QString> tokens = DockerOutput::readTokens(out, state);
    const QStringList services = tokens.value("services").split(u' ', Qt::SkipEmptyParts);
    const QString containers = tokens.value("containers");
    const QString images = tokens.value("images");
    const bool listedContainers = tokens.contains("containers");
    const bool listedImages = tokens.contains("images");
    if (!listedContainers || !listedImages) {
        state.reached = false;
        state.error = Text::tr("the host did not list the app's containers and images");
        return state;
    }

    // Which tag each configured service runs, and from which repository.
    QHash<QString, QStringList> runningTags; // service → tags of its running containers
    QStringList repositories;                // of the configured services' containers, any state
    QStringList problems;
    for (const QJsonObject &c : DockerOutput::jsonRows(containers)) {
        const QString service = c.value(QStringLiteral("Service")).toString();
        if (!services.contains(service))
            continue;
        const QString image = c.value(QStringLiteral("Image")).toString();
        ImageReference ref;
        if (const QString why = parseImage(image, &ref); !why.isEmpty()) {
            state.rejectedNames << image.left(200);
            problems << Text::tr("service %1 runs an image OpsDeck does not handle: %2").arg(service, why.left(200));
            continue;
        }
        if (!repositories.contains(ref.repository))
            repositories << ref.repository;
        const QString containerState = c.value(QStringLiteral("State")).toString();
        if ((containerState == QLatin1String("running") || containerState == QLatin1String("restarting"))
            && !runningTags[service].contains(ref.tag))
            runningTags[service] << ref.tag;
    }

    // The tags present for every one of those repositories are the releases on this host.
    QHash<QString, QHash<QString, QDateTime>> tagsByRepository;
    for (const QJsonObject &im : DockerOutput::jsonRows(images)) {
        const QString repository = im.value(QStringLiteral("Repository")).toString();
        if (!repositories.contains(repository))
            continue;
        const QString tag = im.value(QStringLiteral("Tag")).toString();
        if (tag == QLatin1String("<none>"))
            continue;
        if (!parseImage(repository + u':' + tag, nullptr).isEmpty()) {
            state.rejectedNames << QString(repository + u':' + tag).left(200);
            continue;
        }
        tagsByRepository[repository].insert(tag, fromDockerTime(im.value(QStringLiteral("CreatedAt")).toString()));
    }
    if (!repositories.isEmpty()) {
        const QHash<QString, QDateTime> first = tagsByRepository.value(repositories.constFirst());
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            ReleaseOnHost r;
            r.name = it.key();
            r.revision = it.key();
            r.hasRevisionFile = true;
            r.revisionTime = it.value();
            bool everywhere = true;
            for (const QString &repository : std::as_const(repositories)) {
                const QHash<QString, QDateTime> tags = tagsByRepository.value(repository);
                if (!tags.contains(it.key())) {
                    everywhere = false;
                    break;
                }
                r.revisionTime = std::max(r.revisionTime, tags.value(it.key()));
            }
            if (!everywhere)
                continue;
            r.directoryTime = r.revisionTime;
            state.releases << r;
        }
    }
    std::sort(state.releases.begin(), state.releases.end(), [](const ReleaseOnHost &a, const ReleaseOnHost &b) {
        return a.revisionTime != b.revisionTime ? a.revisionTime > b.revisionTime : a.name > b.name;
    });

    // All services must run one and the same tag.
    QStringList tags;
    QStringList perService;
    for (const QString &service : std::as_const(services)) {
        QStringList running = runningTags.value(service);
        running.sort();
        if (running.isEmpty())
            problems << Text::tr("service %1 has no running container").arg(service);
        else
            perService << service + QStringLiteral(": ") + running.join(QStringLiteral(", "));
        for (const QString &t : std::as_const(running)) {
            if (!tags.contains(t))
                tags << t;
        }
    }
    if (tags.size() > 1)
        problems << Text::tr("the services run different tags: %1").arg(perService.join(QStringLiteral("; ")));
    if (problems.isEmpty() && tags.size() == 1) {
        state.current = tags.constFirst();
        state.currentTarget = tags.constFirst();
    } else {
        state.currentTarget = tags.join(QStringLiteral(", "));
        state.currentProblem = problems.isEmpty() ? Text::tr("no container of the app's services is running") : problems.join(QStringLiteral("; "));
    }
    return state;
}

QString ComposeStrategy::switchCommand(const AppConfig &app, const QString &target, const QString &expected,
                                       const QString &actor) const
{
    Q_UNUSED(actor)
    return RemoteCommand::build(argumentsOf(app, {QString::fromUtf8(kSwitchScript), QStringLiteral("opsdeck-switch"), app.composeFile,
                                                  pinFile(app), project(app), target, expected}));
}

QString ComposeStrategy::switchSteps(const AppConfig &app, const QString &target, const QString &expected) const
{
    const QStringList up = QStringList{QStringLiteral("docker"), QStringLiteral("compose"), QStringLiteral("-f"), app.composeFile,
                                       QStringLiteral("-f"), pinFile(app), QStringLiteral("-p"), project(app), QStringLiteral("up"),
                                       QStringLiteral("-d"), QStringLiteral("--no-deps"), QStringLiteral("--wait")}
                           + app.composeServices;
    if (expected.isEmpty())
        return Text::tr("pin the tag %1 for %2 in %3, then %4").arg(target, app.composeServices.join(QStringLiteral(", ")), pinFile(app), RemoteCommand::build(up));
    return Text::tr("pin the tag %1 for %2 in %3, then %4 (only if the services still run %5)")
        .arg(target, app.composeServices.join(QStringLiteral(", ")), pinFile(app), RemoteCommand::build(up), expected);
}

bool ComposeStrategy::switchChangedNothing(int exitCode) const
{
    return exitCode == 3 || exitCode == 4 || exitCode == 5;
}

bool ComposeStrategy::switchLeftTarget(int exitCode) const
{
    return exitCode == 9;
}

QStringList ComposeStrategy::notReverted(bool forward) const
{
    return {forward ? Text::tr("This roll-forward does not revert volumes, the services not listed for the app (databases, Redis), or the compose file and the .env values the containers read.")
                    : Text::tr("This rollback does not revert volumes, the services not listed for the app (databases, Redis), or the compose file and the .env values the containers read.")};
}

} // namespace opsdeck
