#include "config/ConfigSource.h"

#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {
const QByteArray kGood = "version: 1\nenvironments:\n  production:\n    hosts:\n      web-1: {address: 192.0.2.1, user: deploy}\n";
const QByteArray kGoodTwoHosts = kGood + "      web-2: {address: 192.0.2.2, user: deploy}\n";
const QByteArray kBad = "version: 1\nenvironments:\n  production:\n    hosts:\n      web-1: {adress: 192.0.2.1}\n";

void write(const QString &path, const QByteArray &bytes)
{
    // Like an editor: write a new file and rename it over the old one.
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    QVERIFY(file.commit());
}
} // namespace

class TestConfigSource final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badReloadKeepsLastGood()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        write(path, kGood);
        ConfigSource source;
        QSignalSpy loaded(&source, &ConfigSource::loaded);
        QSignalSpy rejected(&source, &ConfigSource::rejected);
        source.setFile(path);
        QVERIFY(loaded.wait(5000));
        QVERIFY(source.hasConfig());
        QCOMPARE(source.current().hostCount(), 1);

        write(path, kBad); // the watcher notices; no explicit reload
        QVERIFY(rejected.wait(5000));
        QVERIFY(source.hasConfig());
        QCOMPARE(source.current().hostCount(), 1);
        QCOMPARE(source.lastErrors().size(), 1); // unknown key 'adress'
        QVERIFY(source.lastErrors().at(0).toString().contains(QStringLiteral(":5:15: unknown key 'adress'")));

        write(path, kGoodTwoHosts);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(source.current().hostCount(), 2);
        QVERIFY(source.lastErrors().isEmpty());
    }

    void firstLoadFailingLeavesNoConfig()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        write(path, kBad);
        ConfigSource source;
        QSignalSpy rejected(&source, &ConfigSource::rejected);
        source.setFile(path);
        QVERIFY(rejected.wait(5000));
        QVERIFY(!source.hasConfig());
    }

    void deletedFileIsRejectedAndRecovered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        write(path, kGood);
        ConfigSource source;
        QSignalSpy loaded(&source, &ConfigSource::loaded);
        QSignalSpy rejected(&source, &ConfigSource::rejected);
        source.setFile(path);
        QVERIFY(loaded.wait(5000));
        QFile::remove(path);
        source.reload();
        QVERIFY(rejected.wait(5000));
        QVERIFY(source.hasConfig());
        write(path, kGoodTwoHosts); // comes back: the directory watch notices
        QVERIFY(loaded.wait(5000));
        QCOMPARE(source.current().hostCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestConfigSource)
#include "TestConfigSource.moc"
