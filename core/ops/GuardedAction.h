#pragma once

// One dangerous action behind the guarded path (PRODUCT.md "One pattern for every dangerous
// action"): what it locks, its preflight on every host before anything changes, the exact commands
// it will run, the action and its verification host by host, and its event family. A
// GuardedActionRunner drives it; the action itself never takes locks, asks for a reason or a
// confirmation, writes the outcome event or decides the order of the chain. Service actions
// (ServiceAction) and release switches (ReleaseRollback) are its implementations. Lives on the
// runner's thread.

#include "ActionOutcome.h"
#include "config/FleetConfig.h"
#include "store/Event.h"
#include "store/EventKind.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

namespace opsdeck {

struct GuardedHostResult {
    QString host;
    ActionOutcome outcome = ActionOutcome::NotAttempted;
    QString detail;     // why, in one sentence
    QJsonObject facts;  // what the host is left with (e.g. its release), for the event and the window
    qint64 elapsedMs = 0;
};

struct GuardedActionReport {
    ActionOutcome outcome = ActionOutcome::NotAttempted;
    QString summary;
    QList<GuardedHostResult> hosts;
};

class GuardedAction : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString environment() const = 0;
    // The events it is recorded by, from the catalogue (EventKind): one when it starts and one with its
    // outcome ("rollback.started", "rollback.finished"; "service.restart.started", "service.restart").
    virtual EventKind startedEventKind() const = 0;
    virtual EventKind finishedEventKind() const = 0;
    // The finished kind's name without its last part: "rollback", "service", "backup.run".
    QString eventFamily() const
    {
        const QString finished = EventKinds::name(finishedEventKind());
        return finished.section(u'.', 0, -2);
    }
    // The service its events are about, if one (the timeline's service column).
    virtual QString eventService() const { return {}; }
    // What the action is called in a sentence: "restart", "rollback".
    virtual QString actionName() const { return eventFamily(); }
    // "rollback of production/app to 20250101120000" — for summaries and refusals.
    virtual QString title() const = 0;
    // Lock targets, taken before anything else, in this order ("production/web-1/app:family-photo-share").
    virtual QStringList lockTargets() const = 0;
    // The hosts, in the order they are acted on; batches of batchSize() stop at the first failure.
    virtual QStringList hosts() const = 0;
    virtual int batchSize() const = 0;
    virtual Milliseconds batchPause() const { return Milliseconds(0); }
    // False for an action that changes nothing on a host (a re-check): no confirmation is asked.
    virtual bool changesHosts() const { return true; }
    // The exact commands it will run, for the confirmation and the audit record.
    virtual QStringList commands() const = 0;
    virtual QJsonObject details() const = 0;

    // After the locks are held: check every host before any host changes; `done` gets an empty
    // string when the action may go ahead, else the reason (naming the host).
    virtual void preflight(std::function<void(const QString &why)> done) = 0;
    // The action and its verification on one host; `done` is called exactly once.
    virtual void runHost(const QString &host, std::function<void(const GuardedHostResult &)> done) = 0;
    // Events to record after the outcome (e.g. the release rolled back from is marked bad).
    virtual QList<Event> followUpEvents(const GuardedActionReport &report) const
    {
        Q_UNUSED(report)
        return {};
    }

Q_SIGNALS:
    void progress(const QString &host, const QString &message);
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::GuardedHostResult)
Q_DECLARE_METATYPE(opsdeck::GuardedActionReport)
