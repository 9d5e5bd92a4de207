#include "BackupLocationSchema.h"

#include "DrillTargetRule.h"
#include "RemoteValueRules.h"

#include <QCoreApplication>
#include <QDir>

#include <chrono>
#include <utility>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
};
} // namespace

BackupConfig BackupLocationSchema::read(const QString &name, const YamlNode &node, const HostConfig &host, const FleetConfig &config)
{
    BackupConfig backup;
    backup.name = name;
    m_lastDrill = {};
    readLocation(backup, node, config);
    if (backup.drill.configured())
        m_drillMarks.insert(host.environment + u'/' + host.name + u'/' + name, m_lastDrill);
    return backup;
}

void BackupLocationSchema::readLocation(BackupConfig &backup, const YamlNode &node, const FleetConfig &config)
{
    using namespace std::chrono_literals;
    const QString what = Text::tr("backup '%1'").arg(backup.name);
    backup.rpo = config.thresholds.backupMaxAge;
    backup.patterns = {QStringLiteral("*.gz")};
    if (!m_reader.isMap(node, what))
        return;
    const auto f = m_reader.fields(node,
                                   {{"path", true}, {"patterns"}, {"retention"}, {"rpo"}, {"command"}, {"command_timeout"}, {"keep"},
                                    {"verify_every"}, {"live_db"}, {"drill"}, {"rto"}},
                                   what);
    if (f.has("path")) {
        if (auto v = m_reader.checked(f["path"], Text::tr("path"), RemoteValueRules::checkRemotePath))
            backup.path = QDir::cleanPath(*v);
    }
    if (f.has("patterns")) {
        const YamlNode &p = f["patterns"];
        if (auto patterns = m_reader.stringList(p, Text::tr("patterns"))) {
            if (patterns->isEmpty())
                m_reader.error(p, Text::tr("patterns may not be an empty list"));
            for (qsizetype i = 0; i < patterns->size(); ++i) {
                if (const QString why = RemoteValueRules::checkGlob(patterns->at(i)); !why.isEmpty())
                    m_reader.error(p.items[std::size_t(i)], Text::tr("invalid pattern '%1': %2").arg(patterns->at(i), why));
            }
            backup.patterns = *patterns;
        }
    }
    if (f.has("retention")) {
        if (auto v = m_reader.duration(f["retention"], Text::tr("retention"), 1h, 3650 * 24h))
            backup.retention = *v;
    }
    if (f.has("rpo")) {
        if (auto v = m_reader.duration(f["rpo"], Text::tr("rpo"), 1min, 365 * 24h))
            backup.rpo = *v;
    }
    if (f.has("command")) {
        const YamlNode &c = f["command"];
        if (auto argv = m_reader.stringList(c, Text::tr("command"))) {
            if (argv->isEmpty())
                m_reader.error(c, Text::tr("command may not be an empty list"));
            for (qsizetype i = 0; i < argv->size(); ++i) {
                if (const QString why = RemoteValueRules::checkArgument(argv->at(i)); !why.isEmpty())
                    m_reader.error(c.items[std::size_t(i)], why);
            }
            backup.command = *argv;
        }
    }
    if (f.has("keep")) {
        const YamlNode &k = f["keep"];
        if (m_reader.isMap(k, Text::tr("keep"))) {
            const auto kf = m_reader.fields(k, {{"daily"}, {"weekly"}, {"monthly"}}, Text::tr("keep"));
            bool invalid = false; // already reported
            for (const auto &[key, slot] : {std::pair{"daily", &backup.keep.daily}, std::pair{"weekly", &backup.keep.weekly},
                                            std::pair{"monthly", &backup.keep.monthly}}) {
                if (kf.has(key)) {
                    if (auto v = m_reader.integer(kf[key], QString::fromLatin1(key), 0, 1000))
                        *slot = int(*v);
                    else
                        invalid = true;
                }
            }
            if (!invalid && !backup.keep.enabled())
                m_reader.error(k, Text::tr("keep needs at least one of daily, weekly, monthly above 0"));
            if (f.has("retention"))
                m_reader.error(k, Text::tr("give either retention (find -mtime +N) or keep (daily/weekly/monthly), not both"));
        }
    }
    if (f.has("command_timeout")) {
        if (auto v = m_reader.duration(f["command_timeout"], Text::tr("command_timeout"), 1s, 24h))
            backup.commandTimeout = *v;
    }
    if (f.has("verify_every")) {
        if (auto v = m_reader.duration(f["verify_every"], Text::tr("verify_every"), 1h, 365 * 24h))
            backup.verifyEvery = *v;
    }
    if (f.has("live_db")) {
        const YamlNode &l = f["live_db"];
        if (l.isSequence()) {
            for (const YamlNode &item : l.items) {
                if (auto db = readDatabaseAddress(item, Text::tr("live_db")))
                    backup.liveDbs.append(*db);
            }
        } else if (auto db = readDatabaseAddress(l, Text::tr("live_db"))) {
            backup.liveDbs.append(*db);
        }
    }
    if (f.has("drill")) {
        const YamlNode &d = f["drill"];
        m_lastDrill = {d.line, d.column};
        readDrill(backup.drill, d);
    }
    if (f.has("rto")) {
        if (auto v = m_reader.duration(f["rto"], Text::tr("rto"), 1min, 30 * 24h))
            backup.rto = *v;
    }
}

std::optional<DatabaseAddress> BackupLocationSchema::readDatabaseAddress(const YamlNode &node, const QString &what)
{
    if (!m_reader.isMap(node, what))
        return std::nullopt;
    const auto f = m_reader.fields(node, {{"host", true}, {"port"}, {"database", true}}, what);
    DatabaseAddress db;
    if (f.has("host")) {
        if (auto v = m_reader.string(f["host"], Text::tr("host")))
            db.host = *v;
    }
    if (f.has("port")) {
        if (auto v = m_reader.integer(f["port"], Text::tr("port"), 1, 65535))
            db.port = int(*v);
    }
    if (f.has("database")) {
        if (auto v = m_reader.string(f["database"], Text::tr("database")))
            db.database = *v;
    }
    if (db.host.isEmpty() || db.database.isEmpty())
        return std::nullopt;
    return db;
}

void BackupLocationSchema::readDrill(DrillTarget &drill, const YamlNode &node)
{
    const QString what = Text::tr("drill");
    if (!m_reader.isMap(node, what))
        return;
    const auto f = m_reader.fields(
        node, {{"host", true}, {"port"}, {"user", true}, {"database"}, {"database_prefix"}, {"password_env"}, {"password_file"}}, what);
    DrillTarget d;
    if (f.has("host")) {
        if (auto v = m_reader.string(f["host"], Text::tr("host")))
            d.host = *v;
    }
    if (f.has("port")) {
        if (auto v = m_reader.integer(f["port"], Text::tr("port"), 1, 65535))
            d.port = int(*v);
    }
    if (f.has("user")) {
        if (auto v = m_reader.string(f["user"], Text::tr("user")))
            d.user = *v;
    }
    if (f.has("database")) {
        if (auto v = m_reader.string(f["database"], Text::tr("database")))
            d.database = *v;
    }
    if (f.has("database_prefix")) {
        if (auto v = m_reader.checked(f["database_prefix"], Text::tr("database_prefix"), DrillTargetRule::checkDatabasePrefix))
            d.databasePrefix = *v;
    }
    if (f.has("password_env")) {
        if (auto v = m_reader.string(f["password_env"], Text::tr("password_env")))
            d.passwordEnv = *v;
    }
    if (f.has("password_file")) {
        if (auto v = m_reader.localPath(f["password_file"], Text::tr("password_file")))
            d.passwordFile = *v;
        if (f.has("password_env"))
            m_reader.error(f["password_file"], Text::tr("give either password_env or password_file, not both"));
    }
    if (!d.host.isEmpty() && !d.user.isEmpty())
        drill = d;
}

// A drill target that is a configured live database is an error of the file (names compared as
// written and as literal addresses; check-config resolves names too).
void BackupLocationSchema::checkDrillTargets(const FleetConfig &config)
{
    for (const EnvironmentConfig &env : config.environments) {
        for (const HostConfig &host : env.hosts) {
            for (const BackupConfig &location : host.backups) {
                const QString why = DrillTargetRule::liveConflict(config, location.drill, DrillTargetRule::literalAddresses);
                if (why.isEmpty())
                    continue;
                const Position at = m_drillMarks.value(env.name + u'/' + host.name + u'/' + location.name);
                m_reader.error(at.line, at.column, why);
            }
        }
    }
}

} // namespace opsdeck
