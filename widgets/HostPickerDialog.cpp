#include "HostPickerDialog.h"

#include "LabelTone.h"

#include "HostChooser.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdeck {

HostPickerDialog::HostPickerDialog(const QString &environment, const QStringList &hosts, const QStringList &checked, QWidget *parent)
    : QDialog(parent), m_chooser(new HostChooser(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("hostPickerDialog"));
    setWindowTitle(tr("Hosts of the Run"));
    auto *intro = new QLabel(tr("The run approves the release on the hosts checked here, and its automatic checks look at "
                                "them only. Hosts of %1:").arg(environment),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("hostProblem"));
    m_problem->setWordWrap(true);
    LabelTone::set(m_problem, StatusColors::Tone::Bad);
    m_chooser->setHosts(hosts, checked);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_chooser, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(380, 320);

    connect(m_chooser, &HostChooser::checkedChanged, this, &HostPickerDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT hostsAccepted(m_chooser->checkedHosts());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void HostPickerDialog::updateOk()
{
    const bool none = m_chooser->checkedHosts().isEmpty();
    m_problem->setText(none ? tr("Check at least one host: a run without hosts would approve nothing.") : QString());
    m_problem->setVisible(none);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!none);
}

} // namespace opsdeck
