#include "EventStoreWorker.h"

#include "EventStoreFactory.h"

#include <QCoreApplication>

namespace opsdeck {

EventStoreWorker::EventStoreWorker(QObject *parent) : QObject(parent) {}

EventStoreWorker::~EventStoreWorker() = default;

void EventStoreWorker::open(const QString &storeArgument)
{
    m_store.reset();
    auto opened = EventStoreFactory::open(StoreLocation::parse(storeArgument));
    if (!opened) {
        Q_EMIT openFailed(opened.error);
        return;
    }
    m_store = std::move(*opened.value);
    Q_EMIT this->opened(m_store->location(), m_store->schemaVersion());
}

void EventStoreWorker::append(const Event &event)
{
    if (!m_store) {
        Q_EMIT appendFailed(QCoreApplication::translate("EventStoreWorker", "no store is open"));
        return;
    }
    auto stored = m_store->append(event);
    if (stored)
        Q_EMIT appended(*stored.value);
    else
        Q_EMIT appendFailed(stored.error);
}

void EventStoreWorker::fetch(const EventFilter &filter, quint64 requestId)
{
    if (!m_store) {
        Q_EMIT fetchFailed(requestId, QCoreApplication::translate("EventStoreWorker", "no store is open"));
        return;
    }
    auto events = m_store->events(filter);
    if (events)
        Q_EMIT fetched(requestId, *events.value);
    else
        Q_EMIT fetchFailed(requestId, events.error);
}

} // namespace opsdeck
