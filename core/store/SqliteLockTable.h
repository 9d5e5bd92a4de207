#pragma once

// The action locks of one SQLite store (table action_locks), under the rules PostgreSQL's lock
// functions enforce (schema steps 10 and 12): the holder is the store's actor, never what a client
// claims; only the same holder and console renew or release a lock; a set of locks is taken all or
// nothing in one transaction (BEGIN IMMEDIATE), and renewed and released in one too. Part of
// SqliteEventStore, on the thread that opened it.

#include "EventStore.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace opsdeck {

class SqliteLockTable final
{
public:
    SqliteLockTable(QString connectionName, QString actor);

    StoreResult<LockAttempt> acquire(const QString &target, const QString &console, const QString &reason,
                                     std::chrono::milliseconds ttl) const;
    StoreResult<LockSetAttempt> acquireSet(const QStringList &targets, const QString &console, const QString &reason,
                                           std::chrono::milliseconds ttl) const;
    StoreResult<LockAttempt> renew(const QString &target, const QString &console, std::chrono::milliseconds ttl) const;
    StoreResult<QList<LockAttempt>> renewSet(const QStringList &targets, const QString &console,
                                             std::chrono::milliseconds ttl) const;
    StoreResult<bool> release(const QString &target, const QString &console) const;
    StoreResult<int> releaseSet(const QStringList &targets, const QString &console) const;
    // Break-glass by a lead, with the lock.broken event appended through store in the same transaction.
    StoreResult<Event> breakLock(EventStore &store, const QString &target, const QString &reason) const;
    StoreResult<QList<ActionLock>> unexpired() const;

private:
    QSqlDatabase database() const;

    QString m_connectionName;
    QString m_actor;
};

} // namespace opsdeck
