#include "SqliteApprovalBook.h"

#include "SqliteSql.h"
#include "store/EventKind.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace opsdeck {

using SqliteSql::describe;
using SqliteSql::nonNull;

namespace {
// The store's messages, in the store's translation context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SqliteEventStore)
};
} // namespace

SqliteApprovalBook::SqliteApprovalBook(QString connectionName, QString actor)
    : m_connectionName(std::move(connectionName)), m_actor(std::move(actor))
{
}

QSqlDatabase SqliteApprovalBook::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {
const QString approvalColumns = QStringLiteral(
    "id, environment, action, title, plan, plan_hash, role, requester, console, requested_ms, expires_ms, state,"
    " COALESCE(decided_by, ''), decided_ms, COALESCE(decision_reason, '')");

QDateTime msTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

ApprovalRequest approvalFrom(const QSqlQuery &q)
{
    ApprovalRequest a;
    a.id = q.value(0).toString();
    a.environment = q.value(1).toString();
    a.action = q.value(2).toString();
    a.title = q.value(3).toString();
    a.plan = q.value(4).toString();
    a.planHash = q.value(5).toString();
    a.role = q.value(6).toString();
    a.requester = q.value(7).toString();
    a.console = q.value(8).toString();
    a.requestedAt = msTime(q.value(9));
    a.expiresAt = msTime(q.value(10));
    a.state = q.value(11).toString();
    a.decidedBy = q.value(12).toString();
    a.decidedAt = msTime(q.value(13));
    a.decisionReason = q.value(14).toString();
    return a;
}

// One request by its exact id.
StoreResult<ApprovalRequest> readApproval(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + approvalColumns + QStringLiteral(" FROM approvals WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StoreResult<ApprovalRequest>::failure(describe(q.lastError()));
    if (!q.next())
        return StoreResult<ApprovalRequest>::failure(Text::tr("there is no approval request %1").arg(id));
    return StoreResult<ApprovalRequest>::success(approvalFrom(q));
}

// Moves a pending request on (the statement's last bound value is its id); empty when it did.
QString updatePending(QSqlQuery &update, const QString &id)
{
    if (!update.exec())
        return describe(update.lastError());
    return update.numRowsAffected() == 1 ? QString() : Text::tr("the approval request %1 changed meanwhile; look again").arg(id);
}

QJsonObject approvalDetails(const ApprovalRequest &a)
{
    return {{QStringLiteral("request"), a.id},
            {QStringLiteral("action"), a.action},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("plan_hash"), a.planHash}};
}
} // namespace

// The same rules as the team store's approval functions (PostgresApprovalSql.h), kept here.
StoreResult<ApprovalRequest> SqliteApprovalBook::ask(EventStore &store, const ApprovalRequest &request,
                                                     std::chrono::milliseconds ttl) const
{
    using Result = StoreResult<ApprovalRequest>;
    if (request.planHash != QString::fromLatin1(QCryptographicHash::hash(request.plan.toUtf8(), QCryptographicHash::Sha256).toHex()))
        return Result::failure(Text::tr("the plan does not match its hash"));
    if (!request.role.startsWith(QLatin1String("opsdeck_")))
        return Result::failure(Text::tr("there is no OpsDeck role %1").arg(request.role));
    if (ttl < std::chrono::seconds(1) || ttl > std::chrono::hours(24))
        return Result::failure(Text::tr("an approval request lives from 1 s to a day, not %1 ms").arg(ttl.count()));
    if (request.environment.isEmpty() || request.action.isEmpty() || request.title.isEmpty() || request.console.isEmpty())
        return Result::failure(Text::tr("an approval request needs an environment, an action, a title and a console"));
    ApprovalRequest made = request;
    made.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    made.requester = m_actor;
    made.requestedAt = QDateTime::currentDateTimeUtc();
    made.expiresAt = made.requestedAt.addMSecs(ttl.count());
    made.state = QStringLiteral("pending");
    Event asked;
    asked.kind = EventKinds::name(EventKind::ApprovalRequested);
    asked.environment = made.environment;
    asked.summary = QStringLiteral("%1 asks for approval of the %2 (plan %3)").arg(m_actor, made.title, made.planHash.left(12));
    asked.details = approvalDetails(made);
    asked.details.insert(QStringLiteral("role"), made.role);
    asked.details.insert(QStringLiteral("expires_at"), made.expiresAt.toString(Qt::ISODate));
    QSqlDatabase db = database();
    auto stored = store.appendIf({asked}, [&](EventStore &) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO approvals (id, environment, action, title, plan, plan_hash, role, requester, console,"
                                      " requested_ms, expires_ms, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')"));
        for (const QVariant &v : {QVariant(made.id), QVariant(made.environment), QVariant(made.action), QVariant(made.title),
                                  QVariant(made.plan), QVariant(made.planHash), QVariant(made.role), QVariant(made.requester),
                                  QVariant(made.console), QVariant(made.requestedAt.toMSecsSinceEpoch()),
                                  QVariant(made.expiresAt.toMSecsSinceEpoch())})
            insert.addBindValue(v);
        return insert.exec() ? QString() : describe(insert.lastError());
    });
    if (!stored)
        return Result::failureFrom(stored);
    return Result::success(made);
}

StoreResult<ApprovalRequest> SqliteApprovalBook::decide(EventStore &store, const QString &id, const QString &planHash,
                                                        bool approve, const QString &reason) const
{
    using Result = StoreResult<ApprovalRequest>;
    QSqlDatabase db = database();
    ApprovalRequest decided;
    // Read and checked under the write lock, so a decision and the check that allows it are one step.
    auto check = [&]() -> QString {
        const auto found = readApproval(db, id);
        if (!found)
            return found.error;
        const ApprovalRequest &req = *found.value;
        if (req.requester == m_actor)
            return Text::tr("%1 requested this approval and may not decide it: a second person must").arg(m_actor);
        if (!store.identity().hasRole(req.role))
            return Text::tr("%1 may not decide this approval: it takes the role %2").arg(m_actor, req.role);
        if (req.state != QLatin1String("pending"))
            return Text::tr("the approval request %1 is %2 already").arg(id, req.state);
        if (req.expiresAt <= QDateTime::currentDateTimeUtc())
            return Text::tr("the approval request %1 expired at %2 and can no longer be decided").arg(id, req.expiresAt.toString(Qt::ISODate));
        if (planHash != req.planHash)
            return Text::tr("the decision is for plan %1, but the request is for plan %2: look at its plan again")
                .arg(planHash.left(12), req.planHash.left(12));
        if (reason.trimmed().isEmpty())
            return Text::tr("deciding an approval needs a reason");
        decided = req;
        decided.state = approve ? QStringLiteral("approved") : QStringLiteral("declined");
        decided.decidedBy = m_actor;
        decided.decidedAt = QDateTime::currentDateTimeUtc();
        decided.decisionReason = reason.trimmed();
        return {};
    };
    // Asked once before, for the event's text; once more in the transaction.
    if (const QString why = check(); !why.isEmpty())
        return Result::failure(why);
    Event decision;
    decision.kind = approve ? EventKinds::name(EventKind::ApprovalGranted) : EventKinds::name(EventKind::ApprovalDeclined);
    decision.environment = decided.environment;
    decision.summary = QStringLiteral("%1 %2 the %3 requested by %4: %5")
                           .arg(m_actor, approve ? QStringLiteral("approved") : QStringLiteral("declined"), decided.title,
                                decided.requester, decided.decisionReason);
    decision.details = approvalDetails(decided);
    decision.details.insert(QStringLiteral("requester"), decided.requester);
    decision.details.insert(QStringLiteral("reason"), decided.decisionReason);
    auto stored = store.appendIf({decision}, [&](EventStore &) {
        if (const QString why = check(); !why.isEmpty())
            return why;
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE approvals SET state = ?, decided_by = ?, decided_ms = ?, decision_reason = ?"
                                      " WHERE id = ? AND state = 'pending'"));
        for (const QVariant &v : {QVariant(decided.state), QVariant(decided.decidedBy), QVariant(decided.decidedAt.toMSecsSinceEpoch()),
                                  QVariant(decided.decisionReason), QVariant(decided.id)})
            update.addBindValue(v);
        return updatePending(update, id);
    });
    if (!stored)
        return Result::failureFrom(stored);
    return Result::success(decided);
}

StoreResult<ApprovalRequest> SqliteApprovalBook::close(EventStore &store, const QString &id, const QString &console) const
{
    using Result = StoreResult<ApprovalRequest>;
    QSqlDatabase db = database();
    const auto found = readApproval(db, id);
    if (!found)
        return found;
    ApprovalRequest req = *found.value;
    if (req.requester != m_actor || req.console != console)
        return Result::failure(Text::tr("only the console that asked for approval %1 may close it").arg(id));
    if (req.state != QLatin1String("pending"))
        return Result::success(req);
    const bool expired = req.expiresAt <= QDateTime::currentDateTimeUtc();
    req.state = expired ? QStringLiteral("expired") : QStringLiteral("withdrawn");
    Event ended;
    ended.kind = EventKinds::name(expired ? EventKind::ApprovalExpired : EventKind::ApprovalWithdrawn);
    ended.environment = req.environment;
    ended.summary = expired ? QStringLiteral("nobody approved the %1 in time; the request expired").arg(req.title)
                            : QStringLiteral("%1 withdrew the request for approval of the %2").arg(m_actor, req.title);
    ended.details = approvalDetails(req);
    auto stored = store.appendIf({ended}, [&](EventStore &) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE approvals SET state = ? WHERE id = ? AND state = 'pending'"));
        update.addBindValue(req.state);
        update.addBindValue(id);
        return updatePending(update, id);
    });
    if (!stored)
        return Result::failureFrom(stored);
    return Result::success(req);
}

StoreResult<QList<ApprovalRequest>> SqliteApprovalBook::find(const QString &idOrPrefix, const QString &environment) const
{
    QSqlQuery q(database());
    if (idOrPrefix.isEmpty()) {
        q.prepare(QStringLiteral("SELECT ") + approvalColumns
                  + QStringLiteral(" FROM approvals WHERE state = 'pending' AND expires_ms > ? AND (? = '' OR environment = ?)"
                                   " ORDER BY requested_ms, id LIMIT 1000"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(nonNull(environment));
        q.addBindValue(nonNull(environment));
    } else {
        q.prepare(QStringLiteral("SELECT ") + approvalColumns
                  + QStringLiteral(" FROM approvals WHERE id = ? OR (length(?) >= 6 AND substr(id, 1, length(?)) = ?)"
                                   " ORDER BY requested_ms, id LIMIT 2"));
        for (int i = 0; i < 4; ++i)
            q.addBindValue(idOrPrefix);
    }
    if (!q.exec())
        return StoreResult<QList<ApprovalRequest>>::failure(describe(q.lastError()));
    QList<ApprovalRequest> list;
    while (q.next())
        list.append(approvalFrom(q));
    return StoreResult<QList<ApprovalRequest>>::success(list);
}

} // namespace opsdeck
