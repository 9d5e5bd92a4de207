#include "HttpRequestPolicy.h"

#include <QCoreApplication>

namespace opsdeck::HttpRequestPolicy {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && effectivePort(a) == effectivePort(b);
}

// "host" allows any port of that host, "host:port" that port only (docs/config.md, allow_redirects_to).
bool allowedHost(const QStringList &hosts, const QUrl &target)
{
    for (const QString &entry : hosts) {
        const QUrl allowed(QStringLiteral("http://") + entry, QUrl::StrictMode);
        if (!allowed.isValid() || allowed.host().isEmpty() || allowed.host() != target.host())
            continue;
        if (allowed.port() == -1 || allowed.port() == effectivePort(target))
            return true;
    }
    return false;
}

} // namespace

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Whether a redirect from `from` (the URL that answered) to `target` may be followed: never from
// https to http; otherwise within the origin of the request's URL, or to a host it allows. A refused
// redirect's target is never contacted. The reason names the host only: the target's path and query
// may carry what its sender should not have put in a verdict.
RedirectCheck checkRedirect(const HttpRequest &request, const QUrl &from, const QUrl &target)
{
    if (from.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https"))
        return {HttpResult::Error::InsecureRedirect,
                Text::tr("a redirect from https to %1 was refused").arg(target.toDisplayString(QUrl::RemoveUserInfo))};
    const bool web = target.scheme() == QLatin1String("http") || target.scheme() == QLatin1String("https");
    if (web && !target.host().isEmpty() && (sameOrigin(request.url, target) || allowedHost(request.redirectHosts, target)))
        return {};
    QString host = target.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']';
    if (host.isEmpty())
        host = target.scheme().isEmpty() ? Text::tr("(none)") : target.scheme() + u':';
    else if (target.port() != -1 || target.host() == request.url.host())
        host += u':' + QString::number(effectivePort(target)); // the port is what differs, or was named
    return {HttpResult::Error::RedirectRefused, Text::tr("redirect to another host refused: %1").arg(host)};
}

QByteArray requestBytes(const QUrl &url)
{
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    QByteArray request;
    request.reserve(224 + target.size() + host.size());
    request += "GET ";
    request += target;
    request += " HTTP/1.1\r\nHost: ";
    request += host;
    request += "\r\nUser-Agent: OpsDeck/" OPSDECK_VERSION
               "\r\nAccept: application/health+json, application/json;q=0.9, text/plain;q=0.5"
               "\r\nAccept-Encoding: identity\r\n";
    if (!url.userName().isEmpty()) {
        const QString credentials = url.userName(QUrl::FullyDecoded) + u':' + url.password(QUrl::FullyDecoded);
        request += "Authorization: Basic " + credentials.toUtf8().toBase64() + "\r\n";
    }
    request += "\r\n";
    return request;
}

} // namespace opsdeck::HttpRequestPolicy
