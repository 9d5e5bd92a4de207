#pragma once

// What every store backend offers (SQLite for one person, PostgreSQL for a team). Callers never see
// SQL or the backend type. An instance belongs to the thread that opened it (QtSql and libpq
// connections are not shared between threads); EventStoreService gives the UI asynchronous access.
//
// Every backend keeps the events as a hash-chained, append-only audit log (see AuditChain.h): the
// store, never the client, assigns id, time, actor and the chain links.

#include "Event.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

namespace opsdeck {

template<typename T>
struct StoreResult {
    std::optional<T> value;
    QString error;            // set when value is empty
    bool unavailable = false; // the store could not be reached (worth retrying later), as opposed to a refusal
    qint64 recordedAs = 0;    // a refusal the store itself recorded in the audit log, as this event

    static StoreResult success(T v) { return {std::move(v), {}, false, 0}; }
    static StoreResult failure(QString message) { return {std::nullopt, std::move(message), false, 0}; }
    static StoreResult failureUnavailable(QString message) { return {std::nullopt, std::move(message), true, 0}; }
    static StoreResult failureRecorded(QString message, qint64 eventId) { return {std::nullopt, std::move(message), false, eventId}; }
    template<typename U>
    static StoreResult failureFrom(const StoreResult<U> &other) { return {std::nullopt, other.error, other.unavailable, other.recordedAs}; }
    explicit operator bool() const { return value.has_value(); }
};

class EventStore
{
public:
    virtual ~EventStore() = default;

    // "sqlite:///home/ann/.local/share/opsdeck/opsdeck.db", "postgresql://ops@db/opsdeck" — never a password.
    virtual QString location() const = 0;
    virtual int schemaVersion() const = 0;
    // The store's own identity: a UUID it was given when it was created (or, for a store older than
    // that, when it was upgraded), kept for its lifetime. A store recreated at the same location has
    // another one (what `opsdeck audit verify` anchors to). Empty before the schema has it.
    virtual QString storeId() const = 0;
    // Who writes through this instance, as the store sees it.
    virtual StoreIdentity identity() const = 0;
    // Asks the store again who this instance writes as (roles granted or revoked since it opened);
    // identity() answers the new value afterwards. Stores whose identity cannot change return it as is.
    virtual StoreResult<StoreIdentity> refreshIdentity() { return StoreResult<StoreIdentity>::success(identity()); }

    // Stores the event with the store's id, time, actor and chain link; returns the stored event.
    // An event whose key is already stored is not stored again: the stored one is returned.
    virtual StoreResult<Event> append(const Event &event) = 0;
    // Several events in one transaction, in order; all or nothing (the same key rule per event).
    virtual StoreResult<QList<Event>> appendBatch(const QList<Event> &events) = 0;
    // Appends the events (as appendBatch) only when precondition, asked with every earlier write
    // committed, finds nothing wrong; its answer (why not) is the failure otherwise. SQLite asks it
    // under the write lock, so a check and the write it allows are one step. PostgreSQL does not ask:
    // there the database's own triggers decide in the same transaction (see PostgresSchema.h), and a
    // client check before the call only explains early.
    virtual StoreResult<QList<Event>> appendIf(const QList<Event> &events,
                                               const std::function<QString(EventStore &store)> &precondition) = 0;
    // Oldest first (or newest first when filter.newestFirst), at most filter.limit events.
    virtual StoreResult<QList<Event>> events(const EventFilter &filter) = 0;
    // The largest id stored (0 when empty): the live feed's cursor.
    virtual StoreResult<qint64> latestId() = 0;

    // The audit chain as stored, oldest first, rows with id > afterId; and the chain head.
    virtual StoreResult<QList<AuditRow>> auditRows(qint64 afterId, int limit) = 0;
    virtual StoreResult<AuditHead> auditHead() = 0;

    // Action locks. A lock belongs to one console instance (console: EventStoreService::consoleId())
    // of one person (holder: the store's actor, never what a client claims); only its holder's console
    // renews or releases it. On PostgreSQL the table is written only through SECURITY DEFINER functions
    // that enforce this (opsdeck.lock_*); SQLite enforces it here.
    // Takes the lock unless another console holds an unexpired one (then returns that one). Taking a
    // lock this console already holds renews it.
    virtual StoreResult<LockAttempt> acquireLock(const QString &target, const QString &console, const QString &reason,
                                                 std::chrono::milliseconds ttl) = 0;
    // The heartbeat of a running action: extends this console's own lock to now + ttl. acquired is
    // false when the lock is no longer ours (a lead broke it, or it lapsed and another console took
    // it); lock is then the current one, or empty (target only) when there is none.
    virtual StoreResult<LockAttempt> renewLock(const QString &target, const QString &console, std::chrono::milliseconds ttl) = 0;
    virtual StoreResult<bool> releaseLock(const QString &target, const QString &console) = 0;
    // The same for a set of targets (a guarded action over 1,000 hosts holds 1,000 locks), each call one
    // transaction. acquireLocks is all or nothing: every target is taken (or renewed, with this reason,
    // where this console holds it already) unless another console holds an unexpired lock on any of
    // them; then none is taken and every such lock is returned. A target named twice counts once; a set
    // holds at most EventLimits::lockSetSize targets, each within the limits of one lock.
    virtual StoreResult<LockSetAttempt> acquireLocks(const QStringList &targets, const QString &console,
                                                     const QString &reason, std::chrono::milliseconds ttl) = 0;
    // renewLock for every target of the set: one answer per distinct target, in the order asked.
    virtual StoreResult<QList<LockAttempt>> renewLocks(const QStringList &targets, const QString &console,
                                                       std::chrono::milliseconds ttl) = 0;
    // releaseLock for every target of the set: how many of them were this console's and are released.
    virtual StoreResult<int> releaseLocks(const QStringList &targets, const QString &console) = 0;
    // Break-glass: a lead removes whoever's lock is on target, with a reason. Recorded in the same
    // transaction as a lock.broken event (details: target, holder, console, lock_reason, reason), which
    // is returned; the holder's console finds its lock gone at its next renewal and stops.
    virtual StoreResult<Event> breakLock(const QString &target, const QString &reason) = 0;
    virtual StoreResult<QList<ActionLock>> locks() = 0; // unexpired ones

    // Second-person approval (require_approval). On PostgreSQL the table is written only through
    // SECURITY DEFINER functions (opsdeck.approval_*, schema step 11) that take requester and approver
    // from session_user; SQLite keeps the same rules here (one person's file cannot prove two persons).
    // Records a pending request (environment, action, title, plan, planHash, role, console from
    // `request`) that expires after ttl, with an approval.requested event; the plan must hash to planHash.
    virtual StoreResult<ApprovalRequest> requestApproval(const ApprovalRequest &request, std::chrono::milliseconds ttl) = 0;
    // Another person holding the request's role approves (or declines) it, naming the plan hash they
    // saw and a reason; refused for the requester, another hash, an expired or already decided request.
    // Recorded as approval.granted / approval.declined.
    virtual StoreResult<ApprovalRequest> decideApproval(const QString &id, const QString &planHash, bool approve,
                                                        const QString &reason) = 0;
    // The requester's console ends its pending request: approval.expired when past its expiry, else
    // approval.withdrawn. A request already decided is returned as it is.
    virtual StoreResult<ApprovalRequest> closeApproval(const QString &id, const QString &console) = 0;
    // One request by its id or a prefix of at least 6 characters (idOrPrefix), or, when empty, every
    // pending unexpired request of environment (every environment when empty), oldest first.
    virtual StoreResult<QList<ApprovalRequest>> approvals(const QString &idOrPrefix, const QString &environment) = 0;

    // Live updates. A socket that turns readable when another writer commits, or -1 when the owner
    // must poll latestId(); consumeNotifications() drains it and says whether anything arrived.
    virtual int notificationSocket() const { return -1; }
    virtual bool consumeNotifications() { return false; }
    // Whether notifications really arrive: sends one from elsewhere (empty on success, else why not);
    // notificationProbeReceived() turns true once consumeNotifications() has seen it come back. Behind
    // a transaction-pooling PgBouncer LISTEN is accepted and never delivers: the probe stays away.
    virtual QString sendNotificationProbe() { return QStringLiteral("this store sends no notifications"); }
    virtual bool notificationProbeReceived() const { return false; }
    // A networked store can lose its connection: isConnected() turns false after a failure reported
    // as unavailable, and reconnect() tries again (empty string on success).
    virtual bool isConnected() const { return true; }
    virtual QString reconnect() { return {}; }
};

} // namespace opsdeck
