// HeapTrimmer: free chunks below the heap's top stay resident after free(); a trim gives their
// pages back (the process's anonymous resident memory falls), and the trimmer does so by itself on
// its timer, off the calling thread.

#include "support/HeapTrimmer.h"

#include <QFile>
#include <QTest>

#include <cstdlib>
#include <cstring>
#include <vector>

using namespace opsdeck;

class TestHeapTrimmer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freedPagesGoBackWhenTrimmed();
    void theTimerTrimsOffTheCallingThread();
};

namespace {

qint64 anonKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

constexpr std::size_t kBlock = 1024;     // under glibc's mmap threshold: from the heap
constexpr std::size_t kBlocks = 48 * 1024; // 48 MiB

} // namespace

void TestHeapTrimmer::freedPagesGoBackWhenTrimmed()
{
    if (!HeapTrimmer::available())
        QSKIP("not glibc: no malloc_trim");
    std::vector<void *> blocks(kBlocks);
    for (void *&b : blocks) {
        b = std::malloc(kBlock);
        std::memset(b, 1, kBlock); // resident
    }
    void *pin = std::malloc(kBlock); // above them: the freed blocks are not the heap's top, free() keeps them
    const qint64 used = anonKiB();
    for (void *b : blocks)
        std::free(b);
    const qint64 freed = anonKiB();
    QVERIFY2(used - freed < 16 * 1024, qPrintable(QStringLiteral("%1 KiB → %2 KiB").arg(used).arg(freed))); // free() alone kept them
    QVERIFY(HeapTrimmer::trimNow());
    const qint64 trimmed = anonKiB();
    QVERIFY2(freed - trimmed > 32 * 1024, qPrintable(QStringLiteral("%1 KiB → %2 KiB after the trim").arg(freed).arg(trimmed)));
    std::free(pin);
}

void TestHeapTrimmer::theTimerTrimsOffTheCallingThread()
{
    if (!HeapTrimmer::available())
        QSKIP("not glibc: no malloc_trim");
    HeapTrimmer trimmer(nullptr, 100);
    QCOMPARE(trimmer.trims(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(trimmer.trims() >= 2, 10'000); // again and again
}

QTEST_GUILESS_MAIN(TestHeapTrimmer)
#include "TestHeapTrimmer.moc"
