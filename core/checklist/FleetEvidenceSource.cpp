#include "FleetEvidenceSource.h"

#include "config/Duration.h"
#include "health/HealthProbe.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshEngine.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>

#include <algorithm>
#include <functional>
#include <memory>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FleetEvidenceSource)
};

struct Check {
    QString target;
    bool passed = false;
    QString detail;
};

// Collects the checks of one request and settles the promise when the last one is in.
struct Gathering {
    QPromise<Evidence> promise;
    QList<Check> checks;
    int pending = 0;
    QString what;

    void finish()
    {
        Evidence evidence;
        evidence.checkedAt = QDateTime::currentDateTimeUtc();
        // In target order, not in the order the answers came.
        std::sort(checks.begin(), checks.end(), [](const Check &a, const Check &b) { return a.target < b.target; });
        int passed = 0;
        for (const Check &c : std::as_const(checks)) {
            evidence.checks.append(QJsonObject{{QStringLiteral("target"), c.target},
                                               {QStringLiteral("passed"), c.passed},
                                               {QStringLiteral("detail"), c.detail}});
            passed += c.passed ? 1 : 0;
        }
        evidence.passed = !checks.isEmpty() && passed == checks.size();
        if (checks.isEmpty()) {
            evidence.summary = Text::tr("%1: nothing to check on the run's hosts").arg(what);
        } else if (evidence.passed) {
            evidence.summary = Text::tr("%1: %2 of %2 passed").arg(what, QString::number(checks.size()));
        } else {
            QStringList failing;
            for (const Check &c : std::as_const(checks)) {
                if (!c.passed)
                    failing << c.target + QStringLiteral(" (") + c.detail + u')';
            }
            evidence.summary = Text::tr("%1: %2 of %3 failed: %4")
                                   .arg(what, QString::number(failing.size()), QString::number(checks.size()), failing.join(QStringLiteral("; ")));
        }
        promise.addResult(evidence);
        promise.finish();
    }
    void settled()
    {
        if (--pending == 0)
            finish();
    }
};

// The host reads its clock (whole seconds) just before find looks at the files: a backup written in
// between may be dated up to this much after that reading without anything being wrong.
constexpr Milliseconds kClockSlack{2'000};

// A file name as shown: control characters (a newline, an escape sequence) become '?'.
QString printable(QString name)
{
    for (QChar &c : name) {
        if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    return name;
}

QString commandProblem(const CommandResult &result)
{
    if (result.status != CommandResult::Status::Completed)
        return result.error.isEmpty() ? commandStatusName(result.status) : result.error;
    const QString err = QString::fromUtf8(result.err).trimmed().section(u'\n', 0, 0);
    return err.isEmpty() ? Text::tr("exit status %1").arg(result.exitCode)
                         : Text::tr("exit status %1: %2").arg(QString::number(result.exitCode), err);
}
} // namespace

FleetEvidenceSource::FleetEvidenceSource(SshEngine *ssh, HealthProbe *probe, QObject *parent)
    : QObject(parent), m_ssh(ssh), m_probe(probe)
{
}

QStringList FleetEvidenceSource::newestBackupCommand(const BackupConfig &backup)
{
    // The host's clock first, so a backup's age is measured on the host (a console whose clock is off
    // must not pass a stale backup). The path and patterns stay arguments, never shell text.
    QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("date +%s && exec find \"$@\""), QStringLiteral("sh"),
                     backup.path, QStringLiteral("-maxdepth"), QStringLiteral("1"), QStringLiteral("-type"), QStringLiteral("f"),
                     QStringLiteral("(")};
    for (qsizetype i = 0; i < backup.patterns.size(); ++i) {
        if (i > 0)
            argv << QStringLiteral("-o");
        argv << QStringLiteral("-name") << backup.patterns.at(i);
    }
    // NUL after each file: a name may hold a newline (and so a line of its own), never a NUL.
    argv << QStringLiteral(")") << QStringLiteral("-printf") << QStringLiteral("%T@ %f\\0");
    return argv;
}

FleetEvidenceSource::NewestBackup FleetEvidenceSource::newestBackupFrom(const QByteArray &out)
{
    NewestBackup newest;
    // "<host epoch seconds>\n" from date, then "<epoch.fraction> <name>\0" per file from find.
    const qsizetype endOfNow = out.indexOf('\n');
    if (endOfNow < 0)
        return newest;
    bool ok = false;
    const qint64 now = out.left(endOfNow).trimmed().toLongLong(&ok);
    if (!ok)
        return newest;
    newest.hostNowMs = now * 1000;
    double latest = -1;
    const QList<QByteArray> records = out.mid(endOfNow + 1).split('\0');
    for (const QByteArray &record : records) {
        const qsizetype space = record.indexOf(' ');
        const double mtime = record.left(space).toDouble(&ok);
        if (ok && space > 0 && mtime > latest) {
            latest = mtime;
            newest.name = QString::fromUtf8(record.mid(space + 1));
        }
    }
    newest.modifiedMs = qint64(latest * 1000);
    return newest;
}

QStringList FleetEvidenceSource::releaseCommand(const AppConfig &app, const QString &version)
{
    return {QStringLiteral("test"), QStringLiteral("-d"), app.path + QStringLiteral("/releases/") + version};
}

FleetEvidenceSource::DrillVerdict FleetEvidenceSource::newestDrill(const QList<Event> &newestFirst, const QString &location, Milliseconds maxAge,
                                                                    const QDateTime &now)
{
    for (const Event &e : newestFirst) {
        if (e.kind != EventKinds::name(EventKind::BackupDrillFinished) || e.details.value(QStringLiteral("location")).toString() != location
            || e.details.value(QStringLiteral("outcome")).toString() != QLatin1String("succeeded"))
            continue;
        const QJsonObject facts = e.details.value(QStringLiteral("results")).toArray().at(0).toObject();
        const Milliseconds age(e.time.msecsTo(now));
        const Milliseconds took(facts.value(QStringLiteral("duration_ms")).toInteger());
        const Milliseconds rto(facts.value(QStringLiteral("rto_ms")).toInteger());
        const QString detail = Text::tr("%1 restored %2 ago in %3 s (RTO %4), %5 rows")
                                   .arg(facts.value(QStringLiteral("file")).toString(), Duration::format(Milliseconds(std::max<qint64>(0, age.count() / 60'000 * 60'000))))
                                   .arg(took.count() / 1000.0, 0, 'f', 1)
                                   .arg(Duration::format(rto))
                                   .arg(facts.value(QStringLiteral("rows")).toInteger());
        if (!facts.value(QStringLiteral("within_rto")).toBool())
            return {false, Text::tr("the newest successful drill took longer than the RTO: %1").arg(detail)};
        if (age >= maxAge)
            return {false, Text::tr("the newest successful drill is older than %1: %2").arg(Duration::format(maxAge), detail)};
        return {true, detail};
    }
    return {false, Text::tr("no successful restore drill recorded")};
}

QFuture<Evidence> FleetEvidenceSource::collect(const EvidenceRequest &request)
{
    auto gathering = std::make_shared<Gathering>();
    gathering->promise.start();
    QFuture<Evidence> future = gathering->promise.future();
    gathering->what = describeEvidence(request.spec);
    const EvidenceSpec &spec = request.spec;
    const auto env = std::find_if(m_config.environments.cbegin(), m_config.environments.cend(),
                                  [&](const EnvironmentConfig &e) { return e.name == request.plan.environment; });
    if (env == m_config.environments.cend() || !m_ssh || !m_probe) {
        gathering->checks.append({request.plan.environment, false, Text::tr("the environment is not in the configuration")});
        gathering->finish();
        return future;
    }
    // Every (host, what) pair first, so the count is known before any answer can arrive.
    QList<std::function<void()>> starts;
    auto add = [&](std::function<void()> start) {
        ++gathering->pending;
        starts.append(std::move(start));
    };
    auto runOn = [this, gathering](const QString &host, const QString &target, const QStringList &argv,
                                   std::function<Check(const CommandResult &)> judge) {
        m_ssh->run(host, RemoteCommand::build(argv), m_config.ssh.commandTimeout)
            .then(this, [gathering, target, judge](const CommandResult &result) {
                Check check = judge(result);
                check.target = target;
                gathering->checks.append(check);
                gathering->settled();
            })
            // The session was stopped before the command ran (its host's configuration changed, or
            // shutdown): the check fails, saying so, rather than leave the evidence waiting forever.
            .onCanceled(this, [gathering, target] {
                gathering->checks.append({target, false, Text::tr("not checked: the SSH session stopped before it answered")});
                gathering->settled();
            });
    };
    for (const HostConfig &host : env->hosts) {
        if (!request.plan.hosts.contains(host.name))
            continue;
        switch (spec.kind) {
        case EvidenceKind::None: break;
        case EvidenceKind::Health:
            for (const ServiceConfig &service : host.services) {
                if (!spec.service.isEmpty() && service.name != spec.service)
                    continue;
                for (const HealthCheckConfig &check : service.health) {
                    const QString target = host.name + u'/' + service.name + QStringLiteral(": ") + redactedUrl(check.url);
                    add([this, gathering, check, target, caFile = env->caFile] {
                        m_probe->check(check, caFile).then(this, [gathering, target](const HealthVerdict &verdict) {
                            gathering->checks.append({target, verdict.status == HealthStatus::Pass,
                                                      healthStatusName(verdict.status)
                                                          + (verdict.reason.isEmpty() ? QString() : QStringLiteral(": ") + verdict.reason)});
                            gathering->settled();
                        });
                    });
                }
            }
            break;
        case EvidenceKind::BackupAge:
            for (const BackupConfig &backup : host.backups) {
                if (!spec.backup.isEmpty() && backup.name != spec.backup)
                    continue;
                const Milliseconds maxAge = spec.maxAge;
                add([=] {
                    runOn(host.name, host.name + u'/' + backup.name, newestBackupCommand(backup), [backup, maxAge](const CommandResult &result) {
                        if (!result.succeeded())
                            return Check{{}, false, commandProblem(result)};
                        const NewestBackup newest = newestBackupFrom(result.out);
                        if (newest.hostNowMs < 0)
                            return Check{{}, false, Text::tr("the host did not say its time")};
                        if (newest.name.isEmpty())
                            return Check{{}, false, Text::tr("no backup in %1").arg(backup.path)};
                        const Milliseconds age(newest.hostNowMs - newest.modifiedMs);
                        const QString name = printable(newest.name);
                        // A backup from the future would stay "0 s old" for ever: never a pass.
                        if (age < -kClockSlack)
                            return Check{{}, false, Text::tr("%1 is dated %2 ahead of the host's clock: clock skew or tampering")
                                                       .arg(name, Duration::format(-age))};
                        const QString detail = Text::tr("%1 is %2 old").arg(name, Duration::format(std::max(age, Milliseconds(0))));
                        return Check{{}, age < maxAge, detail};
                    });
                });
            }
            break;
        case EvidenceKind::Command:
            if (spec.label.isEmpty() || host.labels.contains(spec.label)) {
                add([=] {
                    runOn(host.name, host.name, spec.argv, [](const CommandResult &result) {
                        return Check{{}, result.succeeded(), result.succeeded() ? Text::tr("exit status 0") : commandProblem(result)};
                    });
                });
            }
            break;
        case EvidenceKind::RestoreDrill:
            for (const BackupConfig &backup : host.backups) {
                if ((!spec.backup.isEmpty() && backup.name != spec.backup) || !backup.drill.configured())
                    continue;
                const QString target = host.name + u'/' + backup.name;
                add([this, gathering, target, host = host.name, environment = env->name, location = backup.name, maxAge = spec.maxAge] {
                    if (!m_store) {
                        gathering->checks.append({target, false, Text::tr("no event store: restore drills are recorded there")});
                        gathering->settled();
                        return;
                    }
                    EventFilter filter;
                    filter.kind = EventKinds::name(EventKind::BackupDrillFinished);
                    filter.environment = environment;
                    filter.host = host;
                    filter.newestFirst = true;
                    filter.limit = 200;
                    m_store->query(filter).then(this, [gathering, target, location, maxAge](const StoreResult<QList<Event>> &events) {
                        if (!events) {
                            gathering->checks.append({target, false, Text::tr("restore drills cannot be read: %1").arg(events.error)});
                        } else {
                            const DrillVerdict verdict = newestDrill(*events.value, location, maxAge, QDateTime::currentDateTimeUtc());
                            gathering->checks.append({target, verdict.passed, verdict.detail});
                        }
                        gathering->settled();
                    });
                });
            }
            break;
        case EvidenceKind::Release:
            for (const AppConfig &app : host.apps) {
                if (!spec.app.isEmpty() && app.name != spec.app)
                    continue;
                const QString version = request.plan.version;
                add([=] {
                    runOn(host.name, host.name + u'/' + app.name, releaseCommand(app, version), [app, version](const CommandResult &result) {
                        if (result.succeeded())
                            return Check{{}, true, Text::tr("%1/releases/%2 present").arg(app.path, version)};
                        if (result.status == CommandResult::Status::Completed && result.exitCode == 1)
                            return Check{{}, false, Text::tr("%1/releases/%2 missing").arg(app.path, version)};
                        return Check{{}, false, commandProblem(result)};
                    });
                });
            }
            break;
        }
    }
    if (starts.isEmpty()) {
        gathering->finish();
        return future;
    }
    for (const auto &start : std::as_const(starts))
        start();
    return future;
}

} // namespace opsdeck
