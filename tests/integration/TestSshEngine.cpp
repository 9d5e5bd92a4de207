// The SSH engine against real OpenSSH servers (the sandbox fleet): host-key semantics, agent and key
// authentication, jump hosts, unreachable hosts, timeouts, dropped connections, quoting. Loopback only.

#include "SandboxFleet.h"
#include "ssh/HandshakeLimiter.h"
#include "ssh/HostKey.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <future>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {

// Answers host-key and passphrase questions as told, and counts them. With waitMs, it is a person who
// takes that long to answer, unless the question is withdrawn first (counted in withdrawn).
class ScriptedPrompts final : public HostKeyPrompt, public PassphrasePrompt
{
public:
    bool trustUnknownKey(const SshEndpoint &, const HostKey &, PromptCancellation &cancel) override
    {
        ++keyQuestions;
        waitForThePerson(cancel);
        return trust && !cancel.isCanceled();
    }
    std::optional<QByteArray> passphrase(const SshEndpoint &, const QString &, PromptCancellation &cancel) override
    {
        ++passphraseQuestions;
        waitForThePerson(cancel);
        return cancel.isCanceled() ? std::nullopt : secret;
    }
    void waitForThePerson(PromptCancellation &cancel)
    {
        if (waitMs <= 0)
            return;
        auto woken = std::make_shared<std::promise<void>>();
        std::future<void> answer = woken->get_future();
        const quint64 subscription = cancel.subscribe([woken] { woken->set_value(); });
        if (subscription == 0 || answer.wait_for(std::chrono::milliseconds(waitMs)) == std::future_status::ready)
            ++withdrawn;
        if (subscription != 0)
            cancel.unsubscribe(subscription);
    }
    bool trust = false;
    std::optional<QByteArray> secret;
    int waitMs = 0;
    std::atomic<int> keyQuestions{0};
    std::atomic<int> passphraseQuestions{0};
    std::atomic<int> withdrawn{0};
};

CommandResult runOn(SshEngine &engine, const QString &host, const QString &command, int timeoutMs = 20'000)
{
    QFuture<CommandResult> future = engine.run(host, command, Milliseconds(timeoutMs));
    future.waitForFinished();
    return future.resultCount() ? future.result() : CommandResult{};
}

QString hostKeyLine(const QString &fleetDir, int port)
{
    QFile file(fleetDir + QStringLiteral("/known_hosts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pattern = "[127.0.0.1]:" + QByteArray::number(port) + ' ';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(pattern))
            return QString::fromUtf8(line);
    }
    return {};
}

QString writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8());
    return path;
}

} // namespace

class TestSshEngine final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFleet> m_fleet;

    FleetConfig config() const { return m_fleet->config(); }
    HostConfig &host(FleetConfig &c, int index) { return c.environments[0].hosts[index]; }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("3"),
                                                             QStringLiteral("--start-seconds"), QStringLiteral("1")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void knownKeyRunsCommands()
    {
        ScriptedPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        engine.setConfig(config());
        const CommandResult r = runOn(engine, QStringLiteral("host-001"), QStringLiteral("echo out; echo err >&2; exit 3"));
        QCOMPARE(r.status, CommandResult::Status::Completed);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray("out\n"));
        QCOMPARE(r.err, QByteArray("err\n"));
        QTRY_VERIFY(engine.isConnected(QStringLiteral("host-001"))); // reported through a queued signal
        // The session persists: a second command reuses it and is fast.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runOn(engine, QStringLiteral("host-001"), QStringLiteral("true")).exitCode, 0);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(prompts.keyQuestions.load(), 0);
        // The stand-ins are on the login PATH.
        QCOMPARE(runOn(engine, QStringLiteral("host-001"), QStringLiteral("systemctl is-active family-photo-share.service")).out,
                 QByteArray("active\n"));
    }

    // A session's thread runs at the lowest priority (nice 19), so that the window's thread is
    // scheduled first while hundreds of sessions exchange keys.
    void sessionThreadsYieldToTheCaller()
    {
        ScriptedPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        engine.setConfig(config());
        QCOMPARE(runOn(engine, QStringLiteral("host-002"), QStringLiteral("true")).exitCode, 0);
        // The thread is named after its object ("ssh:host-002"); its nice value is field 19 of stat.
        QStringList nice;
        const QDir tasks(QStringLiteral("/proc/self/task"));
        for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
            QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
            if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "ssh:host-002")
                continue;
            const QByteArray line = stat.readAll();
            // After the command name in parentheses: state is field 3, nice field 19.
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            nice << QString::fromLatin1(fields.value(19 - 3));
        }
        static_assert(SshEngine::kSessionNice > 0);
        QCOMPARE(nice, QStringList{QString::number(SshEngine::kSessionNice)});
    }

    void unknownKeyIsRefusedOrTrustedAndRecorded()
    {
        FleetConfig c = config();
        const QString knownHosts = m_fleet->scratch(QStringLiteral("known_hosts_unknown"));
        host(c, 0).knownHostsFile = knownHosts;
        {
            ScriptedPrompts refuse;
            SshEngine engine(&refuse, &refuse);
            engine.setConfig(c);
            const CommandResult r = runOn(engine, QStringLiteral("host-001"), QStringLiteral("true"));
            QCOMPARE(r.status, CommandResult::Status::HostKeyRejected);
            QVERIFY2(r.error.contains(QStringLiteral("SHA256:")), qPrintable(r.error));
            QCOMPARE(refuse.keyQuestions.load(), 1);
            QVERIFY(!QFile::exists(knownHosts) || QFileInfo(knownHosts).size() == 0);
        }
        ScriptedPrompts trust;
        trust.trust = true;
        SshEngine engine(&trust, &trust);
        engine.setConfig(c);
        QSignalSpy trusted(&engine, &SshEngine::hostKeyTrusted);
        QCOMPARE(runOn(engine, QStringLiteral("host-001"), QStringLiteral("true")).exitCode, 0);
        QTRY_COMPARE(trusted.size(), 1);
        QVERIFY(trusted.at(0).at(2).toString().startsWith(QStringLiteral("SHA256:")));
        // OpenSSH itself finds the recorded key.
        const ProcessResult found = runProcess(QStringLiteral("ssh-keygen"),
                                               {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:%1").arg(host(c, 0).port),
                                                QStringLiteral("-f"), knownHosts});
        QCOMPARE(found.exitCode, 0);
    }

    void changedOtherTypeAndRevokedKeysAreRefusedBeforeAuthentication_data()
    {
        QTest::addColumn<QString>("knownHosts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("changed") << "changed" << "changed";
        QTest::newRow("other type") << "othertype" << "";
        QTest::newRow("revoked") << "revoked" << "revoked";
    }
    void changedOtherTypeAndRevokedKeysAreRefusedBeforeAuthentication()
    {
        QFETCH(QString, knownHosts);
        QFETCH(QString, expected);
        FleetConfig c = config();
        HostConfig &h = host(c, 1);
        const QString pattern = QStringLiteral("[127.0.0.1]:%1").arg(h.port);
        const QString real = hostKeyLine(m_fleet->dir(), h.port);
        QVERIFY(!real.isEmpty());
        // Keys that are not the host's, made by OpenSSH.
        const QString keyDir = m_fleet->scratch(QStringLiteral("keys-") + knownHosts);
        QDir().mkpath(keyDir);
        for (const char *type : {"ed25519", "ecdsa"})
            QCOMPARE(runProcess(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QLatin1String(type),
                                                               QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                                                               keyDir + QStringLiteral("/") + QLatin1String(type)}).exitCode, 0);
        auto publicKey = [&](const char *type) {
            QFile f(keyDir + u'/' + QLatin1String(type) + QStringLiteral(".pub"));
            f.open(QIODevice::ReadOnly);
            return QString::fromUtf8(f.readAll()).section(u' ', 0, 1);
        };
        QString text = QStringLiteral("# comment line\nexample.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOv\n");
        if (knownHosts == QLatin1String("changed"))
            text += pattern + u' ' + publicKey("ed25519") + u'\n';
        else if (knownHosts == QLatin1String("othertype"))
            text += pattern + u' ' + publicKey("ecdsa") + u'\n';
        else
            text += QStringLiteral("@revoked ") + real + u'\n' + real + u'\n';
        h.knownHostsFile = writeFile(m_fleet->scratch(QStringLiteral("known_hosts_") + knownHosts), text);
        // An encrypted identity: if authentication were attempted, the passphrase would be asked for.
        const QString encrypted = keyDir + QStringLiteral("/encrypted");
        QCOMPARE(runProcess(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                           QStringLiteral("-N"), QStringLiteral("secret phrase"),
                                                           QStringLiteral("-f"), encrypted}).exitCode, 0);
        h.identityFile = encrypted;

        ScriptedPrompts prompts;
        prompts.trust = true; // even a person who says yes to everything is not asked about these
        SshEngine engine(&prompts, &prompts);
        engine.setConfig(c);
        const CommandResult r = runOn(engine, h.name, QStringLiteral("true"));
        QCOMPARE(r.status, CommandResult::Status::HostKeyRejected);
        QCOMPARE(prompts.keyQuestions.load(), 0);
        QCOMPARE(prompts.passphraseQuestions.load(), 0);
        QVERIFY2(r.error.contains(h.knownHostsFile), qPrintable(r.error)); // file:line named
        if (!expected.isEmpty())
            QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("SHA256:")), qPrintable(r.error));
    }

    void encryptedKeyAsksForItsPassphrase()
    {
        FleetConfig c = config();
        HostConfig &h = host(c, 2);
        const QString key = m_fleet->scratch(QStringLiteral("encrypted_client"));
        QFile::copy(m_fleet->dir() + QStringLiteral("/client/id_ed25519"), key);
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(runProcess(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-p"), QStringLiteral("-N"),
                                                           QStringLiteral("open sesame"), QStringLiteral("-f"), key}).exitCode, 0);
        h.identityFile = key;
        const QByteArray agent = qgetenv("SSH_AUTH_SOCK");
        qunsetenv("SSH_AUTH_SOCK");
        ScriptedPrompts wrong;
        wrong.secret = QByteArray("wrong");
        {
            SshEngine engine(&wrong, &wrong);
            engine.setConfig(c);
            const CommandResult r = runOn(engine, h.name, QStringLiteral("true"));
            QCOMPARE(r.status, CommandResult::Status::AuthFailed);
            QVERIFY2(r.error.contains(QStringLiteral("wrong passphrase")), qPrintable(r.error));
        }
        ScriptedPrompts right;
        right.secret = QByteArray("open sesame");
        SshEngine engine(&right, &right);
        engine.setConfig(c);
        QCOMPARE(runOn(engine, h.name, QStringLiteral("true")).exitCode, 0);
        QCOMPARE(right.passphraseQuestions.load(), 1);
        if (!agent.isEmpty())
            qputenv("SSH_AUTH_SOCK", agent);
    }

    void agentAuthentication()
    {
        // A real ssh-agent holding the fleet's key; the configured key file does not exist.
        const QString socket = m_fleet->scratch(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY(QFileInfo::exists(socket));
        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        // The socket file appears when the agent binds, a moment before it listens: try again briefly.
        int added = -1;
        for (int attempt = 0; attempt < 20 && added != 0; ++attempt) {
            if (attempt > 0)
                QTest::qWait(100);
            QProcess add;
            add.start(QStringLiteral("ssh-add"), {m_fleet->dir() + QStringLiteral("/client/id_ed25519")});
            QVERIFY(add.waitForFinished(10'000));
            added = add.exitCode();
        }
        QCOMPARE(added, 0);

        FleetConfig c = config();
        host(c, 0).identityFile = m_fleet->scratch(QStringLiteral("no-such-key"));
        ScriptedPrompts prompts;
        {
            SshEngine engine(&prompts, &prompts);
            engine.setConfig(c);
            const CommandResult r = runOn(engine, QStringLiteral("host-001"), QStringLiteral("echo agent"));
            QVERIFY2(r.succeeded(), qPrintable(r.error));
        }
        // Without the agent the same host fails, saying what was tried.
        qunsetenv("SSH_AUTH_SOCK");
        agent.kill();
        agent.waitForFinished();
        SshEngine engine(&prompts, &prompts);
        engine.setConfig(c);
        const CommandResult r = runOn(engine, QStringLiteral("host-001"), QStringLiteral("true"));
        QCOMPARE(r.status, CommandResult::Status::AuthFailed);
        QVERIFY2(r.error.contains(QStringLiteral("ssh-agent (not running")) && r.error.contains(QStringLiteral("no-such-key (missing)")),
                 qPrintable(r.error));
    }

    void jumpHost()
    {
        FleetConfig c = config();
        host(c, 1).jumpHost = QStringLiteral("host-001");
        ScriptedPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        engine.setConfig(c);
        const CommandResult r = runOn(engine, QStringLiteral("host-002"), QStringLiteral("echo $OPSDECK_FLEET_HOST"));
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QVERIFY(QString::fromUtf8(r.out).trimmed().endsWith(QStringLiteral("/host-002")));
        // The path really goes through the jump host: with its key unknown, the target is not reached.
        host(c, 0).knownHostsFile = m_fleet->scratch(QStringLiteral("empty_known_hosts"));
        SshEngine refused(&prompts, &prompts);
        refused.setConfig(c);
        const CommandResult viaBadJump = runOn(refused, QStringLiteral("host-002"), QStringLiteral("true"));
        QCOMPARE(viaBadJump.status, CommandResult::Status::HostKeyRejected);
        QVERIFY2(viaBadJump.error.contains(QStringLiteral("jump host host-001")), qPrintable(viaBadJump.error));
    }

    void sshClientConfigSuppliesHostNamePortKeyAndProxyJump()
    {
        // The fleet file names only an alias; ~/.ssh/config (here OPSDECK_SSH_CONFIG) says the rest.
        FleetConfig c = config();
        HostConfig &target = host(c, 1);
        const HostConfig &jump = host(c, 0);
        const int targetPort = target.port;
        target.address = QStringLiteral("fleet-alias");
        target.addressExplicit = false;
        target.portExplicit = false;
        target.port = 22;
        target.identityFile.clear();
        const QString sshConfig = writeFile(m_fleet->scratch(QStringLiteral("ssh_config")),
                                            QStringLiteral("Host fleet-alias\n  HostName 127.0.0.1\n  Port %1\n"
                                                           "  IdentityFile %2\n  ProxyJump %3@127.0.0.1:%4\n")
                                                .arg(targetPort)
                                                .arg(m_fleet->dir() + QStringLiteral("/client/id_ed25519"), jump.user)
                                                .arg(jump.port));
        qputenv("OPSDECK_SSH_CONFIG", sshConfig.toUtf8());
        const QByteArray agent = qgetenv("SSH_AUTH_SOCK");
        qunsetenv("SSH_AUTH_SOCK");
        ScriptedPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        engine.setConfig(c);
        const CommandResult r = runOn(engine, target.name, QStringLiteral("echo $OPSDECK_FLEET_HOST"));
        qputenv("OPSDECK_SSH_CONFIG", QByteArray());
        if (!agent.isEmpty())
            qputenv("SSH_AUTH_SOCK", agent);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QVERIFY(QString::fromUtf8(r.out).trimmed().endsWith(QStringLiteral("/host-002")));
        QCOMPARE(prompts.keyQuestions.load(), 0); // both hops were checked against known_hosts
    }

    void unreachableHostFailsWithinItsTimeoutOthersGoOn()
    {
        FleetConfig c = config();
        // A port that accepts TCP but never speaks SSH, and a port nobody listens on.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        host(c, 0).port = silent.serverPort();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        host(c, 1).port = closed.serverPort();
        closed.close();
        c.ssh.connectTimeout = Milliseconds(2000);
        ScriptedPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        engine.setConfig(c);
        QElapsedTimer timer;
        timer.start();
        QFuture<CommandResult> hanging = engine.run(QStringLiteral("host-001"), QStringLiteral("true"), Milliseconds(20'000));
        QFuture<CommandResult> refused = engine.run(QStringLiteral("host-002"), QStringLiteral("true"), Milliseconds(20'000));
        QFuture<CommandResult> fine = engine.run(QStringLiteral("host-003"), QStringLiteral("echo fine"), Milliseconds(20'000));
        fine.waitForFinished();
        QVERIFY(fine.result().succeeded());
        QVERIFY2(timer.elapsed() < 1500, "a dead host must not hold up a healthy one");
        refused.waitForFinished();
        QCOMPARE(refused.result().status, CommandResult::Status::ConnectFailed);
        QVERIFY2(refused.result().error.contains(QStringLiteral("host-002")), qPrintable(refused.result().error));
        hanging.waitForFinished();
        QCOMPARE(hanging.result().status, CommandResult::Status::ConnectFailed);
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    }

    void commandTimeoutKeepsTheSession()
    {
        ScriptedPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        engine.setConfig(config());
        QElapsedTimer timer;
        timer.start();
        const CommandResult r = runOn(engine, QStringLiteral("host-003"), QStringLiteral("sleep 20"), 1000);
        QCOMPARE(r.status, CommandResult::Status::TimedOut);
        QVERIFY(r.outcomeUnknown());
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(runOn(engine, QStringLiteral("host-003"), QStringLiteral("echo again")).out, QByteArray("again\n"));
    }

    void droppedConnectionIsUnknown()
    {
        ScriptedPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        engine.setConfig(config());
        QCOMPARE(runOn(engine, QStringLiteral("host-002"), QStringLiteral("true")).exitCode, 0);
        QVERIFY(m_fleet->sshdPid(QStringLiteral("host-002")) > 0);
        QFuture<CommandResult> running = engine.run(QStringLiteral("host-002"), QStringLiteral("sleep 30"), Milliseconds(60'000));
        QTest::qWait(500);
        QVERIFY(m_fleet->killSessions(QStringLiteral("host-002")) > 0);
        running.waitForFinished();
        QCOMPARE(running.result().status, CommandResult::Status::ConnectionLost);
        QVERIFY(running.result().outcomeUnknown());
        // The next command reconnects.
        QCOMPARE(runOn(engine, QStringLiteral("host-002"), QStringLiteral("echo back")).out, QByteArray("back\n"));
    }

    // The console's own sweeps (inventories, backup scans, verification) go through the bulk limit:
    // never more of them in flight than the limit, in order, while a person's command does not wait
    // for them; what still waits when the engine goes is cancelled.
    void bulkWorkStaysWithinItsLimit()
    {
        ScriptedPrompts prompts;
        QList<QFuture<CommandResult>> sweep;
        QFuture<CommandResult> leftOver;
        {
            SshEngine engine(&prompts, &prompts);
            engine.setConfig(config());
            engine.setBulkLimit(2);
            int most = 0;
            QTimer watch;
            watch.setInterval(5);
            QObject::connect(&watch, &QTimer::timeout, [&] { most = std::max(most, engine.bulkRunning()); });
            watch.start();
            for (int i = 0; i < 6; ++i)
                sweep << engine.runBulk(i % 2 ? QStringLiteral("host-001") : QStringLiteral("host-002"),
                                        QStringLiteral("sleep 0.3; echo %1").arg(i), Milliseconds(20'000));
            QCOMPARE(engine.bulkRunning(), 2);
            QCOMPARE(engine.bulkWaiting(), 4);
            // A person's command does not queue behind the sweep.
            QFuture<CommandResult> now = engine.run(QStringLiteral("host-003"), QStringLiteral("echo now"), Milliseconds(20'000));
            QTRY_VERIFY_WITH_TIMEOUT(now.isFinished(), 15'000);
            QCOMPARE(now.result().out, QByteArray("now\n"));
            QVERIFY(engine.bulkWaiting() > 0);
            for (const QFuture<CommandResult> &f : std::as_const(sweep))
                QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 30'000);
            for (int i = 0; i < 6; ++i)
                QCOMPARE(sweep.at(i).result().out, QByteArray::number(i) + '\n');
            QCOMPARE(most, 2);
            QCOMPARE(engine.bulkRunning(), 0);
            // Left waiting when the engine goes: cancelled, not lost silently.
            engine.setBulkLimit(1);
            engine.runBulk(QStringLiteral("host-001"), QStringLiteral("sleep 5"), Milliseconds(20'000));
            leftOver = engine.runBulk(QStringLiteral("host-002"), QStringLiteral("echo never"), Milliseconds(20'000));
            QCOMPARE(engine.bulkWaiting(), 1);
        }
        QVERIFY(leftOver.isFinished());
        QVERIFY(leftOver.isCanceled());
        QCOMPARE(leftOver.resultCount(), 0);
    }

    void shutdownDoesNotWaitForRunningCommands()
    {
        ScriptedPrompts prompts;
        QFuture<CommandResult> running;
        QElapsedTimer timer;
        {
            SshEngine engine(&prompts, &prompts);
            engine.setConfig(config());
            QCOMPARE(runOn(engine, QStringLiteral("host-003"), QStringLiteral("true")).exitCode, 0);
            running = engine.run(QStringLiteral("host-003"), QStringLiteral("sleep 30"), Milliseconds(60'000));
            QTest::qWait(300);
            timer.start();
        } // the engine goes, with a command still running
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("shutdown took %1 ms").arg(timer.elapsed())));
        running.waitForFinished();
        QVERIFY(running.resultCount() == 0 || running.result().outcomeUnknown());
    }

    // A question waiting for a person (a host-key or passphrase dialog left open) holds up neither a
    // configuration change that stops its session nor the engine's shutdown: stopping withdraws it.
    void stoppingASessionWithdrawsItsQuestion()
    {
        FleetConfig c = config();
        host(c, 1).knownHostsFile = m_fleet->scratch(QStringLiteral("known_hosts_waiting"));
        ScriptedPrompts person;
        person.trust = true;
        person.waitMs = 60'000;
        SshEngine engine(&person, &person);
        engine.setConfig(c);
        QFuture<CommandResult> waiting = engine.run(host(c, 1).name, QStringLiteral("true"), Milliseconds(20'000));
        QTRY_COMPARE(person.keyQuestions.load(), 1);
        FleetConfig moved = c;
        host(moved, 1).port += 1; // the host's port changed: its session is stopped
        QElapsedTimer timer;
        timer.start();
        engine.setConfig(moved);
        QVERIFY2(timer.elapsed() < 2'000, qPrintable(QStringLiteral("setConfig took %1 ms").arg(timer.elapsed())));
        QCOMPARE(person.withdrawn.load(), 1);
        QTRY_VERIFY(waiting.isFinished());
        if (waiting.resultCount() > 0) {
            QCOMPARE(waiting.result().status, CommandResult::Status::HostKeyRejected);
            QVERIFY2(waiting.result().error.contains(QStringLiteral("stopped")), qPrintable(waiting.result().error));
        }
        QVERIFY(!QFile::exists(host(c, 1).knownHostsFile) || QFileInfo(host(c, 1).knownHostsFile).size() == 0);

        // The same for a passphrase, at shutdown.
        FleetConfig encrypted = config();
        HostConfig &h = host(encrypted, 2);
        const QString key = m_fleet->scratch(QStringLiteral("encrypted_waiting"));
        QFile::copy(m_fleet->dir() + QStringLiteral("/client/id_ed25519"), key);
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(runProcess(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-p"), QStringLiteral("-N"),
                                                           QStringLiteral("open sesame"), QStringLiteral("-f"), key}).exitCode, 0);
        h.identityFile = key;
        const QByteArray agent = qgetenv("SSH_AUTH_SOCK");
        qunsetenv("SSH_AUTH_SOCK");
        ScriptedPrompts slow;
        slow.secret = QByteArray("open sesame");
        slow.waitMs = 60'000;
        QFuture<CommandResult> asking;
        {
            SshEngine second(&slow, &slow);
            second.setConfig(encrypted);
            asking = second.run(h.name, QStringLiteral("true"), Milliseconds(20'000));
            QTRY_COMPARE(slow.passphraseQuestions.load(), 1);
            timer.restart();
        }
        QVERIFY2(timer.elapsed() < 2'000, qPrintable(QStringLiteral("shutdown took %1 ms").arg(timer.elapsed())));
        QCOMPARE(slow.withdrawn.load(), 1);
        if (!agent.isEmpty())
            qputenv("SSH_AUTH_SOCK", agent);
        asking.waitForFinished();
        QVERIFY(asking.resultCount() == 0 || asking.result().status != CommandResult::Status::Completed);
    }

    void hostileValuesStayLiteral()
    {
        // A value that slipped past validation would still reach the remote shell as one literal word.
        ScriptedPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        engine.setConfig(config());
        const QString marker = m_fleet->scratch(QStringLiteral("pwned"));
        const QString hostile = QStringLiteral("x.service; touch %1 $(touch %1) `touch %1`").arg(marker);
        const CommandResult r = runOn(engine, QStringLiteral("host-001"),
                                      RemoteCommand::build({QStringLiteral("printf"), QStringLiteral("%s"), hostile}, true));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), hostile);
        QVERIFY(!QFile::exists(marker));
        // Hosts that are not in the configuration never get a connection.
        const CommandResult unknown = runOn(engine, QStringLiteral("-oProxyCommand=touch ") + marker, QStringLiteral("true"));
        QCOMPARE(unknown.status, CommandResult::Status::Rejected);
        QVERIFY(!QFile::exists(marker));
    }

    // Waiting for a local handshake slot is the console's queue, not the host's time: a host whose
    // turn comes after longer than its connect timeout still connects.
    void connectTimeoutStartsWhenTheHandshakeStarts()
    {
        HandshakeLimiter::Settings settings;
        settings.initialLimit = 1;
        settings.minLimit = 1;
        settings.maxLimit = 1;
        HandshakeLimiter limiter(settings);
        FleetConfig c = config();
        c.ssh.connectTimeout = Milliseconds(1000);
        ScriptedPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        engine.setHandshakeLimiter(&limiter);
        engine.setConfig(c);
        const auto busy = limiter.acquire(QStringLiteral("elsewhere:22"), QStringLiteral("another host"));
        QVERIFY(busy);
        QFuture<CommandResult> queued = engine.run(QStringLiteral("host-001"), QStringLiteral("echo through"), Milliseconds(20'000));
        QTRY_COMPARE(engine.waitingAhead(QStringLiteral("host-001")), std::optional<int>(0));
        QCOMPARE(engine.handshakeQueue().waiting, 1);
        QTest::qWait(1500); // longer than the host's connect timeout
        QVERIFY(!queued.isFinished());
        limiter.release(*busy, HandshakeLimiter::Outcome::Completed, Milliseconds(10));
        queued.waitForFinished();
        QVERIFY2(queued.result().succeeded(), qPrintable(queued.result().error));
        QCOMPARE(queued.result().out, QByteArray("through\n"));
        QCOMPARE(engine.waitingAhead(QStringLiteral("host-001")), std::nullopt);
    }

    // A turn that never comes is the queue's own failure, said as such, never "cannot connect".
    void queueBoundIsNotAHostFailure()
    {
        HandshakeLimiter::Settings settings;
        settings.initialLimit = 1;
        settings.minLimit = 1;
        settings.maxLimit = 1;
        settings.queueBound = Milliseconds(500);
        HandshakeLimiter limiter(settings);
        ScriptedPrompts prompts;
        SshEngine engine(&prompts, &prompts);
        engine.setHandshakeLimiter(&limiter);
        engine.setConfig(config());
        const auto busy = limiter.acquire(QStringLiteral("elsewhere:22"), QStringLiteral("another host"));
        QVERIFY(busy);
        const CommandResult r = runOn(engine, QStringLiteral("host-002"), QStringLiteral("true"));
        QCOMPARE(r.status, CommandResult::Status::Queued);
        QVERIFY2(r.error.contains(QStringLiteral("not tried")), qPrintable(r.error));
        QVERIFY(!r.outcomeUnknown());
        limiter.release(*busy, HandshakeLimiter::Outcome::Failed, Milliseconds(10));
        QVERIFY(runOn(engine, QStringLiteral("host-002"), QStringLiteral("true")).succeeded());
    }
};

QTEST_GUILESS_MAIN(TestSshEngine)
#include "TestSshEngine.moc"
