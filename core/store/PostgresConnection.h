#pragma once

// Internal to the PostgreSQL backend (includes libpqxx; include only from .cpp files): opening a
// connection with the timeouts OpsDeck always sets, and turning libpqxx errors into messages and
// into "unavailable" (retry later) versus "refused".

#include <QString>
#include <QStringList>

#include <pqxx/connection>
#include <pqxx/errorhandler>

#include <memory>
#include <string>

namespace opsdeck::Postgres {

// The server's notices and warnings (a refused checklist event, say) go to the log's debug level, not
// to stderr as libpq would print them.
class NoticeLog final : public pqxx::errorhandler
{
public:
    explicit NoticeLog(pqxx::connection_base &connection) : pqxx::errorhandler(connection) {}
    bool operator()(const char message[]) noexcept override;
};

// One libpq connection (pqxx::connection is an alias template, so headers hold this instead).
struct Session {
    explicit Session(const std::string &conninfo) : db(conninfo), notices(db) {}
    pqxx::connection db;
    NoticeLog notices;
};

constexpr int defaultConnectTimeoutSeconds = 5;
constexpr int statementTimeoutMs = 15000;
constexpr int lockTimeoutMs = 5000;

// The conninfo as given plus connect_timeout (unless the text or PGCONNECT_TIMEOUT sets one) and
// application_name. libpq itself honours the PG* variables, ~/.pgpass and service files.
std::string withDefaults(const QString &conninfo);

// A text[] literal for a bound parameter ($1::text[]): every element quoted, backslashes and quotes escaped.
std::string textArray(const QStringList &values);

// Empty when libpq can parse the connection string, else libpq's reason (checked before connecting,
// so a typo is an error, never "server unreachable, retrying").
QString checkSyntax(const QString &conninfo);

// Connects and sets statement_timeout, lock_timeout, idle_in_transaction_session_timeout and UTC.
// Throws what libpqxx throws.
std::unique_ptr<Session> connect(const QString &conninfo);

// "postgresql://ann@db.internal:5432/opsdeck" — never a password.
QString describeLocation(pqxx::connection &connection);

// What the exception says, without libpq's trailing newline; and whether it means the server could
// not be reached or the connection broke (worth retrying, an in-doubt commit included).
QString message(const std::exception &error);
bool isUnavailable(const std::exception &error);

} // namespace opsdeck::Postgres
