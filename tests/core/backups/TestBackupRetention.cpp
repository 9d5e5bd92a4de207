#include "backups/BackupCatalog.h"
#include "backups/BackupRetention.h"

#include <QTest>

using namespace opsdeck;

namespace {

constexpr qint64 kNow = 1'750'000'000;
constexpr qint64 kDay = 86400;

BackupLocationReport reportWith(const QList<QPair<QByteArray, qint64>> &namesAndAges, Milliseconds retention = Milliseconds(7 * kDay * 1000),
                                BackupConfig::Keep keep = {})
{
    SftpListing listing;
    listing.status = SftpListing::Status::Listed;
    listing.connection = CommandResult::Status::Completed;
    for (const auto &[name, age] : namesAndAges) {
        RemoteFileEntry e;
        e.name = name;
        e.type = RemoteFileEntry::Type::File;
        e.size = 100;
        e.mtime = kNow - age;
        e.hasMtime = true;
        listing.entries << e;
    }
    BackupConfig location;
    location.name = QStringLiteral("main");
    location.path = QStringLiteral("/b");
    location.patterns = {QStringLiteral("*.gz")};
    location.retention = retention;
    location.keep = keep;
    const CommandResult clock{CommandResult::Status::Completed, 0, QByteArray::number(kNow), {}, {}, 1};
    return BackupCatalog::build({}, QStringLiteral("h"), location, clock, listing);
}

// "database_20250615_140640.sql.gz" for a set finished `age` seconds before kNow (UTC).
QByteArray setName(const char *part, qint64 age)
{
    return QByteArray(part) + '_' + QDateTime::fromSecsSinceEpoch(kNow - age, Qt::UTC).toString(QStringLiteral("yyyyMMdd_HHmmss")).toLatin1()
           + (qstrcmp(part, "database") == 0 ? ".sql.gz" : ".tar.gz");
}

} // namespace

class TestBackupRetention final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Without a translator loaded, %n plurals read "day(s)"; the English .qm says "days"/"day".
    // GNU find: "any fractional part is ignored, so to match -atime +1, a file has to have been
    // accessed at least two days ago". +7 deletes at 8 × 24 h, not 7 × 24 h + 1 s.
    void windowEdges_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("age");
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<QString>("reason");
        QTest::newRow("+7, just written") << 7 << qint64(0) << false << QStringLiteral("within 7 day(s), deleted in 8 d 0 h");
        QTest::newRow("+7, exactly 7 days") << 7 << 7 * kDay << false << QStringLiteral("within 7 day(s), deleted in 1 d 0 h");
        QTest::newRow("+7, 7 days and 1 s") << 7 << 7 * kDay + 1 << false << QStringLiteral("within 7 day(s), deleted in 23 h 59 m");
        QTest::newRow("+7, 8 days less 1 s") << 7 << 8 * kDay - 1 << false << QStringLiteral("within 7 day(s), deleted in 1 s");
        QTest::newRow("+7, exactly 8 days") << 7 << 8 * kDay << true << QStringLiteral("deleted by the next run (8 d 0 h old, more than 7 whole day(s))");
        QTest::newRow("+7, 8 days 2 h") << 7 << 8 * kDay + 7200 << true << QStringLiteral("deleted by the next run (8 d 2 h old, more than 7 whole day(s))");
        QTest::newRow("+7, 5 d 21 h") << 7 << 5 * kDay + 21 * 3600 << false << QStringLiteral("within 7 day(s), deleted in 2 d 3 h");
        QTest::newRow("+1, 1 day 23 h") << 1 << kDay + 23 * 3600 << false << QStringLiteral("within 1 day(s), deleted in 1 h 0 m");
        QTest::newRow("+1, 2 days") << 1 << 2 * kDay << true << QStringLiteral("deleted by the next run (2 d 0 h old, more than 1 whole day(s))");
        QTest::newRow("future mtime") << 7 << -2 * kDay << false << QStringLiteral("modified in the future on the host's clock, deleted in 10 d 0 h");
    }
    void windowEdges()
    {
        QFETCH(int, days);
        QFETCH(qint64, age);
        QFETCH(bool, deleted);
        QFETCH(QString, reason);
        QCOMPARE(BackupRetention::findMtimeMatches(age, days), deleted);
        const RetentionPreview p = BackupRetention::preview(reportWith({{"x.gz", age}}, Milliseconds(days * kDay * 1000)));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.days, days);
        QCOMPARE(p.files.size(), 1);
        QCOMPARE(p.files.constFirst().deletedNextRun, deleted);
        QCOMPARE(p.files.constFirst().reason, reason);
    }

    void warnsWhenTheNewestCompleteSetGoes()
    {
        // Backups stopped nine days ago: everything left goes with the next run.
        RetentionPreview p = BackupRetention::preview(reportWith({{"database_20250101_020000.sql.gz", 10 * kDay},
                                                                  {"database_20250102_020000.sql.gz", 9 * kDay}}));
        QCOMPARE(p.deletedNextRun(), 2);
        QCOMPARE(p.warnings.size(), 1);
        QVERIFY2(p.warnings.constFirst().contains(QStringLiteral("20250102_020000")), qPrintable(p.warnings.constFirst()));
        // A newer set keeps the warning away.
        p = BackupRetention::preview(reportWith({{"database_20250101_020000.sql.gz", 10 * kDay},
                                                 {"database_20250109_020000.sql.gz", 1 * kDay}}));
        QCOMPARE(p.deletedNextRun(), 1);
        QVERIFY(p.warnings.isEmpty());
    }

    // keep: daily 3, weekly 2, monthly 2 over 40 daily sets at 12:06 UTC plus a second set on the
    // newest day (14:06). kNow is Sunday 2025-06-15 15:06:40 UTC, ISO week 2025-W24.
    void keepPolicy_data()
    {
        QTest::addColumn<qint64>("age");
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<QString>("reason");
        const qint64 h = 3600;
        QTest::newRow("newest: every rule") << 1 * h << false
                                            << QStringLiteral("kept: newest of 2025-06-15 (daily 1 of 3); newest of week 2025-W24 (weekly 1 of 2); "
                                                              "newest of 2025-06 (monthly 1 of 2)");
        QTest::newRow("older set of the same day") << 3 * h << true
                                                   << QStringLiteral("deleted: not the newest complete set (or lone file) of a kept day, week or month");
        QTest::newRow("Saturday") << kDay + 3 * h << false << QStringLiteral("kept: newest of 2025-06-14 (daily 2 of 3)");
        QTest::newRow("Friday") << 2 * kDay + 3 * h << false << QStringLiteral("kept: newest of 2025-06-13 (daily 3 of 3)");
        QTest::newRow("Thursday: past the dailies") << 3 * kDay + 3 * h << true
                                                    << QStringLiteral("deleted: not the newest complete set (or lone file) of a kept day, week or month");
        QTest::newRow("Sunday of the week before") << 7 * kDay + 3 * h << false << QStringLiteral("kept: newest of week 2025-W23 (weekly 2 of 2)");
        QTest::newRow("Saturday of the week before") << 8 * kDay + 3 * h << true
                                                     << QStringLiteral("deleted: not the newest complete set (or lone file) of a kept day, week or month");
        QTest::newRow("last of May") << 15 * kDay + 3 * h << false << QStringLiteral("kept: newest of 2025-05 (monthly 2 of 2)");
        QTest::newRow("April: past the monthlies") << 39 * kDay + 3 * h << true
                                                   << QStringLiteral("deleted: not the newest complete set (or lone file) of a kept day, week or month");
    }
    void keepPolicy()
    {
        QFETCH(qint64, age);
        QFETCH(bool, deleted);
        QFETCH(QString, reason);
        QList<QPair<QByteArray, qint64>> files{{setName("database", 3600), 3600}};
        for (int d = 0; d < 40; ++d)
            files.append({setName("database", d * kDay + 3 * 3600), d * kDay + 3 * 3600});
        const BackupLocationReport report = reportWith(files, Milliseconds(7 * kDay * 1000), BackupConfig::Keep{3, 2, 2});
        const RetentionPreview p = BackupRetention::preview(report);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.policy, QStringLiteral("keep 3 daily, 2 weekly, 2 monthly (UTC days, ISO weeks, months)"));
        QCOMPARE(p.deletedNextRun(), 41 - 3 - 1 - 1); // daily 3 (the newest also weekly and monthly), weekly 1 more, monthly 1 more
        QVERIFY(p.warnings.isEmpty());
        bool found = false;
        for (const RetentionVerdict &v : p.files) {
            if (report.files.at(v.file).name != setName("database", age))
                continue;
            found = true;
            QCOMPARE(v.deletedNextRun, deleted);
            QCOMPARE(v.reason, reason);
        }
        QVERIFY(found);
    }

    // An incomplete set takes no slot: the day's slot goes to the newest complete set.
    void keepPolicySkipsIncompleteSets()
    {
        const qint64 h = 3600;
        const BackupLocationReport report = reportWith({{setName("database", 1 * h), 1 * h},
                                                        {setName("database", 3 * h), 3 * h},
                                                        {setName("storage", 3 * h), 3 * h}},
                                                       Milliseconds(7 * kDay * 1000), BackupConfig::Keep{1, 0, 0});
        const RetentionPreview p = BackupRetention::preview(report);
        QCOMPARE(p.policy, QStringLiteral("keep 1 daily (UTC days, ISO weeks, months)"));
        QStringList reasons;
        for (const RetentionVerdict &v : p.files)
            reasons << QString::fromLatin1(report.files.at(v.file).name) + QStringLiteral(": ") + v.reason;
        reasons.sort();
        QStringList expected{QString::fromLatin1(setName("database", 1 * h)) + QStringLiteral(": deleted: set ")
                                           + QString::fromLatin1(setName("database", 1 * h)).mid(9, 15)
                                           + QStringLiteral(" is incomplete (no storage) and takes no slot of the policy"),
                                       QString::fromLatin1(setName("database", 3 * h)) + QStringLiteral(": kept: newest of 2025-06-15 (daily 1 of 1)"),
                                       QString::fromLatin1(setName("storage", 3 * h)) + QStringLiteral(": kept: newest of 2025-06-15 (daily 1 of 1)")};
        expected.sort();
        QCOMPARE(reasons, expected);
    }

    void refusals_data()
    {
        QTest::addColumn<qint64>("retentionMs");
        QTest::addColumn<QString>("error");
        QTest::newRow("36h") << qint64(36 * 3600 * 1000) << QStringLiteral("retention 36h is not a whole number of days: find -mtime +N counts whole days");
        QTest::newRow("7d") << qint64(7 * kDay * 1000) << QString();
    }
    void refusals()
    {
        QFETCH(qint64, retentionMs);
        QFETCH(QString, error);
        QCOMPARE(BackupRetention::preview(reportWith({{"a.gz", 1}}, Milliseconds(retentionMs))).error, error);
    }
};

QTEST_GUILESS_MAIN(TestBackupRetention)
#include "TestBackupRetention.moc"
