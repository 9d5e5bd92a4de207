#pragma once

// Parses the --store argument: which backend, and where. Pure; thread-safe.

#include <QString>

namespace opsdeck {

struct StoreLocation {
    enum class Backend { Sqlite, PostgreSql };
    Backend backend = Backend::Sqlite;
    QString sqlitePath;     // for Sqlite
    QString connectionInfo; // for PostgreSql: the libpq URI or conninfo as given
    QString error;          // set when the argument is not usable

    bool isValid() const { return error.isEmpty(); }

    // Empty text means $OPSDECK_STORE, or when that is unset the default: an SQLite file in the
    // user's data directory.
    static StoreLocation parse(const QString &text);
    static QString defaultSqlitePath();
};

} // namespace opsdeck
