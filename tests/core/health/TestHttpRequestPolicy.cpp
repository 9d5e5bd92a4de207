// HttpRequestPolicy: the redirects a health check follows (within the request's origin, or to a host
// it allows; never from https to http) and what the refusal says (the host, never the target's path,
// query or credentials); the GET request's bytes; which statuses are redirects.

#include "health/HttpRequestPolicy.h"

#include <QTest>

using namespace opsdeck;

Q_DECLARE_METATYPE(opsdeck::HttpResult::Error)

class TestHttpRequestPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkRedirect_data()
    {
        QTest::addColumn<QString>("request");       // the request's URL
        QTest::addColumn<QStringList>("allowed");   // its redirectHosts
        QTest::addColumn<QString>("from");          // the URL that answered
        QTest::addColumn<QString>("target");
        QTest::addColumn<HttpResult::Error>("error");
        QTest::addColumn<QString>("reason");

        using E = HttpResult::Error;
        const QString a = QStringLiteral("http://a.example/health");
        const QString as = QStringLiteral("https://a.example/health");
        const QStringList none;
        auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
        row("same origin") << a << none << a << QStringLiteral("http://a.example/health/detailed") << E::None << QString();
        row("same origin, default port named") << a << none << a << QStringLiteral("http://a.example:80/x") << E::None << QString();
        row("https to https, same origin") << as << none << as << QStringLiteral("https://a.example/x") << E::None << QString();
        row("https to http, same host") << as << none << as << QStringLiteral("http://a.example/x") << E::InsecureRedirect
                                        << QStringLiteral("a redirect from https to http://a.example/x was refused");
        row("https to http drops the credentials") << as << none << as << QStringLiteral("http://ann:s3cret@a.example/x")
                                                   << E::InsecureRedirect
                                                   << QStringLiteral("a redirect from https to http://a.example/x was refused");
        row("https to http, even to an allowed host") << as << QStringList{QStringLiteral("b.example")} << as
                                                      << QStringLiteral("http://b.example/x") << E::InsecureRedirect
                                                      << QStringLiteral("a redirect from https to http://b.example/x was refused");
        row("another host") << a << none << a << QStringLiteral("http://b.example/secret?token=1") << E::RedirectRefused
                            << QStringLiteral("redirect to another host refused: b.example");
        row("another host, port named") << a << none << a << QStringLiteral("http://b.example:8080/x") << E::RedirectRefused
                                        << QStringLiteral("redirect to another host refused: b.example:8080");
        row("same host, another port") << a << none << a << QStringLiteral("http://a.example:8080/x") << E::RedirectRefused
                                       << QStringLiteral("redirect to another host refused: a.example:8080");
        row("same host, http to https") << a << none << a << QStringLiteral("https://a.example/x") << E::RedirectRefused
                                        << QStringLiteral("redirect to another host refused: a.example:443");
        row("allowed host, any port") << a << QStringList{QStringLiteral("b.example")} << a << QStringLiteral("http://b.example:9000/x")
                                      << E::None << QString();
        row("allowed host and port") << a << QStringList{QStringLiteral("b.example:8080")} << a
                                     << QStringLiteral("http://b.example:8080/x") << E::None << QString();
        row("allowed host, another port") << a << QStringList{QStringLiteral("b.example:8080")} << a
                                          << QStringLiteral("http://b.example:9000/x") << E::RedirectRefused
                                          << QStringLiteral("redirect to another host refused: b.example:9000");
        row("the origin is the request's, not the last answer's")
            << a << QStringList{QStringLiteral("b.example")} << QStringLiteral("http://b.example/x") << QStringLiteral("http://c.example/y")
            << E::RedirectRefused << QStringLiteral("redirect to another host refused: c.example");
        row("not a web scheme") << a << none << a << QStringLiteral("ftp://a.example/x") << E::RedirectRefused
                                << QStringLiteral("redirect to another host refused: a.example:80");
        row("no host") << a << none << a << QStringLiteral("mailto:ops@a.example") << E::RedirectRefused
                       << QStringLiteral("redirect to another host refused: mailto:");
        row("IPv6 literal") << a << none << a << QStringLiteral("http://[::1]:8080/x") << E::RedirectRefused
                            << QStringLiteral("redirect to another host refused: [::1]:8080");
    }

    void checkRedirect()
    {
        QFETCH(QString, request);
        QFETCH(QStringList, allowed);
        QFETCH(QString, from);
        QFETCH(QString, target);
        QFETCH(HttpResult::Error, error);
        QFETCH(QString, reason);
        HttpRequest r;
        r.url = QUrl(request);
        r.redirectHosts = allowed;
        const HttpRequestPolicy::RedirectCheck check = HttpRequestPolicy::checkRedirect(r, QUrl(from), QUrl(target));
        QCOMPARE(check.error, error);
        QCOMPARE(check.reason, reason);
    }

    void requestBytes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("authorization"); // the header's line, or empty

        QTest::newRow("path and query") << QStringLiteral("http://a.example/health?full=1#top") << QByteArray("/health?full=1")
                                        << QByteArray("a.example") << QByteArray();
        QTest::newRow("no path") << QStringLiteral("https://a.example") << QByteArray("/") << QByteArray("a.example") << QByteArray();
        QTest::newRow("port") << QStringLiteral("http://a.example:8080/up") << QByteArray("/up") << QByteArray("a.example:8080")
                              << QByteArray();
        QTest::newRow("IPv6") << QStringLiteral("http://[::1]:8080/up") << QByteArray("/up") << QByteArray("[::1]:8080") << QByteArray();
        QTest::newRow("credentials") << QStringLiteral("http://ann:s3cret@a.example/up") << QByteArray("/up") << QByteArray("a.example")
                                     << QByteArray("Authorization: Basic " + QByteArray("ann:s3cret").toBase64() + "\r\n");
    }

    void requestBytes()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, authorization);
        const QByteArray expected = "GET " + target + " HTTP/1.1\r\nHost: " + host
                                    + "\r\nUser-Agent: OpsDeck/" OPSDECK_VERSION
                                      "\r\nAccept: application/health+json, application/json;q=0.9, text/plain;q=0.5"
                                      "\r\nAccept-Encoding: identity\r\n"
                                    + authorization + "\r\n";
        QCOMPARE(HttpRequestPolicy::requestBytes(QUrl(url)), expected);
    }

    void isRedirect_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("redirect");
        for (int status : {301, 302, 303, 307, 308})
            QTest::addRow("%d", status) << status << true;
        for (int status : {200, 204, 300, 304, 305, 306, 400, 500})
            QTest::addRow("%d", status) << status << false;
    }

    void isRedirect()
    {
        QFETCH(int, status);
        QFETCH(bool, redirect);
        QCOMPARE(HttpRequestPolicy::isRedirect(status), redirect);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestPolicy)
#include "TestHttpRequestPolicy.moc"
