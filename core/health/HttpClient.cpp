#include "HttpClient.h"

#include "HttpResponseParser.h"
#include "config/FleetConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <queue>
#include <unordered_map>
#include <vector>

#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

constexpr int kMaxIdlePerOrigin = 16;
constexpr qint64 kDnsTtlMs = 30'000;
constexpr qint64 kProxyTtlMs = 60'000;
constexpr int kSweepMs = 15'000;
constexpr qsizetype kReadChunk = 64 * 1024;
constexpr int kEpollBatch = 64;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

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

struct RedirectCheck {
    HttpResult::Error error = HttpResult::Error::None; // None: follow it
    QString reason;
};

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

bool socketAddress(const QHostAddress &address, quint16 port, sockaddr_storage &out, socklen_t &length)
{
    std::memset(&out, 0, sizeof out);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        sockaddr_in in{};
        in.sin_family = AF_INET;
        in.sin_port = htons(port);
        in.sin_addr.s_addr = htonl(address.toIPv4Address());
        std::memcpy(&out, &in, sizeof in);
        length = sizeof in;
        return true;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        sockaddr_in6 in6{};
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6.sin6_addr, &bytes, sizeof bytes);
        if (const QString scope = address.scopeId(); !scope.isEmpty()) {
            bool numeric = false;
            in6.sin6_scope_id = scope.toUInt(&numeric);
            if (!numeric)
                in6.sin6_scope_id = if_nametoindex(scope.toLatin1().constData());
        }
        std::memcpy(&out, &in6, sizeof in6);
        length = sizeof in6;
        return true;
    }
    return false;
}

} // namespace

struct HttpClient::Private {
    struct Conn {
        quint64 serial = 0;
        QString key; // origin: scheme, host, port (and CA file for https)
        QString host;
        quint16 port = 0;
        bool tls = false;
        QString caFile;
        enum class State { Resolving, Connecting, Ready } state = State::Resolving;
        int fd = -1;
        QSslSocket *ssl = nullptr;
        QList<QHostAddress> addresses;
        qsizetype nextAddress = 0;
        int lastConnectError = 0;
        QByteArray out;
        qsizetype written = 0;
        bool watchingOut = false;
        HttpResponseParser parser{kMaxBodyBytes};
        quint64 job = 0; // the request it serves; 0: idle
        int served = 0;  // responses read on it
        qint64 idleSince = 0;
        QString tlsErrors;
    };
    struct Job {
        quint64 id = 0;
        HttpRequest request;
        QUrl url; // the current one, after redirects
        Callback done;
        qint64 started = 0;
        qint64 deadline = 0;
        quint64 conn = 0;
        int redirects = 0;
        bool reused = false;
        bool retried = false; // once, on a fresh connection, when a reused one was closed under us
        bool forceNew = false;
        QNetworkReply *reply = nullptr;
        bool overCap = false;
        RedirectCheck refusedRedirect; // through a proxy: the redirect QtNetwork was told not to follow
    };
    struct Deadline {
        qint64 at;
        quint64 job;
        bool operator>(const Deadline &other) const { return at > other.at; }
    };
    struct DnsEntry {
        QList<QHostAddress> addresses;
        qint64 expires;
    };
    struct ProxyEntry {
        bool proxied;
        qint64 expires;
    };
    struct CaEntry {
        QList<QSslCertificate> certificates;
        QDateTime modified;
    };

    explicit Private(HttpClient *client) : q(client), timer(new QTimer(client)), sweep(new QTimer(client)), buffer(size_t(kReadChunk))
    {
        clock.start();
        timer->setSingleShot(true);
        timer->setTimerType(Qt::CoarseTimer);
        QObject::connect(timer, &QTimer::timeout, q, [this] { onTimer(); });
        sweep->setInterval(kSweepMs);
        sweep->setTimerType(Qt::CoarseTimer);
        QObject::connect(sweep, &QTimer::timeout, q, [this] { onSweep(); });
    }

    ~Private()
    {
        *alive = false;
        for (auto &[serial, conn] : conns) {
            if (conn->fd >= 0)
                ::close(conn->fd);
            if (conn->ssl)
                dropSocket(conn->ssl);
        }
        for (auto &[id, job] : jobs) {
            if (job->reply) {
                QObject::disconnect(job->reply, nullptr, q, nullptr);
                job->reply->abort();
                job->reply->deleteLater();
            }
        }
        if (epfd >= 0)
            ::close(epfd);
    }

    qint64 now() const { return clock.elapsed(); }

    Conn *findConn(quint64 serial)
    {
        const auto it = conns.find(serial);
        return it == conns.end() ? nullptr : it->second.get();
    }
    Job *findJob(quint64 id)
    {
        const auto it = jobs.find(id);
        return it == jobs.end() ? nullptr : it->second.get();
    }

    // ---- requests

    void start(const HttpRequest &request, Callback done)
    {
        auto job = std::make_unique<Job>();
        job->id = nextJob++;
        job->request = request;
        job->url = request.url;
        job->done = std::move(done);
        job->started = now();
        job->deadline = job->started + std::max<qint64>(1, request.timeoutMs);
        Job &j = *job;
        jobs.emplace(j.id, std::move(job));
        deadlines.push({j.deadline, j.id});
        armTimer(j.deadline);
        dispatch(j);
    }

    void dispatch(Job &j)
    {
        const QUrl &url = j.url;
        const QString scheme = url.scheme();
        const bool tls = scheme == QLatin1String("https");
        if (!url.isValid() || (!tls && scheme != QLatin1String("http")) || url.host().isEmpty()) {
            fail(j, HttpResult::Error::InvalidUrl, Text::tr("not an http or https URL: %1").arg(redactedUrl(url.toString())));
            return;
        }
        if (proxied(url)) {
            viaProxy(j);
            return;
        }
        const QString host = url.host(QUrl::FullyEncoded);
        const quint16 port = quint16(url.port(tls ? 443 : 80));
        QString key = (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host + u':' + QString::number(port);
        if (tls && !j.request.caFile.isEmpty())
            key += u'|' + j.request.caFile;
        if (!j.forceNew) {
            const auto pool = idle.find(key);
            while (pool != idle.end() && !pool->isEmpty()) {
                Conn *c = findConn(pool->takeLast());
                if (c && c->state == Conn::State::Ready && c->job == 0) {
                    send(j, *c);
                    return;
                }
            }
        }
        j.forceNew = false;
        auto conn = std::make_unique<Conn>();
        conn->serial = nextSerial++;
        conn->key = key;
        conn->host = host;
        conn->port = port;
        conn->tls = tls;
        conn->caFile = tls ? j.request.caFile : QString();
        conn->job = j.id;
        Conn &c = *conn;
        conns.emplace(c.serial, std::move(conn));
        j.conn = c.serial;
        j.reused = false;
        ++opened;
        if (tls)
            openTls(c);
        else
            resolve(c);
    }

    void send(Job &j, Conn &c)
    {
        c.job = j.id;
        j.conn = c.serial;
        j.reused = c.served > 0;
        c.parser.reset();
        c.out = requestBytes(j.url);
        c.written = 0;
        if (c.state != Conn::State::Ready)
            return; // written once connected
        if (c.tls)
            writeTls(c);
        else
            writePlain(c);
    }

    // Ends a request; the callback runs now, or from the event loop when we are inside get().
    void finish(Job &j, HttpResult &&result)
    {
        auto node = jobs.extract(j.id);
        std::unique_ptr<Job> job = std::move(node.mapped());
        result.url = job->url;
        result.redirects = job->redirects;
        result.elapsedMs = now() - job->started;
        if (job->conn) {
            if (Conn *c = findConn(job->conn); c && c->job == job->id)
                closeConn(*c); // still bound: it cannot be trusted with another request
        }
        if (inGet > 0) {
            QMetaObject::invokeMethod(
                q, [done = std::move(job->done), r = std::move(result)]() mutable { done(std::move(r)); }, Qt::QueuedConnection);
            return;
        }
        job->done(std::move(result));
    }

    void fail(Job &j, HttpResult::Error error, const QString &reason, int status = 0)
    {
        HttpResult result;
        result.error = error;
        result.reason = reason;
        result.status = status;
        result.reusedConnection = j.reused;
        finish(j, std::move(result));
    }

    // A reused connection closed before a byte of the answer: the server timed it out as we sent.
    // Once, on a fresh connection (GET is idempotent).
    bool retry(Job &j, Conn &c)
    {
        if (!j.reused || j.retried || c.parser.hasStarted())
            return false;
        c.job = 0;
        closeConn(c);
        j.retried = true;
        j.forceNew = true;
        j.conn = 0;
        dispatch(j);
        return true;
    }

    // ---- responses

    void onBytes(Conn &c, const char *data, qsizetype size)
    {
        Job *j = c.job ? findJob(c.job) : nullptr;
        if (!j) {
            closeConn(c); // an idle connection that talks is not one to trust with a request
            return;
        }
        const qsizetype used = c.parser.feed(data, size);
        if (c.parser.isFailed())
            responseFailed(c, *j);
        else if (c.parser.isDone())
            responseDone(c, *j, used < size);
    }

    void onEof(Conn &c)
    {
        Job *j = c.job ? findJob(c.job) : nullptr;
        if (!j) {
            closeConn(c);
            return;
        }
        c.parser.finish();
        if (c.parser.isDone())
            responseDone(c, *j, false);
        else
            responseFailed(c, *j);
    }

    void responseFailed(Conn &c, Job &j)
    {
        if (c.parser.failure() == HttpResponseParser::Failure::Closed && retry(j, c))
            return;
        const auto failure = c.parser.failure();
        const QString reason = c.parser.reason();
        const int status = c.parser.status();
        c.job = 0;
        closeConn(c);
        fail(j, failure == HttpResponseParser::Failure::BodyTooLarge ? HttpResult::Error::BodyTooLarge : HttpResult::Error::Protocol, reason,
             status);
    }

    void responseDone(Conn &c, Job &j, bool extraBytes)
    {
        ++c.served;
        // Bytes after the answer to the only request in flight: the stream is not to be trusted.
        const bool keep = c.parser.keepAlive() && !extraBytes;
        const int status = c.parser.status();
        if (isRedirect(status) && !c.parser.location().isEmpty()) {
            const QUrl location = QUrl::fromEncoded(c.parser.location());
            release(c, keep);
            j.conn = 0;
            if (j.redirects >= j.request.maxRedirects) {
                fail(j, HttpResult::Error::TooManyRedirects, Text::tr("more than %1 redirects").arg(j.request.maxRedirects), status);
                return;
            }
            if (!location.isValid()) {
                fail(j, HttpResult::Error::Protocol, Text::tr("HTTP %1 with an invalid Location").arg(status), status);
                return;
            }
            const QUrl target = j.url.resolved(location);
            if (const RedirectCheck refused = checkRedirect(j.request, j.url, target); refused.error != HttpResult::Error::None) {
                fail(j, refused.error, refused.reason, status);
                return;
            }
            ++j.redirects;
            j.url = target;
            j.retried = false;
            dispatch(j);
            return;
        }
        HttpResult result;
        result.status = status;
        result.contentType = c.parser.contentType();
        result.body = c.parser.takeBody();
        result.reusedConnection = j.reused;
        release(c, keep);
        j.conn = 0;
        finish(j, std::move(result));
    }

    void release(Conn &c, bool keep)
    {
        c.job = 0;
        if (!keep) {
            closeConn(c);
            return;
        }
        c.idleSince = now();
        QList<quint64> &pool = idle[c.key];
        pool.append(c.serial);
        if (pool.size() > kMaxIdlePerOrigin) {
            if (Conn *oldest = findConn(pool.takeFirst()))
                closeConn(*oldest);
        }
        if (!sweep->isActive())
            sweep->start();
    }

    void closeConn(Conn &c)
    {
        if (c.fd >= 0) {
            epoll_ctl(epfd, EPOLL_CTL_DEL, c.fd, nullptr);
            ::close(c.fd);
            c.fd = -1;
        }
        if (c.ssl) {
            dropSocket(c.ssl);
            c.ssl = nullptr;
        }
        if (c.job == 0 && c.state == Conn::State::Ready) {
            if (const auto pool = idle.find(c.key); pool != idle.end()) {
                pool->removeOne(c.serial);
                if (pool->isEmpty())
                    idle.erase(pool);
            }
        }
        conns.erase(c.serial); // c is gone
    }

    void dropSocket(QSslSocket *socket)
    {
        QObject::disconnect(socket, nullptr, q, nullptr);
        socket->abort();
        socket->setParent(nullptr);
        socket->deleteLater();
    }

    // ---- plain http: non-blocking sockets in one epoll set

    bool ensureEpoll()
    {
        if (epfd >= 0)
            return true;
        epfd = epoll_create1(EPOLL_CLOEXEC);
        if (epfd < 0)
            return false;
        notifier = new QSocketNotifier(qintptr(epfd), QSocketNotifier::Read, q);
        QObject::connect(notifier, &QSocketNotifier::activated, q, [this] { onEpoll(); });
        return true;
    }

    void resolve(Conn &c)
    {
        QHostAddress literal;
        if (literal.setAddress(c.host)) {
            c.addresses = {literal};
            connectNext(c);
            return;
        }
        if (const auto cached = dns.constFind(c.host); cached != dns.cend() && cached->expires > now()) {
            c.addresses = cached->addresses;
            connectNext(c);
            return;
        }
        QList<quint64> &waiting = lookups[c.host];
        waiting.append(c.serial);
        if (waiting.size() > 1)
            return;
        QHostInfo::lookupHost(c.host, q, [this, host = c.host](const QHostInfo &info) {
            const QList<quint64> serials = lookups.take(host);
            const QList<QHostAddress> addresses = info.addresses();
            if (info.error() == QHostInfo::NoError && !addresses.isEmpty())
                dns.insert(host, {addresses, now() + kDnsTtlMs});
            const auto stillAlive = alive;
            for (const quint64 serial : serials) {
                Conn *conn = findConn(serial);
                if (!conn)
                    continue;
                Job *job = conn->job ? findJob(conn->job) : nullptr;
                if (!job) {
                    closeConn(*conn);
                    continue;
                }
                if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
                    conn->job = 0;
                    closeConn(*conn);
                    fail(*job, HttpResult::Error::HostNotFound,
                         Text::tr("host %1 not found: %2").arg(host, info.errorString().isEmpty() ? Text::tr("no address") : info.errorString()));
                    if (!*stillAlive)
                        return;
                    continue;
                }
                conn->addresses = addresses;
                connectNext(*conn);
                if (!*stillAlive)
                    return;
            }
        });
    }

    void connectNext(Conn &c)
    {
        if (!ensureEpoll()) {
            connectFailed(c, errno);
            return;
        }
        while (c.nextAddress < c.addresses.size()) {
            const QHostAddress address = c.addresses.at(c.nextAddress++);
            sockaddr_storage storage;
            socklen_t length = 0;
            if (!socketAddress(address, c.port, storage, length))
                continue;
            const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (fd < 0) {
                c.lastConnectError = errno;
                continue;
            }
            const int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length);
            if (rc < 0 && errno != EINPROGRESS) {
                c.lastConnectError = errno;
                ::close(fd);
                continue;
            }
            c.fd = fd;
            c.state = rc == 0 ? Conn::State::Ready : Conn::State::Connecting;
            epoll_event event{};
            event.events = EPOLLIN | EPOLLRDHUP | (rc == 0 ? 0u : unsigned(EPOLLOUT));
            event.data.u64 = c.serial;
            c.watchingOut = rc != 0;
            if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &event) < 0) {
                c.lastConnectError = errno;
                ::close(fd);
                c.fd = -1;
                continue;
            }
            if (rc == 0)
                connected(c);
            return;
        }
        connectFailed(c, c.lastConnectError);
    }

    void connected(Conn &c)
    {
        c.state = Conn::State::Ready;
        if (c.watchingOut)
            watchOut(c, false);
        if (c.job && !c.out.isEmpty())
            writePlain(c);
        else if (Job *j = c.job ? findJob(c.job) : nullptr)
            send(*j, c);
    }

    void connectFailed(Conn &c, int error)
    {
        Job *j = c.job ? findJob(c.job) : nullptr;
        const QString where = c.host + u':' + QString::number(c.port);
        c.job = 0;
        closeConn(c);
        if (!j)
            return;
        if (error == ECONNREFUSED)
            fail(*j, HttpResult::Error::Refused, Text::tr("connection refused"));
        else
            fail(*j, HttpResult::Error::Network, Text::tr("could not connect to %1: %2").arg(where, qt_error_string(error)));
    }

    void watchOut(Conn &c, bool on)
    {
        epoll_event event{};
        event.events = EPOLLIN | EPOLLRDHUP | (on ? unsigned(EPOLLOUT) : 0u);
        event.data.u64 = c.serial;
        epoll_ctl(epfd, EPOLL_CTL_MOD, c.fd, &event);
        c.watchingOut = on;
    }

    void writePlain(Conn &c)
    {
        while (c.written < c.out.size()) {
            const ssize_t n = ::send(c.fd, c.out.constData() + c.written, size_t(c.out.size() - c.written), MSG_NOSIGNAL);
            if (n > 0) {
                c.written += n;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                if (!c.watchingOut)
                    watchOut(c, true);
                return;
            }
            socketError(c, n < 0 ? errno : EPIPE);
            return;
        }
        c.out.clear();
        c.written = 0;
        if (c.watchingOut)
            watchOut(c, false);
    }

    void socketError(Conn &c, int error)
    {
        Job *j = c.job ? findJob(c.job) : nullptr;
        if (!j) {
            closeConn(c);
            return;
        }
        if ((error == ECONNRESET || error == EPIPE) && retry(*j, c))
            return;
        const int status = c.parser.status();
        c.job = 0;
        closeConn(c);
        if (error == ECONNREFUSED)
            fail(*j, HttpResult::Error::Refused, Text::tr("connection refused"));
        else
            fail(*j, HttpResult::Error::Network, Text::tr("connection error: %1").arg(qt_error_string(error)), status);
    }

    void onEpoll()
    {
        const auto stillAlive = alive;
        epoll_event events[kEpollBatch];
        for (;;) {
            const int n = epoll_wait(epfd, events, kEpollBatch, 0);
            if (n < 0 && errno == EINTR)
                continue;
            for (int i = 0; i < n; ++i) {
                onEvent(events[i].data.u64, events[i].events);
                if (!*stillAlive)
                    return;
            }
            if (n < kEpollBatch)
                return;
        }
    }

    void onEvent(quint64 serial, quint32 events)
    {
        Conn *c = findConn(serial);
        if (!c || c->fd < 0)
            return; // closed meanwhile
        if (c->state == Conn::State::Connecting) {
            if (!(events & (EPOLLOUT | EPOLLERR | EPOLLHUP)))
                return;
            int error = 0;
            socklen_t length = sizeof error;
            getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &error, &length);
            if (error != 0) {
                epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, nullptr);
                ::close(c->fd);
                c->fd = -1;
                c->lastConnectError = error;
                c->state = Conn::State::Resolving;
                connectNext(*c); // the next address, or the failure
                return;
            }
            connected(*c);
            return;
        }
        if ((events & EPOLLOUT) && c->written < c->out.size()) {
            writePlain(*c);
            c = findConn(serial);
            if (!c)
                return;
        }
        if (!(events & (EPOLLIN | EPOLLRDHUP | EPOLLERR | EPOLLHUP)))
            return;
        const ssize_t n = ::recv(c->fd, buffer.data(), buffer.size(), 0);
        if (n > 0)
            onBytes(*c, buffer.data(), n);
        else if (n == 0)
            onEof(*c);
        else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            socketError(*c, errno);
        // Level-triggered: whatever is left is reported again by the next epoll_wait.
    }

    // ---- https: QSslSocket on the same thread, always verified

    QList<QSslCertificate> caCertificates(const QString &path)
    {
        const QDateTime modified = QFileInfo(path).lastModified();
        auto it = cas.find(path);
        if (it == cas.end() || it->modified != modified)
            it = cas.insert(path, {QSslCertificate::fromPath(path, QSsl::Pem), modified});
        return it->certificates;
    }

    void openTls(Conn &c)
    {
        Job *j = findJob(c.job);
        if (!QSslSocket::supportsSsl()) {
            c.job = 0;
            closeConn(c);
            fail(*j, HttpResult::Error::Tls, Text::tr("TLS is not available on this system"));
            return;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        if (!c.caFile.isEmpty()) {
            const QList<QSslCertificate> extra = caCertificates(c.caFile);
            if (extra.isEmpty()) {
                const QString path = c.caFile;
                c.job = 0;
                closeConn(c);
                fail(*j, HttpResult::Error::Tls, Text::tr("the CA file %1 holds no PEM certificate").arg(path));
                return;
            }
            configuration.addCaCertificates(extra);
        }
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        auto *socket = new QSslSocket(q);
        c.ssl = socket;
        socket->setProxy(QNetworkProxy::NoProxy); // proxied URLs never come here
        socket->setSslConfiguration(configuration);
        const quint64 serial = c.serial;
        QObject::connect(socket, &QSslSocket::encrypted, q, [this, serial] {
            if (Conn *conn = findConn(serial)) {
                conn->state = Conn::State::Ready;
                if (Job *job = conn->job ? findJob(conn->job) : nullptr)
                    send(*job, *conn);
            }
        });
        // Never ignored: without ignoreSslErrors() the handshake fails and errorOccurred follows.
        QObject::connect(socket, &QSslSocket::sslErrors, q, [this, serial](const QList<QSslError> &errors) {
            if (Conn *conn = findConn(serial)) {
                QStringList texts;
                for (const QSslError &e : errors)
                    texts << e.errorString();
                conn->tlsErrors = texts.join(QStringLiteral("; "));
            }
        });
        QObject::connect(socket, &QIODevice::readyRead, q, [this, serial] { readTls(serial); });
        QObject::connect(socket, &QAbstractSocket::errorOccurred, q,
                         [this, serial](QAbstractSocket::SocketError error) { tlsError(serial, error); });
        socket->connectToHostEncrypted(c.host, c.port); // the peer must be certified for this name
    }

    void writeTls(Conn &c)
    {
        c.ssl->write(c.out);
        c.ssl->flush();
        c.out.clear();
        c.written = 0;
    }

    void readTls(quint64 serial)
    {
        const auto stillAlive = alive;
        for (;;) {
            Conn *c = findConn(serial);
            if (!c || !c->ssl || c->ssl->bytesAvailable() <= 0)
                return;
            const qint64 n = c->ssl->read(buffer.data(), qint64(buffer.size()));
            if (n <= 0)
                return;
            onBytes(*c, buffer.data(), qsizetype(n));
            if (!*stillAlive)
                return;
        }
    }

    void tlsError(quint64 serial, QAbstractSocket::SocketError error)
    {
        const auto stillAlive = alive;
        if (error == QAbstractSocket::RemoteHostClosedError) {
            readTls(serial);
            if (!*stillAlive)
                return;
            if (Conn *c = findConn(serial))
                onEof(*c);
            return;
        }
        Conn *c = findConn(serial);
        if (!c)
            return;
        Job *j = c->job ? findJob(c->job) : nullptr;
        if (!j) {
            closeConn(*c);
            return;
        }
        if (c->state == Conn::State::Ready && retry(*j, *c))
            return;
        const QString tlsErrors = c->tlsErrors;
        const QString text = c->ssl->errorString();
        const QString where = c->host + u':' + QString::number(c->port);
        const int status = c->parser.status();
        c->job = 0;
        closeConn(*c);
        if (!tlsErrors.isEmpty() || error == QAbstractSocket::SslHandshakeFailedError)
            fail(*j, HttpResult::Error::Tls, Text::tr("TLS: %1").arg(tlsErrors.isEmpty() ? text : tlsErrors));
        else if (error == QAbstractSocket::ConnectionRefusedError)
            fail(*j, HttpResult::Error::Refused, Text::tr("connection refused"));
        else if (error == QAbstractSocket::HostNotFoundError)
            fail(*j, HttpResult::Error::HostNotFound, Text::tr("host %1 not found: %2").arg(where, text));
        else
            fail(*j, HttpResult::Error::Network, Text::tr("connection error: %1").arg(text), status);
    }

    // ---- proxies: Qt's settings decide, QNetworkAccessManager carries

    bool proxied(const QUrl &url)
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

    void viaProxy(Job &j)
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
            RedirectCheck check = checkRedirect(job->request, job->url, target);
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

    // ---- deadlines and idle connections

    void armTimer(qint64 at)
    {
        if (timerAt >= 0 && timerAt <= at && timer->isActive())
            return;
        timerAt = at;
        timer->start(int(std::clamp<qint64>(at - now(), 0, 3'600'000)));
    }

    void onTimer()
    {
        timerAt = -1;
        const auto stillAlive = alive;
        const qint64 t = now();
        while (!deadlines.empty()) {
            const Deadline top = deadlines.top();
            Job *j = findJob(top.job);
            if (!j) {
                deadlines.pop(); // answered long ago
                continue;
            }
            if (top.at > t) {
                armTimer(top.at);
                return;
            }
            deadlines.pop();
            expire(*j);
            if (!*stillAlive)
                return;
        }
    }

    void expire(Job &j)
    {
        if (j.conn) {
            if (Conn *c = findConn(j.conn)) {
                c->job = 0;
                closeConn(*c);
            }
            j.conn = 0;
        }
        QNetworkReply *reply = std::exchange(j.reply, nullptr);
        const qint64 timeout = j.request.timeoutMs;
        const bool reused = j.reused;
        HttpResult result;
        result.error = HttpResult::Error::Timeout;
        result.reason = Text::tr("no answer within %1 ms").arg(timeout);
        result.reusedConnection = reused;
        finish(j, std::move(result));
        if (reply)
            reply->abort(); // its finished() finds no request any more
    }

    void onSweep()
    {
        const qint64 limit = now() - idleTimeoutMs;
        std::vector<quint64> old;
        for (const auto &[serial, conn] : conns) {
            if (conn->job == 0 && conn->state == Conn::State::Ready && conn->idleSince < limit)
                old.push_back(serial);
        }
        for (const quint64 serial : old) {
            if (Conn *c = findConn(serial))
                closeConn(*c);
        }
        for (auto it = idle.begin(); it != idle.end();)
            it = it->isEmpty() ? idle.erase(it) : std::next(it);
        if (idle.isEmpty())
            sweep->stop();
    }

    HttpClient *q;
    std::shared_ptr<bool> alive = std::make_shared<bool>(true);
    QElapsedTimer clock;
    QTimer *timer;
    QTimer *sweep;
    qint64 timerAt = -1;
    int epfd = -1;
    QSocketNotifier *notifier = nullptr;
    QNetworkAccessManager *nam = nullptr;
    std::vector<char> buffer;
    quint64 nextSerial = 1;
    quint64 nextJob = 1;
    int inGet = 0;
    qint64 opened = 0;
    qint64 idleTimeoutMs = 120'000;
    std::unordered_map<quint64, std::unique_ptr<Conn>> conns;
    std::unordered_map<quint64, std::unique_ptr<Job>> jobs;
    QHash<QString, QList<quint64>> idle; // per origin, most recently used last
    std::priority_queue<Deadline, std::vector<Deadline>, std::greater<Deadline>> deadlines;
    QHash<QString, DnsEntry> dns;
    QHash<QString, QList<quint64>> lookups;
    QHash<QString, ProxyEntry> proxies;
    QHash<QString, CaEntry> cas;
};

HttpClient::HttpClient(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this)) {}

HttpClient::~HttpClient() = default;

void HttpClient::get(const HttpRequest &request, Callback done)
{
    ++d->inGet;
    d->start(request, std::move(done));
    --d->inGet;
}

void HttpClient::setIdleTimeoutMs(qint64 ms)
{
    d->idleTimeoutMs = ms;
}

qint64 HttpClient::connectionsOpened() const
{
    return d->opened;
}

int HttpClient::openConnections() const
{
    return int(d->conns.size());
}

int HttpClient::idleConnections() const
{
    int n = 0;
    for (const auto &[serial, conn] : d->conns)
        n += conn->job == 0 && conn->state == Private::Conn::State::Ready ? 1 : 0;
    return n;
}

int HttpClient::requestsRunning() const
{
    return int(d->jobs.size());
}

} // namespace opsdeck
