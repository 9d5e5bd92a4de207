#include "ConsoleApp.h"

#include "GuiPrompts.h"
#include "MainWindow.h"
#include "config/ConfigSource.h"
#include "metrics/SampleHistory.h"
#include "ops/OpsContext.h"
#include "ops/OpsMonitors.h"
#include "release/DeployDetector.h"
#include "store/EventStoreService.h"
#include "support/HeapTrimmer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>
#include <QStatusBar>

namespace opsdeck {

ConsoleApp::ConsoleApp(const ConsoleOptions &options, QObject *parent)
    : QObject(parent), m_prompts(std::make_unique<GuiPrompts>()),
      m_ops(std::make_unique<OpsContext>(m_prompts.get(), m_prompts.get())), m_store(m_ops->store()), m_config(m_ops->config()),
      m_trimmer(new HeapTrimmer(this))
{
    // The monitors and their wiring are the context's; built before the window, so that a
    // configuration reaches the context's parts first, then the monitors, the window's panels last
    // (slots run in connection order, and the window connects in its constructor).
    OpsMonitors *monitors = m_ops->monitors();
    m_window = std::make_unique<MainWindow>(m_ops.get());
    m_prompts->setDialogParent(m_window.get());
    connect(monitors->history(), &SampleHistory::failed, m_window.get(), [this](const QString &error) {
        m_window->statusBar()->showMessage(tr("Charts keep no history across restarts: %1").arg(error), 30'000);
    });
    connect(monitors->deploys(), &DeployDetector::recordFailed, m_window.get(), [this](const QString &error) {
        m_window->statusBar()->showMessage(error, 30'000);
    });
    // The window's own memory: the file to open next time. (The context records the configuration's
    // and the host keys' events.)
    connect(m_config, &ConfigSource::loaded, this, [this] { QSettings().setValue(QStringLiteral("config/lastFile"), m_config->file()); });

    if (options.area == QLatin1String("dashboard"))
        m_window->showArea(MainWindow::DashboardArea);
    else if (options.area == QLatin1String("alerts"))
        m_window->showArea(MainWindow::AlertsArea);
    else if (options.area == QLatin1String("timeline"))
        m_window->showArea(MainWindow::TimelineArea);
    else if (options.area == QLatin1String("incidents"))
        m_window->showArea(MainWindow::IncidentsArea);
    else if (options.area == QLatin1String("fleet"))
        m_window->showArea(MainWindow::FleetArea);
    else if (options.area == QLatin1String("services"))
        m_window->showArea(MainWindow::ServicesArea);
    else if (options.area == QLatin1String("configuration"))
        m_window->showArea(MainWindow::ConfigurationArea);
    else if (options.area == QLatin1String("checklists"))
        m_window->showArea(MainWindow::ChecklistsArea);
    else if (options.area == QLatin1String("releases"))
        m_window->showArea(MainWindow::ReleasesArea);
    else if (options.area == QLatin1String("backups"))
        m_window->showArea(MainWindow::BackupsArea);
    m_store->open(options.store);
    QString file = options.configFile;
    if (file.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("config/lastFile")).toString();
        if (QFileInfo::exists(last))
            file = last;
    }
    if (!file.isEmpty())
        m_config->setFile(file);
}

ConsoleApp::~ConsoleApp()
{
    m_prompts->cancelAll(); // a session thread waiting for a dialog answers "no" and can stop
    m_window.reset();
    m_ops.reset(); // the monitors first, then the runners, the SSH sessions and the store
}

ConfigSource *ConsoleApp::config() const
{
    return m_ops->config();
}

EventStoreService *ConsoleApp::store() const
{
    return m_ops->store();
}

SshEngine *ConsoleApp::ssh() const
{
    return m_ops->ssh();
}

ServiceActionRunner *ConsoleApp::runner() const
{
    return m_ops->runner();
}

HealthService *ConsoleApp::health() const
{
    return m_ops->monitors()->health();
}

AlertEngine *ConsoleApp::alerts() const
{
    return m_ops->monitors()->alerts();
}

BackupMonitor *ConsoleApp::backups() const
{
    return m_ops->monitors()->backups();
}

IncidentTracker *ConsoleApp::incidents() const
{
    return m_ops->monitors()->incidents();
}

DeployDetector *ConsoleApp::deploys() const
{
    return m_ops->monitors()->deploys();
}

SampleHistory *ConsoleApp::history() const
{
    return m_ops->monitors()->history();
}

} // namespace opsdeck
