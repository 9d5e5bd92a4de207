#include "store/AuditChain.h"
#include "store/EventLimits.h"
#include "store/EventStoreFactory.h"
#include "store/SqliteEventStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace opsdeck;

namespace {
Event makeEvent(const QString &kind, const QString &env = {}, const QString &summary = QStringLiteral("something"))
{
    Event e;
    e.kind = kind;
    e.environment = env;
    e.summary = summary;
    e.actor = QStringLiteral("mallory"); // a client's claim; the store must ignore it
    e.details = {{QStringLiteral("n"), 1}};
    return e;
}

int migrationRows(const QString &path)
{
    const QString name = QStringLiteral("inspect");
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM schema_migrations"), db);
            if (q.next())
                rows = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}
} // namespace

class TestSqliteEventStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshFileGetsLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/dir/opsdeck.db"));
        auto store = SqliteEventStore::open(path, QStringLiteral("ann"));
        QVERIFY2(store, qPrintable(store.error));
        QCOMPARE((*store.value)->schemaVersion(), SqliteEventStore::latestSchemaVersion());
        QCOMPARE((*store.value)->location(), QStringLiteral("sqlite://") + path);
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QCOMPARE(migrationRows(path), int(SqliteEventStore::migrations().size()));
    }

    void upgradesAnOlderSchemaAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("opsdeck.db"));
        {
            auto v1 = SqliteEventStore::openAtVersion(path, QStringLiteral("ann"), 1);
            QVERIFY2(v1, qPrintable(v1.error));
            QCOMPARE((*v1.value)->schemaVersion(), 1);
        }
        {
            // Rows as a version-1 build wrote them.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO events (time_ms, kind, actor, summary, details)"
                                                      " VALUES (1000, 'note', 'ann', 'one', '{\"n\":1}'),"
                                                      " (2000, 'note', 'ann', 'two', '{}')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        auto latest = SqliteEventStore::open(path, QStringLiteral("ann"));
        QVERIFY2(latest, qPrintable(latest.error));
        QCOMPARE((*latest.value)->schemaVersion(), SqliteEventStore::latestSchemaVersion());
        auto events = (*latest.value)->events({});
        QVERIFY(events);
        QCOMPARE(events.value->size(), 2);
        // The old rows were chained by the upgrade; new ones continue the chain.
        QVERIFY((*latest.value)->append(makeEvent(QStringLiteral("note"))));
        AuditChain::Verifier verifier;
        verifier.feed(*(*latest.value)->auditRows(0, 100).value);
        const auto report = verifier.finish(*(*latest.value)->auditHead().value);
        QVERIFY2(report.intact(), qPrintable(report.findings.value(0).message));
        QCOMPARE(report.rowsChecked, 3);
        // Reopening changes nothing.
        latest.value->reset();
        auto again = SqliteEventStore::open(path, QStringLiteral("ann"));
        QVERIFY(again);
        QCOMPARE(migrationRows(path), int(SqliteEventStore::migrations().size()));
    }

    // Schema version 9: rows stored before the limits stay and are read bounded; new ones are refused
    // by the file's own triggers, past the API too.
    void rowsFromBeforeTheLimitsAreReadBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("opsdeck.db"));
        const int big = 8 * 1024 * 1024;
        {
            auto v8 = SqliteEventStore::openAtVersion(path, QStringLiteral("ann"), 8);
            QVERIFY2(v8, qPrintable(v8.error));
            QVERIFY((*v8.value)->append(makeEvent(QStringLiteral("note"))));
        }
        auto rawInsert = [&](const QString &summary, const QString &details) {
            QString error;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                db.setDatabaseName(path);
                db.open();
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO events (time_ms, kind, actor, summary, details, host) VALUES (1, 'note', 'ann', ?, ?, ?)"));
                q.addBindValue(summary);
                q.addBindValue(details);
                q.addBindValue(QString(5000, u'h'));
                if (!q.exec())
                    error = q.lastError().text();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
            return error;
        };
        const QString details = QStringLiteral("{\"text\":\"") + QString(big, u'd') + QStringLiteral("\"}");
        QCOMPARE(rawInsert(QString(big, u's'), details), QString());
        auto store = SqliteEventStore::open(path, QStringLiteral("ann"));
        QVERIFY2(store, qPrintable(store.error));
        EventFilter newest;
        newest.newestFirst = true;
        newest.limit = 3;
        const auto page = (*store.value)->events(newest);
        QVERIFY(page);
        QCOMPARE(page.value->size(), 2);
        const Event &old = page.value->constFirst();
        QCOMPARE(old.summary.size(), EventLimits::summaryBytes);
        QCOMPARE(old.host.size(), EventLimits::nameBytes);
        QCOMPARE(old.details, (QJsonObject{{QLatin1String(EventLimits::omittedDetailsKey()), big + 11}}));
        // Now refused, whoever writes.
        Event tooBig = makeEvent(QStringLiteral("note"), {}, QString(big, u's'));
        const auto refused = (*store.value)->append(tooBig);
        QVERIFY(!refused);
        QVERIFY2(refused.error.contains(QStringLiteral("too large")), qPrintable(refused.error));
        QVERIFY(rawInsert(QString(big, u's'), QStringLiteral("{}")).contains(QStringLiteral("too large")));
        QVERIFY(rawInsert(QStringLiteral("s"), details).contains(QStringLiteral("too large")));
        QVERIFY(!(*store.value)->acquireLock(QStringLiteral("t"), QStringLiteral("c"), QString(big, u'r'), std::chrono::seconds(5)));
        // The verifier reads the row whole (it hashes the exact bytes).
        const auto rows = (*store.value)->auditRows(0, 100);
        QVERIFY(rows);
        QCOMPARE(rows.value->size(), 2);
        QVERIFY(rows.value->at(1).canonical.size() > 2 * big);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("opsdeck.db"));
        QVERIFY(SqliteEventStore::open(path, QStringLiteral("ann")));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'future', 0)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        auto store = SqliteEventStore::open(path, QStringLiteral("ann"));
        QVERIFY(!store);
        QVERIFY2(store.error.contains(QStringLiteral("schema version 99, newer than")), qPrintable(store.error));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto store = SqliteEventStore::open(path, QStringLiteral("ann"));
        QVERIFY(!store);
        QVERIFY(!store.error.isEmpty());
        QCOMPARE(QFileInfo(path).size(), 4096); // untouched
    }

    void concurrentOpenMigratesOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("opsdeck.db"));
        auto openIt = [path] {
            auto store = SqliteEventStore::open(path, QStringLiteral("ann"));
            return store ? QString() : store.error;
        };
        QList<QFuture<QString>> futures;
        for (int i = 0; i < 4; ++i)
            futures << QtConcurrent::run(openIt);
        for (auto &f : futures)
            QCOMPARE(f.result(), QString());
        QCOMPARE(migrationRows(path), int(SqliteEventStore::migrations().size()));
    }

    void appendAssignsIdTimeAndRealActor()
    {
        QTemporaryDir dir;
        auto store = SqliteEventStore::open(dir.filePath(QStringLiteral("db")), QStringLiteral("ann"));
        QVERIFY(store);
        auto &s = **store.value;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto first = s.append(makeEvent(QStringLiteral("service.restart"), QStringLiteral("production")));
        auto second = s.append(makeEvent(QStringLiteral("service.restart"), QStringLiteral("production")));
        QVERIFY2(first, qPrintable(first.error));
        QVERIFY(second);
        QVERIFY(second.value->id > first.value->id);
        QVERIFY(second.value->time >= first.value->time);
        QVERIFY(first.value->time >= before);
        QCOMPARE(first.value->actor, QStringLiteral("ann"));
        auto all = s.events({});
        QCOMPARE(all.value->at(0).actor, QStringLiteral("ann"));
        QCOMPARE(all.value->at(0).details.value(QStringLiteral("n")).toInt(), 1);
        QVERIFY(!s.append(makeEvent(QString())));                 // no kind
        QVERIFY(!s.append(makeEvent(QStringLiteral("x"), {}, {}))); // no summary
    }

    void filtersAndPages()
    {
        QTemporaryDir dir;
        auto store = SqliteEventStore::open(dir.filePath(QStringLiteral("db")), QStringLiteral("ann"));
        auto &s = **store.value;
        for (int i = 0; i < 10; ++i) {
            Event e = makeEvent(i % 2 ? QStringLiteral("service.restart") : QStringLiteral("health.changed"),
                                i < 5 ? QStringLiteral("production") : QStringLiteral("staging"));
            e.host = QStringLiteral("web-%1").arg(i % 3);
            QVERIFY(s.append(e));
        }
        EventFilter f;
        f.kind = QStringLiteral("service.");
        QCOMPARE(s.events(f).value->size(), 5);
        f.environment = QStringLiteral("production");
        QCOMPARE(s.events(f).value->size(), 2);
        EventFilter byHost;
        byHost.host = QStringLiteral("web-0");
        QCOMPARE(s.events(byHost).value->size(), 4);
        EventFilter page;
        page.limit = 4;
        auto p1 = *s.events(page).value;
        QCOMPARE(p1.size(), 4);
        page.afterId = p1.constLast().id;
        auto p2 = *s.events(page).value;
        QCOMPARE(p2.size(), 4);
        QVERIFY(p2.constFirst().id > p1.constLast().id);
        EventFilter future;
        future.since = QDateTime::currentDateTimeUtc().addSecs(60);
        QCOMPARE(s.events(future).value->size(), 0);
    }

    void locksAreVisibleExclusiveAndLapse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db"));
        auto ann = SqliteEventStore::open(path, QStringLiteral("ann"));
        auto bob = SqliteEventStore::open(path, QStringLiteral("bob"));
        QVERIFY(ann && bob);
        const QString target = QStringLiteral("production/web-1/web");
        auto first = (*ann.value)->acquireLock(target, QStringLiteral("laptop:1"), QStringLiteral("deploy v2"), std::chrono::minutes(5));
        QVERIFY(first && first.value->acquired);
        // Another console sees who holds it, since when and why.
        auto second = (*bob.value)->acquireLock(target, QStringLiteral("desk:2"), QStringLiteral("hotfix"), std::chrono::minutes(5));
        QVERIFY(second);
        QVERIFY(!second.value->acquired);
        QCOMPARE(second.value->lock.holder, QStringLiteral("ann"));
        QCOMPARE(second.value->lock.reason, QStringLiteral("deploy v2"));
        QCOMPARE((*bob.value)->locks().value->size(), 1);
        // Only the holder's console releases it.
        QCOMPARE(*(*bob.value)->releaseLock(target, QStringLiteral("desk:2")).value, false);
        QCOMPARE(*(*ann.value)->releaseLock(target, QStringLiteral("laptop:1")).value, true);
        QVERIFY((*bob.value)->acquireLock(target, QStringLiteral("desk:2"), QStringLiteral("hotfix"), std::chrono::milliseconds(1)).value->acquired);
        QTest::qWait(5);
        // An expired lock (a crashed console) does not block.
        QVERIFY((*ann.value)->acquireLock(target, QStringLiteral("laptop:1"), QStringLiteral("retry"), std::chrono::minutes(1)).value->acquired);
    }

    void factoryRejectsUnknownAndUnreachableBackends()
    {
        QVERIFY(!EventStoreFactory::open(StoreLocation::parse(QStringLiteral("mysql://x"))));
        QVERIFY(!EventStoreFactory::open(StoreLocation::parse(QStringLiteral("sqlite://relative.db"))));
        // Nothing listens on port 1 of the loopback: unreachable, worth retrying, and named.
        auto pg = EventStoreFactory::open(StoreLocation::parse(QStringLiteral("postgresql://ann:pw@127.0.0.1:1/opsdeck")));
        QVERIFY(!pg);
        QVERIFY(pg.unavailable);
        QVERIFY2(pg.error.contains(QStringLiteral("127.0.0.1")) && !pg.error.contains(QStringLiteral("pw")), qPrintable(pg.error));
        // A malformed connection string is an error, not "unreachable".
        auto typo = EventStoreFactory::open(StoreLocation::parse(QStringLiteral("host=x dbnmae=opsdeck")));
        QVERIFY(!typo);
        QVERIFY(!typo.unavailable);
        QVERIFY2(typo.error.contains(QStringLiteral("dbnmae")), qPrintable(typo.error));
        QVERIFY(StoreLocation::parse(QString()).sqlitePath.endsWith(QStringLiteral("/opsdeck/opsdeck.db")));
    }
};

QTEST_GUILESS_MAIN(TestSqliteEventStore)
#include "TestSqliteEventStore.moc"
