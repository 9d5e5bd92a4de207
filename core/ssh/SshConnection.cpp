#include "SshConnection.h"

#include "HandshakeLimiter.h"
#include "HostKey.h"
#include "KnownHostsFile.h"
#include "SshClientConfig.h"
#include "SshPrompts.h"
#include "support/LocalAccount.h"
#include "support/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <libssh/libssh.h>

#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace opsdeck {

namespace {

constexpr int kReadBufferBytes = 4096; // a command's output is read this much at a time

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SshConnection)
};

QString sshError(ssh_session session)
{
    return QString::fromUtf8(ssh_get_error(session));
}

// The server's key in known_hosts terms.
std::optional<HostKey> serverKey(ssh_session session)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK || !key)
        return std::nullopt;
    char *base64 = nullptr;
    std::optional<HostKey> result;
    const ssh_keytypes_e type = ssh_key_type(key);
    const char *typeName = (type == SSH_KEYTYPE_ECDSA_P256 || type == SSH_KEYTYPE_ECDSA_P384 || type == SSH_KEYTYPE_ECDSA_P521)
                               ? ssh_pki_key_ecdsa_name(key)
                               : ssh_key_type_to_char(type);
    if (typeName && ssh_pki_export_pubkey_base64(key, &base64) == SSH_OK && base64) {
        result = HostKey{QString::fromLatin1(typeName), QByteArray::fromBase64(QByteArray(base64))};
        ssh_string_free_char(base64);
    }
    ssh_key_free(key);
    return result;
}

void enableTcpKeepalive(int fd, Milliseconds interval)
{
    // Dead after three unanswered probes, like ServerAliveCountMax=3 with the configured interval.
    const int on = 1;
    const int seconds = int(std::max<qint64>(1, interval.count() / 1000));
    const int count = 3;
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &seconds, sizeof seconds);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &seconds, sizeof seconds);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
}

struct PassphraseRequest {
    PassphrasePrompt *prompt;
    PromptCancellation *cancel;
    const SshEndpoint *endpoint;
    QString file;
    bool asked = false;
    bool declined = false;
};

int passphraseCallback(const char *, char *buffer, size_t length, int, int, void *userdata)
{
    auto *request = static_cast<PassphraseRequest *>(userdata);
    request->asked = true;
    std::optional<QByteArray> secret = request->prompt->passphrase(*request->endpoint, request->file, *request->cancel);
    if (!secret) {
        request->declined = true;
        return -1;
    }
    const bool fits = size_t(secret->size()) < length;
    if (fits) {
        std::memcpy(buffer, secret->constData(), size_t(secret->size()));
        buffer[secret->size()] = '\0';
    }
    secret->fill('\0'); // the passphrase lives no longer than needed
    return fits ? 0 : -1;
}

QStringList defaultIdentityFiles()
{
    const QString ssh = QDir::homePath() + QStringLiteral("/.ssh/");
    return {ssh + QStringLiteral("id_ed25519"), ssh + QStringLiteral("id_ecdsa"), ssh + QStringLiteral("id_rsa")};
}

CommandResult failure(CommandResult::Status status, QString message)
{
    CommandResult result;
    result.status = status;
    result.error = std::move(message);
    return result;
}

} // namespace

// One SSH session in the chain. For hops behind a jump host, `bridge` pumps bytes between a
// direct-tcpip channel of the previous hop and one end of a socketpair whose other end is this
// session's transport; the pump thread is then the only user of the previous hop's session.
struct SshConnection::Hop {
    ssh_session session = nullptr;
    ssh_channel forward = nullptr; // on the previous hop's session, when bridged
    int bridgeFd = -1;             // our end of the socketpair, pumped to `forward`
    std::thread pump;
    std::atomic<bool> stopping{false};

    ~Hop()
    {
        stopping = true;
        if (pump.joinable())
            pump.join();
        if (session) {
            ssh_disconnect(session);
            ssh_free(session);
        }
        if (bridgeFd >= 0)
            ::close(bridgeFd);
    }

    void startPump()
    {
        pump = std::thread([this] {
            std::vector<char> heapBuffer(32 * 1024); // not kept resident on the stack
            char *buffer = heapBuffer.data();
            const size_t bufferSize = heapBuffer.size();
            while (!stopping) {
                pollfd pfd{bridgeFd, POLLIN, 0};
                if (::poll(&pfd, 1, 5) > 0) {
                    const ssize_t n = ::read(bridgeFd, buffer, bufferSize);
                    if (n <= 0 || ssh_channel_write(forward, buffer, uint32_t(n)) == SSH_ERROR)
                        break;
                }
                const int got = ssh_channel_read_timeout(forward, buffer, uint32_t(bufferSize), 0, 5);
                if (got == SSH_ERROR)
                    break;
                if (got > 0) {
                    ssize_t off = 0;
                    while (off < got) {
                        const ssize_t w = ::write(bridgeFd, buffer + off, size_t(got - off));
                        if (w <= 0)
                            return;
                        off += w;
                    }
                } else if (ssh_channel_is_eof(forward) || ssh_channel_is_closed(forward)) {
                    break;
                }
            }
            ::shutdown(bridgeFd, SHUT_RDWR); // the inner session sees the end
        });
    }
};

SshConnection::SshConnection(SshTarget target, SshHooks hooks) : m_target(std::move(target)), m_hooks(std::move(hooks))
{
    Q_ASSERT(m_hooks.hostKeys && m_hooks.passphrases);
    if (!m_hooks.limiter)
        m_hooks.limiter = &HandshakeLimiter::shared();
    if (!m_hooks.cancellation)
        m_hooks.cancellation = std::make_shared<PromptCancellation>();
}

SshConnection::~SshConnection()
{
    disconnect();
}

ssh_session_struct *SshConnection::targetSession() const
{
    return m_hops.back()->session;
}

bool SshConnection::isConnected() const
{
    return !m_hops.empty() && m_hops.back()->session && ssh_is_connected(m_hops.back()->session);
}

void SshConnection::disconnect()
{
    std::lock_guard lock(m_socketMutex);
    m_socket = -1;
    // Innermost first: its transport runs through the outer hops.
    while (!m_hops.empty())
        m_hops.pop_back();
}

void SshConnection::abort()
{
    // A question waiting for a person (host key, passphrase) is withdrawn first: the owning thread is
    // blocked in it, not in the socket.
    m_hooks.cancellation->cancel();
    std::lock_guard lock(m_socketMutex);
    if (m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR);
}

CommandResult SshConnection::ensureConnected()
{
    if (isConnected())
        return {CommandResult::Status::Completed, 0, {}, {}, {}, 0};
    disconnect();
    QElapsedTimer timer;
    timer.start();
    // ~/.ssh/config is read here, on the session's thread, at every (re)connect: edits apply without
    // a restart and no file is read on the UI thread.
    SshTarget effective = m_target;
    if (!m_target.clientConfigFile.isEmpty()) {
        const QString error = effective.applyClientConfig(SshClientConfig::load(m_target.clientConfigFile), LocalAccount::loginName());
        if (!error.isEmpty())
            return failure(CommandResult::Status::Rejected, Text::tr("%1: %2").arg(m_target.endpoint.name, error));
    }
    QList<SshEndpoint> chain = effective.jumps;
    chain.append(effective.endpoint);
    for (qsizetype i = 0; i < chain.size(); ++i) {
        auto hop = std::make_unique<Hop>();
        int fd = -1;
        if (i > 0) {
            Hop &previous = *m_hops.back();
            previous.forward = nullptr;
            ssh_channel forward = ssh_channel_new(previous.session);
            const QByteArray address = chain.at(i).address.toUtf8();
            if (!forward || ssh_channel_open_forward(forward, address.constData(), chain.at(i).port, "127.0.0.1", 0) != SSH_OK) {
                const QString why = sshError(previous.session);
                if (forward)
                    ssh_channel_free(forward);
                disconnect();
                return failure(CommandResult::Status::ConnectFailed,
                               Text::tr("jump host %1 could not open a connection to %2: %3")
                                   .arg(chain.at(i - 1).name, chain.at(i).display(), why));
            }
            int pair[2];
            if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
                ssh_channel_free(forward);
                disconnect();
                return failure(CommandResult::Status::ConnectFailed, Text::tr("cannot create a socket pair"));
            }
            hop->forward = forward;
            hop->bridgeFd = pair[0];
            fd = pair[1];
            hop->startPump();
        }
        CommandResult connected = connectHop(*hop, chain.at(i), fd);
        m_hops.push_back(std::move(hop));
        if (connected.status != CommandResult::Status::Completed) {
            if (i < chain.size() - 1)
                connected.error = Text::tr("jump host %1: %2", "the jump host, what failed there").arg(chain.at(i).name, connected.error);
            disconnect();
            connected.elapsedMs = timer.elapsed();
            qCDebug(lcSsh) << "connecting to" << m_target.endpoint.display() << "failed after" << connected.elapsedMs << "ms:" << connected.error;
            return connected;
        }
    }
    qCDebug(lcSsh) << "connected to" << m_target.endpoint.display() << "in" << timer.elapsed() << "ms";
    return {CommandResult::Status::Completed, 0, {}, {}, {}, timer.elapsed()};
}

CommandResult SshConnection::connectHop(Hop &hop, const SshEndpoint &endpoint, int fd)
{
    const qint64 timeoutMs = m_target.connectTimeout.count();
    // Unauthenticated handshakes are what MaxStartups counts; hold a slot until authenticated. The
    // wait for a slot is the console's own queue: the connect timeout starts once the slot is ours.
    HandshakeSlot slot(*m_hooks.limiter, endpoint.address + u':' + QString::number(endpoint.port), m_target.endpoint.name);
    if (!slot.held())
        return failure(CommandResult::Status::Queued,
                       Text::tr("%1: not tried; waited %2 s for a turn in the console's own connection queue")
                           .arg(endpoint.display())
                           .arg(m_hooks.limiter->settings().queueBound.count() / 1000));
    QElapsedTimer handshake;
    handshake.start();
    // Tells the limiter how this handshake went when it returns, whichever way it returns.
    struct OutcomeReport {
        HandshakeSlot &slot;
        QElapsedTimer &timer;
        qint64 timeoutMs;
        bool completed = false;
        ~OutcomeReport()
        {
            slot.setOutcome(completed ? HandshakeLimiter::Outcome::Completed
                            : timer.elapsed() >= timeoutMs * 9 / 10 ? HandshakeLimiter::Outcome::TimedOut
                                                                    : HandshakeLimiter::Outcome::Failed);
        }
    } report{slot, handshake, timeoutMs};

    hop.session = ssh_new();
    if (!hop.session)
        return failure(CommandResult::Status::ConnectFailed, Text::tr("cannot create an SSH session"));
    ssh_session s = hop.session;
    const QByteArray address = endpoint.address.toUtf8();
    const QByteArray user = endpoint.user.toUtf8();
    const unsigned int port = unsigned(endpoint.port);
    const long seconds = long(timeoutMs / 1000);
    const long micros = long((timeoutMs % 1000) * 1000);
    const int no = 0;
    const int yes = 1;
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no); // our configuration decides, not a stray file
    ssh_options_set(s, SSH_OPTIONS_HOST, address.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &micros);
    ssh_options_set(s, SSH_OPTIONS_NODELAY, &yes);
    if (fd >= 0)
        ssh_options_set(s, SSH_OPTIONS_FD, &fd);

    const KnownHostsFile knownHosts(endpoint.knownHostsFile);
    // Ask for a key type already on record first, so a host with several keys is not reported as
    // "another type" only because the server preferred a different algorithm.
    QStringList preferred = knownHosts.recordedKeyTypes(endpoint.address, endpoint.port);
    for (const QString &type : {QStringLiteral("ssh-ed25519"), QStringLiteral("ecdsa-sha2-nistp256"),
                                QStringLiteral("ecdsa-sha2-nistp384"), QStringLiteral("ecdsa-sha2-nistp521"),
                                QStringLiteral("rsa-sha2-512"), QStringLiteral("rsa-sha2-256")}) {
        if (!preferred.contains(type))
            preferred.append(type);
    }
    if (preferred.contains(QStringLiteral("ssh-rsa"))) {
        preferred.removeAll(QStringLiteral("ssh-rsa"));
        preferred.removeAll(QStringLiteral("rsa-sha2-512"));
        preferred.removeAll(QStringLiteral("rsa-sha2-256"));
        preferred.prepend(QStringLiteral("rsa-sha2-256"));
        preferred.prepend(QStringLiteral("rsa-sha2-512"));
    }
    const QByteArray hostKeyAlgorithms = preferred.join(u',').toLatin1();
    ssh_options_set(s, SSH_OPTIONS_HOSTKEYS, hostKeyAlgorithms.constData());

    if (ssh_connect(s) != SSH_OK)
        return failure(CommandResult::Status::ConnectFailed,
                       Text::tr("cannot connect to %1 (%2): %3").arg(endpoint.name, endpoint.display(), sshError(s)));
    report.completed = true; // the key exchange is done: what follows is the host's answer, not load
    if (fd < 0) {
        enableTcpKeepalive(ssh_get_fd(s), m_target.keepaliveInterval);
        std::lock_guard lock(m_socketMutex);
        m_socket = ssh_get_fd(s);
    }

    // Host key: decided before a single credential is offered.
    const std::optional<HostKey> key = serverKey(s);
    if (!key)
        return failure(CommandResult::Status::HostKeyRejected, Text::tr("%1 sent no usable host key").arg(endpoint.display()));
    const KnownHostsVerdict verdict = knownHosts.check(endpoint.address, endpoint.port, *key);
    switch (verdict.status) {
    case KnownHostsVerdict::Status::Known:
        break;
    case KnownHostsVerdict::Status::Unknown:
        if (!m_hooks.hostKeys->trustUnknownKey(endpoint, *key, *m_hooks.cancellation)) {
            if (m_hooks.cancellation->isCanceled())
                return failure(CommandResult::Status::HostKeyRejected,
                               Text::tr("%1: the session was stopped while its host key waited to be trusted")
                                   .arg(endpoint.display()));
            const QString hint = m_hooks.hostKeys->refusalHint(endpoint);
            return failure(CommandResult::Status::HostKeyRejected,
                           verdict.describe(endpoint.address, endpoint.port, *key) + (hint.isEmpty() ? QString() : u' ' + hint));
        }
        if (const QString error = knownHosts.add(endpoint.address, endpoint.port, *key); !error.isEmpty())
            return failure(CommandResult::Status::HostKeyRejected,
                           Text::tr("the host key of %1 was trusted but could not be recorded: %2").arg(endpoint.display(), error));
        if (m_hooks.hostKeyTrusted)
            m_hooks.hostKeyTrusted(endpoint, *key);
        break;
    case KnownHostsVerdict::Status::Changed:
    case KnownHostsVerdict::Status::OtherType:
    case KnownHostsVerdict::Status::Revoked:
    case KnownHostsVerdict::Status::Unreadable:
        qCWarning(lcSsh) << "refusing" << endpoint.display() << ':' << verdict.describe(endpoint.address, endpoint.port, *key);
        return failure(CommandResult::Status::HostKeyRejected, verdict.describe(endpoint.address, endpoint.port, *key));
    }

    // Authentication: the agent, then key files; every attempt is reported if all fail.
    QStringList tried;
    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {CommandResult::Status::Completed, 0, {}, {}, {}, 0};
    if (rc == SSH_AUTH_ERROR)
        return failure(CommandResult::Status::ConnectFailed, Text::tr("%1: %2").arg(endpoint.display(), sshError(s)));
    if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
        tried << Text::tr("ssh-agent (not running: SSH_AUTH_SOCK is not set)");
    } else {
        rc = ssh_userauth_agent(s, nullptr);
        if (rc == SSH_AUTH_SUCCESS)
            return {CommandResult::Status::Completed, 0, {}, {}, {}, 0};
        if (rc == SSH_AUTH_ERROR)
            tried << Text::tr("ssh-agent (%1)").arg(sshError(s));
        else
            tried << Text::tr("ssh-agent (no key accepted)");
    }
    const QStringList files = endpoint.identityFiles.isEmpty() ? defaultIdentityFiles() : endpoint.identityFiles;
    for (const QString &file : files) {
        if (!QFileInfo::exists(file)) {
            if (!endpoint.identityFiles.isEmpty())
                tried << Text::tr("%1 (missing)").arg(file);
            continue;
        }
        PassphraseRequest request{m_hooks.passphrases, m_hooks.cancellation.get(), &endpoint, file};
        ssh_key privateKey = nullptr;
        const QByteArray path = QFile::encodeName(file);
        if (ssh_pki_import_privkey_file(path.constData(), nullptr, passphraseCallback, &request, &privateKey) != SSH_OK) {
            tried << (request.declined  ? Text::tr("%1 (encrypted; no passphrase given)").arg(file)
                      : request.asked   ? Text::tr("%1 (wrong passphrase)").arg(file)
                                        : Text::tr("%1 (not a readable private key)").arg(file));
            continue;
        }
        rc = ssh_userauth_publickey(s, nullptr, privateKey);
        ssh_key_free(privateKey);
        if (rc == SSH_AUTH_SUCCESS)
            return {CommandResult::Status::Completed, 0, {}, {}, {}, 0};
        if (rc == SSH_AUTH_ERROR)
            return failure(CommandResult::Status::ConnectFailed, Text::tr("%1: %2").arg(endpoint.display(), sshError(s)));
        tried << Text::tr("%1 (denied)").arg(file);
    }
    if (tried.isEmpty())
        tried << Text::tr("no identity file (none configured, none of ~/.ssh/id_ed25519, id_ecdsa, id_rsa exists)");
    return failure(CommandResult::Status::AuthFailed,
                   Text::tr("%1 refused authentication; tried: %2").arg(endpoint.display(), tried.join(QStringLiteral("; "))));
}

CommandResult SshConnection::exec(const QString &command, Milliseconds timeout, qint64 maxOutputBytes)
{
    QElapsedTimer timer;
    timer.start();
    CommandResult connected = ensureConnected();
    if (connected.status != CommandResult::Status::Completed)
        return connected;
    ssh_session s = m_hops.back()->session;
    // message: a whole sentence, %1 the host, %2 libssh's reason.
    auto lost = [&](const QString &message) {
        const QString why = sshError(s);
        CommandResult result = failure(CommandResult::Status::ConnectionLost,
                                       message.arg(m_target.endpoint.name, why.isEmpty() ? Text::tr("no reason given") : why));
        disconnect();
        result.elapsedMs = timer.elapsed();
        return result;
    };
    ssh_channel channel = ssh_channel_new(s);
    if (!channel)
        return lost(Text::tr("connection to %1 lost before the command started: %2"));
    const QByteArray commandBytes = command.toUtf8();
    if (ssh_channel_open_session(channel) != SSH_OK || ssh_channel_request_exec(channel, commandBytes.constData()) != SSH_OK) {
        ssh_channel_free(channel);
        return lost(Text::tr("connection to %1 lost before the command started: %2"));
    }
    ssh_channel_send_eof(channel);

    CommandResult result;
    result.status = CommandResult::Status::Completed;
    // On the heap, not the stack: a session thread's stack keeps every page it ever touched, and a
    // thousand session threads would each keep this buffer resident between commands.
    QByteArray buffer(kReadBufferBytes, Qt::Uninitialized);
    bool truncated = false;
    auto append = [&](QByteArray &target, int n) {
        if (target.size() + n > maxOutputBytes) {
            truncated = true;
            n = int(std::max<qint64>(0, maxOutputBytes - target.size()));
        }
        target.append(buffer.constData(), n);
    };
    while (true) {
        const qint64 remaining = timeout.count() - timer.elapsed();
        if (remaining <= 0) {
            ssh_channel_close(channel);
            ssh_channel_free(channel);
            result.status = CommandResult::Status::TimedOut;
            result.error = Text::tr("%1: the command did not finish within %2 ms").arg(m_target.endpoint.name).arg(timeout.count());
            result.elapsedMs = timer.elapsed();
            return result;
        }
        const int n = ssh_channel_read_timeout(channel, buffer.data(), kReadBufferBytes, 0, int(std::min<qint64>(remaining, 100)));
        if (n == SSH_ERROR) {
            ssh_channel_free(channel);
            return lost(Text::tr("connection to %1 lost while the command ran (its outcome is unknown): %2"));
        }
        if (n > 0)
            append(result.out, n);
        int e = 0;
        while ((e = ssh_channel_read_nonblocking(channel, buffer.data(), kReadBufferBytes, 1)) > 0)
            append(result.err, e);
        if (e == SSH_ERROR) {
            ssh_channel_free(channel);
            return lost(Text::tr("connection to %1 lost while the command ran (its outcome is unknown): %2"));
        }
        if (n == 0 && ssh_channel_is_eof(channel))
            break;
    }
    result.exitCode = ssh_channel_get_exit_status(channel);
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    if (!ssh_is_connected(s))
        return lost(Text::tr("connection to %1 lost at the end of the command (its outcome is unknown): %2"));
    if (result.exitCode < 0) {
        result.status = CommandResult::Status::ConnectionLost;
        result.error = Text::tr("%1: the command ended without an exit status (killed by a signal?)").arg(m_target.endpoint.name);
    }
    if (truncated)
        result.err.append(Text::tr("\n[opsdeck: output cut at %1 bytes]").arg(maxOutputBytes).toUtf8());
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace opsdeck
