#pragma once

// The window's door to checklist runs: ChecklistLedger on the store thread (through
// EventStoreService::submit), the templates of the current configuration, and automatic evidence
// from the fleet. Every answer is a future; runChanged() follows every checklist event any console
// stores (the store's live feed), so every open view stays current. Lives on the UI thread.

#include "ChecklistLibrary.h"
#include "ChecklistRun.h"
#include "EvidenceSource.h"

#include "store/EventStore.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <memory>

namespace opsdeck {

class EventStoreService;

class ChecklistService final : public QObject
{
    Q_OBJECT
public:
    // evidence may be null (automatic checks then fail with a reason); it must outlive the service.
    ChecklistService(EventStoreService *store, EvidenceSource *evidence, QObject *parent = nullptr);
    ~ChecklistService() override;

    // Reads the templates of config's directory off the UI thread; templatesChanged() follows.
    void setConfig(const FleetConfig &config);
    const FleetConfig &config() const { return m_config; }
    const ChecklistLibrary &library() const { return m_library; }
    // Who this console acts as, for the rules (valid once the store is open).
    ChecklistActor actor() const;

    QFuture<StoreResult<QList<ChecklistRun>>> runs(const QString &environment = {}, int limit = 100);
    QFuture<StoreResult<ChecklistRun>> run(const QString &runId);
    QFuture<StoreResult<ChecklistRun>> start(const QString &templateId, const QString &environment, const QString &version,
                                             const QStringList &hosts);
    QFuture<StoreResult<ChecklistRun>> tick(const QString &runId, const QString &item, const QString &comment);
    QFuture<StoreResult<ChecklistRun>> untick(const QString &runId, const QString &item, const QString &reason);
    QFuture<StoreResult<ChecklistRun>> sign(const QString &runId, const QString &role, const QString &comment);
    QFuture<StoreResult<ChecklistRun>> revoke(const QString &runId, qint64 signature, const QString &reason);
    // Collects the evidence of the item (or of every automatic item when item is empty) and records it.
    // A command check runs only with this console's own template (ChecklistLibrary::checksFor); one it
    // does not run is "checked by hand here" and skipped (alone, the failure says why).
    QFuture<StoreResult<ChecklistRun>> check(const ChecklistRun &run, const QString &item = {});
    // Moves the run to another release and/or host set (empty hosts: every host of its environment),
    // with its template as this console has it today (as the CLI's replan and the gate do); every
    // signature is voided. The run is read on the store thread, so the plan is built from its state
    // as stored, not as some view last saw it.
    QFuture<StoreResult<ChecklistRun>> replan(const QString &runId, const QString &version, const QStringList &hosts,
                                              const QString &reason);
    QFuture<StoreResult<ChecklistRun>> voidRun(const QString &runId, const QString &reason);

    // The plan replan() would give run, or why there is none (unknown template, host or release).
    std::optional<ChecklistPlan> replanned(const ChecklistRun &run, const QString &version, const QStringList &hosts,
                                           QString *why) const;

Q_SIGNALS:
    void templatesChanged();
    // A checklist event of this run was stored (by this console or another one).
    void runChanged(const QString &runId);

private:
    using Job = std::function<StoreResult<ChecklistRun>(class ChecklistLedger &ledger)>;
    QFuture<StoreResult<ChecklistRun>> perform(Job job);
    struct CheckChain;
    void checkNext(const std::shared_ptr<CheckChain> &chain);

    QPointer<EventStoreService> m_store;
    EvidenceSource *m_evidence;
    FleetConfig m_config;
    ChecklistLibrary m_library;
    quint64 m_libraryGeneration = 0;
};

} // namespace opsdeck
