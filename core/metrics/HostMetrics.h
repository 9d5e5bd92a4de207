#pragma once

// What one poll of a host reports: CPU (from /proc/stat deltas), load, memory (/proc/meminfo) and
// disk use per mount (df -P): the root file system whatever its type (an overlay root in a
// container included), then the other real file systems, at most kMaxDisks mounts (a host answering
// thousands is read no further, and says how many it left out). Parsing is tolerant: unknown or odd
// lines are skipped, missing parts stay unset, nothing throws. Pure values and functions; thread-safe.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace opsdeck {

struct CpuTimes {
    quint64 busy = 0;
    quint64 total = 0;
};

struct DiskUse {
    QString mount;
    QString filesystem;
    qint64 sizeKb = 0;
    qint64 usedKb = 0;
    qint64 availableKb = 0;
    double freePercent() const { return sizeKb > 0 ? 100.0 * double(availableKb) / double(sizeKb) : 100.0; }
};

struct HostMetrics {
    QDateTime at;
    std::optional<CpuTimes> cpuTimes;   // raw counters; cpuPercent needs two polls
    std::optional<double> cpuPercent;
    std::optional<double> load1;
    std::optional<double> memoryPercent; // (MemTotal - MemAvailable) / MemTotal
    qint64 memoryTotalKb = 0;
    QList<DiskUse> disks;   // distinct mounts, "/" first when the host has it; at most kMaxDisks
    int disksSkipped = 0;   // further df lines not read (over the cap)

    // The fullest mount's used share in percent (unset: no disks).
    std::optional<double> fullestDiskPercent() const;
};

namespace HostMetricsParser {
constexpr int kMaxDisks = 64;
// The one command a poll runs (sections separated by marker lines).
QString command();
// Parses its output; `previous` (the last poll's counters) gives cpuPercent.
HostMetrics parse(const QByteArray &output, const std::optional<CpuTimes> &previous);
} // namespace HostMetricsParser

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::HostMetrics)
