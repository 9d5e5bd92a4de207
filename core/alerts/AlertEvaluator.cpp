#include "AlertEvaluator.h"

#include "backups/BackupCatalog.h"
#include "backups/BackupMonitor.h"
#include "config/Duration.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace opsdeck {

QString alertSeverityName(AlertSeverity severity)
{
    return severity == AlertSeverity::Critical ? QStringLiteral("critical") : QStringLiteral("warning");
}

namespace AlertEvaluator {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlertEvaluator)
};
} // namespace

qint64 sustainedLatency(const QList<HealthSample> &history, int checks)
{
    if (checks <= 0 || history.size() < checks)
        return 0;
    qint64 lowest = std::numeric_limits<qint64>::max();
    for (qsizetype i = history.size() - checks; i < history.size(); ++i)
        lowest = std::min<qint64>(lowest, std::max<qint64>(0, history.at(i).latencyMs));
    return lowest;
}

QList<Alert> evaluate(const QList<ServiceState> &services, const QList<HostState> &hosts, const Thresholds &thresholds,
                      const QSet<QString> &mutedTargets, const QDateTime &now)
{
    QList<Alert> alerts;
    QHash<QString, QString> unreachable; // host -> error
    for (const HostState &h : hosts) {
        const QString target = h.environment + u'/' + h.host;
        if (h.reachable.has_value() && !*h.reachable) {
            unreachable.insert(h.host, h.error);
            alerts.append({QStringLiteral("host:") + target, AlertSeverity::Critical, h.environment, h.host, {},
                           Text::tr("%1 unreachable").arg(target), h.error, {}, false, now, {}, {}});
            continue;
        }
        if (h.memoryPercent && *h.memoryPercent > thresholds.memoryPercent)
            alerts.append({QStringLiteral("memory:") + target, AlertSeverity::Critical, h.environment, h.host, {},
                           Text::tr("%1 memory at %2 %").arg(target).arg(*h.memoryPercent, 0, 'f', 1),
                           Text::tr("over the %1 % threshold").arg(thresholds.memoryPercent), {}, false, now, {}, {}});
        if (h.cpuPercent && *h.cpuPercent > thresholds.cpuPercent && h.cpuHighSince.isValid()
            && h.cpuHighSince.msecsTo(now) >= thresholds.cpuSustained.count())
            alerts.append({QStringLiteral("cpu:") + target, AlertSeverity::Critical, h.environment, h.host, {},
                           Text::tr("%1 CPU at %2 %").arg(target).arg(*h.cpuPercent, 0, 'f', 0),
                           Text::tr("over %1 % for %2").arg(thresholds.cpuPercent).arg(Duration::format(thresholds.cpuSustained)),
                           {}, false, now, {}, {}});
        // One disk alert per host, whatever the number of mounts, naming the worst of them.
        QList<QPair<QString, double>> low;
        for (const auto &[mount, free] : h.diskFreePercent) {
            if (free < thresholds.diskFreePercent)
                low.append({mount, free});
        }
        if (!low.isEmpty()) {
            std::stable_sort(low.begin(), low.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
            const auto shown = [](const QString &mount) {
                return mount.size() > kMountNameShown ? mount.left(kMountNameShown - 1) + u'…' : mount;
            };
            QStringList worst;
            for (qsizetype i = 0; i < low.size() && i < kWorstMountsNamed; ++i)
                worst << Text::tr("%1 %2 % free").arg(shown(low.at(i).first)).arg(low.at(i).second, 0, 'f', 1);
            // The mounts named ("/ 3.0 % free, /var 4.0 % free and 2 more mounts"), then one whole
            // message per case; the threshold goes in first so that a mount's name is never read as a placeholder.
            QString mounts = worst.join(QStringLiteral(", "));
            if (low.size() > kWorstMountsNamed)
                mounts = Text::tr("%1 and %n more mount(s)", "the mounts named, then how many more", int(low.size() - kWorstMountsNamed)).arg(mounts);
            const QString detail =
                h.disksSkipped > 0
                    ? Text::tr("%2; under the %1 % threshold; %n further mount(s) not read", nullptr, h.disksSkipped).arg(thresholds.diskFreePercent).arg(mounts)
                    : Text::tr("%2; under the %1 % threshold").arg(thresholds.diskFreePercent).arg(mounts);
            alerts.append({QStringLiteral("disk:") + target, AlertSeverity::Critical, h.environment, h.host, {},
                           Text::tr("%1 low on disk: %2 has %3 % free")
                               .arg(target, shown(low.constFirst().first))
                               .arg(low.constFirst().second, 0, 'f', 1),
                           detail, {}, false, now, {}, {}});
        }
    }

    // A component failing on several services of one environment is their shared cause.
    QHash<QString, QStringList> failingByComponent; // "env\ncomponent" -> services
    for (const ServiceState &s : services) {
        if (s.status != HealthStatus::Fail || unreachable.contains(s.host))
            continue;
        for (const QString &component : s.failingComponents)
            failingByComponent[s.environment + u'\n' + component] << s.host + u'/' + s.service;
    }
    QHash<QString, QString> sharedCause; // "env/host/service" -> component
    for (auto it = failingByComponent.cbegin(); it != failingByComponent.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        const QString env = it.key().section(u'\n', 0, 0);
        const QString component = it.key().section(u'\n', 1);
        alerts.append({QStringLiteral("shared:") + env + u':' + component, AlertSeverity::Critical, env, {}, {},
                       Text::tr("%1 failing on %n service(s) in %2", nullptr, int(it.value().size())).arg(component, env),
                       it.value().join(QStringLiteral(", ")), {}, false, now, {}, {}});
        for (const QString &s : it.value())
            sharedCause.insert(env + u'/' + s, component);
    }

    for (const ServiceState &s : services) {
        const QString target = s.environment + u'/' + s.host + u'/' + s.service;
        if (mutedTargets.contains(target))
            continue; // a guarded action is under way on it; its own verification reports the outcome
        if (s.status == HealthStatus::Fail || s.status == HealthStatus::Warn) {
            Alert a{QStringLiteral("health:") + target, s.status == HealthStatus::Fail ? AlertSeverity::Critical : AlertSeverity::Warning,
                    s.environment, s.host, s.service,
                    s.status == HealthStatus::Fail ? Text::tr("%1 failing").arg(target) : Text::tr("%1 degraded").arg(target),
                    s.reason, {}, false, now, {}, {}};
            if (unreachable.contains(s.host)) {
                a.cause = Text::tr("host %1 unreachable").arg(s.host);
                a.suppressed = true;
            } else if (sharedCause.contains(target)) {
                a.cause = Text::tr("shared: %1").arg(sharedCause.value(target));
            }
            alerts.append(a);
        } else if (s.status == HealthStatus::Pass && s.latencyMs > thresholds.responseTimeWarning.count()) {
            alerts.append({QStringLiteral("latency:") + target, AlertSeverity::Warning, s.environment, s.host, s.service,
                           Text::tr("%1 slow: %2 ms").arg(target).arg(s.latencyMs),
                           Text::tr("response time over %1").arg(Duration::format(thresholds.responseTimeWarning)), {}, false, now,
                           {}, {}});
        }
    }
    return alerts;
}

QList<Alert> backupAlerts(const QList<BackupLocationReport> &reports, const QDateTime &now)
{
    QList<Alert> alerts;
    for (const BackupLocationReport &r : reports) {
        qint64 age = -1;
        if (!BackupMonitor::staleAt(r, now, &age))
            continue;
        const QString detail = age < 0 ? r.freshness
                               : r.judgedOnVerified
                                   ? Text::tr("newest complete and verified set %1 is %2 old: past the RPO of %3")
                                         .arg(r.sets.at(r.newestVerified).stamp, BackupCatalog::formatAge(age), Duration::format(r.location.rpo))
                                   : Text::tr("newest complete set %1 is %2 old: past the RPO of %3")
                                         .arg(r.sets.at(r.newestComplete).stamp, BackupCatalog::formatAge(age), Duration::format(r.location.rpo));
        alerts.append({QStringLiteral("backup:") + r.target(), AlertSeverity::Critical, r.environment, r.host, {},
                       Text::tr("%1 backups stale").arg(r.target()), detail, {}, false, now, {}, {}});
    }
    return alerts;
}

} // namespace AlertEvaluator

} // namespace opsdeck
