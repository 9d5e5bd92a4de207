#include "SqliteEventStore.h"

#include "../support/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace opsdeck {

namespace {

// lupdate and the runtime agree on the context through the macro.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SqliteEventStore)
};

// Qt binds a null QString as SQL NULL; the columns hold '' for "not about one".
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString describe(const QSqlError &error)
{
    return error.text().trimmed();
}

} // namespace

const QList<Migration> &SqliteEventStore::migrations()
{
    static const QList<Migration> list{
        {1,
         "events table",
         {"CREATE TABLE events ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT,"
          " time_ms INTEGER NOT NULL,"
          " kind TEXT NOT NULL CHECK (length(kind) > 0),"
          " environment TEXT NOT NULL DEFAULT '',"
          " host TEXT NOT NULL DEFAULT '',"
          " service TEXT NOT NULL DEFAULT '',"
          " actor TEXT NOT NULL,"
          " summary TEXT NOT NULL,"
          " details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)))"}},
        {2,
         "timeline indexes",
         {"CREATE INDEX events_time ON events (time_ms, id)",
          "CREATE INDEX events_environment_time ON events (environment, time_ms, id)",
          "CREATE INDEX events_kind_time ON events (kind, time_ms, id)"}},
        {3,
         "action locks",
         {"CREATE TABLE action_locks ("
          " target TEXT PRIMARY KEY, holder TEXT NOT NULL, console TEXT NOT NULL, reason TEXT NOT NULL,"
          " acquired_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL)"}},
    };
    return list;
}

int SqliteEventStore::latestSchemaVersion()
{
    return migrations().constLast().version;
}

SqliteEventStore::SqliteEventStore(QString connectionName, QString path, QString actor)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_actor(std::move(actor))
{
}

SqliteEventStore::~SqliteEventStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreResult<std::unique_ptr<SqliteEventStore>> SqliteEventStore::open(const QString &path, const QString &actor)
{
    return openAtVersion(path, actor, latestSchemaVersion());
}

StoreResult<std::unique_ptr<SqliteEventStore>> SqliteEventStore::openAtVersion(const QString &path,
                                                                                const QString &actor, int targetVersion)
{
    using Result = StoreResult<std::unique_ptr<SqliteEventStore>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Result::failure(Text::tr("the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)"));
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Result::failure(Text::tr("cannot create the directory %1").arg(info.absolutePath()));
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString connectionName = QStringLiteral("opsdeck-sqlite-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<SqliteEventStore> store(new SqliteEventStore(connectionName, info.absoluteFilePath(), actor));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Result::failure(Text::tr("cannot open %1: %2").arg(path, describe(db.lastError())));
    QSqlQuery pragma(db);
    // A file that is not a database fails here, not later in the middle of a migration.
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return Result::failure(Text::tr("cannot use %1: %2").arg(path, describe(pragma.lastError())));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    QFile::setPermissions(info.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner);
    if (const QString error = store->migrate(targetVersion); !error.isEmpty())
        return Result::failure(error);
    return Result::success(std::move(store));
}

QString SqliteEventStore::migrate(int targetVersion)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // BEGIN IMMEDIATE takes the write lock first, so two consoles opening a fresh file at once
    // apply each migration exactly once.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Text::tr("cannot lock %1 for migration: %2").arg(m_path, describe(query.lastError()));
    auto rollback = [&](const QString &message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return message;
    };
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_ms INTEGER NOT NULL)")))
        return rollback(Text::tr("cannot create the migrations table: %1").arg(describe(query.lastError())));
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next())
        return rollback(Text::tr("cannot read the schema version: %1").arg(describe(query.lastError())));
    int current = query.value(0).toInt();
    if (current > latestSchemaVersion())
        return rollback(Text::tr("%1 has schema version %2, newer than this OpsDeck understands (%3); upgrade OpsDeck")
                            .arg(m_path)
                            .arg(current)
                            .arg(latestSchemaVersion()));
    for (const Migration &migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        for (const char *statement : migration.statements) {
            if (!query.exec(QString::fromUtf8(statement)))
                return rollback(Text::tr("migration %1 (%2) failed: %3")
                                    .arg(migration.version)
                                    .arg(QString::fromUtf8(migration.description), describe(query.lastError())));
        }
        query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_ms) VALUES (?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(QString::fromUtf8(migration.description));
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!query.exec())
            return rollback(Text::tr("cannot record migration %1: %2").arg(migration.version).arg(describe(query.lastError())));
        qCInfo(lcStore) << "applied migration" << migration.version << migration.description << "to" << m_path;
        current = migration.version;
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollback(Text::tr("cannot commit the migration: %1").arg(describe(query.lastError())));
    m_schemaVersion = current;
    return {};
}

QString SqliteEventStore::location() const
{
    return QStringLiteral("sqlite://") + m_path;
}

int SqliteEventStore::schemaVersion() const
{
    return m_schemaVersion;
}

StoreResult<Event> SqliteEventStore::append(const Event &event)
{
    if (event.kind.isEmpty() || event.summary.isEmpty())
        return StoreResult<Event>::failure(Text::tr("an event needs a kind and a summary"));
    Event stored = event;
    stored.actor = m_actor;
    // Strictly increasing times within this store even if the wall clock steps back.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO events (time_ms, kind, environment, host, service, actor, summary, details)"
        " VALUES (MAX(?, COALESCE((SELECT MAX(time_ms) FROM events), 0)), ?, ?, ?, ?, ?, ?, ?) RETURNING id, time_ms"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(nonNull(stored.kind));
    query.addBindValue(nonNull(stored.environment));
    query.addBindValue(nonNull(stored.host));
    query.addBindValue(nonNull(stored.service));
    query.addBindValue(nonNull(stored.actor));
    query.addBindValue(nonNull(stored.summary));
    query.addBindValue(QString::fromUtf8(QJsonDocument(stored.details).toJson(QJsonDocument::Compact)));
    if (!query.exec() || !query.next())
        return StoreResult<Event>::failure(Text::tr("cannot record the event: %1").arg(describe(query.lastError())));
    stored.id = query.value(0).toLongLong();
    stored.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    return StoreResult<Event>::success(stored);
}

StoreResult<QList<Event>> SqliteEventStore::events(const EventFilter &filter)
{
    QString sql = QStringLiteral("SELECT id, time_ms, kind, environment, host, service, actor, summary, details"
                                 " FROM events WHERE id > ?");
    QVariantList binds{filter.afterId};
    if (!filter.kind.isEmpty()) {
        if (filter.kind.endsWith(u'.')) {
            sql += QStringLiteral(" AND substr(kind, 1, ?) = ?");
            binds << filter.kind.size() << filter.kind;
        } else {
            sql += QStringLiteral(" AND kind = ?");
            binds << filter.kind;
        }
    }
    const std::pair<const char *, const QString *> exact[] = {
        {"environment", &filter.environment}, {"host", &filter.host}, {"service", &filter.service}};
    for (const auto &[column, value] : exact) {
        if (!value->isEmpty()) {
            sql += QStringLiteral(" AND ") + QLatin1String(column) + QStringLiteral(" = ?");
            binds << *value;
        }
    }
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND time_ms >= ?");
        binds << filter.since.toMSecsSinceEpoch();
    }
    if (filter.until.isValid()) {
        sql += QStringLiteral(" AND time_ms < ?");
        binds << filter.until.toMSecsSinceEpoch();
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    binds << qBound(1, filter.limit, 100'000);

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return StoreResult<QList<Event>>::failure(Text::tr("cannot read events: %1").arg(describe(query.lastError())));
    QList<Event> events;
    while (query.next()) {
        Event e;
        e.id = query.value(0).toLongLong();
        e.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        e.kind = query.value(2).toString();
        e.environment = query.value(3).toString();
        e.host = query.value(4).toString();
        e.service = query.value(5).toString();
        e.actor = query.value(6).toString();
        e.summary = query.value(7).toString();
        e.details = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
        events.append(e);
    }
    return StoreResult<QList<Event>>::success(events);
}

namespace {
ActionLock lockFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC)};
}
} // namespace

StoreResult<LockAttempt> SqliteEventStore::acquireLock(const QString &target, const QString &console, const QString &reason,
                                                       std::chrono::milliseconds ttl)
{
    using Result = StoreResult<LockAttempt>;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Result::failure(Text::tr("cannot lock the store: %1").arg(describe(q.lastError())));
    auto fail = [&](const QString &message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Result::failure(message);
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.prepare(QStringLiteral("SELECT target, holder, console, reason, acquired_ms, expires_ms FROM action_locks"
                             " WHERE target = ? AND expires_ms > ?"));
    q.addBindValue(target);
    q.addBindValue(now);
    if (!q.exec())
        return fail(describe(q.lastError()));
    if (q.next()) {
        const ActionLock held = lockFrom(q);
        if (held.console != console) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Result::success({false, held});
        }
    }
    const ActionLock ours{target, m_actor, console, reason, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC),
                          QDateTime::fromMSecsSinceEpoch(now + ttl.count(), Qt::UTC)};
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO action_locks VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(target), QVariant(m_actor), QVariant(console), QVariant(nonNull(reason)),
                              QVariant(now), QVariant(now + ttl.count())})
        q.addBindValue(v);
    if (!q.exec())
        return fail(describe(q.lastError()));
    if (!QSqlQuery(db).exec(QStringLiteral("COMMIT")))
        return fail(Text::tr("cannot commit the lock"));
    return Result::success({true, ours});
}

StoreResult<bool> SqliteEventStore::releaseLock(const QString &target, const QString &console)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM action_locks WHERE target = ? AND console = ?"));
    q.addBindValue(target);
    q.addBindValue(console);
    if (!q.exec())
        return StoreResult<bool>::failure(describe(q.lastError()));
    return StoreResult<bool>::success(q.numRowsAffected() > 0);
}

StoreResult<QList<ActionLock>> SqliteEventStore::locks()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
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
