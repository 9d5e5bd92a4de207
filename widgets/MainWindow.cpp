#include "MainWindow.h"

#include "AlertsPanel.h"
#include "BackupsPanel.h"
#include "ChecklistsPanel.h"
#include "CommandPalette.h"
#include "StatusColors.h"
#include "ConfigPanel.h"
#include "DashboardPanel.h"
#include "FleetPanel.h"
#include "FleetTreeModel.h"
#include "ApprovalsDialog.h"
#include "ImportDialog.h"
#include "IncidentsPanel.h"
#include "ReleasesPanel.h"
#include "ServicesPanel.h"
#include "TimelinePanel.h"
#include "TrayStatus.h"
#include "metrics/HostMetricsPoller.h"
#include "ops/OpsContext.h"
#include "ops/OpsMonitors.h"
#include "ops/ServiceCommands.h"
#include "ssh/SshEngine.h"
#include "config/ConfigSource.h"
#include "store/EventStoreService.h"
#include "support/DisplayText.h"
#include "support/UiLanguage.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <functional>

namespace opsdeck {

MainWindow::MainWindow(OpsContext *ops, QWidget *parent)
    : MainWindow(ops, ops->monitors()->health(), ops->monitors()->alerts(), ops->monitors()->metrics(), ops->monitors()->incidents(),
                 ops->monitors()->backups(), parent)
{
}

MainWindow::MainWindow(OpsContext *ops, HealthService *health, AlertEngine *alerts, HostMetricsPoller *metrics, IncidentTracker *incidents,
                       BackupMonitor *backups, QWidget *parent)
    : QMainWindow(parent), m_config(ops->config()), m_store(ops->store()), m_navigation(new QListWidget(this)),
      m_areas(new QStackedWidget(this)), m_ssh(ops->ssh()), m_metrics(metrics), m_dashboard(new DashboardPanel(health, metrics, m_store, this)),
      m_alerts(new AlertsPanel(alerts, this)), m_timeline(new TimelinePanel(m_store, incidents, this)),
      m_incidents(new IncidentsPanel(incidents, this)), m_fleet(new FleetPanel(this)),
      m_services(new ServicesPanel(ops->inspector(), ops->runner(), m_store, this)), m_configPanel(new ConfigPanel(this)),
      m_checklists(new ChecklistsPanel(m_store, ops->checklists(), this)), m_releases(new ReleasesPanel(ops->releases(), m_store, this)),
      m_backups(new BackupsPanel(backups, ops->backups(), m_store, this)),
      m_configStatus(new QLabel(this)), m_connectionStatus(new QLabel(this)), m_storeStatus(new QLabel(this)),
      m_connectionRefresh(new QTimer(this)), m_connectionShow(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));

    // The area names are set by retranslate(), here and on every language change.
    m_navigation->setObjectName(QStringLiteral("navigation"));
    for (const char *icon : {"utilities-system-monitor", "dialog-warning", "view-list-details", "emblem-important",
                             "network-server", "system-run", "document-properties", "checkbox", "edit-undo",
                             "drive-harddisk"})
        m_navigation->addItem(new QListWidgetItem(QIcon::fromTheme(QString::fromLatin1(icon)), QString()));
    m_navigation->setSpacing(2);
    m_navigation->setIconSize(QSize(22, 22));
    connect(m_alerts, &AlertsPanel::countChanged, this, [this](int critical, int total) {
        m_alertsCritical = critical;
        m_alertsTotal = total;
        updateAlertsItem();
    });
    m_areas->addWidget(m_dashboard);
    // The Dashboard's backups roll-up opens the Backups area.
    if (backups) {
        m_dashboard->setBackupMonitor(backups);
        connect(m_dashboard, &DashboardPanel::backupsRequested, this, [this] { showArea(BackupsArea); });
    }
    m_areas->addWidget(m_alerts);
    m_areas->addWidget(m_timeline);
    m_areas->addWidget(m_incidents);
    m_areas->addWidget(m_fleet);
    m_areas->addWidget(m_services);
    m_areas->addWidget(m_configPanel);
    m_areas->addWidget(m_checklists);
    m_areas->addWidget(m_releases);
    m_areas->addWidget(m_backups);
    // The tray's menu counts the Dashboard's services; a clicked notification opens its alert.
    m_tray = new TrayStatus(alerts, m_dashboard->model(), this);
    connect(m_tray, &TrayStatus::openRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayStatus::alertRequested, this, [this](const QString &key) {
        bringToFront();
        showArea(AlertsArea);
        m_alerts->selectAlert(key);
    });
    // A stale backup location shows in the navigation, whichever area is open.
    connect(m_backups, &BackupsPanel::staleCountChanged, this, [this](int stale) {
        m_backupsStale = stale;
        updateBackupsItem();
    });
    connect(m_navigation, &QListWidget::currentRowChanged, m_areas, &QStackedWidget::setCurrentIndex);
    connect(m_timeline, &TimelinePanel::showIncidentRequested, this, [this](qint64 incident) {
        m_incidents->selectIncident(incident);
        showArea(IncidentsArea);
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_areas, 1);
    setCentralWidget(central);

    m_configStatus->setObjectName(QStringLiteral("configStatusBar"));
    m_storeStatus->setObjectName(QStringLiteral("storeStatusBar"));
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatusBar"));
    // File names and a store's errors: plain text, never rich text.
    for (QLabel *label : {m_configStatus, m_storeStatus, m_connectionStatus})
        label->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_configStatus, 1);
    statusBar()->addPermanentWidget(m_connectionStatus);
    statusBar()->addPermanentWidget(m_storeStatus);

    retranslate();

    connect(m_configPanel, &ConfigPanel::openRequested, this, &MainWindow::openConfig);
    connect(m_configPanel, &ConfigPanel::reloadRequested, m_config, &ConfigSource::reload);
    connect(m_config, &ConfigSource::loaded, this, [this](const FleetConfig &loaded) {
        m_fleet->setConfig(loaded);
        m_services->setConfig(loaded);
        m_timeline->setConfig(loaded);
        m_checklists->setConfig(loaded);
        m_releases->setConfig(loaded);
        m_backups->setConfig(loaded);
        m_dashboard->setConfig(loaded);
        m_configPanel->showLoaded(m_config->file(), loaded);
        updateConfigStatus();
        recountConnections();
    });
    connect(m_config, &ConfigSource::rejected, this, [this](const ConfigErrors &errors, int suppressed) {
        m_configPanel->showRejected(m_config->file(), errors, suppressed, m_config->hasConfig());
        updateConfigStatus();
        // Without a configuration there is nothing else to look at.
        if (!m_config->hasConfig())
            showArea(ConfigurationArea);
    });
    connect(m_store, &EventStoreService::stateChanged, this, &MainWindow::updateStoreStatus);
    connect(m_store, &EventStoreService::pendingSyncChanged, this, &MainWindow::updateStoreStatus);
    connect(m_store, &EventStoreService::liveUpdatesChanged, this, &MainWindow::updateStoreStatus);
    connect(m_ssh, &SshEngine::connectedChanged, this, &MainWindow::hostConnectedChanged);
    connect(m_metrics, &HostMetricsPoller::reachabilityChanged, this, &MainWindow::hostReachabilityChanged);
    m_connectionShow->setSingleShot(true);
    m_connectionShow->setInterval(100);
    connect(m_connectionShow, &QTimer::timeout, this, &MainWindow::updateConnectionStatus);
    m_connectionRefresh->setInterval(1000);
    connect(m_connectionRefresh, &QTimer::timeout, this, &MainWindow::scheduleConnectionStatus);
    m_connectionRefresh->start();
    recountConnections(); // a configuration loaded before the window
    m_fleet->setHostStatus([this](const QString &host) { return hostConnectionText(host); });
    // The Fleet filter finds hosts by their reachability ("unreachable"; problems only).
    connect(m_metrics, &HostMetricsPoller::reachabilityChanged, m_fleet->model(),
            [this](const QString &host) { m_fleet->model()->setReachability(host, m_metrics->reachability(host).reachability); });

    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setLanguage(UiLanguage *language)
{
    m_language = language;
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // The navigation's red items hold a colour of the palette they were made for.
    if (event->type() == QEvent::PaletteChange && m_navigation->count() > BackupsArea) {
        updateAlertsItem();
        updateBackupsItem();
    }
    QMainWindow::changeEvent(event);
}

// Every text the window itself shows, in the language now installed.
void MainWindow::retranslate()
{
    setWindowTitle(tr("OpsDeck"));
    const QStringList areas{tr("Dashboard"), tr("Alerts"),        tr("Timeline"),  tr("Incidents"),
                            tr("Fleet"),     tr("Services"),      tr("Configuration"), tr("Checklists"), tr("Releases"),
                            tr("Backups")};
    for (int row = 0; row < areas.size() && row < m_navigation->count(); ++row)
        m_navigation->item(row)->setText(areas[row]);
    updateAlertsItem();
    updateBackupsItem();
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 70);
    // The menus are made anew; the old ones go with their actions.
    for (QAction *action : menuBar()->actions()) {
        if (action->menu())
            action->menu()->deleteLater();
    }
    menuBar()->clear();
    createMenus();
    updateConfigStatus();
    updateStoreStatus();
    updateConnectionStatus();
}

// A stale backup location shows in the navigation, whichever area is open.
void MainWindow::updateBackupsItem()
{
    QListWidgetItem *item = m_navigation->item(BackupsArea);
    item->setText(m_backupsStale > 0 ? tr("Backups (%1 ✖)").arg(m_backupsStale) : tr("Backups"));
    item->setData(Qt::ForegroundRole, m_backupsStale > 0 ? QVariant(StatusColors::text(StatusColors::Tone::Bad, palette())) : QVariant());
}

void MainWindow::updateAlertsItem()
{
    QListWidgetItem *item = m_navigation->item(AlertsArea);
    item->setText(m_alertsTotal == 0      ? tr("Alerts")
                  : m_alertsCritical > 0 ? tr("Alerts (%1 ✖)").arg(m_alertsTotal)
                                         : tr("Alerts (%1)").arg(m_alertsTotal));
    item->setData(Qt::ForegroundRole, m_alertsCritical > 0 ? QVariant(StatusColors::text(StatusColors::Tone::Bad, palette())) : QVariant());
}

void MainWindow::createLanguageMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const QString chosen = UiLanguage::setting();
    QStringList codes{QString()};
    codes += m_language->available();
    for (const QString &code : codes) {
        const QString label = code.isEmpty() ? tr("&System Default") : UiLanguage::nativeName(code);
        QAction *action = menu->addAction(label, this, [this, code] { chooseLanguage(code); });
        action->setObjectName(QStringLiteral("language-") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
    }
}

void MainWindow::createThemeMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const UiTheme::Choice chosen = UiTheme::setting();
    const QList<std::pair<UiTheme::Choice, QString>> choices{
        {UiTheme::Choice::System, tr("&System")}, {UiTheme::Choice::Light, tr("&Light")}, {UiTheme::Choice::Dark, tr("&Dark")}};
    for (const auto &[choice, label] : choices) {
        QAction *action = menu->addAction(label, this, [this, choice = choice] { chooseTheme(choice); });
        action->setObjectName(QStringLiteral("theme-") + UiTheme::settingName(choice));
        action->setCheckable(true);
        action->setChecked(choice == chosen);
        group->addAction(action);
    }
}

void MainWindow::chooseTheme(UiTheme::Choice choice)
{
    UiTheme::saveSetting(choice);
    UiTheme::apply(choice); // every widget, model colour and chart follows at once (QEvent::PaletteChange)
}

void MainWindow::chooseLanguage(const QString &code)
{
    UiLanguage::saveSetting(code);
    const QString now = m_language->apply(code);
    // Every area, open dialog, menu and the status bar follow at once (each retranslates on QEvent::LanguageChange).
    statusBar()->showMessage(tr("Language: %1").arg(UiLanguage::nativeName(now)), 15000);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Configuration…"),
                                    this, &MainWindow::openConfig);
    open->setShortcut(QKeySequence::Open);
    QAction *reload = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reload Configuration"),
                                      m_config, &ConfigSource::reload);
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *import = file->addAction(tr("&Import Deploy Files…"), this, &MainWindow::importDeployFiles);
    import->setObjectName(QStringLiteral("importAction"));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *palette = view->addAction(tr("&Go to or Do…"), QKeySequence(Qt::CTRL | Qt::Key_K), this, [this] { openPalette(); });
    palette->setObjectName(QStringLiteral("openPalette"));
    view->addSeparator();
    view->addAction(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { showArea(DashboardArea); });
    view->addAction(tr("&Alerts"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] { showArea(AlertsArea); });
    view->addAction(tr("&Timeline"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] { showArea(TimelineArea); });
    view->addAction(tr("&Incidents"), QKeySequence(Qt::CTRL | Qt::Key_4), this, [this] { showArea(IncidentsArea); });
    view->addAction(tr("&Fleet"), QKeySequence(Qt::CTRL | Qt::Key_5), this, [this] { showArea(FleetArea); });
    view->addAction(tr("&Services"), QKeySequence(Qt::CTRL | Qt::Key_6), this, [this] { showArea(ServicesArea); });
    view->addAction(tr("&Configuration"), QKeySequence(Qt::CTRL | Qt::Key_7), this, [this] { showArea(ConfigurationArea); });
    view->addAction(tr("C&hecklists"), QKeySequence(Qt::CTRL | Qt::Key_8), this, [this] { showArea(ChecklistsArea); });
    view->addAction(tr("&Releases"), QKeySequence(Qt::CTRL | Qt::Key_9), this, [this] { showArea(ReleasesArea); });
    view->addAction(tr("&Backups"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] { showArea(BackupsArea); });
    view->addSeparator();
    view->addAction(tr("A&pprovals…"), this, &MainWindow::showApprovals)->setObjectName(QStringLiteral("showApprovals"));
    if (m_language) {
        view->addSeparator();
        QMenu *language = view->addMenu(tr("&Language"));
        language->setObjectName(QStringLiteral("languageMenu"));
        createLanguageMenu(language);
    }
    QMenu *theme = view->addMenu(tr("Th&eme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    createThemeMenu(theme);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OpsDeck"), this, [this] {
        QMessageBox::about(this, tr("About OpsDeck"),
                           tr("<h3>OpsDeck %1</h3><p>An operations console: fleet health, service controls, "
                              "rollback, backups, deployment sign-off and one incident timeline.</p>")
                               .arg(QStringLiteral(OPSDECK_VERSION))); // CMake's project version, as --version
    });
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(int(area));
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

MainWindow::Area MainWindow::currentArea() const
{
    return Area(m_areas->currentIndex());
}

void MainWindow::openConfig()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Fleet Configuration"), m_config->file(),
                                                      tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!file.isEmpty())
        m_config->setFile(file);
}

// Second-person approval: the requests waiting, for this console's person to approve or decline.
void MainWindow::showApprovals()
{
    auto *dialog = new ApprovalsDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::importDeployFiles()
{
    auto *dialog = new QFileDialog(this, tr("Import Deploy Files"));
    dialog->setObjectName(QStringLiteral("importFilesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Deploy files (deploy*.yml deploy*.yaml *compose*.yml *compose*.yaml)"),
                            tr("YAML files (*.yaml *.yml)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        auto *import = new ImportDialog(files, this);
        import->setAttribute(Qt::WA_DeleteOnClose);
        import->open();
    });
    dialog->open();
}

void MainWindow::updateConfigStatus()
{
    if (m_config->file().isEmpty()) {
        m_configStatus->setText(tr("No configuration loaded"));
        m_configPanel->showNoFile();
        return;
    }
    const QString name = QFileInfo(m_config->file()).fileName();
    if (!m_config->lastErrors().isEmpty()) {
        m_configStatus->setText(m_config->hasConfig()
                                    ? tr("⚠ %1 has %n error(s); using the last good configuration", nullptr,
                                         int(m_config->lastErrors().size()))
                                          .arg(name)
                                    : tr("✖ %1 has %n error(s)", nullptr, int(m_config->lastErrors().size())).arg(name));
        return;
    }
    if (m_config->hasConfig())
        m_configStatus->setText(tr("Configuration %1: %2").arg(name, m_config->current().summary()));
    else
        m_configStatus->setText(tr("Loading %1…").arg(name));
}

void MainWindow::recountConnections()
{
    m_configHosts.clear();
    m_connectedHosts.clear();
    m_reachability.clear();
    m_retrying = 0;
    m_unreachable = 0;
    if (m_config->hasConfig()) {
        for (const EnvironmentConfig &env : m_config->current().environments) {
            for (const HostConfig &host : env.hosts) {
                m_configHosts.insert(host.name);
                if (m_ssh->isConnected(host.name))
                    m_connectedHosts.insert(host.name);
                m_reachability.insert(host.name, Reachability::Unknown);
                hostReachabilityChanged(host.name);
            }
        }
    }
    m_connectionShow->stop();
    updateConnectionStatus();
}

void MainWindow::hostConnectedChanged(const QString &host, bool connected)
{
    if (!m_configHosts.contains(host))
        return;
    if (connected)
        m_connectedHosts.insert(host);
    else
        m_connectedHosts.remove(host);
    scheduleConnectionStatus();
}

void MainWindow::hostReachabilityChanged(const QString &host)
{
    const auto known = m_reachability.find(host);
    if (known == m_reachability.end())
        return; // not a host of the configuration shown
    auto count = [this](Reachability r, int step) {
        m_retrying += r == Reachability::Retrying ? step : 0;
        m_unreachable += r == Reachability::Unreachable ? step : 0;
    };
    count(*known, -1);
    *known = m_metrics->reachability(host).reachability;
    count(*known, +1);
    scheduleConnectionStatus();
}

void MainWindow::scheduleConnectionStatus()
{
    if (!m_connectionShow->isActive())
        m_connectionShow->start();
}

void MainWindow::updateConnectionStatus()
{
    const int hosts = int(m_configHosts.size());
    const int connected = int(m_connectedHosts.size());
    const int retrying = m_retrying;
    const int unreachable = m_unreachable;
    QStringList parts{tr("SSH: %1 of %n host(s) connected", nullptr, hosts).arg(connected)};
    // The console's own queue is said as such: waiting for a turn is never a host's failure.
    if (const int waiting = m_ssh->handshakeQueue().waiting; waiting > 0 && hosts > 0)
        parts << tr("%n waiting to connect", nullptr, waiting);
    if (retrying > 0)
        parts << tr("%n retrying", nullptr, retrying);
    if (unreachable > 0)
        parts << tr("✖ %n unreachable", nullptr, unreachable);
    m_connectionStatus->setText(parts.join(QStringLiteral(" · ")));
}

QString MainWindow::hostConnectionText(const QString &host) const
{
    if (const std::optional<int> ahead = m_ssh->waitingAhead(host))
        return tr("⏳ waiting to connect, %n ahead", nullptr, *ahead);
    const HostReachability r = m_metrics->reachability(host);
    const QString since = QLocale().toString(r.firstFailure.toLocalTime(), QLocale::ShortFormat);
    switch (r.reachability) {
    case Reachability::Unreachable:
        return tr("✖ unreachable since %1 (%n failed attempt(s)): %2", nullptr, r.failures).arg(since, r.error);
    case Reachability::Retrying:
        return tr("⚠ retrying since %1, not confirmed (%n failed attempt(s)): %2", nullptr, r.failures).arg(since, r.error);
    case Reachability::Reachable:
        return m_ssh->isConnected(host) ? tr("● connected") : tr("● reachable (session closed while idle)");
    case Reachability::Unknown:
        break;
    }
    return m_ssh->isConnected(host) ? tr("● connected") : tr("… not tried yet");
}

void MainWindow::updateStoreStatus()
{
    switch (m_store->state()) {
    case EventStoreService::State::Closed:
        m_storeStatus->setText(tr("Store: closed"));
        break;
    case EventStoreService::State::Opening:
        m_storeStatus->setText(tr("Store: opening…"));
        break;
    case EventStoreService::State::Open:
        // Said, not hidden: other consoles' events then reach this one up to 2 s late. Whole messages, one per case.
        if (m_store->pendingSync() > 0)
            m_storeStatus->setText((m_store->updatesOnlyByPolling()
                                        ? tr("Store: %1 as %2 — syncing %n pending event(s) — ⚠ updates by polling every 2 s only",
                                             nullptr, m_store->pendingSync())
                                        : tr("Store: %1 as %2 — syncing %n pending event(s)", nullptr, m_store->pendingSync()))
                                       .arg(m_store->location(), m_store->identity().actor));
        else
            m_storeStatus->setText((m_store->updatesOnlyByPolling()
                                        ? tr("Store: %1 as %2 (schema v%3) — ⚠ updates by polling every 2 s only")
                                        : tr("Store: %1 as %2 (schema v%3)"))
                                       .arg(m_store->location(), m_store->identity().actor)
                                       .arg(m_store->schemaVersion()));
        break;
    case EventStoreService::State::Offline:
        m_storeStatus->setText(tr("⚠ Store offline, reconnecting: %1 — %n event(s) pending sync", nullptr,
                                  m_store->pendingSync())
                                   .arg(m_store->lastError()));
        break;
    case EventStoreService::State::Failed:
        m_storeStatus->setText(tr("✖ Store unavailable: %1").arg(m_store->lastError()));
        break;
    }
    m_storeStatus->setToolTip(DisplayText::toolTip(
        m_store->state() == EventStoreService::State::Open && m_store->updatesOnlyByPolling()
            ? m_storeStatus->text() + u'\n' + tr("Live updates arrive only by polling: %1").arg(m_store->pollingReason())
            : m_storeStatus->text()));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(screen()->availableGeometry().size() * 0.9);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_fleet->splitter()->restoreState(settings.value(QStringLiteral("window/fleetSplitter")).toByteArray());
    showArea(Area(qBound(0, settings.value(QStringLiteral("window/area"), 0).toInt(), int(BackupsArea))));
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/fleetSplitter"), m_fleet->splitter()->saveState());
    settings.setValue(QStringLiteral("window/area"), int(currentArea()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

CommandPalette *MainWindow::openPalette()
{
    auto *palette = new CommandPalette(paletteEntries(), this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    // The keyboard comes back to the window (before an action's confirmation takes it, if one opens).
    connect(palette, &QDialog::finished, this, [this] { activateWindow(); });
    connect(palette, &CommandPalette::chosen, this, &MainWindow::activate);
    palette->open();
    palette->filterEdit()->setFocus();
    return palette;
}

// The menus' commands and the areas' buttons (with their keys), then the configuration's items.
QList<PaletteEntry> MainWindow::paletteEntries() const
{
    QList<PaletteEntry> entries;
    std::function<void(const QMenu *, const QString &)> walk = [&](const QMenu *menu, const QString &where) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isEnabled() || action->objectName() == QStringLiteral("openPalette"))
                continue;
            const QString text = QString(action->text()).remove(u'&');
            if (action->menu()) {
                walk(action->menu(), where + QStringLiteral(" ▸ ") + text);
                continue;
            }
            PaletteEntry entry;
            entry.kind = PaletteEntry::Kind::Command;
            entry.text = text;
            entry.detail = where;
            entry.shortcut = action->shortcut().toString(QKeySequence::NativeText);
            entry.action = action;
            entries << entry;
        }
    };
    for (const QAction *top : menuBar()->actions()) {
        if (top->menu())
            walk(top->menu(), QString(top->text()).remove(u'&'));
    }
    for (int area = 0; area < m_areas->count(); ++area) {
        const QString areaName = m_navigation->item(area)->text();
        for (QAbstractButton *button : m_areas->widget(area)->findChildren<QAbstractButton *>()) {
            // Not the dialogs the area has open, nor what it hides until it applies (e.g. "Retry").
            if (button->text().isEmpty() || button->window() != this || !button->isVisibleTo(m_areas->widget(area)))
                continue;
            PaletteEntry entry;
            entry.kind = PaletteEntry::Kind::Button;
            entry.text = QString(button->text()).remove(u'&');
            entry.detail = areaName;
            entry.shortcut = QKeySequence::mnemonic(button->text()).toString(QKeySequence::NativeText);
            entry.number = area;
            entry.button = button;
            entries << entry;
        }
    }
    if (m_config->hasConfig())
        entries += CommandPaletteModel::fleetEntries(m_config->current());
    return entries;
}

// Goes where the entry is, or opens its action's guarded confirmation (nothing guarded runs from here);
// an area's button is pressed as by hand, so what it guards it still confirms.
void MainWindow::activate(const PaletteEntry &entry)
{
    switch (entry.kind) {
    case PaletteEntry::Kind::Command:
        if (entry.action)
            entry.action->trigger();
        break;
    case PaletteEntry::Kind::Button:
        showArea(Area(entry.number));
        if (entry.button) {
            entry.button->setFocus(Qt::ShortcutFocusReason);
            if (entry.button->isEnabled() && entry.button->isVisible())
                entry.button->click();
        }
        break;
    case PaletteEntry::Kind::Environment:
        showArea(FleetArea);
        m_fleet->selectPath(entry.environment);
        break;
    case PaletteEntry::Kind::Host:
        showArea(FleetArea);
        m_fleet->selectPath(entry.environment + u'/' + entry.host);
        break;
    case PaletteEntry::Kind::Service:
        showArea(ServicesArea);
        m_services->selectService(entry.host, entry.service);
        break;
    case PaletteEntry::Kind::ServiceAction:
        showArea(ServicesArea);
        m_services->requestAction(entry.host, entry.service, ServiceVerb(entry.number), entry.rolling);
        break;
    case PaletteEntry::Kind::App:
        showArea(ReleasesArea);
        m_releases->showApp(entry.environment, entry.service);
        break;
    case PaletteEntry::Kind::Rollback:
        showArea(ReleasesArea);
        m_releases->requestRollbackOf(entry.environment, entry.service);
        break;
    case PaletteEntry::Kind::BackupLocation:
        showArea(BackupsArea);
        m_backups->selectLocation(entry.host, entry.service);
        break;
    case PaletteEntry::Kind::BackupRun:
        showArea(BackupsArea);
        m_backups->requestRunOf(entry.host, entry.service);
        break;
    }
}

} // namespace opsdeck
