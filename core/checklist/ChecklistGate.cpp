#include "ChecklistGate.h"

#include <QCoreApplication>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecklistGate)
};
} // namespace

QStringList ChecklistGate::signers(const ChecklistRun &run)
{
    QStringList out;
    for (const Signature &s : run.signatures) {
        if (!s.isActive())
            continue;
        const SignoffRole *role = run.plan.checklist.findRole(s.role);
        out << QStringLiteral("%1 %2 %3").arg(role ? role->name : s.role, s.signer, s.signedAt.toUTC().toString(Qt::ISODate));
    }
    return out;
}

QString ChecklistGate::whyNotApproved(const ChecklistRun &run, const QDateTime &now)
{
    const QString which = Text::tr("run %1 (%2 %3)").arg(run.id.left(8), run.plan.environment, run.plan.version);
    switch (run.status(now)) {
    case RunStatus::Voided: return Text::tr("%1 was voided by %2: %3").arg(which, run.voidedBy, run.voidReason);
    case RunStatus::Expired: return Text::tr("the sign-off of %1 expired at %2").arg(which, run.expiresAt.toUTC().toString(Qt::ISODate));
    case RunStatus::InProgress:
        return Text::tr("%1 is in progress: %n required item(s) not done", nullptr, int(run.pendingRequired().size())).arg(which);
    case RunStatus::ReadyToSign:
        return Text::tr("%1 is waiting for signatures: %2").arg(which, run.missingRoles().join(QStringLiteral(", ")));
    case RunStatus::Signed: break;
    }
    return {};
}

QString ChecklistGate::notAccepted(const ChecklistRun &run, const QStringList &accepted)
{
    return Text::tr("run %1 is signed, but for the checklist template '%2'; %3 accepts only %4 (checklist_templates in the fleet "
                    "configuration)")
        .arg(run.id.left(8), run.plan.checklist.id, run.plan.environment, accepted.join(QStringLiteral(", ")));
}

GateVerdict ChecklistGate::forRelease(const QList<ChecklistRun> &runs, const QString &environment, const QString &version,
                                      const QStringList &accepted, const ExpectedPlan &expected, const QDateTime &now)
{
    GateVerdict verdict;
    for (const ChecklistRun &run : runs) {
        if (run.plan.environment != environment || run.plan.version != version)
            continue;
        const bool signedNow = run.status(now) == RunStatus::Signed;
        if (signedNow && !accepted.contains(run.plan.checklist.id)) {
            if (!verdict.run || verdict.run->status(now) != RunStatus::Signed) {
                verdict.run = run;
                verdict.reason = notAccepted(run, accepted);
            }
            continue;
        }
        if (!signedNow) {
            if (!verdict.run) {
                verdict.run = run;
                verdict.reason = whyNotApproved(run, now);
            }
            continue;
        }
        QString why;
        const auto plan = expected(run, &why);
        if (!plan) {
            if (!verdict.run || verdict.run->status(now) != RunStatus::Signed) {
                verdict.run = run;
                verdict.reason = Text::tr("run %1 is signed, but its plan cannot be checked: %2").arg(run.id.left(8), why);
            }
            continue;
        }
        if (plan->hash() != run.planHash) {
            if (!verdict.run || verdict.run->status(now) != RunStatus::Signed) {
                verdict.run = run;
                QStringList changes;
                if (plan->hosts != run.plan.hosts)
                    changes << Text::tr("hosts are now %1, were %2").arg(plan->hosts.join(u','), run.plan.hosts.join(u','));
                if (!(plan->checklist.toJson() == run.plan.checklist.toJson()))
                    changes << Text::tr("the template '%1' changed").arg(run.plan.checklist.id);
                verdict.reason = Text::tr("run %1 was signed for plan %2, but the plan today is %3 (%4)")
                                     .arg(run.id.left(8), run.planHash.left(12), plan->hash().left(12),
                                          changes.isEmpty() ? Text::tr("it differs") : changes.join(QStringLiteral("; ")));
            }
            continue;
        }
        verdict.passed = true;
        verdict.run = run;
        verdict.reason = Text::tr("%1 %2 approved by run %3 (plan %4), valid until %5")
                             .arg(environment, version, run.id.left(8), run.planHash.left(12), run.expiresAt.toUTC().toString(Qt::ISODate));
        return verdict;
    }
    if (!verdict.run)
        verdict.reason = Text::tr("no checklist run for %1 %2").arg(environment, version);
    return verdict;
}

GateVerdict ChecklistGate::forAction(const QList<ChecklistRun> &runs, const QString &environment, const QStringList &hosts,
                                     const QDateTime &now, const ChecklistLibrary &library, const QStringList &accepted)
{
    GateVerdict verdict;
    for (const ChecklistRun &run : runs) {
        if (run.plan.environment != environment)
            continue;
        const bool covers = std::all_of(hosts.cbegin(), hosts.cend(), [&](const QString &h) { return run.plan.hosts.contains(h); });
        if (run.status(now) == RunStatus::Signed && covers && !accepted.contains(run.plan.checklist.id)) {
            if (!verdict.run) {
                verdict.run = run;
                verdict.reason = notAccepted(run, accepted);
            }
            continue;
        }
        const ChecklistTemplate *known = library.find(run.plan.checklist.id);
        const bool genuine = known && known->toJson() == run.plan.checklist.toJson();
        if (run.status(now) == RunStatus::Signed && covers && !genuine) {
            if (!verdict.run) {
                verdict.run = run;
                verdict.reason = Text::tr("run %1 is signed, but for a checklist that is not this console's template '%2' (changed or unknown)")
                                     .arg(run.id.left(8), run.plan.checklist.id);
            }
            continue;
        }
        if (run.status(now) == RunStatus::Signed && covers) {
            verdict.passed = true;
            verdict.run = run;
            verdict.reason = Text::tr("approved by checklist run %1 (%2 %3, plan %4)")
                                 .arg(run.id.left(8), environment, run.plan.version, run.planHash.left(12));
            return verdict;
        }
        if (!verdict.run) {
            verdict.run = run;
            verdict.reason = run.status(now) == RunStatus::Signed
                                 ? Text::tr("run %1 is signed for %2 only").arg(run.id.left(8), run.plan.hosts.join(QStringLiteral(", ")))
                                 : whyNotApproved(run, now);
        }
    }
    if (!verdict.run)
        verdict.reason = Text::tr("there is no checklist run for %1").arg(environment);
    return verdict;
}

} // namespace opsdeck
