#include "ServiceAction.h"

#include "ChecklistApproval.h"
#include "health/HealthProbe.h"
#include "ssh/SshEngine.h"
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

QString ago(const QDateTime &since)
{
    const qint64 seconds = since.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return Text::tr("%n second(s) ago", nullptr, int(seconds));
    return Text::tr("%n minute(s) ago", nullptr, int(seconds / 60));
}
} // namespace

QString actionOutcomeName(ActionOutcome outcome)
{
    switch (outcome) {
    case ActionOutcome::Succeeded: return QStringLiteral("succeeded");
    case ActionOutcome::Failed: return QStringLiteral("failed");
    case ActionOutcome::Unknown: return QStringLiteral("unknown");
    case ActionOutcome::NotAttempted: return QStringLiteral("not attempted");
    }
    return {};
}

struct ServiceActionRunner::HostRun {
    HostConfig host;
    ServiceConfig service;
    QString caFile;
    ServiceVerb verb = ServiceVerb::Restart; // the request's; a re-check's: the recorded action's
    bool knowsBefore = false; // the unit's state before the command is known (results.before)
    QElapsedTimer clock;      // since the command was sent (a re-check: since it began)
    QElapsedTimer stable;     // since the first of the current unbroken good readings; invalid: none
    UnitState stableUnit;     // the run of the unit those readings saw
    int goodReadings = 0;
    QString lastProblem;      // what verification saw last
    bool lastProblemWasConnection = false;
    bool done = false;
};

ServiceActionRunner::ServiceActionRunner(SshEngine *ssh, EventStoreService *store, HealthProbe *probe, QObject *parent)
    : QObject(parent), m_ssh(ssh), m_store(store), m_probe(probe), m_heartbeat(new QTimer(this))
{
    qRegisterMetaType<opsdeck::HostActionResult>();
    qRegisterMetaType<opsdeck::ServiceActionReport>();
    connect(m_heartbeat, &QTimer::timeout, this, [this] { renewLocks({}); });
}

void ServiceActionRunner::setLockTiming(Milliseconds lockTtl, Milliseconds renewEvery)
{
    m_lockTtl = lockTtl;
    m_renewEvery = renewEvery;
}

ServiceActionRunner::~ServiceActionRunner() = default;

QString ServiceActionRunner::lockTarget(const QString &environment, const QString &host, const QString &service)
{
    return environment + u'/' + host + u'/' + service;
}

QString ServiceActionRunner::prepare(ServiceActionRequest &request) const
{
    if (request.reason.trimmed().isEmpty())
        return Text::tr("a reason is required for every service action");
    if (!request.confirmed)
        return Text::tr("the action was not confirmed");
    const auto env = std::find_if(m_config.environments.cbegin(), m_config.environments.cend(),
                                  [&](const EnvironmentConfig &e) { return e.name == request.environment; });
    if (env == m_config.environments.cend())
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
        for (const QString &host : request.hosts) {
            if (!running.contains(host))
                return Text::tr("host '%1' of %2 does not run '%3'").arg(host, request.environment, request.service);
        }
    }
    if (request.batchSize < 1)
        return Text::tr("the batch size must be at least 1");
    return {};
}

void ServiceActionRunner::start(ServiceActionRequest request)
{
    m_request = std::move(request);
    m_results.clear();
    m_runs.clear();
    m_locked.clear();
    m_lockLost.clear();
    m_lostTargets.clear();
    ++m_generation;
    m_stopRolling = false;
    m_running = true;
    if (const QString why = prepare(m_request); !why.isEmpty()) {
        refuse(why);
        return;
    }
    if (!m_ssh || !m_store || !m_probe) {
        refuse(Text::tr("OpsDeck is shutting down"));
        return;
    }
    // Audited actions do not start unless the store can record them.
    if (m_store->state() != EventStoreService::State::Open) {
        refuse(Text::tr("no store can record this action (%1); it was not started")
                   .arg(m_store->lastError().isEmpty() ? Text::tr("the store is not open") : m_store->lastError()));
        return;
    }
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
        m_runs.push_back(std::move(run));
        HostActionResult result;
        result.host = hostName;
        m_results.append(result);
    }
    m_approvalRun.clear();
    m_approvalPlan.clear();
    const bool needsChecklist = std::any_of(m_config.environments.cbegin(), m_config.environments.cend(), [&](const EnvironmentConfig &e) {
        return e.name == m_request.environment && e.requireSignedChecklist;
    });
    if (needsChecklist)
        checkApprovalThenLock();
    else
        lockNext(0);
}

// Asked of the store every time, never of a cached view: a signature revoked a second ago counts.
void ServiceActionRunner::checkApprovalThenLock()
{
    ChecklistApproval::check(m_store, m_config, m_request.environment, m_request.hosts, serviceVerbName(m_request.verb))
        .then(this, [this](const ChecklistApproval::Verdict &verdict) {
            if (!verdict.passed) {
                refuse(verdict.why);
                return;
            }
            m_approvalRun = verdict.runId;
            m_approvalPlan = verdict.planHash;
            qCInfo(lcOps) << verdict.reason;
            lockNext(0);
        });
}

void ServiceActionRunner::refuse(const QString &why)
{
    qCInfo(lcOps) << "refused:" << why;
    ServiceActionReport report;
    report.outcome = ActionOutcome::NotAttempted;
    report.summary = why;
    report.hosts = m_results;
    releaseLocksThen([this, report] {
        m_running = false;
        Q_EMIT finished(report);
    });
}

void ServiceActionRunner::releaseLocksThen(std::function<void()> done)
{
    m_heartbeat->stop();
    const QStringList targets = std::exchange(m_locked, {});
    if (std::exchange(m_targetsBusy, false)) {
        QStringList busy;
        for (const QString &host : std::as_const(m_request.hosts))
            busy << m_request.environment + u'/' + host + u'/' + m_request.service;
        Q_EMIT targetsFree(busy);
    }
    if (targets.isEmpty() || !m_store) {
        done();
        return;
    }
    auto remaining = std::make_shared<int>(int(targets.size()));
    for (const QString &target : targets) {
        m_store->releaseLock(target).then(this, [remaining, done, target](const StoreResult<bool> &released) {
            if (!released)
                qCWarning(lcOps) << "could not release the lock on" << target << ':' << released.error;
            if (--*remaining == 0)
                done();
        });
    }
}

void ServiceActionRunner::renewLocks(std::function<void(bool held)> done)
{
    const QStringList targets = m_locked;
    if (targets.isEmpty() || !m_store) {
        if (done)
            done(m_lockLost.isEmpty());
        return;
    }
    auto remaining = std::make_shared<int>(int(targets.size()));
    auto allRenewed = std::make_shared<bool>(true);
    auto settle = [this, remaining, allRenewed, done] {
        if (--*remaining > 0)
            return;
        if (done)
            done(*allRenewed && m_lockLost.isEmpty());
    };
    for (const QString &target : targets) {
        auto answered = [this, target, allRenewed, settle, generation = m_generation](const StoreResult<LockAttempt> &renewed) {
            if (generation != m_generation)
                return; // an answer for an action that has finished
            if (!renewed) {
                // The store may be unreachable for a moment: the lock still has its lifetime. A batch
                // does not start on a lock that could not be renewed, though (done(false)).
                qCWarning(lcOps) << "could not renew the lock on" << target << ':' << renewed.error;
                *allRenewed = false;
                settle();
                return;
            }
            if (renewed.value->acquired) {
                settle();
                return;
            }
            noteLockLost(target, renewed.value->lock, settle);
        };
        m_store->renewLock(target, m_lockTtl).then(this, answered);
    }
}

void ServiceActionRunner::noteLockLost(const QString &target, const ActionLock &now, std::function<void()> done)
{
    m_locked.removeAll(target); // not ours any more: never released by this action
    m_stopRolling = true;
    if (m_lostTargets.contains(target)) { // a heartbeat and a batch's renewal both found it
        done();
        return;
    }
    m_lostTargets.insert(target);
    QString why = now.holder.isEmpty() ? Text::tr("the lock on %1 is gone").arg(target)
                                       : Text::tr("the lock on %1 lapsed and is now held by %2 (%3): %4")
                                             .arg(target, now.holder, now.console, now.reason);
    const bool first = m_lockLost.isEmpty();
    if (first)
        m_lockLost = why;
    // Who broke it, and why: the lock.broken record of this console's lock.
    EventFilter filter;
    filter.kind = QStringLiteral("lock.broken");
    filter.detailKey = QStringLiteral("target");
    filter.detailValue = target;
    filter.newestFirst = true;
    filter.limit = 1;
    const quint64 generation = m_generation;
    m_store->query(filter).then(this, [this, target, why, first, done, generation](const StoreResult<QList<Event>> &found) mutable {
        if (generation != m_generation)
            return;
        if (found && !found.value->isEmpty()) {
            const Event &broken = found.value->constFirst();
            if (broken.details.value(QStringLiteral("console")).toString() == EventStoreService::consoleId())
                why = Text::tr("%1 broke the lock on %2: %3")
                          .arg(broken.actor, target, broken.details.value(QStringLiteral("reason")).toString());
        }
        qCWarning(lcOps) << why;
        if (first)
            m_lockLost = why;
        Q_EMIT lockLost(target, why);
        Q_EMIT progress(target.section(u'/', 1, 1), Text::tr("%1; stopping before the next batch").arg(why));
        done();
    });
}

void ServiceActionRunner::lockNext(int index)
{
    if (index >= int(m_runs.size())) {
        QStringList targets;
        for (const QString &host : std::as_const(m_request.hosts))
            targets << m_request.environment + u'/' + host + u'/' + m_request.service;
        m_targetsBusy = true;
        Q_EMIT targetsBusy(targets);
        recordStartedAndRun();
        return;
    }
    const QString target = lockTarget(m_request.environment, m_request.hosts.at(index), m_request.service);
    m_store->acquireLock(target, m_request.reason, m_lockTtl).then(this, [this, index, target](const StoreResult<LockAttempt> &attempt) {
        if (!attempt) {
            refuse(Text::tr("cannot take the lock on %1: %2").arg(target, attempt.error));
            return;
        }
        if (!attempt.value->acquired) {
            const ActionLock &held = attempt.value->lock;
            refuse(Text::tr("%1 is locked by %2 (%3) since %4: %5")
                       .arg(target, held.holder, held.console, ago(held.acquiredAt), held.reason));
            return;
        }
        m_locked.append(target);
        // From the first lock on, the heartbeat keeps every lock taken alive until it is released.
        if (!m_heartbeat->isActive())
            m_heartbeat->start(int(m_renewEvery.count()));
        lockNext(index + 1);
    });
}

Event ServiceActionRunner::makeEvent(const QString &kind, const QString &summary) const
{
    Event e;
    e.kind = kind;
    e.environment = m_request.environment;
    e.service = m_request.service;
    if (m_request.hosts.size() == 1)
        e.host = m_request.hosts.constFirst();
    e.summary = summary;
    e.details = {{QStringLiteral("verb"), serviceVerbName(m_request.verb)},
                 {QStringLiteral("reason"), m_request.reason},
                 {QStringLiteral("hosts"), QJsonArray::fromStringList(m_request.hosts)},
                 {QStringLiteral("batch_size"), m_request.batchSize},
                 {QStringLiteral("verify_only"), m_request.verifyOnly}};
    if (!m_approvalRun.isEmpty()) {
        e.details.insert(QStringLiteral("checklist_run"), m_approvalRun);
        e.details.insert(QStringLiteral("checklist_plan"), m_approvalPlan);
    }
    return e;
}

void ServiceActionRunner::recordStartedAndRun()
{
    const QString verb = m_request.verifyOnly ? QStringLiteral("recheck") : serviceVerbName(m_request.verb);
    const QString summary = Text::tr("%1 of %2/%3 on %n host(s) started: %4", nullptr, int(m_request.hosts.size()))
                                .arg(verb, m_request.environment, m_request.service, m_request.reason);
    m_store->record(makeEvent(QStringLiteral("service.") + verb + QStringLiteral(".started"), summary))
        .then(this, [this](const StoreResult<Event> &stored) {
            if (!stored) {
                refuse(Text::tr("the action could not be recorded (%1); it was not started").arg(stored.error));
                return;
            }
            runBatch(0);
        });
}

void ServiceActionRunner::runBatch(int first)
{
    m_batchStart = first;
    const int last = std::min<int>(first + m_request.batchSize, int(m_runs.size()));
    m_pendingInBatch = last - first;
    for (int i = first; i < last; ++i)
        runHost(i);
}

void ServiceActionRunner::runHost(int index)
{
    HostRun &run = *m_runs[size_t(index)];
    if (m_request.verifyOnly) {
        Q_EMIT progress(run.host.name, Text::tr("checking"));
        readRecordedState(index);
        return;
    }
    Q_EMIT progress(run.host.name, Text::tr("reading the state of %1").arg(run.service.unit));
    readStateBefore(index);
}

// A re-check verifies the action recorded last for this host: its verb, and the unit's state before it.
void ServiceActionRunner::readRecordedState(int index)
{
    EventFilter filter;
    for (ServiceVerb verb : {ServiceVerb::Restart, ServiceVerb::Start, ServiceVerb::Stop, ServiceVerb::Reload})
        filter.kinds << QStringLiteral("service.") + serviceVerbName(verb);
    filter.environment = m_request.environment;
    filter.service = m_request.service;
    filter.newestFirst = true;
    filter.limit = 100;
    m_store->query(filter).then(this, [this, index](const StoreResult<QList<Event>> &events) {
        HostRun &r = *m_runs[size_t(index)];
        if (!events)
            qCWarning(lcOps) << "re-check: the recorded action cannot be read:" << events.error;
        const QList<Event> recorded = events ? *events.value : QList<Event>{};
        for (const Event &event : recorded) {
            const QJsonArray results = event.details.value(QStringLiteral("results")).toArray();
            const auto mine = std::find_if(results.cbegin(), results.cend(), [&](const QJsonValue &v) {
                return v.toObject().value(QStringLiteral("host")).toString() == r.host.name;
            });
            if (mine == results.cend())
                continue;
            if (const auto verb = serviceVerbFromName(event.details.value(QStringLiteral("verb")).toString()))
                r.verb = *verb;
            const QJsonObject before = mine->toObject().value(QStringLiteral("before")).toObject();
            if (!before.isEmpty()) {
                m_results[index].before = unitStateFromJson(before);
                r.knowsBefore = true;
            }
            break;
        }
        r.clock.start();
        verify(index);
    });
}

// Without the state before, a restart could not be told from nothing happening: none is started.
void ServiceActionRunner::readStateBefore(int index)
{
    HostRun &run = *m_runs[size_t(index)];
    m_ssh->run(run.host.name, ServiceCommands::show({run.service.unit}), m_config.ssh.commandTimeout)
        .then(this, [this, index](const CommandResult &result) {
            HostRun &r = *m_runs[size_t(index)];
            if (!result.succeeded()) {
                finishHost(index, ActionOutcome::Failed,
                           Text::tr("the %1 was not attempted: the state of %2 could not be read first (%3)")
                               .arg(serviceVerbName(r.verb), r.service.unit, commandProblem(result)));
                return;
            }
            const UnitState before = UnitStateParser::parse(result.out).value(r.service.unit);
            if (!before.exists()) {
                finishHost(index, ActionOutcome::Failed, Text::tr("unit %1 is not loaded on %2").arg(r.service.unit, r.host.name));
                return;
            }
            m_results[index].before = before;
            r.knowsBefore = true;
            runCommand(index);
        })
        .onCanceled(this, [this, index] {
            finishHost(index, ActionOutcome::Failed,
                       Text::tr("the %1 was not attempted: the SSH session stopped").arg(serviceVerbName(m_runs[size_t(index)]->verb)));
        });
}

void ServiceActionRunner::runCommand(int index)
{
    HostRun &run = *m_runs[size_t(index)];
    run.clock.start();
    Q_EMIT progress(run.host.name, Text::tr("running %1").arg(serviceVerbName(run.verb)));
    m_ssh->run(run.host.name, ServiceCommands::action(run.verb, run.service), m_config.ssh.commandTimeout)
        .then(this, [this, index](const CommandResult &result) {
            HostRun &r = *m_runs[size_t(index)];
            if (result.outcomeUnknown()) {
                finishHost(index, ActionOutcome::Unknown,
                           Text::tr("%1; the %2 may or may not have happened: re-check").arg(result.error, serviceVerbName(r.verb)));
                return;
            }
            if (result.status != CommandResult::Status::Completed) {
                finishHost(index, ActionOutcome::Failed, result.error);
                return;
            }
            if (result.exitCode != 0) {
                const QString err = QString::fromUtf8(result.err).trimmed();
                finishHost(index, ActionOutcome::Failed,
                           Text::tr("%1 exited with status %2%3")
                               .arg(serviceVerbName(r.verb))
                               .arg(result.exitCode)
                               .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err.section(u'\n', 0, 2)));
                return;
            }
            Q_EMIT progress(r.host.name, Text::tr("verifying"));
            verify(index);
        })
        .onCanceled(this, [this, index] { finishHost(index, ActionOutcome::Unknown, Text::tr("the SSH session stopped")); });
}

void ServiceActionRunner::verify(int index)
{
    HostRun &run = *m_runs[size_t(index)];
    if (run.done)
        return;
    // The unit has verifyTimeout to come up; once it is up, it must then stay up for stableFor.
    const qint64 window = m_request.verifyTimeout.count() + (run.stable.isValid() ? m_request.stableFor.count() : 0);
    if (run.clock.elapsed() > window) {
        giveUp(index);
        return;
    }
    m_ssh->run(run.host.name, ServiceCommands::show({run.service.unit}), m_config.ssh.commandTimeout)
        .then(this, [this, index](const CommandResult &result) {
            HostRun &r = *m_runs[size_t(index)];
            if (r.done)
                return;
            if (!result.succeeded()) {
                badReading(index, commandProblem(result), result.status != CommandResult::Status::Completed);
                return;
            }
            const UnitState unit = UnitStateParser::parse(result.out).value(r.service.unit);
            m_results[index].unit = unit;
            if (!unit.exists()) {
                finishHost(index, ActionOutcome::Failed, Text::tr("unit %1 is not loaded on %2").arg(r.service.unit, r.host.name));
                return;
            }
            if (r.verb == ServiceVerb::Stop) {
                if (unit.activeState == QLatin1String("inactive") || unit.activeState == QLatin1String("failed"))
                    finishHost(index, ActionOutcome::Succeeded, Text::tr("unit %1 is %2").arg(r.service.unit, unit.activeState));
                else
                    badReading(index, Text::tr("unit %1 is still %2").arg(r.service.unit, unit.activeState));
                return;
            }
            if (unit.activeState == QLatin1String("failed")) {
                finishHost(index, ActionOutcome::Failed,
                           Text::tr("unit %1 entered the failed state (%2) %3 s after the %4: it did not stay up")
                               .arg(r.service.unit, unit.subState)
                               .arg(r.clock.elapsed() / 1000.0, 0, 'f', 1)
                               .arg(serviceVerbName(r.verb)));
                return;
            }
            if (r.verb == ServiceVerb::Restart && r.knowsBefore && !isNewInvocation(m_results[index].before, unit)) {
                badReading(index, Text::tr("unit %1 has not restarted: it is the same run as before the restart (%2)")
                                      .arg(r.service.unit, describeInvocation(unit)));
                return;
            }
            if (!unit.isActive()) {
                badReading(index, Text::tr("unit %1 is %2 (%3)").arg(r.service.unit, unit.activeState, unit.subState));
                return;
            }
            checkHealth(index, unit);
        })
        .onCanceled(this, [this, index] { finishHost(index, ActionOutcome::Unknown, Text::tr("the SSH session stopped")); });
}

// Every health check must pass.
void ServiceActionRunner::checkHealth(int index, const UnitState &unit)
{
    HostRun &r = *m_runs[size_t(index)];
    if (r.service.health.isEmpty()) {
        goodReading(index, unit);
        return;
    }
    auto remaining = std::make_shared<int>(int(r.service.health.size()));
    auto failing = std::make_shared<QString>();
    for (const HealthCheckConfig &check : std::as_const(r.service.health)) {
        m_probe->check(check, r.caFile).then(this, [this, index, remaining, failing, unit, url = redactedUrl(check.url)](const HealthVerdict &v) {
            HostRun &hr = *m_runs[size_t(index)];
            m_results[index].health = v;
            if (v.status != HealthStatus::Pass && failing->isEmpty())
                *failing = url + QStringLiteral(" ") + healthStatusName(v.status)
                           + (v.reason.isEmpty() ? QString() : QStringLiteral(": ") + v.reason);
            if (--*remaining > 0 || hr.done)
                return;
            if (failing->isEmpty())
                goodReading(index, unit);
            else
                badReading(index, Text::tr("health %1").arg(*failing));
        });
    }
}

// The unit is what the verb wants and every health check passes. Success once such readings, of one
// and the same run of the unit, span stableFor (and are at least two).
void ServiceActionRunner::goodReading(int index, const UnitState &unit)
{
    HostRun &r = *m_runs[size_t(index)];
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
        Q_EMIT progress(r.host.name, Text::tr("up; watching that it stays up for %1 s").arg(m_request.stableFor.count() / 1000.0));
    }
    ++r.goodReadings;
    if (r.goodReadings < 2 || r.stable.elapsed() < m_request.stableFor.count()) {
        QTimer::singleShot(m_request.pollInterval, this, [this, index] { verify(index); });
        return;
    }
    const QString held = Text::tr("%1 s").arg(r.stable.elapsed() / 1000.0, 0, 'f', 1);
    const QString health = r.service.health.isEmpty() ? Text::tr("no health check configured") : Text::tr("health passing");
    const UnitState &before = m_results[index].before;
    if (r.verb == ServiceVerb::Restart && !r.knowsBefore) {
        finishHost(index, ActionOutcome::Unknown,
                   Text::tr("unit %1 is active (%2) with %3 for %4, but whether it restarted cannot be told: there is no "
                            "record of its state before the restart")
                       .arg(r.service.unit, describeInvocation(unit), health, held));
        return;
    }
    if (r.verb == ServiceVerb::Restart) {
        finishHost(index, ActionOutcome::Succeeded,
                   Text::tr("unit %1 restarted (PID %2 → %3) and stayed active for %4, %5")
                       .arg(r.service.unit)
                       .arg(before.mainPid)
                       .arg(unit.mainPid)
                       .arg(held, health));
        return;
    }
    finishHost(index, ActionOutcome::Succeeded,
               Text::tr("unit %1 active (PID %2) for %3, %4").arg(r.service.unit).arg(unit.mainPid).arg(held, health));
}

void ServiceActionRunner::badReading(int index, const QString &problem, bool connection)
{
    HostRun &r = *m_runs[size_t(index)];
    r.lastProblem = problem;
    r.lastProblemWasConnection = connection;
    if (r.stable.isValid()) {
        r.lastProblem = Text::tr("%1 (after %2 s up)").arg(problem).arg(r.stable.elapsed() / 1000.0, 0, 'f', 1);
        r.stable.invalidate();
    }
    QTimer::singleShot(m_request.pollInterval, this, [this, index] { verify(index); });
}

void ServiceActionRunner::giveUp(int index)
{
    HostRun &r = *m_runs[size_t(index)];
    const QString detail = Text::tr("not verified within %1 s: %2")
                               .arg(r.clock.elapsed() / 1000)
                               .arg(r.lastProblem.isEmpty() ? Text::tr("no answer") : r.lastProblem);
    finishHost(index, r.lastProblemWasConnection ? ActionOutcome::Unknown : ActionOutcome::Failed, detail);
}

void ServiceActionRunner::finishHost(int index, ActionOutcome outcome, const QString &detail)
{
    HostRun &run = *m_runs[size_t(index)];
    if (run.done)
        return;
    run.done = true;
    HostActionResult &result = m_results[index];
    result.outcome = outcome;
    result.detail = detail;
    result.elapsedMs = run.clock.isValid() ? run.clock.elapsed() : 0;
    qCInfo(lcOps) << m_request.environment << run.host.name << m_request.service << actionOutcomeName(outcome) << detail;
    Q_EMIT hostFinished(result);
    if (outcome != ActionOutcome::Succeeded)
        m_stopRolling = true;
    if (--m_pendingInBatch > 0)
        return;
    const int next = m_batchStart + m_request.batchSize;
    if (m_stopRolling || next >= int(m_runs.size())) {
        finishAll();
        return;
    }
    Q_EMIT progress(m_runs[size_t(next)]->host.name, Text::tr("next batch in %1 s").arg(m_request.pause.count() / 1000.0));
    QTimer::singleShot(m_request.pause, this, [this, next] {
        // No batch starts on a lock that is not this action's any more (broken by a lead, lapsed).
        renewLocks([this, next](bool held) {
            if (held) {
                runBatch(next);
                return;
            }
            if (m_lockLost.isEmpty())
                m_lockLost = Text::tr("the locks could not be renewed, so no further batch was started");
            finishAll();
        });
    });
}

void ServiceActionRunner::finishAll()
{
    ServiceActionReport report;
    report.hosts = m_results;
    int succeeded = 0;
    const HostActionResult *first = nullptr;
    for (const HostActionResult &r : std::as_const(m_results)) {
        if (r.outcome == ActionOutcome::Succeeded)
            ++succeeded;
        else if (!first && r.outcome != ActionOutcome::NotAttempted)
            first = &r;
    }
    const QString verb = m_request.verifyOnly ? QStringLiteral("recheck") : serviceVerbName(m_request.verb);
    if (!first) {
        report.outcome = ActionOutcome::Succeeded;
        report.summary = Text::tr("%1 of %2/%3 succeeded on %n host(s), verified", nullptr, succeeded)
                             .arg(verb, m_request.environment, m_request.service);
    } else {
        report.outcome = first->outcome;
        const int skipped = int(std::count_if(m_results.cbegin(), m_results.cend(),
                                              [](const HostActionResult &r) { return r.outcome == ActionOutcome::NotAttempted; }));
        report.summary = Text::tr("%1 of %2/%3 %4 on %5: %6").arg(verb, m_request.environment, m_request.service,
                                                                  actionOutcomeName(first->outcome), first->host, first->detail);
        if (skipped > 0)
            report.summary += Text::tr(" (stopped there; %n host(s) not attempted)", nullptr, skipped);
    }
    if (!m_lockLost.isEmpty()) {
        const int skipped = int(std::count_if(m_results.cbegin(), m_results.cend(),
                                              [](const HostActionResult &r) { return r.outcome == ActionOutcome::NotAttempted; }));
        if (report.outcome == ActionOutcome::Succeeded && skipped > 0) {
            report.outcome = ActionOutcome::Failed;
            report.summary = Text::tr("%1 of %2/%3 stopped: %4 (%n host(s) not attempted)", nullptr, skipped)
                                 .arg(verb, m_request.environment, m_request.service, m_lockLost);
        } else {
            report.summary += Text::tr(" (%1)").arg(m_lockLost);
        }
    }
    Event e = makeEvent(QStringLiteral("service.") + verb, report.summary);
    e.details.insert(QStringLiteral("outcome"), actionOutcomeName(report.outcome));
    if (!m_lockLost.isEmpty())
        e.details.insert(QStringLiteral("lock_lost"), m_lockLost);
    QJsonArray hosts;
    for (const HostActionResult &r : std::as_const(m_results)) {
        QJsonObject host{{QStringLiteral("host"), r.host},
                         {QStringLiteral("outcome"), actionOutcomeName(r.outcome)},
                         {QStringLiteral("detail"), r.detail},
                         {QStringLiteral("pid"), r.unit.mainPid},
                         {QStringLiteral("elapsed_ms"), r.elapsedMs}};
        // What a re-check compares with, and what an auditor reads: the run of the unit before and after.
        if (!r.before.activeState.isEmpty())
            host.insert(QStringLiteral("before"), unitStateJson(r.before));
        if (!r.unit.activeState.isEmpty())
            host.insert(QStringLiteral("after"), unitStateJson(r.unit));
        hosts.append(host);
    }
    e.details.insert(QStringLiteral("results"), hosts);
    m_store->record(e).then(this, [this, report](const StoreResult<Event> &stored) mutable {
        if (!stored)
            report.summary += Text::tr(" (the outcome could not be recorded: %1)").arg(stored.error);
        releaseLocksThen([this, report] {
            m_running = false;
            Q_EMIT finished(report);
        });
    });
}

} // namespace opsdeck
