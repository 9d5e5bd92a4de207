// The guarded path's locks on both store backends (SQLite, and a real PostgreSQL 15 this test
// starts): an action over many targets takes its locks as one set — a refusal leaves nothing behind,
// not even for a moment, and names every lock another console holds; a granted set is held while the
// action waits for its confirmation, and is released as one when it ends.

#include "PostgresServer.h"

#include "ops/GuardedAction.h"
#include "ops/GuardedActionRunner.h"
#include "store/EventStoreService.h"
#include "store/PostgresEventStore.h"
#include "store/PostgresSchema.h"
#include "store/SqliteEventStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;
using opsdeck::testing::PostgresServer;

namespace {

// An action over many lock targets that changes nothing: the test is about its locks.
class ManyTargets final : public GuardedAction
{
public:
    explicit ManyTargets(int count)
    {
        for (int i = 1; i <= count; ++i)
            targets << target(i);
    }
    static QString target(int i) { return QStringLiteral("production/host-%1/app").arg(i, 4, 10, QLatin1Char('0')); }
    QString environment() const override { return QStringLiteral("production"); }
    EventKind startedEventKind() const override { return EventKind::ServiceRestartStarted; }
    EventKind finishedEventKind() const override { return EventKind::ServiceRestart; }
    QString title() const override { return QStringLiteral("check of %1 hosts").arg(targets.size()); }
    QStringList lockTargets() const override { return targets; }
    QStringList hosts() const override { return {QStringLiteral("host-0001")}; }
    int batchSize() const override { return 1; }
    bool changesHosts() const override { return false; }
    QStringList commands() const override { return {QStringLiteral("true")}; }
    QJsonObject details() const override { return {}; }
    void preflight(std::function<void(const QString &)> done) override { done({}); }
    void runHost(const QString &host, std::function<void(const GuardedHostResult &)> done) override
    {
        ran = true;
        done({host, ActionOutcome::Succeeded, QStringLiteral("checked"), {}, 0});
    }
    QStringList targets;
    bool ran = false;
};

FleetConfig production()
{
    FleetConfig config;
    EnvironmentConfig env;
    env.name = QStringLiteral("production");
    config.environments.append(env);
    return config;
}

} // namespace

class TestGuardedActionRunner final : public QObject
{
    Q_OBJECT
    std::unique_ptr<PostgresServer> m_pg;
    QTemporaryDir m_tmp;
    int m_stores = 0;
    QString m_db;
    QString m_sqlitePath;

    // The store argument the runner's console opens, for a fresh store of backend.
    QString freshStore(const QString &backend)
    {
        ++m_stores;
        if (backend == QStringLiteral("sqlite")) {
            m_sqlitePath = m_tmp.filePath(QStringLiteral("s%1.db").arg(m_stores));
            return QStringLiteral("sqlite://") + m_sqlitePath;
        }
        m_db = QStringLiteral("runner%1").arg(m_stores);
        if (!m_pg->createDatabase(m_db))
            return {};
        const QString owner = m_pg->conninfo(QStringLiteral("postgres"), m_db);
        if (const auto migrated = PostgresSchema::migrate(owner); !migrated.error.isEmpty()) {
            qWarning() << migrated.error;
            return {};
        }
        for (const QString &login : {QStringLiteral("ann"), QStringLiteral("bob")}) {
            if (const QString error = PostgresSchema::grant(owner, login, QStringLiteral("operator")); !error.isEmpty()) {
                qWarning() << error;
                return {};
            }
        }
        return m_pg->uri(QStringLiteral("ann"), m_db);
    }
    // Another console on the same store, as another person (bob).
    std::unique_ptr<EventStore> otherConsole(const QString &backend)
    {
        if (backend == QStringLiteral("sqlite")) {
            auto store = SqliteEventStore::open(m_sqlitePath, QStringLiteral("bob"));
            return store ? std::unique_ptr<EventStore>(std::move(*store.value)) : nullptr;
        }
        auto store = PostgresEventStore::open(m_pg->conninfo(QStringLiteral("bob"), m_db));
        return store ? std::unique_ptr<EventStore>(std::move(*store.value)) : nullptr;
    }
    // A fresh store of backend, open in this console's service, and bob's console on the same store.
    std::unique_ptr<EventStore> openWithBob(const QString &backend, EventStoreService &service)
    {
        const QString store = freshStore(backend);
        if (store.isEmpty())
            return nullptr;
        service.open(store);
        QElapsedTimer clock;
        clock.start();
        while (service.state() != EventStoreService::State::Open && clock.elapsed() < 20'000)
            QTest::qWait(20);
        if (service.state() != EventStoreService::State::Open) {
            qWarning() << "the store did not open:" << service.lastError();
            return nullptr;
        }
        return otherConsole(backend);
    }
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    // This console's locks as another console sees them.
    static int ours(EventStore &observer)
    {
        const auto all = observer.locks();
        if (!all)
            return -1;
        return int(std::count_if(all.value->cbegin(), all.value->cend(),
                                 [](const ActionLock &l) { return l.console == EventStoreService::consoleId(); }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pg = std::make_unique<PostgresServer>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
    }

    // Two of 300 targets held by another console: the action is refused, naming both, and at no moment
    // did any other console see a lock of this one (one transaction per lock showed them one by one).
    void refusedLockSetLeavesNothingBehind_data() { backends(); }
    void refusedLockSetLeavesNothingBehind()
    {
        QFETCH(QString, backend);
        EventStoreService service;
        auto bob = openWithBob(backend, service);
        QVERIFY(bob);
        ManyTargets action(300);
        for (int i : {150, 300})
            QVERIFY(bob->acquireLock(ManyTargets::target(i), QStringLiteral("bobs-laptop#1"), QStringLiteral("db migration %1").arg(i),
                                     std::chrono::minutes(5))
                        .value->acquired);

        GuardedActionRunner runner(&service);
        runner.setConfig(production());
        QSignalSpy finished(&runner, &GuardedActionRunner::finished);
        runner.begin(&action, QStringLiteral("a look at every host"));
        int mostSeen = 0;
        QElapsedTimer clock;
        clock.start();
        while (finished.isEmpty() && clock.elapsed() < 120'000) {
            mostSeen = std::max(mostSeen, ours(*bob));
            QTest::qWait(1);
        }
        QCOMPARE(finished.size(), 1);
        const auto report = finished.constFirst().constFirst().value<GuardedActionReport>();
        QCOMPARE(report.outcome, ActionOutcome::NotAttempted);
        QVERIFY(!action.ran);
        for (int i : {150, 300}) {
            QVERIFY2(report.summary.contains(ManyTargets::target(i) + QStringLiteral(" is locked by bob (bobs-laptop#1)")),
                     qPrintable(report.summary));
            QVERIFY2(report.summary.contains(QStringLiteral("db migration %1").arg(i)), qPrintable(report.summary));
        }
        QCOMPARE(mostSeen, 0);
        QCOMPARE(ours(*bob), 0);
        QCOMPARE(bob->locks().value->size(), 2);
    }

    // A granted set is held (every lock, this console's, with the reason) while the action waits for
    // its confirmation, and is gone once it has finished.
    void grantedSetIsHeldUntilTheEnd_data() { backends(); }
    void grantedSetIsHeldUntilTheEnd()
    {
        QFETCH(QString, backend);
        EventStoreService service;
        auto bob = openWithBob(backend, service);
        QVERIFY(bob);
        ManyTargets action(300);
        GuardedActionRunner runner(&service);
        runner.setConfig(production());
        runner.setLockTiming(Milliseconds(60'000), Milliseconds(200));
        QSignalSpy waiting(&runner, &GuardedActionRunner::awaitingConfirmation);
        QSignalSpy finished(&runner, &GuardedActionRunner::finished);
        runner.begin(&action, QStringLiteral("a look at every host"));
        QVERIFY(waiting.wait(60'000));
        QCOMPARE(ours(*bob), 300);
        QTest::qWait(600); // heartbeats renew the set meanwhile
        const auto held = bob->locks();
        QVERIFY(std::all_of(held.value->cbegin(), held.value->cend(),
                            [](const ActionLock &l) { return l.reason == QLatin1String("a look at every host"); }));
        QVERIFY(!bob->acquireLock(ManyTargets::target(7), QStringLiteral("bobs-laptop#1"), QStringLiteral("me too"),
                                  std::chrono::minutes(1))
                     .value->acquired);
        runner.confirm(QStringLiteral("a look at every host"), QString());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        QCOMPARE(finished.constFirst().constFirst().value<GuardedActionReport>().outcome, ActionOutcome::Succeeded);
        QVERIFY(action.ran);
        QCOMPARE(ours(*bob), 0);
    }
};

QTEST_GUILESS_MAIN(TestGuardedActionRunner)
#include "TestGuardedActionRunner.moc"
