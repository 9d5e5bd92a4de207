// The HTTP/1.x response reader: the same answer whole or a byte at a time, framing by length, chunks
// or the end of the connection, interim answers, what keeps a connection alive, and every way an
// answer can be wrong, each with its reason.

#include "health/HttpResponseParser.h"

#include <QTest>

using namespace opsdeck;
using Failure = HttpResponseParser::Failure;

namespace {

struct Outcome {
    bool done;
    bool failed;
    Failure failure;
    QString reason;
    int status;
    QByteArray body;
    bool keepAlive;
    qsizetype consumed;
};

// step 0: the whole input at once; otherwise that many bytes at a time.
Outcome read(const QByteArray &input, qsizetype step, bool eof = false, qint64 cap = 1024 * 1024)
{
    HttpResponseParser parser(cap);
    parser.reset();
    qsizetype consumed = 0;
    if (step == 0) {
        consumed = parser.feed(input.constData(), input.size());
    } else {
        for (qsizetype at = 0; at < input.size() && !parser.isDone() && !parser.isFailed(); at += step) {
            const qsizetype n = std::min(step, input.size() - at);
            const qsizetype used = parser.feed(input.constData() + at, n);
            consumed += used;
            if (used < n)
                break;
        }
    }
    if (eof)
        parser.finish();
    return {parser.isDone(), parser.isFailed(), parser.failure(), parser.reason(), parser.status(),
            parser.body(), parser.keepAlive(), consumed};
}

} // namespace

class TestHttpResponseParser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("eof");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false << 200
                                        << QByteArray("hello") << true;
        QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 503\r\nContent-Length: 0\r\n\r\n") << false << 503 << QByteArray() << true;
        QTest::newRow("bare newlines") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << false << 200 << QByteArray("ok") << true;
        QTest::newRow("chunked with extensions and trailers")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\nA\r\n0123456789\r\n0\r\nT: 1\r\n\r\n")
            << false << 200 << QByteArray("abc0123456789") << true;
        QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\nall of it") << true << 200 << QByteArray("all of it") << false;
        QTest::newRow("connection close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 1\r\n\r\nx") << false << 200
                                          << QByteArray("x") << false;
        QTest::newRow("HTTP/1.0 closes") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx") << false << 200 << QByteArray("x")
                                         << false;
        QTest::newRow("HTTP/1.0 keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nx")
                                             << false << 200 << QByteArray("x") << true;
        QTest::newRow("interim 100 then the answer")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") << false << 200 << QByteArray("ok")
            << true;
        QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << 204 << QByteArray() << true;
        QTest::newRow("both framings: chunked wins, no reuse")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n") << false << 200
            << QByteArray("ok") << false;
        QTest::newRow("same length twice") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nok") << false
                                           << 200 << QByteArray("ok") << true;
    }
    void framing()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, eof);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(7)}) {
            const Outcome o = read(input, step, eof);
            QVERIFY2(o.done, qPrintable(QStringLiteral("step %1: %2").arg(step).arg(o.reason)));
            QCOMPARE(o.status, status);
            QCOMPARE(o.body, body);
            QCOMPARE(o.keepAlive, keepAlive);
            QCOMPARE(o.consumed, input.size());
        }
    }

    void stopsAtTheEndOfTheResponse()
    {
        const QByteArray input("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n");
        const Outcome o = read(input, 0);
        QVERIFY(o.done);
        QCOMPARE(o.consumed, input.indexOf("okHTTP") + 2);
    }

    void contentTypeAndLocation()
    {
        HttpResponseParser parser;
        parser.reset();
        const QByteArray input("HTTP/1.1 302 Found\r\nLocation:  /elsewhere \r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 0\r\n\r\n");
        parser.feed(input.constData(), input.size());
        QVERIFY(parser.isDone());
        QCOMPARE(parser.location(), QByteArray("/elsewhere"));
        QCOMPARE(parser.contentType(), QByteArray("text/plain; charset=utf-8"));
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("eof");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << false << int(Failure::NotHttp)
                                  << "the answer is not HTTP: \"SSH-2.0-OpenSSH_9.2\"";
        QTest::newRow("HTTP/2 preface") << QByteArray("HTTP/2 200\r\n") << false << int(Failure::NotHttp) << "the answer is not HTTP: \"HTTP/2 200\"";
        QTest::newRow("status not a number") << QByteArray("HTTP/1.1 2x0 OK\r\n") << false << int(Failure::NotHttp)
                                             << "the answer is not HTTP: \"HTTP/1.1 2x0 OK\"";
        QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << false << int(Failure::BadHeader)
                                    << "an invalid Content-Length: \"-1\"";
        QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << false
                                     << int(Failure::BadHeader) << "an invalid Content-Length: \"2\"";
        QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nnonsense\r\n\r\n") << false << int(Failure::BadHeader)
                                              << "a response header without a name: \"nonsense\"";
        QTest::newRow("gzip transfer coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << false
                                              << int(Failure::Unsupported) << "an unsupported Transfer-Encoding: \"gzip, chunked\"";
        QTest::newRow("gzip content") << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n") << false << int(Failure::Unsupported)
                                      << "the body is encoded (gzip), though no encoding was accepted";
        QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n") << false << int(Failure::Unsupported)
                                             << "the server switched protocols (HTTP 101)";
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << false
                                        << int(Failure::BadChunk) << "an invalid chunk size: \"zz\"";
        QTest::newRow("huge chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n") << false
                                         << int(Failure::BadChunk) << "an invalid chunk size: \"ffffffffffffffffff\"";
        QTest::newRow("chunk longer than said") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokay\r\n") << false
                                                << int(Failure::BadChunk) << "a chunk is longer than its announced size";
        QTest::newRow("closed before a byte") << QByteArray() << true << int(Failure::Closed) << "the server closed the connection without answering";
        QTest::newRow("closed in headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-") << true << int(Failure::Truncated)
                                           << "the connection closed in the middle of the response headers";
        QTest::newRow("closed in body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true << int(Failure::Truncated)
                                        << "the connection closed after 3 of 10 body bytes";
        QTest::newRow("closed in chunks") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab") << true
                                          << int(Failure::Truncated) << "the connection closed in the middle of a chunked body (after 2 bytes)";
        QTest::newRow("announced over the cap") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 101\r\n\r\n") << false
                                                << int(Failure::BodyTooLarge) << "the body is larger than 100 bytes";
        QTest::newRow("chunks over the cap") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n") + QByteArray(64, 'x')
                                                    + "\r\n30\r\n"
                                             << false << int(Failure::BodyTooLarge) << "the body is larger than 100 bytes";
        QTest::newRow("until close over the cap") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") + QByteArray(101, 'x') << false
                                                  << int(Failure::BodyTooLarge) << "the body is larger than 100 bytes";
        QTest::newRow("headers over the limit") << QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(70'000, 'a') << false
                                                << int(Failure::HeadersTooLarge) << "the response headers are larger than 65536 bytes";
        QTest::newRow("headers after an interim answer")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nX: ") + QByteArray(70'000, 'a') << false << int(Failure::HeadersTooLarge)
            << "the response headers are larger than 65536 bytes";
    }
    void failures()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, eof);
        QFETCH(int, failure);
        QFETCH(QString, reason);
        for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(5)}) {
            const Outcome o = read(input, step, eof, 100);
            QVERIFY2(o.failed, qPrintable(QStringLiteral("step %1").arg(step)));
            QCOMPARE(int(o.failure), failure);
            QCOMPARE(o.reason, reason);
            QVERIFY(!o.keepAlive);
            QVERIFY(o.body.size() <= 100);
        }
    }

    void resetReadsTheNextResponse()
    {
        HttpResponseParser parser;
        const QByteArray one("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na");
        const QByteArray two("HTTP/1.1 503 Unavailable\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nb\r\n0\r\n\r\n");
        parser.reset();
        QCOMPARE(parser.feed(one.constData(), one.size()), one.size());
        QCOMPARE(parser.takeBody(), QByteArray("a"));
        parser.reset();
        QVERIFY(!parser.hasStarted());
        QCOMPARE(parser.feed(two.constData(), two.size()), two.size());
        QVERIFY(parser.isDone());
        QCOMPARE(parser.status(), 503);
        QCOMPARE(parser.body(), QByteArray("b"));
        // Done: nothing more is consumed.
        QCOMPARE(parser.feed(one.constData(), one.size()), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "TestHttpResponseParser.moc"
