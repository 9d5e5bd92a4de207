#include "BackupMonitor.h"

#include "BackupScanner.h"
#include "ssh/SshEngine.h"

#include <QTimer>

namespace opsdeck {

BackupMonitor::BackupMonitor(SshEngine *engine, QObject *parent) : QObject(parent), m_engine(engine), m_timer(new QTimer(this))
{
    qRegisterMetaType<opsdeck::BackupLocationReport>();
    m_timer->setInterval(15 * 60'000);
    connect(m_timer, &QTimer::timeout, this, &BackupMonitor::refresh);
}

void BackupMonitor::setConfig(const FleetConfig &config)
{
    m_config = config;
    ++m_generation;
    m_reports.clear();
    m_scanning.clear();
    refresh();
    m_timer->start();
}

void BackupMonitor::setInterval(Milliseconds interval)
{
    m_timer->setInterval(int(interval.count()));
}

void BackupMonitor::refresh()
{
    for (const EnvironmentConfig &env : std::as_const(m_config.environments)) {
        for (const HostConfig &host : env.hosts) {
            if (host.backups.isEmpty() || m_scanning.value(host.name))
                continue;
            m_scanning.insert(host.name, true);
            const QString name = host.name;
            const quint64 generation = m_generation;
            // A sweep of the whole fleet: each host's scan takes one place in the engine's bulk limit.
            m_engine->bulk<QList<BackupLocationReport>>([engine = m_engine, config = m_config, host] {
                        return BackupScanner::scan(*engine, config, host, true);
                    })
                .then(this, [this, name, generation](const QList<BackupLocationReport> &reports) {
                if (generation != m_generation)
                    return;
                m_scanning.remove(name);
                QList<BackupLocationReport> stamped = reports;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                for (BackupLocationReport &r : stamped)
                    r.listedAt = now;
                m_reports.insert(name, stamped);
                Q_EMIT updated(name);
            })
                .onCanceled(this, [this, name, generation] {
                    if (generation == m_generation)
                        m_scanning.remove(name); // the session stopped: the next refresh scans it again
                });
        }
    }
}

QList<BackupLocationReport> BackupMonitor::reports() const
{
    QList<BackupLocationReport> list;
    for (const EnvironmentConfig &env : m_config.environments) {
        for (const HostConfig &host : env.hosts)
            list += m_reports.value(host.name);
    }
    return list;
}

bool BackupMonitor::staleAt(const BackupLocationReport &report, const QDateTime &now, qint64 *ageSecs)
{
    if (report.newestComplete < 0 || report.newestCompleteAgeSecs < 0 || !report.listedAt.isValid()) {
        if (ageSecs)
            *ageSecs = -1;
        return report.stale;
    }
    const qint64 age = report.newestCompleteAgeSecs + std::max<qint64>(0, report.listedAt.secsTo(now));
    if (ageSecs)
        *ageSecs = age;
    return age >= report.location.rpo.count() / 1000;
}

} // namespace opsdeck
