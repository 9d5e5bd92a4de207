// HttpClient's requests: each GET from start to its one answer (a kept-alive connection of its origin
// or a new one, redirects, a retry on a fresh connection when a reused one was closed under it), its
// deadline, and the idle connections kept per origin. The transports are in HttpClientPlain.cpp,
// HttpClientTls.cpp and HttpClientProxy.cpp. On the client's thread.

#include "HttpClient.h"

#include "HttpClientPrivate.h"
#include "config/FleetConfig.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <iterator>
#include <utility>

#include <sys/epoll.h>
#include <unistd.h>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

constexpr int kMaxIdlePerOrigin = 16;
constexpr int kSweepMs = 15'000;
constexpr qsizetype kReadChunk = 64 * 1024;

} // namespace

HttpClient::Private::Private(HttpClient *client)
    : q(client), timer(new QTimer(client)), sweep(new QTimer(client)), buffer(size_t(kReadChunk))
{
    clock.start();
    timer->setSingleShot(true);
    timer->setTimerType(Qt::CoarseTimer);
    QObject::connect(timer, &QTimer::timeout, q, [this] { onTimer(); });
    sweep->setInterval(kSweepMs);
    sweep->setTimerType(Qt::CoarseTimer);
    QObject::connect(sweep, &QTimer::timeout, q, [this] { onSweep(); });
}

HttpClient::Private::~Private()
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

void HttpClient::Private::start(const HttpRequest &request, Callback done)
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

void HttpClient::Private::dispatch(Job &j)
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

void HttpClient::Private::send(Job &j, Conn &c)
{
    c.job = j.id;
    j.conn = c.serial;
    j.reused = c.served > 0;
    c.parser.reset();
    c.out = HttpRequestPolicy::requestBytes(j.url);
    c.written = 0;
    if (c.state != Conn::State::Ready)
        return; // written once connected
    if (c.tls)
        writeTls(c);
    else
        writePlain(c);
}

void HttpClient::Private::finish(Job &j, HttpResult &&result)
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

void HttpClient::Private::fail(Job &j, HttpResult::Error error, const QString &reason, int status)
{
    HttpResult result;
    result.error = error;
    result.reason = reason;
    result.status = status;
    result.reusedConnection = j.reused;
    finish(j, std::move(result));
}

bool HttpClient::Private::retry(Job &j, Conn &c)
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

void HttpClient::Private::onBytes(Conn &c, const char *data, qsizetype size)
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

void HttpClient::Private::onEof(Conn &c)
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

void HttpClient::Private::responseFailed(Conn &c, Job &j)
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

void HttpClient::Private::responseDone(Conn &c, Job &j, bool extraBytes)
{
    ++c.served;
    // Bytes after the answer to the only request in flight: the stream is not to be trusted.
    const bool keep = c.parser.keepAlive() && !extraBytes;
    const int status = c.parser.status();
    if (HttpRequestPolicy::isRedirect(status) && !c.parser.location().isEmpty()) {
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
        if (const auto refused = HttpRequestPolicy::checkRedirect(j.request, j.url, target); refused.error != HttpResult::Error::None) {
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

void HttpClient::Private::release(Conn &c, bool keep)
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

void HttpClient::Private::closeConn(Conn &c)
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

void HttpClient::Private::dropSocket(QSslSocket *socket)
{
    QObject::disconnect(socket, nullptr, q, nullptr);
    socket->abort();
    socket->setParent(nullptr);
    socket->deleteLater();
}

void HttpClient::Private::armTimer(qint64 at)
{
    if (timerAt >= 0 && timerAt <= at && timer->isActive())
        return;
    timerAt = at;
    timer->start(int(std::clamp<qint64>(at - now(), 0, 3'600'000)));
}

void HttpClient::Private::onTimer()
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

void HttpClient::Private::expire(Job &j)
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

void HttpClient::Private::onSweep()
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
