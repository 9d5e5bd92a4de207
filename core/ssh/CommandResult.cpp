#include "CommandResult.h"

namespace opsdeck {

QString commandStatusName(CommandResult::Status status)
{
    switch (status) {
    case CommandResult::Status::Completed: return QStringLiteral("completed");
    case CommandResult::Status::TimedOut: return QStringLiteral("timed-out");
    case CommandResult::Status::ConnectionLost: return QStringLiteral("connection-lost");
    case CommandResult::Status::ConnectFailed: return QStringLiteral("connect-failed");
    case CommandResult::Status::HostKeyRejected: return QStringLiteral("host-key-rejected");
    case CommandResult::Status::AuthFailed: return QStringLiteral("auth-failed");
    case CommandResult::Status::Rejected: return QStringLiteral("rejected");
    case CommandResult::Status::Queued: return QStringLiteral("queued");
    }
    return {};
}

} // namespace opsdeck
