#include "LocalAccount.h"

#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace opsdeck::LocalAccount {

QString loginName()
{
    passwd entry{};
    passwd *found = nullptr;
    std::vector<char> buffer(16384);
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid%1").arg(geteuid());
}

} // namespace opsdeck::LocalAccount
