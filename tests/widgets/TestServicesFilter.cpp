// The Services area's filter driven like an operator would, offscreen, in the window (no host is
// reached: every service starts unreachable, then some are given states): a host, a service, a unit,
// a label, a state or several words; "problems only" (anything not active), remembered with the text
// by a new window; a sentence when nothing matches; Ctrl+F in the window and Escape; the selection
// kept across new states and a reload.

#include "ConsoleApp.h"
#include "MainWindow.h"
#include "OverviewFilterBar.h"
#include "ServiceStateModel.h"
#include "ServicesPanel.h"
#include "config/ConfigLoader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

FleetConfig fleet(const QByteArray &host001Labels = "web, canary")
{
    QByteArray yaml = "version: 1\n"
                      "defaults: {user: deploy}\n"
                      "environments:\n"
                      "  production:\n"
                      "    hosts:\n"
                      "      host-001:\n"
                      "        address: 192.0.2.11\n"
                      "        labels: [LABELS]\n"
                      "        services:\n"
                      "          web: {unit: web.service}\n"
                      "          worker: {unit: worker.service}\n"
                      "      host-002:\n"
                      "        address: 192.0.2.12\n"
                      "        services:\n"
                      "          worker: {unit: worker.service}\n"
                      "  staging:\n"
                      "    hosts:\n"
                      "      stg-1: {address: 192.0.2.21, services: {web: {unit: web-staging.service}}}\n";
    const ConfigLoadResult loaded = ConfigLoader::loadBytes(yaml.replace("LABELS", host001Labels), QStringLiteral("fleet.yaml"), QString());
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.errors.value(0).message));
    return *loaded.config;
}

UnitState unit(const QString &name, const QString &active)
{
    UnitState s;
    s.unit = name;
    s.loadState = QStringLiteral("loaded");
    s.activeState = active;
    s.subState = active == QLatin1String("active") ? QStringLiteral("running") : QStringLiteral("dead");
    return s;
}

// The fleet in the panel, every host's refresh answered (none is in the engine's configuration, so
// each is unreachable), then host-001's web active and worker failed, host-002's worker active.
bool load(ServicesPanel *panel, const FleetConfig &config)
{
    QSignalSpy refreshed(panel, &ServicesPanel::refreshed);
    panel->setConfig(config);
    if (!QTest::qWaitFor([&] { return refreshed.size() >= 3; }, 10'000))
        return false;
    panel->model()->setHostStates(QStringLiteral("host-001"),
                                  {{QStringLiteral("web.service"), unit(QStringLiteral("web.service"), QStringLiteral("active"))},
                                   {QStringLiteral("worker.service"), unit(QStringLiteral("worker.service"), QStringLiteral("failed"))}},
                                  {});
    panel->model()->setHostStates(QStringLiteral("host-002"),
                                  {{QStringLiteral("worker.service"), unit(QStringLiteral("worker.service"), QStringLiteral("active"))}}, {});
    return true;
}

// "host/service" of every row shown, sorted.
QStringList shown(QTableView *table)
{
    QStringList rows;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        rows << table->model()->index(r, ServiceStateModel::HostColumn).data().toString() + u'/'
                    + table->model()->index(r, ServiceStateModel::ServiceColumn).data().toString();
    rows.sort();
    return rows;
}

QString selected(QTableView *table)
{
    const QModelIndex current = table->currentIndex();
    return current.siblingAtColumn(ServiceStateModel::HostColumn).data().toString() + u'/'
           + current.siblingAtColumn(ServiceStateModel::ServiceColumn).data().toString();
}

} // namespace

class TestServicesFilter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-services-filter-test"));
        QSettings().remove(QStringLiteral("services"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("host") << QStringLiteral("host-002") << QStringList{QStringLiteral("host-002/worker")};
        QTest::newRow("service") << QStringLiteral("worker") << QStringList{QStringLiteral("host-001/worker"), QStringLiteral("host-002/worker")};
        QTest::newRow("unit") << QStringLiteral("web-staging") << QStringList{QStringLiteral("stg-1/web")};
        QTest::newRow("label") << QStringLiteral("canary") << QStringList{QStringLiteral("host-001/web"), QStringLiteral("host-001/worker")};
        QTest::newRow("state") << QStringLiteral("FAILED") << QStringList{QStringLiteral("host-001/worker")};
        QTest::newRow("unreachable") << QStringLiteral("unreachable") << QStringList{QStringLiteral("stg-1/web")};
        QTest::newRow("label and state") << QStringLiteral("canary running") << QStringList{QStringLiteral("host-001/web")};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, rows);
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        ServicesPanel *panel = app.window()->servicesPanel();
        QAbstractItemModelTester tester(panel->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(panel, fleet()));
        QCOMPARE(shown(panel->table()).size(), 4);
        QTest::keyClicks(panel->filter()->edit(), text);
        QCOMPARE(shown(panel->table()), rows);
        QVERIFY(panel->filter()->emptyMessage()->isHidden());
    }

    void problemsOnlyIsRememberedWithTheText()
    {
        {
            QTemporaryDir dir;
            ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
            ServicesPanel *panel = app.window()->servicesPanel();
            QVERIFY(load(panel, fleet()));
            QCheckBox *problems = panel->findChild<QCheckBox *>(QStringLiteral("servicesProblemsOnly"));
            QVERIFY(problems);
            QVERIFY(!problems->accessibleName().isEmpty());
            QTest::mouseClick(problems, Qt::LeftButton);
            QCOMPARE(shown(panel->table()), (QStringList{QStringLiteral("host-001/worker"), QStringLiteral("stg-1/web")}));
            // A service that comes back is no problem any more.
            panel->model()->setHostStates(QStringLiteral("host-001"),
                                          {{QStringLiteral("web.service"), unit(QStringLiteral("web.service"), QStringLiteral("active"))},
                                           {QStringLiteral("worker.service"), unit(QStringLiteral("worker.service"), QStringLiteral("active"))}},
                                          {});
            QCOMPARE(shown(panel->table()), QStringList{QStringLiteral("stg-1/web")});
            QTest::keyClicks(panel->filter()->edit(), QStringLiteral("stg"));
        }
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        ServicesPanel *panel = app.window()->servicesPanel();
        QVERIFY(load(panel, fleet()));
        QVERIFY(panel->filter()->problemsOnly());
        QCOMPARE(panel->filter()->text(), QStringLiteral("stg"));
        QCOMPARE(shown(panel->table()), QStringList{QStringLiteral("stg-1/web")});
    }

    void saysWhenNothingMatches()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        ServicesPanel *panel = app.window()->servicesPanel();
        QVERIFY(load(panel, fleet()));
        QTest::keyClicks(panel->filter()->edit(), QStringLiteral("xyz"));
        QCOMPARE(panel->table()->model()->rowCount(), 0);
        QVERIFY(!panel->filter()->emptyMessage()->isHidden());
        QCOMPARE(panel->filter()->emptyMessage()->text(), QStringLiteral("No service matches “xyz”."));
    }

    void ctrlFAndEscapeInTheWindow()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        ServicesPanel *panel = window->servicesPanel();
        QVERIFY(load(panel, fleet()));
        window->showArea(MainWindow::ServicesArea);
        panel->table()->setFocus();
        QTest::keyClick(panel->table(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(panel->filter()->edit()->hasFocus());
        QTest::keyClicks(panel->filter()->edit(), QStringLiteral("stg"));
        QCOMPARE(shown(panel->table()).size(), 1);
        QTest::keyClick(panel->filter()->edit(), Qt::Key_Escape);
        QCOMPARE(shown(panel->table()).size(), 4);
        // In another area, Ctrl+F goes to that area's filter.
        window->showArea(MainWindow::FleetArea);
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(!panel->filter()->edit()->hasFocus());
        QCOMPARE(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(), QStringLiteral("fleetFilter"));
    }

    // The filter's hint is whole in a window of the screenshots' size: the nine action buttons are on
    // a row of their own, not beside the box (side by side they squeezed it to "Filter by enviro…").
    void theFilterHintIsWhole()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->resize(1100, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showArea(MainWindow::ServicesArea);
        QLineEdit *edit = window->servicesPanel()->filter()->edit();
        QVERIFY(!edit->placeholderText().isEmpty());
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        QTRY_VERIFY2(edit->width() > needed + 20, qPrintable(QStringLiteral("%1 px for a hint of %2 px").arg(edit->width()).arg(needed)));
    }

    void keepsSelectionAcrossUpdates()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showArea(MainWindow::ServicesArea);
        ServicesPanel *panel = window->servicesPanel();
        QVERIFY(load(panel, fleet()));
        QVERIFY(panel->selectService(QStringLiteral("host-002"), QStringLiteral("worker")));
        QCOMPARE(selected(panel->table()), QStringLiteral("host-002/worker"));
        // New states, one of them hiding a row above it under a filter.
        QTest::keyClicks(panel->filter()->edit(), QStringLiteral("worker"));
        QCOMPARE(selected(panel->table()), QStringLiteral("host-002/worker"));
        panel->model()->setHostStates(QStringLiteral("host-001"),
                                      {{QStringLiteral("worker.service"), unit(QStringLiteral("worker.service"), QStringLiteral("inactive"))}}, {});
        QCOMPARE(selected(panel->table()), QStringLiteral("host-002/worker"));
        // A reload rebuilds the rows: the same service stays selected.
        QVERIFY(load(panel, fleet("web, canary, blue")));
        QCOMPARE(selected(panel->table()), QStringLiteral("host-002/worker"));
        QCOMPARE(panel->table()->selectionModel()->selectedRows().size(), 1);
    }
};

QTEST_MAIN(TestServicesFilter)
#include "TestServicesFilter.moc"
