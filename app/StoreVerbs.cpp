#include "StoreVerbs.h"

#include "CliContext.h"
#include "store/AuditChain.h"
#include "store/EventStoreFactory.h"
#include "store/PostgresSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(StoreVerbs)
};

QString storeArgument(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("store"));
}

int dbUsage(CliContext &cli)
{
    cli.err << Text::tr("usage: opsdeck db migrate [--store URI]\n"
                        "       opsdeck db grant LOGIN operator|lead|admin|signer:ROLE [--store URI]\n"
                        "       opsdeck db revoke LOGIN operator|lead|admin|signer:ROLE [--store URI]\n"
                        "       opsdeck db status [--store URI]")
            << Qt::endl;
    return ExitCode::Usage;
}

int runDb(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addOptions({CliContext::storeOption()});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("opsdeck db")} + arguments) || parser.positionalArguments().isEmpty())
        return dbUsage(cli);
    const QStringList args = parser.positionalArguments();
    const QString action = args.constFirst();
    const StoreLocation location = StoreLocation::parse(storeArgument(parser));
    if (!location.isValid()) {
        cli.err << Text::tr("opsdeck: %1").arg(location.error) << Qt::endl;
        return ExitCode::Usage;
    }
    if (action == QStringLiteral("migrate") && args.size() == 1) {
        if (location.backend == StoreLocation::Backend::Sqlite) {
            // An SQLite store migrates itself when opened; opening it is the migration.
            auto opened = EventStoreFactory::open(location);
            if (!opened) {
                cli.err << Text::tr("opsdeck: %1").arg(opened.error) << Qt::endl;
                return ExitCode::Failed;
            }
            cli.out << Text::tr("%1 is at schema version %2").arg((*opened.value)->location()).arg((*opened.value)->schemaVersion())
                    << Qt::endl;
            return ExitCode::Succeeded;
        }
        const auto result = PostgresSchema::migrate(location.connectionInfo);
        if (!result.error.isEmpty()) {
            cli.err << Text::tr("opsdeck: migration failed, nothing changed: %1").arg(result.error) << Qt::endl;
            return ExitCode::Failed;
        }
        for (const QString &step : result.applied)
            cli.out << Text::tr("applied %1").arg(step) << Qt::endl;
        cli.out << (result.applied.isEmpty() ? Text::tr("schema already at version %1").arg(result.toVersion)
                                             : Text::tr("schema now at version %1 (was %2)").arg(result.toVersion).arg(result.fromVersion))
                << Qt::endl;
        return ExitCode::Succeeded;
    }
    if ((action == QStringLiteral("grant") || action == QStringLiteral("revoke")) && args.size() == 3) {
        if (location.backend != StoreLocation::Backend::PostgreSql) {
            cli.err << Text::tr("opsdeck: roles exist only in a PostgreSQL team store; pass --store postgresql://…") << Qt::endl;
            return ExitCode::Usage;
        }
        if (PostgresSchema::roleName(args.at(2)).isEmpty()) {
            cli.err << Text::tr("opsdeck: unknown role '%1'; use operator, lead, admin or signer:ROLE").arg(args.at(2)) << Qt::endl;
            return ExitCode::Usage;
        }
        const bool grant = action == QStringLiteral("grant");
        const QString error = grant ? PostgresSchema::grant(location.connectionInfo, args.at(1), args.at(2))
                                    : PostgresSchema::revoke(location.connectionInfo, args.at(1), args.at(2));
        if (!error.isEmpty()) {
            cli.err << Text::tr("opsdeck: %1").arg(error) << Qt::endl;
            return ExitCode::Refused;
        }
        cli.out << (grant ? Text::tr("%1 now holds %2").arg(args.at(1), PostgresSchema::roleName(args.at(2)))
                          : Text::tr("%1 no longer holds %2").arg(args.at(1), PostgresSchema::roleName(args.at(2))))
                << Qt::endl;
        return ExitCode::Succeeded;
    }
    if (action == QStringLiteral("status") && args.size() == 1) {
        auto opened = EventStoreFactory::open(location);
        if (!opened) {
            cli.err << Text::tr("opsdeck: %1").arg(opened.error) << Qt::endl;
            return ExitCode::Failed;
        }
        EventStore &store = **opened.value;
        const StoreIdentity me = store.identity();
        cli.out << Text::tr("store:   %1").arg(store.location()) << Qt::endl
                << Text::tr("schema:  version %1").arg(store.schemaVersion()) << Qt::endl
                << Text::tr("you are: %1 (%2)").arg(me.actor, me.roles.isEmpty() ? Text::tr("no OpsDeck role") : me.roles.join(QStringLiteral(", ")))
                << Qt::endl
                << Text::tr("events:  %1").arg(store.latestId().value.value_or(0)) << Qt::endl;
        return ExitCode::Succeeded;
    }
    return dbUsage(cli);
}

int runAudit(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the report as JSON."));
    parser.addOptions({CliContext::storeOption(), json});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("opsdeck audit")} + arguments) || parser.positionalArguments() != QStringList{QStringLiteral("verify")}) {
        cli.err << Text::tr("usage: opsdeck audit verify [--store URI] [--json]") << Qt::endl;
        return ExitCode::Usage;
    }
    const StoreLocation location = StoreLocation::parse(storeArgument(parser));
    auto opened = EventStoreFactory::open(location);
    if (!opened) {
        cli.err << Text::tr("opsdeck: %1").arg(opened.error) << Qt::endl;
        return ExitCode::Refused;
    }
    EventStore &store = **opened.value;
    // What this machine verified last time: a rewritten history no longer contains it.
    QSettings settings;
    const QString anchorKey = QStringLiteral("audit/anchors/") + QString::fromLatin1(store.location().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    const QStringList anchor = settings.value(anchorKey).toString().split(u':');
    const qint64 anchorId = anchor.size() == 2 ? anchor.at(0).toLongLong() : 0;
    const QByteArray anchorHash = anchor.size() == 2 ? anchor.at(1).toLatin1() : QByteArray();

    AuditChain::Verifier verifier;
    qint64 after = 0;
    for (;;) {
        const auto rows = store.auditRows(after, 5000);
        if (!rows) {
            cli.err << Text::tr("opsdeck: cannot read the audit log: %1").arg(rows.error) << Qt::endl;
            return ExitCode::Refused;
        }
        if (rows.value->isEmpty())
            break;
        verifier.feed(*rows.value);
        after = rows.value->constLast().id;
    }
    const auto head = store.auditHead();
    if (!head) {
        cli.err << Text::tr("opsdeck: cannot read the chain head: %1").arg(head.error) << Qt::endl;
        return ExitCode::Refused;
    }
    const AuditChain::Report report = verifier.finish(*head.value, anchorId, anchorHash);
    if (parser.isSet(json)) {
        QJsonArray findings;
        for (const auto &f : report.findings)
            findings.append(QJsonObject{{QStringLiteral("kind"), AuditChain::kindName(f.kind)},
                                        {QStringLiteral("id"), f.id},
                                        {QStringLiteral("message"), f.message}});
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("store"), store.location()},
                                                {QStringLiteral("intact"), report.intact()},
                                                {QStringLiteral("rows"), report.rowsChecked},
                                                {QStringLiteral("lastId"), report.lastId},
                                                {QStringLiteral("lastHash"), QString::fromLatin1(report.lastHash)},
                                                {QStringLiteral("findings"), findings}}));
    } else {
        for (const auto &f : report.findings)
            cli.out << QStringLiteral("%1\t%2\t%3").arg(AuditChain::kindName(f.kind).toUpper()).arg(f.id).arg(f.message) << Qt::endl;
        if (report.intact())
            cli.out << Text::tr("audit log intact: %n row(s) verified, last %1 %2", nullptr, int(report.rowsChecked))
                           .arg(report.lastId)
                           .arg(QString::fromLatin1(report.lastHash.left(16)))
                    << Qt::endl;
        else
            cli.out << Text::tr("audit log TAMPERED: %n finding(s) in %1 rows", nullptr, int(report.findings.size())).arg(report.rowsChecked)
                    << Qt::endl;
    }
    cli.out.flush();
    if (!report.intact())
        return ExitCode::Failed;
    if (report.lastId > 0)
        settings.setValue(anchorKey, QStringLiteral("%1:%2").arg(report.lastId).arg(QString::fromLatin1(report.lastHash)));
    return ExitCode::Succeeded;
}

} // namespace

Verb dbVerb()
{
    return {QStringLiteral("db"), QStringLiteral("db migrate|grant LOGIN ROLE|revoke LOGIN ROLE|status [--store URI]"),
            Text::tr("Create or upgrade the team store's schema and roles; grant or revoke operator, lead, admin or a sign-off role."), runDb};
}

Verb auditVerb()
{
    return {QStringLiteral("audit"), QStringLiteral("audit verify [--store URI] [--json]"),
            Text::tr("Verify the audit log's hash chain; exits 1 when rows were edited, deleted, inserted or reordered."),
            runAudit};
}

} // namespace opsdeck
