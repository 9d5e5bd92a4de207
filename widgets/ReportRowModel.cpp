#include "ReportRowModel.h"

#include "OutcomeStyle.h"
#include "store/EventKind.h"
#include "support/DisplayText.h"

#include <QBrush>
#include <QGuiApplication>

namespace opsdeck {

ReportRowModel::ReportRowModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportRowModel::setRows(const QList<TimelineReport::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ReportRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TimelineReport::Row &row = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        if (const auto color = OutcomeStyle::color(row.outcome, QGuiApplication::palette()))
            return QBrush(*color);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return DisplayText::toolTip(row.summary);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return QStringLiteral("#%1").arg(row.id);
    case TimeColumn: return row.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case KindColumn: return EventKinds::display(row.kind);
    case OutcomeColumn: return OutcomeStyle::text(row.outcome);
    case TargetColumn: return row.target;
    case ActorColumn: return row.actor;
    case SummaryColumn: return QString(row.summary).replace(u'\n', QStringLiteral(" ⏎ "));
    default: return {};
    }
}

QVariant ReportRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("#");
    case TimeColumn: return tr("Time (UTC)");
    case KindColumn: return tr("Kind");
    case OutcomeColumn: return tr("Outcome");
    case TargetColumn: return tr("Target");
    case ActorColumn: return tr("Actor");
    case SummaryColumn: return tr("Summary");
    default: return {};
    }
}

} // namespace opsdeck
