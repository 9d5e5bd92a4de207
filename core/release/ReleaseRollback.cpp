#include "ReleaseRollback.h"

#include "ReleaseInventoryReader.h"
#include "ReleaseMarks.h"
#include "health/HealthProbe.h"
#include "ops/ServiceAction.h"
#include "ops/ServiceCommands.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshEngine.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseRollback)
};

// Free space the switch and the restarts need at least (logs, pid files): below it, refuse.
constexpr qint64 kMinFreeKiB = 50 * 1024;

} // namespace

struct ReleaseRollback::HostRun {
    QString host;
    const AppConfig *app = nullptr;
    std::shared_ptr<ReleaseStrategy> strategy;
    QList<ServiceConfig> services;
    QString expected;            // what current resolved to in the plan
    QHash<QString, UnitState> before;
    std::function<void(const GuardedHostResult &)> done;
    QElapsedTimer clock;         // since the restarts
    QElapsedTimer stable;        // since everything last started passing
    QString lastProblem;
    bool lastProblemWasConnection = false;
    bool switched = false;
    bool finished = false;

    void finish(ActionOutcome outcome, const QString &detail, const QString &releaseNow)
    {
        if (std::exchange(finished, true))
            return;
        GuardedHostResult r;
        r.outcome = outcome;
        r.detail = detail;
        r.facts = QJsonObject{{QStringLiteral("release_before"), expected}, {QStringLiteral("release_now"), releaseNow},
                              {QStringLiteral("switched"), switched}};
        done(r);
    }
};

QStringList RollbackPlan::notReverted() const
{
    QStringList sentences;
    if (!migrationsKept.isEmpty())
        sentences << (forward ? Text::tr("This roll-forward does not revert %n migration(s): %1.", nullptr, int(migrationsKept.size()))
                              : Text::tr("This rollback does not revert %n migration(s): %1.", nullptr, int(migrationsKept.size())))
                         .arg(QLocale().createSeparatedList(migrationsKept));
    return sentences + leftInPlace;
}

ReleaseRollback::ReleaseRollback(SshEngine *ssh, HealthProbe *probe, EventStoreService *store, const FleetConfig &config,
                                 RollbackRequest request, QObject *parent)
    : GuardedAction(parent), m_ssh(ssh), m_probe(probe), m_store(store), m_config(config), m_request(std::move(request))
{
    for (const EnvironmentConfig &env : std::as_const(m_config.environments)) {
        if (env.name != m_request.environment)
            continue;
        m_caFile = env.caFile;
        for (const HostConfig &host : env.hosts) {
            const bool hasApp = std::any_of(host.apps.cbegin(), host.apps.cend(), [&](const AppConfig &a) { return a.name == m_request.app; });
            if (hasApp && (m_request.hosts.isEmpty() || m_request.hosts.contains(host.name)))
                m_hosts << host.name;
        }
    }
}

RollbackPlan ReleaseRollback::plan(const AppReleaseInventory &inventory, const RollbackRequest &request)
{
    RollbackPlan p;
    p.from = inventory.commonCurrent();
    // An inventory built without a strategy is Capistrano's, the default of an app.
    const auto strategy = ReleaseStrategy::named(inventory.strategy.isEmpty() ? QStringLiteral("capistrano") : inventory.strategy);
    if (!strategy) {
        p.why = Text::tr("%1/%2 uses the release strategy '%3', which this OpsDeck cannot switch")
                    .arg(request.environment, request.app, inventory.strategy);
        return p;
    }
    p.forward = request.forward;
    p.leftInPlace = strategy->notReverted(request.forward);
    AppReleaseInventory scope = inventory;
    if (!request.hosts.isEmpty())
        scope.hosts.removeIf([&](const HostReleaseState &h) { return !request.hosts.contains(h.host); });
    if (scope.hosts.isEmpty()) {
        p.why = Text::tr("no host of %1/%2 to switch").arg(request.environment, request.app);
        return p;
    }
    if (request.forward)
        scope.markedBad.clear(); // rolling forward to the release a rollback left is the point
    if (const QString why = scope.whyNotTarget(request.target); !why.isEmpty()) {
        p.why = why;
        return p;
    }
    QSet<QString> kept;
    for (const HostReleaseState &h : std::as_const(scope.hosts)) {
        if (h.current.isEmpty()) {
            p.why = Text::tr("current on %1 does not resolve to a release (%2)").arg(h.host, h.currentProblem);
            return p;
        }
        if (!h.switchProblem.isEmpty()) {
            p.why = Text::tr("%1 cannot switch: %2").arg(h.host, h.switchProblem);
            return p;
        }
        if (h.freeKiB >= 0 && h.freeKiB < kMinFreeKiB) {
            p.why = Text::tr("%1 has only %2 MiB free").arg(h.host).arg(h.freeKiB / 1024);
            return p;
        }
        p.currentByHost.insert(h.host, h.current);
        const ReleaseOnHost *current = h.release(h.current);
        const ReleaseOnHost *target = h.release(request.target);
        if (current && target) {
            for (const QString &m : current->migrations) {
                if (!target->migrations.contains(m))
                    kept.insert(m);
            }
        }
    }
    p.migrationsKept = kept.values();
    p.migrationsKept.sort();
    if (!p.migrationsKept.isEmpty() && !request.acknowledgeMigrations)
        p.why = Text::tr("the switch does not revert %n migration(s): %1; acknowledge it to go ahead", nullptr, int(p.migrationsKept.size()))
                    .arg(QLocale().createSeparatedList(p.migrationsKept));
    return p;
}

EventKind ReleaseRollback::startedEventKind() const
{
    return m_request.forward ? EventKind::RollbackForwardStarted : EventKind::RollbackStarted;
}

EventKind ReleaseRollback::finishedEventKind() const
{
    return m_request.forward ? EventKind::RollbackForwardFinished : EventKind::RollbackFinished;
}

QString ReleaseRollback::title() const
{
    return m_request.forward ? Text::tr("roll-forward of %1/%2 to %3").arg(m_request.environment, m_request.app, m_request.target)
                             : Text::tr("rollback of %1/%2 to %3").arg(m_request.environment, m_request.app, m_request.target);
}

const HostConfig *ReleaseRollback::hostConfig(const QString &host) const
{
    const HostConfig *h = m_config.findHost(host);
    return h && h->environment == m_request.environment ? h : nullptr;
}

const AppConfig *ReleaseRollback::appOn(const QString &host) const
{
    if (const HostConfig *h = hostConfig(host)) {
        for (const AppConfig &a : h->apps) {
            if (a.name == m_request.app)
                return &a;
        }
    }
    return nullptr;
}

QStringList ReleaseRollback::lockTargets() const
{
    QStringList targets;
    for (const QString &host : m_hosts) {
        targets << m_request.environment + u'/' + host + QStringLiteral("/app:") + m_request.app;
        if (const AppConfig *app = appOn(host)) {
            for (const QString &service : app->services)
                targets << ServiceAction::lockTarget(m_request.environment, host, service);
        }
    }
    return targets;
}

QStringList ReleaseRollback::commands() const
{
    QStringList out;
    for (const QString &host : m_hosts) {
        const AppConfig *app = appOn(host);
        const HostConfig *h = hostConfig(host);
        if (!app || !h)
            continue;
        const auto strategy = ReleaseStrategy::forApp(*app);
        if (!strategy)
            continue;
        out << host + QStringLiteral(": ") + strategy->switchSteps(*app, m_request.target, m_plan.currentByHost.value(host));
        if (!strategy->restartsServices())
            continue;
        for (const ServiceConfig &s : h->services) {
            if (app->services.contains(s.name))
                out << host + QStringLiteral(": ") + ServiceCommands::action(ServiceVerb::Restart, s);
        }
    }
    return out;
}

QJsonObject ReleaseRollback::details() const
{
    return QJsonObject{{QStringLiteral("app"), m_request.app},
                       {QStringLiteral("target"), m_request.target},
                       {QStringLiteral("from"), m_plan.from},
                       {QStringLiteral("forward"), m_request.forward},
                       {QStringLiteral("migrations_kept"), QJsonArray::fromStringList(m_plan.migrationsKept)},
                       {QStringLiteral("migrations_acknowledged"), m_request.acknowledgeMigrations},
                       {QStringLiteral("batch_size"), m_request.batchSize}};
}

void ReleaseRollback::preflight(std::function<void(const QString &why)> done)
{
    if (!m_ssh || !m_store) {
        done(Text::tr("OpsDeck is shutting down"));
        return;
    }
    if (const QString why = ReleaseInventory::checkReleaseName(m_request.target); !why.isEmpty()) {
        done(why);
        return;
    }
    // Marks and inventory read again now, under the locks: nothing the window showed earlier counts.
    m_store->query(ReleaseMarks::filter(m_request.environment))
        .then(this, [this, done](const StoreResult<QList<Event>> &marks) {
            if (!marks) {
                done(Text::tr("the release marks cannot be read: %1").arg(marks.error));
                return;
            }
            auto *reader = new ReleaseInventoryReader(m_ssh, this);
            connect(reader, &ReleaseInventoryReader::finished, this, [this, reader, done](const AppReleaseInventory &inventory) {
                reader->deleteLater();
                for (const HostReleaseState &h : inventory.hosts) {
                    if (m_hosts.contains(h.host))
                        Q_EMIT progress(h.host, h.reached ? Text::tr("current %1").arg(h.current) : h.error);
                }
                m_plan = plan(inventory, m_request);
                if (m_plan.why.isEmpty()) {
                    for (const HostReleaseState &h : inventory.hosts) {
                        const ReleaseOnHost *r = h.release(m_request.target);
                        const AppConfig *app = appOn(h.host);
                        const auto strategy = app ? ReleaseStrategy::forApp(*app) : nullptr;
                        if (!r || !strategy)
                            continue;
                        for (const QString &v : strategy->versionsOf(*r)) {
                            if (!m_targetVersions.contains(v))
                                m_targetVersions << v;
                        }
                    }
                }
                done(m_plan.why);
            });
            reader->read(m_config, m_request.environment, m_request.app,
                         ReleaseMarks::markedBad(*marks.value, m_request.environment, m_request.app));
        });
}

void ReleaseRollback::runHost(const QString &host, std::function<void(const GuardedHostResult &)> done)
{
    auto run = std::make_shared<HostRun>();
    run->host = host;
    run->done = std::move(done);
    run->app = appOn(host);
    if (run->app)
        run->strategy = ReleaseStrategy::forApp(*run->app);
    run->expected = m_plan.currentByHost.value(host);
    if (const HostConfig *h = hostConfig(host); h && run->app) {
        for (const ServiceConfig &s : h->services) {
            if (run->app->services.contains(s.name))
                run->services << s;
        }
    }
    if (!run->app || !run->strategy || run->expected.isEmpty() || !m_ssh) {
        run->finish(ActionOutcome::Failed, Text::tr("%1 is not part of the plan; nothing changed").arg(host), run->expected);
        return;
    }
    switchHost(run);
}

void ReleaseRollback::switchHost(const std::shared_ptr<HostRun> &run)
{
    Q_EMIT progress(run->host, Text::tr("switching current to %1").arg(m_request.target));
    const QString command = run->strategy->switchCommand(*run->app, m_request.target, run->expected, m_request.actor);
    m_ssh->run(run->host, command, m_config.ssh.commandTimeout)
        .then(this, [this, run](const CommandResult &result) {
            if (result.outcomeUnknown()) {
                run->finish(ActionOutcome::Unknown,
                            Text::tr("%1; current may or may not point to %2 now: list the releases").arg(result.error, m_request.target),
                            QString());
                return;
            }
            if (result.status != CommandResult::Status::Completed) {
                run->finish(ActionOutcome::Failed, Text::tr("%1; nothing changed").arg(result.error), run->expected);
                return;
            }
            if (result.exitCode != 0) {
                const QString err = QString::fromUtf8(result.err).trimmed().section(u'\n', 0, 1).left(300);
                const bool unchanged = run->strategy->switchChangedNothing(result.exitCode);
                run->switched = run->strategy->switchLeftTarget(result.exitCode); // on the target: revertable
                run->finish(ActionOutcome::Failed, err.isEmpty() ? Text::tr("the switch exited with %1").arg(result.exitCode) : err,
                            unchanged ? run->expected : run->strategy->switchLeftTarget(result.exitCode) ? m_request.target : QString());
                return;
            }
            run->switched = true;
            // Unit states before the restarts, to tell a new invocation from an old one.
            QStringList units;
            for (const ServiceConfig &s : std::as_const(run->services))
                units << s.unit;
            if (units.isEmpty() || !run->strategy->restartsServices()) {
                run->clock.start();
                Q_EMIT progress(run->host, Text::tr("verifying"));
                verify(run);
                return;
            }
            m_ssh->run(run->host, ServiceCommands::show(units), m_config.ssh.commandTimeout)
                .then(this, [this, run](const CommandResult &shown) {
                    if (shown.succeeded())
                        run->before = UnitStateParser::parse(shown.out);
                    restartNext(run, 0);
                })
                .onCanceled(this, [run, this] {
                    run->finish(ActionOutcome::Unknown, Text::tr("the SSH session stopped after the switch"), m_request.target);
                });
        })
        .onCanceled(this, [run] { run->finish(ActionOutcome::Unknown, Text::tr("the SSH session stopped during the switch"), QString()); });
}

void ReleaseRollback::restartNext(const std::shared_ptr<HostRun> &run, int index)
{
    if (index >= run->services.size()) {
        run->clock.start();
        Q_EMIT progress(run->host, Text::tr("verifying"));
        verify(run);
        return;
    }
    const ServiceConfig &service = run->services.at(index);
    Q_EMIT progress(run->host, Text::tr("restarting %1").arg(service.name));
    m_ssh->run(run->host, ServiceCommands::action(ServiceVerb::Restart, service), m_config.ssh.commandTimeout)
        .then(this, [this, run, index](const CommandResult &result) {
            const ServiceConfig &s = run->services.at(index);
            if (result.outcomeUnknown()) {
                run->finish(ActionOutcome::Unknown,
                            Text::tr("switched to %1, and the restart of %2 may or may not have happened (%3)")
                                .arg(m_request.target, s.name, result.error),
                            m_request.target);
                return;
            }
            if (!result.succeeded()) {
                const QString err = result.error.isEmpty() ? QString::fromUtf8(result.err).trimmed().section(u'\n', 0, 1) : result.error;
                run->finish(ActionOutcome::Failed,
                            Text::tr("switched to %1, but restarting %2 failed: %3").arg(m_request.target, s.name, err.left(300)),
                            m_request.target);
                return;
            }
            restartNext(run, index + 1);
        })
        .onCanceled(this, [this, run] {
            run->finish(ActionOutcome::Unknown, Text::tr("the SSH session stopped during the restarts"), m_request.target);
        });
}

void ReleaseRollback::verify(const std::shared_ptr<HostRun> &run)
{
    if (run->finished)
        return;
    if (run->clock.elapsed() > m_request.verifyTimeout.count()) {
        run->finish(run->lastProblemWasConnection ? ActionOutcome::Unknown : ActionOutcome::Failed,
                    Text::tr("switched to %1, not verified within %2 s: %3")
                        .arg(m_request.target)
                        .arg(m_request.verifyTimeout.count() / 1000)
                        .arg(run->lastProblem.isEmpty() ? Text::tr("no answer") : run->lastProblem),
                    m_request.target);
        return;
    }
    auto again = [this, run](const QString &problem, bool connection) {
        run->lastProblem = problem;
        run->lastProblemWasConnection = connection;
        run->stable.invalidate();
        QTimer::singleShot(m_request.pollInterval, this, [this, run] { verify(run); });
    };
    auto passing = [this, run] {
        if (!run->stable.isValid())
            run->stable.start();
        if (run->stable.elapsed() >= m_request.stablePeriod.count()) {
            run->finish(ActionOutcome::Succeeded,
                        run->strategy->restartsServices()
                            ? Text::tr("%1 is current, services restarted, health passing for %2 s").arg(m_request.target).arg(m_request.stablePeriod.count() / 1000.0)
                            : Text::tr("%1 is current, health passing for %2 s").arg(m_request.target).arg(m_request.stablePeriod.count() / 1000.0),
                        m_request.target);
            return;
        }
        QTimer::singleShot(m_request.pollInterval, this, [this, run] { verify(run); });
    };
    QStringList units;
    if (run->strategy->restartsServices()) {
        for (const ServiceConfig &s : std::as_const(run->services))
            units << s.unit;
    }
    if (units.isEmpty()) {
        verifyHealth(run, again, passing);
        return;
    }
    m_ssh->run(run->host, ServiceCommands::show(units), m_config.ssh.commandTimeout)
        .then(this, [this, run, again, passing](const CommandResult &result) {
            if (run->finished)
                return;
            if (!result.succeeded()) {
                again(result.error.isEmpty() ? QString::fromUtf8(result.err).trimmed() : result.error,
                      result.status != CommandResult::Status::Completed);
                return;
            }
            const auto states = UnitStateParser::parse(result.out);
            for (const ServiceConfig &s : std::as_const(run->services)) {
                const UnitState unit = states.value(s.unit);
                if (unit.activeState == QLatin1String("failed")) {
                    run->finish(ActionOutcome::Failed,
                                Text::tr("switched to %1, but unit %2 failed (%3)").arg(m_request.target, s.unit, unit.subState),
                                m_request.target);
                    return;
                }
                if (!unit.isActive()) {
                    again(Text::tr("unit %1 is %2").arg(s.unit, unit.activeState.isEmpty() ? Text::tr("unknown") : unit.activeState), false);
                    return;
                }
                const UnitState before = run->before.value(s.unit);
                if (before.mainPid != 0 && before.mainPid == unit.mainPid && before.since == unit.since) {
                    again(Text::tr("unit %1 still runs the old process (PID %2)").arg(s.unit).arg(unit.mainPid), false);
                    return;
                }
            }
            verifyHealth(run, again, passing);
        })
        .onCanceled(this, [this, run] {
            run->finish(ActionOutcome::Unknown, Text::tr("the SSH session stopped during verification"), m_request.target);
        });
}

void ReleaseRollback::verifyHealth(const std::shared_ptr<HostRun> &run, std::function<void(const QString &, bool)> again,
                                   std::function<void()> passing)
{
    QList<HealthCheckConfig> checks = run->app->health;
    for (const ServiceConfig &s : std::as_const(run->services))
        checks += s.health;
    if (checks.isEmpty() || !m_probe) {
        passing();
        return;
    }
    auto remaining = std::make_shared<int>(int(checks.size()));
    auto failing = std::make_shared<QString>();
    for (const HealthCheckConfig &check : std::as_const(checks)) {
        m_probe->check(check, m_caFile).then(this, [this, run, remaining, failing, again, passing, url = check.url](const HealthVerdict &v) {
            if (v.status != HealthStatus::Pass && failing->isEmpty())
                *failing = Text::tr("health %1 %2%3").arg(url, healthStatusName(v.status),
                                                          v.reason.isEmpty() ? QString() : QStringLiteral(": ") + v.reason);
            // Where the app says what it runs, it must be the target.
            const QStringList said = {v.version, v.releaseId};
            const bool saysSomething = !v.version.isEmpty() || !v.releaseId.isEmpty();
            const bool saysTarget = said.contains(m_request.target)
                                    || std::any_of(said.cbegin(), said.cend(), [this](const QString &word) { return !word.isEmpty() && m_targetVersions.contains(word); });
            if (v.status == HealthStatus::Pass && saysSomething && !saysTarget && failing->isEmpty())
                *failing = Text::tr("%1 reports version %2, not %3").arg(url, v.version.isEmpty() ? v.releaseId : v.version, m_request.target);
            if (--*remaining > 0 || run->finished)
                return;
            if (failing->isEmpty())
                passing();
            else
                again(*failing, false);
        });
    }
}

QList<Event> ReleaseRollback::followUpEvents(const GuardedActionReport &report) const
{
    if (m_request.forward || report.outcome != ActionOutcome::Succeeded)
        return {};
    QSet<QString> from;
    for (const QString &release : m_plan.currentByHost)
        from.insert(release);
    QList<Event> events;
    for (const QString &release : from) {
        if (release != m_request.target)
            events << ReleaseMarks::event(m_request.environment, m_request.app, release, true,
                                          Text::tr("rolled back to %1").arg(m_request.target));
    }
    return events;
}

} // namespace opsdeck
