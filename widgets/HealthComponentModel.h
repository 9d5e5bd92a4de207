#pragma once

// The components of one health verdict (database, redis, diskSpace, etcd …): the drill-down of the
// dashboard. UI thread.

#include "health/HealthVerdict.h"

#include <QAbstractTableModel>

namespace opsdeck {

class HealthComponentModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ComponentColumn, StatusColumn, MessageColumn, ColumnCount };

    explicit HealthComponentModel(QObject *parent = nullptr);
    void setVerdict(const HealthVerdict &verdict);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HealthComponent> m_components;
};

} // namespace opsdeck
