#pragma once

// Freshness once verification results exist: a location with at least one complete set whose every
// file's newest recorded verification passed is judged on the newest such set against its RPO (on
// the host's clock), not on the newest complete set. An unverified newer set does not make the
// location fresh; a location that has never had a set verified is judged on its newest complete set as
// before. Also the roll-up of reports per environment the Dashboard shows. Pure; thread-safe.

#include "BackupVerifyRun.h"

#include <QMap>

namespace opsdeck::BackupFreshness {

// Annotates a report as BackupCatalog::build made it (never one already annotated): newestVerified,
// newestUnverified, and, when a verified set exists, stale and freshness judged on it.
void applyVerification(BackupLocationReport &report, const QHash<QByteArray, BackupVerifyRun::LastResult> &results);

struct Rollup {
    int locations = 0;
    int listing = 0;    // no report yet
    int stale = 0;      // past the RPO now (BackupMonitor::staleAt), not listed, or no complete set
    int unverified = 0; // listed, not stale, its newest complete set not verified
};
// Per environment, in the reports' order; `now` ages the listings as BackupMonitor::staleAt does.
QMap<QString, Rollup> rollup(const FleetConfig &config, const QList<BackupLocationReport> &reports, const QDateTime &now);

} // namespace opsdeck::BackupFreshness
