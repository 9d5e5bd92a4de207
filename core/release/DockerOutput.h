#pragma once

// What the docker-based release strategies' inventory scripts print (ComposeStrategy, KamalStrategy),
// read back as data: the NUL-separated KEY\0VALUE\0 tokens (the host's clock and free space set on
// its state, the others returned by key) and docker's own `--format json` output. Everything read
// here is host text: it is only returned, never run or put into a command; the strategies check names
// before they use them. Pure; thread-safe.

#include "ReleaseInventory.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace opsdeck::DockerOutput {

// The tokens of an inventory script's answer. An unterminated last token was cut by a bound and is
// dropped. "now" (seconds since the epoch) sets state.hostNow when it is a positive number; "free"
// sets state.freeKiB (-1 when it is not a number); every other key's value is returned, as UTF-8
// text (the last one where a key repeats).
QHash<QByteArray, QString> readTokens(const QByteArray &out, HostReleaseState &state);
// `docker … --format '{{json .}}'`: one JSON object per line; a line that is not one is skipped.
QList<QJsonObject> jsonLines(const QString &text);
// jsonLines, or the objects of the one JSON array `docker compose ps --format json` printed before
// Compose 2.21.
QList<QJsonObject> jsonRows(const QString &text);

} // namespace opsdeck::DockerOutput
