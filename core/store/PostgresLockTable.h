#pragma once

// Internal to the PostgreSQL backend (libpqxx only forward-declared, PostgresConnection.h): the action
// locks as PostgresEventStore reads and writes them — only through the schema's lock functions
// (steps 10 and 12, PostgresLockSql.h), which set the holder to session_user and let a console renew
// or release only its own locks. Every call is one transaction on the store's connection, on the
// store's thread; libpqxx errors go up to PostgresEventStore, which tells unavailable from refused.

#include "Event.h"
#include "PostgresConnection.h"

#include <QStringList>

#include <chrono>

namespace opsdeck {

class PostgresLockTable final
{
public:
    explicit PostgresLockTable(pqxx::connection &connection) : m_connection(connection) {}

    LockAttempt acquire(const QString &target, const QString &console, const QString &reason, std::chrono::milliseconds ttl);
    LockSetAttempt acquireSet(const QStringList &targets, const QString &console, const QString &reason,
                              std::chrono::milliseconds ttl);
    LockAttempt renew(const QString &target, const QString &console, std::chrono::milliseconds ttl);
    QList<LockAttempt> renewSet(const QStringList &targets, const QString &console, std::chrono::milliseconds ttl);
    bool release(const QString &target, const QString &console);
    int releaseSet(const QStringList &targets, const QString &console);
    QList<ActionLock> unexpired();

private:
    pqxx::connection &m_connection;
};

} // namespace opsdeck
