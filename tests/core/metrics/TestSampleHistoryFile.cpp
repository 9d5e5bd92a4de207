// The per-user sample history on a real SQLite file: samples come back after the file is reopened;
// compaction keeps raw samples for the raw tier's age, merges older ones into per-minute aggregates
// (low, high, count-weighted average; a late sample joins its minute's aggregate) and deletes what is
// older than the last tier; the file stays bounded however long it runs; a file it cannot use is an
// error, never overwritten.

#include "metrics/SampleHistoryFile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
// A fixed "now", on a minute boundary, so that buckets are predictable.
constexpr qint64 kNow = 1'780'000'020'000LL / kMinute * kMinute;
} // namespace

class TestSampleHistoryFile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samplesSurviveReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/history.sqlite"));
        {
            SampleHistoryFile file;
            QCOMPARE(file.open(path), QString());
            QCOMPARE(file.append({{QStringLiteral("latency:a"), kNow - 2000, 12.0}, {QStringLiteral("latency:a"), kNow - 1000, 14.0},
                                  {QStringLiteral("cpu:h"), kNow - 1000, 55.5}}),
                     QString());
        }
        // Private to the user, like the event store.
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
        SampleHistoryFile file;
        QCOMPARE(file.open(path), QString());
        QString error;
        const StoredSeries series = file.load(kNow - kHour, &error);
        QCOMPARE(error, QString());
        QCOMPARE(series.size(), 2);
        const QList<StoredSample> a = series.value(QStringLiteral("latency:a"));
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).timeMs, kNow - 2000);
        QCOMPARE(a.at(0).average, 12.0);
        QVERIFY(!a.at(0).isAggregate());
        QCOMPARE(a.at(1).average, 14.0);
        QCOMPARE(series.value(QStringLiteral("cpu:h")).at(0).high, 55.5);
        // Older than asked: not read.
        QCOMPARE(file.load(kNow - 1500).value(QStringLiteral("latency:a")).size(), 1);
    }

    // One sample of a given age, compacted: what is left of it.
    void compactsByAge_data()
    {
        QTest::addColumn<qint64>("age");
        QTest::addColumn<int>("rows");      // 0: pruned
        QTest::addColumn<qint64>("spanMs"); // of what is left
        QTest::newRow("a minute old: raw") << kMinute << 1 << qint64(0);
        QTest::newRow("just under 1 h: raw") << kHour - 1000 << 1 << qint64(0);
        QTest::newRow("1 h 1 min: a minute") << kHour + kMinute << 1 << kMinute;
        QTest::newRow("5 h 59 min: a minute") << 6 * kHour - kMinute << 1 << kMinute;
        QTest::newRow("6 h 5 min: five minutes") << 6 * kHour + 5 * kMinute << 1 << 5 * kMinute;
        QTest::newRow("23 h: five minutes") << 23 * kHour << 1 << 5 * kMinute;
        QTest::newRow("24 h 6 min: pruned") << 24 * kHour + 6 * kMinute << 0 << qint64(0); // its five minutes ended before the day
        QTest::newRow("a week: pruned") << 7 * 24 * kHour << 0 << qint64(0);
    }

    void compactsByAge()
    {
        QFETCH(qint64, age);
        QFETCH(int, rows);
        QFETCH(qint64, spanMs);
        QTemporaryDir dir;
        SampleHistoryFile file;
        QCOMPARE(file.open(dir.filePath(QStringLiteral("h.sqlite"))), QString());
        QCOMPARE(file.append({{QStringLiteral("latency:a"), kNow - age, 42.0}}), QString());
        QCOMPARE(file.compact(kNow), QString());
        const StoredSeries series = file.load(0);
        QCOMPARE(file.rowCount(), qint64(rows));
        QCOMPARE(series.value(QStringLiteral("latency:a")).size(), rows);
        if (rows == 0) {
            QVERIFY(series.isEmpty()); // the series' name went with its last sample
            return;
        }
        const StoredSample s = series.value(QStringLiteral("latency:a")).constFirst();
        QCOMPARE(s.spanMs, spanMs);
        QCOMPARE(s.average, 42.0);
        QCOMPARE(s.count, qint64(1));
        if (spanMs > 0)
            QCOMPARE(s.timeMs, (kNow - age) / spanMs * spanMs); // the minute it fell in
    }

    void aMinuteKeepsLowHighAndAverage()
    {
        QTemporaryDir dir;
        SampleHistoryFile file;
        QCOMPARE(file.open(dir.filePath(QStringLiteral("h.sqlite"))), QString());
        const qint64 minute = kNow - 3 * kHour;
        // Six samples in one minute (10 s apart), one spike; and one in the next minute.
        QList<SampleHistoryFile::Pending> batch;
        const double values[] = {10, 12, 500, 11, 9, 10};
        for (int i = 0; i < 6; ++i)
            batch.append({QStringLiteral("latency:a"), minute + i * 10'000, values[i]});
        batch.append({QStringLiteral("latency:a"), minute + kMinute, 20});
        QCOMPARE(file.append(batch), QString());
        QCOMPARE(file.compact(kNow), QString());
        QList<StoredSample> a = file.load(0).value(QStringLiteral("latency:a"));
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).timeMs, minute);
        QCOMPARE(a.at(0).spanMs, kMinute);
        QCOMPARE(a.at(0).low, 9.0);
        QCOMPARE(a.at(0).high, 500.0); // the spike survives
        QCOMPARE(a.at(0).average, 552.0 / 6);
        QCOMPARE(a.at(0).count, qint64(6));
        QCOMPARE(a.at(1).average, 20.0);
        // A late sample of that minute joins its aggregate: one row per minute, the average weighted.
        QCOMPARE(file.append({{QStringLiteral("latency:a"), minute + 30'000, 1.0}}), QString());
        QCOMPARE(file.compact(kNow + 1000), QString());
        a = file.load(0).value(QStringLiteral("latency:a"));
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).low, 1.0);
        QCOMPARE(a.at(0).count, qint64(7));
        QCOMPARE(a.at(0).average, 553.0 / 7);
        // Drawn as a line: its low, then its high, inside its minute.
        QVERIFY(a.at(0).lowAtMs() > minute && a.at(0).lowAtMs() < a.at(0).highAtMs() && a.at(0).highAtMs() < minute + kMinute);
    }

    // Two days of a sample every 10 s, compacted every ten minutes as the console does: the file
    // holds an hour of raw samples, 5 h of minutes and 18 h of five minutes, never more.
    void staysBounded()
    {
        QTemporaryDir dir;
        SampleHistoryFile file;
        QCOMPARE(file.open(dir.filePath(QStringLiteral("h.sqlite"))), QString());
        const qint64 start = kNow - 48 * kHour;
        qint64 mostRows = 0;
        for (qint64 batchStart = start; batchStart < kNow; batchStart += 10 * kMinute) {
            QList<SampleHistoryFile::Pending> batch;
            for (qint64 t = batchStart; t < batchStart + 10 * kMinute; t += 10'000)
                batch.append({QStringLiteral("latency:a"), t, double(t % 1000)});
            QCOMPARE(file.append(batch), QString());
            QCOMPARE(file.compact(batchStart + 10 * kMinute), QString());
            mostRows = std::max(mostRows, file.rowCount());
        }
        const qint64 bound = kHour / 10'000 + 5 * 60 + 18 * 12 + 60 + 10 + 3; // the tiers, one compaction's worth, edges
        QVERIFY2(mostRows <= bound, qPrintable(QStringLiteral("%1 rows, bound %2").arg(mostRows).arg(bound)));
        const QList<StoredSample> a = file.load(0).value(QStringLiteral("latency:a"));
        QVERIFY(a.constFirst().timeMs + a.constFirst().spanMs > kNow - 24 * kHour);
        QVERIFY(a.constFirst().isAggregate());
        QVERIFY(!a.constLast().isAggregate());
        // Oldest first, and nothing counted twice: the minutes hold six samples each.
        for (qsizetype i = 1; i < a.size(); ++i)
            QVERIFY(a.at(i - 1).timeMs < a.at(i).timeMs);
        qint64 total = 0;
        for (const StoredSample &s : a) {
            QCOMPARE(s.count, std::max<qint64>(1, s.spanMs / 10'000));
            total += s.count;
        }
        QCOMPARE(total, (kNow - (a.constFirst().timeMs)) / 10'000);
    }

    void refusesWhatItCannotUse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a database") << QByteArray("this is not SQLite, it is text\n").repeated(200) << QStringLiteral("cannot use");
        QTest::newRow("a newer version") << QByteArray() << QStringLiteral("written by a newer OpsDeck");
    }

    void refusesWhatItCannotUse()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        if (content.isEmpty()) {
            SampleHistoryFile newer;
            QCOMPARE(newer.open(path), QString());
            QCOMPARE(newer.append({{QStringLiteral("latency:a"), kNow, 1.0}}), QString());
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        if (content.isEmpty()) {
            // As a later OpsDeck would leave it.
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        }
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        SampleHistoryFile file;
        const QString result = file.open(path);
        QVERIFY2(result.contains(error), qPrintable(result));
        QVERIFY(!file.isOpen());
        QVERIFY(!file.append({{QStringLiteral("latency:a"), kNow, 1.0}}).isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // left as it was
    }
};

QTEST_GUILESS_MAIN(TestSampleHistoryFile)
#include "TestSampleHistoryFile.moc"
