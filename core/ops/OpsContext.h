#pragma once

// The application layer's one context: owns the event store service, the configuration source and
// the subscription to it, the SSH engine, the health probe and the service-action runner, and records
// in the core what happens to the configuration ("config.loaded", "config.rejected") and the host
// keys people trust ("ssh.hostkey.trusted"). Whatever it owns sees a new configuration before any
// other subscriber does (slots run in connection order, and it connects first). The window's
// composition root (ConsoleApp) builds one and hands its parts to the panels. UI thread.

#include <QObject>

#include <memory>

namespace opsdeck {

class ConfigSource;
class EventStoreService;
class HealthProbe;
class HostKeyPrompt;
class PassphrasePrompt;
class ServiceActionRunner;
class SshEngine;

class OpsContext final : public QObject
{
    Q_OBJECT
public:
    // The prompts (the window's dialogs) must outlive the context.
    OpsContext(HostKeyPrompt *hostKeys, PassphrasePrompt *passphrases, QObject *parent = nullptr);
    ~OpsContext() override;

    EventStoreService *store() const { return m_store; }
    ConfigSource *config() const { return m_config; }
    SshEngine *ssh() const { return m_ssh.get(); }
    HealthProbe *probe() const { return m_probe.get(); }
    ServiceActionRunner *runner() const { return m_runner.get(); }

private:
    // Destroyed in reverse order: the runner, the SSH sessions, the probe; the store and the
    // configuration source (children) last.
    EventStoreService *m_store;
    ConfigSource *m_config;
    std::unique_ptr<SshEngine> m_ssh;
    std::unique_ptr<HealthProbe> m_probe;
    std::unique_ptr<ServiceActionRunner> m_runner;
};

} // namespace opsdeck
