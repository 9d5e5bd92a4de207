// The verification schedule on the sandbox fleet: a location with verify_every has every file
// verified after a listing (recorded as events, a truncated file as a failure), coverage counts the
// files that passed within the period, and the next listing verifies nothing again while every result
// is younger than the period. Loopback only.

#include "SandboxFleet.h"
#include "backups/BackupMonitor.h"
#include "backups/BackupVerifySchedule.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"
#include "store/EventStoreService.h"

#include <QDir>
#include <QSignalSpy>

using namespace opsdeck;
using namespace opsdeck::testing;

class TestBackupVerifySchedule final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dueAndCoverage_data()
    {
        QTest::addColumn<qint64>("resultAgeSecs"); // -1: no result
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("due");
        QTest::addColumn<int>("covered");
        QTest::newRow("never verified") << qint64(-1) << true << true << 0;
        QTest::newRow("passed an hour ago") << qint64(3600) << true << false << 1;
        QTest::newRow("passed just inside the period") << qint64(86400 - 60) << true << false << 1;
        QTest::newRow("passed just past the period") << qint64(86400 + 60) << true << true << 0;
        QTest::newRow("failed an hour ago") << qint64(3600) << false << false << 0;
    }
    void dueAndCoverage()
    {
        QFETCH(qint64, resultAgeSecs);
        QFETCH(bool, ok);
        QFETCH(bool, due);
        QFETCH(int, covered);
        BackupLocationReport report;
        report.location.name = QStringLiteral("main");
        report.location.verifyEvery = Milliseconds(86'400'000);
        BackupFile file;
        file.name = QByteArrayLiteral("database_20250101_020000.sql.gz");
        report.files = {file};
        QHash<QByteArray, BackupVerifyRun::LastResult> results;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (resultAgeSecs >= 0)
            results.insert(BackupVerifyRun::resultKey(QStringLiteral("main"), file.name), {ok, false, {}, now.addSecs(-resultAgeSecs)});
        QCOMPARE(BackupVerifySchedule::due(report, results, now).size(), due ? 1 : 0);
        const BackupCoverage c = BackupVerifySchedule::coverage(report, results, now);
        QCOMPARE(c.covered, covered);
        QCOMPARE(c.total, 1);
    }

    void verifiesEveryFileOnce()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        FleetConfig config = fleet.config();
        config.environments[0].hosts[0].backups[0].verifyEvery = Milliseconds(86'400'000);
        const QString dir = config.environments[0].hosts[0].backups[0].path;
        const QString dump = QDir(dir).entryList({QStringLiteral("database_*.sql.gz")}, QDir::Files, QDir::Name).constFirst();
        QVERIFY(runProcess(SandboxFleet::tool(), {QStringLiteral("backup-fault"), QStringLiteral("host-001"), QStringLiteral("truncate"), dump,
                                                  QStringLiteral("--dir"), fleet.dir()}).exitCode == 0);

        RefusingPrompts prompts;
        EventStoreService store;
        store.open(QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")));
        SshEngine ssh(&prompts, &prompts);
        ssh.setConfig(config);
        BackupMonitor monitor(&ssh);
        BackupVerifySchedule schedule(&monitor, &ssh, &store);
        QSignalSpy verified(&schedule, &BackupVerifySchedule::verified);
        QSignalSpy passes(&schedule, &BackupVerifySchedule::passFinished);
        schedule.setConfig(config);
        monitor.setConfig(config);
        QVERIFY(passes.wait(60'000));
        QCOMPARE(verified.size(), 21);
        QStringList failed;
        for (const QList<QVariant> &v : std::as_const(verified)) {
            const auto outcome = v.at(1).value<BackupVerifyRun::Outcome>();
            QVERIFY2(outcome.recorded, qPrintable(outcome.storeError));
            if (!outcome.verification.ok)
                failed << outcome.verification.file;
        }
        QCOMPARE(failed, QStringList{dump});

        // Coverage from what was recorded.
        EventFilter filter = BackupVerifyRun::resultsFilter(QStringLiteral("production"), QStringLiteral("host-001"));
        QFuture<StoreResult<QList<Event>>> query = store.query(filter);
        QTRY_VERIFY(query.isFinished());
        const BackupCoverage c = BackupVerifySchedule::coverage(monitor.reports().constFirst(), BackupVerifyRun::latestByFile(*query.result().value),
                                                                QDateTime::currentDateTimeUtc());
        QCOMPARE(c.total, 21);
        QCOMPARE(c.covered, 20);

        // The next listing: every result is younger than a day, nothing is due.
        verified.clear();
        passes.clear();
        monitor.refresh();
        QVERIFY(passes.wait(30'000));
        QCOMPARE(verified.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupVerifySchedule)
#include "TestBackupVerifySchedule.moc"
