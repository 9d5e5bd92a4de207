#include "HttpResponseParser.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)
};

constexpr qsizetype kMaxChunkLine = 4096; // chunk size plus extensions
constexpr qsizetype kExcerptBytes = 40;

// A short, printable excerpt of untrusted bytes for a reason line.
QString excerpt(QByteArrayView bytes)
{
    QString out;
    for (qsizetype i = 0; i < std::min(bytes.size(), kExcerptBytes); ++i) {
        const uchar c = uchar(bytes.at(i));
        out += c >= 0x20 && c < 0x7f ? QChar(char16_t(c)) : QChar(u'?');
    }
    if (bytes.size() > kExcerptBytes)
        out += QStringLiteral("…");
    return out;
}

bool equalsNoCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// A decimal number of digits only (no sign, no blanks), up to 18 digits; -1 otherwise.
qint64 decimal(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Does a comma-separated header value hold this token (case-insensitive)?
bool hasToken(QByteArrayView value, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype comma = value.indexOf(',', start);
        if (comma < 0)
            comma = value.size();
        if (equalsNoCase(value.sliced(start, comma - start).trimmed(), token))
            return true;
        start = comma + 1;
    }
    return false;
}

} // namespace

void HttpResponseParser::reset(bool headRequest)
{
    m_state = State::StatusLine;
    m_failure = Failure::None;
    m_reason.clear();
    m_head = headRequest;
    m_seen = 0;
    m_headerBytes = 0;
    m_line.clear();
    m_status = 0;
    m_minor = 1;
    m_length = -1;
    m_remaining = 0;
    m_chunked = false;
    m_keepAlive = true;
    m_connectionClose = false;
    m_connectionKeepAlive = false;
    m_contentType.clear();
    m_location.clear();
    m_body.clear();
}

void HttpResponseParser::fail(Failure failure, const QString &reason)
{
    if (m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_failure = failure;
    m_reason = reason;
    m_keepAlive = false;
    m_line.clear();
}

bool HttpResponseParser::line(const char *&data, const char *end, QByteArray &out)
{
    const bool inHead = m_state == State::StatusLine || m_state == State::Headers || m_state == State::Trailers;
    const char *newline = static_cast<const char *>(std::memchr(data, '\n', size_t(end - data)));
    const qsizetype take = (newline ? newline + 1 : end) - data;
    // m_headerBytes already counts the part of the line kept in m_line.
    if (inHead ? m_headerBytes + take > kMaxHeaderBytes : m_line.size() + take > kMaxChunkLine) {
        if (inHead)
            fail(Failure::HeadersTooLarge, Text::tr("the response headers are larger than %1 bytes").arg(kMaxHeaderBytes));
        else
            fail(Failure::BadChunk, Text::tr("a chunk size line is longer than %1 bytes").arg(kMaxChunkLine));
        data = end;
        return false;
    }
    if (inHead)
        m_headerBytes += take;
    if (!newline) {
        m_line.append(data, take);
        data = end;
        return false;
    }
    qsizetype length = newline - data;
    if (m_line.isEmpty()) {
        if (length > 0 && data[length - 1] == '\r')
            --length;
        out = QByteArray(data, length);
    } else {
        m_line.append(data, length);
        if (m_line.endsWith('\r'))
            m_line.chop(1);
        out = std::exchange(m_line, QByteArray());
    }
    data = newline + 1;
    return true;
}

qsizetype HttpResponseParser::feed(const char *data, qsizetype size)
{
    const char *p = data;
    const char *const end = data + size;
    while (p < end && m_state != State::Done && m_state != State::Failed) {
        const char *const before = p;
        switch (m_state) {
        case State::StatusLine:
        case State::Headers:
        case State::Trailers:
        case State::ChunkSize:
        case State::ChunkDataEnd: {
            QByteArray text;
            if (!line(p, end, text))
                break;
            switch (m_state) {
            case State::StatusLine:
                statusLine(text);
                break;
            case State::Headers:
                if (text.isEmpty())
                    headersDone();
                else
                    header(text);
                break;
            case State::Trailers:
                if (text.isEmpty())
                    m_state = State::Done;
                break;
            case State::ChunkSize:
                chunkSize(text);
                break;
            case State::ChunkDataEnd:
                if (!text.isEmpty())
                    fail(Failure::BadChunk, Text::tr("a chunk is longer than its announced size"));
                else
                    m_state = State::ChunkSize;
                break;
            default:
                break;
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, end - p));
            appendBody(p, n);
            p += n;
            m_remaining -= n;
            if (m_state == State::Failed)
                break;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Done : State::ChunkDataEnd;
            break;
        }
        case State::BodyUntilClose:
            appendBody(p, end - p);
            p = end;
            break;
        case State::Done:
        case State::Failed:
            break;
        }
        m_seen += p - before;
    }
    return p - data;
}

void HttpResponseParser::finish()
{
    switch (m_state) {
    case State::Done:
    case State::Failed:
        return;
    case State::BodyUntilClose:
        m_state = State::Done;
        m_keepAlive = false;
        return;
    case State::StatusLine:
        if (m_seen == 0) {
            fail(Failure::Closed, Text::tr("the server closed the connection without answering"));
            return;
        }
        fail(Failure::Truncated, Text::tr("the connection closed in the middle of the response headers"));
        return;
    case State::Headers:
        fail(Failure::Truncated, Text::tr("the connection closed in the middle of the response headers"));
        return;
    case State::Body:
        fail(Failure::Truncated,
             Text::tr("the connection closed after %1 of %2 body bytes").arg(m_length - m_remaining).arg(m_length));
        return;
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers:
        fail(Failure::Truncated, Text::tr("the connection closed in the middle of a chunked body (after %1 bytes)").arg(m_body.size()));
        return;
    }
}

void HttpResponseParser::statusLine(const QByteArray &text)
{
    // HTTP/1.1 200 OK
    const QByteArrayView view(text);
    if (view.size() < 12 || !view.startsWith("HTTP/1.") || view.at(7) < '0' || view.at(7) > '9' || view.at(8) != ' '
        || (view.size() > 12 && view.at(12) != ' ')) {
        fail(Failure::NotHttp, Text::tr("the answer is not HTTP: \"%1\"").arg(excerpt(view)));
        return;
    }
    const qint64 code = decimal(view.sliced(9, 3));
    if (code < 100 || code > 999) {
        fail(Failure::NotHttp, Text::tr("the answer is not HTTP: \"%1\"").arg(excerpt(view)));
        return;
    }
    m_status = int(code);
    m_minor = view.at(7) - '0';
    m_state = State::Headers;
}

void HttpResponseParser::header(const QByteArray &text)
{
    const QByteArrayView view(text);
    if (view.startsWith(' ') || view.startsWith('\t')) {
        // Obsolete line folding: no header we read may use it.
        fail(Failure::BadHeader, Text::tr("a folded response header: \"%1\"").arg(excerpt(view)));
        return;
    }
    const qsizetype colon = view.indexOf(':');
    if (colon <= 0) {
        fail(Failure::BadHeader, Text::tr("a response header without a name: \"%1\"").arg(excerpt(view)));
        return;
    }
    const QByteArrayView name = view.first(colon);
    if (name.contains(' ') || name.contains('\t')) {
        fail(Failure::BadHeader, Text::tr("a response header name with a blank: \"%1\"").arg(excerpt(view)));
        return;
    }
    const QByteArrayView value = view.sliced(colon + 1).trimmed();
    if (equalsNoCase(name, "content-length")) {
        const qint64 length = decimal(value);
        if (length < 0 || (m_length >= 0 && m_length != length)) {
            fail(Failure::BadHeader, Text::tr("an invalid Content-Length: \"%1\"").arg(excerpt(value)));
            return;
        }
        m_length = length;
    } else if (equalsNoCase(name, "transfer-encoding")) {
        // We asked for no coding: chunked, alone and last, is the only one we read.
        if (!equalsNoCase(value, "chunked") || m_chunked) {
            fail(Failure::Unsupported, Text::tr("an unsupported Transfer-Encoding: \"%1\"").arg(excerpt(value)));
            return;
        }
        m_chunked = true;
    } else if (equalsNoCase(name, "content-encoding")) {
        if (!equalsNoCase(value, "identity") && !value.isEmpty()) {
            fail(Failure::Unsupported, Text::tr("the body is encoded (%1), though no encoding was accepted").arg(excerpt(value)));
            return;
        }
    } else if (equalsNoCase(name, "connection")) {
        if (hasToken(value, "close"))
            m_connectionClose = true;
        if (hasToken(value, "keep-alive"))
            m_connectionKeepAlive = true;
    } else if (equalsNoCase(name, "content-type")) {
        m_contentType = value.toByteArray();
    } else if (equalsNoCase(name, "location")) {
        m_location = value.toByteArray();
    }
}

void HttpResponseParser::headersDone()
{
    if (m_status >= 100 && m_status < 200) {
        if (m_status == 101) {
            fail(Failure::Unsupported, Text::tr("the server switched protocols (HTTP 101)"));
            return;
        }
        // An interim answer (100 Continue, 103 Early Hints): the real one follows.
        const qint64 seen = m_seen;
        const bool head = m_head;
        reset(head);
        m_seen = seen;
        return;
    }
    m_keepAlive = !m_connectionClose && (m_minor >= 1 || m_connectionKeepAlive);
    if (m_head || m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return;
    }
    if (m_chunked) {
        // Both framings: chunked wins, and the connection is not trusted with another request.
        if (m_length >= 0)
            m_keepAlive = false;
        m_state = State::ChunkSize;
        return;
    }
    if (m_length >= 0) {
        if (m_length > m_maxBody) {
            fail(Failure::BodyTooLarge, Text::tr("the body is larger than %1 bytes").arg(m_maxBody));
            return;
        }
        m_body.reserve(m_length);
        m_remaining = m_length;
        m_state = m_length == 0 ? State::Done : State::Body;
        return;
    }
    m_keepAlive = false; // the end of the connection ends the body
    m_state = State::BodyUntilClose;
}

void HttpResponseParser::chunkSize(const QByteArray &text)
{
    QByteArrayView view(text);
    const qsizetype semicolon = view.indexOf(';');
    if (semicolon >= 0)
        view = view.first(semicolon);
    view = view.trimmed();
    if (view.isEmpty() || view.size() > 15) {
        fail(Failure::BadChunk, Text::tr("an invalid chunk size: \"%1\"").arg(excerpt(QByteArrayView(text))));
        return;
    }
    qint64 size = 0;
    for (const char c : view) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0) {
            fail(Failure::BadChunk, Text::tr("an invalid chunk size: \"%1\"").arg(excerpt(QByteArrayView(text))));
            return;
        }
        size = size * 16 + digit;
    }
    if (size == 0) {
        m_state = State::Trailers;
        return;
    }
    if (m_body.size() + size > m_maxBody) {
        fail(Failure::BodyTooLarge, Text::tr("the body is larger than %1 bytes").arg(m_maxBody));
        return;
    }
    m_remaining = size;
    m_state = State::ChunkData;
}

void HttpResponseParser::appendBody(const char *data, qsizetype size)
{
    if (m_body.size() + size > m_maxBody) {
        fail(Failure::BodyTooLarge, Text::tr("the body is larger than %1 bytes").arg(m_maxBody));
        return;
    }
    m_body.append(data, size);
}

} // namespace opsdeck
