#include "BackupService.h"

#include "BackupScanner.h"
#include "ops/GuardedActionRunner.h"
#include "ssh/SshEngine.h"
#include "store/EventStoreService.h"

namespace opsdeck {

BackupService::BackupService(SshEngine *ssh, EventStoreService *store, QObject *parent)
    : QObject(parent), m_ssh(ssh), m_store(store), m_runner(new GuardedActionRunner(store, this))
{
}

BackupService::~BackupService() = default;

void BackupService::setConfig(const FleetConfig &config)
{
    m_config = config;
    m_runner->setConfig(config);
}

QFuture<QList<BackupLocationReport>> BackupService::scan(const HostConfig &host) const
{
    return BackupScanner::scan(*m_ssh, m_config, host, false);
}

QFuture<BackupVerifyRun::Outcome> BackupService::verify(const BackupLocationReport &report, const BackupFile &file,
                                                        QObject *context) const
{
    return BackupVerifyRun::verify(*m_ssh, *m_store, m_config.ssh.commandTimeout, report, file, context);
}

QFuture<BackupDownloadOutcome> BackupService::download(const BackupDownloadRequest &request,
                                                       std::shared_ptr<SftpDownloadControl> control, QObject *context) const
{
    return BackupDownload::start(*m_ssh, m_config.ssh.commandTimeout, request, std::move(control), context);
}

std::unique_ptr<BackupRun> BackupService::run(const BackupRunRequest &request) const
{
    return std::make_unique<BackupRun>(m_ssh, m_store, m_config, request);
}

std::unique_ptr<BackupDrill> BackupService::drill(const BackupDrillRequest &request) const
{
    return std::make_unique<BackupDrill>(m_ssh, m_store, m_config, request);
}

} // namespace opsdeck
