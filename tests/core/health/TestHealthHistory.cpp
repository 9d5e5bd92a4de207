// What the health service keeps of response times: a day read back from the history is in the
// file's tiers (the last hour raw, then each minute's and five minutes' low and high), and what ages
// while the window runs is downsampled the same way, so a window open for a day holds about 1,400
// samples an endpoint, not 8,640.

#include "health/HealthService.h"
#include "metrics/SampleHistory.h"
#include "metrics/SampleHistoryFile.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kIntervalMs = 10'000; // the default check interval
const QString kId = QStringLiteral("production/host-001/web#0");
int latencyAt(qint64 t) // 20 and 28 ms in turn: every minute has both
{
    return 20 + 8 * int((t / kIntervalMs) % 2);
}
} // namespace

class TestHealthHistory final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aDayIsKeptDownsampled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            // Every check of a day, not compacted (the history compacts the file as it opens it).
            SampleHistoryFile file;
            QCOMPARE(file.open(path), QString());
            QList<SampleHistoryFile::Pending> samples;
            for (qint64 t = now - 24 * kHour + kMinute; t <= now - 2000; t += kIntervalMs)
                samples.append({QStringLiteral("latency:") + kId, t, double(latencyAt(t))});
            QCOMPARE(file.append(samples), QString());
            QCOMPARE(samples.size(), 8634);
        }
        HealthService health(nullptr);
        QSignalSpy downsampled(&health, &HealthService::historyDownsampled);
        {
            SampleHistory history(path);
            health.setHistory(&history);
            QSignalSpy restored(&health, &HealthService::historyRestored);
            QVERIFY(restored.wait(60'000));
        }
        const QList<HealthSample> &kept = health.history(kId);
        // An hour raw (360 to 366: the raw tier begins at a whole minute), five hours of minutes (600
        // to 610: the minute tier begins at a whole five minutes), eighteen of five minutes (430 to 432).
        QVERIFY2(kept.size() >= 1388 && kept.size() <= 1410, qPrintable(QString::number(kept.size())));
        QVERIFY(std::is_sorted(kept.cbegin(), kept.cend(), [](const HealthSample &a, const HealthSample &b) { return a.timeMs < b.timeMs; }));
        const qint64 until = health.aggregatedUntil(kId);
        QVERIFY(until > now - kHour - 2 * kMinute && until < now - kHour);
        // The raw hour has its own times and values; before it, a minute's low (20) and high (28).
        for (const HealthSample &s : kept) {
            QVERIFY(s.latencyMs >= 20 && s.latencyMs <= 28);
            if (s.timeMs > until)
                QCOMPARE(s.latencyMs, latencyAt(s.timeMs));
        }
        const qint64 minute = (now - 3 * kHour) / kMinute * kMinute;
        const auto minuteLow = std::find_if(kept.cbegin(), kept.cend(), [&](const HealthSample &s) { return s.timeMs >= minute; });
        QCOMPARE(minuteLow->timeMs, minute + kMinute / 4);
        QCOMPARE(minuteLow->latencyMs, 20);
        QCOMPARE(minuteLow->status, HealthStatus::Unknown);
        QCOMPARE((minuteLow + 1)->timeMs, minute + kMinute * 3 / 4);
        QCOMPARE((minuteLow + 1)->latencyMs, 28);
        QCOMPARE(downsampled.size(), 0);

        // Two hours on: the raw hour has become minutes, and what passed six hours five minutes.
        health.downsampleHistory(now + 2 * kHour);
        QCOMPARE(downsampled.size(), 1);
        const QList<HealthSample> &later = health.history(kId);
        // Four hours of minutes (480 to 492), eighteen of five minutes (430 to 434).
        QVERIFY2(later.size() >= 906 && later.size() <= 930, qPrintable(QString::number(later.size())));
        QVERIFY(health.aggregatedUntil(kId) > now - 2 * kMinute);
        QVERIFY(later.constFirst().timeMs >= now - 22 * kHour);
        // Nothing more aged: nothing changes, nothing is said.
        const QList<HealthSample> same = later;
        health.downsampleHistory(now + 2 * kHour);
        QCOMPARE(downsampled.size(), 1);
        QCOMPARE(health.history(kId).size(), same.size());
    }
};

QTEST_GUILESS_MAIN(TestHealthHistory)
#include "TestHealthHistory.moc"
