#include "BackupVerifier.h"

#include "ssh/RemoteCommand.h"
#include "ssh/RemoteFileName.h"
#include "store/EventKind.h"

#include <QCoreApplication>

namespace opsdeck::BackupVerifier {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)
};

bool isTarGz(const QByteArray &name)
{
    return name.endsWith(".tar.gz") || name.endsWith(".tgz");
}

} // namespace

std::optional<QString> command(const BackupLocationReport &report, const BackupFile &file, QString *refusal)
{
    if (file.type != RemoteFileEntry::Type::File) {
        *refusal = Text::tr("not a regular file: not verified");
        return std::nullopt;
    }
    if (!file.name.endsWith(".gz") && !file.name.endsWith(".tgz")) {
        *refusal = Text::tr("not a .gz or .tar.gz file: OpsDeck cannot check its integrity");
        return std::nullopt;
    }
    if (!RemoteFileName::isPlainText(file.name)) {
        *refusal = Text::tr("the name holds control characters or is not valid UTF-8: it is never passed to a remote command");
        return std::nullopt;
    }
    const QString path = report.location.path + u'/' + QString::fromUtf8(file.name);
    // Streamed: the decompressed bytes go nowhere, the hash reads the file from standard input.
    const QString script = isTarGz(file.name) ? QStringLiteral("tar -tzf \"$1\" >/dev/null && sha256sum <\"$1\"")
                                              : QStringLiteral("gzip -t <\"$1\" && sha256sum <\"$1\"");
    return RemoteCommand::build({QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), path});
}

BackupVerification start(const BackupLocationReport &report, const BackupFile &file)
{
    BackupVerification v;
    v.environment = report.environment;
    v.host = report.host;
    v.location = report.location.name;
    v.path = report.location.path;
    v.file = file.displayName;
    v.fileName = file.name;
    v.size = file.size;
    v.mtime = file.mtime;
    QString refusal;
    if (command(report, file, &refusal))
        v.check = isTarGz(file.name) ? QStringLiteral("tar -tzf") : QStringLiteral("gzip -t");
    else
        v.detail = refusal;
    return v;
}

void interpret(BackupVerification &v, const CommandResult &result)
{
    if (result.status != CommandResult::Status::Completed) {
        v.ok = false;
        v.detail = Text::tr("not checked: %1").arg(result.error);
        return;
    }
    // The first lines of the tool's messages, on one line.
    const QString err = QString::fromUtf8(result.err).trimmed().section(u'\n', 0, 2).replace(u'\n', QStringLiteral("; "));
    if (result.exitCode != 0) {
        v.ok = false;
        if (err.contains(QStringLiteral("No such file")))
            v.detail = Text::tr("the file vanished after the listing");
        else if (err.contains(QStringLiteral("Permission denied")))
            v.detail = Text::tr("permission denied reading the file");
        else
            v.detail = Text::tr("%1 failed (exit status %2): %3").arg(v.check).arg(result.exitCode).arg(err.isEmpty() ? Text::tr("no message") : err);
        return;
    }
    const QByteArray hash = result.out.trimmed().split(' ').constFirst();
    if (hash.size() != 64 || QByteArray::fromHex(hash).size() != 32) {
        v.ok = false;
        v.detail = Text::tr("%1 passed but sha256sum gave no hash").arg(v.check);
        return;
    }
    v.sha256 = QString::fromLatin1(hash);
    v.ok = true;
    v.detail = Text::tr("%1 passed").arg(v.check);
}

void compareWithFirst(BackupVerification &v, const std::optional<Event> &first)
{
    if (!first || v.sha256.isEmpty())
        return;
    v.firstSha256 = first->details.value(QStringLiteral("sha256")).toString();
    v.firstVerifiedAt = first->time;
    if (!v.firstSha256.isEmpty() && v.firstSha256 != v.sha256) {
        v.changed = true;
        v.ok = false;
        v.detail = Text::tr("changed since it was first verified at %1: SHA-256 %2… is now %3…")
                       .arg(first->time.toUTC().toString(Qt::ISODate), v.firstSha256.left(12), v.sha256.left(12));
    } else if (!v.firstSha256.isEmpty()) {
        v.detail = Text::tr("%1 passed; SHA-256 unchanged since %2").arg(v.check, first->time.toUTC().toString(Qt::ISODate));
    }
}

EventFilter firstVerificationFilter(const BackupVerification &v)
{
    EventFilter filter;
    filter.kind = EventKinds::name(EventKind::BackupVerified);
    filter.environment = v.environment;
    filter.host = v.host;
    filter.detailKey = QStringLiteral("file_hex");
    filter.detailValue = QString::fromLatin1(v.fileName.toHex());
    filter.newestFirst = false;
    filter.limit = 1;
    return filter;
}

Event toEvent(const BackupVerification &v)
{
    Event e;
    e.kind = v.ok ? EventKinds::name(EventKind::BackupVerified) : EventKinds::name(EventKind::BackupVerifyFailed);
    e.environment = v.environment;
    e.host = v.host;
    e.summary = v.ok ? Text::tr("Backup verified: %1/%2/%3 %4 (%5)").arg(v.environment, v.host, v.location, v.file, v.detail)
                     : Text::tr("Backup verification failed: %1/%2/%3 %4: %5").arg(v.environment, v.host, v.location, v.file, v.detail);
    e.details = {{QStringLiteral("location"), v.location},
                 {QStringLiteral("path"), v.path},
                 {QStringLiteral("file"), v.file},
                 {QStringLiteral("file_hex"), QString::fromLatin1(v.fileName.toHex())},
                 {QStringLiteral("size"), v.size},
                 {QStringLiteral("mtime"), v.mtime},
                 {QStringLiteral("check"), v.check},
                 {QStringLiteral("detail"), v.detail},
                 {QStringLiteral("changed"), v.changed}};
    if (!v.sha256.isEmpty())
        e.details.insert(QStringLiteral("sha256"), v.sha256);
    if (!v.firstSha256.isEmpty())
        e.details.insert(QStringLiteral("first_sha256"), v.firstSha256);
    return e;
}

} // namespace opsdeck::BackupVerifier
