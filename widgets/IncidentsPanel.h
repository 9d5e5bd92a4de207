#pragma once

// The Incidents area: the list of incidents and the selected one in detail — title, severity, state
// with the open → mitigated → resolved buttons (resolve is for leads; the button says why when it is
// disabled), time to detect/mitigate/resolve, its timeline (attached events, changes and notes in
// strict order, exactly what the export writes), events suggested for it with a one-click Attach,
// and the Markdown/PDF export. UI thread; store work and file writing happen elsewhere.

#include "timeline/IncidentDossier.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace opsdeck {

class IncidentListModel;
class IncidentTracker;
class MessageLabel;
class ReportRowModel;
class SuggestionModel;

class IncidentsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentsPanel(IncidentTracker *incidents, QWidget *parent = nullptr);
    ~IncidentsPanel() override;

    void selectIncident(qint64 id);
    qint64 currentIncident() const { return m_current; }
    // The dossier shown (valid once loaded for the current incident).
    const IncidentDossier &dossier() const { return m_dossier; }
    bool isDossierLoaded() const { return m_dossierLoaded; }

    IncidentListModel *listModel() const { return m_listModel; }
    QTableView *list() const { return m_list; }
    ReportRowModel *rowModel() const { return m_rowModel; }
    QTableView *rows() const { return m_rows; }
    SuggestionModel *suggestionModel() const { return m_suggestionModel; }
    QTableView *suggestions() const { return m_suggestions; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *factsLabel() const { return m_facts; }
    QLabel *timesLabel() const { return m_times; }
    MessageLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void dossierLoaded(qint64 incident);
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class ShowTexts { AndRows, Only }; // Only: after a language change, the rows and selections stay
    void retranslate();
    void refreshList();
    void loadDossier();
    void showDossier(ShowTexts texts = ShowTexts::AndRows);
    void updateButtons();
    void changeState(IncidentState to);
    void addNote();
    void detachSelected();
    void attachSuggestion(int row);
    void exportAs(int format);

    IncidentTracker *m_incidents;
    IncidentListModel *m_listModel;
    QTableView *m_list;
    ReportRowModel *m_rowModel;
    QTableView *m_rows;
    SuggestionModel *m_suggestionModel;
    QTableView *m_suggestions;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_times;
    MessageLabel *m_message;
    QPushButton *m_mitigate;
    QPushButton *m_resolve;
    QPushButton *m_reopen;
    QPushButton *m_note;
    QPushButton *m_detach;
    QPushButton *m_exportMarkdown;
    QPushButton *m_exportPdf;
    QTimer *m_reload;
    QLabel *m_timelineSection;
    QLabel *m_suggestedSection;
    qint64 m_current = 0;
    qint64 m_wanted = 0; // asked for by selectIncident() before the live feed brought it
    quint64 m_generation = 0;
    IncidentDossier m_dossier;
    bool m_dossierLoaded = false;
};

} // namespace opsdeck
