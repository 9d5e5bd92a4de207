#include "HostSession.h"

#include "support/ThreadStack.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HostSession)
};
constexpr Milliseconds kMaxBackoff{60'000};

// When an operation is over (its promise finished, so the continuations that ran on this thread
// are over too) the stack it went down into is given back: between operations a session thread
// holds only its event loop's frames (docs/architecture.md, "Threads").
struct GiveBackStack {
    ~GiveBackStack() { ThreadStack::releaseUnused(); }
};
} // namespace

HostSession::HostSession(SshTarget target, SshHooks hooks) : m_connection(std::move(target), std::move(hooks)) {}

HostSession::~HostSession() = default;

void HostSession::run(const QString &command, Milliseconds timeout, bool background,
                      std::shared_ptr<QPromise<CommandResult>> promise)
{
    const GiveBackStack giveBack;
    promise->start();
    if (promise->isCanceled()) {
        promise->finish();
        return;
    }
    if (const QString refusal = backoffRefusal(background); !refusal.isEmpty()) {
        CommandResult result;
        result.status = CommandResult::Status::ConnectFailed;
        result.error = refusal;
        finish(*promise, result);
        return;
    }
    const CommandResult result = m_connection.exec(command, timeout);
    afterOperation(result.status, result.error);
    finish(*promise, result);
}

QString HostSession::backoffRefusal(bool background)
{
    if (!m_idle) {
        m_idle = new QTimer(this);
        m_idle->setSingleShot(true);
        connect(m_idle, &QTimer::timeout, this, &HostSession::disconnectNow);
    }
    if (background && !m_connection.isConnected() && m_retryAt.isValid() && QDateTime::currentDateTimeUtc() < m_retryAt)
        return Text::tr("%1 (next attempt at %2)").arg(m_lastError, QLocale().toString(m_retryAt.toLocalTime().time(), QLocale::LongFormat));
    return {};
}

void HostSession::afterOperation(CommandResult::Status status, const QString &error)
{
    if (status == CommandResult::Status::ConnectFailed || status == CommandResult::Status::AuthFailed) {
        m_backoff = std::min(kMaxBackoff, m_backoff.count() == 0 ? Milliseconds(1000) : m_backoff * 2);
        // Jitter: the hosts of one network blip come back at spread-out times, not all in one storm.
        const auto jitter = qint64(double(m_backoff.count()) * 0.25 * QRandomGenerator::global()->generateDouble());
        m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(m_backoff.count() + jitter);
        m_lastError = error;
    } else if (m_connection.isConnected()) {
        m_backoff = Milliseconds(0);
        m_retryAt = {};
    }
    m_idle->start(int(m_connection.target().idleTimeout.count()));
}

void HostSession::list(const QByteArray &path, const SftpListOptions &options, bool background,
                       std::shared_ptr<QPromise<SftpListing>> promise)
{
    const GiveBackStack giveBack;
    promise->start();
    if (promise->isCanceled()) {
        promise->finish();
        return;
    }
    SftpListing listing;
    if (const QString refusal = backoffRefusal(background); !refusal.isEmpty()) {
        listing.status = SftpListing::Status::Unreachable;
        listing.error = refusal;
    } else {
        listing = m_connection.listDirectory(path, options);
        afterOperation(listing.connection, listing.status == SftpListing::Status::Unreachable ? listing.error : QString());
    }
    const bool connected = m_connection.isConnected();
    if (connected != m_connected) {
        m_connected = connected;
        Q_EMIT connectedChanged(connected);
    }
    promise->addResult(listing);
    promise->finish();
}

void HostSession::download(const QByteArray &remotePath, const QString &partPath, std::shared_ptr<SftpDownloadControl> control,
                           Milliseconds stallTimeout, std::shared_ptr<QPromise<SftpDownload>> promise)
{
    const GiveBackStack giveBack;
    promise->start();
    if (promise->isCanceled()) {
        promise->finish();
        return;
    }
    backoffRefusal(false); // creates the idle timer; a person's request is never refused
    const SftpDownload result = m_connection.download(remotePath, partPath, *control, stallTimeout);
    afterOperation(result.connection, result.status == SftpDownload::Status::Unreachable ? result.error : QString());
    reportConnected();
    promise->addResult(result);
    promise->finish();
}

void HostSession::reportConnected()
{
    const bool connected = m_connection.isConnected();
    if (connected != m_connected) {
        m_connected = connected;
        Q_EMIT connectedChanged(connected);
    }
}

void HostSession::finish(QPromise<CommandResult> &promise, const CommandResult &result)
{
    reportConnected();
    promise.addResult(result);
    promise.finish();
}

void HostSession::disconnectNow()
{
    const GiveBackStack giveBack;
    m_connection.disconnect();
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged(false);
    }
}

} // namespace opsdeck
