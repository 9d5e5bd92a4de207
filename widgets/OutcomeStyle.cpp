#include "OutcomeStyle.h"

#include "StatusColors.h"
namespace opsdeck::OutcomeStyle {

namespace {
enum class Tone { Bad, Warning, Good, Neutral };

Tone toneOf(const QString &outcome)
{
    // A transition reads as where it ended: "fail → pass" is good news.
    const QString last = outcome.section(QStringLiteral(" → "), -1);
    if (last == QLatin1String("failed") || last == QLatin1String("fail") || last == QLatin1String("raised")
        || last == QLatin1String("rejected"))
        return Tone::Bad;
    if (last == QLatin1String("warn") || last == QLatin1String("unknown") || last == QLatin1String("reopened"))
        return Tone::Warning;
    if (last == QLatin1String("succeeded") || last == QLatin1String("pass") || last == QLatin1String("resolved")
        || last == QLatin1String("mitigated"))
        return Tone::Good;
    return Tone::Neutral;
}
} // namespace

QString text(const QString &outcome)
{
    if (outcome.isEmpty())
        return {};
    switch (toneOf(outcome)) {
    case Tone::Bad: return QStringLiteral("✖ ") + outcome;
    case Tone::Warning: return QStringLiteral("⚠ ") + outcome;
    case Tone::Good: return QStringLiteral("✔ ") + outcome;
    case Tone::Neutral: return outcome;
    }
    return outcome;
}

std::optional<QColor> color(const QString &outcome, const QPalette &palette)
{
    switch (toneOf(outcome)) {
    case Tone::Bad: return StatusColors::text(StatusColors::Tone::Bad, palette);
    case Tone::Warning: return StatusColors::text(StatusColors::Tone::Warning, palette);
    case Tone::Good: return StatusColors::text(StatusColors::Tone::Good, palette);
    case Tone::Neutral: return std::nullopt;
    }
    return std::nullopt;
}

} // namespace opsdeck::OutcomeStyle
