#include "SqliteLockTable.h"

#include "EventLimits.h"
#include "SqliteSql.h"
#include "store/EventKind.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace opsdeck {

using SqliteSql::describe;
using SqliteSql::nonNull;

namespace {

// The store's messages, in the store's translation context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SqliteEventStore)
};

const char *const lockColumns = "target, holder, console, reason, acquired_ms, expires_ms";

ActionLock lockFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC)};
}

// Each target once, in the order first named.
QStringList distinct(const QStringList &targets)
{
    QStringList out;
    QSet<QString> seen;
    out.reserve(targets.size());
    for (const QString &target : targets) {
        if (!seen.contains(target)) {
            seen.insert(target);
            out.append(target);
        }
    }
    return out;
}

// BEGIN IMMEDIATE (the write lock) until commit(); rolled back unless committed.
class WriteTransaction final
{
public:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~WriteTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    // Empty when the write lock is held, else why not.
    QString begin()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Text::tr("cannot lock the store: %1").arg(describe(q.lastError()));
        m_open = true;
        return {};
    }
    bool commit()
    {
        if (!QSqlQuery(m_db).exec(QStringLiteral("COMMIT")))
            return false;
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

SqliteLockTable::SqliteLockTable(QString connectionName, QString actor)
    : m_connectionName(std::move(connectionName)), m_actor(std::move(actor))
{
}

QSqlDatabase SqliteLockTable::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StoreResult<LockAttempt> SqliteLockTable::acquire(const QString &target, const QString &console, const QString &reason,
                                                  std::chrono::milliseconds ttl) const
{
    const auto set = acquireSet({target}, console, reason, ttl);
    if (!set)
        return StoreResult<LockAttempt>::failureFrom(set);
    return StoreResult<LockAttempt>::success({set.value->acquired, set.value->locks.constFirst()});
}

// The whole set is read under the write lock first: one lock held by another console refuses the
// set before anything is written, and no other writer can take a target between the look and the write.
StoreResult<LockSetAttempt> SqliteLockTable::acquireSet(const QStringList &targets, const QString &console,
                                                        const QString &reason, std::chrono::milliseconds ttl) const
{
    using Result = StoreResult<LockSetAttempt>;
    if (ttl.count() < 1)
        return Result::failure(Text::tr("a lock needs a target, a console and a lifetime"));
    if (const QString why = EventLimits::checkLockSet(targets, console, reason); !why.isEmpty())
        return Result::failure(why);
    const QStringList wanted = distinct(targets);
    QSqlDatabase db = database();
    WriteTransaction txn(db);
    if (const QString why = txn.begin(); !why.isEmpty())
        return Result::failure(why);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery look(db);
    look.prepare(QStringLiteral("SELECT ") + QLatin1String(lockColumns)
                 + QStringLiteral(" FROM action_locks WHERE target = ? AND expires_ms > ?"));
    LockSetAttempt refused{false, {}};
    QHash<QString, qint64> ownSince; // renewing our own keeps when it was taken
    for (const QString &target : wanted) {
        look.addBindValue(target);
        look.addBindValue(now);
        if (!look.exec())
            return Result::failure(describe(look.lastError()));
        if (!look.next())
            continue;
        const ActionLock held = lockFrom(look);
        if (held.console != console || held.holder != m_actor)
            refused.locks.append(held);
        else
            ownSince.insert(target, held.acquiredAt.toMSecsSinceEpoch());
    }
    look.finish();
    if (!refused.locks.isEmpty())
        return Result::success(refused); // nothing was written; the transaction rolls back
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT OR REPLACE INTO action_locks VALUES (?, ?, ?, ?, ?, ?)"));
    LockSetAttempt taken{true, {}};
    taken.locks.reserve(wanted.size());
    const qint64 expires = now + ttl.count();
    for (const QString &target : wanted) {
        const qint64 since = ownSince.value(target, now);
        for (const QVariant &v : {QVariant(target), QVariant(m_actor), QVariant(console), QVariant(nonNull(reason)),
                                  QVariant(since), QVariant(expires)})
            write.addBindValue(v);
        if (!write.exec())
            return Result::failure(describe(write.lastError()));
        taken.locks.append({target, m_actor, console, reason, QDateTime::fromMSecsSinceEpoch(since, Qt::UTC),
                            QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC)});
    }
    if (!txn.commit())
        return Result::failure(Text::tr("cannot commit the lock"));
    return Result::success(taken);
}

StoreResult<LockAttempt> SqliteLockTable::renew(const QString &target, const QString &console, std::chrono::milliseconds ttl) const
{
    const auto set = renewSet({target}, console, ttl);
    if (!set)
        return StoreResult<LockAttempt>::failureFrom(set);
    return StoreResult<LockAttempt>::success(set.value->constFirst());
}

StoreResult<QList<LockAttempt>> SqliteLockTable::renewSet(const QStringList &targets, const QString &console,
                                                          std::chrono::milliseconds ttl) const
{
    using Result = StoreResult<QList<LockAttempt>>;
    if (ttl.count() < 1)
        return Result::failure(Text::tr("a lock needs a lifetime"));
    if (targets.size() > EventLimits::lockSetSize)
        return Result::failure(EventLimits::checkLockSet(targets, console, {}));
    const QStringList wanted = distinct(targets);
    QSqlDatabase db = database();
    WriteTransaction txn(db);
    if (const QString why = txn.begin(); !why.isEmpty())
        return Result::failure(why);
    // Still ours even if it lapsed a moment ago, as long as nobody took it meanwhile.
    QSqlQuery extend(db);
    extend.prepare(QStringLiteral("UPDATE action_locks SET expires_ms = ? WHERE target = ? AND holder = ? AND console = ?"));
    QSqlQuery look(db);
    look.prepare(QStringLiteral("SELECT ") + QLatin1String(lockColumns) + QStringLiteral(" FROM action_locks WHERE target = ?"));
    const qint64 expires = QDateTime::currentMSecsSinceEpoch() + ttl.count();
    QList<LockAttempt> answers;
    answers.reserve(wanted.size());
    for (const QString &target : wanted) {
        for (const QVariant &v : {QVariant(expires), QVariant(target), QVariant(m_actor), QVariant(console)})
            extend.addBindValue(v);
        if (!extend.exec())
            return Result::failure(describe(extend.lastError()));
        const bool renewed = extend.numRowsAffected() > 0;
        look.addBindValue(target);
        if (!look.exec())
            return Result::failure(describe(look.lastError()));
        answers.append(look.next() ? LockAttempt{renewed, lockFrom(look)} : LockAttempt{false, ActionLock{target, {}, {}, {}, {}, {}}});
        look.finish();
    }
    if (!txn.commit())
        return Result::failure(Text::tr("cannot commit the lock"));
    return Result::success(answers);
}

StoreResult<bool> SqliteLockTable::release(const QString &target, const QString &console) const
{
    const auto set = releaseSet({target}, console);
    if (!set)
        return StoreResult<bool>::failureFrom(set);
    return StoreResult<bool>::success(*set.value > 0);
}

StoreResult<int> SqliteLockTable::releaseSet(const QStringList &targets, const QString &console) const
{
    using Result = StoreResult<int>;
    if (targets.size() > EventLimits::lockSetSize)
        return Result::failure(EventLimits::checkLockSet(targets, console, {}));
    QSqlDatabase db = database();
    WriteTransaction txn(db);
    if (const QString why = txn.begin(); !why.isEmpty())
        return Result::failure(why);
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral("DELETE FROM action_locks WHERE target = ? AND holder = ? AND console = ?"));
    int released = 0;
    for (const QString &target : distinct(targets)) {
        drop.addBindValue(target);
        drop.addBindValue(m_actor);
        drop.addBindValue(console);
        if (!drop.exec())
            return Result::failure(describe(drop.lastError()));
        released += std::max(0, drop.numRowsAffected());
    }
    if (!txn.commit())
        return Result::failure(Text::tr("cannot commit the lock"));
    return Result::success(released);
}

StoreResult<Event> SqliteLockTable::breakLock(EventStore &store, const QString &target, const QString &reason) const
{
    using Result = StoreResult<Event>;
    if (!store.identity().hasRole(QStringLiteral("opsdeck_lead")))
        return Result::failure(Text::tr("%1 may not break a lock: it takes the role opsdeck_lead").arg(m_actor));
    if (reason.trimmed().isEmpty())
        return Result::failure(Text::tr("breaking a lock needs a reason"));
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT target, holder, console, reason, acquired_ms, expires_ms FROM action_locks WHERE target = ?"));
    q.addBindValue(target);
    if (!q.exec())
        return Result::failure(describe(q.lastError()));
    if (!q.next())
        return Result::failure(Text::tr("there is no lock on %1").arg(target));
    const ActionLock held = lockFrom(q);
    q.finish();
    Event broken;
    broken.kind = EventKinds::name(EventKind::LockBroken);
    broken.environment = target.section(u'/', 0, 0);
    broken.host = target.section(u'/', 1, 1);
    broken.service = target.section(u'/', 2);
    broken.summary = QStringLiteral("%1 broke the lock of %2 on %3: %4").arg(m_actor, held.holder, target, reason.trimmed());
    broken.details = {{QStringLiteral("target"), target},
                      {QStringLiteral("holder"), held.holder},
                      {QStringLiteral("console"), held.console},
                      {QStringLiteral("lock_reason"), held.reason},
                      {QStringLiteral("reason"), reason.trimmed()},
                      {QStringLiteral("acquired_at"), held.acquiredAt.toString(Qt::ISODate)}};
    // The lock goes in the event's transaction, and only the lock that was read: a renewal meanwhile
    // is fine, a lock taken anew by someone else is not broken unseen.
    auto stored = store.appendIf({broken}, [&](EventStore &) {
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM action_locks WHERE target = ? AND holder = ? AND console = ?"));
        drop.addBindValue(target);
        drop.addBindValue(held.holder);
        drop.addBindValue(held.console);
        if (!drop.exec())
            return describe(drop.lastError());
        return drop.numRowsAffected() == 1 ? QString() : Text::tr("the lock on %1 changed meanwhile; look again").arg(target);
    });
    if (!stored)
        return Result::failureFrom(stored);
    return Result::success(stored.value->constFirst());
}

StoreResult<QList<ActionLock>> SqliteLockTable::unexpired() const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT target, holder, console, reason, acquired_ms, expires_ms FROM action_locks"
                             " WHERE expires_ms > ? ORDER BY target"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return StoreResult<QList<ActionLock>>::failure(describe(q.lastError()));
    QList<ActionLock> list;
    while (q.next())
        list.append(lockFrom(q));
    return StoreResult<QList<ActionLock>>::success(list);
}

} // namespace opsdeck
