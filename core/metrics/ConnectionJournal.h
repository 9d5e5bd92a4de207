#pragma once

// Writes the hosts' SSH connections to the event log as summaries, never one event per host: one
// "ssh.connected" when a configuration's first connection wave settles ("1,000 hosts connected in
// 14.2 s"), one "ssh.reconnected" when a blip that dropped several connected hosts settles
// (ConnectionWave). Fed by HostMetricsPoller's confirmed reachability; checks every second whether a
// wave passed its limit. Lives on the UI thread.

#include "ConnectionWave.h"
#include "config/FleetConfig.h"
#include "store/Event.h"

#include <QObject>

class QTimer;

namespace opsdeck {

class EventStoreService;
class HostMetricsPoller;

class ConnectionJournal final : public QObject
{
    Q_OBJECT
public:
    ConnectionJournal(HostMetricsPoller *metrics, EventStoreService *store, QObject *parent = nullptr);

    void setConfig(const FleetConfig &config);

    // The event a summary is written as (public for tests and the timeline's wording).
    static Event eventOf(const ConnectionSummary &summary, const QString &environment);

Q_SIGNALS:
    void summarised(const opsdeck::ConnectionSummary &summary);

private:
    void flush();

    HostMetricsPoller *m_metrics;
    EventStoreService *m_store;
    QTimer *m_tick;
    ConnectionWave m_wave;
    QString m_environment; // the one environment of every host, or empty
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::ConnectionSummary)
