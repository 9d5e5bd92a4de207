#include "DeployDetector.h"

#include "ReleaseInventoryReader.h"
#include "ops/ServiceAction.h"
#include "ssh/SshEngine.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"
#include "support/DisplayText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>
#include <QUuid>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DeployDetector)
};

constexpr int kUserChars = 64;    // who revisions.log says deployed, as recorded
constexpr int kLineChars = 300;   // the revisions.log line, as recorded
constexpr int kVersionChars = 128; // a version from a health answer that names no release

// Host text for an event: one line, no controls or bidi overrides, bounded.
QString bounded(const QString &text, int limit)
{
    QString out = DisplayText::plain(text).simplified();
    if (out.size() > limit)
        out = out.left(limit - 1) + u'…';
    return out;
}

// "Deploy of production/shop detected: release 20240502 on host-001, deployed by ann (revisions.log) at
// 2024-05-02T10:00:00Z": one whole message for each combination of what is known (hosts, user, time).
QString deploySummary(const QString &app, const QString &release, const QString &hosts, const QString &user, const QString &at)
{
    const int known = (hosts.isEmpty() ? 0 : 4) | (user.isEmpty() ? 0 : 2) | (at.isEmpty() ? 0 : 1);
    switch (known) {
    case 0: return Text::tr("Deploy of %1 detected: release %2").arg(app, release);
    case 1: return Text::tr("Deploy of %1 detected: release %2 at %3").arg(app, release, at);
    case 2: return Text::tr("Deploy of %1 detected: release %2, deployed by %3 (revisions.log)").arg(app, release, user);
    case 3: return Text::tr("Deploy of %1 detected: release %2, deployed by %3 (revisions.log) at %4").arg(app, release, user, at);
    case 4: return Text::tr("Deploy of %1 detected: release %2 on %3").arg(app, release, hosts);
    case 5: return Text::tr("Deploy of %1 detected: release %2 on %3 at %4").arg(app, release, hosts, at);
    case 6: return Text::tr("Deploy of %1 detected: release %2 on %3, deployed by %4 (revisions.log)").arg(app, release, hosts, user);
    default:
        return Text::tr("Deploy of %1 detected: release %2 on %3, deployed by %4 (revisions.log) at %5").arg(app, release, hosts, user, at);
    }
}

// The namespace of deploy keys: every console derives the same UUID for the same deploy.
const QUuid kDeployNamespace(QStringLiteral("{6f0c1e8a-3d2b-4b8e-9a57-0d5e2f6c9b14}"));
} // namespace

DeployDetector::DeployDetector(SshEngine *ssh, EventStoreService *store, QObject *parent)
    : QObject(parent), m_ssh(ssh), m_store(store), m_reader(new ReleaseInventoryReader(ssh, this)), m_timer(new QTimer(this))
{
    m_timer->setInterval(60'000);
    m_reader->setBulk(true);
    connect(m_timer, &QTimer::timeout, this, &DeployDetector::pollNow);
    connect(m_reader, &ReleaseInventoryReader::finished, this, &DeployDetector::observeInventory);
}

DeployDetector::~DeployDetector() = default;

void DeployDetector::setConfig(const FleetConfig &config)
{
    m_config = config;
    QSet<QString> apps;
    for (const EnvironmentConfig &env : config.environments) {
        for (const QString &app : ReleaseInventoryReader::appNames(config, env.name))
            apps.insert(appKey(env.name, app));
    }
    m_seen.removeIf([&](const QHash<QString, AppReleaseInventory>::iterator it) { return !apps.contains(it.key()); });
    if (m_timer->interval() > 0)
        m_timer->start();
}

void DeployDetector::setPollInterval(Milliseconds interval)
{
    m_timer->setInterval(int(interval.count()));
    if (interval.count() <= 0)
        m_timer->stop();
    else if (!m_config.environments.isEmpty())
        m_timer->start();
}

void DeployDetector::pollNow()
{
    if (!m_ssh)
        return;
    for (const EnvironmentConfig &env : std::as_const(m_config.environments)) {
        for (const QString &app : ReleaseInventoryReader::appNames(m_config, env.name)) {
            if (ReleaseInventoryReader::check(m_config, env.name, app).isEmpty())
                m_reader->read(m_config, env.name, app);
        }
    }
}

QString DeployDetector::eventKey(const QString &environment, const QString &app, const QString &release)
{
    const QString name = QString(EventKinds::name(EventKind::DeployDetected)) + u'\n' + environment + u'\n' + app + u'\n' + release;
    return QUuid::createUuidV5(kDeployNamespace, name).toString(QUuid::WithoutBraces);
}

QString DeployDetector::changedRelease(const AppReleaseInventory &before, const AppReleaseInventory &after, QStringList *hosts)
{
    QString current;     // a current that changed wins over a directory that appeared
    QString appeared;
    QStringList currentHosts;
    QStringList appearedHosts;
    for (const HostReleaseState &now : after.hosts) {
        if (!now.reached)
            continue;
        const HostReleaseState *was = nullptr;
        for (const HostReleaseState &h : before.hosts) {
            if (h.host == now.host && h.reached)
                was = &h;
        }
        if (!was)
            continue; // nothing to compare with: a baseline for this host
        if (!now.current.isEmpty() && now.current != was->current) {
            if (current.isEmpty() || now.current > current) {
                current = now.current;
                currentHosts.clear();
            }
            if (now.current == current)
                currentHosts << now.host;
        }
        for (const ReleaseOnHost &r : now.releases) {
            if (was->release(r.name))
                continue;
            if (appeared.isEmpty() || r.name > appeared) {
                appeared = r.name;
                appearedHosts.clear();
            }
            if (r.name == appeared)
                appearedHosts << now.host;
        }
    }
    if (hosts)
        *hosts = current.isEmpty() ? appearedHosts : currentHosts;
    return current.isEmpty() ? appeared : current;
}

Event DeployDetector::deployEvent(const AppReleaseInventory &inventory, const QString &release, const QStringList &hosts,
                                  const QString &source)
{
    QString user;
    QString line;
    QDateTime when;
    for (const HostReleaseState &h : inventory.hosts) {
        for (const DeployLogEntry &entry : h.deployLog) {
            if (entry.release == release && !entry.rollback) {
                user = bounded(entry.user, kUserChars);
                line = bounded(entry.line, kLineChars);
            }
        }
        if (const ReleaseOnHost *r = h.release(release); r && !when.isValid())
            when = r->revisionTime;
    }
    const QString shown = bounded(release, kVersionChars);
    Event e;
    e.kind = EventKinds::name(EventKind::DeployDetected);
    e.environment = inventory.environment;
    e.summary = deploySummary(inventory.environment + u'/' + inventory.app, shown, hosts.join(QStringLiteral(", ")), user,
                              when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString());
    e.details = QJsonObject{{QStringLiteral("app"), inventory.app},
                            {QStringLiteral("release"), shown},
                            {QStringLiteral("hosts"), QJsonArray::fromStringList(hosts)},
                            {QStringLiteral("source"), source}};
    if (!user.isEmpty())
        e.details.insert(QStringLiteral("deployed_by"), user);
    if (!line.isEmpty())
        e.details.insert(QStringLiteral("revisions_log"), line);
    if (when.isValid())
        e.details.insert(QStringLiteral("deployed_at"), when.toUTC().toString(Qt::ISODate));
    e.key = eventKey(inventory.environment, inventory.app, release);
    return e;
}

void DeployDetector::observeInventory(const AppReleaseInventory &inventory)
{
    const QString key = appKey(inventory.environment, inventory.app);
    const HealthHint hint = m_hints.take(key);
    QStringList hosts;
    QString release;
    QString source = QStringLiteral("inventory");
    if (const auto seen = m_seen.constFind(key); seen != m_seen.cend()) {
        release = changedRelease(*seen, inventory, &hosts);
        // Hosts not reached now keep what was seen before: they are compared when they answer again.
        AppReleaseInventory merged = inventory;
        for (HostReleaseState &h : merged.hosts) {
            if (h.reached)
                continue;
            for (const HostReleaseState &was : seen->hosts) {
                if (was.host == h.host)
                    h = was;
            }
        }
        m_seen.insert(key, merged);
    } else {
        m_seen.insert(key, inventory); // the baseline: nothing before it is a deploy
    }
    if (release.isEmpty() && !hint.version.isEmpty()) {
        // The release the version names: a directory of that name, or the one whose REVISION it is.
        for (const HostReleaseState &h : inventory.hosts) {
            for (const ReleaseOnHost &r : h.releases) {
                if (release.isEmpty() && (r.name == hint.version || (!r.revision.isEmpty() && r.revision == hint.version)))
                    release = r.name;
            }
        }
        if (release.isEmpty())
            release = bounded(hint.version, kVersionChars);
        hosts = hint.hosts;
        source = QStringLiteral("health");
    }
    if (!release.isEmpty())
        detected(inventory, release, hosts, source);
    Q_EMIT inventoryChecked(inventory.environment, inventory.app);
}

void DeployDetector::observeHealth(const HealthSnapshot &snapshot)
{
    const QString said = snapshot.last.version.isEmpty() ? snapshot.last.releaseId : snapshot.last.version;
    if (said.isEmpty())
        return;
    const QString before = m_versions.value(snapshot.endpoint.id);
    m_versions.insert(snapshot.endpoint.id, said);
    if (before.isEmpty() || before == said)
        return;
    const HostConfig *host = m_config.findHost(snapshot.endpoint.host);
    if (!host || !m_ssh)
        return;
    for (const AppConfig &app : host->apps) {
        if (!app.services.contains(snapshot.endpoint.service)
            || !ReleaseInventoryReader::check(m_config, host->environment, app.name).isEmpty())
            continue;
        HealthHint &hint = m_hints[appKey(host->environment, app.name)];
        const bool reading = !hint.version.isEmpty();
        hint.version = said;
        if (!hint.hosts.contains(host->name))
            hint.hosts << host->name;
        if (!reading)
            m_reader->read(m_config, host->environment, app.name);
    }
}

void DeployDetector::observeEvent(const Event &event)
{
    const QString app = event.details.value(QStringLiteral("app")).toString();
    if (app.isEmpty())
        return;
    if (event.kind == EventKinds::name(EventKind::RollbackStarted) || event.kind == EventKinds::name(EventKind::RollbackForwardStarted)) {
        m_ownSwitches.insert(eventKey(event.environment, app, event.details.value(QStringLiteral("target")).toString()));
        return;
    }
    // Another console's detection: this console mutes too.
    if (event.kind == EventKinds::name(EventKind::DeployDetected) && !event.key.isEmpty())
        muteFor(event.environment, app, event.key);
}

QStringList DeployDetector::baselineHosts(const QString &environment, const QString &app) const
{
    QStringList hosts;
    for (const HostReleaseState &h : m_seen.value(appKey(environment, app)).hosts) {
        if (h.reached)
            hosts << h.host;
    }
    return hosts;
}

void DeployDetector::detected(const AppReleaseInventory &inventory, const QString &release, const QStringList &hosts,
                              const QString &source)
{
    const QString key = eventKey(inventory.environment, inventory.app, release);
    if (m_ownSwitches.contains(key) || m_handled.contains(key))
        return;
    muteFor(inventory.environment, inventory.app, key);
    if (!m_store)
        return;
    const Event event = deployEvent(inventory, release, hosts, source);
    // Recorded by another console already (seen through the store): nothing to write. Two consoles
    // that write at the same moment still make one row: the store keeps one row per key.
    EventFilter recorded;
    recorded.kind = EventKinds::name(EventKind::DeployDetected);
    recorded.environment = inventory.environment;
    recorded.detailKey = QStringLiteral("release");
    recorded.detailValue = event.details.value(QStringLiteral("release")).toString();
    recorded.limit = 50;
    m_store->query(recorded).then(this, [this, event](const StoreResult<QList<Event>> &found) {
        if (found) {
            for (const Event &e : *found.value) {
                if (e.key == event.key)
                    return;
            }
        }
        if (!m_store)
            return;
        m_store->record(event).then(this, [this](const StoreResult<Event> &stored) {
            if (stored)
                Q_EMIT deployRecorded(*stored.value);
            else
                Q_EMIT recordFailed(Text::tr("the detected deploy was not recorded: %1").arg(stored.error));
        });
    });
}

QStringList DeployDetector::muteTargets(const QString &environment, const QString &app) const
{
    QStringList targets;
    for (const EnvironmentConfig &env : m_config.environments) {
        if (env.name != environment)
            continue;
        for (const HostConfig &host : env.hosts) {
            for (const AppConfig &a : host.apps) {
                if (a.name != app)
                    continue;
                for (const QString &service : a.services)
                    targets << ServiceAction::lockTarget(environment, host.name, service);
            }
        }
    }
    return targets;
}

void DeployDetector::muteFor(const QString &environment, const QString &app, const QString &key)
{
    if (m_handled.contains(key))
        return;
    m_handled.insert(key);
    const QStringList targets = muteTargets(environment, app);
    if (targets.isEmpty())
        return;
    Q_EMIT muteRequested(targets);
    QTimer::singleShot(int(m_window.count()), this, [this, targets] { Q_EMIT unmuteRequested(targets); });
}

} // namespace opsdeck
