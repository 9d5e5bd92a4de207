#include "ChecklistPlanDialog.h"

#include "LabelTone.h"

#include "HostChooser.h"
#include "checklist/ChecklistService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdeck {

ChecklistPlanDialog::ChecklistPlanDialog(ChecklistService *service, const ChecklistRun &run, QWidget *parent)
    : QDialog(parent), m_service(service), m_run(run), m_release(new QLineEdit(run.plan.version, this)),
      m_hosts(new HostChooser(this)), m_reason(new QLineEdit(this)), m_consequence(new QLabel(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("checklistPlanDialog"));
    setWindowTitle(tr("Change Plan"));
    auto *intro = new QLabel(tr("Run %1: %2 for %3 %4 on %5.")
                                 .arg(run.id.left(8), run.plan.checklist.name, run.plan.environment, run.plan.version,
                                      run.plan.hosts.join(QStringLiteral(", "))),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    QStringList environmentHosts;
    for (const EnvironmentConfig &environment : service->config().environments) {
        if (environment.name == run.plan.environment) {
            for (const HostConfig &host : environment.hosts)
                environmentHosts << host.name;
        }
    }
    m_release->setObjectName(QStringLiteral("planRelease"));
    m_hosts->setHosts(environmentHosts, run.plan.hosts);
    m_reason->setObjectName(QStringLiteral("planReason"));
    m_reason->setPlaceholderText(tr("Why the plan changes (required; recorded with the change)"));

    // What the change costs, said before anyone clicks: the signatures are gone for good.
    QStringList signers;
    for (const Signature &s : run.signatures) {
        if (s.isActive()) {
            const SignoffRole *role = run.plan.checklist.findRole(s.role);
            signers << tr("%1 (%2)").arg(role ? role->name : s.role, s.signer);
        }
    }
    QStringList costs;
    if (!signers.isEmpty())
        costs << tr("Changing the plan voids %n signature(s): %1. They stay in the record as voided; the new plan needs "
                    "to be signed again.", nullptr, int(signers.size()))
                     .arg(signers.join(QStringLiteral(", ")));
    costs << tr("Automatic evidence is reset; ticks of items that did not change stay.");
    const ChecklistTemplate *today = service->library().find(run.plan.checklist.id);
    if (today && today->toJson() != run.plan.checklist.toJson())
        costs << tr("The template changed since the run started: the new plan uses it as it is today.");
    m_consequence->setObjectName(QStringLiteral("planConsequence"));
    m_consequence->setWordWrap(true);
    m_consequence->setTextFormat(Qt::PlainText);
    m_consequence->setText(costs.join(u'\n'));
    if (!signers.isEmpty())
        LabelTone::set(m_consequence, StatusColors::Tone::Warning);
    m_problem->setObjectName(QStringLiteral("planProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    LabelTone::set(m_problem, StatusColors::Tone::Bad);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change Plan"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Release:"), m_release);
    form->addRow(tr("&Hosts:"), m_hosts);
    form->addRow(tr("Rea&son:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_consequence);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(520, 420);

    connect(m_release, &QLineEdit::textChanged, this, &ChecklistPlanDialog::updateOk);
    connect(m_reason, &QLineEdit::textChanged, this, &ChecklistPlanDialog::updateOk);
    connect(m_hosts, &HostChooser::checkedChanged, this, &ChecklistPlanDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT planAccepted(m_release->text().trimmed(), m_hosts->checkedHosts(), m_reason->text().trimmed());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void ChecklistPlanDialog::updateOk()
{
    const QStringList hosts = m_hosts->checkedHosts();
    QString why;
    if (hosts.isEmpty()) {
        why = tr("Check at least one host: a run without hosts would approve nothing.");
    } else if (const auto plan = m_service->replanned(m_run, m_release->text().trimmed(), hosts, &why)) {
        why = m_run.whyNotReplan(m_service->actor(), *plan, m_reason->text(), QDateTime::currentDateTimeUtc());
    }
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace opsdeck
