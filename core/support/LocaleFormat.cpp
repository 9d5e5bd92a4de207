#include "LocaleFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace opsdeck::LocaleFormat {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LocaleFormat)
};

// The locale's short time format with the seconds after its minutes ("h:mm AP" -> "h:mm:ss AP").
QString timeFormatWithSeconds(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (format.contains(u's'))
        return format;
    const qsizetype minutes = format.indexOf(QStringLiteral("mm"));
    if (minutes < 0)
        return locale.timeFormat(QLocale::LongFormat);
    return format.insert(minutes + 2, QStringLiteral(":ss"));
}
} // namespace

QLocale locale()
{
    return QLocale();
}

QString integer(qint64 value)
{
    return locale().toString(value);
}

QString number(double value, int decimals)
{
    return locale().toString(value, 'f', decimals);
}

QString percent(double value, int decimals)
{
    //: A percentage; %1 is the number with the locale's decimal separator. German: "%1 %".
    return Text::tr("%1%").arg(number(value, decimals));
}

QString dataSize(qint64 bytes)
{
    return locale().formattedDataSize(bytes, 1);
}

QString seconds(qint64 milliseconds)
{
    //: A duration in seconds ("42 s"; seconds() gives it one decimal: "1.5 s").
    return Text::tr("%1 s").arg(number(double(milliseconds) / 1000.0, 1));
}

QString dateTime(const QDateTime &time)
{
    return locale().toString(time, QLocale::ShortFormat);
}

QString dateTimeSeconds(const QDateTime &time)
{
    const QLocale l = locale();
    return l.toString(time, l.dateFormat(QLocale::ShortFormat) + u' ' + timeFormatWithSeconds(l));
}

QString time(const QDateTime &time)
{
    return locale().toString(time.time(), QLocale::ShortFormat);
}

QString timeSeconds(const QDateTime &time)
{
    const QLocale l = locale();
    return l.toString(time.time(), timeFormatWithSeconds(l));
}

QString duration(std::chrono::milliseconds value)
{
    const qint64 ms = value.count();
    if (ms < 0)
        return locale().negativeSign() + duration(std::chrono::milliseconds(-ms));
    auto i = [](qint64 v) { return integer(v); };
    if (ms > 0 && ms < 1000)
        return Text::tr("%1 ms").arg(i(ms));
    const qint64 s = ms / 1000;
    if (s < 60)
        return Text::tr("%1 s").arg(i(s));
    if (s < 3600)
        return s % 60 ? Text::tr("%1 min %2 s").arg(i(s / 60), i(s % 60)) : Text::tr("%1 min").arg(i(s / 60));
    if (s < 86400)
        return (s % 3600) / 60 ? Text::tr("%1 h %2 min").arg(i(s / 3600), i((s % 3600) / 60)) : Text::tr("%1 h").arg(i(s / 3600));
    return (s % 86400) / 3600 ? Text::tr("%1 d %2 h").arg(i(s / 86400), i((s % 86400) / 3600)) : Text::tr("%1 d").arg(i(s / 86400));
}

} // namespace opsdeck::LocaleFormat
