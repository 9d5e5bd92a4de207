#pragma once

// Keeps the backup locations of every host listed: scans each host with backups when the
// configuration arrives and then every `interval` (background requests: a dead host is retried with
// the SSH engine's backoff), and holds the newest report per location. AlertEngine reads it for the
// backup freshness alerts; the window may show it. With a store, each host's recorded verification
// results are read after its listing and again whenever a result is recorded (by any console), and
// the reports are judged on their newest complete and verified set once they have one
// (BackupFreshness). Lives on the UI thread (the SSH engine's).

#include "BackupReport.h"
#include "BackupVerifyRun.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace opsdeck {

class EventStoreService;
class SshEngine;

class BackupMonitor final : public QObject
{
    Q_OBJECT
public:
    explicit BackupMonitor(SshEngine *engine, QObject *parent = nullptr);

    // Before setConfig; null: freshness on complete sets only.
    void setStore(EventStoreService *store);
    void setConfig(const FleetConfig &config);
    void setInterval(Milliseconds interval);
    // Scans every host with backups now (a scan still running for a host is not started twice).
    void refresh();

    QList<BackupLocationReport> reports() const; // in configuration order
    // One host's (a look-up: what listens to updated(host) needs no walk of the fleet).
    QList<BackupLocationReport> reports(const QString &host) const { return m_reports.value(host); }
    // Whether the location is past its RPO now: the age at the listing plus the time since (of the
    // newest complete and verified set when the report is judged on it).
    static bool staleAt(const BackupLocationReport &report, const QDateTime &now, qint64 *ageSecs = nullptr);

Q_SIGNALS:
    // The host's reports changed: a new listing, or new verification results.
    void updated(const QString &host);
    // A new listing of the host (just before its updated()).
    void listed(const QString &host);

private:
    // Reads the host's verification results and publishes its reports judged with them.
    void loadResults(const QString &host, bool afterListing);
    void publish(const QString &host, bool afterListing);

    SshEngine *m_engine;
    EventStoreService *m_store = nullptr;
    FleetConfig m_config;
    QTimer *m_timer;
    QHash<QString, QList<BackupLocationReport>> m_listed;  // host -> its locations as listed
    QHash<QString, QHash<QByteArray, BackupVerifyRun::LastResult>> m_results; // host -> newest result per file
    QHash<QString, QList<BackupLocationReport>> m_reports; // host -> its locations, judged
    QHash<QString, bool> m_scanning;
    quint64 m_generation = 0; // answers of a scan started before the last configuration change are dropped
};

} // namespace opsdeck
