#include "ConsoleApp.h"

#include "MainWindow.h"
#include "config/ConfigSource.h"
#include "store/EventStoreService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>

namespace opsdeck {

ConsoleApp::ConsoleApp(const ConsoleOptions &options, QObject *parent)
    : QObject(parent), m_store(new EventStoreService(this)), m_config(new ConfigSource(this))
{
    m_window = std::make_unique<MainWindow>(m_config, m_store);

    connect(m_config, &ConfigSource::loaded, this, [this](const FleetConfig &config) {
        QSettings().setValue(QStringLiteral("config/lastFile"), m_config->file());
        Event event;
        event.kind = QStringLiteral("config.loaded");
        event.summary = tr("Configuration %1 loaded: %2").arg(QFileInfo(m_config->file()).fileName(), config.summary());
        event.details = {{QStringLiteral("file"), m_config->file()},
                         {QStringLiteral("hosts"), config.hostCount()},
                         {QStringLiteral("services"), config.serviceCount()}};
        m_store->append(event);
    });
    connect(m_config, &ConfigSource::rejected, this, [this](const ConfigErrors &errors, int suppressed) {
        Event event;
        event.kind = QStringLiteral("config.rejected");
        event.summary = tr("Configuration %1 rejected with %n error(s)", nullptr, int(errors.size()) + suppressed)
                            .arg(QFileInfo(m_config->file()).fileName());
        QJsonArray list;
        for (const ConfigError &error : errors)
            list.append(error.toString());
        event.details = {{QStringLiteral("file"), m_config->file()}, {QStringLiteral("errors"), list}};
        m_store->append(event);
    });

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

ConsoleApp::~ConsoleApp() = default;

} // namespace opsdeck
