#pragma once

// Reads Kamal's config/deploy.yml (Kamal 2, and Kamal 1's top-level healthcheck): `service`, `image`,
// `servers` (a list of hosts for the web role, or roles each a list or a mapping with `hosts`; a host
// may carry tags), `primary_role`, `ssh` (user, default root; port; proxy as a jump host; keys) and
// the proxy's healthcheck path (default /up). Each role becomes a host label and, on its hosts, a
// service; the primary role's service is checked at the proxy's health path. config/deploy.DEST.yml
// is the environment DEST. Not thread-safe; one per file.

#include "DeployFileReader.h"

namespace opsdeck {

class KamalConfigReader final : public DeployFileReader
{
public:
    // destination: from the file name (deploy.staging.yml → staging), empty for deploy.yml.
    KamalConfigReader(QString file, ImportedFleet &fleet, QString destination);

    static bool recognizes(const YamlNode &root);
    void read(const YamlNode &root) override;

private:
    struct Role {
        QString name;
        QList<const YamlNode *> hosts;
    };
    QList<Role> readServers(const YamlNode &servers);
    void readSsh(const YamlNode &ssh);
    // The Kamal app (strategy: kamal) on a host of the primary role, the one kamal-proxy serves.
    void addApp(ImportedHost &host, const QString &role);
    void readProxy(const YamlNode &proxy);
    void readHealthcheck(const YamlNode &healthcheck);
    ImportedHost *jumpHost(ImportedEnvironment &env);

    QString m_destination;
    QString m_service;
    QString m_primaryRole = QStringLiteral("web");
    ImportedValue m_user{QStringLiteral("root"), {}};
    ImportedValue m_port;
    ImportedValue m_identityFile;
    const YamlNode *m_jump = nullptr;
    QString m_healthPath;
    QString m_proxyHost; // the proxy routes only requests for this name
    bool m_ssl = false;
};

} // namespace opsdeck
