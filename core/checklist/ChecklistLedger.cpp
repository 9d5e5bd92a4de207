#include "ChecklistLedger.h"

#include "store/EventKind.h"
#include "support/LogCategories.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecklistLedger)
};

constexpr int kPage = 100'000;

bool isRunId(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

// Every event matching filter, page by page.
StoreResult<QList<Event>> everything(EventStore &store, EventFilter filter)
{
    QList<Event> all;
    filter.limit = kPage;
    for (;;) {
        auto page = store.events(filter);
        if (!page)
            return page;
        all += *page.value;
        if (page.value->size() < kPage)
            break;
        filter.afterId = page.value->constLast().id;
    }
    return StoreResult<QList<Event>>::success(all);
}

QString releaseText(const ChecklistPlan &plan)
{
    return plan.environment + u' ' + plan.version;
}
} // namespace

ChecklistLedger::ChecklistLedger(EventStore &store, ChecklistActor actor) : m_store(store), m_actor(std::move(actor)) {}

StoreResult<ChecklistRun> ChecklistLedger::load(const QString &runId)
{
    EventFilter filter;
    filter.kind = EventKinds::prefix(EventFamily::Checklist);
    filter.detailKey = QStringLiteral("run");
    filter.detailValue = runId;
    const auto events = everything(m_store, filter);
    if (!events)
        return StoreResult<ChecklistRun>::failureFrom(events);
    auto run = ChecklistRun::fold(*events.value);
    if (!run)
        return StoreResult<ChecklistRun>::failure(Text::tr("there is no checklist run %1").arg(runId));
    return StoreResult<ChecklistRun>::success(*run);
}

StoreResult<ChecklistRun> ChecklistLedger::run(const QString &idOrPrefix)
{
    const QString wanted = idOrPrefix.trimmed().toLower();
    if (isRunId(wanted))
        return load(wanted);
    if (wanted.size() < 6)
        return StoreResult<ChecklistRun>::failure(Text::tr("give a run id or at least its first 6 characters"));
    EventFilter filter;
    filter.kind = EventKinds::name(EventKind::ChecklistStarted);
    const auto started = everything(m_store, filter);
    if (!started)
        return StoreResult<ChecklistRun>::failureFrom(started);
    QStringList matches;
    for (const Event &e : std::as_const(*started.value)) {
        const QString id = e.details.value(QStringLiteral("run")).toString();
        if (id.startsWith(wanted) && !matches.contains(id))
            matches << id;
    }
    if (matches.isEmpty())
        return StoreResult<ChecklistRun>::failure(Text::tr("there is no checklist run %1").arg(idOrPrefix));
    if (matches.size() > 1)
        return StoreResult<ChecklistRun>::failure(Text::tr("%1 names %2 runs; give more of the id").arg(idOrPrefix, QString::number(matches.size())));
    return load(matches.constFirst());
}

StoreResult<QList<ChecklistRun>> ChecklistLedger::runs(const QString &environment, int limit)
{
    using Result = StoreResult<QList<ChecklistRun>>;
    EventFilter starts;
    starts.kind = EventKinds::name(EventKind::ChecklistStarted);
    starts.environment = environment;
    starts.newestFirst = true;
    starts.limit = qBound(1, limit, 1000);
    const auto started = m_store.events(starts);
    if (!started)
        return Result::failureFrom(started);
    if (started.value->isEmpty())
        return Result::success({});
    // Everything since the oldest of those starts, in one pass, grouped by run.
    EventFilter rest;
    rest.kind = EventKinds::prefix(EventFamily::Checklist);
    rest.environment = environment;
    rest.afterId = started.value->constLast().id - 1;
    const auto events = everything(m_store, rest);
    if (!events)
        return Result::failureFrom(events);
    QHash<QString, QList<Event>> byRun;
    for (const Event &e : std::as_const(*events.value))
        byRun[e.details.value(QStringLiteral("run")).toString()].append(e);
    QList<ChecklistRun> out;
    for (const Event &start : std::as_const(*started.value)) {
        if (auto run = ChecklistRun::fold(byRun.value(start.details.value(QStringLiteral("run")).toString())))
            out.append(*run);
    }
    return Result::success(out);
}

Event ChecklistLedger::event(const ChecklistRun &run, EventKind kind, const QString &summary, QJsonObject details) const
{
    Event e;
    e.kind = EventKinds::name(kind);
    e.environment = run.plan.environment;
    e.summary = summary;
    details.insert(QStringLiteral("run"), run.id);
    details.insert(QStringLiteral("planHash"), run.planHash);
    details.insert(QStringLiteral("release"), run.plan.version);
    e.details = details;
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return e;
}

void ChecklistLedger::recordRefusal(const ChecklistRun &run, const QString &action, const QJsonObject &subject, const QString &why)
{
    QJsonObject details = subject;
    details.insert(QStringLiteral("action"), action);
    details.insert(QStringLiteral("reason"), why);
    const Event refusal = event(run, EventKind::ChecklistRefused,
                                Text::tr("Refused to %1 on %2 for %3: %4").arg(action, run.plan.checklist.name, releaseText(run.plan), why),
                                details);
    if (const auto stored = m_store.append(refusal); !stored)
        qCWarning(lcChecklist) << "could not record the refusal:" << stored.error;
}

StoreResult<ChecklistRun> ChecklistLedger::perform(const QString &runId, const QString &action, const Rule &rule, const Build &build)
{
    auto loaded = load(runId);
    if (!loaded)
        return loaded;
    const ChecklistRun &run = *loaded.value;
    const Event change = build(run);
    QJsonObject subject;
    for (const char *key : {"item", "role", "signature"}) {
        if (change.details.contains(QLatin1String(key)))
            subject.insert(QLatin1String(key), change.details.value(QLatin1String(key)));
    }
    if (const QString why = rule(run, QDateTime::currentDateTimeUtc()); !why.isEmpty()) {
        recordRefusal(run, action, subject, why);
        return StoreResult<ChecklistRun>::failure(why);
    }
    const auto stored = m_store.appendIf({change}, [&](EventStore &store) -> QString {
        // Under the store's write lock: the run as it is now, with everything written meanwhile.
        ChecklistLedger current(store, m_actor);
        const auto fresh = current.load(runId);
        if (!fresh)
            return fresh.error;
        if (fresh.value->planHash != run.planHash)
            return Text::tr("the plan changed: the run's plan is now %1, not %2").arg(fresh.value->planHash.left(12), run.planHash.left(12));
        return rule(*fresh.value, QDateTime::currentDateTimeUtc());
    });
    if (!stored) {
        // A refusal the store recorded itself (PostgreSQL's checklist trigger) is in the log already.
        if (!stored.unavailable && stored.recordedAs == 0)
            recordRefusal(run, action, subject, stored.error);
        return StoreResult<ChecklistRun>::failureFrom(stored);
    }
    return load(runId);
}

StoreResult<ChecklistRun> ChecklistLedger::start(const ChecklistPlan &plan)
{
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray canonical = plan.canonical();
    Event e;
    e.kind = EventKinds::name(EventKind::ChecklistStarted);
    e.environment = plan.environment;
    e.summary = Text::tr("Checklist started: %1 for %2 (plan %3)")
                    .arg(plan.checklist.name, releaseText(plan), ChecklistPlan::hashOf(canonical).left(12));
    e.details = {{QStringLiteral("run"), runId},
                 {QStringLiteral("plan"), QString::fromUtf8(canonical)},
                 {QStringLiteral("planHash"), ChecklistPlan::hashOf(canonical)},
                 {QStringLiteral("template"), plan.checklist.id},
                 {QStringLiteral("release"), plan.version},
                 {QStringLiteral("hosts"), plan.hosts.join(u',')}};
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto stored = m_store.appendIf({e}, {});
    if (!stored)
        return StoreResult<ChecklistRun>::failureFrom(stored);
    return load(runId);
}

StoreResult<ChecklistRun> ChecklistLedger::tick(const QString &runId, const QString &item, const QString &comment)
{
    return perform(
        runId, Text::tr("tick %1").arg(item),
        [this, item](const ChecklistRun &run, const QDateTime &now) { return run.whyNotTick(m_actor, item, now); },
        [&](const ChecklistRun &run) {
            const ChecklistItem *definition = run.plan.checklist.findItem(item);
            return event(run, EventKind::ChecklistTicked,
                         Text::tr("Ticked “%1” (%2)").arg(definition ? definition->text : item, releaseText(run.plan)),
                         {{QStringLiteral("item"), item}, {QStringLiteral("comment"), comment.trimmed()}});
        });
}

StoreResult<ChecklistRun> ChecklistLedger::untick(const QString &runId, const QString &item, const QString &reason)
{
    return perform(
        runId, Text::tr("untick %1").arg(item),
        [this, item, reason](const ChecklistRun &run, const QDateTime &now) { return run.whyNotUntick(m_actor, item, reason, now); },
        [&](const ChecklistRun &run) {
            const ChecklistItem *definition = run.plan.checklist.findItem(item);
            return event(run, EventKind::ChecklistUnticked,
                         Text::tr("Unticked “%1” (%2): %3").arg(definition ? definition->text : item, releaseText(run.plan), reason),
                         {{QStringLiteral("item"), item}, {QStringLiteral("reason"), reason.trimmed()}});
        });
}

StoreResult<ChecklistRun> ChecklistLedger::recordEvidence(const QString &runId, const QString &item, const Evidence &evidence)
{
    return perform(
        runId, Text::tr("record evidence for %1").arg(item),
        [this, item](const ChecklistRun &run, const QDateTime &now) { return run.whyNotRecordEvidence(m_actor, item, now); },
        [&](const ChecklistRun &run) {
            const QString result = evidence.passed ? QStringLiteral("passed") : QStringLiteral("failed");
            return event(run, EventKind::ChecklistEvidence,
                         Text::tr("Evidence for %1 %2: %3").arg(item, result, evidence.summary),
                         {{QStringLiteral("item"), item},
                          {QStringLiteral("result"), result},
                          {QStringLiteral("summary"), evidence.summary},
                          {QStringLiteral("checks"), evidence.checks},
                          {QStringLiteral("checkedAt"), evidence.checkedAt.toUTC().toString(Qt::ISODateWithMs)}});
        });
}

StoreResult<ChecklistRun> ChecklistLedger::sign(const QString &runId, const QString &role, const QString &comment)
{
    return perform(
        runId, Text::tr("sign as %1").arg(role),
        [this, role](const ChecklistRun &run, const QDateTime &now) { return run.whyNotSign(m_actor, role, now); },
        [&](const ChecklistRun &run) {
            const SignoffRole *r = run.plan.checklist.findRole(role);
            return event(run, EventKind::ChecklistSigned,
                         Text::tr("Signed as %1: %2 for %3 (plan %4)")
                             .arg(r ? r->name : role, run.plan.checklist.name, releaseText(run.plan), run.planHash.left(12)),
                         {{QStringLiteral("role"), role}, {QStringLiteral("comment"), comment.trimmed()}});
        });
}

StoreResult<ChecklistRun> ChecklistLedger::revoke(const QString &runId, qint64 signature, const QString &reason)
{
    return perform(
        runId, Text::tr("revoke signature %1").arg(signature),
        [this, signature, reason](const ChecklistRun &run, const QDateTime &) { return run.whyNotRevoke(m_actor, signature, reason); },
        [&](const ChecklistRun &run) {
            const Signature *s = run.findSignature(signature);
            return event(run, EventKind::ChecklistRevoked,
                         Text::tr("Revoked the %1 signature of %2 on %3: %4")
                             .arg(s ? s->role : QString(), s ? s->signer : QString(), releaseText(run.plan), reason),
                         {{QStringLiteral("signature"), QString::number(signature)},
                          {QStringLiteral("role"), s ? s->role : QString()},
                          {QStringLiteral("reason"), reason.trimmed()}});
        });
}

StoreResult<ChecklistRun> ChecklistLedger::replan(const QString &runId, const ChecklistPlan &plan, const QString &reason)
{
    const QByteArray canonical = plan.canonical();
    return perform(
        runId, Text::tr("change the plan"),
        [this, plan, reason](const ChecklistRun &run, const QDateTime &now) { return run.whyNotReplan(m_actor, plan, reason, now); },
        [&](const ChecklistRun &run) {
            return event(run, EventKind::ChecklistReplanned,
                         Text::tr("Checklist plan changed: %1 now for %2 on %3 (plan %4), signatures voided: %5")
                             .arg(run.plan.checklist.name, releaseText(plan), plan.hosts.join(QStringLiteral(", ")),
                                  ChecklistPlan::hashOf(canonical).left(12), reason),
                         {{QStringLiteral("newPlan"), QString::fromUtf8(canonical)},
                          {QStringLiteral("newPlanHash"), ChecklistPlan::hashOf(canonical)},
                          {QStringLiteral("reason"), reason.trimmed()}});
        });
}

StoreResult<ChecklistRun> ChecklistLedger::voidRun(const QString &runId, const QString &reason)
{
    return perform(
        runId, Text::tr("void the run"),
        [this, reason](const ChecklistRun &run, const QDateTime &) { return run.whyNotVoid(m_actor, reason); },
        [&](const ChecklistRun &run) {
            return event(run, EventKind::ChecklistVoided,
                         Text::tr("Checklist run voided: %1 for %2: %3").arg(run.plan.checklist.name, releaseText(run.plan), reason),
                         {{QStringLiteral("reason"), reason.trimmed()}});
        });
}

} // namespace opsdeck
