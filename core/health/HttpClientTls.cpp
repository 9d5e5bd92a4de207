// HttpClient's https: a QSslSocket per connection on the client's thread, the peer's certificate
// and host name always verified (a CA file may add trusted CAs, read again when it changes; TLS
// errors are never ignored).

#include "HttpClientPrivate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

} // namespace

QList<QSslCertificate> HttpClient::Private::caCertificates(const QString &path)
{
    const QDateTime modified = QFileInfo(path).lastModified();
    auto it = cas.find(path);
    if (it == cas.end() || it->modified != modified)
        it = cas.insert(path, {QSslCertificate::fromPath(path, QSsl::Pem), modified});
    return it->certificates;
}

void HttpClient::Private::openTls(Conn &c)
{
    Job *j = findJob(c.job);
    if (!QSslSocket::supportsSsl()) {
        c.job = 0;
        closeConn(c);
        fail(*j, HttpResult::Error::Tls, Text::tr("TLS is not available on this system"));
        return;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!c.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = caCertificates(c.caFile);
        if (extra.isEmpty()) {
            const QString path = c.caFile;
            c.job = 0;
            closeConn(c);
            fail(*j, HttpResult::Error::Tls, Text::tr("the CA file %1 holds no PEM certificate").arg(path));
            return;
        }
        configuration.addCaCertificates(extra);
    }
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    auto *socket = new QSslSocket(q);
    c.ssl = socket;
    socket->setProxy(QNetworkProxy::NoProxy); // proxied URLs never come here
    socket->setSslConfiguration(configuration);
    const quint64 serial = c.serial;
    QObject::connect(socket, &QSslSocket::encrypted, q, [this, serial] {
        if (Conn *conn = findConn(serial)) {
            conn->state = Conn::State::Ready;
            if (Job *job = conn->job ? findJob(conn->job) : nullptr)
                send(*job, *conn);
        }
    });
    // Never ignored: without ignoreSslErrors() the handshake fails and errorOccurred follows.
    QObject::connect(socket, &QSslSocket::sslErrors, q, [this, serial](const QList<QSslError> &errors) {
        if (Conn *conn = findConn(serial)) {
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            conn->tlsErrors = texts.join(QStringLiteral("; "));
        }
    });
    QObject::connect(socket, &QIODevice::readyRead, q, [this, serial] { readTls(serial); });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, q,
                     [this, serial](QAbstractSocket::SocketError error) { tlsError(serial, error); });
    socket->connectToHostEncrypted(c.host, c.port); // the peer must be certified for this name
}

void HttpClient::Private::writeTls(Conn &c)
{
    c.ssl->write(c.out);
    c.ssl->flush();
    c.out.clear();
    c.written = 0;
}

void HttpClient::Private::readTls(quint64 serial)
{
    const auto stillAlive = alive;
    for (;;) {
        Conn *c = findConn(serial);
        if (!c || !c->ssl || c->ssl->bytesAvailable() <= 0)
            return;
        const qint64 n = c->ssl->read(buffer.data(), qint64(buffer.size()));
        if (n <= 0)
            return;
        onBytes(*c, buffer.data(), qsizetype(n));
        if (!*stillAlive)
            return;
    }
}

void HttpClient::Private::tlsError(quint64 serial, QAbstractSocket::SocketError error)
{
    const auto stillAlive = alive;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        readTls(serial);
        if (!*stillAlive)
            return;
        if (Conn *c = findConn(serial))
            onEof(*c);
        return;
    }
    Conn *c = findConn(serial);
    if (!c)
        return;
    Job *j = c->job ? findJob(c->job) : nullptr;
    if (!j) {
        closeConn(*c);
        return;
    }
    if (c->state == Conn::State::Ready && retry(*j, *c))
        return;
    const QString tlsErrors = c->tlsErrors;
    const QString text = c->ssl->errorString();
    const QString where = c->host + u':' + QString::number(c->port);
    const int status = c->parser.status();
    c->job = 0;
    closeConn(*c);
    if (!tlsErrors.isEmpty() || error == QAbstractSocket::SslHandshakeFailedError)
        fail(*j, HttpResult::Error::Tls, Text::tr("TLS: %1").arg(tlsErrors.isEmpty() ? text : tlsErrors));
    else if (error == QAbstractSocket::ConnectionRefusedError)
        fail(*j, HttpResult::Error::Refused, Text::tr("connection refused"));
    else if (error == QAbstractSocket::HostNotFoundError)
        fail(*j, HttpResult::Error::HostNotFound, Text::tr("host %1 not found: %2").arg(where, text));
    else
        fail(*j, HttpResult::Error::Network, Text::tr("connection error: %1").arg(text), status);
}

} // namespace opsdeck
