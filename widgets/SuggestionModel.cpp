#include "SuggestionModel.h"

#include "store/EventKind.h"
#include "timeline/TimelineReport.h"
#include "support/DisplayText.h"

namespace opsdeck {

SuggestionModel::SuggestionModel(QObject *parent) : QAbstractTableModel(parent) {}

void SuggestionModel::setSuggestions(const QList<IncidentSuggestion> &suggestions)
{
    beginResetModel();
    m_suggestions = suggestions;
    endResetModel();
}

int SuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

int SuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_suggestions.size())
        return {};
    const IncidentSuggestion &s = m_suggestions.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return DisplayText::toolTip(s.event.summary);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return s.event.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case KindColumn: return EventKinds::display(s.event.kind);
    case TargetColumn: return TimelineReport::target(s.event);
    case SummaryColumn: return s.event.summary;
    case WhyColumn: return s.reasons.join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AttachColumn: return QString();
    case TimeColumn: return tr("Time (UTC)");
    case KindColumn: return tr("Kind");
    case TargetColumn: return tr("Target");
    case SummaryColumn: return tr("Summary");
    case WhyColumn: return tr("Why suggested");
    default: return {};
    }
}

} // namespace opsdeck
