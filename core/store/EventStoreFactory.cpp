#include "EventStoreFactory.h"

#include "SqliteEventStore.h"

#include <QCoreApplication>

#include "support/LocalAccount.h"

namespace opsdeck::EventStoreFactory {

QString localActor()
{
    return LocalAccount::loginName();
}

StoreResult<std::unique_ptr<EventStore>> open(const StoreLocation &location)
{
    using Result = StoreResult<std::unique_ptr<EventStore>>;
    if (!location.isValid())
        return Result::failure(location.error);
    switch (location.backend) {
    case StoreLocation::Backend::Sqlite: {
        auto opened = SqliteEventStore::open(location.sqlitePath, localActor());
        if (!opened)
            return Result::failure(opened.error);
        return Result::success(std::move(*opened.value));
    }
    case StoreLocation::Backend::PostgreSql:
        return Result::failure(QCoreApplication::translate(
            "EventStoreFactory", "this build of OpsDeck has no PostgreSQL team store yet; use sqlite:///PATH"));
    }
    return Result::failure(QStringLiteral("unknown backend"));
}

} // namespace opsdeck::EventStoreFactory
