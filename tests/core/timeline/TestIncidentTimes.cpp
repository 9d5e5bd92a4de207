// Time to detect, mitigate and resolve, as docs/timeline.md defines them.

#include "TimelineTestEvents.h"
#include "timeline/IncidentBook.h"
#include "timeline/IncidentTimes.h"

#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;
namespace TE = opsdeck::TimelineEvents;

Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {
constexpr qint64 kMinute = 60'000;
const std::optional<qint64> none;
} // namespace

class TestIncidentTimes final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void times_data()
    {
        QTest::addColumn<QList<Event>>("events");
        QTest::addColumn<std::optional<qint64>>("ttd");
        QTest::addColumn<std::optional<qint64>>("ttm");
        QTest::addColumn<std::optional<qint64>>("ttr");
        QTest::addColumn<bool>("fromOpening");

        const Event fail = health(1, "09:58", QStringLiteral("fail"));
        const Event alert = ev(2, "10:00", QStringLiteral("alert.raised"));
        QTest::newRow("health, alert, opened, mitigated, resolved")
            << QList<Event>{fail, alert, opened(3, "10:02", QStringLiteral("t")), about(4, "10:02", EventKinds::name(EventKind::IncidentAttached), 3, 1),
                            about(5, "10:02", EventKinds::name(EventKind::IncidentAttached), 3, 2), about(6, "10:20", EventKinds::name(EventKind::IncidentMitigated), 3),
                            about(7, "11:03", EventKinds::name(EventKind::IncidentResolved), 3)}
            << std::optional<qint64>(2 * kMinute) << std::optional<qint64>(22 * kMinute)
            << std::optional<qint64>(65 * kMinute) << false;
        QTest::newRow("no alert: detected when opened")
            << QList<Event>{fail, opened(3, "10:02", QStringLiteral("t")), about(4, "10:02", EventKinds::name(EventKind::IncidentAttached), 3, 1)}
            << std::optional<qint64>(4 * kMinute) << none << none << false;
        QTest::newRow("alert attached but not health: impact starts with the alert")
            << QList<Event>{alert, opened(3, "10:02", QStringLiteral("t")), about(4, "10:02", EventKinds::name(EventKind::IncidentAttached), 3, 2)}
            << std::optional<qint64>(0) << none << none << false;
        QTest::newRow("opened before the first sign of impact")
            << QList<Event>{opened(3, "09:50", QStringLiteral("t")), fail, about(4, "10:00", EventKinds::name(EventKind::IncidentAttached), 3, 1),
                            about(5, "10:08", EventKinds::name(EventKind::IncidentMitigated), 3)}
            << std::optional<qint64>(0) << std::optional<qint64>(10 * kMinute) << none << false;
        QTest::newRow("nothing attached: counted from the opening")
            << QList<Event>{opened(3, "10:00", QStringLiteral("t")), about(4, "10:30", EventKinds::name(EventKind::IncidentMitigated), 3),
                            about(5, "11:00", EventKinds::name(EventKind::IncidentResolved), 3)}
            << none << std::optional<qint64>(30 * kMinute) << std::optional<qint64>(60 * kMinute) << true;
        QTest::newRow("recovery is not impact")
            << QList<Event>{health(1, "09:58", QStringLiteral("pass")), opened(3, "10:00", QStringLiteral("t")),
                            about(4, "10:01", EventKinds::name(EventKind::IncidentAttached), 3, 1)}
            << none << none << none << true;
        QTest::newRow("resolved without mitigating: TTM = TTR")
            << QList<Event>{fail, opened(3, "10:02", QStringLiteral("t")), about(4, "10:02", EventKinds::name(EventKind::IncidentAttached), 3, 1),
                            about(5, "10:40", EventKinds::name(EventKind::IncidentResolved), 3)}
            << std::optional<qint64>(4 * kMinute) << std::optional<qint64>(42 * kMinute)
            << std::optional<qint64>(42 * kMinute) << false;
        QTest::newRow("reopened: a new episode")
            << QList<Event>{fail, opened(3, "10:02", QStringLiteral("t")), about(4, "10:02", EventKinds::name(EventKind::IncidentAttached), 3, 1),
                            about(5, "10:40", EventKinds::name(EventKind::IncidentResolved), 3), about(6, "10:50", EventKinds::name(EventKind::IncidentReopened), 3)}
            << std::optional<qint64>(4 * kMinute) << none << none << false;
        QTest::newRow("a detached event no longer counts")
            << QList<Event>{fail, alert, opened(3, "10:02", QStringLiteral("t")), about(4, "10:02", EventKinds::name(EventKind::IncidentAttached), 3, 1),
                            about(5, "10:02", EventKinds::name(EventKind::IncidentAttached), 3, 2), about(6, "10:03", EventKinds::name(EventKind::IncidentDetached), 3, 1)}
            << std::optional<qint64>(0) << none << none << false;
    }

    void times()
    {
        QFETCH(QList<Event>, events);
        QFETCH(std::optional<qint64>, ttd);
        QFETCH(std::optional<qint64>, ttm);
        QFETCH(std::optional<qint64>, ttr);
        QFETCH(bool, fromOpening);
        IncidentBook book;
        book.apply(events);
        const Incident *incident = book.find(3);
        QVERIFY(incident);
        const IncidentTimes times = IncidentTimes::of(*incident, events);
        QCOMPARE(times.toDetectMs, ttd);
        QCOMPARE(times.toMitigateMs, ttm);
        QCOMPARE(times.toResolveMs, ttr);
        QCOMPARE(times.fromOpening, fromOpening);
    }

    void format_data()
    {
        QTest::addColumn<std::optional<qint64>>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << none << QStringLiteral("—");
        QTest::newRow("seconds") << std::optional<qint64>(42'400) << QStringLiteral("42 s");
        QTest::newRow("minutes") << std::optional<qint64>(4 * kMinute) << QStringLiteral("4 min");
        QTest::newRow("minutes and seconds") << std::optional<qint64>(4 * kMinute + 10'000) << QStringLiteral("4 min 10 s");
        QTest::newRow("hours") << std::optional<qint64>(65 * kMinute) << QStringLiteral("1 h 5 min");
        QTest::newRow("days") << std::optional<qint64>(51 * 60 * kMinute) << QStringLiteral("2 d 3 h");
    }

    void format()
    {
        QFETCH(std::optional<qint64>, ms);
        QFETCH(QString, text);
        QCOMPARE(IncidentTimes::format(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestIncidentTimes)
#include "TestIncidentTimes.moc"
