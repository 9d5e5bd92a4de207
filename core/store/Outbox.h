#pragma once

// The durable local queue for events a team store could not take (PostgreSQL unreachable). One
// SQLite file per team store, private to the user, synchronous=FULL: an event accepted here survives
// a crash. Each event keeps its idempotency key, so a replay after an in-doubt commit is reconciled by
// the store (the key is already there) and never stored twice. Lives on the store thread.

#include "EventStore.h"

#include <memory>

namespace opsdeck {

class Outbox
{
public:
    ~Outbox();
    // The outbox of one team store, under the user's data directory.
    static QString pathFor(const QString &storeLocation);
    static StoreResult<std::unique_ptr<Outbox>> open(const QString &path);

    StoreResult<bool> put(const Event &event); // event.key must be set; the same key twice is kept once
    StoreResult<QList<Event>> pending(int limit = 500); // oldest first, marked pending
    StoreResult<bool> remove(const QString &key);
    int count() const { return m_count; }
    QString path() const { return m_path; }

private:
    Outbox(QString connectionName, QString path);
    void recount();

    QString m_connectionName;
    QString m_path;
    int m_count = 0;
};

} // namespace opsdeck
