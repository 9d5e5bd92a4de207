#pragma once

// The tray icon: its menu says how many services fail, warn, are unknown, have no data and pass
// (live, from the Dashboard's counts) and opens the window; a new critical alert that no other alert
// explains raises a notification, and clicking it opens the Alerts area with that alert selected.
// The icon is shown only where the desktop has a tray; the menu and the notifications' bookkeeping
// exist either way. UI thread.

#include "HealthTreeModel.h"

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace opsdeck {

class AlertEngine;

class TrayStatus final : public QObject
{
    Q_OBJECT
public:
    TrayStatus(AlertEngine *alerts, HealthTreeModel *health, QObject *parent = nullptr);
    ~TrayStatus() override;

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu.get(); }
    QAction *countsAction() const { return m_counts; }
    QString notifiedAlert() const { return m_notified; } // the key of the last notification's alert
    // "3 failing, 2 warning, 40 passing"; "no services" when there are none.
    static QString countsText(const std::array<int, HealthTreeModel::StateCount> &services); // by int(State)

Q_SIGNALS:
    void openRequested();
    void alertRequested(const QString &key); // a notification was clicked

private:
    void updateCounts();

    AlertEngine *m_alerts;
    HealthTreeModel *m_health;
    std::unique_ptr<QMenu> m_menu; // a QMenu has no QObject parent here: the tray holds no widget
    QAction *m_counts;
    QAction *m_open;
    QSystemTrayIcon *m_icon;
    QString m_notified;
};

} // namespace opsdeck
