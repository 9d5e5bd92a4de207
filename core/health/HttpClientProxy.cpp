// HttpClient's proxied URLs: whether Qt's proxy settings (QNetworkProxyFactory, which also reads
// http_proxy/https_proxy/no_proxy) send a URL through a proxy, cached for a while; if so, the request
// goes through QNetworkAccessManager with the same limits (deadline, body cap, redirect policy). On the
// client's thread.

#include "HttpClientPrivate.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <algorithm>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

constexpr qint64 kProxyTtlMs = 60'000;

} // namespace

bool HttpClient::Private::proxied(const QUrl &url)
{
    const QString key = url.scheme() + u':' + url.host() + u':' + QString::number(url.port());
    auto it = proxies.find(key);
    if (it == proxies.end() || it->expires < now()) {
        const QList<QNetworkProxy> list = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
        const bool viaProxy = !list.isEmpty() && list.constFirst().type() != QNetworkProxy::NoProxy
                              && list.constFirst().type() != QNetworkProxy::DefaultProxy;
        it = proxies.insert(key, {viaProxy, now() + kProxyTtlMs});
    }
    return it->proxied;
}

void HttpClient::Private::viaProxy(Job &j)
{
    if (!nam) {
        nam = new QNetworkAccessManager(q);
        nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    QNetworkRequest request(j.url);
    // Each redirect is checked as on the direct path (checkRedirect) before QtNetwork follows it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setTransferTimeout(int(std::max<qint64>(1, j.deadline - now())));
    request.setMaximumRedirectsAllowed(j.request.maxRedirects);
    request.setRawHeader("Accept", "application/health+json, application/json;q=0.9, text/plain;q=0.5");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("OpsDeck/" OPSDECK_VERSION));
    if (!j.request.caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(caCertificates(j.request.caFile));
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = nam->get(request);
    j.reply = reply;
    const quint64 id = j.id;
    QObject::connect(reply, &QNetworkReply::downloadProgress, q, [this, id, reply](qint64 received, qint64) {
        Job *job = findJob(id);
        if (job && received > kMaxBodyBytes && !job->overCap) {
            job->overCap = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::redirected, q, [this, id, reply](const QUrl &target) {
        Job *job = findJob(id);
        if (!job)
            return;
        HttpRequestPolicy::RedirectCheck check = HttpRequestPolicy::checkRedirect(job->request, job->url, target);
        if (check.error != HttpResult::Error::None) {
            job->refusedRedirect = std::move(check);
            reply->abort(); // finished() follows and answers; job may be gone after this
            return;
        }
        ++job->redirects;
        job->url = target;
        Q_EMIT reply->redirectAllowed();
    });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, id, reply] {
        reply->deleteLater();
        Job *job = findJob(id);
        if (!job)
            return; // timed out: already answered
        job->reply = nullptr;
        HttpResult result;
        result.viaProxy = true;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (job->refusedRedirect.error != HttpResult::Error::None) {
            result.error = job->refusedRedirect.error;
            result.reason = job->refusedRedirect.reason;
        } else if (job->overCap) {
            result.error = HttpResult::Error::BodyTooLarge;
            result.reason = Text::tr("the body is larger than %1 bytes").arg(kMaxBodyBytes);
        } else if (reply->error() != QNetworkReply::NoError && result.status == 0) {
            switch (reply->error()) {
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError:
                result.error = HttpResult::Error::Timeout;
                result.reason = Text::tr("no answer within %1 ms").arg(job->request.timeoutMs);
                break;
            case QNetworkReply::ConnectionRefusedError:
            case QNetworkReply::ProxyConnectionRefusedError:
                result.error = HttpResult::Error::Refused;
                result.reason = Text::tr("connection refused");
                break;
            case QNetworkReply::TooManyRedirectsError:
                result.error = HttpResult::Error::TooManyRedirects;
                result.reason = Text::tr("more than %1 redirects").arg(job->request.maxRedirects);
                break;
            case QNetworkReply::InsecureRedirectError:
                result.error = HttpResult::Error::InsecureRedirect;
                result.reason = reply->errorString();
                break;
            case QNetworkReply::SslHandshakeFailedError:
                result.error = HttpResult::Error::Tls;
                result.reason = Text::tr("TLS: %1").arg(reply->errorString());
                break;
            default:
                result.error = HttpResult::Error::Network;
                result.reason = reply->errorString();
            }
        } else {
            result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            result.body = reply->read(kMaxBodyBytes + 1);
        }
        finish(*job, std::move(result));
    });
}

} // namespace opsdeck
