#include "SshEngine.h"

#include "HostKey.h"
#include "HostSession.h"

#include <QCoreApplication>
#include <QPromise>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SshEngine)
};

bool sameEndpoint(const SshEndpoint &a, const SshEndpoint &b)
{
    return a.address == b.address && a.port == b.port && a.user == b.user && a.identityFiles == b.identityFiles
           && a.knownHostsFile == b.knownHostsFile && a.addressExplicit == b.addressExplicit
           && a.userExplicit == b.userExplicit && a.portExplicit == b.portExplicit;
}

bool sameTarget(const SshTarget &a, const SshTarget &b)
{
    if (!sameEndpoint(a.endpoint, b.endpoint) || a.jumps.size() != b.jumps.size() || a.connectTimeout != b.connectTimeout)
        return false;
    for (qsizetype i = 0; i < a.jumps.size(); ++i) {
        if (!sameEndpoint(a.jumps.at(i), b.jumps.at(i)))
            return false;
    }
    return true;
}
} // namespace

SshEngine::SshEngine(HostKeyPrompt *hostKeys, PassphrasePrompt *passphrases, QObject *parent)
    : QObject(parent), m_hostKeys(hostKeys), m_passphrases(passphrases)
{
    qRegisterMetaType<opsdeck::CommandResult>();
    qRegisterMetaType<opsdeck::SftpListing>();
    qRegisterMetaType<opsdeck::SftpDownload>();
}

SshEngine::~SshEngine()
{
    for (BulkItem &item : std::exchange(m_bulkQueue, {}))
        item.cancel();
    for (Session &session : m_sessions)
        stop(session);
}

void SshEngine::stop(Session &session)
{
    // The session object is destroyed on its own thread (finished -> deleteLater), which closes the
    // connection there. abort() breaks the socket first so a running command returns at once instead
    // of holding shutdown up for its timeout.
    session.session->abort();
    session.thread->quit();
    session.thread->wait();
    delete session.thread;
    session.thread = nullptr;
    session.session = nullptr;
}

void SshEngine::setConfig(const FleetConfig &config)
{
    m_config = config;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        const auto target = SshTarget::fromConfig(config, it.key());
        if (target && sameTarget(*target, it->target)) {
            ++it;
            continue;
        }
        stop(*it);
        m_connected.remove(it.key());
        it = m_sessions.erase(it);
    }
}

SshEngine::Session *SshEngine::sessionFor(const QString &host)
{
    if (auto it = m_sessions.find(host); it != m_sessions.end())
        return &*it;
    const auto target = SshTarget::fromConfig(m_config, host);
    if (!target)
        return nullptr;
    SshHooks hooks;
    hooks.hostKeys = m_hostKeys;
    hooks.passphrases = m_passphrases;
    hooks.limiter = m_limiter;
    hooks.hostKeyTrusted = [this, host](const SshEndpoint &, const HostKey &key) {
        QMetaObject::invokeMethod(this, [this, host, type = key.type, fingerprint = key.fingerprintSha256()] {
            Q_EMIT hostKeyTrusted(host, type, fingerprint);
        });
    };
    Session session;
    session.target = *target;
    session.thread = new QThread;
    session.thread->setObjectName(QStringLiteral("ssh:") + host);
    // Session threads yield to the UI: when hundreds of answers arrive at once, the window still gets
    // a core first. Not the lowest priority: the UI thread itself is busy for seconds during a
    // 1,000-host start, and sessions at nice 19 (weight 15 against its 1024) would then wait for it
    // past their connect timeouts — a healthy host "retrying". (Runs on the new thread: started() is
    // emitted there.)
    connect(session.thread, &QThread::started, [] { setpriority(PRIO_PROCESS, id_t(gettid()), kSessionNice); });
    session.session = new HostSession(*target, hooks);
    session.session->moveToThread(session.thread);
    connect(session.thread, &QThread::finished, session.session, &QObject::deleteLater);
    connect(session.session, &HostSession::connectedChanged, this, [this, host](bool connected) {
        m_connected.insert(host, connected);
        Q_EMIT connectedChanged(host, connected);
    });
    session.thread->start();
    return &*m_sessions.insert(host, session);
}

QFuture<CommandResult> SshEngine::run(const QString &host, const QString &command, Milliseconds timeout, bool background)
{
    auto promise = std::make_shared<QPromise<CommandResult>>();
    QFuture<CommandResult> future = promise->future();
    Session *session = sessionFor(host);
    if (!session) {
        promise->start();
        CommandResult result;
        result.status = CommandResult::Status::Rejected;
        result.error = Text::tr("'%1' is not a host of the configuration").arg(host);
        promise->addResult(result);
        promise->finish();
        return future;
    }
    QMetaObject::invokeMethod(session->session, [s = session->session, command, timeout, background, promise] {
        s->run(command, timeout, background, promise);
    });
    return future;
}

QFuture<SftpListing> SshEngine::listDirectory(const QString &host, const QByteArray &path, const SftpListOptions &options,
                                              bool background)
{
    auto promise = std::make_shared<QPromise<SftpListing>>();
    QFuture<SftpListing> future = promise->future();
    Session *session = sessionFor(host);
    if (!session) {
        promise->start();
        SftpListing listing;
        listing.status = SftpListing::Status::Unreachable;
        listing.connection = CommandResult::Status::Rejected;
        listing.error = Text::tr("'%1' is not a host of the configuration").arg(host);
        promise->addResult(listing);
        promise->finish();
        return future;
    }
    QMetaObject::invokeMethod(session->session, [s = session->session, path, options, background, promise] {
        s->list(path, options, background, promise);
    });
    return future;
}

QFuture<CommandResult> SshEngine::runBulk(const QString &host, const QString &command, Milliseconds timeout)
{
    return bulk<CommandResult>([this, host, command, timeout] { return run(host, command, timeout, /*background*/ true); });
}

QFuture<SftpListing> SshEngine::listDirectoryBulk(const QString &host, const QByteArray &path, const SftpListOptions &options)
{
    return bulk<SftpListing>([this, host, path, options] { return listDirectory(host, path, options, /*background*/ true); });
}

void SshEngine::setBulkLimit(int limit)
{
    m_bulkLimit = std::max(1, limit);
    pumpBulk();
}

void SshEngine::bulkDone()
{
    --m_bulkRunning;
    pumpBulk();
}

void SshEngine::pumpBulk()
{
    while (m_bulkRunning < m_bulkLimit && !m_bulkQueue.empty()) {
        BulkItem item = std::move(m_bulkQueue.front());
        m_bulkQueue.pop_front();
        ++m_bulkRunning;
        item.start();
    }
}

QFuture<SftpDownload> SshEngine::download(const QString &host, const QByteArray &remotePath, const QString &partPath,
                                          std::shared_ptr<SftpDownloadControl> control, Milliseconds stallTimeout)
{
    auto promise = std::make_shared<QPromise<SftpDownload>>();
    QFuture<SftpDownload> future = promise->future();
    Session *session = sessionFor(host);
    if (!session) {
        promise->start();
        SftpDownload result;
        result.status = SftpDownload::Status::Unreachable;
        result.connection = CommandResult::Status::Rejected;
        result.error = Text::tr("'%1' is not a host of the configuration").arg(host);
        promise->addResult(result);
        promise->finish();
        return future;
    }
    QMetaObject::invokeMethod(session->session, [s = session->session, remotePath, partPath, control, stallTimeout, promise] {
        s->download(remotePath, partPath, control, stallTimeout, promise);
    });
    return future;
}

} // namespace opsdeck
