#pragma once

// The per-user file that keeps metric samples across restarts of the window (an SQLite file in the
// user's data directory, never the team's shared store): response times and host metrics, so that a
// reopened window shows the last hours at once. Bounded by age and downsampled (HistoryTier): raw
// samples for the last hour, then per-minute and per-5-minute aggregates (low, high, count-weighted
// average) up to the last tier's age; compact() merges what aged out of a tier into the next one and deletes
// what is older than the last. Writes are batches, one transaction each. Not thread-safe: lives on
// and is used from one thread (SampleHistory's worker).

#include "StoredSample.h"

#include <QString>

#include <functional>

namespace opsdeck {

struct HistoryTier {
    qint64 resolutionMs; // 0: raw samples
    qint64 keptForMs;    // samples younger than this stay at this resolution
};

class SampleHistoryFile final
{
public:
    struct Pending {
        QString series;
        qint64 timeMs;
        double value;
    };

    // Raw for an hour, per-minute aggregates up to 6 hours, per-5-minute ones up to 24 hours (the
    // charts' longest range).
    static QList<HistoryTier> defaultTiers();

    explicit SampleHistoryFile(QList<HistoryTier> tiers = defaultTiers());
    ~SampleHistoryFile();
    SampleHistoryFile(const SampleHistoryFile &) = delete;
    SampleHistoryFile &operator=(const SampleHistoryFile &) = delete;

    // Creates the file (and its directory, private to the user) when missing. Empty: success;
    // otherwise what went wrong ("cannot open …", a file of a newer version …).
    QString open(const QString &path);
    bool isOpen() const { return !m_connection.isEmpty(); }
    const QList<HistoryTier> &tiers() const { return m_tiers; }

    QString append(const QList<Pending> &samples);
    // Downsamples and prunes as of nowMs. Empty: success.
    QString compact(qint64 nowMs);
    // Every series' samples at or after sinceMs, oldest first (aggregates before the raw samples
    // that follow them). *error is set when the read fails.
    StoredSeries load(qint64 sinceMs, QString *error = nullptr) const;
    // The same one series at a time: visit(name, samples) for each series with samples at or after
    // sinceMs, in the order of their names, until it returns false; only one series' samples are
    // held at a time. Empty: success; otherwise why the read failed (the series visited until then
    // were complete).
    QString forEachSeries(qint64 sinceMs, const std::function<bool(const QString &series, const QList<StoredSample> &samples)> &visit) const;
    qint64 lastCompactionMs() const { return m_lastCompactionMs; } // 0: not yet
    qint64 rowCount() const; // for tests and the bounds
    QString path() const { return m_path; }

private:
    QList<HistoryTier> m_tiers;
    QString m_connection;
    QString m_path;
    qint64 m_lastCompactionMs = 0;
};

} // namespace opsdeck
