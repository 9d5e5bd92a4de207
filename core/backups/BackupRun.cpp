#include "BackupRun.h"

#include "BackupCatalog.h"
#include "BackupLocationChoice.h"
#include "BackupScanner.h"
#include "BackupVerifyRun.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshEngine.h"
#include "store/EventStoreService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BackupRun)
};

QString firstLines(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(u'\n', 0, 2).replace(u'\n', QStringLiteral("; ")).left(300);
}
} // namespace

struct BackupRun::HostRun {
    QString host;
    std::function<void(const GuardedHostResult &)> done;
    QString stamp;          // the new set
    QJsonArray verified;    // files that passed
    bool finished = false;

    void finish(ActionOutcome outcome, const QString &detail, bool complete = false)
    {
        if (std::exchange(finished, true))
            return;
        GuardedHostResult r;
        r.host = host;
        r.outcome = outcome;
        r.detail = detail;
        r.facts = QJsonObject{{QStringLiteral("set"), stamp}, {QStringLiteral("complete"), complete}, {QStringLiteral("verified_files"), verified}};
        done(r);
    }
};

BackupRun::BackupRun(SshEngine *ssh, EventStoreService *store, const FleetConfig &config, BackupRunRequest request, QObject *parent)
    : GuardedAction(parent), m_ssh(ssh), m_store(store), m_config(config), m_request(std::move(request))
{
    const BackupLocationChoice choice = BackupLocationChoice::choose(m_config, m_request.environment, m_request.host, m_request.location,
                                                                     [](const BackupConfig &b) { return !b.command.isEmpty(); });
    m_host = choice.host;
    m_request.location = choice.locationName;
    m_location = choice.location;
    m_problem = choice.problemText(
        {Text::tr("no backup location of %1/%2 has a 'command' configured: OpsDeck does not know how to run its backup"),
         Text::tr("%1/%2 has several backup locations with a command (%3): name one"),
         Text::tr("the backup location %1/%2/%3 has no 'command' configured: OpsDeck does not know how to run its backup")});
}

QString BackupRun::title() const
{
    return Text::tr("backup run of %1/%2/%3").arg(m_request.environment, m_request.host, m_request.location);
}

QStringList BackupRun::lockTargets() const
{
    return {m_request.environment + u'/' + m_request.host + QStringLiteral("/backup:") + m_request.location};
}

QStringList BackupRun::hosts() const
{
    return m_problem.isEmpty() ? QStringList{m_request.host} : QStringList{};
}

QStringList BackupRun::commands() const
{
    if (!m_problem.isEmpty())
        return {};
    return {m_request.host + QStringLiteral(": ") + RemoteCommand::build(m_location.command),
            Text::tr("%1: then list %2 over SFTP and verify every file of the new set").arg(m_request.host, m_location.path)};
}

QJsonObject BackupRun::details() const
{
    return QJsonObject{{QStringLiteral("location"), m_request.location},
                       {QStringLiteral("path"), m_location.path},
                       {QStringLiteral("command"), QJsonArray::fromStringList(m_location.command)},
                       {QStringLiteral("timeout_seconds"), qint64(m_location.commandTimeout.count() / 1000)}};
}

const BackupLocationReport *BackupRun::find(const QList<BackupLocationReport> &reports, const QString &location)
{
    for (const BackupLocationReport &r : reports) {
        if (r.location.name == location)
            return &r;
    }
    return nullptr;
}

void BackupRun::preflight(std::function<void(const QString &why)> done)
{
    if (!m_problem.isEmpty()) {
        done(m_problem);
        return;
    }
    if (!m_ssh || !m_store) {
        done(Text::tr("OpsDeck is shutting down"));
        return;
    }
    // What is there before the run, read under the lock.
    BackupScanner::scan(*m_ssh, m_config, *m_host, false)
        .then(this, [this, done](const QList<BackupLocationReport> &reports) {
            const BackupLocationReport *r = find(reports, m_request.location);
            if (!r || !r->listed()) {
                done(Text::tr("%1 cannot be listed before the run: %2").arg(m_location.path, r ? r->error : Text::tr("no listing")));
                return;
            }
            if (r->hostNow == 0) {
                done(Text::tr("the host's clock cannot be read: %1").arg(r->hostClockError));
                return;
            }
            m_setsBefore.clear();
            for (const BackupSet &s : r->sets)
                m_setsBefore.insert(s.stamp);
            Q_EMIT progress(m_request.host, Text::tr("%n set(s) before the run; %1", nullptr, int(r->sets.size())).arg(r->freshness));
            done(QString());
        })
        .onCanceled(this, [done] { done(Text::tr("the SSH session stopped before the location was listed")); });
}

void BackupRun::runHost(const QString &host, std::function<void(const GuardedHostResult &)> done)
{
    auto run = std::make_shared<HostRun>();
    run->host = host;
    run->done = std::move(done);
    if (!m_ssh || host != m_request.host || !m_problem.isEmpty()) {
        run->finish(ActionOutcome::Failed, Text::tr("%1 is not part of this backup run; nothing ran").arg(host));
        return;
    }
    Q_EMIT progress(host, Text::tr("running %1").arg(m_location.command.join(u' ')));
    m_ssh->run(host, RemoteCommand::build(m_location.command), m_location.commandTimeout)
        .then(this, [this, run](const CommandResult &result) {
            if (result.outcomeUnknown()) {
                run->finish(ActionOutcome::Unknown,
                            Text::tr("%1: the backup script may still be running on the host; list the backups before running it again").arg(result.error));
                return;
            }
            if (result.status != CommandResult::Status::Completed) {
                run->finish(ActionOutcome::Failed, Text::tr("%1; the backup script did not run").arg(result.error));
                return;
            }
            if (result.exitCode != 0) {
                const QString err = firstLines(result.err);
                run->finish(ActionOutcome::Failed, Text::tr("the backup script exited with status %1: %2")
                                                       .arg(result.exitCode)
                                                       .arg(err.isEmpty() ? Text::tr("no message") : err));
                return;
            }
            Q_EMIT progress(run->host, Text::tr("the script exited 0; listing %1").arg(m_location.path));
            listAfter(run);
        })
        .onCanceled(this, [run] { run->finish(ActionOutcome::Unknown, Text::tr("the SSH session stopped while the backup script ran")); });
}

void BackupRun::listAfter(const std::shared_ptr<HostRun> &run)
{
    BackupScanner::scan(*m_ssh, m_config, *m_host, false)
        .then(this, [this, run](const QList<BackupLocationReport> &reports) {
            const BackupLocationReport *r = find(reports, m_request.location);
            if (!r || !r->listed()) {
                run->finish(ActionOutcome::Unknown, Text::tr("the script exited 0, but %1 cannot be listed now: %2")
                                                        .arg(m_location.path, r ? r->error : Text::tr("no listing")));
                return;
            }
            int newest = -1;
            for (int i = 0; i < r->sets.size(); ++i) {
                if (!m_setsBefore.contains(r->sets.at(i).stamp))
                    newest = i; // sets are oldest first: the last new one is the newest
            }
            if (newest < 0) {
                run->finish(ActionOutcome::Failed, Text::tr("the backup script exited 0, but no new set appeared in %1").arg(m_location.path));
                return;
            }
            const BackupSet &set = r->sets.at(newest);
            run->stamp = set.stamp;
            if (!set.complete) {
                run->finish(ActionOutcome::Failed, Text::tr("the backup script exited 0, but the new set %1 is incomplete: no %2")
                                                       .arg(set.stamp, set.missing.join(QStringLiteral(", "))));
                return;
            }
            Q_EMIT progress(run->host, Text::tr("new set %1 complete; verifying its %n file(s)", nullptr, int(set.files.size())).arg(set.stamp));
            verifyNext(run, *r, newest, 0);
        })
        .onCanceled(this, [run] { run->finish(ActionOutcome::Unknown, Text::tr("the SSH session stopped while listing after the run")); });
}

void BackupRun::verifyNext(const std::shared_ptr<HostRun> &run, const BackupLocationReport &report, int setIndex, int file)
{
    const BackupSet &set = report.sets.at(setIndex);
    if (file >= set.files.size()) {
        run->finish(ActionOutcome::Succeeded,
                    Text::tr("new complete set %1, %n file(s) verified on the host", nullptr, int(set.files.size())).arg(set.stamp), true);
        return;
    }
    if (!m_store || !m_ssh) {
        run->finish(ActionOutcome::Unknown, Text::tr("OpsDeck shut down before the new set %1 was verified").arg(set.stamp), true);
        return;
    }
    const BackupFile &f = report.files.at(set.files.at(file));
    BackupVerifyRun::verify(*m_ssh, *m_store, m_config.ssh.commandTimeout, report, f, this)
        .then(this, [this, run, report, setIndex, file](const BackupVerifyRun::Outcome &outcome) {
            const BackupVerification &v = outcome.verification;
            if (!v.ok) {
                run->finish(ActionOutcome::Failed, Text::tr("the new set %1 is complete, but %2 failed verification: %3")
                                                       .arg(report.sets.at(setIndex).stamp, v.file, v.detail), true);
                return;
            }
            run->verified.append(v.file);
            Q_EMIT progress(run->host, Text::tr("%1: %2").arg(v.file, v.detail));
            verifyNext(run, report, setIndex, file + 1);
        })
        .onCanceled(this, [run] { run->finish(ActionOutcome::Unknown, Text::tr("the SSH session stopped while verifying the new set"), true); });
}

} // namespace opsdeck
