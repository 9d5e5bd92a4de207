#include "ssh/SshClientConfig.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {
const QString kConfig = QStringLiteral(
    "# global options come first and apply to all\n"
    "IdentityFile ~/.ssh/global_key\n"
    "Host web-* !web-9\n"
    "    HostName %h.internal.example\n"
    "    User deploy\n"
    "    Port 2222\n"
    "    IdentityFile ~/.ssh/deploy_%r\n"
    "Host web-9\n"
    "    User nine\n"
    "Host bastioned\n"
    "    HostName 10.0.0.5\n"
    "    ProxyJump ops@bastion.example:2200,jump2\n"
    "Host *\n"
    "    User fallback\n"
    "    Port 22\n"
    "    ProxyJump none\n"
    "Match host x\n"
    "    User never\n");
} // namespace

class TestSshClientConfig final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lookup_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("port");
        QTest::addColumn<QStringList>("jumps");
        QTest::newRow("pattern, first value wins") << "web-1" << "web-1.internal.example" << "deploy" << 2222 << QStringList{};
        QTest::newRow("negated pattern skips the block") << "web-9" << "" << "nine" << 22 << QStringList{};
        QTest::newRow("proxy jump chain") << "bastioned" << "10.0.0.5" << "fallback" << 22
                                          << QStringList{QStringLiteral("ops@bastion.example:2200"), QStringLiteral("jump2")};
        QTest::newRow("only the catch-all") << "db-1" << "" << "fallback" << 22 << QStringList{};
        QTest::newRow("case-insensitive host") << "WEB-2" << "WEB-2.internal.example" << "deploy" << 2222 << QStringList{};
    }
    void lookup()
    {
        QFETCH(QString, host);
        QFETCH(QString, hostName);
        QFETCH(QString, user);
        QFETCH(int, port);
        QFETCH(QStringList, jumps);
        const SshClientConfig config = SshClientConfig::parse(kConfig, QDir::homePath() + QStringLiteral("/.ssh"));
        const SshConfigEntry entry = config.lookup(host, QStringLiteral("me"));
        QCOMPARE(entry.hostName, hostName);
        QCOMPARE(entry.user, user);
        QCOMPARE(entry.port, port);
        QCOMPARE(entry.proxyJump, jumps);
        QVERIFY(!config.warnings().isEmpty()); // the Match block is reported
    }

    void identityFilesAccumulateWithTokens()
    {
        const SshClientConfig config = SshClientConfig::parse(kConfig, QDir::homePath() + QStringLiteral("/.ssh"));
        const SshConfigEntry entry = config.lookup(QStringLiteral("web-1"), QStringLiteral("me"));
        QCOMPARE(entry.identityFiles, QStringList({QDir::homePath() + QStringLiteral("/.ssh/global_key"),
                                                   QDir::homePath() + QStringLiteral("/.ssh/deploy_deploy")}));
    }

    void equalsSignQuotesAndInclude()
    {
        QTemporaryDir dir;
        QFile included(dir.filePath(QStringLiteral("extra.conf")));
        QVERIFY(included.open(QIODevice::WriteOnly));
        included.write("Host inc\n  Port=2022\n");
        included.close();
        const SshClientConfig config = SshClientConfig::parse(
            QStringLiteral("Include %1/*.conf\nHost quoted\n  IdentityFile \"/keys/with space\"\n").arg(dir.path()), dir.path());
        QCOMPARE(config.lookup(QStringLiteral("inc"), QStringLiteral("me")).port, 2022);
        QCOMPARE(config.lookup(QStringLiteral("quoted"), QStringLiteral("me")).identityFiles,
                 QStringList{QStringLiteral("/keys/with space")});
    }

    void missingFileIsEmpty()
    {
        const SshClientConfig config = SshClientConfig::load(QStringLiteral("/nonexistent/config"));
        QCOMPARE(config.lookup(QStringLiteral("x"), QStringLiteral("me")).port, 0);
        QVERIFY(config.warnings().isEmpty());
    }

    void selfIncludeIsBounded()
    {
        QTemporaryDir dir;
        QFile self(dir.filePath(QStringLiteral("loop.conf")));
        QVERIFY(self.open(QIODevice::WriteOnly));
        self.write(QStringLiteral("Include %1\n").arg(self.fileName()).toUtf8());
        self.close();
        const SshClientConfig config = SshClientConfig::load(self.fileName());
        QVERIFY(config.warnings().join(u' ').contains(QStringLiteral("nested")));
    }
};

QTEST_GUILESS_MAIN(TestSshClientConfig)
#include "TestSshClientConfig.moc"
