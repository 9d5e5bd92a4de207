#pragma once

// A point in time as people type it on the command line: ISO 8601 ("2024-05-01T09:58:00Z",
// "2024-05-01T11:58+02:00", "2024-05-01 09:58", "2024-05-01"; UTC unless an offset is given), a
// time ago ("90s", "15m", "2h", "1d", "2w"), or "now". Pure.

#include <QDateTime>
#include <QString>

#include <optional>

namespace opsdeck::TimeArgument {

// now: the reference for relative times. Returns a UTC time, or nothing when the text is none of the above.
std::optional<QDateTime> parse(const QString &text, const QDateTime &now);

} // namespace opsdeck::TimeArgument
