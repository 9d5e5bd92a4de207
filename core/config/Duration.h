#pragma once

// Durations as written in configuration files: "500ms", "10s", "5m", "24h", "7d", or bare seconds.

#include <QString>

#include <chrono>
#include <optional>

namespace opsdeck::Duration {

std::optional<std::chrono::milliseconds> parse(const QString &text);
// The shortest exact spelling: 90000 ms -> "90s", 86400000 -> "1d".
QString format(std::chrono::milliseconds value);

} // namespace opsdeck::Duration
