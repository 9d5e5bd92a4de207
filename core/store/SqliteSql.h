#pragma once

// Small helpers the SQLite store's files share (SqliteEventStore, SqliteLockTable, SqliteApprovalBook).
// Internal to core/store.

#include <QSqlError>
#include <QString>

namespace opsdeck::SqliteSql {

// Qt binds a null QString as SQL NULL; the columns hold '' for "not about one".
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline QString describe(const QSqlError &error)
{
    return error.text().trimmed();
}

} // namespace opsdeck::SqliteSql
