#pragma once

// Checklist runs kept in an EventStore: start, tick, untick, evidence, sign, revoke, change the plan,
// void, and read them back as folded runs. Each change is checked with ChecklistRun's rules first
// (a refusal is recorded as a checklist.refused event, so every refusal is audited), then written
// with EventStore::appendIf, which on SQLite checks again under the write lock and on PostgreSQL lets
// the database's triggers decide; a refusal by the store is recorded the same way. Blocking: call on
// the store thread (EventStoreService::submit) or from a command-line verb.

#include "ChecklistRun.h"
#include "EvidenceSource.h"

#include "store/EventKind.h"
#include "store/EventStore.h"

namespace opsdeck {

class ChecklistLedger final
{
public:
    ChecklistLedger(EventStore &store, ChecklistActor actor);

    const ChecklistActor &actor() const { return m_actor; }

    // The newest runs first, of one environment or all (empty).
    StoreResult<QList<ChecklistRun>> runs(const QString &environment = {}, int limit = 50);
    // A run by id, or by a unique prefix of at least 6 characters.
    StoreResult<ChecklistRun> run(const QString &idOrPrefix);

    StoreResult<ChecklistRun> start(const ChecklistPlan &plan);
    StoreResult<ChecklistRun> tick(const QString &runId, const QString &item, const QString &comment);
    StoreResult<ChecklistRun> untick(const QString &runId, const QString &item, const QString &reason);
    StoreResult<ChecklistRun> recordEvidence(const QString &runId, const QString &item, const Evidence &evidence);
    StoreResult<ChecklistRun> sign(const QString &runId, const QString &role, const QString &comment);
    StoreResult<ChecklistRun> revoke(const QString &runId, qint64 signature, const QString &reason);
    StoreResult<ChecklistRun> replan(const QString &runId, const ChecklistPlan &plan, const QString &reason);
    StoreResult<ChecklistRun> voidRun(const QString &runId, const QString &reason);

private:
    using Rule = std::function<QString(const ChecklistRun &run, const QDateTime &now)>;
    using Build = std::function<Event(const ChecklistRun &run)>;
    StoreResult<ChecklistRun> perform(const QString &runId, const QString &action, const Rule &rule, const Build &build);
    StoreResult<ChecklistRun> load(const QString &runId);
    void recordRefusal(const ChecklistRun &run, const QString &action, const QJsonObject &subject, const QString &why);
    Event event(const ChecklistRun &run, EventKind kind, const QString &summary, QJsonObject details) const;

    EventStore &m_store;
    ChecklistActor m_actor;
};

} // namespace opsdeck
