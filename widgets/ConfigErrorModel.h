#pragma once

// The errors of the last rejected configuration file, one row each. UI thread.

#include "config/ConfigError.h"

#include <QAbstractTableModel>

namespace opsdeck {

class ConfigErrorModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, ColumnColumn, MessageColumn, ColumnCount };

    explicit ConfigErrorModel(QObject *parent = nullptr);

    void setErrors(const ConfigErrors &errors);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ConfigErrors m_errors;
};

} // namespace opsdeck
