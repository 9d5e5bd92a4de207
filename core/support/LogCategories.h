#pragma once

// One logging category per subsystem; warnings by default, more with e.g.
// QT_LOGGING_RULES="opsdeck.ssh.debug=true;opsdeck.ops.info=true".

#include <QLoggingCategory>

namespace opsdeck {
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
Q_DECLARE_LOGGING_CATEGORY(lcOps)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcChecklist)
} // namespace opsdeck
