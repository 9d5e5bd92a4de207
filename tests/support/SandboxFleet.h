#pragma once

// A sandbox fleet for one test: `opsdeck-fleet up` in a temporary directory, `down` when it goes.
// Loopback only. Header-only so every integration test can use it.

#include "RunProcess.h"

#include "config/ConfigLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace opsdeck::testing {

class SandboxFleet final
{
public:
    static QString tool() { return QStringLiteral(OPSDECK_SOURCE_DIR "/tools/opsdeck-fleet"); }

    // extraArguments e.g. {"--hosts", "3"} or {"--spec", file}
    explicit SandboxFleet(const QStringList &upArguments) : m_dir(m_tmp.filePath(QStringLiteral("fleet")))
    {
        const ProcessResult up = runProcess(tool(), QStringList{QStringLiteral("up"), QStringLiteral("--dir"), m_dir} + upArguments, 120'000);
        m_upError = up.exitCode == 0 ? QString() : up.err + up.out;
        if (m_upError.isEmpty()) {
            const ConfigLoadResult loaded = ConfigLoader::loadFile(configFile());
            if (loaded.ok())
                m_config = *loaded.config;
            else
                m_upError = loaded.errors.isEmpty() ? QStringLiteral("no config") : loaded.errors.constFirst().toString();
        }
    }
    ~SandboxFleet() { runProcess(tool(), {QStringLiteral("down"), QStringLiteral("--dir"), m_dir}, 120'000); }

    bool ok() const { return m_upError.isEmpty(); }
    QString error() const { return m_upError; }
    QString dir() const { return m_dir; }
    QString configFile() const { return m_dir + QStringLiteral("/opsdeck.yaml"); }
    const FleetConfig &config() const { return m_config; }
    QString scratch(const QString &name) const { return m_tmp.filePath(name); }

    // `opsdeck-fleet deploy`: a new release on some hosts; returns its name, empty on failure.
    QString deploy(const QStringList &arguments) const
    {
        const ProcessResult r = runProcess(tool(), QStringList{QStringLiteral("deploy"), QStringLiteral("--dir"), m_dir} + arguments, 60'000);
        // The name is the last line (the fleet's log lines come first).
        return r.exitCode == 0 ? r.out.trimmed().section(u'\n', -1) : QString();
    }
    // A copy of the configuration (in scratch NAME) where each service also has the seeds' /health,
    // which reports the revision the host runs (the detailed one reports none); empty on failure.
    QString configWithVersionHealth(const QString &name) const
    {
        QFile in(configFile());
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QString yaml = QString::fromUtf8(in.readAll());
        static const QRegularExpression detailed(
            QStringLiteral("( +)- url: (http://127\\.0\\.0\\.1:\\d+)/health/detailed\n( +)format: seeds\n"));
        yaml.replace(detailed, QStringLiteral("\\1- url: \\2/health/detailed\n\\3format: seeds\n\\1- url: \\2/health\n\\3format: seeds\n"));
        QFile out(scratch(name));
        if (!yaml.contains(QStringLiteral("/health\n")) || !out.open(QIODevice::WriteOnly) || out.write(yaml.toUtf8()) < 0)
            return {};
        return out.fileName();
    }
    // Where host NAME keeps the app (its Capistrano deploy path).
    QString appPath(const QString &host) const
    {
        return m_dir + QStringLiteral("/hosts/") + host + QStringLiteral("/var/www/family-photo-share");
    }

    // `opsdeck-fleet kamal-deploy`: a new version of the Kamal app; returns it, empty on failure.
    QString kamalDeploy(const QStringList &arguments) const
    {
        const ProcessResult r = runProcess(tool(), QStringList{QStringLiteral("kamal-deploy"), QStringLiteral("--dir"), m_dir} + arguments, 60'000);
        return r.exitCode == 0 ? r.out.trimmed().section(u'\n', -1) : QString();
    }
    // `opsdeck-fleet compose-deploy`: a new image tag of the compose app; returns it, empty on failure.
    QString composeDeploy(const QStringList &arguments) const
    {
        const ProcessResult r = runProcess(tool(), QStringList{QStringLiteral("compose-deploy"), QStringLiteral("--dir"), m_dir} + arguments, 60'000);
        return r.exitCode == 0 ? r.out.trimmed().section(u'\n', -1) : QString();
    }
    // A host's own directory (its files as the host's programs see them).
    QString hostDir(const QString &host) const
    {
        return fleetJson().value(QStringLiteral("hosts")).toObject().value(host).toObject().value(QStringLiteral("dir")).toString();
    }
    // Runs a host's docker stand-in directly (not over SSH), as something on the host would.
    ProcessResult docker(const QString &host, const QStringList &arguments) const
    {
        return runProcess(hostDir(host) + QStringLiteral("/bin/docker"), arguments);
    }
    // The environment a test runs `opsdeck` verbs in on this fleet: its configuration, no ssh_config.
    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPSDECK_CONFIG"), configFile());
        env.insert(QStringLiteral("OPSDECK_SSH_CONFIG"), QString());
        return env;
    }

    // The Kamal app of a --kamal fleet (photo-api, role web): its containers are PREFIX-VERSION.
    static QString kamalPrefix() { return QStringLiteral("photo-api-web-"); }
    // The versions whose container runs on a host, as the host's `docker ps` says ("A+B" when two do).
    QString kamalRunning(const QString &host) const
    {
        const ProcessResult r = docker(host, {QStringLiteral("ps"), QStringLiteral("--filter"), QStringLiteral("label=service=photo-api"),
                                              QStringLiteral("--format"), QStringLiteral("{{.Names}}")});
        QStringList versions;
        for (const QString &name : r.out.split(u'\n', Qt::SkipEmptyParts))
            versions << name.mid(kamalPrefix().size());
        return versions.join(u'+');
    }
    QStringList kamalRunning(const QStringList &hosts) const
    {
        QStringList out;
        for (const QString &h : hosts)
            out << kamalRunning(h);
        return out;
    }
    // The version kamal-proxy sends to on a host (its `kamal-proxy list`).
    QString kamalProxyTarget(const QString &host) const
    {
        const ProcessResult r = docker(host, {QStringLiteral("exec"), QStringLiteral("kamal-proxy"), QStringLiteral("kamal-proxy"), QStringLiteral("list")});
        return r.out.section(u'\n', 1, 1).section(kamalPrefix(), 1, 1).section(u':', 0, 0);
    }

    bool scenario(const QString &host, const QString &service, const QString &scenario) const
    {
        return runProcess(tool(), {QStringLiteral("scenario"), host, service, scenario, QStringLiteral("--dir"), m_dir}).exitCode == 0;
    }

    // A hostile host: df lists `count` nearly full mounts, renamed on every call (0: the real ones).
    bool mounts(const QString &host, int count) const
    {
        return runProcess(tool(), {QStringLiteral("mounts"), host, QString::number(count), QStringLiteral("--dir"), m_dir}).exitCode == 0;
    }

    // Runs a host's systemctl stand-in directly (not over SSH), as something on the host would:
    // systemctl(host, {"restart", "web"}) — a service name of fleet.json is replaced by its unit.
    bool systemctl(const QString &host, QStringList arguments) const
    {
        const QJsonObject entry = fleetJson().value(QStringLiteral("hosts")).toObject().value(host).toObject();
        const QJsonObject services = entry.value(QStringLiteral("services")).toObject();
        for (QString &argument : arguments) {
            if (services.contains(argument))
                argument = services.value(argument).toObject().value(QStringLiteral("unit")).toString();
        }
        return runProcess(entry.value(QStringLiteral("dir")).toString() + QStringLiteral("/bin/systemctl"), arguments).exitCode == 0;
    }

    QJsonObject fleetJson() const
    {
        QFile file(m_dir + QStringLiteral("/fleet.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject{};
    }

    // The pid of a host's sshd listener, from fleet.json.
    qint64 sshdPid(const QString &host) const
    {
        QFile file(m_dir + QStringLiteral("/fleet.json"));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("hosts")).toObject().value(host).toObject()
            .value(QStringLiteral("sshd_pid")).toInteger();
    }

    // Kills the session processes under a host's sshd: its connections drop as if the network did.
    int killSessions(const QString &host) const
    {
        const qint64 listener = sshdPid(host);
        int killed = 0;
        QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
        while (listener > 0 && it.hasNext()) {
            const QString dir = it.next();
            QFile stat(dir + QStringLiteral("/stat"));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = stat.readAll();
            const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && fields.at(1).toLongLong() == listener
                && ::kill(pid_t(QFileInfo(dir).fileName().toInt()), SIGKILL) == 0)
                ++killed;
        }
        return killed;
    }

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_upError;
    FleetConfig m_config;
};

} // namespace opsdeck::testing
