#pragma once

// What the window's Backups area and `opsdeck backup` both do to the fleet's backups, so neither
// does it itself: lists a host's backup locations (BackupScanner), verifies a file and records the
// result (BackupVerifyRun), downloads a file over SFTP (BackupDownload), and builds the guarded
// backup run and restore drill (BackupRun, BackupDrill) on the context's SSH engine and store with
// the configuration the context applies; runs the window's runs and drills on its runner. Owned by
// OpsContext. Lives on the thread that created it (the UI thread or a verb's main thread); the
// futures finish on the hosts' session threads, and those with a context continue on its thread.

#include "BackupDownload.h"
#include "BackupDrill.h"
#include "BackupRun.h"
#include "BackupVerifyRun.h"
#include "config/FleetConfig.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace opsdeck {

class EventStoreService;
class GuardedActionRunner;
class SshEngine;

class BackupService final : public QObject
{
    Q_OBJECT
public:
    BackupService(SshEngine *ssh, EventStoreService *store, QObject *parent = nullptr);
    ~BackupService() override;

    void setConfig(const FleetConfig &config);
    const FleetConfig &config() const { return m_config; }
    // The runner of the window's backup runs and drills: one at a time from the window.
    GuardedActionRunner *runner() const { return m_runner; }

    // Every backup location of the host with its files (what a person asked for: not a background sweep).
    QFuture<QList<BackupLocationReport>> scan(const HostConfig &host) const;
    // Checks the file on its host and records the result; continues on context's thread.
    QFuture<BackupVerifyRun::Outcome> verify(const BackupLocationReport &report, const BackupFile &file, QObject *context) const;
    // Fetches the file; control's cancel stops it at its next chunk. Continues on context's thread.
    QFuture<BackupDownloadOutcome> download(const BackupDownloadRequest &request, std::shared_ptr<SftpDownloadControl> control,
                                            QObject *context) const;
    // The guarded run of a location's backup command, and the guarded restore drill.
    std::unique_ptr<BackupRun> run(const BackupRunRequest &request) const;
    std::unique_ptr<BackupDrill> drill(const BackupDrillRequest &request) const;

private:
    // Owned by the context, which destroys this service first.
    SshEngine *m_ssh;
    EventStoreService *m_store;
    FleetConfig m_config;
    GuardedActionRunner *m_runner;
};

} // namespace opsdeck
