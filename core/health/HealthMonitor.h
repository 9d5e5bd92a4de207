#pragma once

// Polls every configured health endpoint on its own interval: one scheduler (a min-heap, one timer)
// for any number of endpoints, at most one request in flight per endpoint (a round that would start
// while the previous one still runs is skipped, so a hanging endpoint never piles up or delays the
// others), a debouncing state machine per endpoint, and one HttpClient whose kept-alive connections
// carry the checks. Lives on the health thread owned by
// HealthService; talk to it with queued calls.

#include "HealthEndpoint.h"
#include "HealthStateMachine.h"
#include "HttpClient.h"

#include <QHash>
#include <QObject>

#include <queue>
#include <vector>

class QTimer;

namespace opsdeck {

class HealthMonitor final : public QObject
{
    Q_OBJECT
public:
    explicit HealthMonitor(QObject *parent = nullptr);
    ~HealthMonitor() override;

    static QList<HealthEndpoint> endpointsOf(const FleetConfig &config);

    void setEndpoints(const QList<HealthEndpoint> &endpoints, int threshold);
    void checkNow(); // every endpoint once, now (those in flight excepted)

    qint64 checksStarted() const { return m_started; }
    qint64 roundsSkipped() const { return m_skipped; }

Q_SIGNALS:
    void verdict(const opsdeck::HealthSnapshot &snapshot);
    void transitioned(const opsdeck::HealthSnapshot &snapshot, opsdeck::HealthStatus from, bool initial);

private:
    struct Entry {
        HealthEndpoint endpoint;
        HealthStateMachine machine;
        HttpRequest request;    // built once from the endpoint
        bool inFlight = false;
        quint64 generation = 0; // bumped when the endpoint is replaced, to drop stale answers
    };
    struct Due {
        qint64 at;
        QString id;
        quint64 generation;
        bool operator>(const Due &other) const { return at > other.at; }
    };
    void schedule(const QString &id, qint64 at);
    void armTimer();
    void fire();
    void start(Entry &entry);

    HttpClient *m_http; // one keep-alive client per monitor: its connections live on this thread
    QTimer *m_timer;
    QHash<QString, Entry> m_entries;
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_queue;
    int m_threshold = 2;
    qint64 m_started = 0;
    qint64 m_skipped = 0;
};

} // namespace opsdeck
