#pragma once

// The Backups area: every host's backup locations against their recent sets (freshness against the
// RPO, completeness, size flags, verification state), a line naming the stale locations at a glance,
// and the selected location's files in detail with their retention reason; "Verify file" and "Verify
// set" check files on their host and record the results; "Download…" fetches the selected file over
// SFTP after asking where (and, for an existing file, whether to replace it) with a progress dialog
// and Cancel (BackupDownloadDialog); "Run backup…" runs the location's command
// through the guarded path (BackupRun on the backup service's GuardedActionRunner, confirmed in a GuardedActionDialog);
// "Start drill…" restores a dump into the location's drill target the same way (BackupDrill), and the
// newest recorded drill of the selected location is shown (when, duration against the RTO, rows).
// Listing is the BackupMonitor's (background requests), results come from the store; verifications,
// downloads, runs and drills are the core's BackupService's (OpsContext::backups()), over the hosts'
// sessions: this area collects input and shows progress, and nothing here waits. The locations' filter (host, location,
// label or state; problems only: stale, not listed, no complete set or a failed verification) is the
// overviews' (OverviewFilterBar, OverviewFilterProxy), remembered under "backups/"; a reload keeps the
// selected location and the scroll position. UI thread.

#include "config/FleetConfig.h"
#include "backups/BackupDownload.h"
#include "ops/GuardedAction.h"

#include <QWidget>

#include <memory>

class QDialog;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace opsdeck {

class BackupDownloadDialog;
class BackupFileModel;
class BackupHostModel;
class ColumnFitter;
class BackupMonitor;
class BackupService;
class EventStoreService;
class GuardedActionRunner;
class MessageLabel;
class OverviewFilterBar;
class OverviewFilterProxy;

class BackupsPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSummaryCoalesceMs = 200; // the summary after a burst of listings

    // The monitor lists, the service acts, the store has the results; all must outlive the panel.
    BackupsPanel(BackupMonitor *backups, BackupService *service, EventStoreService *store, QWidget *parent = nullptr);
    ~BackupsPanel() override;

    void setConfig(const FleetConfig &config);
    // Shows the location's files (row of hostModel(); the filter is cleared if it hides it).
    void selectLocation(int row);
    // Shows the host's location of this name; false if there is none.
    bool selectLocation(const QString &host, const QString &location);
    // Selects the location and asks for its run's guarded confirmation, as "Run backup…" does.
    void requestRunOf(const QString &host, const QString &location);

    BackupService *service() const { return m_service; }
    BackupHostModel *hostModel() const { return m_hostModel; }
    // The locations as shown (filtered); hostTable() shows it.
    QTableView *hostTable() const { return m_hostTable; }
    OverviewFilterBar *filter() const { return m_filter; }
    BackupFileModel *fileModel() const { return m_fileModel; }
    QTableView *fileTable() const { return m_fileTable; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *locationLabel() const { return m_locationText; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *verifyFileButton() const { return m_verifyFile; }
    QPushButton *verifySetButton() const { return m_verifySet; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *downloadButton() const { return m_download; }
    QPushButton *drillButton() const { return m_drill; }
    // The newest restore drill of the selected location, in one line.
    QLabel *drillLabel() const { return m_drillText; }
    MessageLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void staleCountChanged(int stale);
    // One verification finished (recorded, or why not in the message line).
    void verified(const QString &file, bool ok);
    void confirmationShown(QDialog *dialog);
    void runFinished(const opsdeck::GuardedActionReport &report);
    void downloadStarted(opsdeck::BackupDownloadDialog *dialog);
    void downloadFinished(const opsdeck::BackupDownloadOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    // The locations' columns: the location whole, then freshness, verification and the newest set
    // sharing the rest of the view, each at least as wide as its header in the language in use and at
    // most as wide as its texts (a text cut short ends in "…" and is whole in its tooltip); the older
    // sets to the right, whole.
    void fitHostColumns();
    void hostUpdated(const QString &host);
    void loadResults(const QString &environment, const QString &host);
    void showLocation();
    void updateSummary();
    void updateButtons();
    void verifySelected(bool wholeSet);
    // Run backup… (false) or Start drill… (true) through the guarded dialog.
    void requestGuarded(bool drill);
    void loadDrill();
    void requestDownload();
    void startDownload(const BackupLocationReport &report, const BackupFile &file, const QString &path, bool overwrite);

    BackupMonitor *m_backups;
    BackupService *m_service;
    EventStoreService *m_store;
    FleetConfig m_config;
    BackupHostModel *m_hostModel;
    OverviewFilterProxy *m_hostProxy;
    OverviewFilterBar *m_filter; // its box "backupsFilter", its toggle "backupsProblemsOnly"
    QTableView *m_hostTable;
    ColumnFitter *m_fitColumns = nullptr; // sized when shown, paced by its cost
    BackupFileModel *m_fileModel;
    QTableView *m_fileTable;
    QLabel *m_summary;
    QLabel *m_locationText;
    QPushButton *m_refresh;
    QPushButton *m_verifyFile;
    QPushButton *m_verifySet;
    QPushButton *m_run;
    QPushButton *m_download;
    QPushButton *m_drill;
    QLabel *m_drillText;
    bool m_downloading = false; // a download (or its questions) is under way: one at a time
    GuardedActionRunner *m_runner; // the backup service's
    std::unique_ptr<GuardedAction> m_action; // the run or drill under way (or the last one), until the next one
    bool m_dialogOpen = false;
    MessageLabel *m_message;
    QTimer *m_tick;
    QTimer *m_summaryDue;
    int m_location = -1;   // row of the host model shown below
    quint64 m_generation = 0; // results of a load started before the last configuration change are dropped
};

} // namespace opsdeck
