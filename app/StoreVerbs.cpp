#include "StoreVerbs.h"

#include "CliContext.h"
#include "store/AuditAnchors.h"
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

// Every option of `opsdeck db`: the parser, --help, the man page and the bash completion read this list.
QList<QCommandLineOption> dbOptions()
{
    return {CliContext::storeOption()};
}

int runDb(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addOptions(dbOptions());
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
                << Text::tr("store id: %1").arg(store.storeId()) << Qt::endl
                << Text::tr("you are: %1 (%2)").arg(me.actor, me.roles.isEmpty() ? Text::tr("no OpsDeck role") : me.roles.join(QStringLiteral(", ")))
                << Qt::endl
                << Text::tr("events:  %1").arg(store.latestId().value.value_or(0)) << Qt::endl;
        return ExitCode::Succeeded;
    }
    return dbUsage(cli);
}

const char *const kAuditUsage = "usage: opsdeck audit verify [--store URI] [--json]\n"
                                "       opsdeck audit anchor --reason TEXT [--store URI]";

// Every option of `opsdeck audit`: the parser, --help, the man page and the bash completion read this list.
QList<QCommandLineOption> auditOptions()
{
    return {CliContext::storeOption(),
            {QStringLiteral("json"), Text::tr("Print the report as JSON.")},
            {QStringLiteral("reason"), Text::tr("Why the store is anchored anew (recorded)."), QStringLiteral("TEXT")}};
}

int runAudit(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addOptions(auditOptions());
    parser.addHelpOption();
    const bool parsed = parser.parse(QStringList{QStringLiteral("opsdeck audit")} + arguments);
    const QStringList args = parser.positionalArguments();
    const bool verify = args == QStringList{QStringLiteral("verify")};
    const bool anchor = args == QStringList{QStringLiteral("anchor")};
    if (!parsed || (!verify && !anchor) || (anchor && parser.isSet(QStringLiteral("json")))) {
        cli.err << QString::fromUtf8(kAuditUsage) << Qt::endl;
        return ExitCode::Usage;
    }
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (anchor && reason.isEmpty()) {
        cli.err << Text::tr("opsdeck: --reason TEXT is required: anchoring anew is recorded in the store's audit log") << Qt::endl;
        return ExitCode::Usage;
    }
    const StoreLocation location = StoreLocation::parse(storeArgument(parser));
    auto opened = EventStoreFactory::open(location);
    if (!opened) {
        cli.err << Text::tr("opsdeck: %1").arg(opened.error) << Qt::endl;
        return ExitCode::Refused;
    }
    EventStore &store = **opened.value;
    // What this machine verified last time, for this store: a rewritten history no longer contains it.
    QSettings settings;
    AuditAnchors anchors(settings);
    const AuditAnchors::Expectation expected = anchors.expectation(store.location(), store.storeId());

    if (anchor) {
        // The core anchors and records it; the verb says what came of it.
        const AuditAnchoring anchoring = anchors.anchorAnew(store, reason);
        switch (anchoring.status) {
        case AuditAnchoring::Status::Unreadable:
            cli.err << QStringLiteral("opsdeck: ") << anchoring.error << Qt::endl;
            return ExitCode::Refused;
        case AuditAnchoring::Status::NotIntact:
            for (const auto &f : anchoring.report.findings)
                cli.out << QStringLiteral("%1\t%2\t%3").arg(AuditChain::kindName(f.kind).toUpper()).arg(f.id).arg(f.message) << Qt::endl;
            cli.err << Text::tr("opsdeck: not anchored: the audit log itself is not intact (%n finding(s))", nullptr,
                                int(anchoring.report.findings.size()))
                    << Qt::endl;
            return ExitCode::Failed;
        case AuditAnchoring::Status::NotRecorded:
            cli.err << Text::tr("opsdeck: not anchored: the store must record it and did not: %1").arg(anchoring.error) << Qt::endl;
            return ExitCode::Refused;
        case AuditAnchoring::Status::ChangedMeanwhile:
            cli.err << Text::tr("opsdeck: not anchored: the audit log changed while anchoring; verify it") << Qt::endl;
            return ExitCode::Failed;
        case AuditAnchoring::Status::Anchored:
            break;
        }
        cli.out << Text::tr("anchored store %1 at row %2 (%3); recorded as event %4")
                       .arg(store.storeId().isEmpty() ? store.location() : store.storeId())
                       .arg(anchoring.report.lastId)
                       .arg(QString::fromLatin1(anchoring.report.lastHash.left(16)))
                       .arg(anchoring.eventId)
                << Qt::endl;
        return ExitCode::Succeeded;
    }

    const auto verified = AuditChain::verify(store, expected.anchor ? expected.anchor->id : 0, expected.anchor ? expected.anchor->hash : QByteArray());
    if (!verified) {
        cli.err << QStringLiteral("opsdeck: ") << verified.error << Qt::endl;
        return ExitCode::Refused;
    }
    AuditChain::Report report = *verified.value;
    if (expected.replaced)
        report.findings.prepend(*expected.replaced);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray findings;
        for (const auto &f : report.findings)
            findings.append(QJsonObject{{QStringLiteral("kind"), AuditChain::kindName(f.kind)},
                                        {QStringLiteral("id"), f.id},
                                        {QStringLiteral("message"), f.message}});
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("store"), store.location()},
                                                {QStringLiteral("storeId"), store.storeId()},
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
        else if (expected.replaced && report.findings.size() == 1)
            cli.out << Text::tr("audit log NOT THE ANCHORED STORE: %n row(s) of another store verified", nullptr, int(report.rowsChecked))
                    << Qt::endl;
        else
            cli.out << Text::tr("audit log TAMPERED: %n finding(s) in %1 rows", nullptr, int(report.findings.size())).arg(report.rowsChecked)
                    << Qt::endl;
    }
    cli.out.flush();
    if (!report.intact())
        return ExitCode::Failed;
    if (report.lastId > 0)
        anchors.save({store.storeId(), report.lastId, report.lastHash, QDateTime::currentDateTimeUtc(), store.location()});
    return ExitCode::Succeeded;
}

} // namespace

Verb dbVerb()
{
    return {QStringLiteral("db"), QStringLiteral("db migrate|grant LOGIN ROLE|revoke LOGIN ROLE|status [--store URI]"),
            Text::tr("Create or upgrade the team store's schema and roles; grant or revoke operator, lead, admin or a sign-off role."), runDb, nullptr,
            dbOptions()};
}

Verb auditVerb()
{
    return {QStringLiteral("audit"), QStringLiteral("audit verify [--store URI] [--json] | audit anchor --reason TEXT"),
            Text::tr("Verify the audit log's hash chain; exits 1 when rows were edited, deleted, inserted or reordered, or when the "
                     "store is not the one anchored at its location. anchor: accept this store anew (recorded)."),
            runAudit, nullptr, auditOptions()};
}

} // namespace opsdeck
