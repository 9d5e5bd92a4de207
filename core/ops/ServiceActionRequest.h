#pragma once

// What a service action is asked to do (verb, service, hosts, rollout and verification timing), and
// what it reports per host and as a whole. Plain values that cross threads in queued signals.

#include "ActionOutcome.h"
#include "ServiceCommands.h"
#include "UnitState.h"
#include "health/HealthVerdict.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace opsdeck {

struct ServiceActionRequest {
    ServiceVerb verb = ServiceVerb::Restart;
    QString environment;
    QString service;           // the logical service (its name in the configuration)
    QStringList hosts;         // in order; empty: every host of the environment that runs the service
    QString reason;            // required (ServiceActionRunner::start; begin() takes it later)
    QString confirmation;      // what the person gave: the environment's name typed, or
                               // ConfirmationRule::clicked(); the core checks it (ConfirmationRule)
    bool verifyOnly = false;   // re-check after an unknown outcome: no command, only verification of the
                               // action recorded last for the host (its verb, the unit's state before it)
    int batchSize = 1;
    Milliseconds pause{0};     // between batches
    Milliseconds verifyTimeout{60'000}; // for the unit to come up (restarted, active, healthy)
    Milliseconds stableFor{10'000};     // then it must stay so, reading after reading, this long
    Milliseconds pollInterval{1'000};
};

struct HostActionResult {
    QString host;
    ActionOutcome outcome = ActionOutcome::NotAttempted;
    QString detail;            // why, in one sentence
    UnitState before;          // the unit's state before the command (a re-check: as recorded then)
    UnitState unit;            // last state seen
    HealthVerdict health;      // last verdict seen (status Unknown when no check is configured)
    qint64 elapsedMs = 0;
    quint64 action = 0;        // which of the console's running actions (ServiceActionRunner::begin)
};

struct ServiceActionReport {
    ActionOutcome outcome = ActionOutcome::NotAttempted;
    QString summary;
    QList<HostActionResult> hosts;
    quint64 action = 0;        // which of the console's running actions
    QString service;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::HostActionResult)
Q_DECLARE_METATYPE(opsdeck::ServiceActionReport)
