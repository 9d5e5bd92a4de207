#pragma once

// Opens the store a --store argument names. Call on the thread that will use the store.

#include "EventStore.h"
#include "StoreLocation.h"

#include <memory>

namespace opsdeck::EventStoreFactory {

StoreResult<std::unique_ptr<EventStore>> open(const StoreLocation &location);
// The login recorded as actor for local stores.
QString localActor();

} // namespace opsdeck::EventStoreFactory
