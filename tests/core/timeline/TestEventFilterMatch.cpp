// The live timeline decides matches as the store does: exact-or-prefix kinds, exact targets,
// case-insensitive text in summary/kind/host/service/actor, ids, since inclusive, until exclusive.

#include "TimelineTestEvents.h"
#include "timeline/EventFilterMatch.h"

#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;


class TestEventFilterMatch final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<EventFilter>("filter");
        QTest::addColumn<bool>("expected");
        auto f = [](auto set) {
            EventFilter filter;
            set(filter);
            return filter;
        };
        QTest::newRow("empty") << EventFilter() << true;
        QTest::newRow("exact kind") << f([](EventFilter &x) { x.kind = QStringLiteral("health.changed"); }) << true;
        QTest::newRow("kind prefix") << f([](EventFilter &x) { x.kind = QStringLiteral("health."); }) << true;
        QTest::newRow("prefix without dot is exact") << f([](EventFilter &x) { x.kind = QStringLiteral("health"); }) << false;
        QTest::newRow("kinds any") << f([](EventFilter &x) { x.kinds = {QStringLiteral("alert."), QStringLiteral("health.")}; }) << true;
        QTest::newRow("kinds none") << f([](EventFilter &x) { x.kinds = {QStringLiteral("alert."), QStringLiteral("note")}; }) << false;
        QTest::newRow("environment") << f([](EventFilter &x) { x.environment = QStringLiteral("production"); }) << true;
        QTest::newRow("other environment") << f([](EventFilter &x) { x.environment = QStringLiteral("prod"); }) << false;
        QTest::newRow("host") << f([](EventFilter &x) { x.host = QStringLiteral("web-1"); }) << true;
        QTest::newRow("service") << f([](EventFilter &x) { x.service = QStringLiteral("worker"); }) << false;
        QTest::newRow("actor") << f([](EventFilter &x) { x.actor = QStringLiteral("opsdeck"); }) << true;
        QTest::newRow("text in summary, any case") << f([](EventFilter &x) { x.text = QStringLiteral("PASS →"); }) << true;
        QTest::newRow("text in host") << f([](EventFilter &x) { x.text = QStringLiteral("eb-1"); }) << true;
        QTest::newRow("text absent") << f([](EventFilter &x) { x.text = QStringLiteral("postgres"); }) << false;
        QTest::newRow("ids") << f([](EventFilter &x) { x.ids = {7, 9}; }) << true;
        QTest::newRow("other ids") << f([](EventFilter &x) { x.ids = {8}; }) << false;
        QTest::newRow("since inclusive") << f([](EventFilter &x) { x.since = at("10:00"); }) << true;
        QTest::newRow("since after") << f([](EventFilter &x) { x.since = at("10:00", 1); }) << false;
        QTest::newRow("until exclusive") << f([](EventFilter &x) { x.until = at("10:00"); }) << false;
        QTest::newRow("until after") << f([](EventFilter &x) { x.until = at("10:00", 1); }) << true;
        QTest::newRow("paging is not matching") << f([](EventFilter &x) { x.beforeId = 3; x.limit = 1; }) << true;
    }

    void matches()
    {
        QFETCH(EventFilter, filter);
        QFETCH(bool, expected);
        const Event e = health(7, "10:00", QStringLiteral("fail"));
        QCOMPARE(EventFilterMatch::matches(filter, e), expected);
    }

    void kindPattern_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("family") << QStringLiteral(" alert ") << QStringLiteral("alert.");
        QTest::newRow("note is a kind") << QStringLiteral("note") << QStringLiteral("note");
        QTest::newRow("prefix") << QStringLiteral("service.") << QStringLiteral("service.");
        QTest::newRow("exact") << QStringLiteral("service.restart") << QStringLiteral("service.restart");
    }

    void kindPattern()
    {
        QFETCH(QString, typed);
        QFETCH(QString, pattern);
        QCOMPARE(EventFilterMatch::kindPattern(typed), pattern);
    }
};

QTEST_GUILESS_MAIN(TestEventFilterMatch)
#include "TestEventFilterMatch.moc"
