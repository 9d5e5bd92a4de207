// The command line as a user meets it: the real opsdeck binary, its output and exit codes.

#include "RunProcess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCheckConfigVerb final : public QObject
{
    Q_OBJECT
private:
    using Run = opsdeck::testing::ProcessResult;
    static Run opsdeck(const QStringList &arguments)
    {
        return ::opsdeck::testing::runOpsdeck(arguments, QProcessEnvironment::systemEnvironment(), 20'000);
    }

private Q_SLOTS:
    void validFilePrintsSummary()
    {
        const Run run = opsdeck({QStringLiteral("check-config"), QStringLiteral(OPSDECK_SOURCE_DIR "/examples/family-photo-share.yaml")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral(": OK, 2 environments, 4 hosts, 5 services, 4 people")), qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }

    void invalidFileListsEveryErrorWithPosition()
    {
        const QString file = QStringLiteral(OPSDECK_SOURCE_DIR "/tests/core/config/golden/injection/input.yaml");
        const Run run = opsdeck({QStringLiteral("check-config"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 10);
        QVERIFY(lines.at(0).startsWith(file + QStringLiteral(":7:18: invalid host address")));
        QVERIFY(lines.constLast().endsWith(QStringLiteral("errors")));
    }

    void usageErrors()
    {
        QCOMPARE(opsdeck({QStringLiteral("check-config")}).exitCode, 64);
        QCOMPARE(opsdeck({QStringLiteral("no-such-verb")}).exitCode, 64);
        const Run help = opsdeck({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("check-config FILE")));
        // --area names every area the window opens on, the Backups area too (it was refused).
        const Run area = opsdeck({QStringLiteral("--area"), QStringLiteral("nowhere")});
        QCOMPARE(area.exitCode, 64);
        QVERIFY2(area.err.contains(QStringLiteral("--area must be one of: ")) && area.err.contains(QStringLiteral("releases, backups")),
                 qPrintable(area.err));
        QVERIFY2(help.out.contains(QStringLiteral("releases, backups")), qPrintable(help.out));
    }

    // The command line speaks the locale's language; the man page stays English (generated with LANG=C).
    void followsTheLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("count");
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("Usage:") << QStringLiteral(": 1 error");
        QTest::newRow("English") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("Usage:") << QStringLiteral(": 1 error");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Aufruf:") << QStringLiteral(": 1 Fehler");
        QTest::newRow("German, Austria") << QStringLiteral("de_AT.UTF-8") << QStringLiteral("Aufruf:") << QStringLiteral(": 1 Fehler");
    }

    void followsTheLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, heading);
        QFETCH(QString, count);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), lang);
        const Run help = ::opsdeck::testing::runOpsdeck({QStringLiteral("--help")}, environment, 20'000);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(heading), qPrintable(help.out.left(200)));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("one-error.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nenvironments: {}\n");
        file.close();
        const Run check = ::opsdeck::testing::runOpsdeck({QStringLiteral("check-config"), file.fileName()}, environment, 20'000);
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.trimmed().endsWith(count), qPrintable(check.err));
    }

    void missingFile()
    {
        const Run run = opsdeck({QStringLiteral("check-config"), QStringLiteral("/nonexistent.yaml")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("/nonexistent.yaml:1:1: cannot read the file")));
    }
};

QTEST_GUILESS_MAIN(TestCheckConfigVerb)
#include "TestCheckConfigVerb.moc"
