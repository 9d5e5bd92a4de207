#include "HostMetrics.h"

#include <algorithm>

namespace opsdeck::HostMetricsParser {

QString command()
{
    // Fixed text, no configuration value in it; LC_ALL=C keeps df's output in one format. The root
    // file system is asked for by name, so an overlay root (containers) is read though overlays are
    // not; the rest stops after the cap (the parser caps again whatever a host sends).
    return QStringLiteral("echo '#stat'; head -n 1 /proc/stat; echo '#meminfo'; cat /proc/meminfo; "
                          "echo '#loadavg'; cat /proc/loadavg; echo '#df'; LC_ALL=C df -P -k / 2>/dev/null; "
                          "LC_ALL=C df -P -k -x tmpfs -x devtmpfs -x squashfs -x overlay 2>/dev/null | head -n %1; true")
        .arg(kMaxDisks + 2);
}

HostMetrics parse(const QByteArray &output, const std::optional<CpuTimes> &previous)
{
    HostMetrics m;
    m.at = QDateTime::currentDateTimeUtc();
    QByteArray section;
    qint64 memTotal = -1;
    qint64 memAvailable = -1;
    for (const QByteArray &rawLine : output.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith('#')) {
            section = line.mid(1);
            continue;
        }
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.simplified().split(' ');
        if (section == "stat" && f.size() >= 5 && f.at(0) == "cpu") {
            // user nice system idle iowait irq softirq steal …; idle and iowait are not busy.
            CpuTimes t;
            bool ok = true;
            for (qsizetype i = 1; i < f.size() && i <= 8 && ok; ++i) {
                const quint64 v = f.at(i).toULongLong(&ok);
                t.total += v;
                if (i != 4 && i != 5)
                    t.busy += v;
            }
            if (ok && t.total > 0)
                m.cpuTimes = t;
        } else if (section == "meminfo" && f.size() >= 2) {
            if (f.at(0) == "MemTotal:")
                memTotal = f.at(1).toLongLong();
            else if (f.at(0) == "MemAvailable:")
                memAvailable = f.at(1).toLongLong();
        } else if (section == "loadavg" && !f.isEmpty()) {
            bool ok = false;
            const double load = f.at(0).toDouble(&ok);
            if (ok)
                m.load1 = load;
        } else if (section == "df" && f.size() >= 6 && f.at(0) != "Filesystem") {
            DiskUse d;
            bool a = false, b = false, c = false;
            d.filesystem = QString::fromUtf8(f.at(0));
            d.sizeKb = f.at(1).toLongLong(&a);
            d.usedKb = f.at(2).toLongLong(&b);
            d.availableKb = f.at(3).toLongLong(&c);
            // The mount point is the rest (it may contain spaces).
            d.mount = QString::fromUtf8(f.mid(5).join(' '));
            if (!a || !b || !c || d.sizeKb <= 0 || !d.mount.startsWith(u'/'))
                continue;
            if (std::any_of(m.disks.cbegin(), m.disks.cend(), [&](const DiskUse &seen) { return seen.mount == d.mount; }))
                continue; // "/" asked for by name, then listed again
            if (m.disks.size() >= kMaxDisks)
                ++m.disksSkipped;
            else
                m.disks.append(d);
        }
    }
    if (memTotal > 0 && memAvailable >= 0 && memAvailable <= memTotal) {
        m.memoryTotalKb = memTotal;
        m.memoryPercent = 100.0 * double(memTotal - memAvailable) / double(memTotal);
    }
    if (m.cpuTimes && previous && m.cpuTimes->total > previous->total && m.cpuTimes->busy >= previous->busy) {
        m.cpuPercent = 100.0 * double(m.cpuTimes->busy - previous->busy) / double(m.cpuTimes->total - previous->total);
    }
    return m;
}

} // namespace opsdeck::HostMetricsParser

namespace opsdeck {

std::optional<double> HostMetrics::fullestDiskPercent() const
{
    std::optional<double> fullest;
    for (const DiskUse &d : disks)
        fullest = std::max(fullest.value_or(0.0), 100.0 - d.freePercent());
    return fullest;
}

} // namespace opsdeck
