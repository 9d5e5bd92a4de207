// The Timeline and Incidents areas in the real window, offscreen, on a temporary SQLite store: filter
// the timeline (text, kind, environment), see live events arrive, open an incident from selected
// events, attach a suggestion and an event from the timeline, note, mitigate, resolve (refused for a
// non-lead), export Markdown through the panel; and a store of 5,000+ events paged lazily.

#include "AttachDialog.h"
#include "ConsoleApp.h"
#include "IncidentListModel.h"
#include "IncidentsPanel.h"
#include "MainWindow.h"
#include "MessageLabel.h"
#include "NoteDialog.h"
#include "OpenIncidentDialog.h"
#include "ReportRowModel.h"
#include "SuggestionModel.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"
#include "timeline/IncidentTracker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {
Event make(const QString &kind, const QString &env, const QString &host, const QString &summary, const QJsonObject &details = {})
{
    Event e;
    e.kind = kind;
    e.environment = env;
    e.host = host;
    e.service = host.isEmpty() ? QString() : QStringLiteral("web");
    e.summary = summary;
    e.details = details;
    return e;
}

QJsonObject transition(const char *from, const char *to)
{
    return {{QStringLiteral("from"), QLatin1String(from)}, {QStringLiteral("to"), QLatin1String(to)}};
}

// Fills the store the way the features would have, before any console opens it.
QList<Event> fill(const QString &path, const QList<Event> &events)
{
    auto store = SqliteEventStore::open(path, QStringLiteral("ann"));
    if (!store)
        qFatal("cannot open the test store: %s", qPrintable(store.error));
    QList<Event> stored;
    for (qsizetype i = 0; i < events.size(); i += 1000) {
        auto batch = (*store.value)->appendBatch(events.mid(i, 1000));
        if (!batch)
            qFatal("cannot fill the test store: %s", qPrintable(batch.error));
        stored += *batch.value;
    }
    return stored;
}

QStringList column(QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

void clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QModelIndex index = table->model()->index(row, 2);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
}

template<typename Dialog>
Dialog *waitForDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    for (int i = 0; i < 200 && !(dialog = parent->findChild<Dialog *>()); ++i)
        QTest::qWait(10);
    return dialog;
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}
} // namespace

class TestTimelinePanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        // Settings of its own: other window tests running at the same time leave their last
        // configuration file there, which the window would open.
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-test-timeline"));
        QSettings().remove(QStringLiteral("config/lastFile"));
    }

    void filterOpenResolveAndExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        const QList<Event> stored = fill(
            path, {make(QStringLiteral("config.loaded"), {}, {}, QStringLiteral("Configuration fleet.yaml loaded")),
                   make(QStringLiteral("health.changed"), QStringLiteral("production"), QStringLiteral("web-1"),
                        QStringLiteral("production/web-1/web: pass → fail (HTTP 503: database | pool exhausted)"), transition("pass", "fail")),
                   make(QStringLiteral("alert.raised"), QStringLiteral("production"), QStringLiteral("web-1"),
                        QStringLiteral("critical alert: web-1 web down")),
                   make(QStringLiteral("health.changed"), QStringLiteral("staging"), QStringLiteral("stg-1"),
                        QStringLiteral("staging/stg-1/web: pass → fail (HTTP 503: database)"), transition("pass", "fail")),
                   make(QStringLiteral("service.restart"), QStringLiteral("production"), QStringLiteral("web-1"),
                        QStringLiteral("restart of production/web succeeded on 1 host, verified"),
                        {{QStringLiteral("outcome"), QStringLiteral("succeeded")}}),
                   make(QStringLiteral("health.changed"), QStringLiteral("production"), QStringLiteral("web-2"),
                        QStringLiteral("production/web-2/web: pass → warn (slow Database)"), transition("pass", "warn"))});
        const qint64 web1Fail = stored.at(1).id, alert = stored.at(2).id, restart = stored.at(4).id, web2Warn = stored.at(5).id;

        ConsoleApp app({QString(), QStringLiteral("sqlite://") + path, QStringLiteral("timeline")});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->currentArea(), MainWindow::TimelineArea);
        TimelinePanel *timeline = window->timelinePanel();
        TimelineModel *model = timeline->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model->rowCount(), 6);
        QVERIFY(model->isComplete());
        QCOMPARE(model->eventAt(0).id, web2Warn); // newest first
        QCOMPARE(model->index(0, TimelineModel::OutcomeColumn).data().toString(), QStringLiteral("⚠ pass → warn"));
        QCOMPARE(model->index(0, TimelineModel::TargetColumn).data().toString(), QStringLiteral("production/web-2/web"));

        // Text (any case), then kind as a family, then environment.
        QTest::keyClicks(timeline->textFilter(), QStringLiteral("database"));
        QTRY_COMPARE(model->rowCount(), 3);
        QTest::keyClicks(timeline->kindFilter()->lineEdit(), QStringLiteral("health"));
        QTRY_COMPARE(model->filter().kind, QStringLiteral("health."));
        QTRY_COMPARE(model->rowCount(), 3);
        QTest::keyClicks(timeline->environmentFilter()->lineEdit(), QStringLiteral("production"));
        QTRY_COMPARE(model->filter().environment, QStringLiteral("production"));
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(column(model, TimelineModel::SummaryColumn),
                 (QStringList{QStringLiteral("production/web-2/web: pass → warn (slow Database)"),
                              QStringLiteral("production/web-1/web: pass → fail (HTTP 503: database | pool exhausted)")}));

        // Live: a matching event appears at the top, another does not.
        app.store()->record(make(QStringLiteral("alert.raised"), QStringLiteral("production"), QStringLiteral("web-1"),
                                 QStringLiteral("database alert is not a health event")));
        const auto live = app.store()->record(make(QStringLiteral("health.changed"), QStringLiteral("production"), QStringLiteral("web-3"),
                                                   QStringLiteral("production/web-3/web: pass → fail (database timeout)"),
                                                   transition("pass", "fail")));
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->eventAt(0).summary, QStringLiteral("production/web-3/web: pass → fail (database timeout)"));
        QTRY_VERIFY(live.isFinished());

        // Open an incident from the two older rows; the window switches to it.
        clickRow(timeline->table(), 1);
        clickRow(timeline->table(), 2, Qt::ControlModifier);
        QCOMPARE(timeline->selectedEvents().size(), 2);
        QTest::mouseClick(timeline->findChild<QPushButton *>(QStringLiteral("openIncident")), Qt::LeftButton);
        auto *open = waitForDialog<OpenIncidentDialog>(timeline);
        QVERIFY(open);
        open->titleEdit()->clear();
        QTest::keyClicks(open->titleEdit(), QStringLiteral("Checkout | 502 for EU users"));
        open->severityBox()->setCurrentIndex(0);
        clickOk(open);
        IncidentsPanel *incidents = window->incidentsPanel();
        QTRY_COMPARE(window->currentArea(), MainWindow::IncidentsArea);
        QTRY_VERIFY(incidents->isDossierLoaded());
        const qint64 id = incidents->currentIncident();
        QVERIFY(id > 0);
        QCOMPARE(incidents->titleLabel()->text(), QStringLiteral("#%1 Checkout | 502 for EU users").arg(id));
        QVERIFY(incidents->factsLabel()->text().startsWith(QStringLiteral("SEV1 · ● open · production")));
        QTRY_COMPARE(incidents->dossier().incident.attached, (QList<qint64>{web1Fail, web2Warn}));
        QAbstractItemModelTester listTester(incidents->listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(incidents->listModel()->rowCount(), 1);
        QCOMPARE(incidents->listModel()->index(0, IncidentListModel::StateColumn).data().toString(), QStringLiteral("● open"));

        // Suggestions: the alert on web-1 first; one click attaches it.
        SuggestionModel *suggestions = incidents->suggestionModel();
        QVERIFY(suggestions->rowCount() >= 2);
        int alertRow = -1;
        for (int row = 0; row < suggestions->rowCount(); ++row) {
            if (suggestions->suggestionAt(row).event.id == alert)
                alertRow = row;
        }
        QCOMPARE(alertRow, 0);
        QVERIFY(suggestions->index(0, SuggestionModel::WhyColumn).data().toString().contains(QStringLiteral("same host web-1")));
        auto *attach = qobject_cast<QPushButton *>(
            incidents->suggestions()->indexWidget(suggestions->index(alertRow, SuggestionModel::AttachColumn)));
        QVERIFY(attach);
        QTest::mouseClick(attach, Qt::LeftButton);
        QTRY_COMPARE(incidents->dossier().incident.attached, (QList<qint64>{web1Fail, alert, web2Warn}));

        // Attach from the timeline: the restart.
        window->showArea(MainWindow::TimelineArea);
        QTest::mouseClick(timeline->findChild<QPushButton *>(QStringLiteral("clearFilters")), Qt::LeftButton);
        QTRY_VERIFY(model->rowOfId(restart) >= 0);
        QTRY_COMPARE(model->filter().text, QString());
        clickRow(timeline->table(), model->rowOfId(restart));
        QTest::mouseClick(timeline->findChild<QPushButton *>(QStringLiteral("attachToIncident")), Qt::LeftButton);
        auto *choose = waitForDialog<AttachDialog>(timeline);
        QVERIFY(choose);
        QCOMPARE(choose->incidentBox()->currentData().toLongLong(), id);
        clickOk(choose);
        QTRY_COMPARE(app.incidents()->book().find(id)->attached, (QList<qint64>{web1Fail, alert, restart, web2Warn}));
        QTRY_VERIFY(model->index(model->rowOfId(restart), TimelineModel::MarksColumn).data().toString().contains(QStringLiteral("#%1").arg(id)));

        // A note on the incident, then open → mitigated → resolved.
        window->showArea(MainWindow::IncidentsArea);
        QTest::mouseClick(incidents->findChild<QPushButton *>(QStringLiteral("incidentNote")), Qt::LeftButton);
        auto *note = waitForDialog<NoteDialog>(incidents);
        QVERIFY(note);
        QTest::keyClicks(note->textEdit(), QStringLiteral("DB pool | raised to 20"));
        clickOk(note);
        QTRY_COMPARE(incidents->dossier().notes.size(), 1);

        auto *mitigate = incidents->findChild<QPushButton *>(QStringLiteral("mitigate"));
        auto *resolve = incidents->findChild<QPushButton *>(QStringLiteral("resolve"));
        QTest::mouseClick(mitigate, Qt::LeftButton);
        QTRY_COMPARE(app.incidents()->book().find(id)->state, IncidentState::Mitigated);
        QTRY_VERIFY(!mitigate->isEnabled());

        // Someone without the lead role cannot resolve: the button says why.
        app.incidents()->setIdentityOverride(StoreIdentity{QStringLiteral("bob"), {QStringLiteral("opsdeck_operator")}});
        QVERIFY(!resolve->isEnabled());
        QVERIFY2(resolve->toolTip().contains(QStringLiteral("opsdeck_lead")), qPrintable(resolve->toolTip()));
        app.incidents()->setIdentityOverride(std::nullopt);
        QVERIFY(resolve->isEnabled());
        QTest::mouseClick(resolve, Qt::LeftButton);
        QTRY_COMPARE(app.incidents()->book().find(id)->state, IncidentState::Resolved);
        QTRY_VERIFY(incidents->dossier().times.toResolveMs.has_value());
        QTRY_VERIFY(incidents->timesLabel()->text().contains(QStringLiteral("Time to resolve")));
        QVERIFY(incidents->factsLabel()->text().contains(QStringLiteral("✔ resolved")));
        QVERIFY(!resolve->isEnabled());
        // The incident's timeline: the four attached events, its changes and the note, in id order.
        QTRY_COMPARE(incidents->rowModel()->rowCount(), 8);
        for (int row = 1; row < incidents->rowModel()->rowCount(); ++row)
            QVERIFY(incidents->rowModel()->rowAt(row - 1).id < incidents->rowModel()->rowAt(row).id);

        // Export Markdown through the panel's file dialog.
        const QString file = dir.filePath(QStringLiteral("incident.md"));
        QSignalSpy exported(incidents, &IncidentsPanel::exported);
        QTest::mouseClick(incidents->findChild<QPushButton *>(QStringLiteral("exportMarkdown")), Qt::LeftButton);
        auto *save = waitForDialog<QFileDialog>(incidents);
        QVERIFY(save);
        save->selectFile(file);
        QMetaObject::invokeMethod(save, "accept"); // protected in QFileDialog, a slot of QDialog
        QVERIFY(exported.wait(10'000));
        QCOMPARE(exported.constFirst().at(1).toString(), QString());
        QVERIFY(incidents->messageLabel()->text().contains(QStringLiteral("Exported to")));
        QFile md(file);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("# Incident #%1: Checkout \\| 502 for EU users\n").arg(id)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("| Severity | sev1 |")));
        QVERIFY(text.contains(QStringLiteral("| State | resolved |")));
        QVERIFY(text.contains(QStringLiteral("| Time to resolve | ")));
        QVERIFY(!text.contains(QStringLiteral("| Time to resolve | — |")));
        QVERIFY(text.contains(QStringLiteral("| DB pool \\| raised to 20 |")));
        // Every attached event, in id order, with its time, actor, target, kind and outcome.
        qsizetype at = 0;
        for (qint64 event : {web1Fail, alert, restart, web2Warn}) {
            const qsizetype found = text.indexOf(QStringLiteral("\n| %1 | ").arg(event), at);
            QVERIFY2(found > at, qPrintable(QStringLiteral("#%1 missing or out of order").arg(event)));
            at = found;
        }
        QVERIFY(text.contains(QStringLiteral("| production/web-1/web | health.changed | pass → fail | production/web-1/web: pass → fail "
                                             "(HTTP 503: database \\| pool exhausted) |")));
        QVERIFY(text.contains(QStringLiteral("| production/web-1/web | service.restart | succeeded |")));
    }

    void pagesLazilyThroughALargeStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.db"));
        QList<Event> events;
        constexpr int kEvents = 5'200;
        for (int i = 0; i < kEvents; ++i)
            events << make(i % 10 == 0 ? QStringLiteral("alert.raised") : QStringLiteral("health.changed"),
                           QStringLiteral("production"), QStringLiteral("web-%1").arg(i % 40), QStringLiteral("event %1").arg(i));
        const QList<Event> stored = fill(path, events);

        EventStoreService store;
        IncidentTracker incidents(&store);
        TimelinePanel panel(&store, &incidents);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        TimelineModel *model = panel.model();
        store.open(QStringLiteral("sqlite://") + path);

        // One page first: the newest events, and more to come.
        QTRY_VERIFY(model->rowCount() >= TimelineModel::kPageSize);
        QTest::qWait(100);
        QVERIFY(model->rowCount() < kEvents);
        QCOMPARE(model->eventAt(0).id, stored.constLast().id);
        QVERIFY(!model->isComplete());
        QCOMPARE(panel.table()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);

        // Scrolling to the end loads the next page, and only that.
        const int before = model->rowCount();
        const int pages = model->pagesLoaded();
        panel.table()->scrollToBottom();
        QTRY_VERIFY(model->pagesLoaded() > pages);
        QTest::qWait(100);
        QVERIFY(model->rowCount() > before);
        QVERIFY(model->rowCount() <= before + 2 * TimelineModel::kPageSize);

        // Paging all the way is strict id order, with nothing missed or doubled. (The model tester
        // asks for more on every insertion, so it is attached only for this.)
        {
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            while (!model->isComplete()) {
                const int loaded = model->pagesLoaded();
                if (model->canFetchMore({}))
                    model->fetchMore({});
                QTRY_VERIFY(model->pagesLoaded() > loaded || model->isComplete());
            }
        }
        QCOMPARE(model->rowCount(), kEvents);
        for (int row = 1; row < model->rowCount(); ++row)
            QCOMPARE(model->eventAt(row).id, model->eventAt(row - 1).id - 1);

        // A filter pages too: every tenth event is an alert.
        panel.kindFilter()->setEditText(QStringLiteral("alert."));
        QTRY_COMPARE(model->filter().kind, QStringLiteral("alert."));
        QTRY_COMPARE(model->rowCount(), TimelineModel::kPageSize);
        QTest::qWait(100);
        QCOMPARE(model->rowCount(), TimelineModel::kPageSize); // the view is at the top: no more pages
        QVERIFY(!model->isComplete());
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->eventAt(row).kind, QStringLiteral("alert.raised"));
    }

    // A kind this OpsDeck does not know (written by a newer console, or by hand into the store) is
    // listed, filtered and shown as it is, escaped: its line break and bidi control are visible
    // escapes, not a broken row or reordered text; a known kind shows as its name.
    void unknownKindFromTheStoreIsShownVerbatim()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknown.db"));
        const QString hostile = QStringLiteral("release.staged\nalert.raised\u202Etxt.exe");
        fill(path, {make(QStringLiteral("health.changed"), QStringLiteral("production"), QStringLiteral("web-1"), QStringLiteral("known")),
                    make(hostile, QStringLiteral("production"), QStringLiteral("web-2"), QStringLiteral("from a newer console"))});

        EventStoreService store;
        IncidentTracker incidents(&store);
        TimelinePanel panel(&store, &incidents);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        TimelineModel *model = panel.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.open(QStringLiteral("sqlite://") + path);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10'000);
        QCOMPARE(model->eventAt(0).kind, hostile); // kept as stored
        QCOMPARE(model->index(0, TimelineModel::KindColumn).data().toString(),
                 QStringLiteral("release.staged\\nalert.raised\\u202etxt.exe"));
        QCOMPARE(model->index(0, TimelineModel::SummaryColumn).data().toString(), QStringLiteral("from a newer console"));
        QCOMPARE(model->index(1, TimelineModel::KindColumn).data().toString(), QStringLiteral("health.changed"));
    }

    void pendingRowIsReplacedByItsStoredSelf()
    {
        QTemporaryDir dir;
        EventStoreService store;
        TimelineModel model(&store, nullptr);
        QSignalSpy loaded(&model, &TimelineModel::pageLoaded);
        store.open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("s.db")));
        QVERIFY(loaded.wait(10'000));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // What the store worker emits while a team store is unreachable, then once it took the event.
        Event pending = make(QStringLiteral("note"), {}, {}, QStringLiteral("Note: offline"));
        pending.key = QStringLiteral("k-1");
        pending.pending = true;
        pending.time = QDateTime::currentDateTimeUtc();
        Q_EMIT store.appended(pending);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TimelineModel::TimeColumn).data().toString(), QStringLiteral("pending sync"));
        Q_EMIT store.appended(pending); // the same pending event again changes nothing
        QCOMPARE(model.rowCount(), 1);

        Event older = make(QStringLiteral("health.changed"), QStringLiteral("production"), QStringLiteral("web-1"), QStringLiteral("older"));
        older.id = 7;
        older.key = QStringLiteral("k-0");
        older.time = QDateTime::currentDateTimeUtc();
        Q_EMIT store.appended(older);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.eventAt(0).key, QStringLiteral("k-1")); // pending stays on top
        QCOMPARE(model.eventAt(1).id, 7);

        Event confirmed = pending;
        confirmed.pending = false;
        confirmed.id = 9;
        Q_EMIT store.appended(confirmed);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.eventAt(0).id, 9);
        QVERIFY(!model.eventAt(0).pending);
        QVERIFY(model.index(0, TimelineModel::TimeColumn).data().toString() != QStringLiteral("pending sync"));
        Q_EMIT store.appended(confirmed); // delivered twice: still one row
        QCOMPARE(model.rowCount(), 2);
    }

    // A console left open on a flapping fleet: the live feed adds rows for days. They are bounded;
    // the oldest go and paging can bring them back.
    void liveRowsAreBounded()
    {
        QTemporaryDir dir;
        EventStoreService store;
        TimelineModel model(&store, nullptr);
        QSignalSpy loaded(&model, &TimelineModel::pageLoaded);
        store.open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("s.db")));
        QVERIFY(loaded.wait(10'000));
        QVERIFY(model.isComplete()); // an empty store: nothing older to page in (no view asks for pages here)
        const int bound = model.pagesLoaded() * TimelineModel::kPageSize + TimelineModel::kLiveRowsKept + TimelineModel::kPageSize;
        const int live = bound + 3 * TimelineModel::kPageSize;
        for (int id = 1; id <= live; ++id) {
            Event e = make(QStringLiteral("alert.raised"), QStringLiteral("production"), QStringLiteral("web-1"), QStringLiteral("alert %1").arg(id));
            e.id = id;
            e.time = QDateTime::currentDateTimeUtc();
            Q_EMIT store.appended(e);
            QVERIFY2(model.rowCount() <= bound, qPrintable(QStringLiteral("%1 rows after %2 live events").arg(model.rowCount()).arg(id)));
        }
        QCOMPARE(model.eventAt(0).id, live); // the newest first, in order
        for (int row = 1; row < model.rowCount(); ++row)
            QCOMPARE(model.eventAt(row).id, model.eventAt(row - 1).id - 1);
        QVERIFY(!model.isComplete()); // what was let go is older than the last row: paging asks for it
        QVERIFY(model.canFetchMore({}));
    }
};

QTEST_MAIN(TestTimelinePanel)
#include "TestTimelinePanel.moc"
