#pragma once

// Reads one HTTP/1.x response from a byte stream, incrementally: the status line, the headers the
// health client needs (Content-Length, Transfer-Encoding: chunked, Connection, Content-Type,
// Location, Content-Encoding), and the body framed by its length, by chunks or by the end of the
// connection. Interim 1xx answers are skipped. The body is capped: one byte over the cap is a failure
// with the cap in the reason. Anything that is not HTTP is a failure with a precise one-line reason,
// never a crash, a hang or unbounded memory (the fuzz target checks). Pure; one instance per
// connection, reset() before each response.

#include <QByteArray>
#include <QString>

#include <utility>

namespace opsdeck {

class HttpResponseParser
{
public:
    enum class Failure {
        None,
        NotHttp,          // the status line is not HTTP/1.x
        BadHeader,        // a header line or value that cannot be read
        HeadersTooLarge,  // status line and headers over kMaxHeaderBytes
        BodyTooLarge,     // the body is over the cap
        BadChunk,         // chunked framing broken
        Unsupported,      // a transfer or content coding we did not ask for, or 101
        Truncated,        // the connection closed before the response was complete
        Closed,           // the connection closed before a single byte of the response
    };

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

    explicit HttpResponseParser(qint64 maxBodyBytes = 1024 * 1024) : m_maxBody(maxBodyBytes) {}

    // For a new response on the same connection. headRequest: no body follows, whatever the headers say.
    void reset(bool headRequest = false);
    // Consumes what it can; returns how many bytes belong to this response. Stops at the end of the
    // response: bytes after it are not consumed (the caller decides what they mean).
    qsizetype feed(const char *data, qsizetype size);
    // The peer closed the connection: completes a body framed by the end of the connection, or fails.
    void finish();

    bool isDone() const { return m_state == State::Done; }
    bool isFailed() const { return m_state == State::Failed; }
    bool hasStarted() const { return m_seen > 0; }
    Failure failure() const { return m_failure; }
    QString reason() const { return m_reason; } // one line, when failed

    int status() const { return m_status; }
    const QByteArray &contentType() const { return m_contentType; }
    const QByteArray &location() const { return m_location; }
    const QByteArray &body() const { return m_body; }
    QByteArray takeBody() { return std::exchange(m_body, QByteArray()); }
    // After isDone(): may the connection carry another request?
    bool keepAlive() const { return m_keepAlive; }

private:
    enum class State { StatusLine, Headers, Body, BodyUntilClose, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Failed };

    bool line(const char *&data, const char *end, QByteArray &out); // true: a whole line is in out
    void statusLine(const QByteArray &text);
    void header(const QByteArray &text);
    void headersDone();
    void chunkSize(const QByteArray &text);
    void appendBody(const char *data, qsizetype size);
    void fail(Failure failure, const QString &reason);

    qint64 m_maxBody;
    State m_state = State::StatusLine;
    Failure m_failure = Failure::None;
    QString m_reason;
    bool m_head = false;
    qint64 m_seen = 0;        // bytes of this response so far (interim answers included)
    qint64 m_headerBytes = 0; // status line and headers of the current (final or interim) answer
    QByteArray m_line;        // a line not yet complete
    int m_status = 0;
    int m_minor = 1;          // HTTP/1.<minor>
    qint64 m_length = -1;     // Content-Length, -1: none
    qint64 m_remaining = 0;   // of the body or of the current chunk
    bool m_chunked = false;
    bool m_keepAlive = true;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    QByteArray m_contentType;
    QByteArray m_location;
    QByteArray m_body;
};

} // namespace opsdeck
