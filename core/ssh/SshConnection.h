#pragma once

// One authenticated SSH connection to one host (through its jump hosts), driven with blocking libssh
// calls, each bounded by a timeout. Not thread-safe: it belongs to the thread that uses it (a
// HostSession's thread). Host keys are checked against known_hosts before any authentication; nothing
// is sent to a host whose key is unknown (and not trusted by the prompt), changed, of another type
// or revoked.

#include "CommandResult.h"
#include "SftpDownload.h"
#include "SftpListing.h"
#include "SshTarget.h"

#include <QString>

#include <functional>
#include <mutex>
#include <memory>

struct ssh_session_struct; // libssh's ssh_session points to one

namespace opsdeck {

class HandshakeLimiter;
class HostKeyPrompt;
class PassphrasePrompt;
class PromptCancellation;
struct HostKey;

struct SshHooks {
    HostKeyPrompt *hostKeys = nullptr;       // required
    PassphrasePrompt *passphrases = nullptr; // required
    HandshakeLimiter *limiter = nullptr;     // null: HandshakeLimiter::shared()
    // Withdraws the prompts' questions (abort() cancels it); null: one of the connection's own.
    std::shared_ptr<PromptCancellation> cancellation;
    // Called (on the connection's thread) after a person trusted a new key and it was recorded.
    std::function<void(const SshEndpoint &, const HostKey &)> hostKeyTrusted;
};

class SshConnection final
{
public:
    SshConnection(SshTarget target, SshHooks hooks);
    ~SshConnection();
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    // Connects and authenticates when not connected. On failure returns a result whose status says
    // why (ConnectFailed, HostKeyRejected, AuthFailed) and whose error is a sentence for people.
    CommandResult ensureConnected();
    // Runs one command in its own channel. The command string is sent to the remote shell as it is:
    // build it with RemoteCommand from validated values.
    CommandResult exec(const QString &command, Milliseconds timeout, qint64 maxOutputBytes = 16 * 1024 * 1024);
    // Lists one directory over SFTP (its own SFTP channel, closed afterwards). Entries are the
    // server's lstat of each name: symbolic links are reported, with their target, and never followed.
    // Bounded by options.maxEntries, options.maxKept and options.timeout: past any of them the listing
    // stops and says it is truncated.
    SftpListing listDirectory(const QByteArray &path, const SftpListOptions &options);
    // Fetches one regular file over SFTP into partPath: a partial file already there is read again into
    // the SHA-256 and continued from its size (restarted when it is larger than the remote file). Reads
    // are pipelined (sftp_async_read_begin/sftp_async_read, several requests in flight). Stops when
    // control.cancel is set (the partial file kept), or when the host sends nothing for stallTimeout.
    SftpDownload download(const QByteArray &remotePath, const QString &partPath, SftpDownloadControl &control,
                          Milliseconds stallTimeout);
    bool isConnected() const;
    void disconnect();
    // Thread-safe: withdraws a question waiting for a person and breaks the connection's socket, so a
    // blocking call on the owning thread returns at once (shutdown does not wait for a running command's
    // timeout, nor for a person to answer a host-key or passphrase dialog). For good: later questions
    // are answered "no" at once.
    void abort();
    const SshTarget &target() const { return m_target; }

private:
    struct Hop;
    CommandResult connectHop(Hop &hop, const SshEndpoint &endpoint, int fd);
    // The target's session (the last hop's), for the SFTP channels (SshConnectionSftp.cpp). Connected.
    ssh_session_struct *targetSession() const;

    SshTarget m_target;
    SshHooks m_hooks;
    std::vector<std::unique_ptr<Hop>> m_hops; // jumps first, the target last
    std::mutex m_socketMutex; // abort() never shuts down a descriptor that was closed and reused
    int m_socket = -1;        // the first hop's TCP socket while connected
};

} // namespace opsdeck
