#include "PostgresConnection.h"

#include "../support/LogCategories.h"

#include <QUrl>

#include <libpq-fe.h>

#include <pqxx/connection>
#include <pqxx/errorhandler>
#include <pqxx/except>
#include <pqxx/nontransaction>

#include <type_traits>

static_assert(std::is_same_v<pqxx::connection, pqxx::basic_connection_base<pqxx::connect_direct>>,
              "PostgresConnection.h declares pqxx::connection as libpqxx 6.4 does");

namespace opsdeck::Postgres {

namespace {
// The server's notices go to the log's debug level, not to stderr as libpq would print them.
class NoticeLog final : public pqxx::errorhandler
{
public:
    explicit NoticeLog(pqxx::connection_base &connection) : pqxx::errorhandler(connection) {}
    bool operator()(const char message[]) noexcept override;
};

bool NoticeLog::operator()(const char message[]) noexcept
{
    try {
        qCDebug(lcStore) << "server:" << QString::fromUtf8(message).trimmed();
    } catch (...) {
    }
    return false; // handled: no other handler, and not libpq's print to stderr
}

bool isUri(const QString &text)
{
    return text.startsWith(QStringLiteral("postgresql://")) || text.startsWith(QStringLiteral("postgres://"));
}

QString addParameter(const QString &conninfo, const QString &key, const QString &value)
{
    if (isUri(conninfo)) {
        const QString separator = conninfo.contains(u'?') ? QStringLiteral("&") : QStringLiteral("?");
        return conninfo + separator + key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    QString quoted = value;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return conninfo + u' ' + key + QStringLiteral("='") + quoted + u'\'';
}

bool mentions(const QString &conninfo, const QString &key)
{
    // Both forms spell a parameter as key=value (URI: after '?' or '&').
    const qsizetype at = conninfo.indexOf(key + u'=');
    if (at < 0)
        return false;
    return at == 0 || !conninfo.at(at - 1).isLetterOrNumber();
}
} // namespace

struct Session::Parts {
    explicit Parts(const std::string &conninfo) : connection(conninfo), notices(connection) {}
    pqxx::connection connection;
    NoticeLog notices; // removes itself from the connection first (declared after it)
};

Session::Session(const std::string &conninfo) : m_parts(std::make_unique<Parts>(conninfo)), db(m_parts->connection) {}

Session::~Session() = default;

std::string withDefaults(const QString &conninfo)
{
    QString text = conninfo;
    if (!mentions(text, QStringLiteral("connect_timeout")) && qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
        text = addParameter(text, QStringLiteral("connect_timeout"), QString::number(defaultConnectTimeoutSeconds));
    if (!mentions(text, QStringLiteral("application_name")) && qEnvironmentVariableIsEmpty("PGAPPNAME"))
        text = addParameter(text, QStringLiteral("application_name"), QStringLiteral("opsdeck"));
    return text.toStdString();
}

QString checkSyntax(const QString &conninfo)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    QString reason;
    if (!options)
        reason = error ? QString::fromUtf8(error).trimmed() : QStringLiteral("out of memory");
    PQconninfoFree(options);
    PQfreemem(error);
    return reason;
}

std::unique_ptr<Session> connect(const QString &conninfo)
{
    auto session = std::make_unique<Session>(withDefaults(conninfo));
    pqxx::nontransaction setup(session->db);
    setup.exec("SET statement_timeout = " + std::to_string(statementTimeoutMs)
               + "; SET lock_timeout = " + std::to_string(lockTimeoutMs)
               + "; SET idle_in_transaction_session_timeout = 60000; SET TIME ZONE 'UTC'");
    setup.commit();
    return session;
}

QString describeLocation(pqxx::connection &connection)
{
    const char *host = connection.hostname();
    QString hostText = host ? QString::fromUtf8(host) : QString();
    if (hostText.isEmpty() || hostText.startsWith(u'/'))
        hostText = QString::fromLatin1(QUrl::toPercentEncoding(hostText.isEmpty() ? QStringLiteral("local") : hostText));
    const char *port = connection.port();
    const char *user = connection.username();
    const char *db = connection.dbname();
    return QStringLiteral("postgresql://%1@%2%3/%4")
        .arg(QString::fromUtf8(user ? user : ""), hostText,
             port && *port ? QStringLiteral(":") + QString::fromUtf8(port) : QString(), QString::fromUtf8(db ? db : ""));
}

QString message(const std::exception &error)
{
    return QString::fromUtf8(error.what()).trimmed();
}

bool isUnavailable(const std::exception &error)
{
    if (dynamic_cast<const pqxx::broken_connection *>(&error) || dynamic_cast<const pqxx::in_doubt_error *>(&error))
        return true;
    if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&error)) {
        const std::string &state = sql->sqlstate();
        // 08: connection exceptions; 57P01-03: the server is shutting down or starting;
        // 57014: a statement timeout (the transaction was rolled back, safe to retry by key).
        return state.rfind("08", 0) == 0 || state == "57P01" || state == "57P02" || state == "57P03"
               || state == "57014";
    }
    return false;
}

std::string textArray(const QStringList &values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString v = values.at(i);
        v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        if (i > 0)
            out += u',';
        out += u'"' + v + u'"';
    }
    out += u'}';
    return out.toStdString();
}

} // namespace opsdeck::Postgres
