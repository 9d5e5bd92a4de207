#include "BackupScanner.h"

#include "BackupCatalog.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshEngine.h"

#include <QCoreApplication>

namespace opsdeck::BackupScanner {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BackupScanner)
};
} // namespace

QFuture<QList<BackupLocationReport>> scan(SshEngine &engine, const FleetConfig &config, const HostConfig &host, bool background)
{
    if (host.backups.isEmpty())
        return QtFuture::makeReadyFuture(QList<BackupLocationReport>{});
    const QFuture<CommandResult> clock =
        engine.run(host.name, RemoteCommand::build({QStringLiteral("date"), QStringLiteral("+%s")}), config.ssh.commandTimeout, background);
    QList<QFuture<SftpListing>> listings;
    for (const BackupConfig &location : host.backups)
        listings << engine.listDirectory(host.name, location.path.toUtf8(), BackupCatalog::listOptions(location), background);
    const QString environment = host.environment;
    const QString hostName = host.name;
    const QList<BackupConfig> locations = host.backups;
    return QtFuture::whenAll(listings.begin(), listings.end()).then([clock, environment, hostName, locations](const QList<QFuture<SftpListing>> &done) {
        // Queued before the listings on the same session thread: already finished (or cancelled).
        QFuture<CommandResult> c = clock;
        c.waitForFinished();
        CommandResult clockResult;
        if (c.resultCount())
            clockResult = c.result();
        else
            clockResult.error = Text::tr("the session stopped before the host's clock was read");
        QList<BackupLocationReport> reports;
        for (qsizetype i = 0; i < done.size(); ++i) {
            SftpListing listing;
            if (done.at(i).resultCount()) {
                listing = done.at(i).result();
            } else {
                listing.status = SftpListing::Status::Unreachable;
                listing.error = Text::tr("the session stopped before the listing");
            }
            reports << BackupCatalog::build(environment, hostName, locations.at(i), clockResult, listing);
        }
        return reports;
    });
}

} // namespace opsdeck::BackupScanner
