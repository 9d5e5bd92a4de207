// View → Approvals… in the real window, offscreen: the requests waiting for a second person with
// their plans; another person's request is approved with a reason and the store records who; the
// person's own request cannot be approved from here (nor anywhere).

#include "ApprovalsDialog.h"
#include "ConsoleApp.h"
#include "MainWindow.h"
#include "ops/ApprovalPlan.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {
ApprovalRequest ask(const QString &host, const QString &console)
{
    ApprovalRequest r;
    r.environment = QStringLiteral("production");
    r.action = QStringLiteral("restart");
    r.title = QStringLiteral("restart of web on production/") + host;
    r.plan = QStringLiteral("{\"commands\":[\"%1: sudo -n -- 'systemctl' 'restart' '--' 'web.service'\"],\"hosts\":[\"%1\"]}").arg(host);
    r.planHash = ApprovalPlan::hashOf(r.plan);
    r.role = ApprovalPlan::requiredRole();
    r.console = console;
    return r;
}
} // namespace

class TestApprovalsDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-test"));
    }

    void approveAnotherPersonsRequestFromTheViewMenu()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + path, QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->state(), EventStoreService::State::Open, 10'000);
        const QString me = app.store()->identity().actor;

        auto other = SqliteEventStore::open(path, QStringLiteral("ann"));
        auto mine = SqliteEventStore::open(path, me);
        QVERIFY(other && mine);
        const auto annsRequest = (*other.value)->requestApproval(ask(QStringLiteral("web-1"), QStringLiteral("ann#1")), std::chrono::minutes(5));
        QVERIFY2(annsRequest, qPrintable(annsRequest.error));

        auto *action = window->findChild<QAction *>(QStringLiteral("showApprovals"));
        QVERIFY(action);
        action->trigger();
        ApprovalsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ApprovalsDialog *>(QStringLiteral("approvalsDialog"))) != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->count(), 1, 10'000);
        auto *plan = dialog->findChild<QPlainTextEdit *>(QStringLiteral("approvalPlan"));
        QVERIFY2(plan->toPlainText().contains(QStringLiteral("Requested by ann")) && plan->toPlainText().contains(QStringLiteral("web-1"))
                     && plan->toPlainText().contains(QStringLiteral("'systemctl' 'restart'")) && plan->toPlainText().contains(annsRequest.value->planHash),
                 qPrintable(plan->toPlainText()));
        QVERIFY(!dialog->approveButton()->isEnabled()); // no reason yet
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("plan checked"));
        QVERIFY(dialog->approveButton()->isEnabled());
        QSignalSpy decided(dialog, &ApprovalsDialog::decided);
        QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, 10'000);
        const auto stored = (*other.value)->approvals(annsRequest.value->id, {});
        QCOMPARE(stored.value->constFirst().state, QStringLiteral("approved"));
        QCOMPARE(stored.value->constFirst().decidedBy, me);
        QCOMPARE(stored.value->constFirst().decisionReason, QStringLiteral("plan checked"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->count(), 0, 10'000); // decided: no longer waiting

        // The person's own request is listed as theirs, and cannot be approved here.
        const auto myRequest = (*mine.value)->requestApproval(ask(QStringLiteral("web-2"), QStringLiteral("me#1")), std::chrono::minutes(5));
        QVERIFY2(myRequest, qPrintable(myRequest.error));
        dialog->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->count(), 1, 10'000);
        QVERIFY2(dialog->list()->item(0)->text().contains(QStringLiteral("another person must approve it")), qPrintable(dialog->list()->item(0)->text()));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("mine"));
        QVERIFY(!dialog->approveButton()->isEnabled());
        QVERIFY(!dialog->declineButton()->isEnabled());
        dialog->close();
    }
};

QTEST_MAIN(TestApprovalsDialog)
#include "TestApprovalsDialog.moc"
