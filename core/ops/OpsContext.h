#pragma once

// The application layer's one context, shared by the window and the verbs: owns the event store
// service, the configuration source and the subscription to it, the SSH engine, the health probe,
// the service inspector (units' states and journals), the service-action runner, the checklist service and the fleet evidence source its automatic checks
// use, the release service (inventories, marks, the guarded switches of the Releases area and
// `opsdeck release`) and the backup service (listings, verifications, downloads, runs and drills of
// the Backups area and `opsdeck backup`); and records in the core what happens to the configuration ("config.loaded",
// "config.rejected") and the host keys people trust ("ssh.hostkey.trusted"). A configuration reaches
// whatever it owns before any other subscriber (slots run in connection order, and it connects
// first); a verb, which loads its configuration itself, hands it over with apply(). The window's
// composition root (ConsoleApp) builds one with the window's prompts; each verb builds one with the
// terminal's (Front::Terminal). The monitors that run beside the window (OpsMonitors: health,
// metrics, backups, alerts, deploys, incidents, wired to each other and to the runners) are built
// only when asked for, by the window's composition root; a verb starts none. UI thread (a verb's
// main thread).

#include "config/FleetConfig.h"

#include <QObject>

#include <memory>

namespace opsdeck {

class BackupService;
class ChecklistService;
class ConfigSource;
class EventStoreService;
class FleetEvidenceSource;
class HealthProbe;
class HostKeyPrompt;
class OpsMonitors;
class PassphrasePrompt;
class ReleaseService;
class ServiceActionRunner;
class ServiceInspector;
class SshEngine;

class OpsContext final : public QObject
{
    Q_OBJECT
public:
    // Window: events wait in the store's outbox while a team store is unreachable. Terminal (a verb):
    // an event is recorded or not at all (EventStoreService::record), never left in an outbox the
    // process takes with it when it ends.
    enum class Front { Window, Terminal };

    // The prompts (the window's dialogs, or the terminal's) must outlive the context.
    OpsContext(HostKeyPrompt *hostKeys, PassphrasePrompt *passphrases, Front front = Front::Window, QObject *parent = nullptr);
    ~OpsContext() override;

    EventStoreService *store() const { return m_store; }
    ConfigSource *config() const { return m_config; }
    SshEngine *ssh() const { return m_ssh.get(); }
    HealthProbe *probe() const { return m_probe.get(); }
    ServiceActionRunner *runner() const { return m_runner.get(); }
    ServiceInspector *inspector() const { return m_inspector.get(); }
    FleetEvidenceSource *evidence() const { return m_evidence.get(); }
    ChecklistService *checklists() const { return m_checklists.get(); }
    ReleaseService *releases() const { return m_releases.get(); }
    BackupService *backups() const { return m_backups.get(); }
    // The monitors, built (and started with the configuration applied so far) on the first call.
    OpsMonitors *monitors();
    bool hasMonitors() const { return bool(m_monitors); }

    // The configuration every part works with: called for each configuration the source loads, and by
    // a verb with the one it loaded.
    void apply(const FleetConfig &config);
    const FleetConfig &applied() const { return m_applied; }

    // Records that a person trusted the host key of host (one ssh.hostkey.trusted event, in the host's
    // environment). Called when the SSH engine reports a key written to known_hosts.
    void recordHostKeyTrusted(const QString &host, const QString &type, const QString &fingerprint);

private:
    Front m_front;
    FleetConfig m_applied;
    // Destroyed in reverse order: the monitors, the backup service, the release service, the checklist service, the evidence source, the runner, the
    // inspector, the SSH sessions, the probe; the store and the configuration source (children) last.
    EventStoreService *m_store;
    ConfigSource *m_config;
    std::unique_ptr<SshEngine> m_ssh;
    std::unique_ptr<HealthProbe> m_probe;
    std::unique_ptr<ServiceInspector> m_inspector;
    std::unique_ptr<ServiceActionRunner> m_runner;
    std::unique_ptr<FleetEvidenceSource> m_evidence;
    std::unique_ptr<ChecklistService> m_checklists;
    std::unique_ptr<ReleaseService> m_releases;
    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<OpsMonitors> m_monitors;
};

} // namespace opsdeck
