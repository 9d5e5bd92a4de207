// The whole window at scale (driven by bench/window.sh, which also brings up the fleet and runs the
// curl peer):
//   bench_window start --config FILE [--fleet DIR --fleet-tool PATH] [--flap-fraction F]
//                      [--flap-seconds S] [--flap-for SECONDS] [--timeout SECONDS]
//       the real window (ConsoleApp, offscreen, Dashboard) on the fleet: ms from start to every host
//       connected and to every health endpoint checked (its first answer), this process's peak and
//       settled resident memory, the UI event loop's latency during the start; then, with --fleet,
//       `opsdeck-fleet flap` on that fleet and the latency and memory while it flaps
// Prints one JSON object. (The sample history's readback at 1,000 hosts is measured by
// TestHostMetricsPoller with OPSDECK_SCALE_HOSTS=1000: the window here starts with an empty history.) UI thread only (the window's own threads do the work).

#include "ConsoleApp.h"
#include "MainWindow.h"
#include "config/ConfigLoader.h"
#include "health/HealthService.h"
#include "ssh/SshEngine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

#include <time.h>

using namespace opsdeck;

namespace {

QString argument(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at > 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

// A field of /proc/self/status in KiB ("VmRSS", "VmHWM").
qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Sets the peak (VmHWM) back to the current resident size (Linux ≥ 4.0), so that a later peak is
// the peak of what happened since.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

// How long the calling thread has waited on a run queue for a core (/proc/thread-self/schedstat's
// second field; -1 where the kernel does not keep it): a stall with little CPU beside it is this.
qint64 threadRunQueueWaitMs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 ns = fields.size() >= 2 ? fields.at(1).toLongLong(&ok) : 0;
    return ok ? ns / 1'000'000 : -1;
}

// This process's CPU, every thread (the SSH sessions, the probes, the store) and the UI thread.
qint64 processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

// The event loop's latency: every 10 ms a 0 ms timer is posted; its delay until it runs is the
// latency at that moment (the probe of bench_ssh restart-latency).
class LatencyProbe final
{
public:
    LatencyProbe()
    {
        m_clock.start();
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 posted = m_clock.nsecsElapsed();
            QTimer::singleShot(0, [this, posted] { m_delays.push_back(m_clock.nsecsElapsed() - posted); });
        });
        m_timer.start();
    }
    void restart() { m_delays.clear(); }
    QJsonObject report() const
    {
        std::vector<qint64> sorted = m_delays;
        std::sort(sorted.begin(), sorted.end());
        auto pct = [&](double p) { return sorted.empty() ? 0.0 : double(sorted[size_t(p * double(sorted.size() - 1))]) / 1e6; };
        return {{QStringLiteral("probes"), int(sorted.size())},
                {QStringLiteral("p50_ms"), pct(0.5)},
                {QStringLiteral("p99_ms"), pct(0.99)},
                {QStringLiteral("max_ms"), pct(1.0)}};
    }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::vector<qint64> m_delays;
};

// Runs the event loop until done() or the deadline (checked every 20 ms; the loop sleeps between).
bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || waited.elapsed() >= timeoutMs)
            loop.quit();
    });
    check.start(20);
    if (!done())
        loop.exec();
    return done();
}

void pause(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// `opsdeck-fleet flap …` without blocking the event loop that is being measured.
bool runFleetTool(const QString &tool, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(tool, arguments);
    bool finished = false;
    QObject::connect(&process, &QProcess::finished, [&] { finished = true; });
    QObject::connect(&process, &QProcess::errorOccurred, [&] { finished = true; });
    waitUntil([&] { return finished; }, 60'000);
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    *error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return false;
}

int start(const QStringList &args)
{
    const QString configFile = argument(args, QStringLiteral("--config"), {});
    const ConfigLoadResult loaded = ConfigLoader::loadFile(configFile);
    if (!loaded.ok()) {
        QTextStream(stderr) << (loaded.errors.isEmpty() ? QStringLiteral("cannot read the configuration") : loaded.errors.constFirst().toString()) << '\n';
        return 4;
    }
    const FleetConfig &config = *loaded.config;
    const QString fleetDir = argument(args, QStringLiteral("--fleet"), {});
    const QString fleetTool = argument(args, QStringLiteral("--fleet-tool"), {});
    const QString flapFraction = argument(args, QStringLiteral("--flap-fraction"), QStringLiteral("0.1"));
    const QString flapSeconds = argument(args, QStringLiteral("--flap-seconds"), QStringLiteral("4"));
    const qint64 flapForMs = argument(args, QStringLiteral("--flap-for"), QStringLiteral("30")).toLongLong() * 1000;
    const qint64 timeoutMs = argument(args, QStringLiteral("--timeout"), QStringLiteral("120")).toLongLong() * 1000;
    int endpoints = 0;
    for (const EnvironmentConfig &env : config.environments) {
        for (const HostConfig &host : env.hosts) {
            for (const ServiceConfig &service : host.services)
                endpoints += int(service.health.size());
        }
    }
    const int hosts = config.hostCount();

    QTemporaryDir dir;
    qputenv("OPSDECK_HISTORY", dir.filePath(QStringLiteral("history.sqlite")).toUtf8()); // a fresh user: nothing to read back
    const qint64 rssBefore = statusKiB("VmRSS");
    QElapsedTimer clock;
    clock.start();
    const qint64 uiCpu0 = threadCpuMs();
    const qint64 uiWait0 = threadRunQueueWaitMs();
    const qint64 processCpu0 = processCpuMs();
    ConsoleApp app({configFile, QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QStringLiteral("dashboard")});
    app.window()->show();
    const qint64 constructedMs = clock.elapsed(); // the UI thread was busy building the window all along

    QSet<QString> connected;
    qint64 connectedMs = -1;
    QObject::connect(app.ssh(), &SshEngine::connectedChanged, [&](const QString &host, bool up) {
        if (up)
            connected.insert(host);
        if (connectedMs < 0 && connected.size() == hosts)
            connectedMs = clock.elapsed();
    });
    QSet<QString> checked;  // a first result of any kind
    QSet<QString> answered; // a first HTTP answer
    qint64 checkedMs = -1;
    qint64 answeredMs = -1;
    int transitions = 0;
    QObject::connect(app.health(), &HealthService::updated, [&](const HealthSnapshot &snapshot) {
        checked.insert(snapshot.endpoint.id);
        if (snapshot.last.httpStatus > 0)
            answered.insert(snapshot.endpoint.id);
        if (checkedMs < 0 && checked.size() == endpoints)
            checkedMs = clock.elapsed();
        if (answeredMs < 0 && answered.size() == endpoints)
            answeredMs = clock.elapsed();
    });
    QObject::connect(app.health(), &HealthService::transitioned, [&] { ++transitions; });
    qint64 rssHighest = statusKiB("VmRSS");
    QTimer rssSampler;
    QObject::connect(&rssSampler, &QTimer::timeout, [&] { rssHighest = std::max(rssHighest, statusKiB("VmRSS")); });
    rssSampler.start(200);

    LatencyProbe probe;
    waitUntil([&] { return connectedMs >= 0 && answeredMs >= 0; }, timeoutMs);
    const QJsonObject startLatency = probe.report();
    const qint64 startUiCpuMs = threadCpuMs() - uiCpu0;
    const qint64 startUiWaitMs = threadRunQueueWaitMs() - uiWait0;
    const qint64 startProcessCpuMs = processCpuMs() - processCpu0;
    const qint64 peakAtStart = statusKiB("VmHWM");
    // Settled: ten more seconds of ordinary polling after everything answered.
    pause(10'000);
    const qint64 settled = statusKiB("VmRSS");

    QJsonObject flap;
    if (!fleetDir.isEmpty() && !fleetTool.isEmpty()) {
        QString error;
        if (!runFleetTool(fleetTool, {QStringLiteral("flap"), QStringLiteral("--fraction"), flapFraction, QStringLiteral("--seconds"), flapSeconds,
                                      QStringLiteral("--dir"), fleetDir}, &error)) {
            QTextStream(stderr) << "opsdeck-fleet flap failed: " << error << '\n';
            return 3;
        }
        transitions = 0;
        resetPeak();
        probe.restart();
        const qint64 uiCpu1 = threadCpuMs();
        const qint64 uiWait1 = threadRunQueueWaitMs();
        pause(flapForMs);
        flap = probe.report();
        flap.insert(QStringLiteral("fraction"), flapFraction.toDouble());
        flap.insert(QStringLiteral("seconds"), flapSeconds.toDouble());
        flap.insert(QStringLiteral("for_s"), double(flapForMs) / 1000.0);
        flap.insert(QStringLiteral("transitions"), transitions);
        flap.insert(QStringLiteral("ui_thread_cpu_ms"), threadCpuMs() - uiCpu1);
        flap.insert(QStringLiteral("ui_thread_wait_ms"), threadRunQueueWaitMs() - uiWait1);
        flap.insert(QStringLiteral("peak_rss_mib"), mib(statusKiB("VmHWM")));
        flap.insert(QStringLiteral("rss_mib"), mib(statusKiB("VmRSS")));
        runFleetTool(fleetTool, {QStringLiteral("flap"), QStringLiteral("--fraction"), QStringLiteral("0"), QStringLiteral("--dir"), fleetDir}, &error);
    }
    QJsonObject out{{QStringLiteral("hosts"), hosts},
                    {QStringLiteral("endpoints"), endpoints},
                    {QStringLiteral("window_constructed_ms"), constructedMs},
                    {QStringLiteral("hosts_connected"), int(connected.size())},
                    {QStringLiteral("all_connected_ms"), connectedMs},
                    {QStringLiteral("endpoints_checked"), int(checked.size())},
                    {QStringLiteral("endpoints_answered"), int(answered.size())},
                    {QStringLiteral("all_checked_ms"), checkedMs},
                    {QStringLiteral("all_answered_ms"), answeredMs},
                    {QStringLiteral("start_latency"), startLatency},
                    {QStringLiteral("start_ui_thread_cpu_ms"), startUiCpuMs},
                    {QStringLiteral("start_ui_thread_wait_ms"), startUiWaitMs},
                    {QStringLiteral("start_process_cpu_ms"), startProcessCpuMs},
                    {QStringLiteral("rss_before_window_mib"), mib(rssBefore)},
                    {QStringLiteral("peak_rss_start_mib"), mib(peakAtStart)},
                    {QStringLiteral("highest_rss_sampled_mib"), mib(rssHighest)},
                    {QStringLiteral("settled_rss_mib"), mib(settled)}};
    if (!flap.isEmpty())
        out.insert(QStringLiteral("flap"), flap);
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return connectedMs >= 0 && answeredMs >= 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_window"));
    const QStringList args = app.arguments();
    if (args.size() >= 2 && args.at(1) == QLatin1String("start"))
        return start(args);
    QTextStream(stderr) << "usage: bench_window start --config FILE [--fleet DIR --fleet-tool PATH] [--flap-fraction F] [--flap-seconds S]"
                           " [--flap-for SECONDS] [--timeout SECONDS]\n";
    return 64;
}
