#include "RemoteCommand.h"

#include "config/RemoteValueRules.h"

namespace opsdeck::RemoteCommand {

QString build(const QStringList &argv, bool sudo)
{
    QStringList parts;
    if (sudo)
        parts << QStringLiteral("sudo") << QStringLiteral("-n") << QStringLiteral("--");
    for (const QString &arg : argv)
        parts << RemoteValueRules::shellQuote(arg);
    return parts.join(u' ');
}

} // namespace opsdeck::RemoteCommand
