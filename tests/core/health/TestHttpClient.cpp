// HttpClient against local servers that answer exactly what each case needs: keep-alive reuse,
// Content-Length and chunked bodies, a connection closed mid-body, bodies over the cap, a server too
// slow for the deadline, redirects and their cap, a reused connection the server closed as we sent,
// TLS with a self-signed certificate (refused without its CA, accepted with it as the CA file, refused
// for the wrong host name), a redirect from https to http, and a proxy taking the QNAM path; redirects
// only within the request's origin unless a host is allowed, on two servers (two origins), direct and
// through a proxy.
// The TLS cases need `openssl` to make the certificate and are skipped, saying so, without it.

#include "health/HttpClient.h"

#include <QNetworkProxy>
#include <QProcess>
#include <QScopeGuard>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace opsdeck;

namespace {

// Reads requests (head only: GETs have no body) and hands each to the case's handler.
class TestServer final : public QObject
{
    Q_OBJECT
public:
    // request: index over the server's life; onConnection: index on its connection
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &head, int request, int onConnection)>;

    explicit TestServer(Handler handler, const QSslConfiguration *tls = nullptr) : m_handler(std::move(handler))
    {
        if (tls) {
            auto *server = new QSslServer(this);
            server->setSslConfiguration(*tls);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                ++connections;
                auto buffer = std::make_shared<QByteArray>();
                auto onConnection = std::make_shared<int>(0);
                connect(socket, &QIODevice::readyRead, this, [this, socket, buffer, onConnection] {
                    buffer->append(socket->readAll());
                    qsizetype end;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        const QByteArray head = buffer->left(end + 4);
                        buffer->remove(0, end + 4);
                        heads.append(head);
                        m_handler(socket, head, requests++, (*onConnection)++);
                    }
                });
                connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server->listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server->serverPort(); }
    QString url(const QString &path = QStringLiteral("/health")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }

    int connections = 0;
    int requests = 0;
    QList<QByteArray> heads;

private:
    Handler m_handler;
    QTcpServer *m_server;
};

QByteArray response(int status, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

void answerOk(QTcpSocket *socket, const QByteArray &, int, int)
{
    socket->write(response(200, R"({"status":"ok"})"));
}

} // namespace

class TestHttpClient final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    QString m_noOpenssl;
    bool m_calledBack = false;
    bool m_synchronous = false;

    HttpResult fetch(HttpClient &client, const QString &url, qint64 timeoutMs = 3000, const QString &caFile = {})
    {
        HttpRequest request;
        request.url = QUrl(url);
        request.timeoutMs = timeoutMs;
        request.caFile = caFile;
        return fetch(client, request);
    }

    HttpResult fetch(HttpClient &client, const HttpRequest &request)
    {
        const qint64 timeoutMs = request.timeoutMs;
        std::optional<HttpResult> result;
        bool inside = true;
        m_synchronous = false;
        client.get(request, [&](HttpResult &&r) {
            m_synchronous = m_synchronous || inside;
            result = std::move(r);
        });
        inside = false;
        m_calledBack = QTest::qWaitFor([&] { return result.has_value(); }, int(timeoutMs) + 5000);
        return result.value_or(HttpResult{});
    }

    QSslConfiguration serverTls() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QFile cert(m_cert);
        QFile key(m_key);
        if (cert.open(QIODevice::ReadOnly))
            tls.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        if (key.open(QIODevice::ReadOnly))
            tls.setPrivateKey(QSslKey(&key, QSsl::Ec, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        return tls;
    }

#define FETCHED(result)                                                                                                    \
    do {                                                                                                                   \
        QVERIFY2(m_calledBack, "no callback");                                                                             \
        QVERIFY2(!m_synchronous, "called back from within get()");                                                         \
        Q_UNUSED(result)                                                                                                   \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) {
            m_noOpenssl = QStringLiteral("openssl is not installed: no certificate for the TLS cases (tools/lib/bootstrap.sh installs it)");
            return;
        }
        m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
        m_key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess process;
        process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_cert, QStringLiteral("-days"), QStringLiteral("2"),
                                QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                                QStringLiteral("subjectAltName=DNS:localhost")});
        QVERIFY(process.waitForFinished(30'000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(QSslSocket::supportsSsl());
    }

    void contentLengthAndKeepAliveReuse()
    {
        TestServer server(answerOk);
        HttpClient client;
        for (int i = 0; i < 3; ++i) {
            const HttpResult r = fetch(client, server.url());
            FETCHED(r);
            QCOMPARE(int(r.error), int(HttpResult::Error::None));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, QByteArray(R"({"status":"ok"})"));
            QCOMPARE(r.contentType, QByteArray("application/json"));
            QCOMPARE(r.reusedConnection, i > 0);
        }
        QCOMPARE(server.connections, 1);
        QCOMPARE(client.connectionsOpened(), 1);
        QCOMPARE(client.idleConnections(), 1);
        // What went over the wire: one well-formed GET per check.
        QVERIFY(server.heads.at(0).startsWith("GET /health HTTP/1.1\r\nHost: 127.0.0.1:"));
        QVERIFY(server.heads.at(0).contains("\r\nAccept: application/health+json"));
        QVERIFY(server.heads.at(0).contains("\r\nAccept-Encoding: identity\r\n"));
    }

    void parallelRequestsGetTheirOwnConnectionsThenReuseThem()
    {
        TestServer server([](QTcpSocket *socket, const QByteArray &, int, int) {
            // Answer a little later, so that all five are in flight at once.
            QTimer::singleShot(50, socket, [socket] { socket->write(response(200, "ok")); });
        });
        HttpClient client;
        for (int round = 0; round < 2; ++round) {
            int done = 0;
            for (int i = 0; i < 5; ++i) {
                HttpRequest request;
                request.url = QUrl(server.url());
                client.get(request, [&](HttpResult &&r) {
                    QCOMPARE(r.status, 200);
                    ++done;
                });
            }
            QTRY_COMPARE(done, 5);
        }
        QCOMPARE(server.connections, 5);
        QCOMPARE(client.connectionsOpened(), 5);
    }

    void chunkedBodyInPieces()
    {
        TestServer server([](QTcpSocket *socket, const QByteArray &, int, int) {
            // Two chunks (9 and 0x11 bytes), an extension, a trailer; sent in pieces cut inside the
            // chunk size line, inside the data and inside the CRLF after it.
            const QByteArray whole = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/health+json\r\n\r\n"
                                     "9;ext=1\r\n{\"status\"\r\n11\r\n:\"pass\"} and more\r\n0\r\nX-Trailer: 1\r\n\r\n";
            const qsizetype head = whole.indexOf("\r\n\r\n") + 4;
            const QList<qsizetype> cuts{head, head + 12, whole.indexOf("\r\n11") + 1, whole.indexOf("\r\n11") + 3, whole.indexOf("more") + 5,
                                        whole.size()};
            qsizetype from = 0;
            for (qsizetype i = 0; i < cuts.size(); ++i) {
                QTimer::singleShot(int(i) * 20, socket, [socket, piece = whole.mid(from, cuts.at(i) - from)] { socket->write(piece); });
                from = cuts.at(i);
            }
        });
        HttpClient client;
        for (int i = 0; i < 2; ++i) {
            const HttpResult r = fetch(client, server.url());
            FETCHED(r);
            QCOMPARE(int(r.error), int(HttpResult::Error::None));
            QCOMPARE(r.body, QByteArray(R"({"status":"pass"} and more)"));
            QCOMPARE(r.contentType, QByteArray("application/health+json"));
        }
        QCOMPARE(server.connections, 1); // a chunked answer leaves the connection reusable
    }

    void connectionClosedMidBody()
    {
        TestServer server([](QTcpSocket *socket, const QByteArray &, int, int) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789012345678901234567890123456789");
            socket->disconnectFromHost();
        });
        HttpClient client;
        const HttpResult r = fetch(client, server.url());
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::Protocol));
        QCOMPARE(r.reason, QStringLiteral("the connection closed after 40 of 100 body bytes"));
        QCOMPARE(r.status, 200);
        QCOMPARE(client.openConnections(), 0);
    }

    void chunkedBodyCutShort()
    {
        TestServer server([](QTcpSocket *socket, const QByteArray &, int, int) {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789");
            socket->disconnectFromHost();
        });
        HttpClient client;
        const HttpResult r = fetch(client, server.url());
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::Protocol));
        QVERIFY2(r.reason.startsWith(QStringLiteral("the connection closed in the middle of a chunked body")), qPrintable(r.reason));
    }

    void bodyOverTheCap_data()
    {
        QTest::addColumn<QString>("framing");
        QTest::newRow("announced length") << "length";
        QTest::newRow("chunked") << "chunked";
        QTest::newRow("until close") << "close";
    }
    void bodyOverTheCap()
    {
        QFETCH(QString, framing);
        TestServer server([framing](QTcpSocket *socket, const QByteArray &, int, int) {
            const QByteArray chunk(64 * 1024, 'x');
            if (framing == QLatin1String("length")) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2097152\r\n\r\n");
                socket->write(chunk);
            } else if (framing == QLatin1String("chunked")) {
                socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
                for (int i = 0; i < 17; ++i)
                    socket->write("10000\r\n" + chunk + "\r\n");
                socket->write("0\r\n\r\n");
            } else {
                socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
                for (int i = 0; i < 16; ++i)
                    socket->write(chunk);
                socket->write("!");
                socket->disconnectFromHost();
            }
        });
        HttpClient client;
        const HttpResult r = fetch(client, server.url());
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::BodyTooLarge));
        QCOMPARE(r.reason, QStringLiteral("the body is larger than 1048576 bytes"));
        QCOMPARE(client.openConnections(), 0);
    }

    void bodyExactlyAtTheCap()
    {
        TestServer server([](QTcpSocket *socket, const QByteArray &, int, int) {
            socket->write(response(200, QByteArray(int(HttpClient::kMaxBodyBytes), 'y')));
        });
        HttpClient client;
        const HttpResult r = fetch(client, server.url());
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::None));
        QCOMPARE(r.body.size(), HttpClient::kMaxBodyBytes);
    }

    void slowServerTimesOut_data()
    {
        QTest::addColumn<bool>("trickle");
        QTest::newRow("silent") << false;
        QTest::newRow("a byte every 50 ms") << true; // the deadline is for the whole check, not per byte
    }
    void slowServerTimesOut()
    {
        QFETCH(bool, trickle);
        TestServer server([trickle](QTcpSocket *socket, const QByteArray &, int, int) {
            if (!trickle)
                return;
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            timer->start(50);
        });
        HttpClient client;
        const HttpResult r = fetch(client, server.url(), 300);
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::Timeout));
        QCOMPARE(r.reason, QStringLiteral("no answer within 300 ms"));
        QVERIFY2(r.elapsedMs >= 300, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(client.openConnections(), 0); // a late answer cannot be mistaken for the next one's
        QCOMPARE(client.requestsRunning(), 0);
    }

    void redirectsFollowedThenCapped()
    {
        TestServer server([](QTcpSocket *socket, const QByteArray &head, int, int) {
            if (head.startsWith("GET /moved "))
                socket->write(response(301, "", "Location: /health\r\n"));
            else if (head.startsWith("GET /loop "))
                socket->write(response(302, "", "Location: /loop\r\n"));
            else
                socket->write(response(200, "ok"));
        });
        HttpClient client;
        HttpResult r = fetch(client, server.url(QStringLiteral("/moved")));
        FETCHED(r);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.redirects, 1);
        QCOMPARE(r.url.path(), QStringLiteral("/health"));

        const int before = server.requests;
        r = fetch(client, server.url(QStringLiteral("/loop")));
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::TooManyRedirects));
        QCOMPARE(r.reason, QStringLiteral("more than 3 redirects"));
        QCOMPARE(server.requests - before, 4); // the first request and three redirects, then no more
        QCOMPARE(server.connections, 1);        // redirects on the same origin reuse the connection
    }

    // Two servers on two ports are two origins: the one redirected to is never asked anything, and
    // nothing it would have said reaches the result.
    void crossOriginRedirectRefusedAndNeverFetched_data()
    {
        QTest::addColumn<QString>("location"); // %1: the other server's port
        QTest::newRow("other port") << "http://127.0.0.1:%1/latest/meta-data/iam/credentials";
        QTest::newRow("other host name") << "http://localhost:%1/latest/meta-data/iam/credentials";
        QTest::newRow("user info") << "http://user:pw@127.0.0.1:%1/x";
    }
    void crossOriginRedirectRefusedAndNeverFetched()
    {
        QFETCH(QString, location);
        TestServer metadata([](QTcpSocket *socket, const QByteArray &, int, int) {
            socket->write(response(200, R"({"status":"ok","AccessKeyId":"AKIASECRET","SecretAccessKey":"hunter2"})"));
        });
        const QByteArray target = location.arg(metadata.port()).toLatin1();
        TestServer health([&target](QTcpSocket *socket, const QByteArray &, int, int) {
            socket->write(response(302, "moved", "Location: " + target + "\r\n"));
        });
        HttpClient client;
        const HttpResult r = fetch(client, health.url());
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::RedirectRefused));
        const QString host = QUrl(QString::fromLatin1(target)).host();
        QCOMPARE(r.reason, QStringLiteral("redirect to another host refused: %1:%2").arg(host).arg(metadata.port()));
        QCOMPARE(r.status, 302);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.redirects, 0);
        QCOMPARE(metadata.connections, 0);
        QCOMPARE(metadata.requests, 0);
    }

    void redirectToOtherSchemeOrNowhereRefused_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("reason");
        QTest::newRow("file") << "file:///etc/passwd" << "redirect to another host refused: file:";
        QTest::newRow("https, same host and port") << "https://127.0.0.1:%1/health" << "redirect to another host refused: 127.0.0.1:%1";
    }
    void redirectToOtherSchemeOrNowhereRefused()
    {
        QFETCH(QString, location);
        QFETCH(QString, reason);
        quint16 port = 0;
        TestServer server([&](QTcpSocket *socket, const QByteArray &, int, int) {
            socket->write(response(302, "", "Location: " + location.arg(port).toLatin1() + "\r\n"));
        });
        port = server.port();
        HttpClient client;
        const HttpResult r = fetch(client, server.url());
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::RedirectRefused));
        QCOMPARE(r.reason, reason.arg(port));
        QCOMPARE(server.requests, 1);
    }

    void sameOriginRedirectFollowed()
    {
        // An absolute Location naming the same scheme, host and port (the default port spelled or not
        // is the same origin too: 127.0.0.1:PORT is what the URL said).
        quint16 port = 0;
        TestServer server([&](QTcpSocket *socket, const QByteArray &head, int, int) {
            if (head.startsWith("GET /health "))
                socket->write(response(307, "", "Location: http://127.0.0.1:" + QByteArray::number(port) + "/health/detailed\r\n"));
            else
                socket->write(response(200, R"({"status":"ok"})"));
        });
        port = server.port();
        HttpClient client;
        const HttpResult r = fetch(client, server.url());
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::None));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.redirects, 1);
        QCOMPARE(r.url.path(), QStringLiteral("/health/detailed"));
        QCOMPARE(server.requests, 2);
    }

    void allowedHostFollowed_data()
    {
        QTest::addColumn<QString>("allowed"); // %1: the other server's port
        QTest::addColumn<bool>("followed");
        QTest::newRow("host, any port") << "127.0.0.1" << true;
        QTest::newRow("host:port") << "127.0.0.1:%1" << true;
        QTest::newRow("another port") << "127.0.0.1:1" << false;
        QTest::newRow("another name for it") << "localhost" << false;
    }
    void allowedHostFollowed()
    {
        QFETCH(QString, allowed);
        QFETCH(bool, followed);
        TestServer status(answerOk);
        TestServer health([&status](QTcpSocket *socket, const QByteArray &, int, int) {
            socket->write(response(301, "", "Location: " + status.url(QStringLiteral("/status")).toLatin1() + "\r\n"));
        });
        HttpRequest request;
        request.url = QUrl(health.url());
        request.redirectHosts = {allowed.arg(status.port())};
        HttpClient client;
        const HttpResult r = fetch(client, request);
        FETCHED(r);
        if (followed) {
            QCOMPARE(int(r.error), int(HttpResult::Error::None));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.redirects, 1);
            QCOMPARE(r.url.port(), int(status.port()));
            QCOMPARE(status.requests, 1);
        } else {
            QCOMPARE(int(r.error), int(HttpResult::Error::RedirectRefused));
            QCOMPARE(r.reason, QStringLiteral("redirect to another host refused: 127.0.0.1:%1").arg(status.port()));
            QCOMPARE(status.connections, 0);
        }
    }

    void connectionCloseIsHonoured()
    {
        TestServer server([](QTcpSocket *socket, const QByteArray &, int, int) {
            socket->write(response(200, "ok", "Connection: close\r\n"));
            socket->disconnectFromHost();
        });
        HttpClient client;
        for (int i = 0; i < 2; ++i) {
            const HttpResult r = fetch(client, server.url());
            FETCHED(r);
            QCOMPARE(r.status, 200);
            QVERIFY(!r.reusedConnection);
        }
        QCOMPARE(server.connections, 2);
        QCOMPARE(client.idleConnections(), 0);
    }

    void reusedConnectionClosedUnderUsIsRetriedOnce()
    {
        // The server drops a kept-alive connection as the second request arrives (its idle timeout
        // racing our request): the client retries once on a new connection.
        TestServer server([](QTcpSocket *socket, const QByteArray &, int, int onConnection) {
            if (onConnection == 1)
                socket->abort();
            else
                socket->write(response(200, "ok"));
        });
        HttpClient client;
        QCOMPARE(fetch(client, server.url()).status, 200);
        const HttpResult r = fetch(client, server.url());
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::None));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.reusedConnection);
        QCOMPARE(server.connections, 2);
        QCOMPARE(server.requests, 3);
    }

    void freshConnectionClosedWithoutAnswerFails()
    {
        TestServer server([](QTcpSocket *socket, const QByteArray &, int, int) { socket->abort(); });
        HttpClient client;
        const HttpResult r = fetch(client, server.url());
        FETCHED(r);
        QVERIFY(r.error == HttpResult::Error::Protocol || r.error == HttpResult::Error::Network);
        QVERIFY2(r.reason == QStringLiteral("the server closed the connection without answering")
                     || r.reason.startsWith(QStringLiteral("connection error: ")),
                 qPrintable(r.reason));
        QCOMPARE(server.connections, 1); // no retry: this connection had never answered
    }

    void garbageIsNotHttp()
    {
        TestServer server([](QTcpSocket *socket, const QByteArray &, int, int) {
            socket->write("<html>hello</html>\r\n");
            socket->disconnectFromHost();
        });
        HttpClient client;
        const HttpResult r = fetch(client, server.url());
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::Protocol));
        QCOMPARE(r.reason, QStringLiteral("the answer is not HTTP: \"<html>hello</html>\""));
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        HttpClient client;
        const HttpResult r = fetch(client, QStringLiteral("http://127.0.0.1:%1/health").arg(port));
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::Refused));
        QCOMPARE(r.reason, QStringLiteral("connection refused"));
    }

    void invalidUrlFailsLater()
    {
        HttpClient client;
        const HttpResult r = fetch(client, QStringLiteral("ftp://127.0.0.1/health"));
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::InvalidUrl));
    }

    void tlsSelfSignedRefusedWithoutItsCa()
    {
        if (!m_noOpenssl.isEmpty())
            QSKIP(qPrintable(m_noOpenssl));
        const QSslConfiguration tls = serverTls();
        TestServer server(answerOk, &tls);
        HttpClient client;
        const HttpResult r = fetch(client, QStringLiteral("https://localhost:%1/health").arg(server.port()));
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::Tls));
        QVERIFY2(r.reason.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                     || r.reason.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(r.reason));
        QCOMPARE(server.requests, 0); // not a byte of the request was sent
    }

    void tlsAcceptedWithItsCaFileAndKeptAlive()
    {
        if (!m_noOpenssl.isEmpty())
            QSKIP(qPrintable(m_noOpenssl));
        const QSslConfiguration tls = serverTls();
        TestServer server(answerOk, &tls);
        HttpClient client;
        for (int i = 0; i < 2; ++i) {
            const HttpResult r = fetch(client, QStringLiteral("https://localhost:%1/health").arg(server.port()), 5000, m_cert);
            FETCHED(r);
            QCOMPARE(int(r.error), int(HttpResult::Error::None));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.reusedConnection, i > 0);
        }
        QCOMPARE(server.connections, 1);
    }

    void tlsWrongHostNameRefused()
    {
        if (!m_noOpenssl.isEmpty())
            QSKIP(qPrintable(m_noOpenssl));
        const QSslConfiguration tls = serverTls();
        TestServer server(answerOk, &tls);
        HttpClient client;
        // The certificate names localhost; 127.0.0.1 is not in it.
        const HttpResult r = fetch(client, QStringLiteral("https://127.0.0.1:%1/health").arg(server.port()), 5000, m_cert);
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::Tls));
        QVERIFY2(r.reason.contains(QStringLiteral("host name"), Qt::CaseInsensitive), qPrintable(r.reason));
        QCOMPARE(server.requests, 0);
    }

    void tlsRedirectToPlainHttpRefused()
    {
        if (!m_noOpenssl.isEmpty())
            QSKIP(qPrintable(m_noOpenssl));
        TestServer plain(answerOk);
        const QSslConfiguration tls = serverTls();
        TestServer server([&plain](QTcpSocket *socket, const QByteArray &, int, int) {
            socket->write(response(302, "", "Location: " + plain.url().toLatin1() + "\r\n"));
        }, &tls);
        HttpClient client;
        const HttpResult r = fetch(client, QStringLiteral("https://localhost:%1/health").arg(server.port()), 5000, m_cert);
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::InsecureRedirect));
        QVERIFY2(r.reason.startsWith(QStringLiteral("a redirect from https to http://127.0.0.1:")), qPrintable(r.reason));
        QCOMPARE(plain.requests, 0);
    }

    void caFileWithoutCertificatesFails()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.pem"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        HttpClient client;
        const HttpResult r = fetch(client, QStringLiteral("https://localhost:1/health"), 2000, empty);
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::Tls));
        QCOMPARE(r.reason, QStringLiteral("the CA file %1 holds no PEM certificate").arg(empty));
    }

    void proxiedUrlGoesThroughQtNetwork()
    {
        // Qt's proxy settings apply (they never proxy loopback, hence a name that is never resolved).
        TestServer proxy(answerOk);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        const auto restore = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy)); });
        HttpClient client;
        const HttpResult r = fetch(client, QStringLiteral("http://health.example.invalid/health"));
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::None));
        QVERIFY(r.viaProxy);
        QCOMPARE(r.status, 200);
        QCOMPARE(proxy.heads.size(), 1);
        QVERIFY2(proxy.heads.at(0).startsWith("GET http://health.example.invalid/health HTTP/1.1"), proxy.heads.at(0).constData());
    }

    void proxiedRedirectToAnotherHostRefused()
    {
        // Through a proxy too: QtNetwork asks before it follows, and the other host is never requested.
        TestServer proxy([](QTcpSocket *socket, const QByteArray &head, int, int) {
            if (head.startsWith("GET http://health.example.invalid/health "))
                socket->write(response(302, "", "Location: http://metadata.example.invalid/latest\r\n"));
            else if (head.startsWith("GET http://health.example.invalid/moved "))
                socket->write(response(302, "", "Location: /health/detailed\r\n"));
            else
                socket->write(response(200, R"({"status":"ok"})"));
        });
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        const auto restore = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy)); });
        HttpClient client;
        HttpResult r = fetch(client, QStringLiteral("http://health.example.invalid/health"));
        FETCHED(r);
        QVERIFY(r.viaProxy);
        QCOMPARE(int(r.error), int(HttpResult::Error::RedirectRefused));
        QCOMPARE(r.reason, QStringLiteral("redirect to another host refused: metadata.example.invalid"));
        QVERIFY(r.body.isEmpty());
        for (const QByteArray &head : std::as_const(proxy.heads))
            QVERIFY2(!head.contains("metadata"), head.constData());

        r = fetch(client, QStringLiteral("http://health.example.invalid/moved"));
        FETCHED(r);
        QCOMPARE(int(r.error), int(HttpResult::Error::None));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.redirects, 1);
        QCOMPARE(r.url.path(), QStringLiteral("/health/detailed"));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "TestHttpClient.moc"
