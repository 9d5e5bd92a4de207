#include "ChecklistRun.h"

#include "store/EventKind.h"

#include <QCoreApplication>

#include <algorithm>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecklistRun)
};

const QString signerPrefix = QStringLiteral("opsdeck_signer_");
constexpr qint64 kFoldClockSlackMs = 1000;

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// The event kind without "checklist." ("ticked"), as the run's activity names it; any other kind whole.
QString shortKind(const QString &kind)
{
    const QLatin1String prefix = EventKinds::prefix(EventFamily::Checklist);
    return kind.startsWith(prefix) ? kind.mid(prefix.size()) : kind;
}

QString field(const QJsonObject &details, const char *key)
{
    return details.value(QLatin1String(key)).toString();
}
} // namespace

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::InProgress: return Text::tr("in progress");
    case RunStatus::ReadyToSign: return Text::tr("ready to sign");
    case RunStatus::Signed: return Text::tr("signed");
    case RunStatus::Expired: return Text::tr("expired");
    case RunStatus::Voided: return Text::tr("voided");
    }
    return {};
}

ChecklistActor ChecklistActor::fromIdentity(const StoreIdentity &identity, const FleetConfig *config, bool teamStore)
{
    ChecklistActor actor;
    actor.login = identity.actor;
    if (teamStore) {
        actor.lead = identity.hasRole(QStringLiteral("opsdeck_lead")) || identity.hasRole(QStringLiteral("opsdeck_admin"));
        actor.admin = identity.hasRole(QStringLiteral("opsdeck_admin"));
        for (const QString &role : identity.roles) {
            if (role.startsWith(signerPrefix))
                actor.teamRoles << role.mid(signerPrefix.size());
        }
        return actor;
    }
    if (config) {
        for (const Person &person : config->people) {
            if (person.login == identity.actor)
                actor.teamRoles = person.roles;
        }
    }
    return actor;
}

ChecklistActor ChecklistActor::of(const EventStore &store, const FleetConfig *config)
{
    return fromIdentity(store.identity(), config, !store.location().startsWith(QStringLiteral("sqlite:")));
}

std::optional<ChecklistRun> ChecklistRun::fold(QList<Event> events)
{
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.id < b.id; });
    std::optional<ChecklistRun> run;
    QList<RunActivity> before; // anything before a valid start cannot belong to the run
    for (const Event &event : std::as_const(events)) {
        if (!run) {
            if (event.kind != EventKinds::name(EventKind::ChecklistStarted)) {
                before.append({event.id, event.time, event.actor, shortKind(event.kind), Text::tr("before the run started")});
                continue;
            }
            const QByteArray text = field(event.details, "plan").toUtf8();
            const QString hash = ChecklistPlan::hashOf(text);
            auto plan = ChecklistPlan::fromCanonical(text);
            if (!plan || hash != field(event.details, "planHash") || plan->environment != event.environment
                || field(event.details, "run").isEmpty()) {
                before.append({event.id, event.time, event.actor, shortKind(event.kind), Text::tr("the plan does not match its hash")});
                continue;
            }
            ChecklistRun fresh;
            fresh.id = field(event.details, "run");
            fresh.creator = event.actor;
            fresh.startedAt = event.time;
            fresh.startedEvent = event.id;
            fresh.plan = *plan;
            fresh.planHash = hash;
            for (const ChecklistItem &item : plan->checklist.items())
                fresh.items.insert(item.id, {});
            fresh.activity.append({event.id, event.time, event.actor, shortKind(event.kind),
                                   Text::tr("started %1 for %2 %3 (plan %4)")
                                       .arg(plan->checklist.name, plan->environment, plan->version, hash.left(12))});
            run = std::move(fresh);
            continue;
        }
        if (const QString why = run->apply(event); !why.isEmpty())
            run->ignored.append({event.id, event.time, event.actor, shortKind(event.kind), why});
    }
    if (run)
        run->ignored = before + run->ignored;
    return run;
}

QString ChecklistRun::apply(const Event &event)
{
    const QJsonObject &d = event.details;
    const QString kind = shortKind(event.kind);
    const std::optional<EventKind> known = EventKinds::fromName(event.kind);
    if (field(d, "run") != id)
        return Text::tr("the event is about run %1").arg(field(d, "run"));
    if (known == EventKind::ChecklistRefused) {
        activity.append({event.id, event.time, event.actor, kind, Text::tr("refused %1: %2").arg(field(d, "action"), field(d, "reason"))});
        return {};
    }
    if (event.environment != plan.environment)
        return Text::tr("run %1 is for %2, not %3").arg(id, plan.environment, event.environment);
    if (known == EventKind::ChecklistStarted)
        return Text::tr("checklist run %1 exists already").arg(id);
    if (voided)
        return Text::tr("the run was voided by %1: %2").arg(voidedBy, voidReason);
    if (field(d, "planHash") != planHash)
        return Text::tr("the plan changed: the run's plan is now %1, not %2").arg(planHash.left(12), field(d, "planHash").left(12));

    ChecklistActor actor;
    actor.login = event.actor;
    actor.rolesCheckedByStore = true;
    actor.lead = event.actorRoles.contains(QStringLiteral("opsdeck_lead")) || event.actorRoles.contains(QStringLiteral("opsdeck_admin"));
    actor.admin = event.actorRoles.contains(QStringLiteral("opsdeck_admin"));
    // The rules were checked when the event was written, against a clock at least as early as the
    // stored time (SQLite checks, then stamps; PostgreSQL keeps microseconds, OpsDeck reads
    // milliseconds). Reading back, a second of slack keeps an event written just before the expiry
    // from being judged as just after it; a forged event is still judged by every other rule.
    const QDateTime now = event.time.addMSecs(-kFoldClockSlackMs);
    const QString itemId = field(d, "item");

    if (known == EventKind::ChecklistTicked || known == EventKind::ChecklistUnticked) {
        const QString why = known == EventKind::ChecklistTicked ? whyNotTick(actor, itemId, now)
                                                            : whyNotUntick(actor, itemId, field(d, "reason"), now);
        if (!why.isEmpty())
            return why;
        ItemState &state = items[itemId];
        const bool tick = known == EventKind::ChecklistTicked;
        const QString comment = tick ? field(d, "comment") : field(d, "reason");
        state.done = tick;
        state.doneBy = tick ? event.actor : QString();
        state.doneAt = tick ? event.time : QDateTime();
        state.comment = tick ? comment : QString();
        state.doneEvent = tick ? event.id : 0;
        state.history.append({event.id, kind, event.actor, event.time, comment});
        activity.append({event.id, event.time, event.actor, kind,
                         comment.isEmpty() ? itemId : QStringLiteral("%1: %2").arg(itemId, comment)});
        return {};
    }
    if (known == EventKind::ChecklistEvidence) {
        if (const QString why = whyNotRecordEvidence(actor, itemId, now); !why.isEmpty())
            return why;
        const QString result = field(d, "result");
        if (result != QLatin1String("passed") && result != QLatin1String("failed"))
            return Text::tr("evidence needs a result: passed or failed");
        ItemState &state = items[itemId];
        ItemEvidence evidence;
        evidence.passed = result == QLatin1String("passed");
        evidence.summary = field(d, "summary");
        evidence.checks = d.value(QStringLiteral("checks")).toArray();
        evidence.checkedAt = QDateTime::fromString(field(d, "checkedAt"), Qt::ISODateWithMs);
        evidence.actor = event.actor;
        evidence.recordedAt = event.time;
        evidence.eventId = event.id;
        state.ownChecks.insert(event.actor, evidence);
        const ChecklistItem *definition = plan.checklist.findItem(itemId);
        if (definition && definition->required && activeSignatures() > 0) {
            // A signer's own check of an item the signatures froze: it counts for their signature
            // only; the item stays as it was signed.
            state.ownChecks[event.actor].ownOnly = true;
            const QString mark = evidence.passed ? Text::tr("own check passed") : Text::tr("own check failed");
            state.history.append({event.id, mark, event.actor, event.time, evidence.summary});
            activity.append({event.id, event.time, event.actor, kind, QStringLiteral("%1: %2 — %3").arg(itemId, mark, evidence.summary)});
            return {};
        }
        state.evidence = evidence;
        state.done = evidence.passed;
        state.doneBy = event.actor;
        state.doneAt = event.time;
        state.comment = evidence.summary;
        state.doneEvent = event.id;
        const QString mark = evidence.passed ? Text::tr("evidence passed") : Text::tr("evidence failed");
        state.history.append({event.id, mark, event.actor, event.time, evidence.summary});
        activity.append({event.id, event.time, event.actor, kind, QStringLiteral("%1: %2 — %3").arg(itemId, mark, evidence.summary)});
        return {};
    }
    if (known == EventKind::ChecklistSigned) {
        const QString role = field(d, "role");
        if (const QString why = whyNotSign(actor, role, now); !why.isEmpty())
            return why;
        signatures.append({event.id, role, event.actor, event.time, planHash, field(d, "comment"), Signature::End::Active, {}, {}, {}});
        if (!expiresAt.isValid())
            expiresAt = event.time.addMSecs(plan.checklist.signoff.validity.count());
        const SignoffRole *r = plan.checklist.findRole(role);
        activity.append({event.id, event.time, event.actor, kind, Text::tr("signed as %1 (plan %2)").arg(r ? r->name : role, planHash.left(12))});
        return {};
    }
    if (known == EventKind::ChecklistRevoked) {
        const qint64 signature = field(d, "signature").toLongLong();
        if (const QString why = whyNotRevoke(actor, signature, field(d, "reason")); !why.isEmpty())
            return why;
        for (Signature &s : signatures) {
            if (s.eventId == signature) {
                s.end = Signature::End::Revoked;
                s.endedBy = event.actor;
                s.endedAt = event.time;
                s.endReason = field(d, "reason");
                activity.append({event.id, event.time, event.actor, kind,
                                 Text::tr("revoked the %1 signature of %2: %3").arg(s.role, s.signer, s.endReason)});
            }
        }
        return {};
    }
    if (known == EventKind::ChecklistVoided) {
        if (const QString why = whyNotVoid(actor, field(d, "reason")); !why.isEmpty())
            return why;
        endActiveSignatures(Signature::End::Voided, event.actor, event.time, Text::tr("run voided: %1").arg(field(d, "reason")));
        voided = true;
        voidedBy = event.actor;
        voidedAt = event.time;
        voidReason = field(d, "reason");
        activity.append({event.id, event.time, event.actor, kind, Text::tr("voided the run: %1").arg(voidReason)});
        return {};
    }
    if (known == EventKind::ChecklistReplanned) {
        const QByteArray text = field(d, "newPlan").toUtf8();
        const auto newPlan = ChecklistPlan::fromCanonical(text);
        const QString newHash = ChecklistPlan::hashOf(text);
        if (!newPlan || newHash != field(d, "newPlanHash"))
            return Text::tr("the plan hash %1 does not match the new plan (%2)").arg(field(d, "newPlanHash"), newHash);
        if (const QString why = whyNotReplan(actor, *newPlan, field(d, "reason"), now); !why.isEmpty())
            return why;
        endActiveSignatures(Signature::End::Voided, event.actor, event.time, Text::tr("plan changed: %1").arg(field(d, "reason")));
        // An item keeps its state only when it is still in the plan, unchanged, and ticked by a person.
        QHash<QString, ItemState> kept;
        for (const ChecklistItem &item : newPlan->checklist.items()) {
            const ChecklistItem *old = plan.checklist.findItem(item.id);
            if (old && itemToJson(*old) == itemToJson(item) && !item.evidence.isAutomatic())
                kept.insert(item.id, items.value(item.id));
            else
                kept.insert(item.id, {});
        }
        activity.append({event.id, event.time, event.actor, kind,
                         Text::tr("changed the plan to %1 %2 on %3 (plan %4): %5")
                             .arg(newPlan->environment, newPlan->version, newPlan->hosts.join(QStringLiteral(", ")),
                                  newHash.left(12), field(d, "reason"))});
        items = kept;
        plan = *newPlan;
        planHash = newHash;
        expiresAt = QDateTime();
        return {};
    }
    return Text::tr("%1 is not a checklist event OpsDeck knows").arg(event.kind);
}

void ChecklistRun::endActiveSignatures(Signature::End end, const QString &by, const QDateTime &at, const QString &reason)
{
    for (Signature &s : signatures) {
        if (!s.isActive())
            continue;
        s.end = end;
        s.endedBy = by;
        s.endedAt = at;
        s.endReason = reason;
    }
}

RunStatus ChecklistRun::status(const QDateTime &now) const
{
    if (voided)
        return RunStatus::Voided;
    if (isExpired(now))
        return RunStatus::Expired;
    if (missingRoles().isEmpty() && pendingRequired().isEmpty())
        return RunStatus::Signed;
    if (pendingRequired().isEmpty())
        return RunStatus::ReadyToSign;
    return RunStatus::InProgress;
}

QStringList ChecklistRun::pendingRequired() const
{
    QStringList pending;
    for (const ChecklistSection &section : plan.checklist.sections) {
        for (const ChecklistItem &item : section.items) {
            if (item.required && !items.value(item.id).done)
                pending << item.id;
        }
    }
    return pending;
}

int ChecklistRun::activeSignatures(const QString &role) const
{
    return int(std::count_if(signatures.cbegin(), signatures.cend(),
                             [&](const Signature &s) { return s.isActive() && (role.isEmpty() || s.role == role); }));
}

QStringList ChecklistRun::missingRoles() const
{
    QStringList missing;
    for (const SignoffRole &role : plan.checklist.signoff.roles) {
        const int remaining = role.count - activeSignatures(role.role);
        if (remaining > 0)
            missing << (remaining == 1 ? role.name : QStringLiteral("%1 ×%2").arg(role.name, QString::number(remaining)));
    }
    return missing;
}

const Signature *ChecklistRun::findSignature(qint64 eventId) const
{
    for (const Signature &s : signatures) {
        if (s.eventId == eventId)
            return &s;
    }
    return nullptr;
}

const Signature *ChecklistRun::activeSignatureOf(const QString &login) const
{
    for (const Signature &s : signatures) {
        if (s.isActive() && s.signer == login)
            return &s;
    }
    return nullptr;
}

int ChecklistRun::doneCount() const
{
    int n = 0;
    for (const ChecklistItem &item : plan.checklist.items())
        n += items.value(item.id).done ? 1 : 0;
    return n;
}

QStringList ChecklistRun::uncheckedBy(const QString &login, const QDateTime &at) const
{
    QStringList unchecked;
    for (const ChecklistItem &item : plan.checklist.items()) {
        if (!item.required || !item.evidence.isAutomatic())
            continue;
        // Only checks applied so far are here: none is later than the signature being judged.
        const ItemState state = items.value(item.id);
        const auto mine = state.ownChecks.constFind(login);
        if (mine == state.ownChecks.cend() || !mine->passed || mine->recordedAt < at.addMSecs(-kOwnCheckWindowMs))
            unchecked << item.id;
    }
    unchecked.sort();
    return unchecked;
}

QString ChecklistRun::whyNotChangeItem(const ChecklistActor &actor, const QString &itemId, const QDateTime &now,
                                       const ChecklistItem **definition) const
{
    if (voided)
        return Text::tr("the run was voided by %1: %2").arg(voidedBy, voidReason);
    const ChecklistItem *item = plan.checklist.findItem(itemId);
    if (!item)
        return Text::tr("the run has no item %1").arg(itemId);
    *definition = item;
    if (!item->role.isEmpty() && !actor.holds(item->role))
        return Text::tr("%1 does not hold the role %2 that item %3 needs").arg(actor.login, item->role, itemId);
    if (item->required && isExpired(now))
        return Text::tr("the sign-off expired at %1; required items can no longer change").arg(timeText(expiresAt));
    if (item->required && activeSignatures() > 0)
        return Text::tr("item %1 is required and the run has signatures; they must be revoked first").arg(itemId);
    return {};
}

QString ChecklistRun::whyNotTick(const ChecklistActor &actor, const QString &itemId, const QDateTime &now) const
{
    const ChecklistItem *item = nullptr;
    if (const QString why = whyNotChangeItem(actor, itemId, now, &item); !why.isEmpty())
        return why;
    if (item->evidence.isAutomatic())
        return Text::tr("item %1 is checked automatically; record its evidence instead").arg(itemId);
    if (const ItemState state = items.value(itemId); state.done)
        return Text::tr("item %1 was already ticked by %2").arg(itemId, state.doneBy);
    return {};
}

QString ChecklistRun::whyNotUntick(const ChecklistActor &actor, const QString &itemId, const QString &reason, const QDateTime &now) const
{
    const ChecklistItem *item = nullptr;
    if (const QString why = whyNotChangeItem(actor, itemId, now, &item); !why.isEmpty())
        return why;
    if (item->evidence.isAutomatic())
        return Text::tr("item %1 is checked automatically; run its check again instead").arg(itemId);
    if (!items.value(itemId).done)
        return Text::tr("item %1 is not ticked").arg(itemId);
    if (reason.trimmed().isEmpty())
        return Text::tr("unticking needs a reason");
    return {};
}

QString ChecklistRun::whyNotRecordEvidence(const ChecklistActor &actor, const QString &itemId, const QDateTime &now) const
{
    // Like a tick, except that signatures do not stop it: each further signer checks for themselves
    // (the item then keeps its state; the check counts for its recorder's signature only).
    if (voided)
        return Text::tr("the run was voided by %1: %2").arg(voidedBy, voidReason);
    const ChecklistItem *item = plan.checklist.findItem(itemId);
    if (!item)
        return Text::tr("the run has no item %1").arg(itemId);
    if (!item->role.isEmpty() && !actor.holds(item->role))
        return Text::tr("%1 does not hold the role %2 that item %3 needs").arg(actor.login, item->role, itemId);
    if (item->required && isExpired(now))
        return Text::tr("the sign-off expired at %1; required items can no longer change").arg(timeText(expiresAt));
    if (!item->evidence.isAutomatic())
        return Text::tr("item %1 is ticked by a person, not by evidence").arg(itemId);
    return {};
}

QString ChecklistRun::whyNotSign(const ChecklistActor &actor, const QString &role, const QDateTime &now) const
{
    if (voided)
        return Text::tr("the run was voided by %1: %2").arg(voidedBy, voidReason);
    const SignoffRole *rule = plan.checklist.findRole(role);
    if (!rule)
        return Text::tr("the plan asks for no %1 signature").arg(role);
    if (isExpired(now))
        return Text::tr("the sign-off expired at %1; start a new run").arg(timeText(expiresAt));
    if (!actor.holds(role))
        return Text::tr("%1 does not hold the sign-off role %2").arg(actor.login, role);
    if (actor.login == creator && !plan.checklist.signoff.creatorMaySign)
        return Text::tr("%1 started this run and may not sign it (four eyes)").arg(actor.login);
    if (const Signature *mine = activeSignatureOf(actor.login)) {
        if (mine->role == role)
            return Text::tr("%1 already signed as %2").arg(actor.login, mine->role);
        if (plan.checklist.signoff.distinctSigners)
            return Text::tr("%1 already signed as %2; each role needs a different person").arg(actor.login, mine->role);
    }
    if (activeSignatures(role) >= rule->count)
        return Text::tr("the %1 sign-off is complete already").arg(role);
    if (const QStringList pending = pendingRequired(); !pending.isEmpty()) {
        QStringList sorted = pending;
        sorted.sort();
        return Text::tr("required items are not done: %1").arg(sorted.join(QStringLiteral(", ")).left(400));
    }
    if (const QStringList unchecked = uncheckedBy(actor.login, now); !unchecked.isEmpty())
        return Text::tr("%1 has no passing check of their own from the last 15 minutes of: %2 (a signature counts only after the "
                        "signer's own console checked every automatic item: run the checks, then sign)")
            .arg(actor.login, unchecked.join(QStringLiteral(", ")).left(400));
    return {};
}

QString ChecklistRun::whyNotRevoke(const ChecklistActor &actor, qint64 signature, const QString &reason) const
{
    if (voided)
        return Text::tr("the run was voided by %1: %2").arg(voidedBy, voidReason);
    const Signature *s = findSignature(signature);
    if (!s)
        return Text::tr("run %1 has no signature %2").arg(id).arg(signature);
    if (!s->isActive())
        return s->end == Signature::End::Revoked ? Text::tr("that signature was revoked already")
                                                 : Text::tr("that signature was voided already");
    if (actor.login != s->signer && !actor.admin)
        return Text::tr("only %1 or an admin may revoke this signature").arg(s->signer);
    if (reason.trimmed().isEmpty())
        return Text::tr("revoking a signature needs a reason");
    return {};
}

QString ChecklistRun::whyNotReplan(const ChecklistActor &actor, const ChecklistPlan &newPlan, const QString &reason,
                                   const QDateTime &now) const
{
    if (voided)
        return Text::tr("the run was voided by %1: %2").arg(voidedBy, voidReason);
    if (actor.login != creator && !actor.lead)
        return Text::tr("only %1, who started the run, or a lead may change or void it").arg(creator);
    if (reason.trimmed().isEmpty())
        return Text::tr("changing the plan or voiding a run needs a reason");
    if (isExpired(now))
        return Text::tr("the sign-off expired at %1; start a new run").arg(timeText(expiresAt));
    if (newPlan.hash() == planHash)
        return Text::tr("the plan did not change");
    if (newPlan.environment != plan.environment)
        return Text::tr("a run for %1 cannot change to %2").arg(plan.environment, newPlan.environment);
    return {};
}

QString ChecklistRun::whyNotVoid(const ChecklistActor &actor, const QString &reason) const
{
    if (voided)
        return Text::tr("the run was voided by %1: %2").arg(voidedBy, voidReason);
    if (actor.login != creator && !actor.lead)
        return Text::tr("only %1, who started the run, or a lead may change or void it").arg(creator);
    if (reason.trimmed().isEmpty())
        return Text::tr("changing the plan or voiding a run needs a reason");
    return {};
}

} // namespace opsdeck
