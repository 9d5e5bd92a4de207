// The fold from events to incidents, notes and pins: transitions, the lead rule, order independence.

#include "TimelineTestEvents.h"
#include "timeline/IncidentBook.h"

#include <QRandomGenerator>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;
namespace TE = opsdeck::TimelineEvents;

namespace {
QList<Event> lifecycle()
{
    return {health(1, "09:58", QStringLiteral("fail")),
            ev(2, "09:59", QStringLiteral("alert.raised"), {}, QStringLiteral("production"), QStringLiteral("web-1")),
            opened(3, "10:02", QStringLiteral("Checkout returns 502")),
            about(4, "10:03", EventKinds::name(EventKind::IncidentAttached), 3, 1),
            about(5, "10:03", EventKinds::name(EventKind::IncidentAttached), 3, 2),
            ev(6, "10:05", EventKinds::name(EventKind::Note), {{QStringLiteral("text"), QStringLiteral("db pool exhausted")}, {QStringLiteral("incident"), 3}}),
            about(7, "10:20", EventKinds::name(EventKind::IncidentMitigated), 3),
            ev(8, "10:30", EventKinds::name(EventKind::EventPinned), {{QStringLiteral("event"), 1}}),
            about(9, "11:03", EventKinds::name(EventKind::IncidentResolved), 3),
            about(10, "11:10", EventKinds::name(EventKind::IncidentDetached), 3, 2)};
}
} // namespace

class TestIncidentBook final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldsTheLifeOfAnIncident()
    {
        IncidentBook book;
        book.apply(lifecycle());
        QCOMPARE(book.incidents().size(), 1);
        const Incident *incident = book.find(3);
        QVERIFY(incident);
        QCOMPARE(incident->title, QStringLiteral("Checkout returns 502"));
        QCOMPARE(incident->severity, QStringLiteral("sev2"));
        QCOMPARE(incident->state, IncidentState::Resolved);
        QCOMPARE(incident->openedAt, at("10:02"));
        QCOMPARE(incident->openedBy, QStringLiteral("ann"));
        QCOMPARE(incident->environment, QStringLiteral("production"));
        QCOMPARE(incident->mitigatedAt, at("10:20"));
        QCOMPARE(incident->resolvedAt, at("11:03"));
        QCOMPARE(incident->attached, (QList<qint64>{1}));
        QCOMPARE(incident->history, (QList<qint64>{3, 4, 5, 7, 9, 10}));
        QCOMPARE(book.incidentsWith(1), (QList<qint64>{3}));
        QVERIFY(book.incidentsWith(2).isEmpty());
        QVERIFY(book.isPinned(1));
        QCOMPARE(book.notesFor(*incident).size(), 1);
        QCOMPARE(book.notesFor(*incident).constFirst().text, QStringLiteral("db pool exhausted"));
        // Events the book does not fold are not kept.
        QVERIFY(!book.events().contains(1));
        QCOMPARE(book.lastId(), 10);
    }

    void transitionsThatDoNotApplyAreIgnored()
    {
        IncidentBook book;
        book.apply({opened(1, "10:00", QStringLiteral("a")), about(2, "10:01", EventKinds::name(EventKind::IncidentReopened), 1),
                    about(3, "10:02", EventKinds::name(EventKind::IncidentResolved), 1), about(4, "10:03", EventKinds::name(EventKind::IncidentMitigated), 1),
                    about(5, "10:04", EventKinds::name(EventKind::IncidentResolved), 1), about(6, "10:05", EventKinds::name(EventKind::IncidentAttached), 99, 1),
                    about(7, "10:06", EventKinds::name(EventKind::IncidentAttached), 1, 1)});
        const Incident *incident = book.find(1);
        QCOMPARE(incident->state, IncidentState::Resolved);
        // Resolved straight from open: resolution is also when the impact ended.
        QCOMPARE(incident->mitigatedAt, at("10:02"));
        QCOMPARE(incident->resolvedAt, at("10:02"));
        // Attaching the incident's own opening, or to an unknown incident, does nothing.
        QVERIFY(incident->attached.isEmpty());
        QCOMPARE(incident->history, (QList<qint64>{1, 3}));
        QVERIFY(!book.find(99));
    }

    void reopeningStartsANewEpisode()
    {
        IncidentBook book;
        book.apply({opened(1, "10:00", QStringLiteral("a")), about(2, "10:10", EventKinds::name(EventKind::IncidentMitigated), 1),
                    about(3, "10:20", EventKinds::name(EventKind::IncidentResolved), 1), about(4, "10:30", EventKinds::name(EventKind::IncidentReopened), 1)});
        QCOMPARE(book.find(1)->state, IncidentState::Open);
        QVERIFY(!book.find(1)->mitigatedAt.isValid());
        QVERIFY(!book.find(1)->resolvedAt.isValid());
        book.apply(about(5, "10:40", EventKinds::name(EventKind::IncidentMitigated), 1));
        QCOMPARE(book.find(1)->mitigatedAt, at("10:40"));
    }

    void resolveWithoutLeadRoleIsNotBelieved()
    {
        IncidentBook book;
        Event resolve = about(2, "10:10", EventKinds::name(EventKind::IncidentResolved), 1);
        resolve.actor = QStringLiteral("bob");
        resolve.actorRoles = QStringLiteral("opsdeck_operator");
        book.apply({opened(1, "10:00", QStringLiteral("a")), resolve});
        QCOMPARE(book.find(1)->state, IncidentState::Open);
        Event lead = about(3, "10:11", EventKinds::name(EventKind::IncidentResolved), 1);
        lead.actorRoles = QStringLiteral("opsdeck_lead");
        book.apply(lead);
        QCOMPARE(book.find(1)->state, IncidentState::Resolved);
    }

    void orderOfArrivalDoesNotMatter_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 8; ++seed)
            QTest::addRow("shuffle %d", seed) << seed;
    }

    void orderOfArrivalDoesNotMatter()
    {
        QFETCH(int, seed);
        IncidentBook expected;
        expected.apply(lifecycle());

        QList<Event> shuffled = lifecycle();
        QRandomGenerator random{quint32(seed)};
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        IncidentBook oneByOne;
        for (const Event &e : std::as_const(shuffled))
            oneByOne.apply(e);
        IncidentBook asList;
        asList.apply(shuffled);
        asList.apply(shuffled); // duplicates change nothing
        for (const IncidentBook *book : {&oneByOne, &asList}) {
            const Incident *got = book->find(3);
            QVERIFY(got);
            QCOMPARE(got->state, expected.find(3)->state);
            QCOMPARE(got->attached, expected.find(3)->attached);
            QCOMPARE(got->history, expected.find(3)->history);
            QCOMPARE(got->resolvedAt, expected.find(3)->resolvedAt);
            QCOMPARE(book->pinned(), expected.pinned());
            QCOMPARE(book->notes().size(), 1);
        }
    }

    void pinsAndNotes()
    {
        IncidentBook book;
        book.apply({ev(1, "10:00", EventKinds::name(EventKind::EventPinned), {{QStringLiteral("event"), 40}}),
                    ev(2, "10:01", EventKinds::name(EventKind::EventPinned), {{QStringLiteral("event"), 41}}),
                    ev(3, "10:02", EventKinds::name(EventKind::EventUnpinned), {{QStringLiteral("event"), 40}}),
                    ev(4, "10:03", EventKinds::name(EventKind::Note), {{QStringLiteral("text"), QStringLiteral("about 41")}, {QStringLiteral("event"), 41}}),
                    opened(5, "10:04", QStringLiteral("b")), about(6, "10:05", EventKinds::name(EventKind::IncidentAttached), 5, 41)});
        QVERIFY(!book.isPinned(40));
        QVERIFY(book.isPinned(41));
        QCOMPARE(book.notesAbout(41).size(), 1);
        // A note about an attached event belongs to the incident's notes too.
        QCOMPARE(book.notesFor(*book.find(5)).size(), 1);
        QCOMPARE(book.notesFor(*book.find(5)).constFirst().event, 41);
    }

    void ignoresPendingAndForeignEvents()
    {
        IncidentBook book;
        Event pending = opened(0, "10:00", QStringLiteral("not yet stored"));
        pending.pending = true;
        Event badSeverity = opened(2, "10:01", QStringLiteral("x"), QStringLiteral("critical"));
        book.apply({pending, health(1, "10:00", QStringLiteral("fail")), badSeverity});
        QCOMPARE(book.incidents().size(), 1);
        QCOMPARE(book.find(2)->severity, QStringLiteral("sev4"));
        QVERIFY(IncidentBook::folds(QStringLiteral("incident.opened")));
        QVERIFY(IncidentBook::folds(QStringLiteral("note")));
        QVERIFY(!IncidentBook::folds(QStringLiteral("notebook")));
        QVERIFY(!IncidentBook::folds(QStringLiteral("health.changed")));
    }

    void incidentsAreListedNewestFirst()
    {
        IncidentBook book;
        book.apply({opened(1, "10:00", QStringLiteral("first")), opened(2, "10:01", QStringLiteral("second"))});
        QCOMPARE(book.incidents().constFirst().title, QStringLiteral("second"));
        QCOMPARE(book.incidents().constLast().title, QStringLiteral("first"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentBook)
#include "TestIncidentBook.moc"
