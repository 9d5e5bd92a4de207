#include "BackupDrill.h"

#include "BackupLocationChoice.h"
#include "BackupScanner.h"
#include "BackupVerifyRun.h"
#include "DumpRestrictFilter.h"
#include "config/DrillTargetRule.h"
#include "config/Duration.h"
#include "ssh/RemoteCommand.h"
#include "ssh/RemoteFileName.h"
#include "ssh/SshEngine.h"
#include "store/EventStoreService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BackupDrill)
};

constexpr qint64 kChunk = 4 * 1024 * 1024;        // read from the host per command
constexpr qint64 kPsqlBacklog = 8 * 1024 * 1024;  // decompressed bytes waiting for psql before reading on
constexpr qint64 kErrorKept = 64 * 1024;          // of a process's standard error
constexpr Milliseconds kAdminTimeout{120'000};    // CREATE/DROP DATABASE, counting rows, reaching the target

// "2.3 s", "1 h 2 m 5 s": the restore's duration.
QString elapsedText(qint64 ms)
{
    if (ms < 60'000)
        return Text::tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return Text::tr("%1 m %2 s").arg(s / 60).arg(s % 60);
    return Text::tr("%1 h %2 m %3 s").arg(s / 3600).arg(s % 3600 / 60).arg(s % 60);
}

QString firstLines(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(u'\n', 0, 2).replace(u'\n', QStringLiteral("; ")).left(400);
}

// The rows of every table of the restored database: "schema.table<TAB>rows" per line.
const char kCountRows[] =
    "SELECT n.nspname || '.' || c.relname, "
    "(xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text "
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' "
    "ORDER BY 1";
} // namespace

struct BackupDrill::Restore {
    QString host;
    std::function<void(const GuardedHostResult &)> done;
    QProcess *gzip = nullptr;
    QProcess *psql = nullptr;
    QTimer *deadline = nullptr;
    DumpRestrictFilter filter;
    qint64 offset = 0;        // bytes of the dump read from the host
    bool fetching = false;
    bool allRead = false;
    int gzipExit = -2;        // -2 running, -1 did not run or was killed
    int psqlExit = -2;
    bool restoreOver = false;
    QByteArray gzipErr;
    QByteArray psqlErr;
    QElapsedTimer timer;
    qint64 restoreMs = -1;
    bool created = false;
    bool restored = false;    // gzip and psql both exited 0 with the whole dump read
    bool dropped = false;
    QString dropError;
    QString failure;          // the first thing that went wrong
    QJsonObject tables;       // schema.table -> rows
    qint64 rows = 0;
    bool finished = false;

    void fail(const QString &why)
    {
        if (failure.isEmpty())
            failure = why;
        allRead = true;
        if (gzip && gzip->state() != QProcess::NotRunning)
            gzip->kill();
        if (psql && psql->state() != QProcess::NotRunning)
            psql->kill();
    }
};

BackupDrill::BackupDrill(SshEngine *ssh, EventStoreService *store, const FleetConfig &config, BackupDrillRequest request, QObject *parent)
    : GuardedAction(parent), m_ssh(ssh), m_store(store), m_config(config), m_request(std::move(request))
{
    const BackupLocationChoice choice = BackupLocationChoice::choose(m_config, m_request.environment, m_request.host, m_request.location,
                                                                     [](const BackupConfig &b) { return b.drill.configured(); });
    m_host = choice.host;
    m_request.location = choice.locationName;
    m_location = choice.location;
    m_problem = choice.problemText(
        {Text::tr("no backup location of %1/%2 has a 'drill' target configured: OpsDeck does not know where to restore"),
         Text::tr("%1/%2 has several backup locations with a drill target (%3): name one"),
         Text::tr("the backup location %1/%2/%3 has no 'drill' target configured: OpsDeck does not know where to restore")});
    if (!m_problem.isEmpty())
        return;
    // The scratch database's name is ours alone: the prefix (checked when the file loaded), the
    // console's UTC time and 32 random bits. Never anything from the host.
    m_scratch = m_location.drill.databasePrefix + u'_' + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd_HHmmss")) + u'_'
                + QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0');
}

BackupDrill::~BackupDrill()
{
    if (m_running) {
        if (m_running->gzip)
            m_running->gzip->kill();
        if (m_running->psql)
            m_running->psql->kill();
    }
}

QString BackupDrill::actionName() const
{
    return Text::tr("restore drill");
}

QString BackupDrill::title() const
{
    return Text::tr("restore drill of %1/%2/%3").arg(m_request.environment, m_request.host, m_request.location);
}

QStringList BackupDrill::lockTargets() const
{
    return {m_request.environment + u'/' + m_request.host + QStringLiteral("/backup:") + m_request.location};
}

QStringList BackupDrill::hosts() const
{
    return m_problem.isEmpty() ? QStringList{m_request.host} : QStringList{};
}

QString BackupDrill::target() const
{
    const DrillTarget &d = m_location.drill;
    return Text::tr("%1:%2 as %3").arg(d.host).arg(d.port).arg(d.user);
}

QStringList BackupDrill::commands() const
{
    if (!m_problem.isEmpty())
        return {};
    // Until the preflight chose it, the default dump is FILE in the command.
    const QString file = !m_file.displayName.isEmpty() ? m_file.displayName : m_request.file;
    const QString path = m_location.path + u'/' + (file.isEmpty() ? QStringLiteral("FILE") : file);
    QStringList lines;
    if (file.isEmpty())
        lines << Text::tr("%1: FILE is the database dump of the newest complete set whose files all passed verification").arg(m_request.host);
    return lines + QStringList{m_request.host + QStringLiteral(": ")
                + RemoteCommand::build({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("tail -c +\"$2\" -- \"$1\" | head -c \"$3\""),
                                        QStringLiteral("sh"), path, QStringLiteral("OFFSET"), QStringLiteral("4194304")}),
            Text::tr("console: psql -d %1 -c 'CREATE DATABASE \"%2\"' on %3").arg(m_location.drill.database, m_scratch, target()),
            Text::tr("console: gzip -dc | psql -X -v ON_ERROR_STOP=1 -d %1 (backslash commands of the dump refused)").arg(m_scratch),
            Text::tr("console: count the rows of every table of %1").arg(m_scratch),
            Text::tr("console: psql -d %1 -c 'DROP DATABASE IF EXISTS \"%2\" WITH (FORCE)' (also after a failure)").arg(m_location.drill.database, m_scratch)};
}

QJsonObject BackupDrill::details() const
{
    const DrillTarget &d = m_location.drill;
    return QJsonObject{{QStringLiteral("location"), m_request.location},
                       {QStringLiteral("path"), m_location.path},
                       {QStringLiteral("file"), m_file.displayName.isEmpty() ? m_request.file : m_file.displayName},
                       {QStringLiteral("drill_host"), d.host},
                       {QStringLiteral("drill_port"), d.port},
                       {QStringLiteral("drill_user"), d.user},
                       {QStringLiteral("scratch_database"), m_scratch},
                       {QStringLiteral("rto_ms"), qint64(m_location.rto.count())}};
}

QProcessEnvironment BackupDrill::psqlEnvironment(const QString &database) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PGPASSWORD", "PGSERVICE", "PGSERVICEFILE", "PGOPTIONS", "PGHOSTADDR", "PGTARGETSESSIONATTRS", "PGDATABASE"})
        env.remove(QString::fromLatin1(name));
    const DrillTarget &d = m_location.drill;
    env.insert(QStringLiteral("PGHOST"), d.host);
    env.insert(QStringLiteral("PGPORT"), QString::number(d.port));
    env.insert(QStringLiteral("PGUSER"), d.user);
    env.insert(QStringLiteral("PGDATABASE"), database);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("opsdeck-drill"));
    if (m_hasPassword)
        env.insert(QStringLiteral("PGPASSWORD"), m_password);
    return env;
}

void BackupDrill::psql(const QString &database, const QStringList &arguments, Milliseconds timeout,
                       std::function<void(int exitCode, const QByteArray &out, const QString &error)> done)
{
    auto *p = new QProcess(this);
    auto once = std::make_shared<bool>(false);
    auto finish = [p, once, done](int code, const QString &error) {
        if (std::exchange(*once, true))
            return;
        const QByteArray out = p->readAllStandardOutput();
        p->deleteLater();
        done(code, out, error);
    };
    p->setProcessEnvironment(psqlEnvironment(database));
    p->setProgram(QStringLiteral("psql"));
    p->setArguments(QStringList{QStringLiteral("-X"), QStringLiteral("-w"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")} + arguments);
    auto *timer = new QTimer(p);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, p, [p, finish, timeout] {
        p->kill();
        finish(-1, Text::tr("psql did not finish within %1").arg(Duration::format(timeout)));
    });
    connect(p, &QProcess::errorOccurred, p, [p, finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(-1, Text::tr("psql could not be started: %1").arg(p->errorString()));
    });
    connect(p, &QProcess::finished, p, [p, finish](int code, QProcess::ExitStatus status) {
        const QString err = firstLines(p->readAllStandardError());
        if (status != QProcess::NormalExit)
            finish(-1, Text::tr("psql was killed"));
        else
            finish(code, code == 0 ? QString() : (err.isEmpty() ? Text::tr("psql exited with status %1").arg(code) : err));
    });
    timer->start(timeout);
    p->start();
}

void BackupDrill::preflight(std::function<void(const QString &why)> done)
{
    if (!m_problem.isEmpty()) {
        done(m_problem);
        return;
    }
    if (!m_ssh || !m_store) {
        done(Text::tr("OpsDeck is shutting down"));
        return;
    }
    const DrillTarget &d = m_location.drill;
    if (!d.passwordEnv.isEmpty()) {
        if (!qEnvironmentVariableIsSet(qPrintable(d.passwordEnv)) || qEnvironmentVariableIsEmpty(qPrintable(d.passwordEnv))) {
            done(Text::tr("the drill target's password_env %1 is not set in OpsDeck's environment").arg(d.passwordEnv));
            return;
        }
        m_password = qEnvironmentVariable(qPrintable(d.passwordEnv));
        m_hasPassword = true;
    } else if (!d.passwordFile.isEmpty()) {
        QFile f(d.passwordFile);
        if (!f.open(QIODevice::ReadOnly)) {
            done(Text::tr("the drill target's password_file %1 cannot be read: %2").arg(d.passwordFile, f.errorString()));
            return;
        }
        m_password = QString::fromUtf8(f.readLine(4096)).trimmed();
        m_hasPassword = true;
    }
    // The one rule, again at run time and with names resolved (DNS may have changed since the file was checked).
    QtConcurrent::run([config = m_config, drill = d] { return DrillTargetRule::liveConflict(config, drill, DrillTargetRule::resolvedAddresses); })
        .then(this, [this, done](const QString &conflict) {
            if (!conflict.isEmpty()) {
                done(Text::tr("refused: %1").arg(conflict));
                return;
            }
            reachTarget(done);
        });
}

void BackupDrill::reachTarget(std::function<void(const QString &why)> done)
{
    Q_EMIT progress(m_request.host, Text::tr("reaching the drill target %1").arg(target()));
    psql(m_location.drill.database, {QStringLiteral("-At"), QStringLiteral("-c"), QStringLiteral("SELECT current_setting('server_version_num')")},
         kAdminTimeout, [this, done](int code, const QByteArray &out, const QString &error) {
             if (code != 0) {
                 done(Text::tr("the drill target %1 cannot be reached: %2").arg(target(), error));
                 return;
             }
             Q_EMIT progress(m_request.host, Text::tr("drill target %1: PostgreSQL %2").arg(target(), QString::fromUtf8(out).trimmed()));
             if (!m_ssh) {
                 done(Text::tr("OpsDeck is shutting down"));
                 return;
             }
             BackupScanner::scan(*m_ssh, m_config, *m_host, false)
                 .then(this, [this, done](const QList<BackupLocationReport> &reports) {
                     for (const BackupLocationReport &r : reports) {
                         if (r.location.name != m_request.location)
                             continue;
                         if (!r.listed()) {
                             done(Text::tr("%1 cannot be listed: %2").arg(m_location.path, r.error));
                             return;
                         }
                         chooseFile(r, done);
                         return;
                     }
                     done(Text::tr("%1 cannot be listed: %2").arg(m_location.path, Text::tr("no listing")));
                 })
                 .onCanceled(this, [done] { done(Text::tr("the SSH session stopped before the location was listed")); });
         });
}

void BackupDrill::chooseFile(const BackupLocationReport &report, std::function<void(const QString &why)> done)
{
    auto accept = [this, done](const BackupFile &f) {
        if (f.type != RemoteFileEntry::Type::File) {
            done(Text::tr("%1 is not a regular file").arg(f.displayName));
            return;
        }
        if (!f.name.endsWith(".sql.gz")) {
            done(Text::tr("%1 is not a plain-format database dump (*.sql.gz)").arg(f.displayName));
            return;
        }
        if (!RemoteFileName::isPlainText(f.name)) {
            done(Text::tr("the name %1 holds control characters or is not valid UTF-8: it is never passed to a remote command").arg(f.displayName));
            return;
        }
        m_file = f;
        m_filePath = m_location.path + u'/' + QString::fromUtf8(f.name);
        Q_EMIT progress(m_request.host, Text::tr("dump %1 (%2 bytes)").arg(f.displayName).arg(f.size));
        done(QString());
    };
    if (!m_request.file.isEmpty()) {
        for (const BackupFile &f : report.files) {
            if (f.displayName == m_request.file || QString::fromUtf8(f.name) == m_request.file) {
                accept(f);
                return;
            }
        }
        done(Text::tr("%1 is not a listed backup file of %2").arg(m_request.file, report.target()));
        return;
    }
    // The newest complete set whose every file passed its newest verification.
    m_store->query(BackupVerifyRun::resultsFilter(m_request.environment, m_request.host))
        .then(this, [this, report, accept, done](const StoreResult<QList<Event>> &events) {
            if (!events) {
                done(Text::tr("the verification results cannot be read: %1").arg(events.error));
                return;
            }
            const auto latest = BackupVerifyRun::latestByFile(*events.value);
            for (qsizetype s = report.sets.size() - 1; s >= 0; --s) {
                const BackupSet &set = report.sets.at(s);
                if (!set.complete)
                    continue;
                bool verified = true;
                const BackupFile *database = nullptr;
                for (int i : set.files) {
                    const BackupFile &f = report.files.at(i);
                    const auto it = latest.constFind(BackupVerifyRun::resultKey(m_location.name, f.name));
                    if (it == latest.constEnd() || !it->ok)
                        verified = false;
                    if (f.part == QLatin1String("database"))
                        database = &f;
                }
                if (verified && database) {
                    accept(*database);
                    return;
                }
            }
            done(Text::tr("%1 has no complete set whose files all passed verification: verify one (opsdeck backup verify) or name the dump")
                     .arg(report.target()));
        });
}

void BackupDrill::runHost(const QString &host, std::function<void(const GuardedHostResult &)> done)
{
    auto r = std::make_shared<Restore>();
    r->host = host;
    r->done = std::move(done);
    if (!m_ssh || host != m_request.host || !m_problem.isEmpty() || m_file.name.isEmpty()) {
        GuardedHostResult result;
        result.host = host;
        result.outcome = ActionOutcome::Failed;
        result.detail = Text::tr("%1 is not part of this drill; nothing ran").arg(host);
        r->done(result);
        return;
    }
    m_running = r;
    Q_EMIT progress(host, Text::tr("creating the scratch database %1 on %2").arg(m_scratch, target()));
    psql(m_location.drill.database, {QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("CREATE DATABASE \"%1\"").arg(m_scratch)}, kAdminTimeout,
         [this, r](int code, const QByteArray &, const QString &error) {
             if (code != 0) {
                 r->fail(Text::tr("the scratch database %1 could not be created: %2").arg(m_scratch, error));
                 // Killed or timed out: it may exist all the same.
                 r->created = code == -1;
                 r->restoreOver = true;
                 dropScratch(r);
                 return;
             }
             r->created = true;
             startRestore(r);
         });
}

void BackupDrill::startRestore(const std::shared_ptr<Restore> &r)
{
    Q_EMIT progress(r->host, Text::tr("restoring %1 into %2").arg(m_file.displayName, m_scratch));
    r->timer.start();
    r->gzip = new QProcess(this);
    r->psql = new QProcess(this);
    r->psql->setProcessEnvironment(psqlEnvironment(m_scratch));
    r->psql->setProgram(QStringLiteral("psql"));
    r->psql->setArguments({QStringLiteral("-X"), QStringLiteral("-w"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                           QStringLiteral("-o"), QStringLiteral("/dev/null")});
    r->gzip->setProgram(QStringLiteral("gzip"));
    r->gzip->setArguments({QStringLiteral("-dc")});

    auto keepErr = [](QProcess *p, QByteArray &into) {
        into += p->readAllStandardError();
        if (into.size() > kErrorKept)
            into.truncate(kErrorKept);
    };
    connect(r->gzip, &QProcess::readyReadStandardOutput, this, [this, r] {
        const QByteArray out = r->filter.feed(r->gzip->readAllStandardOutput());
        if (r->psql->state() == QProcess::Running)
            r->psql->write(out);
        pump(r);
    });
    connect(r->gzip, &QProcess::readyReadStandardError, this, [r, keepErr] { keepErr(r->gzip, r->gzipErr); });
    connect(r->psql, &QProcess::readyReadStandardError, this, [r, keepErr] { keepErr(r->psql, r->psqlErr); });
    connect(r->gzip, &QProcess::bytesWritten, this, [this, r] { pump(r); });
    connect(r->psql, &QProcess::bytesWritten, this, [this, r] { pump(r); });
    connect(r->gzip, &QProcess::finished, this, [this, r](int code, QProcess::ExitStatus status) {
        const QByteArray out = r->filter.feed(r->gzip->readAllStandardOutput()) + r->filter.finish();
        r->gzipExit = status == QProcess::NormalExit ? code : -1;
        if (r->psql->state() == QProcess::Running) {
            r->psql->write(out);
            r->psql->closeWriteChannel();
        }
        restoreEnded(r);
    });
    connect(r->psql, &QProcess::finished, this, [this, r](int code, QProcess::ExitStatus status) {
        r->psqlExit = status == QProcess::NormalExit ? code : -1;
        r->allRead = true; // nothing more to read for it
        if (r->gzip->state() != QProcess::NotRunning)
            r->gzip->kill();
        restoreEnded(r);
    });
    for (QProcess *p : {r->gzip, r->psql}) {
        connect(p, &QProcess::errorOccurred, this, [this, r, p](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            r->fail(Text::tr("%1 could not be started: %2").arg(p->program(), p->errorString()));
            (p == r->gzip ? r->gzipExit : r->psqlExit) = -1;
            restoreEnded(r);
        });
    }
    // A restore that takes far longer than the RTO is stopped: the evidence is already clear.
    const Milliseconds limit = std::max(2 * m_location.rto, Milliseconds(10 * 60'000));
    r->deadline = new QTimer(this);
    r->deadline->setSingleShot(true);
    connect(r->deadline, &QTimer::timeout, this, [r, limit] {
        r->fail(Text::tr("the restore did not finish within %1 (twice the RTO, at least 10 m): stopped").arg(Duration::format(limit)));
    });
    r->deadline->start(limit);
    r->psql->start();
    r->gzip->start();
    fetchNext(r);
}

void BackupDrill::pump(const std::shared_ptr<Restore> &r)
{
    if (r->fetching || r->allRead || r->restoreOver || !r->gzip || !r->psql)
        return;
    if (r->gzip->bytesToWrite() > 0 || r->psql->bytesToWrite() > kPsqlBacklog)
        return; // bytesWritten calls again
    fetchNext(r);
}

void BackupDrill::fetchNext(const std::shared_ptr<Restore> &r)
{
    if (r->fetching || r->allRead || r->restoreOver)
        return;
    if (r->offset >= m_file.size) {
        r->allRead = true;
        r->gzip->closeWriteChannel();
        return;
    }
    if (!m_ssh) {
        r->fail(Text::tr("OpsDeck shut down during the drill"));
        return;
    }
    const qint64 length = std::min(kChunk, m_file.size - r->offset);
    r->fetching = true;
    const QString command = RemoteCommand::build({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("tail -c +\"$2\" -- \"$1\" | head -c \"$3\""),
                                                  QStringLiteral("sh"), m_filePath, QString::number(r->offset + 1), QString::number(length)});
    m_ssh->run(r->host, command, BackupVerifyRun::timeout(m_config.ssh.commandTimeout))
        .then(this, [this, r, length](const CommandResult &result) {
            r->fetching = false;
            if (r->restoreOver || r->allRead)
                return;
            if (!result.succeeded()) {
                r->fail(Text::tr("reading %1 from the host failed: %2")
                            .arg(m_file.displayName, result.status == CommandResult::Status::Completed ? firstLines(result.err) : result.error));
                return;
            }
            if (result.out.size() != length) {
                r->fail(Text::tr("%1 changed on the host during the drill: %2 bytes at offset %3, %4 expected (listed size %5)")
                            .arg(m_file.displayName)
                            .arg(result.out.size())
                            .arg(r->offset)
                            .arg(length)
                            .arg(m_file.size));
                return;
            }
            r->offset += length;
            if (r->gzip->state() == QProcess::Running)
                r->gzip->write(result.out);
            if (r->offset % (10 * kChunk) == 0)
                Q_EMIT progress(r->host, Text::tr("%1 of %2 bytes read").arg(r->offset).arg(m_file.size));
            pump(r);
        })
        .onCanceled(this, [r] {
            r->fetching = false;
            r->fail(Text::tr("the SSH session stopped while the dump was read"));
        });
}

void BackupDrill::restoreEnded(const std::shared_ptr<Restore> &r)
{
    if (r->restoreOver || r->gzipExit == -2 || r->psqlExit == -2)
        return;
    r->restoreOver = true;
    r->restoreMs = r->timer.elapsed();
    r->deadline->stop();
    if (r->failure.isEmpty()) {
        if (r->psqlExit != 0) {
            const QString err = firstLines(r->psqlErr);
            r->failure = Text::tr("psql stopped (ON_ERROR_STOP, exit status %1): %2").arg(r->psqlExit).arg(err.isEmpty() ? Text::tr("no message") : err);
        } else if (r->gzipExit != 0) {
            const QString err = firstLines(r->gzipErr);
            r->failure = Text::tr("gzip -dc failed (exit status %1): %2").arg(r->gzipExit).arg(err.isEmpty() ? Text::tr("no message") : err);
        } else if (r->offset < m_file.size) {
            r->failure = Text::tr("the restore ended after %1 of %2 bytes of the dump").arg(r->offset).arg(m_file.size);
        }
    }
    r->restored = r->failure.isEmpty();
    r->gzip->deleteLater();
    r->psql->deleteLater();
    r->deadline->deleteLater();
    if (r->failure.isEmpty())
        countRows(r);
    else
        dropScratch(r);
}

void BackupDrill::countRows(const std::shared_ptr<Restore> &r)
{
    psql(m_scratch, {QStringLiteral("-At"), QStringLiteral("-F"), QStringLiteral("\t"), QStringLiteral("-c"), QString::fromLatin1(kCountRows)}, kAdminTimeout,
         [this, r](int code, const QByteArray &out, const QString &error) {
             if (code != 0) {
                 r->failure = Text::tr("the rows of the restored tables could not be counted: %1").arg(error);
             } else {
                 for (const QByteArray &line : out.split('\n')) {
                     const QList<QByteArray> cols = line.split('\t');
                     if (cols.size() != 2)
                         continue;
                     const qint64 n = cols.at(1).toLongLong();
                     r->tables.insert(QString::fromUtf8(cols.at(0)), n);
                     r->rows += n;
                 }
                 if (r->tables.isEmpty())
                     r->failure = Text::tr("psql exited 0, but the restore created no tables");
                 else if (r->rows == 0)
                     r->failure = Text::tr("psql exited 0, but the %n restored table(s) have no rows", nullptr, int(r->tables.size()));
             }
             dropScratch(r);
         });
}

void BackupDrill::dropScratch(const std::shared_ptr<Restore> &r)
{
    auto finish = [this, r] {
        if (std::exchange(r->finished, true))
            return;
        m_running.reset();
        GuardedHostResult result;
        result.host = r->host;
        const bool withinRto = r->restoreMs >= 0 && r->restoreMs < m_location.rto.count();
        QJsonObject facts{{QStringLiteral("location"), m_location.name},
                          {QStringLiteral("file"), m_file.displayName},
                          {QStringLiteral("size"), m_file.size},
                          {QStringLiteral("stamp"), m_file.stamp},
                          {QStringLiteral("drill_target"), QStringLiteral("%1:%2").arg(m_location.drill.host).arg(m_location.drill.port)},
                          {QStringLiteral("drill_user"), m_location.drill.user},
                          {QStringLiteral("scratch_database"), m_scratch},
                          {QStringLiteral("duration_ms"), r->restoreMs},
                          {QStringLiteral("rto_ms"), qint64(m_location.rto.count())},
                          {QStringLiteral("within_rto"), withinRto},
                          {QStringLiteral("tables"), r->tables},
                          {QStringLiteral("rows"), r->rows},
                          {QStringLiteral("restore_succeeded"), r->restored},
                          {QStringLiteral("scratch_dropped"), r->dropped},
                          {QStringLiteral("dump_lines_left_out"), r->filter.droppedLines()}};
        result.facts = facts;
        const QString rto = withinRto ? Text::tr("within the RTO of %1").arg(Duration::format(m_location.rto))
                                      : Text::tr("PAST the RTO of %1").arg(Duration::format(m_location.rto));
        if (!r->failure.isEmpty()) {
            result.outcome = ActionOutcome::Failed;
            if (!r->created)
                result.detail = Text::tr("restore of %1 failed: %2").arg(m_file.displayName, r->failure);
            else if (r->dropped)
                result.detail = Text::tr("restore of %1 failed: %2; scratch database %3 dropped").arg(m_file.displayName, r->failure, m_scratch);
            else
                result.detail = Text::tr("restore of %1 failed: %2; the scratch database %3 could NOT be dropped: %4")
                                    .arg(m_file.displayName, r->failure, m_scratch, r->dropError);
        } else if (!r->dropped) {
            result.outcome = ActionOutcome::Failed;
            result.detail = Text::tr("%1 restored in %2 (%3), but the scratch database %4 could NOT be dropped: %5")
                                .arg(m_file.displayName, elapsedText(r->restoreMs), rto, m_scratch, r->dropError);
        } else {
            result.outcome = ActionOutcome::Succeeded;
            result.detail = Text::tr("%1 restored in %2 (%3): %n table(s), %4 rows; scratch database %5 dropped", nullptr, int(r->tables.size()))
                                .arg(m_file.displayName, elapsedText(r->restoreMs), rto)
                                .arg(r->rows)
                                .arg(m_scratch);
        }
        r->done(result);
    };
    if (!r->created) {
        finish();
        return;
    }
    Q_EMIT progress(r->host, Text::tr("dropping the scratch database %1").arg(m_scratch));
    psql(m_location.drill.database, {QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_scratch)},
         kAdminTimeout, [r, finish](int code, const QByteArray &, const QString &error) {
             r->dropped = code == 0;
             r->dropError = error;
             finish();
         });
}

} // namespace opsdeck
