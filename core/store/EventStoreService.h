#pragma once

// Owns the store thread and its EventStoreWorker; the UI's single door to the store. Lives on the
// UI thread. Shutdown is deterministic: the destructor stops the thread after the worker (and with
// it the database connection) is destroyed on that thread.

#include "Event.h"
#include "EventStore.h"

#include <QFuture>

#include <QObject>
#include <QThread>

namespace opsdeck {

class EventStoreWorker;

class EventStoreService final : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open, Failed };
    Q_ENUM(State)

    explicit EventStoreService(QObject *parent = nullptr);
    ~EventStoreService() override;

    void open(const QString &storeArgument);
    void append(const Event &event);
    quint64 fetch(const EventFilter &filter);

    // Futures for work that must know the outcome (a guarded action may not start unrecorded).
    // Every one fails cleanly when no store is open. A successful record() also emits appended().
    QFuture<StoreResult<Event>> record(const Event &event);
    QFuture<StoreResult<LockAttempt>> acquireLock(const QString &target, const QString &reason,
                                                  std::chrono::milliseconds ttl);
    QFuture<StoreResult<bool>> releaseLock(const QString &target);
    QFuture<StoreResult<QList<ActionLock>>> locks();
    // This console among all consoles of the store: "hostname:pid".
    static QString consoleId();

    State state() const { return m_state; }
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void stateChanged(opsdeck::EventStoreService::State state);
    void appended(const opsdeck::Event &event);
    void appendFailed(const QString &error);
    void fetched(quint64 requestId, const QList<opsdeck::Event> &events);
    void fetchFailed(quint64 requestId, const QString &error);

private:
    void setState(State state);
    template<typename R>
    QFuture<StoreResult<R>> call(std::function<StoreResult<R>(EventStore &)> job);

    QThread m_thread;
    EventStoreWorker *m_worker = nullptr; // owned by m_thread's finished() -> deleteLater()
    State m_state = State::Closed;
    QString m_location;
    QString m_lastError;
    int m_schemaVersion = 0;
    quint64 m_nextRequest = 1;
};

} // namespace opsdeck
