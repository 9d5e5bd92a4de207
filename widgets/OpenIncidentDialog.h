#pragma once

// Asks for the title and severity of a new incident (and says which events it starts with). Shown
// with open(); incidentAccepted() carries the answers. UI thread.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace opsdeck {

class OpenIncidentDialog final : public QDialog
{
    Q_OBJECT
public:
    OpenIncidentDialog(const QString &suggestedTitle, int eventCount, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *severityBox() const { return m_severity; }

Q_SIGNALS:
    void incidentAccepted(const QString &title, const QString &severity);

private:
    QLineEdit *m_title;
    QComboBox *m_severity;
    QDialogButtonBox *m_buttons;
};

} // namespace opsdeck
