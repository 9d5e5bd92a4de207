// Golden cases: tests/core/health/golden/<case>/{request.json, body, expected.json}. request.json holds
// {"format", "http", "content_type"}; body is the raw answer; expected.json is the verdict an on-call
// engineer should see (status, one-line reason, the format the body was read as, every component).
// Regenerate after a deliberate change with OPSDECK_UPDATE_GOLDEN=1 and review the diff by hand.

#include "health/HealthBodyParser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace opsdeck;

class TestHealthBodyParser final : public QObject
{
    Q_OBJECT
private:
    static QString goldenRoot() { return QStringLiteral(OPSDECK_SOURCE_DIR "/tests/core/health/golden"); }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    static QJsonObject toJson(const HealthVerdict &verdict)
    {
        QJsonArray components;
        for (const HealthComponent &c : verdict.components)
            components.append(QJsonObject {{QStringLiteral("name"), c.name},
                {QStringLiteral("status"), healthStatusName(c.status)}, {QStringLiteral("message"), c.message}});
        return {{QStringLiteral("status"), healthStatusName(verdict.status)},
            {QStringLiteral("reason"), verdict.reason}, {QStringLiteral("format"), healthFormatName(verdict.format)},
            {QStringLiteral("components"), components}};
    }

    static QString quoted(const QJsonValue &value)
    {
        const QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }

    // Fixed key order and one component per line, so that a diff reads like the verdict.
    static QString render(const QJsonObject &verdict)
    {
        QString text = QStringLiteral("{\n");
        for (const char *key : {"status", "reason", "format"})
            text += QStringLiteral("    \"%1\": %2,\n")
                        .arg(QLatin1String(key), quoted(verdict.value(QLatin1String(key))));
        text += QStringLiteral("    \"components\": [");
        const QJsonArray components = verdict.value(QStringLiteral("components")).toArray();
        for (qsizetype i = 0; i < components.size(); ++i) {
            const QJsonObject c = components.at(i).toObject();
            text += (i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n"))
                + QStringLiteral("        {\"name\": %1, \"status\": %2, \"message\": %3}")
                      .arg(quoted(c.value(QStringLiteral("name"))), quoted(c.value(QStringLiteral("status"))),
                          quoted(c.value(QStringLiteral("message"))));
        }
        text += components.isEmpty() ? QStringLiteral("]\n}\n") : QStringLiteral("\n    ]\n}\n");
        return text;
    }

    static HealthVerdict parseGolden(const QString &dir)
    {
        const QJsonObject request = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/request.json"))).object();
        const auto format = healthFormatFromName(request.value(QStringLiteral("format")).toString());
        if (!format || !request.value(QStringLiteral("http")).isDouble())
            qFatal("%s/request.json needs a known \"format\" and a numeric \"http\"", qPrintable(dir));
        return HealthBodyParser::parse(*format, request.value(QStringLiteral("http")).toInt(),
            request.value(QStringLiteral("content_type")).toString().toUtf8(), readFile(dir + QStringLiteral("/body")));
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases = QDir(goldenRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 30);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << goldenRoot() + u'/' + name;
    }

    void golden()
    {
        QFETCH(QString, dir);
        const HealthVerdict verdict = parseGolden(dir);
        // What every verdict owes the on-call engineer, whatever the case says.
        if (verdict.status != HealthStatus::Pass) {
            QVERIFY2(!verdict.reason.isEmpty(), "a verdict that is not pass must say why");
            QVERIFY2(!verdict.reason.contains(u'\n'), qPrintable(verdict.reason));
        }
        QVERIFY(verdict.format != HealthFormat::Auto);

        const QString actual = render(toJson(verdict));
        QFile expectedFile(dir + QStringLiteral("/expected.json"));
        if (qEnvironmentVariableIsSet("OPSDECK_UPDATE_GOLDEN")) {
            QVERIFY(expectedFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
            expectedFile.write(actual.toUtf8());
            return;
        }
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
        QJsonParseError error {};
        const QJsonDocument expected = QJsonDocument::fromJson(expectedFile.readAll(), &error);
        QVERIFY2(expected.isObject(), qPrintable(error.errorString()));
        // Line by line, so that a failure shows the component that changed rather than a truncated blob.
        const QStringList actualLines = actual.split(u'\n');
        const QStringList expectedLines = render(expected.object()).split(u'\n');
        for (qsizetype i = 0; i < qMax(actualLines.size(), expectedLines.size()); ++i) {
            if (actualLines.value(i) != expectedLines.value(i))
                QFAIL(qPrintable(QStringLiteral("expected.json line %1\n   Actual: %2\n Expected: %3")
                                     .arg(QString::number(i + 1), actualLines.value(i), expectedLines.value(i))));
        }
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<HealthFormat>("expected");
        const QByteArray json = "application/json; charset=utf-8";
        QTest::newRow("health+json content type wins")
            << QByteArray("application/health+json") << QByteArray("{}") << HealthFormat::Ietf;
        QTest::newRow("content type is case-insensitive")
            << QByteArray("Application/Health+JSON; charset=utf-8") << QByteArray("") << HealthFormat::Ietf;
        QTest::newRow("ietf by pass/warn/fail") << json << QByteArray("{\"status\":\"warn\"}") << HealthFormat::Ietf;
        QTest::newRow("ietf by checks arrays")
            << json << QByteArray("{\"status\":\"ok\",\"checks\":{\"db:responseTime\":[{\"status\":\"pass\"}]}}")
            << HealthFormat::Ietf;
        QTest::newRow("seeds index") << json << QByteArray("{\"status\":\"ok\",\"timestamp\":\"2024-05-14T09:21:07Z\"}")
                                     << HealthFormat::Seeds;
        QTest::newRow("seeds detailed")
            << json
            << QByteArray("{\"status\":\"error\",\"checks\":{\"database\":{\"status\":\"error\",\"message\":\"x\"}}}")
            << HealthFormat::Seeds;
        QTest::newRow("spring UP") << json << QByteArray("{\"status\":\"UP\"}") << HealthFormat::Spring;
        QTest::newRow("spring DOWN") << json << QByteArray("{\"status\":\"DOWN\"}") << HealthFormat::Spring;
        QTest::newRow("spring OUT_OF_SERVICE")
            << json << QByteArray("{\"status\":\"OUT_OF_SERVICE\"}") << HealthFormat::Spring;
        QTest::newRow("spring UNKNOWN") << json << QByteArray("{\"status\":\"UNKNOWN\"}") << HealthFormat::Spring;
        QTest::newRow("spring components")
            << QByteArray("application/vnd.spring-boot.actuator.v3+json")
            << QByteArray("{\"status\":\"UP\",\"components\":{\"ping\":{\"status\":\"UP\"}}}") << HealthFormat::Spring;
        QTest::newRow("kubernetes ok") << QByteArray("text/plain; charset=utf-8") << QByteArray("ok")
                                       << HealthFormat::Kubernetes;
        QTest::newRow("kubernetes verbose")
            << QByteArray("text/plain; charset=utf-8") << QByteArray("[+]ping ok\n[+]etcd ok\nreadyz check passed\n")
            << HealthFormat::Kubernetes;
        QTest::newRow("kubernetes failing")
            << QByteArray("text/plain; charset=utf-8")
            << QByteArray("[-]etcd failed: reason withheld\nlivez check failed\n") << HealthFormat::Kubernetes;
        // JSON was promised but is unreadable: read it as JSON so that the verdict says what is wrong.
        QTest::newRow("truncated json") << json << QByteArray("{\"status\":\"ok\",\"checks\":{\"data")
                                        << HealthFormat::Seeds;
        QTest::newRow("json array") << QByteArray() << QByteArray("[{\"status\":\"ok\"}]") << HealthFormat::Seeds;
        QTest::newRow("json content type, html body")
            << json << QByteArray("<html><body>502</body></html>") << HealthFormat::Seeds;
        QTest::newRow("status of the wrong type") << json << QByteArray("{\"status\":42}") << HealthFormat::Seeds;
        // Nothing to read: the HTTP status decides.
        QTest::newRow("html page") << QByteArray("text/html") << QByteArray("<!DOCTYPE html><html></html>")
                                   << HealthFormat::Plain;
        QTest::newRow("empty body") << QByteArray() << QByteArray() << HealthFormat::Plain;
        QTest::newRow("json without health markers") << json << QByteArray("{\"uptime\":12}") << HealthFormat::Plain;
        QTest::newRow("binary") << QByteArray("application/octet-stream") << QByteArray("\x00\x01\xff\xfe", 4)
                                << HealthFormat::Plain;
    }

    void detect()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(HealthFormat, expected);
        QCOMPARE(healthFormatName(HealthBodyParser::detect(contentType, body)), healthFormatName(expected));
    }

    void autoRecordsTheDetectedFormat()
    {
        const HealthVerdict verdict = HealthBodyParser::parse(HealthFormat::Auto, 200, "text/plain", "ok");
        QCOMPARE(verdict.format, HealthFormat::Kubernetes);
        QCOMPARE(verdict.status, HealthStatus::Pass);
        QCOMPARE(verdict.httpStatus, 200);
    }

    // Deeper than any golden file should be: refused by the JSON reader, not by the stack.
    void deepNestingFailsQuickly()
    {
        const QByteArray body
            = "{\"status\":\"UP\",\"components\":" + QByteArray(100'000, '[') + QByteArray(100'000, ']') + '}';
        for (HealthFormat format :
            {HealthFormat::Seeds, HealthFormat::Ietf, HealthFormat::Spring, HealthFormat::Auto}) {
            const HealthVerdict verdict = HealthBodyParser::parse(format, 200, "application/json", body);
            QCOMPARE(verdict.status, HealthStatus::Fail);
            QVERIFY2(verdict.reason.contains(QStringLiteral("nested")), qPrintable(verdict.reason));
        }
    }

    // Thousands of nodes under one IETF key, all with the same componentId: named by position, in linear time.
    void manyResultsStayQuick()
    {
        QByteArray body = "{\"status\":\"warn\",\"checks\":{\"cpu:utilization\":[";
        for (int i = 0; i < 100'000; ++i)
            body += QByteArray(i == 0 ? "" : ",")
                + "{\"componentId\":\"node\",\"status\":\"warn\",\"observedValue\":85}";
        body += "]}}";
        QElapsedTimer timer;
        timer.start();
        const HealthVerdict verdict = HealthBodyParser::parse(HealthFormat::Ietf, 200, "application/health+json", body);
        QVERIFY2(timer.elapsed() < 5'000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(verdict.components.size(), 100'000);
        QCOMPARE(verdict.components.last().name, QStringLiteral("cpu:utilization[100000]"));
        QCOMPARE(verdict.reason, QStringLiteral("cpu:utilization[1]: 85 (+99999 more)"));
    }

    void reasonIsOneBoundedLine()
    {
        // Escaped in JSON, raw once parsed: a newline, a tab and a terminal escape sequence.
        const QByteArray message = QByteArray(5000, 'x') + "\\n\\tIs the server running?\\u001b[31m";
        const QByteArray body
            = "{\"status\":\"error\",\"checks\":{\"database\":{\"status\":\"error\",\"message\":\"" + message + "\"}}}";
        const HealthVerdict verdict = HealthBodyParser::parse(HealthFormat::Seeds, 503, "application/json", body);
        QCOMPARE(verdict.status, HealthStatus::Fail);
        QVERIFY(verdict.reason.startsWith(QStringLiteral("HTTP 503: database: xxx")));
        QVERIFY2(verdict.reason.size() < 400, qPrintable(QString::number(verdict.reason.size())));
        for (const QChar c : verdict.reason)
            QVERIFY2(c.isPrint(), qPrintable(verdict.reason.right(40)));
    }
};

QTEST_GUILESS_MAIN(TestHealthBodyParser)
#include "TestHealthBodyParser.moc"
