#pragma once

// The one place the window's colours for states come from: a tone (good, warning, bad, muted) as text or
// as a row's background, and the colours of chart lines and event markers, each in a light and a dark
// variant chosen by the palette it is drawn on (the window colour's lightness). Text colours keep a
// contrast of at least 4.5:1 against that palette's Base and Window (WCAG AA). A colour is only ever for a
// quicker glance: every state also shows as a symbol and a word. Models, which have no widget, pass the
// application's palette; widgets pass their own. UI thread.

#include <QColor>
#include <QPalette>

namespace opsdeck::StatusColors {

enum class Tone {
    Good,    // pass, succeeded, signed, resolved, active
    Warning, // warn, mitigated, degraded, a consequence to read before confirming
    Bad,     // fail, critical, stale, voided, an error message
    Muted,   // unknown, no data, suppressed, inactive
};

bool isDark(const QPalette &palette); // the window colour is darker than mid grey
QColor text(Tone tone, const QPalette &palette);
QColor background(Tone tone, const QPalette &palette); // behind the palette's Text colour
// For models, which have no widget: on the application's palette, which their views draw on.
QColor text(Tone tone);
QColor background(Tone tone);

inline constexpr int kChartLineCount = 8;
QColor chartLine(int index, const QPalette &palette); // series colours (kChartLineCount, then again), told apart with most colour vision deficiencies
QColor chartMarker(const QPalette &palette);

// The WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);

} // namespace opsdeck::StatusColors
