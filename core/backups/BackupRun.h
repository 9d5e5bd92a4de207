#pragma once

// Running a location's backup script (its configured `command`, e.g. bin/backup) as a guarded action:
// locked per location, preflight lists the location under the lock (the sets before the run), the
// script runs with the location's command_timeout, then the location is listed again. Verified only
// when a new set appeared, is complete, and every file of it passes integrity on the host
// (BackupVerifyRun: gzip -t / tar -tzf, SHA-256 recorded). A script that exits 0 without a new complete
// set fails; one that does not finish in time leaves the outcome unknown. Lives on the runner's thread.

#include "config/FleetConfig.h"
#include "ops/GuardedAction.h"
#include "store/EventKind.h"

#include <QPointer>
#include <QSet>

namespace opsdeck {

class EventStoreService;
class SshEngine;
struct BackupLocationReport;

struct BackupRunRequest {
    QString environment;
    QString host;
    QString location; // empty: the host's only location with a command
};

class BackupRun final : public GuardedAction
{
    Q_OBJECT
public:
    BackupRun(SshEngine *ssh, EventStoreService *store, const FleetConfig &config, BackupRunRequest request, QObject *parent = nullptr);

    // Why the request cannot run at all (no such host or location, no command configured); empty when it can.
    QString problem() const { return m_problem; }
    const BackupConfig &location() const { return m_location; }

    QString environment() const override { return m_request.environment; }
    EventKind startedEventKind() const override { return EventKind::BackupRunStarted; }
    EventKind finishedEventKind() const override { return EventKind::BackupRunFinished; }
    QString title() const override;
    QStringList lockTargets() const override;
    QStringList hosts() const override;
    int batchSize() const override { return 1; }
    QStringList commands() const override;
    QJsonObject details() const override;
    void preflight(std::function<void(const QString &why)> done) override;
    void runHost(const QString &host, std::function<void(const GuardedHostResult &)> done) override;

private:
    struct HostRun;
    void listAfter(const std::shared_ptr<HostRun> &run);
    void verifyNext(const std::shared_ptr<HostRun> &run, const BackupLocationReport &report, int setIndex, int file);
    // The listing of this location from a scan, or why there is none.
    static const BackupLocationReport *find(const QList<BackupLocationReport> &reports, const QString &location);

    QPointer<SshEngine> m_ssh;
    QPointer<EventStoreService> m_store;
    FleetConfig m_config;
    BackupRunRequest m_request;
    const HostConfig *m_host = nullptr;
    BackupConfig m_location;
    QString m_problem;
    QSet<QString> m_setsBefore; // stamps listed in preflight
};

} // namespace opsdeck
