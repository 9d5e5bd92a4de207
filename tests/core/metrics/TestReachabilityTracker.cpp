// The confirmation window: a host is unreachable only after N consecutive failures at least W apart;
// a single failure is "retrying"; a success clears it. Times are given, so the clock is the test's.

#include "metrics/ReachabilityTracker.h"

#include <QTest>

using namespace opsdeck;

Q_DECLARE_METATYPE(opsdeck::Reachability)

class TestReachabilityTracker final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void confirmsOverTheWindow_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("windowMs");
        QTest::addColumn<QString>("attempts"); // "ok@ms" or "fail@ms", space-separated
        QTest::addColumn<Reachability>("expected");
        QTest::newRow("one failure is retrying") << 2 << 10'000 << QStringLiteral("fail@0") << Reachability::Retrying;
        QTest::newRow("two failures too close") << 2 << 10'000 << QStringLiteral("fail@0 fail@9999") << Reachability::Retrying;
        QTest::newRow("two failures 10 s apart") << 2 << 10'000 << QStringLiteral("fail@0 fail@10000") << Reachability::Unreachable;
        QTest::newRow("a success between resets") << 2 << 10'000 << QStringLiteral("fail@0 ok@5000 fail@12000") << Reachability::Retrying;
        QTest::newRow("the run restarts after a success")
            << 2 << 10'000 << QStringLiteral("fail@0 ok@5000 fail@12000 fail@22000") << Reachability::Unreachable;
        QTest::newRow("three needed") << 3 << 10'000 << QStringLiteral("fail@0 fail@20000") << Reachability::Retrying;
        QTest::newRow("three over the window") << 3 << 10'000 << QStringLiteral("fail@0 fail@4000 fail@10000") << Reachability::Unreachable;
        QTest::newRow("three fast ones are not enough") << 3 << 10'000 << QStringLiteral("fail@0 fail@1000 fail@2000") << Reachability::Retrying;
        QTest::newRow("no window: the first failure") << 1 << 0 << QStringLiteral("fail@0") << Reachability::Unreachable;
        QTest::newRow("recovers") << 2 << 10'000 << QStringLiteral("fail@0 fail@10000 ok@30000") << Reachability::Reachable;
        QTest::newRow("never tried") << 2 << 10'000 << QString() << Reachability::Unknown;
    }

    void confirmsOverTheWindow()
    {
        QFETCH(int, failures);
        QFETCH(int, windowMs);
        QFETCH(QString, attempts);
        QFETCH(Reachability, expected);
        ReachabilityTracker tracker;
        tracker.setRule(failures, Milliseconds(windowMs));
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        for (const QString &attempt : attempts.split(u' ', Qt::SkipEmptyParts)) {
            const QDateTime at = start.addMSecs(attempt.section(u'@', 1).toLongLong());
            if (attempt.startsWith(QLatin1String("ok")))
                tracker.recordSuccess(QStringLiteral("web-1"), at);
            else
                tracker.recordFailure(QStringLiteral("web-1"), QStringLiteral("connection refused"), at);
        }
        QCOMPARE(tracker.state(QStringLiteral("web-1")).reachability, expected);
        QCOMPARE(tracker.state(QStringLiteral("web-2")).reachability, Reachability::Unknown); // hosts are apart
    }

    void reportsChangesOnly()
    {
        ReachabilityTracker tracker;
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        QVERIFY(tracker.recordSuccess(QStringLiteral("h"), t0));
        QVERIFY(!tracker.recordSuccess(QStringLiteral("h"), t0.addSecs(1)));
        QVERIFY(tracker.recordFailure(QStringLiteral("h"), QStringLiteral("e1"), t0.addSecs(2)));  // retrying
        QVERIFY(!tracker.recordFailure(QStringLiteral("h"), QStringLiteral("e2"), t0.addSecs(3))); // still
        QVERIFY(tracker.recordFailure(QStringLiteral("h"), QStringLiteral("e3"), t0.addSecs(12))); // confirmed
        QVERIFY(!tracker.recordFailure(QStringLiteral("h"), QStringLiteral("e4"), t0.addSecs(30)));
        const HostReachability s = tracker.state(QStringLiteral("h"));
        QCOMPARE(s.failures, 4);
        QCOMPARE(s.firstFailure, t0.addSecs(2));
        QCOMPARE(s.error, QStringLiteral("e4"));
        tracker.keepOnly({});
        QCOMPARE(tracker.state(QStringLiteral("h")).reachability, Reachability::Unknown);
    }

    // The retry is timed so that a host that is really down is confirmed within timeout + window.
    void retryDelay_data()
    {
        QTest::addColumn<int>("sinceFirstFailureMs");
        QTest::addColumn<int>("lastAttemptMs");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("refused at once: wait out the window") << 0 << 5 << 0.0 << 9'995;
        QTest::newRow("with the most jitter: 20 % later") << 0 << 0 << 0.999999 << 11'999;
        QTest::newRow("a timeout fills the window itself") << 0 << 10'000 << 0.0 << 1'000;
        QTest::newRow("part of the window gone") << 4'000 << 0 << 0.0 << 6'000;
        QTest::newRow("window over: soon, not at once") << 15'000 << 0 << 0.5 << 1'100;
    }

    void retryDelay()
    {
        QFETCH(int, sinceFirstFailureMs);
        QFETCH(int, lastAttemptMs);
        QFETCH(double, jitter);
        QFETCH(int, expectedMs);
        ReachabilityTracker tracker;
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        tracker.recordFailure(QStringLiteral("h"), QStringLiteral("refused"), t0);
        QCOMPARE(tracker.retryDelay(QStringLiteral("h"), t0.addMSecs(sinceFirstFailureMs), Milliseconds(lastAttemptMs), jitter).count(),
                 qint64(expectedMs));
    }

    // Defaults: a dead host (refused at once, or hanging for the 10 s connect timeout) is confirmed
    // within the timeout plus the window, at most 30 s after the first attempt started.
    void deadHostConfirmedWithinThirtySeconds_data()
    {
        QTest::addColumn<int>("attemptMs");
        QTest::newRow("refused") << 5;
        QTest::newRow("silent (connect timeout)") << 10'000;
    }

    void deadHostConfirmedWithinThirtySeconds()
    {
        QFETCH(int, attemptMs);
        ReachabilityTracker tracker; // the defaults: 2 failures, 10 s
        QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        const QDateTime started = now;
        for (int attempt = 0; attempt < 10; ++attempt) {
            now = now.addMSecs(attemptMs);
            tracker.recordFailure(QStringLiteral("h"), QStringLiteral("down"), now);
            if (tracker.state(QStringLiteral("h")).reachability == Reachability::Unreachable)
                break;
            now = now.addMSecs(tracker.retryDelay(QStringLiteral("h"), now, Milliseconds(attemptMs), 0.999).count());
        }
        QCOMPARE(tracker.state(QStringLiteral("h")).reachability, Reachability::Unreachable);
        QVERIFY2(started.msecsTo(now) <= 30'000, qPrintable(QString::number(started.msecsTo(now))));
    }
};

QTEST_GUILESS_MAIN(TestReachabilityTracker)
#include "TestReachabilityTracker.moc"
