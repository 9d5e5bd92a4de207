#pragma once

// Renders Markdown to HTML with a real CommonMark parser (Debian's `cmark`, installed by
// tools/lib/bootstrap.sh), for tests that must see what a reader of an export would see. Raw HTML is
// rendered (--unsafe), as GitHub renders the <br> an export writes: markup smuggled in a field would
// show too. Header-only.

#include "RunProcess.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <optional>

namespace opsdeck::testing {

// The HTML, or nothing with why in *error (no cmark, or it failed).
inline std::optional<QString> renderCommonMark(const QString &markdown, QString *error)
{
    const QString cmark = QStandardPaths::findExecutable(QStringLiteral("cmark"));
    if (cmark.isEmpty()) {
        *error = QStringLiteral("cmark is not installed (tools/lib/bootstrap.sh installs it)");
        return std::nullopt;
    }
    QTemporaryFile file;
    if (!file.open()) {
        *error = file.errorString();
        return std::nullopt;
    }
    file.write(markdown.toUtf8());
    file.flush();
    const ProcessResult result = runProcess(cmark, {QStringLiteral("--to"), QStringLiteral("html"), QStringLiteral("--unsafe"), file.fileName()}, 30'000);
    if (result.exitCode != 0) {
        *error = QStringLiteral("cmark failed: ") + result.err;
        return std::nullopt;
    }
    return result.out;
}

// The block-level elements of rendered HTML that open a structure (h1–h6, lists, quotes, code
// blocks, rules), in order: what a field of an export must never create.
inline QStringList blockTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(h[1-6]|ol|ul|li|blockquote|pre|hr)\\b[^>]*>"));
    QStringList tags;
    for (auto it = tag.globalMatch(html); it.hasNext();)
        tags << it.next().captured(0);
    return tags;
}

} // namespace opsdeck::testing
