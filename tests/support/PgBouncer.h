#pragma once

// A private PgBouncer (Debian package pgbouncer) in front of a PostgresServer, for one test: its own
// configuration in a temporary directory, 127.0.0.1 on a free port (nothing else), trust
// authentication for the listed logins, every database of the server, and the pool mode asked for
// ("transaction" or "session"). Started as a child process and stopped when the object goes; as root it
// switches to the "postgres" account (PgBouncer refuses to run as root). Header-only.

#include "PostgresServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace opsdeck::testing {

class PgBouncer final
{
public:
    static QString binary() { return QStringLiteral("/usr/sbin/pgbouncer"); }

    PgBouncer(const PostgresServer &server, const QString &poolMode, const QStringList &logins = {QStringLiteral("postgres")})
    {
        if (!QFile::exists(binary())) {
            m_error = QStringLiteral("pgbouncer is not installed (tools/lib/bootstrap.sh installs the Debian package pgbouncer)");
            return;
        }
        m_port = freePort();
        QFile users(m_tmp.filePath(QStringLiteral("users.txt")));
        if (!users.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write ") + users.fileName();
            return;
        }
        for (const QString &login : logins)
            users.write(QStringLiteral("\"%1\" \"\"\n").arg(login).toUtf8());
        users.close();
        QFile ini(m_tmp.filePath(QStringLiteral("pgbouncer.ini")));
        if (!ini.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write ") + ini.fileName();
            return;
        }
        ini.write(QStringLiteral("[databases]\n"
                                 "* = host=%1 port=%2\n"
                                 "[pgbouncer]\n"
                                 "listen_addr = 127.0.0.1\n"
                                 "listen_port = %3\n"
                                 "unix_socket_dir =\n"
                                 "auth_type = trust\n"
                                 "auth_file = %4\n"
                                 "pool_mode = %5\n"
                                 "default_pool_size = 4\n"
                                 "max_client_conn = 100\n"
                                 "ignore_startup_parameters = extra_float_digits\n"
                                 "logfile = %6\n")
                      .arg(server.socketDir())
                      .arg(server.port())
                      .arg(m_port)
                      .arg(users.fileName(), poolMode, m_tmp.filePath(QStringLiteral("pgbouncer.log")))
                      .toUtf8());
        ini.close();
        QStringList arguments;
        if (::geteuid() == 0) {
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_tmp.path()});
            arguments << QStringLiteral("-u") << QStringLiteral("postgres");
        }
        arguments << ini.fileName();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardInputFile(QProcess::nullDevice());
        m_process.start(binary(), arguments);
        if (!m_process.waitForStarted(10'000)) {
            m_error = QStringLiteral("pgbouncer did not start: ") + m_process.errorString();
            return;
        }
        // Ready when it accepts connections.
        QDeadlineTimer deadline(15'000);
        while (!deadline.hasExpired()) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            if (probe.waitForConnected(200))
                return;
            if (m_process.state() == QProcess::NotRunning)
                break;
            QTest::qWait(100);
        }
        m_error = QStringLiteral("pgbouncer is not listening on %1: %2%3").arg(m_port).arg(QString::fromUtf8(m_process.readAll()), log());
    }

    ~PgBouncer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5'000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString conninfo(const QString &user, const QString &db) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3").arg(m_port).arg(db, user);
    }
    QString log() const
    {
        QFile file(m_tmp.filePath(QStringLiteral("pgbouncer.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(3000)) : QString();
    }

private:
    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QTemporaryDir m_tmp;
    QProcess m_process;
    QString m_error;
    int m_port = 0;
};

} // namespace opsdeck::testing
