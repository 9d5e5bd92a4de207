#pragma once

// The team store: PostgreSQL through libpqxx. The database, not the client, decides who acts
// (session_user), when (its clock) and in which order (the audit chain's lock); see PostgresSchema.h.
// Lives on the thread that opened it. A lost connection turns every call into an "unavailable"
// failure until reconnect() succeeds; LISTEN opsdeck_events wakes the live feed — where it works: a
// notification probe from a second connection tells whether notifications really arrive (they do not
// behind a transaction-pooling PgBouncer, which accepts LISTEN and forgets it).

#include "EventStore.h"

#include <memory>

namespace opsdeck {

namespace Postgres {
struct Session;
}

class PostgresEventStore final : public EventStore
{
public:
    ~PostgresEventStore() override;

    // Connects and checks the schema version (an older schema asks for `opsdeck db migrate`).
    // allowOffline: when the server cannot be reached, return a store that is not connected yet (a
    // console starts offline and reconnects by itself) instead of failing.
    static StoreResult<std::unique_ptr<PostgresEventStore>> open(const QString &conninfo, bool allowOffline = false);

    QString location() const override;
    int schemaVersion() const override;
    QString storeId() const override;
    StoreIdentity identity() const override;
    StoreResult<StoreIdentity> refreshIdentity() override;
    StoreResult<Event> append(const Event &event) override;
    StoreResult<QList<Event>> appendBatch(const QList<Event> &events) override;
    // The precondition is not asked: the database's triggers decide, atomically, in the insert.
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
    int notificationSocket() const override;
    bool consumeNotifications() override;
    QString sendNotificationProbe() override;
    bool notificationProbeReceived() const override { return m_probeReceived; }
    bool isConnected() const override;
    QString reconnect() override;

    // The backend's process id, so tests can cut this connection from the server side.
    int backendPid() const;

private:
    class Listener;
    explicit PostgresEventStore(QString conninfo);
    QString connectNow();
    template<typename T, typename Work>
    StoreResult<T> run(Work &&work);
    StoreResult<QList<Event>> insert(const QList<Event> &events);

    QString m_conninfo;
    QString m_location;
    std::unique_ptr<Postgres::Session> m_connection;
    std::unique_ptr<Listener> m_listener;
    StoreIdentity m_identity;
    int m_schemaVersion = 0;
    QString m_storeId;
    bool m_broken = false;
    bool m_notified = false;
    std::string m_probeToken;   // the payload of the last probe sent
    bool m_probeReceived = false;
};

} // namespace opsdeck
