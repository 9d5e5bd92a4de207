#pragma once

// OpenSSH's match_pattern(): '*' matches any run of bytes, '?' exactly one. Case-sensitive: callers
// that match host names lower-case both sides first, as OpenSSH does. Pure; thread-safe.

#include <QByteArrayView>

namespace opsdeck {

bool wildcardMatch(QByteArrayView name, QByteArrayView pattern);

} // namespace opsdeck
