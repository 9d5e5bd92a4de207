#pragma once

// The Alerts area: every active alert, critical first, with Acknowledge. (Tray notifications of new
// critical alerts: TrayStatus.) UI thread.

#include <QWidget>

class QPushButton;
class QTableView;

namespace opsdeck {

class AlertEngine;
class AlertListModel;
class ColumnFitter;

class AlertsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPanel(AlertEngine *engine, QWidget *parent = nullptr);

    AlertListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Selects the alert with this key; false when it is no longer active.
    bool selectAlert(const QString &key);

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
    ColumnFitter *m_fitColumns = nullptr;
    QPushButton *m_acknowledge;
};

} // namespace opsdeck
