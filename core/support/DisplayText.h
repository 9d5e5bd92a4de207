#pragma once

// Text that came from hosts, health bodies, the store or people (summaries, notes, comments, titles,
// logs) on its way to a person: one function per medium, so that such text shows as itself and can
// neither forge the structure around it (a heading in a post-mortem, a row in a table, a line of
// output) nor drive what shows it (a terminal's escape sequences, a widget's rich text).
//
// Every function is pure and thread-safe. Which characters count:
//  - line endings: \r\n, \r, \n, U+0085 (NEL), U+2028 (line separator), U+2029 (paragraph separator);
//  - control characters: the rest of C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F);
//  - bidi controls: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, which reorder what is
//    shown without being seen.

#include <QString>

namespace opsdeck::DisplayText {

bool isLineEnding(char32_t c);
bool isControl(char32_t c); // C0, DEL, C1 (line endings and tab included)
bool isBidiControl(char32_t c);

// One field of a Markdown document (a table cell, a list item, a heading's text): trimmed; every line
// ending becomes <br> (the one piece of HTML written), a tab a space; other control characters and
// bidi controls are dropped; every character that starts inline markup is backslash-escaped, and so
// is whatever could start a block at the field's start ('#', '-', '+', '=', "1." …) or close a
// heading at its end ('#'). The field renders as itself, on its line, whatever it holds.
QString markdown(const QString &text);

// For a terminal. Every control character and bidi control is shown as a visible escape (\e, \x07,
// \u202e): nothing reaches the terminal that it would act on. Lines::Keep keeps \n and \t (and reads
// \r\n as \n) for text that is several lines (a journal); Lines::Escape, for a field within a line,
// escapes them too (\n, \t), so the field cannot start a line of its own.
enum class Lines { Escape, Keep };
QString terminal(const QString &text, Lines lines = Lines::Escape);

// For a widget that would read rich text (a tooltip, a QLabel, a QTextDocument): HTML-escaped, every
// line ending as <br>, other control characters and bidi controls dropped. "<b>" shows as "<b>".
QString richText(const QString &text);

// A tooltip (or any text a widget reads as rich text when Qt::mightBeRichText says it looks like
// markup) that shows the text as itself: plain() when Qt would take it as plain text anyway, else
// richText() in a <qt> document, so "<b>" or "<img …>" shows as those characters and nothing else.
QString toolTip(const QString &text);

// For item models whose tooltips share their display code: data(index, kUnescapedToolTipRole) is the
// tooltip's text before toolTip() (see ChecklistItemModel::data). Above every role a model defines.
inline constexpr int kUnescapedToolTipRole = 0x0100 + 0x3e8; // Qt::UserRole + 1000

// For a plain-text widget cell or label: line endings kept as \n, other control characters and
// bidi controls dropped.
QString plain(const QString &text);

} // namespace opsdeck::DisplayText
