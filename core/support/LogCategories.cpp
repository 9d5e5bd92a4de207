#include "LogCategories.h"

namespace opsdeck {
Q_LOGGING_CATEGORY(lcConfig, "opsdeck.config", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "opsdeck.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSsh, "opsdeck.ssh", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOps, "opsdeck.ops", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "opsdeck.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChecklist, "opsdeck.checklist", QtWarningMsg)
} // namespace opsdeck
