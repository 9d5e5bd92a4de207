#pragma once

// Numbers, sizes, dates, times and durations as a person reads them, in the locale of the language in
// use: QLocale(), whose default UiLanguage::apply() sets to the language it installs (the system's
// locale for "System Default", so its conventions; de_DE for "Deutsch"). Decimal and group separators
// ("1,234.5" / "1.234,5"), sizes (QLocale::formattedDataSize: "1.5 MiB" / "1,5 MiB"), short dates and
// times, and durations with translated units ("2 d 3 h" / "2 T 3 Std"). Only for what people read:
// machine output (--json, exports, event details, logs, commands) keeps its fixed, parsable forms
// (QString::number, Qt::ISODate, Duration::format). Pure; thread-safe once the default locale is set
// (the main thread sets it before any other thread formats).

#include <QLocale>
#include <QString>

#include <chrono>

class QDateTime;

namespace opsdeck::LocaleFormat {

QLocale locale();                                      // the locale in use (QLocale())
QString integer(qint64 value);                         // 1234 -> "1,234" / "1.234"
// 1234.5, 1 -> "1,234.5" / "1.234,5"; by default as few decimals as the value needs (90 -> "90").
QString number(double value, int decimals = QLocale::FloatingPointShortest);
QString percent(double value, int decimals = QLocale::FloatingPointShortest); // 12.5 -> "12.5%" / "12,5 %"
QString dataSize(qint64 bytes);                        // 1572864 -> "1.5 MiB" / "1,5 MiB"
QString seconds(qint64 milliseconds);                  // 1500 -> "1.5 s" / "1,5 s" (one decimal)
QString dateTime(const QDateTime &time);               // in its own time spec, the locale's short format
// In its own time spec, with seconds: the locale's short date and time with the seconds added
// ("12/4/26 2:07:05 AM" / "04.12.26 02:07:05"), for table columns and lists where times are compared.
QString dateTimeSeconds(const QDateTime &time);
QString time(const QDateTime &time);                   // the time of day, short format ("2:07 AM" / "02:07")
QString timeSeconds(const QDateTime &time);            // with seconds ("2:07:05 AM" / "02:07:05"), no time zone
// The largest unit and the next (seconds, minutes, hours, days), the second left out when zero, units
// translated: 7980 s -> "2 h 13 min", 183600 s -> "2 d 3 h" ("2 T 3 Std"). Below a second: "500 ms"; zero: "0 s".
// Truncated towards zero, not rounded: "59 s" until the minute is full. Negative: a leading minus.
QString duration(std::chrono::milliseconds value);

} // namespace opsdeck::LocaleFormat
