// The tracker on a real SQLite store: it loads the book, records every change and refuses what does
// not apply before the store is asked; another console's changes arrive through the live feed.

#include "store/EventStoreService.h"
#include "timeline/IncidentTracker.h"
#include "timeline/TimelineEvents.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {
template<typename R>
StoreResult<R> await(QFuture<StoreResult<R>> future)
{
    // Continuations run on this thread: keep its event loop turning until the answer is there.
    QDeadlineTimer deadline(10'000);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    return future.isFinished() ? future.result() : StoreResult<R>::failure(QStringLiteral("timed out"));
}

struct Console {
    EventStoreService store;
    IncidentTracker tracker{&store};
    explicit Console(const QString &path)
    {
        QSignalSpy loaded(&tracker, &IncidentTracker::loaded);
        store.open(QStringLiteral("sqlite://") + path);
        if (!loaded.wait(10'000))
            qWarning() << "tracker did not load:" << tracker.loadError() << store.lastError();
    }
};

Event stored(EventStoreService &store, const QString &kind, const QString &host, const QString &summary)
{
    Event e;
    e.kind = kind;
    e.environment = QStringLiteral("production");
    e.host = host;
    e.service = QStringLiteral("web");
    e.summary = summary;
    if (kind == QLatin1String("health.changed"))
        e.details = {{QStringLiteral("from"), QStringLiteral("pass")}, {QStringLiteral("to"), QStringLiteral("fail")}};
    const auto result = await(store.record(e));
    return result ? *result.value : Event{};
}
} // namespace

class TestIncidentTracker final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lifeOfAnIncident()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        Console console(path);
        QVERIFY(console.tracker.isLoaded());
        IncidentTracker &tracker = console.tracker;

        const Event fail = stored(console.store, QStringLiteral("health.changed"), QStringLiteral("web-1"), QStringLiteral("web-1 fails"));
        const Event nearby = stored(console.store, QStringLiteral("service.restart"), QStringLiteral("web-1"), QStringLiteral("restart"));
        QVERIFY(fail.id > 0 && nearby.id > fail.id);

        // Refused before the store is asked.
        QVERIFY(await(tracker.open(QStringLiteral(" "), QStringLiteral("sev2"), {})).error.contains(QStringLiteral("title")));
        QVERIFY(await(tracker.open(QStringLiteral("x"), QStringLiteral("critical"), {})).error.contains(QStringLiteral("sev1")));

        QSignalSpy changed(&tracker, &IncidentTracker::changed);
        const auto opened = await(tracker.open(QStringLiteral("web-1 down"), QStringLiteral("sev2"), {fail}));
        QVERIFY2(opened, qPrintable(opened.error));
        const qint64 id = *opened.value;
        QTRY_VERIFY(tracker.book().find(id) && tracker.book().find(id)->attached == QList<qint64>{fail.id});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(tracker.book().find(id)->environment, QStringLiteral("production"));

        QCOMPARE(await(tracker.attach(id, {fail})).error, QStringLiteral("Every selected event is already attached to incident #%1.").arg(id));
        QVERIFY(await(tracker.attach(id + 100, {fail})).error.contains(QStringLiteral("no incident")));

        const auto note = await(tracker.addNote(QStringLiteral("pool exhausted"), id, nullptr));
        QVERIFY2(note, qPrintable(note.error));
        QVERIFY(!await(tracker.addNote(QStringLiteral("  "), id, nullptr)));
        QVERIFY(await(tracker.setPinned(fail, true)));
        QTRY_VERIFY(tracker.book().isPinned(fail.id));
        QVERIFY(await(tracker.setPinned(fail, true)).error.contains(QStringLiteral("already pinned")));

        // The dossier: attached events, the note, suggestions from the same host.
        auto dossier = await(tracker.dossier(id, true));
        QVERIFY2(dossier, qPrintable(dossier.error));
        QCOMPARE(dossier.value->attached.size(), 1);
        QCOMPARE(dossier.value->attached.constFirst().summary, QStringLiteral("web-1 fails"));
        QCOMPARE(dossier.value->notes.size(), 1);
        QVERIFY(dossier.value->times.impactStart.isValid());
        QVERIFY(dossier.value->times.toDetectMs.has_value());
        QCOMPARE(dossier.value->suggestions.size(), 1);
        QCOMPARE(dossier.value->suggestions.constFirst().event.id, nearby.id);

        // open → mitigated → resolved; what does not apply is refused with a reason.
        QVERIFY(await(tracker.setState(id, IncidentState::Open)).error.contains(QStringLiteral("already open")));
        QVERIFY(await(tracker.setState(id, IncidentState::Mitigated)));
        QTRY_COMPARE(tracker.book().find(id)->state, IncidentState::Mitigated);
        QVERIFY(await(tracker.setState(id, IncidentState::Mitigated)).error.contains(QStringLiteral("only an open incident")));

        // A non-lead may not resolve; the store's own user (a lead) may.
        tracker.setIdentityOverride(StoreIdentity{QStringLiteral("bob"), {QStringLiteral("opsdeck_operator")}});
        const auto refused = await(tracker.setState(id, IncidentState::Resolved));
        QVERIFY(!refused);
        QCOMPARE(refused.error, QStringLiteral("Only a lead (role opsdeck_lead) may resolve an incident; bob has opsdeck_operator."));
        tracker.setIdentityOverride(std::nullopt);
        QVERIFY(tracker.whyCannotResolve().isEmpty());
        QVERIFY(await(tracker.setState(id, IncidentState::Resolved)));
        QTRY_COMPARE(tracker.book().find(id)->state, IncidentState::Resolved);

        dossier = await(tracker.dossier(id, false));
        QVERIFY(dossier.value->times.toResolveMs.has_value());
        QVERIFY(dossier.value->suggestions.isEmpty());
        QCOMPARE(dossier.value->changes.size(), 4); // opened, attached, mitigated, resolved

        // A console opened later reads the same book from the log.
        Console later(path);
        QCOMPARE(later.tracker.book().find(id)->state, IncidentState::Resolved);
        QCOMPARE(later.tracker.book().find(id)->attached, QList<qint64>{fail.id});
        QVERIFY(later.tracker.book().isPinned(fail.id));
    }

    void anotherConsolesChangesArriveLive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        Console mine(path);
        Console theirs(path);
        QSignalSpy changed(&mine.tracker, &IncidentTracker::changed);
        const auto opened = await(theirs.tracker.open(QStringLiteral("theirs"), QStringLiteral("sev3"), {}));
        QVERIFY(opened);
        QTRY_VERIFY_WITH_TIMEOUT(mine.tracker.book().find(*opened.value), 5000);
        QCOMPARE(mine.tracker.book().find(*opened.value)->title, QStringLiteral("theirs"));
        QVERIFY(!changed.isEmpty());
    }

    void rangeIsCapped()
    {
        QTemporaryDir dir;
        Console console(dir.filePath(QStringLiteral("store.db")));
        for (int i = 0; i < 5; ++i)
            stored(console.store, QStringLiteral("health.changed"), QStringLiteral("web-%1").arg(i), QStringLiteral("e%1").arg(i));
        EventFilter all;
        auto range = await(console.tracker.range(all, 3));
        QVERIFY(range);
        QCOMPARE(range.value->events.size(), 3);
        QVERIFY(range.value->truncated);
        QCOMPARE(range.value->events.constFirst().summary, QStringLiteral("e0"));
        const auto whole = await(console.tracker.range(all, 5));
        QCOMPARE(whole.value->events.size(), 5);
        QVERIFY(!whole.value->truncated);
    }
};

QTEST_GUILESS_MAIN(TestIncidentTracker)
#include "TestIncidentTracker.moc"
