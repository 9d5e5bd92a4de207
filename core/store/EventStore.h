#pragma once

// What every store backend offers (SQLite today, PostgreSQL for teams). Callers never see SQL or the
// backend type. An instance belongs to the thread that opened it (QtSql and libpq connections are
// not shared between threads); the EventStoreWorker gives the UI asynchronous access.

#include "Event.h"

#include <QString>

#include <chrono>
#include <optional>

namespace opsdeck {

template<typename T>
struct StoreResult {
    std::optional<T> value;
    QString error; // set when value is empty

    static StoreResult success(T v) { return {std::move(v), {}}; }
    static StoreResult failure(QString message) { return {std::nullopt, std::move(message)}; }
    explicit operator bool() const { return value.has_value(); }
};

class EventStore
{
public:
    virtual ~EventStore() = default;

    // "sqlite:///home/ann/.local/share/opsdeck/opsdeck.db" — never contains a password.
    virtual QString location() const = 0;
    virtual int schemaVersion() const = 0;
    // Stores the event with the store's time and actor; returns the stored event.
    virtual StoreResult<Event> append(const Event &event) = 0;
    // Oldest first, at most filter.limit events.
    virtual StoreResult<QList<Event>> events(const EventFilter &filter) = 0;

    // Takes the lock unless another console holds an unexpired one (then returns that one). Taking a
    // lock this console already holds renews it.
    virtual StoreResult<LockAttempt> acquireLock(const QString &target, const QString &console, const QString &reason,
                                                 std::chrono::milliseconds ttl) = 0;
    virtual StoreResult<bool> releaseLock(const QString &target, const QString &console) = 0;
    virtual StoreResult<QList<ActionLock>> locks() = 0; // unexpired ones
};

} // namespace opsdeck
