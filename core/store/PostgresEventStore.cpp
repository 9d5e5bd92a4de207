#include "PostgresEventStore.h"

#include "AuditChain.h"
#include "EventLimits.h"
#include "PostgresConnection.h"
#include "PostgresLockTable.h"
#include "PostgresSchema.h"
#include "store/EventKind.h"

#include "../support/LogCategories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/result>
#include <pqxx/notification>
#include <pqxx/nontransaction>
#include <pqxx/prepared_statement>
#include <pqxx/transaction>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PostgresEventStore)
};

// What the database stores instead of a checklist event its rules refuse.
const QLatin1String refusedKind = EventKinds::name(EventKind::ChecklistRefused);

// Every column as stored: only for the audit chain's verifier, which must hash the exact bytes (in
// batches bounded by size, auditRows).
const char *const auditColumns =
    "id, (extract(epoch FROM time) * 1000000)::bigint, kind, environment, host, service, actor, actor_roles, summary,"
    " details, idem_key, prev_hash, hash";

// The same columns for everything else, each read bounded (EventLimits.h): a row stored before the limits
// existed (migration 7) comes back cut, its oversized details as {"detailsOmitted": bytes}, so one huge
// row cannot take a console's memory. substr of a TOASTed value fetches only the slice it needs, and
// octet_length reads the stored size without detoasting.
const std::string &eventColumns()
{
    static const std::string columns = [] {
        using namespace EventLimits;
        return QStringLiteral("id, (extract(epoch FROM time) * 1000000)::bigint, substr(kind, 1, %1), substr(environment, 1, %2),"
                              " substr(host, 1, %2), substr(service, 1, %2), substr(actor, 1, %2), substr(actor_roles, 1, %2),"
                              " substr(summary, 1, %3), CASE WHEN octet_length(details) <= %4 THEN details"
                              " ELSE json_build_object('%5', octet_length(details))::text END, substr(idem_key, 1, %6),"
                              " substr(prev_hash, 1, %7), substr(hash, 1, %7)")
            .arg(kindBytes)
            .arg(nameBytes)
            .arg(summaryBytes)
            .arg(detailsBytes)
            .arg(QLatin1String(omittedDetailsKey()))
            .arg(keyBytes)
            .arg(hashBytes)
            .toStdString();
    }();
    return columns;
}

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str(), int(field.size()));
}

// The session's login and the OpsDeck roles it holds (directly or through other roles), as now.
StoreIdentity readIdentity(pqxx::transaction_base &txn)
{
    StoreIdentity identity{QString::fromUtf8(txn.exec1("SELECT session_user")[0].c_str()), {}};
    const auto roles = txn.exec(
        "SELECT r FROM unnest(ARRAY['opsdeck_admin', 'opsdeck_lead', 'opsdeck_operator']) AS r"
        " WHERE pg_has_role(session_user, r, 'MEMBER')"
        " UNION ALL SELECT rolname::text FROM pg_roles WHERE starts_with(rolname, 'opsdeck_signer_')"
        " AND pg_has_role(session_user, oid, 'MEMBER') ORDER BY 1");
    for (const auto &row : roles)
        identity.roles << text(row[0]);
    return identity;
}

qint64 micros(const pqxx::field &field)
{
    return field.as<long long>();
}

QDateTime timeFromMicros(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC);
}

Event eventFrom(const pqxx::row &row)
{
    Event e;
    e.id = row[0].as<long long>();
    e.time = timeFromMicros(micros(row[1]));
    e.kind = text(row[2]);
    e.environment = text(row[3]);
    e.host = text(row[4]);
    e.service = text(row[5]);
    e.actor = text(row[6]);
    e.actorRoles = text(row[7]);
    e.summary = text(row[8]);
    e.details = QJsonDocument::fromJson(QByteArray(row[9].c_str(), int(row[9].size()))).object();
    e.key = text(row[10]);
    return e;
}

std::string utf8(const QString &value)
{
    return value.toStdString();
}

// A pattern for LIKE / ILIKE (backslash is PostgreSQL's default escape) matching text literally.
QString likeLiteral(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return escaped;
}

// The location to show when no connection could be made: the conninfo without any password.
QString sanitized(const QString &conninfo)
{
    if (conninfo.contains(QStringLiteral("://"))) {
        QUrl url(conninfo);
        url.setPassword(QString());
        QString shown = url.toString(QUrl::RemovePassword);
        static const QRegularExpression passwordParameter(QStringLiteral("([?&])password=[^&]*&?"));
        shown.replace(passwordParameter, QStringLiteral("\\1"));
        return shown;
    }
    static const QRegularExpression passwordPair(QStringLiteral("password\\s*=\\s*('(\\\\.|[^'])*'|\\S+)"));
    QString shown = conninfo;
    shown.replace(passwordPair, QString());
    return shown.simplified();
}

} // namespace

// Payloads of notifications that are probes (sendNotificationProbe), not news: every console ignores them.
constexpr char probePrefix[] = "probe:";

class PostgresEventStore::Listener final : public pqxx::notification_receiver
{
public:
    Listener(pqxx::connection &connection, PostgresEventStore *store)
        : pqxx::notification_receiver(connection, "opsdeck_events"), m_store(store)
    {
    }
    void operator()(const std::string &payload, int) override
    {
        if (payload.rfind(probePrefix, 0) == 0) {
            if (payload == m_store->m_probeToken)
                m_store->m_probeReceived = true;
            return;
        }
        m_store->m_notified = true;
    }

private:
    PostgresEventStore *m_store;
};

PostgresEventStore::PostgresEventStore(QString conninfo) : m_conninfo(std::move(conninfo)), m_location(sanitized(m_conninfo)) {}

PostgresEventStore::~PostgresEventStore()
{
    m_listener.reset();
    m_connection.reset();
}

StoreResult<std::unique_ptr<PostgresEventStore>> PostgresEventStore::open(const QString &conninfo, bool allowOffline)
{
    using Result = StoreResult<std::unique_ptr<PostgresEventStore>>;
    if (const QString syntax = Postgres::checkSyntax(conninfo); !syntax.isEmpty())
        return Result::failure(Text::tr("the store's connection string is not valid: %1").arg(syntax));
    std::unique_ptr<PostgresEventStore> store(new PostgresEventStore(conninfo));
    try {
        if (const QString error = store->connectNow(); !error.isEmpty())
            return Result::failure(error);
    } catch (const std::exception &error) {
        if (allowOffline && Postgres::isUnavailable(error)) {
            qCWarning(lcStore) << "team store unreachable at start-up, continuing offline:" << Postgres::message(error);
            store->m_broken = true;
            return Result::success(std::move(store));
        }
        const QString message = Text::tr("cannot connect to %1: %2").arg(store->m_location, Postgres::message(error));
        return Postgres::isUnavailable(error) ? Result::failureUnavailable(message) : Result::failure(message);
    }
    return Result::success(std::move(store));
}

// Throws libpqxx's errors for connection problems; returns a message for a database OpsDeck cannot use.
QString PostgresEventStore::connectNow()
{
    m_listener.reset();
    m_connection.reset();
    auto session = Postgres::connect(m_conninfo);
    pqxx::connection &connection = session->db;
    pqxx::nontransaction check(connection);
    const QString login = QString::fromUtf8(check.exec1("SELECT session_user")[0].c_str());
    const bool hasSchema = check.exec1("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'opsdeck')")[0].as<bool>();
    if (!hasSchema)
        return Text::tr("%1 has no OpsDeck schema; its owner can create it: opsdeck db migrate --store URI")
            .arg(Postgres::describeLocation(connection));
    const bool mayRead = check.exec1("SELECT has_schema_privilege('opsdeck', 'USAGE')")[0].as<bool>()
                         && check.exec1("SELECT has_table_privilege('opsdeck.events', 'SELECT')")[0].as<bool>();
    if (!mayRead)
        return Text::tr("%1 is not an OpsDeck user of %2; an admin can run: opsdeck db grant %1 operator --store URI")
            .arg(login, Postgres::describeLocation(connection));
    const int version = check.exec1("SELECT coalesce(max(version), 0) FROM opsdeck.schema_version")[0].as<int>();
    if (version < PostgresSchema::latestVersion())
        return Text::tr("%1 has schema version %2, older than this OpsDeck (%3); run: opsdeck db migrate --store URI")
            .arg(Postgres::describeLocation(connection))
            .arg(version)
            .arg(PostgresSchema::latestVersion());
    if (version > PostgresSchema::latestVersion())
        return Text::tr("%1 has schema version %2, newer than this OpsDeck understands (%3); upgrade OpsDeck")
            .arg(Postgres::describeLocation(connection))
            .arg(version)
            .arg(PostgresSchema::latestVersion());
    const StoreIdentity identity = readIdentity(check);
    const QString storeId = QString::fromUtf8(check.exec1("SELECT id::text FROM opsdeck.store_identity WHERE one = 1")[0].c_str());
    check.commit();
    m_schemaVersion = version;
    m_storeId = storeId;
    m_identity = identity;
    m_location = Postgres::describeLocation(connection);
    m_connection = std::move(session);
    m_listener = std::make_unique<Listener>(m_connection->db, this);
    m_broken = false;
    return {};
}

template<typename T, typename Work>
StoreResult<T> PostgresEventStore::run(Work &&work)
{
    if (m_broken || !m_connection)
        return StoreResult<T>::failureUnavailable(Text::tr("not connected to %1").arg(m_location));
    try {
        return StoreResult<T>::success(work(m_connection->db));
    } catch (const std::exception &error) {
        if (Postgres::isUnavailable(error) || !m_connection->db.is_open()) {
            m_broken = true;
            return StoreResult<T>::failureUnavailable(Postgres::message(error));
        }
        return StoreResult<T>::failure(Postgres::message(error));
    }
}

QString PostgresEventStore::location() const
{
    return m_location;
}

int PostgresEventStore::schemaVersion() const
{
    return m_schemaVersion;
}

QString PostgresEventStore::storeId() const
{
    return m_storeId;
}

StoreIdentity PostgresEventStore::identity() const
{
    return m_identity;
}

StoreResult<StoreIdentity> PostgresEventStore::refreshIdentity()
{
    auto fresh = run<StoreIdentity>([](pqxx::connection &connection) {
        pqxx::read_transaction txn(connection, "opsdeck-identity");
        return readIdentity(txn);
    });
    if (fresh)
        m_identity = *fresh.value;
    return fresh;
}

int PostgresEventStore::backendPid() const
{
    return m_connection && !m_broken ? m_connection->db.backendpid() : 0;
}

StoreResult<Event> PostgresEventStore::append(const Event &event)
{
    auto stored = insert({event});
    if (!stored)
        return StoreResult<Event>::failureFrom(stored);
    return StoreResult<Event>::success(stored.value->constFirst());
}

StoreResult<QList<Event>> PostgresEventStore::appendBatch(const QList<Event> &events)
{
    return insert(events);
}

StoreResult<QList<Event>> PostgresEventStore::appendIf(const QList<Event> &events,
                                                       const std::function<QString(EventStore &store)> &)
{
    return insert(events);
}

StoreResult<QList<Event>> PostgresEventStore::insert(const QList<Event> &events)
{
    for (const Event &event : events) {
        if (event.kind.isEmpty() || event.summary.isEmpty())
            return StoreResult<QList<Event>>::failure(Text::tr("an event needs a kind and a summary"));
    }
    // Every row gets a key, so the answer maps back to the request whatever the database skipped.
    QList<Event> keyed = events;
    for (Event &event : keyed) {
        if (event.key.isEmpty())
            event.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    QStringList kinds, environments, hosts, services, summaries, details, keys;
    for (const Event &event : std::as_const(keyed)) {
        kinds << event.kind;
        environments << event.environment;
        hosts << event.host;
        services << event.service;
        summaries << event.summary;
        const QByteArray detailsText = AuditChain::detailsText(event.details);
        if (const QString tooLarge = EventLimits::check(event, detailsText.size()); !tooLarge.isEmpty())
            return StoreResult<QList<Event>>::failure(tooLarge);
        details << QString::fromUtf8(detailsText);
        keys << event.key;
    }
    const std::string &columns = eventColumns();
    Event refusal;
    auto result = run<QList<Event>>([&](pqxx::connection &connection) {
        pqxx::work txn(connection, "opsdeck-append");
        refusal = {};
        // One statement for the whole batch: one round trip, one chain-head update, one notification.
        const pqxx::result inserted = txn.exec_params(
            "INSERT INTO opsdeck.events (kind, environment, host, service, summary, details, idem_key)"
            " SELECT k, e, h, s, su, d, key FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],"
            " $6::text[], $7::text[]) WITH ORDINALITY AS b(k, e, h, s, su, d, key, n) ORDER BY n RETURNING " + columns,
            Postgres::textArray(kinds), Postgres::textArray(environments), Postgres::textArray(hosts), Postgres::textArray(services),
            Postgres::textArray(summaries), Postgres::textArray(details), Postgres::textArray(keys));
        QHash<QString, Event> byKey;
        for (const auto &row : inserted) {
            Event e = eventFrom(row);
            byKey.insert(e.key, e);
        }
        if (byKey.size() < keyed.size()) {
            // Keys stored before (a replay): the stored rows are the answer.
            const pqxx::result earlier = txn.exec_params("SELECT " + columns + " FROM opsdeck.events WHERE idem_key = ANY($1::text[]) AND idem_key <> ''",
                                                         Postgres::textArray(keys));
            for (const auto &row : earlier) {
                Event e = eventFrom(row);
                byKey.insert(e.key, e);
            }
        }
        // The database's checklist rules store a refused event as the record of its refusal
        // (checklist.refused, see PostgresSchema.cpp step 5) rather than raising.
        QList<Event> out;
        out.reserve(keyed.size());
        for (const Event &event : std::as_const(keyed)) {
            const Event stored = byKey.value(event.key);
            if (stored.kind == refusedKind && event.kind != refusedKind) {
                refusal = stored;
                break;
            }
            out.append(stored);
        }
        // A refused event alone: its record stays. In a batch: all or nothing, so nothing (the
        // caller records the refusal as it would any other).
        if (refusal.id == 0 || keyed.size() == 1)
            txn.commit();
        return out;
    });
    if (result && refusal.id != 0) {
        const QString reason = refusal.details.value(QStringLiteral("reason")).toString();
        return keyed.size() == 1 ? StoreResult<QList<Event>>::failureRecorded(reason, refusal.id)
                                 : StoreResult<QList<Event>>::failure(reason);
    }
    return result;
}

StoreResult<QList<Event>> PostgresEventStore::events(const EventFilter &filter)
{
    std::vector<std::string> params;
    auto param = [&params](std::string value) {
        params.push_back(std::move(value));
        return QStringLiteral("$%1").arg(params.size());
    };
    QString sql = QStringLiteral("SELECT ") + QString::fromStdString(eventColumns()) + QStringLiteral(" FROM opsdeck.events WHERE true");
    if (filter.afterId > 0)
        sql += QStringLiteral(" AND id > ") + param(std::to_string(filter.afterId));
    if (filter.beforeId > 0)
        sql += QStringLiteral(" AND id < ") + param(std::to_string(filter.beforeId));
    QStringList kinds = filter.kinds;
    if (!filter.kind.isEmpty())
        kinds.append(filter.kind);
    if (!kinds.isEmpty()) {
        QStringList alternatives;
        for (const QString &kind : std::as_const(kinds))
            alternatives << (kind.endsWith(u'.') ? QStringLiteral("kind LIKE ") + param(utf8(likeLiteral(kind) + u'%'))
                                                 : QStringLiteral("kind = ") + param(utf8(kind)));
        sql += QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR ")) + u')';
    }
    const std::pair<const char *, const QString *> exact[] = {{"environment", &filter.environment},
                                                              {"host", &filter.host},
                                                              {"service", &filter.service},
                                                              {"actor", &filter.actor}};
    for (const auto &[column, value] : exact) {
        if (!value->isEmpty())
            sql += QStringLiteral(" AND ") + QLatin1String(column) + QStringLiteral(" = ") + param(utf8(*value));
    }
    if (!filter.text.isEmpty()) {
        const QString p = param(utf8(u'%' + likeLiteral(filter.text) + u'%'));
        sql += QStringLiteral(" AND (summary ILIKE %1 OR kind ILIKE %1 OR host ILIKE %1 OR service ILIKE %1 OR actor ILIKE %1)").arg(p);
        // The same text over the trigram index's expression (migration 3), so a rare word is found
        // without reading a million rows; the line above keeps the exact meaning.
        sql += QStringLiteral(" AND (summary || chr(10) || kind || chr(10) || host || chr(10) || service || chr(10) || actor) ILIKE ") + p;
    }
    if (!filter.ids.isEmpty()) {
        QStringList ids;
        for (qint64 id : filter.ids)
            ids << QString::number(id);
        sql += QStringLiteral(" AND id = ANY(") + param(utf8(u'{' + ids.join(u',') + u'}')) + QStringLiteral("::bigint[])");
    }
    if (!filter.detailKey.isEmpty()) {
        static const QRegularExpression plainKey(QStringLiteral("^[A-Za-z0-9_]{1,64}$"));
        if (!plainKey.match(filter.detailKey).hasMatch())
            return StoreResult<QList<Event>>::failure(Text::tr("invalid details key '%1'").arg(filter.detailKey));
        sql += QStringLiteral(" AND (details::jsonb ->> ") + param(utf8(filter.detailKey)) + QStringLiteral(") = ")
               + param(utf8(filter.detailValue));
    }
    if (filter.since.isValid())
        sql += QStringLiteral(" AND time >= ") + param(utf8(filter.since.toUTC().toString(Qt::ISODateWithMs))) +
               QStringLiteral("::timestamptz");
    if (filter.until.isValid())
        sql += QStringLiteral(" AND time < ") + param(utf8(filter.until.toUTC().toString(Qt::ISODateWithMs))) +
               QStringLiteral("::timestamptz");
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id");
    sql += QStringLiteral(" LIMIT %1").arg(qBound(1, filter.limit, 100'000));
    const std::string query = sql.toStdString();
    return run<QList<Event>>([&](pqxx::connection &connection) {
        pqxx::read_transaction txn(connection, "opsdeck-events");
        const pqxx::result rows = txn.exec_params(query, pqxx::prepare::make_dynamic_params(params));
        QList<Event> out;
        out.reserve(int(rows.size()));
        for (const auto &row : rows)
            out.append(eventFrom(row));
        txn.commit();
        return out;
    });
}

StoreResult<qint64> PostgresEventStore::latestId()
{
    return run<qint64>([](pqxx::connection &connection) {
        pqxx::read_transaction txn(connection, "opsdeck-latest");
        // The chain head is the last committed id (ids are gapless and assigned under its lock).
        const qint64 id = txn.exec1("SELECT coalesce(max(id), 0) FROM opsdeck.events")[0].as<long long>();
        txn.commit();
        return id;
    });
}

StoreResult<QList<AuditRow>> PostgresEventStore::auditRows(qint64 afterId, int limit)
{
    // At most `limit` rows and, past the first, at most auditBatchBytes of them (sizes read without
    // detoasting): a verifier walks the chain in batches that fit in memory, and reads a row stored
    // before the limits whole, alone, as it must to hash it.
    const std::string query =
        std::string("WITH sized AS (SELECT id, sum(octet_length(kind) + octet_length(environment) + octet_length(host)"
                    " + octet_length(service) + octet_length(actor) + octet_length(actor_roles) + octet_length(summary)"
                    " + octet_length(details) + octet_length(idem_key)) OVER (ORDER BY id) AS upto"
                    " FROM opsdeck.events WHERE id > $1 ORDER BY id LIMIT $2)"
                    " SELECT ")
        + auditColumns
        + " FROM opsdeck.events WHERE id > $1 AND id <= (SELECT coalesce(max(id) FILTER (WHERE upto <= $3), min(id)) FROM sized)"
          " ORDER BY id";
    return run<QList<AuditRow>>([&](pqxx::connection &connection) {
        pqxx::read_transaction txn(connection, "opsdeck-audit");
        const pqxx::result rows = txn.exec_params(query, afterId, qBound(1, limit, 100'000),
                                                  static_cast<long long>(EventLimits::auditBatchBytes));
        QList<AuditRow> out;
        out.reserve(int(rows.size()));
        for (const auto &row : rows) {
            const Event e = eventFrom(row);
            const qint64 us = micros(row[1]);
            // Recomputed here, from the stored columns, independently of the database's functions.
            out.append({e.id, us, AuditChain::canonical(us, e, QByteArray(row[9].c_str(), int(row[9].size()))),
                        QByteArray(row[11].c_str(), int(row[11].size())), QByteArray(row[12].c_str(), int(row[12].size()))});
        }
        txn.commit();
        return out;
    });
}

StoreResult<AuditHead> PostgresEventStore::auditHead()
{
    return run<AuditHead>([](pqxx::connection &connection) {
        pqxx::read_transaction txn(connection, "opsdeck-head");
        const pqxx::result rows = txn.exec("SELECT last_id, last_hash FROM opsdeck.audit_head WHERE one = 1");
        txn.commit();
        if (rows.empty())
            return AuditHead{};
        return AuditHead{rows[0][0].as<long long>(), QByteArray(rows[0][1].c_str())};
    });
}

// The table is written only through the schema's lock functions (steps 10 and 12, PostgresLockTable):
// the database sets the holder to session_user and lets a console renew or release only its own lock.
StoreResult<LockAttempt> PostgresEventStore::acquireLock(const QString &target, const QString &console, const QString &reason,
                                                         std::chrono::milliseconds ttl)
{
    if (const QString tooLarge = EventLimits::checkLock(target, console, reason); !tooLarge.isEmpty())
        return StoreResult<LockAttempt>::failure(tooLarge);
    return run<LockAttempt>([&](pqxx::connection &c) { return PostgresLockTable(c).acquire(target, console, reason, ttl); });
}

StoreResult<LockSetAttempt> PostgresEventStore::acquireLocks(const QStringList &targets, const QString &console,
                                                             const QString &reason, std::chrono::milliseconds ttl)
{
    if (const QString why = EventLimits::checkLockSet(targets, console, reason); !why.isEmpty())
        return StoreResult<LockSetAttempt>::failure(why);
    return run<LockSetAttempt>([&](pqxx::connection &c) { return PostgresLockTable(c).acquireSet(targets, console, reason, ttl); });
}

StoreResult<LockAttempt> PostgresEventStore::renewLock(const QString &target, const QString &console, std::chrono::milliseconds ttl)
{
    return run<LockAttempt>([&](pqxx::connection &c) { return PostgresLockTable(c).renew(target, console, ttl); });
}

StoreResult<QList<LockAttempt>> PostgresEventStore::renewLocks(const QStringList &targets, const QString &console,
                                                               std::chrono::milliseconds ttl)
{
    if (targets.isEmpty())
        return StoreResult<QList<LockAttempt>>::success({});
    return run<QList<LockAttempt>>([&](pqxx::connection &c) { return PostgresLockTable(c).renewSet(targets, console, ttl); });
}

StoreResult<bool> PostgresEventStore::releaseLock(const QString &target, const QString &console)
{
    return run<bool>([&](pqxx::connection &c) { return PostgresLockTable(c).release(target, console); });
}

StoreResult<int> PostgresEventStore::releaseLocks(const QStringList &targets, const QString &console)
{
    if (targets.isEmpty())
        return StoreResult<int>::success(0);
    return run<int>([&](pqxx::connection &c) { return PostgresLockTable(c).releaseSet(targets, console); });
}

StoreResult<Event> PostgresEventStore::breakLock(const QString &target, const QString &reason)
{
    return run<Event>([&](pqxx::connection &connection) {
        pqxx::work txn(connection, "opsdeck-lock-break");
        const long long id = txn.exec_params1("SELECT opsdeck.lock_break($1, $2)", utf8(target), utf8(reason))[0].as<long long>();
        const Event broken = eventFrom(txn.exec_params1(std::string("SELECT ") + eventColumns() + " FROM opsdeck.events WHERE id = $1", id));
        txn.commit();
        return broken;
    });
}

StoreResult<QList<ActionLock>> PostgresEventStore::locks()
{
    return run<QList<ActionLock>>([](pqxx::connection &c) { return PostgresLockTable(c).unexpired(); });
}

int PostgresEventStore::notificationSocket() const
{
    return m_connection && !m_broken ? m_connection->db.sock() : -1;
}

bool PostgresEventStore::consumeNotifications()
{
    if (!m_connection || m_broken)
        return false;
    m_notified = false;
    try {
        m_connection->db.get_notifs();
    } catch (const std::exception &error) {
        qCWarning(lcStore) << "team store connection lost:" << Postgres::message(error);
        m_broken = true;
        return false;
    }
    if (!m_connection->db.is_open()) {
        m_broken = true;
        return false;
    }
    return m_notified;
}

// Sent from a second, short-lived connection by the same route (through the same pooler, if any), so
// that it can only come back through this connection's LISTEN, out of band, as another console's
// notification would.
QString PostgresEventStore::sendNotificationProbe()
{
    if (!m_connection || m_broken)
        return Text::tr("not connected to %1").arg(m_location);
    m_probeReceived = false;
    m_probeToken = probePrefix + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    try {
        auto other = Postgres::connect(m_conninfo);
        pqxx::nontransaction txn(other->db, "opsdeck-probe");
        txn.exec_params("SELECT pg_notify('opsdeck_events', $1)", m_probeToken);
        txn.commit();
    } catch (const std::exception &error) {
        return Postgres::message(error);
    }
    return {};
}

bool PostgresEventStore::isConnected() const
{
    return m_connection && !m_broken;
}

QString PostgresEventStore::reconnect()
{
    try {
        if (const QString error = connectNow(); !error.isEmpty()) {
            m_broken = true;
            return error;
        }
        return {};
    } catch (const std::exception &error) {
        m_broken = true;
        return Postgres::message(error);
    }
}


namespace {
const char *const approvalColumns =
    "id, environment, action, title, plan, plan_hash, role, requester, console,"
    " (extract(epoch FROM requested_at) * 1000)::bigint, (extract(epoch FROM expires_at) * 1000)::bigint, state,"
    " coalesce(decided_by, ''), (extract(epoch FROM decided_at) * 1000)::bigint, coalesce(decision_reason, '')";

QDateTime msTime(const pqxx::field &field)
{
    return field.is_null() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(field.as<long long>(), Qt::UTC);
}

ApprovalRequest approvalFrom(const pqxx::row &row)
{
    ApprovalRequest a;
    a.id = text(row[0]);
    a.environment = text(row[1]);
    a.action = text(row[2]);
    a.title = text(row[3]);
    a.plan = text(row[4]);
    a.planHash = text(row[5]);
    a.role = text(row[6]);
    a.requester = text(row[7]);
    a.console = text(row[8]);
    a.requestedAt = msTime(row[9]);
    a.expiresAt = msTime(row[10]);
    a.state = text(row[11]);
    a.decidedBy = text(row[12]);
    a.decidedAt = msTime(row[13]);
    a.decisionReason = text(row[14]);
    return a;
}
} // namespace

// The table is written only through the schema's approval functions (step 11): the database sets
// requester and approver to session_user and refuses what the rules forbid.
StoreResult<ApprovalRequest> PostgresEventStore::requestApproval(const ApprovalRequest &request, std::chrono::milliseconds ttl)
{
    return run<ApprovalRequest>([&](pqxx::connection &connection) {
        pqxx::work txn(connection, "opsdeck-approval-request");
        const pqxx::row row = txn.exec_params1(std::string("SELECT ") + approvalColumns
                                                   + " FROM opsdeck.approval_request($1, $2, $3, $4, $5, $6, $7, $8)",
                                               utf8(request.environment), utf8(request.action), utf8(request.title),
                                               utf8(request.plan), utf8(request.planHash), utf8(request.role),
                                               utf8(request.console), static_cast<long long>(ttl.count()));
        const ApprovalRequest made = approvalFrom(row);
        txn.commit();
        return made;
    });
}

StoreResult<ApprovalRequest> PostgresEventStore::decideApproval(const QString &id, const QString &planHash, bool approve,
                                                                const QString &reason)
{
    return run<ApprovalRequest>([&](pqxx::connection &connection) {
        pqxx::work txn(connection, "opsdeck-approval-decide");
        const pqxx::row row = txn.exec_params1(std::string("SELECT ") + approvalColumns
                                                   + " FROM opsdeck.approval_decide($1, $2, $3, $4)",
                                               utf8(id), utf8(planHash), approve, utf8(reason));
        const ApprovalRequest decided = approvalFrom(row);
        txn.commit();
        return decided;
    });
}

StoreResult<ApprovalRequest> PostgresEventStore::closeApproval(const QString &id, const QString &console)
{
    return run<ApprovalRequest>([&](pqxx::connection &connection) {
        pqxx::work txn(connection, "opsdeck-approval-close");
        const pqxx::row row = txn.exec_params1(std::string("SELECT ") + approvalColumns + " FROM opsdeck.approval_close($1, $2)",
                                               utf8(id), utf8(console));
        const ApprovalRequest closed = approvalFrom(row);
        txn.commit();
        return closed;
    });
}

StoreResult<QList<ApprovalRequest>> PostgresEventStore::approvals(const QString &idOrPrefix, const QString &environment)
{
    return run<QList<ApprovalRequest>>([&](pqxx::connection &connection) {
        pqxx::read_transaction txn(connection, "opsdeck-approvals");
        const pqxx::result rows =
            idOrPrefix.isEmpty()
                ? txn.exec_params(std::string("SELECT ") + approvalColumns
                                      + " FROM opsdeck.approvals WHERE state = 'pending' AND expires_at > clock_timestamp()"
                                        " AND ($1 = '' OR environment = $1) ORDER BY requested_at, id LIMIT 1000",
                                  utf8(environment))
                : txn.exec_params(std::string("SELECT ") + approvalColumns
                                      + " FROM opsdeck.approvals WHERE id = $1 OR (length($1) >= 6 AND starts_with(id, $1))"
                                        " ORDER BY requested_at, id LIMIT 2",
                                  utf8(idOrPrefix));
        QList<ApprovalRequest> out;
        for (const auto &row : rows)
            out.append(approvalFrom(row));
        return out;
    });
}

} // namespace opsdeck
