#include "BackupVerifySchedule.h"

#include "BackupMonitor.h"
#include "ssh/SshEngine.h"
#include "store/EventStoreService.h"

#include <QPointer>
#include <QPromise>

#include <algorithm>

namespace opsdeck {

BackupVerifySchedule::BackupVerifySchedule(BackupMonitor *monitor, SshEngine *ssh, EventStoreService *store, QObject *parent)
    : QObject(parent), m_monitor(monitor), m_ssh(ssh), m_store(store)
{
    qRegisterMetaType<opsdeck::BackupVerifyRun::Outcome>();
    connect(m_monitor, &BackupMonitor::listed, this, &BackupVerifySchedule::hostListed);
}

void BackupVerifySchedule::setConfig(const FleetConfig &config)
{
    m_config = config;
    ++m_generation;
    m_busy.clear();
}

QList<int> BackupVerifySchedule::due(const BackupLocationReport &report, const QHash<QByteArray, BackupVerifyRun::LastResult> &results,
                                     const QDateTime &now)
{
    QList<QPair<qint64, int>> byAge; // (time of the newest result, 0 when none; file)
    const QDateTime cutoff = now.addMSecs(-report.location.verifyEvery.count());
    for (int i = 0; i < report.files.size(); ++i) {
        const BackupFile &f = report.files.at(i);
        if (f.type != RemoteFileEntry::Type::File)
            continue;
        const auto it = results.constFind(BackupVerifyRun::resultKey(report.location.name, f.name));
        if (it == results.constEnd())
            byAge.append({0, i});
        else if (it->at < cutoff)
            byAge.append({it->at.toSecsSinceEpoch(), i});
    }
    std::stable_sort(byAge.begin(), byAge.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<int> files;
    for (const auto &entry : std::as_const(byAge))
        files << entry.second;
    return files;
}

BackupCoverage BackupVerifySchedule::coverage(const BackupLocationReport &report, const QHash<QByteArray, BackupVerifyRun::LastResult> &results,
                                              const QDateTime &now)
{
    BackupCoverage c;
    const QDateTime cutoff = now.addMSecs(-report.location.verifyEvery.count());
    for (const BackupFile &f : report.files) {
        if (f.type != RemoteFileEntry::Type::File)
            continue;
        ++c.total;
        const auto it = results.constFind(BackupVerifyRun::resultKey(report.location.name, f.name));
        if (it != results.constEnd() && it->ok && it->at >= cutoff)
            ++c.covered;
    }
    return c;
}

void BackupVerifySchedule::hostListed(const QString &host)
{
    if (m_busy.contains(host))
        return;
    QList<BackupLocationReport> scheduled;
    for (const BackupLocationReport &r : m_monitor->reports(host)) {
        if (r.listed() && r.location.verifyEvery.count() > 0)
            scheduled << r;
    }
    if (scheduled.isEmpty())
        return;
    m_busy.insert(host);
    const quint64 generation = m_generation;
    const QString environment = scheduled.constFirst().environment;
    m_store->query(BackupVerifyRun::resultsFilter(environment, host))
        .then(this, [this, host, scheduled, generation](const StoreResult<QList<Event>> &events) {
            if (generation != m_generation)
                return;
            if (!events) { // tried again at the next listing
                m_busy.remove(host);
                Q_EMIT passFinished(host);
                return;
            }
            const auto results = BackupVerifyRun::latestByFile(*events.value);
            QList<QPair<BackupLocationReport, int>> queue;
            for (const BackupLocationReport &r : scheduled) {
                for (int i : due(r, results, QDateTime::currentDateTimeUtc()))
                    queue.append({r, i});
            }
            verifyNext(host, queue.mid(0, kPerPass), generation);
        });
}

void BackupVerifySchedule::verifyNext(const QString &host, QList<QPair<BackupLocationReport, int>> queue, quint64 generation)
{
    if (generation != m_generation)
        return;
    if (queue.isEmpty()) {
        m_busy.remove(host);
        Q_EMIT passFinished(host);
        return;
    }
    const auto [report, file] = queue.takeFirst();
    // The schedule's work is the console's own sweep: through the engine's bulk limit.
    m_ssh->bulk<BackupVerifyRun::Outcome>([self = QPointer<BackupVerifySchedule>(this), timeout = m_config.ssh.commandTimeout,
                                           location = report, index = file] {
             if (!self) { // gone while it waited for its turn
                 QPromise<BackupVerifyRun::Outcome> none;
                 none.start();
                 none.future().cancel();
                 none.finish();
                 return none.future();
             }
             return BackupVerifyRun::verify(*self->m_ssh, *self->m_store, timeout, location, location.files.at(index), self);
         })
        .then(this, [this, host, queue, generation](const BackupVerifyRun::Outcome &outcome) {
            if (generation != m_generation)
                return;
            Q_EMIT verified(host, outcome);
            verifyNext(host, queue, generation);
        })
        .onCanceled(this, [this, host, generation] {
            if (generation != m_generation)
                return;
            m_busy.remove(host); // the session stopped: the rest waits for the next listing
            Q_EMIT passFinished(host);
        });
}

} // namespace opsdeck
