#pragma once

// The Timeline area: every event in strict order, newest first, filtered by environment, host,
// service, kind, actor, time range and text (typing is debounced); pin events, add notes, open an
// incident from the selected events or attach them to one. The table pages through the store as it
// scrolls (TimelineModel); the details of the selected event, its notes and incidents are shown
// below it. UI thread; all store work is asynchronous.

#include "config/FleetConfig.h"
#include "store/Event.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace opsdeck {

class EventStoreService;
class IncidentTracker;
class MessageLabel;
class TimelineModel;

class TimelinePanel final : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(EventStoreService *store, IncidentTracker *incidents, QWidget *parent = nullptr);
    ~TimelinePanel() override;

    // Offers the configuration's environments, hosts and services in the filters.
    void setConfig(const FleetConfig &config);

    TimelineModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *environmentFilter() const { return m_environment; }
    QComboBox *hostFilter() const { return m_host; }
    QComboBox *serviceFilter() const { return m_service; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *actorFilter() const { return m_actor; }
    QComboBox *rangeFilter() const { return m_range; }
    QDateTimeEdit *sinceEdit() const { return m_since; }
    QDateTimeEdit *untilEdit() const { return m_until; }
    MessageLabel *messageLabel() const { return m_message; }
    QTextBrowser *detailsView() const { return m_details; }
    QList<Event> selectedEvents() const;
    // The filter the widgets describe now (what the model shows once the debounce has fired).
    EventFilter currentFilter() const;

Q_SIGNALS:
    void showIncidentRequested(qint64 incident);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void clearFilters();
    void updateActions();
    void updateStatus();
    void showDetails();
    void togglePin();
    void addNote();
    void openIncident();
    void attachToIncident();

    EventStoreService *m_store;
    IncidentTracker *m_incidents;
    TimelineModel *m_model;
    QTableView *m_table;
    QComboBox *m_environment;
    QComboBox *m_host;
    QComboBox *m_service;
    QComboBox *m_kind;
    QLineEdit *m_actor;
    QComboBox *m_range;
    QDateTimeEdit *m_since;
    QDateTimeEdit *m_until;
    QLineEdit *m_text;
    QTimer *m_debounce;
    QPushButton *m_pin;
    QPushButton *m_note;
    QPushButton *m_open;
    QPushButton *m_attach;
    QPushButton *m_clear;
    QLabel *m_status;
    MessageLabel *m_message;
    QTextBrowser *m_details;
    int m_appliedRange = 0; // the time range of the filter in use (a quick range's "since" moves with the clock)
};

} // namespace opsdeck
