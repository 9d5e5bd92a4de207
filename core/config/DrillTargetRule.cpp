#include "DrillTargetRule.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QRegularExpression>

namespace opsdeck::DrillTargetRule {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DrillTargetRule)
};

bool sameServer(const QString &a, int portA, const QString &b, int portB, const Resolver &resolve)
{
    if (portA != portB)
        return false;
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return true;
    const QStringList left = resolve(a);
    const QStringList right = resolve(b);
    for (const QString &address : left) {
        if (right.contains(address))
            return true;
    }
    return false;
}
} // namespace

QStringList literalAddresses(const QString &host)
{
    QString h = host.trimmed();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    QHostAddress address;
    if (address.setAddress(h)) {
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4); // ::ffff:127.0.0.1 is 127.0.0.1
        return {isV4 ? QHostAddress(v4).toString() : address.toString()};
    }
    return {};
}

QStringList resolvedAddresses(const QString &host)
{
    QStringList addresses = literalAddresses(host);
    if (!addresses.isEmpty())
        return addresses;
    const QHostInfo info = QHostInfo::fromName(host);
    for (const QHostAddress &a : info.addresses()) {
        for (const QString &literal : literalAddresses(a.toString())) {
            if (!addresses.contains(literal))
                addresses << literal;
        }
    }
    return addresses;
}

QString liveConflict(const FleetConfig &config, const DrillTarget &drill, const Resolver &resolve)
{
    if (!drill.configured())
        return {};
    for (const EnvironmentConfig &env : config.environments) {
        for (const HostConfig &host : env.hosts) {
            for (const BackupConfig &location : host.backups) {
                for (const DatabaseAddress &live : location.liveDbs) {
                    if (!sameServer(drill.host, drill.port, live.host, live.port, resolve))
                        continue;
                    const QString where = QStringLiteral("%1:%2/%3").arg(live.host).arg(live.port).arg(live.database);
                    const QString owner = env.name + u'/' + host.name + u'/' + location.name;
                    if (drill.database == live.database)
                        return Text::tr("the drill target %1:%2/%3 is the live database %4 (live_db of %5): a drill never connects to a live database")
                            .arg(drill.host).arg(drill.port).arg(drill.database, where, owner);
                    if (live.database.startsWith(drill.databasePrefix))
                        return Text::tr("a scratch database of the drill target %1:%2 (%3…) could be named like the live database %4 (live_db of %5): a drill never creates or drops a live database")
                            .arg(drill.host).arg(drill.port).arg(drill.databasePrefix, where, owner);
                }
            }
        }
    }
    return {};
}

QStringList conflicts(const FleetConfig &config, const Resolver &resolve)
{
    QStringList found;
    for (const EnvironmentConfig &env : config.environments) {
        for (const HostConfig &host : env.hosts) {
            for (const BackupConfig &location : host.backups) {
                if (const QString why = liveConflict(config, location.drill, resolve); !why.isEmpty())
                    found << env.name + u'/' + host.name + u'/' + location.name + QStringLiteral(": ") + why;
            }
        }
    }
    return found;
}

QString checkDatabasePrefix(const QString &prefix)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_]{0,35}$"));
    if (!valid.match(prefix).hasMatch())
        return Text::tr("database_prefix must be 1 to 36 lowercase letters, digits or '_', starting with a letter or '_'");
    return {};
}

} // namespace opsdeck::DrillTargetRule
