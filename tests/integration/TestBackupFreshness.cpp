// Backup freshness on the sandbox fleet: the BackupMonitor lists every host's backups over SFTP and
// the AlertEngine raises a critical alert, recorded as an event on the timeline, for a location whose
// newest complete set is past its RPO, however the backup script exited; once a location has verified
// sets, its newest complete and verified set is the one judged (an unverified newer set does not make
// it fresh), and a recorded verification re-judges it without a new listing. Loopback only.

#include "SandboxFleet.h"
#include "alerts/AlertEngine.h"
#include "backups/BackupMonitor.h"
#include "backups/BackupVerifyRun.h"
#include "health/HealthService.h"
#include "metrics/HostMetricsPoller.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"

#include <QSignalSpy>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {

QStringList keys(const QList<Alert> &alerts)
{
    QStringList list;
    for (const Alert &a : alerts)
        list << a.key;
    return list;
}

} // namespace

class TestBackupFreshness final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void staleLocationRaisesAnAlert()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("2")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        // host-002's newest set loses its storage archive (the script "succeeded", the set is not
        // complete): its newest complete set is the one of the day before, older than the 24 h RPO.
        const QString newestStorage = [&] {
            QDir dir(fleet.config().findHost(QStringLiteral("host-002"))->backups.constFirst().path);
            return dir.entryList({QStringLiteral("storage_*.tar.gz")}, QDir::Files, QDir::Name).constLast();
        }();
        QVERIFY(runProcess(SandboxFleet::tool(), {QStringLiteral("backup-fault"), QStringLiteral("host-002"), QStringLiteral("remove"),
                                                  newestStorage, QStringLiteral("--dir"), fleet.dir()}).exitCode == 0);

        const QString storePath = fleet.scratch(QStringLiteral("backups.db"));
        RefusingPrompts prompts;
        EventStoreService store;
        store.open(QStringLiteral("sqlite://") + storePath);
        SshEngine ssh(&prompts, &prompts);
        ssh.setConfig(fleet.config());
        HealthService health(&store);
        HostMetricsPoller metrics(&ssh);
        BackupMonitor backups(&ssh);
        AlertEngine alerts(&health, &metrics, &store);
        alerts.setBackupMonitor(&backups);
        QSignalSpy updated(&backups, &BackupMonitor::updated);
        backups.setConfig(fleet.config());
        alerts.setConfig(fleet.config());
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 2, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(keys(alerts.active()).contains(QStringLiteral("backup:production/host-002/main")), 5000);
        QVERIFY2(!keys(alerts.active()).contains(QStringLiteral("backup:production/host-001/main")), qPrintable(keys(alerts.active()).join(u' ')));
        Alert stale;
        for (const Alert &a : alerts.active()) {
            if (a.key == QStringLiteral("backup:production/host-002/main"))
                stale = a;
        }
        QCOMPARE(stale.severity, AlertSeverity::Critical);
        QCOMPARE(stale.host, QStringLiteral("host-002"));
        QVERIFY2(stale.detail.contains(QStringLiteral("past the RPO of 1d")), qPrintable(stale.detail));

        // On the timeline.
        QTest::qWait(300);
        auto reader = SqliteEventStore::open(storePath, QStringLiteral("reader"));
        EventFilter filter;
        filter.kind = QStringLiteral("alert.raised");
        const QList<Event> events = *(*reader.value)->events(filter).value;
        QStringList raised;
        for (const Event &e : events)
            raised << e.details.value(QStringLiteral("key")).toString() + u' ' + e.summary;
        QVERIFY2(raised.join(u'\n').contains(QStringLiteral("backup:production/host-002/main critical alert: production/host-002/main backups stale")),
                 qPrintable(raised.join(u'\n')));

        // A new complete set (the storage archive is back): the alert resolves at the next listing.
        QFile::copy(fleet.config().findHost(QStringLiteral("host-001"))->backups.constFirst().path + u'/' + newestStorage,
                    fleet.config().findHost(QStringLiteral("host-002"))->backups.constFirst().path + u'/' + newestStorage);
        QSignalSpy resolved(&alerts, &AlertEngine::resolved);
        backups.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(resolved.size(), 1, 20'000);
        QCOMPARE(resolved.constFirst().constFirst().value<Alert>().key, QStringLiteral("backup:production/host-002/main"));
    }
    void verifiedSetIsJudged()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QString storePath = fleet.scratch(QStringLiteral("verified.db"));
        RefusingPrompts prompts;
        EventStoreService store;
        store.open(QStringLiteral("sqlite://") + storePath);
        SshEngine ssh(&prompts, &prompts);
        ssh.setConfig(fleet.config());
        HealthService health(&store);
        HostMetricsPoller metrics(&ssh);
        BackupMonitor backups(&ssh);
        backups.setStore(&store);
        AlertEngine alerts(&health, &metrics, &store);
        alerts.setBackupMonitor(&backups);
        QSignalSpy listed(&backups, &BackupMonitor::listed);
        backups.setConfig(fleet.config());
        alerts.setConfig(fleet.config());
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 20'000);
        BackupLocationReport report = backups.reports().constFirst();
        QVERIFY(report.verificationKnown);
        QVERIFY(!report.judgedOnVerified); // nothing verified yet: the newest complete set, fresh
        QVERIFY2(!report.stale, qPrintable(report.freshness));
        QVERIFY(report.newestUnverified);

        // Only the oldest set is verified: it is days old, so the location is stale although the
        // newest complete set is hours old.
        const auto verifySet = [&](const BackupLocationReport &r, int set) {
            QObject context;
            for (int i : r.sets.at(set).files) {
                QFuture<BackupVerifyRun::Outcome> f = BackupVerifyRun::verify(ssh, store, fleet.config().ssh.commandTimeout, r, r.files.at(i), &context);
                QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 30'000);
                QVERIFY2(f.result().verification.ok, qPrintable(f.result().verification.detail));
            }
        };
        verifySet(report, 0);
        QTRY_VERIFY_WITH_TIMEOUT(keys(alerts.active()).contains(QStringLiteral("backup:production/host-001/main")), 10'000);
        report = backups.reports().constFirst();
        QVERIFY(report.judgedOnVerified);
        QCOMPARE(report.newestVerified, 0);
        QVERIFY2(report.freshness.contains(QStringLiteral("newest complete and verified set %1").arg(report.sets.at(0).stamp)), qPrintable(report.freshness));
        QCOMPARE(listed.size(), 1); // re-judged from the recorded results, not listed again
        const Alert alert = alerts.active().constFirst();
        QVERIFY2(alert.detail.contains(QStringLiteral("newest complete and verified set")), qPrintable(alert.detail));
        QTest::qWait(300);
        auto reader = SqliteEventStore::open(storePath, QStringLiteral("reader"));
        EventFilter filter;
        filter.kind = QStringLiteral("alert.raised");
        QStringList raised;
        const QList<Event> events = *(*reader.value)->events(filter).value;
        for (const Event &e : events)
            raised << e.details.value(QStringLiteral("key")).toString();
        QVERIFY2(raised.contains(QStringLiteral("backup:production/host-001/main")), qPrintable(raised.join(u' ')));

        // The newest set verified too: fresh again, the alert resolves.
        QSignalSpy resolved(&alerts, &AlertEngine::resolved);
        verifySet(report, int(report.sets.size()) - 1);
        QTRY_COMPARE_WITH_TIMEOUT(resolved.size(), 1, 10'000);
        report = backups.reports().constFirst();
        QCOMPARE(report.newestVerified, int(report.sets.size()) - 1);
        QVERIFY(!report.newestUnverified);
        QVERIFY2(!report.stale, qPrintable(report.freshness));
    }
};

QTEST_GUILESS_MAIN(TestBackupFreshness)
#include "TestBackupFreshness.moc"
