#include "ReleaseGridModel.h"

#include "OverviewFilterProxy.h"

#include "support/DisplayText.h"
#include "StatusColors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

namespace opsdeck {

namespace {
constexpr int kShortText = 64;   // a revision or a reported version, in a tooltip
constexpr int kCellVersion = 12; // a reported version in a cell (a commit's first 12 digits); the tooltip has it whole
constexpr int kLongText = 300;   // an error or a link target from a host

// Host text on one line, without controls, bounded.
QString hostText(const QString &text, int limit)
{
    QString out = DisplayText::plain(text).simplified();
    if (out.size() > limit)
        out = out.left(limit) + u'…';
    return out;
}
} // namespace

ReleaseGridModel::ReleaseGridModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReleaseGridModel::setInventory(const AppReleaseInventory &inventory)
{
    beginResetModel();
    m_inventory = inventory;
    m_releases = inventory.releaseNames();
    m_defaultTarget = inventory.defaultRollbackTarget().value_or(QString());
    m_commonCurrent = inventory.commonCurrent();
    m_health.clear();
    endResetModel();
}

void ReleaseGridModel::setHealthVersion(const QString &host, const HealthVersion &version)
{
    setHealthVersions({{host, version}});
}

void ReleaseGridModel::setHealthVersions(const QHash<QString, HealthVersion> &versions)
{
    if (versions.isEmpty())
        return;
    int first = -1;
    int last = -1;
    for (int c = FirstHostColumn; c < columnCount(); ++c) {
        const auto it = versions.constFind(hostAt(c));
        if (it == versions.cend())
            continue;
        m_health.insert(it.key(), it.value());
        first = first < 0 ? c : first;
        last = c;
    }
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        m_health.insert(it.key(), it.value()); // also hosts without a column yet
    if (first < 0)
        return;
    // From the release column: a row's terms and whether it is a problem follow the health answers.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ReleaseColumn), index(rowCount() - 1, last));
    Q_EMIT headerDataChanged(Qt::Horizontal, first, last);
}

void ReleaseGridModel::clear()
{
    setInventory({});
}

QString ReleaseGridModel::releaseAt(int row) const
{
    return row >= 0 && row < m_releases.size() ? m_releases.at(row) : QString();
}

int ReleaseGridModel::rowOf(const QString &release) const
{
    return int(m_releases.indexOf(release));
}

QString ReleaseGridModel::hostAt(int column) const
{
    const int i = column - FirstHostColumn;
    return i >= 0 && i < m_inventory.hosts.size() ? m_inventory.hosts.at(i).host : QString();
}

ReleaseGridModel::Cell ReleaseGridModel::cell(int row, int column) const
{
    const int i = column - FirstHostColumn;
    if (i < 0 || i >= m_inventory.hosts.size())
        return Cell::Missing;
    const HostReleaseState &h = m_inventory.hosts.at(i);
    if (!h.reached)
        return Cell::NotReached;
    const ReleaseOnHost *r = h.release(releaseAt(row));
    if (!r)
        return Cell::Missing;
    if (h.current == r->name)
        return Cell::Current;
    return r->complete() ? Cell::Present : Cell::Incomplete;
}

bool ReleaseGridModel::healthMatches(const QString &host, const QString &release) const
{
    const auto it = m_health.constFind(host);
    if (it == m_health.cend() || it->reported.isEmpty() || release.isEmpty())
        return false;
    if (it->reported == release)
        return true;
    for (const HostReleaseState &h : m_inventory.hosts) {
        if (h.host != host)
            continue;
        const ReleaseOnHost *r = h.release(release);
        return r && !r->revision.isEmpty() && (r->revision == it->reported || r->revision.startsWith(it->reported));
    }
    return false;
}

bool ReleaseGridModel::isDrift(int row) const
{
    int reached = 0;
    int current = 0;
    for (int c = FirstHostColumn; c < columnCount(); ++c) {
        switch (cell(row, c)) {
        case Cell::Missing:
        case Cell::Incomplete:
            return true;
        case Cell::Current: {
            const auto health = m_health.constFind(hostAt(c));
            if (health != m_health.cend() && !health->reported.isEmpty() && !healthMatches(hostAt(c), releaseAt(row)))
                return true;
            ++current;
            ++reached;
            break;
        }
        case Cell::Present:
            ++reached;
            break;
        case Cell::NotReached:
            break;
        }
    }
    return current > 0 && current < reached;
}

bool ReleaseGridModel::isProblem(int row) const
{
    if (isDrift(row))
        return true;
    if (!m_inventory.markedBad.contains(releaseAt(row)))
        return false;
    for (int c = FirstHostColumn; c < columnCount(); ++c) {
        if (cell(row, c) == Cell::Current)
            return true;
    }
    return false;
}

QStringList ReleaseGridModel::terms(int row) const
{
    const QString release = releaseAt(row);
    QStringList out{m_inventory.environment, m_inventory.app, releaseText(row)};
    QSet<QString> seen;
    auto add = [&](const QString &term) {
        if (!term.isEmpty() && !seen.contains(term)) {
            seen.insert(term);
            out << term;
        }
    };
    for (int c = FirstHostColumn; c < columnCount(); ++c) {
        const HostReleaseState &h = m_inventory.hosts.at(c - FirstHostColumn);
        if (const ReleaseOnHost *r = h.release(release)) {
            add(h.host);
            add(r->revision.left(kShortText));
        }
        // The cell's words: its state, and on the current cell what the health endpoints report.
        add(cellText(row, c));
    }
    if (isDrift(row))
        out << tr("⚠ drift");
    return out;
}

int ReleaseGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_releases.size());
}

int ReleaseGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstHostColumn + int(m_inventory.hosts.size());
}

QString ReleaseGridModel::releaseText(int row) const
{
    const QString name = releaseAt(row);
    QStringList parts{name};
    if (m_inventory.markedBad.contains(name))
        parts << tr("⚑ marked bad");
    if (name == m_defaultTarget)
        parts << tr("↩ default rollback target");
    return parts.join(QStringLiteral("  "));
}

QString ReleaseGridModel::cellText(int row, int column) const
{
    const QString release = releaseAt(row);
    const QString host = hostAt(column);
    QString text;
    switch (cell(row, column)) {
    case Cell::Current:
        text = tr("● current");
        break;
    case Cell::Present:
        text = tr("✔ present");
        break;
    case Cell::Incomplete:
        text = tr("⚠ incomplete");
        break;
    case Cell::Missing:
        text = tr("✖ missing");
        break;
    case Cell::NotReached:
        return tr("? not reached");
    }
    // Beside the release it should match, on a second line: what the host's health endpoints say it runs.
    const auto health = m_health.constFind(host);
    if (health == m_health.cend())
        return text;
    if (cell(row, column) == Cell::Current) {
        if (!health->problem.isEmpty())
            text += tr("\nhealth: ? no answer with a version");
        else if (health->reported.isEmpty())
            text += tr("\nhealth: no version");
        else if (healthMatches(host, release))
            text += tr("\nhealth ✔ reports %1").arg(hostText(health->reported, kCellVersion));
        else
            text += tr("\nhealth ✖ reports %1").arg(hostText(health->reported, kCellVersion));
    } else if (healthMatches(host, release)) {
        text += tr("\n⚠ health reports this release");
    }
    return text;
}

QString ReleaseGridModel::headerText(int column) const
{
    const int i = column - FirstHostColumn;
    const HostReleaseState &h = m_inventory.hosts.at(i);
    if (!h.reached)
        return tr("%1 (✖ not reached)").arg(h.host);
    if (h.current.isEmpty())
        return tr("%1 (✖ current unresolved)").arg(h.host);
    if (m_commonCurrent.isEmpty())
        return tr("%1 (⚠ drift: on %2)").arg(h.host, h.current);
    return h.host;
}

QString ReleaseGridModel::toolTip(int row, int column) const
{
    const QString release = releaseAt(row);
    if (column == ReleaseColumn || column == RevisionColumn) {
        for (const HostReleaseState &h : m_inventory.hosts) {
            if (const ReleaseOnHost *r = h.release(release)) {
                QStringList lines{tr("Release %1").arg(release),
                                  tr("Revision: %1").arg(r->revision.isEmpty() ? tr("(no REVISION file)") : hostText(r->revision, kShortText)),
                                  tr("Deployed: %1").arg(QLocale().toString(r->revisionTime.toLocalTime(), QLocale::ShortFormat)),
                                  tr("%n migration(s)", nullptr, int(r->migrations.size()))};
                if (m_inventory.markedBad.contains(release))
                    lines << tr("Marked bad: not offered as a rollback target until unmarked.");
                return lines.join(u'\n');
            }
        }
        return release;
    }
    const int i = column - FirstHostColumn;
    const HostReleaseState &h = m_inventory.hosts.at(i);
    if (!h.reached)
        return tr("%1 was not reached: %2").arg(h.host, hostText(h.error, kLongText));
    const ReleaseOnHost *r = h.release(release);
    if (!r)
        return tr("%1 is not on %2.").arg(release, h.host);
    QStringList lines{tr("%1 on %2").arg(release, h.host)};
    if (!r->hasRevisionFile)
        lines << tr("No REVISION file: the deploy did not finish.");
    for (const QString &link : r->brokenLinks)
        lines << tr("Broken link: %1").arg(hostText(link, kLongText));
    if (const auto health = m_health.constFind(h.host); health != m_health.cend() && h.current == release) {
        if (!health->problem.isEmpty())
            lines << tr("Health version unknown: %1").arg(hostText(health->problem, kLongText));
        else if (!health->reported.isEmpty())
            lines << tr("Health endpoints report %1").arg(hostText(health->reported, kShortText));
    }
    return lines.join(u'\n');
}

QVariant ReleaseGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const QString release = releaseAt(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == ReleaseColumn)
            return releaseText(row);
        if (column == RevisionColumn) {
            for (const HostReleaseState &h : m_inventory.hosts) {
                if (const ReleaseOnHost *r = h.release(release); r && !r->revision.isEmpty())
                    return hostText(r->revision.left(8), kShortText);
            }
            return QString();
        }
        return cellText(row, column);
    case Qt::ToolTipRole:
        return DisplayText::toolTip(toolTip(row, column));
    case OverviewFilterProxy::TermsRole:
        return terms(row);
    case OverviewFilterProxy::ProblemRole:
        return isProblem(row);
    case DisplayText::kUnescapedToolTipRole:
        return toolTip(row, column);
    case ReleaseRole:
        return release;
    case CellRole:
        return column >= FirstHostColumn ? QVariant(int(cell(row, column))) : QVariant();
    case Qt::FontRole:
        if ((column >= FirstHostColumn && cell(row, column) == Cell::Current) || (column == ReleaseColumn && release == m_commonCurrent)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (column < FirstHostColumn)
            return {};
        switch (cell(row, column)) {
        case Cell::Current: return QBrush(StatusColors::background(StatusColors::Tone::Good));
        case Cell::Missing:
        case Cell::Incomplete: return QBrush(StatusColors::background(StatusColors::Tone::Warning));
        case Cell::NotReached: return QBrush(StatusColors::background(StatusColors::Tone::Muted));
        case Cell::Present: return {};
        }
        return {};
    case Qt::ForegroundRole:
        if (column == ReleaseColumn && m_inventory.markedBad.contains(release))
            return QBrush(StatusColors::text(StatusColors::Tone::Bad));
        return {};
    default:
        return {};
    }
}

QVariant ReleaseGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    if (section == ReleaseColumn)
        return tr("Release");
    if (section == RevisionColumn)
        return tr("Revision");
    const QString text = headerText(section);
    if (role == Qt::ToolTipRole) {
        const HostReleaseState &h = m_inventory.hosts.at(section - FirstHostColumn);
        return DisplayText::toolTip(h.reached ? tr("%1: current → %2").arg(h.host, hostText(h.currentTarget, kLongText))
                                              : tr("%1: %2").arg(h.host, hostText(h.error, kLongText)));
    }
    return text;
}

} // namespace opsdeck
