#include "Outbox.h"

#include "EventLimits.h"

#include "../support/LogCategories.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Outbox)
};

// An outbox entry is the event as JSON: its text columns within EventLimits (the details limit is on
// their JSON already), with room for the escapes of the other strings.
constexpr qint64 maxEntryBytes = 2 * (qint64(EventLimits::detailsBytes) + EventLimits::summaryBytes + 4 * EventLimits::nameBytes
                                      + EventLimits::kindBytes + EventLimits::keyBytes + 1024);

QJsonObject toJson(const Event &e)
{
    return {{QStringLiteral("kind"), e.kind},       {QStringLiteral("environment"), e.environment},
            {QStringLiteral("host"), e.host},       {QStringLiteral("service"), e.service},
            {QStringLiteral("summary"), e.summary}, {QStringLiteral("details"), e.details},
            {QStringLiteral("key"), e.key},         {QStringLiteral("localTime"), e.time.toString(Qt::ISODateWithMs)}};
}

Event fromJson(const QJsonObject &o)
{
    Event e;
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.environment = o.value(QStringLiteral("environment")).toString();
    e.host = o.value(QStringLiteral("host")).toString();
    e.service = o.value(QStringLiteral("service")).toString();
    e.summary = o.value(QStringLiteral("summary")).toString();
    e.details = o.value(QStringLiteral("details")).toObject();
    e.key = o.value(QStringLiteral("key")).toString();
    e.time = QDateTime::fromString(o.value(QStringLiteral("localTime")).toString(), Qt::ISODateWithMs);
    e.pending = true;
    return e;
}
} // namespace

Outbox::Outbox(QString connectionName, QString path) : m_connectionName(std::move(connectionName)), m_path(std::move(path)) {}

Outbox::~Outbox()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Outbox::pathFor(const QString &storeLocation)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    const QByteArray id = QCryptographicHash::hash(storeLocation.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return dir + QStringLiteral("/opsdeck/outbox/") + QString::fromLatin1(id) + QStringLiteral(".db");
}

StoreResult<std::unique_ptr<Outbox>> Outbox::open(const QString &path)
{
    using Result = StoreResult<std::unique_ptr<Outbox>>;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Result::failure(Text::tr("cannot create the outbox directory %1").arg(info.absolutePath()));
    QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString name = QStringLiteral("opsdeck-outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Outbox> outbox(new Outbox(name, info.absoluteFilePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Result::failure(Text::tr("cannot open the outbox %1: %2").arg(path, db.lastError().text()));
    QFile::setPermissions(info.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner);
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS pending (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " key TEXT NOT NULL UNIQUE, event TEXT NOT NULL)")))
        return Result::failure(Text::tr("cannot use the outbox %1: %2").arg(path, q.lastError().text()));
    outbox->recount();
    return Result::success(std::move(outbox));
}

void Outbox::recount()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    m_count = q.exec(QStringLiteral("SELECT COUNT(*) FROM pending")) && q.next() ? q.value(0).toInt() : 0;
}

StoreResult<bool> Outbox::put(const Event &event)
{
    if (event.key.isEmpty())
        return StoreResult<bool>::failure(QStringLiteral("an outbox event needs a key"));
    // The team store would refuse it on replay: refuse it now, while the writer can still be told.
    if (const QString tooLarge = EventLimits::check(event); !tooLarge.isEmpty())
        return StoreResult<bool>::failure(tooLarge);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO pending (key, event) VALUES (?, ?)"));
    q.addBindValue(event.key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return StoreResult<bool>::failure(Text::tr("cannot write to the outbox: %1").arg(q.lastError().text()));
    recount();
    return StoreResult<bool>::success(true);
}

StoreResult<QList<Event>> Outbox::pending(int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // An entry larger than any event the limits allow (queued before they existed) is never read
    // into memory: the store would refuse it anyway, so it is dropped, with a warning.
    q.prepare(QStringLiteral("SELECT key, CASE WHEN length(CAST(event AS BLOB)) <= ? THEN event END FROM pending ORDER BY seq LIMIT ?"));
    q.addBindValue(maxEntryBytes);
    q.addBindValue(limit);
    if (!q.exec())
        return StoreResult<QList<Event>>::failure(Text::tr("cannot read the outbox: %1").arg(q.lastError().text()));
    QList<Event> events;
    QStringList oversized;
    while (q.next()) {
        if (q.value(1).isNull())
            oversized << q.value(0).toString();
        else
            events.append(fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()));
    }
    q.finish();
    for (const QString &key : std::as_const(oversized)) {
        qCWarning(lcStore) << "outbox event" << key << "is larger than the store takes; dropped";
        remove(key);
    }
    return StoreResult<QList<Event>>::success(events);
}

StoreResult<bool> Outbox::remove(const QString &key)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM pending WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return StoreResult<bool>::failure(Text::tr("cannot update the outbox: %1").arg(q.lastError().text()));
    recount();
    return StoreResult<bool>::success(true);
}

} // namespace opsdeck
