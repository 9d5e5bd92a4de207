#pragma once

// What releases of one app exist on its hosts, which one each host runs, and where hosts differ.
// Plain values: built by a ReleaseStrategy from what each host reported, then aggregated here.
// Pure; thread-safe. Every release name in here passed ReleaseInventory::checkReleaseName: a name a
// host reports that does not pass is kept only in rejectedNames (shown, never offered, never sent).

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace opsdeck {

struct ReleaseOnHost {
    QString name;             // the release directory ("20250101120000")
    QString revision;         // REVISION (a commit), empty when the file is missing
    QDateTime revisionTime;   // REVISION_TIME, or the directory's mtime when it is missing
    QDateTime directoryTime;  // the directory's mtime on the host
    QStringList migrations;   // db/migrate/*.rb file names (Rails), sorted
    QStringList brokenLinks;  // links inside the release that do not resolve (e.g. into shared/)
    bool hasRevisionFile = false;

    // Complete enough to run: Capistrano writes REVISION as one of the last steps of a deploy, and
    // a release whose links into shared/ are broken would start without its config or storage.
    bool complete() const { return hasRevisionFile && brokenLinks.isEmpty(); }
};

struct DeployLogEntry {   // one line of Capistrano's revisions.log
    QString release;      // empty for a rollback line that names none
    QString branch;
    QString revision;
    QString user;
    bool rollback = false;
    QString line;         // as the host wrote it (for display only)
};

struct HostReleaseState {
    QString host;
    bool reached = false;
    QString error;                 // why not reached / why the inventory failed
    QString current;               // the release `current` resolves to; empty when it does not
    QString currentTarget;         // what the link says (for display, may be unsafe text)
    QString currentProblem;        // why current is empty on a reached host
    QString switchProblem;         // why no switch can run on this host now (e.g. Kamal's proxy is not running)
    QList<ReleaseOnHost> releases; // newest first (by name, which Capistrano makes a timestamp)
    QStringList rejectedNames;     // names the host reported that we refuse to handle
    QList<DeployLogEntry> deployLog; // the last lines of revisions.log, oldest first
    qint64 freeKiB = -1;           // free space where the app lives
    QDateTime hostNow;             // the host's clock when it answered

    const ReleaseOnHost *release(const QString &name) const;
};

struct AppReleaseInventory {
    QString environment;
    QString app;
    QString path;
    QString strategy;
    QList<HostReleaseState> hosts; // in configuration order
    QSet<QString> markedBad;       // releases marked bad for this app (from the store)

    // Every release name seen on any host, newest first (by name, which Capistrano makes a
    // timestamp; Kamal's by when the version's container was created, compose's by when the tag's
    // image was).
    QStringList releaseNames() const;
    // The release every reached host's `current` resolves to; empty when they differ or none resolves.
    QString commonCurrent() const;
    // Present and complete on every host of the app (an unreached host counts as missing).
    bool presentEverywhere(const QString &release) const;
    // Releases that may be offered as rollback targets: present everywhere, not marked bad, not current.
    QStringList offerable() const;
    // The default rollback target: the newest offerable release older than the common current one
    // (after it in releaseNames()).
    std::optional<QString> defaultRollbackTarget() const;
    // Sentences describing where hosts differ (current release, release sets, unreached hosts).
    QStringList drift() const;
    // Why `release` cannot be the target of a rollback, or empty when it can.
    QString whyNotTarget(const QString &release) const;
};

namespace ReleaseInventory {
// A release name OpsDeck will handle: 1–128 of [A-Za-z0-9._+-], starting with a letter or digit, no
// "..". Everything else (spaces, newlines, ';', '/', '..') is refused with the reason.
QString checkReleaseName(const QString &name);
} // namespace ReleaseInventory

} // namespace opsdeck
