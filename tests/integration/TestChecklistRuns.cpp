// Checklist runs on both store backends, against a real PostgreSQL 15 this test starts: the seeds'
// production checklist from start to sign-off by four distinct leads, four eyes, unfinished items,
// a plan change voiding signatures, expiry, concurrent signing from two connections, and on
// PostgreSQL direct-SQL forgery attempts with application roles.

#include "PostgresServer.h"

#include "checklist/ChecklistLedger.h"
#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistTemplateLoader.h"
#include "store/AuditChain.h"
#include "store/PostgresEventStore.h"
#include "store/PostgresSchema.h"
#include "store/SqliteEventStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace opsdeck;
using opsdeck::testing::PostgresServer;

namespace {

// ann starts runs; alice, bob, carol and dave are the four leads of the seeds' sign-off; erin holds
// two sign-off roles; mallory is an operator without any.
const QString ann = QStringLiteral("ann");
const QString alice = QStringLiteral("alice");
const QString bob = QStringLiteral("bob");
const QString carol = QStringLiteral("carol");
const QString dave = QStringLiteral("dave");
const QString erin = QStringLiteral("erin");
const QString mallory = QStringLiteral("mallory");

FleetConfig fleet()
{
    FleetConfig config;
    EnvironmentConfig production;
    production.name = QStringLiteral("production");
    for (const QString &name : {QStringLiteral("web-1"), QStringLiteral("web-2")}) {
        HostConfig host;
        host.name = name;
        host.environment = production.name;
        production.hosts << host;
    }
    config.environments << production;
    for (const auto &[id, name] : {std::pair{QStringLiteral("product_owner"), QStringLiteral("Product Owner")},
                                   std::pair{QStringLiteral("devops_lead"), QStringLiteral("DevOps Lead")},
                                   std::pair{QStringLiteral("security_lead"), QStringLiteral("Security Lead")},
                                   std::pair{QStringLiteral("tech_lead"), QStringLiteral("Tech Lead")}})
        config.roles << Role{id, name};
    config.people << Person{ann, QStringLiteral("Ann"), {}} << Person{alice, QStringLiteral("Alice"), {QStringLiteral("product_owner")}}
                  << Person{bob, QStringLiteral("Bob"), {QStringLiteral("devops_lead")}}
                  << Person{carol, QStringLiteral("Carol"), {QStringLiteral("security_lead")}}
                  << Person{dave, QStringLiteral("Dave"), {QStringLiteral("tech_lead")}}
                  << Person{erin, QStringLiteral("Erin"), {QStringLiteral("devops_lead"), QStringLiteral("tech_lead")}}
                  << Person{mallory, QStringLiteral("Mallory"), {}};
    return config;
}

// A small template: two required items (one automatic), one optional, two roles.
ChecklistTemplate smallTemplate(const QString &validity = QStringLiteral("24h"), bool creatorMaySign = false)
{
    const QByteArray yaml = "checklist: 1\nid: small\nname: Small\nsections:\n  - title: Before\n    items:\n"
                            "      - id: tests\n        text: Tests pass\n"
                            "      - id: backup\n        text: Fresh backup\n        evidence:\n          backup_age:\n            max: 2h\n"
                            "      - id: notes\n        text: Notes written\n        required: false\n"
                            "signoff:\n  roles:\n    devops_lead:\n      name: DevOps Lead\n    tech_lead:\n      name: Tech Lead\n"
                            "  creator_may_sign: "
                            + QByteArray(creatorMaySign ? "true" : "false") + "\n  validity: " + validity.toUtf8() + "\n";
    const TemplateLoadResult loaded = ChecklistTemplateLoader::loadBytes(yaml, QStringLiteral("small.yaml"));
    if (!loaded.ok())
        qFatal("small template: %s", qPrintable(loaded.errors.value(0).toString()));
    return *loaded.checklist;
}

Evidence passing()
{
    return {true, QStringLiteral("newest backup 12 minutes old on web-1, web-2"),
            QJsonArray{QJsonObject{{QStringLiteral("target"), QStringLiteral("web-1:db")}, {QStringLiteral("passed"), true}}},
            QDateTime::currentDateTimeUtc()};
}

} // namespace

class TestChecklistRuns final : public QObject
{
    Q_OBJECT
    std::unique_ptr<PostgresServer> m_pg;
    QTemporaryDir m_dir;
    FleetConfig m_config = fleet();
    int m_databases = 0;
    QString m_backend;  // "sqlite" or "postgresql" for the current test row
    QString m_location; // the current row's database: a file or a database name

    // A fresh store for the current row: people and roles set up.
    bool freshStore()
    {
        QFETCH(QString, backend);
        m_backend = backend;
        ++m_databases;
        if (backend == QLatin1String("sqlite")) {
            m_location = m_dir.filePath(QStringLiteral("store%1.db").arg(m_databases));
            return true;
        }
        m_location = QStringLiteral("cl%1").arg(m_databases);
        if (!m_pg->createDatabase(m_location))
            return false;
        const QString owner = m_pg->conninfo(QStringLiteral("postgres"), m_location);
        if (const auto migrated = PostgresSchema::migrate(owner); !migrated.error.isEmpty()) {
            qWarning() << migrated.error;
            return false;
        }
        for (const Person &person : std::as_const(m_config.people)) {
            if (!PostgresSchema::grant(owner, person.login, QStringLiteral("operator")).isEmpty())
                return false;
            for (const QString &role : person.roles) {
                if (const QString error = PostgresSchema::grant(owner, person.login, QStringLiteral("signer:") + role); !error.isEmpty()) {
                    qWarning() << error;
                    return false;
                }
            }
        }
        return true;
    }

    // A console of one person on the current row's store (on this thread).
    std::unique_ptr<EventStore> open(const QString &login) const
    {
        if (m_backend == QLatin1String("sqlite")) {
            auto store = SqliteEventStore::open(m_location, login);
            return store ? std::move(*store.value) : nullptr;
        }
        auto store = PostgresEventStore::open(m_pg->conninfo(login, m_location));
        if (!store)
            qWarning() << store.error;
        return store ? std::move(*store.value) : nullptr;
    }

    ChecklistActor actorOf(const EventStore &store) const { return ChecklistActor::of(store, &m_config); }

    ChecklistPlan plan(const ChecklistTemplate &checklist, const QString &version = QStringLiteral("2.4.1")) const
    {
        QString why;
        auto made = ChecklistPlan::make(checklist, m_config, QStringLiteral("production"), version, {}, &why);
        if (!made)
            qFatal("plan: %s", qPrintable(why));
        return *made;
    }

    static QList<Event> refusals(EventStore &store, const QString &runId)
    {
        EventFilter filter;
        filter.kind = QStringLiteral("checklist.refused");
        filter.detailKey = QStringLiteral("run");
        filter.detailValue = runId;
        return store.events(filter).value.value_or(QList<Event>{});
    }

    // What a signer's console does before signing: runs the automatic checks (here: records them as
    // passing). Returns why not, or empty.
    static QString checkOwn(ChecklistLedger &ledger, const QString &runId)
    {
        const auto run = ledger.run(runId);
        if (!run)
            return run.error;
        for (const ChecklistItem &item : run.value->plan.checklist.items()) {
            if (!item.required || !item.evidence.isAutomatic())
                continue;
            if (const auto recorded = ledger.recordEvidence(runId, item.id, passing()); !recorded)
                return recorded.error;
        }
        return {};
    }
    // Checks, then signs.
    static StoreResult<ChecklistRun> checkAndSign(ChecklistLedger &ledger, const QString &runId, const QString &role)
    {
        if (const QString why = checkOwn(ledger, runId); !why.isEmpty())
            return StoreResult<ChecklistRun>::failure(why);
        return ledger.sign(runId, role, QStringLiteral("approved"));
    }

    // Starts a small run as ann and does its required items.
    QString readySmallRun(EventStore &annStore, const ChecklistTemplate &checklist)
    {
        ChecklistLedger ledger(annStore, actorOf(annStore));
        auto run = ledger.start(plan(checklist));
        if (!run)
            return {};
        if (!ledger.tick(run.value->id, QStringLiteral("tests"), QStringLiteral("pipeline 812 green"))
            || !ledger.recordEvidence(run.value->id, QStringLiteral("backup"), passing()))
            return {};
        return run.value->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.path().toUtf8());
        m_pg = std::make_unique<PostgresServer>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
    }

    void fullProductionRunSignedByFourLeads_data() { backends(); }
    void fullProductionRunSignedByFourLeads()
    {
        QVERIFY(freshStore());
        const ChecklistLibrary library = ChecklistLibrary::load({});
        const ChecklistTemplate *production = library.find(QStringLiteral("production"));
        QVERIFY(production);
        auto annStore = open(ann);
        auto carolStore = open(carol);
        QVERIFY(annStore && carolStore);
        ChecklistLedger annLedger(*annStore, actorOf(*annStore));
        ChecklistLedger carolLedger(*carolStore, actorOf(*carolStore));

        const ChecklistPlan approved = plan(*production);
        auto started = annLedger.start(approved);
        QVERIFY2(started, qPrintable(started.error));
        const QString runId = started.value->id;
        QCOMPARE(started.value->planHash, approved.hash());
        QCOMPARE(started.value->creator, ann);
        QCOMPARE(started.value->status(QDateTime::currentDateTimeUtc()), RunStatus::InProgress);
        QCOMPARE(started.value->pendingRequired().size(), 102);

        // Ann may not tick the Security items: they are the Security Lead's.
        const QString securityItem = QStringLiteral("security.enable-https-tls-for-all-communications");
        auto notHers = annLedger.tick(runId, securityItem, QString());
        QVERIFY(!notHers);
        QVERIFY2(notHers.error.contains(QStringLiteral("security_lead")), qPrintable(notHers.error));

        for (const ChecklistItem &item : production->items()) {
            if (!item.required)
                continue;
            StoreResult<ChecklistRun> done = item.evidence.isAutomatic() ? annLedger.recordEvidence(runId, item.id, passing())
                                             : item.role == QLatin1String("security_lead")
                                                 ? carolLedger.tick(runId, item.id, QStringLiteral("reviewed"))
                                                 : annLedger.tick(runId, item.id, QStringLiteral("done"));
            QVERIFY2(done, qPrintable(item.id + QStringLiteral(": ") + done.error));
        }
        auto ready = annLedger.run(runId);
        QVERIFY(ready);
        QCOMPARE(ready.value->status(QDateTime::currentDateTimeUtc()), RunStatus::ReadyToSign);
        QCOMPARE(ready.value->items.value(securityItem).doneBy, carol);

        // The four leads sign, each from their own console.
        const QList<std::pair<QString, QString>> signers{{alice, QStringLiteral("product_owner")},
                                                         {bob, QStringLiteral("devops_lead")},
                                                         {carol, QStringLiteral("security_lead")},
                                                         {dave, QStringLiteral("tech_lead")}};
        for (const auto &[login, role] : signers) {
            auto store = open(login);
            QVERIFY(store);
            ChecklistLedger ledger(*store, actorOf(*store));
            auto signedRun = checkAndSign(ledger, runId, role);
            QVERIFY2(signedRun, qPrintable(login + QStringLiteral(": ") + signedRun.error));
        }
        auto final = annLedger.run(runId.left(8)); // a prefix names it too
        QVERIFY2(final, qPrintable(final.error));
        const ChecklistRun &run = *final.value;
        QCOMPARE(run.status(QDateTime::currentDateTimeUtc()), RunStatus::Signed);
        QCOMPARE(run.activeSignatures(), 4);
        for (const Signature &s : run.signatures)
            QCOMPARE(s.planHash, approved.hash());
        QVERIFY(run.expiresAt > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        QVERIFY(run.ignored.isEmpty());
        // Optional items (the deployment itself, afterwards) may still be recorded on the signed run.
        QVERIFY(annLedger.tick(runId, QStringLiteral("deployment.monitor-backend-logs-for-errors"), QStringLiteral("no errors")));
        QCOMPARE(annLedger.run(runId).value->status(QDateTime::currentDateTimeUtc()), RunStatus::Signed);
        // Every event of it is in the audit chain, intact.
        AuditChain::Verifier verifier;
        verifier.feed(*annStore->auditRows(0, 100'000).value);
        QVERIFY(verifier.finish(*annStore->auditHead().value).intact());
    }

    void creatorMayNotSign_data() { backends(); }
    void creatorMayNotSign()
    {
        QVERIFY(freshStore());
        auto erinStore = open(erin); // erin holds devops_lead and tech_lead
        QVERIFY(erinStore);
        const QString runId = readySmallRun(*erinStore, smallTemplate());
        QVERIFY(!runId.isEmpty());
        ChecklistLedger ledger(*erinStore, actorOf(*erinStore));
        auto refused = ledger.sign(runId, QStringLiteral("devops_lead"), QString());
        QVERIFY(!refused);
        QVERIFY2(refused.error.contains(QStringLiteral("four eyes")), qPrintable(refused.error));
        const QList<Event> audited = refusals(*erinStore, runId);
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited.constFirst().actor, erin);
        QVERIFY(audited.constFirst().details.value(QStringLiteral("reason")).toString().contains(QStringLiteral("four eyes")));
        QCOMPARE(ledger.run(runId).value->activeSignatures(), 0);
        // Someone else holding the role may.
        auto bobStore = open(bob);
        ChecklistLedger bobLedger(*bobStore, actorOf(*bobStore));
        QVERIFY(checkAndSign(bobLedger, runId, QStringLiteral("devops_lead")));
        // A template may allow the creator to sign: then erin may, for one role.
        const QString own = readySmallRun(*erinStore, smallTemplate(QStringLiteral("24h"), true));
        QVERIFY(ledger.sign(own, QStringLiteral("tech_lead"), QString()));
        auto second = ledger.sign(own, QStringLiteral("devops_lead"), QString());
        QVERIFY(!second);
        QVERIFY2(second.error.contains(QStringLiteral("different person")), qPrintable(second.error));
    }

    void signingNeedsTheRoleAndEveryRequiredItem_data() { backends(); }
    void signingNeedsTheRoleAndEveryRequiredItem()
    {
        QVERIFY(freshStore());
        auto annStore = open(ann);
        auto bobStore = open(bob);
        auto malloryStore = open(mallory);
        ChecklistLedger annLedger(*annStore, actorOf(*annStore));
        ChecklistLedger bobLedger(*bobStore, actorOf(*bobStore));
        ChecklistLedger malloryLedger(*malloryStore, actorOf(*malloryStore));
        auto run = annLedger.start(plan(smallTemplate()));
        QVERIFY(run);
        QVERIFY(annLedger.tick(run.value->id, QStringLiteral("tests"), QString()));
        auto early = bobLedger.sign(run.value->id, QStringLiteral("devops_lead"), QString());
        QVERIFY(!early);
        QVERIFY2(early.error.contains(QStringLiteral("required items are not done: backup")), qPrintable(early.error));
        // A failed check does not make it done; a passing one does.
        Evidence failed = passing();
        failed.passed = false;
        failed.summary = QStringLiteral("newest backup 30 hours old on web-2");
        QVERIFY(annLedger.recordEvidence(run.value->id, QStringLiteral("backup"), failed));
        QVERIFY(!bobLedger.sign(run.value->id, QStringLiteral("devops_lead"), QString()));
        QVERIFY(!annLedger.tick(run.value->id, QStringLiteral("backup"), QStringLiteral("trust me")));
        QVERIFY(annLedger.recordEvidence(run.value->id, QStringLiteral("backup"), passing()));
        auto noRole = malloryLedger.sign(run.value->id, QStringLiteral("devops_lead"), QString());
        QVERIFY(!noRole);
        QVERIFY2(noRole.error.contains(QStringLiteral("does not hold the sign-off role devops_lead")), qPrintable(noRole.error));
        QVERIFY(checkAndSign(bobLedger, run.value->id, QStringLiteral("devops_lead")));
        // Signed: required items are frozen (unticking would approve an unfinished list), optional ones are not.
        auto frozen = annLedger.untick(run.value->id, QStringLiteral("tests"), QStringLiteral("flaky"));
        QVERIFY(!frozen);
        QVERIFY2(frozen.error.contains(QStringLiteral("revoked first")), qPrintable(frozen.error));
        QVERIFY(annLedger.tick(run.value->id, QStringLiteral("notes"), QString()));
        QVERIFY(annLedger.untick(run.value->id, QStringLiteral("notes"), QStringLiteral("not yet")));
        // Revoking needs a reason and the signer (or an admin); then unticking is possible again.
        QVERIFY(!annLedger.revoke(run.value->id, bobLedger.run(run.value->id).value->signatures.constFirst().eventId, QStringLiteral("no")));
        const qint64 signature = bobLedger.run(run.value->id).value->signatures.constFirst().eventId;
        QVERIFY(!bobLedger.revoke(run.value->id, signature, QString()));
        QVERIFY(bobLedger.revoke(run.value->id, signature, QStringLiteral("found a bug in the release")));
        auto after = annLedger.untick(run.value->id, QStringLiteral("tests"), QStringLiteral("re-running"));
        QVERIFY2(after, qPrintable(after.error));
        QCOMPARE(after.value->signatures.constFirst().end, Signature::End::Revoked);
        QCOMPARE(after.value->status(QDateTime::currentDateTimeUtc()), RunStatus::InProgress);
        // Every refusal above is in the log.
        QCOMPARE(refusals(*annStore, run.value->id).size(), 7);
    }

    void planChangeVoidsSignatures_data() { backends(); }
    void planChangeVoidsSignatures()
    {
        QVERIFY(freshStore());
        auto annStore = open(ann);
        auto bobStore = open(bob);
        const ChecklistTemplate checklist = smallTemplate();
        const QString runId = readySmallRun(*annStore, checklist);
        QVERIFY(!runId.isEmpty());
        ChecklistLedger annLedger(*annStore, actorOf(*annStore));
        ChecklistLedger bobLedger(*bobStore, actorOf(*bobStore));
        auto signedRun = checkAndSign(bobLedger, runId, QStringLiteral("devops_lead"));
        QVERIFY(signedRun);
        const QString oldHash = signedRun.value->planHash;

        auto changed = annLedger.replan(runId, plan(checklist, QStringLiteral("2.4.2")), QStringLiteral("2.4.1 had a migration bug"));
        QVERIFY2(changed, qPrintable(changed.error));
        const ChecklistRun &run = *changed.value;
        QVERIFY(run.planHash != oldHash);
        QCOMPARE(run.plan.version, QStringLiteral("2.4.2"));
        QCOMPARE(run.signatures.size(), 1);
        QCOMPARE(run.signatures.constFirst().end, Signature::End::Voided);
        QCOMPARE(run.signatures.constFirst().planHash, oldHash);
        QVERIFY(run.signatures.constFirst().endReason.contains(QStringLiteral("migration bug")));
        QVERIFY(!run.expiresAt.isValid());
        // The person's tick stays (same item, unchanged); the evidence was about the old plan.
        QVERIFY(run.items.value(QStringLiteral("tests")).done);
        QVERIFY(!run.items.value(QStringLiteral("backup")).done);
        QCOMPARE(run.status(QDateTime::currentDateTimeUtc()), RunStatus::InProgress);

        // A signature naming the old plan does not count, however it is written.
        Event stale;
        stale.kind = QStringLiteral("checklist.signed");
        stale.environment = QStringLiteral("production");
        stale.summary = QStringLiteral("Signed as Tech Lead");
        stale.details = {{QStringLiteral("run"), runId}, {QStringLiteral("role"), QStringLiteral("tech_lead")},
                         {QStringLiteral("planHash"), oldHash}};
        auto daveStore = open(dave);
        const auto written = daveStore->append(stale);
        if (m_backend == QLatin1String("postgresql")) {
            QVERIFY(!written);
            QVERIFY2(written.error.contains(QStringLiteral("the plan changed")), qPrintable(written.error));
        } else {
            QVERIFY(written); // SQLite stores it; the run ignores it
        }
        auto seen = annLedger.run(runId);
        QCOMPARE(seen.value->activeSignatures(), 0);
        if (m_backend == QLatin1String("sqlite")) {
            QCOMPARE(seen.value->ignored.size(), 1);
            QVERIFY(seen.value->ignored.constFirst().text.contains(QStringLiteral("the plan changed")));
        }
        // Signing the new plan works once its evidence is there again: bob's check of the old plan
        // does not count.
        QVERIFY(annLedger.recordEvidence(runId, QStringLiteral("backup"), passing()));
        auto unchecked = bobLedger.sign(runId, QStringLiteral("devops_lead"), QString());
        QVERIFY(!unchecked);
        QVERIFY2(unchecked.error.contains(QStringLiteral("bob has no passing check of their own")), qPrintable(unchecked.error));
        auto again = checkAndSign(bobLedger, runId, QStringLiteral("devops_lead"));
        QVERIFY2(again, qPrintable(again.error));
        QCOMPARE(again.value->signatures.constLast().planHash, run.planHash);
    }

    // Issue 12 (3): automatic evidence anyone can write (an outbox line, a console skipping its
    // checks, direct SQL) approves nothing: each signer's own console must have checked shortly before.
    void forgedEvidenceApprovesNothing_data() { backends(); }
    void forgedEvidenceApprovesNothing()
    {
        QVERIFY(freshStore());
        auto annStore = open(ann);
        auto bobStore = open(bob);
        auto daveStore = open(dave);
        auto malloryStore = open(mallory);
        ChecklistLedger annLedger(*annStore, actorOf(*annStore));
        ChecklistLedger bobLedger(*bobStore, actorOf(*bobStore));
        ChecklistLedger daveLedger(*daveStore, actorOf(*daveStore));
        auto started = annLedger.start(plan(smallTemplate()));
        QVERIFY(started);
        const QString runId = started.value->id;
        QVERIFY(annLedger.tick(runId, QStringLiteral("tests"), QString()));
        // mallory's "passing check", written straight into the store.
        Event forged;
        forged.kind = QStringLiteral("checklist.evidence");
        forged.environment = QStringLiteral("production");
        forged.summary = QStringLiteral("Evidence for backup passed");
        forged.details = {{QStringLiteral("run"), runId}, {QStringLiteral("planHash"), started.value->planHash},
                          {QStringLiteral("item"), QStringLiteral("backup")}, {QStringLiteral("result"), QStringLiteral("passed")},
                          {QStringLiteral("summary"), QStringLiteral("newest backup 1 minute old")}};
        QVERIFY(malloryStore->append(forged));
        auto seen = annLedger.run(runId);
        QCOMPARE(seen.value->status(QDateTime::currentDateTimeUtc()), RunStatus::ReadyToSign);
        // Who recorded it is shown with it.
        QCOMPARE(seen.value->items.value(QStringLiteral("backup")).evidence->actor, mallory);
        QVERIFY(seen.value->items.value(QStringLiteral("backup")).evidence->recordedAt.isValid());

        auto trusting = bobLedger.sign(runId, QStringLiteral("devops_lead"), QString());
        QVERIFY(!trusting);
        QVERIFY2(trusting.error.contains(QStringLiteral("bob has no passing check of their own from the last 15 minutes of: backup")),
                 qPrintable(trusting.error));
        // The same signature written around the console's rules: the database refuses it; on SQLite
        // it is stored and does not count.
        Event around;
        around.kind = QStringLiteral("checklist.signed");
        around.environment = QStringLiteral("production");
        around.summary = QStringLiteral("Signed as DevOps Lead");
        around.details = {{QStringLiteral("run"), runId}, {QStringLiteral("planHash"), started.value->planHash},
                          {QStringLiteral("role"), QStringLiteral("devops_lead")}};
        const auto written = bobStore->append(around);
        if (m_backend == QLatin1String("postgresql")) {
            QVERIFY(!written);
            QVERIFY2(written.error.contains(QStringLiteral("no passing check of their own")), qPrintable(written.error));
        } else {
            QVERIFY(written);
        }
        seen = annLedger.run(runId);
        QCOMPARE(seen.value->activeSignatures(), 0);

        // bob checks himself and signs; dave checks after that (the item is frozen: his check is his
        // own only) and signs.
        QCOMPARE(checkOwn(bobLedger, runId), QString());
        QVERIFY(bobLedger.sign(runId, QStringLiteral("devops_lead"), QString()));
        Evidence failing = passing();
        failing.passed = false;
        auto daveFailed = daveLedger.recordEvidence(runId, QStringLiteral("backup"), failing);
        QVERIFY2(daveFailed, qPrintable(daveFailed.error));
        QVERIFY(daveFailed.value->items.value(QStringLiteral("backup")).done); // as it was signed
        auto notYet = daveLedger.sign(runId, QStringLiteral("tech_lead"), QString());
        QVERIFY(!notYet);
        QVERIFY2(notYet.error.contains(QStringLiteral("dave has no passing check")), qPrintable(notYet.error));
        auto signedRun = checkAndSign(daveLedger, runId, QStringLiteral("tech_lead"));
        QVERIFY2(signedRun, qPrintable(signedRun.error));
        QCOMPARE(signedRun.value->status(QDateTime::currentDateTimeUtc()), RunStatus::Signed);
        const ItemState backup = signedRun.value->items.value(QStringLiteral("backup"));
        QCOMPARE(backup.evidence->actor, bob); // the state comes from bob's check, before any signature
        QCOMPARE((QStringList{backup.ownChecks.keys()}.size()), 3);
        QVERIFY(backup.ownChecks.value(dave).ownOnly && backup.ownChecks.value(dave).passed);
        if (m_backend == QLatin1String("postgresql")) {
            // The database agrees with the console.
            QCOMPARE(m_pg->query1(QStringLiteral("SELECT count(*) FROM opsdeck.checklist_signatures WHERE ended_at IS NULL"), m_location),
                     QStringLiteral("2"));
            QCOMPARE(m_pg->query1(QStringLiteral("SELECT string_agg(actor || ':' || passed, ',' ORDER BY event_id) FROM opsdeck.checklist_evidence"),
                                  m_location),
                     QStringLiteral("mallory:true,bob:true,dave:false,dave:true"));
            // The checks are state: no application role writes them, not even the owner without
            // switching triggers off.
            QVERIFY(m_pg->exec(QStringLiteral("UPDATE opsdeck.checklist_evidence SET passed = true"), m_location, mallory)
                        .contains(QStringLiteral("permission denied")));
            QVERIFY(m_pg->exec(QStringLiteral("UPDATE opsdeck.checklist_evidence SET at = now()"), m_location, QStringLiteral("postgres"))
                        .contains(QStringLiteral("only through checklist events")));
        }
    }

    // PostgreSQL: the database's own clock decides "shortly before", whatever a console believes.
    void databaseRefusesAnOldOwnCheck()
    {
        m_backend = QStringLiteral("postgresql");
        ++m_databases;
        m_location = QStringLiteral("cl%1").arg(m_databases);
        QVERIFY(m_pg->createDatabase(m_location));
        const QString owner = m_pg->conninfo(QStringLiteral("postgres"), m_location);
        QCOMPARE(PostgresSchema::migrate(owner).error, QString());
        for (const Person &person : std::as_const(m_config.people)) {
            QCOMPARE(PostgresSchema::grant(owner, person.login, QStringLiteral("operator")), QString());
            for (const QString &role : person.roles)
                QCOMPARE(PostgresSchema::grant(owner, person.login, QStringLiteral("signer:") + role), QString());
        }
        auto annStore = open(ann);
        auto bobStore = open(bob);
        const QString runId = readySmallRun(*annStore, smallTemplate());
        QVERIFY(!runId.isEmpty());
        ChecklistLedger bobLedger(*bobStore, actorOf(*bobStore));
        QCOMPARE(checkOwn(bobLedger, runId), QString());
        // bob's check, as if stored 20 minutes ago (only the owner, with the guard off, can do this).
        QCOMPARE(m_pg->exec(QStringLiteral("BEGIN; ALTER TABLE opsdeck.checklist_evidence DISABLE TRIGGER checklist_evidence_guard;"
                                           " UPDATE opsdeck.checklist_evidence SET at = at - interval '20 minutes' WHERE actor = 'bob';"
                                           " ALTER TABLE opsdeck.checklist_evidence ENABLE TRIGGER checklist_evidence_guard; COMMIT"),
                            m_location, QStringLiteral("postgres")),
                 QString());
        auto refused = bobLedger.sign(runId, QStringLiteral("devops_lead"), QString());
        QVERIFY(!refused);
        QVERIFY2(refused.error.contains(QStringLiteral("bob has no passing check of their own from the last 15 minutes of: backup")),
                 qPrintable(refused.error));
        QVERIFY(refused.recordedAs > 0); // the database's refusal, in the log
        QVERIFY(checkAndSign(bobLedger, runId, QStringLiteral("devops_lead")));
    }

    void signOffExpires_data() { backends(); }
    void signOffExpires()
    {
        QVERIFY(freshStore());
        auto annStore = open(ann);
        auto bobStore = open(bob);
        auto daveStore = open(dave);
        const QString runId = readySmallRun(*annStore, smallTemplate(QStringLiteral("2s")));
        QVERIFY(!runId.isEmpty());
        ChecklistLedger bobLedger(*bobStore, actorOf(*bobStore));
        ChecklistLedger daveLedger(*daveStore, actorOf(*daveStore));
        auto first = checkAndSign(bobLedger, runId, QStringLiteral("devops_lead"));
        QVERIFY(first);
        QVERIFY(first.value->expiresAt.isValid());
        QTest::qWait(2300);
        auto late = daveLedger.sign(runId, QStringLiteral("tech_lead"), QString());
        QVERIFY(!late);
        QVERIFY2(late.error.contains(QStringLiteral("expired")), qPrintable(late.error));
        QCOMPARE(daveLedger.run(runId).value->status(QDateTime::currentDateTimeUtc()), RunStatus::Expired);
        // Revoking and signing again does not restart the clock.
        const qint64 signature = first.value->signatures.constFirst().eventId;
        QVERIFY(bobLedger.revoke(runId, signature, QStringLiteral("again")));
        QVERIFY(!bobLedger.sign(runId, QStringLiteral("devops_lead"), QString()));
    }

    void concurrentSignaturesAreBothRecorded_data() { backends(); }
    void concurrentSignaturesAreBothRecorded()
    {
        QVERIFY(freshStore());
        auto annStore = open(ann);
        const QString runId = readySmallRun(*annStore, smallTemplate());
        QVERIFY(!runId.isEmpty());
        // Two leads, two connections, two threads, one moment.
        auto signOn = [this](const QString &which, const QString &login, const QString &role) {
            auto store = open(login); // a store belongs to the thread that opened it
            ChecklistLedger ledger(*store, actorOf(*store));
            return checkAndSign(ledger, which, role).error;
        };
        QFuture<QString> b = QtConcurrent::run(signOn, runId, bob, QStringLiteral("devops_lead"));
        QFuture<QString> d = QtConcurrent::run(signOn, runId, dave, QStringLiteral("tech_lead"));
        QCOMPARE(b.result(), QString());
        QCOMPARE(d.result(), QString());
        auto run = ChecklistLedger(*annStore, actorOf(*annStore)).run(runId);
        QCOMPARE(run.value->activeSignatures(), 2);
        QCOMPARE(run.value->status(QDateTime::currentDateTimeUtc()), RunStatus::Signed);

        // One person with two roles signing both at once: distinct signers, so exactly one counts.
        const QString other = readySmallRun(*annStore, smallTemplate());
        QFuture<QString> one = QtConcurrent::run(signOn, other, erin, QStringLiteral("tech_lead"));
        QFuture<QString> two = QtConcurrent::run(signOn, other, erin, QStringLiteral("devops_lead"));
        const QStringList errors{one.result(), two.result()};
        QCOMPARE(errors.count(QString()), 1);
        auto both = ChecklistLedger(*annStore, actorOf(*annStore)).run(other);
        QCOMPARE(both.value->activeSignatures(), 1);
        QVERIFY(both.value->ignored.isEmpty());
    }

    // PostgreSQL: what a console skipping its checks, or direct SQL with an application role, tries.
    void forgeryWithApplicationRolesIsRefused()
    {
        m_backend = QStringLiteral("postgresql");
        {
            // freshStore() reads the data column; set it up by hand here.
            ++m_databases;
            m_location = QStringLiteral("cl%1").arg(m_databases);
            QVERIFY(m_pg->createDatabase(m_location));
            const QString owner = m_pg->conninfo(QStringLiteral("postgres"), m_location);
            QCOMPARE(PostgresSchema::migrate(owner).error, QString());
            for (const Person &person : std::as_const(m_config.people)) {
                QCOMPARE(PostgresSchema::grant(owner, person.login, QStringLiteral("operator")), QString());
                for (const QString &role : person.roles)
                    QCOMPARE(PostgresSchema::grant(owner, person.login, QStringLiteral("signer:") + role), QString());
            }
            // The creator holds a sign-off role too, to show four eyes is the reason.
            QCOMPARE(PostgresSchema::grant(owner, ann, QStringLiteral("signer:tech_lead")), QString());
        }
        auto annStore = open(ann);
        ChecklistLedger annLedger(*annStore, actorOf(*annStore));
        auto run = annLedger.start(plan(smallTemplate()));
        QVERIFY(run);
        const QString runId = run.value->id;
        const QString hash = run.value->planHash;
        auto signedEvent = [&](const QString &role, const QString &planHash) {
            return QStringLiteral("INSERT INTO opsdeck.events (kind, environment, summary, details) VALUES ('checklist.signed',"
                                  " 'production', 'Signed', '{\"run\": \"%1\", \"role\": \"%2\", \"planHash\": \"%3\"}')")
                .arg(runId, role, planHash);
        };
        auto expectRefused = [&](const QString &user, const QString &sql, const QString &why) {
            const QString error = m_pg->exec(sql, m_location, user);
            QVERIFY2(error.contains(why), qPrintable(user + QStringLiteral(": ") + sql + QStringLiteral("\n  -> ") + error));
        };
        // A checklist event the rules refuse is stored as the record of its refusal: who, what, why.
        int recorded = 0;
        auto expectRecorded = [&](const QString &user, const QString &sql, const QString &why) {
            const QString before = m_pg->query1(QStringLiteral("SELECT max(id) FROM opsdeck.events"), m_location);
            QCOMPARE(m_pg->exec(sql, m_location, user), QString());
            const QString last = m_pg->query1(
                QStringLiteral("SELECT id || '|' || kind || '|' || actor || '|' || (details::jsonb->>'refusedBy') || '|'"
                               " || (details::jsonb->'attempt'->>'kind') || '|' || (details::jsonb->>'reason')"
                               " FROM opsdeck.events ORDER BY id DESC LIMIT 1"),
                m_location);
            const QStringList parts = last.split(u'|');
            QVERIFY2(parts.size() == 6, qPrintable(last));
            QCOMPARE(parts[0].toLongLong(), before.toLongLong() + 1);
            QCOMPARE(parts[1], QStringLiteral("checklist.refused"));
            QCOMPARE(parts[2], user);
            QCOMPARE(parts[3], QStringLiteral("database"));
            QVERIFY2(sql.contains(QStringLiteral("'") + parts[4] + QStringLiteral("'")), qPrintable(last));
            QVERIFY2(parts[5].contains(why), qPrintable(user + QStringLiteral(": ") + sql + QStringLiteral("\n  -> ") + last));
            ++recorded;
        };
        // Before the items are done, even the right person is refused.
        expectRecorded(bob, signedEvent(QStringLiteral("devops_lead"), hash), QStringLiteral("required items are not done"));
        QVERIFY(annLedger.tick(runId, QStringLiteral("tests"), QString()));
        QVERIFY(annLedger.recordEvidence(runId, QStringLiteral("backup"), passing()));
        // A signature row written directly: no privilege, whoever tries.
        expectRefused(mallory,
                      QStringLiteral("INSERT INTO opsdeck.checklist_signatures (event_id, run, role, signer, signed_at, plan_hash)"
                                     " VALUES (999, '%1', 'devops_lead', 'bob', now(), '%2')").arg(runId, hash),
                      QStringLiteral("permission denied"));
        expectRefused(mallory, QStringLiteral("UPDATE opsdeck.checklist_items SET done = true"), QStringLiteral("permission denied"));
        // A signature event by someone without the role, by the creator, for a second role, with a stale plan.
        expectRecorded(mallory, signedEvent(QStringLiteral("devops_lead"), hash), QStringLiteral("does not hold the sign-off role devops_lead"));
        expectRecorded(ann, signedEvent(QStringLiteral("tech_lead"), hash), QStringLiteral("four eyes"));
        expectRecorded(bob, signedEvent(QStringLiteral("devops_lead"), QString(64, u'0')), QStringLiteral("the plan changed"));
        expectRecorded(bob, signedEvent(QStringLiteral("nobody"), hash), QStringLiteral("asks for no nobody signature"));
        // Issue 12 (3): evidence written by direct SQL is its writer's own check and nobody else's.
        auto evidenceEvent = [&](const QString &result) {
            return QStringLiteral("INSERT INTO opsdeck.events (kind, environment, summary, details) VALUES ('checklist.evidence',"
                                  " 'production', 'Evidence', '{\"run\": \"%1\", \"item\": \"backup\", \"result\": \"%2\","
                                  " \"planHash\": \"%3\", \"summary\": \"all fine\"}')")
                .arg(runId, result, hash);
        };
        QCOMPARE(m_pg->exec(evidenceEvent(QStringLiteral("passed")), m_location, mallory), QString());
        expectRecorded(bob, signedEvent(QStringLiteral("devops_lead"), hash),
                       QStringLiteral("bob has no passing check of their own from the last 15 minutes of: backup"));
        QCOMPARE(m_pg->exec(evidenceEvent(QStringLiteral("passed")), m_location, erin), QString());
        QCOMPARE(m_pg->exec(signedEvent(QStringLiteral("tech_lead"), hash), m_location, erin), QString());
        expectRecorded(erin, signedEvent(QStringLiteral("devops_lead"), hash), QStringLiteral("different person"));
        // A tick for a role-restricted item, an automatic item ticked by hand, an unknown kind.
        expectRecorded(mallory,
                      QStringLiteral("INSERT INTO opsdeck.events (kind, environment, summary, details) VALUES ('checklist.ticked',"
                                     " 'production', 't', '{\"run\": \"%1\", \"item\": \"backup\", \"planHash\": \"%2\"}')").arg(runId, hash),
                      QStringLiteral("required and the run has signatures"));
        expectRecorded(mallory,
                      QStringLiteral("INSERT INTO opsdeck.events (kind, environment, summary, details) VALUES ('checklist.approved',"
                                     " 'production', 't', '{\"run\": \"%1\", \"planHash\": \"%2\"}')").arg(runId, hash),
                      QStringLiteral("not a checklist event"));
        // Changing or removing a signature: no privilege for the application, a refusal even for the owner.
        expectRefused(erin, QStringLiteral("UPDATE opsdeck.checklist_signatures SET role = 'devops_lead'"), QStringLiteral("permission denied"));
        expectRefused(erin, QStringLiteral("DELETE FROM opsdeck.checklist_signatures"), QStringLiteral("permission denied"));
        expectRefused(QStringLiteral("postgres"), QStringLiteral("UPDATE opsdeck.checklist_signatures SET signer = 'bob'"),
                      QStringLiteral("only through checklist events"));
        expectRefused(QStringLiteral("postgres"), QStringLiteral("DELETE FROM opsdeck.checklist_signatures"), QStringLiteral("append-only"));
        expectRefused(QStringLiteral("postgres"), QStringLiteral("UPDATE opsdeck.checklist_runs SET expires_at = now() + interval '1 year'"),
                      QStringLiteral("only through checklist events"));
        // A signature's event cannot be edited either (the audit log is append-only).
        expectRefused(erin, QStringLiteral("UPDATE opsdeck.events SET details = '{}' WHERE kind = 'checklist.signed'"),
                      QStringLiteral("permission denied"));
        // What remains: erin's one signature, and the database agrees with the fold.
        auto seen = annLedger.run(runId);
        QCOMPARE(seen.value->activeSignatures(), 1);
        QCOMPARE(seen.value->signatures.constFirst().signer, erin);
        QCOMPARE(m_pg->query1(QStringLiteral("SELECT count(*) FROM opsdeck.checklist_signatures WHERE ended_at IS NULL"), m_location),
                 QStringLiteral("1"));
        QVERIFY(seen.value->ignored.isEmpty());
        // Every refused event is in the log, in the run's activity, and the chain still holds.
        QCOMPARE(refusals(*annStore, runId).size(), recorded);
        QCOMPARE(std::count_if(seen.value->activity.cbegin(), seen.value->activity.cend(),
                               [](const RunActivity &a) { return a.kind == QLatin1String("refused"); }),
                 recorded);
        AuditChain::Verifier verifier;
        verifier.feed(*annStore->auditRows(0, 100'000).value);
        QVERIFY(verifier.finish(*annStore->auditHead().value).intact());
    }

    // PostgreSQL: a console that skips its own checks gets the database's refusal, recorded once.
    void consoleSkippingItsChecksIsRefusedAndAudited_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void consoleSkippingItsChecksIsRefusedAndAudited()
    {
        QVERIFY(freshStore());
        auto annStore = open(ann);
        auto malloryStore = open(mallory);
        const QString runId = readySmallRun(*annStore, smallTemplate());
        QVERIFY(!runId.isEmpty());
        const ChecklistRun run = *ChecklistLedger(*annStore, actorOf(*annStore)).run(runId).value;
        Event forged;
        forged.kind = QStringLiteral("checklist.signed");
        forged.environment = run.plan.environment;
        forged.summary = QStringLiteral("Signed as DevOps Lead");
        forged.details = {{QStringLiteral("run"), runId}, {QStringLiteral("planHash"), run.planHash}, {QStringLiteral("role"), QStringLiteral("devops_lead")}};
        const qint64 before = *malloryStore->latestId().value;
        auto refused = malloryStore->append(forged);
        QVERIFY(!refused);
        QVERIFY(!refused.unavailable);
        QVERIFY2(refused.error.contains(QStringLiteral("does not hold the sign-off role devops_lead")), qPrintable(refused.error));
        QCOMPARE(refused.recordedAs, before + 1);
        // Through the ledger (as a console whose own check passed): the same, and one record, not two.
        ChecklistActor pretending = actorOf(*malloryStore);
        pretending.teamRoles << QStringLiteral("devops_lead");
        ChecklistLedger pretendingLedger(*malloryStore, pretending);
        QCOMPARE(checkOwn(pretendingLedger, runId), QString()); // her own checks, so the role is what is left
        auto viaLedger = pretendingLedger.sign(runId, QStringLiteral("devops_lead"), QString());
        QVERIFY(!viaLedger);
        QVERIFY2(viaLedger.error.contains(QStringLiteral("does not hold the sign-off role")), qPrintable(viaLedger.error));
        const QList<Event> audited = refusals(*annStore, runId);
        QCOMPARE(audited.size(), 2);
        for (const Event &e : audited) {
            QCOMPARE(e.actor, mallory);
            QCOMPARE(e.details.value(QStringLiteral("refusedBy")).toString(), QStringLiteral("database"));
            QCOMPARE(e.details.value(QStringLiteral("action")).toString(), QStringLiteral("sign as devops_lead"));
        }
        // In a batch, all or nothing: the refused event takes the others with it, and OpsDeck records why.
        Event note;
        note.kind = QStringLiteral("note.added");
        note.summary = QStringLiteral("about to sign");
        const qint64 last = *malloryStore->latestId().value;
        auto batch = malloryStore->appendBatch({note, forged});
        QVERIFY(!batch);
        QCOMPARE(batch.recordedAs, 0);
        QCOMPARE(*malloryStore->latestId().value, last);
        QCOMPARE(ChecklistLedger(*annStore, actorOf(*annStore)).run(runId).value->activeSignatures(), 0);
    }

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
};

QTEST_GUILESS_MAIN(TestChecklistRuns)
#include "TestChecklistRuns.moc"
