#include "BackupLocationChoice.h"

#include <QCoreApplication>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BackupLocationChoice)
};
} // namespace

BackupLocationChoice BackupLocationChoice::choose(const FleetConfig &config, const QString &environment, const QString &host,
                                                  const QString &location, const std::function<bool(const BackupConfig &)> &isAble)
{
    BackupLocationChoice choice;
    choice.environment = environment;
    choice.hostName = host;
    choice.locationName = location;
    choice.host = config.findHost(host);
    if (!choice.host || choice.host->environment != environment) {
        choice.host = nullptr;
        choice.problem = Problem::NoSuchHost;
        return choice;
    }
    for (const BackupConfig &b : choice.host->backups) {
        if (isAble(b))
            choice.able << b.name;
    }
    if (choice.locationName.isEmpty()) {
        if (choice.able.isEmpty()) {
            choice.problem = Problem::NoneAble;
            return choice;
        }
        if (choice.able.size() > 1) {
            choice.problem = Problem::SeveralAble;
            return choice;
        }
        choice.locationName = choice.able.constFirst();
    }
    for (const BackupConfig &b : choice.host->backups) {
        if (b.name == choice.locationName)
            choice.location = b;
    }
    if (choice.location.name.isEmpty())
        choice.problem = Problem::NoSuchLocation;
    else if (!isAble(choice.location))
        choice.problem = Problem::NotAble;
    return choice;
}

QString BackupLocationChoice::problemText(const Wording &wording) const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NoSuchHost:
        return Text::tr("%1 has no host '%2'").arg(environment, hostName);
    case Problem::NoneAble:
        return wording.noneAble.arg(environment, hostName);
    case Problem::SeveralAble:
        return wording.severalAble.arg(environment, hostName, able.join(QStringLiteral(", ")));
    case Problem::NoSuchLocation:
        return Text::tr("%1/%2 has no backup location '%3'").arg(environment, hostName, locationName);
    case Problem::NotAble:
        return wording.notAble.arg(environment, hostName, location.name);
    }
    return {};
}

} // namespace opsdeck
