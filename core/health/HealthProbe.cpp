#include "HealthProbe.h"

#include "HealthBodyParser.h"

#include <QPromise>

namespace opsdeck {

HealthProbe::HealthProbe(QObject *parent) : QObject(parent), m_http(new HttpClient(this))
{
    qRegisterMetaType<opsdeck::HealthVerdict>();
}

HealthProbe::~HealthProbe() = default;

HttpRequest HealthProbe::requestFor(const HealthCheckConfig &check, const QString &caFile)
{
    HttpRequest request;
    request.url = QUrl(check.url);
    request.timeoutMs = check.timeout.count();
    request.caFile = caFile;
    request.maxRedirects = kMaxRedirects;
    request.redirectHosts = check.redirectHosts;
    return request;
}

HealthVerdict HealthProbe::verdictOf(HttpResult &&result, HealthFormat format)
{
    HealthVerdict verdict;
    if (result.error != HttpResult::Error::None) {
        verdict.status = HealthStatus::Fail;
        verdict.reason = std::move(result.reason);
    } else {
        verdict = HealthBodyParser::parse(format, result.status, result.contentType, result.body);
    }
    verdict.httpStatus = result.status;
    verdict.latencyMs = result.elapsedMs;
    verdict.checkedAt = QDateTime::currentDateTimeUtc();
    return verdict;
}

QFuture<HealthVerdict> HealthProbe::check(const HealthCheckConfig &check, const QString &caFile)
{
    auto promise = std::make_shared<QPromise<HealthVerdict>>();
    promise->start();
    QFuture<HealthVerdict> future = promise->future();
    m_http->get(requestFor(check, caFile), [promise, format = check.format](HttpResult &&result) {
        promise->addResult(verdictOf(std::move(result), format));
        promise->finish();
    });
    return future;
}

} // namespace opsdeck
