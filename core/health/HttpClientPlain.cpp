// HttpClient's plain http: name resolution (cached for a while), non-blocking sockets in one epoll
// set that the thread's event loop watches through a single QSocketNotifier, writing the request and
// reading what comes back into the response parser. On the client's thread.

#include "HttpClientPrivate.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

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

constexpr qint64 kDnsTtlMs = 30'000;
constexpr int kEpollBatch = 64;

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

bool HttpClient::Private::ensureEpoll()
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

void HttpClient::Private::resolve(Conn &c)
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

void HttpClient::Private::connectNext(Conn &c)
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

void HttpClient::Private::connected(Conn &c)
{
    c.state = Conn::State::Ready;
    if (c.watchingOut)
        watchOut(c, false);
    if (c.job && !c.out.isEmpty())
        writePlain(c);
    else if (Job *j = c.job ? findJob(c.job) : nullptr)
        send(*j, c);
}

void HttpClient::Private::connectFailed(Conn &c, int error)
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

void HttpClient::Private::watchOut(Conn &c, bool on)
{
    epoll_event event{};
    event.events = EPOLLIN | EPOLLRDHUP | (on ? unsigned(EPOLLOUT) : 0u);
    event.data.u64 = c.serial;
    epoll_ctl(epfd, EPOLL_CTL_MOD, c.fd, &event);
    c.watchingOut = on;
}

void HttpClient::Private::writePlain(Conn &c)
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

void HttpClient::Private::socketError(Conn &c, int error)
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

void HttpClient::Private::onEpoll()
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

void HttpClient::Private::onEvent(quint64 serial, quint32 events)
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

} // namespace opsdeck
