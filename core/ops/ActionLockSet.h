#pragma once

// The locks of one guarded action, for its GuardedActionRunner. Its targets are first claimed in this
// console (the store's locks belong to a console, so two actions of one console would both "hold" a
// target: a target another action of this console claims is refused like another console's lock), then
// taken in the store as one set in one transaction — all or none: when another console holds any of
// them, none is taken and the refusal names every such lock with its holder, age and reason. While the
// action runs, a heartbeat renews the whole set every renewEvery (and renew() before every batch), one
// transaction each; a lock found broken by a lead or taken after it lapsed is reported (lockLost, with
// the lock.broken record's who and why) and never released by this action. release() gives the set back
// in one transaction. Lives on the runner's thread; never blocks it.

#include "config/FleetConfig.h"
#include "store/Event.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

class QTimer;

namespace opsdeck {

class EventStoreService;

class ActionLockSet final : public QObject
{
    Q_OBJECT
public:
    explicit ActionLockSet(EventStoreService *store, QObject *parent = nullptr);
    ~ActionLockSet() override;

    // The locks live ttl past their last renewal; the heartbeat renews them every renewEvery.
    void setTiming(Milliseconds ttl, Milliseconds renewEvery);

    // Claims targets for the action called title and takes them in the store with reason.
    // done(empty) once every one is held (the heartbeat then runs), else done(why) with none held.
    void take(const QStringList &targets, const QString &title, const QString &reason,
              std::function<void(const QString &why)> done);
    // Every console sees reason on the locks from now on (they are taken again, as one set).
    // done(empty), or done(why) when a lock is no longer this action's.
    void relabel(const QString &reason, std::function<void(const QString &why)> done);
    // done(true) when every lock is still this action's.
    void renew(std::function<void(bool held)> done);
    void stopRenewing();
    // Unclaims the targets and gives back every lock still held, as one set; answers for anything
    // asked before are ignored from now on (a set taken meanwhile is given back when it arrives).
    void release(std::function<void()> done);

    const QStringList &held() const { return m_held; }
    const QString &reason() const { return m_reason; }
    // Why the first lock was lost (empty while none was): who broke it, or who holds it now.
    const QString &lost() const { return m_lost; }
    void noteLost(const QString &why);

Q_SIGNALS:
    // A lock of the action is no longer its own: a lead broke it (message: who and why), or it lapsed
    // and another console took it.
    void lockLost(const QString &target, const QString &message);

private:
    void lockGone(const QString &target, const ActionLock &now, std::function<void()> done);

    QPointer<EventStoreService> m_store;
    QTimer *m_heartbeat = nullptr;
    Milliseconds m_ttl{120'000};
    Milliseconds m_renewEvery{30'000};
    QStringList m_claimed;
    QStringList m_held;
    QString m_reason;
    QString m_lost;
    QSet<QString> m_lostTargets;
    int m_generation = 0; // answers for a set already released are ignored
};

} // namespace opsdeck
