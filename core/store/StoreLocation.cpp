#include "StoreLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace opsdeck {

QString StoreLocation::defaultSqlitePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/opsdeck/opsdeck.db");
}

StoreLocation StoreLocation::parse(const QString &text)
{
    StoreLocation location;
    if (text.isEmpty() && !qEnvironmentVariableIsEmpty("OPSDECK_STORE"))
        return parse(qEnvironmentVariable("OPSDECK_STORE"));
    if (text.isEmpty()) {
        location.sqlitePath = defaultSqlitePath();
        return location;
    }
    static const QString sqlitePrefix = QStringLiteral("sqlite://");
    if (text.startsWith(sqlitePrefix)) {
        const QString path = text.mid(sqlitePrefix.size());
        if (!path.startsWith(u'/'))
            location.error = QCoreApplication::translate("StoreLocation",
                                                         "an SQLite store needs an absolute path: sqlite:///path/to/opsdeck.db");
        else
            location.sqlitePath = QDir::cleanPath(path);
        return location;
    }
    if (text.startsWith(QStringLiteral("postgresql://")) || text.startsWith(QStringLiteral("postgres://"))) {
        location.backend = Backend::PostgreSql;
        location.connectionInfo = text;
        return location;
    }
    // A libpq key/value connection string: "host=db.internal dbname=opsdeck" (libpq validates the keys).
    if (!text.contains(QStringLiteral("://")) && text.contains(u'=')) {
        location.backend = Backend::PostgreSql;
        location.connectionInfo = text;
        return location;
    }
    location.error = QCoreApplication::translate("StoreLocation",
                                                 "unknown store '%1'; use sqlite:///PATH, postgresql://… or a libpq"
                                                 " connection string (host=… dbname=…)")
                         .arg(text.section(u':', 0, 0));
    return location;
}

} // namespace opsdeck
