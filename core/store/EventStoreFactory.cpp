#include "EventStoreFactory.h"

#include "PostgresEventStore.h"
#include "SqliteEventStore.h"

#include "support/LocalAccount.h"

namespace opsdeck::EventStoreFactory {

QString localActor()
{
    return LocalAccount::loginName();
}

StoreResult<std::unique_ptr<EventStore>> open(const StoreLocation &location, bool allowOffline)
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
    case StoreLocation::Backend::PostgreSql: {
        auto opened = PostgresEventStore::open(location.connectionInfo, allowOffline);
        if (!opened)
            return Result{std::nullopt, opened.error, opened.unavailable};
        return Result::success(std::move(*opened.value));
    }
    }
    return Result::failure(QStringLiteral("unknown backend"));
}

} // namespace opsdeck::EventStoreFactory
