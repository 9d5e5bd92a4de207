#include "BackupDownload.h"

#include "BackupVerifyRun.h"
#include "ssh/RemoteCommand.h"
#include "ssh/RemoteFileName.h"
#include "ssh/SshEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QElapsedTimer>
#include <QPointer>
#include <QPromise>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>

namespace opsdeck::BackupDownload {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BackupDownload)
};

using Outcome = BackupDownloadOutcome;
using Promise = std::shared_ptr<QPromise<Outcome>>;

void finish(const Promise &promise, Outcome outcome, const QElapsedTimer &timer)
{
    outcome.elapsedMs = timer.elapsed();
    outcome.partKept = QFileInfo::exists(outcome.partPath);
    promise->addResult(outcome);
    promise->finish();
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

qint64 storageFree(const QString &directory)
{
    const QStorageInfo storage(directory);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

// The verified .part takes the target's name; without overwrite never over a file that appeared
// meanwhile (renameat2 RENAME_NOREPLACE decides atomically). Returns errno, 0 on success.
int moveIntoPlace(const QString &part, const QString &target, bool overwrite)
{
    const QByteArray from = QFile::encodeName(part);
    const QByteArray to = QFile::encodeName(target);
    const int rc = overwrite ? ::rename(from.constData(), to.constData())
                             : ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
    return rc == 0 ? 0 : errno;
}

void completed(const Promise &promise, Outcome outcome, const SftpDownload &d, bool overwrite, const QElapsedTimer &timer)
{
    outcome.sha256 = QString::fromLatin1(d.sha256);
    if (outcome.sha256 != outcome.hostSha256 || d.bytes != d.remoteSize) {
        // These bytes are not the file the host hashed: continuing from them could never match.
        QFile::remove(outcome.partPath);
        outcome.result = Outcome::Result::Mismatch;
        outcome.detail = Text::tr("the SHA-256 of the downloaded data (%1…, %2) differs from the host's sha256sum (%3…): the file "
                                  "changed on the host during the download or was damaged on the way; %4 was removed")
                             .arg(outcome.sha256.left(12), size(d.bytes), outcome.hostSha256.left(12), shown(outcome.partPath));
        finish(promise, outcome, timer);
        return;
    }
    if (const int error = moveIntoPlace(outcome.partPath, outcome.localPath, overwrite); error != 0) {
        outcome.result = error == EEXIST ? Outcome::Result::Refused : Outcome::Result::Failed;
        outcome.detail = error == EEXIST
                             ? Text::tr("%1 appeared during the download and is not replaced; the verified download is kept as %2")
                                   .arg(shown(outcome.localPath), shown(outcome.partPath))
                             : Text::tr("the verified download %1 could not be renamed to %2: %3")
                                   .arg(shown(outcome.partPath), shown(outcome.localPath), QString::fromLocal8Bit(std::strerror(error)));
        finish(promise, outcome, timer);
        return;
    }
    outcome.result = Outcome::Result::Downloaded;
    const double seconds = std::max<qint64>(1, d.transferMs) / 1000.0;
    outcome.detail = (d.resumedFrom > 0 ? Text::tr("downloaded %1 (continued from %2) to %3 in %4 s; SHA-256 %5 matches the host's")
                                              .arg(size(d.bytes), size(d.resumedFrom), shown(outcome.localPath))
                                        : Text::tr("downloaded %1 to %2 in %3 s; SHA-256 %4 matches the host's").arg(size(d.bytes), shown(outcome.localPath)))
                         .arg(QLocale().toString(seconds, 'f', 1), outcome.sha256);
    finish(promise, outcome, timer);
}

} // namespace

QString resultName(BackupDownloadOutcome::Result result)
{
    switch (result) {
    case Outcome::Result::Downloaded: return QStringLiteral("downloaded");
    case Outcome::Result::Refused: return QStringLiteral("refused");
    case Outcome::Result::Canceled: return QStringLiteral("canceled");
    case Outcome::Result::Mismatch: return QStringLiteral("mismatch");
    case Outcome::Result::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QString targetPath(const BackupDownloadRequest &request)
{
    if (!request.localPath.isEmpty() && QFileInfo(request.localPath).isDir() && RemoteFileName::isPlainText(request.file.name))
        return QDir(request.localPath).filePath(QString::fromUtf8(request.file.name));
    return request.localPath;
}

QString partPath(const QString &targetPath)
{
    return targetPath + QStringLiteral(".part");
}

std::optional<QString> hashCommand(const BackupLocationReport &report, const BackupFile &file)
{
    if (!RemoteFileName::isPlainText(file.name))
        return std::nullopt;
    const QString path = report.location.path + u'/' + QString::fromUtf8(file.name);
    return RemoteCommand::build({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sha256sum <\"$1\""), QStringLiteral("sh"), path});
}

QString refusal(const BackupDownloadRequest &request, const FreeSpace &freeSpace)
{
    const BackupFile &file = request.file;
    if (file.type != RemoteFileEntry::Type::File)
        return Text::tr("%1 is not a regular file: not downloaded").arg(file.displayName);
    if (!RemoteFileName::isPlainText(file.name))
        return Text::tr("the name %1 holds control characters or is not valid UTF-8: it is never passed to sha256sum on the host, "
                        "so its download could not be checked")
            .arg(file.displayName);
    if (request.localPath.isEmpty())
        return Text::tr("no local path given");
    const QString target = targetPath(request);
    const QFileInfo info(target);
    if (info.isDir())
        return Text::tr("%1 is a directory").arg(shown(target));
    if (!info.absoluteDir().exists())
        return Text::tr("the directory %1 does not exist").arg(shown(info.absolutePath()));
    if (info.exists() || info.isSymLink()) {
        if (!request.overwrite)
            return Text::tr("%1 exists: it is not replaced unless you ask for it (--force, or confirm in the window)").arg(shown(target));
    }
    const QFileInfo part(partPath(target));
    const qint64 kept = part.exists() && file.size >= 0 && part.size() <= file.size ? part.size() : 0;
    const qint64 needed = std::max<qint64>(0, file.size - kept);
    const qint64 available = freeSpace ? freeSpace(info.absolutePath()) : storageFree(info.absolutePath());
    if (available >= 0 && available < needed)
        return Text::tr("not enough free space in %1: the download needs %2, %3 are free").arg(shown(info.absolutePath()), size(needed), size(available));
    return {};
}

QFuture<BackupDownloadOutcome> start(SshEngine &engine, Milliseconds commandTimeout, const BackupDownloadRequest &request,
                                     std::shared_ptr<SftpDownloadControl> control, QObject *context, const Hooks &hooks)
{
    auto promise = std::make_shared<QPromise<Outcome>>();
    QFuture<Outcome> future = promise->future();
    promise->start();
    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    outcome.localPath = targetPath(request);
    outcome.partPath = partPath(outcome.localPath);
    outcome.size = request.file.size;
    if (const QString why = refusal(request, hooks.freeSpace); !why.isEmpty()) {
        outcome.result = Outcome::Result::Refused;
        outcome.detail = why;
        finish(promise, outcome, timer);
        return future;
    }
    const QString host = request.report.host;
    const QByteArray remotePath = request.report.location.path.toUtf8() + '/' + request.file.name;
    const bool overwrite = request.overwrite;
    const auto hostHashRead = hooks.hostHashRead;
    QPointer<SshEngine> engineGuard(&engine);
    // The host's hash first: a file that changes after it no longer matches what arrives.
    engine.run(host, *hashCommand(request.report, request.file), BackupVerifyRun::timeout(commandTimeout))
        .then(context, [=](const CommandResult &result) mutable {
            const QByteArray hash = result.out.trimmed().split(' ').constFirst();
            if (result.status != CommandResult::Status::Completed || result.exitCode != 0 || hash.size() != 64
                || QByteArray::fromHex(hash).size() != 32) {
                const QString err = QString::fromUtf8(result.err).trimmed().section(u'\n', 0, 1);
                outcome.result = Outcome::Result::Failed;
                outcome.detail = result.status != CommandResult::Status::Completed
                                     ? Text::tr("sha256sum on the host did not run: %1").arg(result.error)
                                     : Text::tr("sha256sum on the host failed (exit status %1): %2")
                                           .arg(result.exitCode)
                                           .arg(err.isEmpty() ? Text::tr("no hash") : err);
                finish(promise, outcome, timer);
                return;
            }
            outcome.hostSha256 = QString::fromLatin1(hash);
            if (hostHashRead)
                hostHashRead(outcome.hostSha256);
            if (control->cancel || !engineGuard) {
                outcome.result = Outcome::Result::Canceled;
                outcome.detail = Text::tr("canceled before the transfer started");
                finish(promise, outcome, timer);
                return;
            }
            engineGuard->download(host, remotePath, outcome.partPath, control, commandTimeout)
                .then(context, [=](const SftpDownload &d) mutable {
                    outcome.bytes = d.bytes;
                    outcome.resumedFrom = d.resumedFrom;
                    outcome.transferMs = d.transferMs;
                    if (d.remoteSize >= 0)
                        outcome.size = d.remoteSize;
                    if (d.completed()) {
                        completed(promise, outcome, d, overwrite, timer);
                        return;
                    }
                    // An empty .part (nothing arrived) is litter, not progress.
                    if (QFileInfo(outcome.partPath).size() == 0)
                        QFile::remove(outcome.partPath);
                    const bool kept = QFileInfo::exists(outcome.partPath);
                    outcome.result = d.status == SftpDownload::Status::Canceled ? Outcome::Result::Canceled : Outcome::Result::Failed;
                    const QString what = d.status == SftpDownload::Status::Canceled
                                             ? Text::tr("canceled after %1 of %2").arg(size(d.bytes), size(std::max<qint64>(0, d.remoteSize)))
                                             : d.error;
                    outcome.detail = kept && d.bytes > 0
                                         ? Text::tr("%1; %2 is kept: downloading again continues from it").arg(what, shown(outcome.partPath))
                                         : what;
                    finish(promise, outcome, timer);
                })
                .onCanceled(context, [=] {
                    Outcome o = outcome;
                    o.result = Outcome::Result::Failed;
                    o.detail = Text::tr("the download stopped before it finished (the host's session closed)");
                    finish(promise, o, timer);
                });
        })
        .onCanceled(context, [=] {
            Outcome o = outcome;
            o.result = Outcome::Result::Failed;
            o.detail = Text::tr("the download stopped before it finished (the host's session closed)");
            finish(promise, o, timer);
        });
    return future;
}

} // namespace opsdeck::BackupDownload
