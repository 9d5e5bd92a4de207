#pragma once

// Picks the hosts a new checklist run covers, from those of its environment. A run covers at least
// one host: OK stays disabled, and says so, while none is checked. Shown with open(); hostsAccepted()
// carries the choice. UI thread.

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace opsdeck {

class HostChooser;

class HostPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    HostPickerDialog(const QString &environment, const QStringList &hosts, const QStringList &checked, QWidget *parent = nullptr);

    HostChooser *chooser() const { return m_chooser; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    void hostsAccepted(const QStringList &hosts);

private:
    void updateOk();

    HostChooser *m_chooser;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace opsdeck
