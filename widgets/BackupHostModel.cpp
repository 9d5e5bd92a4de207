#include "BackupHostModel.h"

#include "OverviewFilterProxy.h"

#include "backups/BackupCatalog.h"
#include "backups/BackupMonitor.h"
#include "backups/BackupVerifySchedule.h"
#include "StatusColors.h"

#include "support/DisplayText.h"
#include "support/LocaleFormat.h"

#include <QColor>
#include <QDateTime>

namespace opsdeck {

BackupHostModel::BackupHostModel(QObject *parent) : QAbstractTableModel(parent) {}

void BackupHostModel::setConfig(const FleetConfig &config)
{
    beginResetModel();
    m_rows.clear();
    m_results.clear();
    for (const EnvironmentConfig &env : config.environments) {
        for (const HostConfig &host : env.hosts) {
            for (const BackupConfig &location : host.backups)
                m_rows.append(Row{env.name, host.name, location, std::nullopt, host.labels});
        }
    }
    endResetModel();
}

void BackupHostModel::setReports(const QString &host, const QList<BackupLocationReport> &reports)
{
    for (const BackupLocationReport &report : reports) {
        const int r = findRow(host, report.location.name);
        if (r < 0)
            continue;
        m_rows[r].report = report;
        Q_EMIT dataChanged(index(r, 0), index(r, columnCount() - 1));
    }
}

void BackupHostModel::setResults(const QString &host, const QHash<QByteArray, BackupVerifyRun::LastResult> &results)
{
    m_results.insert(host, results);
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).host == host)
            Q_EMIT dataChanged(index(r, VerifiedColumn), index(r, columnCount() - 1));
    }
}

const QHash<QByteArray, BackupVerifyRun::LastResult> &BackupHostModel::results(const QString &host) const
{
    static const QHash<QByteArray, BackupVerifyRun::LastResult> none;
    const auto it = m_results.constFind(host);
    return it == m_results.constEnd() ? none : *it;
}

void BackupHostModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FreshnessColumn), index(int(m_rows.size()) - 1, FreshnessColumn));
}

int BackupHostModel::findRow(const QString &host, const QString &location) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).host == host && m_rows.at(r).location.name == location)
            return r;
    }
    return -1;
}

bool BackupHostModel::isStale(int row) const
{
    bool stale = false;
    freshness(m_rows.at(row), &stale);
    return stale;
}

bool BackupHostModel::isProblem(int row) const
{
    bool stale = false;
    bool failed = false;
    freshness(m_rows.at(row), &stale);
    verifiedSummary(m_rows.at(row), &failed);
    return stale || failed;
}

QStringList BackupHostModel::terms(int row) const
{
    const Row &r = m_rows.at(row);
    bool flag = false;
    QStringList out{r.environment, r.host, r.location.name, r.location.path};
    out += r.labels;
    out << freshness(r, &flag) << verifiedSummary(r, &flag);
    return out;
}

int BackupHostModel::staleCount() const
{
    int n = 0;
    for (int r = 0; r < m_rows.size(); ++r)
        n += isStale(r) ? 1 : 0;
    return n;
}

QString BackupHostModel::freshness(const Row &row, bool *stale) const
{
    *stale = false;
    if (!row.report)
        return tr("… listing");
    const BackupLocationReport &r = *row.report;
    if (!r.listed()) {
        *stale = true;
        return tr("✖ not listed: %1").arg(r.error);
    }
    qint64 age = -1;
    *stale = BackupMonitor::staleAt(r, QDateTime::currentDateTimeUtc(), &age);
    const QString rpo = LocaleFormat::duration(r.location.rpo);
    if (age < 0)
        return tr("✖ stale: %1").arg(r.freshness);
    // Which set the age is of: once the location has a verified set, the newest verified one.
    if (r.judgedOnVerified)
        return *stale ? tr("✖ stale: verified set %1 old (RPO %2)").arg(BackupCatalog::formatAge(age), rpo)
                      : tr("✔ fresh: verified set %1 old (RPO %2)").arg(BackupCatalog::formatAge(age), rpo);
    return *stale ? tr("✖ stale: %1 old (RPO %2)").arg(BackupCatalog::formatAge(age), rpo)
                  : tr("✔ fresh: %1 old (RPO %2)").arg(BackupCatalog::formatAge(age), rpo);
}

QString BackupHostModel::verifiedSummary(const Row &row, bool *failed) const
{
    *failed = false;
    if (!row.report || !row.report->listed())
        return QString();
    const QHash<QByteArray, BackupVerifyRun::LastResult> &results = this->results(row.host);
    int files = 0, verified = 0, bad = 0;
    for (const BackupFile &f : row.report->files) {
        if (f.type != RemoteFileEntry::Type::File)
            continue;
        ++files;
        const auto it = results.constFind(BackupVerifyRun::resultKey(row.location.name, f.name));
        if (it == results.constEnd())
            continue;
        it->ok ? ++verified : ++bad;
    }
    *failed = bad > 0;
    if (row.location.verifyEvery.count() > 0) { // scheduled: coverage within the period
        const BackupCoverage c = BackupVerifySchedule::coverage(*row.report, results, QDateTime::currentDateTimeUtc());
        const QString period = LocaleFormat::duration(row.location.verifyEvery);
        if (bad > 0)
            return tr("✖ %n failed, %1 of %2 verified within %3", nullptr, bad).arg(c.covered).arg(c.total).arg(period);
        return (c.covered == c.total && c.total > 0 ? QStringLiteral("✔ ") : QStringLiteral("◌ "))
               + tr("%1 of %2 verified within %3").arg(c.covered).arg(c.total).arg(period);
    }
    if (bad > 0)
        return tr("✖ %n failed, %1 of %2 verified", nullptr, bad).arg(verified).arg(files);
    if (verified == files && files > 0)
        return tr("✔ %1 of %2 verified").arg(verified).arg(files);
    return tr("◌ %1 of %2 verified").arg(verified).arg(files);
}

QString BackupHostModel::setState(const BackupLocationReport &report, const BackupSet &set) const
{
    const QHash<QByteArray, BackupVerifyRun::LastResult> &results = this->results(report.host);
    int verified = 0, failed = 0;
    for (int i : set.files) {
        const auto it = results.constFind(BackupVerifyRun::resultKey(report.location.name, report.files.at(i).name));
        if (it != results.constEnd())
            it->ok ? ++verified : ++failed;
    }
    QStringList words;
    words << (set.complete ? tr("complete") : tr("INCOMPLETE (no %1)").arg(set.missing.join(QStringLiteral(", "))));
    if (set.small)
        words << tr("SMALL");
    if (failed > 0)
        words << tr("verify FAILED");
    else if (verified == set.files.size())
        words << tr("verified");
    else if (verified > 0)
        words << tr("%1 of %2 verified").arg(verified).arg(set.files.size());
    else
        words << tr("not verified");
    const QString symbol = !set.complete || failed > 0 ? QStringLiteral("✖")
                           : set.small                 ? QStringLiteral("⚠")
                           : verified == set.files.size() ? QStringLiteral("✔")
                                                          : QStringLiteral("●");
    return QString(symbol + u' ' + words.join(QStringLiteral(", ")));
}

int BackupHostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupHostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSetColumn + kRecentSets;
}

QVariant BackupHostModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::ToolTipRole) { // file names, paths and messages from hosts: shown as the text they are
        const QVariant raw = data(index, DisplayText::kUnescapedToolTipRole);
        return raw.isNull() ? QVariant() : QVariant(DisplayText::toolTip(raw.toString()));
    }
    if (role == OverviewFilterProxy::TermsRole)
        return terms(index.row());
    if (role == OverviewFilterProxy::ProblemRole)
        return isProblem(index.row());
    const Row &row = m_rows.at(index.row());
    bool stale = false;
    const QString fresh = freshness(row, &stale);
    if (role == StaleRole)
        return stale;
    const int column = index.column();
    if (column >= FirstSetColumn) {
        if (!row.report || !row.report->listed())
            return {};
        const BackupLocationReport &r = *row.report;
        const qsizetype setIndex = r.sets.size() - 1 - (column - FirstSetColumn); // newest first
        if (setIndex < 0)
            return {};
        const BackupSet &set = r.sets.at(setIndex);
        const QString state = setState(r, set);
        switch (role) {
        case Qt::DisplayRole: // "12-03 02:00 ✔ complete, verified": the stamp's date and time, short
            return QString(set.stamp.mid(4, 2) + u'-' + set.stamp.mid(6, 2) + u' ' + set.stamp.mid(9, 2) + u':' + set.stamp.mid(11, 2) + u' ' + state);
        case DisplayText::kUnescapedToolTipRole: {
            QStringList names;
            for (int i : set.files)
                names << r.files.at(i).displayName;
            return tr("Set %1 finished %2 (host clock): %3\n%4")
                .arg(set.stamp, LocaleFormat::dateTimeSeconds(QDateTime::fromSecsSinceEpoch(set.finishedAt)), state, names.join(u'\n'));
        }
        case Qt::ForegroundRole:
            return state.startsWith(u'✖') ? QVariant(StatusColors::text(StatusColors::Tone::Bad)) : QVariant();
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LocationColumn:
            return QString(row.environment + u'/' + row.host + u'/' + row.location.name);
        case FreshnessColumn:
            return fresh;
        case VerifiedColumn: {
            bool failed = false;
            return verifiedSummary(row, &failed);
        }
        default:
            return {};
        }
    case DisplayText::kUnescapedToolTipRole:
        if (column == FreshnessColumn && row.report) // a listing's failure: its whole message, the cell may cut it
            return row.report->listed() ? row.report->freshness : fresh;
        if (column == LocationColumn)
            return row.location.path;
        return {};
    case Qt::BackgroundRole:
        return stale && (column == LocationColumn || column == FreshnessColumn) ? QVariant(StatusColors::background(StatusColors::Tone::Bad)) : QVariant();
    case Qt::ForegroundRole: {
        bool failed = false;
        if (column == VerifiedColumn)
            verifiedSummary(row, &failed);
        return (column == FreshnessColumn && stale) || failed ? QVariant(StatusColors::text(StatusColors::Tone::Bad)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant BackupHostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LocationColumn:
        return tr("Location");
    case FreshnessColumn:
        return tr("Freshness");
    case VerifiedColumn:
        return tr("Verification");
    case FirstSetColumn:
        return tr("Newest set");
    default:
        return tr("Set −%1").arg(section - FirstSetColumn);
    }
}

} // namespace opsdeck
