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
#include <QPromise>

#include <deque>
#include <functional>
#include <memory>

class QThread;

namespace opsdeck {

class HostSession;

class SshEngine final : public QObject
{
    Q_OBJECT
public:
    // The prompts must outlive the engine; they are called on session threads.
    // The nice value of every session thread: below the thread that made the engine (the window's),
    // so that it runs first, but not the lowest (see sessionFor).
    static constexpr int kSessionNice = 5;

    SshEngine(HostKeyPrompt *hostKeys, PassphrasePrompt *passphrases, QObject *parent = nullptr);
    ~SshEngine() override;

    // Sessions whose host changed (address, port, user, key, jump chain) are closed; removed hosts too.
    void setConfig(const FleetConfig &config);

    QFuture<CommandResult> run(const QString &host, const QString &command, Milliseconds timeout,
                               bool background = false);
    // Lists a directory of the host over SFTP on the host's session (see SshConnection::listDirectory).
    QFuture<SftpListing> listDirectory(const QString &host, const QByteArray &path, const SftpListOptions &options,
                                       bool background = false);
    // Bulk work: what the console does by itself across the whole fleet (release inventories, backup
    // listings and verification). At most bulkLimit() such operations are in flight at once, the rest
    // wait in order, so that a sweep over 1,000 hosts never competes with a person's action or the live
    // refreshes for the hosts' and this machine's CPU. Bulk work honours the reconnect backoff (as
    // background does). A queued operation whose engine goes away is cancelled.
    QFuture<CommandResult> runBulk(const QString &host, const QString &command, Milliseconds timeout);
    QFuture<SftpListing> listDirectoryBulk(const QString &host, const QByteArray &path, const SftpListOptions &options);
    // Any bulk work made of several operations (e.g. a host's backup scan: its clock and listings)
    // takes one place in the bulk limit for the whole of it.
    template<typename T>
    QFuture<T> bulk(std::function<QFuture<T>()> work);
    void setBulkLimit(int limit);
    int bulkLimit() const { return m_bulkLimit; }
    int bulkRunning() const { return m_bulkRunning; }
    int bulkWaiting() const { return int(m_bulkQueue.size()); }
    static constexpr int kDefaultBulkLimit = 16;
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
    struct BulkItem {
        std::function<void()> start;  // starts the operation; its completion calls bulkDone()
        std::function<void()> cancel; // cancels the caller's future without starting
    };
    void bulkDone();
    void pumpBulk();

    HostKeyPrompt *m_hostKeys;
    PassphrasePrompt *m_passphrases;
    HandshakeLimiter *m_limiter = &HandshakeLimiter::shared();
    FleetConfig m_config;
    QHash<QString, Session> m_sessions;
    QHash<QString, bool> m_connected;
    int m_bulkLimit = kDefaultBulkLimit;
    int m_bulkRunning = 0;
    std::deque<BulkItem> m_bulkQueue;
};

template<typename T>
QFuture<T> SshEngine::bulk(std::function<QFuture<T>()> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    BulkItem item;
    item.start = [this, work = std::move(work), promise] {
        work()
            .then(this, [this, promise](const T &result) {
                promise->addResult(result);
                promise->finish();
                bulkDone();
            })
            .onCanceled(this, [this, promise] {
                promise->future().cancel();
                promise->finish();
                bulkDone();
            });
    };
    item.cancel = [promise] {
        promise->future().cancel();
        promise->finish();
    };
    m_bulkQueue.push_back(std::move(item));
    pumpBulk();
    return future;
}

} // namespace opsdeck
