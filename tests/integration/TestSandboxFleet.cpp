// The sandbox fleet is a real peer: real sshd with generated host keys, a systemctl stand-in whose
// state drives real HTTP health endpoints. These tests use it the way OpsDeck and a user would:
// the generated config through our own loader, ssh with strict host-key checking, HTTP, and a
// clean `down`. Loopback only.

#include "SandboxFleet.h"
#include "config/ConfigLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace opsdeck;

namespace {

const QString kFleetTool = QStringLiteral(OPSDECK_SOURCE_DIR "/tools/opsdeck-fleet");

using opsdeck::testing::runProcess;
using Result = opsdeck::testing::ProcessResult;

Result run(const QString &program, const QStringList &arguments, int timeoutMs = 60'000)
{
    return runProcess(program, arguments, timeoutMs);
}

struct Http {
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json;
};

Http get(const QString &url)
{
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(5000);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Http http;
    http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    http.error = reply->error();
    http.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return http;
}

// Processes whose command line or environment mention dir: what `down` must leave none of.
QStringList processesUsing(const QString &dir)
{
    QStringList found;
    const QByteArray needle = dir.toUtf8();
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString pidDir = it.next();
        bool isPid = false;
        QFileInfo(pidDir).fileName().toInt(&isPid);
        if (!isPid || QFileInfo(pidDir).fileName().toInt() == QCoreApplication::applicationPid())
            continue;
        for (const char *file : {"/cmdline", "/environ"}) {
            QFile f(pidDir + QLatin1String(file));
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
                found << pidDir;
                break;
            }
        }
    }
    return found;
}

class Fleet
{
public:
    explicit Fleet(const QString &dir) : m_dir(dir) {}
    ~Fleet() { run(kFleetTool, {QStringLiteral("down"), QStringLiteral("--dir"), m_dir}); }
    QString dir() const { return m_dir; }

private:
    QString m_dir;
};

} // namespace

class TestSandboxFleet final : public QObject
{
    Q_OBJECT
private:
    QStringList sshArguments(const HostConfig &host, const QString &knownHosts) const
    {
        return {QStringLiteral("-i"), host.identityFile,
                QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHosts,
                QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                QStringLiteral("-o"), QStringLiteral("ConnectTimeout=10"),
                QStringLiteral("-F"), QStringLiteral("/dev/null"),
                QStringLiteral("-p"), QString::number(host.port),
                host.user + u'@' + host.address};
    }
    Result ssh(const HostConfig &host, const QString &command) const
    {
        return run(QStringLiteral("ssh"), sshArguments(host, host.knownHostsFile) << command);
    }

private Q_SLOTS:
    void upSshHealthRestartDown()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("fleet"));
        Fleet fleet(dir);
        const Result up = run(kFleetTool, {QStringLiteral("up"), QStringLiteral("--hosts"), QStringLiteral("3"),
                                           QStringLiteral("--dir"), dir, QStringLiteral("--start-seconds"), QStringLiteral("2")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err + up.out));

        // The config the fleet writes is one OpsDeck accepts.
        const ConfigLoadResult loaded = ConfigLoader::loadFile(dir + QStringLiteral("/opsdeck.yaml"));
        QVERIFY2(loaded.ok(), loaded.errors.isEmpty() ? "" : qPrintable(loaded.errors.constFirst().toString()));
        const FleetConfig &config = *loaded.config;
        QCOMPARE(config.hostCount(), 3);
        const HostConfig host = config.environments.at(0).hosts.at(0);
        const ServiceConfig *web = nullptr;
        for (const ServiceConfig &s : host.services) {
            if (s.unit == QLatin1String("family-photo-share.service"))
                web = &s;
        }
        QVERIFY(web);
        QVERIFY(!web->health.isEmpty());
        const QString healthUrl = web->health.at(0).url;
        QVERIFY(healthUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(host.apps.size(), 1);
        QCOMPARE(host.backups.size(), 1);
        QVERIFY(QFileInfo(host.apps.at(0).path + QStringLiteral("/current")).isSymLink());

        // Real sshd, real host key: strict checking passes with the fleet's known_hosts...
        const Result active = ssh(host, QStringLiteral("systemctl is-active family-photo-share.service"));
        QVERIFY2(active.exitCode == 0, qPrintable(active.err));
        QCOMPARE(active.out.trimmed(), QStringLiteral("active"));
        // ...and fails without it: the key is unknown, and BatchMode cannot ask.
        QTemporaryDir empty;
        const Result strict = run(QStringLiteral("ssh"),
                                  sshArguments(host, empty.filePath(QStringLiteral("known_hosts"))) << QStringLiteral("true"));
        QCOMPARE(strict.exitCode, 255);
        QVERIFY2(strict.err.contains(QStringLiteral("Host key verification failed")), qPrintable(strict.err));

        const Result show = ssh(host, QStringLiteral("systemctl show family-photo-share.service -p ActiveState,SubState,MainPID"));
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(QStringLiteral("ActiveState=active")) && show.out.contains(QStringLiteral("SubState=running")),
                 qPrintable(show.out));
        const QString pidBefore = show.out.section(QStringLiteral("MainPID="), 1).section(u'\n', 0, 0);

        Http health = get(healthUrl);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

        // A restart makes the endpoint fail while the service starts, then pass again.
        QCOMPARE(ssh(host, QStringLiteral("sudo -n systemctl restart family-photo-share.service")).exitCode, 0);
        health = get(healthUrl);
        QCOMPARE(health.status, 503);
        QElapsedTimer timer;
        timer.start();
        while (get(healthUrl).status != 200 && timer.elapsed() < 10'000)
            QTest::qWait(200);
        QCOMPARE(get(healthUrl).status, 200);
        const Result after = ssh(host, QStringLiteral("systemctl show family-photo-share.service -p MainPID --value"));
        QVERIFY(after.out.trimmed() != pidBefore);
        const Result journal = ssh(host, QStringLiteral("journalctl -u family-photo-share.service -n 20 --no-pager"));
        QCOMPARE(journal.exitCode, 0);
        QVERIFY2(journal.out.contains(QStringLiteral("Stopping")) && journal.out.contains(QStringLiteral("Started")),
                 qPrintable(journal.out));

        // A stopped service refuses connections; starting it brings the endpoint back.
        QCOMPARE(ssh(host, QStringLiteral("sudo -n systemctl stop family-photo-share.service")).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(get(healthUrl).error, QNetworkReply::ConnectionRefusedError, 3000);
        const Result inactive = ssh(host, QStringLiteral("systemctl is-active family-photo-share.service"));
        QCOMPARE(inactive.exitCode, 3);
        QCOMPARE(inactive.out.trimmed(), QStringLiteral("inactive"));
        QCOMPARE(ssh(host, QStringLiteral("sudo -n systemctl start family-photo-share.service")).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(get(healthUrl).status, 200, 10'000);

        // Unknown units fail like systemd.
        QCOMPARE(ssh(host, QStringLiteral("sudo -n systemctl restart no-such.service")).exitCode, 5);

        // Scenario: the database check fails and is named.
        const Result scenario = run(kFleetTool, {QStringLiteral("scenario"), host.name, web->name, QStringLiteral("down"),
                                                 QStringLiteral("--dir"), dir});
        QVERIFY2(scenario.exitCode == 0, qPrintable(scenario.err));
        QTRY_COMPARE_WITH_TIMEOUT(get(healthUrl).status, 503, 3000);
        health = get(healthUrl);
        QCOMPARE(health.json.value(QStringLiteral("checks")).toObject().value(QStringLiteral("database")).toObject()
                     .value(QStringLiteral("status")).toString(),
                 QStringLiteral("error"));

        // Backups: real gzip files named like bin/backup, over several days.
        const QStringList backups = QDir(host.backups.at(0).path).entryList({QStringLiteral("database_*.sql.gz")}, QDir::Files);
        QVERIFY(backups.size() >= 5);
        const Result gzip = run(QStringLiteral("gzip"), {QStringLiteral("-t"), host.backups.at(0).path + u'/' + backups.constFirst()});
        QCOMPARE(gzip.exitCode, 0);

        const Result down = run(kFleetTool, {QStringLiteral("down"), QStringLiteral("--dir"), dir});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QVERIFY(!QFileInfo::exists(dir));
        QCOMPARE(processesUsing(dir), QStringList());
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(host.port));
        QVERIFY(!probe.waitForConnected(1000));
    }

    // --handshake-delay-ms stands for a real network: every SSH connection gets its banner that much
    // later (fleetd relays it to the host's sshd), a command over it still works, and a host whose
    // sshd is gone still drops the connection; out of range is refused.
    void handshakeDelay()
    {
        testing::SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("2"), QStringLiteral("--handshake-delay-ms"), QStringLiteral("300")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        QFile json(fleet.dir() + QStringLiteral("/fleet.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("handshake_delay_ms")).toInt(), 300);
        const HostConfig &host = fleet.config().environments.at(0).hosts.at(0);
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            QTcpSocket socket;
            socket.connectToHost(host.address, quint16(host.port));
            QVERIFY(socket.waitForConnected(2000));
            QVERIFY(socket.waitForReadyRead(5000));
            const qint64 bannerMs = timer.elapsed();
            QVERIFY(socket.readLine().startsWith("SSH-2.0-OpenSSH"));
            QVERIFY2(bannerMs >= 300, qPrintable(QStringLiteral("banner after %1 ms").arg(bannerMs)));
        }
        const Result active = ssh(host, QStringLiteral("systemctl is-active family-photo-share"));
        QVERIFY2(active.exitCode == 0, qPrintable(active.err));
        QCOMPARE(active.out.trimmed(), QStringLiteral("active"));

        const HostConfig &gone = fleet.config().environments.at(0).hosts.at(1);
        QVERIFY(::kill(pid_t(fleet.sshdPid(gone.name)), SIGKILL) == 0);
        QTest::qWait(200);
        QTcpSocket socket;
        socket.connectToHost(gone.address, quint16(gone.port));
        if (socket.waitForConnected(2000)) {
            QVERIFY(!socket.waitForReadyRead(5000) || socket.readAll().isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        }

        QTemporaryDir tmp;
        const Result refused = run(kFleetTool, {QStringLiteral("up"), QStringLiteral("--hosts"), QStringLiteral("1"), QStringLiteral("--dir"),
                                                tmp.filePath(QStringLiteral("f")), QStringLiteral("--handshake-delay-ms"), QStringLiteral("10001")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--handshake-delay-ms must be 0-10000")), qPrintable(refused.err));
    }

    // `flap`: the picked fraction of endpoints alternate between failing and passing every few
    // seconds, the others keep passing; --fraction 0 ends it; nonsense is refused.
    void flap()
    {
        testing::SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("8")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        QStringList urls;
        for (const HostConfig &host : fleet.config().environments.at(0).hosts) {
            for (const ServiceConfig &service : host.services)
                urls << service.health.at(0).url;
        }
        QCOMPARE(urls.size(), 16);
        for (const QString &url : std::as_const(urls))
            QTRY_COMPARE_WITH_TIMEOUT(get(url).status, 200, 10'000); // past "starting"

        const Result started = run(kFleetTool, {QStringLiteral("flap"), QStringLiteral("--fraction"), QStringLiteral("0.5"),
                                                QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--dir"), fleet.dir()});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const QRegularExpressionMatch said = QRegularExpression(QStringLiteral("(\\d+) health endpoint\\(s\\) flap")).match(started.err + started.out);
        QVERIFY2(said.hasMatch(), qPrintable(started.err + started.out));
        const int picked = said.captured(1).toInt();
        QVERIFY2(picked > 0 && picked < urls.size(), qPrintable(QString::number(picked)));

        // Over more than two periods every picked endpoint is seen failing and passing; no other fails.
        QHash<QString, QSet<int>> seen;
        QElapsedTimer watching;
        watching.start();
        while (watching.elapsed() < 3500) {
            for (const QString &url : std::as_const(urls))
                seen[url].insert(get(url).status);
            QTest::qWait(100);
        }
        int flapped = 0;
        for (const QString &url : std::as_const(urls)) {
            const QSet<int> &statuses = seen.value(url);
            if (statuses.size() == 2 && statuses.contains(200) && std::all_of(statuses.cbegin(), statuses.cend(), [](int st) { return st == 200 || st >= 500; }))
                ++flapped;
            else
                QVERIFY2(statuses == QSet<int>{200}, qPrintable(url));
        }
        QCOMPARE(flapped, picked);

        const Result stopped = run(kFleetTool, {QStringLiteral("flap"), QStringLiteral("--fraction"), QStringLiteral("0"),
                                                QStringLiteral("--dir"), fleet.dir()});
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
        for (int round = 0; round < 15; ++round) {
            for (const QString &url : std::as_const(urls))
                QCOMPARE(get(url).status, 200);
            QTest::qWait(100);
        }

        const Result refused = run(kFleetTool, {QStringLiteral("flap"), QStringLiteral("--fraction"), QStringLiteral("1.5"),
                                                QStringLiteral("--dir"), fleet.dir()});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--fraction must be between 0 and 1")), qPrintable(refused.err));
    }

    void twoHundredHosts()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("fleet200"));
        Fleet fleet(dir);
        QElapsedTimer timer;
        timer.start();
        const Result up = run(kFleetTool, {QStringLiteral("up"), QStringLiteral("--hosts"), QStringLiteral("200"),
                                           QStringLiteral("--dir"), dir}, 180'000);
        const qint64 upMs = timer.elapsed();
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        qInfo("200 hosts up in %lld ms", upMs);
        const ConfigLoadResult loaded = ConfigLoader::loadFile(dir + QStringLiteral("/opsdeck.yaml"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.config->hostCount(), 200);
        int listening = 0;
        for (const HostConfig &host : loaded.config->environments.at(0).hosts) {
            QTcpSocket socket;
            socket.connectToHost(host.address, quint16(host.port));
            if (socket.waitForConnected(2000) && (socket.bytesAvailable() || socket.waitForReadyRead(5000))
                && socket.readLine().startsWith("SSH-2.0-OpenSSH"))
                ++listening;
        }
        QCOMPARE(listening, 200);
        QVERIFY2(upMs < 60'000, qPrintable(QStringLiteral("took %1 ms").arg(upMs)));
        const Result down = run(kFleetTool, {QStringLiteral("down"), QStringLiteral("--dir"), dir}, 120'000);
        QCOMPARE(down.exitCode, 0);
        QCOMPARE(processesUsing(dir), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFleet)
#include "TestSandboxFleet.moc"
