#include "BackupRetention.h"

#include "BackupCatalog.h"
#include "config/Duration.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BackupRetention)
};
constexpr qint64 kDay = 86400;
} // namespace

int RetentionPreview::deletedNextRun() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const RetentionVerdict &v) { return v.deletedNextRun; }));
}

namespace {

// One thing the policy keeps or deletes as a whole: a complete set, or a file that is not part of a set.
struct Unit {
    qint64 time = 0;   // host clock, seconds
    QList<int> files;  // indices into the report's files
    QStringList reasons;
};

void applyRule(QList<Unit> &newestFirst, int count, const std::function<QString(const QDateTime &)> &period,
               const std::function<QString(const QString &period, int nth, int of)> &reason)
{
    QString last;
    int nth = 0;
    for (Unit &unit : newestFirst) {
        if (nth >= count)
            return;
        const QString p = period(QDateTime::fromSecsSinceEpoch(unit.time, Qt::UTC));
        if (p == last)
            continue; // an older unit of a period already kept
        last = p;
        ++nth;
        unit.reasons << reason(p, nth, count);
    }
}

void findPreview(const BackupLocationReport &report, RetentionPreview &result)
{
    result.days = int(report.location.retention.count() / (kDay * 1000));
    const qint64 threshold = (qint64(result.days) + 1) * kDay;
    for (int i = 0; i < report.files.size(); ++i) {
        const BackupFile &file = report.files.at(i);
        RetentionVerdict v;
        v.file = i;
        const qint64 age = report.hostNow - file.mtime;
        v.deletedNextRun = BackupRetention::findMtimeMatches(age, result.days);
        if (v.deletedNextRun) {
            v.reason = Text::tr("deleted by the next run (%1 old, more than %n whole day(s))", nullptr, result.days).arg(BackupCatalog::formatAge(age));
        } else {
            v.deletesInSecs = threshold - age;
            v.reason = age < 0 ? Text::tr("modified in the future on the host's clock, deleted in %1").arg(BackupCatalog::formatAge(v.deletesInSecs))
                               : Text::tr("within %n day(s), deleted in %1", nullptr, result.days).arg(BackupCatalog::formatAge(v.deletesInSecs));
        }
        result.files.append(v);
    }
}

RetentionPreview policyPreview(const BackupLocationReport &report, RetentionPreview result)
{
    const BackupConfig::Keep &keep = report.location.keep;
    QStringList parts;
    if (keep.daily > 0)
        parts << Text::tr("%1 daily").arg(keep.daily);
    if (keep.weekly > 0)
        parts << Text::tr("%1 weekly").arg(keep.weekly);
    if (keep.monthly > 0)
        parts << Text::tr("%1 monthly").arg(keep.monthly);
    result.policy = Text::tr("keep %1 (UTC days, ISO weeks, months)").arg(parts.join(QStringLiteral(", ")));
    result.files.resize(report.files.size());
    QList<Unit> units;
    QList<bool> placed(report.files.size(), false);
    for (const BackupSet &set : report.sets) {
        for (int i : set.files)
            placed[i] = true;
        if (set.complete) {
            units.append(Unit{set.finishedAt, set.files, {}});
            continue;
        }
        for (int i : set.files) {
            result.files[i] = RetentionVerdict{i, true, 0, Text::tr("deleted: set %1 is incomplete (no %2) and takes no slot of the policy")
                                                              .arg(set.stamp, set.missing.join(QStringLiteral(", ")))};
        }
    }
    for (int i = 0; i < report.files.size(); ++i) {
        if (placed.at(i))
            continue;
        const BackupFile &file = report.files.at(i);
        if (!file.usable()) {
            result.files[i] = RetentionVerdict{i, false, -1, Text::tr("not placed by the policy (%1)").arg(file.problems.join(QStringLiteral("; ")))};
            continue;
        }
        units.append(Unit{file.mtime, {i}, {}});
    }
    std::stable_sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) { return a.time > b.time; });
    applyRule(units, keep.daily, [](const QDateTime &t) { return t.date().toString(Qt::ISODate); },
              [](const QString &p, int nth, int of) { return Text::tr("newest of %1 (daily %2 of %3)").arg(p).arg(nth).arg(of); });
    applyRule(units, keep.weekly,
              [](const QDateTime &t) -> QString {
                  int year = 0;
                  const int week = t.date().weekNumber(&year);
                  return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
              },
              [](const QString &p, int nth, int of) { return Text::tr("newest of week %1 (weekly %2 of %3)").arg(p).arg(nth).arg(of); });
    applyRule(units, keep.monthly, [](const QDateTime &t) { return t.date().toString(QStringLiteral("yyyy-MM")); },
              [](const QString &p, int nth, int of) { return Text::tr("newest of %1 (monthly %2 of %3)").arg(p).arg(nth).arg(of); });
    for (const Unit &unit : std::as_const(units)) {
        const bool kept = !unit.reasons.isEmpty();
        const QString reason = kept ? Text::tr("kept: %1").arg(unit.reasons.join(QStringLiteral("; ")))
                                    : Text::tr("deleted: not the newest complete set (or lone file) of a kept day, week or month");
        for (int i : unit.files)
            result.files[i] = RetentionVerdict{i, !kept, kept ? -1 : 0, reason};
    }
    return result;
}

} // namespace

namespace BackupRetention {

bool findMtimeMatches(qint64 ageSecs, int days)
{
    // floor(age / 24 h) > days; for a negative age the floor is negative, never greater.
    return ageSecs >= (qint64(days) + 1) * kDay;
}

RetentionPreview preview(const BackupLocationReport &report)
{
    RetentionPreview result;
    const qint64 retentionMs = report.location.retention.count();
    if (!report.listed()) {
        result.error = Text::tr("not listed: %1").arg(report.error);
        return result;
    }
    if (!report.hostClockError.isEmpty()) {
        result.error = Text::tr("ages unknown: %1").arg(report.hostClockError);
        return result;
    }
    if (report.location.keep.enabled()) {
        result = policyPreview(report, result);
    } else if (retentionMs <= 0 || retentionMs % (kDay * 1000) != 0) {
        result.error = Text::tr("retention %1 is not a whole number of days: find -mtime +N counts whole days")
                           .arg(Duration::format(report.location.retention));
        return result;
    } else {
        findPreview(report, result);
    }
    if (report.newestComplete >= 0) {
        const BackupSet &newest = report.sets.at(report.newestComplete);
        for (int i : newest.files) {
            if (result.files.at(i).deletedNextRun) {
                result.warnings << Text::tr("the next run deletes %1 of the newest complete set %2")
                                       .arg(report.files.at(i).displayName, newest.stamp);
                break;
            }
        }
    }
    if (report.truncated)
        result.warnings << Text::tr("the listing is incomplete (%1): files not seen are not previewed").arg(report.truncation);
    return result;
}

} // namespace BackupRetention

} // namespace opsdeck
