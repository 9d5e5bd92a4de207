#include "OpsContext.h"

#include "ServiceActionRunner.h"
#include "config/ConfigSource.h"
#include "health/HealthProbe.h"
#include "ssh/SshEngine.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"

#include <QFileInfo>
#include <QJsonArray>

namespace opsdeck {

OpsContext::OpsContext(HostKeyPrompt *hostKeys, PassphrasePrompt *passphrases, QObject *parent)
    : QObject(parent), m_store(new EventStoreService(this)), m_config(new ConfigSource(this)),
      m_ssh(std::make_unique<SshEngine>(hostKeys, passphrases)), m_probe(std::make_unique<HealthProbe>()),
      m_runner(std::make_unique<ServiceActionRunner>(m_ssh.get(), m_store, m_probe.get()))
{
    // The SSH engine and the runner see a configuration before the window's panels refresh with it.
    connect(m_config, &ConfigSource::loaded, m_ssh.get(), &SshEngine::setConfig);
    connect(m_config, &ConfigSource::loaded, m_runner.get(), &ServiceActionRunner::setConfig);

    connect(m_ssh.get(), &SshEngine::hostKeyTrusted, this, [this](const QString &host, const QString &type, const QString &fingerprint) {
        Event event;
        event.kind = EventKinds::name(EventKind::SshHostKeyTrusted);
        event.host = host;
        if (m_config->hasConfig() && m_config->current().findHost(host))
            event.environment = m_config->current().findHost(host)->environment;
        event.summary = tr("Host key of %1 trusted: %2 %3").arg(host, type, fingerprint);
        event.details = {{QStringLiteral("type"), type}, {QStringLiteral("fingerprint"), fingerprint}};
        m_store->append(event);
    });
    connect(m_config, &ConfigSource::loaded, this, [this](const FleetConfig &config) {
        Event event;
        event.kind = EventKinds::name(EventKind::ConfigLoaded);
        event.summary = tr("Configuration %1 loaded: %2").arg(QFileInfo(m_config->file()).fileName(), config.summary());
        event.details = {{QStringLiteral("file"), m_config->file()},
                         {QStringLiteral("hosts"), config.hostCount()},
                         {QStringLiteral("services"), config.serviceCount()}};
        m_store->append(event);
    });
    connect(m_config, &ConfigSource::rejected, this, [this](const ConfigErrors &errors, int suppressed) {
        Event event;
        event.kind = EventKinds::name(EventKind::ConfigRejected);
        event.summary = tr("Configuration %1 rejected with %n error(s)", nullptr, int(errors.size()) + suppressed)
                            .arg(QFileInfo(m_config->file()).fileName());
        QJsonArray list;
        for (const ConfigError &error : errors)
            list.append(error.toString());
        event.details = {{QStringLiteral("file"), m_config->file()}, {QStringLiteral("errors"), list}};
        m_store->append(event);
    });
}

OpsContext::~OpsContext()
{
    m_runner.reset();
    m_ssh.reset();
    m_probe.reset();
}

} // namespace opsdeck
