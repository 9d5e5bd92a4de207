// A health endpoint that redirects to another host, end to end on two real loopback HTTP servers (two
// ports: two origins): the console never fetches the other host, the check fails with "redirect to
// another host refused: HOST", and nothing the other host would have answered reaches the verdict or
// the health.changed event in the store. A host the check allows (allow_redirects_to) is followed.

#include "health/HealthService.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

// Answers every request with what `answer` returns for its request line; counts what it was asked.
class Server final : public QObject
{
public:
    explicit Server(std::function<QByteArray(const QByteArray &head)> answer) : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QIODevice::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    qsizetype end;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        const QByteArray head = buffer->left(end + 4);
                        buffer->remove(0, end + 4);
                        ++requests;
                        socket->write(m_answer(head));
                    }
                });
                connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray url(const QByteArray &path) const { return "http://127.0.0.1:" + QByteArray::number(port()) + path; }

    int connections = 0;
    int requests = 0;

private:
    QTcpServer m_server;
    std::function<QByteArray(const QByteArray &)> m_answer;
};

QByteArray response(int status, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

const QByteArray kSecretBody = R"({"status":"ok","AccessKeyId":"AKIAEXAMPLESECRET","Token":"hunter2-credentials"})";

FleetConfig oneCheck(const QString &url, const QStringList &redirectHosts)
{
    HealthCheckConfig check;
    check.url = url;
    check.format = HealthFormat::Seeds;
    check.interval = Milliseconds(300);
    check.timeout = Milliseconds(250);
    check.redirectHosts = redirectHosts;
    ServiceConfig service;
    service.name = QStringLiteral("web");
    service.unit = QStringLiteral("web.service");
    service.health = {check};
    HostConfig host;
    host.name = QStringLiteral("web-1");
    host.environment = QStringLiteral("production");
    host.services = {service};
    EnvironmentConfig env;
    env.name = QStringLiteral("production");
    env.hosts = {host};
    FleetConfig config;
    config.environments = {env};
    return config;
}

const QString kId = QStringLiteral("production/web-1/web#0");

} // namespace

class TestHealthRedirect final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void redirectToAnotherHostFailsAndKeepsNothing()
    {
        Server metadata([](const QByteArray &) { return response(200, kSecretBody); });
        bool redirect = false;
        Server health([&](const QByteArray &) {
            return redirect ? response(302, "see other", "Location: " + metadata.url("/latest/meta-data/credentials") + "\r\n")
                            : response(200, R"({"status":"ok"})");
        });
        const QString path = m_dir.filePath(QStringLiteral("refused.db"));
        EventStoreService store;
        store.open(QStringLiteral("sqlite://") + path);
        HealthService service(&store);
        service.setConfig(oneCheck(QString::fromLatin1(health.url("/health")), {}));
        QTRY_COMPARE_WITH_TIMEOUT(service.snapshots().value(kId).stable, HealthStatus::Pass, 5000);

        redirect = true;
        QTRY_COMPARE_WITH_TIMEOUT(service.snapshots().value(kId).stable, HealthStatus::Fail, 5000);
        const HealthSnapshot s = service.snapshots().value(kId);
        QCOMPARE(s.last.reason, QStringLiteral("redirect to another host refused: 127.0.0.1:%1").arg(metadata.port()));
        QVERIFY(s.last.components.isEmpty());
        QCOMPARE(metadata.connections, 0);
        QCOMPARE(metadata.requests, 0);

        // The transition is in the store, naming the refusal and nothing of the other host's answer.
        QTest::qWait(300);
        auto reader = SqliteEventStore::open(path, QStringLiteral("reader"));
        QVERIFY(reader.value);
        EventFilter filter;
        filter.kind = QStringLiteral("health.changed");
        QList<Event> events;
        QTRY_VERIFY_WITH_TIMEOUT((events = *(*reader.value)->events(filter).value).size() >= 1, 3000);
        const Event &last = events.constLast();
        const QByteArray stored = last.summary.toUtf8() + QJsonDocument(last.details).toJson();
        QVERIFY2(stored.contains("redirect to another host refused"), stored.constData());
        QVERIFY2(!stored.contains("hunter2") && !stored.contains("AKIA") && !stored.contains("meta-data"), stored.constData());
        QCOMPARE(metadata.requests, 0);
    }

    void allowedHostIsFollowed()
    {
        Server status([](const QByteArray &) { return response(200, R"({"status":"ok"})"); });
        Server health([&](const QByteArray &) { return response(302, "", "Location: " + status.url("/status") + "\r\n"); });
        EventStoreService store;
        store.open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("allowed.db")));
        HealthService service(&store);
        service.setConfig(oneCheck(QString::fromLatin1(health.url("/health")), {QStringLiteral("127.0.0.1:%1").arg(status.port())}));
        QTRY_COMPARE_WITH_TIMEOUT(service.snapshots().value(kId).stable, HealthStatus::Pass, 5000);
        QVERIFY(status.requests >= 1);
    }

    void sameOriginRedirectIsFollowed()
    {
        Server *self = nullptr;
        Server health([&](const QByteArray &head) {
            return head.startsWith("GET /health ") ? response(301, "", "Location: " + self->url("/health/detailed") + "\r\n")
                                                   : response(200, R"({"status":"ok"})");
        });
        self = &health;
        EventStoreService store;
        store.open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("same.db")));
        HealthService service(&store);
        service.setConfig(oneCheck(QString::fromLatin1(health.url("/health")), {}));
        QTRY_COMPARE_WITH_TIMEOUT(service.snapshots().value(kId).stable, HealthStatus::Pass, 5000);
    }
};

QTEST_GUILESS_MAIN(TestHealthRedirect)
#include "TestHealthRedirect.moc"
