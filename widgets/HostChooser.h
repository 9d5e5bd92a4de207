#pragma once

// Which hosts of an environment: a checkable list with All and None (which act on the hosts the
// filter shows; the filter appears when there are many hosts) and a count. Used where a checklist
// run is started or its plan changed. UI thread.

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace opsdeck {

class HostChoiceModel;

class HostChooser final : public QWidget
{
    Q_OBJECT
public:
    explicit HostChooser(QWidget *parent = nullptr);

    void setHosts(const QStringList &hosts, const QStringList &checked);
    QStringList checkedHosts() const;

    HostChoiceModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QPushButton *allButton() const { return m_all; }
    QPushButton *noneButton() const { return m_none; }
    QLabel *countLabel() const { return m_count; }

Q_SIGNALS:
    void checkedChanged();

private:
    void checkShown(bool checked);
    void updateCount();

    HostChoiceModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QLineEdit *m_filter;
    QListView *m_list;
    QPushButton *m_all;
    QPushButton *m_none;
    QLabel *m_count;
};

} // namespace opsdeck
