// `opsdeck backup verify` on the sandbox fleet: every file of a host checked on the host (gzip -t,
// tar -tzf, sha256sum), a truncated .gz found, a file changed since its first verification flagged,
// hostile names either verified as quoted arguments or refused, and every result an event in the
// store. Loopback only.

#include "SandboxFleet.h"
#include "store/SqliteEventStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace opsdeck;
using namespace opsdeck::testing;

class TestBackupVerify final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFleet> m_fleet;
    QString m_store;

    ProcessResult verify(const QStringList &arguments)
    {
        return runOpsdeck(QStringList{QStringLiteral("backup"), QStringLiteral("verify")} + arguments
                              + QStringList{QStringLiteral("--json"), QStringLiteral("--config"), m_fleet->configFile(), QStringLiteral("--store"),
                                            QStringLiteral("sqlite://") + m_store},
                          QProcessEnvironment::systemEnvironment(), 120'000);
    }
    QJsonArray results(const ProcessResult &r) { return QJsonDocument::fromJson(r.out.toUtf8()).array(); }
    QString dir(const QString &host) const { return m_fleet->config().findHost(host)->backups.constFirst().path; }
    QList<Event> events(const QString &kind)
    {
        auto reader = SqliteEventStore::open(m_store, QStringLiteral("reader"));
        EventFilter filter;
        filter.kind = kind;
        filter.limit = 1000;
        return *(*reader.value)->events(filter).value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("2")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_store = m_fleet->scratch(QStringLiteral("verify.db"));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void everyFileOfAHost()
    {
        const ProcessResult r = verify({QStringLiteral("production/host-001"), QStringLiteral("--all")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonArray list = results(r);
        QCOMPARE(list.size(), 21);
        for (const QJsonValue &v : list) {
            QVERIFY2(v[QStringLiteral("ok")].toBool(), qPrintable(v[QStringLiteral("detail")].toString()));
            QCOMPARE(v[QStringLiteral("sha256")].toString().size(), 64);
            QCOMPARE(v[QStringLiteral("check")].toString(),
                     v[QStringLiteral("file")].toString().endsWith(QStringLiteral(".tar.gz")) ? QStringLiteral("tar -tzf") : QStringLiteral("gzip -t"));
        }
        QCOMPARE(events(QStringLiteral("backup.verified")).size(), 21);
    }

    void truncatedGzipFound()
    {
        const QString name = QDir(dir(QStringLiteral("host-002"))).entryList({QStringLiteral("database_*.sql.gz")}, QDir::Files, QDir::Name).constFirst();
        QVERIFY(runProcess(SandboxFleet::tool(), {QStringLiteral("backup-fault"), QStringLiteral("host-002"), QStringLiteral("truncate"), name,
                                                  QStringLiteral("--dir"), m_fleet->dir()}).exitCode == 0);
        const ProcessResult r = verify({QStringLiteral("production/host-002"), name});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray list = results(r);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("ok")].toBool(), false);
        QVERIFY2(list.at(0)[QStringLiteral("detail")].toString().contains(QStringLiteral("unexpected end of file")),
                 qPrintable(list.at(0)[QStringLiteral("detail")].toString()));
        const QList<Event> failed = events(QStringLiteral("backup.verify_failed"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().host, QStringLiteral("host-002"));
        QCOMPARE(failed.constFirst().details.value(QStringLiteral("file")).toString(), name);
    }

    void changedSinceFirstVerification()
    {
        const QStringList dumps = QDir(dir(QStringLiteral("host-001"))).entryList({QStringLiteral("database_*.sql.gz")}, QDir::Files, QDir::Name);
        const QString target = dir(QStringLiteral("host-001")) + u'/' + dumps.constLast();
        // A valid gzip with other content under the old name (a fresh file: the hard links of the other host stay).
        QVERIFY(QFile::remove(target));
        QVERIFY(QFile::copy(dir(QStringLiteral("host-001")) + u'/' + dumps.constFirst(), target));
        const ProcessResult r = verify({QStringLiteral("production/host-001"), dumps.constLast()});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject v = results(r).at(0).toObject();
        QCOMPARE(v[QStringLiteral("changed")].toBool(), true);
        QVERIFY2(v[QStringLiteral("detail")].toString().startsWith(QStringLiteral("changed since it was first verified at ")),
                 qPrintable(v[QStringLiteral("detail")].toString()));
        // An unchanged file says so.
        const ProcessResult again = verify({QStringLiteral("production/host-001"), dumps.constFirst()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(results(again).at(0)[QStringLiteral("detail")].toString().contains(QStringLiteral("SHA-256 unchanged since")), qPrintable(again.out));
    }

    void hostileNames()
    {
        const QString d = dir(QStringLiteral("host-002"));
        const QString sample = d + u'/' + QDir(d).entryList({QStringLiteral("database_*.sql.gz")}, QDir::Files, QDir::Name).constLast();
        const QString quoted = QStringLiteral("database_'; touch pwned-h14 #.sql.gz");
        QVERIFY(QFile::copy(sample, d + u'/' + quoted));
        QVERIFY(QFile::copy(sample, d + QStringLiteral("/database_new\nline.sql.gz")));
        const ProcessResult r = verify({QStringLiteral("production/host-002"), quoted, QStringLiteral("database_new\\nline.sql.gz"),
                                        QStringLiteral("database_nonexistent.sql.gz")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no backup file 'database_nonexistent.sql.gz' in production/host-002")), qPrintable(r.err));
        const QJsonArray list = results(r);
        QCOMPARE(list.size(), 2);
        QHash<QString, QJsonObject> byFile;
        for (const QJsonValue &v : list)
            byFile.insert(v[QStringLiteral("file")].toString(), v.toObject());
        QVERIFY2(byFile.value(quoted)[QStringLiteral("ok")].toBool(), qPrintable(r.out));
        QCOMPARE(byFile.value(QStringLiteral("database_new\\nline.sql.gz"))[QStringLiteral("detail")].toString(),
                 QStringLiteral("the name holds control characters or is not valid UTF-8: it is never passed to a remote command"));
        QVERIFY(!QFileInfo::exists(d + QStringLiteral("/pwned-h14")));
        QVERIFY(!QFileInfo::exists(QDir::homePath() + QStringLiteral("/pwned-h14")));
    }

    void needsFilesOrAll()
    {
        const ProcessResult r = verify({QStringLiteral("production/host-001")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QStringLiteral("name the files to verify, or give --all")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestBackupVerify)
#include "TestBackupVerify.moc"
