// The Backups area driven like a user, offscreen, against the sandbox fleet: Ctrl+0 opens it, a host
// whose newest set lost a part is stale at a glance (summary line, freshness cell, navigation), the
// files of a location carry their retention reason, and "Verify file" / "Verify set" check files on
// the host without blocking the window, show the result as a symbol and a word and record it.

#include "BackupFileModel.h"
#include "BackupHostModel.h"
#include "BackupsPanel.h"
#include "ConsoleApp.h"
#include "GuardedActionDialog.h"
#include "MainWindow.h"
#include "MessageLabel.h"
#include "SandboxFleet.h"
#include "store/SqliteEventStore.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {

QString newest(const FleetConfig &config, const QString &host, const QString &glob)
{
    QDir dir(config.findHost(host)->backups.constFirst().path);
    return dir.entryList({glob}, QDir::Files, QDir::Name).constLast();
}

QString hostCell(BackupHostModel *model, const QString &host, int column)
{
    const int row = model->findRow(host, QStringLiteral("main"));
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

QString fileCell(BackupFileModel *model, const QString &file, int column)
{
    const int row = model->findRow(file);
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

void clickRow(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

bool fault(const SandboxFleet &fleet, const QString &host, const QString &kind, const QString &file)
{
    return runProcess(SandboxFleet::tool(), {QStringLiteral("backup-fault"), host, kind, file, QStringLiteral("--dir"), fleet.dir()}).exitCode == 0;
}

} // namespace

class TestBackupsPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-backups-test"));
    }

    void staleHostAndVerifyFromTheArea()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("2")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        // host-002's newest set loses its storage archive: its newest complete set is a day older,
        // past the 24 h RPO. host-001's newest database dump is truncated: listed fine, fails verify.
        const QString storage = newest(fleet.config(), QStringLiteral("host-002"), QStringLiteral("storage_*.tar.gz"));
        const QString database = newest(fleet.config(), QStringLiteral("host-001"), QStringLiteral("database_*.sql.gz"));
        const QString application = newest(fleet.config(), QStringLiteral("host-001"), QStringLiteral("application_*.tar.gz"));
        QVERIFY(fault(fleet, QStringLiteral("host-002"), QStringLiteral("remove"), storage));
        QVERIFY(fault(fleet, QStringLiteral("host-001"), QStringLiteral("truncate"), database));

        const QString storePath = fleet.scratch(QStringLiteral("store.db"));
        ConsoleApp app({fleet.configFile(), QStringLiteral("sqlite://") + storePath, QString()});
        MainWindow *window = app.window();
        BackupsPanel *panel = window->backupsPanel();
        BackupHostModel *hosts = panel->hostModel();
        BackupFileModel *files = panel->fileModel();
        QAbstractItemModelTester hostTester(hosts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester fileTester(files, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The configuration arrives before any listing can have come back: rows say so, nothing waits.
        QStringList atReset;
        connect(hosts, &QAbstractItemModel::modelReset, this, [&] {
            for (int r = 0; r < hosts->rowCount(); ++r)
                atReset << hosts->index(r, BackupHostModel::FreshnessColumn).data().toString();
        });
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::keyClick(window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window->currentArea(), MainWindow::BackupsArea);
        QTRY_COMPARE(hosts->rowCount(), 2);
        QCOMPARE(atReset, (QStringList{QStringLiteral("… listing"), QStringLiteral("… listing")}));

        // The stale host at a glance.
        QTRY_VERIFY_WITH_TIMEOUT(hostCell(hosts, QStringLiteral("host-002"), BackupHostModel::FreshnessColumn).startsWith(QStringLiteral("✖ stale")), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(hostCell(hosts, QStringLiteral("host-001"), BackupHostModel::FreshnessColumn).startsWith(QStringLiteral("✔ fresh")), 20'000);
        QVERIFY2(hostCell(hosts, QStringLiteral("host-002"), BackupHostModel::FreshnessColumn).contains(QStringLiteral("RPO 1 d")),
                 qPrintable(hostCell(hosts, QStringLiteral("host-002"), BackupHostModel::FreshnessColumn)));
        QVERIFY(hosts->index(hosts->findRow(QStringLiteral("host-002"), QStringLiteral("main")), 0).data(BackupHostModel::StaleRole).toBool());
        QVERIFY2(hostCell(hosts, QStringLiteral("host-002"), BackupHostModel::FirstSetColumn).contains(QStringLiteral("✖ INCOMPLETE (no storage)")),
                 qPrintable(hostCell(hosts, QStringLiteral("host-002"), BackupHostModel::FirstSetColumn)));
        // The truncated dump is a third of its usual size: flagged, not yet known to be corrupt.
        QVERIFY2(hostCell(hosts, QStringLiteral("host-001"), BackupHostModel::FirstSetColumn).contains(QStringLiteral("⚠ complete, SMALL, not verified")),
                 qPrintable(hostCell(hosts, QStringLiteral("host-001"), BackupHostModel::FirstSetColumn)));
        QTRY_VERIFY(panel->summaryLabel()->text().startsWith(QStringLiteral("✖ 1 stale location")));
        QVERIFY2(panel->summaryLabel()->text().contains(QStringLiteral(" of 2: production/host-002/main")), qPrintable(panel->summaryLabel()->text()));
        QVERIFY2(window->findChild<QListWidget *>(QStringLiteral("navigation"))->item(MainWindow::BackupsArea)->text() == QStringLiteral("Backups (1 ✖)"),
                 qPrintable(window->findChild<QListWidget *>(QStringLiteral("navigation"))->item(MainWindow::BackupsArea)->text()));

        // host-001's files, newest first, each with its retention reason.
        clickRow(panel->hostTable(), hosts->findRow(QStringLiteral("host-001"), QStringLiteral("main")));
        QTRY_COMPARE(files->rowCount(), 21);
        QCOMPARE(files->index(0, BackupFileModel::SetColumn).data().toString().left(15), application.mid(12, 15));
        QVERIFY2(fileCell(files, database, BackupFileModel::RetentionColumn).startsWith(QStringLiteral("within 7 day")),
                 qPrintable(fileCell(files, database, BackupFileModel::RetentionColumn)));
        QCOMPARE(fileCell(files, database, BackupFileModel::VerificationColumn), QStringLiteral("◌ not verified"));
        QVERIFY(panel->locationLabel()->text().contains(QStringLiteral("find -mtime +7")));
        QVERIFY(!panel->verifyFileButton()->isEnabled()); // nothing selected yet

        // Verify the truncated dump: the click returns at once, the result arrives later.
        QSignalSpy verified(panel, &BackupsPanel::verified);
        clickRow(panel->fileTable(), files->findRow(database));
        QVERIFY(panel->verifyFileButton()->isEnabled());
        QTest::mouseClick(panel->verifyFileButton(), Qt::LeftButton);
        QCOMPARE(fileCell(files, database, BackupFileModel::VerificationColumn), QStringLiteral("… verifying"));
        QVERIFY(verified.wait(30'000));
        QCOMPARE(verified.at(0).at(0).toString(), database);
        QCOMPARE(verified.at(0).at(1).toBool(), false);
        QVERIFY2(panel->messageLabel()->text().contains(QStringLiteral("unexpected end of file")), qPrintable(panel->messageLabel()->text()));
        QVERIFY(panel->messageLabel()->isError());
        QTRY_COMPARE(fileCell(files, database, BackupFileModel::VerificationColumn), QStringLiteral("✖ FAILED"));
        QTRY_VERIFY(hostCell(hosts, QStringLiteral("host-001"), BackupHostModel::FirstSetColumn).contains(QStringLiteral("✖ complete, SMALL, verify FAILED")));

        // Verify the whole newest set of host-002's previous day: three files, all pass.
        clickRow(panel->hostTable(), hosts->findRow(QStringLiteral("host-002"), QStringLiteral("main")));
        QTRY_COMPARE(files->rowCount(), 20);
        const QList<BackupSet> &sets = hosts->row(hosts->findRow(QStringLiteral("host-002"), QStringLiteral("main"))).report->sets;
        const QString previousSet = sets.at(sets.size() - 2).stamp;
        const QString previousDump = QStringLiteral("database_%1.sql.gz").arg(previousSet);
        clickRow(panel->fileTable(), files->findRow(previousDump));
        QVERIFY(panel->verifySetButton()->isEnabled());
        verified.clear();
        QTest::mouseClick(panel->verifySetButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 3, 30'000);
        for (const QList<QVariant> &v : std::as_const(verified))
            QVERIFY2(v.at(1).toBool(), qPrintable(v.at(0).toString()));
        QTRY_COMPARE(hostCell(hosts, QStringLiteral("host-002"), BackupHostModel::FirstSetColumn + 1),
                     QStringLiteral("%1-%2 %3:%4 ✔ complete, verified").arg(previousSet.mid(4, 2), previousSet.mid(6, 2), previousSet.mid(9, 2), previousSet.mid(11, 2)));
        QTRY_COMPARE(fileCell(files, previousDump, BackupFileModel::VerificationColumn), QStringLiteral("✔ verified"));
        QVERIFY(hostCell(hosts, QStringLiteral("host-002"), BackupHostModel::VerifiedColumn).contains(QStringLiteral("◌ 3 of 20 verified")));

        // Recorded: one failure for host-001, three verifications for host-002.
        auto reader = SqliteEventStore::open(storePath, QStringLiteral("reader"));
        QVERIFY2(reader, qPrintable(reader.error));
        EventFilter filter;
        filter.kinds = {QStringLiteral("backup.verified"), QStringLiteral("backup.verify_failed")};
        QTRY_VERIFY(((*reader.value)->events(filter).value->size() == 4));
        const QList<Event> events = *(*reader.value)->events(filter).value;
        QCOMPARE(events.at(0).kind, QStringLiteral("backup.verify_failed"));
        QCOMPARE(events.at(0).host, QStringLiteral("host-001"));
        QCOMPARE(events.at(0).details.value(QStringLiteral("file")).toString(), database);
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(events.at(i).kind, QStringLiteral("backup.verified"));
            QCOMPARE(events.at(i).host, QStringLiteral("host-002"));
        }
    }

    // Run backup… from the area: the guarded dialog (reason, the environment's name typed), then a
    // script that exits 0 without its storage archive fails, and a complete run succeeds and shows as
    // the newest set, verified.
    void runBackupFromTheArea()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        ConsoleApp app({fleet.configFile(), QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showArea(MainWindow::BackupsArea);
        BackupsPanel *panel = window->backupsPanel();
        BackupHostModel *hosts = panel->hostModel();
        QTRY_VERIFY_WITH_TIMEOUT(hostCell(hosts, QStringLiteral("host-001"), BackupHostModel::FreshnessColumn).startsWith(QStringLiteral("✔ fresh")), 20'000);
        clickRow(panel->hostTable(), 0);
        QVERIFY(panel->runButton()->isEnabled());

        QSignalSpy shown(panel, &BackupsPanel::confirmationShown);
        QSignalSpy finished(panel, &BackupsPanel::runFinished);
        const auto run = [&](const QString &reason) {
            shown.clear();
            finished.clear();
            QTest::mouseClick(panel->runButton(), Qt::LeftButton);
            QCOMPARE(shown.size(), 1);
            auto *dialog = qobject_cast<GuardedActionDialog *>(shown.at(0).at(0).value<QDialog *>());
            QVERIFY(dialog);
            QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            QTest::keyClicks(dialog->reasonEdit(), reason);
            QVERIFY(dialog->confirmationEdit()); // production asks for its name
            QVERIFY(!ok->isEnabled());
            QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("production"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(!panel->runButton()->isEnabled()); // one run at a time
            QVERIFY(finished.wait(60'000));
        };

        QVERIFY(runProcess(SandboxFleet::tool(), {QStringLiteral("backup-script"), QStringLiteral("host-001"), QStringLiteral("incomplete"),
                                                  QStringLiteral("--dir"), fleet.dir()}).exitCode == 0);
        run(QStringLiteral("nightly run missed"));
        GuardedActionReport report = finished.at(0).at(0).value<GuardedActionReport>();
        QCOMPARE(report.outcome, ActionOutcome::Failed);
        QVERIFY2(report.summary.contains(QStringLiteral("is incomplete: no storage")), qPrintable(report.summary));
        QVERIFY(panel->messageLabel()->isError());
        QTRY_VERIFY_WITH_TIMEOUT(hostCell(hosts, QStringLiteral("host-001"), BackupHostModel::FirstSetColumn).contains(QStringLiteral("✖ INCOMPLETE (no storage)")), 20'000);

        QVERIFY(runProcess(SandboxFleet::tool(), {QStringLiteral("backup-script"), QStringLiteral("host-001"), QStringLiteral("ok"),
                                                  QStringLiteral("--dir"), fleet.dir()}).exitCode == 0);
        QTest::qWait(1100); // a new stamp
        QTRY_VERIFY(panel->runButton()->isEnabled());
        run(QStringLiteral("nightly run missed, again"));
        report = finished.at(0).at(0).value<GuardedActionReport>();
        QCOMPARE(report.outcome, ActionOutcome::Succeeded);
        const QString stamp = report.hosts.constFirst().facts.value(QStringLiteral("set")).toString();
        QCOMPARE(stamp.size(), 15);
        QTRY_VERIFY_WITH_TIMEOUT(hostCell(hosts, QStringLiteral("host-001"), BackupHostModel::FirstSetColumn).endsWith(QStringLiteral("✔ complete, verified")), 20'000);
        QVERIFY(hostCell(hosts, QStringLiteral("host-001"), BackupHostModel::FirstSetColumn)
                    .startsWith(QStringLiteral("%1-%2 %3:%4").arg(stamp.mid(4, 2), stamp.mid(6, 2), stamp.mid(9, 2), stamp.mid(11, 2))));
    }
};

QTEST_MAIN(TestBackupsPanel)
#include "TestBackupsPanel.moc"
