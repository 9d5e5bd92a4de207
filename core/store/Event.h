#pragma once

// One thing that happened: the unit of the timeline every feature writes to. A plain value that
// crosses threads in queued signals.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace opsdeck {

struct Event {
    qint64 id = 0;       // assigned by the store; increases with insertion order
    QDateTime time;      // UTC, assigned by the store's clock
    QString kind;        // dotted, e.g. "config.loaded", "service.restart"
    QString environment; // empty when not about one environment
    QString host;
    QString service;
    QString actor;       // assigned by the store: who is really logged in, never what a client claims
    QString actorRoles;  // assigned by the store: the actor's OpsDeck roles when written ("opsdeck_lead"),
                         // kept in the row so history survives a deleted role
    QString summary;     // one line for people
    QJsonObject details; // structured facts for machines and exports
    QString key;         // idempotency key (a UUID) chosen by the writer; the store keeps one row per key.
                         // EventStoreService fills it in when empty.
    bool pending = false; // written to the local outbox, not yet confirmed by the team store (id 0)
};

struct EventFilter {
    QString kind;        // exact kind, or a prefix ending in '.' ("service." matches every service event)
    QStringList kinds;   // any of these (same exact-or-prefix rule); combined with kind when both are set
    QString environment;
    QString host;
    QString service;
    QString actor;       // exact
    QString text;        // case-insensitive substring of the summary, kind, host, service or actor
    QList<qint64> ids;   // only these ids (an incident's attached events); empty = any
    QString detailKey;   // with detailValue: only events whose details hold this top-level string field
    QString detailValue; // with this value (a checklist run's events: "run" = its id). Key: [A-Za-z0-9_]+
    QDateTime since;     // inclusive; invalid = unbounded
    QDateTime until;     // exclusive; invalid = unbounded
    qint64 afterId = 0;  // keyset pagination: only events with a larger id
    qint64 beforeId = 0; // keyset pagination backwards: only events with a smaller id; 0 = unbounded
    bool newestFirst = false; // order by id descending (the timeline's first page is the newest)
    int limit = 200;
};

// One row of the hash-chained audit log as the verifier sees it: the canonical text the chain hashes,
// the stored links, and the row's time for order checks.
struct AuditRow {
    qint64 id = 0;
    qint64 timeMicros = 0;
    QByteArray canonical; // EventCanonical::text() of the row's content as stored
    QByteArray prevHash;  // hex, as stored
    QByteArray hash;      // hex, as stored
};

// The newest link the store says it has (its chain head), to notice rows deleted from the end.
struct AuditHead {
    qint64 lastId = 0;
    QByteArray lastHash;
};

// Who this store connection acts as: the session's login and its OpsDeck roles.
struct StoreIdentity {
    QString actor;
    QStringList roles; // of "opsdeck_operator", "opsdeck_lead", "opsdeck_admin", and on a team store the
                       // sign-off roles held ("opsdeck_signer_devops_lead")
    bool hasRole(const QString &role) const { return roles.contains(role); }
    friend bool operator==(const StoreIdentity &, const StoreIdentity &) = default;
};

// A lock on the target of a dangerous action ("production/web-1/web"), visible to every console.
struct ActionLock {
    QString target;
    QString holder;   // the store's actor, like an event's
    QString console;  // which console instance holds it ("host#random", new for every process), so one
                      // person's two windows differ, and two containers with one hostname and PID too
    QString reason;
    QDateTime acquiredAt;
    QDateTime expiresAt; // renewed while its action runs; a crashed console's lock lapses
};

struct LockAttempt {
    bool acquired = false;
    ActionLock lock; // ours when acquired, else the holder's
};

// The answer to a set of locks asked for at once (EventStore::acquireLocks): all of them or none.
struct LockSetAttempt {
    bool acquired = false;   // every lock of the set is this console's now
    QList<ActionLock> locks; // acquired: ours, in the order asked; else every lock of the set that another
                             // console holds (holder, console, reason, since when), in the order asked
};

// A second person's approval of one guarded action (require_approval), bound to the action's exact
// plan: the canonical JSON of its environment, action, targets, hosts in order, commands and details,
// and that text's SHA-256 (ApprovalPlan). The store sets requester and approver to its actor, refuses
// the requester's own approval, an approval for another plan hash and an expired request.
struct ApprovalRequest {
    QString id;
    QString environment;
    QString action;   // "restart", "rollback"
    QString title;    // "restart of web on production/web-1"
    QString plan;     // the canonical plan text that planHash is the SHA-256 of
    QString planHash; // 64 lowercase hex digits
    QString role;     // who may approve: "opsdeck_lead"
    QString requester;
    QString console;  // the requesting console instance; only it withdraws the request
    QDateTime requestedAt;
    QDateTime expiresAt;
    QString state;    // "pending", "approved", "declined", "expired", "withdrawn"
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::Event)
Q_DECLARE_METATYPE(opsdeck::EventFilter)
Q_DECLARE_METATYPE(opsdeck::StoreIdentity)
