#pragma once

// Reads checklist templates (docs/checklists.md) from YAML with the same rules and limits as the
// fleet configuration: every error as file:line:col, unknown keys with a "did you mean", repeated
// keys reported, the same size/encoding/nesting/alias limits. Thread-safe: no shared state.

#include "ChecklistTemplate.h"

#include "config/ConfigError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace opsdeck {

struct TemplateLoadResult {
    std::optional<ChecklistTemplate> checklist; // set only when errors is empty
    ConfigErrors errors;
    int suppressedErrors = 0;

    bool ok() const { return checklist.has_value(); }
};

namespace ChecklistTemplateLoader {

constexpr int kMaxItems = 2000;
constexpr int kMaxErrors = 200;

TemplateLoadResult loadFile(const QString &path);
// displayName is used in error positions and as the template's source.
TemplateLoadResult loadBytes(const QByteArray &bytes, const QString &displayName);

// [a-z][a-z0-9_]*, at most 48 characters (it becomes the PostgreSQL role opsdeck_signer_<role>).
QString checkRoleId(const QString &role);
// [a-z0-9][a-z0-9._-]*, at most 80 characters.
QString checkItemId(const QString &id);

} // namespace ChecklistTemplateLoader

} // namespace opsdeck
