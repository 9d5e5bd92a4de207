#pragma once

// One thing that happened: the unit of the timeline every feature writes to. A plain value that
// crosses threads in queued signals.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace opsdeck {

struct Event {
    qint64 id = 0;       // assigned by the store; increases with insertion order
    QDateTime time;      // UTC, assigned by the store's clock
    QString kind;        // dotted, e.g. "config.loaded", "service.restart"
    QString environment; // empty when not about one environment
    QString host;
    QString service;
    QString actor;       // assigned by the store: who is really logged in, never what a client claims
    QString summary;     // one line for people
    QJsonObject details; // structured facts for machines and exports
};

struct EventFilter {
    QString kind;        // exact kind, or a prefix ending in '.' ("service." matches every service event)
    QString environment;
    QString host;
    QString service;
    QDateTime since;     // inclusive; invalid = unbounded
    QDateTime until;     // exclusive; invalid = unbounded
    qint64 afterId = 0;  // keyset pagination: only events with a larger id
    int limit = 200;
};

// A lock on the target of a dangerous action ("production/web-1/web"), visible to every console.
struct ActionLock {
    QString target;
    QString holder;   // the store's actor, like an event's
    QString console;  // which console instance holds it (host:pid), so one person's two windows differ
    QString reason;
    QDateTime acquiredAt;
    QDateTime expiresAt; // a crashed console's lock lapses
};

struct LockAttempt {
    bool acquired = false;
    ActionLock lock; // ours when acquired, else the holder's
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::Event)
Q_DECLARE_METATYPE(opsdeck::EventFilter)
