// The team store under load, on both backends in one run (docs/benchmarks.md, "Store"):
//   - fill N events (default 1,000,000) in batches, then time the first page (200, newest first) of
//     filtered timelines: by environment + kind prefix, by host, by actor + time range, by text;
//   - batched inserts (500 per transaction) against one event per transaction: events per second;
//   - live updates: one console appends, a second (a full EventStoreService, as the window uses it)
//     sees the event; latency p50 / p99.
// Prints one JSON object per backend. PostgreSQL 15 is started privately (like the tests), fsync on.
//
// `bench_store locks [--locks N]` instead: a guarded action's N locks (default 1,000) taken, renewed
// and released as the runner does, one transaction per lock (the old path) against one transaction
// per set (acquireLocks / renewLocks / releaseLocks), in the same run, on both backends: ms and ratio.

#include "PostgresServer.h"

#include "store/EventLimits.h"
#include "store/EventStoreService.h"
#include "store/PostgresEventStore.h"
#include "store/PostgresSchema.h"
#include "store/SqliteEventStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace opsdeck;

namespace {

Event synthetic(qint64 i)
{
    static const char *const envs[] = {"production", "staging", "development"};
    static const char *const kinds[] = {"health.changed", "alert.raised", "alert.resolved", "service.restart.started",
                                        "service.restart.succeeded", "note", "config.loaded", "deploy.finished"};
    Event e;
    e.environment = QString::fromLatin1(envs[i % 3]);
    e.kind = QString::fromLatin1(kinds[(i / 3) % 8]);
    e.host = QStringLiteral("web-%1").arg(i % 200);
    e.service = QStringLiteral("svc-%1").arg(i % 7);
    e.summary = QStringLiteral("%1 on %2: check %3 %4").arg(e.kind, e.host).arg(i).arg(i % 997 == 0 ? QStringLiteral("FAILING") : QStringLiteral("ok"));
    e.details = {{QStringLiteral("i"), i}, {QStringLiteral("latencyMs"), int(i % 300)}};
    return e;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

QJsonObject measureFirstPages(EventStore &store)
{
    struct Case {
        const char *name;
        EventFilter filter;
    };
    QList<Case> cases;
    EventFilter f;
    f.newestFirst = true;
    f.limit = 200;
    cases.append({"all", f});
    EventFilter envKind = f;
    envKind.environment = QStringLiteral("production");
    envKind.kind = QStringLiteral("service.");
    cases.append({"environment+kind prefix", envKind});
    EventFilter host = f;
    host.host = QStringLiteral("web-17");
    cases.append({"host", host});
    EventFilter timeRange = f;
    timeRange.actor = store.identity().actor;
    timeRange.since = QDateTime::currentDateTimeUtc().addSecs(-3600 * 24 * 7);
    cases.append({"actor+time range", timeRange});
    EventFilter text = f;
    text.text = QStringLiteral("failing");
    cases.append({"text", text});
    QJsonObject out;
    for (const Case &c : cases) {
        QList<double> ms;
        int rows = 0;
        for (int run = 0; run < 15; ++run) {
            QElapsedTimer t;
            t.start();
            const auto page = store.events(c.filter);
            ms << double(t.nsecsElapsed()) / 1e6;
            rows = page ? int(page.value->size()) : -1;
        }
        out.insert(QString::fromLatin1(c.name),
                   QJsonObject{{QStringLiteral("median_ms"), percentile(ms, 0.5)}, {QStringLiteral("p95_ms"), percentile(ms, 0.95)},
                               {QStringLiteral("rows"), rows}});
    }
    return out;
}

QJsonObject measureInserts(EventStore &store)
{
    const int single = 1000;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < single; ++i)
        store.append(synthetic(i));
    const double singlePerSecond = single / (double(t.nsecsElapsed()) / 1e9);
    const int batches = 40;
    const int batchSize = 500;
    t.restart();
    for (int b = 0; b < batches; ++b) {
        QList<Event> batch;
        for (int i = 0; i < batchSize; ++i)
            batch << synthetic(b * batchSize + i);
        store.appendBatch(batch);
    }
    const double batchedPerSecond = batches * batchSize / (double(t.nsecsElapsed()) / 1e9);
    return {{QStringLiteral("one_by_one_per_s"), singlePerSecond},
            {QStringLiteral("batched_per_s"), batchedPerSecond},
            {QStringLiteral("ratio"), batchedPerSecond / singlePerSecond}};
}

// A second console (the window's own service) sees what the first records.
QJsonObject measureLive(const QString &storeArgument, int samples)
{
    EventStoreService writer;
    EventStoreService reader;
    QEventLoop loop;
    int open = 0;
    auto opened = [&](EventStoreService::State s) {
        if (s == EventStoreService::State::Open && ++open == 2)
            loop.quit();
    };
    QObject::connect(&writer, &EventStoreService::stateChanged, &loop, opened);
    QObject::connect(&reader, &EventStoreService::stateChanged, &loop, opened);
    writer.open(storeArgument);
    reader.open(storeArgument);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QList<double> latencies;
    QHash<QString, qint64> sentAt;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&reader, &EventStoreService::appended, &loop, [&](const Event &e) {
        const auto it = sentAt.constFind(e.key);
        if (it == sentAt.cend())
            return;
        latencies << double(clock.nsecsElapsed() - *it) / 1e6;
        if (latencies.size() == samples)
            loop.quit();
    });
    int sent = 0;
    QTimer pace;
    QObject::connect(&pace, &QTimer::timeout, &loop, [&] {
        if (sent == samples)
            return;
        Event e = synthetic(sent);
        e.key = QStringLiteral("live-%1-%2").arg(QCoreApplication::applicationPid()).arg(sent++);
        sentAt.insert(e.key, clock.nsecsElapsed());
        writer.append(e);
    });
    pace.start(20);
    QTimer::singleShot(samples * 20 + 10000, &loop, &QEventLoop::quit);
    loop.exec();
    return {{QStringLiteral("samples"), int(latencies.size())},
            {QStringLiteral("p50_ms"), percentile(latencies, 0.5)},
            {QStringLiteral("p99_ms"), percentile(latencies, 0.99)},
            {QStringLiteral("max_ms"), percentile(latencies, 1.0)}};
}

QJsonObject run(const QString &name, EventStore &store, const QString &argument, qint64 events,
                const std::function<void()> &afterFill = {})
{
    QTextStream err(stderr);
    QElapsedTimer fill;
    fill.start();
    const qint64 batch = 2000;
    for (qint64 start = 0; start < events; start += batch) {
        QList<Event> list;
        for (qint64 i = start; i < std::min(events, start + batch); ++i)
            list << synthetic(i);
        if (auto stored = store.appendBatch(list); !stored) {
            err << name << ": fill failed: " << stored.error << Qt::endl;
            return {};
        }
        if (start % 100000 == 0)
            err << name << ": " << start << " events…" << Qt::endl;
    }
    const double fillSeconds = double(fill.elapsed()) / 1000.0;
    if (afterFill)
        afterFill(); // the steady state autovacuum reaches: statistics for the planner
    QJsonObject out{{QStringLiteral("backend"), name}, {QStringLiteral("events"), events}, {QStringLiteral("fill_s"), fillSeconds}};
    out.insert(QStringLiteral("first_page"), measureFirstPages(store));
    out.insert(QStringLiteral("inserts"), measureInserts(store));
    out.insert(QStringLiteral("live"), measureLive(argument, 200));
    return out;
}

// Milliseconds one step took; failed set when it did not do what it should.
double timed(const std::function<bool()> &step, bool &failed)
{
    QElapsedTimer t;
    t.start();
    if (!step())
        failed = true;
    return double(t.nsecsElapsed()) / 1e6;
}

QJsonObject measureLocks(const QString &name, EventStore &store, int count)
{
    QStringList targets;
    for (int i = 0; i < count; ++i)
        targets << QStringLiteral("production/host-%1/web").arg(i, 4, 10, QLatin1Char('0'));
    const QString console = QStringLiteral("bench#1");
    const QString reason = QStringLiteral("restart of web on %1 hosts").arg(count);
    const std::chrono::minutes ttl(2);
    bool failed = false;
    // The old path: one transaction per lock, in the runner's order.
    const double oneTake = timed([&] {
        return std::all_of(targets.cbegin(), targets.cend(), [&](const QString &t) {
            const auto a = store.acquireLock(t, console, reason, ttl);
            return a && a.value->acquired;
        });
    }, failed);
    const double oneRenew = timed([&] {
        return std::all_of(targets.cbegin(), targets.cend(), [&](const QString &t) {
            const auto a = store.renewLock(t, console, ttl);
            return a && a.value->acquired;
        });
    }, failed);
    const double oneRelease = timed([&] {
        return std::all_of(targets.cbegin(), targets.cend(), [&](const QString &t) {
            const auto a = store.releaseLock(t, console);
            return a && *a.value;
        });
    }, failed);
    // The set: one transaction for each step.
    const double setTake = timed([&] {
        const auto a = store.acquireLocks(targets, console, reason, ttl);
        return a && a.value->acquired && a.value->locks.size() == count;
    }, failed);
    const double setRenew = timed([&] {
        const auto a = store.renewLocks(targets, console, ttl);
        return a && std::all_of(a.value->cbegin(), a.value->cend(), [](const LockAttempt &r) { return r.acquired; });
    }, failed);
    const double setRelease = timed([&] {
        const auto a = store.releaseLocks(targets, console);
        return a && *a.value == count;
    }, failed);
    const double oneTotal = oneTake + oneRenew + oneRelease;
    const double setTotal = setTake + setRenew + setRelease;
    return {{QStringLiteral("backend"), name},
            {QStringLiteral("locks"), count},
            {QStringLiteral("ok"), !failed},
            {QStringLiteral("one_by_one_ms"), QJsonObject{{QStringLiteral("take"), oneTake}, {QStringLiteral("renew"), oneRenew},
                                                          {QStringLiteral("release"), oneRelease}, {QStringLiteral("total"), oneTotal}}},
            {QStringLiteral("set_ms"), QJsonObject{{QStringLiteral("take"), setTake}, {QStringLiteral("renew"), setRenew},
                                                   {QStringLiteral("release"), setRelease}, {QStringLiteral("total"), setTotal}}},
            {QStringLiteral("ratio"), setTotal > 0 ? oneTotal / setTotal : 0.0}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 events = 1'000'000;
    if (const qsizetype at = args.indexOf(QStringLiteral("--events")); at > 0 && at + 1 < args.size())
        events = args.at(at + 1).toLongLong();
    const bool locksMode = args.size() > 1 && args.at(1) == QStringLiteral("locks");
    int lockCount = 1000;
    if (const qsizetype at = args.indexOf(QStringLiteral("--locks")); at > 0 && at + 1 < args.size())
        lockCount = args.at(at + 1).toInt();
    if (locksMode && (lockCount < 1 || lockCount > EventLimits::lockSetSize)) {
        QTextStream(stderr) << "--locks takes 1 to " << EventLimits::lockSetSize << Qt::endl;
        return 2;
    }
    QTextStream out(stdout);
    QTemporaryDir tmp;
    qputenv("XDG_DATA_HOME", tmp.filePath(QStringLiteral("data")).toUtf8());

    {
        const QString path = tmp.filePath(QStringLiteral("bench.db"));
        auto sqlite = SqliteEventStore::open(path, QStringLiteral("bench"));
        if (!sqlite) {
            QTextStream(stderr) << sqlite.error << Qt::endl;
            return 1;
        }
        const QJsonObject result = locksMode ? measureLocks(QStringLiteral("sqlite"), **sqlite.value, lockCount)
                                             : run(QStringLiteral("sqlite"), **sqlite.value, QStringLiteral("sqlite://") + path, events);
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    opsdeck::testing::PostgresServer pg(QStringList{}); // durable: fsync on, as in production
    if (!pg.ok() || !pg.createDatabase(QStringLiteral("opsdeck"))) {
        QTextStream(stderr) << "PostgreSQL: " << pg.error() << Qt::endl;
        return 1;
    }
    if (const auto migrated = PostgresSchema::migrate(pg.conninfo()); !migrated.error.isEmpty()) {
        QTextStream(stderr) << migrated.error << Qt::endl;
        return 1;
    }
    auto postgres = PostgresEventStore::open(pg.conninfo());
    if (!postgres) {
        QTextStream(stderr) << postgres.error << Qt::endl;
        return 1;
    }
    const QJsonObject result = locksMode ? measureLocks(QStringLiteral("postgresql"), **postgres.value, lockCount)
                                         : run(QStringLiteral("postgresql"), **postgres.value, pg.conninfo(), events,
                                               [&pg] { pg.exec(QStringLiteral("ANALYZE opsdeck.events")); });
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
