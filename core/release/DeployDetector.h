#pragma once

// Notices deploys, whoever made them: a new release directory or a `current` that changed, seen by
// reading every app's release inventory every pollInterval, or a version that changed in a health
// answer. Each deploy is recorded once as a `deploy.detected` event (who and when from revisions.log
// where it says; host text bounded and shown as text), whichever console or source sees it first:
// the event's idempotency key is derived from environment, app and release, and the store keeps one
// row per key. Switches OpsDeck makes itself (a rollback or roll-forward announced by its
// `.started` event) are not deploys. While a deploy's verification window lasts, alerts for the
// app's services on its hosts are muted (muteRequested / unmuteRequested), in every console that
// sees the deploy. The first inventory of an app after start is a baseline: nothing before it is
// reported. Lives on the thread that created it (the UI thread); never blocks it.

#include "ReleaseInventory.h"
#include "config/FleetConfig.h"
#include "health/HealthEndpoint.h"
#include "store/Event.h"
#include "store/EventKind.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

namespace opsdeck {

class EventStoreService;
class ReleaseInventoryReader;
class SshEngine;

class DeployDetector final : public QObject
{
    Q_OBJECT
public:
    DeployDetector(SshEngine *ssh, EventStoreService *store, QObject *parent = nullptr);
    ~DeployDetector() override;

    // Starts (or restarts) polling every app of every environment.
    void setConfig(const FleetConfig &config);
    void setPollInterval(Milliseconds interval);
    void setVerificationWindow(Milliseconds window) { m_window = window; }
    // Reads every app's inventory now (also what the timer does).
    void pollNow();

    // Compares an app's inventory with the one seen before it; records a deploy when it differs.
    void observeInventory(const AppReleaseInventory &inventory);
    // A health answer: a version (or releaseId) that changed since the endpoint's last answer reads
    // the app's inventory at once, which names the release (by directory or REVISION) the version is.
    void observeHealth(const HealthSnapshot &snapshot);
    // Events from any console: OpsDeck's own switches (not deploys) and other consoles' detections.
    void observeEvent(const Event &event);
    // The hosts of an app whose inventory this detector has read: changes on them are deploys. A host
    // not among them (not reached yet) takes its baseline from the next inventory that reaches it.
    QStringList baselineHosts(const QString &environment, const QString &app) const;

    // The idempotency key every console derives for the same deploy.
    static QString eventKey(const QString &environment, const QString &app, const QString &release);
    // The release an inventory change introduces (the new current, else a new directory); empty
    // when nothing changed. `hosts` gets the hosts where it changed.
    static QString changedRelease(const AppReleaseInventory &before, const AppReleaseInventory &after, QStringList *hosts);
    // The event for a deploy of `release` seen in `inventory` (who and when from revisions.log).
    static Event deployEvent(const AppReleaseInventory &inventory, const QString &release, const QStringList &hosts,
                             const QString &source);

Q_SIGNALS:
    void muteRequested(const QStringList &targets);
    void unmuteRequested(const QStringList &targets);
    void deployRecorded(const opsdeck::Event &event);
    // An app's inventory was read and compared (after any detection it led to was started).
    void inventoryChecked(const QString &environment, const QString &app);
    void recordFailed(const QString &error);

private:
    void detected(const AppReleaseInventory &inventory, const QString &release, const QStringList &hosts, const QString &source);
    void muteFor(const QString &environment, const QString &app, const QString &key);
    QStringList muteTargets(const QString &environment, const QString &app) const;
    static QString appKey(const QString &environment, const QString &app) { return environment + u'/' + app; }

    QPointer<SshEngine> m_ssh;
    QPointer<EventStoreService> m_store;
    FleetConfig m_config;
    ReleaseInventoryReader *m_reader;
    QTimer *m_timer;
    Milliseconds m_window{300'000};
    QHash<QString, AppReleaseInventory> m_seen;   // env/app -> the last inventory read
    QHash<QString, QString> m_versions;           // health endpoint id -> the version it last reported
    struct HealthHint {
        QString version;
        QStringList hosts;
    };
    QHash<QString, HealthHint> m_hints;           // env/app -> a version change waiting for the inventory
    QSet<QString> m_ownSwitches;                  // eventKey()s of OpsDeck's rollbacks and roll-forwards
    QSet<QString> m_handled;                      // eventKey()s this console has muted for already
};

} // namespace opsdeck
