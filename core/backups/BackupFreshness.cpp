#include "BackupFreshness.h"

#include "BackupCatalog.h"
#include "BackupMonitor.h"
#include "config/Duration.h"

#include <QCoreApplication>
#include <QHash>

namespace opsdeck::BackupFreshness {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BackupFreshness)
};

bool setVerified(const BackupLocationReport &report, const BackupSet &set, const QHash<QByteArray, BackupVerifyRun::LastResult> &results)
{
    for (int i : set.files) {
        const BackupFile &file = report.files.at(i);
        const auto it = results.constFind(BackupVerifyRun::resultKey(report.location.name, file.name));
        if (!file.usable() || it == results.constEnd() || !it->ok || it->changed)
            return false;
    }
    return !set.files.isEmpty();
}
} // namespace

void applyVerification(BackupLocationReport &report, const QHash<QByteArray, BackupVerifyRun::LastResult> &results)
{
    report.verificationKnown = true;
    report.newestVerified = -1;
    report.newestVerifiedAgeSecs = -1;
    report.judgedOnVerified = false;
    report.newestUnverified = false;
    if (!report.listed())
        return;
    for (int i = 0; i < report.sets.size(); ++i) {
        const BackupSet &set = report.sets.at(i);
        if (set.complete && setVerified(report, set, results)
            && (report.newestVerified < 0 || set.finishedAt >= report.sets.at(report.newestVerified).finishedAt))
            report.newestVerified = i;
    }
    report.newestUnverified = report.newestComplete >= 0 && report.newestComplete != report.newestVerified;
    // Ages need the host's clock; without it the report stays "age unknown".
    if (report.newestVerified < 0 || report.newestCompleteAgeSecs < 0)
        return;
    const BackupSet &verified = report.sets.at(report.newestVerified);
    report.judgedOnVerified = true;
    report.newestVerifiedAgeSecs = std::max<qint64>(0, report.hostNow - verified.finishedAt);
    report.stale = report.newestVerifiedAgeSecs >= report.location.rpo.count() / 1000;
    const QString age = BackupCatalog::formatAge(report.newestVerifiedAgeSecs);
    const QString rpo = Duration::format(report.location.rpo);
    // Each statement is a whole message; they are listed with "; " between them.
    QStringList said{report.stale ? Text::tr("newest complete and verified set %1 is %2 old: past the RPO of %3").arg(verified.stamp, age, rpo)
                                  : Text::tr("newest complete and verified set %1 is %2 old (RPO %3)").arg(verified.stamp, age, rpo)};
    if (report.newestUnverified)
        said << Text::tr("the newer set %1 is not verified").arg(report.sets.at(report.newestComplete).stamp);
    if (report.truncated)
        said << Text::tr("listing incomplete (%1), a newer set may not have been seen").arg(report.truncation);
    report.freshness = said.join(QStringLiteral("; "));
}

QMap<QString, Rollup> rollup(const FleetConfig &config, const QList<BackupLocationReport> &reports, const QDateTime &now)
{
    // Each report found by its environment, host and location (the first of duplicates, as a scan
    // would): one pass over the reports, not one per location — 1,000 hosts are 1,000² compares.
    const auto key = [](const QString &environment, const QString &host, const QString &location) -> QString { // length-prefixed: unambiguous
        return QString::number(environment.size()) + u':' + environment + QString::number(host.size()) + u':' + host + location;
    };
    QHash<QString, const BackupLocationReport *> byLocation;
    byLocation.reserve(reports.size());
    for (const BackupLocationReport &report : reports) {
        const QString k = key(report.environment, report.host, report.location.name);
        if (!byLocation.contains(k)) // the first of duplicates, as a scan would find
            byLocation.insert(k, &report);
    }
    QMap<QString, Rollup> byEnvironment;
    for (const EnvironmentConfig &env : config.environments) {
        for (const HostConfig &host : env.hosts) {
            for (const BackupConfig &location : host.backups) {
                Rollup &r = byEnvironment[env.name];
                ++r.locations;
                const BackupLocationReport *it = byLocation.value(key(env.name, host.name, location.name));
                if (!it)
                    ++r.listing;
                else if (!it->listed() || BackupMonitor::staleAt(*it, now))
                    ++r.stale;
                else if (it->newestUnverified)
                    ++r.unverified;
            }
        }
    }
    return byEnvironment;
}

} // namespace opsdeck::BackupFreshness
