#pragma once

// Confirms voiding a checklist run: names the run, says what voiding means, and asks for the reason
// that is recorded with it. The Void button follows the store's rule (ChecklistRun::whyNotVoid).
// Shown with open(); voidAccepted() carries the reason. UI thread.

#include "checklist/ChecklistRun.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace opsdeck {

class ChecklistVoidDialog final : public QDialog
{
    Q_OBJECT
public:
    ChecklistVoidDialog(const ChecklistRun &run, const ChecklistActor &actor, QWidget *parent = nullptr);

    QLabel *questionLabel() const { return m_question; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void voidAccepted(const QString &reason);

private:
    void updateOk();

    ChecklistRun m_run;
    ChecklistActor m_actor;
    QLabel *m_question;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace opsdeck
