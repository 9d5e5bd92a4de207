#pragma once

// The Releases area: per app, its releases as rows and its hosts as columns (current highlighted,
// missing cells said, marks and drift shown, the health endpoints' reported version beside the
// release it should match), read in the background; "Roll back…" (the core's default target, or the
// selected release when it may be a target), "Roll forward…" (to the release the last rollback
// left), "Mark bad…"/"Unmark…". Switches run through the release service's GuardedActionRunner
// behind the guarded confirmation, which names the exact commands and what a switch does not revert;
// progress per host; a failure names which host is on which release and offers "Revert switched
// hosts" and "Retry". Collects input and shows; what is read, built and recorded, the core's
// ReleaseService does.
// The releases' filter (host, app, release, revision, reported version, state words such as
// "missing", "drift", "marked bad"; "problems only") is the other overviews' (OverviewFilterBar,
// OverviewFilterProxy), remembered under "releases/"; the selected release stays selected across a
// new inventory and the health answers. UI thread.

#include "config/FleetConfig.h"
#include "ops/GuardedAction.h"
#include "ReleaseGridModel.h"
#include "release/ReleaseRollback.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace opsdeck {

class EventStoreService;
class GuardedActionRunner;
class OverviewFilterBar;
class OverviewFilterProxy;
class ReleaseService;

class ReleasesPanel final : public QWidget
{
    Q_OBJECT
public:
    // Reads, switches and marks through the release service (OpsContext::releases()); watches the store
    // for marks and switches recorded elsewhere. Both must outlive the panel.
    ReleasesPanel(ReleaseService *releases, EventStoreService *store, QWidget *parent = nullptr);
    ~ReleasesPanel() override;

    void setConfig(const FleetConfig &config);
    // Reads the chosen app's inventory, its marks and its hosts' reported versions again.
    void refresh();
    // Shows this app of this environment (its inventory is read again).
    void showApp(const QString &environment, const QString &app);
    // Shows the app and asks for its rollback's guarded confirmation, as "Roll back…" does, once its
    // inventory is read (the rollback's target comes from it).
    void requestRollbackOf(const QString &environment, const QString &app);

    // Every release of the app shown; table() shows them through the filter.
    ReleaseGridModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OverviewFilterBar *filter() const { return m_filter; }
    QComboBox *appChooser() const { return m_app; }
    QListWidget *progressList() const { return m_progress; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *driftLabel() const { return m_drift; }
    GuardedActionRunner *runner() const { return m_runner; }

Q_SIGNALS:
    void inventoryShown();
    void healthVersionShown(const QString &host);
    void confirmationShown(QDialog *dialog);
    void actionFinished(const opsdeck::GuardedActionReport &report);
    void markRecorded(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setStatus(std::function<QString()> words); // kept, to be said again after a language change
    void showInventory(const AppReleaseInventory &inventory);
    void showDrift();
    QString environmentName() const;
    QString appName() const;
    const EnvironmentConfig *environment() const;
    QString selectedRelease() const;
    void updateButtons();
    void readHealthVersions(int generation);
    void requestRollback();
    void rollbackIfPossible();
    void requestForward();
    void requestSwitch(RollbackRequest request);
    void startSwitch(const RollbackRequest &request, const QString &reason, const QString &confirmation);
    void showOutcome(const GuardedActionReport &report);
    void requestMark(bool bad);
    void setMessage(const QString &text);

    ReleaseService *m_releases;
    EventStoreService *m_store;
    FleetConfig m_config;
    ReleaseGridModel *m_model;
    OverviewFilterProxy *m_proxy;
    OverviewFilterBar *m_filter; // its box "releasesFilter", its toggle "releasesProblemsOnly"
    GuardedActionRunner *m_runner; // the release service's
    QComboBox *m_app;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_drift;
    QLabel *m_message;
    QListWidget *m_progress;
    QLabel *m_result;
    QPushButton *m_refresh;
    QPushButton *m_rollback;
    QPushButton *m_forward;
    QPushButton *m_markBad;
    QPushButton *m_unmark;
    QPushButton *m_revert;
    QPushButton *m_retry;
    QPointer<ReleaseRollback> m_action;
    RollbackRequest m_lastRequest;   // for Retry
    QString m_lastReason;
    QString m_lastConfirmation;
    RollbackRequest m_revertRequest; // for "Revert switched hosts"
    QString m_forwardTarget;         // the release the newest rollback of this app left
    int m_generation = 0;            // answers for an app no longer shown are dropped
    bool m_reading = false;
    bool m_dialogOpen = false;
    QTimer *m_showVersions;          // shows the health answers gathered since it started, at once
    QHash<QString, ReleaseGridModel::HealthVersion> m_versionsToShow;
    QLabel *m_appLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    std::function<QString()> m_statusText;
    QString m_rollbackWhenShown; // "env/app" of a requestRollbackOf() made while its inventory was being read
};

} // namespace opsdeck
