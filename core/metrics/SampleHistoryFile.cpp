#include "SampleHistoryFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SampleHistoryFile)
};

constexpr int kSchemaVersion = 1;
constexpr qint64 kHour = 3600'000;

QString describe(const QSqlError &error)
{
    return error.text().isEmpty() ? Text::tr("unknown SQLite error") : error.text();
}

// A series name is stored once; samples refer to it by number (a million rows stay small).
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS series (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS samples (series INTEGER NOT NULL, t INTEGER NOT NULL, span INTEGER NOT NULL,"
    " low REAL NOT NULL, high REAL NOT NULL, average REAL NOT NULL, n INTEGER NOT NULL,"
    " PRIMARY KEY (series, t, span)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS samples_by_age ON samples (span, t)",
};
} // namespace

QList<HistoryTier> SampleHistoryFile::defaultTiers()
{
    return {{0, kHour}, {60'000, 6 * kHour}, {5 * 60'000, 24 * kHour}};
}

SampleHistoryFile::SampleHistoryFile(QList<HistoryTier> tiers) : m_tiers(std::move(tiers)) {}

SampleHistoryFile::~SampleHistoryFile()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString SampleHistoryFile::open(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Text::tr("the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)");
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Text::tr("cannot create the directory %1").arg(info.absolutePath());
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString connection = QStringLiteral("opsdeck-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(info.absoluteFilePath());
        // Two consoles of the same user share the file; this thread may wait for the other's batch.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QSqlQuery query(db);
        if (!db.open()) {
            error = Text::tr("cannot open %1: %2").arg(path, describe(db.lastError()));
        } else if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.exec(QStringLiteral("PRAGMA user_version"))
                   || !query.next()) {
            error = Text::tr("cannot use %1: %2").arg(path, describe(query.lastError()));
        } else if (const int version = query.value(0).toInt(); version > kSchemaVersion) {
            error = Text::tr("%1 was written by a newer OpsDeck (history version %2); the window keeps no history").arg(path).arg(version);
        } else {
            // A cache: losing the last seconds on a power cut costs nothing, a sync per batch would.
            query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            for (const char *statement : kSchema) {
                if (error.isEmpty() && !query.exec(QString::fromLatin1(statement)))
                    error = Text::tr("cannot create the history in %1: %2").arg(path, describe(query.lastError()));
            }
            if (error.isEmpty() && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)))
                error = Text::tr("cannot create the history in %1: %2").arg(path, describe(query.lastError()));
        }
        query.finish();
    }
    if (!error.isEmpty()) {
        QSqlDatabase::removeDatabase(connection);
        return error;
    }
    QFile::setPermissions(info.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner);
    m_connection = connection;
    m_path = info.absoluteFilePath();
    return {};
}

QString SampleHistoryFile::append(const QList<Pending> &samples)
{
    if (m_connection.isEmpty())
        return Text::tr("the history file is not open");
    if (samples.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return describe(db.lastError());
    QSqlQuery name(db);
    name.prepare(QStringLiteral("INSERT INTO series (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO samples (series, t, span, low, high, average, n) VALUES (?, ?, 0, ?, ?, ?, 1)"));
    QHash<QString, qint64> ids;
    for (const Pending &sample : samples) {
        auto id = ids.constFind(sample.series);
        if (id == ids.cend()) {
            name.addBindValue(sample.series);
            if (!name.exec() || !name.next()) {
                const QString error = describe(name.lastError());
                db.rollback();
                return error;
            }
            id = ids.insert(sample.series, name.value(0).toLongLong());
            name.finish();
        }
        insert.addBindValue(*id);
        insert.addBindValue(sample.timeMs);
        insert.addBindValue(sample.value);
        insert.addBindValue(sample.value);
        insert.addBindValue(sample.value);
        if (!insert.exec()) {
            const QString error = describe(insert.lastError());
            db.rollback();
            return error;
        }
    }
    return db.commit() ? QString() : describe(db.lastError());
}

QString SampleHistoryFile::compact(qint64 nowMs)
{
    if (m_connection.isEmpty())
        return Text::tr("the history file is not open");
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return describe(db.lastError());
    QSqlQuery query(db);
    const auto fail = [&] {
        const QString error = describe(query.lastError());
        db.rollback();
        return error;
    };
    for (qsizetype i = 1; i < m_tiers.size(); ++i) {
        const qint64 resolution = m_tiers.at(i).resolutionMs;
        // Whole buckets only: one that straddles the previous tier's age waits until it is all older.
        const qint64 cutoff = (nowMs - m_tiers.at(i - 1).keptForMs) / resolution * resolution;
        // A bucket merged earlier takes late samples in (the upsert), so each bucket is one row.
        query.prepare(QStringLiteral("INSERT INTO samples (series, t, span, low, high, average, n)"
                                     " SELECT series, t / :res * :res, :res, min(low), max(high), sum(average * n) / sum(n), sum(n)"
                                     " FROM samples WHERE span < :res AND t < :cutoff GROUP BY series, t / :res"
                                     " ON CONFLICT (series, t, span) DO UPDATE SET low = min(low, excluded.low), high = max(high, excluded.high),"
                                     " average = (average * n + excluded.average * excluded.n) / (n + excluded.n), n = n + excluded.n"));
        query.bindValue(QStringLiteral(":res"), resolution);
        query.bindValue(QStringLiteral(":cutoff"), cutoff);
        if (!query.exec())
            return fail();
        query.prepare(QStringLiteral("DELETE FROM samples WHERE span < :res AND t < :cutoff"));
        query.bindValue(QStringLiteral(":res"), resolution);
        query.bindValue(QStringLiteral(":cutoff"), cutoff);
        if (!query.exec())
            return fail();
    }
    query.prepare(QStringLiteral("DELETE FROM samples WHERE t + span <= ?"));
    query.addBindValue(nowMs - m_tiers.constLast().keptForMs);
    if (!query.exec())
        return fail();
    if (!query.exec(QStringLiteral("DELETE FROM series WHERE NOT EXISTS (SELECT 1 FROM samples WHERE samples.series = series.id)")))
        return fail();
    if (!db.commit())
        return describe(db.lastError());
    m_lastCompactionMs = nowMs;
    return {};
}

StoredSeries SampleHistoryFile::load(qint64 sinceMs, QString *error) const
{
    StoredSeries result;
    const QString failure = forEachSeries(sinceMs, [&result](const QString &series, const QList<StoredSample> &samples) {
        result.insert(series, samples);
        return true;
    });
    if (error)
        *error = failure;
    return result;
}

QString SampleHistoryFile::forEachSeries(qint64 sinceMs,
                                         const std::function<bool(const QString &series, const QList<StoredSample> &samples)> &visit) const
{
    if (m_connection.isEmpty())
        return Text::tr("the history file is not open");
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // The names first (a few thousand), then each series by its key range: no row carries its
    // series' name, and no more than one series is in memory.
    QSqlQuery names(db);
    names.setForwardOnly(true);
    if (!names.exec(QStringLiteral("SELECT id, name FROM series ORDER BY name")))
        return describe(names.lastError());
    QList<std::pair<qint64, QString>> series;
    while (names.next())
        series.append({names.value(0).toLongLong(), names.value(1).toString()});
    if (names.lastError().isValid())
        return describe(names.lastError());
    names.finish();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT t, span, low, high, average, n FROM samples WHERE series = ? AND t + span >= ? ORDER BY t, span DESC")))
        return describe(query.lastError());
    QList<StoredSample> samples;
    for (const auto &[id, name] : std::as_const(series)) {
        query.addBindValue(id);
        query.addBindValue(sinceMs);
        if (!query.exec())
            return describe(query.lastError());
        samples.clear(); // keeps its capacity: one allocation for the longest series
        while (query.next()) {
            samples.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toDouble(), query.value(3).toDouble(),
                            query.value(4).toDouble(), query.value(5).toLongLong()});
        }
        if (query.lastError().isValid())
            return describe(query.lastError());
        query.finish();
        if (!samples.isEmpty() && !visit(name, samples))
            break;
    }
    return {};
}

qint64 SampleHistoryFile::rowCount() const
{
    if (m_connection.isEmpty())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("SELECT count(*) FROM samples")) && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace opsdeck
