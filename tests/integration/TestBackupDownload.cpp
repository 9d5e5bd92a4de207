// Backup files downloaded over SFTP from the sandbox fleet (real sshd, real sha256sum on the host):
// the download matches the host's file and hash; a canceled download keeps its .part and the next one
// continues from it (its data hashed again); an existing file is not replaced without --force; a file
// that changes on the host between its hash and the transfer, and a forged host hash, are mismatches
// that leave no file; too little free space refuses before anything runs. Loopback only.

#include "SandboxFleet.h"
#include "backups/BackupDownload.h"
#include "backups/BackupScanner.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <fcntl.h>
#include <unistd.h>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class TestBackupDownload final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFleet> m_fleet;
    RefusingPrompts m_prompts;
    std::unique_ptr<SshEngine> m_engine;
    QString m_bigName;   // a large backup file on host-002
    QByteArray m_big;    // its content

    QString dir(const QString &host) const { return m_fleet->config().findHost(host)->backups.constFirst().path; }
    QString local(const QString &name) const { return m_fleet->scratch(name); }

    std::optional<BackupDownloadRequest> request(const QString &host, const QByteArray &name, const QString &localPath)
    {
        QFuture<QList<BackupLocationReport>> scan = BackupScanner::scan(*m_engine, m_fleet->config(), *m_fleet->config().findHost(host), false);
        scan.waitForFinished();
        for (const BackupLocationReport &r : scan.result()) {
            for (const BackupFile &f : r.files) {
                if (f.name == name)
                    return BackupDownloadRequest{r, f, localPath, false};
            }
        }
        return std::nullopt;
    }
    BackupDownloadOutcome download(const BackupDownloadRequest &request, std::shared_ptr<SftpDownloadControl> control = {},
                                   const BackupDownload::Hooks &hooks = {})
    {
        QObject context;
        return await(BackupDownload::start(*m_engine, m_fleet->config().ssh.commandTimeout, request,
                                           control ? control : std::make_shared<SftpDownloadControl>(), &context, hooks));
    }
    ProcessResult cli(const QStringList &arguments)
    {
        return runOpsdeck(QStringList{QStringLiteral("backup"), QStringLiteral("download")} + arguments
                              + QStringList{QStringLiteral("--json"), QStringLiteral("--config"), m_fleet->configFile()},
                          QProcessEnvironment::systemEnvironment(), 120'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("2")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_engine = std::make_unique<SshEngine>(&m_prompts, &m_prompts);
        m_engine->setConfig(m_fleet->config());
        // 24 MiB that does not compress: many chunks, so a cancel lands in the middle.
        m_big.resize(24 * 1024 * 1024);
        QRandomGenerator generator(14);
        generator.fillRange(reinterpret_cast<quint32 *>(m_big.data()), m_big.size() / 4);
        m_bigName = QStringLiteral("database_20240101_020000.sql.gz");
        QVERIFY(writeFile(dir(QStringLiteral("host-002")) + u'/' + m_bigName, m_big));
    }
    void cleanupTestCase()
    {
        m_engine.reset();
        m_fleet.reset();
    }

    void downloadMatchesTheHost()
    {
        const QString name = QDir(dir(QStringLiteral("host-001"))).entryList({QStringLiteral("database_*.sql.gz")}, QDir::Files, QDir::Name).constLast();
        const QByteArray original = readAll(dir(QStringLiteral("host-001")) + u'/' + name);
        QVERIFY(!original.isEmpty());
        QVERIFY(QDir().mkpath(local(QStringLiteral("cli"))));
        // -o a directory: the file keeps its name inside it.
        const ProcessResult r = cli({QStringLiteral("production/host-001"), name, QStringLiteral("-o"), local(QStringLiteral("cli"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("result")].toString(), QStringLiteral("downloaded"));
        QCOMPARE(o[QStringLiteral("sha256")].toString(), sha256(original));
        QCOMPARE(o[QStringLiteral("host_sha256")].toString(), sha256(original));
        QCOMPARE(o[QStringLiteral("resumed_from")].toInteger(), 0);
        QCOMPARE(readAll(local(QStringLiteral("cli/")) + name), original);
        QVERIFY(!QFileInfo::exists(local(QStringLiteral("cli/")) + name + QStringLiteral(".part")));
    }

    void existingFileIsNotReplaced()
    {
        const QString name = QDir(dir(QStringLiteral("host-001"))).entryList({QStringLiteral("storage_*.tar.gz")}, QDir::Files, QDir::Name).constLast();
        const QByteArray original = readAll(dir(QStringLiteral("host-001")) + u'/' + name);
        const QString target = local(QStringLiteral("mine.tar.gz"));
        QVERIFY(writeFile(target, "my own file"));
        ProcessResult r = cli({QStringLiteral("production/host-001"), name, QStringLiteral("-o"), target});
        QCOMPARE(r.exitCode, 3);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("result")].toString(), QStringLiteral("refused"));
        QVERIFY2(o[QStringLiteral("detail")].toString().contains(QStringLiteral("exists")), qPrintable(r.out));
        QCOMPARE(readAll(target), QByteArray("my own file"));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
        // Asked for: replaced.
        r = cli({QStringLiteral("production/host-001"), name, QStringLiteral("-o"), target, QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(readAll(target), original);
    }

    void resumeAfterCancel()
    {
        const QString target = local(QStringLiteral("big.sql.gz"));
        const auto req = request(QStringLiteral("host-002"), m_bigName.toUtf8(), target);
        QVERIFY(req);
        auto control = std::make_shared<SftpDownloadControl>();
        control->onProgress = [c = control.get()](qint64 done, qint64) {
            if (done >= 8 * 1024 * 1024)
                c->cancel = true;
        };
        const BackupDownloadOutcome canceled = download(*req, control);
        QCOMPARE(BackupDownload::resultName(canceled.result), QStringLiteral("canceled"));
        QVERIFY(canceled.partKept);
        QVERIFY(!QFileInfo::exists(target));
        const QByteArray part = readAll(target + QStringLiteral(".part"));
        QVERIFY2(part.size() >= 8 * 1024 * 1024 && part.size() < m_big.size(), qPrintable(QString::number(part.size())));
        QVERIFY(m_big.startsWith(part));
        QVERIFY2(canceled.detail.contains(QStringLiteral("continues")), qPrintable(canceled.detail));

        // The next download continues from the .part: the first bytes it reports are past it.
        auto again = std::make_shared<SftpDownloadControl>();
        qint64 firstReport = -1;
        again->onProgress = [&firstReport](qint64 done, qint64) {
            if (firstReport < 0)
                firstReport = done;
        };
        const BackupDownloadOutcome resumed = download(*req, again);
        QVERIFY2(resumed.ok(), qPrintable(resumed.detail));
        QCOMPARE(resumed.resumedFrom, qint64(part.size()));
        QVERIFY(firstReport > part.size());
        QVERIFY(firstReport - part.size() <= 1024 * 1024); // one chunk, not the whole file again
        QCOMPARE(resumed.sha256, sha256(m_big));
        QCOMPARE(resumed.hostSha256, sha256(m_big));
        QCOMPARE(readAll(target), m_big);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
    }

    void damagedPartialDataIsFoundOnResume()
    {
        // The .part's bytes are hashed again: a damaged prefix cannot pass as the host's file.
        const QString target = local(QStringLiteral("damaged.sql.gz"));
        QByteArray prefix = m_big.left(5 * 1024 * 1024);
        prefix[1000] = char(prefix.at(1000) ^ 0x55);
        QVERIFY(writeFile(target + QStringLiteral(".part"), prefix));
        const auto req = request(QStringLiteral("host-002"), m_bigName.toUtf8(), target);
        QVERIFY(req);
        const BackupDownloadOutcome outcome = download(*req);
        QCOMPARE(BackupDownload::resultName(outcome.result), QStringLiteral("mismatch"));
        QCOMPARE(outcome.resumedFrom, qint64(prefix.size()));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
    }

    void mismatch_data()
    {
        QTest::addColumn<bool>("changeOnHost");
        QTest::newRow("file changed on the host after its hash") << true;
        QTest::newRow("forged host hash") << false;
    }
    void mismatch()
    {
        QFETCH(bool, changeOnHost);
        const QString name = QStringLiteral("application_20240101_020000.tar.gz");
        const QString remote = dir(QStringLiteral("host-002")) + u'/' + name;
        QVERIFY(writeFile(remote, m_big.left(3 * 1024 * 1024)));
        const QString target = local(QStringLiteral("mismatch-%1.tar.gz").arg(changeOnHost));
        const auto req = request(QStringLiteral("host-002"), name.toUtf8(), target);
        QVERIFY(req);
        BackupDownload::Hooks hooks;
        hooks.hostHashRead = [&](QString &hostSha256) {
            if (changeOnHost) {
                QFile file(remote);
                QVERIFY(file.open(QIODevice::ReadWrite));
                file.seek(100);
                file.write("changed");
            } else {
                hostSha256 = QString(64, u'0');
            }
        };
        const BackupDownloadOutcome outcome = download(*req, {}, hooks);
        QCOMPARE(BackupDownload::resultName(outcome.result), QStringLiteral("mismatch"));
        QVERIFY2(outcome.detail.contains(QStringLiteral("differs")), qPrintable(outcome.detail));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!outcome.partKept);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
    }

    void tooLittleFreeSpace()
    {
        const QString target = local(QStringLiteral("nospace.sql.gz"));
        const auto req = request(QStringLiteral("host-002"), m_bigName.toUtf8(), target);
        QVERIFY(req);
        QString asked;
        BackupDownload::Hooks hooks;
        hooks.freeSpace = [&asked](const QString &directory) {
            asked = directory;
            return qint64(1024 * 1024);
        };
        bool hashed = false;
        hooks.hostHashRead = [&hashed](QString &) { hashed = true; };
        const BackupDownloadOutcome outcome = download(*req, {}, hooks);
        QCOMPARE(BackupDownload::resultName(outcome.result), QStringLiteral("refused"));
        QVERIFY2(outcome.detail.contains(QStringLiteral("not enough free space")), qPrintable(outcome.detail));
        QCOMPARE(asked, QFileInfo(target).absolutePath());
        QVERIFY(!hashed); // refused before anything ran on the host
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
        // The part already downloaded counts: only the rest must fit.
        QVERIFY(writeFile(target + QStringLiteral(".part"), m_big.left(m_big.size() - 512 * 1024)));
        const BackupDownloadOutcome rest = download(*req, {}, hooks);
        QVERIFY2(rest.ok(), qPrintable(rest.detail));
        QCOMPARE(readAll(target), m_big);
    }

    void hostileNameIsRefused()
    {
        const QByteArray name = "database_20240102_020000\n.sql.gz";
        const QByteArray path = dir(QStringLiteral("host-002")).toUtf8() + '/' + name;
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        QVERIFY(::write(fd, "x", 1) == 1);
        ::close(fd);
        const QString target = local(QStringLiteral("hostile.gz"));
        const auto req = request(QStringLiteral("host-002"), name, target);
        QVERIFY(req);
        const BackupDownloadOutcome outcome = download(*req);
        QCOMPARE(BackupDownload::resultName(outcome.result), QStringLiteral("refused"));
        QVERIFY2(outcome.detail.contains(QStringLiteral("never passed")), qPrintable(outcome.detail));
        QVERIFY(!QFileInfo::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestBackupDownload)
#include "TestBackupDownload.moc"
