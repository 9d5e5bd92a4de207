// LocaleFormat in the two languages OpsDeck speaks, set the way the program sets them
// (UiLanguage::apply: the translators and QLocale's default): numbers with the language's decimal
// and group separators, sizes, percentages, dates and times, and durations with translated units.

#include "support/LocaleFormat.h"
#include "support/UiLanguage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <chrono>

using namespace opsdeck;
using namespace std::chrono_literals;

class TestLocaleFormat final : public QObject
{
    Q_OBJECT
private:
    UiLanguage *m_language = nullptr;

    void use(const QString &code)
    {
        QCOMPARE(m_language->apply(code), code);
        QCOMPARE(QLocale().language(), code == QLatin1String("de") ? QLocale::German : QLocale::English);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_language = new UiLanguage(QStringLiteral(OPSDECK_BINARY_DIR "/app"), this); // the .qm files the build embeds
        QVERIFY2(m_language->available().contains(QStringLiteral("de")), qPrintable(m_language->available().join(u' ')));
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void numbers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("integer");   // 1234567
        QTest::addColumn<QString>("decimal");   // 1234.5, one decimal
        QTest::addColumn<QString>("shortest");  // 87.5, as few decimals as it needs
        QTest::addColumn<QString>("whole");     // 90.0, likewise
        QTest::addColumn<QString>("percent");   // 12.5
        QTest::addColumn<QString>("size");      // 1.5 MiB
        QTest::addColumn<QString>("seconds");   // 1500 ms
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("1,234,567") << QStringLiteral("1,234.5")
                                 << QStringLiteral("87.5") << QStringLiteral("90") << QStringLiteral("12.5%")
                                 << QStringLiteral("1.5 MiB") << QStringLiteral("1.5 s");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("1.234.567") << QStringLiteral("1.234,5")
                                << QStringLiteral("87,5") << QStringLiteral("90") << QStringLiteral("12,5 %")
                                << QStringLiteral("1,5 MiB") << QStringLiteral("1,5 s");
    }

    void numbers()
    {
        QFETCH(QString, language);
        use(language);
        QTEST(LocaleFormat::integer(1234567), "integer");
        QTEST(LocaleFormat::number(1234.5, 1), "decimal");
        QTEST(LocaleFormat::number(87.5), "shortest");
        QTEST(LocaleFormat::number(90.0), "whole");
        QTEST(LocaleFormat::percent(12.5), "percent");
        QTEST(LocaleFormat::dataSize(1024 * 1024 * 3 / 2), "size");
        QTEST(LocaleFormat::seconds(1500), "seconds");
    }

    void dates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dateTime");
        QTest::addColumn<QString>("withSeconds");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("timeSeconds");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("12/4/26 2:07\u202fPM")
                                 << QStringLiteral("12/4/26 2:07:05\u202fPM") << QStringLiteral("2:07\u202fPM")
                                 << QStringLiteral("2:07:05\u202fPM");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("04.12.26 14:07")
                                << QStringLiteral("04.12.26 14:07:05") << QStringLiteral("14:07") << QStringLiteral("14:07:05");
    }

    void dates()
    {
        QFETCH(QString, language);
        QFETCH(QString, dateTime);
        QFETCH(QString, withSeconds);
        QFETCH(QString, time);
        QFETCH(QString, timeSeconds);
        use(language);
        const QDateTime at(QDate(2026, 12, 4), QTime(14, 7, 5), QTimeZone::utc());
        // CLDR versions differ in the blank before AM/PM (U+202F or U+0020): either is the locale's.
        const auto blanks = [](QString s) { return s.replace(QChar(0x202f), u' '); };
        QCOMPARE(blanks(LocaleFormat::dateTime(at)), blanks(dateTime));
        QCOMPARE(blanks(LocaleFormat::dateTimeSeconds(at)), blanks(withSeconds));
        QCOMPARE(blanks(LocaleFormat::time(at)), blanks(time));
        QCOMPARE(blanks(LocaleFormat::timeSeconds(at)), blanks(timeSeconds));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("en zero") << QStringLiteral("en") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("en ms") << QStringLiteral("en") << qint64(500) << QStringLiteral("500 ms");
        QTest::newRow("en s") << QStringLiteral("en") << qint64(42'400) << QStringLiteral("42 s");
        QTest::newRow("en min s") << QStringLiteral("en") << qint64(250'000) << QStringLiteral("4 min 10 s");
        QTest::newRow("en min") << QStringLiteral("en") << qint64(240'000) << QStringLiteral("4 min");
        QTest::newRow("en h min") << QStringLiteral("en") << qint64(9'000'000) << QStringLiteral("2 h 30 min");
        QTest::newRow("en h") << QStringLiteral("en") << qint64(7'200'000) << QStringLiteral("2 h");
        QTest::newRow("en d h") << QStringLiteral("en") << qint64(183'600'000) << QStringLiteral("2 d 3 h");
        QTest::newRow("en d") << QStringLiteral("en") << qint64(86'400'000) << QStringLiteral("1 d");
        QTest::newRow("en many days") << QStringLiteral("en") << qint64(1500) * 86'400'000 << QStringLiteral("1,500 d");
        QTest::newRow("en negative") << QStringLiteral("en") << qint64(-90'000) << QStringLiteral("-1 min 30 s");
        QTest::newRow("de zero") << QStringLiteral("de") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("de ms") << QStringLiteral("de") << qint64(500) << QStringLiteral("500 ms");
        QTest::newRow("de min s") << QStringLiteral("de") << qint64(250'000) << QStringLiteral("4 Min 10 s");
        QTest::newRow("de min") << QStringLiteral("de") << qint64(240'000) << QStringLiteral("4 Min");
        QTest::newRow("de h min") << QStringLiteral("de") << qint64(9'000'000) << QStringLiteral("2 Std 30 Min");
        QTest::newRow("de h") << QStringLiteral("de") << qint64(7'200'000) << QStringLiteral("2 Std");
        QTest::newRow("de d h") << QStringLiteral("de") << qint64(183'600'000) << QStringLiteral("2 T 3 Std");
        QTest::newRow("de d") << QStringLiteral("de") << qint64(86'400'000) << QStringLiteral("1 T");
        QTest::newRow("de many days") << QStringLiteral("de") << qint64(1500) * 86'400'000 << QStringLiteral("1.500 T");
    }

    void durations()
    {
        QFETCH(QString, language);
        QFETCH(qint64, ms);
        use(language);
        QTEST(LocaleFormat::duration(std::chrono::milliseconds(ms)), "text");
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "TestLocaleFormat.moc"
