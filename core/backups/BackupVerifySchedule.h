#pragma once

// Keeps every file of a location with `verify_every` verified at least that often: after each listing
// of a host (BackupMonitor::updated), the files whose newest recorded result is missing or older than
// the period are verified on the host one after another (BackupVerifyRun: recorded, first SHA-256
// compared), at most kPerPass per pass, oldest result first. A pass never overlaps another on the
// same host. Coverage: the share of a location's files whose newest result passed within the period.
// Lives on the UI thread (the SSH engine's and the store service's).

#include "BackupReport.h"
#include "BackupVerifyRun.h"

#include <QObject>
#include <QSet>

namespace opsdeck {

class BackupMonitor;
class EventStoreService;
class SshEngine;

struct BackupCoverage {
    int covered = 0; // regular files whose newest result passed within the period
    int total = 0;   // regular files
};

class BackupVerifySchedule final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPerPass = 50;

    BackupVerifySchedule(BackupMonitor *monitor, SshEngine *ssh, EventStoreService *store, QObject *parent = nullptr);

    void setConfig(const FleetConfig &config);

    // Files of the report that are due now (no result, or the newest older than the period), oldest first.
    static QList<int> due(const BackupLocationReport &report, const QHash<QByteArray, BackupVerifyRun::LastResult> &results,
                          const QDateTime &now);
    static BackupCoverage coverage(const BackupLocationReport &report, const QHash<QByteArray, BackupVerifyRun::LastResult> &results,
                                   const QDateTime &now);

Q_SIGNALS:
    // A scheduled verification of one of the host's files finished (recorded, or why not in the outcome).
    void verified(const QString &host, const opsdeck::BackupVerifyRun::Outcome &outcome);
    void passFinished(const QString &host);

private:
    void hostListed(const QString &host);
    void verifyNext(const QString &host, QList<QPair<BackupLocationReport, int>> queue, quint64 generation);

    BackupMonitor *m_monitor;
    SshEngine *m_ssh;
    EventStoreService *m_store;
    FleetConfig m_config;
    QSet<QString> m_busy;
    quint64 m_generation = 0;
};

} // namespace opsdeck
