#pragma once

// A private PostgreSQL 15 for one test: initdb in a temporary directory, a Unix socket there and
// 127.0.0.1 on a free port (nothing else), started with pg_ctl and stopped when the object goes.
// Local socket connections are trusted (so a test can connect as any role it created); TCP
// connections need a password (scram-sha-256), so ~/.pgpass handling can be tested. As root the
// server runs as the "postgres" account (PostgreSQL refuses to run as root). Header-only.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/nontransaction>
#include <pqxx/connection>

#include <unistd.h>

namespace opsdeck::testing {

class PostgresServer final
{
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }

    explicit PostgresServer(const QStringList &settings = {QStringLiteral("fsync=off")})
    {
        m_root = m_tmp.path();
        m_socketDir = m_root + QStringLiteral("/sock");
        QDir().mkpath(m_socketDir);
        if (!QFile::exists(binDir() + QStringLiteral("/initdb"))) {
            m_error = QStringLiteral("PostgreSQL 15 is not installed (tools/lib/bootstrap.sh installs it)");
            return;
        }
        if (::geteuid() == 0) {
            const auto chown = run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_root}, false);
            if (chown.first != 0) {
                m_error = QStringLiteral("chown failed: ") + chown.second;
                return;
            }
        }
        const auto init = run(binDir() + QStringLiteral("/initdb"),
                              {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                               QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
                               QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256")});
        if (init.first != 0) {
            m_error = QStringLiteral("initdb failed: ") + init.second;
            return;
        }
        m_port = freePort();
        QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c max_connections=200").arg(m_socketDir).arg(m_port);
        for (const QString &setting : settings)
            options += QStringLiteral(" -c ") + setting;
        const auto start = run(binDir() + QStringLiteral("/pg_ctl"),
                               {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_root + QStringLiteral("/server.log"),
                                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                                QStringLiteral("start")});
        if (start.first != 0) {
            m_error = QStringLiteral("pg_ctl start failed: ") + start.second + serverLog();
            return;
        }
        m_running = true;
    }

    ~PostgresServer() { stop(); }

    void stop()
    {
        if (!m_running)
            return;
        run(binDir() + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
        m_running = false;
    }

    // Restart after stop() on the same port (for reconnect tests).
    bool start()
    {
        if (m_running)
            return true;
        QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200").arg(m_socketDir).arg(m_port);
        const auto started = run(binDir() + QStringLiteral("/pg_ctl"),
                                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_root + QStringLiteral("/server.log"),
                                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                                  QStringLiteral("start")});
        m_running = started.first == 0;
        return m_running;
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString socketDir() const { return m_socketDir; }

    // Over the Unix socket (trusted): any role.
    QString conninfo(const QString &user = QStringLiteral("postgres"), const QString &db = QStringLiteral("opsdeck")) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4").arg(m_socketDir).arg(m_port).arg(db, user);
    }
    QString uri(const QString &user = QStringLiteral("postgres"), const QString &db = QStringLiteral("opsdeck")) const
    {
        return QStringLiteral("postgresql://") + user + u'@' + QString::fromLatin1(QUrl::toPercentEncoding(m_socketDir)) + u':'
               + QString::number(m_port) + u'/' + db;
    }

    // Runs SQL as the superuser (or another role) in a database; returns the error text or empty.
    QString exec(const QString &sql, const QString &db = QStringLiteral("opsdeck"), const QString &user = QStringLiteral("postgres")) const
    {
        try {
            pqxx::connection c(conninfo(user, db).toStdString());
            pqxx::nontransaction t(c);
            t.exec(sql.toStdString());
            t.commit();
            return {};
        } catch (const std::exception &e) {
            return QString::fromUtf8(e.what()).trimmed();
        }
    }
    QString query1(const QString &sql, const QString &db = QStringLiteral("opsdeck")) const
    {
        try {
            pqxx::connection c(conninfo(QStringLiteral("postgres"), db).toStdString());
            pqxx::nontransaction t(c);
            const auto row = t.exec1(sql.toStdString());
            return QString::fromUtf8(row[0].c_str());
        } catch (const std::exception &e) {
            return QStringLiteral("ERROR: ") + QString::fromUtf8(e.what()).trimmed();
        }
    }
    bool createDatabase(const QString &name) const
    {
        return exec(QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0").arg(name), QStringLiteral("postgres")).isEmpty();
    }
    QString serverLog() const
    {
        QFile log(m_root + QStringLiteral("/server.log"));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(4000)) : QString();
    }

private:
    QString dataDir() const { return m_root + QStringLiteral("/data"); }

    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    // As the postgres account when root; returns exit code and output.
    static std::pair<int, QString> run(const QString &program, const QStringList &arguments, bool asPostgres = true)
    {
        QProcess process;
        if (asPostgres && ::geteuid() == 0)
            process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
            return {-1, QStringLiteral("timed out: ") + program};
        }
        const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, output};
    }

    QTemporaryDir m_tmp;
    QString m_root;
    QString m_socketDir;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
};

} // namespace opsdeck::testing
