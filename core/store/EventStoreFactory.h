#pragma once

// Opens the store a --store argument names. Call on the thread that will use the store.

#include "EventStore.h"
#include "StoreLocation.h"

#include <memory>

namespace opsdeck::EventStoreFactory {

// allowOffline: a team store that cannot be reached yet opens disconnected (see EventStore::isConnected).
StoreResult<std::unique_ptr<EventStore>> open(const StoreLocation &location, bool allowOffline = false);
// The login recorded as actor for local stores.
QString localActor();

} // namespace opsdeck::EventStoreFactory
