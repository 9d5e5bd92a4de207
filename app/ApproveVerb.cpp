#include "ApproveVerb.h"

#include "CliContext.h"
#include "StoreSession.h"
#include "ops/ApprovalPlan.h"
#include "support/LocaleFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApproveVerb)
};

const char *const kUsage =
    "usage: opsdeck approve [ENV] [--json]             the requests waiting for approval, with their plans\n"
    "       opsdeck approve ID --reason TEXT [--decline]\n"
    "options for all: [--store URI]\n"
    "ID is a request id or its first 6 or more characters. The requester cannot approve their own request.\n";

int usage(CliContext &cli, const QString &problem)
{
    if (!problem.isEmpty())
        cli.err << Text::tr("opsdeck approve: %1").arg(problem) << Qt::endl;
    cli.err << QString::fromUtf8(kUsage) << Qt::flush;
    return ExitCode::Usage;
}

QString when(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject toJson(const ApprovalRequest &request)
{
    return {{QStringLiteral("id"), request.id},
            {QStringLiteral("environment"), request.environment},
            {QStringLiteral("action"), request.action},
            {QStringLiteral("title"), request.title},
            {QStringLiteral("requester"), request.requester},
            {QStringLiteral("role"), request.role},
            {QStringLiteral("requested_at"), when(request.requestedAt)},
            {QStringLiteral("expires_at"), when(request.expiresAt)},
            {QStringLiteral("state"), request.state},
            {QStringLiteral("plan_hash"), request.planHash},
            {QStringLiteral("plan"), QJsonDocument::fromJson(request.plan.toUtf8()).object()}};
}

// What the approver approves, in full: hosts in order, the exact commands, the details.
void printRequest(CliContext &cli, const ApprovalRequest &request)
{
    const QJsonObject plan = QJsonDocument::fromJson(request.plan.toUtf8()).object();
    // Times as the reader's locale writes them, in local time; --json keeps ISO 8601 UTC.
    const QString requested = LocaleFormat::dateTimeSeconds(request.requestedAt.toLocalTime());
    const QString expires = LocaleFormat::dateTimeSeconds(request.expiresAt.toLocalTime());
    cli.out << request.id << u'\n'
            << (request.role == ApprovalPlan::requiredRole()
                    ? Text::tr("  %1, requested by %2 at %3, expires at %4; approved by a lead").arg(request.title, request.requester, requested, expires)
                    : Text::tr("  %1, requested by %2 at %3, expires at %4; approved by %5", "title, requester, requested at, expires at, the role that approves")
                          .arg(request.title, request.requester, requested, expires, request.role))
            << u'\n';
    QStringList hosts;
    for (const QJsonValue &host : plan.value(QStringLiteral("hosts")).toArray())
        hosts << host.toString();
    cli.out << Text::tr("  environment: %1; hosts, in order: %2").arg(request.environment, hosts.join(QStringLiteral(", "))) << u'\n';
    cli.out << Text::tr("  commands:") << u'\n';
    for (const QJsonValue &command : plan.value(QStringLiteral("commands")).toArray())
        cli.out << QStringLiteral("    ") << command.toString() << u'\n';
    cli.out << Text::tr("  details: %1").arg(QString::fromUtf8(QJsonDocument(plan.value(QStringLiteral("details")).toObject()).toJson(QJsonDocument::Compact)))
            << u'\n';
    cli.out << Text::tr("  plan: %1").arg(request.planHash) << u'\n';
}

int list(CliContext &cli, StoreSession &session, const QString &environment, bool json)
{
    const auto found = StoreSession::await(
        session.store.submit<QList<ApprovalRequest>>([environment](EventStore &store) { return store.approvals({}, environment); }));
    if (!found) {
        cli.err << Text::tr("opsdeck approve: %1").arg(found.error) << Qt::endl;
        return ExitCode::Failed;
    }
    if (json) {
        QJsonArray array;
        for (const ApprovalRequest &request : *found.value)
            array.append(toJson(request));
        cli.printJson(QJsonDocument(array));
        return ExitCode::Succeeded;
    }
    if (found.value->isEmpty()) {
        cli.out << Text::tr("No request is waiting for approval.") << Qt::endl;
        return ExitCode::Succeeded;
    }
    for (const ApprovalRequest &request : *found.value)
        printRequest(cli, request);
    cli.out.flush();
    return ExitCode::Succeeded;
}

int decide(CliContext &cli, StoreSession &session, const QString &idOrPrefix, bool approve, const QString &reason)
{
    const auto found = StoreSession::await(
        session.store.submit<QList<ApprovalRequest>>([idOrPrefix](EventStore &store) { return store.approvals(idOrPrefix, {}); }));
    if (!found) {
        cli.err << Text::tr("opsdeck approve: %1").arg(found.error) << Qt::endl;
        return ExitCode::Failed;
    }
    if (found.value->isEmpty()) {
        cli.err << Text::tr("opsdeck approve: there is no approval request %1").arg(idOrPrefix) << Qt::endl;
        return ExitCode::Refused;
    }
    if (found.value->size() > 1) {
        cli.err << Text::tr("opsdeck approve: %1 names more than one request; give more of its id").arg(idOrPrefix) << Qt::endl;
        return ExitCode::Usage;
    }
    const ApprovalRequest request = found.value->constFirst();
    printRequest(cli, request);
    cli.out.flush();
    // The decision names the hash of the plan shown here, never one taken on trust.
    const QString shown = ApprovalPlan::hashOf(request.plan);
    if (shown != request.planHash) {
        cli.err << Text::tr("opsdeck approve: the request's plan does not match its hash; it cannot be approved") << Qt::endl;
        return ExitCode::Refused;
    }
    const QString id = request.id;
    const auto decided = StoreSession::await(session.store.submit<ApprovalRequest>(
        [id, shown, approve, reason](EventStore &store) { return store.decideApproval(id, shown, approve, reason); }));
    if (!decided) {
        cli.err << Text::tr("opsdeck approve: refused: %1").arg(decided.error) << Qt::endl;
        return ExitCode::Refused;
    }
    cli.out << (approve ? Text::tr("Approved %1 (%2) as %3.") : Text::tr("Declined %1 (%2) as %3."))
                   .arg(decided.value->id, decided.value->title, decided.value->decidedBy)
            << Qt::endl;
    return ExitCode::Succeeded;
}

int run(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({CliContext::storeOption(),
                       {QStringLiteral("reason"), Text::tr("Why you approve or decline (recorded)."), QStringLiteral("TEXT")},
                       {QStringLiteral("decline"), Text::tr("Decline the request instead of approving it.")},
                       {QStringLiteral("json"), Text::tr("JSON output (the list).")}});
    if (!parser.parse(QStringList{QStringLiteral("opsdeck approve")} + arguments))
        return usage(cli, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out << QString::fromUtf8(kUsage) << Qt::flush;
        return ExitCode::Succeeded;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usage(cli, Text::tr("unexpected '%1'").arg(positional.mid(1).join(u' ')));
    const bool deciding = parser.isSet(QStringLiteral("reason")) || parser.isSet(QStringLiteral("decline"));
    if (deciding) {
        if (positional.isEmpty())
            return usage(cli, Text::tr("which request? give its ID"));
        if (parser.value(QStringLiteral("reason")).trimmed().isEmpty())
            return usage(cli, Text::tr("a decision needs --reason TEXT"));
        if (parser.isSet(QStringLiteral("json")))
            return usage(cli, Text::tr("--json is for the list"));
    }
    StoreSession session(cli);
    if (!session.open(parser.value(QStringLiteral("store")), false, cli))
        return ExitCode::Refused;
    if (!deciding)
        return list(cli, session, positional.value(0), parser.isSet(QStringLiteral("json")));
    return decide(cli, session, positional.constFirst(), !parser.isSet(QStringLiteral("decline")),
                  parser.value(QStringLiteral("reason")).trimmed());
}

} // namespace

Verb approveVerb()
{
    return {QStringLiteral("approve"), QStringLiteral("approve [ENV] | approve ID --reason TEXT [--decline]"),
            Text::tr("Second-person approval: list the requests waiting with their plans; approve or decline one."), run};
}

} // namespace opsdeck
