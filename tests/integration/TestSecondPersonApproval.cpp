// Second-person approval (require_approval) end to end, on the sandbox fleet with the team store on a
// real PostgreSQL 15 this test starts: the requester cannot approve their own action, another lead
// approves it from their own console (`opsdeck approve`) and the action then runs and is verified, a
// request nobody approves expires, an approval of another plan does not count (also a rollout chosen
// after the approval), and approvals forged with direct SQL are refused by the database.

#include "PostgresServer.h"
#include "RunProcess.h"
#include "SandboxFleet.h"

#include "health/HealthProbe.h"
#include "ops/ApprovalPlan.h"
#include "ops/GuardedAction.h"
#include "ops/GuardedActionRunner.h"
#include "ops/ServiceActionRunner.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"
#include "store/EventStoreService.h"
#include "store/PostgresEventStore.h"
#include "store/PostgresSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {

struct Harness {
    Harness(const FleetConfig &config, const QString &store) : engine(&prompts, &prompts), runner(&engine, &service, &probe)
    {
        engine.setConfig(config);
        runner.setConfig(config);
        service.open(store);
        QTRY_VERIFY_WITH_TIMEOUT(service.state() == EventStoreService::State::Open || service.state() == EventStoreService::State::Failed,
                                 20'000);
    }
    RefusingPrompts prompts;
    EventStoreService service;
    HealthProbe probe;
    SshEngine engine;
    ServiceActionRunner runner;
};

ServiceActionRequest restart(const QString &host)
{
    ServiceActionRequest r;
    r.verb = ServiceVerb::Restart;
    r.environment = QStringLiteral("production");
    r.service = QStringLiteral("web");
    r.hosts = {host};
    r.reason = QStringLiteral("approval test");
    r.confirmation = QStringLiteral("production");
    r.verifyTimeout = Milliseconds(8'000);
    r.stableFor = Milliseconds(1'000);
    r.pollInterval = Milliseconds(250);
    return r;
}

// An action whose plan the test changes while it waits for approval.
class ChangingAction final : public GuardedAction
{
public:
    QString environment() const override { return QStringLiteral("production"); }
    EventKind startedEventKind() const override { return EventKind::ServiceRestartStarted; }
    EventKind finishedEventKind() const override { return EventKind::ServiceRestart; }
    QString title() const override { return QStringLiteral("changing action on production/host-002"); }
    QStringList lockTargets() const override { return {QStringLiteral("production/host-002/changing")}; }
    QStringList hosts() const override { return {QStringLiteral("host-002")}; }
    int batchSize() const override { return 1; }
    QStringList commands() const override { return {command}; }
    QJsonObject details() const override { return {}; }
    void preflight(std::function<void(const QString &)> done) override { done({}); }
    void runHost(const QString &host, std::function<void(const GuardedHostResult &)> done) override
    {
        ran = true;
        done({host, ActionOutcome::Succeeded, QStringLiteral("did nothing"), {}, 0});
    }
    QString command = QStringLiteral("systemctl restart web");
    bool ran = false;
};

} // namespace

class TestSecondPersonApproval final : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxFleet> m_fleet;
    std::unique_ptr<PostgresServer> m_pg;
    QTemporaryDir m_home;
    QString m_db = QStringLiteral("approvals");

    FleetConfig config(Milliseconds expiry = Milliseconds(60'000)) const
    {
        FleetConfig c = m_fleet->config();
        c.environments[0].requireApproval = true;
        c.environments[0].approvalExpiry = expiry;
        return c;
    }
    std::unique_ptr<PostgresEventStore> open(const QString &user)
    {
        auto store = PostgresEventStore::open(m_pg->conninfo(user, m_db));
        if (!store)
            qWarning() << store.error;
        return store ? std::move(*store.value) : nullptr;
    }
    // The one request waiting in production, as a second console sees it.
    ApprovalRequest waitingRequest(EventStore &store)
    {
        for (int i = 0; i < 200; ++i) {
            const auto found = store.approvals({}, QStringLiteral("production"));
            if (found && found.value->size() == 1)
                return found.value->constFirst();
            QTest::qWait(100);
        }
        return {};
    }
    ProcessResult approveCli(const QString &user, const QStringList &arguments, const QString &lang = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!lang.isEmpty()) {
            for (const char *name : {"LC_ALL", "LC_MESSAGES", "LC_TIME", "LANGUAGE"})
                env.remove(QString::fromLatin1(name));
            env.insert(QStringLiteral("LANG"), lang);
        }
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("OPSDECK_STORE"));
        env.remove(QStringLiteral("DISPLAY"));
        return runOpsdeck(QStringList{QStringLiteral("approve")} + arguments + QStringList{QStringLiteral("--store"), m_pg->uri(user, m_db)},
                          env);
    }
    QList<Event> events(const QString &kindPrefix)
    {
        auto reader = open(QStringLiteral("postgres"));
        EventFilter filter;
        filter.kinds = {kindPrefix};
        return reader ? *reader->events(filter).value : QList<Event>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(false);
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("2"),
                                                             QStringLiteral("--start-seconds"), QStringLiteral("1")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_pg = std::make_unique<PostgresServer>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        QVERIFY(m_pg->createDatabase(m_db));
        const auto migrated = PostgresSchema::migrate(m_pg->conninfo(QStringLiteral("postgres"), m_db));
        QVERIFY2(migrated.error.isEmpty(), qPrintable(migrated.error));
        const QString owner = m_pg->conninfo(QStringLiteral("postgres"), m_db);
        for (const auto &[login, role] : {std::pair{QStringLiteral("lea"), QStringLiteral("lead")},
                                          std::pair{QStringLiteral("leo"), QStringLiteral("lead")},
                                          std::pair{QStringLiteral("ola"), QStringLiteral("operator")}})
            QCOMPARE(PostgresSchema::grant(owner, login, role), QString());
    }
    void cleanupTestCase()
    {
        m_fleet.reset();
        m_pg.reset();
    }
    void init()
    {
        for (const QString &host : {QStringLiteral("host-001"), QStringLiteral("host-002")})
            QVERIFY(m_fleet->scenario(host, QStringLiteral("web"), QStringLiteral("ok")));
    }

    // The requester cannot approve, neither in the store nor with `opsdeck approve`; an operator
    // cannot either; the action waits, and cancelling it withdraws the request.
    void requesterIsRefused()
    {
        Harness h(config(), m_pg->uri(QStringLiteral("lea"), m_db));
        QSignalSpy finished(&h.runner, &ServiceActionRunner::finished);
        QSignalSpy progress(&h.runner, &ServiceActionRunner::progress);
        const quint64 action = h.runner.start(restart(QStringLiteral("host-001")));
        auto lea = open(QStringLiteral("lea"));
        auto ola = open(QStringLiteral("ola"));
        QVERIFY(lea && ola);
        const ApprovalRequest request = waitingRequest(*lea);
        QVERIFY2(!request.id.isEmpty(), "no request for approval was made");
        QCOMPARE(request.requester, QStringLiteral("lea"));
        QCOMPARE(request.role, QStringLiteral("opsdeck_lead"));
        QCOMPARE(request.planHash, ApprovalPlan::hashOf(request.plan));
        QVERIFY2(request.plan.contains(QStringLiteral("host-001")) && request.plan.contains(QStringLiteral("restart")), qPrintable(request.plan));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.cbegin(), progress.cend(),
                                             [&](const QList<QVariant> &p) {
                                                 return p.at(1).toString().contains(QStringLiteral("waiting for approval by a lead"))
                                                        && p.at(1).toString().contains(request.id);
                                             }),
                                 10'000);

        const auto own = lea->decideApproval(request.id, request.planHash, true, QStringLiteral("looks fine to me"));
        QVERIFY(!own);
        QVERIFY2(own.error.contains(QStringLiteral("may not decide it: a second person must")), qPrintable(own.error));
        const ProcessResult cli = approveCli(QStringLiteral("lea"), {request.id.left(8), QStringLiteral("--reason"), QStringLiteral("mine")});
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.err.contains(QStringLiteral("a second person must")), qPrintable(cli.err));
        const auto operatorTry = ola->decideApproval(request.id, request.planHash, true, QStringLiteral("sure"));
        QVERIFY(!operatorTry);
        QVERIFY2(operatorTry.error.contains(QStringLiteral("it takes the role opsdeck_lead")), qPrintable(operatorTry.error));

        QTest::qWait(1'500);
        QVERIFY(finished.isEmpty()); // still waiting for a second person
        h.runner.cancel(action);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        QCOMPARE(finished.constFirst().constFirst().value<ServiceActionReport>().outcome, ActionOutcome::NotAttempted);
        QTRY_COMPARE_WITH_TIMEOUT(lea->approvals(request.id, {}).value->constFirst().state, QStringLiteral("withdrawn"), 5'000);
        QVERIFY(events(QStringLiteral("service.")).isEmpty()); // nothing started
    }

    // Another lead looks at the plan and approves from their own console: the action proceeds,
    // is verified on the host, and its record names the approval.
    void anotherLeadApproves()
    {
        Harness h(config(), m_pg->uri(QStringLiteral("lea"), m_db));
        QSignalSpy finished(&h.runner, &ServiceActionRunner::finished);
        h.runner.start(restart(QStringLiteral("host-001")));
        auto leo = open(QStringLiteral("leo"));
        QVERIFY(leo);
        const ApprovalRequest request = waitingRequest(*leo);
        QVERIFY2(!request.id.isEmpty(), "no request for approval was made");

        const ProcessResult listed = approveCli(QStringLiteral("leo"), {QStringLiteral("production")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(request.id) && listed.out.contains(QStringLiteral("requested by lea"))
                     && listed.out.contains(QStringLiteral("host-001")) && listed.out.contains(request.planHash),
                 qPrintable(listed.out));
        // The listing's times as the reader's locale writes them ("angefragt von lea am 04.12.26
        // 14:07:05"), not ISO 8601; --json keeps ISO 8601 UTC.
        const ProcessResult german = approveCli(QStringLiteral("leo"), {QStringLiteral("production")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(german.exitCode, 0);
        const QRegularExpression localTime(QStringLiteral("angefragt von lea am \\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d, "
                                                          "gültig bis \\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        QVERIFY2(localTime.match(german.out).hasMatch(), qPrintable(german.out));
        QVERIFY2(!german.out.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT"))), qPrintable(german.out));
        const ProcessResult json = approveCli(QStringLiteral("leo"), {QStringLiteral("production"), QStringLiteral("--json")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject listedJson = QJsonDocument::fromJson(json.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(listedJson[QStringLiteral("requested_at")].toString(), request.requestedAt.toUTC().toString(Qt::ISODate));
        QVERIFY(finished.isEmpty());
        const ProcessResult approved =
            approveCli(QStringLiteral("leo"), {request.id.left(8), QStringLiteral("--reason"), QStringLiteral("plan checked")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err + approved.out));
        QVERIFY2(approved.out.contains(QStringLiteral("Approved")), qPrintable(approved.out));

        QVERIFY(finished.wait(60'000));
        const ServiceActionReport report = finished.constFirst().constFirst().value<ServiceActionReport>();
        QVERIFY2(report.outcome == ActionOutcome::Succeeded, qPrintable(report.summary));
        const QList<Event> approvals = events(QStringLiteral("approval."));
        QVERIFY(approvals.size() >= 2);
        QCOMPARE(approvals.constLast().kind, QStringLiteral("approval.granted"));
        QCOMPARE(approvals.constLast().actor, QStringLiteral("leo"));
        QCOMPARE(approvals.constLast().details.value(QStringLiteral("request")).toString(), request.id);
        const QList<Event> started = events(QStringLiteral("service.restart.started"));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.constFirst().actor, QStringLiteral("lea"));
        const QJsonObject approval = started.constFirst().details.value(QStringLiteral("approval")).toObject();
        QCOMPARE(approval.value(QStringLiteral("approved_by")).toString(), QStringLiteral("leo"));
        QCOMPARE(approval.value(QStringLiteral("plan_hash")).toString(), request.planHash);
        // Once used, the request cannot be decided again.
        QVERIFY(!leo->decideApproval(request.id, request.planHash, true, QStringLiteral("again")));
    }

    // Nobody approves: the action is refused when the request expires, and the request cannot be
    // approved afterwards.
    void approvalExpires()
    {
        Harness h(config(Milliseconds(3'000)), m_pg->uri(QStringLiteral("lea"), m_db));
        QSignalSpy finished(&h.runner, &ServiceActionRunner::finished);
        h.runner.start(restart(QStringLiteral("host-002")));
        auto leo = open(QStringLiteral("leo"));
        QVERIFY(leo);
        const ApprovalRequest request = waitingRequest(*leo);
        QVERIFY2(!request.id.isEmpty(), "no request for approval was made");
        QVERIFY(finished.wait(15'000));
        const ServiceActionReport report = finished.constFirst().constFirst().value<ServiceActionReport>();
        QCOMPARE(report.outcome, ActionOutcome::NotAttempted);
        QVERIFY2(report.summary.contains(QStringLiteral("the request expired")), qPrintable(report.summary));
        QTRY_COMPARE_WITH_TIMEOUT(leo->approvals(request.id, {}).value->constFirst().state, QStringLiteral("expired"), 5'000);
        const QList<Event> expired = events(QStringLiteral("approval.expired"));
        QVERIFY(!expired.isEmpty());
        QCOMPARE(expired.constLast().details.value(QStringLiteral("request")).toString(), request.id);
        QVERIFY(!leo->decideApproval(request.id, request.planHash, true, QStringLiteral("too late")));

        // The database refuses a late approval also while the request still says pending.
        ApprovalRequest ask;
        ask.environment = QStringLiteral("production");
        ask.action = QStringLiteral("restart");
        ask.title = QStringLiteral("restart of web on production/host-002");
        ask.plan = QStringLiteral("{\"hosts\":[\"host-002\"]}");
        ask.planHash = ApprovalPlan::hashOf(ask.plan);
        ask.role = ApprovalPlan::requiredRole();
        ask.console = QStringLiteral("test#1");
        auto lea = open(QStringLiteral("lea"));
        const auto made = lea->requestApproval(ask, std::chrono::milliseconds(1'000));
        QVERIFY2(made, qPrintable(made.error));
        QTest::qWait(1'300);
        const auto late = leo->decideApproval(made.value->id, made.value->planHash, true, QStringLiteral("too late"));
        QVERIFY(!late);
        QVERIFY2(late.error.contains(QStringLiteral("can no longer be decided")), qPrintable(late.error));
    }

    // An approval names the plan it is for: another plan's hash is refused by the database, and a
    // runner whose action's plan changed after the request does not go ahead on it.
    void changedPlanVoidsIt()
    {
        auto lea = open(QStringLiteral("lea"));
        auto leo = open(QStringLiteral("leo"));
        QVERIFY(lea && leo);
        ChangingAction action;
        ApprovalRequest ask;
        ask.environment = QStringLiteral("production");
        ask.action = action.actionName();
        ask.title = action.title();
        ask.plan = ApprovalPlan::canonical(action);
        ask.planHash = ApprovalPlan::hashOf(ask.plan);
        ask.role = ApprovalPlan::requiredRole();
        ask.console = QStringLiteral("test#2");
        // A request whose plan does not hash to its hash is not recorded.
        ApprovalRequest mismatched = ask;
        mismatched.plan += QStringLiteral(" ");
        QVERIFY(!lea->requestApproval(mismatched, std::chrono::minutes(1)));
        const auto made = lea->requestApproval(ask, std::chrono::minutes(1));
        QVERIFY2(made, qPrintable(made.error));
        action.command = QStringLiteral("systemctl restart web; rm -rf /srv");
        const QString otherHash = ApprovalPlan::hashOf(ApprovalPlan::canonical(action));
        const auto other = leo->decideApproval(made.value->id, otherHash, true, QStringLiteral("for the other plan"));
        QVERIFY(!other);
        QVERIFY2(other.error.contains(QStringLiteral("look at its plan again")), qPrintable(other.error));
        QVERIFY(lea->closeApproval(made.value->id, QStringLiteral("test#2")));

        // The runner: approved for the plan it asked about, but its action now has another plan.
        action.command = QStringLiteral("systemctl restart web");
        EventStoreService service;
        service.open(m_pg->uri(QStringLiteral("lea"), m_db));
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), EventStoreService::State::Open, 20'000);
        GuardedActionRunner runner(&service);
        runner.setConfig(config());
        QSignalSpy finished(&runner, &GuardedActionRunner::finished);
        runner.start(&action, QStringLiteral("approval test"), QStringLiteral("production"));
        const ApprovalRequest request = waitingRequest(*leo);
        QVERIFY2(!request.id.isEmpty(), "no request for approval was made");
        action.command = QStringLiteral("systemctl restart web; rm -rf /srv");
        const auto approved = leo->decideApproval(request.id, request.planHash, true, QStringLiteral("plan checked"));
        QVERIFY2(approved, qPrintable(approved.error));
        QVERIFY(finished.wait(15'000));
        const GuardedActionReport report = finished.constFirst().constFirst().value<GuardedActionReport>();
        QCOMPARE(report.outcome, ActionOutcome::NotAttempted);
        QVERIFY2(report.summary.contains(QStringLiteral("the approval does not count")), qPrintable(report.summary));
        QVERIFY(!action.ran);
    }

    // The rollout chosen in the confirmation (the window's batch size and pause, after the approval
    // came) is part of the plan: a rollout other than the approved one voids the approval, and the
    // refusal says what changed; the same rollout goes ahead.
    void rolloutChangedAfterApprovalVoidsIt_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<int>("pauseMs");
        QTest::addColumn<QString>("changed");
        QTest::newRow("same rollout") << 1 << 0 << QString();
        QTest::newRow("larger batches") << 2 << 0 << QStringLiteral("details.batch_size: 1 → 2");
        QTest::newRow("pause between batches") << 1 << 1500 << QStringLiteral("details.pause_ms: 0 → 1500");
    }
    void rolloutChangedAfterApprovalVoidsIt()
    {
        QFETCH(int, batchSize);
        QFETCH(int, pauseMs);
        QFETCH(QString, changed);
        const int startedBefore = int(events(QStringLiteral("service.restart.started")).size());
        Harness h(config(), m_pg->uri(QStringLiteral("lea"), m_db));
        QSignalSpy awaiting(&h.runner, &ServiceActionRunner::awaitingConfirmation);
        QSignalSpy finished(&h.runner, &ServiceActionRunner::finished);
        ServiceActionRequest request = restart(QStringLiteral("host-001"));
        request.hosts << QStringLiteral("host-002");
        const quint64 action = h.runner.begin(request);
        auto leo = open(QStringLiteral("leo"));
        QVERIFY(leo);
        const ApprovalRequest waiting = waitingRequest(*leo);
        QVERIFY2(!waiting.id.isEmpty(), "no request for approval was made");
        QVERIFY2(waiting.plan.contains(QStringLiteral("\"batch_size\":1")), qPrintable(waiting.plan));
        const auto approved = leo->decideApproval(waiting.id, waiting.planHash, true, QStringLiteral("one host at a time"));
        QVERIFY2(approved, qPrintable(approved.error));
        QVERIFY(awaiting.wait(15'000));
        // As the Services area does when its dialog is accepted.
        h.runner.setRollout(action, batchSize, Milliseconds(pauseMs));
        h.runner.confirm(action, QStringLiteral("approval test"), QStringLiteral("production"));
        QVERIFY(finished.wait(60'000));
        const ServiceActionReport report = finished.constFirst().constFirst().value<ServiceActionReport>();
        const int started = int(events(QStringLiteral("service.restart.started")).size()) - startedBefore;
        if (changed.isEmpty()) {
            QVERIFY2(report.outcome == ActionOutcome::Succeeded, qPrintable(report.summary));
            QCOMPARE(started, 1);
            return;
        }
        QCOMPARE(report.outcome, ActionOutcome::NotAttempted);
        QVERIFY2(report.summary.contains(QStringLiteral("changed after leo approved it")) && report.summary.contains(changed)
                     && report.summary.contains(QStringLiteral("request approval of the plan as it is now")),
                 qPrintable(report.summary));
        QCOMPARE(started, 0);
        for (const HostActionResult &host : report.hosts)
            QCOMPARE(host.outcome, ActionOutcome::NotAttempted);
    }

    // Approvals written around the functions are refused by the database, whoever tries; the action
    // keeps waiting for a real one.
    void databaseRefusesForgedApprovals()
    {
        Harness h(config(), m_pg->uri(QStringLiteral("lea"), m_db));
        QSignalSpy finished(&h.runner, &ServiceActionRunner::finished);
        const quint64 action = h.runner.start(restart(QStringLiteral("host-002")));
        auto leo = open(QStringLiteral("leo"));
        QVERIFY(leo);
        const ApprovalRequest request = waitingRequest(*leo);
        QVERIFY2(!request.id.isEmpty(), "no request for approval was made");
        const QString id = request.id;
        for (const QString &login : {QStringLiteral("lea"), QStringLiteral("leo"), QStringLiteral("ola")}) {
            for (const QString &sql :
                 {QStringLiteral("UPDATE opsdeck.approvals SET state = 'approved', decided_by = 'leo', decided_at = now(),"
                                 " decision_reason = 'forged' WHERE id = '%1'")
                      .arg(id),
                  QStringLiteral("INSERT INTO opsdeck.approvals SELECT gen_random_uuid()::text, environment, action, title, plan,"
                                 " plan_hash, role, requester, console, requested_at, expires_at, 'approved', 'leo', now(), 'forged'"
                                 " FROM opsdeck.approvals WHERE id = '%1'")
                      .arg(id),
                  QStringLiteral("DELETE FROM opsdeck.approvals")}) {
                const QString error = m_pg->exec(sql, m_db, login);
                QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(login + QStringLiteral(": ") + sql + QStringLiteral(": ") + error));
            }
        }
        // The requester calling the function herself is still the requester.
        const QString own = m_pg->exec(QStringLiteral("SELECT * FROM opsdeck.approval_decide('%1', '%2', true, 'me')").arg(id, request.planHash),
                                       m_db, QStringLiteral("lea"));
        QVERIFY2(own.contains(QStringLiteral("a second person must")), qPrintable(own));
        // An operator cannot record a decision event either.
        const QString event = m_pg->exec(QStringLiteral("INSERT INTO opsdeck.events (kind, environment, summary, details) VALUES"
                                                        " ('approval.granted', 'production', 'leo approved', '{\"request\": \"%1\"}')")
                                             .arg(id),
                                         m_db, QStringLiteral("ola"));
        QVERIFY2(event.contains(QStringLiteral("may not record approval.granted")), qPrintable(event));
        // Even the owner cannot make a request approved by its own requester.
        const QString self = m_pg->exec(QStringLiteral("UPDATE opsdeck.approvals SET state = 'approved', decided_by = requester,"
                                                       " decided_at = now(), decision_reason = 'x' WHERE id = '%1'")
                                            .arg(id),
                                        m_db);
        QVERIFY2(self.contains(QStringLiteral("check constraint")), qPrintable(self));

        QTest::qWait(2'000);
        QVERIFY(finished.isEmpty());
        QCOMPARE(leo->approvals(id, {}).value->constFirst().state, QStringLiteral("pending"));
        h.runner.cancel(action);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        QCOMPARE(finished.constFirst().constFirst().value<ServiceActionReport>().outcome, ActionOutcome::NotAttempted);
    }
};

QTEST_GUILESS_MAIN(TestSecondPersonApproval)
#include "TestSecondPersonApproval.moc"
