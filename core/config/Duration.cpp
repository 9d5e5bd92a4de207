#include "Duration.h"

#include <array>
#include <limits>

namespace opsdeck::Duration {

namespace {
struct Unit {
    const char *suffix;
    long long factor;
};
// Longest suffix first so "ms" is not read as "m" + garbage.
constexpr std::array<Unit, 5> kUnits{{{"ms", 1}, {"s", 1'000}, {"m", 60'000}, {"h", 3'600'000}, {"d", 86'400'000}}};
} // namespace

std::optional<std::chrono::milliseconds> parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    qsizetype digits = 0;
    while (digits < trimmed.size() && trimmed.at(digits).isDigit() && trimmed.at(digits).unicode() < 128)
        ++digits;
    if (digits == 0 || digits > 12)
        return std::nullopt;
    bool ok = false;
    const long long number = trimmed.left(digits).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const QString suffix = trimmed.mid(digits);
    long long factor = 0;
    if (suffix.isEmpty()) {
        factor = 1'000;
    } else {
        for (const auto &unit : kUnits) {
            if (suffix == QLatin1String(unit.suffix)) {
                factor = unit.factor;
                break;
            }
        }
    }
    if (factor == 0 || number > std::numeric_limits<long long>::max() / factor)
        return std::nullopt;
    return std::chrono::milliseconds(number * factor);
}

QString format(std::chrono::milliseconds value)
{
    const long long ms = value.count();
    if (ms == 0)
        return QStringLiteral("0s");
    for (auto it = kUnits.rbegin(); it != kUnits.rend(); ++it) {
        if (ms % it->factor == 0)
            return QString::number(ms / it->factor) + QLatin1String(it->suffix);
    }
    return QString::number(ms) + QStringLiteral("ms");
}

} // namespace opsdeck::Duration
