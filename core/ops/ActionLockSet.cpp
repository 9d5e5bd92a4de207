#include "ActionLockSet.h"

#include "store/EventKind.h"
#include "store/EventStoreService.h"
#include "support/LogCategories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QTimer>

namespace opsdeck {

namespace {
// The runner's messages, in the runner's translation context (they were its own before the locks
// became a class of their own).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GuardedActionRunner)
};

QString ago(const QDateTime &since)
{
    const qint64 seconds = since.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return Text::tr("%n second(s) ago", nullptr, int(seconds));
    return Text::tr("%n minute(s) ago", nullptr, int(seconds / 60));
}

// The store's locks belong to a console (one process), so two actions of one console would both
// "hold" a target. The targets each running action of this process claims are kept here, and a
// target another action of this console claims is refused like a lock of another console.
struct ConsoleClaim {
    const ActionLockSet *owner = nullptr;
    QString title;
    QString reason;
    QDateTime since;
};

QMutex &claimsMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, ConsoleClaim> &claims()
{
    static QHash<QString, ConsoleClaim> all;
    return all;
}

std::optional<ConsoleClaim> claim(const QString &target, const ConsoleClaim &mine)
{
    QMutexLocker lock(&claimsMutex());
    const auto held = claims().constFind(target);
    if (held != claims().cend() && held->owner != mine.owner)
        return *held;
    claims().insert(target, mine);
    return std::nullopt;
}

void unclaim(const QStringList &targets, const ActionLockSet *owner)
{
    QMutexLocker lock(&claimsMutex());
    for (const QString &target : targets) {
        const auto held = claims().constFind(target);
        if (held != claims().cend() && held->owner == owner)
            claims().erase(held);
    }
}

void relabelClaims(const QStringList &targets, const ActionLockSet *owner, const QString &reason)
{
    QMutexLocker lock(&claimsMutex());
    for (const QString &target : targets) {
        const auto held = claims().find(target);
        if (held != claims().end() && held->owner == owner)
            held->reason = reason;
    }
}

// Every lock of the set that another console holds, in one sentence each.
QString heldByOthers(const QList<ActionLock> &others)
{
    QStringList each;
    for (const ActionLock &held : others)
        each << Text::tr("%1 is locked by %2 (%3) since %4: %5").arg(held.target, held.holder, held.console, ago(held.acquiredAt), held.reason);
    if (each.isEmpty())
        return Text::tr("the locks changed while they were being taken; none was taken, try again");
    if (each.size() == 1)
        return each.constFirst();
    return Text::tr("%n of the targets are locked by other consoles, so none was taken: %1", nullptr, int(each.size()))
        .arg(each.join(QStringLiteral("; ")));
}
} // namespace

ActionLockSet::ActionLockSet(EventStoreService *store, QObject *parent)
    : QObject(parent), m_store(store), m_heartbeat(new QTimer(this))
{
    connect(m_heartbeat, &QTimer::timeout, this, [this] { renew({}); });
}

ActionLockSet::~ActionLockSet()
{
    // Destroyed mid-action: the store locks lapse by themselves; the claims go with it.
    QMutexLocker lock(&claimsMutex());
    for (auto it = claims().begin(); it != claims().end();) {
        if (it->owner == this)
            it = claims().erase(it);
        else
            ++it;
    }
}

void ActionLockSet::setTiming(Milliseconds ttl, Milliseconds renewEvery)
{
    m_ttl = ttl;
    m_renewEvery = renewEvery;
}

// Every lock is asked for at once, as one set in one store transaction (1,000 hosts are 1,000 locks:
// one transaction per lock took 20 s, and a refusal left the locks taken before it held meanwhile).
// Two consoles asking for overlapping sets at the same moment: one gets the set, the other is refused;
// neither ever waits for the other's action.
void ActionLockSet::take(const QStringList &targets, const QString &title, const QString &reason,
                         std::function<void(const QString &why)> done)
{
    m_claimed = targets;
    m_held.clear();
    m_reason = reason;
    m_lost.clear();
    m_lostTargets.clear();
    for (const QString &target : targets) {
        if (const auto other = claim(target, {this, title, reason, QDateTime::currentDateTimeUtc()})) {
            done(Text::tr("%1 is locked by another action of this console (%2) since %3: %4")
                     .arg(target, other->title, ago(other->since), other->reason));
            return;
        }
    }
    if (targets.isEmpty() || !m_store) {
        done({});
        return;
    }
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_store->acquireLocks(targets, reason, m_ttl)
        .then(this, [this, targets, title, clock, done, generation = m_generation](const StoreResult<LockSetAttempt> &attempt) {
            if (generation != m_generation) {
                // Released meanwhile (cancelled, refused): a set taken now is nobody's action's; give it back.
                if (attempt && attempt.value->acquired && m_store)
                    m_store->releaseLocks(targets);
                return;
            }
            qCInfo(lcOps) << title << "asked for" << targets.size() << "locks in" << clock->elapsed() << "ms,"
                          << (!attempt ? QStringLiteral("failed") : attempt.value->acquired ? QStringLiteral("taken")
                                                                                             : QStringLiteral("refused"));
            if (!attempt) {
                done(Text::tr("cannot take the %n lock(s): %1", nullptr, int(targets.size())).arg(attempt.error));
                return;
            }
            if (!attempt.value->acquired) {
                done(heldByOthers(attempt.value->locks));
                return;
            }
            for (const ActionLock &lock : std::as_const(attempt.value->locks))
                m_held.append(lock.target);
            // From now on the heartbeat keeps every lock alive until it is released.
            m_heartbeat->start(int(m_renewEvery.count()));
            done({});
        });
}

// The locks were taken before the reason was known: from now on every console sees the real one.
void ActionLockSet::relabel(const QString &reason, std::function<void(const QString &why)> done)
{
    if (reason == m_reason || m_held.isEmpty() || !m_store) {
        m_reason = reason;
        done({});
        return;
    }
    m_reason = reason;
    relabelClaims(m_claimed, this, reason);
    const QStringList targets = m_held;
    m_store->acquireLocks(targets, reason, m_ttl)
        .then(this, [this, targets, done, generation = m_generation](const StoreResult<LockSetAttempt> &again) {
            if (generation != m_generation)
                return;
            if (!again)
                done(Text::tr("cannot take the %n lock(s): %1", nullptr, int(targets.size())).arg(again.error));
            else if (!again.value->acquired)
                done(heldByOthers(again.value->locks));
            else
                done({});
        });
}

void ActionLockSet::renew(std::function<void(bool held)> done)
{
    const QStringList targets = m_held;
    if (targets.isEmpty() || !m_store) {
        if (done)
            done(m_lost.isEmpty());
        return;
    }
    m_store->renewLocks(targets, m_ttl)
        .then(this, [this, done, generation = m_generation](const StoreResult<QList<LockAttempt>> &renewed) {
            if (generation != m_generation)
                return; // an answer for a set already released
            if (!renewed) {
                // The store may be away for a moment: the locks keep their lifetime, but no batch
                // starts on locks that could not be renewed.
                qCWarning(lcOps) << "could not renew the locks:" << renewed.error;
                if (done)
                    done(false);
                return;
            }
            QList<LockAttempt> gone;
            for (const LockAttempt &answer : std::as_const(*renewed.value)) {
                if (!answer.acquired)
                    gone.append(answer);
            }
            auto remaining = std::make_shared<int>(int(gone.size()) + 1);
            auto settle = [this, remaining, done] {
                if (--*remaining == 0 && done)
                    done(m_lost.isEmpty());
            };
            for (const LockAttempt &answer : std::as_const(gone))
                lockGone(answer.lock.target, answer.lock, settle);
            settle();
        });
}

void ActionLockSet::lockGone(const QString &target, const ActionLock &now, std::function<void()> done)
{
    m_held.removeAll(target); // not ours any more: never released by this action
    if (m_lostTargets.contains(target)) { // a heartbeat and a batch's renewal both found it
        done();
        return;
    }
    m_lostTargets.insert(target);
    QString why = now.holder.isEmpty() ? Text::tr("the lock on %1 is gone").arg(target)
                                       : Text::tr("the lock on %1 lapsed and is now held by %2 (%3): %4")
                                             .arg(target, now.holder, now.console, now.reason);
    const bool first = m_lost.isEmpty();
    if (first)
        m_lost = why;
    // Who broke it, and why: the lock.broken record of this console's lock.
    EventFilter filter;
    filter.kind = EventKinds::name(EventKind::LockBroken);
    filter.detailKey = QStringLiteral("target");
    filter.detailValue = target;
    filter.newestFirst = true;
    filter.limit = 1;
    m_store->query(filter).then(this, [this, target, why, first, done, generation = m_generation](const StoreResult<QList<Event>> &found) mutable {
        if (generation != m_generation)
            return;
        if (found && !found.value->isEmpty()) {
            const Event &broken = found.value->constFirst();
            if (broken.details.value(QStringLiteral("console")).toString() == EventStoreService::consoleId())
                why = Text::tr("%1 broke the lock on %2: %3")
                          .arg(broken.actor, target, broken.details.value(QStringLiteral("reason")).toString());
        }
        qCWarning(lcOps) << why;
        if (first)
            m_lost = why;
        Q_EMIT lockLost(target, why);
        done();
    });
}

void ActionLockSet::noteLost(const QString &why)
{
    if (m_lost.isEmpty())
        m_lost = why;
}

void ActionLockSet::stopRenewing()
{
    m_heartbeat->stop();
}

void ActionLockSet::release(std::function<void()> done)
{
    ++m_generation;
    m_heartbeat->stop();
    const QStringList targets = std::exchange(m_held, {});
    unclaim(std::exchange(m_claimed, {}), this);
    if (targets.isEmpty() || !m_store) {
        done();
        return;
    }
    m_store->releaseLocks(targets).then(this, [targets, done](const StoreResult<int> &released) {
        if (!released)
            qCWarning(lcOps) << "could not release the" << targets.size() << "locks:" << released.error;
        done();
    });
}

} // namespace opsdeck
