// A thread that once went deep gives its stack's dead pages back: what a deep call touched stays
// resident until released, and after releaseUnused() only the frames still in use are; the thread
// goes deep again afterwards and computes the same (the pages come back zeroed, never with stale
// or foreign contents); the main thread's stack is never touched.

#include "support/ThreadStack.h"

#include <QTest>

#include <thread>

using namespace opsdeck;

namespace {
constexpr qsizetype kDeep = 256 * 1024;

// Fills kDeep bytes of stack and returns their checksum (noinline: the array lives in its own frame).
__attribute__((noinline)) quint64 goDeep(quint8 seed)
{
    volatile quint8 block[kDeep];
    for (qsizetype i = 0; i < kDeep; ++i)
        block[i] = quint8(seed + i);
    quint64 sum = 0;
    for (qsizetype i = 0; i < kDeep; ++i)
        sum += block[i];
    return sum;
}
} // namespace

class TestThreadStack final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deadPagesAreGivenBack()
    {
        if (ThreadStack::residentBytes() != -1)
            QFAIL("the main thread's stack is not a thread stack");
        qsizetype before = 0, deep = 0, released = 0, after = 0, again = 0;
        quint64 first = 0, second = 0;
        std::thread thread([&] {
            before = ThreadStack::residentBytes();
            first = goDeep(7);
            deep = ThreadStack::residentBytes();
            released = ThreadStack::releaseUnused();
            after = ThreadStack::residentBytes();
            second = goDeep(7);
            again = ThreadStack::residentBytes();
        });
        thread.join();
        if (before < 0)
            QSKIP("no mincore() or thread stack attributes here");
        qInfo("resident stack: %lld KiB at start, %lld after going deep, %lld after releasing %lld, %lld deep again",
              before / 1024, deep / 1024, after / 1024, released / 1024, again / 1024);
        QVERIFY(deep >= before + kDeep - 8 * 1024); // the frames at start overlap the deep one
        QVERIFY(released >= kDeep);
        QVERIFY2(after <= before + 16 * 1024, "only the frames in use stay resident");
        QCOMPARE(second, first);
        QVERIFY(again >= after + kDeep - 8 * 1024);
    }

    void nothingOnTheMainThread()
    {
        QCOMPARE(ThreadStack::releaseUnused(), 0);
        QCOMPARE(goDeep(3), goDeep(3));
    }
};

QTEST_GUILESS_MAIN(TestThreadStack)
#include "TestThreadStack.moc"
