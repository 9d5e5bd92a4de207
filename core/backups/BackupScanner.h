#pragma once

// Lists every backup location of one host through the SSH engine: `date +%s` on the host first (the
// clock ages are measured on), then one SFTP listing per location, all queued on the host's session so
// they run one after another right behind the clock reading. The future is fulfilled on a session
// thread and needs no event loop: a CLI verb may wait on it; the window watches it. Call scan() on the
// engine's thread.

#include "BackupReport.h"

#include <QFuture>

namespace opsdeck {

class SshEngine;

namespace BackupScanner {
// One report per location of the host, in configuration order. A host without backups: an empty list.
QFuture<QList<BackupLocationReport>> scan(SshEngine &engine, const FleetConfig &config, const HostConfig &host, bool background);
} // namespace BackupScanner

} // namespace opsdeck
