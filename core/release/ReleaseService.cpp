#include "ReleaseService.h"

#include "ReleaseInventoryReader.h"
#include "ReleaseMarks.h"
#include "health/HealthProbe.h"
#include "ops/GuardedActionRunner.h"
#include "ssh/SshEngine.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"

#include <QPromise>

namespace opsdeck {

ReleaseService::ReleaseService(SshEngine *ssh, HealthProbe *probe, EventStoreService *store, QObject *parent)
    : QObject(parent), m_ssh(ssh), m_probe(probe), m_store(store), m_runner(new GuardedActionRunner(store, this))
{
}

ReleaseService::~ReleaseService() = default;

QFuture<ReleaseInventoryResult> ReleaseService::inventory(const QString &environment, const QString &app)
{
    auto promise = std::make_shared<QPromise<ReleaseInventoryResult>>();
    promise->start();
    QFuture<ReleaseInventoryResult> future = promise->future();
    auto fail = [promise, environment, app](const QString &error) {
        ReleaseInventoryResult result;
        result.inventory.environment = environment;
        result.inventory.app = app;
        result.marksError = error;
        promise->addResult(result);
        promise->finish();
    };
    m_store->query(ReleaseMarks::filter(environment))
        .then(this, [this, promise, fail, environment, app, config = m_config](const StoreResult<QList<Event>> &marks) {
            if (!marks) {
                fail(marks.error);
                return;
            }
            // One reader for each read: answers of two reads never meet.
            auto *reader = new ReleaseInventoryReader(m_ssh, this);
            connect(reader, &ReleaseInventoryReader::finished, this, [promise, reader](const AppReleaseInventory &read) {
                promise->addResult(ReleaseInventoryResult{read, {}});
                promise->finish();
                reader->deleteLater();
            });
            reader->read(config, environment, app, ReleaseMarks::markedBad(*marks.value, environment, app));
        });
    return future;
}

QFuture<StoreResult<QSet<QString>>> ReleaseService::markedBad(const QString &environment, const QString &app)
{
    return m_store->query(ReleaseMarks::filter(environment)).then([environment, app](const StoreResult<QList<Event>> &marks) {
        return marks ? StoreResult<QSet<QString>>::success(ReleaseMarks::markedBad(*marks.value, environment, app))
                     : StoreResult<QSet<QString>>::failureFrom(marks);
    });
}

QFuture<QString> ReleaseService::lastRolledBackFrom(const QString &environment, const QString &app)
{
    EventFilter last;
    last.kind = EventKinds::name(EventKind::RollbackFinished);
    last.environment = environment;
    last.detailKey = QStringLiteral("app");
    last.detailValue = app;
    last.newestFirst = true;
    last.limit = 1;
    return m_store->query(last).then([](const StoreResult<QList<Event>> &events) {
        return events && !events.value->isEmpty() ? events.value->constFirst().details.value(QStringLiteral("from")).toString()
                                                  : QString();
    });
}

void ReleaseService::readReportedVersions(const AppReleaseInventory &shown, QObject *receiver,
                                          std::function<void(const ReportedVersion &)> each)
{
    const EnvironmentConfig *env = nullptr;
    for (const EnvironmentConfig &e : std::as_const(m_config.environments)) {
        if (e.name == shown.environment)
            env = &e;
    }
    if (!m_probe || !env)
        return;
    for (const HostReleaseState &state : shown.hosts) {
        const HostConfig *host = m_config.findHost(state.host);
        if (!host)
            continue;
        const AppConfig *app = nullptr;
        for (const AppConfig &a : host->apps) {
            if (a.name == shown.app)
                app = &a;
        }
        QList<HealthCheckConfig> checks;
        for (const ServiceConfig &s : host->services) {
            if (app && app->services.contains(s.name))
                checks += s.health;
        }
        if (checks.isEmpty())
            continue;
        struct Pending {
            int remaining = 0;
            ReportedVersion version;
            QStringList problems;
        };
        auto pending = std::make_shared<Pending>();
        pending->remaining = int(checks.size());
        pending->version.host = state.host;
        for (const HealthCheckConfig &check : std::as_const(checks)) {
            m_probe->check(check, env->caFile).then(receiver, [pending, each, url = check.url](const HealthVerdict &v) {
                const QString said = v.version.isEmpty() ? v.releaseId : v.version;
                if (pending->version.reported.isEmpty() && !said.isEmpty())
                    pending->version.reported = said;
                else if (said.isEmpty() && v.status != HealthStatus::Pass)
                    pending->problems << QStringLiteral("%1 %2").arg(url, healthStatusName(v.status));
                if (--pending->remaining > 0)
                    return;
                if (pending->version.reported.isEmpty())
                    pending->version.problem = pending->problems.join(QStringLiteral("; "));
                each(pending->version);
            });
        }
    }
}

std::unique_ptr<ReleaseRollback> ReleaseService::switchAction(RollbackRequest request, QObject *parent) const
{
    request.actor = m_store->identity().actor;
    return std::make_unique<ReleaseRollback>(m_ssh, m_probe, m_store, m_config, std::move(request), parent);
}

ReleaseRollback *ReleaseService::prepareSwitch(const RollbackRequest &request)
{
    return switchAction(request, this).release();
}

void ReleaseService::startSwitch(ReleaseRollback *action, const QString &reason, const QString &confirmation)
{
    // Kept until the runner has finished with it (and whoever shows the outcome has read its plan).
    connect(m_runner, &GuardedActionRunner::finished, action, &QObject::deleteLater);
    m_runner->setConfig(m_config);
    m_runner->start(action, reason, confirmation);
}

QString ReleaseService::checkMark(const FleetConfig &config, const QString &environment, const QString &app,
                                  const QString &release, const QString &reason)
{
    if (const QString why = ReleaseInventory::checkReleaseName(release); !why.isEmpty())
        return why;
    if (const QString why = ReleaseInventoryReader::check(config, environment, app); !why.isEmpty())
        return why;
    if (reason.trimmed().isEmpty())
        return tr("a reason is required: every mark is recorded with why");
    return {};
}

QFuture<StoreResult<Event>> ReleaseService::mark(const QString &environment, const QString &app, const QString &release, bool bad,
                                                 const QString &reason)
{
    if (const QString why = checkMark(m_config, environment, app, release, reason); !why.isEmpty())
        return QtFuture::makeReadyFuture(StoreResult<Event>::failure(why));
    return m_store->record(ReleaseMarks::event(environment, app, release, bad, reason.trimmed()));
}

} // namespace opsdeck
