#include "BackupVerb.h"

#include "CliContext.h"
#include "GuardedActionCli.h"
#include "StoreSession.h"
#include "backups/BackupCatalog.h"
#include "backups/BackupDownload.h"
#include "backups/BackupDrill.h"
#include "backups/BackupRetention.h"
#include "backups/BackupRun.h"
#include "backups/BackupService.h"
#include "backups/BackupVerifier.h"
#include "backups/BackupVerifyRun.h"
#include "ops/GuardedActionRunner.h"
#include "ops/OpsContext.h"
#include "support/LocaleFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <unistd.h>

#include <memory>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BackupVerb)
};

const char *const kUsage = "usage: opsdeck backup list ENV[/HOST] [--json]\n"
                           "       opsdeck backup retention ENV/HOST [--json]\n"
                           "       opsdeck backup verify ENV/HOST FILE…|--all [--json] [--store URI]\n"
                           "       opsdeck backup download ENV/HOST FILE -o PATH [--force] [--json]\n"
                           "       opsdeck backup run ENV/HOST [LOCATION] --reason TEXT [--yes] [--confirm ENV] [--store URI]\n"
                           "       opsdeck backup drill ENV/HOST [FILE] [--location NAME] --reason TEXT [--yes] [--confirm ENV] [--store URI]\n"
                           "options for all: [--config FILE]\n"
                           "exit status 1 when a location is stale, has an incomplete set or could not be listed in full,\n"
                           "or (verify) when a file is corrupt, changed since its first verification or could not be checked;\n"
                           "download: 0 when the file arrived and its SHA-256 matches the host's, 1 failed, mismatched or canceled\n"
                           "(a partial PATH.part is continued by the next download), 3 refused (PATH exists without --force, too little space)\n"
                           "run: 0 when a new complete set appeared and passed verification, 1 failed, 2 outcome unknown, 3 refused;\n"
                           "drill: 0 when the dump restored with ON_ERROR_STOP, its tables have rows and the scratch database was dropped,\n"
                           "1 failed, 2 outcome unknown, 3 refused (also a drill target that is a live database)\n";

// The hosts named by ENV or ENV/HOST; prints why when there are none.
QList<const HostConfig *> selectHosts(const FleetConfig &config, const QString &target, bool hostRequired, CliContext &cli)
{
    const QString envName = target.section(u'/', 0, 0);
    const QString hostName = target.section(u'/', 1);
    const EnvironmentConfig *env = nullptr;
    QStringList names;
    for (const EnvironmentConfig &e : config.environments) {
        names << e.name;
        if (e.name == envName)
            env = &e;
    }
    if (!env) {
        cli.err << Text::tr("opsdeck: no environment '%1' (there are: %2)").arg(envName, names.join(QStringLiteral(", "))) << Qt::endl;
        return {};
    }
    if (hostRequired && hostName.isEmpty()) {
        cli.err << Text::tr("opsdeck: name the host as ENV/HOST") << Qt::endl;
        return {};
    }
    QList<const HostConfig *> hosts;
    for (const HostConfig &h : env->hosts) {
        if ((hostName.isEmpty() || h.name == hostName) && !h.backups.isEmpty())
            hosts << &h;
    }
    if (hosts.isEmpty())
        cli.err << (hostName.isEmpty() ? Text::tr("opsdeck: no host of %1 has backups configured").arg(env->name)
                                       : Text::tr("opsdeck: %1 has no host '%2' with backups configured").arg(env->name, hostName))
                << Qt::endl;
    return hosts;
}

QList<BackupLocationReport> scanAll(BackupService &backups, const QList<const HostConfig *> &hosts)
{
    QList<QFuture<QList<BackupLocationReport>>> scans;
    for (const HostConfig *host : hosts)
        scans << backups.scan(*host);
    QList<BackupLocationReport> reports;
    for (QFuture<QList<BackupLocationReport>> &scan : scans) {
        scan.waitForFinished();
        if (scan.resultCount())
            reports += scan.result();
    }
    return reports;
}

// Anything an admin must look at: stale, an incomplete set, not listed or not in full.
bool needsAttention(const BackupLocationReport &r)
{
    return r.stale || !r.listed() || r.truncated || r.incompleteSets() > 0;
}

QString typeName(RemoteFileEntry::Type type)
{
    switch (type) {
    case RemoteFileEntry::Type::File: return QStringLiteral("file");
    case RemoteFileEntry::Type::Directory: return QStringLiteral("directory");
    case RemoteFileEntry::Type::Symlink: return QStringLiteral("symlink");
    case RemoteFileEntry::Type::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QJsonObject locationJson(const BackupLocationReport &r)
{
    QJsonObject o{{QStringLiteral("environment"), r.environment},
                  {QStringLiteral("host"), r.host},
                  {QStringLiteral("location"), r.location.name},
                  {QStringLiteral("path"), r.location.path},
                  {QStringLiteral("status"), sftpListingStatusName(r.status)},
                  {QStringLiteral("stale"), r.stale},
                  {QStringLiteral("freshness"), r.freshness},
                  {QStringLiteral("rpo_seconds"), qint64(r.location.rpo.count() / 1000)},
                  {QStringLiteral("host_now"), r.hostNow},
                  {QStringLiteral("truncated"), r.truncated},
                  {QStringLiteral("scanned"), r.scanned}};
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    if (!r.hostClockError.isEmpty())
        o.insert(QStringLiteral("host_clock_error"), r.hostClockError);
    if (r.truncated)
        o.insert(QStringLiteral("truncation"), r.truncation);
    if (r.newestComplete >= 0) {
        o.insert(QStringLiteral("newest_complete"), r.sets.at(r.newestComplete).stamp);
        o.insert(QStringLiteral("newest_complete_age_seconds"), r.newestCompleteAgeSecs);
    }
    QJsonArray files;
    for (const BackupFile &f : r.files) {
        QJsonObject file{{QStringLiteral("name"), f.displayName},
                         {QStringLiteral("name_hex"), QString::fromLatin1(f.name.toHex())},
                         {QStringLiteral("type"), typeName(f.type)},
                         {QStringLiteral("size"), f.size},
                         {QStringLiteral("mtime"), f.mtime},
                         {QStringLiteral("problems"), QJsonArray::fromStringList(f.problems)}};
        if (!f.stamp.isEmpty()) {
            file.insert(QStringLiteral("set"), f.stamp);
            file.insert(QStringLiteral("part"), f.part);
        }
        files.append(file);
    }
    o.insert(QStringLiteral("files"), files);
    QJsonArray sets;
    for (const BackupSet &s : r.sets) {
        QJsonArray names;
        for (int i : s.files)
            names.append(r.files.at(i).displayName);
        sets.append(QJsonObject{{QStringLiteral("stamp"), s.stamp},
                                {QStringLiteral("complete"), s.complete},
                                {QStringLiteral("missing"), QJsonArray::fromStringList(s.missing)},
                                {QStringLiteral("small"), s.small},
                                {QStringLiteral("finished"), s.finishedAt},
                                {QStringLiteral("files"), names}});
    }
    o.insert(QStringLiteral("sets"), sets);
    return o;
}

void printLocation(const BackupLocationReport &r, CliContext &cli)
{
    cli.out << QStringLiteral("%1  %2\n  %3%4\n")
                   .arg(r.target(), r.location.path, r.stale ? Text::tr("STALE: ") : QString(), r.freshness);
    if (!r.listed())
        return;
    for (const BackupSet &s : r.sets) {
        qint64 bytes = 0;
        for (int i : s.files)
            bytes += std::max<qint64>(0, r.files.at(i).size);
        const QString missing = s.missing.join(QStringLiteral(", "));
        const QString state = s.complete ? (s.small ? Text::tr("complete, SMALL") : Text::tr("complete"))
                                         : (s.small ? Text::tr("INCOMPLETE: no %1, SMALL").arg(missing) : Text::tr("INCOMPLETE: no %1").arg(missing));
        cli.out << QStringLiteral("  %1  %2  %3 files  %4 bytes  %5\n")
                       .arg(s.stamp, LocaleFormat::dateTimeSeconds(QDateTime::fromSecsSinceEpoch(s.finishedAt)))
                       .arg(s.files.size())
                       .arg(LocaleFormat::integer(bytes), 10)
                       .arg(state);
    }
    for (const BackupFile &f : r.files) {
        if (f.stamp.isEmpty() || !f.problems.isEmpty())
            cli.out << QStringLiteral("  %1  %2 bytes  %3%4\n")
                           .arg(f.displayName)
                           .arg(LocaleFormat::integer(f.size))
                           .arg(f.stamp.isEmpty() ? Text::tr("(not part of a set) ") : QString(), f.problems.join(QStringLiteral("; ")));
    }
}

int list(const FleetConfig &config, const QList<const HostConfig *> &hosts, bool json, CliContext &cli)
{
    const QList<BackupLocationReport> reports = scanAll(*cli.ops(config).backups(), hosts);
    int exit = ExitCode::Succeeded;
    QJsonArray array;
    for (const BackupLocationReport &r : reports) {
        if (needsAttention(r))
            exit = ExitCode::Failed;
        if (json)
            array.append(locationJson(r));
        else
            printLocation(r, cli);
    }
    if (json)
        cli.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    cli.out.flush();
    return exit;
}

int retention(const FleetConfig &config, const QList<const HostConfig *> &hosts, bool json, CliContext &cli)
{
    const QList<BackupLocationReport> reports = scanAll(*cli.ops(config).backups(), hosts);
    int exit = ExitCode::Succeeded;
    QJsonArray array;
    for (const BackupLocationReport &r : reports) {
        const RetentionPreview p = BackupRetention::preview(r);
        if (needsAttention(r) || !p.error.isEmpty() || !p.warnings.isEmpty())
            exit = ExitCode::Failed;
        if (json) {
            QJsonObject o{{QStringLiteral("environment"), r.environment}, {QStringLiteral("host"), r.host},
                          {QStringLiteral("location"), r.location.name}, {QStringLiteral("path"), r.location.path},
                          {QStringLiteral("find"), p.error.isEmpty() && p.policy.isEmpty() ? QStringLiteral("-mtime +%1").arg(p.days) : QString()},
                          {QStringLiteral("policy"), p.policy},
                          {QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings)}};
            if (!p.error.isEmpty())
                o.insert(QStringLiteral("error"), p.error);
            QJsonArray files;
            for (const RetentionVerdict &v : p.files) {
                const BackupFile &f = r.files.at(v.file);
                files.append(QJsonObject{{QStringLiteral("name"), f.displayName},
                                         {QStringLiteral("mtime"), f.mtime},
                                         {QStringLiteral("age_seconds"), r.hostNow - f.mtime},
                                         {QStringLiteral("deleted_next_run"), v.deletedNextRun},
                                         {QStringLiteral("deleted_in_seconds"), v.deletedNextRun ? 0 : v.deletesInSecs},
                                         {QStringLiteral("reason"), v.reason}});
            }
            o.insert(QStringLiteral("files"), files);
            array.append(o);
            continue;
        }
        cli.out << QStringLiteral("%1  %2\n").arg(r.target(), r.location.path);
        if (!p.error.isEmpty()) {
            cli.out << QStringLiteral("  %1\n").arg(p.error);
            continue;
        }
        if (!p.policy.isEmpty())
            cli.out << QStringLiteral("  %1\n").arg(p.policy);
        else
            cli.out << Text::tr("  retention %1: find -mtime +%2 (a file goes when it is %3 × 24 h old, on the host's clock)\n")
                           .arg(LocaleFormat::duration(r.location.retention))
                           .arg(p.days)
                           .arg(p.days + 1);
        for (const RetentionVerdict &v : p.files) {
            const BackupFile &f = r.files.at(v.file);
            cli.out << QStringLiteral("  %1  %2  %3\n").arg(v.deletedNextRun ? Text::tr("DELETE") : Text::tr("keep  "), f.displayName, v.reason);
        }
        for (const QString &w : p.warnings)
            cli.out << Text::tr("  WARNING: %1\n").arg(w);
    }
    if (json)
        cli.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    cli.out.flush();
    return exit;
}

QJsonObject verificationJson(const BackupVerification &v)
{
    QJsonObject o{{QStringLiteral("environment"), v.environment}, {QStringLiteral("host"), v.host},
                  {QStringLiteral("location"), v.location}, {QStringLiteral("file"), v.file},
                  {QStringLiteral("check"), v.check}, {QStringLiteral("ok"), v.ok},
                  {QStringLiteral("changed"), v.changed}, {QStringLiteral("detail"), v.detail}};
    if (!v.sha256.isEmpty())
        o.insert(QStringLiteral("sha256"), v.sha256);
    if (!v.firstSha256.isEmpty())
        o.insert(QStringLiteral("first_sha256"), v.firstSha256);
    return o;
}

int verify(const FleetConfig &config, const HostConfig &host, const QStringList &names, bool all, bool json, const QString &storeArgument,
           CliContext &cli)
{
    if (names.isEmpty() == !all) {
        cli.err << Text::tr("opsdeck: name the files to verify, or give --all (not both)") << Qt::endl;
        return ExitCode::Usage;
    }
    StoreSession session(cli);
    if (!session.open(storeArgument, false, cli))
        return ExitCode::Refused; // every result is recorded: no store, no verification
    BackupService &backups = *cli.ops(config).backups();
    QFuture<QList<BackupLocationReport>> scan = backups.scan(host);
    const QList<BackupLocationReport> reports = StoreSession::await(scan);

    // Which files: every listed file (--all), or those named (by their shown name or their bytes).
    // Every check starts at once (queued on the host's session); the results are read in order.
    QObject context;
    QList<QFuture<BackupVerifyRun::Outcome>> runs;
    QStringList unknown = names;
    int exit = ExitCode::Succeeded;
    for (const BackupLocationReport &r : reports) {
        if (!r.listed()) {
            cli.err << Text::tr("opsdeck: %1: %2").arg(r.target(), r.error) << Qt::endl;
            exit = ExitCode::Failed;
            continue;
        }
        for (const BackupFile &f : r.files) {
            const bool named = names.contains(f.displayName) || names.contains(QString::fromUtf8(f.name));
            if (!all && !named)
                continue;
            unknown.removeAll(f.displayName);
            unknown.removeAll(QString::fromUtf8(f.name));
            runs << backups.verify(r, f, &context);
        }
    }
    for (const QString &name : std::as_const(unknown)) {
        cli.err << Text::tr("opsdeck: no backup file '%1' in %2/%3").arg(name, host.environment, host.name) << Qt::endl;
        exit = ExitCode::Failed;
    }
    QJsonArray array;
    for (QFuture<BackupVerifyRun::Outcome> &run : runs) {
        if (!run.isFinished()) {
            QEventLoop loop;
            QFutureWatcher<BackupVerifyRun::Outcome> watcher;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(run);
            if (!run.isFinished())
                loop.exec();
        }
        if (!run.resultCount()) {
            cli.err << Text::tr("opsdeck: a verification stopped before it finished (the host's session closed)") << Qt::endl;
            exit = ExitCode::Failed;
            continue;
        }
        const BackupVerifyRun::Outcome outcome = run.result();
        const BackupVerification &v = outcome.verification;
        if (!outcome.storeError.isEmpty()) {
            cli.err << QStringLiteral("opsdeck: ") << outcome.storeError << Qt::endl;
            exit = ExitCode::Failed;
        }
        if (!v.ok)
            exit = ExitCode::Failed;
        if (json)
            array.append(verificationJson(v));
        else
            cli.out << QStringLiteral("%1  %2/%3  %4\n").arg(v.ok ? Text::tr("OK     ") : Text::tr("FAILED "), v.location, v.file, v.detail);
        cli.out.flush();
    }
    if (json)
        cli.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    cli.out.flush();
    return exit;
}

// Every option of the verb: the parser, --help, the man page and the bash completion read this list.
QList<QCommandLineOption> options()
{
    return {CliContext::configOption(), CliContext::storeOption(), {QStringLiteral("json"), Text::tr("JSON output.")},
            {QStringLiteral("all"), Text::tr("Verify every listed file (verify).")},
            {QStringLiteral("reason"), Text::tr("Why (run, drill; recorded)."), QStringLiteral("TEXT")},
            {QStringLiteral("yes"), Text::tr("Confirm without asking (run, drill).")},
            {{QStringLiteral("o"), QStringLiteral("output")}, Text::tr("Where the file goes: a file, or a directory to put it in (download)."),
             QStringLiteral("PATH")},
            {QStringLiteral("force"), Text::tr("Replace an existing file (download).")},
            {QStringLiteral("confirm"), Text::tr("The environment's name, where it must be typed (run, drill)."), QStringLiteral("ENV")},
            {QStringLiteral("location"), Text::tr("The backup location whose drill target to use (drill; default: the only one)."), QStringLiteral("NAME")}};
}

int download(const FleetConfig &config, const HostConfig &host, const QStringList &rest, const QCommandLineParser &parser, CliContext &cli)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (rest.size() != 1 || output.isEmpty()) {
        cli.err << QString::fromUtf8(kUsage) << Qt::flush;
        return ExitCode::Usage;
    }
    const QString name = rest.constFirst();
    BackupService &backups = *cli.ops(config).backups();
    const QList<BackupLocationReport> reports = StoreSession::await(backups.scan(host));
    // The file by its shown name or its bytes, in whichever location lists it; the same name in two
    // locations is ambiguous, never a guess.
    std::optional<BackupDownloadRequest> request;
    QStringList unlisted;
    for (const BackupLocationReport &r : reports) {
        if (!r.listed()) {
            unlisted << Text::tr("%1: %2").arg(r.target(), r.error);
            continue;
        }
        for (const BackupFile &f : r.files) {
            if (f.displayName != name && QString::fromUtf8(f.name) != name)
                continue;
            if (request) {
                cli.err << Text::tr("opsdeck: '%1' is in %2 and in %3: not downloaded").arg(name, request->report.location.name, r.location.name)
                        << Qt::endl;
                return ExitCode::Usage;
            }
            request = BackupDownloadRequest{r, f, output, parser.isSet(QStringLiteral("force"))};
        }
    }
    if (!request) {
        for (const QString &line : std::as_const(unlisted))
            cli.err << QStringLiteral("opsdeck: ") << line << Qt::endl;
        cli.err << Text::tr("opsdeck: no backup file '%1' in %2/%3").arg(name, host.environment, host.name) << Qt::endl;
        return ExitCode::Failed;
    }
    auto control = std::make_shared<SftpDownloadControl>();
    QObject context;
    QFuture<BackupDownloadOutcome> running = backups.download(*request, control, &context);
    // Progress on a terminal only, once a second, on one line.
    QTimer progress;
    const bool terminal = ::isatty(STDERR_FILENO);
    QObject::connect(&progress, &QTimer::timeout, &context, [&cli, &control] {
        const qint64 total = control->total;
        if (total > 0)
            cli.err << u'\r' << Text::tr("%1 of %2 (%3 %)").arg(QLocale().formattedDataSize(control->done), QLocale().formattedDataSize(total))
                           .arg(control->done * 100 / total)
                    << Qt::flush;
    });
    if (terminal)
        progress.start(1000);
    const BackupDownloadOutcome outcome = StoreSession::await(running);
    progress.stop();
    if (terminal && control->total > 0)
        cli.err << u'\n' << Qt::flush;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("environment"), host.environment}, {QStringLiteral("host"), host.name},
                      {QStringLiteral("location"), request->report.location.name}, {QStringLiteral("file"), request->file.displayName},
                      {QStringLiteral("result"), BackupDownload::resultName(outcome.result)}, {QStringLiteral("detail"), outcome.detail},
                      {QStringLiteral("path"), outcome.localPath}, {QStringLiteral("part_kept"), outcome.partKept},
                      {QStringLiteral("size"), outcome.size}, {QStringLiteral("bytes"), outcome.bytes},
                      {QStringLiteral("resumed_from"), outcome.resumedFrom}, {QStringLiteral("transfer_ms"), outcome.transferMs},
                      {QStringLiteral("elapsed_ms"), outcome.elapsedMs}};
        if (!outcome.sha256.isEmpty())
            o.insert(QStringLiteral("sha256"), outcome.sha256);
        if (!outcome.hostSha256.isEmpty())
            o.insert(QStringLiteral("host_sha256"), outcome.hostSha256);
        cli.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (outcome.ok()) {
        cli.out << Text::tr("OK      %1/%2  %3\n").arg(request->report.location.name, request->file.displayName, outcome.detail);
    } else {
        cli.err << Text::tr("opsdeck: %1/%2: %3").arg(request->report.location.name, request->file.displayName, outcome.detail) << Qt::endl;
    }
    cli.out.flush();
    switch (outcome.result) {
    case BackupDownloadOutcome::Result::Downloaded: return ExitCode::Succeeded;
    case BackupDownloadOutcome::Result::Refused: return ExitCode::Refused;
    default: return ExitCode::Failed;
    }
}

// `run` and `drill`: one guarded action through the guarded CLI, its plan printed first.
int runGuarded(const FleetConfig &config, const HostConfig &host, const QStringList &rest, const QCommandLineParser &parser, CliContext &cli,
               bool drill)
{
    if (rest.size() > 1) {
        cli.err << QString::fromUtf8(kUsage) << Qt::flush;
        return ExitCode::Usage;
    }
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty()) {
        cli.err << Text::tr("opsdeck: --reason TEXT is required: every action is recorded with why it was done") << Qt::endl;
        return ExitCode::Usage;
    }
    const EnvironmentConfig *env = nullptr;
    for (const EnvironmentConfig &e : config.environments) {
        if (e.name == host.environment)
            env = &e;
    }
    BackupService &backups = *cli.ops(config).backups();
    StoreSession session(cli);
    if (!session.open(parser.value(QStringLiteral("store")), false, cli))
        return ExitCode::Refused; // a guarded action is recorded, or it does not run
    std::unique_ptr<GuardedAction> guarded;
    QString problem;
    if (drill) {
        auto d = backups.drill(BackupDrillRequest{host.environment, host.name, rest.value(0), parser.value(QStringLiteral("location"))});
        problem = d->problem();
        guarded = std::move(d);
    } else {
        auto r = backups.run(BackupRunRequest{host.environment, host.name, rest.value(0)});
        problem = r->problem();
        guarded = std::move(r);
    }
    if (!problem.isEmpty()) {
        cli.err << QStringLiteral("opsdeck: ") << problem << Qt::endl;
        return ExitCode::Usage;
    }
    GuardedAction &action = *guarded;
    cli.out << action.title() << u'\n';
    for (const QString &command : action.commands())
        cli.out << QStringLiteral("  $ ") << command << u'\n';
    cli.out.flush();
    return GuardedActionCli::exitCode(GuardedActionCli::run(session.store, config, *env, action, reason,
                                                            {action.title(), Text::tr("Reason: %1").arg(reason)}, parser, cli)
                                          .outcome);
}

int run(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addOptions(options());
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("opsdeck backup")} + arguments) || parser.isSet(QStringLiteral("help"))
        || parser.positionalArguments().size() < 2) {
        if (!parser.errorText().isEmpty())
            cli.err << QStringLiteral("opsdeck: ") << parser.errorText() << u'\n';
        cli.err << QString::fromUtf8(kUsage) << Qt::flush;
        return parser.isSet(QStringLiteral("help")) ? ExitCode::Succeeded : ExitCode::Usage;
    }
    const QString sub = parser.positionalArguments().at(0);
    if (sub != QLatin1String("list") && sub != QLatin1String("retention") && sub != QLatin1String("verify") && sub != QLatin1String("run")
        && sub != QLatin1String("download") && sub != QLatin1String("drill")) {
        cli.err << Text::tr("opsdeck: unknown backup command '%1'\n").arg(sub) << QString::fromUtf8(kUsage) << Qt::flush;
        return ExitCode::Usage;
    }
    if (parser.positionalArguments().size() != 2 && sub != QLatin1String("verify") && sub != QLatin1String("run") && sub != QLatin1String("download")
        && sub != QLatin1String("drill")) {
        cli.err << QString::fromUtf8(kUsage) << Qt::flush;
        return ExitCode::Usage;
    }
    const auto config = cli.loadConfig(parser);
    if (!config)
        return ExitCode::Config;
    const QList<const HostConfig *> hosts = selectHosts(*config, parser.positionalArguments().at(1), sub != QLatin1String("list"), cli);
    if (hosts.isEmpty())
        return ExitCode::Usage;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (sub == QLatin1String("list"))
        return list(*config, hosts, json, cli);
    if (sub == QLatin1String("download"))
        return download(*config, *hosts.constFirst(), parser.positionalArguments().mid(2), parser, cli);
    if (sub == QLatin1String("run"))
        return runGuarded(*config, *hosts.constFirst(), parser.positionalArguments().mid(2), parser, cli, false);
    if (sub == QLatin1String("drill"))
        return runGuarded(*config, *hosts.constFirst(), parser.positionalArguments().mid(2), parser, cli, true);
    if (sub == QLatin1String("verify"))
        return verify(*config, *hosts.constFirst(), parser.positionalArguments().mid(2), parser.isSet(QStringLiteral("all")), json,
                      parser.value(QStringLiteral("store")), cli);
    return retention(*config, hosts, json, cli);
}

} // namespace

Verb backupVerb()
{
    return {QStringLiteral("backup"), QStringLiteral("backup list|retention|verify|download|run|drill ENV[/HOST] …"),
            Text::tr("List backup sets over SFTP with freshness against the RPO; preview retention per file; verify integrity; download a file; "
                     "run a backup; restore a dump in a drill"), run,
            nullptr, options()};
}

} // namespace opsdeck
