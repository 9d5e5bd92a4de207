#pragma once

// A lean HTTP/1.1 client for health checks, one per thread that checks (a HealthMonitor shard, a
// HealthProbe). Plain http runs on non-blocking sockets watched by one epoll set, which the thread's
// event loop watches through a single QSocketNotifier: a wakeup costs one epoll_wait, whatever the
// number of connections, and a check on a kept-alive connection costs one send() and one recv().
// https runs on QSslSocket on the same thread, certificate and host name always verified (a CA file
// may add trusted CAs; TLS errors are never ignored). Connections are kept alive and reused per
// origin. Every request has a deadline covering resolution, connection, redirects and body; bodies
// are capped (kMaxBodyBytes); redirects are followed up to a cap, never from https to http, and only
// within the requested URL's origin (scheme, host and port) unless the request allows more hosts: a
// redirect elsewhere fails without a byte sent to its target.
// A URL that Qt's proxy settings send through a proxy (QNetworkProxyFactory, which also reads
// http_proxy/https_proxy/no_proxy) goes through QNetworkAccessManager instead, with the same limits:
// that is the only case the client does not do itself. Linux (epoll).

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace opsdeck {

struct HttpRequest {
    QUrl url;
    qint64 timeoutMs = 5000;  // the whole request, redirects included
    QString caFile;           // extra trusted CAs (PEM) for https; empty: the system's
    int maxRedirects = 3;
    // Hosts a redirect may lead to besides the origin of url: "host" (any port) or "host:port"
    // (as the configuration's allow_redirects_to). Never from https to http, whatever this says.
    QStringList redirectHosts;
};

struct HttpResult {
    enum class Error { None, InvalidUrl, HostNotFound, Refused, Timeout, Tls, TooManyRedirects, InsecureRedirect, RedirectRefused, BodyTooLarge, Protocol, Network };
    Error error = Error::None;
    QString reason;         // one line, when error != None
    int status = 0;         // the HTTP status of the last response read; 0: none
    QByteArray contentType;
    QByteArray body;
    QUrl url;               // the URL that answered (after redirects)
    int redirects = 0;
    qint64 elapsedMs = 0;
    bool reusedConnection = false; // the last response came over a connection that had served before
    bool viaProxy = false;
};

class HttpClient final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    using Callback = std::function<void(HttpResult &&result)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // Starts a GET. done is called exactly once, on this object's thread, never from within get().
    // Destroying the client drops the callbacks of the requests still running.
    void get(const HttpRequest &request, Callback done);

    // Idle connections are closed after this long without a request (default 120 s).
    void setIdleTimeoutMs(qint64 ms);

    // For tests and benchmarks.
    qint64 connectionsOpened() const;
    int openConnections() const;
    int idleConnections() const;
    int requestsRunning() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace opsdeck
