#include "RemoteFileName.h"

namespace opsdeck::RemoteFileName {

namespace {

// Length of the valid UTF-8 sequence starting at i (shortest form, no surrogates, ≤ U+10FFFF), or 0.
int utf8Length(QByteArrayView s, qsizetype i, char32_t *codePoint)
{
    const auto b = [&](qsizetype k) { return uchar(s.at(k)); };
    const uchar c = b(i);
    int length = 0;
    char32_t cp = 0;
    if (c < 0x80) {
        *codePoint = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + length > s.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((b(i + k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    *codePoint = cp;
    return length;
}

bool isControl(char32_t cp)
{
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029;
}

} // namespace

QString display(QByteArrayView name)
{
    QString text;
    text.reserve(name.size());
    for (qsizetype i = 0; i < name.size();) {
        char32_t cp = 0;
        const int length = utf8Length(name, i, &cp);
        if (length == 0) {
            text += QStringLiteral("\\x%1").arg(uint(uchar(name.at(i))), 2, 16, QLatin1Char('0'));
            ++i;
            continue;
        }
        if (cp == u'\\')
            text += QStringLiteral("\\\\");
        else if (cp == u'\n')
            text += QStringLiteral("\\n");
        else if (cp == u'\t')
            text += QStringLiteral("\\t");
        else if (cp == u'\r')
            text += QStringLiteral("\\r");
        else if (isControl(cp)) {
            for (int k = 0; k < length; ++k)
                text += QStringLiteral("\\x%1").arg(uint(uchar(name.at(i + k))), 2, 16, QLatin1Char('0'));
        } else
            text += QString::fromUcs4(&cp, 1);
        i += length;
    }
    return text;
}

bool isPlainText(QByteArrayView name)
{
    for (qsizetype i = 0; i < name.size();) {
        char32_t cp = 0;
        const int length = utf8Length(name, i, &cp);
        if (length == 0 || isControl(cp))
            return false;
        i += length;
    }
    return !name.isEmpty();
}

} // namespace opsdeck::RemoteFileName
