// Golden cases: tests/core/deployimport/golden/<case>/input/… (every file, in path order) and
// expected.yaml, the fleet configuration `opsdeck import` writes from them, its "not mapped" list
// included. Regenerate after a deliberate change with OPSDECK_UPDATE_GOLDEN=1 and review the diff.
// Also: what is written passes the fleet schema, hostile files end in clear errors, and saving never
// replaces a file unless asked to.

#include "config/ConfigLoader.h"
#include "deployimport/DeployImport.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestDeployImport final : public QObject
{
    Q_OBJECT
private:
    static QString goldenRoot() { return QStringLiteral(OPSDECK_SOURCE_DIR "/tests/core/deployimport/golden"); }

    static QStringList inputs(const QString &caseDir)
    {
        QStringList files;
        QDirIterator it(caseDir + QStringLiteral("/input"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(caseDir).relativeFilePath(it.next()));
        files.sort();
        return files;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases = QDir(goldenRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 6);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << goldenRoot() + u'/' + name;
    }

    void golden()
    {
        QFETCH(QString, dir);
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir)); // positions name the files as given: input/config/deploy.yml
        const DeployImportResult result = DeployImport::importFiles(inputs(dir), QStringLiteral("fleet.yaml"));
        QDir::setCurrent(previous);
        QString errors;
        for (const ConfigError &error : result.errors)
            errors += error.toString() + u'\n';
        QVERIFY2(result.ok(), qPrintable(errors));
        // What check-config will say of the file.
        const ConfigLoadResult check = ConfigLoader::loadBytes(result.yaml.toUtf8(), QStringLiteral("fleet.yaml"), dir);
        QVERIFY(check.ok());
        QCOMPARE(result.summary, check.config->summary());
        QFile expectedFile(dir + QStringLiteral("/expected.yaml"));
        if (qEnvironmentVariableIsSet("OPSDECK_UPDATE_GOLDEN")) {
            QVERIFY(expectedFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
            expectedFile.write(result.yaml.toUtf8());
            return;
        }
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
        QCOMPARE(result.yaml, QString::fromUtf8(expectedFile.readAll()));
    }

    // Whatever a hostile deploy file says, none of its shell reaches the configuration, and no
    // command is repeated in the "not mapped" list (a command may carry a secret).
    void hostileCommandsStayOut()
    {
        const QString dir = goldenRoot() + QStringLiteral("/hostile-commands");
        const DeployImportResult result = DeployImport::importFiles({dir + QStringLiteral("/input/config/deploy.yml")}, {});
        QVERIFY(result.ok());
        // Commands are never repeated, not even in comments.
        for (const char *secret : {"hunter2", "evil.example", "| sh", "--no-block cache"})
            QVERIFY2(!result.yaml.contains(QLatin1String(secret)), secret);
        // The refused values are named in the "not mapped" comments, never in a value.
        QString values;
        for (const QString &line : result.yaml.split(u'\n')) {
            if (!line.trimmed().startsWith(u'#'))
                values += line.section(QStringLiteral("  # "), 0, 0) + u'\n';
        }
        for (const char *forbidden : {"rm -rf", "evil", "$(", "ProxyCommand", "bad/unit", "staging"})
            QVERIFY2(!values.contains(QLatin1String(forbidden)), forbidden);
        QVERIFY(result.yaml.contains(QStringLiteral("deploy.yml:18:9: host stage.example.com; rm -rf / is not mapped")));
        const ConfigLoadResult check = ConfigLoader::loadBytes(result.yaml.toUtf8(), QStringLiteral("fleet.yaml"), dir);
        QVERIFY(check.ok());
        QCOMPARE(check.config->environments.size(), 1); // staging and qa had no valid host
        const HostConfig &host = check.config->environments.constFirst().hosts.constFirst();
        QCOMPARE(host.services.size(), 1);
        QCOMPARE(host.services.constFirst().unit, QStringLiteral("app.service"));
        QCOMPARE(host.services.constFirst().health.size(), 1);
        QCOMPARE(host.services.constFirst().health.constFirst().url, QStringLiteral("http://app1.example.com/health/detailed"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad YAML") << QStringLiteral("deploy.yml") << QByteArray("production:\n  host: [a, b\n  user: x\n")
                                  << QStringLiteral("deploy.yml:3:");
        QTest::newRow("empty") << QStringLiteral("deploy.yml") << QByteArray("") << QStringLiteral("deploy.yml:1:1: file is empty");
        QTest::newRow("invalid UTF-8") << QStringLiteral("deploy.yml") << QByteArray("service: a\xff\n")
                                       << QStringLiteral("deploy.yml:1:11: invalid UTF-8 (byte 0xff)");
        QTest::newRow("too large") << QStringLiteral("docker-compose.yml")
                                   << (QByteArray("services:\n") + QByteArray(5 * 1024 * 1024, '#'))
                                   << QStringLiteral("docker-compose.yml:1:1: file is too large");
        QTest::newRow("alias bomb") << QStringLiteral("deploy.yml")
                                    << QByteArray("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                                                  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                                                  "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
                                                  "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\nj: &j [*i, *i, *i, *i, *i, *i, *i, *i, *i]\n"
                                                  "k: &k [*j, *j, *j, *j, *j, *j, *j, *j, *j]\nl: &l [*k, *k, *k, *k, *k, *k, *k, *k, *k]\n")
                                    << QStringLiteral("deploy.yml:");
        QTest::newRow("not a deploy file") << QStringLiteral("settings.yml") << QByteArray("foo: bar\nlist: [1, 2]\n")
                                           << QStringLiteral("settings.yml:1:1: not a deploy file OpsDeck imports");
        QTest::newRow("no usable host") << QStringLiteral("deploy.yml")
                                        << QByteArray("production:\n  host: \"a.example.com; reboot\"\n  user: deploy\n")
                                        << QStringLiteral("deploy.yml:1:1: nothing to import: no host could be read");
        QTest::newRow("missing file") << QString() << QByteArray() << QStringLiteral("missing.yml:1:1: cannot read the file");
    }

    void errors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        if (!name.isEmpty()) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const DeployImportResult result = DeployImport::importFiles({name.isEmpty() ? QStringLiteral("missing.yml") : name}, {});
        QDir::setCurrent(previous);
        QVERIFY(!result.ok());
        QVERIFY(result.yaml.isEmpty());
        QVERIFY2(result.errors.constFirst().toString().startsWith(error), qPrintable(result.errors.constFirst().toString()));
    }

    // One bad file fails the whole import: nothing of the others is offered half-read.
    void oneBadFileFailsTheImport()
    {
        QTemporaryDir dir;
        const QString good = QStringLiteral(OPSDECK_SOURCE_DIR "/tests/core/deployimport/golden/rails-plan-seeds/input/config/deploy.yml");
        const QString bad = dir.filePath(QStringLiteral("docker-compose.yml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("services: [\n");
        file.close();
        const DeployImportResult result = DeployImport::importFiles({good, bad}, {});
        QVERIFY(!result.ok());
        QVERIFY(result.yaml.isEmpty());
        QVERIFY(result.errors.constFirst().file == bad);
    }

    void saveNeverReplacesUnlessAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        QCOMPARE(DeployImport::save(QStringLiteral("first\n"), path, false), QString());
        QCOMPARE(read(path), QByteArray("first\n"));
        const QString refused = DeployImport::save(QStringLiteral("second\n"), path, false);
        QVERIFY2(refused.contains(QStringLiteral("exists")), qPrintable(refused));
        QCOMPARE(read(path), QByteArray("first\n"));
        QCOMPARE(DeployImport::save(QStringLiteral("third\n"), path, true), QString());
        QCOMPARE(read(path), QByteArray("third\n"));
        const QString missingDir = DeployImport::save(QStringLiteral("x"), dir.filePath(QStringLiteral("no/such/dir.yaml")), false);
        QVERIFY(missingDir.startsWith(QStringLiteral("cannot create ")));
    }
};

QTEST_GUILESS_MAIN(TestDeployImport)
#include "TestDeployImport.moc"
