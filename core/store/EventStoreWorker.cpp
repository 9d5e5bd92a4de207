#include "EventStoreWorker.h"

#include "EventStoreFactory.h"
#include "Outbox.h"
#include "store/EventKind.h"

#include "../support/LogCategories.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <QUuid>

namespace opsdeck {

namespace {
constexpr int pollIntervalMs = 500;         // stores without notifications (SQLite): well within 1 s
constexpr int safetyPollIntervalMs = 10000; // stores with notifications: a backstop, never the path
constexpr int fallbackPollIntervalMs = 2000; // a team store whose notifications do not arrive
constexpr int probeTimeoutMs = 3000;        // a notification probe not back by then is lost
constexpr int maxBackoffMs = 10000;
} // namespace

EventStoreWorker::EventStoreWorker(QObject *parent) : QObject(parent) {}

EventStoreWorker::~EventStoreWorker() = default;

void EventStoreWorker::open(const QString &storeArgument)
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_probeTimer)
        m_probeTimer->stop();
    setPollingOnly(false, QString());
    m_store.reset();
    m_outbox.reset();
    m_ownDelivered.clear();
    const StoreLocation location = StoreLocation::parse(storeArgument);
    auto opened = EventStoreFactory::open(location, true);
    if (!opened) {
        Q_EMIT openFailed(opened.error);
        return;
    }
    m_store = std::move(*opened.value);
    if (location.backend == StoreLocation::Backend::PostgreSql) {
        auto outbox = Outbox::open(Outbox::pathFor(m_store->location()));
        if (!outbox) {
            m_store.reset();
            Q_EMIT openFailed(outbox.error);
            return;
        }
        m_outbox = std::move(*outbox.value);
    }
    const auto latest = m_store->latestId();
    m_lastSeen = latest ? *latest.value : 0;
    m_connected = true;
    Q_EMIT this->opened(m_store->location(), m_store->schemaVersion(), m_store->identity());
    if (m_outbox) {
        Q_EMIT pendingSyncChanged(m_outbox->count());
        if (m_outbox->count() > 0)
            QTimer::singleShot(0, this, &EventStoreWorker::replayOutbox);
    }
    startFeed();
    if (!m_store->isConnected())
        noteUnavailable(QCoreApplication::translate("EventStoreWorker", "cannot reach %1").arg(m_store->location()));
}

void EventStoreWorker::startFeed()
{
    if (!m_pollTimer) {
        m_pollTimer = new QTimer(this);
        connect(m_pollTimer, &QTimer::timeout, this, &EventStoreWorker::pollFeed);
    }
    watchNotifications();
    m_pollTimer->start(!m_notifier ? pollIntervalMs : m_pollingOnly ? fallbackPollIntervalMs : safetyPollIntervalMs);
}

// LISTEN can be accepted and still deliver nothing (a transaction-pooling PgBouncer hands the
// listening server connection to other clients): ask for a notification and see whether it comes.
void EventStoreWorker::probeNotifications()
{
    if (!m_store || !m_notifier)
        return;
    if (!m_probeTimer) {
        m_probeTimer = new QTimer(this);
        m_probeTimer->setSingleShot(true);
        connect(m_probeTimer, &QTimer::timeout, this, [this] { checkProbe(true); });
    }
    if (const QString error = m_store->sendNotificationProbe(); !error.isEmpty()) {
        qCWarning(lcStore) << "notification probe not sent:" << error;
        setPollingOnly(true, QCoreApplication::translate("EventStoreWorker", "notifications could not be checked (%1)").arg(error));
        return;
    }
    m_probeTimer->start(probeTimeoutMs);
}

void EventStoreWorker::checkProbe(bool final)
{
    if (!m_probeTimer || (!final && !m_probeTimer->isActive()) || !m_store)
        return;
    if (m_store->notificationProbeReceived()) {
        m_probeTimer->stop();
        setPollingOnly(false, QString());
    } else if (final) {
        setPollingOnly(true, QCoreApplication::translate("EventStoreWorker",
                                                         "the database's notifications do not arrive (a connection pooler "
                                                         "in transaction mode, such as PgBouncer, accepts LISTEN and drops it)"));
    }
}

void EventStoreWorker::setPollingOnly(bool pollingOnly, const QString &why)
{
    if (m_pollTimer && m_notifier)
        m_pollTimer->setInterval(pollingOnly ? fallbackPollIntervalMs : safetyPollIntervalMs);
    if (pollingOnly == m_pollingOnly)
        return;
    m_pollingOnly = pollingOnly;
    if (pollingOnly)
        qCWarning(lcStore) << "live updates by polling only:" << why;
    else
        qCInfo(lcStore) << "live updates by notification";
    Q_EMIT liveUpdatesChanged(pollingOnly, why);
}

void EventStoreWorker::watchNotifications()
{
    delete m_notifier;
    m_notifier = nullptr;
    const int socket = m_store ? m_store->notificationSocket() : -1;
    if (socket < 0)
        return;
    m_notifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        const bool news = m_store && m_store->consumeNotifications();
        checkProbe(false);
        if (news)
            pollFeed();
        else if (m_store && !m_store->isConnected())
            noteUnavailable(QCoreApplication::translate("EventStoreWorker", "the connection to the store was lost"));
    });
    probeNotifications();
}

void EventStoreWorker::drainNotifications()
{
    // A notification that arrived while another query ran sits in the client library's queue: the
    // socket has nothing more to read, so the notifier would not fire for it. Look after every call.
    if (!m_notifier || !m_store || !m_connected)
        return;
    const bool news = m_store->consumeNotifications();
    checkProbe(false);
    if (news)
        QMetaObject::invokeMethod(this, &EventStoreWorker::pollFeed, Qt::QueuedConnection);
}

void EventStoreWorker::pollFeed()
{
    if (!m_store || !m_connected)
        return;
    bool accessChanged = false;
    for (;;) {
        EventFilter filter;
        filter.afterId = m_lastSeen;
        filter.limit = 1000;
        auto batch = m_store->events(filter);
        if (!batch) {
            if (batch.unavailable)
                noteUnavailable(batch.error);
            return;
        }
        for (const Event &event : std::as_const(*batch.value)) {
            m_lastSeen = std::max(m_lastSeen, event.id);
            accessChanged = accessChanged || EventKinds::familyOf(event.kind) == EventFamily::Access;
            if (!m_ownDelivered.remove(event.id))
                Q_EMIT appended(event);
        }
        if (batch.value->size() < filter.limit)
            break;
    }
    // Someone granted or revoked a role (opsdeck db grant|revoke): this console's may have changed.
    if (accessChanged)
        refreshIdentity();
    // Ids at or below the cursor can no longer arrive through the feed.
    for (auto it = m_ownDelivered.begin(); it != m_ownDelivered.end();)
        it = *it <= m_lastSeen ? m_ownDelivered.erase(it) : std::next(it);
    drainNotifications();
}

void EventStoreWorker::refreshIdentity()
{
    const StoreIdentity before = m_store->identity();
    const auto now = m_store->refreshIdentity();
    if (!now) {
        if (now.unavailable)
            noteUnavailable(now.error);
        return;
    }
    if (*now.value != before)
        Q_EMIT identityChanged(*now.value);
}

StoreResult<Event> EventStoreWorker::appendNow(const Event &event, bool allowOutbox)
{
    if (!m_store)
        return StoreResult<Event>::failure(QCoreApplication::translate("EventStoreWorker", "no store is open"));
    Event keyed = event;
    if (keyed.key.isEmpty())
        keyed.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Behind events already waiting, so the team store receives them in the order they happened.
    const bool queueBehind = allowOutbox && m_outbox && (m_outbox->count() > 0 || !m_connected);
    StoreResult<Event> stored = queueBehind ? StoreResult<Event>::failureUnavailable(QString()) : m_store->append(keyed);
    if (stored) {
        if (stored.value->id > m_lastSeen)
            m_ownDelivered.insert(stored.value->id);
        Q_EMIT appended(*stored.value);
        drainNotifications();
        return stored;
    }
    if (!stored.unavailable || !m_outbox) {
        if (stored.unavailable)
            noteUnavailable(stored.error);
        return stored;
    }
    if (!stored.error.isEmpty())
        noteUnavailable(stored.error);
    if (!allowOutbox)
        return StoreResult<Event>::failureUnavailable(
            QCoreApplication::translate("EventStoreWorker", "the team store cannot record this now: %1").arg(stored.error));
    keyed.time = QDateTime::currentDateTimeUtc();
    if (auto put = m_outbox->put(keyed); !put)
        return StoreResult<Event>::failure(put.error);
    keyed.pending = true;
    keyed.id = 0;
    Q_EMIT appended(keyed);
    Q_EMIT pendingSyncChanged(m_outbox->count());
    return StoreResult<Event>::success(keyed);
}

void EventStoreWorker::append(const Event &event)
{
    auto stored = appendNow(event, true);
    if (!stored)
        Q_EMIT appendFailed(stored.error);
}

void EventStoreWorker::fetch(const EventFilter &filter, quint64 requestId)
{
    if (!m_store) {
        Q_EMIT fetchFailed(requestId, QCoreApplication::translate("EventStoreWorker", "no store is open"));
        return;
    }
    auto events = m_store->events(filter);
    if (events) {
        Q_EMIT fetched(requestId, *events.value);
        drainNotifications();
        return;
    }
    if (events.unavailable)
        noteUnavailable(events.error);
    Q_EMIT fetchFailed(requestId, events.error);
}

void EventStoreWorker::noteUnavailable(const QString &error)
{
    if (!m_connected)
        return;
    m_connected = false;
    qCWarning(lcStore) << "store unavailable:" << error;
    delete m_notifier;
    m_notifier = nullptr;
    if (m_probeTimer)
        m_probeTimer->stop(); // asked again after the reconnect
    Q_EMIT connectionChanged(false, error);
    if (!m_reconnectTimer) {
        m_reconnectTimer = new QTimer(this);
        m_reconnectTimer->setSingleShot(true);
        connect(m_reconnectTimer, &QTimer::timeout, this, &EventStoreWorker::tryReconnect);
    }
    m_backoffMs = 500;
    m_reconnectTimer->start(m_backoffMs);
}

void EventStoreWorker::tryReconnect()
{
    if (!m_store || m_connected)
        return;
    if (const QString error = m_store->reconnect(); !error.isEmpty()) {
        m_backoffMs = std::min(m_backoffMs * 2, maxBackoffMs);
        m_reconnectTimer->start(m_backoffMs);
        return;
    }
    m_connected = true;
    qCInfo(lcStore) << "store reconnected:" << m_store->location();
    Q_EMIT this->opened(m_store->location(), m_store->schemaVersion(), m_store->identity());
    Q_EMIT connectionChanged(true, QString());
    watchNotifications();
    m_pollTimer->start(!m_notifier ? pollIntervalMs : m_pollingOnly ? fallbackPollIntervalMs : safetyPollIntervalMs);
    replayOutbox();
    pollFeed(); // catch up by id on what other consoles wrote meanwhile
}

void EventStoreWorker::replayOutbox()
{
    if (!m_outbox || !m_store || !m_connected)
        return;
    while (m_outbox->count() > 0) {
        auto batch = m_outbox->pending();
        if (!batch || batch.value->isEmpty())
            break;
        for (const Event &event : std::as_const(*batch.value)) {
            // The key makes this safe after an in-doubt commit: a stored key returns the stored row.
            auto stored = m_store->append(event);
            if (!stored) {
                if (stored.unavailable) {
                    noteUnavailable(stored.error);
                    Q_EMIT pendingSyncChanged(m_outbox->count());
                    return;
                }
                // Refused for good (e.g. a permission): say so once, do not retry forever.
                qCWarning(lcStore) << "outbox event refused by the store, dropped:" << event.kind << stored.error;
                Q_EMIT appendFailed(QCoreApplication::translate("EventStoreWorker", "a queued event was refused: %1")
                                        .arg(stored.error));
            } else {
                if (stored.value->id > m_lastSeen)
                    m_ownDelivered.insert(stored.value->id);
                Q_EMIT appended(*stored.value);
            }
            m_outbox->remove(event.key);
        }
    }
    Q_EMIT pendingSyncChanged(m_outbox->count());
}

} // namespace opsdeck
