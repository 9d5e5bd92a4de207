#pragma once

// Reads the release inventory of one app from every host it is deployed on, all hosts at once,
// through the SSH engine. finished() always follows read(), also when no host answers (each host
// then says why). Lives on the thread that created it (UI thread or a verb's main thread); never
// blocks it.

#include "ReleaseInventory.h"
#include "config/FleetConfig.h"

#include <QObject>
#include <QPointer>

namespace opsdeck {

class SshEngine;

class ReleaseInventoryReader final : public QObject
{
    Q_OBJECT
public:
    explicit ReleaseInventoryReader(SshEngine *ssh, QObject *parent = nullptr);

    // Every app of the environment by name (an app deployed on several hosts is one app).
    static QStringList appNames(const FleetConfig &config, const QString &environment);

    // Empty when the environment/app exist and their strategy is known, else why not.
    static QString check(const FleetConfig &config, const QString &environment, const QString &app);
    void read(const FleetConfig &config, const QString &environment, const QString &app,
              const QSet<QString> &markedBad = {});
    // Reads as the console's own sweep (the deploy detector's polls): through the engine's bulk
    // limit instead of all hosts at once. Off for what a person asked for.
    void setBulk(bool bulk) { m_bulk = bulk; }

Q_SIGNALS:
    void finished(const opsdeck::AppReleaseInventory &inventory);

private:
    QPointer<SshEngine> m_ssh;
    bool m_bulk = false;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::AppReleaseInventory)
