#include "LogCategories.h"

namespace opsdeck {
Q_LOGGING_CATEGORY(lcConfig, "opsdeck.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "opsdeck.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSsh, "opsdeck.ssh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "opsdeck.app", QtInfoMsg)
} // namespace opsdeck
