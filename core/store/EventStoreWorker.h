#pragma once

// Gives the UI thread asynchronous access to an EventStore. The worker and the store live on the
// store thread owned by EventStoreService; requests arrive as queued calls, answers leave as signals.
//
// It also keeps the console live and loses nothing:
//  - the live feed: every event any console stores is emitted once as appended(), in id order —
//    woken by the store's notifications (PostgreSQL LISTEN) or by polling latestId() (SQLite), and
//    caught up by id after a reconnect and on a timer (a safety net), so nothing is missed and nothing
//    doubled. After every LISTEN a probe checks that notifications really arrive; when they do not
//    (a transaction-pooling PgBouncer), updates come by polling every 2 s and liveUpdatesChanged says so;
//  - the outbox: while a team store is unreachable, events that may wait are kept in a durable local
//    outbox, emitted as pending, and replayed by key once the store is back. Work that must be
//    recorded before it starts (appendNow with allowOutbox = false) fails instead.

#include "Event.h"
#include "EventStore.h"

#include <QObject>
#include <QSet>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace opsdeck {

class Outbox;

class EventStoreWorker final : public QObject
{
    Q_OBJECT
public:
    explicit EventStoreWorker(QObject *parent = nullptr);
    ~EventStoreWorker() override;

    // Only on the store thread; null while no store is open.
    EventStore *store() const { return m_store.get(); }
    // Only on the store thread: stores the event (or, when allowed and the store is unreachable,
    // queues it in the outbox and returns it marked pending) and emits appended() once.
    StoreResult<Event> appendNow(const Event &event, bool allowOutbox);
    // Only on the store thread: called after any store call that reported the store unreachable.
    void noteUnavailable(const QString &error);
    // Only on the store thread: after any store call, picks up notifications received meanwhile.
    void drainNotifications();

public Q_SLOTS:
    void open(const QString &storeArgument);
    void append(const opsdeck::Event &event);
    void fetch(const opsdeck::EventFilter &filter, quint64 requestId);
    void pollFeed();

Q_SIGNALS:
    void opened(const QString &location, int schemaVersion, const opsdeck::StoreIdentity &identity);
    void openFailed(const QString &error);
    void appended(const opsdeck::Event &event);
    void appendFailed(const QString &error);
    void fetched(quint64 requestId, const QList<opsdeck::Event> &events);
    void fetchFailed(quint64 requestId, const QString &error);
    void connectionChanged(bool connected, const QString &error);
    void identityChanged(const opsdeck::StoreIdentity &identity);
    void pendingSyncChanged(int pending);
    // pollingOnly: the store's notifications do not arrive (why), updates come only by polling.
    void liveUpdatesChanged(bool pollingOnly, const QString &why);

private:
    void startFeed();
    void watchNotifications();
    void tryReconnect();
    void replayOutbox();
    void refreshIdentity();
    void probeNotifications();
    void checkProbe(bool final);
    void setPollingOnly(bool pollingOnly, const QString &why);

    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<Outbox> m_outbox; // team stores only
    qint64 m_lastSeen = 0;            // the live feed's cursor
    QSet<qint64> m_ownDelivered;      // ids already emitted by appendNow, skipped once by the feed
    QTimer *m_pollTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_probeTimer = nullptr;   // running while a notification probe is awaited
    bool m_pollingOnly = false;
    QSocketNotifier *m_notifier = nullptr;
    int m_backoffMs = 0;
    bool m_connected = true;
};

} // namespace opsdeck
