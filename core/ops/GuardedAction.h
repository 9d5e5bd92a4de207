#pragma once

// One dangerous action behind the guarded path (PRODUCT.md "One pattern for every dangerous
// action"): what it locks, its preflight on every host before anything changes, the exact commands
// it will run, the action and its verification host by host, and its event family. A
// GuardedActionRunner drives it; the action itself never takes locks, writes the outcome event or
// decides the order of the chain. Lives on the runner's thread.

#include "ServiceAction.h" // ActionOutcome
#include "store/Event.h"

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
    // The events are FAMILY.started and FAMILY.finished (with the outcome), e.g. "rollback".
    virtual QString eventFamily() const = 0;
    // "rollback of production/app to 20250101120000" — for summaries and refusals.
    virtual QString title() const = 0;
    // Lock targets, taken before anything else, in this order ("production/web-1/app:family-photo-share").
    virtual QStringList lockTargets() const = 0;
    // The hosts, in the order they are acted on; batches of batchSize() stop at the first failure.
    virtual QStringList hosts() const = 0;
    virtual int batchSize() const = 0;
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
