#include "BackupCatalog.h"

#include "config/Duration.h"
#include "ssh/RemoteFileName.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace opsdeck::BackupCatalog {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BackupCatalog)
};

const QStringList &knownParts()
{
    static const QStringList parts{QStringLiteral("database"), QStringLiteral("storage"), QStringLiteral("application")};
    return parts;
}

// "database_20250101_020000.sql.gz" -> ("database", "20250101_020000")
std::pair<QString, QString> partAndStamp(const QByteArray &name)
{
    static const QRegularExpression pattern(QStringLiteral("^(database|storage|application)_([0-9]{8}_[0-9]{6})\\."));
    // Only the ASCII prefix matters; other bytes cannot make a match.
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(name.left(40)));
    if (!match.hasMatch())
        return {};
    return {match.captured(1), match.captured(2)};
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

QString formatAge(qint64 seconds)
{
    if (seconds < 0)
        return u'-' + formatAge(-seconds);
    const qint64 d = seconds / 86400, h = seconds % 86400 / 3600, m = seconds % 3600 / 60, s = seconds % 60;
    if (d > 0)
        return Text::tr("%1 d %2 h").arg(d).arg(h);
    if (h > 0)
        return Text::tr("%1 h %2 m").arg(h).arg(m);
    if (m > 0)
        return Text::tr("%1 m %2 s").arg(m).arg(s);
    return Text::tr("%1 s").arg(s);
}

SftpListOptions listOptions(const BackupConfig &location)
{
    SftpListOptions options;
    for (const QString &pattern : location.patterns)
        options.patterns << pattern.toUtf8();
    if (options.patterns.isEmpty())
        options.patterns << QByteArrayLiteral("*.gz");
    return options;
}

BackupLocationReport build(const QString &environment, const QString &host, const BackupConfig &location,
                           const CommandResult &hostClock, const SftpListing &listing)
{
    BackupLocationReport report;
    report.environment = environment;
    report.host = host;
    report.location = location;
    report.status = listing.status;
    report.error = listing.error;
    report.truncated = listing.truncated;
    report.truncation = listing.truncation;
    report.scanned = listing.scanned;
    bool clockOk = false;
    if (hostClock.succeeded())
        report.hostNow = hostClock.out.trimmed().toLongLong(&clockOk);
    if (!clockOk)
        report.hostClockError = hostClock.succeeded() ? Text::tr("the host answered 'date +%s' with something that is not a time")
                                : hostClock.error.isEmpty() ? Text::tr("'date +%s' failed on the host: %1").arg(QString::fromUtf8(hostClock.err.trimmed()))
                                                            : hostClock.error;

    for (const RemoteFileEntry &entry : listing.entries) {
        BackupFile file;
        file.name = entry.name;
        file.displayName = RemoteFileName::display(entry.name);
        file.type = entry.type;
        file.size = entry.size;
        file.mtime = entry.mtime;
        std::tie(file.part, file.stamp) = partAndStamp(entry.name);
        switch (entry.type) {
        case RemoteFileEntry::Type::File:
            break;
        case RemoteFileEntry::Type::Symlink:
            file.problems << Text::tr("symbolic link to %1: not followed, not counted as a backup").arg(RemoteFileName::display(entry.linkTarget));
            break;
        case RemoteFileEntry::Type::Directory:
            file.problems << Text::tr("a directory, not counted as a backup");
            break;
        case RemoteFileEntry::Type::Other:
            file.problems << Text::tr("not a regular file, not counted as a backup");
            break;
        }
        if (!entry.hasMtime) {
            file.future = true; // unknown time: never counted as fresh
            file.problems << Text::tr("the host gave no modification time");
        } else if (clockOk && entry.mtime > report.hostNow + kFutureToleranceSecs) {
            file.future = true;
            file.problems << Text::tr("modified %1 in the future on the host's clock: not counted as fresh").arg(formatAge(entry.mtime - report.hostNow));
        }
        if (entry.type == RemoteFileEntry::Type::File && entry.size == 0)
            file.problems << Text::tr("empty file");
        report.files.append(file);
    }
    std::stable_sort(report.files.begin(), report.files.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.mtime != b.mtime ? a.mtime < b.mtime : a.name < b.name;
    });

    // Size against the median of the previous files of the same part.
    QHash<QString, QList<qint64>> previous;
    for (BackupFile &file : report.files) {
        if (file.part.isEmpty() || !file.usable() || file.size < 0)
            continue;
        QList<qint64> &sizes = previous[file.part];
        if (sizes.size() >= kMedianMinimum) {
            const qint64 m = median(sizes.mid(std::max<qsizetype>(0, sizes.size() - kMedianWindow)));
            if (file.size * 2 < m) {
                file.small = true;
                file.problems << Text::tr("%1 bytes: under half the median %2 bytes of the previous %3 %4 files")
                                     .arg(file.size)
                                     .arg(m)
                                     .arg(std::min<qsizetype>(sizes.size(), kMedianWindow))
                                     .arg(file.part);
            }
        }
        sizes.append(file.size);
    }

    // Sets by stamp; a complete set has every part seen in any set of this location.
    QMap<QString, int> setIndex;
    for (int i = 0; i < report.files.size(); ++i) {
        const BackupFile &file = report.files.at(i);
        if (file.stamp.isEmpty())
            continue;
        if (!report.expectedParts.contains(file.part))
            report.expectedParts << file.part;
        auto it = setIndex.find(file.stamp);
        if (it == setIndex.end()) {
            it = setIndex.insert(file.stamp, int(report.sets.size()));
            report.sets.append(BackupSet{file.stamp, {}, {}, false, false, 0});
        }
        report.sets[*it].files << i;
    }
    std::sort(report.expectedParts.begin(), report.expectedParts.end(),
              [](const QString &a, const QString &b) { return knownParts().indexOf(a) < knownParts().indexOf(b); });
    std::sort(report.sets.begin(), report.sets.end(), [](const BackupSet &a, const BackupSet &b) { return a.stamp < b.stamp; });
    for (BackupSet &set : report.sets) {
        QStringList present;
        for (int i : std::as_const(set.files)) {
            const BackupFile &file = report.files.at(i);
            if (file.usable())
                present << file.part;
            set.small = set.small || file.small;
            set.finishedAt = std::max(set.finishedAt, file.mtime);
        }
        for (const QString &part : std::as_const(report.expectedParts)) {
            if (!present.contains(part))
                set.missing << part;
        }
        set.complete = set.missing.isEmpty();
    }

    // Freshness: the newest complete set, on the host's clock.
    for (int i = 0; i < report.sets.size(); ++i) {
        const BackupSet &set = report.sets.at(i);
        if (set.complete && (report.newestComplete < 0 || set.finishedAt >= report.sets.at(report.newestComplete).finishedAt))
            report.newestComplete = i;
    }
    const qint64 rpoSecs = location.rpo.count() / 1000;
    const QString rpo = Duration::format(location.rpo);
    report.stale = true;
    if (!report.listed()) {
        report.freshness = Text::tr("not listed: %1").arg(report.error);
    } else if (!clockOk) {
        report.freshness = Text::tr("age unknown: %1").arg(report.hostClockError);
    } else if (report.newestComplete < 0) {
        report.freshness = report.files.isEmpty() ? Text::tr("no backup matches %1 in %2").arg(location.patterns.join(QStringLiteral(", ")), location.path)
                                                  : Text::tr("no complete set");
    } else {
        const BackupSet &newest = report.sets.at(report.newestComplete);
        report.newestCompleteAgeSecs = std::max<qint64>(0, report.hostNow - newest.finishedAt);
        report.stale = report.newestCompleteAgeSecs >= rpoSecs;
        report.freshness = report.stale
                               ? Text::tr("newest complete set %1 is %2 old: past the RPO of %3").arg(newest.stamp, formatAge(report.newestCompleteAgeSecs), rpo)
                               : Text::tr("newest complete set %1 is %2 old (RPO %3)").arg(newest.stamp, formatAge(report.newestCompleteAgeSecs), rpo);
    }
    // Each statement is a whole message; they are listed with "; " between them.
    if (report.listed() && report.truncated)
        report.freshness = QStringList{report.freshness, Text::tr("listing incomplete (%1), a newer set may not have been seen").arg(report.truncation)}
                               .join(QStringLiteral("; "));
    return report;
}

} // namespace opsdeck::BackupCatalog
