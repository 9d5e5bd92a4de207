#pragma once

// The persistent session to one host: owns its SshConnection and runs that host's commands one
// after another. Lives on its own thread (created by SshEngine); every public slot is called through
// a queued invocation. Reconnects on demand with exponential backoff (with jitter) for background
// work, and closes the connection after an idle period.

#include "CommandResult.h"
#include "SshConnection.h"

#include <QDateTime>
#include <QPromise>
#include <QObject>

#include <memory>

class QTimer;

namespace opsdeck {

class HostSession final : public QObject
{
    Q_OBJECT
public:
    HostSession(SshTarget target, SshHooks hooks);
    ~HostSession() override;

    // Runs on this session's thread. background: honour the reconnect backoff (periodic refreshes
    // must not hammer a dead host); a person's request always tries at once.
    // A promise dropped unfulfilled (thread stopped) cancels its future, so no caller waits forever.
    void run(const QString &command, Milliseconds timeout, bool background, std::shared_ptr<QPromise<CommandResult>> promise);
    // Lists a directory over SFTP (SshConnection::listDirectory), with the same backoff rule as run().
    void list(const QByteArray &path, const SftpListOptions &options, bool background, std::shared_ptr<QPromise<SftpListing>> promise);
    // Downloads a file over SFTP (SshConnection::download); always a person's request (no backoff).
    void download(const QByteArray &remotePath, const QString &partPath, std::shared_ptr<SftpDownloadControl> control,
                  Milliseconds stallTimeout, std::shared_ptr<QPromise<SftpDownload>> promise);
    void disconnectNow();
    // Any thread: makes a running command return at once (see SshConnection::abort).
    void abort() { m_connection.abort(); }

Q_SIGNALS:
    void connectedChanged(bool connected);

private:
    // Before an operation: the backoff refusal of a background request (empty when it may go on).
    QString backoffRefusal(bool background);
    void afterOperation(CommandResult::Status status, const QString &error);
    void finish(QPromise<CommandResult> &promise, const CommandResult &result);
    void reportConnected();

    SshConnection m_connection;
    QTimer *m_idle = nullptr; // created on first use, on this thread
    Milliseconds m_backoff{0};
    QDateTime m_retryAt;
    QString m_lastError;
    bool m_connected = false;
};

} // namespace opsdeck
