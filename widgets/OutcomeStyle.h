#pragma once

// How an event's outcome looks in every timeline table: a symbol and a word (readable without
// colour), and a colour for a quicker glance. UI thread.

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

namespace opsdeck::OutcomeStyle {

// "✖ failed", "✔ succeeded", "⚠ pass → warn", "✖ pass → fail" …; empty for no outcome.
QString text(const QString &outcome);
std::optional<QColor> color(const QString &outcome, const QPalette &palette);

} // namespace opsdeck::OutcomeStyle
