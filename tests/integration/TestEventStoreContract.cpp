// One contract, two backends: every store behaves the same for the features that sit on it. The
// PostgreSQL run uses a real PostgreSQL 15 this test starts (loopback and a private socket only).

#include "PostgresServer.h"

#include "store/AuditChain.h"
#include "store/EventLimits.h"
#include "store/EventStoreService.h"
#include "store/PostgresEventStore.h"
#include "store/PostgresSchema.h"
#include "store/SqliteEventStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace opsdeck;
using opsdeck::testing::PostgresServer;

namespace {
Event makeEvent(const QString &kind, const QString &summary = QStringLiteral("something"))
{
    Event e;
    e.kind = kind;
    e.summary = summary;
    e.actor = QStringLiteral("mallory"); // a client's claim; the store must ignore it
    e.actorRoles = QStringLiteral("opsdeck_admin");
    e.details = {{QStringLiteral("n"), 1}, {QStringLiteral("text"), QStringLiteral("ünïcode ✓")}};
    return e;
}
} // namespace

class TestEventStoreContract final : public QObject
{
    Q_OBJECT
    std::unique_ptr<PostgresServer> m_pg;
    QTemporaryDir m_tmp;
    int m_databases = 0;
    QString m_lastDatabase;

    std::unique_ptr<EventStore> openStore(const QString &backend)
    {
        if (backend == QStringLiteral("sqlite")) {
            auto store = SqliteEventStore::open(m_tmp.filePath(QStringLiteral("s%1.db").arg(++m_databases)), QStringLiteral("ann"));
            if (!store)
                qWarning() << store.error;
            return store ? std::move(*store.value) : nullptr;
        }
        m_lastDatabase = QStringLiteral("contract%1").arg(++m_databases);
        if (!m_pg->createDatabase(m_lastDatabase))
            return nullptr;
        const auto migrated = PostgresSchema::migrate(m_pg->conninfo(QStringLiteral("postgres"), m_lastDatabase));
        if (!migrated.error.isEmpty()) {
            qWarning() << migrated.error;
            return nullptr;
        }
        auto store = PostgresEventStore::open(m_pg->conninfo(QStringLiteral("postgres"), m_lastDatabase));
        if (!store)
            qWarning() << store.error;
        return store ? std::move(*store.value) : nullptr;
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pg = std::make_unique<PostgresServer>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
    }

    void storeAssignsIdTimeActorAndChain_data() { backends(); }
    void storeAssignsIdTimeActorAndChain()
    {
        QFETCH(QString, backend);
        auto store = openStore(backend);
        QVERIFY(store);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto first = store->append(makeEvent(QStringLiteral("note")));
        QVERIFY2(first, qPrintable(first.error));
        auto second = store->append(makeEvent(QStringLiteral("note")));
        QVERIFY(second);
        QCOMPARE(first.value->id, 1);
        QCOMPARE(second.value->id, 2);
        QVERIFY(first.value->time >= before);
        QVERIFY(second.value->time >= first.value->time);
        QVERIFY(first.value->actor != QStringLiteral("mallory"));
        QCOMPARE(first.value->actor, store->identity().actor);
        QCOMPARE(first.value->actorRoles, QStringLiteral("opsdeck_admin,opsdeck_lead,opsdeck_operator"));
        const auto read = store->events({});
        QVERIFY(read);
        QCOMPARE(read.value->size(), 2);
        QCOMPARE(read.value->at(0).details.value(QStringLiteral("text")).toString(), QStringLiteral("ünïcode ✓"));
        QCOMPARE(read.value->at(0).actor, first.value->actor);
        QCOMPARE(*store->latestId().value, 2);
    }

    void sameKeyIsStoredOnce_data() { backends(); }
    void sameKeyIsStoredOnce()
    {
        QFETCH(QString, backend);
        auto store = openStore(backend);
        QVERIFY(store);
        Event e = makeEvent(QStringLiteral("service.restart.started"));
        e.key = QStringLiteral("6f1c1f0e-0000-4000-8000-000000000001");
        auto a = store->append(e);
        QVERIFY(a);
        e.summary = QStringLiteral("a replay may differ; the first one counts");
        auto b = store->append(e);
        QVERIFY(b);
        QCOMPARE(b.value->id, a.value->id);
        QCOMPARE(b.value->summary, QStringLiteral("something"));
        auto batch = store->appendBatch({e, makeEvent(QStringLiteral("note"))});
        QVERIFY(batch);
        QCOMPARE(batch.value->at(0).id, a.value->id);
        QCOMPARE(batch.value->at(1).id, a.value->id + 1);
        QCOMPARE(store->events({}).value->size(), 2);
    }

    void batchesKeepOrder_data() { backends(); }
    void batchesKeepOrder()
    {
        QFETCH(QString, backend);
        auto store = openStore(backend);
        QVERIFY(store);
        QList<Event> batch;
        for (int i = 0; i < 50; ++i)
            batch << makeEvent(QStringLiteral("note"), QStringLiteral("n%1").arg(i));
        auto stored = store->appendBatch(batch);
        QVERIFY2(stored, qPrintable(stored.error));
        QCOMPARE(stored.value->size(), 50);
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(stored.value->at(i).id, i + 1);
            QCOMPARE(stored.value->at(i).summary, QStringLiteral("n%1").arg(i));
        }
        // A batch with an invalid event stores nothing.
        QVERIFY(!store->appendBatch({makeEvent(QStringLiteral("note")), makeEvent(QString())}));
        QCOMPARE(*store->latestId().value, 50);
    }

    void filters_data() { backends(); }
    void filters()
    {
        QFETCH(QString, backend);
        auto store = openStore(backend);
        QVERIFY(store);
        auto add = [&](const QString &kind, const QString &env, const QString &host, const QString &summary) {
            Event e = makeEvent(kind, summary);
            e.environment = env;
            e.host = host;
            return store->append(e).value->id;
        };
        const qint64 a = add(QStringLiteral("service.restart.started"), QStringLiteral("production"), QStringLiteral("web-1"),
                             QStringLiteral("Restart of web"));
        const qint64 b = add(QStringLiteral("health.changed"), QStringLiteral("production"), QStringLiteral("web-2"),
                             QStringLiteral("web is FAILING: 100% of checks_down"));
        const qint64 c = add(QStringLiteral("health.changed"), QStringLiteral("staging"), QStringLiteral("web-1"),
                             QStringLiteral("web passes again"));
        const qint64 d = add(QStringLiteral("note"), QString(), QString(), QStringLiteral("A note"));
        auto ids = [&](const EventFilter &f) {
            QList<qint64> out;
            const auto read = store->events(f);
            if (read)
                for (const Event &e : *read.value)
                    out << e.id;
            return out;
        };
        EventFilter f;
        f.kind = QStringLiteral("service.");
        QCOMPARE(ids(f), (QList<qint64>{a}));
        f = {};
        f.kinds = {QStringLiteral("note"), QStringLiteral("service.")};
        QCOMPARE(ids(f), (QList<qint64>{a, d}));
        f = {};
        f.environment = QStringLiteral("production");
        QCOMPARE(ids(f), (QList<qint64>{a, b}));
        f = {};
        f.host = QStringLiteral("web-1");
        f.newestFirst = true;
        QCOMPARE(ids(f), (QList<qint64>{c, a}));
        f = {};
        f.text = QStringLiteral("WEB");
        QCOMPARE(ids(f), (QList<qint64>{a, b, c}));
        f.text = QStringLiteral("100%"); // % and _ are literal
        QCOMPARE(ids(f), (QList<qint64>{b}));
        f.text = QStringLiteral("checks_");
        QCOMPARE(ids(f), (QList<qint64>{b}));
        f.text = QStringLiteral("0%_");
        QCOMPARE(ids(f), QList<qint64>{});
        f = {};
        f.actor = store->identity().actor;
        QCOMPARE(ids(f).size(), 4);
        f.actor = QStringLiteral("mallory");
        QCOMPARE(ids(f), QList<qint64>{});
        f = {};
        f.ids = {b, d, 999};
        QCOMPARE(ids(f), (QList<qint64>{b, d}));
        f = {};
        f.afterId = a;
        f.beforeId = d;
        QCOMPARE(ids(f), (QList<qint64>{b, c}));
        f = {};
        f.newestFirst = true;
        f.limit = 2;
        QCOMPARE(ids(f), (QList<qint64>{d, c}));
        f.beforeId = c;
        QCOMPARE(ids(f), (QList<qint64>{b, a}));
        f = {};
        f.since = QDateTime::currentDateTimeUtc().addSecs(-60);
        f.until = QDateTime::currentDateTimeUtc().addSecs(60);
        QCOMPARE(ids(f).size(), 4);
        f.until = QDateTime::currentDateTimeUtc().addSecs(-30);
        QCOMPARE(ids(f), QList<qint64>{});
    }

    void auditChainVerifies_data() { backends(); }
    void auditChainVerifies()
    {
        QFETCH(QString, backend);
        auto store = openStore(backend);
        QVERIFY(store);
        for (int i = 0; i < 30; ++i)
            QVERIFY(store->append(makeEvent(QStringLiteral("note"), QStringLiteral("n%1 ' \" \\ ;:|").arg(i))));
        QVERIFY(store->appendBatch({makeEvent(QStringLiteral("a")), makeEvent(QStringLiteral("b"))}));
        AuditChain::Verifier verifier;
        qint64 after = 0;
        for (;;) {
            const auto rows = store->auditRows(after, 7);
            QVERIFY(rows);
            if (rows.value->isEmpty())
                break;
            verifier.feed(*rows.value);
            after = rows.value->constLast().id;
        }
        const auto report = verifier.finish(*store->auditHead().value);
        QVERIFY2(report.intact(), qPrintable(report.findings.value(0).message));
        QCOMPARE(report.rowsChecked, 32);
        QCOMPARE(report.lastId, 32);
    }

    void eventsAreAppendOnly_data() { backends(); }
    void eventsAreAppendOnly()
    {
        QFETCH(QString, backend);
        auto store = openStore(backend);
        QVERIFY(store);
        QVERIFY(store->append(makeEvent(QStringLiteral("note"))));
        const QStringList statements{QStringLiteral("UPDATE %1 SET summary = 'forged'"), QStringLiteral("DELETE FROM %1")};
        if (backend == QStringLiteral("sqlite")) {
            const QString path = store->location().mid(int(qstrlen("sqlite://")));
            store.reset();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                for (const QString &statement : statements) {
                    QSqlQuery q(db);
                    QVERIFY(!q.exec(statement.arg(QStringLiteral("events"))));
                    QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
            return;
        }
        // Even the superuser (the table's owner here) is refused while the triggers stand.
        for (const QString &statement : statements) {
            const QString error = m_pg->exec(statement.arg(QStringLiteral("opsdeck.events")), m_lastDatabase);
            QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
        }
        const QString truncate = m_pg->exec(QStringLiteral("TRUNCATE opsdeck.events"), m_lastDatabase);
        QVERIFY2(truncate.contains(QStringLiteral("append-only")), qPrintable(truncate));
    }

    void liveUpdateReachesASecondConsoleOnce_data() { backends(); }
    void liveUpdateReachesASecondConsoleOnce()
    {
        QFETCH(QString, backend);
        auto store = openStore(backend);
        QVERIFY(store);
        const QString argument = backend == QStringLiteral("sqlite") ? store->location() : m_pg->conninfo(QStringLiteral("postgres"), m_lastDatabase);
        store.reset();
        EventStoreService first;
        EventStoreService second;
        first.open(argument);
        second.open(argument);
        QTRY_COMPARE(first.state(), EventStoreService::State::Open);
        QTRY_COMPARE(second.state(), EventStoreService::State::Open);
        QList<Event> seen;
        connect(&second, &EventStoreService::appended, this, [&](const Event &e) { seen << e; });
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 3; ++i)
            first.append(makeEvent(QStringLiteral("note"), QStringLiteral("live %1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 3, 2000);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QTest::qWait(1200); // one more poll round: nothing arrives twice
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen.at(0).summary, QStringLiteral("live 0"));
        QCOMPARE(seen.at(2).summary, QStringLiteral("live 2"));
        QVERIFY(seen.at(0).id < seen.at(1).id);
    }

    // The same limits (EventLimits.h) in the API and in both databases' own checks: at the limit
    // stored, one byte over refused, whether through the store or by direct SQL.
    void limitsAreTheSameEverywhere_data() { backends(); }
    void limitsAreTheSameEverywhere()
    {
        QFETCH(QString, backend);
        auto store = openStore(backend);
        QVERIFY(store);
        using namespace EventLimits;
        const std::pair<QString, int> fields[] = {{QStringLiteral("kind"), kindBytes},       {QStringLiteral("environment"), nameBytes},
                                                  {QStringLiteral("host"), nameBytes},       {QStringLiteral("service"), nameBytes},
                                                  {QStringLiteral("summary"), summaryBytes}, {QStringLiteral("details"), detailsBytes},
                                                  {QStringLiteral("idem_key"), keyBytes}};
        auto eventWith = [](const QString &column, int bytes) {
            Event e = makeEvent(QStringLiteral("note"));
            e.details = {};
            const QString value(bytes, u'x');
            if (column == QStringLiteral("kind"))
                e.kind = value;
            else if (column == QStringLiteral("environment"))
                e.environment = value;
            else if (column == QStringLiteral("host"))
                e.host = value;
            else if (column == QStringLiteral("service"))
                e.service = value;
            else if (column == QStringLiteral("summary"))
                e.summary = value;
            else if (column == QStringLiteral("details"))
                e.details = {{QStringLiteral("t"), QString(bytes - 8, u'd')}}; // {"t":"…"}
            else
                e.key = value;
            return e;
        };
        const QString path = store->location().mid(int(qstrlen("sqlite://")));
        // Straight into the table, past the API ('y': no key the API stored).
        int rawRows = 0;
        auto rawInsert = [&](const QString &column, int bytes) {
            QMap<QString, QString> values{{QStringLiteral("kind"), QStringLiteral("note")},
                                          {QStringLiteral("summary"), QStringLiteral("s")},
                                          {QStringLiteral("details"), QStringLiteral("{}")}};
            values.insert(column, column == QStringLiteral("details") ? QStringLiteral("{\"t\":\"") + QString(bytes - 8, u'd') + QStringLiteral("\"}")
                                                                      : QString(bytes, u'y'));
            if (backend == QStringLiteral("postgresql")) {
                QStringList literals;
                for (const QString &value : std::as_const(values))
                    literals << u'\'' + value + u'\'';
                return m_pg->exec(QStringLiteral("INSERT INTO opsdeck.events (%1) VALUES (%2)")
                                      .arg(values.keys().join(QStringLiteral(", ")), literals.join(QStringLiteral(", "))),
                                  m_lastDatabase);
            }
            QString error;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                db.setDatabaseName(path);
                db.open();
                QSqlQuery q(db);
                // An id below the chain's (the store numbers its rows from the chain head, not the table).
                q.prepare(QStringLiteral("INSERT INTO events (id, time_ms, actor, %1) VALUES (%2, 1, 'ann', ?, ?, ?%3)")
                              .arg(values.keys().join(QStringLiteral(", ")))
                              .arg(-++rawRows)
                              .arg(values.size() > 3 ? QStringLiteral(", ?") : QString()));
                for (const QString &value : std::as_const(values))
                    q.addBindValue(value);
                if (!q.exec())
                    error = q.lastError().text();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
            return error;
        };
        for (const auto &[column, limit] : fields) {
            const auto atLimit = store->append(eventWith(column, limit));
            QVERIFY2(atLimit, qPrintable(column + QStringLiteral(": ") + atLimit.error));
            const auto over = store->append(eventWith(column, limit + 1));
            QVERIFY(!over);
            QVERIFY(!over.unavailable);
            QVERIFY2(over.error.contains(QStringLiteral("too large")) && over.error.contains(QString::number(limit)),
                     qPrintable(column + QStringLiteral(": ") + over.error));
            QCOMPARE(rawInsert(column, limit), QString());
            const QString refused = rawInsert(column, limit + 1);
            QVERIFY2(refused.contains(QStringLiteral("too large")), qPrintable(column + QStringLiteral(": ") + refused));
        }
        // Bytes, not characters: 4097 two-byte characters are 8194 bytes.
        QVERIFY(!store->append(makeEvent(QStringLiteral("note"), QString(summaryBytes / 2 + 1, QChar(0xe9)))));
        QVERIFY(store->append(makeEvent(QStringLiteral("note"), QString(summaryBytes / 2, QChar(0xe9)))));
        // Locks too.
        const auto bigLock = store->acquireLock(QString(lockTargetBytes + 1, u't'), QStringLiteral("c:1"), QStringLiteral("r"),
                                                std::chrono::seconds(5));
        QVERIFY(!bigLock);
        QVERIFY2(bigLock.error.contains(QStringLiteral("too large")), qPrintable(bigLock.error));
        QVERIFY(!store->acquireLock(QStringLiteral("t"), QStringLiteral("c:1"), QString(lockReasonBytes + 1, u'r'), std::chrono::seconds(5)));
        QVERIFY(store->acquireLock(QString(lockTargetBytes, u't'), QString(lockConsoleBytes, u'c'), QString(lockReasonBytes, u'r'),
                                   std::chrono::seconds(5)));
    }

    void locks_data() { backends(); }
    void locks()
    {
        QFETCH(QString, backend);
        auto store = openStore(backend);
        QVERIFY(store);
        const QString target = QStringLiteral("production/web-1/web");
        auto mine = store->acquireLock(target, QStringLiteral("host-a:1"), QStringLiteral("deploy"), std::chrono::seconds(60));
        QVERIFY2(mine, qPrintable(mine.error));
        QVERIFY(mine.value->acquired);
        QCOMPARE(mine.value->lock.holder, store->identity().actor);
        auto theirs = store->acquireLock(target, QStringLiteral("host-b:2"), QStringLiteral("other"), std::chrono::seconds(60));
        QVERIFY(theirs);
        QVERIFY(!theirs.value->acquired);
        QCOMPARE(theirs.value->lock.console, QStringLiteral("host-a:1"));
        QCOMPARE(theirs.value->lock.reason, QStringLiteral("deploy"));
        auto renewed = store->acquireLock(target, QStringLiteral("host-a:1"), QStringLiteral("deploy"), std::chrono::seconds(120));
        QVERIFY(renewed && renewed.value->acquired);
        QCOMPARE(store->locks().value->size(), 1);
        QVERIFY(!*store->releaseLock(target, QStringLiteral("host-b:2")).value);
        QVERIFY(*store->releaseLock(target, QStringLiteral("host-a:1")).value);
        QCOMPARE(store->locks().value->size(), 0);
        // A lapsed lock is free for anyone.
        QVERIFY(store->acquireLock(target, QStringLiteral("host-a:1"), QStringLiteral("x"), std::chrono::milliseconds(1)).value->acquired);
        QTest::qWait(20);
        QVERIFY(store->acquireLock(target, QStringLiteral("host-b:2"), QStringLiteral("y"), std::chrono::seconds(60)).value->acquired);
    }

    // A guarded action's locks as one set: all or none, every conflict named, renewed and released as one.
    void lockSets_data() { backends(); }
    void lockSets()
    {
        QFETCH(QString, backend);
        auto store = openStore(backend);
        QVERIFY(store);
        const QString a = QStringLiteral("host-a#1");
        const QString b = QStringLiteral("host-b#2");
        auto target = [](int i) { return QStringLiteral("production/web-%1/web").arg(i); };
        const QStringList mine{target(1), target(2), target(3)};
        const auto taken = store->acquireLocks(mine, a, QStringLiteral("deploy"), std::chrono::seconds(60));
        QVERIFY2(taken, qPrintable(taken.error));
        QVERIFY(taken.value->acquired);
        QCOMPARE(taken.value->locks.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(taken.value->locks.at(i).target, mine.at(i));
            QCOMPARE(taken.value->locks.at(i).holder, store->identity().actor);
            QCOMPARE(taken.value->locks.at(i).console, a);
        }

        // One target of the set held by another console: none is taken, and every held one is named.
        QVERIFY(store->acquireLock(target(5), a, QStringLiteral("migration"), std::chrono::seconds(60)).value->acquired);
        const auto refused = store->acquireLocks({target(0), target(3), target(4), target(5)}, b, QStringLiteral("other"),
                                                 std::chrono::seconds(60));
        QVERIFY2(refused, qPrintable(refused.error));
        QVERIFY(!refused.value->acquired);
        QCOMPARE(refused.value->locks.size(), 2);
        QCOMPARE(refused.value->locks.at(0).target, target(3));
        QCOMPARE(refused.value->locks.at(0).console, a);
        QCOMPARE(refused.value->locks.at(0).reason, QStringLiteral("deploy"));
        QVERIFY(refused.value->locks.at(0).acquiredAt.isValid());
        QCOMPARE(refused.value->locks.at(1).target, target(5));
        QCOMPARE(refused.value->locks.at(1).reason, QStringLiteral("migration"));
        QCOMPARE(store->locks().value->size(), 4); // target(0) and target(4) were not taken

        // Taken again by its console: renewed with the new reason, still held since it was first taken.
        const auto again = store->acquireLocks(mine + QStringList{target(1)}, a, QStringLiteral("deploy 2"), std::chrono::seconds(60));
        QVERIFY(again && again.value->acquired);
        QCOMPARE(again.value->locks.size(), 3); // a target named twice counts once
        QCOMPARE(again.value->locks.at(0).reason, QStringLiteral("deploy 2"));
        QCOMPARE(again.value->locks.at(0).acquiredAt.toMSecsSinceEpoch() / 1000,
                 taken.value->locks.at(0).acquiredAt.toMSecsSinceEpoch() / 1000);

        // Renewal: one answer per target, in order; another console renews nothing.
        const auto renewed = store->renewLocks({target(1), target(9), target(3)}, a, std::chrono::seconds(120));
        QVERIFY2(renewed, qPrintable(renewed.error));
        QCOMPARE(renewed.value->size(), 3);
        QVERIFY(renewed.value->at(0).acquired);
        QVERIFY(!renewed.value->at(1).acquired);
        QCOMPARE(renewed.value->at(1).lock.target, target(9));
        QVERIFY(renewed.value->at(1).lock.holder.isEmpty());
        QVERIFY(renewed.value->at(2).acquired);
        QVERIFY(renewed.value->at(2).lock.expiresAt > QDateTime::currentDateTimeUtc().addSecs(90));
        const auto foreign = store->renewLocks(mine, b, std::chrono::seconds(60));
        QVERIFY(foreign);
        QVERIFY(std::none_of(foreign.value->cbegin(), foreign.value->cend(), [](const LockAttempt &r) { return r.acquired; }));
        QCOMPARE(foreign.value->at(0).lock.console, a);

        // Release: only one's own, as one set.
        QCOMPARE(*store->releaseLocks(mine, b).value, 0);
        QCOMPARE(*store->releaseLocks(mine + QStringList{target(5), target(8)}, a).value, 4);
        QCOMPARE(store->locks().value->size(), 0);

        // Limits: the size of the set and of each lock; a refused set takes nothing.
        QStringList many;
        for (int i = 0; i <= EventLimits::lockSetSize; ++i)
            many << target(i);
        const auto tooMany = store->acquireLocks(many, a, QStringLiteral("r"), std::chrono::seconds(5));
        QVERIFY(!tooMany);
        QVERIFY2(tooMany.error.contains(QString::number(EventLimits::lockSetSize)), qPrintable(tooMany.error));
        const auto tooLarge = store->acquireLocks({target(1), QString(EventLimits::lockTargetBytes + 1, u't')}, a,
                                                  QStringLiteral("r"), std::chrono::seconds(5));
        QVERIFY(!tooLarge);
        QVERIFY2(tooLarge.error.contains(QStringLiteral("too large")), qPrintable(tooLarge.error));
        QVERIFY(!store->acquireLocks({}, a, QStringLiteral("r"), std::chrono::seconds(5)));
        QCOMPARE(store->locks().value->size(), 0);
    }

    // Two consoles asking for overlapping sets at the same moment: one gets its whole set, the other
    // nothing; never a mix.
    void overlappingSetsAreAllOrNothing_data() { backends(); }
    void overlappingSetsAreAllOrNothing()
    {
        QFETCH(QString, backend);
        auto first = openStore(backend);
        QVERIFY(first);
        // The second console opens its own connection on its own thread (a QtSql connection stays on its thread).
        const QString sqlitePath = m_tmp.filePath(QStringLiteral("s%1.db").arg(m_databases));
        const QString conninfo = backend == QStringLiteral("sqlite") ? QString() : m_pg->conninfo(QStringLiteral("postgres"), m_lastDatabase);
        auto openSecond = [&]() -> std::unique_ptr<EventStore> {
            if (conninfo.isEmpty()) {
                auto opened = SqliteEventStore::open(sqlitePath, QStringLiteral("bob"));
                return opened ? std::unique_ptr<EventStore>(std::move(*opened.value)) : nullptr;
            }
            auto opened = PostgresEventStore::open(conninfo);
            return opened ? std::unique_ptr<EventStore>(std::move(*opened.value)) : nullptr;
        };
        QStringList left;
        QStringList right;
        for (int i = 0; i < 300; ++i) {
            left << QStringLiteral("production/web-%1/web").arg(i);
            right << QStringLiteral("production/web-%1/web").arg(299 - i); // the same targets, the other way round
        }
        StoreResult<LockSetAttempt> fromSecond = StoreResult<LockSetAttempt>::failure(QStringLiteral("the second console did not open"));
        std::thread other([&] {
            if (auto second = openSecond())
                fromSecond = second->acquireLocks(right, QStringLiteral("host-b#2"), QStringLiteral("b"), std::chrono::seconds(60));
        });
        const auto fromFirst = first->acquireLocks(left, QStringLiteral("host-a#1"), QStringLiteral("a"), std::chrono::seconds(60));
        other.join();
        QVERIFY2(fromFirst, qPrintable(fromFirst.error));
        QVERIFY2(fromSecond, qPrintable(fromSecond.error));
        QVERIFY2(fromFirst.value->acquired != fromSecond.value->acquired, "exactly one console gets the set");
        const auto held = first->locks();
        QCOMPARE(held.value->size(), 300);
        const QString winner = fromFirst.value->acquired ? QStringLiteral("host-a#1") : QStringLiteral("host-b#2");
        QVERIFY(std::all_of(held.value->cbegin(), held.value->cend(), [&](const ActionLock &l) { return l.console == winner; }));
        const auto &loser = fromFirst.value->acquired ? *fromSecond.value : *fromFirst.value;
        QCOMPARE(loser.locks.size(), 300); // every lock that refused it, named
    }

    // The heartbeat of a running action, and the break-glass of a lead.
    void lockRenewalAndBreakGlass_data() { backends(); }
    void lockRenewalAndBreakGlass()
    {
        QFETCH(QString, backend);
        auto store = openStore(backend);
        QVERIFY(store);
        const QString target = QStringLiteral("production/web-1/web");
        QVERIFY(store->acquireLock(target, QStringLiteral("host-a#1"), QStringLiteral("deploy"), std::chrono::milliseconds(300))
                    .value->acquired);
        // Renewed past its first lifetime, it is still held.
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(150);
            auto renewed = store->renewLock(target, QStringLiteral("host-a#1"), std::chrono::milliseconds(300));
            QVERIFY2(renewed, qPrintable(renewed.error));
            QVERIFY(renewed.value->acquired);
            QCOMPARE(renewed.value->lock.console, QStringLiteral("host-a#1"));
            QCOMPARE(renewed.value->lock.reason, QStringLiteral("deploy"));
        }
        QVERIFY(!store->acquireLock(target, QStringLiteral("host-b#2"), QStringLiteral("other"), std::chrono::seconds(60)).value->acquired);
        // Another console renews nothing of it.
        auto foreign = store->renewLock(target, QStringLiteral("host-b#2"), std::chrono::seconds(60));
        QVERIFY(foreign && !foreign.value->acquired);
        QCOMPARE(foreign.value->lock.console, QStringLiteral("host-a#1"));

        // Breaking takes a reason, and a lock to break.
        QVERIFY(!store->breakLock(target, QStringLiteral("  ")));
        const auto none = store->breakLock(QStringLiteral("production/web-9/web"), QStringLiteral("stuck"));
        QVERIFY(!none);
        QVERIFY2(none.error.contains(QStringLiteral("no lock")), qPrintable(none.error));
        const auto broken = store->breakLock(target, QStringLiteral("console crashed mid-deploy"));
        QVERIFY2(broken, qPrintable(broken.error));
        QCOMPARE(broken.value->kind, QStringLiteral("lock.broken"));
        QCOMPARE(broken.value->actor, store->identity().actor);
        QCOMPARE(broken.value->environment, QStringLiteral("production"));
        QCOMPARE(broken.value->host, QStringLiteral("web-1"));
        QCOMPARE(broken.value->service, QStringLiteral("web"));
        QCOMPARE(broken.value->details.value(QStringLiteral("target")).toString(), target);
        QCOMPARE(broken.value->details.value(QStringLiteral("console")).toString(), QStringLiteral("host-a#1"));
        QCOMPARE(broken.value->details.value(QStringLiteral("lock_reason")).toString(), QStringLiteral("deploy"));
        QCOMPARE(broken.value->details.value(QStringLiteral("reason")).toString(), QStringLiteral("console crashed mid-deploy"));
        QVERIFY(broken.value->id > 0);
        // It is in the log like any event, and the holder's next renewal finds the lock gone.
        EventFilter filter;
        filter.kind = QStringLiteral("lock.broken");
        filter.detailKey = QStringLiteral("target");
        filter.detailValue = target;
        QCOMPARE(store->events(filter).value->size(), 1);
        auto gone = store->renewLock(target, QStringLiteral("host-a#1"), std::chrono::seconds(60));
        QVERIFY(gone && !gone.value->acquired);
        QVERIFY(gone.value->lock.holder.isEmpty());
        QCOMPARE(store->locks().value->size(), 0);
    }

    // A console instance is not hostname:pid: two containers with PID 1 and one hostname differ.
    void consoleIdIsRandomPerProcess()
    {
        const QString id = EventStoreService::consoleId();
        QCOMPARE(EventStoreService::consoleId(), id);
        QVERIFY2(!id.endsWith(u':' + QString::number(QCoreApplication::applicationPid())), qPrintable(id));
        QVERIFY2(QRegularExpression(QStringLiteral("#[0-9a-f]{16}$")).match(id).hasMatch(), qPrintable(id));
    }
};

QTEST_GUILESS_MAIN(TestEventStoreContract)
#include "TestEventStoreContract.moc"
