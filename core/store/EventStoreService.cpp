#include "EventStoreService.h"

#include "EventStoreWorker.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRandomGenerator>

namespace opsdeck {

EventStoreService::EventStoreService(QObject *parent) : QObject(parent), m_worker(new EventStoreWorker)
{
    qRegisterMetaType<opsdeck::Event>();
    qRegisterMetaType<opsdeck::EventFilter>();
    qRegisterMetaType<QList<opsdeck::Event>>();
    qRegisterMetaType<opsdeck::StoreIdentity>();
    m_thread.setObjectName(QStringLiteral("opsdeck-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EventStoreWorker::opened, this,
            [this](const QString &location, int version, const StoreIdentity &identity) {
        m_location = location;
        m_schemaVersion = version;
        const bool changed = identity != m_identity;
        m_identity = identity;
        m_lastError.clear();
        setState(State::Open);
        if (changed)
            Q_EMIT identityChanged(identity);
    });
    connect(m_worker, &EventStoreWorker::openFailed, this, [this](const QString &error) {
        m_lastError = error;
        setState(State::Failed);
    });
    connect(m_worker, &EventStoreWorker::appended, this, &EventStoreService::appended);
    connect(m_worker, &EventStoreWorker::appendFailed, this, &EventStoreService::appendFailed);
    connect(m_worker, &EventStoreWorker::fetched, this, &EventStoreService::fetched);
    connect(m_worker, &EventStoreWorker::fetchFailed, this, &EventStoreService::fetchFailed);
    connect(m_worker, &EventStoreWorker::connectionChanged, this, [this](bool connected, const QString &error) {
        if (!connected)
            m_lastError = error;
        if (m_state == State::Open || m_state == State::Offline)
            setState(connected ? State::Open : State::Offline);
    });
    connect(m_worker, &EventStoreWorker::identityChanged, this, [this](const StoreIdentity &identity) {
        m_identity = identity;
        Q_EMIT identityChanged(identity);
    });
    connect(m_worker, &EventStoreWorker::liveUpdatesChanged, this, [this](bool pollingOnly, const QString &why) {
        m_pollingOnly = pollingOnly;
        m_pollingReason = why;
        Q_EMIT liveUpdatesChanged(pollingOnly);
    });
    connect(m_worker, &EventStoreWorker::pendingSyncChanged, this, [this](int pending) {
        m_pendingSync = pending;
        Q_EMIT pendingSyncChanged(pending);
    });
    m_thread.start();
}

EventStoreService::~EventStoreService()
{
    m_thread.quit();
    m_thread.wait();
}

void EventStoreService::open(const QString &storeArgument)
{
    setState(State::Opening);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, storeArgument] { worker->open(storeArgument); });
}

void EventStoreService::append(const Event &event)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, event] { worker->append(event); });
}

quint64 EventStoreService::fetch(const EventFilter &filter)
{
    const quint64 id = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, filter, id] { worker->fetch(filter, id); });
    return id;
}

void EventStoreService::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EventStoreService::dispatch(std::function<QString(EventStore *store)> job)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = std::move(job)] {
        if (const QString unavailable = job(worker->store()); !unavailable.isEmpty())
            worker->noteUnavailable(unavailable);
        else
            worker->drainNotifications();
    });
}

QString EventStoreService::noStoreMessage()
{
    return QCoreApplication::translate("EventStoreService", "no store is open");
}

QFuture<StoreResult<Event>> EventStoreService::record(const Event &event)
{
    auto promise = std::make_shared<QPromise<StoreResult<Event>>>();
    promise->start();
    QFuture<StoreResult<Event>> future = promise->future();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, event, promise] {
        promise->addResult(worker->appendNow(event, false));
        promise->finish();
    });
    return future;
}

QFuture<StoreResult<QList<Event>>> EventStoreService::query(const EventFilter &filter)
{
    return call<QList<Event>>([filter](EventStore &store) { return store.events(filter); });
}

QFuture<StoreResult<LockAttempt>> EventStoreService::acquireLock(const QString &target, const QString &reason,
                                                                 std::chrono::milliseconds ttl)
{
    return call<LockAttempt>([target, reason, ttl, console = consoleId()](EventStore &store) {
        return store.acquireLock(target, console, reason, ttl);
    });
}

QFuture<StoreResult<LockAttempt>> EventStoreService::renewLock(const QString &target, std::chrono::milliseconds ttl)
{
    return call<LockAttempt>([target, ttl, console = consoleId()](EventStore &store) { return store.renewLock(target, console, ttl); });
}

QFuture<StoreResult<bool>> EventStoreService::releaseLock(const QString &target)
{
    return call<bool>([target, console = consoleId()](EventStore &store) { return store.releaseLock(target, console); });
}

QFuture<StoreResult<LockSetAttempt>> EventStoreService::acquireLocks(const QStringList &targets, const QString &reason,
                                                                    std::chrono::milliseconds ttl)
{
    return call<LockSetAttempt>([targets, reason, ttl, console = consoleId()](EventStore &store) {
        return store.acquireLocks(targets, console, reason, ttl);
    });
}

QFuture<StoreResult<QList<LockAttempt>>> EventStoreService::renewLocks(const QStringList &targets, std::chrono::milliseconds ttl)
{
    return call<QList<LockAttempt>>([targets, ttl, console = consoleId()](EventStore &store) {
        return store.renewLocks(targets, console, ttl);
    });
}

QFuture<StoreResult<int>> EventStoreService::releaseLocks(const QStringList &targets)
{
    return call<int>([targets, console = consoleId()](EventStore &store) { return store.releaseLocks(targets, console); });
}

QFuture<StoreResult<Event>> EventStoreService::breakLock(const QString &target, const QString &reason)
{
    return call<Event>([target, reason](EventStore &store) { return store.breakLock(target, reason); });
}

QFuture<StoreResult<QList<ActionLock>>> EventStoreService::locks()
{
    return call<QList<ActionLock>>([](EventStore &store) { return store.locks(); });
}

QString EventStoreService::consoleId()
{
    static const QString id = [] {
        QString drawn = QHostInfo::localHostName();
        drawn += u'#';
        drawn += QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
        return drawn;
    }();
    return id;
}

} // namespace opsdeck
