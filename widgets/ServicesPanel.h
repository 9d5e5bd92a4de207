#pragma once

// The Services area: every service's systemd state (refreshed every 30 s and on demand), the guarded
// actions on one host or rolling across a service's hosts, a re-check after an unknown outcome, the
// break-glass for leads (break another console's lock, with a reason), the activity of the running
// actions and the service's journal. An action begins (its locks) as its confirmation opens; actions
// on other targets may run meanwhile. The panel collects input and shows progress; the rules are
// ServiceActionRunner's. The filter (host, service, unit, label or state; problems only) is the
// overviews' (OverviewFilterBar, OverviewFilterProxy), remembered under "services/"; a reload keeps the
// selection and the scroll position. UI thread.

#include "config/FleetConfig.h"
#include "ops/ServiceActionRunner.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace opsdeck {

class EventStoreService;
class GuardedActionDialog;
class OverviewFilterBar;
class OverviewFilterProxy;
class ServiceInspector;
class ServiceStateModel;

class ServicesPanel final : public QWidget
{
    Q_OBJECT
public:
    ServicesPanel(ServiceInspector *inspector, ServiceActionRunner *runner, EventStoreService *store, QWidget *parent = nullptr);
    ~ServicesPanel() override;

    void setConfig(const FleetConfig &config);
    void refresh(bool background);
    // Selects the service's row (the filter is cleared if it hides it); false if there is no such row.
    bool selectService(const QString &host, const QString &service);
    // Selects the row and asks for the action's guarded confirmation, as its button does.
    void requestAction(const QString &host, const QString &service, ServiceVerb verb, bool rolling);

    ServiceStateModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OverviewFilterBar *filter() const { return m_filter; }
    QPlainTextEdit *activity() const { return m_activity; }
    QPlainTextEdit *logs() const { return m_logs; }

Q_SIGNALS:
    void refreshed(const QString &host);
    void confirmationShown(QDialog *dialog); // a guarded action's confirmation, or the break-lock dialog
    void lockBroken(const QString &message);  // this console broke a lock (or was refused: message says)
    void actionFinished(const opsdeck::ServiceActionReport &report);
    void logsShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QString actionTitle(ServiceVerb verb, bool rolling, const QString &service, const QString &host);
    int selectedRow() const;
    void updateButtons();
    const EnvironmentConfig *environment(const QString &name) const;
    void requestAction(ServiceVerb verb, bool rolling);
    void requestRecheck();
    void requestBreakLock();
    quint64 beginAction(const ServiceActionRequest &request, GuardedActionDialog *dialog);
    void showLogs();
    void log(const QString &line);

    void refreshLocks();

    ServiceInspector *m_inspector;
    ServiceActionRunner *m_runner;
    EventStoreService *m_store;
    FleetConfig m_config;
    ServiceStateModel *m_model;
    OverviewFilterProxy *m_proxy;
    QTableView *m_table;
    OverviewFilterBar *m_filter; // its box "servicesFilter", its toggle "servicesProblemsOnly"
    QPlainTextEdit *m_activity;
    QPlainTextEdit *m_logs;
    QTimer *m_refreshTimer;
    QTimer *m_fitColumns = nullptr;
    bool m_columnsFitted = false;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_rolling = nullptr;
    QPushButton *m_recheck = nullptr;
    QPushButton *m_breakLock = nullptr;
    QPushButton *m_showLogs = nullptr;
    // This panel's actions that have not finished, by ServiceActionRunner's number.
    struct RunningAction {
        QString service;
        QString verb;
        QStringList hosts;
        QPointer<GuardedActionDialog> dialog; // while the confirmation is open
        bool confirmed = false;
    };
    QHash<quint64, RunningAction> m_actions;
    bool m_dialogOpen = false;
};

} // namespace opsdeck
