#pragma once

// The hosts of one environment, each with a check box: which hosts a checklist run covers. Keeps the
// order it is given (the configuration's). UI thread.

#include <QAbstractListModel>
#include <QSet>
#include <QStringList>

namespace opsdeck {

class HostChoiceModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit HostChoiceModel(QObject *parent = nullptr);

    // checked hosts that are not in hosts are dropped.
    void setHosts(const QStringList &hosts, const QStringList &checked);
    const QStringList &hosts() const { return m_hosts; }
    QStringList checkedHosts() const; // in the model's order
    bool allChecked() const { return !m_hosts.isEmpty() && m_checked.size() == m_hosts.size(); }
    void setChecked(int row, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QStringList m_hosts;
    QSet<QString> m_checked;
};

} // namespace opsdeck
