#include "SftpDownload.h"

namespace opsdeck {

QString sftpDownloadStatusName(SftpDownload::Status status)
{
    switch (status) {
    case SftpDownload::Status::Completed: return QStringLiteral("completed");
    case SftpDownload::Status::Canceled: return QStringLiteral("canceled");
    case SftpDownload::Status::NotFound: return QStringLiteral("not-found");
    case SftpDownload::Status::PermissionDenied: return QStringLiteral("permission-denied");
    case SftpDownload::Status::NotARegularFile: return QStringLiteral("not-a-regular-file");
    case SftpDownload::Status::LocalError: return QStringLiteral("local-error");
    case SftpDownload::Status::Failed: return QStringLiteral("failed");
    case SftpDownload::Status::Unreachable: return QStringLiteral("unreachable");
    }
    return QStringLiteral("failed");
}

} // namespace opsdeck
