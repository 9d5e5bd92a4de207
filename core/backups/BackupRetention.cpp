#include "BackupRetention.h"

#include "BackupCatalog.h"
#include "config/Duration.h"

#include <QCoreApplication>

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
    if (retentionMs <= 0 || retentionMs % (kDay * 1000) != 0) {
        result.error = Text::tr("retention %1 is not a whole number of days: find -mtime +N counts whole days")
                           .arg(Duration::format(report.location.retention));
        return result;
    }
    result.days = int(retentionMs / (kDay * 1000));
    const qint64 threshold = (qint64(result.days) + 1) * kDay;
    for (int i = 0; i < report.files.size(); ++i) {
        const BackupFile &file = report.files.at(i);
        RetentionVerdict v;
        v.file = i;
        const qint64 age = report.hostNow - file.mtime;
        v.deletedNextRun = findMtimeMatches(age, result.days);
        if (v.deletedNextRun) {
            v.reason = Text::tr("deleted by the next run (%1 old, more than %n whole day(s))", nullptr, result.days).arg(BackupCatalog::formatAge(age));
        } else {
            v.deletesInSecs = threshold - age;
            v.reason = age < 0 ? Text::tr("modified in the future on the host's clock, deleted in %1").arg(BackupCatalog::formatAge(v.deletesInSecs))
                               : Text::tr("within %n day(s), deleted in %1", nullptr, result.days).arg(BackupCatalog::formatAge(v.deletesInSecs));
        }
        result.files.append(v);
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
