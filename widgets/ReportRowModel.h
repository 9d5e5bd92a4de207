#pragma once

// The rows of an incident's timeline exactly as the export writes them (TimelineReport): attached
// events, the incident's changes and its notes in strict order. UI thread.

#include "timeline/TimelineReport.h"

#include <QAbstractTableModel>

namespace opsdeck {

class ReportRowModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, TimeColumn, KindColumn, OutcomeColumn, TargetColumn, ActorColumn, SummaryColumn, ColumnCount };

    explicit ReportRowModel(QObject *parent = nullptr);
    void setRows(const QList<TimelineReport::Row> &rows);
    const TimelineReport::Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimelineReport::Row> m_rows;
};

} // namespace opsdeck
