#pragma once

// The second-person approval requests of one SQLite store (table approvals), under the rules the
// team store's approval functions enforce (PostgresApprovalSql.h): the requester is the store's
// actor, the plan must hash to its hash, a request is decided once, before it expires, by someone
// else holding its role, for the same plan hash. Every change is recorded with its approval.* event
// in one transaction (through the store's appendIf). Part of SqliteEventStore, on the thread that
// opened it; a single-user file cannot prove that two persons were involved (docs/config.md).

#include "EventStore.h"

#include <QString>

class QSqlDatabase;

namespace opsdeck {

class SqliteApprovalBook final
{
public:
    SqliteApprovalBook(QString connectionName, QString actor);

    StoreResult<ApprovalRequest> ask(EventStore &store, const ApprovalRequest &request, std::chrono::milliseconds ttl) const;
    StoreResult<ApprovalRequest> decide(EventStore &store, const QString &id, const QString &planHash, bool approve,
                                        const QString &reason) const;
    StoreResult<ApprovalRequest> close(EventStore &store, const QString &id, const QString &console) const;
    StoreResult<QList<ApprovalRequest>> find(const QString &idOrPrefix, const QString &environment) const;

private:
    QSqlDatabase database() const;

    QString m_connectionName;
    QString m_actor;
};

} // namespace opsdeck
