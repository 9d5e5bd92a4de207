#pragma once

// What the next run of bin/backup's `find DIR -name … -mtime +N -delete` would do to a listed
// location, with a reason per file. GNU find counts whole 24-hour periods and ignores the fraction:
// `-mtime +7` matches a file at least 8 × 24 h old (age ≥ (N + 1) × 86400 s, measured on the host's
// clock at whole seconds). `retention: 7d` is `+7`; a retention that is not a whole number of days
// cannot be written as -mtime and is refused. A location with a `keep` policy is previewed by it
// instead: the newest complete set of each of the N newest days, ISO weeks and months (UTC, on the
// set's finish time on the host's clock) is kept, with the rules that keep it as the reason; every
// other set goes. Pure; thread-safe.

#include "BackupReport.h"

namespace opsdeck {

struct RetentionVerdict {
    int file = -1;             // index into BackupLocationReport::files
    bool deletedNextRun = false;
    qint64 deletesInSecs = 0;  // when kept: how long until the run that deletes it (-1 under a keep policy:
                               // that depends on the sets future runs write)
    QString reason;            // "within 7 days, deleted in 2 d 3 h" / "deleted by the next run (8 d 2 h old)"
};

struct RetentionPreview {
    QString error;             // the preview could not be made (location not listed, host clock unknown, retention)
    int days = 0;              // N of -mtime +N (0 under a keep policy)
    QString policy;            // under a keep policy: "keep 7 daily, 4 weekly, 6 monthly (UTC)"
    QList<RetentionVerdict> files; // one per file of the report, in its order
    QStringList warnings;      // e.g. the next run deletes the newest complete set
    int deletedNextRun() const;
};

namespace BackupRetention {
RetentionPreview preview(const BackupLocationReport &report);
// GNU find's `-mtime +days` for a file `ageSecs` old (negative: modified in the future).
bool findMtimeMatches(qint64 ageSecs, int days);
} // namespace BackupRetention

} // namespace opsdeck
