// Drives the real window offscreen: the fleet tree from a configuration, the filter, the details of a
// selection, a rejected reload that keeps the last good configuration, the store status, and a
// language switch while it runs.

#include "ConsoleApp.h"
#include "ConfigPanel.h"
#include "ConfigErrorModel.h"
#include "FleetPanel.h"
#include "FleetTreeModel.h"
#include "AlertListModel.h"
#include "AlertsPanel.h"
#include "BackupFileModel.h"
#include "BackupHostModel.h"
#include "ChecklistRunListModel.h"
#include "HealthComponentModel.h"
#include "HealthTreeModel.h"
#include "IncidentListModel.h"
#include "ReleaseGridModel.h"
#include "ServiceStateModel.h"
#include "TimelineModel.h"
#include "BackupsPanel.h"
#include "ChecklistsPanel.h"
#include "DashboardPanel.h"
#include "IncidentsPanel.h"
#include "ReleasesPanel.h"
#include "ServicesPanel.h"
#include "TimelinePanel.h"
#include "MainWindow.h"
#include "checklist/ChecklistService.h"
#include "checklist/FleetEvidenceSource.h"
#include "config/ConfigSource.h"
#include "health/HealthProbe.h"
#include "backups/BackupService.h"
#include "ops/GuardedActionRunner.h"
#include "ops/OpsContext.h"
#include "ops/OpsMonitors.h"
#include "release/ReleaseInventoryReader.h"
#include "release/ReleaseService.h"
#include "store/EventStoreFactory.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"
#include "ssh/SshEngine.h"
#include "support/UiLanguage.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTableView>
#include <QTreeView>

#include <memory>
#include <vector>

using namespace opsdeck;

namespace {
const QByteArray kConfig =
    "version: 1\n"
    "defaults: {user: deploy}\n"
    "environments:\n"
    "  production:\n"
    "    confirm: typed\n"
    "    hosts:\n"
    "      web-1:\n"
    "        address: 192.0.2.11\n"
    "        services:\n"
    "          web: {unit: family-photo-share.service, health: \"http://192.0.2.11:3000/health/detailed\"}\n"
    "          sidekiq: {unit: sidekiq.service}\n"
    "      web-2:\n"
    "        address: 192.0.2.12\n"
    "        services:\n"
    "          web: {unit: family-photo-share.service}\n"
    "  staging:\n"
    "    hosts:\n"
    "      stg-1: {address: 192.0.2.21, services: {web: {unit: fps-staging.service}}}\n";

void write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    QVERIFY(file.commit());
}

QModelIndex findRow(QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        if (index.data().toString() == text)
            return index;
        if (const QModelIndex found = findRow(model, text, index); found.isValid())
            return found;
    }
    return {};
}
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-test"));
    }

    void showsFleetAndKeepsLastGoodConfig()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("fleet.yaml"));
        const QString storePath = dir.filePath(QStringLiteral("store.db"));
        write(configPath, kConfig);

        ConsoleApp app({configPath, QStringLiteral("sqlite://") + storePath, QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QSignalSpy appended(app.store(), &EventStoreService::appended);

        window->showArea(MainWindow::FleetArea); // the Dashboard is the home screen
        FleetPanel *fleet = window->fleetPanel();
        QAbstractItemModelTester tester(fleet->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(fleet->model()->rowCount(), 2);
        QTreeView *tree = fleet->treeView();
        QAbstractItemModel *view = tree->model();
        const QModelIndex production = findRow(view, QStringLiteral("production"));
        QVERIFY(production.isValid());
        QCOMPARE(view->rowCount(production), 2);
        QCOMPARE(view->index(0, FleetTreeModel::TargetColumn, production).data().toString(), QStringLiteral("deploy@192.0.2.11"));

        // Click a service: its unit and health URL are shown.
        const QModelIndex web1 = findRow(view, QStringLiteral("web-1"));
        const QModelIndex service = view->index(0, 0, web1);
        tree->scrollTo(service);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(service).center());
        QVERIFY2(fleet->detailsView()->toPlainText().contains(QStringLiteral("family-photo-share.service")), qPrintable(fleet->detailsView()->toPlainText()));
        QVERIFY(fleet->detailsView()->toPlainText().contains(QStringLiteral("http://192.0.2.11:3000/health/detailed")));

        // The filter narrows the tree to matches and their ancestors.
        QTest::keyClicks(fleet->filterEdit(), QStringLiteral("fps-staging"));
        QCOMPARE(view->rowCount(), 1);
        QCOMPARE(view->index(0, 0).data().toString(), QStringLiteral("staging"));
        fleet->filterEdit()->clear();
        QCOMPARE(view->rowCount(), 2);

        QTRY_VERIFY(window->storeStatus()->text().contains(storePath));
        QVERIFY(window->configStatus()->text().contains(QStringLiteral("3 host")));
        QTRY_VERIFY(!appended.isEmpty());
        QCOMPARE(appended.constLast().at(0).value<Event>().kind, QStringLiteral("config.loaded"));

        // A broken edit: the tree stays, the errors are listed, the status bar says so.
        QSignalSpy rejected(app.config(), &ConfigSource::rejected);
        write(configPath, QByteArray(kConfig).replace("address: 192.0.2.12", "adress: 192.0.2.12"));
        QVERIFY(rejected.wait(5000));
        QCOMPARE(fleet->model()->rowCount(), 2);
        QVERIFY(window->configStatus()->text().contains(QStringLiteral("last good")));
        ConfigErrorModel *errors = window->configPanel()->errorModel();
        QCOMPARE(errors->rowCount(), 1);
        QCOMPARE(errors->index(0, ConfigErrorModel::LineColumn).data().toInt(), 13);
        QVERIFY(errors->index(0, ConfigErrorModel::MessageColumn).data().toString().contains(QStringLiteral("did you mean 'address'")));
        QTRY_COMPARE(appended.constLast().at(0).value<Event>().kind, QStringLiteral("config.rejected"));

        // Navigation reaches the Configuration area.
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(MainWindow::ConfigurationArea)).center());
        QCOMPARE(window->currentArea(), MainWindow::ConfigurationArea);
        QVERIFY(window->configPanel()->statusLabel()->text().contains(QStringLiteral("last good configuration stays in use")));
    }

    // The status bar's SSH line counts every host of the configuration as the engine reports it
    // connected or not, once per burst: a 1,000-host start is a few updates of the line, never a walk of
    // the fleet per host. (The addresses are TEST-NET: no host really connects, the engine's signal is
    // what the window counts.)
    void sshLineCountsHostsAsTheyConnect()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("fleet.yaml"));
        QByteArray yaml = "version: 1\ndefaults: {user: deploy}\nenvironments:\n  production:\n    hosts:\n";
        constexpr int hosts = 40;
        for (int i = 1; i <= hosts; ++i)
            yaml += QStringLiteral("      web-%1: {address: 192.0.2.%1}\n").arg(i).toUtf8();
        write(configPath, yaml);
        ConsoleApp app({configPath, QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        const auto line = [window] { return window->connectionStatus()->text(); };
        QTRY_VERIFY2(line().startsWith(QStringLiteral("SSH: 0 of 40 host")), qPrintable(line()));

        const QString before = line();
        for (int i = 1; i <= hosts; ++i)
            Q_EMIT app.ssh()->connectedChanged(QStringLiteral("web-%1").arg(i), true);
        QCOMPARE(line(), before); // shown once the burst is over, not once per host
        QTRY_VERIFY2(line().startsWith(QStringLiteral("SSH: 40 of 40 host")), qPrintable(line()));

        for (int i = 1; i <= 10; ++i)
            Q_EMIT app.ssh()->connectedChanged(QStringLiteral("web-%1").arg(i), false);
        Q_EMIT app.ssh()->connectedChanged(QStringLiteral("web-11"), true); // again: still one host
        Q_EMIT app.ssh()->connectedChanged(QStringLiteral("not-configured"), true);
        QTRY_VERIFY2(line().startsWith(QStringLiteral("SSH: 30 of 40 host")), qPrintable(line()));
        QTest::qWait(300);
        QVERIFY2(line().startsWith(QStringLiteral("SSH: 30 of 40 host")), qPrintable(line()));
    }

    // Issue 13: the window builds no part of the application layer. The Checklists area works through
    // the context's one ChecklistService, which the context configures; no area builds a
    // probe, an evidence source or a checklist service of its own.
    void areasWorkThroughTheContext()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("fleet.yaml"));
        write(configPath, kConfig);
        ConsoleApp app({configPath, QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        QVERIFY(app.ops()->checklists());
        QCOMPARE(window->checklistsPanel()->service(), app.ops()->checklists());
        QVERIFY(window->findChildren<ChecklistService *>().isEmpty());
        QVERIFY(window->findChildren<FleetEvidenceSource *>().isEmpty());
        QVERIFY(window->findChildren<HealthProbe *>().isEmpty());
        QTRY_COMPARE(app.ops()->checklists()->config().environments.size(), qsizetype(2));
        QCOMPARE(app.ops()->checklists()->config().environments.constFirst().name, QStringLiteral("production"));
    }

    // Issue 13: the Releases area collects input and shows; it reads inventories, builds switches and
    // records marks through the context's release service, and its switches run on that service's
    // runner (the one the alerts follow). The area builds no inventory reader and no runner itself.
    void releasesWorkThroughTheContext()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("fleet.yaml"));
        write(configPath, kConfig);
        ConsoleApp app({configPath, QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        ReleasesPanel *releases = app.window()->releasesPanel();
        QVERIFY(releases->findChildren<ReleaseInventoryReader *>().isEmpty());
        QVERIFY(releases->findChildren<GuardedActionRunner *>().isEmpty());
        QVERIFY(app.ops()->releases());
        QCOMPARE(releases->runner(), app.ops()->releases()->runner());
        QTRY_COMPARE(app.ops()->releases()->config().environments.size(), qsizetype(2));
    }

    // Issue 13: the Backups area collects input and shows; its verifications, downloads, runs and
    // drills are the context's backup service's, and its runs and drills run on that service's runner:
    // the area builds no runner of its own and holds no SSH engine.
    void backupsWorkThroughTheContext()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("fleet.yaml"));
        write(configPath, kConfig);
        ConsoleApp app({configPath, QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        BackupsPanel *backups = app.window()->backupsPanel();
        QVERIFY(backups->findChildren<GuardedActionRunner *>().isEmpty());
        QVERIFY(app.ops()->backups());
        QCOMPARE(backups->service(), app.ops()->backups());
        QTRY_COMPARE(app.ops()->backups()->config().environments.size(), qsizetype(2));
    }

    // Issue 13: the monitors the window shows are the context's (OpsMonitors), which the composition
    // root has the context build and wire; the window gets them from the context.
    void monitorsAreTheContexts()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("fleet.yaml"));
        write(configPath, kConfig);
        ConsoleApp app({configPath, QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        QVERIFY(app.ops()->hasMonitors());
        OpsMonitors *monitors = app.ops()->monitors();
        QCOMPARE(app.health(), monitors->health());
        QCOMPARE(app.alerts(), monitors->alerts());
        QCOMPARE(app.backups(), monitors->backups());
        QCOMPARE(app.incidents(), monitors->incidents());
        QCOMPARE(app.deploys(), monitors->deploys());
        QCOMPARE(app.history(), monitors->history());
    }

    // Issue 15: every area walked with Tab, as a keyboard user does: focus leaves every widget (no
    // trap), comes back around, and every widget it reaches says what it is to a screen reader (an
    // accessible name, its label's text through the label's buddy, or its own text).
    void everyAreaByTab()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("fleet.yaml"));
        write(configPath, kConfig);
        ConsoleApp app({configPath, QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTRY_COMPARE(window->fleetPanel()->model()->rowCount(), 2);
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QStringList unnamed;
        for (int area = MainWindow::DashboardArea; area <= MainWindow::BackupsArea; ++area) {
            window->showArea(MainWindow::Area(area));
            navigation->setFocus();
            QTRY_VERIFY(navigation->hasFocus());
            QWidget *areaWidget = window->findChild<QStackedWidget *>()->currentWidget();
            QList<QWidget *> reached;
            bool backAround = false;
            for (int step = 0; step < 200; ++step) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget *focus = QApplication::focusWidget();
                QVERIFY(focus);
                if (focus == navigation) {
                    backAround = true;
                    break;
                }
                if (reached.contains(focus))
                    break; // a loop that never leaves the area: said below
                reached << focus;
            }
            QVERIFY2(backAround, qPrintable(QStringLiteral("area %1: Tab does not come back to the navigation; stuck after %2")
                                                .arg(area)
                                                .arg(reached.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(reached.last()->metaObject()->className()) + u' ' + reached.last()->objectName())));
            int inArea = 0;
            for (QWidget *w : std::as_const(reached)) {
                if (!areaWidget->isAncestorOf(w))
                    continue;
                ++inArea;
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
                const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
                if (name.isEmpty())
                    unnamed << QStringLiteral("area %1: %2 \"%3\"").arg(area).arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
            }
            QVERIFY2(inArea > 0, qPrintable(QStringLiteral("area %1: Tab reaches nothing in it").arg(area)));
            // A filter box comes before what it filters, as it is shown above it.
            auto place = [&](const char *name) {
                for (int i = 0; i < reached.size(); ++i) {
                    if (reached.at(i)->objectName() == QLatin1String(name))
                        return i;
                }
                return -1;
            };
            for (const auto &[filter, list] : {std::pair{"healthFilter", "healthTree"}, std::pair{"servicesFilter", "servicesTable"},
                                               std::pair{"fleetFilter", "fleetTree"}, std::pair{"textFilter", "timelineTable"},
                                               std::pair{"releaseApp", "releasesTable"}, std::pair{"releasesFilter", "releasesTable"}}) {
                if (place(filter) >= 0 || place(list) >= 0)
                    QVERIFY2(place(filter) >= 0 && place(filter) < place(list),
                             qPrintable(QStringLiteral("area %1: Tab reaches %2 at %3, %4 at %5").arg(area).arg(QLatin1String(filter)).arg(place(filter)).arg(QLatin1String(list)).arg(place(list))));
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    // View ▸ Language ▸ Deutsch: the choice is saved, and the window's menus, area names and status bar
    // are German at once, Qt's own strings too (qtbase); English again the same way.
    void switchesLanguageWhileRunning()
    {
        QTemporaryDir dir;
        UiLanguage language(QStringLiteral(OPSDECK_BINARY_DIR "/app")); // the .qm files the build embeds
        QVERIFY2(language.available().contains(QStringLiteral("de")), qPrintable(language.available().join(u' ')));
        language.apply(QStringLiteral("en"));
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->setLanguage(&language);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        const auto viewMenuTitle = [window] { return window->menuBar()->actions().at(1)->text(); };
        QCOMPARE(navigation->item(MainWindow::AlertsArea)->text(), QStringLiteral("Alerts"));
        QCOMPARE(viewMenuTitle(), QStringLiteral("&View"));
        QCOMPARE(window->configStatus()->text(), QStringLiteral("No configuration loaded"));

        auto *german = window->findChild<QAction *>(QStringLiteral("language-de"));
        QVERIFY(german);
        QCOMPARE(german->text(), QStringLiteral("Deutsch"));
        german->trigger();
        QTRY_COMPARE(navigation->item(MainWindow::AlertsArea)->text(), QStringLiteral("Alarme"));
        QCOMPARE(navigation->item(MainWindow::TimelineArea)->text(), QStringLiteral("Zeitleiste"));
        QTRY_COMPARE(viewMenuTitle(), QStringLiteral("&Ansicht"));
        QCOMPARE(window->configStatus()->text(), QStringLiteral("Keine Konfiguration geladen"));
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Sprache: Deutsch"));
        QCOMPARE(UiLanguage::setting(), QStringLiteral("de"));
        QCOMPARE(language.current(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

        QTRY_VERIFY(window->findChildren<QAction *>(QStringLiteral("language-en")).size() == 1); // old menus gone
        auto *english = window->findChild<QAction *>(QStringLiteral("language-en"));
        QVERIFY(!english->isChecked());
        english->trigger();
        QTRY_COMPARE(navigation->item(MainWindow::AlertsArea)->text(), QStringLiteral("Alerts"));
        QTRY_COMPARE(viewMenuTitle(), QStringLiteral("&View"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(UiLanguage::setting(), QStringLiteral("en"));
        UiLanguage::saveSetting(QString());
    }

    // Every area follows a language chosen while the window runs, not only the window's own menus: a
    // text each area sets itself, and every area's model announces its headers and cells anew so that
    // the views show them in the new language. English → Deutsch → English.
    void everyAreaFollowsTheLanguage()
    {
        QTemporaryDir dir;
        UiLanguage language(QStringLiteral(OPSDECK_BINARY_DIR "/app"));
        language.apply(QStringLiteral("en"));
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->setLanguage(&language);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        struct Shown {
            const char *area;
            const char *widget;   // object name
            const char *property; // "text", "placeholderText" …
            QString english;
            QString german;
        };
        const QList<Shown> texts{
            {"Dashboard", "checkNow", "text", QStringLiteral("Check &now"), QStringLiteral("&Jetzt prüfen")},
            {"Alerts", "acknowledge", "text", QStringLiteral("&Acknowledge"), QStringLiteral("&Bestätigen")},
            {"Timeline", "clearFilters", "text", QStringLiteral("Clear Filters"), QStringLiteral("Filter zurücksetzen")},
            {"Incidents", "mitigate", "text", QStringLiteral("Mark &Mitigated"), QStringLiteral("Als &entschärft markieren")},
            {"Fleet", "fleetFilter", "placeholderText", QStringLiteral("Filter environments, hosts, services, units…"),
             QStringLiteral("Umgebungen, Hosts, Dienste, Units filtern…")},
            {"Services", "restart", "text", QStringLiteral("&Restart"), QStringLiteral("&Neu starten")},
            {"Configuration", "configStatus", "text",
             QStringLiteral("Open a fleet configuration (YAML) to see your environments, hosts and services. docs/config.md "
                            "describes the format; opsdeck-fleet writes one for the sandbox fleet."),
             QStringLiteral("Eine Flottenkonfiguration (YAML) öffnen, um Umgebungen, Hosts und Dienste zu sehen. docs/config.md "
                            "beschreibt das Format; opsdeck-fleet schreibt eine für die Sandbox-Flotte.")},
            {"Checklists", "checklistTitle", "text", QStringLiteral("No checklist run selected"),
             QStringLiteral("Kein Checklisten-Lauf ausgewählt")},
            {"Releases", "refreshReleases", "text", QStringLiteral("Re&fresh"), QStringLiteral("A&ktualisieren")},
            {"Backups", "backupSummary", "text", QStringLiteral("No backup locations configured."),
             QStringLiteral("Keine Backup-Speicherorte konfiguriert.")},
        };
        const auto shown = [window](const Shown &s) {
            const QList<QWidget *> found = window->findChildren<QWidget *>(QLatin1String(s.widget));
            return found.size() == 1 ? found.constFirst()->property(s.property).toString()
                                     : QStringLiteral("%1 widgets named %2").arg(found.size()).arg(QLatin1String(s.widget));
        };
        for (const Shown &s : texts)
            QVERIFY2(shown(s) == s.english, qPrintable(QLatin1String(s.area) + u':' + shown(s)));

        // The views are told to ask their models again: headers (e.g. "Severity" → "Schweregrad") and cells.
        struct Watched {
            const char *area;
            QAbstractItemModel *model;
        };
        const QList<Watched> models{
            {"Dashboard", window->dashboardPanel()->model()},
            {"Dashboard components", window->dashboardPanel()->components()},
            {"Alerts", window->alertsPanel()->model()},
            {"Timeline", window->timelinePanel()->model()},
            {"Incidents", window->incidentsPanel()->listModel()},
            {"Fleet", window->fleetPanel()->model()},
            {"Services", window->servicesPanel()->model()},
            {"Configuration", window->configPanel()->errorModel()},
            {"Checklists", window->checklistsPanel()->runModel()},
            {"Releases", window->releasesPanel()->model()},
            {"Backups", window->backupsPanel()->hostModel()},
            {"Backup files", window->backupsPanel()->fileModel()},
        };
        std::vector<std::unique_ptr<QSignalSpy>> headers;
        for (const Watched &w : models)
            headers.push_back(std::make_unique<QSignalSpy>(w.model, &QAbstractItemModel::headerDataChanged));

        window->findChild<QAction *>(QStringLiteral("language-de"))->trigger();
        for (const Shown &s : texts)
            QTRY_VERIFY2(shown(s) == s.german, qPrintable(QLatin1String(s.area) + u':' + shown(s)));
        for (size_t i = 0; i < headers.size(); ++i)
            QVERIFY2(!headers[i]->isEmpty(), models.at(qsizetype(i)).area);
        QCOMPARE(window->alertsPanel()->table()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Schweregrad"));
        // Nothing says a restart is needed any more.
        for (QAction *action : window->findChildren<QAction *>())
            QVERIFY2(!action->text().contains(QStringLiteral("Neustart")), qPrintable(action->text()));

        for (auto &spy : headers)
            spy->clear();
        QTRY_VERIFY(window->findChildren<QAction *>(QStringLiteral("language-en")).size() == 1); // old menus gone
        window->findChild<QAction *>(QStringLiteral("language-en"))->trigger();
        for (const Shown &s : texts)
            QTRY_VERIFY2(shown(s) == s.english, qPrintable(QLatin1String(s.area) + u':' + shown(s)));
        for (size_t i = 0; i < headers.size(); ++i)
            QVERIFY2(!headers[i]->isEmpty(), models.at(qsizetype(i)).area);
        UiLanguage::saveSetting(QString());
    }

    // Help ▸ About names the version CMake defines, the one `opsdeck --version` prints.
    // Numbers and durations follow the language chosen while the window runs, not only the words: the
    // Configuration area's thresholds (87.5 %, backups 150m, 2500ms) read "87.5" / "2 h 30 min" / "2 s" in
    // English and "87,5" / "2 Std 30 Min" / "2 s" in German (LocaleFormat, QLocale's default set by
    // UiLanguage::apply).
    void numbersAndDurationsFollowTheLanguage()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("fleet.yaml"));
        write(configPath, kConfig + "thresholds: {memory_percent: 87.5, backup_max_age: 150m, response_time_warning: 2500ms}\n");
        UiLanguage language(QStringLiteral(OPSDECK_BINARY_DIR "/app"));
        language.apply(QStringLiteral("en"));
        ConsoleApp app({configPath, QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->setLanguage(&language);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QLabel *summary = window->configPanel()->summaryLabel();
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("87.5")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("older than 2 h 30 min")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("over 2 s warns")), qPrintable(summary->text()));

        window->findChild<QAction *>(QStringLiteral("language-de"))->trigger();
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("87,5")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("2 Std 30 Min")), qPrintable(summary->text()));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));

        QTRY_VERIFY(window->findChildren<QAction *>(QStringLiteral("language-en")).size() == 1);
        window->findChild<QAction *>(QStringLiteral("language-en"))->trigger();
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("87.5")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("older than 2 h 30 min")), qPrintable(summary->text()));
        UiLanguage::saveSetting(QString());
    }

    // A configuration without errors: its status and thresholds read just under the file's line, not
    // spread down the empty area (the error table, hidden then, gave its room to the gaps).
    void configurationTextsStayTogether()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("fleet.yaml"));
        write(configPath, kConfig);
        ConsoleApp app({configPath, QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->resize(1152, 720);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showArea(MainWindow::ConfigurationArea);
        ConfigPanel *panel = window->configPanel();
        QTRY_VERIFY(!panel->statusLabel()->text().isEmpty());
        QTRY_VERIFY(!panel->summaryLabel()->text().isEmpty());
        const int line = panel->fontMetrics().height();
        // each a line or two of text, not a label stretched over half the area with its text in the middle
        for (QLabel *label : {panel->statusLabel(), panel->summaryLabel()})
            QTRY_VERIFY2(label->isVisible() && label->height() <= 4 * line,
                         qPrintable(QStringLiteral("%1 is %2 px high").arg(label->text()).arg(label->height())));
        QVERIFY(panel->summaryLabel()->geometry().top() < 10 * line);
    }

    void aboutShowsTheVersion()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        QAction *about = nullptr;
        for (QAction *menu : app.window()->menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == QLatin1String("&About OpsDeck"))
                    about = action;
            }
        }
        QVERIFY(about);
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            shown = box->text();
            box->accept();
        });
        about->trigger();
        QVERIFY2(shown.contains(QStringLiteral("OpsDeck " OPSDECK_VERSION)), qPrintable(shown));
        QVERIFY(!QStringLiteral(OPSDECK_VERSION).isEmpty());
    }

    void storeFailureIsShown()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://relative"), QString()});
        QTRY_VERIFY(app.window()->storeStatus()->text().contains(QStringLiteral("Store unavailable")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
