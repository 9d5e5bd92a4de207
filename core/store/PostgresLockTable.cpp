#include "PostgresLockTable.h"

#include "PostgresConnection.h"

#include <QHash>
#include <QSet>

#include <pqxx/connection>
#include <pqxx/result>
#include <pqxx/transaction>

namespace opsdeck {

namespace {

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str(), int(field.size()));
}

std::string utf8(const QString &value)
{
    return value.toStdString();
}

// Each target once, in the order first named.
QStringList distinct(const QStringList &targets)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &target : targets) {
        if (!seen.contains(target)) {
            seen.insert(target);
            out.append(target);
        }
    }
    return out;
}

const char *const lockColumns = "target, holder, console, reason, (extract(epoch FROM acquired_at) * 1000)::bigint,"
                                " (extract(epoch FROM expires_at) * 1000)::bigint";

// The lock functions answer (acquired, lock…).
const char *const lockFunctionColumns =
    "acquired, target, holder, console, reason, (extract(epoch FROM acquired_at) * 1000)::bigint,"
    " (extract(epoch FROM expires_at) * 1000)::bigint";

ActionLock lockFrom(const pqxx::row &row, int first = 0)
{
    return {text(row[first]), text(row[first + 1]), text(row[first + 2]), text(row[first + 3]),
            QDateTime::fromMSecsSinceEpoch(row[first + 4].as<long long>(), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(row[first + 5].as<long long>(), Qt::UTC)};
}

// One answer per target, in the order asked; a target the function did not answer has no lock.
QList<LockAttempt> attemptsFor(const QStringList &targets, const pqxx::result &rows)
{
    QHash<QString, LockAttempt> byTarget;
    for (const auto &row : rows) {
        const LockAttempt attempt{row[0].as<bool>(), lockFrom(row, 1)};
        byTarget.insert(attempt.lock.target, attempt);
    }
    QList<LockAttempt> out;
    out.reserve(targets.size());
    for (const QString &target : targets)
        out.append(byTarget.value(target, LockAttempt{false, ActionLock{target, {}, {}, {}, {}, {}}}));
    return out;
}

} // namespace

LockAttempt PostgresLockTable::acquire(const QString &target, const QString &console, const QString &reason,
                                       std::chrono::milliseconds ttl)
{
    pqxx::work txn(m_connection, "opsdeck-lock");
    const pqxx::result rows = txn.exec_params(std::string("SELECT ") + lockFunctionColumns + " FROM opsdeck.lock_acquire($1, $2, $3, $4)",
                                              utf8(target), utf8(console), utf8(reason), static_cast<long long>(ttl.count()));
    txn.commit();
    return attemptsFor({target}, rows).constFirst();
}

LockSetAttempt PostgresLockTable::acquireSet(const QStringList &targets, const QString &console, const QString &reason,
                                             std::chrono::milliseconds ttl)
{
    const QStringList wanted = distinct(targets);
    pqxx::work txn(m_connection, "opsdeck-lock-set");
    const pqxx::result rows = txn.exec_params(std::string("SELECT ") + lockFunctionColumns
                                                  + " FROM opsdeck.lock_acquire_set($1::text[], $2, $3, $4)",
                                              Postgres::textArray(wanted), utf8(console), utf8(reason), static_cast<long long>(ttl.count()));
    txn.commit();
    LockSetAttempt answer{!rows.empty() && rows[0][0].as<bool>(), {}};
    if (answer.acquired) {
        for (const LockAttempt &attempt : attemptsFor(wanted, rows))
            answer.locks.append(attempt.lock);
    } else {
        for (const LockAttempt &attempt : attemptsFor(wanted, rows)) {
            if (!attempt.lock.holder.isEmpty())
                answer.locks.append(attempt.lock);
        }
    }
    return answer;
}

LockAttempt PostgresLockTable::renew(const QString &target, const QString &console, std::chrono::milliseconds ttl)
{
    pqxx::work txn(m_connection, "opsdeck-lock-renew");
    const pqxx::result rows = txn.exec_params(std::string("SELECT ") + lockFunctionColumns + " FROM opsdeck.lock_renew($1, $2, $3)",
                                              utf8(target), utf8(console), static_cast<long long>(ttl.count()));
    txn.commit();
    return attemptsFor({target}, rows).constFirst();
}

QList<LockAttempt> PostgresLockTable::renewSet(const QStringList &targets, const QString &console, std::chrono::milliseconds ttl)
{
    const QStringList wanted = distinct(targets);
    pqxx::work txn(m_connection, "opsdeck-lock-renew-set");
    const pqxx::result rows = txn.exec_params(std::string("SELECT ") + lockFunctionColumns
                                                  + " FROM opsdeck.lock_renew_set($1::text[], $2, $3)",
                                              Postgres::textArray(wanted), utf8(console), static_cast<long long>(ttl.count()));
    txn.commit();
    return attemptsFor(wanted, rows);
}

bool PostgresLockTable::release(const QString &target, const QString &console)
{
    pqxx::work txn(m_connection, "opsdeck-unlock");
    const bool gone = txn.exec_params1("SELECT opsdeck.lock_release($1, $2)", utf8(target), utf8(console))[0].as<bool>();
    txn.commit();
    return gone;
}

int PostgresLockTable::releaseSet(const QStringList &targets, const QString &console)
{
    pqxx::work txn(m_connection, "opsdeck-unlock-set");
    const int gone = txn.exec_params1("SELECT opsdeck.lock_release_set($1::text[], $2)", Postgres::textArray(distinct(targets)), utf8(console))[0]
                         .as<int>();
    txn.commit();
    return gone;
}

QList<ActionLock> PostgresLockTable::unexpired()
{
    pqxx::read_transaction txn(m_connection, "opsdeck-locks");
    const pqxx::result rows = txn.exec(std::string("SELECT ") + lockColumns
                                       + " FROM opsdeck.action_locks WHERE expires_at > clock_timestamp() ORDER BY target");
    txn.commit();
    QList<ActionLock> out;
    for (const auto &row : rows)
        out.append(lockFrom(row));
    return out;
}

} // namespace opsdeck
