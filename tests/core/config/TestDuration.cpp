#include "config/Duration.h"

#include <QTest>

using namespace opsdeck;
using std::chrono::milliseconds;

class TestDuration final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1: invalid
        QTest::newRow("ms") << "500ms" << qint64(500);
        QTest::newRow("seconds") << "10s" << qint64(10'000);
        QTest::newRow("bare seconds") << "15" << qint64(15'000);
        QTest::newRow("minutes") << "5m" << qint64(300'000);
        QTest::newRow("hours") << "24h" << qint64(86'400'000);
        QTest::newRow("days") << "7d" << qint64(604'800'000);
        QTest::newRow("spaces") << " 3s " << qint64(3'000);
        QTest::newRow("zero") << "0s" << qint64(0);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("unit only") << "s" << qint64(-1);
        QTest::newRow("unknown unit") << "10x" << qint64(-1);
        QTest::newRow("negative") << "-5s" << qint64(-1);
        QTest::newRow("fraction") << "1.5s" << qint64(-1);
        QTest::newRow("two units") << "1h30m" << qint64(-1);
        QTest::newRow("overflow") << "999999999999d" << qint64(-1);
        QTest::newRow("too many digits") << "9999999999999" << qint64(-1);
        QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0660s") << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto parsed = Duration::parse(text);
        if (expected < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(parsed->count(), expected);
        }
    }

    void format_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0") << qint64(0) << "0s";
        QTest::newRow("ms") << qint64(1500) << "1500ms";
        QTest::newRow("s") << qint64(90'000) << "90s";
        QTest::newRow("m") << qint64(300'000) << "5m";
        QTest::newRow("d") << qint64(86'400'000) << "1d";
    }
    void format()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        QCOMPARE(Duration::format(milliseconds(ms)), expected);
        QCOMPARE(Duration::parse(expected)->count(), ms); // round trip
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "TestDuration.moc"
