#pragma once

// File names from a host are bytes, not text: a name may hold newlines, quotes, control characters
// or invalid UTF-8. display() makes one line that shows every byte unambiguously and can never
// break a table, a log line or a terminal. Pure; thread-safe.

#include <QByteArrayView>
#include <QString>

namespace opsdeck::RemoteFileName {

// Valid UTF-8 printable characters as they are; '\\' as "\\\\"; newline, tab and carriage return as
// "\\n", "\\t", "\\r"; every other control character, DEL, and every byte of an invalid UTF-8
// sequence as "\\xNN".
QString display(QByteArrayView name);
// Whether the name is valid UTF-8 without control characters: only such names are passed as
// arguments of a remote command (a QString cannot carry other bytes faithfully).
bool isPlainText(QByteArrayView name);

} // namespace opsdeck::RemoteFileName
