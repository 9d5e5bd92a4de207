// The team store's PostgreSQL-only promises, against a real PostgreSQL 15 this test starts:
// concurrent migrations, people as roles, lead-only kinds, live updates between consoles, reconnect
// catch-up, the outbox after a lost connection, and tamper detection even for a superuser.

#include "PostgresServer.h"

#include "store/AuditChain.h"
#include "store/EventLimits.h"
#include "store/EventStoreService.h"
#include "store/Outbox.h"
#include "store/PostgresEventStore.h"
#include "store/PostgresSchema.h"

#include <QFutureSynchronizer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace opsdeck;
using opsdeck::testing::PostgresServer;

namespace {
Event note(const QString &summary)
{
    Event e;
    e.kind = QStringLiteral("note");
    e.summary = summary;
    return e;
}

AuditChain::Report verify(EventStore &store)
{
    AuditChain::Verifier verifier;
    qint64 after = 0;
    for (;;) {
        const auto rows = store.auditRows(after, 1000);
        if (!rows || rows.value->isEmpty())
            break;
        verifier.feed(*rows.value);
        after = rows.value->constLast().id;
    }
    return verifier.finish(*store.auditHead().value);
}

QStringList findingKinds(const AuditChain::Report &report)
{
    QStringList kinds;
    for (const auto &finding : report.findings)
        kinds << AuditChain::kindName(finding.kind);
    kinds.removeDuplicates();
    return kinds;
}
} // namespace

class TestPostgresStore final : public QObject
{
    Q_OBJECT
    std::unique_ptr<PostgresServer> m_pg;
    QTemporaryDir m_home;
    int m_dbs = 0;

    // A fresh, migrated database; returns its name.
    QString freshDatabase()
    {
        const QString name = QStringLiteral("pg%1").arg(++m_dbs);
        if (!m_pg->createDatabase(name))
            return {};
        const auto migrated = PostgresSchema::migrate(m_pg->conninfo(QStringLiteral("postgres"), name));
        return migrated.error.isEmpty() ? name : QString();
    }

    std::unique_ptr<PostgresEventStore> open(const QString &db, const QString &user = QStringLiteral("postgres"))
    {
        auto store = PostgresEventStore::open(m_pg->conninfo(user, db));
        if (!store)
            qWarning() << store.error;
        return store ? std::move(*store.value) : nullptr;
    }

    // Tampers as the superuser with the append-only triggers switched off, as an attacker with full rights would.
    QString tamper(const QString &db, const QString &sql)
    {
        return m_pg->exec(QStringLiteral("BEGIN; ALTER TABLE opsdeck.events DISABLE TRIGGER USER; %1;"
                                         " ALTER TABLE opsdeck.events ENABLE TRIGGER USER; COMMIT")
                              .arg(sql),
                          db);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Outboxes go under a private data directory.
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(false);
        m_pg = std::make_unique<PostgresServer>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
    }

    void concurrentMigrationsApplyEachStepOnce()
    {
        QVERIFY(m_pg->createDatabase(QStringLiteral("race")));
        const QString conninfo = m_pg->conninfo(QStringLiteral("postgres"), QStringLiteral("race"));
        QList<QFuture<PostgresSchema::MigrateResult>> runs;
        for (int i = 0; i < 6; ++i)
            runs << QtConcurrent::run([conninfo] { return PostgresSchema::migrate(conninfo); });
        int appliedSomething = 0;
        qsizetype steps = 0;
        for (auto &run : runs) {
            const auto result = run.result();
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.toVersion, PostgresSchema::latestVersion());
            appliedSomething += result.applied.isEmpty() ? 0 : 1;
            steps += result.applied.size();
        }
        QCOMPARE(appliedSomething, 1);
        // Every step once (step numbers need not be contiguous: each change takes its own).
        QCOMPARE(m_pg->query1(QStringLiteral("SELECT count(*) || '/' || count(DISTINCT version) || '/' || max(version) FROM opsdeck.schema_version"),
                              QStringLiteral("race")),
                 QStringLiteral("%1/%1/%2").arg(steps).arg(PostgresSchema::latestVersion()));
        QCOMPARE(m_pg->query1(QStringLiteral("SELECT count(*) FROM opsdeck.schema_version"), QStringLiteral("race")),
                 QString::number(steps));
        QCOMPARE(m_pg->query1(QStringLiteral("SELECT max(version) FROM opsdeck.schema_version"), QStringLiteral("race")),
                 QString::number(PostgresSchema::latestVersion()));
        // And again: nothing to do.
        const auto again = PostgresSchema::migrate(conninfo);
        QVERIFY(again.error.isEmpty());
        QVERIFY(again.applied.isEmpty());
    }

    void unmigratedAndUnknownUsersGetClearErrors()
    {
        QVERIFY(m_pg->createDatabase(QStringLiteral("empty")));
        auto none = PostgresEventStore::open(m_pg->conninfo(QStringLiteral("postgres"), QStringLiteral("empty")));
        QVERIFY(!none);
        QVERIFY2(none.error.contains(QStringLiteral("opsdeck db migrate")), qPrintable(none.error));
        const QString db = freshDatabase();
        QVERIFY(m_pg->exec(QStringLiteral("CREATE ROLE stranger LOGIN"), db).isEmpty());
        auto stranger = PostgresEventStore::open(m_pg->conninfo(QStringLiteral("stranger"), db));
        QVERIFY(!stranger);
        QVERIFY2(stranger.error.contains(QStringLiteral("opsdeck db grant stranger")), qPrintable(stranger.error));
        // Unreachable: says so, and is marked as worth retrying.
        auto down = PostgresEventStore::open(QStringLiteral("host=127.0.0.1 port=1 dbname=x user=y connect_timeout=2"));
        QVERIFY(!down);
        QVERIFY(down.unavailable);
    }

    void peopleAreRolesAndTheDatabaseNamesTheActor()
    {
        const QString db = freshDatabase();
        QVERIFY(db.size() > 0);
        QCOMPARE(PostgresSchema::grant(m_pg->conninfo(QStringLiteral("postgres"), db), QStringLiteral("ann"), QStringLiteral("admin")), QString());
        QCOMPARE(PostgresSchema::grant(m_pg->conninfo(QStringLiteral("ann"), db), QStringLiteral("bob"), QStringLiteral("operator")), QString());
        QCOMPARE(PostgresSchema::grant(m_pg->conninfo(QStringLiteral("ann"), db), QStringLiteral("lea"), QStringLiteral("lead")), QString());
        // A non-admin may not grant.
        const QString refused = PostgresSchema::grant(m_pg->conninfo(QStringLiteral("bob"), db), QStringLiteral("eve"), QStringLiteral("lead"));
        QVERIFY2(refused.contains(QStringLiteral("opsdeck_admin")), qPrintable(refused));
        QVERIFY(!PostgresSchema::grant(m_pg->conninfo(QStringLiteral("ann"), db), QStringLiteral("x"), QStringLiteral("root")).isEmpty());

        auto bob = open(db, QStringLiteral("bob"));
        QVERIFY(bob);
        QCOMPARE(bob->identity().actor, QStringLiteral("bob"));
        QCOMPARE(bob->identity().roles, QStringList{QStringLiteral("opsdeck_operator")});
        Event claim = note(QStringLiteral("I am the admin"));
        claim.actor = QStringLiteral("ann");
        auto stored = bob->append(claim);
        QVERIFY2(stored, qPrintable(stored.error));
        QCOMPARE(stored.value->actor, QStringLiteral("bob"));
        QCOMPARE(stored.value->actorRoles, QStringLiteral("opsdeck_operator"));

        // Lead-only: resolving an incident. Refused by the database for an operator, allowed for a lead.
        Event resolve;
        resolve.kind = QStringLiteral("incident.resolved");
        resolve.summary = QStringLiteral("Resolved incident 1");
        auto denied = bob->append(resolve);
        QVERIFY(!denied);
        QVERIFY(!denied.unavailable);
        QVERIFY2(denied.error.contains(QStringLiteral("takes the role opsdeck_lead")), qPrintable(denied.error));
        QVERIFY(bob->append(note(QStringLiteral("still works after a refusal")))); // the connection survives
        auto lea = open(db, QStringLiteral("lea"));
        QVERIFY(lea);
        auto allowed = lea->append(resolve);
        QVERIFY2(allowed, qPrintable(allowed.error));
        QCOMPARE(allowed.value->actorRoles, QStringLiteral("opsdeck_lead,opsdeck_operator"));

        // Direct SQL with an application role: no UPDATE, DELETE, chain forging or head edits.
        for (const QString &sql : {QStringLiteral("UPDATE opsdeck.events SET summary = 'x'"),
                                   QStringLiteral("DELETE FROM opsdeck.events"),
                                   QStringLiteral("UPDATE opsdeck.audit_head SET last_id = 0"),
                                   QStringLiteral("INSERT INTO opsdeck.events (id, kind, summary, actor, prev_hash, hash)"
                                                  " VALUES (99, 'note', 'forged', 'ann', '', '')")}) {
            const QString error = m_pg->exec(sql, db, QStringLiteral("bob"));
            QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(sql + QStringLiteral(": ") + error));
        }
        // The access changes themselves are in the log, by who made them.
        EventFilter access;
        access.kind = QStringLiteral("access.");
        const auto grants = lea->events(access);
        QCOMPARE(grants.value->size(), 3);
        QCOMPARE(grants.value->at(1).actor, QStringLiteral("ann"));

        // History survives a deleted role: the row keeps the name and roles.
        bob.reset();
        QCOMPARE(PostgresSchema::revoke(m_pg->conninfo(QStringLiteral("ann"), db), QStringLiteral("bob"), QStringLiteral("operator")), QString());
        QCOMPARE(m_pg->exec(QStringLiteral("DROP ROLE bob"), db), QString());
        EventFilter byBob;
        byBob.actor = QStringLiteral("bob");
        const auto history = lea->events(byBob);
        QCOMPARE(history.value->size(), 2);
        QCOMPARE(history.value->at(0).actorRoles, QStringLiteral("opsdeck_operator"));
        QVERIFY(verify(*lea).intact());
    }

    // Locks are written only through the schema's functions: the holder is whoever is logged in, a
    // console renews and releases only its own lock, and only a lead breaks another's, on the record.
    void locksBelongToTheirHolderAndOnlyLeadsBreakThem()
    {
        const QString db = freshDatabase();
        const QString owner = m_pg->conninfo(QStringLiteral("postgres"), db);
        for (const auto &[login, role] : {std::pair{QStringLiteral("opa"), QStringLiteral("operator")},
                                          std::pair{QStringLiteral("otto"), QStringLiteral("operator")},
                                          std::pair{QStringLiteral("lena"), QStringLiteral("lead")}})
            QCOMPARE(PostgresSchema::grant(owner, login, role), QString());
        auto opa = open(db, QStringLiteral("opa"));
        auto otto = open(db, QStringLiteral("otto"));
        auto lena = open(db, QStringLiteral("lena"));
        QVERIFY(opa && otto && lena);
        const QString target = QStringLiteral("production/web-1/web");
        const QString opasConsole = QStringLiteral("laptop#00000000000000a1");
        auto taken = opa->acquireLock(target, opasConsole, QStringLiteral("deploy"), std::chrono::minutes(5));
        QVERIFY2(taken && taken.value->acquired, qPrintable(taken.error));
        QCOMPARE(taken.value->lock.holder, QStringLiteral("opa"));

        // No direct writes, whoever the row names.
        for (const QString &sql : {QStringLiteral("DELETE FROM opsdeck.action_locks"),
                                   QStringLiteral("UPDATE opsdeck.action_locks SET expires_at = now()"),
                                   QStringLiteral("INSERT INTO opsdeck.action_locks (target, holder, console, reason, expires_at)"
                                                  " VALUES ('production/web-2/web', 'lena', 'x', 'forged', now() + interval '1 hour')")}) {
            const QString error = m_pg->exec(sql, db, QStringLiteral("otto"));
            QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(sql + QStringLiteral(": ") + error));
        }
        // Knowing opa's console id is not enough to renew, release or take over her lock.
        QVERIFY(!otto->renewLock(target, opasConsole, std::chrono::minutes(5)).value->acquired);
        QVERIFY(!*otto->releaseLock(target, opasConsole).value);
        QVERIFY(!otto->acquireLock(target, opasConsole, QStringLiteral("mine now"), std::chrono::minutes(5)).value->acquired);
        // Whatever a caller passes, the function records the caller as the holder.
        QCOMPARE(m_pg->exec(QStringLiteral("SELECT * FROM opsdeck.lock_acquire('production/web-2/web', 'x', 'y', 60000)"), db,
                            QStringLiteral("otto")),
                 QString());
        QCOMPARE(m_pg->query1(QStringLiteral("SELECT holder FROM opsdeck.action_locks WHERE target = 'production/web-2/web'"), db),
                 QStringLiteral("otto"));
        // The same for sets (step 12): a set naming opa's lock takes nothing, not even its free targets;
        // another login renews and releases nothing of hers; the set function records the caller too.
        const auto overSet = otto->acquireLocks({QStringLiteral("production/web-3/web"), target}, opasConsole, QStringLiteral("mine now"),
                                                std::chrono::minutes(5));
        QVERIFY2(overSet, qPrintable(overSet.error));
        QVERIFY(!overSet.value->acquired);
        QCOMPARE(overSet.value->locks.size(), 1);
        QCOMPARE(overSet.value->locks.constFirst().holder, QStringLiteral("opa"));
        QCOMPARE(m_pg->query1(QStringLiteral("SELECT count(*) FROM opsdeck.action_locks WHERE target = 'production/web-3/web'"), db),
                 QStringLiteral("0"));
        QVERIFY(!otto->renewLocks({target}, opasConsole, std::chrono::minutes(5)).value->constFirst().acquired);
        QCOMPARE(*otto->releaseLocks({target}, opasConsole).value, 0);
        QCOMPARE(m_pg->exec(QStringLiteral("SELECT * FROM opsdeck.lock_acquire_set(ARRAY['production/web-4/web'], 'x', 'y', 60000)"), db,
                            QStringLiteral("otto")),
                 QString());
        QCOMPARE(m_pg->query1(QStringLiteral("SELECT holder FROM opsdeck.action_locks WHERE target = 'production/web-4/web'"), db),
                 QStringLiteral("otto"));

        // Break-glass: not for operators, not without a reason, not forged as an event.
        const auto refused = otto->breakLock(target, QStringLiteral("in my way"));
        QVERIFY(!refused);
        QVERIFY2(refused.error.contains(QStringLiteral("opsdeck_lead")), qPrintable(refused.error));
        Event forged;
        forged.kind = QStringLiteral("lock.broken");
        forged.summary = QStringLiteral("lena broke the lock");
        QVERIFY(!otto->append(forged));
        QVERIFY(!lena->breakLock(target, QString()));
        const auto broken = lena->breakLock(target, QStringLiteral("opa's console froze"));
        QVERIFY2(broken, qPrintable(broken.error));
        QCOMPARE(broken.value->actor, QStringLiteral("lena"));
        QCOMPARE(broken.value->details.value(QStringLiteral("holder")).toString(), QStringLiteral("opa"));
        QCOMPARE(broken.value->details.value(QStringLiteral("console")).toString(), opasConsole);
        QVERIFY2(broken.value->summary.contains(QStringLiteral("opa's console froze")), qPrintable(broken.value->summary));
        // Her console's heartbeat now finds the lock gone; and the record is in the chain.
        const auto heartbeat = opa->renewLock(target, opasConsole, std::chrono::minutes(5));
        QVERIFY(heartbeat && !heartbeat.value->acquired);
        QVERIFY(verify(*lena).intact());
    }

    void tamperingIsDetectedEvenBySuperuser()
    {
        const QString db = freshDatabase();
        auto store = open(db);
        QVERIFY(store);
        QList<Event> batch;
        for (int i = 1; i <= 10; ++i)
            batch << note(QStringLiteral("event %1").arg(i));
        QVERIFY(store->appendBatch(batch));
        QVERIFY(verify(*store).intact());
        const QString snapshot = QStringLiteral("snap");
        QCOMPARE(m_pg->exec(QStringLiteral("CREATE TABLE public.%1 AS SELECT * FROM opsdeck.events").arg(snapshot), db), QString());
        auto restore = [&] {
            return tamper(db, QStringLiteral("DELETE FROM opsdeck.events; INSERT INTO opsdeck.events SELECT * FROM public.snap"));
        };

        // Edited.
        QCOMPARE(tamper(db, QStringLiteral("UPDATE opsdeck.events SET summary = 'nothing happened' WHERE id = 4")), QString());
        auto report = verify(*store);
        QCOMPARE(findingKinds(report), QStringList{QStringLiteral("edited")});
        QCOMPARE(report.findings.constFirst().id, 4);
        QCOMPARE(restore(), QString());
        QVERIFY(verify(*store).intact());

        // Edited and re-hashed by someone who knows the formula: the next row no longer links to it.
        QCOMPARE(tamper(db, QStringLiteral("UPDATE opsdeck.events SET summary = 'x', hash = encode(sha256(convert_to(prev_hash || '|' ||"
                                           " opsdeck.chain_canonical(time, kind, environment, host, service, actor, actor_roles,"
                                           " 'x', details, idem_key), 'UTF8')), 'hex') WHERE id = 4")),
                 QString());
        report = verify(*store);
        QCOMPARE(findingKinds(report), QStringList{QStringLiteral("edited")});
        QCOMPARE(restore(), QString());

        // Deleted from the middle.
        QCOMPARE(tamper(db, QStringLiteral("DELETE FROM opsdeck.events WHERE id = 6")), QString());
        report = verify(*store);
        QCOMPARE(findingKinds(report), QStringList{QStringLiteral("deleted")});
        QCOMPARE(report.findings.constFirst().id, 7);
        QCOMPARE(restore(), QString());

        // Deleted from the end: the chain head still remembers.
        QCOMPARE(tamper(db, QStringLiteral("DELETE FROM opsdeck.events WHERE id >= 9")), QString());
        report = verify(*store);
        QCOMPARE(findingKinds(report), QStringList{QStringLiteral("deleted")});
        QCOMPARE(restore(), QString());

        // Reordered: two rows swap places.
        QCOMPARE(tamper(db, QStringLiteral("UPDATE opsdeck.events SET id = -1 WHERE id = 3; UPDATE opsdeck.events SET id = 3 WHERE id = 4;"
                                           " UPDATE opsdeck.events SET id = 4 WHERE id = -1")),
                 QString());
        report = verify(*store);
        QVERIFY2(findingKinds(report).contains(QStringLiteral("reordered")), qPrintable(findingKinds(report).join(u',')));
        QVERIFY(!findingKinds(report).contains(QStringLiteral("inserted")));
        QCOMPARE(restore(), QString());

        // Inserted: a forged row slipped in between 5 and 6, linked to 5, later rows renumbered.
        QCOMPARE(tamper(db, QStringLiteral("UPDATE opsdeck.events SET id = id + 100 WHERE id > 5;"
                                           " UPDATE opsdeck.events SET id = id - 99 WHERE id > 100;"
                                           " INSERT INTO opsdeck.events (id, time, kind, actor, summary, prev_hash, hash)"
                                           " SELECT 6, time, 'note', 'ann', 'forged', hash, encode(sha256(convert_to(hash || '|' ||"
                                           " opsdeck.chain_canonical(time, 'note', '', '', '', 'ann', '', 'forged', '{}', ''), 'UTF8')), 'hex')"
                                           " FROM opsdeck.events WHERE id = 5")),
                 QString());
        report = verify(*store);
        QCOMPARE(findingKinds(report), QStringList{QStringLiteral("inserted")});
        QCOMPARE(report.findings.constFirst().id, 6);
        QCOMPARE(restore(), QString());
        QVERIFY(verify(*store).intact());
    }

    // Issue 19, item 1. A store set up before step 6 gave opsdeck_admin CREATEROLE: an admin could set a
    // lead's password (and then act as that lead) and grant itself pg_execute_server_program. Its own
    // server, so the roles (cluster-wide) are as the old steps left them.
    void anOldStoreIsUpgradedAndAdminsLoseRolePowers()
    {
        PostgresServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        const QString db = QStringLiteral("old");
        QVERIFY(pg.createDatabase(db));
        const QString owner = pg.conninfo(QStringLiteral("postgres"), db);
        const auto old = PostgresSchema::migrateTo(owner, 5);
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        QCOMPARE(old.toVersion, 5);
        // People as the old `db grant` made them (an admin acting through SET ROLE opsdeck_admin), a
        // sign-off role among them.
        QCOMPARE(pg.exec(QStringLiteral("CREATE ROLE uma LOGIN; GRANT opsdeck_admin TO uma"), db), QString());
        QCOMPARE(pg.exec(QStringLiteral("SET ROLE opsdeck_admin; CREATE ROLE ulf LOGIN; GRANT opsdeck_lead TO ulf;"
                                        " CREATE ROLE opsdeck_signer_qa_lead NOLOGIN; GRANT opsdeck_operator TO opsdeck_signer_qa_lead;"
                                        " GRANT opsdeck_signer_qa_lead TO ulf"),
                         db, QStringLiteral("uma")),
                 QString());
        // The hole, as it was (rolled back, so the upgrade meets a clean cluster).
        QCOMPARE(pg.exec(QStringLiteral("BEGIN; SET ROLE opsdeck_admin; ALTER ROLE ulf PASSWORD 'taken';"
                                        " GRANT pg_execute_server_program TO uma; ROLLBACK"),
                         db, QStringLiteral("uma")),
                 QString());

        const auto upgraded = PostgresSchema::migrate(owner);
        QVERIFY2(upgraded.error.isEmpty(), qPrintable(upgraded.error));
        QCOMPARE(upgraded.fromVersion, 5);
        QCOMPARE(upgraded.toVersion, PostgresSchema::latestVersion());
        QVERIFY(PostgresSchema::migrate(owner).applied.isEmpty());

        // No OpsDeck role holds a power beyond its tables, logs in, or may grant but the grantor.
        QCOMPARE(pg.query1(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'opsdeck\\_%'"
                                          " AND (rolsuper OR rolcreaterole OR rolbypassrls OR rolreplication OR rolcreatedb OR rolcanlogin)"),
                           db),
                 QStringLiteral("0"));
        QCOMPARE(pg.query1(QStringLiteral("SELECT string_agg(DISTINCT u.rolname, ',') FROM pg_auth_members a"
                                          " JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles u ON u.oid = a.member"
                                          " WHERE a.admin_option AND r.rolname LIKE 'opsdeck\\_%'"),
                           db),
                 QStringLiteral("opsdeck_grantor"));
        QCOMPARE(pg.query1(QStringLiteral("SELECT string_agg(r.rolname, ',' ORDER BY r.rolname) FROM pg_auth_members a"
                                          " JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles u ON u.oid = a.member"
                                          " WHERE u.rolname = 'opsdeck_grantor' AND a.admin_option"),
                           db),
                 QStringLiteral("opsdeck_admin,opsdeck_lead,opsdeck_operator,opsdeck_signer_qa_lead"));
        QCOMPARE(pg.query1(QStringLiteral("SELECT count(*) FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid"
                                          " WHERE r.rolname = 'opsdeck_grantor'"),
                           db),
                 QStringLiteral("0"));
        QCOMPARE(pg.query1(QStringLiteral("SELECT rolinherit FROM pg_roles WHERE rolname = 'opsdeck_grantor'"), db), QStringLiteral("f"));
        QCOMPARE(pg.query1(QStringLiteral("SELECT r.rolname FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner"
                                          " WHERE p.proname = 'set_access'"),
                           db),
                 QStringLiteral("opsdeck_grantor"));
        // Every SECURITY DEFINER function pins its search_path.
        QCOMPARE(pg.query1(QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                                          " WHERE n.nspname = 'opsdeck' AND p.prosecdef"
                                          " AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY(p.proconfig), false)"),
                           db),
                 QStringLiteral("0"));

        // What the admin tried before, and every other way around the functions: refused.
        const QStringList attempts = {
            QStringLiteral("ALTER ROLE ulf PASSWORD 'taken'"),
            QStringLiteral("SET ROLE opsdeck_admin; ALTER ROLE ulf PASSWORD 'taken'"),
            QStringLiteral("SET ROLE opsdeck_admin; ALTER ROLE ulf NOLOGIN"),
            QStringLiteral("SET ROLE opsdeck_admin; DROP ROLE ulf"),
            QStringLiteral("GRANT pg_execute_server_program TO uma"),
            QStringLiteral("SET ROLE opsdeck_admin; GRANT pg_execute_server_program TO uma"),
            QStringLiteral("SET ROLE opsdeck_admin; GRANT pg_read_server_files TO uma"),
            QStringLiteral("COPY (SELECT 1) TO PROGRAM 'true'"),
            QStringLiteral("SET ROLE opsdeck_admin; COPY (SELECT 1) TO PROGRAM 'true'"),
            QStringLiteral("SET ROLE opsdeck_admin; CREATE ROLE mallory LOGIN"),
            QStringLiteral("CREATE ROLE mallory LOGIN"),
            // Unaudited grants of OpsDeck roles: no ADMIN OPTION outside the grantor.
            QStringLiteral("GRANT opsdeck_admin TO ulf"),
            QStringLiteral("SET ROLE opsdeck_admin; GRANT opsdeck_lead TO ulf"),
            QStringLiteral("SET ROLE opsdeck_admin; GRANT opsdeck_signer_qa_lead TO uma"),
            QStringLiteral("SET ROLE opsdeck_grantor"),
            QStringLiteral("GRANT opsdeck_grantor TO uma"),
            // The functions behind set_access, and set_access itself, only as meant.
            QStringLiteral("SELECT opsdeck.create_login('mallory')"),
            QStringLiteral("SELECT opsdeck.create_signer_role('opsdeck_signer_mallory')"),
            QStringLiteral("CREATE OR REPLACE FUNCTION opsdeck.set_access(login text, role_name text, granted boolean)"
                           " RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint'"),
            QStringLiteral("SELECT opsdeck.set_access('uma', 'pg_execute_server_program', true)"),
            QStringLiteral("SELECT opsdeck.set_access('uma', 'opsdeck_grantor', true)"),
            QStringLiteral("SELECT opsdeck.set_access('opsdeck_lead', 'opsdeck_admin', true)"), // every lead an admin
            QStringLiteral("SELECT opsdeck.set_access('pg_monitor', 'opsdeck_operator', true)"),
            QStringLiteral("SELECT opsdeck.set_access('opsdeck_signer_evil', 'opsdeck_admin', true)"),
            QStringLiteral("SELECT opsdeck.set_access('ulf', 'ulf', true)"),
        };
        for (const QString &sql : attempts) {
            const QString error = pg.exec(sql, db, QStringLiteral("uma"));
            QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("not refused: ") + sql));
        }
        QCOMPARE(pg.query1(QStringLiteral("SELECT pg_has_role('uma', 'pg_execute_server_program', 'MEMBER')"), db), QStringLiteral("f"));
        QCOMPARE(pg.query1(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('mallory', 'opsdeck_signer_mallory', 'opsdeck_signer_evil')"), db),
                 QStringLiteral("0"));
        QCOMPARE(pg.query1(QStringLiteral("SELECT pg_has_role('ulf', 'opsdeck_admin', 'MEMBER')"), db), QStringLiteral("f"));

        // Grants keep working for the admin, through db grant or the function, and are audited.
        const QString uma = pg.conninfo(QStringLiteral("uma"), db);
        QCOMPARE(PostgresSchema::grant(uma, QStringLiteral("uri"), QStringLiteral("operator")), QString()); // a new login
        QCOMPARE(PostgresSchema::grant(uma, QStringLiteral("uri"), QStringLiteral("signer:qa_lead")), QString()); // made before
        QCOMPARE(PostgresSchema::grant(uma, QStringLiteral("uri"), QStringLiteral("signer:release_lead")), QString()); // made now
        QCOMPARE(PostgresSchema::revoke(uma, QStringLiteral("ulf"), QStringLiteral("lead")), QString());
        QCOMPARE(pg.exec(QStringLiteral("SELECT opsdeck.set_access('ulf', 'opsdeck_lead', true)"), db, QStringLiteral("uma")), QString());
        QVERIFY2(PostgresSchema::revoke(uma, QStringLiteral("nobody"), QStringLiteral("lead")).contains(QStringLiteral("there is no login named nobody")),
                 qPrintable(PostgresSchema::revoke(uma, QStringLiteral("nobody"), QStringLiteral("lead"))));
        QVERIFY(PostgresSchema::revoke(uma, QStringLiteral("uri"), QStringLiteral("signer:nothing")).contains(QStringLiteral("no sign-off role")));
        QVERIFY(!PostgresSchema::grant(uma, QStringLiteral("pg_monitor"), QStringLiteral("operator")).isEmpty());
        QCOMPARE(pg.query1(QStringLiteral("SELECT pg_has_role('uri', 'opsdeck_operator', 'MEMBER') AND pg_has_role('uri', 'opsdeck_signer_qa_lead', 'MEMBER')"
                                          " AND pg_has_role('uri', 'opsdeck_signer_release_lead', 'MEMBER') AND pg_has_role('ulf', 'opsdeck_lead', 'MEMBER')"),
                           db),
                 QStringLiteral("t"));
        QCOMPARE(pg.query1(QStringLiteral("SELECT rolcanlogin::text || rolcreaterole::text || pg_has_role('opsdeck_signer_release_lead', 'opsdeck_operator', 'MEMBER')::text"
                                          " FROM pg_roles WHERE rolname = 'opsdeck_signer_release_lead'"),
                           db),
                 QStringLiteral("falsefalsetrue"));
        QCOMPARE(pg.query1(QStringLiteral("SELECT rolcanlogin::text || rolcreaterole::text || rolsuper::text FROM pg_roles WHERE rolname = 'uri'"), db),
                 QStringLiteral("truefalsefalse"));
        // An operator may not, whichever way.
        const QString uri = pg.conninfo(QStringLiteral("uri"), db);
        QVERIFY(PostgresSchema::grant(uri, QStringLiteral("uri"), QStringLiteral("admin")).contains(QStringLiteral("opsdeck_admin")));
        QVERIFY(pg.exec(QStringLiteral("SELECT opsdeck.set_access('uri', 'opsdeck_admin', true)"), db, QStringLiteral("uri"))
                    .contains(QStringLiteral("permission denied")));

        auto store = PostgresEventStore::open(uma);
        QVERIFY2(store, qPrintable(store.error));
        EventFilter access;
        access.kind = QStringLiteral("access.");
        const auto log = (*store.value)->events(access);
        QVERIFY(log);
        QCOMPARE(log.value->size(), 5);
        for (const Event &e : std::as_const(*log.value))
            QCOMPARE(e.actor, QStringLiteral("uma"));
        QCOMPARE(log.value->at(0).kind, QStringLiteral("access.granted"));
        QCOMPARE(log.value->at(0).details,
                 (QJsonObject{{QStringLiteral("created"), true}, {QStringLiteral("login"), QStringLiteral("uri")},
                              {QStringLiteral("role"), QStringLiteral("opsdeck_operator")}}));
        QCOMPARE(log.value->at(1).details.value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(log.value->at(3).kind, QStringLiteral("access.revoked"));
        QCOMPARE(log.value->at(3).summary, QStringLiteral("Revoked opsdeck_lead from ulf"));
        QCOMPARE(log.value->at(4).summary, QStringLiteral("Granted opsdeck_lead to ulf"));
        QVERIFY(verify(**store.value).intact());
    }

    // Issue 19, item 3: an 8 MiB event is refused for every role, through the API and by direct SQL.
    void oversizedEventsAreRefusedForEveryRole()
    {
        const QString db = freshDatabase();
        QVERIFY(!db.isEmpty());
        const QString owner = m_pg->conninfo(QStringLiteral("postgres"), db);
        QCOMPARE(PostgresSchema::grant(owner, QStringLiteral("ora"), QStringLiteral("operator")), QString());
        QCOMPARE(PostgresSchema::grant(owner, QStringLiteral("leo"), QStringLiteral("lead")), QString());
        QCOMPARE(PostgresSchema::grant(owner, QStringLiteral("ada"), QStringLiteral("admin")), QString());
        const int eightMiB = 8 * 1024 * 1024;
        const QString huge(eightMiB, u'x');
        const QStringList columns = {QStringLiteral("summary"), QStringLiteral("details"), QStringLiteral("host"),
                                     QStringLiteral("environment"), QStringLiteral("service"), QStringLiteral("idem_key"),
                                     QStringLiteral("kind")};
        for (const QString &login : {QStringLiteral("ora"), QStringLiteral("leo"), QStringLiteral("ada"), QStringLiteral("postgres")}) {
            auto store = open(db, login);
            QVERIFY(store);
            Event bigDetails = note(QStringLiteral("a note"));
            bigDetails.details.insert(QStringLiteral("text"), huge);
            Event bigSummary = note(huge);
            Event bigHost = note(QStringLiteral("a note"));
            bigHost.host = huge;
            for (const auto &[event, field] : {std::pair{bigDetails, QStringLiteral("details")}, std::pair{bigSummary, QStringLiteral("summary")},
                                               std::pair{bigHost, QStringLiteral("host")}}) {
                const auto refused = store->append(event);
                QVERIFY(!refused);
                QVERIFY(!refused.unavailable);
                QVERIFY2(refused.error.contains(QStringLiteral("too large")) && refused.error.contains(field), qPrintable(refused.error));
            }
            QVERIFY(!store->appendBatch({note(QStringLiteral("fine")), bigDetails}));
            QVERIFY(!store->appendIf({bigSummary}, {}));
            QVERIFY(!store->acquireLock(QStringLiteral("production/web-1/web"), QStringLiteral("c:1"), huge, std::chrono::seconds(5)));
            // Past the API, straight into the table: the database refuses every column.
            for (const QString &column : columns) {
                const QString value = column == QStringLiteral("details")
                                          ? QStringLiteral("'{\"text\":\"' || repeat('x', %1) || '\"}'").arg(eightMiB)
                                          : QStringLiteral("repeat('x', %1)").arg(eightMiB);
                QString sql = QStringLiteral("INSERT INTO opsdeck.events (kind, summary, %1) VALUES ('note', 'a note', %2)").arg(column, value);
                if (column == QStringLiteral("summary") || column == QStringLiteral("kind"))
                    sql = column == QStringLiteral("summary")
                              ? QStringLiteral("INSERT INTO opsdeck.events (kind, summary) VALUES ('note', %1)").arg(value)
                              : QStringLiteral("INSERT INTO opsdeck.events (kind, summary) VALUES (%1, 'a note')").arg(value);
                const QString error = m_pg->exec(sql, db, login);
                QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(login + u' ' + column + QStringLiteral(": ") + error));
            }
            // Straight into the locks table: no OpsDeck role may write it at all (step 10, locks only
            // through the lock functions); for the superuser, who may, the size constraint holds.
            const QString lockError = m_pg->exec(QStringLiteral("INSERT INTO opsdeck.action_locks (target, console, reason, expires_at)"
                                                                " VALUES ('t', 'c', repeat('x', %1), now())").arg(eightMiB),
                                                 db, login);
            const QString expected = login == QLatin1String("postgres") ? QStringLiteral("action_locks_reason_size")
                                                                         : QStringLiteral("permission denied");
            QVERIFY2(lockError.contains(expected), qPrintable(login + QStringLiteral(": ") + lockError));
        }
        // The superuser with every trigger off: the constraints still hold.
        const QString bypass = m_pg->exec(QStringLiteral("BEGIN; SET LOCAL session_replication_role = replica;"
                                                         " INSERT INTO opsdeck.events (id, time, kind, actor, summary, details, prev_hash, hash)"
                                                         " VALUES (1000, now(), 'note', 'x', 's', '{\"t\":\"' || repeat('x', %1) || '\"}', '', '');"
                                                         " COMMIT")
                                              .arg(eightMiB),
                                          db);
        QVERIFY2(bypass.contains(QStringLiteral("events_details_size")), qPrintable(bypass));

        // At the limits, stored; one byte over, refused with the sizes.
        auto store = open(db, QStringLiteral("ora"));
        Event atLimit = note(QString(EventLimits::summaryBytes, u's'));
        atLimit.details.insert(QStringLiteral("t"), QString(EventLimits::detailsBytes - 8, u'd')); // {"t":"…"}
        atLimit.host = QString(EventLimits::nameBytes, u'h');
        const auto stored = store->append(atLimit);
        QVERIFY2(stored, qPrintable(stored.error));
        QCOMPARE(stored.value->summary.size(), EventLimits::summaryBytes);
        atLimit.details.insert(QStringLiteral("t"), QString(EventLimits::detailsBytes - 7, u'd'));
        const auto over = store->append(atLimit);
        QVERIFY(!over);
        QVERIFY2(over.error.contains(QStringLiteral("1048577 bytes of details, at most 1048576")), qPrintable(over.error));
        const auto back = store->events({});
        QCOMPARE(back.value->size(), 4); // the three grants and the note at the limits
        QCOMPARE(back.value->constLast().details.value(QStringLiteral("t")).toString().size(), EventLimits::detailsBytes - 8);
        QCOMPARE(m_pg->query1(QStringLiteral("SELECT max(octet_length(details)) FROM opsdeck.events"), db),
                 QString::number(EventLimits::detailsBytes));
        QVERIFY(verify(*store).intact());

        // The outbox, which queues events while the store is away, refuses them too.
        QTemporaryDir dir;
        auto outbox = Outbox::open(dir.filePath(QStringLiteral("outbox.db")));
        QVERIFY(outbox);
        Event queued = note(huge);
        queued.key = QStringLiteral("6f1c1f0e-0000-4000-8000-0000000000aa");
        const auto put = (*outbox.value)->put(queued);
        QVERIFY(!put);
        QVERIFY2(put.error.contains(QStringLiteral("too large")), qPrintable(put.error));
        QCOMPARE((*outbox.value)->count(), 0);
    }

    // Rows stored before the limits (migration 7) stay, append-only; every fetch reads them bounded,
    // and the verifier still hashes them whole, one batch at a time.
    void rowsFromBeforeTheLimitsAreReadBounded()
    {
        const QString db = QStringLiteral("unbounded");
        QVERIFY(m_pg->createDatabase(db));
        const QString owner = m_pg->conninfo(QStringLiteral("postgres"), db);
        QVERIFY(PostgresSchema::migrateTo(owner, 6).error.isEmpty());
        const int big = 20 * 1024 * 1024; // a row holds it twice: two rows exceed one audit batch (64 MiB)
        for (int i = 0; i < 2; ++i)
            QCOMPARE(m_pg->exec(QStringLiteral("INSERT INTO opsdeck.events (kind, summary, host, details)"
                                               " VALUES ('note', repeat('s', %1), repeat('h', 5000), '{\"text\":\"' || repeat('d', %1) || '\"}')")
                                    .arg(big),
                                db),
                     QString());
        const auto migrated = PostgresSchema::migrate(owner);
        QVERIFY2(migrated.error.isEmpty(), qPrintable(migrated.error));
        auto store = open(db);
        QVERIFY(store);
        QVERIFY(store->append(note(QStringLiteral("after the limits"))));
        EventFilter newest;
        newest.newestFirst = true;
        newest.limit = 3;
        const auto page = store->events(newest);
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->size(), 3);
        QCOMPARE(page.value->at(0).summary, QStringLiteral("after the limits"));
        for (int i = 1; i < 3; ++i) {
            const Event &e = page.value->at(i);
            QCOMPARE(e.summary.size(), EventLimits::summaryBytes);
            QCOMPARE(e.host.size(), EventLimits::nameBytes);
            QCOMPARE(e.details, (QJsonObject{{QLatin1String(EventLimits::omittedDetailsKey()), big + 11}}));
        }
        // Whole rows for the verifier, but not both in one batch.
        const auto first = store->auditRows(0, 1000);
        QVERIFY(first);
        QCOMPARE(first.value->size(), 1);
        QVERIFY(first.value->constFirst().canonical.size() > 2 * big);
        QCOMPARE(store->auditRows(1, 1000).value->size(), 2);
        QVERIFY(verify(*store).intact());
    }

    // A role granted or revoked while a console is connected reaches it without a reconnect.
    void grantedRolesReachAConnectedConsole()
    {
        const QString db = freshDatabase();
        const QString owner = m_pg->conninfo(QStringLiteral("postgres"), db);
        QCOMPARE(PostgresSchema::grant(owner, QStringLiteral("gwen"), QStringLiteral("operator")), QString());
        EventStoreService console;
        console.open(m_pg->conninfo(QStringLiteral("gwen"), db));
        QTRY_COMPARE(console.state(), EventStoreService::State::Open);
        QCOMPARE(console.identity().roles, QStringList{QStringLiteral("opsdeck_operator")});
        QSignalSpy changed(&console, &EventStoreService::identityChanged);
        QCOMPARE(PostgresSchema::grant(owner, QStringLiteral("gwen"), QStringLiteral("signer:security_lead")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QCOMPARE(console.identity().roles,
                 (QStringList{QStringLiteral("opsdeck_operator"), QStringLiteral("opsdeck_signer_security_lead")}));
        QCOMPARE(changed.constFirst().constFirst().value<StoreIdentity>().roles, console.identity().roles);
        // Someone else's grant changes nothing here (and says nothing).
        QCOMPARE(PostgresSchema::grant(owner, QStringLiteral("hal"), QStringLiteral("lead")), QString());
        QCOMPARE(PostgresSchema::revoke(owner, QStringLiteral("gwen"), QStringLiteral("signer:security_lead")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
        QCOMPARE(console.identity().roles, QStringList{QStringLiteral("opsdeck_operator")});
        QTest::qWait(300);
        QCOMPARE(changed.size(), 2);
    }

    void liveUpdatesReconnectCatchUpAndOutbox()
    {
        const QString db = freshDatabase();
        EventStoreService a;
        EventStoreService b;
        QSignalSpy aOpen(&a, &EventStoreService::stateChanged);
        a.open(m_pg->uri(QStringLiteral("postgres"), db));
        b.open(m_pg->conninfo(QStringLiteral("postgres"), db));
        QTRY_COMPARE(a.state(), EventStoreService::State::Open);
        QTRY_COMPARE(b.state(), EventStoreService::State::Open);
        QVERIFY2(!a.location().contains(QStringLiteral("password")), qPrintable(a.location()));

        // Live: what b records reaches a within a second, once.
        QList<Event> seenByA;
        connect(&a, &EventStoreService::appended, this, [&](const Event &e) { seenByA << e; });
        QElapsedTimer clock;
        clock.start();
        b.append(note(QStringLiteral("from b")));
        QTRY_COMPARE_WITH_TIMEOUT(seenByA.size(), 1, 1000);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(seenByA.constFirst().summary, QStringLiteral("from b"));
        // a's own event reaches a once too.
        a.append(note(QStringLiteral("from a")));
        QTRY_COMPARE(seenByA.size(), 2);
        QTest::qWait(300);
        QCOMPARE(seenByA.size(), 2);

        // Reconnect and catch up by id: cut a's connection on the server, write meanwhile from b.
        QCOMPARE(m_pg->exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                           " WHERE datname = '%1' AND application_name = 'opsdeck' AND pid <> pg_backend_pid()")
                                .arg(db),
                            db),
                 QString());
        // b lost its connection too; both reconnect by themselves. b's events wait in its outbox if needed.
        for (int i = 0; i < 3; ++i)
            b.append(note(QStringLiteral("meanwhile %1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(seenByA.size(), 5, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(b.pendingSync(), 0, 15000);
        QTest::qWait(500);
        QStringList summaries;
        for (const Event &e : seenByA)
            if (!e.pending)
                summaries << e.summary;
        summaries.removeDuplicates();
        QCOMPARE(summaries.size(), 5);
        QCOMPARE(m_pg->query1(QStringLiteral("SELECT count(*) FROM opsdeck.events"), db), QStringLiteral("5"));

        // The server goes away: events that may wait go to the outbox (pending), guarded work is refused.
        m_pg->stop();
        QList<Event> pendingSeen;
        connect(&a, &EventStoreService::appended, this, [&](const Event &e) {
            if (e.pending)
                pendingSeen << e;
        });
        for (int i = 0; i < 4; ++i)
            a.append(note(QStringLiteral("offline %1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(a.pendingSync(), 4, 15000);
        QCOMPARE(pendingSeen.size(), 4);
        QTRY_COMPARE(a.state(), EventStoreService::State::Offline);
        Event guarded;
        guarded.kind = QStringLiteral("service.restart.started");
        guarded.summary = QStringLiteral("Restart web");
        auto refused = a.record(guarded);
        QTRY_VERIFY(refused.isFinished());
        QVERIFY(!refused.result());
        QVERIFY(refused.result().unavailable);
        // The outbox is durable: it is on disk now, before any replay.
        QCOMPARE(Outbox::open(Outbox::pathFor(a.location())).value->get()->count(), 4);

        // Back: replayed by key, exactly once, in order; the console is Open again.
        QVERIFY(m_pg->start());
        QTRY_COMPARE_WITH_TIMEOUT(a.pendingSync(), 0, 20000);
        QTRY_COMPARE(a.state(), EventStoreService::State::Open);
        QCOMPARE(m_pg->query1(QStringLiteral("SELECT count(*) FROM opsdeck.events WHERE summary LIKE 'offline %'"), db),
                 QStringLiteral("4"));
        QCOMPARE(m_pg->query1(QStringLiteral("SELECT string_agg(summary, ',' ORDER BY id) FROM opsdeck.events WHERE summary LIKE 'offline %'"), db),
                 QStringLiteral("offline 0,offline 1,offline 2,offline 3"));
        auto store = open(db);
        QVERIFY(verify(*store).intact());
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "TestPostgresStore.moc"
