#include "ConfigErrorModel.h"

#include "support/DisplayText.h"

namespace opsdeck {

ConfigErrorModel::ConfigErrorModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConfigErrorModel::setErrors(const ConfigErrors &errors)
{
    beginResetModel();
    m_errors = errors;
    endResetModel();
}

int ConfigErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size());
}

int ConfigErrorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigErrorModel::data(const QModelIndex &index, int role) const
{
    // Tooltips hold stored, host or file text: shown as the text it is (DisplayText::toolTip).
    if (role == Qt::ToolTipRole)
        return DisplayText::toolTip(data(index, DisplayText::kUnescapedToolTipRole).toString());
    if (role == DisplayText::kUnescapedToolTipRole)
        role = Qt::ToolTipRole;
    if (!index.isValid() || index.row() >= m_errors.size())
        return {};
    const ConfigError &error = m_errors.at(index.row());
    if (role == Qt::ToolTipRole)
        return error.toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn: return error.line;
    case ColumnColumn: return error.column;
    case MessageColumn: return error.message;
    default: return {};
    }
}

QVariant ConfigErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case ColumnColumn: return tr("Column");
    case MessageColumn: return tr("Problem");
    default: return {};
    }
}

} // namespace opsdeck
