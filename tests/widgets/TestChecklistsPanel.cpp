// The Checklists area driven like a lead, offscreen, on a real SQLite store, with another console
// (ann, or the lead in another window) writing to the same store:
// - ann starts a run; the lead sees it arrive, ticks, sees ann's tick arrive live, finds Sign disabled
//   with the reason until every required item is done, then signs; the run is ann's, so the lead may
//   neither change its plan nor void it;
// - the lead starts a run on some hosts of the environment (none is refused);
// - ann signs; the lead changes the plan, and ann's signature shows as voided; a change the store
//   refuses (the run was voided meanwhile in another window) is shown;
// - the lead voids a run;
// - the lead exports a run as Markdown and as PDF, and sees a write error.

#include "ChecklistItemModel.h"
#include "ChecklistPlanDialog.h"
#include "ChecklistRunListModel.h"
#include "ChecklistRunView.h"
#include "ChecklistSignatureModel.h"
#include "ChecklistVoidDialog.h"
#include "ChecklistsPanel.h"
#include "HostChoiceModel.h"
#include "HostChooser.h"
#include "HostPickerDialog.h"
#include "checklist/ChecklistLedger.h"
#include "checklist/ChecklistTemplateLoader.h"
#include "ops/OpsContext.h"
#include "ssh/SshPrompts.h"
#include "store/EventStoreFactory.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace opsdeck;

namespace {
const QByteArray kReleaseTemplate =
    "checklist: 1\nid: release\nname: Release\nsections:\n  - title: Before\n    items:\n"
    "      - id: tests\n        text: Tests pass\n      - id: notes\n        text: Notes written\n"
    "  - title: After\n    items:\n      - id: watch\n        text: Dashboards watched\n        required: false\n"
    "signoff:\n  roles:\n    tech_lead:\n      name: Tech Lead\n";

FleetConfig fleet(const QString &lead, const QString &checklists = {})
{
    FleetConfig config;
    EnvironmentConfig production;
    production.name = QStringLiteral("production");
    for (const QString &name : {QStringLiteral("web-1"), QStringLiteral("web-2"), QStringLiteral("web-3")}) {
        HostConfig host;
        host.name = name;
        host.environment = production.name;
        production.hosts << host;
    }
    production.checklistTemplates = {QStringLiteral("release")}; // its runs approve production
    EnvironmentConfig lab; // declared, no hosts yet
    lab.name = QStringLiteral("lab");
    config.environments << production << lab;
    config.roles << Role{QStringLiteral("tech_lead"), QStringLiteral("Tech Lead")};
    config.people << Person{lead, QStringLiteral("The Lead"), {QStringLiteral("tech_lead")}}
                  << Person{QStringLiteral("ann"), QStringLiteral("Ann"), {QStringLiteral("tech_lead")}};
    config.checklistDirectory = checklists;
    return config;
}

void clickItem(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// Checks or unchecks a host the way a keyboard user does: select it, then Space.
void setHostChecked(HostChooser *chooser, const QString &host, bool checked)
{
    QListView *list = chooser->listView();
    const QModelIndex index = list->model()->index(int(chooser->model()->hosts().indexOf(host)), 0);
    QVERIFY2(index.isValid(), qPrintable(host));
    clickItem(list, index);
    if ((index.data(Qt::CheckStateRole).toInt() == Qt::Checked) != checked)
        QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(index.data(Qt::CheckStateRole).toInt() == Qt::Checked, checked);
}

// The dialog open now (a closed one may linger until its deferred delete).
template <typename Dialog>
Dialog *waitForDialog(QWidget *parent)
{
    for (int i = 0; i < 200; ++i) {
        for (Dialog *dialog : parent->findChildren<Dialog *>()) {
            if (dialog->isVisible())
                return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
        }
        QTest::qWait(10);
    }
    return nullptr;
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void setText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// One console on a fresh local store, as the lead; other consoles open the same file.
struct Console {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("store.db"));
    QString lead = EventStoreFactory::localActor();
    FleetConfig config;
    RefusingPrompts prompts;
    OpsContext ops{&prompts, &prompts}; // the window's: the store, the checklist service and its evidence
    std::unique_ptr<ChecklistsPanel> panel;

    ChecklistRunView *view() const { return panel->runDetail(); }
};

// Opens the console with the release template in the configuration's checklist directory.
void openConsole(Console &c)
{
    QVERIFY(c.dir.isValid());
    QVERIFY(QDir(c.dir.path()).mkdir(QStringLiteral("checklists")));
    QFile file(c.dir.filePath(QStringLiteral("checklists/release.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kReleaseTemplate);
    file.close();
    c.config = fleet(c.lead, c.dir.filePath(QStringLiteral("checklists")));
    c.ops.store()->open(QStringLiteral("sqlite://") + c.path);
    QTRY_COMPARE(c.ops.store()->state(), EventStoreService::State::Open);
    c.ops.apply(c.config);
    c.panel = std::make_unique<ChecklistsPanel>(c.ops.store(), c.ops.checklists());
    c.panel->setConfig(c.config);
    c.panel->resize(1200, 800);
    c.panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(c.panel.get()));
    QTRY_VERIFY(c.panel->templateBox()->findData(QStringLiteral("release")) >= 0);
    c.panel->templateBox()->setCurrentIndex(c.panel->templateBox()->findData(QStringLiteral("release")));
}

// Starts a run of the release template through the panel, on the hosts chosen there.
QString startInPanel(Console &c, const QString &release)
{
    QTest::keyClicks(c.panel->releaseEdit(), release);
    if (!c.panel->startButton()->isEnabled())
        return QStringLiteral("start disabled: ") + c.panel->startButton()->toolTip();
    QTest::mouseClick(c.panel->startButton(), Qt::LeftButton);
    for (int i = 0; i < 500 && c.view()->run().plan.version != release; ++i)
        QTest::qWait(10);
    return c.view()->run().plan.version == release ? QString() : QStringLiteral("the run did not show up");
}

struct OtherConsole {
    std::unique_ptr<SqliteEventStore> store;
    std::unique_ptr<ChecklistLedger> ledger;
};

OtherConsole otherConsole(const Console &c, const QString &login)
{
    OtherConsole other;
    auto opened = SqliteEventStore::open(c.path, login);
    if (!opened)
        return other;
    other.store = std::move(*opened.value);
    other.ledger = std::make_unique<ChecklistLedger>(*other.store, ChecklistActor::of(*other.store, &c.config));
    return other;
}

QString stateOfSignature(const ChecklistRunView *view, int row)
{
    return view->signatureModel()->index(row, ChecklistSignatureModel::StateColumn).data().toString();
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

        RefusingPrompts prompts;
        OpsContext ops(&prompts, &prompts);
        EventStoreService &service = *ops.store();
        service.open(QStringLiteral("sqlite://") + path);
        QTRY_COMPARE(service.state(), EventStoreService::State::Open);
        ops.apply(config);
        ChecklistsPanel panel(&service, ops.checklists());
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
        const TemplateLoadResult loaded = ChecklistTemplateLoader::loadBytes(kReleaseTemplate, QStringLiteral("release.yaml"));
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
        // Ann's run: on the local store nobody is a lead, so only she may change or void it.
        for (QPushButton *button : {view->replanButton(), view->voidButton()}) {
            QVERIFY(!button->isEnabled());
            QCOMPARE(button->toolTip(), QStringLiteral("only ann, who started the run, or a lead may change or void it"));
        }
        QVERIFY(view->exportButton()->isEnabled());

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

    void startOnSomeHosts()
    {
        Console c;
        openConsole(c);
        if (QTest::currentTestFailed())
            return;
        ChecklistsPanel *panel = c.panel.get();
        QCOMPARE(panel->environmentBox()->currentText(), QStringLiteral("production"));
        // (Tests run without the English translation that turns "host(s)" into "hosts".)
        QCOMPARE(panel->hostsButton()->text(), QStringLiteral("All 3 host(s)…"));

        // An environment without hosts: nothing to start a run on, and the panel says so.
        panel->environmentBox()->setCurrentIndex(panel->environmentBox()->findText(QStringLiteral("lab")));
        QTest::keyClicks(panel->releaseEdit(), QStringLiteral("v7"));
        QVERIFY(!panel->startButton()->isEnabled());
        QCOMPARE(panel->startButton()->toolTip(), QStringLiteral("lab has no hosts in the configuration"));
        QVERIFY(!panel->hostsButton()->isEnabled());
        panel->environmentBox()->setCurrentIndex(panel->environmentBox()->findText(QStringLiteral("production")));
        QVERIFY(panel->startButton()->isEnabled());
        // Issue 12 (2): the template follows the environment, and one it does not accept is refused.
        QCOMPARE(panel->templateBox()->currentData().toString(), QStringLiteral("release"));
        panel->templateBox()->setCurrentIndex(panel->templateBox()->findData(QStringLiteral("staging")));
        QVERIFY(!panel->startButton()->isEnabled());
        QVERIFY2(panel->startButton()->toolTip().contains(QStringLiteral("production accepts only release")),
                 qPrintable(panel->startButton()->toolTip()));
        panel->templateBox()->setCurrentIndex(panel->templateBox()->findData(QStringLiteral("release")));
        QVERIFY(panel->startButton()->isEnabled());
        QCOMPARE(panel->chosenHosts(), (QStringList{QStringLiteral("web-1"), QStringLiteral("web-2"), QStringLiteral("web-3")}));

        // Pick hosts: none is refused in the picker; then web-2 and web-3.
        QTest::mouseClick(panel->hostsButton(), Qt::LeftButton);
        auto *picker = waitForDialog<HostPickerDialog>(panel);
        QVERIFY(picker);
        QAbstractItemModelTester hostsTester(picker->chooser()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(picker->chooser()->countLabel()->text(), QStringLiteral("All 3 host(s)"));
        QTest::mouseClick(picker->chooser()->noneButton(), Qt::LeftButton);
        QVERIFY(!okButton(picker)->isEnabled());
        QVERIFY(picker->problemLabel()->isVisible());
        QCOMPARE(picker->problemLabel()->text(), QStringLiteral("Check at least one host: a run without hosts would approve nothing."));
        setHostChecked(picker->chooser(), QStringLiteral("web-3"), true);
        setHostChecked(picker->chooser(), QStringLiteral("web-2"), true);
        QCOMPARE(picker->chooser()->countLabel()->text(), QStringLiteral("2 of 3 host(s)"));
        QVERIFY(!picker->problemLabel()->isVisible());
        QVERIFY(okButton(picker)->isEnabled());
        QTest::mouseClick(okButton(picker), Qt::LeftButton);
        QCOMPARE(panel->chosenHosts(), (QStringList{QStringLiteral("web-2"), QStringLiteral("web-3")}));
        QCOMPARE(panel->hostsButton()->text(), QStringLiteral("2 of 3 host(s)…"));
        QCOMPARE(panel->startButton()->toolTip(), QStringLiteral("Start a run of this checklist for this release on web-2, web-3"));

        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        ChecklistRunView *view = c.view();
        QTRY_COMPARE(view->run().plan.version, QStringLiteral("v7"));
        QCOMPARE(view->run().plan.hosts, (QStringList{QStringLiteral("web-2"), QStringLiteral("web-3")}));
        QCOMPARE(view->run().creator, c.lead);
        // As stored, read by another console.
        OtherConsole ann = otherConsole(c, QStringLiteral("ann"));
        QVERIFY(ann.ledger);
        const auto stored = ann.ledger->run(view->run().id);
        QVERIFY(stored);
        QCOMPARE(stored.value->plan.hosts, (QStringList{QStringLiteral("web-2"), QStringLiteral("web-3")}));
        // The choice stays for the next run; another environment starts from all of its hosts again.
        QCOMPARE(panel->hostsButton()->text(), QStringLiteral("2 of 3 host(s)…"));
        panel->setConfig(c.config); // a configuration reload keeps it too
        QCOMPARE(panel->chosenHosts(), (QStringList{QStringLiteral("web-2"), QStringLiteral("web-3")}));
        panel->environmentBox()->setCurrentIndex(panel->environmentBox()->findText(QStringLiteral("lab")));
        panel->environmentBox()->setCurrentIndex(panel->environmentBox()->findText(QStringLiteral("production")));
        QCOMPARE(panel->hostsButton()->text(), QStringLiteral("All 3 host(s)…"));

        // The run list shows the release and status whole; the progress (the last column) takes the
        // rest, at least its header.
        auto *runs = panel->findChild<QTableView *>(QStringLiteral("checklistRuns"));
        QVERIFY(runs);
        QTRY_VERIFY(runs->model()->rowCount() > 0);
        QVERIFY(runs->horizontalHeader()->sectionSize(ChecklistRunListModel::ProgressColumn)
                >= runs->horizontalHeader()->sectionSizeHint(ChecklistRunListModel::ProgressColumn));
        int used = 0;
        for (int column : {int(ChecklistRunListModel::ReleaseColumn), int(ChecklistRunListModel::StatusColumn)}) {
            const int size = runs->horizontalHeader()->sectionSize(column);
            const int wanted = std::max(static_cast<QAbstractItemView *>(runs)->sizeHintForColumn(column), runs->horizontalHeader()->sectionSizeHint(column));
            QVERIFY2(size >= wanted, qPrintable(QStringLiteral("column %1: %2 px of %3").arg(column).arg(size).arg(wanted)));
            used += wanted;
        }
        QVERIFY2(used <= runs->viewport()->width(), qPrintable(QStringLiteral("%1 px wanted, %2 shown").arg(used).arg(runs->viewport()->width())));
    }

    void changePlanAfterASignature()
    {
        Console c;
        openConsole(c);
        if (QTest::currentTestFailed())
            return;
        const QString started = startInPanel(c, QStringLiteral("v1"));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ChecklistRunView *view = c.view();
        QAbstractItemModelTester signaturesTester(view->signatureModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString runId = view->run().id;
        const QString firstPlan = view->run().planHash;
        QVERIFY(view->replanButton()->isEnabled());
        QVERIFY(view->voidButton()->isEnabled());

        // Ann does the items and signs in her console (the lead started the run: four eyes).
        OtherConsole ann = otherConsole(c, QStringLiteral("ann"));
        QVERIFY(ann.ledger);
        QVERIFY(ann.ledger->tick(runId, QStringLiteral("tests"), {}));
        QVERIFY(ann.ledger->tick(runId, QStringLiteral("notes"), {}));
        QVERIFY(ann.ledger->sign(runId, QStringLiteral("tech_lead"), QStringLiteral("ok")));
        QTRY_COMPARE_WITH_TIMEOUT(view->signatureModel()->rowCount(), 1, 5000);
        QVERIFY(view->statusLabel()->text().startsWith(QStringLiteral("Signed")));

        // Change the plan: the dialog says that ann's signature goes.
        QTest::mouseClick(view->replanButton(), Qt::LeftButton);
        auto *dialog = waitForDialog<ChecklistPlanDialog>(view);
        QVERIFY(dialog);
        QVERIFY2(dialog->consequenceLabel()->text().startsWith(
                     QStringLiteral("Changing the plan voids 1 signature(s): Tech Lead (ann). They stay in the record as voided")),
                 qPrintable(dialog->consequenceLabel()->text()));
        QCOMPARE(dialog->releaseEdit()->text(), QStringLiteral("v1"));
        QCOMPARE(dialog->hostChooser()->checkedHosts(),
                 (QStringList{QStringLiteral("web-1"), QStringLiteral("web-2"), QStringLiteral("web-3")}));
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(dialog->problemLabel()->text(), QStringLiteral("changing the plan or voiding a run needs a reason"));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("v1 has the session bug; v2 fixes it"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(dialog->problemLabel()->text(), QStringLiteral("the plan did not change"));
        setText(dialog->releaseEdit(), QStringLiteral("v2 bad"));
        QVERIFY2(dialog->problemLabel()->text().startsWith(QStringLiteral("invalid release 'v2 bad'")), qPrintable(dialog->problemLabel()->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        setText(dialog->releaseEdit(), QStringLiteral("v2"));
        setHostChecked(dialog->hostChooser(), QStringLiteral("web-1"), false);
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problemLabel()->text()));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);

        QTRY_COMPARE(view->run().plan.version, QStringLiteral("v2"));
        QCOMPARE(view->run().plan.hosts, (QStringList{QStringLiteral("web-2"), QStringLiteral("web-3")}));
        QVERIFY(view->run().planHash != firstPlan);
        QCOMPARE(view->signatureModel()->rowCount(), 1);
        QCOMPARE(stateOfSignature(view, 0), QStringLiteral("voided: plan changed: v1 has the session bug; v2 fixes it"));
        QCOMPARE(view->signatureModel()->index(0, ChecklistSignatureModel::PlanColumn).data(Qt::ToolTipRole).toString(), firstPlan);
        QCOMPARE(view->messageLabel()->text(), QStringLiteral("Plan changed: v2 on web-2, web-3; 1 signature(s) voided."));
        // The person's ticks stay (the items did not change); the run waits for a signature again.
        QCOMPARE(view->itemModel()->indexOfItem(QStringLiteral("tests")).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QTRY_COMPARE(c.panel->runModel()->index(0, ChecklistRunListModel::StatusColumn).data().toString(), QStringLiteral("ready to sign"));
        QVERIFY(!view->statusLabel()->text().startsWith(QStringLiteral("Signed")));

        // Another change, while the lead voids the run in another window: the store refuses it, and says why.
        QTest::mouseClick(view->replanButton(), Qt::LeftButton);
        dialog = waitForDialog<ChecklistPlanDialog>(view);
        QVERIFY(dialog);
        QVERIFY2(dialog->consequenceLabel()->text().startsWith(QStringLiteral("Automatic evidence is reset")),
                 qPrintable(dialog->consequenceLabel()->text())); // no valid signature left to void
        setText(dialog->releaseEdit(), QStringLiteral("v3"));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("v3"));
        QVERIFY(okButton(dialog)->isEnabled());
        OtherConsole window = otherConsole(c, c.lead);
        QVERIFY(window.ledger);
        QVERIFY(window.ledger->voidRun(runId, QStringLiteral("release cancelled")));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(view->messageLabel()->text().startsWith(QStringLiteral("Refused: ")));
        QCOMPARE(view->messageLabel()->text(),
                 QStringLiteral("Refused: the run was voided by %1: release cancelled").arg(c.lead));
        QTRY_VERIFY(view->statusLabel()->text().startsWith(QStringLiteral("Voided by ")));
        QCOMPARE(view->run().plan.version, QStringLiteral("v2"));
    }

    void voidARun()
    {
        Console c;
        openConsole(c);
        if (QTest::currentTestFailed())
            return;
        const QString started = startInPanel(c, QStringLiteral("v9"));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ChecklistRunView *view = c.view();
        const QString runId = view->run().id;

        QTest::mouseClick(view->voidButton(), Qt::LeftButton);
        auto *dialog = waitForDialog<ChecklistVoidDialog>(view);
        QVERIFY(dialog);
        QVERIFY2(dialog->questionLabel()->text().startsWith(QStringLiteral("Void run %1, Release for production v9?").arg(runId.left(8))),
                 qPrintable(dialog->questionLabel()->text()));
        QCOMPARE(okButton(dialog)->text(), QStringLiteral("Void Run %1").arg(runId.left(8)));
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(dialog->problemLabel()->text(), QStringLiteral("changing the plan or voiding a run needs a reason"));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("   "));
        QVERIFY(!okButton(dialog)->isEnabled());
        // A reason is stored text: markup in it shows as the characters typed, in the label and the tooltips.
        const QString reason = QStringLiteral("<b>wrong</b> release <img src=x width=4000 height=4000>");
        QTest::keyClicks(dialog->reasonEdit(), reason);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);

        QTRY_COMPARE(view->statusLabel()->text(), QStringLiteral("Voided by %1: %2").arg(c.lead, reason));
        QCOMPARE(view->statusLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(view->messageLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(view->messageLabel()->text(), QStringLiteral("Run %1 voided.").arg(runId.left(8)));
        QTRY_COMPARE(c.panel->runModel()->index(0, ChecklistRunListModel::StatusColumn).data().toString(), QStringLiteral("voided"));
        const QString why = QStringLiteral("the run was voided by %1: %2").arg(c.lead, reason);
        for (QPushButton *button : {view->replanButton(), view->voidButton()}) {
            QVERIFY(!button->isEnabled());
            QVERIFY(Qt::mightBeRichText(button->toolTip()));
            QTextDocument shown;
            shown.setHtml(button->toolTip());
            QCOMPARE(shown.toPlainText(), why);
            QVERIFY(!shown.toHtml().contains(QStringLiteral("<img")));
        }
        clickItem(view->itemView(), view->itemModel()->indexOfItem(QStringLiteral("tests")));
        QVERIFY(!view->tickButton()->isEnabled());
        QVERIFY(view->exportButton()->isEnabled()); // a voided run is still part of the record
    }

    void exportMarkdownAndPdf()
    {
        Console c;
        openConsole(c);
        if (QTest::currentTestFailed())
            return;
        const QString started = startInPanel(c, QStringLiteral("v5"));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ChecklistRunView *view = c.view();
        const QString runId = view->run().id;
        OtherConsole ann = otherConsole(c, QStringLiteral("ann"));
        QVERIFY(ann.ledger);
        QVERIFY(ann.ledger->tick(runId, QStringLiteral("tests"), QStringLiteral("pipeline | 913 green")));
        QTRY_COMPARE_WITH_TIMEOUT(view->itemModel()->indexOfItem(QStringLiteral("tests")).data(Qt::CheckStateRole).toInt(),
                                  int(Qt::Checked), 5000);
        QSignalSpy exported(view, &ChecklistRunView::exported);

        auto exportTo = [&](const QString &path, const std::function<void()> &beforeAccept = {}) {
            QTest::mouseClick(view->exportButton(), Qt::LeftButton);
            auto *save = waitForDialog<QFileDialog>(view);
            QVERIFY(save);
            QCOMPARE(save->acceptMode(), QFileDialog::AcceptSave);
            QCOMPARE(save->nameFilters().size(), 2);
            QVERIFY(save->selectedFiles().value(0).endsWith(QStringLiteral("/checklist-production-v5-%1.md").arg(runId.left(8))));
            // Typed into the file name box, as a person does (selectFile() leaves a focused box alone).
            auto *name = save->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(path);
            if (beforeAccept)
                beforeAccept();
            QMetaObject::invokeMethod(save, "accept"); // protected in QFileDialog, a slot of QDialog
            // A write that fails at once may report before accept() returns.
            QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), 20'000);
        };

        const QString md = c.dir.filePath(QStringLiteral("run.md"));
        exportTo(md);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(exported.takeFirst(), (QVariantList{md, QString()}));
        QCOMPARE(view->messageLabel()->text(), QStringLiteral("Exported to %1").arg(QDir::toNativeSeparators(md)));
        QFile markdown(md);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(markdown.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("# Release: production v5\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("| Run | %1 |").arg(runId)));
        QVERIFY(text.contains(QStringLiteral("| Hosts | web-1, web-2, web-3 |")));
        QVERIFY(text.contains(QStringLiteral("- [x] Tests pass — ticked by ann at ")));
        QVERIFY(text.contains(QStringLiteral("  - comment: pipeline \\| 913 green\n")));
        QVERIFY(text.contains(QStringLiteral("- [ ] Notes written\n")));
        QVERIFY(text.contains(QStringLiteral("- [ ] Dashboards watched — optional\n")));

        const QString pdf = c.dir.filePath(QStringLiteral("run.pdf"));
        exportTo(pdf);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(exported.takeFirst(), (QVariantList{pdf, QString()}));
        QFile document(pdf);
        QVERIFY(document.open(QIODevice::ReadOnly));
        const QByteArray bytes = document.readAll();
        QVERIFY2(bytes.startsWith("%PDF-"), bytes.left(16).constData());
        QVERIFY(bytes.size() > 2000);
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));

        // The directory goes away while the dialog is open: the error is shown, nothing is written.
        QVERIFY(QDir(c.dir.path()).mkdir(QStringLiteral("gone")));
        const QString lost = c.dir.filePath(QStringLiteral("gone/run.md"));
        exportTo(lost, [&] { QVERIFY(QDir(c.dir.filePath(QStringLiteral("gone"))).removeRecursively()); });
        if (QTest::currentTestFailed())
            return;
        const QVariantList failure = exported.takeFirst();
        QCOMPARE(failure.at(0).toString(), lost);
        QVERIFY(failure.at(1).toString().startsWith(QStringLiteral("cannot write ")));
        QVERIFY2(view->messageLabel()->text().startsWith(QStringLiteral("Export failed: cannot write ")),
                 qPrintable(view->messageLabel()->text()));
        QVERIFY(!QFile::exists(lost));
    }
};

QTEST_MAIN(TestChecklistsPanel)
#include "TestChecklistsPanel.moc"
