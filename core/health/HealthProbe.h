#pragma once

// Performs single health checks over HTTP(S) with HttpClient: a timeout for the whole check, a 1 MiB
// body cap, at most 3 redirects and never from https to http, TLS always verified (an environment may
// add a CA file). Asynchronous; lives on the thread that created it (its HttpClient does).
// HealthMonitor uses HttpClient directly with the same request and verdict (requestFor, verdictOf).

#include "HealthVerdict.h"
#include "HttpClient.h"

#include <QFuture>
#include <QObject>

namespace opsdeck {

class HealthProbe final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBodyBytes = HttpClient::kMaxBodyBytes;
    static constexpr int kMaxRedirects = 3;

    explicit HealthProbe(QObject *parent = nullptr);
    ~HealthProbe() override;

    // caFile: extra trusted CAs (PEM) for this check; empty for the system's.
    QFuture<HealthVerdict> check(const HealthCheckConfig &check, const QString &caFile = {});

    static HttpRequest requestFor(const HealthCheckConfig &check, const QString &caFile);
    // What an answer (or its absence) means: a failure with its precise reason, or the body's verdict.
    static HealthVerdict verdictOf(HttpResult &&result, HealthFormat format);

private:
    HttpClient *m_http;
};

} // namespace opsdeck
