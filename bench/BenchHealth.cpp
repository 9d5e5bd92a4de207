// Health-monitoring benchmarks (driven by bench/health.sh, which also runs curl --parallel):
//   bench_health monitor --config FILE [--seconds N]   every endpoint at a 1 s interval through the
//       real HealthService; checks/s, this process's CPU and the UI thread's event-loop latency
//   bench_health chart [--series N] [--hours H]       one frame of N series × H hours at 5 s:
//       decimated (what the dashboard draws) against every point handed to QtCharts
// Prints one JSON object.

#include "config/ConfigLoader.h"
#include "health/HealthService.h"
#include "health/SeriesDecimator.h"
#include "store/EventStoreService.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QTextStream>
#include <QTimer>
#include <QValueAxis>

#include <sys/resource.h>

using namespace opsdeck;

namespace {

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString argument(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at > 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

int monitor(const QStringList &args)
{
    const auto loaded = ConfigLoader::loadFile(argument(args, QStringLiteral("--config"), {}));
    if (!loaded.ok())
        return 4;
    FleetConfig config = *loaded.config;
    int endpoints = 0;
    for (EnvironmentConfig &env : config.environments) {
        for (HostConfig &h : env.hosts) {
            for (ServiceConfig &s : h.services) {
                for (HealthCheckConfig &c : s.health) {
                    c.interval = Milliseconds(1000);
                    c.timeout = Milliseconds(800);
                    ++endpoints;
                }
            }
        }
    }
    const int seconds = argument(args, QStringLiteral("--seconds"), QStringLiteral("20")).toInt();
    EventStoreService store; // not opened: transitions are dropped, as the bench measures checking
    HealthService health(&store);
    qint64 results = 0;
    QObject::connect(&health, &HealthService::updated, [&] { ++results; });
    health.setConfig(config);
    // Warm up one interval so every endpoint has its connection and rhythm.
    QEventLoop loop;
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    loop.exec();

    std::vector<qint64> delays;
    QElapsedTimer clock;
    clock.start();
    QTimer probe;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 posted = clock.nsecsElapsed();
        QTimer::singleShot(0, [&, posted] { delays.push_back(clock.nsecsElapsed() - posted); });
    });
    const qint64 resultsBefore = results;
    const double cpuBefore = processCpuSeconds();
    const qint64 wallBefore = clock.elapsed();
    probe.start();
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    const double wall = double(clock.elapsed() - wallBefore) / 1000.0;
    const double cpu = processCpuSeconds() - cpuBefore;
    const qint64 checks = results - resultsBefore;
    std::sort(delays.begin(), delays.end());
    auto pct = [&](double p) { return delays.empty() ? 0.0 : double(delays[size_t(p * double(delays.size() - 1))]) / 1e6; };
    int failing = 0;
    for (const HealthSnapshot &s : health.snapshots())
        failing += s.last.status != HealthStatus::Pass ? 1 : 0;
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("endpoints"), endpoints},
                                                     {QStringLiteral("seconds"), wall},
                                                     {QStringLiteral("checks"), checks},
                                                     {QStringLiteral("checks_per_second"), double(checks) / wall},
                                                     {QStringLiteral("cpu_seconds"), cpu},
                                                     {QStringLiteral("cores_used"), cpu / wall},
                                                     {QStringLiteral("checks_per_cpu_second"), double(checks) / cpu},
                                                     {QStringLiteral("not_passing_at_end"), failing},
                                                     {QStringLiteral("ui_latency_p50_ms"), pct(0.5)},
                                                     {QStringLiteral("ui_latency_p99_ms"), pct(0.99)},
                                                     {QStringLiteral("ui_latency_max_ms"), pct(1.0)}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}

// Renders one frame of the chart with the given points per series; returns milliseconds.
double renderFrame(QChartView &view, QChart *chart, const QList<QList<QPointF>> &series)
{
    QElapsedTimer timer;
    timer.start();
    const QList<QAbstractSeries *> existing = chart->series();
    for (qsizetype i = 0; i < series.size(); ++i)
        static_cast<QLineSeries *>(existing.at(i))->replace(series.at(i));
    const qint64 replaced = timer.nsecsElapsed();
    const QPixmap frame = view.grab(); // lays out and paints the whole chart
    Q_UNUSED(frame)
    if (qEnvironmentVariableIsSet("OPSDECK_BENCH_SPLIT"))
        QTextStream(stderr) << "replace " << replaced / 1e6 << " ms, paint " << (timer.nsecsElapsed() - replaced) / 1e6 << " ms\n";
    return double(timer.nsecsElapsed()) / 1e6;
}

int chart(const QStringList &args)
{
    const int seriesCount = argument(args, QStringLiteral("--series"), QStringLiteral("200")).toInt();
    const int hours = argument(args, QStringLiteral("--hours"), QStringLiteral("24")).toInt();
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - qint64(hours) * 3'600'000;
    QList<QList<SeriesDecimator::Sample>> raw(seriesCount);
    for (int s = 0; s < seriesCount; ++s) {
        raw[s].reserve(hours * 720);
        for (qint64 t = from; t <= to; t += 5000)
            raw[s].append({t, 20.0 + (s % 17) + double((t / 5000 + s * 31) % 50) * (s % 3 == 0 ? 4.0 : 1.0)});
    }
    QChart *chart = new QChart;
    QChartView view(chart);
    view.resize(1200, 700);
    view.setRenderHint(QPainter::Antialiasing, false);
    auto *x = new QDateTimeAxis;
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->legend()->setVisible(false);
    for (int s = 0; s < seriesCount; ++s) {
        auto *series = new QLineSeries;
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    y->setRange(0, 300);
    view.show();
    QApplication::processEvents();

    // Decimated: what TimeSeriesChart hands to QtCharts (about two points per pixel column).
    QElapsedTimer decimation;
    decimation.start();
    QList<QList<QPointF>> decimated;
    qint64 decimatedPoints = 0;
    for (const auto &samples : raw) {
        const auto segments = SeriesDecimator::decimate(samples, from, to, view.width(), 11'000);
        decimated.append(segments.isEmpty() ? QList<QPointF>{} : segments.constFirst());
        decimatedPoints += decimated.constLast().size();
    }
    const double decimateMs = double(decimation.nsecsElapsed()) / 1e6;
    std::vector<double> decimatedFrames;
    for (int i = 0; i < 5; ++i)
        decimatedFrames.push_back(renderFrame(view, chart, decimated) + decimateMs);
    QList<QList<QPointF>> full;
    qint64 fullPoints = 0;
    for (const auto &samples : raw) {
        QList<QPointF> points;
        points.reserve(samples.size());
        for (const auto &s : samples)
            points.append(QPointF(double(s.timeMs), s.value));
        fullPoints += points.size();
        full.append(points);
    }
    std::vector<double> fullFrames;
    for (int i = 0; i < 2; ++i)
        fullFrames.push_back(renderFrame(view, chart, full));
    std::sort(decimatedFrames.begin(), decimatedFrames.end());
    std::sort(fullFrames.begin(), fullFrames.end());
    const double d = decimatedFrames[decimatedFrames.size() / 2];
    const double f = fullFrames[0];
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("series"), seriesCount},
                                                     {QStringLiteral("hours"), hours},
                                                     {QStringLiteral("points_total"), fullPoints},
                                                     {QStringLiteral("points_drawn_decimated"), decimatedPoints},
                                                     {QStringLiteral("decimated_frame_ms"), d},
                                                     {QStringLiteral("of_which_decimation_ms"), decimateMs},
                                                     {QStringLiteral("undecimated_frame_ms"), f},
                                                     {QStringLiteral("speedup"), f / d}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 2 && args.at(1) == QLatin1String("monitor"))
        return monitor(args);
    if (args.size() >= 2 && args.at(1) == QLatin1String("chart"))
        return chart(args);
    QTextStream(stderr) << "usage: bench_health monitor --config FILE [--seconds N] | chart [--series N] [--hours H]\n";
    return 64;
}
