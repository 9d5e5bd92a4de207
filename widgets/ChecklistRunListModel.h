#pragma once

// The checklist runs of the store, newest first, with their status at the time they were set (the
// panel sets them again when a run changes or a minute passes, so "expired" shows up). UI thread.

#include "checklist/ChecklistRun.h"

#include <QAbstractTableModel>

namespace opsdeck {

class ChecklistRunListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ReleaseColumn, ChecklistColumn, StatusColumn, ProgressColumn, StartedColumn, RunColumn, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1 };

    explicit ChecklistRunListModel(QObject *parent = nullptr);

    void setRuns(const QList<ChecklistRun> &runs, const QDateTime &now);
    const ChecklistRun &run(int row) const { return m_runs.at(row); }
    int rowOf(const QString &runId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ChecklistRun> m_runs;
    QDateTime m_now;
};

} // namespace opsdeck
