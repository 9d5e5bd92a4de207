#include "ReleaseRollback.h"

#include "KamalControl.h"
#include "ReleaseInventoryReader.h"
#include "ReleaseMarks.h"
#include "health/HealthProbe.h"
#include "ops/ServiceAction.h"
#include "ops/ServiceCommands.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshEngine.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"
#include "support/DisplayText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseRollback)
};

// Free space the switch and the restarts need at least (logs, pid files): below it, refuse.
constexpr qint64 kMinFreeKiB = 50 * 1024;
// How much of kamal's output reaches the progress: its last lines, each bounded.
constexpr int kMaxControlLines = 200;
constexpr int kMaxLineLength = 300;

// The first lines of what a host printed, as one bounded line for a detail or a refusal.
QString firstLines(const QByteArray &text)
{
    return DisplayText::plain(QString::fromUtf8(text)).trimmed().section(u'\n', 0, 1).simplified().left(kMaxLineLength);
}

} // namespace

// The one `kamal rollback` of a switch through the control host; every host's run waits for it.
struct ReleaseRollback::ControlRun {
    AppConfig app;        // as the app's hosts name it (the configuration makes them agree)
    bool started = false;
    bool done = false;
    CommandResult result;
    QString lastLines;    // kamal's last lines, for the hosts' details
    QList<std::shared_ptr<HostRun>> waiting;
};

struct ReleaseRollback::HostRun {
    QString host;
    const AppConfig *app = nullptr;
    std::shared_ptr<ReleaseStrategy> strategy;
    QList<ServiceConfig> services;
    QString expected;            // what current resolved to in the plan
    QHash<QString, UnitState> before;
    std::function<void(const GuardedHostResult &)> done;
    QElapsedTimer clock;         // since the restarts
    QElapsedTimer stable;        // since everything last started passing
    QString lastProblem;
    bool lastProblemWasConnection = false;
    bool switched = false;
    bool finished = false;

    void finish(ActionOutcome outcome, const QString &detail, const QString &releaseNow)
    {
        if (std::exchange(finished, true))
            return;
        GuardedHostResult r;
        r.outcome = outcome;
        r.detail = detail;
        r.facts = QJsonObject{{QStringLiteral("release_before"), expected}, {QStringLiteral("release_now"), releaseNow},
                              {QStringLiteral("switched"), switched}};
        done(r);
    }
};

QStringList RollbackPlan::notReverted() const
{
    QStringList sentences;
    if (!migrationsKept.isEmpty())
        sentences << (forward ? Text::tr("This roll-forward does not revert %n migration(s): %1.", nullptr, int(migrationsKept.size()))
                              : Text::tr("This rollback does not revert %n migration(s): %1.", nullptr, int(migrationsKept.size())))
                         .arg(QLocale().createSeparatedList(migrationsKept));
    return sentences + leftInPlace;
}

ReleaseRollback::ReleaseRollback(SshEngine *ssh, HealthProbe *probe, EventStoreService *store, const FleetConfig &config,
                                 RollbackRequest request, QObject *parent)
    : GuardedAction(parent), m_ssh(ssh), m_probe(probe), m_store(store), m_config(config), m_request(std::move(request))
{
    qsizetype appHosts = 0;
    for (const EnvironmentConfig &env : std::as_const(m_config.environments)) {
        if (env.name != m_request.environment)
            continue;
        m_caFile = env.caFile;
        for (const HostConfig &host : env.hosts) {
            const bool hasApp = std::any_of(host.apps.cbegin(), host.apps.cend(), [&](const AppConfig &a) { return a.name == m_request.app; });
            appHosts += hasApp ? 1 : 0;
            if (hasApp && (m_request.hosts.isEmpty() || m_request.hosts.contains(host.name)))
                m_hosts << host.name;
        }
    }
    // `kamal rollback` switches every host of the app and cannot be told OpsDeck's host names: only
    // a switch of all of them goes through the control host.
    if (!m_hosts.isEmpty() && m_hosts.size() == appHosts) {
        if (const AppConfig *app = appOn(m_hosts.constFirst()); app && KamalControl::configured(*app)) {
            m_control = std::make_shared<ControlRun>();
            m_control->app = *app;
        }
    }
}

int ReleaseRollback::batchSize() const
{
    // One command switches every host: they are one batch, each waiting for it.
    return m_control ? int(m_hosts.size()) : m_request.batchSize;
}

RollbackPlan ReleaseRollback::plan(const AppReleaseInventory &inventory, const RollbackRequest &request)
{
    RollbackPlan p;
    p.from = inventory.commonCurrent();
    // An inventory built without a strategy is Capistrano's, the default of an app.
    const auto strategy = ReleaseStrategy::named(inventory.strategy.isEmpty() ? QStringLiteral("capistrano") : inventory.strategy);
    if (!strategy) {
        p.why = Text::tr("%1/%2 uses the release strategy '%3', which this OpsDeck cannot switch")
                    .arg(request.environment, request.app, inventory.strategy);
        return p;
    }
    p.forward = request.forward;
    p.leftInPlace = strategy->notReverted(request.forward);
    AppReleaseInventory scope = inventory;
    if (!request.hosts.isEmpty())
        scope.hosts.removeIf([&](const HostReleaseState &h) { return !request.hosts.contains(h.host); });
    if (scope.hosts.isEmpty()) {
        p.why = Text::tr("no host of %1/%2 to switch").arg(request.environment, request.app);
        return p;
    }
    if (request.forward)
        scope.markedBad.clear(); // rolling forward to the release a rollback left is the point
    if (const QString why = scope.whyNotTarget(request.target); !why.isEmpty()) {
        p.why = why;
        return p;
    }
    QSet<QString> kept;
    for (const HostReleaseState &h : std::as_const(scope.hosts)) {
        if (h.current.isEmpty()) {
            p.why = Text::tr("current on %1 does not resolve to a release (%2)").arg(h.host, h.currentProblem);
            return p;
        }
        if (!h.switchProblem.isEmpty()) {
            p.why = Text::tr("%1 cannot switch: %2").arg(h.host, h.switchProblem);
            return p;
        }
        if (h.freeKiB >= 0 && h.freeKiB < kMinFreeKiB) {
            p.why = Text::tr("%1 has only %2 MiB free").arg(h.host).arg(h.freeKiB / 1024);
            return p;
        }
        p.currentByHost.insert(h.host, h.current);
        const ReleaseOnHost *current = h.release(h.current);
        const ReleaseOnHost *target = h.release(request.target);
        if (current && target) {
            for (const QString &m : current->migrations) {
                if (!target->migrations.contains(m))
                    kept.insert(m);
            }
        }
    }
    p.migrationsKept = kept.values();
    p.migrationsKept.sort();
    if (!p.migrationsKept.isEmpty() && !request.acknowledgeMigrations)
        p.why = Text::tr("the switch does not revert %n migration(s): %1; acknowledge it to go ahead", nullptr, int(p.migrationsKept.size()))
                    .arg(QLocale().createSeparatedList(p.migrationsKept));
    return p;
}

EventKind ReleaseRollback::startedEventKind() const
{
    return m_request.forward ? EventKind::RollbackForwardStarted : EventKind::RollbackStarted;
}

EventKind ReleaseRollback::finishedEventKind() const
{
    return m_request.forward ? EventKind::RollbackForwardFinished : EventKind::RollbackFinished;
}

QString ReleaseRollback::title() const
{
    return m_request.forward ? Text::tr("roll-forward of %1/%2 to %3").arg(m_request.environment, m_request.app, m_request.target)
                             : Text::tr("rollback of %1/%2 to %3").arg(m_request.environment, m_request.app, m_request.target);
}

const HostConfig *ReleaseRollback::hostConfig(const QString &host) const
{
    const HostConfig *h = m_config.findHost(host);
    return h && h->environment == m_request.environment ? h : nullptr;
}

const AppConfig *ReleaseRollback::appOn(const QString &host) const
{
    if (const HostConfig *h = hostConfig(host)) {
        for (const AppConfig &a : h->apps) {
            if (a.name == m_request.app)
                return &a;
        }
    }
    return nullptr;
}

QStringList ReleaseRollback::lockTargets() const
{
    QStringList targets;
    for (const QString &host : m_hosts) {
        targets << m_request.environment + u'/' + host + QStringLiteral("/app:") + m_request.app;
        if (const AppConfig *app = appOn(host)) {
            for (const QString &service : app->services)
                targets << ServiceAction::lockTarget(m_request.environment, host, service);
        }
    }
    return targets;
}

QStringList ReleaseRollback::commands() const
{
    if (m_control) {
        const QString command = KamalControl::rollbackCommand(m_control->app, m_request.target);
        const QString shown = command.isEmpty()
                                  ? Text::tr("kamal rollback cannot be run: %1").arg(KamalControl::check(m_control->app, m_request.target))
                                  : command;
        return {QString(m_control->app.kamalControlHost + QStringLiteral(": ") + shown)};
    }
    QStringList out;
    for (const QString &host : m_hosts) {
        const AppConfig *app = appOn(host);
        const HostConfig *h = hostConfig(host);
        if (!app || !h)
            continue;
        const auto strategy = ReleaseStrategy::forApp(*app);
        if (!strategy)
            continue;
        out << host + QStringLiteral(": ") + strategy->switchSteps(*app, m_request.target, m_plan.currentByHost.value(host));
        if (!strategy->restartsServices())
            continue;
        for (const ServiceConfig &s : h->services) {
            if (app->services.contains(s.name))
                out << host + QStringLiteral(": ") + ServiceCommands::action(ServiceVerb::Restart, s);
        }
    }
    return out;
}

QJsonObject ReleaseRollback::details() const
{
    return QJsonObject{{QStringLiteral("app"), m_request.app},
                       {QStringLiteral("target"), m_request.target},
                       {QStringLiteral("from"), m_plan.from},
                       {QStringLiteral("forward"), m_request.forward},
                       {QStringLiteral("migrations_kept"), QJsonArray::fromStringList(m_plan.migrationsKept)},
                       {QStringLiteral("migrations_acknowledged"), m_request.acknowledgeMigrations},
                       {QStringLiteral("batch_size"), batchSize()},
                       {QStringLiteral("kamal_control"), m_control ? m_control->app.kamalControlHost : QString()}};
}

void ReleaseRollback::preflight(std::function<void(const QString &why)> done)
{
    if (!m_ssh || !m_store) {
        done(Text::tr("OpsDeck is shutting down"));
        return;
    }
    if (const QString why = ReleaseInventory::checkReleaseName(m_request.target); !why.isEmpty()) {
        done(why);
        return;
    }
    // Marks and inventory read again now, under the locks: nothing the window showed earlier counts.
    m_store->query(ReleaseMarks::filter(m_request.environment))
        .then(this, [this, done](const StoreResult<QList<Event>> &marks) {
            if (!marks) {
                done(Text::tr("the release marks cannot be read: %1").arg(marks.error));
                return;
            }
            auto *reader = new ReleaseInventoryReader(m_ssh, this);
            connect(reader, &ReleaseInventoryReader::finished, this, [this, reader, done](const AppReleaseInventory &inventory) {
                reader->deleteLater();
                for (const HostReleaseState &h : inventory.hosts) {
                    if (m_hosts.contains(h.host))
                        Q_EMIT progress(h.host, h.reached ? Text::tr("current %1").arg(h.current) : h.error);
                }
                m_plan = plan(inventory, m_request);
                if (m_plan.why.isEmpty()) {
                    for (const HostReleaseState &h : inventory.hosts) {
                        const ReleaseOnHost *r = h.release(m_request.target);
                        const AppConfig *app = appOn(h.host);
                        const auto strategy = app ? ReleaseStrategy::forApp(*app) : nullptr;
                        if (!r || !strategy)
                            continue;
                        for (const QString &v : strategy->versionsOf(*r)) {
                            if (!m_targetVersions.contains(v))
                                m_targetVersions << v;
                        }
                    }
                }
                if (m_plan.why.isEmpty() && m_control) {
                    checkControlHost(done);
                    return;
                }
                done(m_plan.why);
            });
            reader->read(m_config, m_request.environment, m_request.app,
                         ReleaseMarks::markedBad(*marks.value, m_request.environment, m_request.app));
        });
}

// Before anything changes, the control host must be able to run `kamal rollback`: reachable, the
// project with its config/deploy.yml there, kamal on the PATH.
void ReleaseRollback::checkControlHost(std::function<void(const QString &why)> done)
{
    const AppConfig &app = m_control->app;
    const QString command = KamalControl::preflightCommand(app);
    if (const QString why = KamalControl::check(app, m_request.target); !why.isEmpty() || command.isEmpty()) {
        done(why);
        return;
    }
    Q_EMIT progress(QString(), Text::tr("checking that %1 can run kamal rollback in %2").arg(app.kamalControlHost, app.kamalControlPath));
    m_ssh->run(app.kamalControlHost, command, m_config.ssh.commandTimeout)
        .then(this, [this, done](const CommandResult &result) {
            if (result.succeeded()) {
                done(QString());
                return;
            }
            const QString why = result.status != CommandResult::Status::Completed ? result.error
                                : firstLines(result.err).isEmpty() ? Text::tr("the check exited with %1").arg(result.exitCode)
                                                                   : firstLines(result.err);
            done(Text::tr("the control host %1 cannot run kamal rollback: %2").arg(m_control->app.kamalControlHost, why));
        })
        .onCanceled(this, [done] { done(Text::tr("the SSH session stopped while the control host was checked")); });
}

void ReleaseRollback::runHost(const QString &host, std::function<void(const GuardedHostResult &)> done)
{
    auto run = std::make_shared<HostRun>();
    run->host = host;
    run->done = std::move(done);
    run->app = appOn(host);
    if (run->app)
        run->strategy = ReleaseStrategy::forApp(*run->app);
    run->expected = m_plan.currentByHost.value(host);
    if (const HostConfig *h = hostConfig(host); h && run->app) {
        for (const ServiceConfig &s : h->services) {
            if (run->app->services.contains(s.name))
                run->services << s;
        }
    }
    if (!run->app || !run->strategy || run->expected.isEmpty() || !m_ssh) {
        run->finish(ActionOutcome::Failed, Text::tr("%1 is not part of the plan; nothing changed").arg(host), run->expected);
        return;
    }
    if (m_control) {
        if (m_control->done) {
            afterControl(run);
            return;
        }
        Q_EMIT progress(host, Text::tr("waiting for kamal rollback on %1").arg(m_control->app.kamalControlHost));
        m_control->waiting << run;
        if (!std::exchange(m_control->started, true))
            startControl();
        return;
    }
    switchHost(run);
}

void ReleaseRollback::startControl()
{
    const AppConfig &app = m_control->app;
    const QString command = KamalControl::rollbackCommand(app, m_request.target);
    if (command.isEmpty() || !m_ssh) {
        CommandResult refused;
        refused.status = CommandResult::Status::Rejected;
        refused.error = m_ssh ? KamalControl::check(app, m_request.target) : Text::tr("OpsDeck is shutting down");
        controlFinished(refused);
        return;
    }
    Q_EMIT progress(QString(), Text::tr("running on %1: %2").arg(app.kamalControlHost, command));
    m_ssh->run(app.kamalControlHost, command, app.kamalControlTimeout)
        .then(this, [this](const CommandResult &result) { controlFinished(result); })
        .onCanceled(this, [this] {
            CommandResult lost;
            lost.status = CommandResult::Status::ConnectionLost;
            lost.error = Text::tr("the SSH session stopped during kamal rollback");
            controlFinished(lost);
        });
}

void ReleaseRollback::controlFinished(const CommandResult &result)
{
    m_control->done = true;
    m_control->result = result;
    // What kamal said goes to the progress, line by line: text from the host, without control
    // characters, bounded.
    QStringList lines;
    const QByteArray said = result.out + '\n' + result.err;
    for (const QByteArray &raw : said.split('\n')) {
        const QString line = DisplayText::plain(QString::fromUtf8(raw)).simplified();
        if (!line.isEmpty())
            lines << line.left(kMaxLineLength);
    }
    if (lines.size() > kMaxControlLines)
        lines = lines.mid(lines.size() - kMaxControlLines);
    for (const QString &line : std::as_const(lines))
        Q_EMIT progress(QString(), Text::tr("kamal on %1: %2").arg(m_control->app.kamalControlHost, line));
    // For the hosts' details: the last line that reports an error (Kamal ends a failure with
    // "ERROR (…): Exception while executing on host …", and says "… is not available …" when it
    // changes nothing), else its last two lines.
    auto errorLine = std::find_if(lines.crbegin(), lines.crend(), [](const QString &line) { return line.startsWith(QLatin1String("ERROR")); });
    if (errorLine == lines.crend())
        errorLine = std::find_if(lines.crbegin(), lines.crend(), [](const QString &line) {
            return line.contains(QLatin1String("error"), Qt::CaseInsensitive) || line.contains(QLatin1String("not available"));
        });
    m_control->lastLines = errorLine != lines.crend()
                               ? *errorLine
                               : lines.mid(std::max<qsizetype>(0, lines.size() - 2)).join(QStringLiteral(" / ")).left(kMaxLineLength);
    const QList<std::shared_ptr<HostRun>> waiting = std::exchange(m_control->waiting, {});
    for (const std::shared_ptr<HostRun> &run : waiting)
        afterControl(run);
}

// After `kamal rollback`, whatever its exit: which version the host runs now, read back from the
// host itself (one command changed every host, so only each host can say where it is); on the
// target after a clean exit, the verification as for a per-host switch.
void ReleaseRollback::afterControl(const std::shared_ptr<HostRun> &run)
{
    if (run->finished)
        return;
    if (const CommandResult &kamal = m_control->result; kamal.status != CommandResult::Status::Completed && !kamal.outcomeUnknown()) {
        run->finish(ActionOutcome::Failed,
                    Text::tr("kamal rollback could not be run on %1 (%2); nothing changed").arg(m_control->app.kamalControlHost, kamal.error),
                    run->expected);
        return;
    }
    if (!m_ssh) {
        run->finish(ActionOutcome::Unknown, Text::tr("OpsDeck is shutting down"), QString());
        return;
    }
    Q_EMIT progress(run->host, Text::tr("reading which version runs"));
    m_ssh->run(run->host, run->strategy->inventoryCommand(*run->app), m_config.ssh.commandTimeout)
        .then(this, [this, run](const CommandResult &read) {
            const CommandResult &control = m_control->result;
            const QString controlHost = m_control->app.kamalControlHost;
            const QString kamalSaid = control.outcomeUnknown()
                                          ? Text::tr("kamal rollback on %1: %2").arg(controlHost, control.error)
                                          : Text::tr("kamal rollback on %1 exited with %2 (%3)").arg(controlHost).arg(control.exitCode)
                                                .arg(m_control->lastLines.isEmpty() ? Text::tr("no output") : m_control->lastLines);
            const ActionOutcome notClean = control.outcomeUnknown() ? ActionOutcome::Unknown : ActionOutcome::Failed;
            if (!read.succeeded()) {
                const QString why = read.status == CommandResult::Status::Completed ? firstLines(read.err) : read.error;
                run->finish(ActionOutcome::Unknown, Text::tr("%1; which version %2 runs now could not be read: %3").arg(kamalSaid, run->host, why),
                            QString());
                return;
            }
            const HostReleaseState state = run->strategy->parseInventory(run->host, read.out);
            if (!state.reached || state.current.isEmpty()) {
                run->finish(control.succeeded() ? ActionOutcome::Failed : notClean,
                            Text::tr("%1; %2 runs no single version now: %3").arg(kamalSaid, run->host, state.reached ? state.currentProblem : state.error),
                            QString());
                return;
            }
            run->switched = state.current != run->expected;
            if (state.current == m_request.target && control.succeeded()) {
                run->clock.start();
                Q_EMIT progress(run->host, Text::tr("verifying"));
                verify(run);
                return;
            }
            if (state.current == m_request.target) {
                run->finish(notClean, Text::tr("%1; %2 runs %3 (switched), not verified").arg(kamalSaid, run->host, m_request.target), m_request.target);
                return;
            }
            if (!run->switched) {
                run->finish(control.succeeded() ? ActionOutcome::Failed : notClean,
                            Text::tr("%1; %2 still runs %3, nothing changed here").arg(kamalSaid, run->host, run->expected), run->expected);
                return;
            }
            run->finish(control.succeeded() ? ActionOutcome::Failed : notClean,
                        Text::tr("%1; %2 runs %3, neither %4 nor %5").arg(kamalSaid, run->host, state.current, m_request.target, run->expected),
                        state.current);
        })
        .onCanceled(this, [run] { run->finish(ActionOutcome::Unknown, Text::tr("the SSH session stopped after kamal rollback"), QString()); });
}

void ReleaseRollback::switchHost(const std::shared_ptr<HostRun> &run)
{
    Q_EMIT progress(run->host, Text::tr("switching current to %1").arg(m_request.target));
    const QString command = run->strategy->switchCommand(*run->app, m_request.target, run->expected, m_request.actor);
    m_ssh->run(run->host, command, m_config.ssh.commandTimeout)
        .then(this, [this, run](const CommandResult &result) {
            if (result.outcomeUnknown()) {
                run->finish(ActionOutcome::Unknown,
                            Text::tr("%1; current may or may not point to %2 now: list the releases").arg(result.error, m_request.target),
                            QString());
                return;
            }
            if (result.status != CommandResult::Status::Completed) {
                run->finish(ActionOutcome::Failed, Text::tr("%1; nothing changed").arg(result.error), run->expected);
                return;
            }
            if (result.exitCode != 0) {
                const QString err = QString::fromUtf8(result.err).trimmed().section(u'\n', 0, 1).left(300);
                const bool unchanged = run->strategy->switchChangedNothing(result.exitCode);
                run->switched = run->strategy->switchLeftTarget(result.exitCode); // on the target: revertable
                run->finish(ActionOutcome::Failed, err.isEmpty() ? Text::tr("the switch exited with %1").arg(result.exitCode) : err,
                            unchanged ? run->expected : run->strategy->switchLeftTarget(result.exitCode) ? m_request.target : QString());
                return;
            }
            run->switched = true;
            // Unit states before the restarts, to tell a new invocation from an old one.
            QStringList units;
            for (const ServiceConfig &s : std::as_const(run->services))
                units << s.unit;
            if (units.isEmpty() || !run->strategy->restartsServices()) {
                run->clock.start();
                Q_EMIT progress(run->host, Text::tr("verifying"));
                verify(run);
                return;
            }
            m_ssh->run(run->host, ServiceCommands::show(units), m_config.ssh.commandTimeout)
                .then(this, [this, run](const CommandResult &shown) {
                    if (shown.succeeded())
                        run->before = UnitStateParser::parse(shown.out);
                    restartNext(run, 0);
                })
                .onCanceled(this, [run, this] {
                    run->finish(ActionOutcome::Unknown, Text::tr("the SSH session stopped after the switch"), m_request.target);
                });
        })
        .onCanceled(this, [run] { run->finish(ActionOutcome::Unknown, Text::tr("the SSH session stopped during the switch"), QString()); });
}

void ReleaseRollback::restartNext(const std::shared_ptr<HostRun> &run, int index)
{
    if (index >= run->services.size()) {
        run->clock.start();
        Q_EMIT progress(run->host, Text::tr("verifying"));
        verify(run);
        return;
    }
    const ServiceConfig &service = run->services.at(index);
    Q_EMIT progress(run->host, Text::tr("restarting %1").arg(service.name));
    m_ssh->run(run->host, ServiceCommands::action(ServiceVerb::Restart, service), m_config.ssh.commandTimeout)
        .then(this, [this, run, index](const CommandResult &result) {
            const ServiceConfig &s = run->services.at(index);
            if (result.outcomeUnknown()) {
                run->finish(ActionOutcome::Unknown,
                            Text::tr("switched to %1, and the restart of %2 may or may not have happened (%3)")
                                .arg(m_request.target, s.name, result.error),
                            m_request.target);
                return;
            }
            if (!result.succeeded()) {
                const QString err = result.error.isEmpty() ? QString::fromUtf8(result.err).trimmed().section(u'\n', 0, 1) : result.error;
                run->finish(ActionOutcome::Failed,
                            Text::tr("switched to %1, but restarting %2 failed: %3").arg(m_request.target, s.name, err.left(300)),
                            m_request.target);
                return;
            }
            restartNext(run, index + 1);
        })
        .onCanceled(this, [this, run] {
            run->finish(ActionOutcome::Unknown, Text::tr("the SSH session stopped during the restarts"), m_request.target);
        });
}

void ReleaseRollback::verify(const std::shared_ptr<HostRun> &run)
{
    if (run->finished)
        return;
    if (run->clock.elapsed() > m_request.verifyTimeout.count()) {
        run->finish(run->lastProblemWasConnection ? ActionOutcome::Unknown : ActionOutcome::Failed,
                    Text::tr("switched to %1, not verified within %2 s: %3")
                        .arg(m_request.target)
                        .arg(m_request.verifyTimeout.count() / 1000)
                        .arg(run->lastProblem.isEmpty() ? Text::tr("no answer") : run->lastProblem),
                    m_request.target);
        return;
    }
    auto again = [this, run](const QString &problem, bool connection) {
        run->lastProblem = problem;
        run->lastProblemWasConnection = connection;
        run->stable.invalidate();
        QTimer::singleShot(m_request.pollInterval, this, [this, run] { verify(run); });
    };
    auto passing = [this, run] {
        if (!run->stable.isValid())
            run->stable.start();
        if (run->stable.elapsed() >= m_request.stablePeriod.count()) {
            run->finish(ActionOutcome::Succeeded,
                        run->strategy->restartsServices()
                            ? Text::tr("%1 is current, services restarted, health passing for %2 s").arg(m_request.target).arg(m_request.stablePeriod.count() / 1000.0)
                            : Text::tr("%1 is current, health passing for %2 s").arg(m_request.target).arg(m_request.stablePeriod.count() / 1000.0),
                        m_request.target);
            return;
        }
        QTimer::singleShot(m_request.pollInterval, this, [this, run] { verify(run); });
    };
    QStringList units;
    if (run->strategy->restartsServices()) {
        for (const ServiceConfig &s : std::as_const(run->services))
            units << s.unit;
    }
    if (units.isEmpty()) {
        verifyHealth(run, again, passing);
        return;
    }
    m_ssh->run(run->host, ServiceCommands::show(units), m_config.ssh.commandTimeout)
        .then(this, [this, run, again, passing](const CommandResult &result) {
            if (run->finished)
                return;
            if (!result.succeeded()) {
                again(result.error.isEmpty() ? QString::fromUtf8(result.err).trimmed() : result.error,
                      result.status != CommandResult::Status::Completed);
                return;
            }
            const auto states = UnitStateParser::parse(result.out);
            for (const ServiceConfig &s : std::as_const(run->services)) {
                const UnitState unit = states.value(s.unit);
                if (unit.activeState == QLatin1String("failed")) {
                    run->finish(ActionOutcome::Failed,
                                Text::tr("switched to %1, but unit %2 failed (%3)").arg(m_request.target, s.unit, unit.subState),
                                m_request.target);
                    return;
                }
                if (!unit.isActive()) {
                    again(Text::tr("unit %1 is %2").arg(s.unit, unit.activeState.isEmpty() ? Text::tr("unknown") : unit.activeState), false);
                    return;
                }
                const UnitState before = run->before.value(s.unit);
                if (before.mainPid != 0 && before.mainPid == unit.mainPid && before.since == unit.since) {
                    again(Text::tr("unit %1 still runs the old process (PID %2)").arg(s.unit).arg(unit.mainPid), false);
                    return;
                }
            }
            verifyHealth(run, again, passing);
        })
        .onCanceled(this, [this, run] {
            run->finish(ActionOutcome::Unknown, Text::tr("the SSH session stopped during verification"), m_request.target);
        });
}

void ReleaseRollback::verifyHealth(const std::shared_ptr<HostRun> &run, std::function<void(const QString &, bool)> again,
                                   std::function<void()> passing)
{
    QList<HealthCheckConfig> checks = run->app->health;
    for (const ServiceConfig &s : std::as_const(run->services))
        checks += s.health;
    if (checks.isEmpty() || !m_probe) {
        passing();
        return;
    }
    auto remaining = std::make_shared<int>(int(checks.size()));
    auto failing = std::make_shared<QString>();
    for (const HealthCheckConfig &check : std::as_const(checks)) {
        m_probe->check(check, m_caFile).then(this, [this, run, remaining, failing, again, passing, url = check.url](const HealthVerdict &v) {
            if (v.status != HealthStatus::Pass && failing->isEmpty())
                *failing = Text::tr("health %1 %2%3").arg(url, healthStatusName(v.status),
                                                          v.reason.isEmpty() ? QString() : QStringLiteral(": ") + v.reason);
            // Where the app says what it runs, it must be the target.
            const QStringList said = {v.version, v.releaseId};
            const bool saysSomething = !v.version.isEmpty() || !v.releaseId.isEmpty();
            const bool saysTarget = said.contains(m_request.target)
                                    || std::any_of(said.cbegin(), said.cend(), [this](const QString &word) { return !word.isEmpty() && m_targetVersions.contains(word); });
            if (v.status == HealthStatus::Pass && saysSomething && !saysTarget && failing->isEmpty())
                *failing = Text::tr("%1 reports version %2, not %3").arg(url, v.version.isEmpty() ? v.releaseId : v.version, m_request.target);
            if (--*remaining > 0 || run->finished)
                return;
            if (failing->isEmpty())
                passing();
            else
                again(*failing, false);
        });
    }
}

QList<Event> ReleaseRollback::followUpEvents(const GuardedActionReport &report) const
{
    if (m_request.forward || report.outcome != ActionOutcome::Succeeded)
        return {};
    QSet<QString> from;
    for (const QString &release : m_plan.currentByHost)
        from.insert(release);
    QList<Event> events;
    for (const QString &release : from) {
        if (release != m_request.target)
            events << ReleaseMarks::event(m_request.environment, m_request.app, release, true,
                                          Text::tr("rolled back to %1").arg(m_request.target));
    }
    return events;
}

} // namespace opsdeck
