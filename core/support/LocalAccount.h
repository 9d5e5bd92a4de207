#pragma once

// The account this process really runs as (from the password database, not $USER, which any caller
// can set). Thread-safe.

#include <QString>

namespace opsdeck::LocalAccount {
QString loginName();
} // namespace opsdeck::LocalAccount
