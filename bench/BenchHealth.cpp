// Health-monitoring benchmarks (driven by bench/health.sh, which also runs curl --parallel):
//   bench_health monitor --config FILE [--seconds N]   every endpoint at a 1 s interval through the
//       real HealthService; checks/s, this process's CPU and the UI thread's event-loop latency
//   bench_health chart [--series N] [--hours H] [--frames F] [--no-baseline]   frames of N series × H hours at 5 s
//       after the data changed, as the dashboard's TimeSeriesChart draws them, against every point
//       handed to QtCharts; CPU time of the process per frame (OPSDECK_BENCH_SPLIT=1: where it goes,
//       OPSDECK_BENCH_SCREENSHOT=file.png: the last frame)
//   bench_health shots [--out DIR]                    the same data drawn by TimeSeriesChart and by
//       QtCharts with every point, as PNGs to compare by eye
// Prints one JSON object.

#include "config/ConfigLoader.h"
#include "health/HealthService.h"
#include "store/EventStoreService.h"
#include "TimeSeriesChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>
#include <QValueAxis>

#include <cmath>
#include <functional>

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

double cpuMs(const std::function<void()> &work, double *wallMs = nullptr)
{
    QElapsedTimer wall;
    wall.start();
    const double before = processCpuSeconds();
    work();
    if (wallMs)
        *wallMs = double(wall.nsecsElapsed()) / 1e6;
    return (processCpuSeconds() - before) * 1000.0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

// Counts the paint events of a widget: a frame is only counted as drawn when one happened.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) : QObject(widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

// One frame after the data changed: a new sample at the end of every series (and the window slid),
// then everything until the screen holds it: the redraw, the layout and the paint that follow from
// the events it posted (counted: a frame without a paint is an error).
int chart(const QStringList &args)
{
    const int seriesCount = argument(args, QStringLiteral("--series"), QStringLiteral("200")).toInt();
    const int hours = argument(args, QStringLiteral("--hours"), QStringLiteral("24")).toInt();
    const int frames = argument(args, QStringLiteral("--frames"), QStringLiteral("15")).toInt();
    const bool split = qEnvironmentVariableIsSet("OPSDECK_BENCH_SPLIT");
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - qint64(hours) * 3'600'000;
    auto valueAt = [](int s, qint64 t) { return 20.0 + (s % 17) + double((t / 5000 + s * 31) % 50) * (s % 3 == 0 ? 4.0 : 1.0); };
    QList<TimeSeries> raw(seriesCount);
    qint64 totalPoints = 0;
    for (int s = 0; s < seriesCount; ++s) {
        raw[s].name = QStringLiteral("host-%1/web").arg(s + 1, 3, 10, QLatin1Char('0'));
        raw[s].gapMs = 11'000;
        raw[s].samples.reserve(hours * 720 + 1000);
        for (qint64 t = from; t <= to; t += 5000)
            raw[s].samples.append({t, valueAt(s, t)});
        totalPoints += raw[s].samples.size();
    }

    // What the dashboard draws: TimeSeriesChart (QtCharts chart, lines drawn per pixel column).
    TimeSeriesChart chart(QStringLiteral("Response time (ms)"), 0);
    chart.resize(1200, 700);
    chart.show();
    QApplication::processEvents();
    chart.resize(1200, 700 + (700 - chart.view()->height())); // the chart view itself 1200 x 700, like the baseline
    QApplication::processEvents();
    chart.setRangeMinutes(hours * 60);
    chart.setSource([&raw] { return raw; }, QStringLiteral("bench"));
    QApplication::processEvents();
    auto *chartPaints = new PaintCounter(chart.view()->viewport());
    std::vector<double> cpu;
    std::vector<double> wall;
    for (int i = 0; i < frames; ++i) {
        const qint64 t = QDateTime::currentMSecsSinceEpoch(); // a result for every series, one of them a spike
        for (int s = 0; s < seriesCount; ++s)
            raw[s].samples.append({t, valueAt(s, t) * (s == i % seriesCount ? 3.0 : 1.0)});
        double w = 0;
        double redrawMs = 0;
        const int paintsBefore = chartPaints->paints;
        const double c = cpuMs([&] {
            redrawMs = cpuMs([&] { chart.redrawNow(); });
            QApplication::processEvents();
        }, &w);
        if (chartPaints->paints == paintsBefore)
            return 5; // nothing was painted: no frame to measure
        if (split)
            QTextStream(stderr) << "frame " << i << ": " << c << " ms CPU (" << w << " wall): redraw " << redrawMs
                                << ", layout and paint " << c - redrawMs << "\n";
        cpu.push_back(c);
        wall.push_back(w);
    }
    if (qEnvironmentVariableIsSet("OPSDECK_BENCH_SCREENSHOT"))
        chart.view()->grab().save(qEnvironmentVariable("OPSDECK_BENCH_SCREENSHOT"));

    if (args.contains(QStringLiteral("--no-baseline"))) {
        QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("frame_cpu_ms_median"), median(cpu)},
                                                         {QStringLiteral("frame_wall_ms_median"), median(wall)}})
                                   .toJson(QJsonDocument::Compact)
                            << '\n';
        return 0;
    }
    // The baseline: the same points handed to QtCharts as they are, one QLineSeries per series.
    QChart *plain = new QChart;
    QChartView view(plain);
    view.resize(1200, 700);
    view.setRenderHint(QPainter::Antialiasing, false);
    auto *x = new QDateTimeAxis;
    auto *y = new QValueAxis;
    plain->addAxis(x, Qt::AlignBottom);
    plain->addAxis(y, Qt::AlignLeft);
    plain->legend()->setVisible(false);
    for (int s = 0; s < seriesCount; ++s) {
        auto *series = new QLineSeries;
        plain->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    y->setRange(0, 300);
    view.show();
    QApplication::processEvents();
    auto *baselinePaints = new PaintCounter(view.viewport());
    QList<QList<QPointF>> full;
    for (const TimeSeries &series : std::as_const(raw)) {
        QList<QPointF> points;
        points.reserve(series.samples.size());
        for (const auto &sample : series.samples)
            points.append(QPointF(double(sample.timeMs), sample.value));
        full.append(points);
    }
    std::vector<double> baselineCpu;
    std::vector<double> baselineWall;
    for (int i = 0; i < 2; ++i) {
        double w = 0;
        double replaceMs = 0;
        const int paintsBefore = baselinePaints->paints;
        const double c = cpuMs([&] {
            replaceMs = cpuMs([&] {
                const QList<QAbstractSeries *> existing = plain->series();
                for (qsizetype s = 0; s < full.size(); ++s)
                    static_cast<QLineSeries *>(existing.at(s))->replace(full.at(s));
            });
            QApplication::processEvents();
        }, &w);
        if (baselinePaints->paints == paintsBefore)
            return 5;
        if (split)
            QTextStream(stderr) << "baseline frame " << i << ": " << c << " ms CPU (" << w << " wall): replace " << replaceMs << "\n";
        baselineCpu.push_back(c);
        baselineWall.push_back(w);
    }
    const double d = median(cpu);
    const double f = *std::min_element(baselineCpu.begin(), baselineCpu.end());
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("series"), seriesCount},
                                                     {QStringLiteral("hours"), hours},
                                                     {QStringLiteral("points_total"), totalPoints},
                                                     {QStringLiteral("columns_drawn"), chart.pointCount()},
                                                     {QStringLiteral("plot_width"), chart.plotRect().width()},
                                                     {QStringLiteral("frames"), frames},
                                                     {QStringLiteral("frame_cpu_ms_median"), d},
                                                     {QStringLiteral("frame_cpu_ms_max"), *std::max_element(cpu.begin(), cpu.end())},
                                                     {QStringLiteral("frame_wall_ms_median"), median(wall)},
                                                     {QStringLiteral("undecimated_frame_cpu_ms"), f},
                                                     {QStringLiteral("undecimated_frame_wall_ms"), *std::min_element(baselineWall.begin(), baselineWall.end())},
                                                     {QStringLiteral("speedup"), f / d}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}

// Screenshots for the eye: the same realistic data (noisy latencies, rare spikes, a silence, a
// service that stops answering) drawn by TimeSeriesChart and, as the reference, by QtCharts with
// every point, same size, colours and axes. Writes DIR/{chart,qtcharts}-<series>x<minutes>.png.
int shots(const QStringList &args)
{
    const QString out = argument(args, QStringLiteral("--out"), QStringLiteral("."));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const int seriesCount : {5, 40}) {
        QList<TimeSeries> data;
        QRandomGenerator random(42);
        for (int s = 0; s < seriesCount; ++s) {
            TimeSeries t{QStringLiteral("web-%1").arg(s + 1), {}, 11'000};
            const double base = 15 + 10 * (s % 7);
            for (qint64 at = now - 24 * 3'600'000LL; at <= now; at += 5000) {
                const qint64 ago = now - at;
                if (s == 1 && ago > 9 * 3'600'000LL && ago < 11 * 3'600'000LL)
                    continue; // the console was not polling
                if (s == 2 && ago < 3 * 60'000)
                    continue; // no answer: no latency
                double v = base + random.bounded(8.0) + 6 * std::sin(double(at) / 3.6e6);
                if (random.bounded(3000) == 0)
                    v += 200 + random.bounded(600.0); // a rare spike
                t.samples.append({at, v});
            }
            data.append(t);
        }
        for (const int minutes : {15, 1440}) {
            TimeSeriesChart chart(QStringLiteral("Response time (ms)"), 0);
            chart.resize(1200, 700);
            chart.show();
            chart.setRangeMinutes(minutes);
            chart.setSource([&data] { return data; }, QStringLiteral("TimeSeriesChart"));
            QApplication::processEvents();
            const QString suffix = QStringLiteral("-%1x%2.png").arg(seriesCount).arg(minutes);
            chart.view()->grab().save(out + QStringLiteral("/chart") + suffix);

            // The reference: QtCharts, every point, split where the chart breaks the line.
            const qint64 from = now - qint64(minutes) * 60'000;
            QChart *reference = new QChart;
            QChartView view(reference);
            view.resize(chart.view()->size());
            view.setRenderHint(QPainter::Antialiasing, false);
            reference->legend()->setAlignment(Qt::AlignBottom);
            reference->legend()->setVisible(seriesCount <= 6);
            reference->setMargins(QMargins(4, 4, 4, 4));
            auto *x = new QDateTimeAxis;
            auto *y = new QValueAxis;
            x->setFormat(minutes > 360 ? QStringLiteral("dd HH:mm") : QStringLiteral("HH:mm"));
            x->setTitleText(QStringLiteral("Local time"));
            y->setTitleText(QStringLiteral("Response time (ms)"));
            y->setLabelFormat(QStringLiteral("%d"));
            reference->addAxis(x, Qt::AlignBottom);
            reference->addAxis(y, Qt::AlignLeft);
            double highest = 10;
            for (qsizetype s = 0; s < data.size(); ++s) {
                QLineSeries *series = nullptr;
                qint64 previous = -1;
                for (const auto &sample : data.at(s).samples) {
                    if (sample.timeMs < from)
                        continue;
                    if (!series || sample.timeMs - previous > data.at(s).gapMs) {
                        series = new QLineSeries;
                        series->setName(data.at(s).name);
                        series->setPen(QPen(chart.seriesColor(int(s)), seriesCount <= 12 ? 2 : 1));
                        reference->addSeries(series);
                        series->attachAxis(x);
                        series->attachAxis(y);
                        const auto markers = reference->legend()->markers(series);
                        for (auto *marker : markers)
                            marker->setVisible(previous < 0);
                    }
                    series->append(double(sample.timeMs), sample.value);
                    highest = std::max(highest, sample.value);
                    previous = sample.timeMs;
                }
            }
            x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(now));
            y->setRange(0, highest * 1.1);
            view.show();
            QApplication::processEvents();
            view.grab().save(out + QStringLiteral("/qtcharts") + suffix);
        }
    }
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
    if (args.size() >= 2 && args.at(1) == QLatin1String("shots"))
        return shots(args);
    QTextStream(stderr) << "usage: bench_health monitor --config FILE [--seconds N] | chart [--series N] [--hours H] [--frames F]\n";
    return 64;
}
