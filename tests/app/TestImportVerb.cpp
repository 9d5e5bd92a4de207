// `opsdeck import` as a user meets it: the real binary reads the seeds' config/deploy.yml and the
// Kamal and compose files of the golden cases, prints or saves a configuration that the real
// `opsdeck check-config` accepts, lists what it did not map, and never replaces a file without --force.

#include "RunProcess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestImportVerb final : public QObject
{
    Q_OBJECT
private:
    using Run = opsdeck::testing::ProcessResult;
    static Run opsdeck(const QStringList &arguments)
    {
        return ::opsdeck::testing::runOpsdeck(arguments, QProcessEnvironment::systemEnvironment(), 30'000);
    }
    static QString golden(const char *relative)
    {
        return QStringLiteral(OPSDECK_SOURCE_DIR "/tests/core/deployimport/golden/") + QLatin1String(relative);
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void printsWhenNoOutputFile()
    {
        const Run run = opsdeck({QStringLiteral("import"), golden("rails-plan-seeds/input/config/deploy.yml")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("version: 1\nenvironments:\n  production:\n")), qPrintable(run.out));
        QVERIFY(run.err.contains(QStringLiteral("Not mapped (")));
        QVERIFY(run.err.contains(golden("rails-plan-seeds/input/config/deploy.yml") + QStringLiteral(":6:3: branch is not mapped")));
    }

    void savesWhatCheckConfigAccepts()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fleet.yaml"));
        const Run run = opsdeck({QStringLiteral("import"), golden("rails-plan-seeds/input/config/deploy.yml"),
                                 golden("kamal-roles-proxy/input/config/deploy.yml"),
                                 golden("compose-production/input/docker-compose.yml"), QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Wrote %1: ").arg(out)), qPrintable(run.out));
        const Run check = opsdeck({QStringLiteral("check-config"), out});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(QStringLiteral(": OK, 2 environments, 7 hosts")), qPrintable(check.out + check.err));
    }

    void neverReplacesWithoutForce()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fleet.yaml"));
        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("# hand-written\n");
        existing.close();
        const QStringList import{QStringLiteral("import"), golden("kamal-destination/input/config/deploy.staging.yml"),
                                 QStringLiteral("-o"), out};
        const Run refused = opsdeck(import);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("exists; it is replaced only with --force")), qPrintable(refused.err));
        QCOMPARE(read(out), QByteArray("# hand-written\n"));
        const Run forced = opsdeck(import + QStringList{QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(read(out).contains("  staging:\n"));
    }

    void badFilesWriteNothing()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("deploy.yml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("service: app\nservers: [a\n");
        file.close();
        const QString out = dir.filePath(QStringLiteral("fleet.yaml"));
        const Run run = opsdeck({QStringLiteral("import"), bad, QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(bad + u':'), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("nothing written")));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(opsdeck({QStringLiteral("import")}).exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(TestImportVerb)
#include "TestImportVerb.moc"
