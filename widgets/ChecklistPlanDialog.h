#pragma once

// Changes a checklist run's plan: another release and/or host set of its environment, with a reason.
// Says what the change costs (every signature is voided; automatic evidence starts over) and why it
// cannot be done yet, asking the same rule the store applies (ChecklistRun::whyNotReplan) about the
// plan as chosen. Shown with open(); planAccepted() carries the choice. UI thread.

#include "checklist/ChecklistRun.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace opsdeck {

class ChecklistService;
class HostChooser;

class ChecklistPlanDialog final : public QDialog
{
    Q_OBJECT
public:
    ChecklistPlanDialog(ChecklistService *service, const ChecklistRun &run, QWidget *parent = nullptr);

    QLineEdit *releaseEdit() const { return m_release; }
    HostChooser *hostChooser() const { return m_hosts; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *consequenceLabel() const { return m_consequence; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void planAccepted(const QString &version, const QStringList &hosts, const QString &reason);

private:
    void updateOk();

    ChecklistService *m_service;
    ChecklistRun m_run;
    QLineEdit *m_release;
    HostChooser *m_hosts;
    QLineEdit *m_reason;
    QLabel *m_consequence;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace opsdeck
