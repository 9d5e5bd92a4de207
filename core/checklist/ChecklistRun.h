#pragma once

// One checklist run as a fold over its checklist.* events, and the rules of ticking and signing.
// The same rules decide what a person may do next (the why-not functions, asked before writing and,
// on SQLite, again under the store's write lock) and which stored events count when the run is
// folded (an event the rules forbid is listed as ignored, never applied), so a row written around
// OpsDeck cannot make a run look signed. On PostgreSQL the database enforces them too
// (PostgresSchema step 4); the wording of refusals is the same. Plain values; thread-safe.

#include "ChecklistPlan.h"

#include "store/Event.h"
#include "store/EventStore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <optional>

namespace opsdeck {

enum class RunStatus { InProgress, ReadyToSign, Signed, Expired, Voided };
QString runStatusName(RunStatus status); // "in progress", "ready to sign", "signed", "expired", "voided"

// Who acts, as far as the rules care.
struct ChecklistActor {
    QString login;
    QStringList teamRoles; // sign-off roles held ("devops_lead")
    bool lead = false;     // may change the plan or void any run
    bool admin = false;    // may revoke anyone's signature
    // Folding stored events: the store checked the roles when each was written (the database on a
    // team store, the write-locked check on SQLite), and they may have changed since.
    bool rolesCheckedByStore = false;

    bool holds(const QString &role) const { return rolesCheckedByStore || teamRoles.contains(role); }
    // On a team store the database's grants decide (opsdeck_signer_<role>, opsdeck_lead, opsdeck_admin).
    // On the local store the fleet configuration's people give the sign-off roles (config may be
    // null: none), and nobody is lead or admin: only the run's creator changes or voids it, only the
    // signer revokes a signature.
    static ChecklistActor fromIdentity(const StoreIdentity &identity, const FleetConfig *config, bool teamStore);
    static ChecklistActor of(const EventStore &store, const FleetConfig *config);
};

struct ItemEvidence {
    bool passed = false;
    QString summary;      // one line: what was checked and what was found
    QJsonArray checks;    // one object per target: {"target", "passed", "detail"}
    QDateTime checkedAt;  // when the checks ran (the recording console's clock, as it says)
    QString actor;        // who recorded it (the store's actor: whose console ran the checks)
    QDateTime recordedAt; // when it was stored (the store's clock)
    qint64 eventId = 0;
    bool ownOnly = false; // recorded after a signature froze the item: counts only as its recorder's own check
};

struct ItemMark {
    qint64 eventId = 0;
    QString kind; // "ticked", "unticked", "evidence passed", "evidence failed"
    QString actor;
    QDateTime time;
    QString comment;
};

struct ItemState {
    bool done = false;
    QString doneBy;
    QDateTime doneAt;
    QString comment;
    qint64 doneEvent = 0;
    std::optional<ItemEvidence> evidence;   // the evidence the item's state comes from
    QHash<QString, ItemEvidence> ownChecks; // automatic items: each person's latest evidence under the current plan
    QList<ItemMark> history; // every tick, untick and evidence, oldest first
};

struct Signature {
    enum class End { Active, Revoked, Voided };
    qint64 eventId = 0;
    QString role;
    QString signer;
    QDateTime signedAt;
    QString planHash;
    QString comment;
    End end = End::Active;
    QString endedBy;
    QDateTime endedAt;
    QString endReason;

    bool isActive() const { return end == End::Active; }
};

// A line of the run's history: every event, refusals included.
struct RunActivity {
    qint64 eventId = 0;
    QDateTime time;
    QString actor;
    QString kind; // the event kind without "checklist."
    QString text;
};

class ChecklistRun final
{
public:
    // A signature counts only when, for every required automatic item, the signer's own latest check
    // under the current plan passed and was stored at most this long before the signature (so
    // evidence someone else wrote, by hand or by SQL, approves nothing). PostgreSQL enforces the same.
    static constexpr qint64 kOwnCheckWindowMs = 15 * 60'000;

    QString id;
    QString creator;
    QDateTime startedAt;
    qint64 startedEvent = 0;
    ChecklistPlan plan;
    QString planHash;
    QDateTime expiresAt; // invalid until the first signature
    bool voided = false;
    QString voidedBy;
    QDateTime voidedAt;
    QString voidReason;
    QHash<QString, ItemState> items;
    QList<Signature> signatures; // in signing order, ended ones included
    QList<RunActivity> activity;
    QList<RunActivity> ignored;  // stored events the rules do not allow (written around OpsDeck)

    // The run from its events (any order; applied by id). Empty without a valid start.
    static std::optional<ChecklistRun> fold(QList<Event> events);
    // Applies one event of this run; returns why it is not allowed (the run is then unchanged).
    QString apply(const Event &event);

    RunStatus status(const QDateTime &now) const;
    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && now >= expiresAt; }
    QStringList pendingRequired() const;      // ids of required items not done, in plan order
    // Ids of the required automatic items login has no passing own check of, stored within
    // kOwnCheckWindowMs before at (sorted).
    QStringList uncheckedBy(const QString &login, const QDateTime &at) const;
    int activeSignatures(const QString &role = {}) const;
    QStringList missingRoles() const;         // "DevOps Lead", "Tech Lead ×2": what is still to sign
    const Signature *findSignature(qint64 eventId) const;
    const Signature *activeSignatureOf(const QString &login) const;
    int doneCount() const;

    // The rules: empty when actor may do it now, else why not (a sentence).
    QString whyNotTick(const ChecklistActor &actor, const QString &item, const QDateTime &now) const;
    QString whyNotUntick(const ChecklistActor &actor, const QString &item, const QString &reason, const QDateTime &now) const;
    QString whyNotRecordEvidence(const ChecklistActor &actor, const QString &item, const QDateTime &now) const;
    QString whyNotSign(const ChecklistActor &actor, const QString &role, const QDateTime &now) const;
    QString whyNotRevoke(const ChecklistActor &actor, qint64 signature, const QString &reason) const;
    QString whyNotReplan(const ChecklistActor &actor, const ChecklistPlan &plan, const QString &reason, const QDateTime &now) const;
    QString whyNotVoid(const ChecklistActor &actor, const QString &reason) const;

private:
    QString whyNotChangeItem(const ChecklistActor &actor, const QString &item, const QDateTime &now,
                             const ChecklistItem **definition) const;
    void endActiveSignatures(Signature::End end, const QString &by, const QDateTime &at, const QString &reason);
};

} // namespace opsdeck
