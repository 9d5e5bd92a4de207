#pragma once

// The alert rules as a pure function of the fleet's state, so they can be tested with any clock:
// health fail (critical) and warn (warning); response time over the threshold on kSlowChecks checks
// in a row (warning: one slow answer is not an alert, or a fleet under load raises thousands); a host that
// does not answer (critical), which suppresses its services' alerts and says so; a component failing
// on several services of an environment named as their shared cause; memory and disk thresholds, and
// CPU over its threshold for the sustained time; backups past their RPO. Targets under a guarded action
// are muted. A host's disks make at most one alert, keyed by the host alone and naming its worst mounts,
// so a host listing thousands of mounts, or renaming them every poll, still has one disk alert.

#include "Alert.h"
#include "backups/BackupReport.h"
#include "config/FleetConfig.h"
#include "health/HealthEndpoint.h"
#include "health/HealthVerdict.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace opsdeck {

struct ServiceState {
    QString environment;
    QString host;
    QString service;
    HealthStatus status = HealthStatus::Unknown; // debounced, Unknown when stale or not yet known
    QString reason;
    QStringList failingComponents;
    qint64 latencyMs = -1; // sustained: see AlertEvaluator::sustainedLatency
};

struct HostState {
    QString environment;
    QString host;
    std::optional<bool> reachable; // unknown until the first poll answers or fails
    QString error;
    std::optional<double> cpuPercent;
    QDateTime cpuHighSince;        // kept by the caller: when CPU went over the threshold
    std::optional<double> memoryPercent;
    QList<QPair<QString, double>> diskFreePercent; // mount, free %
    int disksSkipped = 0;                          // mounts the host listed past the cap, not read
};

namespace AlertEvaluator {
constexpr int kWorstMountsNamed = 3;
constexpr int kSlowChecks = 3;
// The response time an endpoint has kept over its last `checks` checks: the lowest of them (a check
// without an answer counts as 0: it is a health failure, not a slow answer); 0 while it has fewer.
// Over the threshold only when every one of those checks was.
qint64 sustainedLatency(const QList<HealthSample> &history, int checks = kSlowChecks);
constexpr int kMountNameShown = 80; // characters of a mount's name in an alert; longer ones are cut
QList<Alert> evaluate(const QList<ServiceState> &services, const QList<HostState> &hosts, const Thresholds &thresholds,
                      const QSet<QString> &mutedTargets, const QDateTime &now);
// A backup location whose newest complete set is past its RPO, or that has none or could not be
// listed (critical: "backup:env/host/location"). Judged on the host's clock: the age at the listing
// plus the time since. Whatever the backup script's exit status was. Once the location has a verified
// set (BackupFreshness), the newest complete and verified set is the one judged.
QList<Alert> backupAlerts(const QList<BackupLocationReport> &reports, const QDateTime &now);
} // namespace AlertEvaluator

} // namespace opsdeck
