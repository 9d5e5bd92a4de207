#pragma once

// HttpClient's state, shared by the files of its parts: the requests and their deadlines
// (HttpClient.cpp), plain http on one epoll set (HttpClientPlain.cpp), https on QSslSocket
// (HttpClientTls.cpp) and proxied URLs on QNetworkAccessManager (HttpClientProxy.cpp). Internal to
// HttpClient: include only from those files. Lives on the client's thread; nothing in it is locked.

#include "HttpClient.h"
#include "HttpRequestPolicy.h"
#include "HttpResponseParser.h"

#include <QAbstractSocket>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>

#include <functional>
#include <memory>
#include <queue>
#include <unordered_map>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QSocketNotifier;
class QSslSocket;
class QTimer;

namespace opsdeck {

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
        HttpRequestPolicy::RedirectCheck refusedRedirect; // through a proxy: the redirect QtNetwork was told not to follow
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

    explicit Private(HttpClient *client);
    ~Private();

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

    // ---- requests (HttpClient.cpp)

    void start(const HttpRequest &request, Callback done);
    void dispatch(Job &j);
    void send(Job &j, Conn &c);
    // Ends a request; the callback runs now, or from the event loop when we are inside get().
    void finish(Job &j, HttpResult &&result);
    void fail(Job &j, HttpResult::Error error, const QString &reason, int status = 0);
    // A reused connection closed before a byte of the answer: the server timed it out as we sent.
    // Once, on a fresh connection (GET is idempotent).
    bool retry(Job &j, Conn &c);

    // ---- responses (HttpClient.cpp)

    void onBytes(Conn &c, const char *data, qsizetype size);
    void onEof(Conn &c);
    void responseFailed(Conn &c, Job &j);
    void responseDone(Conn &c, Job &j, bool extraBytes);
    void release(Conn &c, bool keep);
    void closeConn(Conn &c);
    void dropSocket(QSslSocket *socket);

    // ---- plain http: non-blocking sockets in one epoll set (HttpClientPlain.cpp)

    bool ensureEpoll();
    void resolve(Conn &c);
    void connectNext(Conn &c);
    void connected(Conn &c);
    void connectFailed(Conn &c, int error);
    void watchOut(Conn &c, bool on);
    void writePlain(Conn &c);
    void socketError(Conn &c, int error);
    void onEpoll();
    void onEvent(quint64 serial, quint32 events);

    // ---- https: QSslSocket on the same thread, always verified (HttpClientTls.cpp)

    QList<QSslCertificate> caCertificates(const QString &path);
    void openTls(Conn &c);
    void writeTls(Conn &c);
    void readTls(quint64 serial);
    void tlsError(quint64 serial, QAbstractSocket::SocketError error);

    // ---- proxies: Qt's settings decide, QNetworkAccessManager carries (HttpClientProxy.cpp)

    bool proxied(const QUrl &url);
    void viaProxy(Job &j);

    // ---- deadlines and idle connections (HttpClient.cpp)

    void armTimer(qint64 at);
    void onTimer();
    void expire(Job &j);
    void onSweep();

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

} // namespace opsdeck
