#pragma once

// A restore drill as a guarded action: a database dump of a backup location restored into a fresh
// scratch database of the location's drill target (`drill:`), timed as RTO evidence. Preflight,
// under the lock ENV/HOST/backup:LOCATION: the drill target is checked against every configured live
// database with names resolved (DrillTargetRule; refused when it is one), its password read (from the
// environment variable or the file; never stored), the target reached, the location listed and the
// dump chosen (the named file, else the database file of the newest complete set whose every file
// passed its newest verification). The host's part: the dump is read over SSH in bounded chunks (the
// path only as a quoted "$1"), decompressed by the console's gzip, guarded by DumpRestrictFilter and
// fed to `psql -X -v ON_ERROR_STOP=1` connected to PREFIX_STAMP_RANDOM, which this drill created;
// then the rows of every table are counted and the scratch database is dropped, also when anything
// failed. Succeeded only when gzip and psql both exited 0, the tables have rows and the scratch
// database is gone. The facts (file, duration against the RTO, rows per table, scratch database,
// target without password) go into backup.drill.finished. Lives on the runner's thread.

#include "BackupReport.h"
#include "config/FleetConfig.h"
#include "ops/GuardedAction.h"
#include "store/EventKind.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QProcessEnvironment>

#include <memory>

namespace opsdeck {

class EventStoreService;
class SshEngine;

struct BackupDrillRequest {
    QString environment;
    QString host;
    QString file;     // display or UTF-8 name of a database_….sql.gz; empty: the newest verified complete set's
    QString location; // empty: the host's only location with a drill target
};

class BackupDrill final : public GuardedAction
{
    Q_OBJECT
public:
    BackupDrill(SshEngine *ssh, EventStoreService *store, const FleetConfig &config, BackupDrillRequest request, QObject *parent = nullptr);
    ~BackupDrill() override;

    // Why the request cannot run at all (no such host or location, no drill target); empty when it can.
    QString problem() const { return m_problem; }
    const BackupConfig &location() const { return m_location; }
    // The generated name of the scratch database (never from the host).
    QString scratchDatabase() const { return m_scratch; }
    // The chosen dump, once the preflight chose it.
    QString file() const { return m_file.displayName; }

    QString environment() const override { return m_request.environment; }
    EventKind startedEventKind() const override { return EventKind::BackupDrillStarted; }
    EventKind finishedEventKind() const override { return EventKind::BackupDrillFinished; }
    QString actionName() const override;
    QString title() const override;
    QStringList lockTargets() const override;
    QStringList hosts() const override;
    int batchSize() const override { return 1; }
    QStringList commands() const override;
    QJsonObject details() const override;
    void preflight(std::function<void(const QString &why)> done) override;
    void runHost(const QString &host, std::function<void(const GuardedHostResult &)> done) override;

private:
    struct Restore;
    void chooseFile(const BackupLocationReport &report, std::function<void(const QString &why)> done);
    void reachTarget(std::function<void(const QString &why)> done);
    // psql with the target's connection in its environment; `done` gets the exit code (-1: did not
    // run or was killed) and the outputs (bounded).
    void psql(const QString &database, const QStringList &arguments, Milliseconds timeout,
              std::function<void(int exitCode, const QByteArray &out, const QString &error)> done);
    void startRestore(const std::shared_ptr<Restore> &r);
    void fetchNext(const std::shared_ptr<Restore> &r);
    void pump(const std::shared_ptr<Restore> &r);
    void restoreEnded(const std::shared_ptr<Restore> &r);
    void countRows(const std::shared_ptr<Restore> &r);
    void dropScratch(const std::shared_ptr<Restore> &r);
    QProcessEnvironment psqlEnvironment(const QString &database) const;
    QString target() const; // host:port (user user) — never the password

    QPointer<SshEngine> m_ssh;
    QPointer<EventStoreService> m_store;
    FleetConfig m_config;
    BackupDrillRequest m_request;
    const HostConfig *m_host = nullptr;
    BackupConfig m_location;
    QString m_problem;
    QString m_scratch;
    QString m_password;   // read in preflight, only ever in psql's environment
    bool m_hasPassword = false;
    BackupFile m_file;    // the dump
    QString m_filePath;   // the location's path / name (UTF-8, checked plain)
    std::shared_ptr<Restore> m_running;
};

} // namespace opsdeck
