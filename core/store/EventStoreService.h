#pragma once

// Owns the store thread and its EventStoreWorker; the UI's single door to the store. Lives on the
// UI thread. Shutdown is deterministic: the destructor stops the thread after the worker (and with
// it the database connection) is destroyed on that thread.

#include "Event.h"
#include "EventStore.h"

#include <QFuture>
#include <QPromise>

#include <QObject>
#include <QThread>

namespace opsdeck {

class EventStoreWorker;

class EventStoreService final : public QObject
{
    Q_OBJECT
public:
    // Offline: a team store that was open lost its connection; the console reconnects by itself and
    // events that may wait go to the outbox meanwhile (pendingSync()).
    enum class State { Closed, Opening, Open, Offline, Failed };
    Q_ENUM(State)

    explicit EventStoreService(QObject *parent = nullptr);
    ~EventStoreService() override;

    void open(const QString &storeArgument);
    // Fire and forget: may wait in the outbox while a team store is unreachable (emitted as pending).
    void append(const Event &event);
    quint64 fetch(const EventFilter &filter);

    // Futures for work that must know the outcome (a guarded action may not start unrecorded).
    // Every one fails cleanly when no store is open. record() never uses the outbox: it fails while
    // the store cannot record the event. A successful record() also emits appended().
    QFuture<StoreResult<Event>> record(const Event &event);
    QFuture<StoreResult<QList<Event>>> query(const EventFilter &filter);
    QFuture<StoreResult<LockAttempt>> acquireLock(const QString &target, const QString &reason,
                                                  std::chrono::milliseconds ttl);
    QFuture<StoreResult<LockAttempt>> renewLock(const QString &target, std::chrono::milliseconds ttl);
    QFuture<StoreResult<bool>> releaseLock(const QString &target);
    // A set of this console's locks, each call one transaction (EventStore::acquireLocks: all or none).
    QFuture<StoreResult<LockSetAttempt>> acquireLocks(const QStringList &targets, const QString &reason,
                                                      std::chrono::milliseconds ttl);
    QFuture<StoreResult<QList<LockAttempt>>> renewLocks(const QStringList &targets, std::chrono::milliseconds ttl);
    QFuture<StoreResult<int>> releaseLocks(const QStringList &targets);
    QFuture<StoreResult<Event>> breakLock(const QString &target, const QString &reason);
    QFuture<StoreResult<QList<ActionLock>>> locks();
    // Any blocking work over the open store (a checklist ledger, say), run on the store thread.
    template<typename R>
    QFuture<StoreResult<R>> submit(std::function<StoreResult<R>(EventStore &)> job)
    {
        auto promise = std::make_shared<QPromise<StoreResult<R>>>();
        promise->start();
        QFuture<StoreResult<R>> future = promise->future();
        dispatch([job = std::move(job), promise](EventStore *store) {
            StoreResult<R> result = store ? job(*store) : StoreResult<R>::failure(noStoreMessage());
            const QString unavailable = !result && result.unavailable ? result.error : QString();
            promise->addResult(std::move(result));
            promise->finish();
            return unavailable;
        });
        return future;
    }
    // This console instance among all consoles of the store: "hostname#" and 64 random bits, drawn
    // once per process (hostname:pid was not unique: two containers with PID 1 and one hostname).
    static QString consoleId();

    State state() const { return m_state; }
    // Who this console acts as in the store (valid once open).
    StoreIdentity identity() const { return m_identity; }
    int pendingSync() const { return m_pendingSync; }
    // A team store whose notifications do not arrive (LISTEN behind a transaction-pooling PgBouncer):
    // other consoles' events come only by polling (every 2 s); why says what was found.
    bool updatesOnlyByPolling() const { return m_pollingOnly; }
    QString pollingReason() const { return m_pollingReason; }
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void stateChanged(opsdeck::EventStoreService::State state);
    // Once per stored event, whoever wrote it (this console or another), in id order per source; an
    // event queued in the outbox first arrives with pending = true and again, stored, with the same
    // key once the store confirmed it.
    void appended(const opsdeck::Event &event);
    void pendingSyncChanged(int pending);
    // Roles were granted to or revoked from this console's login while it was connected.
    void identityChanged(const opsdeck::StoreIdentity &identity);
    void liveUpdatesChanged(bool onlyByPolling);
    void appendFailed(const QString &error);
    void fetched(quint64 requestId, const QList<opsdeck::Event> &events);
    void fetchFailed(quint64 requestId, const QString &error);

private:
    void setState(State state);
    template<typename R>
    QFuture<StoreResult<R>> call(std::function<StoreResult<R>(EventStore &)> job) { return submit<R>(std::move(job)); }
    // Runs job on the store thread with the open store (null when none); a non-empty answer means the
    // store was found unreachable.
    void dispatch(std::function<QString(EventStore *store)> job);
    static QString noStoreMessage();

    QThread m_thread;
    EventStoreWorker *m_worker = nullptr; // owned by m_thread's finished() -> deleteLater()
    State m_state = State::Closed;
    QString m_location;
    QString m_lastError;
    int m_schemaVersion = 0;
    int m_pendingSync = 0;
    bool m_pollingOnly = false;
    QString m_pollingReason;
    StoreIdentity m_identity;
    quint64 m_nextRequest = 1;
};

} // namespace opsdeck
