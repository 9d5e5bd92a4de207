#include "HealthProbe.h"

#include "HealthBodyParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HealthProbe)
};
} // namespace

HealthProbe::HealthProbe(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<opsdeck::HealthVerdict>();
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HealthProbe::~HealthProbe() = default;

QFuture<HealthVerdict> HealthProbe::check(const HealthCheckConfig &check, const QString &caFile)
{
    auto promise = std::make_shared<QPromise<HealthVerdict>>();
    promise->start();
    QFuture<HealthVerdict> future = promise->future();

    QNetworkRequest request{QUrl(check.url)};
    request.setTransferTimeout(int(check.timeout.count()));
    request.setMaximumRedirectsAllowed(3);
    request.setRawHeader("Accept", "application/health+json, application/json;q=0.9, text/plain;q=0.5");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("OpsDeck/" OPSDECK_VERSION));
    if (!caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        const auto certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        ssl.addCaCertificates(certificates);
        request.setSslConfiguration(ssl);
    }
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_network->get(request);
    auto overCap = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, overCap](qint64 received, qint64) {
        if (received > kMaxBodyBytes && !*overCap) {
            *overCap = true;
            reply->abort();
        }
    });
    const HealthFormat format = check.format;
    const Milliseconds timeout = check.timeout;
    connect(reply, &QNetworkReply::finished, this, [reply, promise, timer, overCap, format, timeout] {
        reply->deleteLater();
        HealthVerdict verdict;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*overCap) {
            verdict.status = HealthStatus::Fail;
            verdict.reason = Text::tr("the body is larger than %1 bytes").arg(kMaxBodyBytes);
        } else if (reply->error() != QNetworkReply::NoError && status == 0) {
            verdict.status = HealthStatus::Fail;
            switch (reply->error()) {
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError:
                verdict.reason = Text::tr("no answer within %1 ms").arg(timeout.count());
                break;
            case QNetworkReply::ConnectionRefusedError:
                verdict.reason = Text::tr("connection refused");
                break;
            case QNetworkReply::TooManyRedirectsError:
                verdict.reason = Text::tr("more than 3 redirects");
                break;
            default:
                verdict.reason = reply->errorString();
            }
        } else {
            verdict = HealthBodyParser::parse(format, status, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                              reply->read(kMaxBodyBytes + 1));
        }
        verdict.httpStatus = status;
        verdict.latencyMs = timer->elapsed();
        verdict.checkedAt = QDateTime::currentDateTimeUtc();
        promise->addResult(verdict);
        promise->finish();
    });
    return future;
}

} // namespace opsdeck
