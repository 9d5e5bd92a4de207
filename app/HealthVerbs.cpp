#include "HealthVerbs.h"

#include "CliContext.h"
#include "health/HealthMonitor.h"
#include "health/HealthProbe.h"
#include "ops/OpsContext.h"
#include "support/DisplayText.h"
#include "support/LocaleFormat.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HealthVerbs)
};

int exitCodeFor(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Pass: return 0;
    case HealthStatus::Warn: return 1;
    case HealthStatus::Fail: return 2;
    case HealthStatus::Unknown: return 3;
    }
    return 3;
}

QJsonObject toJson(const HealthVerdict &v)
{
    QJsonArray components;
    for (const HealthComponent &c : v.components)
        components.append(QJsonObject{{QStringLiteral("name"), c.name},
                                      {QStringLiteral("status"), healthStatusName(c.status)},
                                      {QStringLiteral("message"), c.message}});
    return {{QStringLiteral("status"), healthStatusName(v.status)},
            {QStringLiteral("reason"), v.reason},
            {QStringLiteral("components"), components},
            {QStringLiteral("latency_ms"), v.latencyMs},
            {QStringLiteral("http_status"), v.httpStatus},
            {QStringLiteral("format"), healthFormatName(v.format)}};
}

// Every option of `opsdeck probe`: the parser, --help, the man page and the bash completion read this list.
QList<QCommandLineOption> probeOptions()
{
    return {{QStringLiteral("format"), Text::tr("auto, seeds, ietf, spring, k8s or plain (default auto)."), QStringLiteral("FORMAT"), QStringLiteral("auto")},
            {QStringLiteral("timeout"), Text::tr("Seconds to wait for the answer (default 5)."), QStringLiteral("SECONDS"), QStringLiteral("5")},
            {QStringLiteral("ca-file"), Text::tr("Extra trusted CA certificates (PEM)."), QStringLiteral("FILE")},
            {QStringLiteral("allow-redirects-to"),
             Text::tr("A host (or host:port) a redirect may lead to besides the URL's origin; repeatable."), QStringLiteral("HOST")}};
}

int probe(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(probeOptions());
    parser.addPositionalArgument(QStringLiteral("URL"), Text::tr("The health endpoint."));
    const auto usage = [&] {
        cli.err << Text::tr("usage: opsdeck probe URL [--format auto|seeds|ietf|spring|k8s|plain] [--timeout SECONDS] [--ca-file FILE] "
                            "[--allow-redirects-to HOST]...")
                << Qt::endl;
        return ExitCode::Usage;
    };
    if (!parser.parse(QStringList{QStringLiteral("opsdeck probe")} + arguments) || parser.positionalArguments().size() != 1)
        return usage();
    HealthCheckConfig check;
    const QUrl url(parser.positionalArguments().constFirst(), QUrl::StrictMode);
    const auto format = healthFormatFromName(parser.value(QStringLiteral("format")));
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty()
        || !format || !ok || seconds <= 0 || seconds > 300)
        return usage();
    for (const QString &text : parser.values(QStringLiteral("allow-redirects-to"))) {
        const auto host = redirectHostFromText(text);
        if (!host)
            return usage();
        check.redirectHosts.append(*host);
    }
    check.url = url.toString();
    check.format = *format;
    check.timeout = Milliseconds(qint64(seconds * 1000));
    check.interval = check.timeout + Milliseconds(1);

    HealthProbe &prober = *cli.ops().probe();
    QEventLoop loop;
    HealthVerdict verdict;
    verdict.status = HealthStatus::Unknown;
    verdict.reason = Text::tr("no answer within %1 s").arg(seconds);
    prober.check(check, parser.value(QStringLiteral("ca-file"))).then(&loop, [&](const HealthVerdict &v) {
        verdict = v;
        loop.quit();
    });
    // A second of grace over the timeout, whatever the network stack does.
    QTimer::singleShot(check.timeout + Milliseconds(900), &loop, &QEventLoop::quit);
    loop.exec();
    cli.printJson(QJsonDocument(toJson(verdict)));
    cli.out.flush();
    return exitCodeFor(verdict.status);
}

// Every option of `opsdeck status`: the parser, --help, the man page and the bash completion read this list.
QList<QCommandLineOption> statusOptions()
{
    return {CliContext::configOption(),
            {QStringLiteral("env"), Text::tr("Only this environment."), QStringLiteral("ENV")},
            {QStringLiteral("json"), Text::tr("JSON output.")}};
}

int status(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(statusOptions());
    if (!parser.parse(QStringList{QStringLiteral("opsdeck status")} + arguments) || !parser.positionalArguments().isEmpty()) {
        cli.err << Text::tr("usage: opsdeck status [--env ENV] [--json] [--config FILE]") << Qt::endl;
        return ExitCode::Usage;
    }
    const auto config = cli.loadConfig(parser);
    if (!config)
        return ExitCode::Config;
    QList<HealthEndpoint> endpoints = HealthMonitor::endpointsOf(*config);
    const QString onlyEnv = parser.value(QStringLiteral("env"));
    if (!onlyEnv.isEmpty()) {
        endpoints.removeIf([&](const HealthEndpoint &e) { return e.environment != onlyEnv; });
        if (endpoints.isEmpty()) {
            cli.err << Text::tr("opsdeck: no health checks in environment '%1'").arg(onlyEnv) << Qt::endl;
            return ExitCode::Usage;
        }
    }
    HealthProbe &prober = *cli.ops().probe();
    QEventLoop loop;
    QList<HealthVerdict> verdicts(endpoints.size());
    int pending = int(endpoints.size());
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        prober.check(endpoints.at(i).check, endpoints.at(i).caFile).then(&loop, [&, i](const HealthVerdict &v) {
            verdicts[i] = v;
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
    HealthStatus worst = HealthStatus::Pass;
    QJsonArray list;
    if (!parser.isSet(QStringLiteral("json")))
        cli.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(Text::tr("ENVIRONMENT"), -12).arg(Text::tr("HOST"), -14).arg(Text::tr("SERVICE"), -10)
                       .arg(Text::tr("STATUS"), -8).arg(Text::tr("LATENCY"), 8).arg(Text::tr("REASON"));
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        const HealthEndpoint &e = endpoints.at(i);
        const HealthVerdict &v = verdicts.at(i);
        worst = worse(worst, v.status);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject o = toJson(v);
            o.insert(QStringLiteral("environment"), e.environment);
            o.insert(QStringLiteral("host"), e.host);
            o.insert(QStringLiteral("service"), e.service);
            o.insert(QStringLiteral("url"), redactedUrl(e.check.url));
            list.append(o);
        } else {
            cli.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                           .arg(e.environment, -12).arg(e.host, -14).arg(e.service, -10)
                           .arg(healthStatusName(v.status).toUpper(), -8)
                           .arg(Text::tr("%1 ms").arg(LocaleFormat::integer(v.latencyMs)), 8)
                           .arg(DisplayText::terminal(v.reason)); // a health body's text, on one line
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        cli.printJson(QJsonDocument(list));
    cli.out.flush();
    return exitCodeFor(worst);
}

} // namespace

Verb probeVerb()
{
    return {QStringLiteral("probe"), QStringLiteral("probe URL [--format F] [--timeout S]"),
            Text::tr("Check one health endpoint; print the verdict as JSON (exit 0 pass, 1 warn, 2 fail, 3 unknown)"), probe, nullptr,
            probeOptions()};
}

Verb statusVerb()
{
    return {QStringLiteral("status"), QStringLiteral("status [--env ENV] [--json]"),
            Text::tr("Check every configured health endpoint now and print the fleet's state"), status, nullptr, statusOptions()};
}

} // namespace opsdeck
