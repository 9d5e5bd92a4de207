#pragma once

// What the Services area and `opsdeck service status|logs` read from a host: the states of its units
// (`systemctl show`, every unit of the host in one round trip) and a unit's journal, through the SSH
// engine with the configuration's command timeout. The commands are ServiceCommands' (validated
// configuration values only); what a host answers is parsed, never executed. UI thread; the futures
// finish on the SSH session's thread, so a caller may also wait on them without an event loop.

#include "UnitState.h"

#include "config/FleetConfig.h"

#include <QFuture>
#include <QObject>

namespace opsdeck {

class SshEngine;

// A host's units as systemd reports them, or why they could not be read.
struct HostUnitStates {
    bool read = false;
    QHash<QString, UnitState> states; // by unit
    QString error;                    // not read: the engine's error or the command's stderr (may be empty)
};

// A unit's journal, or why it could not be read.
struct UnitJournal {
    bool read = false;
    QByteArray text; // what journalctl printed (also when it failed)
    QString error;   // not read: the engine's error or the command's stderr (may be empty)
};

class ServiceInspector final : public QObject
{
    Q_OBJECT
public:
    // The engine must outlive the inspector.
    explicit ServiceInspector(SshEngine *ssh, QObject *parent = nullptr);

    void setConfig(const FleetConfig &config);

    // background: a periodic refresh, which yields to a person's work (SshEngine::run).
    QFuture<HostUnitStates> states(const QString &host, const QStringList &units, bool background = false);
    QFuture<UnitJournal> journal(const QString &host, const ServiceConfig &service, int lines);

private:
    SshEngine *m_ssh;
    Milliseconds m_timeout; // the configuration's ssh.commandTimeout
};

} // namespace opsdeck
