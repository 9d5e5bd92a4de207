// Events near an incident, ranked: same target and telling kinds first, nothing already attached,
// nothing of the timeline's own, nothing outside the window.

#include "TimelineTestEvents.h"
#include "timeline/IncidentBook.h"
#include "timeline/IncidentSuggestions.h"

#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;
namespace TE = opsdeck::TimelineEvents;

class TestIncidentSuggestions final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranksNearbyEvents()
    {
        const Event attached = health(10, "10:00", QStringLiteral("fail"), QStringLiteral("web-1"), QStringLiteral("web"));
        IncidentBook book;
        book.apply({opened(20, "10:05", QStringLiteral("web down")), about(21, "10:06", EventKinds::name(EventKind::IncidentAttached), 20, 10)});
        const Incident incident = *book.find(20);

        Event restartSameService = ev(11, "10:02", QStringLiteral("service.restart"), {{QStringLiteral("outcome"), QStringLiteral("failed")}},
                                         QStringLiteral("production"), QStringLiteral("web-1"), QStringLiteral("web"));
        Event healthOtherHost = health(12, "10:01", QStringLiteral("warn"), QStringLiteral("web-2"), QStringLiteral("web"));
        Event alertOtherEnv = ev(13, "10:03", QStringLiteral("alert.raised"), {}, QStringLiteral("staging"), QStringLiteral("stg-1"));
        Event configLoaded = ev(14, "09:40", QStringLiteral("config.loaded"));
        Event unrelated = ev(15, "10:04", QStringLiteral("something.else"));
        Event tooEarly = health(16, "09:20", QStringLiteral("fail"));
        Event ownNote = ev(17, "10:07", EventKinds::name(EventKind::Note), {{QStringLiteral("text"), QStringLiteral("x")}}, QStringLiteral("production"));
        Event tooLate = health(30, "10:37", QStringLiteral("fail"));
        Event justInside = health(31, "10:35", QStringLiteral("fail"), QStringLiteral("db-1"), QStringLiteral("postgres"));

        const auto [since, until] = IncidentSuggestions::window(incident, {attached});
        QCOMPARE(since, at("09:30"));
        QCOMPARE(until, at("10:35").addMSecs(1));

        const QList<Event> candidates{attached, restartSameService, healthOtherHost, alertOtherEnv, configLoaded,
                                      unrelated, tooEarly, ownNote, tooLate, justInside, restartSameService};
        const QList<IncidentSuggestion> ranked = IncidentSuggestions::rank(incident, {attached}, candidates);
        QList<qint64> ids;
        for (const IncidentSuggestion &s : ranked)
            ids << s.event.id;
        // restart on the same host and service (4+3+2+2), health on another host of the same service
        // (4+2+3), a database health change in the environment (2+3), the alert in another
        // environment (3), the configuration (1). Unrelated kinds, the attached event, the note and
        // events outside ±30 min are not suggested; a duplicate candidate appears once.
        QCOMPARE(ids, (QList<qint64>{11, 12, 31, 13, 14}));
        QVERIFY(ranked.constFirst().reasons.contains(QStringLiteral("same host web-1")));
        QCOMPARE(ranked.at(0).score, 11);

        QCOMPARE(IncidentSuggestions::rank(incident, {attached}, candidates, 2).size(), 2);
    }

    void windowOfABareIncidentIsAroundItsOpening()
    {
        IncidentBook book;
        book.apply(opened(1, "12:00", QStringLiteral("reported by a customer")));
        const auto [since, until] = IncidentSuggestions::window(*book.find(1), {}, std::chrono::minutes(10));
        QCOMPARE(since, at("11:50"));
        QCOMPARE(until, at("12:10").addMSecs(1));
        // Ties on score go to the closest event.
        const QList<IncidentSuggestion> ranked = IncidentSuggestions::rank(
            *book.find(1), {}, {health(2, "11:52", QStringLiteral("fail")), health(3, "11:58", QStringLiteral("fail"))});
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked.constFirst().event.id, 3);
    }
};

QTEST_GUILESS_MAIN(TestIncidentSuggestions)
#include "TestIncidentSuggestions.moc"
