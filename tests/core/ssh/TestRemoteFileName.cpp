#include "ssh/RemoteFileName.h"

#include <QTest>

using namespace opsdeck;

class TestRemoteFileName final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void display_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("plain");
        QTest::newRow("plain") << QByteArray("database_20250101_020000.sql.gz") << QStringLiteral("database_20250101_020000.sql.gz") << true;
        QTest::newRow("space and quotes") << QByteArray("a b'c\"d.gz") << QStringLiteral("a b'c\"d.gz") << true;
        QTest::newRow("utf-8") << QByteArray("sauvegarde_\xc3\xa9t\xc3\xa9.gz") << QStringLiteral("sauvegarde_été.gz") << true;
        QTest::newRow("newline") << QByteArray("evil\nname.gz") << QStringLiteral("evil\\nname.gz") << false;
        QTest::newRow("tab cr") << QByteArray("a\tb\rc") << QStringLiteral("a\\tb\\rc") << false;
        QTest::newRow("escape sequence") << QByteArray("\x1b[31mred") << QStringLiteral("\\x1b[31mred") << false;
        QTest::newRow("backslash") << QByteArray("a\\nb") << QStringLiteral("a\\\\nb") << true;
        QTest::newRow("invalid byte") << QByteArray("bad\xff.gz") << QStringLiteral("bad\\xff.gz") << false;
        QTest::newRow("truncated sequence") << QByteArray("x\xc3") << QStringLiteral("x\\xc3") << false;
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80") << false;
        QTest::newRow("C1 control") << QByteArray("a\xc2\x85z") << QStringLiteral("a\\xc2\\x85z") << false;
        QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8z") << QStringLiteral("a\\xe2\\x80\\xa8z") << false;
        QTest::newRow("empty") << QByteArray() << QString() << false;
    }
    void display()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, shown);
        QFETCH(bool, plain);
        QCOMPARE(RemoteFileName::display(name), shown);
        QCOMPARE(RemoteFileName::isPlainText(name), plain);
        QVERIFY(!RemoteFileName::display(name).contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestRemoteFileName)
#include "TestRemoteFileName.moc"
