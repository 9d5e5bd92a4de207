#pragma once

// The Checklists area: start a run for an environment, a release and hosts of the environment (all
// of them unless some are picked), the runs of the store (newest first) and the selected run. Every console sees the others' ticks and signatures as they happen:
// the store's live feed triggers a refresh (coalesced). Works through the application layer's
// ChecklistService (OpsContext owns it, its evidence source and the configuration it reads templates
// from); the area collects input and shows what the service answers. UI thread.

#include "checklist/ChecklistRun.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace opsdeck {

class ChecklistRunListModel;
class ChecklistRunView;
class ChecklistService;
class EventStoreService;
class MessageLabel;

class ChecklistsPanel final : public QWidget
{
    Q_OBJECT
public:
    // The service must outlive the area, and has its configuration before setConfig() is called.
    ChecklistsPanel(EventStoreService *store, ChecklistService *service, QWidget *parent = nullptr);
    ~ChecklistsPanel() override;

    void setConfig(const FleetConfig &config);
    // Reads the runs again (and the selected one).
    void refresh();
    void selectRun(const QString &runId);

    ChecklistService *service() const { return m_service; }
    ChecklistRunListModel *runModel() const { return m_runs; }
    QTableView *runView() const { return m_runTable; }
    ChecklistRunView *runDetail() const { return m_detail; }
    QComboBox *templateBox() const { return m_template; }
    QComboBox *environmentBox() const { return m_environment; }
    QLineEdit *releaseEdit() const { return m_release; }
    QPushButton *hostsButton() const { return m_hosts; }
    QPushButton *startButton() const { return m_start; }
    MessageLabel *messageLabel() const { return m_message; }
    // The hosts a run started now covers.
    const QStringList &chosenHosts() const { return m_chosenHosts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTemplates();
    void pickAcceptedTemplate();
    void updateStart();
    void environmentChosen();
    void pickHosts();
    QStringList environmentHosts() const;
    void startRun();
    void showSelected();

    EventStoreService *m_store;
    ChecklistService *m_service;
    ChecklistRunListModel *m_runs;
    QComboBox *m_template;
    QComboBox *m_environment;
    QLineEdit *m_release;
    QPushButton *m_hosts;
    QPushButton *m_start;
    QTableView *m_runTable;
    ChecklistRunView *m_detail;
    MessageLabel *m_message;
    QTimer *m_refresh;  // coalesces the live feed's bursts
    QTimer *m_clock;    // expiry shows without any event
    QString m_selected;
    QString m_wanted;   // a run to select once it is listed
    QString m_hostsEnvironment; // the environment m_chosenHosts belong to
    QStringList m_chosenHosts;
    bool m_allHosts = true;     // follow the environment's hosts (until someone picks)
    quint64 m_generation = 0;
    QLabel *m_newRun = nullptr;
};

} // namespace opsdeck
