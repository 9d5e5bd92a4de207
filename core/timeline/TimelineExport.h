#pragma once

// Renders a TimelineReport for the post-mortem: Markdown (GitHub tables; every field goes through
// DisplayText::markdown, so a '|' in a summary cannot break a row, '<b>' stays text and no line ending
// of any kind (a lone \r included) can start a heading or a list) and
// PDF (QTextDocument laid out on A4 landscape by QPdfWriter).
//
// Markdown is pure and thread-safe. PDF needs fonts, hence a QGuiApplication (the command-line verbs
// that render PDF start one on the offscreen platform); it may run on any thread, so callers keep it
// off the UI thread.

#include "TimelineReport.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace opsdeck::TimelineExport {

enum class Format { Markdown, Pdf };
std::optional<Format> formatFromName(const QString &name); // "md"/"markdown", "pdf"
QString suffix(Format format);                            // "md", "pdf"

QString markdown(const TimelineReport &report);
QString html(const TimelineReport &report);
QByteArray pdf(const TimelineReport &report);

// Writes the file atomically (all or nothing). Returns an error for people, or empty on success.
QString write(const TimelineReport &report, Format format, const QString &path);

} // namespace opsdeck::TimelineExport
