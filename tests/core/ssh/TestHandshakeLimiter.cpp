// The console's handshake queue: its own bound (never a host's connect timeout), arrival order and
// "N ahead", the fixed per-address bound, and the adaptive global bound (AIMD).

#include "ssh/HandshakeLimiter.h"

#include <QElapsedTimer>
#include <QTest>

#include <future>
#include <thread>

using namespace opsdeck;
using Outcome = HandshakeLimiter::Outcome;
using namespace std::chrono_literals;


namespace {
HandshakeLimiter::Settings settings(int initial, int perAddress = 8, std::chrono::milliseconds queueBound = 120s)
{
    HandshakeLimiter::Settings s;
    s.initialLimit = initial;
    s.minLimit = 1;
    s.maxLimit = 8;
    s.perAddressLimit = perAddress;
    s.fastHandshake = 2s;
    s.slowHandshake = 4s;
    s.queueBound = queueBound;
    return s;
}
} // namespace

class TestHandshakeLimiter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queueHasItsOwnBound()
    {
        HandshakeLimiter limiter(settings(1, 8, 300ms));
        const auto held = limiter.acquire(QStringLiteral("a:22"), QStringLiteral("first"));
        QVERIFY(held);
        QElapsedTimer timer;
        timer.start();
        // The queue's bound applies, whatever a host's connect timeout is.
        QVERIFY(!limiter.acquire(QStringLiteral("b:22"), QStringLiteral("second")));
        QVERIFY2(timer.elapsed() >= 290 && timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(limiter.state().waiting, 0); // a waiter that gave up leaves the queue

        // A waiter is served as soon as a slot frees, however long it waited.
        auto waiting = std::async(std::launch::async, [&] { return limiter.acquire(QStringLiteral("b:22"), QStringLiteral("second"), 10s); });
        QTRY_COMPARE(limiter.state().waiting, 1);
        QTest::qWait(200);
        limiter.release(*held, Outcome::Completed, 100ms);
        const auto granted = waiting.get();
        QVERIFY(granted);
        QCOMPARE(limiter.state().inFlight, 1);
        limiter.release(*granted, Outcome::Completed, 100ms);
        QCOMPARE(limiter.state().inFlight, 0);
    }

    void waitersAreServedInArrivalOrderAndKnowHowManyAreAhead()
    {
        HandshakeLimiter limiter(settings(1));
        const auto held = limiter.acquire(QStringLiteral("a:22"), QStringLiteral("h0"));
        QVERIFY(held);
        std::vector<std::future<std::optional<HandshakeLimiter::Ticket>>> waiters;
        for (int i = 1; i <= 3; ++i) {
            const QString name = QStringLiteral("h%1").arg(i);
            waiters.push_back(std::async(std::launch::async, [&limiter, name] { return limiter.acquire(name + QStringLiteral(":22"), name, 10s); }));
            QTRY_COMPARE(limiter.state().waiting, i); // one after the other: a known order
        }
        QCOMPARE(limiter.waitingAhead(QStringLiteral("h1")), std::optional<int>(0));
        QCOMPARE(limiter.waitingAhead(QStringLiteral("h3")), std::optional<int>(2));
        QCOMPARE(limiter.waitingAhead(QStringLiteral("h0")), std::nullopt); // holds its slot, not waiting
        limiter.release(*held, Outcome::Failed, 10ms);
        const auto first = waiters[0].get();
        QVERIFY(first);
        QCOMPARE(first->address, QStringLiteral("h1:22"));
        QTRY_COMPARE(limiter.waitingAhead(QStringLiteral("h3")), std::optional<int>(1));
        limiter.release(*first, Outcome::Failed, 10ms);
        const auto second = waiters[1].get();
        QVERIFY(second);
        QCOMPARE(second->address, QStringLiteral("h2:22"));
        limiter.release(*second, Outcome::Failed, 10ms);
        const auto third = waiters[2].get();
        QVERIFY(third);
        limiter.release(*third, Outcome::Failed, 10ms);
    }

    void perAddressBoundHoldsAndLetsOtherAddressesPass()
    {
        HandshakeLimiter limiter(settings(4, 1));
        const auto a = limiter.acquire(QStringLiteral("a:22"), QStringLiteral("a1"));
        QVERIFY(a);
        // A second handshake to the same sshd waits (MaxStartups) …
        auto sameAddress = std::async(std::launch::async, [&] { return limiter.acquire(QStringLiteral("a:22"), QStringLiteral("a2"), 10s); });
        QTRY_COMPARE(limiter.state().waiting, 1);
        // … and does not hold up one to another host.
        const auto b = limiter.acquire(QStringLiteral("b:22"), QStringLiteral("b1"), 1s);
        QVERIFY(b);
        QCOMPARE(limiter.state().inFlight, 2);
        limiter.release(*a, Outcome::Completed, 10ms);
        const auto a2 = sameAddress.get();
        QVERIFY(a2);
        limiter.release(*a2, Outcome::Completed, 10ms);
        limiter.release(*b, Outcome::Completed, 10ms);
    }

    void adaptsToHowHandshakesGo_data()
    {
        QTest::addColumn<int>("initial");
        QTest::addColumn<QString>("outcomes"); // f: quick completion, s: slow completion, t: timeout, x: failure
        QTest::addColumn<QList<int>>("limits"); // the global bound after each
        // Slow start: one more slot per quick handshake, up to the maximum (8).
        QTest::newRow("grows while quick") << 2 << QStringLiteral("ffffffff") << QList<int>{3, 4, 5, 6, 7, 8, 8, 8};
        // A timeout halves the bound; growth is then one slot per bound's worth of quick handshakes.
        QTest::newRow("halves on timeout") << 8 << QStringLiteral("tffffff") << QList<int>{4, 4, 4, 4, 4, 5, 5};
        QTest::newRow("never under the minimum") << 2 << QStringLiteral("ttt") << QList<int>{1, 1, 1};
        // A slow handshake means the machine is at capacity: no growth, and slow start ends.
        QTest::newRow("slow stops growth") << 4 << QStringLiteral("sfff") << QList<int>{4, 4, 4, 4};
        // A very slow one means handshakes queue behind each other: a quarter fewer at once, and
        // growth then goes on one slot per bound's worth of quick handshakes.
        QTest::newRow("very slow shrinks") << 8 << QStringLiteral("vfffffff") << QList<int>{6, 6, 6, 6, 6, 6, 6, 7};
        QTest::newRow("very slow, then timeout") << 8 << QStringLiteral("vt") << QList<int>{6, 3};
        // Quick and slow are measured against the quickest recent handshake (100 ms here): 500 ms
        // is 5x that — at capacity, no growth; 1.5 s is 15x — queueing, a quarter fewer.
        QTest::newRow("relative to the quickest") << 4 << QStringLiteral("fml") << QList<int>{5, 5, 3};
        // A far network: every handshake takes 1.5 s, none quicker — that is its quick.
        QTest::newRow("a far network grows") << 2 << QStringLiteral("llll") << QList<int>{3, 4, 5, 6};
        // A refused connection says nothing about load.
        QTest::newRow("failures leave it") << 4 << QStringLiteral("xxx") << QList<int>{4, 4, 4};
    }

    void adaptsToHowHandshakesGo()
    {
        QFETCH(int, initial);
        QFETCH(QString, outcomes);
        QFETCH(QList<int>, limits);
        HandshakeLimiter limiter(settings(initial));
        QCOMPARE(limiter.state().limit, initial);
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            // Each handshake granted after the previous one ended: every timeout is its own burst.
            const auto ticket = limiter.acquire(QStringLiteral("a:22"), QStringLiteral("h"), 1s);
            QVERIFY(ticket);
            const QChar c = outcomes.at(i);
            const Outcome outcome = c == u't' ? Outcome::TimedOut : c == u'x' ? Outcome::Failed : Outcome::Completed;
            const std::chrono::milliseconds took = c == u'm' ? 500ms : c == u'l' ? 1500ms : c == u's' ? 3s : c == u'v' ? 5s : 100ms;
            limiter.release(*ticket, outcome, took);
            QCOMPARE(limiter.state().limit, limits.at(i));
        }
    }

    void oneBurstOfTimeoutsHalvesOnce()
    {
        HandshakeLimiter limiter(settings(8));
        std::vector<HandshakeLimiter::Ticket> burst;
        for (int i = 0; i < 6; ++i)
            burst.push_back(*limiter.acquire(QStringLiteral("h%1:22").arg(i), QStringLiteral("h%1").arg(i), 1s));
        for (const auto &t : burst)
            limiter.release(t, Outcome::TimedOut, 10s);
        QCOMPARE(limiter.state().limit, 4);
        // A handshake granted after the decrease that times out again halves again.
        const auto later = limiter.acquire(QStringLiteral("z:22"), QStringLiteral("z"), 1s);
        limiter.release(*later, Outcome::TimedOut, 10s);
        QCOMPARE(limiter.state().limit, 2);
    }

    void oneBurstOfSlowHandshakesShrinksOnce()
    {
        HandshakeLimiter limiter(settings(8));
        std::vector<HandshakeLimiter::Ticket> burst;
        for (int i = 0; i < 8; ++i)
            burst.push_back(*limiter.acquire(QStringLiteral("h%1:22").arg(i), QStringLiteral("h%1").arg(i), 1s));
        for (const auto &t : burst)
            limiter.release(t, Outcome::Completed, 5s);
        QCOMPARE(limiter.state().limit, 6);
        // Slow after the decrease too: shrinks again.
        const auto later = limiter.acquire(QStringLiteral("z:22"), QStringLiteral("z"), 1s);
        limiter.release(*later, Outcome::Completed, 5s);
        QCOMPARE(limiter.state().limit, 4);
    }
};

QTEST_GUILESS_MAIN(TestHandshakeLimiter)
#include "TestHandshakeLimiter.moc"
