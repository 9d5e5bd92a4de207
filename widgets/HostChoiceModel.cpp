#include "HostChoiceModel.h"

namespace opsdeck {

HostChoiceModel::HostChoiceModel(QObject *parent) : QAbstractListModel(parent) {}

void HostChoiceModel::setHosts(const QStringList &hosts, const QStringList &checked)
{
    beginResetModel();
    m_hosts = hosts;
    m_checked.clear();
    for (const QString &host : checked) {
        if (hosts.contains(host))
            m_checked.insert(host);
    }
    endResetModel();
    Q_EMIT checkedChanged();
}

QStringList HostChoiceModel::checkedHosts() const
{
    QStringList out;
    for (const QString &host : m_hosts) {
        if (m_checked.contains(host))
            out << host;
    }
    return out;
}

void HostChoiceModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= m_hosts.size() || m_checked.contains(m_hosts.at(row)) == checked)
        return;
    if (checked)
        m_checked.insert(m_hosts.at(row));
    else
        m_checked.remove(m_hosts.at(row));
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int HostChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

QVariant HostChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &host = m_hosts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return host;
    case Qt::CheckStateRole: return m_checked.contains(host) ? Qt::Checked : Qt::Unchecked;
    default: return {};
    }
}

bool HostChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags HostChoiceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace opsdeck
