#include "SftpListing.h"

#include <libssh/sftp.h>

namespace opsdeck {

QString sftpListingStatusName(SftpListing::Status status)
{
    switch (status) {
    case SftpListing::Status::Listed: return QStringLiteral("listed");
    case SftpListing::Status::NotFound: return QStringLiteral("not-found");
    case SftpListing::Status::PermissionDenied: return QStringLiteral("permission-denied");
    case SftpListing::Status::NotADirectory: return QStringLiteral("not-a-directory");
    case SftpListing::Status::Failed: return QStringLiteral("failed");
    case SftpListing::Status::Unreachable: return QStringLiteral("unreachable");
    }
    return QStringLiteral("failed");
}

SftpListing::Status sftpListingStatusFor(int sftpError)
{
    switch (sftpError) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return SftpListing::Status::NotFound;
    case SSH_FX_PERMISSION_DENIED:
        return SftpListing::Status::PermissionDenied;
    default:
        return SftpListing::Status::Failed;
    }
}

} // namespace opsdeck
