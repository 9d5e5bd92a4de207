#pragma once

// Reads the Rails plan's own config/deploy.yml (the seeds' shape): per environment `host` (or
// `hosts`), `user`, `path`, `branch` and the `pre_deploy` / `deploy` / `post_deploy` command lists.
// Services come from `systemctl restart` commands, health URLs from `curl -f` / `wget` commands (a
// localhost URL is the host itself), the app from `path`. Not thread-safe; one per file.

#include "DeployFileReader.h"

namespace opsdeck {

class RailsPlanReader final : public DeployFileReader
{
public:
    using DeployFileReader::DeployFileReader;

    // Whether root looks like this format: a mapping of environments, each a mapping with host(s).
    static bool recognizes(const YamlNode &root);
    void read(const YamlNode &root) override;

private:
    void readEnvironment(const YamlEntry &entry);
    // One command of a command list: a restart adds services, a probe a health URL.
    void readCommand(const YamlNode &command, QList<ImportedService> &restarted, QList<std::pair<QString, YamlNode>> &urls);
};

} // namespace opsdeck
