#pragma once

// A checklist run as a document for the record: Markdown (every piece of text from people and
// templates through DisplayText::markdown, so a '|' in a comment cannot break a table, '<b>' stays
// text and no line ending can start a heading or a list) and PDF
// (QTextDocument laid out on A4 by QPdfWriter). Both show the plan and its hash, every section with
// who ticked what and the evidence, the signatures (active, revoked, voided, with why), refusals
// and the full history.
//
// Markdown is pure and thread-safe. PDF needs fonts, hence a QGuiApplication (the command-line verb
// starts one on the offscreen platform); it may run on any thread, so the window keeps it off the UI
// thread.

#include "ChecklistRun.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace opsdeck::ChecklistExport {

enum class Format { Markdown, Pdf };
std::optional<Format> formatFromName(const QString &name); // "md", "markdown", "pdf"

QString markdown(const ChecklistRun &run, const QDateTime &now);
QString html(const ChecklistRun &run, const QDateTime &now);
QByteArray pdf(const ChecklistRun &run, const QDateTime &now);

// Writes the file atomically (all or nothing). Returns an error for people, or empty on success.
QString write(const ChecklistRun &run, Format format, const QString &path, const QDateTime &now);

} // namespace opsdeck::ChecklistExport
