#include "ServiceActionRunner.h"

#include "GuardedActionRunner.h"
#include "ServiceAction.h"
#include "health/HealthProbe.h"
#include "ssh/SshEngine.h"
#include "store/EventStoreService.h"

#include <QTimer>

#include <optional>

namespace opsdeck {

struct ServiceActionRunner::Running {
    ServiceAction *action = nullptr;       // deleted later, with the runner, once finished
    GuardedActionRunner *runner = nullptr;
    bool begun = false;                    // the runner's begin() was called (just after begin())
    std::optional<std::pair<QString, QString>> confirmation; // given before that
    bool cancelled = false;                                  // likewise
};

namespace {
HostActionResult hostResult(const ServiceAction &action, const GuardedHostResult &guarded, quint64 id)
{
    HostActionResult result = action.result(guarded.host);
    result.outcome = guarded.outcome;
    result.detail = guarded.detail;
    result.elapsedMs = guarded.elapsedMs;
    result.action = id;
    return result;
}
} // namespace

ServiceActionRunner::ServiceActionRunner(SshEngine *ssh, EventStoreService *store, HealthProbe *probe, QObject *parent)
    : QObject(parent), m_ssh(ssh), m_store(store), m_probe(probe)
{
    qRegisterMetaType<opsdeck::HostActionResult>();
    qRegisterMetaType<opsdeck::ServiceActionReport>();
}

ServiceActionRunner::~ServiceActionRunner()
{
    for (auto &[id, running] : m_actions) {
        delete running->runner;
        delete running->action;
    }
}

void ServiceActionRunner::setLockTiming(Milliseconds lockTtl, Milliseconds renewEvery)
{
    m_lockTtl = lockTtl;
    m_renewEvery = renewEvery;
}

QString ServiceActionRunner::lockTarget(const QString &environment, const QString &host, const QString &service)
{
    return ServiceAction::lockTarget(environment, host, service);
}

quint64 ServiceActionRunner::begin(ServiceActionRequest request)
{
    const quint64 id = ++m_lastId;
    auto running = std::make_unique<Running>();
    const QString reason = request.reason;
    running->action = new ServiceAction(m_ssh, m_probe, m_store, m_config, std::move(request));
    running->runner = new GuardedActionRunner(m_store);
    running->runner->setConfig(m_config);
    running->runner->setLockTiming(m_lockTtl, m_renewEvery);
    ServiceAction *action = running->action;
    GuardedActionRunner *runner = running->runner;
    connect(runner, &GuardedActionRunner::targetsBusy, this, &ServiceActionRunner::targetsBusy);
    connect(runner, &GuardedActionRunner::targetsFree, this, &ServiceActionRunner::targetsFree);
    connect(runner, &GuardedActionRunner::lockLost, this, &ServiceActionRunner::lockLost);
    connect(runner, &GuardedActionRunner::awaitingConfirmation, this, [this, id] { Q_EMIT awaitingConfirmation(id); });
    connect(runner, &GuardedActionRunner::progress, this, [this, id](const QString &host, const QString &message) {
        Q_EMIT progress(host, message);
        Q_EMIT actionProgress(id, host, message);
    });
    connect(runner, &GuardedActionRunner::hostFinished, this, [this, id, action](const GuardedHostResult &r) {
        Q_EMIT hostFinished(hostResult(*action, r, id));
    });
    connect(runner, &GuardedActionRunner::finished, this, [this, id, action, runner](const GuardedActionReport &guarded) {
        ServiceActionReport report;
        report.outcome = guarded.outcome;
        report.summary = guarded.summary;
        report.action = id;
        report.service = action->request().service;
        for (const GuardedHostResult &r : guarded.hosts)
            report.hosts << hostResult(*action, r, id);
        m_actions.erase(id);
        runner->deleteLater();
        action->deleteLater();
        Q_EMIT finished(report);
    });
    m_actions.emplace(id, std::move(running));
    // Begun from the event loop: every signal of the action comes after its number is known.
    QTimer::singleShot(0, runner, [this, id, runner, action, reason] {
        const auto it = m_actions.find(id);
        if (it == m_actions.end())
            return;
        Running &r = *it->second;
        r.begun = true;
        const auto early = r.confirmation;
        const bool cancelled = r.cancelled;
        runner->begin(action, reason);
        if (cancelled)
            runner->cancel();
        else if (early)
            runner->confirm(early->first, early->second);
    });
    return id;
}

void ServiceActionRunner::confirm(quint64 action, const QString &reason, const QString &confirmation)
{
    const auto it = m_actions.find(action);
    if (it == m_actions.end())
        return;
    if (!it->second->begun)
        it->second->confirmation = std::make_pair(reason, confirmation);
    else
        it->second->runner->confirm(reason, confirmation);
}

void ServiceActionRunner::cancel(quint64 action)
{
    const auto it = m_actions.find(action);
    if (it == m_actions.end())
        return;
    if (!it->second->begun)
        it->second->cancelled = true;
    else
        it->second->runner->cancel();
}

void ServiceActionRunner::setRollout(quint64 action, int batchSize, Milliseconds pause)
{
    if (const auto it = m_actions.find(action); it != m_actions.end() && !it->second->runner->isActing())
        it->second->action->setRollout(batchSize, pause);
}

quint64 ServiceActionRunner::start(ServiceActionRequest request)
{
    const QString reason = request.reason;
    const QString confirmation = request.confirmation;
    const quint64 id = begin(std::move(request));
    confirm(id, reason, confirmation);
    return id;
}

} // namespace opsdeck
