#pragma once

// Evidence from the real fleet for automatic checklist items: health checks over HTTP(S) (HealthProbe),
// and over SSH (SshEngine) the newest backup file of each backup location, the release directory of
// each app, or a configured command's exit status; from the event store the newest restore drill of
// each backup location with a drill target (backup.drill.finished). Every target of the run's hosts is checked in
// parallel; the evidence passes only when every target does and there was at least one. Lives on the
// thread that created it (the UI thread, or a CLI verb's main thread); never blocks it.

#include "EvidenceSource.h"
#include "store/EventStoreService.h"

#include <QObject>
#include <QPointer>

namespace opsdeck {

class HealthProbe;
class SshEngine;
struct Event;

class FleetEvidenceSource final : public QObject, public EvidenceSource
{
    Q_OBJECT
public:
    FleetEvidenceSource(SshEngine *ssh, HealthProbe *probe, QObject *parent = nullptr);

    void setConfig(const FleetConfig &config) { m_config = config; }
    // Where restore drills are recorded (restore_drill evidence); without it that evidence fails.
    void setStore(EventStoreService *store) { m_store = store; }
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
    // restore_drill for one location, from its host's backup.drill.finished events (newest first):
    // passes when the newest succeeded drill of the location is younger than maxAge (on the store's
    // clock) and restored within the RTO; the detail says when, how long against the RTO, and the rows.
    struct DrillVerdict {
        bool passed = false;
        QString detail;
    };
    static DrillVerdict newestDrill(const QList<Event> &newestFirst, const QString &location, Milliseconds maxAge, const QDateTime &now);

private:
    QPointer<SshEngine> m_ssh;
    QPointer<HealthProbe> m_probe;
    QPointer<EventStoreService> m_store;
    FleetConfig m_config;
};

} // namespace opsdeck
