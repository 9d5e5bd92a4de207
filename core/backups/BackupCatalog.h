#pragma once

// Turns the SFTP listing of one backup location into a BackupLocationReport: the files matching the
// location's patterns, their sets (database_/storage_/application_ files sharing a YYYYmmdd_HHMMSS
// stamp, as the seeds' bin/backup names them), an incomplete set flagged, a file under half the median
// size of the previous files of its part flagged, links and other non-files named and not counted, and
// the age of the newest complete set against the RPO on the host's clock. Pure; thread-safe.

#include "BackupReport.h"

namespace opsdeck::BackupCatalog {

// A file modified more than this after the host's "now" is flagged and not counted as fresh.
constexpr qint64 kFutureToleranceSecs = 300;
// The size check needs this many previous files of the same part, and looks at most at kMedianWindow.
constexpr int kMedianMinimum = 3;
constexpr int kMedianWindow = 7;

// hostClock: the output of `date +%s` run on the host just before the listing.
BackupLocationReport build(const QString &environment, const QString &host, const BackupConfig &location,
                           const CommandResult &hostClock, const SftpListing &listing);

// The listing options for a location: its patterns, bounded.
SftpListOptions listOptions(const BackupConfig &location);

// "2 d 3 h", "5 h 3 m", "4 m 10 s", "12 s" (negative: the same with a leading minus).
QString formatAge(qint64 seconds);

} // namespace opsdeck::BackupCatalog
