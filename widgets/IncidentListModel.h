#pragma once

// The incidents, newest first: id, severity, state (word and symbol, not only colour), title, when
// and by whom opened, how many events are attached. UI thread.

#include "timeline/Incident.h"

#include <QAbstractTableModel>

namespace opsdeck {

class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, SeverityColumn, StateColumn, TitleColumn, OpenedColumn, AttachedColumn, ColumnCount };
    enum Role { IncidentIdRole = Qt::UserRole + 1 };

    explicit IncidentListModel(QObject *parent = nullptr);
    void setIncidents(const QList<Incident> &incidents);
    const Incident &incidentAt(int row) const { return m_incidents.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(IncidentState state); // "● open", "◐ mitigated", "✔ resolved"

private:
    QList<Incident> m_incidents;
};

} // namespace opsdeck
