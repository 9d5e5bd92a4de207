#include "SampleHistory.h"

#include "support/LogCategories.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTimer>

namespace opsdeck {

namespace {
constexpr qint64 kCompactEveryMs = 10 * 60'000;
} // namespace

QString SampleHistory::defaultPath()
{
    if (const QString path = qEnvironmentVariable("OPSDECK_HISTORY"); !path.isEmpty())
        return path;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

SampleHistory::SampleHistory(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_worker(new QObject), m_file(std::make_shared<SampleHistoryFile>()), m_flush(new QTimer(this))
{
    qRegisterMetaType<StoredSeries>();
    m_thread.setObjectName(QStringLiteral("opsdeck-history"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    // Opened, compacted and read back on the worker: a day of 2,000 series is a few seconds' read.
    QMetaObject::invokeMethod(m_worker, [this, file = m_file, path] {
        QString error = file->open(path);
        if (error.isEmpty())
            error = file->compact(QDateTime::currentMSecsSinceEpoch());
        StoredSeries series;
        if (error.isEmpty())
            series = file->load(QDateTime::currentMSecsSinceEpoch() - kRestoredMs, &error);
        QMetaObject::invokeMethod(this, [this, error, series] {
            if (!error.isEmpty())
                report(error);
            Q_EMIT restored(series);
        });
    });
    m_flush->setInterval(kFlushIntervalMs);
    connect(m_flush, &QTimer::timeout, this, &SampleHistory::flush);
    m_flush->start();
}

SampleHistory::~SampleHistory()
{
    m_flush->stop();
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
