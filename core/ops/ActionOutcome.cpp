#include "ActionOutcome.h"

namespace opsdeck {

QString actionOutcomeName(ActionOutcome outcome)
{
    switch (outcome) {
    case ActionOutcome::Succeeded: return QStringLiteral("succeeded");
    case ActionOutcome::Failed: return QStringLiteral("failed");
    case ActionOutcome::Unknown: return QStringLiteral("unknown");
    case ActionOutcome::NotAttempted: return QStringLiteral("not attempted");
    }
    return {};
}

} // namespace opsdeck
