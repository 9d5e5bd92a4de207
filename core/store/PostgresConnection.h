#pragma once

// Internal to the PostgreSQL backend: opening a connection with the timeouts OpsDeck always sets, and
// turning libpqxx errors into messages and into "unavailable" (retry later) versus "refused". No
// libpqxx header comes with it (only forward declarations): what uses a connection includes the
// libpqxx headers it needs in its own .cpp file. Any thread; a Session belongs to one thread at a time.

#include <QString>
#include <QStringList>

#include <exception>
#include <memory>
#include <string>

// libpqxx 6.4's connection type, declared as <pqxx/connection> does (PostgresConnection.cpp checks
// that they agree).
namespace pqxx {
class connect_direct;
template<typename CONNECTPOLICY> class basic_connection_base;
using connection = basic_connection_base<connect_direct>;
} // namespace pqxx

namespace opsdeck::Postgres {

// One libpq connection (pqxx::connection is an alias template, so headers hold this instead). Its
// server notices and warnings (a refused checklist event, say) go to the log's debug level, not to
// stderr as libpq would print them.
struct Session {
    explicit Session(const std::string &conninfo);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;

public:
    pqxx::connection &db; // lives in m_parts, as long as the session
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
