#pragma once

// Writes an ImportedFleet as a fleet configuration (docs/config.md): every guessed value followed by
// a `# guessed: …` comment, and at the end every part of the deploy files that was not mapped, as
// `# file:line:col: why`. Values are quoted whenever YAML could read them as anything but the text.
// Pure; thread-safe.

#include "ImportedFleet.h"

namespace opsdeck::FleetYamlWriter {

QString write(const ImportedFleet &fleet);
// A scalar as YAML reads back exactly this text: plain when safe, else double-quoted and escaped.
QString scalar(const QString &value);

} // namespace opsdeck::FleetYamlWriter
