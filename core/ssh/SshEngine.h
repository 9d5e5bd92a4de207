#pragma once

// The door to every host: one HostSession per host, each on its own thread, created on first use.
// run() returns at once with a future; nothing here blocks its caller. Lives on the thread that
// created it (the UI thread in the window, the main thread of a CLI verb). Shutdown is
// deterministic: the destructor stops every session thread and waits for it.

#include "CommandResult.h"
#include "HandshakeLimiter.h"
#include "SshConnection.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <memory>

class QThread;

namespace opsdeck {

class HostSession;

class SshEngine final : public QObject
{
    Q_OBJECT
public:
    // The prompts must outlive the engine; they are called on session threads.
    SshEngine(HostKeyPrompt *hostKeys, PassphrasePrompt *passphrases, QObject *parent = nullptr);
    ~SshEngine() override;

    // Sessions whose host changed (address, port, user, key, jump chain) are closed; removed hosts too.
    void setConfig(const FleetConfig &config);

    QFuture<CommandResult> run(const QString &host, const QString &command, Milliseconds timeout,
                               bool background = false);
    // Lists a directory of the host over SFTP on the host's session (see SshConnection::listDirectory).
    QFuture<SftpListing> listDirectory(const QString &host, const QByteArray &path, const SftpListOptions &options,
                                       bool background = false);
    // Downloads one file of the host over SFTP into partPath on the host's session (see
    // SshConnection::download); follow and cancel it through control.
    QFuture<SftpDownload> download(const QString &host, const QByteArray &remotePath, const QString &partPath,
                                   std::shared_ptr<SftpDownloadControl> control, Milliseconds stallTimeout);
    bool isConnected(const QString &host) const { return m_connected.value(host, false); }
    int sessionCount() const { return int(m_sessions.size()); }
    // The console's own handshake queue, which is never a host's failure: how many connections wait
    // for their turn, how many handshakes run, and the adaptive bound. Any thread.
    HandshakeLimiter::QueueState handshakeQueue() const { return m_limiter->state(); }
    // How many connections wait before this host's; nullopt when it is not waiting.
    std::optional<int> waitingAhead(const QString &host) const { return m_limiter->waitingAhead(host); }
    // Another limiter than the shared one (tests); before the first run().
    void setHandshakeLimiter(HandshakeLimiter *limiter) { m_limiter = limiter; }

Q_SIGNALS:
    void connectedChanged(const QString &host, bool connected);
    // A person trusted a new host key and it was recorded in known_hosts.
    void hostKeyTrusted(const QString &host, const QString &keyType, const QString &fingerprint);

private:
    struct Session {
        SshTarget target;
        QThread *thread = nullptr;
        HostSession *session = nullptr;
    };
    Session *sessionFor(const QString &host);
    void stop(Session &session);

    HostKeyPrompt *m_hostKeys;
    PassphrasePrompt *m_passphrases;
    HandshakeLimiter *m_limiter = &HandshakeLimiter::shared();
    FleetConfig m_config;
    QHash<QString, Session> m_sessions;
    QHash<QString, bool> m_connected;
};

} // namespace opsdeck
