// Freshness once sets are verified (BackupFreshness): the newest complete AND verified set is judged
// against the RPO when the location has one; a newer unverified, failed or changed set does not make
// it fresh; without any verified set the newest complete set is judged as before. And the
// per-environment roll-up the Dashboard shows.

#include "backups/BackupCatalog.h"
#include "backups/BackupFreshness.h"
#include "backups/BackupMonitor.h"

#include <QTest>

using namespace opsdeck;

namespace {

constexpr qint64 kNow = 1'750'000'000;
constexpr qint64 kHour = 3600;

QList<RemoteFileEntry> set(const char *stamp, qint64 ageHours)
{
    QList<RemoteFileEntry> entries;
    for (const char *part : {"database_%1.sql.gz", "storage_%1.tar.gz", "application_%1.tar.gz"}) {
        RemoteFileEntry e;
        e.name = QString::fromLatin1(part).arg(QLatin1String(stamp)).toUtf8();
        e.type = RemoteFileEntry::Type::File;
        e.size = 1000;
        e.mtime = kNow - ageHours * kHour;
        e.hasMtime = true;
        entries << e;
    }
    return entries;
}

BackupLocationReport report(const QString &environment = QStringLiteral("production"), const QString &host = QStringLiteral("web-1"))
{
    BackupConfig location;
    location.name = QStringLiteral("main");
    location.path = QStringLiteral("/var/backups");
    location.patterns = {QStringLiteral("*.gz")};
    location.rpo = Milliseconds(24 * kHour * 1000);
    SftpListing listing;
    listing.status = SftpListing::Status::Listed;
    listing.connection = CommandResult::Status::Completed;
    listing.entries = set("20250101_020000", 50) + set("20250102_020000", 26) + set("20250103_020000", 2);
    const CommandResult clock{CommandResult::Status::Completed, 0, QByteArray::number(kNow) + '\n', {}, {}, 1};
    BackupLocationReport r = BackupCatalog::build(environment, host, location, clock, listing);
    r.listedAt = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC);
    return r;
}

// "STAMP:ok" every file passed, "STAMP:failed" the database dump failed (the others passed),
// "STAMP:changed" the dump changed since its first verification, "STAMP:partial" two of three passed.
QHash<QByteArray, BackupVerifyRun::LastResult> results(const QStringList &spec)
{
    QHash<QByteArray, BackupVerifyRun::LastResult> map;
    for (const QString &s : spec) {
        const QString stamp = s.section(u':', 0, 0);
        const QString how = s.section(u':', 1);
        const QByteArray database = QStringLiteral("database_%1.sql.gz").arg(stamp).toUtf8();
        map.insert(BackupVerifyRun::resultKey(QStringLiteral("main"), QStringLiteral("storage_%1.tar.gz").arg(stamp).toUtf8()), {true, false, {}, {}});
        if (how != QLatin1String("partial"))
            map.insert(BackupVerifyRun::resultKey(QStringLiteral("main"), QStringLiteral("application_%1.tar.gz").arg(stamp).toUtf8()), {true, false, {}, {}});
        map.insert(BackupVerifyRun::resultKey(QStringLiteral("main"), database),
                   {how == QLatin1String("ok") || how == QLatin1String("partial"), how == QLatin1String("changed"), {}, {}});
    }
    return map;
}

} // namespace

class TestBackupVerifiedFreshness final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judged_data()
    {
        QTest::addColumn<QStringList>("verified");
        QTest::addColumn<bool>("onVerified");
        QTest::addColumn<QString>("judgedSet");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<bool>("newestUnverified");
        QTest::addColumn<QString>("freshness"); // a part of the sentence
        QTest::newRow("never verified: the newest complete set, 2 h") << QStringList{} << false << QString() << false << true
                                                                       << QStringLiteral("newest complete set 20250103_020000 is 2 h 0 m old");
        QTest::newRow("newest verified: fresh") << QStringList{QStringLiteral("20250103_020000:ok")} << true << QStringLiteral("20250103_020000")
                                                << false << false << QStringLiteral("newest complete and verified set 20250103_020000");
        QTest::newRow("only the 26 h set verified: stale although a 2 h set exists")
            << QStringList{QStringLiteral("20250102_020000:ok")} << true << QStringLiteral("20250102_020000") << true << true
            << QStringLiteral("past the RPO of 1d; the newer set 20250103_020000 is not verified");
        QTest::newRow("newest failed: the older verified one counts")
            << QStringList{QStringLiteral("20250102_020000:ok"), QStringLiteral("20250103_020000:failed")} << true
            << QStringLiteral("20250102_020000") << true << true << QStringLiteral("past the RPO");
        QTest::newRow("newest changed since first verified: not verified")
            << QStringList{QStringLiteral("20250101_020000:ok"), QStringLiteral("20250103_020000:changed")} << true
            << QStringLiteral("20250101_020000") << true << true << QStringLiteral("set 20250101_020000 is 2 d 2 h old");
        QTest::newRow("newest partly verified: not verified")
            << QStringList{QStringLiteral("20250102_020000:ok"), QStringLiteral("20250103_020000:partial")} << true
            << QStringLiteral("20250102_020000") << true << true << QStringLiteral("past the RPO");
        QTest::newRow("only failures recorded: judged on complete sets")
            << QStringList{QStringLiteral("20250103_020000:failed")} << false << QString() << false << true << QStringLiteral("newest complete set");
    }
    void judged()
    {
        QFETCH(QStringList, verified);
        QFETCH(bool, onVerified);
        QFETCH(QString, judgedSet);
        QFETCH(bool, stale);
        QFETCH(bool, newestUnverified);
        QFETCH(QString, freshness);
        BackupLocationReport r = report();
        QVERIFY(!r.stale);
        BackupFreshness::applyVerification(r, results(verified));
        QVERIFY(r.verificationKnown);
        QCOMPARE(r.judgedOnVerified, onVerified);
        QCOMPARE(r.newestVerified >= 0 ? r.sets.at(r.newestVerified).stamp : QString(), judgedSet);
        QCOMPARE(r.stale, stale);
        QCOMPARE(r.newestUnverified, newestUnverified);
        QVERIFY2(r.freshness.contains(freshness), qPrintable(r.freshness));
        // The monitor's test (and so the alert's) is the same judgement, aged by the time since the listing.
        QCOMPARE(BackupMonitor::staleAt(r, r.listedAt), stale);
        qint64 age = -1;
        BackupMonitor::staleAt(r, r.listedAt.addSecs(kHour), &age);
        QCOMPARE(age, (onVerified ? r.newestVerifiedAgeSecs : r.newestCompleteAgeSecs) + kHour);
    }

    void rollupPerEnvironment()
    {
        FleetConfig config;
        for (const QString &env : {QStringLiteral("production"), QStringLiteral("staging")}) {
            EnvironmentConfig e;
            e.name = env;
            for (const QString &host : {QStringLiteral("web-1"), QStringLiteral("web-2"), QStringLiteral("web-3")}) {
                HostConfig h;
                h.name = env.left(1) + host;
                h.environment = env;
                h.backups = {report().location};
                e.hosts << h;
            }
            config.environments << e;
        }
        QList<BackupLocationReport> reports;
        BackupLocationReport stale = report(QStringLiteral("production"), QStringLiteral("pweb-1"));
        BackupFreshness::applyVerification(stale, results({QStringLiteral("20250102_020000:ok")}));
        BackupLocationReport unverified = report(QStringLiteral("production"), QStringLiteral("pweb-2"));
        BackupFreshness::applyVerification(unverified, {});
        BackupLocationReport verified = report(QStringLiteral("staging"), QStringLiteral("sweb-1"));
        BackupFreshness::applyVerification(verified, results({QStringLiteral("20250103_020000:ok")}));
        reports << stale << unverified << verified;
        const auto rollup = BackupFreshness::rollup(config, reports, QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
        QCOMPARE(rollup.size(), 2);
        const BackupFreshness::Rollup production = rollup.value(QStringLiteral("production"));
        QCOMPARE(production.locations, 3);
        QCOMPARE(production.stale, 1);
        QCOMPARE(production.unverified, 1);
        QCOMPARE(production.listing, 1);
        const BackupFreshness::Rollup staging = rollup.value(QStringLiteral("staging"));
        QCOMPARE(staging.stale, 0);
        QCOMPARE(staging.unverified, 0);
        QCOMPARE(staging.listing, 2);
        // 23 hours later the verified 2 h set of staging is past its RPO.
        QCOMPARE(BackupFreshness::rollup(config, reports, QDateTime::fromSecsSinceEpoch(kNow + 23 * kHour, Qt::UTC)).value(QStringLiteral("staging")).stale, 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupVerifiedFreshness)
#include "TestBackupVerifiedFreshness.moc"
