// The Releases area driven like a user, offscreen, against the sandbox fleet: Ctrl+9 opens it; each
// host's current release is highlighted and said in words, a release missing on one host says so,
// the health endpoints' reported version stands beside the current release; "Roll back…" asks for
// a reason, the environment's name and — because the newest release added a migration — an explicit
// acknowledgement, names the commands and the migration it does not revert, and afterwards every
// host runs the target and the release rolled back from is shown marked bad. A rollback to a
// release whose health fails stops after the first host, names which host is on which release and
// offers "Revert switched hosts", which puts it back.

#include "ConsoleApp.h"
#include "GuardedActionDialog.h"
#include "MainWindow.h"
#include "ReleaseGridModel.h"
#include "ReleasesPanel.h"
#include "SandboxFleet.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {

QString current(const SandboxFleet &fleet, const QString &host)
{
    return QFileInfo(QFileInfo(fleet.appPath(host) + QStringLiteral("/current")).symLinkTarget()).fileName();
}

const QStringList kHosts{QStringLiteral("host-001"), QStringLiteral("host-002"), QStringLiteral("host-003")};

QString cellText(ReleaseGridModel *model, const QString &release, const QString &host)
{
    const int row = model->rowOf(release);
    for (int c = ReleaseGridModel::FirstHostColumn; c < model->columnCount(); ++c) {
        if (model->hostAt(c) == host && row >= 0)
            return model->index(row, c).data().toString();
    }
    return {};
}

void selectRelease(ReleasesPanel *panel, const QString &release)
{
    const int row = panel->model()->rowOf(release);
    QVERIFY(row >= 0);
    // The grid shows the releases through the area's filter.
    const auto *shown = qobject_cast<const QAbstractProxyModel *>(panel->table()->model());
    QVERIFY(shown);
    const QModelIndex index = shown->mapFromSource(panel->model()->index(row, ReleaseGridModel::ReleaseColumn));
    QVERIFY(index.isValid());
    panel->table()->scrollTo(index);
    QTest::mouseClick(panel->table()->viewport(), Qt::LeftButton, {}, panel->table()->visualRect(index).center());
}

// Fills the guarded dialog (reason, typed environment, acknowledgements) and presses OK.
void confirm(GuardedActionDialog *dialog, const QString &reason)
{
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog->reasonEdit(), reason);
    QVERIFY(dialog->confirmationEdit()); // production asks for the name typed out
    QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("production"));
    for (QCheckBox *box : dialog->acknowledgements()) {
        QVERIFY(!ok->isEnabled());
        box->setChecked(true);
    }
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

class TestReleasesPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-releases-test"));
    }

    // Issue 15: "Roll back APP" in the command palette shows the app and, once its releases are read,
    // the rollback's guarded confirmation — and nothing switches until it is confirmed.
    void rollbackFromThePalette()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("2"), QStringLiteral("--start-seconds"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QString deployed = fleet.deploy({});
        QVERIFY(!deployed.isEmpty());
        ConsoleApp app({fleet.configFile(), QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->showArea(MainWindow::DashboardArea);
        ReleasesPanel *panel = window->releasesPanel();
        QSignalSpy shown(panel, &ReleasesPanel::confirmationShown);
        QSignalSpy finished(panel, &ReleasesPanel::actionFinished);
        QTRY_VERIFY(QApplication::focusWidget() || QApplication::activeWindow());
        QWidget *keyboard = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        QTest::keyClick(keyboard, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QStringLiteral("paletteFilter"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("roll back family-photo-share"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(window->currentArea(), MainWindow::ReleasesArea);
        QCOMPARE(panel->appChooser()->currentText(), QStringLiteral("production/family-photo-share"));
        auto *message = panel->findChild<QLabel *>(QStringLiteral("releasesMessage"));
        QVERIFY(message);
        QTRY_VERIFY2_WITH_TIMEOUT(shown.size() == 1, qPrintable(message->text()), 30'000);
        auto *dialog = qobject_cast<GuardedActionDialog *>(shown.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().contains(QStringLiteral("family-photo-share")), qPrintable(dialog->windowTitle()));
        dialog->reject();
        QTest::qWait(500);
        QVERIFY(finished.isEmpty());
        for (const QString &host : {QStringLiteral("host-001"), QStringLiteral("host-002")})
            QVERIFY2(cellText(panel->model(), deployed, host).startsWith(QStringLiteral("● current")), qPrintable(cellText(panel->model(), deployed, host)));
    }

    void rollBackFromTheReleasesArea()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("3"), QStringLiteral("--start-seconds"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        // The newest release adds a migration: rolling back from it leaves that migration applied.
        const QString deployed = fleet.deploy({QStringLiteral("--migration"), QStringLiteral("add_cover_to_albums")});
        QVERIFY(!deployed.isEmpty());
        const QStringList before = QDir(fleet.appPath(QStringLiteral("host-002")) + QStringLiteral("/releases"))
                                       .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        // The oldest release is gone from host-002: its cell there says so.
        const QString oldest = before.constFirst();
        QVERIFY(QDir(fleet.appPath(QStringLiteral("host-002")) + QStringLiteral("/releases/") + oldest).removeRecursively());

        // Each service also gets the seeds' /health, which reports the running revision (the detailed
        // one reports none): the window shows it beside the release it should match.
        const QString config = fleet.configWithVersionHealth(QStringLiteral("opsdeck.yaml"));
        QVERIFY(!config.isEmpty());
        QFile revisionFile(fleet.appPath(QStringLiteral("host-003")) + QStringLiteral("/releases/") + deployed + QStringLiteral("/REVISION"));
        QVERIFY(revisionFile.open(QIODevice::ReadOnly));
        const QString revision = QString::fromUtf8(revisionFile.readAll()).trimmed();
        QVERIFY(!revision.isEmpty());

        ConsoleApp app({config, QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showArea(MainWindow::DashboardArea);
        QTest::keyClick(window, Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(window->currentArea(), MainWindow::ReleasesArea);
        ReleasesPanel *panel = window->releasesPanel();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(panel->appChooser()->currentText(), QStringLiteral("production/family-photo-share"));
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->columnCount(), ReleaseGridModel::FirstHostColumn + 3, 30'000);
        ReleaseGridModel *model = panel->model();
        QCOMPARE(model->rowCount(), before.size());
        for (const QString &host : kHosts)
            QVERIFY2(cellText(model, deployed, host).startsWith(QStringLiteral("● current")), qPrintable(cellText(model, deployed, host)));
        QCOMPARE(cellText(model, oldest, QStringLiteral("host-002")), QStringLiteral("✖ missing"));
        QVERIFY(cellText(model, oldest, QStringLiteral("host-001")).startsWith(QStringLiteral("✔ present")));
        QVERIFY2(panel->driftLabel()->text().contains(QStringLiteral("host-002")), qPrintable(panel->driftLabel()->text()));
        // What the health endpoints report, beside the release it should match.
        QTRY_VERIFY2_WITH_TIMEOUT(cellText(model, deployed, QStringLiteral("host-003"))
                                      .contains(QStringLiteral("health ✔ reports %1…").arg(revision.left(12))),
                                  qPrintable(cellText(model, deployed, QStringLiteral("host-003"))), 20'000);
        QCOMPARE(model->index(model->rowOf(deployed), ReleaseGridModel::FirstHostColumn).data(Qt::AccessibleTextRole),
                 model->index(model->rowOf(deployed), ReleaseGridModel::FirstHostColumn).data(Qt::DisplayRole));

        const QString target = model->inventory().defaultRollbackTarget().value_or(QString());
        QCOMPARE(target, before.at(before.size() - 2));
        QVERIFY(model->index(model->rowOf(target), ReleaseGridModel::ReleaseColumn).data().toString().contains(QStringLiteral("default rollback target")));
        auto *rollback = panel->findChild<QPushButton *>(QStringLiteral("rollback"));
        QTRY_VERIFY(rollback->isEnabled());
        QVERIFY(!rollback->accessibleName().isEmpty());
        QSignalSpy shown(panel, &ReleasesPanel::confirmationShown);
        QSignalSpy finished(panel, &ReleasesPanel::actionFinished);
        QTest::mouseClick(rollback, Qt::LeftButton);
        QCOMPARE(shown.size(), 1);
        auto *dialog = qobject_cast<GuardedActionDialog *>(shown.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        // The confirmation names the exact commands and what a rollback does not revert.
        const QString commands = dialog->commandsView()->toPlainText();
        for (const QString &host : kHosts)
            QVERIFY2(commands.contains(host + QStringLiteral(": switch ")), qPrintable(commands));
        QVERIFY2(commands.contains(QStringLiteral("releases/") + target) && commands.contains(QStringLiteral("systemctl")), qPrintable(commands));
        QVERIFY2(commands.contains(QStringLiteral("'mv' '-T' '--' '.current-opsdeck-PID' 'current'")) && !commands.contains(QStringLiteral("-sfn")),
                 qPrintable(commands));
        const QString notes = dialog->notesLabel()->text();
        QVERIFY2(notes.contains(QStringLiteral("This rollback does not revert 1 migration")) && notes.contains(QStringLiteral("add_cover_to_albums.rb.")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("shared/")) && notes.contains(QStringLiteral("environment files")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("host-001: %1 → %2").arg(deployed, target)), qPrintable(notes));
        QCOMPARE(dialog->acknowledgements().size(), 1); // the migration needs an explicit acknowledgement
        QVERIFY(dialog->acknowledgements().constFirst()->text().contains(QStringLiteral("stay applied")));
        confirm(dialog, QStringLiteral("uploads fail after the deploy"));

        QVERIFY(finished.wait(120'000));
        const auto report = finished.at(0).at(0).value<GuardedActionReport>();
        QVERIFY2(report.outcome == ActionOutcome::Succeeded, qPrintable(report.summary + panel->resultLabel()->text()));
        for (const QString &host : kHosts)
            QCOMPARE(current(fleet, host), target);
        QCOMPARE(panel->progressList()->count(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(panel->progressList()->item(i)->text().startsWith(QStringLiteral("✔ ")), qPrintable(panel->progressList()->item(i)->text()));
        // The window shows every host on the target, and the release rolled back from marked bad.
        QTRY_VERIFY_WITH_TIMEOUT(model->inventory().commonCurrent() == target, 20'000);
        for (const QString &host : kHosts)
            QVERIFY2(cellText(model, target, host).startsWith(QStringLiteral("● current")), qPrintable(cellText(model, target, host)));
        QTRY_VERIFY_WITH_TIMEOUT(model->index(model->rowOf(deployed), ReleaseGridModel::ReleaseColumn).data().toString().contains(QStringLiteral("⚑ marked bad")),
                                 10'000);
        // Roll forward is offered, back to the release the rollback left.
        QTRY_VERIFY(panel->findChild<QPushButton *>(QStringLiteral("rollForward"))->text().contains(deployed));
    }

    void failedRollbackNamesHostsAndRevertsTheSwitchedOnes()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("3"), QStringLiteral("--start-seconds"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        // A release present everywhere whose health fails, not current.
        const QString unhealthy = fleet.deploy({QStringLiteral("--unhealthy"), QStringLiteral("--no-switch"), QStringLiteral("--release"),
                                                QStringLiteral("20000101000000")});
        QVERIFY(!unhealthy.isEmpty());
        const QString from = current(fleet, QStringLiteral("host-001"));

        ConsoleApp app({fleet.configFile(), QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")), QStringLiteral("releases")});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->currentArea(), MainWindow::ReleasesArea);
        ReleasesPanel *panel = window->releasesPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowOf(unhealthy) >= 0, 30'000);
        selectRelease(panel, unhealthy);
        auto *rollback = panel->findChild<QPushButton *>(QStringLiteral("rollback"));
        QTRY_VERIFY(rollback->isEnabled());
        QVERIFY2(rollback->text().contains(unhealthy), qPrintable(rollback->text()));
        QSignalSpy shown(panel, &ReleasesPanel::confirmationShown);
        QSignalSpy finished(panel, &ReleasesPanel::actionFinished);
        QTest::mouseClick(rollback, Qt::LeftButton);
        QCOMPARE(shown.size(), 1);
        confirm(qobject_cast<GuardedActionDialog *>(shown.at(0).at(0).value<QDialog *>()), QStringLiteral("try the old build"));
        QVERIFY(finished.wait(180'000));
        QCOMPARE(finished.at(0).at(0).value<GuardedActionReport>().outcome, ActionOutcome::Failed);
        // Never a silent mix: the switched host and the untouched ones, each with its release.
        const QString result = panel->resultLabel()->text();
        QVERIFY2(result.contains(QStringLiteral("host-001: on %1").arg(unhealthy)), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("host-002: not attempted, on %1").arg(from)), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("host-003: not attempted, on %1").arg(from)), qPrintable(result));
        auto *retry = panel->findChild<QPushButton *>(QStringLiteral("retry"));
        auto *revert = panel->findChild<QPushButton *>(QStringLiteral("revertSwitched"));
        QVERIFY(retry->isVisible());
        QVERIFY(revert->isVisible());
        QVERIFY2(revert->text().contains(from), qPrintable(revert->text()));
        QCOMPARE(current(fleet, QStringLiteral("host-001")), unhealthy);

        QTRY_VERIFY_WITH_TIMEOUT(revert->isEnabled(), 20'000);
        QTest::mouseClick(revert, Qt::LeftButton);
        QCOMPARE(shown.size(), 2);
        auto *dialog = qobject_cast<GuardedActionDialog *>(shown.at(1).at(0).value<QDialog *>());
        QVERIFY2(dialog->commandsView()->toPlainText().contains(QStringLiteral("host-001: switch"))
                     && !dialog->commandsView()->toPlainText().contains(QStringLiteral("host-002")),
                 qPrintable(dialog->commandsView()->toPlainText()));
        confirm(dialog, QStringLiteral("back to what ran"));
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.at(1).at(0).value<GuardedActionReport>().outcome, ActionOutcome::Succeeded);
        for (const QString &host : kHosts)
            QCOMPARE(current(fleet, host), from);
    }
};

QTEST_MAIN(TestReleasesPanel)
#include "TestReleasesPanel.moc"
