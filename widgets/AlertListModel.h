#pragma once

// The active alerts, critical first: severity (icon + text + colour), what, why, cause, since,
// acknowledged by. UI thread.

#include "alerts/Alert.h"

#include <QAbstractTableModel>

namespace opsdeck {

class AlertListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, TitleColumn, DetailColumn, CauseColumn, SinceColumn, AcknowledgedColumn, ColumnCount };

    explicit AlertListModel(QObject *parent = nullptr);
    void setAlerts(const QList<Alert> &alerts);
    const Alert &alertAt(int row) const { return m_alerts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Alert> m_alerts;
};

} // namespace opsdeck
