// Backup locations listed over SFTP on the sandbox fleet (real sshd, real gzip sets from the fleet's
// bin/backup layout): sets and their completeness, small and future files, hostile names and links,
// many files, missing locations, and the retention preview against GNU find itself. Loopback only.

#include "SandboxFleet.h"
#include "backups/BackupRetention.h"
#include "backups/BackupScanner.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {

// A file with raw bytes as its name (QFile cannot make a name that is not valid UTF-8).
bool makeFile(const QByteArray &path, const QByteArray &content, qint64 mtime = 0)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    ::close(fd);
    if (mtime > 0) {
        const utimbuf times{time_t(mtime), time_t(mtime)};
        ::utime(path.constData(), &times);
    }
    return written;
}

} // namespace

class TestBackupBrowsing final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFleet> m_fleet;
    RefusingPrompts m_prompts;

    QByteArray backupDir(const QString &host) const
    {
        return m_fleet->config().findHost(host)->backups.constFirst().path.toUtf8();
    }
    QList<BackupLocationReport> scan(SshEngine &engine, const FleetConfig &config, const QString &host)
    {
        QFuture<QList<BackupLocationReport>> f = BackupScanner::scan(engine, config, *config.findHost(host), false);
        f.waitForFinished();
        return f.resultCount() ? f.result() : QList<BackupLocationReport>{};
    }
    bool fault(const QString &host, const QString &what, const QString &file)
    {
        return runProcess(SandboxFleet::tool(), {QStringLiteral("backup-fault"), host, what, file, QStringLiteral("--dir"), m_fleet->dir()}).exitCode == 0;
    }
    // A copy of the configuration with one more location on the host.
    FleetConfig withLocation(const QString &host, const BackupConfig &location) const
    {
        FleetConfig config = m_fleet->config();
        for (EnvironmentConfig &env : config.environments) {
            for (HostConfig &h : env.hosts) {
                if (h.name == host)
                    h.backups = {location};
            }
        }
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("4")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void fleetSets()
    {
        SshEngine engine(&m_prompts, &m_prompts);
        engine.setConfig(m_fleet->config());
        const QList<BackupLocationReport> reports = scan(engine, m_fleet->config(), QStringLiteral("host-001"));
        QCOMPARE(reports.size(), 1);
        const BackupLocationReport &r = reports.constFirst();
        QVERIFY2(r.listed(), qPrintable(r.error));
        QVERIFY2(r.hostClockError.isEmpty(), qPrintable(r.hostClockError));
        QVERIFY(qAbs(r.hostNow - QDateTime::currentSecsSinceEpoch()) < 60);
        // One set per day over 8 days with one day missing: 7 sets of 3 parts, all complete.
        QCOMPARE(r.files.size(), 21);
        QCOMPARE(r.sets.size(), 7);
        QCOMPARE(r.expectedParts, (QStringList{QStringLiteral("database"), QStringLiteral("storage"), QStringLiteral("application")}));
        QCOMPARE(r.incompleteSets(), 0);
        QCOMPARE(r.flaggedFiles(), 0);
        QCOMPARE(r.newestComplete, 6);
        QVERIFY2(!r.stale, qPrintable(r.freshness));
        QVERIFY(r.newestCompleteAgeSecs < 24 * 3600);
        // The gap: consecutive sets are a day apart except once, where they are two.
        int gaps = 0;
        for (int i = 1; i < r.sets.size(); ++i) {
            const qint64 apart = r.sets.at(i).finishedAt - r.sets.at(i - 1).finishedAt;
            QVERIFY(apart >= 23 * 3600); // daylight saving time may shorten a day
            gaps += apart > 36 * 3600 ? 1 : 0;
        }
        QCOMPARE(gaps, 1);
        // Sizes and times are the files' own.
        for (const BackupFile &f : r.files) {
            struct stat st {};
            QVERIFY(::stat(QByteArray(backupDir(QStringLiteral("host-001")) + '/' + f.name).constData(), &st) == 0);
            QCOMPARE(f.size, qint64(st.st_size));
            QCOMPARE(f.mtime, qint64(st.st_mtime));
        }
    }

    void damagedSets()
    {
        const QString host = QStringLiteral("host-002");
        SshEngine engine(&m_prompts, &m_prompts);
        engine.setConfig(m_fleet->config());
        BackupLocationReport before = scan(engine, m_fleet->config(), host).constFirst();
        QCOMPARE(before.sets.size(), 7);
        const QString newest = before.sets.last().stamp;
        const QString older = before.sets.at(4).stamp;
        QVERIFY(fault(host, QStringLiteral("remove"), QStringLiteral("storage_%1.tar.gz").arg(newest)));
        QVERIFY(fault(host, QStringLiteral("truncate"), QStringLiteral("database_%1.sql.gz").arg(older)));
        QVERIFY(fault(host, QStringLiteral("future"), QStringLiteral("application_%1.tar.gz").arg(before.sets.at(5).stamp)));

        const BackupLocationReport r = scan(engine, m_fleet->config(), host).constFirst();
        QCOMPARE(r.sets.size(), 7);
        QCOMPARE(r.sets.last().stamp, newest);
        QVERIFY(!r.sets.last().complete);
        QCOMPARE(r.sets.last().missing, QStringList{QStringLiteral("storage")});
        QVERIFY(r.sets.at(4).small);
        QVERIFY(r.sets.at(4).complete); // small is a flag, not a missing part
        QVERIFY(!r.sets.at(5).complete); // its application file lies in the future: not counted
        // The newest complete set is now the one before: still under a day and a half old, past the 24 h RPO.
        QCOMPARE(r.sets.at(r.newestComplete).stamp, before.sets.at(4).stamp);
        QVERIFY2(r.stale, qPrintable(r.freshness));
        QStringList flagged;
        for (const BackupFile &f : r.files) {
            if (!f.problems.isEmpty())
                flagged << f.displayName + QStringLiteral(": ") + f.problems.join(QStringLiteral("; "));
        }
        QCOMPARE(flagged.size(), 2);
        QVERIFY2(flagged.join(u'\n').contains(QStringLiteral("under half the median")), qPrintable(flagged.join(u'\n')));
        QVERIFY2(flagged.join(u'\n').contains(QStringLiteral("in the future")), qPrintable(flagged.join(u'\n')));
        // The other hosts keep their intact copies (the sets are hard links).
        const BackupLocationReport other = scan(engine, m_fleet->config(), QStringLiteral("host-001")).constFirst();
        QCOMPARE(other.incompleteSets(), 0);
        QCOMPARE(other.flaggedFiles(), 0);
    }

    void hostileNames()
    {
        const QString host = QStringLiteral("host-003");
        const QByteArray dir = backupDir(host);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QList<QByteArray> names{"database_new\nline.sql.gz", "database_with space.sql.gz", "database_'; touch pwned-h14 #.sql.gz",
                                      "database_\"dq\".sql.gz", "database_bad\xff\xfe.sql.gz", "database_$(id).sql.gz"};
        for (const QByteArray &name : names)
            QVERIFY(makeFile(dir + '/' + name, "x", now - 60));
        QVERIFY(::symlink("/etc/passwd", QByteArray(dir + "/database_20990101_000000.sql.gz").constData()) == 0);
        QVERIFY(::symlink("storage_loop.tar.gz", QByteArray(dir + "/storage_loop.tar.gz").constData()) == 0);
        QVERIFY(::symlink("..", QByteArray(dir + "/application_up.tar.gz").constData()) == 0);
        QVERIFY(::mkdir(QByteArray(dir + "/application_dir.tar.gz").constData(), 0700) == 0);

        SshEngine engine(&m_prompts, &m_prompts);
        engine.setConfig(m_fleet->config());
        const BackupLocationReport r = scan(engine, m_fleet->config(), host).constFirst();
        QVERIFY2(r.listed(), qPrintable(r.error));
        QCOMPARE(r.files.size(), 21 + names.size() + 4);
        QHash<QByteArray, BackupFile> byName;
        for (const BackupFile &f : r.files) {
            byName.insert(f.name, f);
            QVERIFY2(!f.displayName.contains(u'\n'), qPrintable(f.displayName));
        }
        for (const QByteArray &name : names)
            QVERIFY2(byName.contains(name), name.constData());
        QCOMPARE(byName.value("database_new\nline.sql.gz").displayName, QStringLiteral("database_new\\nline.sql.gz"));
        QCOMPARE(byName.value("database_bad\xff\xfe.sql.gz").displayName, QStringLiteral("database_bad\\xff\\xfe.sql.gz"));
        QCOMPARE(byName.value("database_with space.sql.gz").size, 1);
        const BackupFile out = byName.value("database_20990101_000000.sql.gz");
        QCOMPARE(out.type, RemoteFileEntry::Type::Symlink);
        QVERIFY2(out.problems.join(u' ').contains(QStringLiteral("symbolic link to /etc/passwd: not followed")), qPrintable(out.problems.join(u' ')));
        QCOMPARE(byName.value("storage_loop.tar.gz").type, RemoteFileEntry::Type::Symlink);
        QCOMPARE(byName.value("application_up.tar.gz").type, RemoteFileEntry::Type::Symlink);
        QCOMPARE(byName.value("application_dir.tar.gz").type, RemoteFileEntry::Type::Directory);
        // The link named like a set is not a backup: that "set" is incomplete, the real ones are not.
        QCOMPARE(r.incompleteSets(), 1);
        QVERIFY2(!r.stale, qPrintable(r.freshness));
        QVERIFY(!QFileInfo::exists(QFile::decodeName(dir) + QStringLiteral("/pwned-h14")));
    }

    void missingAndNotADirectory_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/backups") << int(SftpListing::Status::NotFound)
                                 << QStringLiteral("/nonexistent/backups does not exist");
        QTest::newRow("a file") << QStringLiteral("/etc/hostname") << int(SftpListing::Status::NotADirectory)
                                << QStringLiteral("/etc/hostname is not a directory");
    }
    void missingAndNotADirectory()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, error);
        BackupConfig location = m_fleet->config().findHost(QStringLiteral("host-004"))->backups.constFirst();
        location.path = path;
        const FleetConfig config = withLocation(QStringLiteral("host-004"), location);
        SshEngine engine(&m_prompts, &m_prompts);
        engine.setConfig(config);
        const BackupLocationReport r = scan(engine, config, QStringLiteral("host-004")).constFirst();
        QCOMPARE(int(r.status), status);
        QCOMPARE(r.error, error);
        QVERIFY(r.stale);
        QVERIFY2(r.freshness.contains(error), qPrintable(r.freshness));
    }

    // 100,000 names in one directory: listed in bounded time; with a lower bound, cut and said so.
    void manyFiles()
    {
        const QString dir = m_fleet->scratch(QStringLiteral("many"));
        QVERIFY(QDir().mkpath(dir));
        const QByteArray base = QFile::encodeName(dir);
        for (int i = 0; i < 100'000; ++i)
            QVERIFY(makeFile(base + "/noise_" + QByteArray::number(i) + ".log", {}));
        QVERIFY(makeFile(base + "/database_20250101_020000.sql.gz", "x"));
        SshEngine engine(&m_prompts, &m_prompts);
        engine.setConfig(m_fleet->config());
        SftpListOptions options;
        options.patterns = {"database_*.sql.gz"};
        QElapsedTimer timer;
        timer.start();
        QFuture<SftpListing> f = engine.listDirectory(QStringLiteral("host-004"), base, options);
        f.waitForFinished();
        const SftpListing all = f.result();
        QVERIFY2(all.listed(), qPrintable(all.error));
        QCOMPARE(all.scanned, 100'001);
        QCOMPARE(all.entries.size(), 1); // only matches are kept
        QVERIFY(!all.truncated);
        qInfo() << "100001 entries listed in" << timer.elapsed() << "ms";
        QVERIFY(timer.elapsed() < 60'000);

        options.maxEntries = 1000;
        f = engine.listDirectory(QStringLiteral("host-004"), base, options);
        f.waitForFinished();
        const SftpListing cut = f.result();
        QVERIFY(cut.listed());
        QVERIFY(cut.truncated);
        QCOMPARE(cut.scanned, 1000);
        QCOMPARE(cut.truncation, QStringLiteral("the directory has more than 1000 entries"));

        options.patterns.clear();
        options.maxEntries = 200'000;
        options.maxKept = 500;
        f = engine.listDirectory(QStringLiteral("host-004"), base, options);
        f.waitForFinished();
        QVERIFY(f.result().truncated);
        QCOMPARE(f.result().entries.size(), 500);
    }

    // The preview against GNU find on the host: files 2 s either side of each edge of `-mtime +7`
    // and `-mtime +1`, the preview made from the listing, find run right after it.
    void retentionMatchesGnuFind_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("+7") << 7;
        QTest::newRow("+1") << 1;
    }
    void retentionMatchesGnuFind()
    {
        QFETCH(int, days);
        const QString dir = m_fleet->scratch(QStringLiteral("retention-%1").arg(days));
        QVERIFY(QDir().mkpath(dir));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QList<qint64> ages;
        for (int edge : {days, days + 1, days + 2})
            ages << qint64(edge) * 86400 - 3 << qint64(edge) * 86400 + 3;
        ages << 0 << -86400;
        for (qint64 age : ages)
            QVERIFY(makeFile(QFile::encodeName(dir) + "/f_" + QByteArray::number(age) + ".gz", "x", now - age));
        BackupConfig location;
        location.name = QStringLiteral("edges");
        location.path = dir;
        location.patterns = {QStringLiteral("*.gz")};
        location.retention = Milliseconds(qint64(days) * 86'400'000);
        const FleetConfig config = withLocation(QStringLiteral("host-004"), location);
        SshEngine engine(&m_prompts, &m_prompts);
        engine.setConfig(config);
        const BackupLocationReport r = scan(engine, config, QStringLiteral("host-004")).constFirst();
        const RetentionPreview preview = BackupRetention::preview(r);
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QStringList predicted;
        for (const RetentionVerdict &v : preview.files) {
            if (v.deletedNextRun)
                predicted << r.files.at(v.file).displayName;
        }
        QFuture<CommandResult> find = engine.run(QStringLiteral("host-004"),
                                                 RemoteCommand::build({QStringLiteral("find"), dir, QStringLiteral("-name"), QStringLiteral("*.gz"),
                                                                       QStringLiteral("-mtime"), QStringLiteral("+%1").arg(days),
                                                                       QStringLiteral("-printf"), QStringLiteral("%f\\n")}),
                                                 Milliseconds(20'000));
        find.waitForFinished();
        QVERIFY(find.result().succeeded());
        QStringList found = QString::fromUtf8(find.result().out).split(u'\n', Qt::SkipEmptyParts);
        predicted.sort();
        found.sort();
        QCOMPARE(predicted, found);
        QCOMPARE(predicted.size(), 3); // 3 s past days+1, and both either side of days+2
    }
};

QTEST_GUILESS_MAIN(TestBackupBrowsing)
#include "TestBackupBrowsing.moc"
