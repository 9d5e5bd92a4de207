// Benchmarks of the SSH engine on the sandbox fleet (driven by bench/ssh.sh, which also runs the
// peers: parallel-ssh and ansible).
//   bench_ssh show --config FILE [--repeat N]        cold then warm `systemctl show` on every host
//   bench_ssh restart-latency --config FILE          UI event-loop latency while the window restarts
//                                                    a service on every host at once
// Prints one JSON object.

#include "ConsoleApp.h"
#include "MainWindow.h"
#include "ServicesPanel.h"
#include "config/ConfigLoader.h"
#include "ops/ServiceActionRunner.h"
#include "ops/ServiceCommands.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"
#include "store/EventStoreService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

#include <time.h>

using namespace opsdeck;

namespace {

QList<const HostConfig *> hostsWith(const FleetConfig &config, const QString &service)
{
    QList<const HostConfig *> hosts;
    for (const EnvironmentConfig &env : config.environments) {
        for (const HostConfig &host : env.hosts) {
            if (std::any_of(host.services.cbegin(), host.services.cend(), [&](const ServiceConfig &s) { return s.name == service; }))
                hosts << &host;
        }
    }
    return hosts;
}

// Runs `systemctl show` on every host at once; returns wall milliseconds and counts failures.
QString g_command; // --command: measure with another remote command (e.g. `true` for the engine's own floor)

qint64 showAll(SshEngine &engine, const QList<const HostConfig *> &hosts, const FleetConfig &config, int *failures)
{
    QElapsedTimer timer;
    timer.start();
    QList<QFuture<CommandResult>> futures;
    for (const HostConfig *host : hosts)
        futures << engine.run(host->name, g_command.isEmpty() ? ServiceCommands::show({QStringLiteral("family-photo-share.service")}) : g_command,
                              config.ssh.commandTimeout);
    for (qsizetype i = 0; i < futures.size(); ++i) {
        QFuture<CommandResult> &f = futures[i];
        f.waitForFinished();
        if (!f.resultCount() || !f.result().succeeded() || (g_command.isEmpty() && !f.result().out.contains("ActiveState=active"))) {
            ++*failures;
            // Which host and why, on stderr (the JSON on stdout stays one line).
            QTextStream(stderr) << "failed: " << hosts.at(i)->name << ": "
                                << (f.resultCount() ? commandStatusName(f.result().status) + QStringLiteral(" ") + f.result().error
                                                    : QStringLiteral("no result"))
                                << " (" << (f.resultCount() ? f.result().elapsedMs : 0) << " ms)\n";
        }
    }
    return timer.elapsed();
}

qint64 processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

int show(const FleetConfig &config, int repeat)
{
    RefusingPrompts prompts;
    const auto hosts = hostsWith(config, QStringLiteral("web"));
    QJsonArray cold;
    QJsonArray coldCpu; // this process's CPU (every thread) during each cold round
    QJsonArray coldFailures;
    QJsonArray warm;
    int failures = 0;
    for (int round = 0; round < repeat; ++round) {
        SshEngine engine(&prompts, &prompts);
        engine.setConfig(config);
        const qint64 cpu0 = processCpuMs();
        const int failed0 = failures;
        cold.append(showAll(engine, hosts, config, &failures));
        coldCpu.append(processCpuMs() - cpu0);
        coldFailures.append(failures - failed0);
        for (int w = 0; w < 3; ++w)
            warm.append(showAll(engine, hosts, config, &failures));
    }
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("hosts"), int(hosts.size())},
                                                     {QStringLiteral("cold_ms"), cold},
                                                     {QStringLiteral("cold_cpu_ms"), coldCpu},
                                                     {QStringLiteral("cold_failures"), coldFailures},
                                                     {QStringLiteral("warm_ms"), warm},
                                                     {QStringLiteral("failures"), failures}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return failures == 0 ? 0 : 1;
}

int restartLatency(const QString &configFile)
{
    QTemporaryDir dir;
    ConsoleApp app({configFile, QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QStringLiteral("services")});
    app.window()->show();
    const FleetConfig config = *ConfigLoader::loadFile(configFile).config;
    const auto hosts = hostsWith(config, QStringLiteral("web"));
    // Wait for the first refresh of every host (all sessions connected).
    QSignalSpy refreshed(app.window()->servicesPanel(), &ServicesPanel::refreshed);
    QElapsedTimer waited;
    waited.start();
    while (refreshed.size() < hosts.size() && waited.elapsed() < 120'000)
        refreshed.wait(1000);

    // The probe: every 10 ms a 0 ms timer is posted; its delay until it runs is the event loop's
    // latency at that moment. Between probes the UI thread sleeps like a real one does.
    std::vector<qint64> gaps;
    struct Stall {
        qint64 gapMs, atMs, cpuMs;
    };
    std::vector<Stall> stalls; // delays over 20 ms, with the UI thread's CPU time during them
    auto threadCpuNs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    };
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 posted = probeClock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        QTimer::singleShot(0, [&, posted, cpu] {
            const qint64 delay = probeClock.nsecsElapsed() - posted;
            gaps.push_back(delay);
            if (delay > 20'000'000)
                stalls.push_back({delay / 1'000'000, posted / 1'000'000, (threadCpuNs() - cpu) / 1'000'000});
        });
    });

    ServiceActionRequest request;
    request.verb = ServiceVerb::Restart;
    request.environment = config.environments.constFirst().name;
    request.service = QStringLiteral("web");
    request.reason = QStringLiteral("benchmark");
    request.confirmation = request.environment; // the benchmark stands in for the person typing it
    request.batchSize = int(hosts.size());
    QSignalSpy finished(app.runner(), &ServiceActionRunner::finished);
    QElapsedTimer wall;
    wall.start();
    probeClock.start();
    probe.start();
    app.runner()->start(request);
    finished.wait(300'000);
    probe.stop();
    const qint64 wallMs = wall.elapsed();
    std::sort(gaps.begin(), gaps.end());
    auto percentile = [&](double p) {
        return gaps.empty() ? 0.0 : double(gaps[size_t(p * double(gaps.size() - 1))]) / 1e6;
    };
    const auto report = finished.isEmpty() ? ServiceActionReport{} : finished.constFirst().constFirst().value<ServiceActionReport>();
    const int succeeded = int(std::count_if(report.hosts.cbegin(), report.hosts.cend(),
                                            [](const HostActionResult &r) { return r.outcome == ActionOutcome::Succeeded; }));
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("hosts"), int(hosts.size())},
                                                     {QStringLiteral("succeeded"), succeeded},
                                                     {QStringLiteral("outcome"), finished.isEmpty() ? QStringLiteral("not finished within 300 s")
                                                                                                  : actionOutcomeName(report.outcome)},
                                                     {QStringLiteral("summary"), report.summary},
                                                     {QStringLiteral("wall_ms"), wallMs},
                                                     {QStringLiteral("probes"), int(gaps.size())},
                                                     {QStringLiteral("latency_p50_ms"), percentile(0.50)},
                                                     {QStringLiteral("latency_p99_ms"), percentile(0.99)},
                                                     {QStringLiteral("latency_max_ms"), percentile(1.0)},
                                                     {QStringLiteral("stalls_over_20ms"), [&] {
                                                          QJsonArray list;
                                                          for (const Stall &st : stalls)
                                                              list.append(QStringLiteral("%1 ms at +%2 ms (UI thread on CPU %3 ms)")
                                                                              .arg(st.gapMs).arg(st.atMs).arg(st.cpuMs));
                                                          return list;
                                                      }()}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return succeeded == int(hosts.size()) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_ssh"));
    const QStringList args = app.arguments();
    const qsizetype configAt = args.indexOf(QStringLiteral("--config"));
    if (args.size() < 4 || configAt < 0 || configAt + 1 >= args.size()) {
        QTextStream(stderr) << "usage: bench_ssh show|restart-latency --config FILE [--repeat N]\n";
        return 64;
    }
    const QString configFile = args.at(configAt + 1);
    const ConfigLoadResult loaded = ConfigLoader::loadFile(configFile);
    if (!loaded.ok()) {
        QTextStream(stderr) << loaded.errors.constFirst().toString() << '\n';
        return 4;
    }
    if (const qsizetype commandAt = args.indexOf(QStringLiteral("--command")); commandAt > 0 && commandAt + 1 < args.size())
        g_command = args.at(commandAt + 1);
    if (args.at(1) == QLatin1String("show")) {
        const qsizetype repeatAt = args.indexOf(QStringLiteral("--repeat"));
        return show(*loaded.config, repeatAt > 0 && repeatAt + 1 < args.size() ? args.at(repeatAt + 1).toInt() : 1);
    }
    if (args.at(1) == QLatin1String("restart-latency"))
        return restartLatency(configFile);
    return 64;
}
