#include "TimeArgument.h"

#include <QRegularExpression>

namespace opsdeck::TimeArgument {

std::optional<QDateTime> parse(const QString &input, const QDateTime &now)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text == QLatin1String("now"))
        return now.toUTC();
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,6})\\s*(s|m|min|h|d|w)$"));
    if (const auto m = relative.match(text); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        qint64 seconds = n;
        if (unit == QLatin1String("m") || unit == QLatin1String("min"))
            seconds = n * 60;
        else if (unit == QLatin1String("h"))
            seconds = n * 3600;
        else if (unit == QLatin1String("d"))
            seconds = n * 86400;
        else if (unit == QLatin1String("w"))
            seconds = n * 7 * 86400;
        return now.toUTC().addSecs(-seconds);
    }
    // ISO 8601: a date, or a date and time with 'T' or a space, optionally with seconds, fraction, Z or offset.
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?)(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    const auto m = iso.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QTime time(0, 0);
    if (m.hasCaptured(2)) {
        const QString t = m.captured(2);
        time = QTime::fromString(t, t.size() == 5 ? QStringLiteral("HH:mm")
                                    : t.size() == 8 ? QStringLiteral("HH:mm:ss")
                                                    : QStringLiteral("HH:mm:ss.z"));
    }
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (m.hasCaptured(3) && m.captured(3) != QLatin1String("Z")) {
        QString offset = m.captured(3);
        offset.remove(u':');
        const int hours = offset.mid(1, 2).toInt();
        const int minutes = offset.mid(3, 2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (offset.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

} // namespace opsdeck::TimeArgument
