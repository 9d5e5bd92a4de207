// The Backups area driven like a user, offscreen, against the sandbox fleet: Ctrl+0 opens it, a host
// whose newest set lost a part is stale at a glance (summary line, freshness cell, navigation), the
// files of a location carry their retention reason, and "Verify file" / "Verify set" check files on
// the host without blocking the window, show the result as a symbol and a word and record it;
// "Download…" asks where, asks before replacing an existing file, shows progress, and cancels; the
// Dashboard's backups roll-up counts stale and unverified locations (judged on verified sets once a
// location has them) and opens the Backups area.
// "Start drill…" restores the selected dump into a throwaway PostgreSQL through the guarded dialog,
// and the area shows the newest drill (when, duration against the RTO, rows).

#include "BackupDownloadDialog.h"
#include "BackupFileModel.h"
#include "BackupRollupBar.h"
#include "DashboardPanel.h"
#include "BackupHostModel.h"
#include "BackupsPanel.h"
#include "ConsoleApp.h"
#include "GuardedActionDialog.h"
#include "MainWindow.h"
#include "MessageLabel.h"
#include "PostgresServer.h"
#include "SandboxFleet.h"
#include "store/SqliteEventStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QLineEdit>
#include <QDir>
#include <QFile>
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
    void startDrillFromTheArea()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        PostgresServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        QCOMPARE(pg.exec(QStringLiteral("CREATE ROLE drill LOGIN CREATEDB PASSWORD 'gui-drill-pw'"), QStringLiteral("postgres")), QString());
        qputenv("OPSDECK_TEST_GUI_DRILL_PASSWORD", "gui-drill-pw");
        QFile in(fleet.configFile());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString yaml = QString::fromUtf8(in.readAll());
        const QString command = QStringLiteral("            command: [") + fleet.dir() + QStringLiteral("/hosts/host-001/bin/backup]");
        QVERIFY(yaml.contains(command));
        yaml.replace(command, command + QStringLiteral("\n            rto: 1h\n            drill: {host: 127.0.0.1, port: %1, user: drill, "
                                                       "password_env: OPSDECK_TEST_GUI_DRILL_PASSWORD}").arg(pg.port()));
        QFile out(fleet.scratch(QStringLiteral("drill.yaml")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(yaml.toUtf8());
        out.close();

        ConsoleApp app({out.fileName(), QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showArea(MainWindow::BackupsArea);
        BackupsPanel *panel = window->backupsPanel();
        BackupHostModel *hosts = panel->hostModel();
        QTRY_VERIFY_WITH_TIMEOUT(hostCell(hosts, QStringLiteral("host-001"), BackupHostModel::FreshnessColumn).startsWith(QStringLiteral("✔ fresh")), 60'000); // a loaded machine
        clickRow(panel->hostTable(), 0);
        QTRY_VERIFY(panel->drillLabel()->text().startsWith(QStringLiteral("Restore drill: none recorded yet (RTO 1 h).")));
        const QString dump = newest(fleet.config(), QStringLiteral("host-001"), QStringLiteral("database_*.sql.gz"));
        const int row = panel->fileModel()->findRow(dump);
        QVERIFY(row >= 0);
        clickRow(panel->fileTable(), row);
        QVERIFY(panel->drillButton()->isEnabled());

        QSignalSpy shown(panel, &BackupsPanel::confirmationShown);
        QSignalSpy finished(panel, &BackupsPanel::runFinished);
        QTest::mouseClick(panel->drillButton(), Qt::LeftButton);
        QCOMPARE(shown.size(), 1);
        auto *dialog = qobject_cast<GuardedActionDialog *>(shown.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("quarterly restore test"));
        QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("production"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!panel->drillButton()->isEnabled()); // one at a time
        QVERIFY(finished.wait(120'000));
        const GuardedActionReport report = finished.at(0).at(0).value<GuardedActionReport>();
        QVERIFY2(report.outcome == ActionOutcome::Succeeded, qPrintable(report.summary));
        QCOMPARE(report.hosts.constFirst().facts.value(QStringLiteral("file")).toString(), dump);
        QVERIFY(!panel->messageLabel()->isError());
        QTRY_VERIFY_WITH_TIMEOUT(panel->drillLabel()->text().startsWith(QStringLiteral("✔ Newest restore drill ")), 10'000);
        QVERIFY2(panel->drillLabel()->text().contains(dump + QStringLiteral(" restored in ")), qPrintable(panel->drillLabel()->text()));
        QVERIFY2(panel->drillLabel()->text().endsWith(QStringLiteral(", 76 rows")), qPrintable(panel->drillLabel()->text()));
        QVERIFY2(panel->drillLabel()->text().contains(QStringLiteral("within the RTO of 1 h; 3 table")), qPrintable(panel->drillLabel()->text()));
    }

    // Issue 15: "Run backup NAME on HOST" in the command palette selects the location and opens the
    // run's guarded confirmation; cancelled, nothing runs.
    void runBackupFromThePalette()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        ConsoleApp app({fleet.configFile(), QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->showArea(MainWindow::DashboardArea);
        BackupsPanel *panel = window->backupsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->hostModel()->rowCount() > 0, 20'000);
        const QString location = panel->hostModel()->row(0).location.name;
        QSignalSpy shown(panel, &BackupsPanel::confirmationShown);
        QSignalSpy finished(panel, &BackupsPanel::runFinished);
        QTRY_VERIFY(QApplication::focusWidget() || QApplication::activeWindow());
        QWidget *keyboard = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        QTest::keyClick(keyboard, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QStringLiteral("paletteFilter"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("run backup %1 host-001").arg(location));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(window->currentArea(), MainWindow::BackupsArea);
        QCOMPARE(panel->hostTable()->currentIndex().row(), 0);
        QCOMPARE(shown.size(), 1);
        auto *dialog = qobject_cast<GuardedActionDialog *>(shown.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QVERIFY(dialog->confirmationEdit()); // production asks for its name
        dialog->reject();
        QTest::qWait(500);
        QVERIFY(finished.isEmpty());
        QTRY_VERIFY(panel->runButton()->isEnabled());
    }

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
    void downloadFromTheArea()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QString backups = fleet.config().findHost(QStringLiteral("host-001"))->backups.constFirst().path;
        // A large file: its hash on the host takes long enough for Cancel to land before the transfer.
        QByteArray big(32 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(14).fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        const QString bigName = QStringLiteral("database_20240101_020000.sql.gz");
        {
            QFile out(backups + u'/' + bigName);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(big) == big.size());
        }
        const QString application = newest(fleet.config(), QStringLiteral("host-001"), QStringLiteral("application_*.tar.gz"));
        QFile source(backups + u'/' + application);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray original = source.readAll();

        ConsoleApp app({fleet.configFile(), QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showArea(MainWindow::BackupsArea);
        BackupsPanel *panel = window->backupsPanel();
        BackupFileModel *files = panel->fileModel();
        QTRY_VERIFY_WITH_TIMEOUT(files->findRow(application) >= 0 && files->findRow(bigName) >= 0, 20'000);
        QVERIFY(!panel->downloadButton()->isEnabled()); // nothing selected yet
        clickRow(panel->fileTable(), files->findRow(application));
        QVERIFY(panel->downloadButton()->isEnabled());

        QSignalSpy shown(panel, &BackupsPanel::confirmationShown);
        QSignalSpy started(panel, &BackupsPanel::downloadStarted);
        QSignalSpy finished(panel, &BackupsPanel::downloadFinished);
        const QString target = fleet.scratch(QStringLiteral("downloaded.tar.gz"));
        const auto choose = [&](const QString &path) {
            shown.clear();
            QTest::mouseClick(panel->downloadButton(), Qt::LeftButton);
            QCOMPARE(shown.size(), 1);
            auto *chooser = qobject_cast<QFileDialog *>(shown.at(0).at(0).value<QDialog *>());
            QVERIFY(chooser);
            QVERIFY(!panel->downloadButton()->isEnabled()); // one at a time
            chooser->selectFile(path);
            static_cast<QDialog *>(chooser)->accept(); // as the Save button does
        };

        // A new file: downloaded, its content the host's.
        choose(target);
        QCOMPARE(started.size(), 1);
        QVERIFY(finished.wait(60'000));
        BackupDownloadOutcome outcome = finished.at(0).at(0).value<BackupDownloadOutcome>();
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
        QFile downloaded(target);
        QVERIFY(downloaded.open(QIODevice::ReadOnly));
        QCOMPARE(downloaded.readAll(), original);
        downloaded.close();
        QVERIFY2(panel->messageLabel()->text().contains(QStringLiteral("matches the host's")), qPrintable(panel->messageLabel()->text()));
        QTRY_VERIFY(panel->downloadButton()->isEnabled());

        // The same path again: the panel asks; No leaves the file as it is and downloads nothing.
        QVERIFY(downloaded.open(QIODevice::WriteOnly | QIODevice::Truncate));
        downloaded.write("mine");
        downloaded.close();
        choose(target);
        QTRY_COMPARE(shown.size(), 2); // the file dialog, then the question
        auto *replace = qobject_cast<QMessageBox *>(shown.at(1).at(0).value<QDialog *>());
        QVERIFY(replace);
        QCOMPARE(replace->defaultButton(), replace->button(QMessageBox::No));
        QTest::mouseClick(replace->button(QMessageBox::No), Qt::LeftButton);
        QTRY_VERIFY(panel->downloadButton()->isEnabled());
        QCOMPARE(started.size(), 1);
        QVERIFY(downloaded.open(QIODevice::ReadOnly));
        QCOMPARE(downloaded.readAll(), QByteArray("mine"));
        downloaded.close();
        // Yes replaces it.
        choose(target);
        QTRY_COMPARE(shown.size(), 2);
        replace = qobject_cast<QMessageBox *>(shown.at(1).at(0).value<QDialog *>());
        QVERIFY(replace);
        finished.clear();
        QTest::mouseClick(replace->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(finished.wait(60'000));
        QVERIFY(finished.at(0).at(0).value<BackupDownloadOutcome>().ok());
        QVERIFY(downloaded.open(QIODevice::ReadOnly));
        QCOMPARE(downloaded.readAll(), original);
        downloaded.close();

        // Cancel in the progress dialog, clicked before the host's hash is back: nothing is
        // transferred and nothing is left. (Cancel in mid-transfer keeping the .part, and the next
        // download continuing from it, is TestBackupDownload::resumeAfterCancel.)
        QTRY_VERIFY(panel->downloadButton()->isEnabled());
        clickRow(panel->fileTable(), files->findRow(bigName));
        const QString bigTarget = fleet.scratch(QStringLiteral("big.sql.gz"));
        finished.clear();
        started.clear();
        choose(bigTarget);
        QCOMPARE(started.size(), 1);
        auto *progress = started.at(0).at(0).value<BackupDownloadDialog *>();
        QVERIFY(progress && progress->isVisible());
        QVERIFY(finished.isEmpty());
        QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
        QVERIFY(!progress->cancelButton()->isEnabled());
        QVERIFY(finished.wait(60'000));
        outcome = finished.at(0).at(0).value<BackupDownloadOutcome>();
        QCOMPARE(BackupDownload::resultName(outcome.result), QStringLiteral("canceled"));
        QVERIFY(!outcome.partKept);
        QVERIFY(panel->messageLabel()->isError());
        QVERIFY2(panel->messageLabel()->text().contains(QStringLiteral("canceled")), qPrintable(panel->messageLabel()->text()));
        QVERIFY(!QFileInfo::exists(bigTarget));
        // Not canceled: the whole file, its hash the host's.
        QTRY_VERIFY(panel->downloadButton()->isEnabled());
        finished.clear();
        choose(bigTarget);
        QVERIFY(finished.wait(60'000));
        outcome = finished.at(0).at(0).value<BackupDownloadOutcome>();
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
        QCOMPARE(outcome.sha256, QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex()));
    }
    void dashboardRollupJudgesVerifiedSets()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("3")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        // host-002: its newest set lost a part (stale). host-001: only its oldest set is verified, days
        // old: stale, although its newest complete set is hours old. host-003: fresh, nothing verified.
        QVERIFY(fault(fleet, QStringLiteral("host-002"), QStringLiteral("remove"), newest(fleet.config(), QStringLiteral("host-002"), QStringLiteral("storage_*.tar.gz"))));
        const QString storePath = fleet.scratch(QStringLiteral("store.db"));
        QDir dir(fleet.config().findHost(QStringLiteral("host-001"))->backups.constFirst().path);
        const QString oldestStamp = dir.entryList({QStringLiteral("database_*.sql.gz")}, QDir::Files, QDir::Name).constFirst().mid(9, 15);
        const QStringList oldestSet = dir.entryList({QStringLiteral("*_") + oldestStamp + QStringLiteral(".*")}, QDir::Files);
        QCOMPARE(oldestSet.size(), 3);
        const ProcessResult verified = runOpsdeck(QStringList{QStringLiteral("backup"), QStringLiteral("verify"), QStringLiteral("production/host-001")} + oldestSet
                                                      + QStringList{QStringLiteral("--config"), fleet.configFile(), QStringLiteral("--store"), QStringLiteral("sqlite://") + storePath});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));

        ConsoleApp app({fleet.configFile(), QStringLiteral("sqlite://") + storePath, QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showArea(MainWindow::DashboardArea);
        BackupRollupBar *rollup = window->findChild<DashboardPanel *>()->backupRollup();
        QVERIFY(rollup);
        // The buttons come with the configuration, which the window loads after it is shown.
        QTRY_VERIFY_WITH_TIMEOUT(rollup->button(QStringLiteral("production")), 30'000);
        QPushButton *production = rollup->button(QStringLiteral("production"));
        QTRY_VERIFY(production->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(production->text(), QStringLiteral("production backups: ✖ 2 stale, ◌ 1 unverified"), 30'000);

        // The Backups area says which set the age is of.
        BackupHostModel *hosts = window->backupsPanel()->hostModel();
        QTRY_VERIFY_WITH_TIMEOUT(hostCell(hosts, QStringLiteral("host-001"), BackupHostModel::FreshnessColumn).startsWith(QStringLiteral("✖ stale: verified set")), 20'000);
        QVERIFY2(hostCell(hosts, QStringLiteral("host-003"), BackupHostModel::FreshnessColumn).startsWith(QStringLiteral("✔ fresh: ")),
                 qPrintable(hostCell(hosts, QStringLiteral("host-003"), BackupHostModel::FreshnessColumn)));

        // A click opens the Backups area; verifying host-001's newest set there makes it fresh again.
        QTest::mouseClick(production, Qt::LeftButton);
        QCOMPARE(window->currentArea(), MainWindow::BackupsArea);
        BackupsPanel *panel = window->backupsPanel();
        clickRow(panel->hostTable(), hosts->findRow(QStringLiteral("host-001"), QStringLiteral("main")));
        const QString newestDump = newest(fleet.config(), QStringLiteral("host-001"), QStringLiteral("database_*.sql.gz"));
        QTRY_VERIFY(panel->fileModel()->findRow(newestDump) >= 0);
        clickRow(panel->fileTable(), panel->fileModel()->findRow(newestDump));
        QSignalSpy verifiedSpy(panel, &BackupsPanel::verified);
        QTest::mouseClick(panel->verifySetButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(verifiedSpy.size(), 3, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(hostCell(hosts, QStringLiteral("host-001"), BackupHostModel::FreshnessColumn).startsWith(QStringLiteral("✔ fresh: verified set")), 20'000);
        QTRY_COMPARE(production->text(), QStringLiteral("production backups: ✖ 1 stale, ◌ 1 unverified"));
    }
};

QTEST_MAIN(TestBackupsPanel)
#include "TestBackupsPanel.moc"
