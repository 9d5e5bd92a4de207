#pragma once

// The Alerts area: every active alert, critical first, with Acknowledge. New critical alerts that no
// other alert explains also raise a tray notification when the desktop has a tray. UI thread.

#include <QWidget>

class QPushButton;
class QSystemTrayIcon;
class QTableView;

namespace opsdeck {

class AlertEngine;
class AlertListModel;

class AlertsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPanel(AlertEngine *engine, QWidget *parent = nullptr);

    AlertListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void countChanged(int critical, int total);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    AlertEngine *m_engine;
    AlertListModel *m_model;
    QTableView *m_table;
    QPushButton *m_acknowledge;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace opsdeck
