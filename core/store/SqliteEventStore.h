#pragma once

// The embedded, zero-set-up store: one SQLite file, versioned migrations, WAL so a second reader
// (the CLI while the window runs) never blocks. Lives on the thread that opened it. One person's
// store: the local login is the actor and holds every role. The audit chain is computed here under
// the write lock (BEGIN IMMEDIATE); triggers refuse UPDATE and DELETE of events.

#include "EventStore.h"
#include "SqliteApprovalBook.h"
#include "SqliteLockTable.h"

#include <memory>

class QSqlDatabase;

namespace opsdeck {

struct Migration {
    int version;
    const char *description;
    QList<const char *> statements;
    QString (*after)(QSqlDatabase &db) = nullptr; // a data step in C++ after the statements; error text or empty
};

class SqliteEventStore final : public EventStore
{
public:
    ~SqliteEventStore() override;

    // Creates the file (and its directory, private to the user) when missing and applies every
    // pending migration. actor is who appends events through this instance (the local login).
    static StoreResult<std::unique_ptr<SqliteEventStore>> open(const QString &path, const QString &actor);
    // The migrations in order; the last one's version is what this build writes.
    static const QList<Migration> &migrations();
    static int latestSchemaVersion();

    QString location() const override;
    int schemaVersion() const override;
    QString storeId() const override { return m_storeId; }
    StoreIdentity identity() const override;
    StoreResult<Event> append(const Event &event) override;
    StoreResult<QList<Event>> appendBatch(const QList<Event> &events) override;
    StoreResult<QList<Event>> appendIf(const QList<Event> &events,
                                       const std::function<QString(EventStore &store)> &precondition) override;
    StoreResult<QList<Event>> events(const EventFilter &filter) override;
    StoreResult<qint64> latestId() override;
    StoreResult<QList<AuditRow>> auditRows(qint64 afterId, int limit) override;
    StoreResult<AuditHead> auditHead() override;
    StoreResult<LockAttempt> acquireLock(const QString &target, const QString &console, const QString &reason,
                                         std::chrono::milliseconds ttl) override;
    StoreResult<LockAttempt> renewLock(const QString &target, const QString &console, std::chrono::milliseconds ttl) override;
    StoreResult<bool> releaseLock(const QString &target, const QString &console) override;
    StoreResult<LockSetAttempt> acquireLocks(const QStringList &targets, const QString &console, const QString &reason,
                                             std::chrono::milliseconds ttl) override;
    StoreResult<QList<LockAttempt>> renewLocks(const QStringList &targets, const QString &console,
                                               std::chrono::milliseconds ttl) override;
    StoreResult<int> releaseLocks(const QStringList &targets, const QString &console) override;
    StoreResult<Event> breakLock(const QString &target, const QString &reason) override;
    StoreResult<QList<ActionLock>> locks() override;
    StoreResult<ApprovalRequest> requestApproval(const ApprovalRequest &request, std::chrono::milliseconds ttl) override;
    StoreResult<ApprovalRequest> decideApproval(const QString &id, const QString &planHash, bool approve,
                                                const QString &reason) override;
    StoreResult<ApprovalRequest> closeApproval(const QString &id, const QString &console) override;
    StoreResult<QList<ApprovalRequest>> approvals(const QString &idOrPrefix, const QString &environment) override;

    // For tests of the upgrade path: open applying migrations only up to targetVersion.
    static StoreResult<std::unique_ptr<SqliteEventStore>> openAtVersion(const QString &path, const QString &actor,
                                                                        int targetVersion);

private:
    SqliteEventStore(QString connectionName, QString path, QString actor);
    QString migrate(int targetVersion);

    QString m_connectionName;
    QString m_path;
    QString m_actor;
    int m_schemaVersion = 0;
    QString m_storeId;
    SqliteLockTable m_locks;
    SqliteApprovalBook m_approvals;
};

} // namespace opsdeck
