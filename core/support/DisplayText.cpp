#include "DisplayText.h"

#include <QTextDocument> // Qt::mightBeRichText

namespace opsdeck::DisplayText {

namespace {

// What a field becomes before its medium's escaping: line endings as '\n', tabs as spaces, other
// controls and bidi controls gone.
QString cleaned(const QString &text, bool keepTabs = false)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            continue; // \r\n: one line ending, the \n that follows
        if (isLineEnding(c)) {
            out += u'\n';
        } else if (c == u'\t') {
            out += keepTabs ? u'\t' : u' ';
        } else if (!isControl(c) && !isBidiControl(c)) {
            out += QChar(c);
        }
    }
    return out;
}

bool isMarkdownInline(char16_t c)
{
    // Everything that can start inline markup: emphasis, code, links and images, autolinks and raw
    // HTML, entities, GFM tables, strikethrough and math. A backslash escape is valid CommonMark for
    // any ASCII punctuation and renders as the character itself.
    switch (c) {
    case u'\\': case u'`': case u'*': case u'_': case u'[': case u']': case u'<': case u'>':
    case u'|': case u'~': case u'&': case u'$':
        return true;
    default:
        return false;
    }
}

QString hex(char32_t c, int width)
{
    return QString::number(uint(c), 16).rightJustified(width, u'0');
}

} // namespace

bool isLineEnding(char32_t c)
{
    return c == U'\n' || c == U'\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

bool isBidiControl(char32_t c)
{
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString markdown(const QString &text)
{
    const QString clean = cleaned(text).trimmed();
    QString out;
    out.reserve(clean.size() + 16);
    // Leading digits then '.' or ')' would open an ordered list where the field starts a line.
    qsizetype digits = 0;
    while (digits < clean.size() && digits < 10 && clean.at(digits).isDigit() && clean.at(digits).unicode() < 0x80)
        ++digits;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const char16_t c = clean.at(i).unicode();
        if (c == u'\n') {
            out += QStringLiteral("<br>");
            continue;
        }
        const bool first = i == 0;
        const bool last = i == clean.size() - 1;
        const bool blockStart = first && (c == u'#' || c == u'-' || c == u'+' || c == u'=');
        const bool listNumber = digits > 0 && i == digits && (c == u'.' || c == u')');
        const bool closesHeading = last && c == u'#';
        if (isMarkdownInline(c) || blockStart || listNumber || closesHeading)
            out += u'\\';
        out += QChar(c);
    }
    return out;
}

QString terminal(const QString &text, Lines lines)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (lines == Lines::Keep) {
            if (c == u'\n' || c == u'\t') {
                out += QChar(c);
                continue;
            }
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                continue;
        }
        if (!isControl(c) && !isBidiControl(c) && c != 0x2028 && c != 0x2029) {
            out += QChar(c);
            continue;
        }
        switch (c) {
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        case 0x1b: out += QStringLiteral("\\e"); break;
        default:
            out += c < 0x80 ? QStringLiteral("\\x") + hex(c, 2) : QStringLiteral("\\u") + hex(c, 4);
        }
    }
    return out;
}

QString richText(const QString &text)
{
    return cleaned(text).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString toolTip(const QString &text)
{
    const QString shown = plain(text);
    if (!Qt::mightBeRichText(shown))
        return shown;
    return QStringLiteral("<qt>") + richText(text) + QStringLiteral("</qt>");
}

QString plain(const QString &text)
{
    return cleaned(text, true);
}

} // namespace opsdeck::DisplayText
