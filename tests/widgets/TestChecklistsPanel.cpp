// The Checklists area driven like a lead, offscreen, on a real SQLite store: another console (ann)
// starts a run; the lead sees it arrive, ticks an item with a comment, sees ann's tick arrive live,
// finds Sign disabled with the reason until every required item is done, then signs.

#include "ChecklistItemModel.h"
#include "ChecklistRunListModel.h"
#include "ChecklistRunView.h"
#include "ChecklistSignatureModel.h"
#include "ChecklistsPanel.h"
#include "checklist/ChecklistLedger.h"
#include "checklist/ChecklistTemplateLoader.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"
#include "store/EventStoreFactory.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace opsdeck;

namespace {
FleetConfig fleet(const QString &lead)
{
    FleetConfig config;
    EnvironmentConfig production;
    production.name = QStringLiteral("production");
    for (const QString &name : {QStringLiteral("web-1"), QStringLiteral("web-2")}) {
        HostConfig host;
        host.name = name;
        host.environment = production.name;
        production.hosts << host;
    }
    config.environments << production;
    config.roles << Role{QStringLiteral("tech_lead"), QStringLiteral("Tech Lead")};
    config.people << Person{lead, QStringLiteral("The Lead"), {QStringLiteral("tech_lead")}}
                  << Person{QStringLiteral("ann"), QStringLiteral("Ann"), {}};
    return config;
}

void clickItem(QTreeView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}
} // namespace

class TestChecklistsPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tickAndSignAsALead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        const QString lead = EventStoreFactory::localActor();
        const FleetConfig config = fleet(lead);

        EventStoreService service;
        service.open(QStringLiteral("sqlite://") + path);
        QTRY_COMPARE(service.state(), EventStoreService::State::Open);
        RefusingPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        ChecklistsPanel panel(&service, &engine);
        panel.setConfig(config);
        panel.resize(1200, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ChecklistRunView *view = panel.runDetail();
        QAbstractItemModelTester runsTester(panel.runModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester itemsTester(view->itemModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester signaturesTester(view->signatureModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Another console starts a run.
        auto annStore = SqliteEventStore::open(path, QStringLiteral("ann"));
        QVERIFY(annStore);
        ChecklistLedger ann(**annStore.value, ChecklistActor::of(**annStore.value, &config));
        const TemplateLoadResult loaded = ChecklistTemplateLoader::loadBytes(
            "checklist: 1\nid: release\nname: Release\nsections:\n  - title: Before\n    items:\n"
            "      - id: tests\n        text: Tests pass\n      - id: notes\n        text: Notes written\n"
            "  - title: After\n    items:\n      - id: watch\n        text: Dashboards watched\n        required: false\n"
            "signoff:\n  roles:\n    tech_lead:\n      name: Tech Lead\n",
            QStringLiteral("release.yaml"));
        QVERIFY(loaded.ok());
        QString why;
        const auto plan = ChecklistPlan::make(*loaded.checklist, config, QStringLiteral("production"), QStringLiteral("v42"), {}, &why);
        QVERIFY2(plan, qPrintable(why));
        auto started = ann.start(*plan);
        QVERIFY(started);
        const QString runId = started.value->id;

        // It arrives through the live feed and is shown.
        QTRY_COMPARE_WITH_TIMEOUT(panel.runModel()->rowCount(), 1, 5000);
        QTRY_COMPARE(view->run().id, runId);
        QVERIFY(view->statusLabel()->text().contains(QStringLiteral("is in progress: 2 required item")));
        QVERIFY(!view->signButton()->isEnabled());
        QVERIFY2(view->signButton()->toolTip().contains(QStringLiteral("required items are not done: notes, tests")),
                 qPrintable(view->signButton()->toolTip()));
        QCOMPARE(view->roleBox()->currentData().toString(), QStringLiteral("tech_lead"));

        // Tick "Tests pass" with a comment.
        QVERIFY(!view->tickButton()->isEnabled()); // nothing selected yet
        clickItem(view->itemView(), view->itemModel()->indexOfItem(QStringLiteral("tests")));
        QVERIFY(view->tickButton()->isEnabled());
        QTest::keyClicks(view->commentEdit(), QStringLiteral("pipeline 812 green"));
        QTest::mouseClick(view->tickButton(), Qt::LeftButton);
        const QModelIndex tests = view->itemModel()->indexOfItem(QStringLiteral("tests"));
        QTRY_COMPARE(tests.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(view->itemModel()->indexOfItem(QStringLiteral("tests"), ChecklistItemModel::ByColumn).data().toString(), lead);
        QCOMPARE(view->itemModel()->indexOfItem(QStringLiteral("tests"), ChecklistItemModel::NoteColumn).data().toString(),
                 QStringLiteral("pipeline 812 green"));
        QVERIFY(view->commentEdit()->text().isEmpty());
        // Ticked already: the button says so.
        QVERIFY(!view->tickButton()->isEnabled());
        QVERIFY(view->tickButton()->toolTip().contains(QStringLiteral("already ticked by ") + lead));

        // Ann ticks the other one in her console; this console sees it within a second or so.
        QVERIFY(ann.tick(runId, QStringLiteral("notes"), QStringLiteral("in the wiki")));
        QTRY_COMPARE_WITH_TIMEOUT(view->itemModel()->indexOfItem(QStringLiteral("notes"), ChecklistItemModel::ByColumn).data().toString(),
                                  QStringLiteral("ann"), 5000);
        QTRY_VERIFY(view->signButton()->isEnabled());

        // Sign as Tech Lead.
        QTest::keyClicks(view->commentEdit(), QStringLiteral("go"));
        QTest::mouseClick(view->signButton(), Qt::LeftButton);
        QTRY_COMPARE(view->signatureModel()->rowCount(), 1);
        QCOMPARE(view->signatureModel()->index(0, ChecklistSignatureModel::SignerColumn).data().toString(), lead);
        QCOMPARE(view->signatureModel()->index(0, ChecklistSignatureModel::PlanColumn).data(Qt::ToolTipRole).toString(), plan->hash());
        QVERIFY2(view->statusLabel()->text().startsWith(QStringLiteral("Signed")), qPrintable(view->statusLabel()->text()));
        QTRY_COMPARE(panel.runModel()->index(0, ChecklistRunListModel::StatusColumn).data().toString(), QStringLiteral("signed"));
        // Signed: required items are frozen, and the lead cannot sign twice.
        clickItem(view->itemView(), view->itemModel()->indexOfItem(QStringLiteral("notes")));
        QVERIFY(!view->untickButton()->isEnabled());
        QVERIFY(!view->signButton()->isEnabled());
        QVERIFY2(view->signButton()->toolTip().contains(QStringLiteral("already signed")), qPrintable(view->signButton()->toolTip()));
        // The optional item may still be ticked.
        clickItem(view->itemView(), view->itemModel()->indexOfItem(QStringLiteral("watch")));
        QVERIFY(view->tickButton()->isEnabled());
    }
};

QTEST_MAIN(TestChecklistsPanel)
#include "TestChecklistsPanel.moc"
