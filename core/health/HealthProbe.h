#pragma once

// Performs single health checks over HTTP(S): a timeout, a 1 MiB body cap, at most 3 redirects and
// never a less safe one, TLS always verified (an environment may add a CA file). Asynchronous; lives
// on the thread that created it (its QNetworkAccessManager does).

#include "HealthVerdict.h"

#include <QFuture>
#include <QObject>

class QNetworkAccessManager;

namespace opsdeck {

class HealthProbe final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    explicit HealthProbe(QObject *parent = nullptr);
    ~HealthProbe() override;

    // caFile: extra trusted CAs (PEM) for this check; empty for the system's.
    QFuture<HealthVerdict> check(const HealthCheckConfig &check, const QString &caFile = {});

private:
    QNetworkAccessManager *m_network;
};

} // namespace opsdeck
