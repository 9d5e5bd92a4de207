#pragma once

// What OpsDeck knows about one backup location of one host after listing it (BackupCatalog):
// the files that match its patterns, grouped into sets (the database_/storage_/application_ files of
// one bin/backup run), their flags, and the freshness of the newest complete set against the RPO,
// measured on the host's clock. Plain values that cross threads in queued signals.

#include "config/FleetConfig.h"
#include "ssh/SftpListing.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace opsdeck {

struct BackupFile {
    QByteArray name;      // as the host sent it
    QString displayName;  // RemoteFileName::display(name)
    RemoteFileEntry::Type type = RemoteFileEntry::Type::File;
    qint64 size = -1;
    qint64 mtime = 0;     // seconds since the epoch (host clock)
    QString part;         // "database", "storage", "application"; empty when the name has no set stamp
    QString stamp;        // "20250101_020000"; empty when the name has none
    QStringList problems; // per-file findings for people ("symbolic link to /etc/passwd, not followed", …)
    bool small = false;   // under half the median size of the previous files of its part
    bool future = false;  // modified after the host's "now" (more than the tolerance)
    bool usable() const { return type == RemoteFileEntry::Type::File && !future; }
};

struct BackupSet {
    QString stamp;        // YYYYmmdd_HHMMSS from the names
    QList<int> files;     // indices into BackupLocationReport::files
    QStringList missing;  // parts expected but absent ("storage")
    bool complete = false;
    bool small = false;   // one of its files is flagged small
    qint64 finishedAt = 0; // the newest mtime of its files (host clock, seconds)
};

struct BackupLocationReport {
    QString environment;
    QString host;
    BackupConfig location;
    SftpListing::Status status = SftpListing::Status::Failed;
    QString error;           // why the location could not be listed (status != Listed)
    QString hostClockError;  // the host did not say its time: ages unknown
    qint64 hostNow = 0;      // seconds since the epoch, as the host said just before the listing
    bool truncated = false;
    QString truncation;
    qint64 scanned = 0;      // directory entries read
    QList<BackupFile> files; // matching the patterns, oldest first
    QList<BackupSet> sets;   // oldest first
    QStringList expectedParts; // the parts a complete set has here (those seen in any set)
    int newestComplete = -1; // index into sets, -1 when there is none (usable files only)
    qint64 newestCompleteAgeSecs = -1;
    bool stale = false;      // no complete set younger than the RPO (also when unknown); once the location
                             // has verified sets, no complete and verified set younger (BackupFreshness)
    QString freshness;       // one sentence: "newest complete set 20250101_020000 is 5 h 3 m old (RPO 24h)"
    // Set by BackupFreshness::applyVerification from the recorded verification results:
    bool verificationKnown = false; // the results were read
    int newestVerified = -1;        // index into sets: newest complete set whose every file passed
    qint64 newestVerifiedAgeSecs = -1;
    bool judgedOnVerified = false;  // freshness (stale, freshness, the alert) is that of newestVerified
    bool newestUnverified = false;  // the newest complete set has a file without a passing result
    QDateTime listedAt;      // the console's clock when the listing came back (BackupMonitor): only the
                             // time elapsed since then is added to the host-clock age, never compared to it

    QString target() const { return environment + u'/' + host + u'/' + location.name; }
    bool listed() const { return status == SftpListing::Status::Listed; }
    int incompleteSets() const;
    int flaggedFiles() const;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::BackupLocationReport)
