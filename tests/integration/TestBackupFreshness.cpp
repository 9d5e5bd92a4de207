// Backup freshness on the sandbox fleet: the BackupMonitor lists every host's backups over SFTP and
// the AlertEngine raises a critical alert, recorded as an event on the timeline, for a location whose
// newest complete set is past its RPO, however the backup script exited. Loopback only.

#include "SandboxFleet.h"
#include "alerts/AlertEngine.h"
#include "backups/BackupMonitor.h"
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
};

QTEST_GUILESS_MAIN(TestBackupFreshness)
#include "TestBackupFreshness.moc"
