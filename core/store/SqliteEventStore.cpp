#include "SqliteEventStore.h"

#include "AuditChain.h"
#include "EventLimits.h"
#include "SqliteSql.h"
#include "store/EventKind.h"

#include "../support/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace opsdeck {

using SqliteSql::describe;
using SqliteSql::nonNull;

namespace {

// lupdate and the runtime agree on the context through the macro.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SqliteEventStore)
};

Event eventFrom(const QSqlQuery &query)
{
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
    e.actorRoles = query.value(9).toString();
    e.key = query.value(10).toString();
    return e;
}

// Every column as stored: for the audit chain, which hashes the exact bytes.
const char *const eventColumns =
    "id, time_ms, kind, environment, host, service, actor, summary, details, actor_roles, idem_key";

// The same columns read bounded (EventLimits.h), for everything else: a row stored before schema
// version 9 comes back cut, oversized details as {"detailsOmitted": bytes}.
const QString &boundedEventColumns()
{
    static const QString columns = [] {
        using namespace EventLimits;
        return QStringLiteral("id, time_ms, substr(kind, 1, %1), substr(environment, 1, %2), substr(host, 1, %2),"
                              " substr(service, 1, %2), substr(actor, 1, %2), substr(summary, 1, %3),"
                              " CASE WHEN length(CAST(details AS BLOB)) <= %4 THEN details"
                              " ELSE json_object('%5', length(CAST(details AS BLOB))) END,"
                              " substr(actor_roles, 1, %2), substr(idem_key, 1, %6)")
            .arg(kindBytes)
            .arg(nameBytes)
            .arg(summaryBytes)
            .arg(detailsBytes)
            .arg(QLatin1String(omittedDetailsKey()))
            .arg(keyBytes);
    }();
    return columns;
}

// Migration 4's data step: links the rows written before the chain existed, oldest first.
QString chainExistingRows(QSqlDatabase &db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT ") + QLatin1String(eventColumns) + QStringLiteral(" FROM events ORDER BY id")))
        return describe(read.lastError());
    QByteArray previous = AuditChain::genesisHash();
    qint64 lastId = 0;
    qint64 lastTime = 0;
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?"));
    while (read.next()) {
        const Event e = eventFrom(read);
        const QByteArray details = read.value(8).toString().toUtf8();
        const QByteArray hash = AuditChain::link(previous, AuditChain::canonical(e.time.toMSecsSinceEpoch() * 1000, e, details));
        write.addBindValue(QString::fromLatin1(previous));
        write.addBindValue(QString::fromLatin1(hash));
        write.addBindValue(e.id);
        if (!write.exec())
            return describe(write.lastError());
        previous = hash;
        lastId = e.id;
        lastTime = e.time.toMSecsSinceEpoch();
    }
    QSqlQuery head(db);
    head.prepare(QStringLiteral("INSERT INTO audit_head (one, last_id, last_hash, last_time_ms) VALUES (1, ?, ?, ?)"));
    head.addBindValue(lastId);
    head.addBindValue(QString::fromLatin1(previous));
    head.addBindValue(lastTime);
    return head.exec() ? QString() : describe(head.lastError());
}

// SQLite's LIKE with '\' escaping, for a literal substring.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

static QString giveIdentity(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO store_identity (one, id, created_ms) VALUES (1, ?, ?)"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return query.exec() ? QString() : describe(query.lastError());
}

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
        {4,
         "audit chain",
         {"ALTER TABLE events ADD COLUMN actor_roles TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE events ADD COLUMN idem_key TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE events ADD COLUMN hash TEXT NOT NULL DEFAULT ''",
          "CREATE TABLE audit_head (one INTEGER PRIMARY KEY CHECK (one = 1), last_id INTEGER NOT NULL,"
          " last_hash TEXT NOT NULL, last_time_ms INTEGER NOT NULL)"},
         &chainExistingRows},
        {5,
         "append-only events, idempotency keys, actor filter",
         {"CREATE UNIQUE INDEX events_key ON events (idem_key) WHERE idem_key <> ''",
          "CREATE INDEX events_actor ON events (actor, id)",
          "CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
          " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: events cannot be changed'); END",
          "CREATE TRIGGER events_no_delete BEFORE DELETE ON events"
          " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: events cannot be deleted'); END"}},
        {6,
         "timeline keyset indexes (newest first within a filter)",
         {"CREATE INDEX events_environment_id ON events (environment, id)",
          "CREATE INDEX events_host_id ON events (host, id)",
          "CREATE INDEX events_kind_id ON events (kind, id)"}},
        {7,
         "trigram text index for the timeline's text filter",
         {"CREATE VIRTUAL TABLE events_text USING fts5(body, tokenize = 'trigram')",
          "INSERT INTO events_text (rowid, body) SELECT id, summary || char(10) || kind || char(10) || host || char(10)"
          " || service || char(10) || actor FROM events"}},
        {8,
         "drop the time-ordered indexes the keyset ones replaced",
         // appendBatch fills the text index once per batch (a per-row trigger cost four times more).
         {"DROP INDEX events_environment_time", "DROP INDEX events_kind_time",
          "DROP TRIGGER IF EXISTS events_text_insert"}},
        {9,
         "size limits on every text column of events and locks",
         // EventLimits.h's numbers, in bytes. SQLite cannot add a CHECK to a table, so triggers: they refuse
         // whoever writes (the API refuses first, with the sizes). Rows stored before are kept as they are;
         // fetches read every column bounded.
         {"CREATE TRIGGER events_bounds BEFORE INSERT ON events BEGIN"
          " SELECT RAISE(ABORT, 'the event is too large: its kind takes more than 200 bytes')"
          "  WHERE length(CAST(NEW.kind AS BLOB)) > 200;"
          " SELECT RAISE(ABORT, 'the event is too large: its environment, host or service takes more than 1024 bytes')"
          "  WHERE length(CAST(NEW.environment AS BLOB)) > 1024 OR length(CAST(NEW.host AS BLOB)) > 1024"
          "  OR length(CAST(NEW.service AS BLOB)) > 1024;"
          " SELECT RAISE(ABORT, 'the event is too large: its actor or actor roles take more than 1024 bytes')"
          "  WHERE length(CAST(NEW.actor AS BLOB)) > 1024 OR length(CAST(NEW.actor_roles AS BLOB)) > 1024;"
          " SELECT RAISE(ABORT, 'the event is too large: its summary takes more than 8192 bytes')"
          "  WHERE length(CAST(NEW.summary AS BLOB)) > 8192;"
          " SELECT RAISE(ABORT, 'the event is too large: its details take more than 1048576 bytes')"
          "  WHERE length(CAST(NEW.details AS BLOB)) > 1048576;"
          " SELECT RAISE(ABORT, 'the event is too large: its key or chain links take more than 128 bytes')"
          "  WHERE length(CAST(NEW.idem_key AS BLOB)) > 128 OR length(CAST(NEW.prev_hash AS BLOB)) > 128"
          "  OR length(CAST(NEW.hash AS BLOB)) > 128;"
          " END",
          "CREATE TRIGGER action_locks_bounds BEFORE INSERT ON action_locks BEGIN"
          " SELECT RAISE(ABORT, 'the lock is too large: its target takes more than 4096 bytes, its holder or console more"
          " than 1024, or its reason more than 8192')"
          "  WHERE length(CAST(NEW.target AS BLOB)) > 4096 OR length(CAST(NEW.holder AS BLOB)) > 1024"
          "  OR length(CAST(NEW.console AS BLOB)) > 1024 OR length(CAST(NEW.reason AS BLOB)) > 8192;"
          " END",
          "CREATE TRIGGER action_locks_bounds_update BEFORE UPDATE ON action_locks BEGIN"
          " SELECT RAISE(ABORT, 'the lock is too large: its target takes more than 4096 bytes, its holder or console more"
          " than 1024, or its reason more than 8192')"
          "  WHERE length(CAST(NEW.target AS BLOB)) > 4096 OR length(CAST(NEW.holder AS BLOB)) > 1024"
          "  OR length(CAST(NEW.console AS BLOB)) > 1024 OR length(CAST(NEW.reason AS BLOB)) > 8192;"
          " END"}},
        {10,
         "the store's identity",
         // A UUID the store keeps for its lifetime: a file made anew at the same path is another store.
         {"CREATE TABLE store_identity (one INTEGER PRIMARY KEY CHECK (one = 1), id TEXT NOT NULL, created_ms INTEGER NOT NULL)",
          "CREATE TRIGGER store_identity_no_update BEFORE UPDATE ON store_identity"
          " BEGIN SELECT RAISE(ABORT, 'the store identity cannot be changed'); END",
          "CREATE TRIGGER store_identity_no_delete BEFORE DELETE ON store_identity"
          " BEGIN SELECT RAISE(ABORT, 'the store identity cannot be changed'); END"},
         &giveIdentity},
        {11,
         "second-person approval requests",
         // The rules (another person, the same plan hash, before expiry) are kept by SqliteEventStore;
         // a single-user file cannot prove that two persons were involved (docs/config.md).
         {"CREATE TABLE approvals (id TEXT PRIMARY KEY, environment TEXT NOT NULL, action TEXT NOT NULL, title TEXT NOT NULL,"
          " plan TEXT NOT NULL, plan_hash TEXT NOT NULL, role TEXT NOT NULL, requester TEXT NOT NULL, console TEXT NOT NULL,"
          " requested_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL,"
          " state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'declined', 'expired', 'withdrawn')),"
          " decided_by TEXT, decided_ms INTEGER, decision_reason TEXT,"
          " CHECK (decided_by IS NULL OR decided_by <> requester))",
          "CREATE INDEX approvals_pending ON approvals (environment, requested_ms) WHERE state = 'pending'",
          "CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals"
          " BEGIN SELECT RAISE(ABORT, 'approval requests cannot be deleted'); END",
          "CREATE TRIGGER approvals_decided_once BEFORE UPDATE ON approvals WHEN OLD.state <> 'pending'"
          " BEGIN SELECT RAISE(ABORT, 'a decided approval request cannot be changed'); END"}},
    };
    return list;
}

int SqliteEventStore::latestSchemaVersion()
{
    return migrations().constLast().version;
}

SqliteEventStore::SqliteEventStore(QString connectionName, QString path, QString actor)
    : m_connectionName(connectionName), m_path(std::move(path)), m_actor(actor), m_locks(connectionName, actor),
      m_approvals(connectionName, actor)
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
    // FULL: a committed event is on disk before append() returns (the audit log loses nothing on a
    // power cut), as the PostgreSQL store with its default synchronous_commit.
    pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    // A million events with their indexes and text index: a 32 MiB page cache keeps inserts and
    // first pages off the disk (SQLite's default is 2 MiB).
    pragma.exec(QStringLiteral("PRAGMA cache_size=-32768"));
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
        if (migration.after) {
            if (const QString error = migration.after(db); !error.isEmpty())
                return rollback(Text::tr("migration %1 (%2) failed: %3")
                                    .arg(migration.version)
                                    .arg(QString::fromUtf8(migration.description), error));
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
    if (current >= 10) {
        if (!query.exec(QStringLiteral("SELECT id FROM store_identity WHERE one = 1")) || !query.next())
            return rollback(Text::tr("cannot read the store's identity: %1").arg(describe(query.lastError())));
        m_storeId = query.value(0).toString();
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

StoreIdentity SqliteEventStore::identity() const
{
    // One person's file: its owner may do everything.
    return {m_actor, {QStringLiteral("opsdeck_admin"), QStringLiteral("opsdeck_lead"), QStringLiteral("opsdeck_operator")}};
}

StoreResult<Event> SqliteEventStore::append(const Event &event)
{
    auto stored = appendBatch({event});
    if (!stored)
        return StoreResult<Event>::failureFrom(stored);
    return StoreResult<Event>::success(stored.value->constFirst());
}

StoreResult<QList<Event>> SqliteEventStore::appendBatch(const QList<Event> &events)
{
    return appendIf(events, {});
}

StoreResult<QList<Event>> SqliteEventStore::appendIf(const QList<Event> &events,
                                                     const std::function<QString(EventStore &store)> &precondition)
{
    using Result = StoreResult<QList<Event>>;
    for (const Event &event : events) {
        if (event.kind.isEmpty() || event.summary.isEmpty())
            return Result::failure(Text::tr("an event needs a kind and a summary"));
        if (const QString tooLarge = EventLimits::check(event); !tooLarge.isEmpty())
            return Result::failure(tooLarge);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // The write lock serialises writers, so ids, times and chain links follow commit order.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Result::failure(Text::tr("cannot record the event: %1").arg(describe(query.lastError())));
    auto fail = [&](const QString &message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Result::failure(Text::tr("cannot record the event: %1").arg(message));
    };
    // Asked inside the write lock: no other writer can change what it saw before this commits.
    if (precondition) {
        if (const QString why = precondition(*this); !why.isEmpty()) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Result::failure(why);
        }
    }
    if (!query.exec(QStringLiteral("SELECT last_id, last_hash, last_time_ms FROM audit_head")) || !query.next())
        return fail(describe(query.lastError()));
    QByteArray previous = query.value(1).toString().toLatin1();
    qint64 lastId = query.value(0).toLongLong();
    qint64 lastTime = query.value(2).toLongLong();

    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT ") + boundedEventColumns() + QStringLiteral(" FROM events WHERE idem_key = ? AND idem_key <> ''"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO events (id, time_ms, kind, environment, host, service, actor, actor_roles, summary, details,"
        " idem_key, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const StoreIdentity me = identity();
    qint64 firstNew = 0; // the first id this batch stores: the text index takes them in one statement
    QList<Event> out;
    out.reserve(events.size());
    for (const Event &event : events) {
        if (!event.key.isEmpty()) {
            existing.addBindValue(event.key);
            if (!existing.exec())
                return fail(describe(existing.lastError()));
            if (existing.next()) {
                out.append(eventFrom(existing));
                continue;
            }
        }
        Event stored = event;
        stored.pending = false;
        stored.actor = me.actor;
        stored.actorRoles = me.roles.join(u',');
        stored.environment = nonNull(stored.environment);
        stored.host = nonNull(stored.host);
        stored.service = nonNull(stored.service);
        stored.key = nonNull(stored.key);
        // Never earlier than the last row, even if the wall clock stepped back.
        const qint64 time = std::max(QDateTime::currentMSecsSinceEpoch(), lastTime);
        stored.time = QDateTime::fromMSecsSinceEpoch(time, Qt::UTC);
        stored.id = lastId + 1;
        const QByteArray details = AuditChain::detailsText(stored.details);
        const QByteArray hash = AuditChain::link(previous, AuditChain::canonical(time * 1000, stored, details));
        for (const QVariant &v :
             {QVariant(stored.id), QVariant(time), QVariant(stored.kind), QVariant(stored.environment), QVariant(stored.host),
              QVariant(stored.service), QVariant(stored.actor), QVariant(stored.actorRoles), QVariant(nonNull(stored.summary)),
              QVariant(QString::fromUtf8(details)), QVariant(stored.key), QVariant(QString::fromLatin1(previous)),
              QVariant(QString::fromLatin1(hash))})
            insert.addBindValue(v);
        if (!insert.exec())
            return fail(describe(insert.lastError()));
        previous = hash;
        lastId = stored.id;
        lastTime = time;
        if (firstNew == 0)
            firstNew = stored.id;
        out.append(stored);
    }
    if (firstNew > 0) {
        QSqlQuery text(db);
        text.prepare(QStringLiteral("INSERT INTO events_text (rowid, body) SELECT id, summary || char(10) || kind || char(10)"
                                    " || host || char(10) || service || char(10) || actor FROM events WHERE id >= ?"));
        text.addBindValue(firstNew);
        if (!text.exec())
            return fail(describe(text.lastError()));
    }
    QSqlQuery head(db);
    head.prepare(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?, last_time_ms = ?"));
    head.addBindValue(lastId);
    head.addBindValue(QString::fromLatin1(previous));
    head.addBindValue(lastTime);
    if (!head.exec())
        return fail(describe(head.lastError()));
    if (!QSqlQuery(db).exec(QStringLiteral("COMMIT")))
        return fail(describe(db.lastError()));
    return Result::success(out);
}

StoreResult<QList<Event>> SqliteEventStore::events(const EventFilter &filter)
{
    QString sql = QStringLiteral("SELECT ") + boundedEventColumns() + QStringLiteral(" FROM events WHERE id > ?");
    QVariantList binds{filter.afterId};
    if (filter.beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        binds << filter.beforeId;
    }
    QStringList kinds = filter.kinds;
    if (!filter.kind.isEmpty())
        kinds.append(filter.kind);
    if (!kinds.isEmpty()) {
        QStringList alternatives;
        for (const QString &kind : std::as_const(kinds)) {
            if (kind.endsWith(u'.')) {
                alternatives << QStringLiteral("substr(kind, 1, ?) = ?");
                binds << kind.size() << kind;
            } else {
                alternatives << QStringLiteral("kind = ?");
                binds << kind;
            }
        }
        sql += QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR ")) + u')';
    }
    const std::pair<const char *, const QString *> exact[] = {{"environment", &filter.environment},
                                                              {"host", &filter.host},
                                                              {"service", &filter.service},
                                                              {"actor", &filter.actor}};
    for (const auto &[column, value] : exact) {
        if (!value->isEmpty()) {
            sql += QStringLiteral(" AND ") + QLatin1String(column) + QStringLiteral(" = ?");
            binds << *value;
        }
    }
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (summary LIKE ? ESCAPE '\\' OR kind LIKE ? ESCAPE '\\' OR host LIKE ? ESCAPE '\\'"
                              " OR service LIKE ? ESCAPE '\\' OR actor LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(filter.text);
        binds << pattern << pattern << pattern << pattern << pattern;
        // The trigram index narrows a million rows to the candidates (three characters or more);
        // the LIKE above keeps the exact meaning.
        if (filter.text.size() >= 3) {
            sql += QStringLiteral(" AND id IN (SELECT rowid FROM events_text WHERE events_text MATCH ?)");
            QString phrase = filter.text;
            binds << QString(u'"' + phrase.replace(u'"', QStringLiteral("\"\"")) + u'"');
        }
    }
    if (!filter.ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : filter.ids) {
            marks << QStringLiteral("?");
            binds << id;
        }
        sql += QStringLiteral(" AND id IN (") + marks.join(u',') + u')';
    }
    if (!filter.detailKey.isEmpty()) {
        static const QRegularExpression plainKey(QStringLiteral("^[A-Za-z0-9_]{1,64}$"));
        if (!plainKey.match(filter.detailKey).hasMatch())
            return StoreResult<QList<Event>>::failure(Text::tr("invalid details key '%1'").arg(filter.detailKey));
        sql += QStringLiteral(" AND json_extract(details, ?) = ?");
        binds << QString(QStringLiteral("$.") + filter.detailKey) << filter.detailValue;
    }
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND time_ms >= ?");
        binds << filter.since.toMSecsSinceEpoch();
    }
    if (filter.until.isValid()) {
        sql += QStringLiteral(" AND time_ms < ?");
        binds << filter.until.toMSecsSinceEpoch();
    }
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY id DESC LIMIT ?") : QStringLiteral(" ORDER BY id LIMIT ?");
    binds << qBound(1, filter.limit, 100'000);

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return StoreResult<QList<Event>>::failure(Text::tr("cannot read events: %1").arg(describe(query.lastError())));
    QList<Event> events;
    while (query.next())
        events.append(eventFrom(query));
    return StoreResult<QList<Event>>::success(events);
}

StoreResult<qint64> SqliteEventStore::latestId()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events")) || !query.next())
        return StoreResult<qint64>::failure(describe(query.lastError()));
    return StoreResult<qint64>::success(query.value(0).toLongLong());
}

StoreResult<QList<AuditRow>> SqliteEventStore::auditRows(qint64 afterId, int limit)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + QLatin1String(eventColumns) +
                  QStringLiteral(", prev_hash, hash FROM events WHERE id > ? ORDER BY id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(qBound(1, limit, 100'000));
    if (!query.exec())
        return StoreResult<QList<AuditRow>>::failure(describe(query.lastError()));
    QList<AuditRow> rows;
    qint64 bytes = 0;
    // Rows are read one by one (forward only): stop once the batch holds auditBatchBytes, past its first row.
    while (bytes <= EventLimits::auditBatchBytes && query.next()) {
        const Event e = eventFrom(query);
        const qint64 micros = query.value(1).toLongLong() * 1000;
        rows.append({e.id, micros, AuditChain::canonical(micros, e, query.value(8).toString().toUtf8()),
                     query.value(11).toString().toLatin1(), query.value(12).toString().toLatin1()});
        bytes += rows.constLast().canonical.size();
    }
    return StoreResult<QList<AuditRow>>::success(rows);
}

StoreResult<AuditHead> SqliteEventStore::auditHead()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_head")))
        return StoreResult<AuditHead>::failure(describe(query.lastError()));
    if (!query.next())
        return StoreResult<AuditHead>::success({});
    return StoreResult<AuditHead>::success({query.value(0).toLongLong(), query.value(1).toString().toLatin1()});
}

// The locks' rules live in SqliteLockTable (the same as PostgreSQL's lock functions).
StoreResult<LockAttempt> SqliteEventStore::acquireLock(const QString &target, const QString &console, const QString &reason,
                                                       std::chrono::milliseconds ttl)
{
    return m_locks.acquire(target, console, reason, ttl);
}

StoreResult<LockSetAttempt> SqliteEventStore::acquireLocks(const QStringList &targets, const QString &console,
                                                           const QString &reason, std::chrono::milliseconds ttl)
{
    return m_locks.acquireSet(targets, console, reason, ttl);
}

StoreResult<LockAttempt> SqliteEventStore::renewLock(const QString &target, const QString &console, std::chrono::milliseconds ttl)
{
    return m_locks.renew(target, console, ttl);
}

StoreResult<QList<LockAttempt>> SqliteEventStore::renewLocks(const QStringList &targets, const QString &console,
                                                             std::chrono::milliseconds ttl)
{
    return m_locks.renewSet(targets, console, ttl);
}

StoreResult<bool> SqliteEventStore::releaseLock(const QString &target, const QString &console)
{
    return m_locks.release(target, console);
}

StoreResult<int> SqliteEventStore::releaseLocks(const QStringList &targets, const QString &console)
{
    return m_locks.releaseSet(targets, console);
}

StoreResult<Event> SqliteEventStore::breakLock(const QString &target, const QString &reason)
{
    return m_locks.breakLock(*this, target, reason);
}

StoreResult<QList<ActionLock>> SqliteEventStore::locks()
{
    return m_locks.unexpired();
}


// The approvals' rules live in SqliteApprovalBook (the same as PostgreSQL's approval functions).
StoreResult<ApprovalRequest> SqliteEventStore::requestApproval(const ApprovalRequest &request, std::chrono::milliseconds ttl)
{
    return m_approvals.ask(*this, request, ttl);
}

StoreResult<ApprovalRequest> SqliteEventStore::decideApproval(const QString &id, const QString &planHash, bool approve,
                                                              const QString &reason)
{
    return m_approvals.decide(*this, id, planHash, approve, reason);
}

StoreResult<ApprovalRequest> SqliteEventStore::closeApproval(const QString &id, const QString &console)
{
    return m_approvals.close(*this, id, console);
}

StoreResult<QList<ApprovalRequest>> SqliteEventStore::approvals(const QString &idOrPrefix, const QString &environment)
{
    return m_approvals.find(idOrPrefix, environment);
}

} // namespace opsdeck
