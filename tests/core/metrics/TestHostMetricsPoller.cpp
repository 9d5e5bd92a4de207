// What the poller keeps of a day of host metrics read back from the per-user history at a window's
// start: every host's CPU, memory and disk for the whole day, in the compact form (16 bytes a value),
// so that the heap it holds once the history is in stays far below what whole polls (HostMetrics,
// 136 bytes each with their disks list) took. OPSDECK_SCALE_HOSTS=1000 runs it at a thousand hosts
// and prints the readback's peak resident memory (docs/benchmarks.md).

#include "metrics/HostMetricsPoller.h"
#include "metrics/SampleHistory.h"
#include "metrics/SampleHistoryFile.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdlib>

#include <malloc.h>

using namespace opsdeck;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kRawIntervalMs = 15'000; // the poller's default interval

qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

QString hostName(int i)
{
    return QStringLiteral("host-%1").arg(i, 4, 10, QLatin1Char('0'));
}
} // namespace

class TestHostMetricsPoller final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aRestoredDayIsKeptCompactly()
    {
        const int hosts = qEnvironmentVariableIntValue("OPSDECK_SCALE_HOSTS") > 0 ? qEnvironmentVariableIntValue("OPSDECK_SCALE_HOSTS") : 100;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            // A day as the window writes it: every 15 s for the last hour, once a minute before (what
            // compaction keeps of it is the same per-minute and per-5-minute aggregates).
            SampleHistoryFile file;
            QCOMPARE(file.open(path), QString());
            for (int h = 0; h < hosts; ++h) {
                QList<SampleHistoryFile::Pending> samples;
                const QString host = hostName(h);
                for (qint64 t = now - 24 * kHour + kMinute; t <= now; t += t < now - kHour ? kMinute : kRawIntervalMs) {
                    const double wave = double((t / kMinute + h) % 40);
                    samples.append({QStringLiteral("cpu:") + host, t, 10 + wave});
                    samples.append({QStringLiteral("memory:") + host, t, 30 + wave / 2});
                    samples.append({QStringLiteral("disk:") + host, t, 60 + wave / 4});
                }
                QCOMPARE(file.append(samples), QString());
            }
            QCOMPARE(file.compact(now), QString());
        }

        RefusingPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        HostMetricsPoller poller(&engine);
        const qint64 heapBefore = heapInUse();
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5"); // the peak (VmHWM) starts again from here
        clear.close();
        const qint64 residentBefore = statusKiB("VmRSS");
        {
            SampleHistory history(path);
            poller.setHistory(&history);
            QSignalSpy restored(&poller, &HostMetricsPoller::historyRestored);
            QVERIFY(restored.wait(300'000));
        }
        const qint64 peakKiB = statusKiB("VmHWM") - residentBefore;
        malloc_trim(0);
        const qint64 keptBytes = heapInUse() - heapBefore;

        // The whole day of every host is there: the last hour raw, the rest as each span's low and high.
        const qint64 perMetric = kHour / kRawIntervalMs + 2 * (5 * 60 + 18 * 12);
        for (const int h : {0, hosts / 2, hosts - 1}) {
            for (const HostMetric metric : {HostMetric::Cpu, HostMetric::Memory, HostMetric::Disk}) {
                const QList<MetricPoint> &points = poller.history(hostName(h), metric);
                QVERIFY2(std::abs(points.size() - perMetric) <= 12, qPrintable(QStringLiteral("%1 points, not about %2").arg(points.size()).arg(perMetric)));
                QVERIFY(std::is_sorted(points.cbegin(), points.cend(), [](const MetricPoint &a, const MetricPoint &b) { return a.timeMs < b.timeMs; }));
                QVERIFY(points.constFirst().timeMs < now - 23 * kHour);
                QVERIFY(points.constLast().timeMs > now - kMinute);
            }
            const MetricPoint last = poller.history(hostName(h), HostMetric::Cpu).constLast(); // a raw sample: its own time and value
            QCOMPARE(last.value, 10 + double((last.timeMs / kMinute + h) % 40));
        }
        qInfo("%d hosts: %lld bytes kept per host (%.1f MiB in all); the readback's peak resident memory %.1f MiB over the %.1f MiB before",
              hosts, keptBytes / hosts, double(keptBytes) / 1048576.0, double(peakKiB) / 1024.0, double(residentBefore) / 1024.0);
        // Three metrics × ~1,270 points × 16 bytes = 61 KiB a host; whole polls took 173 KiB.
        QVERIFY2(keptBytes / hosts < 100 * 1024, qPrintable(QStringLiteral("%1 bytes per host").arg(keptBytes / hosts)));
    }

    // A day of polls is read back in the file's tiers, and what ages while the window runs is
    // downsampled the same way, every metric of every host: a window open for a day holds what a
    // reopened one holds.
    void aDayOfPollsIsKeptDownsampled()
    {
        constexpr int hosts = 5;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            SampleHistoryFile file;
            QCOMPARE(file.open(path), QString());
            QList<SampleHistoryFile::Pending> samples;
            for (int h = 0; h < hosts; ++h) {
                for (qint64 t = now - 24 * kHour + kMinute; t <= now - 2000; t += kRawIntervalMs) {
                    samples.append({QStringLiteral("cpu:") + hostName(h), t, double(t / kRawIntervalMs % 50)});
                    samples.append({QStringLiteral("memory:") + hostName(h), t, 40.0});
                    samples.append({QStringLiteral("disk:") + hostName(h), t, double(h)});
                }
            }
            QCOMPARE(file.append(samples), QString());
        }
        RefusingPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        HostMetricsPoller poller(&engine);
        QSignalSpy downsampled(&poller, &HostMetricsPoller::historyDownsampled);
        {
            SampleHistory history(path);
            poller.setHistory(&history);
            QSignalSpy restored(&poller, &HostMetricsPoller::historyRestored);
            QVERIFY(restored.wait(60'000));
        }
        // An hour raw (240 to 244: the raw tier begins at a whole minute), five hours of minutes (600
        // to 610: the minute tier begins at a whole five minutes), eighteen of five minutes (430 to 432).
        for (int h = 0; h < hosts; ++h) {
            for (const HostMetric metric : {HostMetric::Cpu, HostMetric::Memory, HostMetric::Disk}) {
                const QList<MetricPoint> &points = poller.history(hostName(h), metric);
                QVERIFY2(points.size() >= 1268 && points.size() <= 1288, qPrintable(QString::number(points.size())));
            }
            QVERIFY(poller.aggregatedUntil(hostName(h)) > now - kHour - 2 * kMinute);
            QCOMPARE(poller.history(hostName(h), HostMetric::Disk).constFirst().value, double(h));
        }
        const QList<MetricPoint> &cpu = poller.history(hostName(0), HostMetric::Cpu);
        const qint64 minute = (now - 3 * kHour) / kMinute * kMinute;
        const auto low = std::find_if(cpu.cbegin(), cpu.cend(), [&](const MetricPoint &p) { return p.timeMs >= minute; });
        QCOMPARE(low->timeMs, minute + kMinute / 4);
        QCOMPARE((low + 1)->timeMs, minute + kMinute * 3 / 4);
        QVERIFY(low->value < (low + 1)->value);
        QCOMPARE(downsampled.size(), 0);

        // Two hours on: the raw hour has become minutes, the oldest two hours are gone (four hours of
        // minutes, 480 to 492, eighteen of five minutes, 430 to 434).
        poller.downsampleHistory(now + 2 * kHour);
        QCOMPARE(downsampled.size(), 1);
        for (int h = 0; h < hosts; ++h) {
            for (const HostMetric metric : {HostMetric::Cpu, HostMetric::Memory, HostMetric::Disk}) {
                const QList<MetricPoint> &points = poller.history(hostName(h), metric);
                QVERIFY2(points.size() >= 906 && points.size() <= 930, qPrintable(QString::number(points.size())));
                QVERIFY(points.constFirst().timeMs >= now - 22 * kHour);
            }
            QVERIFY(poller.aggregatedUntil(hostName(h)) > now - 2 * kMinute);
        }
        poller.downsampleHistory(now + 2 * kHour);
        QCOMPARE(downsampled.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHostMetricsPoller)
#include "TestHostMetricsPoller.moc"
