#include "ServiceAction.h"

#include "health/HealthProbe.h"
#include "ssh/SshEngine.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"
#include "support/LogCategories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServiceAction)
};

QString commandProblem(const CommandResult &result)
{
    return result.error.isEmpty() ? QString::fromUtf8(result.err).trimmed() : result.error;
}

QJsonObject unitStateJson(const UnitState &unit)
{
    return {{QStringLiteral("active"), unit.activeState},
            {QStringLiteral("sub"), unit.subState},
            {QStringLiteral("pid"), unit.mainPid},
            {QStringLiteral("since"), unit.since.isValid() ? unit.since.toUTC().toString(Qt::ISODate) : QString()},
            {QStringLiteral("invocation"), unit.invocationId},
            {QStringLiteral("restarts"), unit.restarts}};
}

UnitState unitStateFromJson(const QJsonObject &json)
{
    UnitState unit;
    unit.activeState = json.value(QStringLiteral("active")).toString();
    unit.subState = json.value(QStringLiteral("sub")).toString();
    unit.mainPid = json.value(QStringLiteral("pid")).toInteger();
    unit.since = QDateTime::fromString(json.value(QStringLiteral("since")).toString(), Qt::ISODate);
    unit.invocationId = json.value(QStringLiteral("invocation")).toString();
    unit.restarts = json.value(QStringLiteral("restarts")).toInt();
    return unit;
}
} // namespace

struct ServiceAction::HostRun {
    HostConfig host;
    ServiceConfig service;
    QString caFile;
    ServiceVerb verb = ServiceVerb::Restart; // the request's; a re-check's: the recorded action's
    HostActionResult result;
    std::function<void(const GuardedHostResult &)> done;
    bool knowsBefore = false; // the unit's state before the command is known (result.before)
    QElapsedTimer clock;      // since the command was sent (a re-check: since it began)
    QElapsedTimer stable;     // since the first of the current unbroken good readings; invalid: none
    UnitState stableUnit;     // the run of the unit those readings saw
    int goodReadings = 0;
    QString lastProblem;      // what verification saw last
    bool lastProblemWasConnection = false;
    bool finished = false;
};

ServiceAction::ServiceAction(SshEngine *ssh, HealthProbe *probe, EventStoreService *store, const FleetConfig &config,
                             ServiceActionRequest request, QObject *parent)
    : GuardedAction(parent), m_ssh(ssh), m_probe(probe), m_store(store), m_config(config), m_request(std::move(request))
{
    m_resolveProblem = resolve(m_config, m_request);
    if (!m_resolveProblem.isEmpty())
        return;
    for (const QString &hostName : std::as_const(m_request.hosts)) {
        auto run = std::make_unique<HostRun>();
        run->host = *m_config.findHost(hostName);
        run->service = *std::find_if(run->host.services.cbegin(), run->host.services.cend(),
                                     [&](const ServiceConfig &s) { return s.name == m_request.service; });
        for (const EnvironmentConfig &env : std::as_const(m_config.environments)) {
            if (env.name == m_request.environment)
                run->caFile = env.caFile;
        }
        run->verb = m_request.verb;
        run->result.host = hostName;
        m_runs.push_back(std::move(run));
    }
}

ServiceAction::~ServiceAction() = default;

QString ServiceAction::lockTarget(const QString &environment, const QString &host, const QString &service)
{
    return environment + u'/' + host + u'/' + service;
}

QString ServiceAction::resolve(const FleetConfig &config, ServiceActionRequest &request)
{
    const auto env = std::find_if(config.environments.cbegin(), config.environments.cend(),
                                  [&](const EnvironmentConfig &e) { return e.name == request.environment; });
    if (env == config.environments.cend())
        return Text::tr("there is no environment '%1'").arg(request.environment);
    QStringList running;
    for (const HostConfig &host : env->hosts) {
        if (std::any_of(host.services.cbegin(), host.services.cend(), [&](const ServiceConfig &s) { return s.name == request.service; }))
            running << host.name;
    }
    if (running.isEmpty())
        return Text::tr("no host of %1 runs a service '%2'").arg(request.environment, request.service);
    if (request.hosts.isEmpty()) {
        request.hosts = running;
    } else {
        for (const QString &host : std::as_const(request.hosts)) {
            if (!running.contains(host))
                return Text::tr("host '%1' of %2 does not run '%3'").arg(host, request.environment, request.service);
        }
    }
    if (request.batchSize < 1)
        return Text::tr("the batch size must be at least 1");
    return {};
}

void ServiceAction::setRollout(int batchSize, Milliseconds pause)
{
    m_request.batchSize = std::max(1, batchSize);
    m_request.pause = std::max(Milliseconds(0), pause);
}

ServiceAction::HostRun *ServiceAction::find(const QString &host) const
{
    for (const auto &run : m_runs) {
        if (run->host.name == host)
            return run.get();
    }
    return nullptr;
}

HostActionResult ServiceAction::result(const QString &host) const
{
    if (const HostRun *run = find(host))
        return run->result;
    HostActionResult none;
    none.host = host;
    return none;
}

QString ServiceAction::actionName() const
{
    return m_request.verifyOnly ? QStringLiteral("recheck") : serviceVerbName(m_request.verb);
}

namespace {
// The kind a verb's outcome is recorded as ("service.restart").
EventKind finishedKind(ServiceVerb verb)
{
    switch (verb) {
    case ServiceVerb::Start: return EventKind::ServiceStart;
    case ServiceVerb::Stop: return EventKind::ServiceStop;
    case ServiceVerb::Reload: return EventKind::ServiceReload;
    case ServiceVerb::Restart: break;
    }
    return EventKind::ServiceRestart;
}

EventKind startedKind(ServiceVerb verb)
{
    switch (verb) {
    case ServiceVerb::Start: return EventKind::ServiceStartStarted;
    case ServiceVerb::Stop: return EventKind::ServiceStopStarted;
    case ServiceVerb::Reload: return EventKind::ServiceReloadStarted;
    case ServiceVerb::Restart: break;
    }
    return EventKind::ServiceRestartStarted;
}
} // namespace

EventKind ServiceAction::startedEventKind() const
{
    return m_request.verifyOnly ? EventKind::ServiceRecheckStarted : startedKind(m_request.verb);
}

EventKind ServiceAction::finishedEventKind() const
{
    return m_request.verifyOnly ? EventKind::ServiceRecheck : finishedKind(m_request.verb);
}

QString ServiceAction::title() const
{
    return Text::tr("%1 of %2/%3").arg(actionName(), m_request.environment, m_request.service);
}

QStringList ServiceAction::lockTargets() const
{
    QStringList targets;
    for (const QString &host : std::as_const(m_request.hosts))
        targets << lockTarget(m_request.environment, host, m_request.service);
    return targets;
}

QStringList ServiceAction::commands() const
{
    // Per host: a host's restart_command may differ from another's.
    QStringList commands;
    for (const auto &run : m_runs) {
        commands << run->host.name + QStringLiteral(": ") + ServiceCommands::show({run->service.unit});
        if (!m_request.verifyOnly)
            commands << run->host.name + QStringLiteral(": ") + ServiceCommands::action(m_request.verb, run->service);
    }
    return commands;
}

QJsonObject ServiceAction::details() const
{
    return {{QStringLiteral("verb"), serviceVerbName(m_request.verb)},
            {QStringLiteral("batch_size"), m_request.batchSize},
            {QStringLiteral("pause_ms"), qint64(m_request.pause.count())},
            {QStringLiteral("verify_only"), m_request.verifyOnly}};
}

void ServiceAction::preflight(std::function<void(const QString &why)> done)
{
    if (!m_resolveProblem.isEmpty()) {
        done(m_resolveProblem);
        return;
    }
    if (!m_ssh || !m_store || !m_probe) {
        done(Text::tr("OpsDeck is shutting down"));
        return;
    }
    done({});
}

void ServiceAction::runHost(const QString &host, std::function<void(const GuardedHostResult &)> done)
{
    HostRun *run = find(host);
    if (!run) {
        done({host, ActionOutcome::NotAttempted, Text::tr("%1 is not a host of this action").arg(host), {}, 0});
        return;
    }
    run->done = std::move(done);
    if (!m_ssh || !m_probe || !m_store) {
        finishHost(*run, ActionOutcome::NotAttempted, Text::tr("OpsDeck is shutting down"));
        return;
    }
    if (m_request.verifyOnly) {
        Q_EMIT progress(run->host.name, Text::tr("checking"));
        readRecordedState(*run);
        return;
    }
    Q_EMIT progress(run->host.name, Text::tr("reading the state of %1").arg(run->service.unit));
    readStateBefore(*run);
}

// A re-check verifies the action recorded last for this host: its verb, and the unit's state before it.
void ServiceAction::readRecordedState(HostRun &run)
{
    EventFilter filter;
    for (ServiceVerb verb : {ServiceVerb::Restart, ServiceVerb::Start, ServiceVerb::Stop, ServiceVerb::Reload})
        filter.kinds << EventKinds::name(finishedKind(verb));
    filter.environment = m_request.environment;
    filter.service = m_request.service;
    filter.newestFirst = true;
    filter.limit = 100;
    m_store->query(filter).then(this, [this, r = &run](const StoreResult<QList<Event>> &events) {
        if (!events)
            qCWarning(lcOps) << "re-check: the recorded action cannot be read:" << events.error;
        const QList<Event> recorded = events ? *events.value : QList<Event>{};
        for (const Event &event : recorded) {
            const QJsonArray results = event.details.value(QStringLiteral("results")).toArray();
            const auto mine = std::find_if(results.cbegin(), results.cend(), [&](const QJsonValue &v) {
                return v.toObject().value(QStringLiteral("host")).toString() == r->host.name;
            });
            if (mine == results.cend())
                continue;
            if (const auto verb = serviceVerbFromName(event.details.value(QStringLiteral("verb")).toString()))
                r->verb = *verb;
            const QJsonObject before = mine->toObject().value(QStringLiteral("before")).toObject();
            if (!before.isEmpty()) {
                r->result.before = unitStateFromJson(before);
                r->knowsBefore = true;
            }
            break;
        }
        r->clock.start();
        verify(*r);
    });
}

// Without the state before, a restart could not be told from nothing happening: none is started.
void ServiceAction::readStateBefore(HostRun &run)
{
    m_ssh->run(run.host.name, ServiceCommands::show({run.service.unit}), m_config.ssh.commandTimeout)
        .then(this, [this, r = &run](const CommandResult &result) {
            if (!result.succeeded()) {
                finishHost(*r, ActionOutcome::Failed,
                           Text::tr("the %1 was not attempted: the state of %2 could not be read first (%3)")
                               .arg(serviceVerbName(r->verb), r->service.unit, commandProblem(result)));
                return;
            }
            const UnitState before = UnitStateParser::parse(result.out).value(r->service.unit);
            if (!before.exists()) {
                finishHost(*r, ActionOutcome::Failed, Text::tr("unit %1 is not loaded on %2").arg(r->service.unit, r->host.name));
                return;
            }
            r->result.before = before;
            r->knowsBefore = true;
            runCommand(*r);
        })
        .onCanceled(this, [this, r = &run] {
            finishHost(*r, ActionOutcome::Failed, Text::tr("the %1 was not attempted: the SSH session stopped").arg(serviceVerbName(r->verb)));
        });
}

void ServiceAction::runCommand(HostRun &run)
{
    run.clock.start();
    Q_EMIT progress(run.host.name, Text::tr("running %1").arg(serviceVerbName(run.verb)));
    m_ssh->run(run.host.name, ServiceCommands::action(run.verb, run.service), m_config.ssh.commandTimeout)
        .then(this, [this, r = &run](const CommandResult &result) {
            if (result.outcomeUnknown()) {
                finishHost(*r, ActionOutcome::Unknown,
                           Text::tr("%1; the %2 may or may not have happened: re-check").arg(result.error, serviceVerbName(r->verb)));
                return;
            }
            if (result.status != CommandResult::Status::Completed) {
                finishHost(*r, ActionOutcome::Failed, result.error);
                return;
            }
            if (result.exitCode != 0) {
                const QString err = QString::fromUtf8(result.err).trimmed();
                finishHost(*r, ActionOutcome::Failed,
                           Text::tr("%1 exited with status %2%3")
                               .arg(serviceVerbName(r->verb))
                               .arg(result.exitCode)
                               .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err.section(u'\n', 0, 2)));
                return;
            }
            Q_EMIT progress(r->host.name, Text::tr("verifying"));
            verify(*r);
        })
        .onCanceled(this, [this, r = &run] { finishHost(*r, ActionOutcome::Unknown, Text::tr("the SSH session stopped")); });
}

void ServiceAction::verify(HostRun &run)
{
    if (run.finished)
        return;
    // The unit has verifyTimeout to come up; once it is up, it must then stay up for stableFor.
    const qint64 window = m_request.verifyTimeout.count() + (run.stable.isValid() ? m_request.stableFor.count() : 0);
    if (run.clock.elapsed() > window) {
        giveUp(run);
        return;
    }
    m_ssh->run(run.host.name, ServiceCommands::show({run.service.unit}), m_config.ssh.commandTimeout)
        .then(this, [this, r = &run](const CommandResult &result) {
            if (r->finished)
                return;
            if (!result.succeeded()) {
                badReading(*r, commandProblem(result), result.status != CommandResult::Status::Completed);
                return;
            }
            const UnitState unit = UnitStateParser::parse(result.out).value(r->service.unit);
            r->result.unit = unit;
            if (!unit.exists()) {
                finishHost(*r, ActionOutcome::Failed, Text::tr("unit %1 is not loaded on %2").arg(r->service.unit, r->host.name));
                return;
            }
            if (r->verb == ServiceVerb::Stop) {
                if (unit.activeState == QLatin1String("inactive") || unit.activeState == QLatin1String("failed"))
                    finishHost(*r, ActionOutcome::Succeeded, Text::tr("unit %1 is %2").arg(r->service.unit, unit.activeState));
                else
                    badReading(*r, Text::tr("unit %1 is still %2").arg(r->service.unit, unit.activeState));
                return;
            }
            if (unit.activeState == QLatin1String("failed")) {
                finishHost(*r, ActionOutcome::Failed,
                           Text::tr("unit %1 entered the failed state (%2) %3 s after the %4: it did not stay up")
                               .arg(r->service.unit, unit.subState)
                               .arg(double(r->clock.elapsed()) / 1000.0, 0, 'f', 1)
                               .arg(serviceVerbName(r->verb)));
                return;
            }
            if (r->verb == ServiceVerb::Restart && r->knowsBefore && !isNewInvocation(r->result.before, unit)) {
                badReading(*r, Text::tr("unit %1 has not restarted: it is the same run as before the restart (%2)")
                                   .arg(r->service.unit, describeInvocation(unit)));
                return;
            }
            if (!unit.isActive()) {
                badReading(*r, Text::tr("unit %1 is %2 (%3)").arg(r->service.unit, unit.activeState, unit.subState));
                return;
            }
            checkHealth(*r, unit);
        })
        .onCanceled(this, [this, r = &run] { finishHost(*r, ActionOutcome::Unknown, Text::tr("the SSH session stopped")); });
}

// Every health check must pass.
void ServiceAction::checkHealth(HostRun &run, const UnitState &unit)
{
    if (run.service.health.isEmpty()) {
        goodReading(run, unit);
        return;
    }
    auto remaining = std::make_shared<int>(int(run.service.health.size()));
    auto failing = std::make_shared<QString>();
    for (const HealthCheckConfig &check : std::as_const(run.service.health)) {
        m_probe->check(check, run.caFile).then(this, [this, r = &run, remaining, failing, unit, url = redactedUrl(check.url)](const HealthVerdict &v) {
            r->result.health = v;
            if (v.status != HealthStatus::Pass && failing->isEmpty())
                *failing = url + QStringLiteral(" ") + healthStatusName(v.status)
                           + (v.reason.isEmpty() ? QString() : QStringLiteral(": ") + v.reason);
            if (--*remaining > 0 || r->finished)
                return;
            if (failing->isEmpty())
                goodReading(*r, unit);
            else
                badReading(*r, Text::tr("health %1").arg(*failing));
        });
    }
}

// The unit is what the verb wants and every health check passes. Success once such readings, of one
// and the same run of the unit, span stableFor (and are at least two).
void ServiceAction::goodReading(HostRun &r, const UnitState &unit)
{
    if (r.stable.isValid() && isNewInvocation(r.stableUnit, unit)) {
        // It went down and came back between two readings: something started it again (a crash loop).
        r.lastProblem = Text::tr("unit %1 was started again by itself (%2, then %3): it does not stay up")
                            .arg(r.service.unit, describeInvocation(r.stableUnit), describeInvocation(unit));
        r.lastProblemWasConnection = false;
        r.stable.invalidate();
    }
    if (!r.stable.isValid()) {
        r.stable.start();
        r.stableUnit = unit;
        r.goodReadings = 0;
        Q_EMIT progress(r.host.name, Text::tr("up; watching that it stays up for %1 s").arg(double(m_request.stableFor.count()) / 1000.0));
    }
    ++r.goodReadings;
    if (r.goodReadings < 2 || r.stable.elapsed() < m_request.stableFor.count()) {
        QTimer::singleShot(m_request.pollInterval, this, [this, run = &r] { verify(*run); });
        return;
    }
    const QString held = Text::tr("%1 s").arg(double(r.stable.elapsed()) / 1000.0, 0, 'f', 1);
    const QString health = r.service.health.isEmpty() ? Text::tr("no health check configured") : Text::tr("health passing");
    const UnitState &before = r.result.before;
    if (r.verb == ServiceVerb::Restart && !r.knowsBefore) {
        finishHost(r, ActionOutcome::Unknown,
                   Text::tr("unit %1 is active (%2) with %3 for %4, but whether it restarted cannot be told: there is no "
                            "record of its state before the restart")
                       .arg(r.service.unit, describeInvocation(unit), health, held));
        return;
    }
    if (r.verb == ServiceVerb::Restart) {
        finishHost(r, ActionOutcome::Succeeded,
                   Text::tr("unit %1 restarted (PID %2 → %3) and stayed active for %4, %5")
                       .arg(r.service.unit)
                       .arg(before.mainPid)
                       .arg(unit.mainPid)
                       .arg(held, health));
        return;
    }
    finishHost(r, ActionOutcome::Succeeded,
               Text::tr("unit %1 active (PID %2) for %3, %4").arg(r.service.unit).arg(unit.mainPid).arg(held, health));
}

void ServiceAction::badReading(HostRun &r, const QString &problem, bool connection)
{
    r.lastProblem = problem;
    r.lastProblemWasConnection = connection;
    if (r.stable.isValid()) {
        r.lastProblem = Text::tr("%1 (after %2 s up)").arg(problem).arg(double(r.stable.elapsed()) / 1000.0, 0, 'f', 1);
        r.stable.invalidate();
    }
    QTimer::singleShot(m_request.pollInterval, this, [this, run = &r] { verify(*run); });
}

void ServiceAction::giveUp(HostRun &r)
{
    const QString detail = Text::tr("not verified within %1 s: %2")
                               .arg(r.clock.elapsed() / 1000)
                               .arg(r.lastProblem.isEmpty() ? Text::tr("no answer") : r.lastProblem);
    finishHost(r, r.lastProblemWasConnection ? ActionOutcome::Unknown : ActionOutcome::Failed, detail);
}

void ServiceAction::finishHost(HostRun &run, ActionOutcome outcome, const QString &detail)
{
    if (run.finished)
        return;
    run.finished = true;
    HostActionResult &result = run.result;
    result.outcome = outcome;
    result.detail = detail;
    result.elapsedMs = run.clock.isValid() ? run.clock.elapsed() : 0;
    GuardedHostResult guarded{result.host, outcome, detail, {{QStringLiteral("pid"), result.unit.mainPid}}, result.elapsedMs};
    // What a re-check compares with, and what an auditor reads: the run of the unit before and after.
    if (!result.before.activeState.isEmpty())
        guarded.facts.insert(QStringLiteral("before"), unitStateJson(result.before));
    if (!result.unit.activeState.isEmpty())
        guarded.facts.insert(QStringLiteral("after"), unitStateJson(result.unit));
    if (run.done)
        std::exchange(run.done, {})(guarded);
}

} // namespace opsdeck
