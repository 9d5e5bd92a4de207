#pragma once

// One logging category per subsystem: enable with QT_LOGGING_RULES="opsdeck.store.debug=true".

#include <QLoggingCategory>

namespace opsdeck {
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
} // namespace opsdeck
