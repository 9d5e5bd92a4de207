#pragma once

// The Dashboard's backups roll-up: one button per environment with backup locations, saying at a
// glance how many are stale and how many have an unverified newest set ("production backups: ✖ 1
// stale, ◌ 1 unverified"), or "✔ 3 fresh, verified"; a click asks for the Backups area. Counted by
// BackupFreshness::rollup from the BackupMonitor's reports (judged on verified sets once there are
// any), again after a burst of listings or results (at most every kCoalesceMs) and every 30 s
// (ages grow). UI thread.

#include "config/FleetConfig.h"

#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QTimer;

namespace opsdeck {

class BackupMonitor;

class BackupRollupBar final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 200;

    explicit BackupRollupBar(BackupMonitor *backups, QWidget *parent = nullptr);

    void setConfig(const FleetConfig &config);
    // The environment's button (tests); null when it has no backup locations.
    QPushButton *button(const QString &environment) const;

Q_SIGNALS:
    void backupsRequested(const QString &environment);

private:
    void update();

    BackupMonitor *m_backups;
    FleetConfig m_config;
    QHBoxLayout *m_layout;
    QList<QPushButton *> m_buttons;
    QTimer *m_tick;
    QTimer *m_due; // a recount after listings arrived
};

} // namespace opsdeck
