#include "ChecklistService.h"

#include "ChecklistLedger.h"
#include "store/EventKind.h"

#include "store/EventStoreService.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecklistService)
};

std::optional<ChecklistPlan> replannedWith(const ChecklistLibrary &library, const FleetConfig &config, const ChecklistRun &run,
                                           const QString &version, const QStringList &hosts, QString *why)
{
    const ChecklistTemplate *checklist = library.find(run.plan.checklist.id);
    if (!checklist) {
        *why = Text::tr("there is no checklist template '%1' any more").arg(run.plan.checklist.id);
        return std::nullopt;
    }
    return ChecklistPlan::make(*checklist, config, run.plan.environment, version, hosts, why);
}
} // namespace

// One item after another: each result is recorded as soon as it is in; a recording that fails stops.
struct ChecklistService::CheckChain {
    QList<ChecklistItem> items;
    ChecklistRun run;
    qsizetype next = 0;
    QPromise<StoreResult<ChecklistRun>> promise;
};

ChecklistService::ChecklistService(EventStoreService *store, EvidenceSource *evidence, QObject *parent)
    : QObject(parent), m_store(store), m_evidence(evidence), m_library(ChecklistLibrary::load({}))
{
    connect(store, &EventStoreService::appended, this, [this](const Event &event) {
        if (!event.pending && EventKinds::familyOf(event.kind) == EventFamily::Checklist)
            Q_EMIT runChanged(event.details.value(QStringLiteral("run")).toString());
    });
}

ChecklistService::~ChecklistService() = default;

void ChecklistService::setConfig(const FleetConfig &config)
{
    m_config = config;
    const quint64 generation = ++m_libraryGeneration;
    QtConcurrent::run([directory = config.checklistDirectory] { return ChecklistLibrary::load(directory); })
        .then(this, [this, generation](const ChecklistLibrary &library) {
            if (generation != m_libraryGeneration)
                return; // a newer configuration is being read
            m_library = library;
            Q_EMIT templatesChanged();
        });
}

ChecklistActor ChecklistService::actor() const
{
    if (!m_store)
        return {};
    return ChecklistActor::fromIdentity(m_store->identity(), &m_config, !m_store->location().startsWith(QStringLiteral("sqlite:")));
}

QFuture<StoreResult<ChecklistRun>> ChecklistService::perform(Job job)
{
    return m_store->submit<ChecklistRun>([job = std::move(job), actor = actor()](EventStore &store) {
        ChecklistLedger ledger(store, actor);
        return job(ledger);
    });
}

QFuture<StoreResult<QList<ChecklistRun>>> ChecklistService::runs(const QString &environment, int limit)
{
    return m_store->submit<QList<ChecklistRun>>(
        [environment, limit](EventStore &store) { return ChecklistLedger(store, {}).runs(environment, limit); });
}

QFuture<StoreResult<ChecklistRun>> ChecklistService::run(const QString &runId)
{
    return perform([runId](ChecklistLedger &ledger) { return ledger.run(runId); });
}

QFuture<StoreResult<ChecklistRun>> ChecklistService::start(const QString &templateId, const QString &environment,
                                                           const QString &version, const QStringList &hosts)
{
    const ChecklistTemplate *checklist = m_library.find(templateId);
    QString why = Text::tr("there is no checklist template '%1'").arg(templateId);
    if (checklist) {
        // A run that could never approve its environment is refused before it starts.
        if (const QString notAccepted = m_library.whyNotAccepted(m_config, environment, templateId); !notAccepted.isEmpty()) {
            checklist = nullptr;
            why = notAccepted;
        }
    }
    const auto plan = checklist ? ChecklistPlan::make(*checklist, m_config, environment, version, hosts, &why) : std::nullopt;
    if (!plan)
        return QtFuture::makeReadyFuture(StoreResult<ChecklistRun>::failure(why));
    return perform([plan = *plan](ChecklistLedger &ledger) { return ledger.start(plan); });
}

QFuture<StoreResult<ChecklistRun>> ChecklistService::tick(const QString &runId, const QString &item, const QString &comment)
{
    return perform([=](ChecklistLedger &ledger) { return ledger.tick(runId, item, comment); });
}

QFuture<StoreResult<ChecklistRun>> ChecklistService::untick(const QString &runId, const QString &item, const QString &reason)
{
    return perform([=](ChecklistLedger &ledger) { return ledger.untick(runId, item, reason); });
}

QFuture<StoreResult<ChecklistRun>> ChecklistService::sign(const QString &runId, const QString &role, const QString &comment)
{
    return perform([=](ChecklistLedger &ledger) { return ledger.sign(runId, role, comment); });
}

QFuture<StoreResult<ChecklistRun>> ChecklistService::revoke(const QString &runId, qint64 signature, const QString &reason)
{
    return perform([=](ChecklistLedger &ledger) { return ledger.revoke(runId, signature, reason); });
}

QFuture<StoreResult<ChecklistRun>> ChecklistService::replan(const QString &runId, const QString &version, const QStringList &hosts,
                                                            const QString &reason)
{
    return perform([runId, version, hosts, reason, library = m_library, config = m_config](ChecklistLedger &ledger) {
        const auto current = ledger.run(runId);
        if (!current)
            return current;
        QString why;
        const auto plan = replannedWith(library, config, *current.value, version, hosts, &why);
        if (!plan)
            return StoreResult<ChecklistRun>::failure(why);
        return ledger.replan(runId, *plan, reason);
    });
}

QFuture<StoreResult<ChecklistRun>> ChecklistService::voidRun(const QString &runId, const QString &reason)
{
    return perform([=](ChecklistLedger &ledger) { return ledger.voidRun(runId, reason); });
}

std::optional<ChecklistPlan> ChecklistService::replanned(const ChecklistRun &run, const QString &version, const QStringList &hosts,
                                                         QString *why) const
{
    return replannedWith(m_library, m_config, run, version, hosts, why);
}

QFuture<StoreResult<ChecklistRun>> ChecklistService::check(const ChecklistRun &run, const QString &item)
{
    QList<ChecklistItem> items;
    QStringList byHand;
    const QList<ChecklistLibrary::Check> checks = m_library.checksFor(run.plan, item.isEmpty() ? QStringList() : QStringList{item});
    for (const ChecklistLibrary::Check &check : checks) {
        if (check.byHand.isEmpty())
            items << check.item; // the spec as this console has it: a command is never the stored one
        else
            byHand << check.byHand;
    }
    if (items.isEmpty() && !byHand.isEmpty())
        return QtFuture::makeReadyFuture(StoreResult<ChecklistRun>::failure(Text::tr("checked by hand here: %1").arg(byHand.constFirst())));
    if (items.isEmpty())
        return QtFuture::makeReadyFuture(StoreResult<ChecklistRun>::failure(Text::tr("nothing to check automatically")));
    if (!m_evidence)
        return QtFuture::makeReadyFuture(StoreResult<ChecklistRun>::failure(Text::tr("automatic checks are not available here")));
    auto chain = std::make_shared<CheckChain>();
    chain->items = items;
    chain->run = run;
    chain->promise.start();
    checkNext(chain);
    return chain->promise.future();
}

void ChecklistService::checkNext(const std::shared_ptr<CheckChain> &chain)
{
    const ChecklistItem current = chain->items.at(chain->next++);
    // Whatever stops half-way (an evidence source or the store going away) ends the chain with why,
    // so no one waits for "Running every automatic check…" forever.
    auto interrupted = [chain](const QString &why) {
        if (chain->promise.future().isFinished())
            return;
        chain->promise.addResult(StoreResult<ChecklistRun>::failure(why));
        chain->promise.finish();
    };
    m_evidence->collect({current.id, current.evidence, chain->run.plan})
        .then(this, [this, chain, current, interrupted](const Evidence &evidence) {
            perform([runId = chain->run.id, item = current.id, evidence](ChecklistLedger &ledger) {
                return ledger.recordEvidence(runId, item, evidence);
            })
                .then(this, [this, chain](const StoreResult<ChecklistRun> &recorded) {
                    if (!recorded || chain->next >= chain->items.size()) {
                        chain->promise.addResult(recorded);
                        chain->promise.finish();
                        return;
                    }
                    checkNext(chain);
                })
                .onCanceled(this, [interrupted, item = current.id] {
                    interrupted(Text::tr("the evidence of %1 was not recorded: the store stopped").arg(item));
                });
        })
        .onCanceled(this, [interrupted, item = current.id] {
            interrupted(Text::tr("the check of %1 was interrupted before it finished; run it again").arg(item));
        });
}

} // namespace opsdeck
