#pragma once

// Keeps the window's metric samples across restarts: the health service and the host metrics poller
// record() every sample here; they are written to the per-user SampleHistoryFile in batches (every
// few seconds, one transaction) by a worker thread, which also compacts the file (downsampling and
// pruning, every ten minutes). Once opened it reads back the last 24 hours, so that a reopened window
// shows the last hours at once: series by series, converted on the worker into the compact form the
// window keeps (MetricPoint, 16 bytes a value) and handed over in batches (restored(), then
// restoreFinished()); at most two batches are on their way at a time, so a day of a thousand hosts is
// never held twice. A history that cannot be opened or written says so
// once (failed()) and the window carries on without it. Lives on the UI thread; the file lives on
// its worker thread. The destructor writes what is pending, then stops the thread.

#include "SampleHistoryFile.h"

#include <QObject>
#include <QThread>

#include <memory>

class QTimer;

namespace opsdeck {

class SampleHistory final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kRestoredMs = 24LL * 3600 * 1000; // what restored() reads back
    static constexpr int kFlushIntervalMs = 5000;
    static constexpr int kRestoredBatchSeries = 200;

    // $OPSDECK_HISTORY, or when that is unset history.sqlite in the user's data directory.
    static QString defaultPath();

    explicit SampleHistory(const QString &path, QObject *parent = nullptr);
    ~SampleHistory() override;

    // Series names: "latency:" + endpoint id, "cpu:" / "memory:" / "disk:" + host.
    void record(const QString &series, qint64 timeMs, double value);
    // Hands what is pending to the worker now (otherwise every kFlushIntervalMs).
    void flush();
    QString path() const { return m_path; }

Q_SIGNALS:
    // A batch of the series read back (each series whole, in one batch); then restoreFinished()
    // once, also when nothing was read or the read failed.
    void restored(const opsdeck::RestoredBatch &batch);
    void restoreFinished();
    void failed(const QString &error);
    void flushed(); // a batch is on disk (for tests)

private:
    void report(const QString &error);

    QString m_path;
    QThread m_thread;
    QObject *m_worker;                      // context of the file's work; lives on m_thread
    std::shared_ptr<SampleHistoryFile> m_file; // used on m_thread only
    QTimer *m_flush;
    struct RestoreGate;                    // the batches on their way (shared with the worker)
    std::shared_ptr<RestoreGate> m_gate;
    QList<SampleHistoryFile::Pending> m_pending;
    bool m_failed = false; // failed() was said; later errors are logged
};

} // namespace opsdeck
