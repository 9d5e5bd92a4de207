#pragma once

// Evidence from the real fleet for automatic checklist items: health checks over HTTP(S) (HealthProbe),
// and over SSH (SshEngine) the newest backup file of each backup location, the release directory of
// each app, or a configured command's exit status. Every target of the run's hosts is checked in
// parallel; the evidence passes only when every target does and there was at least one. Lives on the
// thread that created it (the UI thread, or a CLI verb's main thread); never blocks it.

#include "EvidenceSource.h"

#include <QObject>
#include <QPointer>

namespace opsdeck {

class HealthProbe;
class SshEngine;

class FleetEvidenceSource final : public QObject, public EvidenceSource
{
    Q_OBJECT
public:
    FleetEvidenceSource(SshEngine *ssh, HealthProbe *probe, QObject *parent = nullptr);

    void setConfig(const FleetConfig &config) { m_config = config; }
    QFuture<Evidence> collect(const EvidenceRequest &request) override;

    // The remote commands, for tests: the newest backup (the host's time in epoch seconds and a newline,
    // then "epoch-seconds name" and a NUL per backup, so a name holding a newline cannot pass for a
    // line) and a release directory. A newest backup dated after the host's clock fails the check
    // ("clock skew or tampering").
    static QStringList newestBackupCommand(const BackupConfig &backup);
    struct NewestBackup {
        qint64 hostNowMs = -1;  // the host's clock when it looked; -1 when it did not say
        qint64 modifiedMs = 0;  // the newest backup's modification time
        QString name;           // empty when there is no backup
    };
    static NewestBackup newestBackupFrom(const QByteArray &out);
    static QStringList releaseCommand(const AppConfig &app, const QString &version);

private:
    QPointer<SshEngine> m_ssh;
    QPointer<HealthProbe> m_probe;
    FleetConfig m_config;
};

} // namespace opsdeck
