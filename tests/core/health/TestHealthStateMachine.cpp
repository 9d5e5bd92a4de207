#include "health/HealthService.h"
#include "health/HealthStateMachine.h"

#include <QTest>

using namespace opsdeck;

Q_DECLARE_METATYPE(QList<int>)

class TestHealthStateMachine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Sequences of results (P pass, W warn, F fail, U unknown) and the stable state after each.
    void debounces_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QString>("results");
        QTest::addColumn<QString>("stable");
        QTest::addColumn<int>("transitions"); // not counting the initial one
        QTest::newRow("steady") << 2 << "PPPP" << "PPPP" << 0;
        QTest::newRow("first result adopted at once") << 2 << "F" << "F" << 0;
        QTest::newRow("one blip is ignored") << 2 << "PPFPP" << "PPPPP" << 0;
        QTest::newRow("two in a row change it") << 2 << "PPFF" << "PPPF" << 1;
        QTest::newRow("flapping never settles") << 2 << "PFPFPF" << "PPPPPP" << 0;
        QTest::newRow("warn then fail counts as new candidate") << 2 << "PWFF" << "PPPF" << 1;
        QTest::newRow("recovery") << 2 << "FFPP" << "FFFP" << 1;
        QTest::newRow("threshold 3") << 3 << "PFFFP" << "PPPFF" << 1;
        QTest::newRow("threshold 1 follows every result") << 1 << "PFPW" << "PFPW" << 3;
    }
    void debounces()
    {
        QFETCH(int, threshold);
        QFETCH(QString, results);
        QFETCH(QString, stable);
        QFETCH(int, transitions);
        auto status = [](QChar c) {
            switch (c.toLatin1()) {
            case 'P': return HealthStatus::Pass;
            case 'W': return HealthStatus::Warn;
            case 'F': return HealthStatus::Fail;
            default: return HealthStatus::Unknown;
            }
        };
        HealthStateMachine machine(threshold);
        int seen = 0;
        for (qsizetype i = 0; i < results.size(); ++i) {
            HealthVerdict v;
            v.status = status(results.at(i));
            const auto t = machine.feed(v);
            if (t && !t->initial) {
                ++seen;
                QCOMPARE(t->to, status(stable.at(i)));
            }
            QCOMPARE(machine.stable(), status(stable.at(i)));
        }
        QCOMPARE(seen, transitions);
    }

    // "No data" is a matter of the clock: a result older than two intervals plus the timeout.
    void stalenessUsesTheGivenClock()
    {
        HealthSnapshot s;
        s.endpoint.check.interval = Milliseconds(10'000);
        s.endpoint.check.timeout = Milliseconds(5'000);
        QVERIFY(HealthService::isStale(s, 0)); // nothing yet
        s.hasState = true;
        s.last.checkedAt = QDateTime::fromMSecsSinceEpoch(1'000'000);
        QVERIFY(!HealthService::isStale(s, 1'000'000 + 25'000));
        QVERIFY(HealthService::isStale(s, 1'000'000 + 25'001));
    }
};

QTEST_GUILESS_MAIN(TestHealthStateMachine)
#include "TestHealthStateMachine.moc"
