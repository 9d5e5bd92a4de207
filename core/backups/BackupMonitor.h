#pragma once

// Keeps the backup locations of every host listed: scans each host with backups when the
// configuration arrives and then every `interval` (background requests: a dead host is retried with
// the SSH engine's backoff), and holds the newest report per location. AlertEngine reads it for the
// backup freshness alerts; the window may show it. Lives on the UI thread (the SSH engine's).

#include "BackupReport.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace opsdeck {

class SshEngine;

class BackupMonitor final : public QObject
{
    Q_OBJECT
public:
    explicit BackupMonitor(SshEngine *engine, QObject *parent = nullptr);

    void setConfig(const FleetConfig &config);
    void setInterval(Milliseconds interval);
    // Scans every host with backups now (a scan still running for a host is not started twice).
    void refresh();

    QList<BackupLocationReport> reports() const; // in configuration order
    // Whether the location is past its RPO now: the age at the listing plus the time since.
    static bool staleAt(const BackupLocationReport &report, const QDateTime &now, qint64 *ageSecs = nullptr);

Q_SIGNALS:
    void updated(const QString &host);

private:
    SshEngine *m_engine;
    FleetConfig m_config;
    QTimer *m_timer;
    QHash<QString, QList<BackupLocationReport>> m_reports; // host -> its locations
    QHash<QString, bool> m_scanning;
    quint64 m_generation = 0; // answers of a scan started before the last configuration change are dropped
};

} // namespace opsdeck
