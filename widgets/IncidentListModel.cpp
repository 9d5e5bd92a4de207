#include "IncidentListModel.h"

#include "timeline/TimelineReport.h"
#include "support/DisplayText.h"
#include "StatusColors.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace opsdeck {

IncidentListModel::IncidentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void IncidentListModel::setIncidents(const QList<Incident> &incidents)
{
    // Same incidents in the same order (the usual case when something changed inside one): update
    // in place so the view keeps its selection and scroll position.
    const bool sameRows = incidents.size() == m_incidents.size()
                          && std::equal(incidents.cbegin(), incidents.cend(), m_incidents.cbegin(),
                                        [](const Incident &a, const Incident &b) { return a.id == b.id; });
    if (sameRows) {
        m_incidents = incidents;
        if (!m_incidents.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_incidents.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_incidents = incidents;
    endResetModel();
}

int IncidentListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_incidents.size(); ++row) {
        if (m_incidents.at(row).id == id)
            return row;
    }
    return -1;
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentListModel::stateText(IncidentState state)
{
    switch (state) {
    case IncidentState::Open: return tr("● open");
    case IncidentState::Mitigated: return tr("◐ mitigated");
    case IncidentState::Resolved: return tr("✔ resolved");
    }
    return {};
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_incidents.size())
        return {};
    const Incident &incident = m_incidents.at(index.row());
    if (role == IncidentIdRole)
        return incident.id;
    if (role == Qt::ForegroundRole) {
        if (index.column() == StateColumn) {
            switch (incident.state) {
            case IncidentState::Open: return QBrush(StatusColors::text(StatusColors::Tone::Bad));
            case IncidentState::Mitigated: return QBrush(StatusColors::text(StatusColors::Tone::Warning));
            case IncidentState::Resolved: return QBrush(StatusColors::text(StatusColors::Tone::Good));
            }
        }
        return {};
    }
    if (role == Qt::FontRole && index.column() == SeverityColumn && (incident.severity == QLatin1String("sev1"))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return DisplayText::toolTip(incident.title);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return QStringLiteral("#%1").arg(incident.id);
    case SeverityColumn: return incident.severity.toUpper();
    case StateColumn: return stateText(incident.state);
    case TitleColumn: return incident.title;
    case OpenedColumn:
        return tr("%1 by %2").arg(incident.openedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), incident.openedBy);
    case AttachedColumn: return int(incident.attached.size());
    default: return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("#");
    case SeverityColumn: return tr("Severity");
    case StateColumn: return tr("State");
    case TitleColumn: return tr("Title");
    case OpenedColumn: return tr("Opened (UTC)");
    case AttachedColumn: return tr("Events");
    default: return {};
    }
}

} // namespace opsdeck
