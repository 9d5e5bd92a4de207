#include "backups/BackupCatalog.h"

#include <QTest>

using namespace opsdeck;

namespace {

constexpr qint64 kNow = 1'750'000'000; // the host's clock in every case
constexpr qint64 kHour = 3600;

RemoteFileEntry file(const char *name, qint64 ageSecs, qint64 size = 1000, RemoteFileEntry::Type type = RemoteFileEntry::Type::File)
{
    RemoteFileEntry e;
    e.name = name;
    e.type = type;
    e.size = size;
    e.mtime = kNow - ageSecs;
    e.hasMtime = true;
    return e;
}

// A set of the three parts, `ageHours` old, named with a stamp derived from the age.
QList<RemoteFileEntry> set(const char *stamp, qint64 ageHours, qint64 size = 1000)
{
    const QByteArray s(stamp);
    return {file(QByteArray("database_" + s + ".sql.gz").constData(), ageHours * kHour, size),
            file(QByteArray("storage_" + s + ".tar.gz").constData(), ageHours * kHour, size),
            file(QByteArray("application_" + s + ".tar.gz").constData(), ageHours * kHour, size)};
}

CommandResult hostClock(qint64 now = kNow)
{
    return {CommandResult::Status::Completed, 0, QByteArray::number(now) + '\n', {}, {}, 1};
}

BackupConfig location()
{
    BackupConfig c;
    c.name = QStringLiteral("main");
    c.path = QStringLiteral("/var/backups/app");
    c.patterns = {QStringLiteral("*.gz")};
    c.rpo = Milliseconds(24 * kHour * 1000);
    return c;
}

SftpListing listing(const QList<RemoteFileEntry> &entries)
{
    SftpListing l;
    l.status = SftpListing::Status::Listed;
    l.connection = CommandResult::Status::Completed;
    l.entries = entries;
    l.scanned = entries.size();
    return l;
}

} // namespace

class TestBackupCatalog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sets_data()
    {
        QTest::addColumn<QList<RemoteFileEntry>>("entries");
        QTest::addColumn<QStringList>("incomplete"); // "stamp:missing,parts"
        QTest::addColumn<QString>("newest");         // stamp of the newest complete set, empty for none
        QTest::addColumn<bool>("stale");
        QTest::addColumn<QStringList>("flagged");    // display names of files with problems

        QTest::newRow("three complete sets") << (set("20250101_020000", 50) + set("20250102_020000", 26) + set("20250103_020000", 2))
                                             << QStringList() << QStringLiteral("20250103_020000") << false << QStringList();
        QTest::newRow("newest set lacks storage")
            << (set("20250101_020000", 26) + set("20250102_020000", 2).mid(0, 1) + set("20250102_020000", 2).mid(2))
            << QStringList{QStringLiteral("20250102_020000:storage")} << QStringLiteral("20250101_020000") << true << QStringList();
        QTest::newRow("age exactly the RPO is stale") << set("20250101_020000", 24) << QStringList() << QStringLiteral("20250101_020000") << true
                                                      << QStringList();
        QTest::newRow("a second under the RPO is fresh")
            << QList<RemoteFileEntry>{file("database_20250101_020000.sql.gz", 24 * kHour - 1)} << QStringList()
            << QStringLiteral("20250101_020000") << false << QStringList();
        QList<RemoteFileEntry> small = set("20250101_020000", 96) + set("20250102_020000", 72) + set("20250103_020000", 48)
                                     + set("20250104_020000", 2);
        small[9].size = 499; // database of the newest set: under half of 1000
        small[10].size = 500; // storage: exactly half is not "under half"
        QTest::newRow("small file flagged") << small << QStringList() << QStringLiteral("20250104_020000") << false
                                            << QStringList{QStringLiteral("database_20250104_020000.sql.gz")};
        QList<RemoteFileEntry> link = set("20250101_020000", 26) + set("20250102_020000", 2);
        link[3].type = RemoteFileEntry::Type::Symlink;
        link[3].linkTarget = "/etc/passwd";
        QTest::newRow("symlink is not a backup") << link << QStringList{QStringLiteral("20250102_020000:database")}
                                                 << QStringLiteral("20250101_020000") << true
                                                 << QStringList{QStringLiteral("database_20250102_020000.sql.gz")};
        QTest::newRow("future mtime is not fresh") << (set("20250101_020000", 30) + set("20990101_020000", -48)) << QStringList{
            QStringLiteral("20990101_020000:database,storage,application")} << QStringLiteral("20250101_020000") << true
            << QStringList{QStringLiteral("application_20990101_020000.tar.gz"), QStringLiteral("database_20990101_020000.sql.gz"),
                           QStringLiteral("storage_20990101_020000.tar.gz")}; // oldest first, then by name
        QTest::newRow("hostile names kept apart")
            << (set("20250101_020000", 2) + QList<RemoteFileEntry>{file("evil\nname.gz", 1), file("bad\xff.gz", 1)}) << QStringList()
            << QStringLiteral("20250101_020000") << false << QStringList();
        QTest::newRow("only database dumps") << QList<RemoteFileEntry>{file("database_20250101_020000.sql.gz", 3)} << QStringList()
                                             << QStringLiteral("20250101_020000") << false << QStringList();
        QTest::newRow("nothing") << QList<RemoteFileEntry>{} << QStringList() << QString() << true << QStringList();
        QTest::newRow("empty file") << QList<RemoteFileEntry>{file("database_20250101_020000.sql.gz", 3, 0)} << QStringList()
                                    << QStringLiteral("20250101_020000") << false
                                    << QStringList{QStringLiteral("database_20250101_020000.sql.gz")};
    }
    void sets()
    {
        QFETCH(QList<RemoteFileEntry>, entries);
        QFETCH(QStringList, incomplete);
        QFETCH(QString, newest);
        QFETCH(bool, stale);
        QFETCH(QStringList, flagged);
        const BackupLocationReport r = BackupCatalog::build(QStringLiteral("production"), QStringLiteral("web-1"), location(), hostClock(), listing(entries));
        QCOMPARE(r.files.size(), entries.size());
        QStringList gotIncomplete;
        for (const BackupSet &s : r.sets) {
            if (!s.complete)
                gotIncomplete << s.stamp + u':' + s.missing.join(u',');
        }
        QCOMPARE(gotIncomplete, incomplete);
        QCOMPARE(r.newestComplete >= 0 ? r.sets.at(r.newestComplete).stamp : QString(), newest);
        QCOMPARE(r.stale, stale);
        QStringList gotFlagged;
        for (const BackupFile &f : r.files) {
            if (!f.problems.isEmpty())
                gotFlagged << f.displayName;
        }
        QCOMPARE(gotFlagged, flagged);
        for (const BackupFile &f : r.files)
            QVERIFY2(!f.displayName.contains(u'\n'), qPrintable(f.displayName));
    }

    void oldestFirstAndAge()
    {
        const BackupLocationReport r = BackupCatalog::build({}, QStringLiteral("h"), location(), hostClock(),
                                                            listing(set("20250103_020000", 5) + set("20250101_020000", 53)));
        QCOMPARE(r.sets.constFirst().stamp, QStringLiteral("20250101_020000"));
        QCOMPARE(r.newestCompleteAgeSecs, 5 * kHour);
        QCOMPARE(r.expectedParts, (QStringList{QStringLiteral("database"), QStringLiteral("storage"), QStringLiteral("application")}));
        QVERIFY2(r.freshness.contains(QStringLiteral("5 h 0 m")), qPrintable(r.freshness));
    }

    void ageOnTheHostClock()
    {
        // The console's clock plays no part: the same listing judged with two host clocks.
        const auto entries = set("20250101_020000", 0);
        BackupLocationReport r = BackupCatalog::build({}, QStringLiteral("h"), location(), hostClock(kNow + 23 * kHour), listing(entries));
        QVERIFY(!r.stale);
        r = BackupCatalog::build({}, QStringLiteral("h"), location(), hostClock(kNow + 25 * kHour), listing(entries));
        QVERIFY(r.stale);
    }

    void unknownClockOrListing()
    {
        CommandResult noClock;
        noClock.status = CommandResult::Status::TimedOut;
        noClock.error = QStringLiteral("timed out");
        BackupLocationReport r = BackupCatalog::build({}, QStringLiteral("h"), location(), noClock, listing(set("20250101_020000", 1)));
        QVERIFY(r.stale);
        QVERIFY2(r.freshness.contains(QStringLiteral("timed out")), qPrintable(r.freshness));

        SftpListing denied;
        denied.status = SftpListing::Status::PermissionDenied;
        denied.error = QStringLiteral("permission denied reading /var/backups/app");
        r = BackupCatalog::build({}, QStringLiteral("h"), location(), hostClock(), denied);
        QVERIFY(r.stale);
        QVERIFY(!r.listed());
        QVERIFY2(r.freshness.contains(QStringLiteral("permission denied")), qPrintable(r.freshness));

        SftpListing cut = listing(set("20250101_020000", 1));
        cut.truncated = true;
        cut.truncation = QStringLiteral("the directory has more than 10 entries");
        r = BackupCatalog::build({}, QStringLiteral("h"), location(), hostClock(), cut);
        QVERIFY2(r.freshness.contains(QStringLiteral("more than 10 entries")), qPrintable(r.freshness));
    }

    void sftpStatusMapping()
    {
        QCOMPARE(sftpListingStatusFor(3 /* SSH_FX_PERMISSION_DENIED */), SftpListing::Status::PermissionDenied);
        QCOMPARE(sftpListingStatusFor(2 /* SSH_FX_NO_SUCH_FILE */), SftpListing::Status::NotFound);
        QCOMPARE(sftpListingStatusFor(10 /* SSH_FX_NO_SUCH_PATH */), SftpListing::Status::NotFound);
        QCOMPARE(sftpListingStatusFor(4 /* SSH_FX_FAILURE */), SftpListing::Status::Failed);
    }
};

QTEST_GUILESS_MAIN(TestBackupCatalog)
#include "TestBackupCatalog.moc"
