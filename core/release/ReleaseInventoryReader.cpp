#include "ReleaseInventoryReader.h"

#include "ReleaseStrategy.h"
#include "ssh/SshEngine.h"

#include <QCoreApplication>
#include <QFutureWatcher>

#include <memory>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseInventoryReader)
};

const EnvironmentConfig *findEnvironment(const FleetConfig &config, const QString &name)
{
    for (const EnvironmentConfig &env : config.environments) {
        if (env.name == name)
            return &env;
    }
    return nullptr;
}
} // namespace

ReleaseInventoryReader::ReleaseInventoryReader(SshEngine *ssh, QObject *parent) : QObject(parent), m_ssh(ssh) {}

QStringList ReleaseInventoryReader::appNames(const FleetConfig &config, const QString &environment)
{
    QStringList names;
    if (const EnvironmentConfig *env = findEnvironment(config, environment)) {
        for (const HostConfig &host : env->hosts) {
            for (const AppConfig &app : host.apps) {
                if (!names.contains(app.name))
                    names << app.name;
            }
        }
    }
    return names;
}

QString ReleaseInventoryReader::check(const FleetConfig &config, const QString &environment, const QString &app)
{
    const EnvironmentConfig *env = findEnvironment(config, environment);
    if (!env)
        return Text::tr("no environment '%1'").arg(environment);
    const QStringList apps = appNames(config, environment);
    if (!apps.contains(app))
        return apps.isEmpty() ? Text::tr("%1 has no apps").arg(environment)
                              : Text::tr("no app '%1' in %2 (there are: %3)").arg(app, environment, apps.join(QStringLiteral(", ")));
    for (const HostConfig &host : env->hosts) {
        for (const AppConfig &a : host.apps) {
            if (a.name == app && !ReleaseStrategy::forApp(a))
                return Text::tr("app '%1' on %2 uses the strategy '%3', which this OpsDeck cannot read")
                    .arg(app, host.name, a.strategy);
        }
    }
    return {};
}

void ReleaseInventoryReader::read(const FleetConfig &config, const QString &environment, const QString &app,
                                  const QSet<QString> &markedBad)
{
    auto inventory = std::make_shared<AppReleaseInventory>();
    inventory->environment = environment;
    inventory->app = app;
    inventory->markedBad = markedBad;
    struct Pending {
        int remaining = 0;
    };
    auto pending = std::make_shared<Pending>();
    const EnvironmentConfig *env = findEnvironment(config, environment);
    QList<std::pair<int, QFuture<CommandResult>>> started;
    if (env && m_ssh) {
        for (const HostConfig &host : env->hosts) {
            for (const AppConfig &a : host.apps) {
                if (a.name != app)
                    continue;
                HostReleaseState state;
                state.host = host.name;
                auto strategy = ReleaseStrategy::forApp(a);
                inventory->path = a.path;
                inventory->strategy = a.strategy;
                if (!strategy) {
                    state.error = Text::tr("unknown release strategy '%1'").arg(a.strategy);
                    inventory->hosts << state;
                    continue;
                }
                inventory->hosts << state;
                const int index = int(inventory->hosts.size()) - 1;
                const QString command = strategy->inventoryCommand(a);
                started.append({index, m_bulk ? m_ssh->runBulk(host.name, command, config.ssh.commandTimeout)
                                              : m_ssh->run(host.name, command, config.ssh.commandTimeout)});
            }
        }
    }
    pending->remaining = int(started.size());
    if (started.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, inventory] { Q_EMIT finished(*inventory); }, Qt::QueuedConnection);
        return;
    }
    // The strategy of each host, kept for parsing (the app's configuration may differ per host).
    auto strategies = std::make_shared<QHash<int, std::shared_ptr<ReleaseStrategy>>>();
    for (const auto &entry : started) {
        const int index = entry.first;
        const QString hostName = inventory->hosts.at(index).host;
        for (const HostConfig &host : env->hosts) {
            if (host.name != hostName)
                continue;
            for (const AppConfig &a : host.apps) {
                if (a.name == app)
                    strategies->insert(index, std::shared_ptr<ReleaseStrategy>(ReleaseStrategy::forApp(a)));
            }
        }
    }
    for (const auto &entry : started) {
        const int index = entry.first; // a structured binding cannot be captured before C++20 in clang 14
        const QFuture<CommandResult> future = entry.second;
        auto *watcher = new QFutureWatcher<CommandResult>(this);
        connect(watcher, &QFutureWatcher<CommandResult>::finished, this,
                [this, watcher, index, inventory, pending, strategies] {
                    const QFuture<CommandResult> f = watcher->future();
                    watcher->deleteLater();
                    HostReleaseState &slot = inventory->hosts[index];
                    const CommandResult result = f.resultCount() ? f.result() : CommandResult{};
                    if (!f.resultCount()) {
                        slot.error = Text::tr("the connection was stopped before the host answered");
                    } else if (!result.succeeded()) {
                        const QString err = QString::fromUtf8(result.err).trimmed().left(300);
                        slot.error = !result.error.isEmpty() ? result.error
                                     : !err.isEmpty()        ? err
                                                             : Text::tr("the inventory exited with %1").arg(result.exitCode);
                    } else {
                        const QString host = slot.host;
                        slot = strategies->value(index)->parseInventory(host, result.out);
                    }
                    if (--pending->remaining == 0)
                        Q_EMIT finished(*inventory);
                });
        watcher->setFuture(future);
    }
}

} // namespace opsdeck
