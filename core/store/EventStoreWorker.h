#pragma once

// Gives the UI thread asynchronous access to an EventStore. The worker and the store live on the
// store thread owned by EventStoreService; requests arrive as queued calls, answers leave as signals.

#include "Event.h"

#include <QObject>

#include <memory>

namespace opsdeck {

class EventStore;

class EventStoreWorker final : public QObject
{
    Q_OBJECT
public:
    explicit EventStoreWorker(QObject *parent = nullptr);
    ~EventStoreWorker() override;

    // Only on the store thread; null while no store is open.
    EventStore *store() const { return m_store.get(); }

public Q_SLOTS:
    void open(const QString &storeArgument);
    void append(const opsdeck::Event &event);
    void fetch(const opsdeck::EventFilter &filter, quint64 requestId);

Q_SIGNALS:
    void opened(const QString &location, int schemaVersion);
    void openFailed(const QString &error);
    void appended(const opsdeck::Event &event);
    void appendFailed(const QString &error);
    void fetched(quint64 requestId, const QList<opsdeck::Event> &events);
    void fetchFailed(quint64 requestId, const QString &error);

private:
    std::unique_ptr<EventStore> m_store;
};

} // namespace opsdeck
