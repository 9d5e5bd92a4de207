#include "KamalControl.h"

#include "ReleaseInventory.h"
#include "config/RemoteValueRules.h"
#include "ssh/RemoteCommand.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace opsdeck::KamalControl {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(KamalControl)
};

// $1 the project directory, $2 the destination (may be empty). Exit 3: the control host lacks
// something `kamal rollback` needs; nothing ran.
const char *const kPreflightScript = R"SH(cd -- "$1" 2>/dev/null || { printf 'the Kamal project directory %s is not there\n' "$1" >&2; exit 3; }
[ -f config/deploy.yml ] || { printf 'no config/deploy.yml in %s\n' "$1" >&2; exit 3; }
[ -z "$2" ] || [ -f "config/deploy.$2.yml" ] || { printf 'no config/deploy.%s.yml in %s\n' "$2" "$1" >&2; exit 3; }
command -v kamal >/dev/null 2>&1 || { printf 'kamal is not on the PATH of this login\n' >&2; exit 3; }
)SH";

QString checkConfig(const AppConfig &app)
{
    if (!configured(app))
        return Text::tr("the app '%1' has no kamal_control").arg(app.name);
    if (const QString why = RemoteValueRules::checkName(app.kamalControlHost); !why.isEmpty())
        return why;
    if (const QString why = RemoteValueRules::checkRemotePath(app.kamalControlPath); !why.isEmpty())
        return why;
    // Kamal's rule for a destination, as the configuration checks it.
    static const QRegularExpression destination(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9_-]{0,62}")));
    if (!app.kamalDestination.isEmpty() && !destination.match(app.kamalDestination).hasMatch())
        return Text::tr("the destination '%1' is not a Kamal destination name").arg(app.kamalDestination);
    return {};
}

} // namespace

bool configured(const AppConfig &app)
{
    return app.strategy == QLatin1String("kamal") && !app.kamalControlHost.isEmpty();
}

QString check(const AppConfig &app, const QString &version)
{
    if (const QString why = checkConfig(app); !why.isEmpty())
        return why;
    return ReleaseInventory::checkReleaseName(version);
}

QString rollbackCommand(const AppConfig &app, const QString &version)
{
    if (!check(app, version).isEmpty())
        return {};
    QStringList kamal{QStringLiteral("kamal"), QStringLiteral("rollback"), version};
    if (!app.kamalDestination.isEmpty())
        kamal << QStringLiteral("-d") << app.kamalDestination;
    return RemoteCommand::build({QStringLiteral("cd"), QStringLiteral("--"), app.kamalControlPath}) + QStringLiteral(" && ")
           + RemoteCommand::build(kamal);
}

QString preflightCommand(const AppConfig &app)
{
    if (!checkConfig(app).isEmpty())
        return {};
    return RemoteCommand::build({QStringLiteral("sh"), QStringLiteral("-c"), QString::fromUtf8(kPreflightScript),
                                 QStringLiteral("opsdeck-kamal-control"), app.kamalControlPath, app.kamalDestination});
}

} // namespace opsdeck::KamalControl
