#pragma once

// The outcome of one remote command. "Completed" means the command ran and reported an exit code;
// everything else says why we do not know what happened.

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace opsdeck {

struct CommandResult {
    enum class Status {
        Completed,        // ran to the end; exitCode is valid
        TimedOut,         // the command's deadline passed; it may still be running remotely
        ConnectionLost,   // the connection broke while the command ran: outcome unknown
        ConnectFailed,    // never reached the host (refused, unreachable, timeout)
        HostKeyRejected,  // unknown, changed, other-type or revoked host key: nothing was sent
        AuthFailed,       // the host refused every credential we have
        Rejected,         // refused locally before anything was sent (e.g. an unsafe value)
        Queued,           // never left the console's own handshake queue within its bound: the host
                          // was not tried, so this says nothing about it
    };
    Status status = Status::ConnectFailed;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString error;        // a sentence for people when status != Completed
    qint64 elapsedMs = 0;

    bool succeeded() const { return status == Status::Completed && exitCode == 0; }
    // The command may have had an effect that we could not observe.
    bool outcomeUnknown() const { return status == Status::TimedOut || status == Status::ConnectionLost; }
};

QString commandStatusName(CommandResult::Status status);

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::CommandResult)
