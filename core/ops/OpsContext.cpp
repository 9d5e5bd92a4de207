#include "OpsContext.h"

#include "OpsMonitors.h"
#include "ServiceActionRunner.h"
#include "ServiceInspector.h"
#include "backups/BackupService.h"
#include "checklist/ChecklistService.h"
#include "checklist/FleetEvidenceSource.h"
#include "config/ConfigSource.h"
#include "health/HealthProbe.h"
#include "metrics/SampleHistory.h"
#include "release/ReleaseService.h"
#include "ssh/SshEngine.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"

#include <QFileInfo>
#include <QJsonArray>

namespace opsdeck {

OpsContext::OpsContext(HostKeyPrompt *hostKeys, PassphrasePrompt *passphrases, Front front, QObject *parent)
    : QObject(parent), m_front(front), m_store(new EventStoreService(this)), m_config(new ConfigSource(this)),
      m_ssh(std::make_unique<SshEngine>(hostKeys, passphrases)), m_probe(std::make_unique<HealthProbe>()),
      m_inspector(std::make_unique<ServiceInspector>(m_ssh.get())),
      m_runner(std::make_unique<ServiceActionRunner>(m_ssh.get(), m_store, m_probe.get())),
      m_evidence(std::make_unique<FleetEvidenceSource>(m_ssh.get(), m_probe.get())),
      m_checklists(std::make_unique<ChecklistService>(m_store, m_evidence.get())),
      m_releases(std::make_unique<ReleaseService>(m_ssh.get(), m_probe.get(), m_store)),
      m_backups(std::make_unique<BackupService>(m_ssh.get(), m_store))
{
    m_evidence->setStore(m_store); // restore_drill evidence reads the recorded drills
    // The SSH engine, the runner and the checklist service see a configuration before the window's
    // panels refresh with it.
    connect(m_config, &ConfigSource::loaded, this, &OpsContext::apply);
    connect(m_ssh.get(), &SshEngine::hostKeyTrusted, this, &OpsContext::recordHostKeyTrusted);
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
    m_monitors.reset();
    m_backups.reset();
    m_releases.reset();
    m_checklists.reset();
    m_evidence.reset();
    m_runner.reset();
    m_inspector.reset();
    m_ssh.reset();
    m_probe.reset();
}

OpsMonitors *OpsContext::monitors()
{
    if (!m_monitors)
        m_monitors = std::make_unique<OpsMonitors>(this, SampleHistory::defaultPath());
    return m_monitors.get();
}

void OpsContext::apply(const FleetConfig &config)
{
    m_applied = config;
    m_ssh->setConfig(config);
    m_inspector->setConfig(config);
    m_runner->setConfig(config);
    m_evidence->setConfig(config);
    m_checklists->setConfig(config);
    m_releases->setConfig(config);
    m_backups->setConfig(config);
}

void OpsContext::recordHostKeyTrusted(const QString &host, const QString &type, const QString &fingerprint)
{
    Event event;
    event.kind = EventKinds::name(EventKind::SshHostKeyTrusted);
    event.host = host;
    if (const HostConfig *configured = m_applied.findHost(host))
        event.environment = configured->environment;
    event.summary = tr("Host key of %1 trusted: %2 %3").arg(host, type, fingerprint);
    event.details = {{QStringLiteral("type"), type}, {QStringLiteral("fingerprint"), fingerprint}};
    if (m_front == Front::Terminal)
        m_store->record(event);
    else
        m_store->append(event);
}

} // namespace opsdeck
