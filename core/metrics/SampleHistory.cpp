#include "SampleHistory.h"

#include "support/LogCategories.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QSemaphore>
#include <QTimer>

#include <atomic>

namespace opsdeck {

namespace {
constexpr qint64 kCompactEveryMs = 10 * 60'000;
constexpr int kBatchesOnTheirWay = 2;

RestoredSeries compactForm(const QList<StoredSample> &samples)
{
    RestoredSeries series;
    qsizetype points = 0;
    for (const StoredSample &s : samples)
        points += s.isAggregate() ? 2 : 1;
    series.points.reserve(points);
    for (const StoredSample &s : samples) {
        if (s.isAggregate()) {
            series.points.append({s.lowAtMs(), s.low});
            series.points.append({s.highAtMs(), s.high});
            series.aggregatedUntilMs = s.highAtMs();
        } else {
            series.points.append({s.timeMs, s.average});
        }
    }
    return series;
}
} // namespace

// The worker waits while kBatchesOnTheirWay batches are not yet taken in by the UI thread (which
// may be busy starting the window); the destructor opens the gate for good.
struct SampleHistory::RestoreGate {
    QSemaphore free{kBatchesOnTheirWay};
    std::atomic<bool> cancelled{false};
};

QString SampleHistory::defaultPath()
{
    if (const QString path = qEnvironmentVariable("OPSDECK_HISTORY"); !path.isEmpty())
        return path;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

SampleHistory::SampleHistory(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_worker(new QObject), m_file(std::make_shared<SampleHistoryFile>()), m_flush(new QTimer(this)),
      m_gate(std::make_shared<RestoreGate>())
{
    qRegisterMetaType<StoredSeries>();
    qRegisterMetaType<RestoredBatch>();
    m_thread.setObjectName(QStringLiteral("opsdeck-history"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    // Opened, compacted and read back on the worker: a day of 5,000 series is a few seconds' read.
    QMetaObject::invokeMethod(m_worker, [this, file = m_file, gate = m_gate, path] {
        QString error = file->open(path);
        if (error.isEmpty())
            error = file->compact(QDateTime::currentMSecsSinceEpoch());
        RestoredBatch batch;
        const auto handOver = [&] {
            gate->free.acquire();
            if (gate->cancelled)
                return;
            QMetaObject::invokeMethod(this, [this, gate, batch = std::exchange(batch, {})] {
                Q_EMIT restored(batch);
                gate->free.release();
            });
        };
        if (error.isEmpty()) {
            error = file->forEachSeries(QDateTime::currentMSecsSinceEpoch() - kRestoredMs,
                                        [&](const QString &series, const QList<StoredSample> &samples) {
                                            batch.insert(series, compactForm(samples));
                                            if (batch.size() >= kRestoredBatchSeries)
                                                handOver();
                                            return !gate->cancelled;
                                        });
        }
        if (!batch.isEmpty())
            handOver();
        if (gate->cancelled)
            return;
        QMetaObject::invokeMethod(this, [this, error] {
            if (!error.isEmpty())
                report(error);
            Q_EMIT restoreFinished();
        });
    });
    m_flush->setInterval(kFlushIntervalMs);
    connect(m_flush, &QTimer::timeout, this, &SampleHistory::flush);
    m_flush->start();
}

SampleHistory::~SampleHistory()
{
    m_flush->stop();
    // A read still running hands nothing more over (this object is going) and stops waiting.
    m_gate->cancelled = true;
    m_gate->free.release(kBatchesOnTheirWay + 1);
    flush();
    // The last batch is written before the thread ends: quit() is queued behind it. The file (its
    // SQLite connection) is closed on the thread that opened it.
    QMetaObject::invokeMethod(m_worker, [thread = &m_thread, file = std::exchange(m_file, nullptr)]() mutable {
        file.reset();
        thread->quit();
    });
    m_thread.wait();
}

void SampleHistory::record(const QString &series, qint64 timeMs, double value)
{
    m_pending.append({series, timeMs, value});
}

void SampleHistory::flush()
{
    if (m_pending.isEmpty())
        return;
    QMetaObject::invokeMethod(m_worker, [this, file = m_file, batch = std::exchange(m_pending, {})] {
        if (!file->isOpen())
            return; // the open failed and said so
        QString error = file->append(batch);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (error.isEmpty() && now - file->lastCompactionMs() > kCompactEveryMs)
            error = file->compact(now);
        QMetaObject::invokeMethod(this, [this, error] {
            if (!error.isEmpty())
                report(error);
            Q_EMIT flushed();
        });
    });
}

void SampleHistory::report(const QString &error)
{
    qCWarning(lcStore) << "sample history:" << error;
    if (!std::exchange(m_failed, true))
        Q_EMIT failed(error);
}

} // namespace opsdeck
