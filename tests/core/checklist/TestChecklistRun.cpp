// ChecklistRun's rules and fold on hand-made events (no store): what a person may do next, and which
// stored events count when a run is read back — an event the rules forbid is listed as ignored,
// never applied. Also the gate's verdicts and the Markdown export's escaping.

#include "CommonMark.h"
#include "checklist/ChecklistExport.h"
#include "checklist/ChecklistGate.h"
#include "checklist/ChecklistTemplateLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

const QString runId = QStringLiteral("0b7c3e2a-1111-4222-8333-944455556666");
const QDateTime t0 = QDateTime(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);

QByteArray smallYaml(bool creatorMaySign = false, bool distinct = true)
{
    return "checklist: 1\nid: small\nname: Small\nsections:\n  - title: S\n    items:\n"
                            "      - id: a\n        text: A\n      - id: auto\n        text: Automatic\n"
                            "        evidence:\n          health:\n"
                            "      - id: opt\n        text: Optional\n        required: false\n"
                            "signoff:\n  roles:\n    devops_lead:\n      name: DevOps Lead\n    tech_lead:\n      name: Tech Lead\n"
                            "  validity: 1h\n  creator_may_sign: "
                            + QByteArray(creatorMaySign ? "true" : "false") + "\n  distinct_signers: " + QByteArray(distinct ? "true" : "false") + "\n";
}

ChecklistTemplate small(bool creatorMaySign = false, bool distinct = true)
{
    return *ChecklistTemplateLoader::loadBytes(smallYaml(creatorMaySign, distinct), QStringLiteral("small.yaml")).checklist;
}

// A library holding the given template text as small.yaml.
ChecklistLibrary libraryWith(const QTemporaryDir &dir, const QByteArray &yaml)
{
    QFile file(dir.filePath(QStringLiteral("small.yaml")));
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(yaml);
    file.close();
    return ChecklistLibrary::load(dir.path());
}

ChecklistPlan planOf(const ChecklistTemplate &t, const QString &version = QStringLiteral("v1"))
{
    ChecklistPlan plan;
    plan.environment = QStringLiteral("production");
    plan.version = version;
    plan.hosts = {QStringLiteral("web-1"), QStringLiteral("web-2")};
    plan.checklist = t;
    return plan;
}

// Builds a run's events as a store would write them: ids, times a minute apart, actors.
class Script
{
public:
    explicit Script(const ChecklistPlan &plan, const QString &creator = QStringLiteral("ann")) : m_hash(plan.hash())
    {
        add(creator, QStringLiteral("started"), {{QStringLiteral("plan"), QString::fromUtf8(plan.canonical())}, {QStringLiteral("planHash"), m_hash}});
    }
    Script &add(const QString &actor, const QString &kind, QJsonObject details, const QString &roles = QStringLiteral("opsdeck_operator"))
    {
        Event e;
        e.id = m_events.size() + 1;
        e.time = t0.addSecs(60 * e.id);
        e.kind = QStringLiteral("checklist.") + kind;
        e.environment = QStringLiteral("production");
        e.actor = actor;
        e.actorRoles = roles;
        details.insert(QStringLiteral("run"), runId);
        if (!details.contains(QStringLiteral("planHash")))
            details.insert(QStringLiteral("planHash"), m_hash);
        e.details = details;
        m_events << e;
        return *this;
    }
    Script &tick(const QString &actor, const QString &item) { return add(actor, QStringLiteral("ticked"), {{QStringLiteral("item"), item}}); }
    Script &evidence(const QString &item, bool passed, const QString &actor = QStringLiteral("ann"))
    {
        return add(actor, QStringLiteral("evidence"),
                   {{QStringLiteral("item"), item}, {QStringLiteral("result"), passed ? QStringLiteral("passed") : QStringLiteral("failed")}});
    }
    // The signer's own console checks the automatic item, then they sign (as OpsDeck does it).
    Script &sign(const QString &actor, const QString &role) { return ownCheck(actor).signOnly(actor, role); }
    Script &signOnly(const QString &actor, const QString &role) { return add(actor, QStringLiteral("signed"), {{QStringLiteral("role"), role}}); }
    Script &ownCheck(const QString &actor, bool passed = true) { return evidence(QStringLiteral("auto"), passed, actor); }
    QDateTime nextTime() const { return t0.addSecs(60 * (m_events.size() + 1)); }
    Script &ready() { return tick(QStringLiteral("ann"), QStringLiteral("a")).evidence(QStringLiteral("auto"), true); }
    Script &at(const QDateTime &time)
    {
        m_events.last().time = time;
        return *this;
    }
    ChecklistRun fold() const { return *ChecklistRun::fold(m_events); }
    const QString &hash() const { return m_hash; }
    QList<Event> events() const { return m_events; }

private:
    QString m_hash;
    QList<Event> m_events;
};

ChecklistActor person(const QString &login, const QStringList &roles)
{
    ChecklistActor a;
    a.login = login;
    a.teamRoles = roles;
    return a;
}

} // namespace

class TestChecklistRun final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signRules_data()
    {
        QTest::addColumn<bool>("creatorMaySign");
        QTest::addColumn<bool>("distinct");
        QTest::addColumn<bool>("ready");
        QTest::addColumn<QStringList>("earlier"); // "login:role" signatures before
        QTest::addColumn<QString>("login");
        QTest::addColumn<QStringList>("holds");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("refusal"); // empty: allowed

        const QStringList none;
        const QStringList devops{QStringLiteral("devops_lead")};
        const QStringList both{QStringLiteral("devops_lead"), QStringLiteral("tech_lead")};
        QTest::newRow("allowed") << false << true << true << none << "bob" << devops << "devops_lead" << QString();
        QTest::newRow("without the role") << false << true << true << none << "mallory" << none << "devops_lead"
                                          << "mallory does not hold the sign-off role devops_lead";
        QTest::newRow("role the plan lacks") << false << true << true << none << "bob" << devops << "cfo" << "the plan asks for no cfo signature";
        QTest::newRow("creator") << false << true << true << none << "ann" << devops << "devops_lead" << "(four eyes)";
        QTest::newRow("creator allowed") << true << true << true << none << "ann" << devops << "devops_lead" << QString();
        QTest::newRow("required items open") << false << true << false << none << "bob" << devops << "devops_lead"
                                             << "required items are not done: a, auto";
        QTest::newRow("second role, distinct") << false << true << true << QStringList{QStringLiteral("erin:tech_lead")} << "erin" << both
                                               << "devops_lead" << "each role needs a different person";
        QTest::newRow("second role allowed") << false << false << true << QStringList{QStringLiteral("erin:tech_lead")} << "erin" << both
                                             << "devops_lead" << QString();
        QTest::newRow("same role twice") << false << false << true << QStringList{QStringLiteral("erin:devops_lead")} << "erin" << both
                                         << "devops_lead" << "erin already signed as devops_lead";
        QTest::newRow("role complete") << false << true << true << QStringList{QStringLiteral("bob:devops_lead")} << "erin" << both
                                       << "devops_lead" << "the devops_lead sign-off is complete already";
    }

    void signRules()
    {
        QFETCH(bool, creatorMaySign);
        QFETCH(bool, distinct);
        QFETCH(bool, ready);
        QFETCH(QStringList, earlier);
        QFETCH(QString, login);
        QFETCH(QStringList, holds);
        QFETCH(QString, role);
        QFETCH(QString, refusal);
        Script script(planOf(small(creatorMaySign, distinct)));
        if (ready)
            script.ready();
        for (const QString &s : earlier)
            script.sign(s.section(u':', 0, 0), s.section(u':', 1));
        if (ready)
            script.ownCheck(login); // the signer's own console checked, just before
        const ChecklistRun run = script.fold();
        QVERIFY(run.ignored.isEmpty());
        const QString why = run.whyNotSign(person(login, holds), role, script.nextTime());
        if (refusal.isEmpty())
            QCOMPARE(why, QString());
        else
            QVERIFY2(why.contains(refusal), qPrintable(why));
        // The fold agrees: the same signature, stored around the rules, does not count.
        script.signOnly(login, role);
        const ChecklistRun after = script.fold();
        QCOMPARE(after.ignored.size(), refusal.isEmpty() || refusal.contains(QStringLiteral("does not hold")) ? 0 : 1);
    }

    // Issue 12 (3): automatic evidence someone else wrote approves nothing; a signature needs the
    // signer's own passing check of every required automatic item, stored shortly before it.
    void signatureNeedsTheSignersOwnRecentCheck()
    {
        const ChecklistActor bob = person(QStringLiteral("bob"), {QStringLiteral("devops_lead")});
        const ChecklistActor dave = person(QStringLiteral("dave"), {QStringLiteral("tech_lead")});
        Script script(planOf(small()));
        script.ready(); // ann's check passed: the item is done
        // mallory "records" a passing check too (by SQL, or a forged outbox line): worth nothing to bob.
        script.evidence(QStringLiteral("auto"), true, QStringLiteral("mallory"));
        ChecklistRun run = script.fold();
        QVERIFY(run.items.value(QStringLiteral("auto")).done);
        QCOMPARE(run.items.value(QStringLiteral("auto")).evidence->actor, QStringLiteral("mallory"));
        QString why = run.whyNotSign(bob, QStringLiteral("devops_lead"), script.nextTime());
        QVERIFY2(why.contains(QStringLiteral("bob has no passing check of their own from the last 15 minutes of: auto")), qPrintable(why));
        script.signOnly(QStringLiteral("bob"), QStringLiteral("devops_lead"));
        run = script.fold();
        QCOMPARE(run.activeSignatures(), 0);
        QCOMPARE(run.ignored.size(), 1);
        QVERIFY(run.ignored.constLast().text.contains(QStringLiteral("no passing check of their own")));

        // His own check counts for 15 minutes.
        script.ownCheck(QStringLiteral("bob"));
        const QDateTime checked = script.events().constLast().time;
        run = script.fold();
        QCOMPARE(run.items.value(QStringLiteral("auto")).ownChecks.value(QStringLiteral("bob")).recordedAt, checked);
        QCOMPARE(run.whyNotSign(bob, QStringLiteral("devops_lead"), checked.addSecs(14 * 60)), QString());
        QVERIFY(run.whyNotSign(bob, QStringLiteral("devops_lead"), checked.addSecs(16 * 60)).contains(QStringLiteral("last 15 minutes")));
        script.signOnly(QStringLiteral("bob"), QStringLiteral("devops_lead")).at(checked.addSecs(16 * 60));
        QCOMPARE(script.fold().activeSignatures(), 0);
        script.ownCheck(QStringLiteral("bob")).at(checked.addSecs(17 * 60));
        script.signOnly(QStringLiteral("bob"), QStringLiteral("devops_lead")).at(checked.addSecs(18 * 60));
        run = script.fold();
        QCOMPARE(run.activeSignatures(), 1);

        // After a signature the item is frozen, yet the next signer's own check is still recorded: it
        // counts for dave's signature and leaves the item as it was signed, even when it fails.
        const QDateTime later = checked.addSecs(19 * 60);
        script.ownCheck(QStringLiteral("erin"), false).at(later);
        script.ownCheck(QStringLiteral("dave")).at(later.addSecs(60));
        run = script.fold();
        QVERIFY(run.ignored.size() == 2); // bob's two refused signatures only
        QVERIFY(run.items.value(QStringLiteral("auto")).done);
        QVERIFY(run.items.value(QStringLiteral("auto")).ownChecks.value(QStringLiteral("dave")).ownOnly);
        QVERIFY(!run.items.value(QStringLiteral("auto")).ownChecks.value(QStringLiteral("erin")).passed);
        QCOMPARE(run.items.value(QStringLiteral("auto")).history.constLast().kind, QStringLiteral("own check passed"));
        QVERIFY(run.whyNotSign(person(QStringLiteral("erin"), {QStringLiteral("tech_lead")}), QStringLiteral("tech_lead"), later.addSecs(120))
                    .contains(QStringLiteral("erin has no passing check")));
        QCOMPARE(run.whyNotSign(dave, QStringLiteral("tech_lead"), later.addSecs(120)), QString());
        script.signOnly(QStringLiteral("dave"), QStringLiteral("tech_lead")).at(later.addSecs(120));
        QCOMPARE(script.fold().status(later.addSecs(180)), RunStatus::Signed);

        // A changed plan: checks of the old one count for nothing.
        const ChecklistPlan next = planOf(small(), QStringLiteral("v2"));
        script.add(QStringLiteral("ann"), QStringLiteral("replanned"),
                   {{QStringLiteral("newPlan"), QString::fromUtf8(next.canonical())},
                    {QStringLiteral("newPlanHash"), next.hash()},
                    {QStringLiteral("reason"), QStringLiteral("v2")}})
            .at(later.addSecs(180));
        run = script.fold();
        QVERIFY(run.items.value(QStringLiteral("auto")).ownChecks.isEmpty());
    }

    void expiryStartsAtTheFirstSignature()
    {
        Script script(planOf(small()));
        script.ready().sign(QStringLiteral("bob"), QStringLiteral("devops_lead"));
        const QDateTime first = script.events().constLast().time;
        ChecklistRun run = script.fold();
        QCOMPARE(run.expiresAt, first.addSecs(3600));
        QCOMPARE(run.status(first.addSecs(60)), RunStatus::ReadyToSign);
        QVERIFY(run.whyNotSign(person(QStringLiteral("dave"), {QStringLiteral("tech_lead")}), QStringLiteral("tech_lead"), first.addSecs(3600))
                    .contains(QStringLiteral("expired")));
        script.sign(QStringLiteral("dave"), QStringLiteral("tech_lead")).at(first.addSecs(3605));
        run = script.fold();
        QCOMPARE(run.ignored.size(), 1);
        QCOMPARE(run.status(first.addSecs(3605)), RunStatus::Expired);
        QCOMPARE(run.status(first.addSecs(120)), RunStatus::ReadyToSign);
    }

    void signedUntilExpiryThenNot()
    {
        Script script(planOf(small()));
        script.ready().sign(QStringLiteral("bob"), QStringLiteral("devops_lead")).sign(QStringLiteral("dave"), QStringLiteral("tech_lead"));
        const ChecklistRun run = script.fold();
        QCOMPARE(run.status(t0.addSecs(600)), RunStatus::Signed);
        QCOMPARE(run.status(run.expiresAt), RunStatus::Expired);
        // Frozen: required items cannot change while signatures stand; optional ones can.
        const ChecklistActor ann = person(QStringLiteral("ann"), {});
        QVERIFY(run.whyNotUntick(ann, QStringLiteral("a"), QStringLiteral("why"), t0.addSecs(600)).contains(QStringLiteral("revoked first")));
        QCOMPARE(run.whyNotTick(ann, QStringLiteral("opt"), t0.addSecs(600)), QString());
    }

    void planChangeVoidsSignaturesAndKeepsManualTicks()
    {
        const ChecklistTemplate t = small();
        Script script(planOf(t));
        script.ready().sign(QStringLiteral("bob"), QStringLiteral("devops_lead"));
        const ChecklistPlan next = planOf(t, QStringLiteral("v2"));
        script.add(QStringLiteral("ann"), QStringLiteral("replanned"),
                   {{QStringLiteral("newPlan"), QString::fromUtf8(next.canonical())},
                    {QStringLiteral("newPlanHash"), next.hash()},
                    {QStringLiteral("reason"), QStringLiteral("v1 broke login")}});
        // A signature for the old plan after the change does not count.
        script.add(QStringLiteral("dave"), QStringLiteral("signed"), {{QStringLiteral("role"), QStringLiteral("tech_lead")}, {QStringLiteral("planHash"), script.hash()}});
        const ChecklistRun run = script.fold();
        QCOMPARE(run.planHash, next.hash());
        QCOMPARE(run.plan.version, QStringLiteral("v2"));
        QCOMPARE(run.signatures.size(), 1);
        QCOMPARE(run.signatures.constFirst().end, Signature::End::Voided);
        QVERIFY(run.signatures.constFirst().endReason.contains(QStringLiteral("v1 broke login")));
        QVERIFY(!run.expiresAt.isValid());
        QVERIFY(run.items.value(QStringLiteral("a")).done);     // a person's tick stays
        QVERIFY(!run.items.value(QStringLiteral("auto")).done); // evidence was about v1
        QCOMPARE(run.ignored.size(), 1);
        QVERIFY(run.ignored.constFirst().text.contains(QStringLiteral("the plan changed")));
    }

    void revokeNeedsTheSignerOrAnAdminAndAReason()
    {
        Script script(planOf(small()));
        script.ready().sign(QStringLiteral("bob"), QStringLiteral("devops_lead"));
        const QString signature = QString::number(script.events().constLast().id);
        script.add(QStringLiteral("mallory"), QStringLiteral("revoked"), {{QStringLiteral("signature"), signature}, {QStringLiteral("reason"), QStringLiteral("x")}});
        script.add(QStringLiteral("bob"), QStringLiteral("revoked"), {{QStringLiteral("signature"), signature}, {QStringLiteral("reason"), QStringLiteral(" ")}});
        ChecklistRun run = script.fold();
        QCOMPARE(run.ignored.size(), 2);
        QCOMPARE(run.activeSignatures(), 1);
        script.add(QStringLiteral("root"), QStringLiteral("revoked"), {{QStringLiteral("signature"), signature}, {QStringLiteral("reason"), QStringLiteral("wrong release")}},
                   QStringLiteral("opsdeck_admin,opsdeck_lead,opsdeck_operator"));
        run = script.fold();
        QCOMPARE(run.activeSignatures(), 0);
        QCOMPARE(run.signatures.constFirst().end, Signature::End::Revoked);
        QCOMPARE(run.signatures.constFirst().endedBy, QStringLiteral("root"));
    }

    void foldRefusesWhatDoesNotBelong()
    {
        Script script(planOf(small()));
        QList<Event> events = script.events();
        events[0].details.insert(QStringLiteral("planHash"), QString(64, u'0')); // the plan does not match its hash
        QVERIFY(!ChecklistRun::fold(events));
        script.ready();
        events = script.events();
        events[1].environment = QStringLiteral("staging");
        const ChecklistRun run = *ChecklistRun::fold(events);
        QCOMPARE(run.ignored.size(), 1);
        QVERIFY(!run.items.value(QStringLiteral("a")).done);
        // An automatic item is never ticked by hand, a failed check does not make it done.
        script.tick(QStringLiteral("ann"), QStringLiteral("auto")).evidence(QStringLiteral("auto"), false);
        const ChecklistRun again = script.fold();
        QCOMPARE(again.ignored.size(), 1);
        QVERIFY(!again.items.value(QStringLiteral("auto")).done);
        QCOMPARE(again.items.value(QStringLiteral("auto")).history.size(), 2);
    }

    void gateNeedsExactlyThatPlanSignedNow()
    {
        const ChecklistTemplate t = small();
        Script script(planOf(t));
        script.ready().sign(QStringLiteral("bob"), QStringLiteral("devops_lead")).sign(QStringLiteral("dave"), QStringLiteral("tech_lead"));
        const ChecklistRun run = script.fold();
        const QDateTime now = t0.addSecs(900);
        const QStringList smallOnly{QStringLiteral("small")};
        auto same = [&](const ChecklistRun &, QString *) { return std::optional(planOf(t)); };
        GateVerdict verdict = ChecklistGate::forRelease({run}, QStringLiteral("production"), QStringLiteral("v1"), smallOnly, same, now);
        QVERIFY2(verdict.passed, qPrintable(verdict.reason));
        QCOMPARE(ChecklistGate::signers(run).size(), 2);
        QVERIFY(!ChecklistGate::forRelease({run}, QStringLiteral("production"), QStringLiteral("v2"), smallOnly, same, now).passed);
        QVERIFY(run.ignored.isEmpty());
        QVERIFY(!ChecklistGate::forRelease({run}, QStringLiteral("production"), QStringLiteral("v1"), smallOnly, same, run.expiresAt).passed);
        auto grown = [&](const ChecklistRun &, QString *) {
            ChecklistPlan p = planOf(t);
            p.hosts << QStringLiteral("web-3");
            return std::optional(p);
        };
        verdict = ChecklistGate::forRelease({run}, QStringLiteral("production"), QStringLiteral("v1"), smallOnly, grown, now);
        QVERIFY(!verdict.passed);
        QVERIFY2(verdict.reason.contains(QStringLiteral("hosts are now web-1,web-2,web-3")), qPrintable(verdict.reason));
        QTemporaryDir dir;
        const ChecklistLibrary library = libraryWith(dir, smallYaml());
        QVERIFY(ChecklistGate::forAction({run}, QStringLiteral("production"), {QStringLiteral("web-2")}, now, library, smallOnly).passed);
        QVERIFY(!ChecklistGate::forAction({run}, QStringLiteral("production"), {QStringLiteral("web-3")}, now, library, smallOnly).passed);
        QVERIFY(!ChecklistGate::forAction({run}, QStringLiteral("staging"), {QStringLiteral("web-2")}, now, library, smallOnly).passed);
        // A run of a home-made checklist (here: the creator may sign alone) approves no action.
        const ChecklistLibrary stricter = libraryWith(dir, smallYaml(false, false));
        verdict = ChecklistGate::forAction({run}, QStringLiteral("production"), {QStringLiteral("web-2")}, now, stricter, smallOnly);
        QVERIFY(!verdict.passed);
        QVERIFY2(verdict.reason.contains(QStringLiteral("not this console's template 'small'")), qPrintable(verdict.reason));
    }

    // Issue 12 (2): a signed run approves only an environment that accepts its template.
    void gateAcceptsOnlyTheEnvironmentsTemplates()
    {
        const ChecklistTemplate t = small();
        Script script(planOf(t));
        script.ready().sign(QStringLiteral("bob"), QStringLiteral("devops_lead")).sign(QStringLiteral("dave"), QStringLiteral("tech_lead"));
        const ChecklistRun run = script.fold();
        const QDateTime now = t0.addSecs(900);
        QCOMPARE(run.status(now), RunStatus::Signed);
        auto same = [&](const ChecklistRun &, QString *) { return std::optional(planOf(t)); };
        QTemporaryDir dir;
        const ChecklistLibrary library = libraryWith(dir, smallYaml());

        // Which templates an environment accepts: those the configuration names, else the one named
        // like the environment, else production.
        FleetConfig config;
        for (const QString &name : {QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("qa"), QStringLiteral("small")}) {
            EnvironmentConfig env;
            env.name = name;
            config.environments << env;
        }
        QCOMPARE(library.acceptedFor(config, QStringLiteral("production")), QStringList{QStringLiteral("production")});
        QCOMPARE(library.acceptedFor(config, QStringLiteral("staging")), QStringList{QStringLiteral("staging")});
        QCOMPARE(library.acceptedFor(config, QStringLiteral("qa")), QStringList{QStringLiteral("production")});
        QCOMPARE(library.acceptedFor(config, QStringLiteral("small")), QStringList{QStringLiteral("small")});
        const QString why = library.whyNotAccepted(config, QStringLiteral("production"), QStringLiteral("staging"));
        QVERIFY2(why.contains(QStringLiteral("production accepts only production")), qPrintable(why));
        QCOMPARE(library.whyNotAccepted(config, QStringLiteral("production"), QStringLiteral("production")), QString());

        // Production by default: the small run, signed as it is, approves neither the release nor an action.
        const QStringList accepted = library.acceptedFor(config, QStringLiteral("production"));
        GateVerdict verdict = ChecklistGate::forRelease({run}, QStringLiteral("production"), QStringLiteral("v1"), accepted, same, now);
        QVERIFY(!verdict.passed);
        QVERIFY2(verdict.reason.contains(QStringLiteral("for the checklist template 'small'; production accepts only production")),
                 qPrintable(verdict.reason));
        verdict = ChecklistGate::forAction({run}, QStringLiteral("production"), {QStringLiteral("web-1")}, now, library, accepted);
        QVERIFY(!verdict.passed);
        QVERIFY2(verdict.reason.contains(QStringLiteral("production accepts only production")), qPrintable(verdict.reason));

        // Named in the configuration: it does.
        config.environments[0].checklistTemplates = {QStringLiteral("production"), QStringLiteral("small")};
        QCOMPARE(library.whyNotAccepted(config, QStringLiteral("production"), QStringLiteral("small")), QString());
        const QStringList named = library.acceptedFor(config, QStringLiteral("production"));
        QVERIFY(ChecklistGate::forRelease({run}, QStringLiteral("production"), QStringLiteral("v1"), named, same, now).passed);
        QVERIFY(ChecklistGate::forAction({run}, QStringLiteral("production"), {QStringLiteral("web-1")}, now, library, named).passed);
    }

    void markdownEscapesWhatPeopleWrote()
    {
        Script script(planOf(small()));
        script.add(QStringLiteral("ann"), QStringLiteral("ticked"), {{QStringLiteral("item"), QStringLiteral("a")}, {QStringLiteral("comment"), QStringLiteral("ok | <b>bold</b> *x*")}});
        const QString md = ChecklistExport::markdown(script.fold(), t0.addSecs(600));
        QVERIFY2(md.contains(QStringLiteral("comment: ok \\| \\<b\\>bold\\</b\\> \\*x\\*")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("- [x] A")));
        QVERIFY(md.contains(QStringLiteral("| Plan SHA-256 | ") + script.hash() + QStringLiteral(" |")));
    }

    // Whatever line endings and controls a comment holds, the rendered export (cmark) has the same
    // structure as with a plain one: the comment's lines are <br>, its controls gone.
    void markdownCommentForgesNoStructureWhenRendered()
    {
        auto exported = [this](const QString &comment) {
            Script script(planOf(small()));
            script.add(QStringLiteral("ann"), QStringLiteral("ticked"), {{QStringLiteral("item"), QStringLiteral("a")}, {QStringLiteral("comment"), comment}});
            return ChecklistExport::markdown(script.fold(), t0.addSecs(600));
        };
        const QString plain = exported(QStringLiteral("fine"));
        const QString hostile = exported(QStringLiteral("fine\r\r## Root cause\r\r1. signed off\u2028- [x] \u001b]2;pwned\u0007done\u202e"));
        QVERIFY2(hostile.contains(QStringLiteral("comment: fine<br><br>## Root cause<br><br>1. signed off<br>- \\[x\\] \\]2;pwneddone")),
                 qPrintable(hostile));
        QVERIFY(!hostile.contains(u'\r') && !hostile.contains(QChar(0x1b)) && !hostile.contains(QChar(0x202e)));
        QString why;
        const auto plainHtml = testing::renderCommonMark(plain, &why);
        QVERIFY2(plainHtml, qPrintable(why));
        const auto hostileHtml = testing::renderCommonMark(hostile, &why);
        QVERIFY2(hostileHtml, qPrintable(why));
        QCOMPARE(testing::blockTags(*hostileHtml), testing::blockTags(*plainHtml));
    }
};

QTEST_GUILESS_MAIN(TestChecklistRun)
#include "TestChecklistRun.moc"
