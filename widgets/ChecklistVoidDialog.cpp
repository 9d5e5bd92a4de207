#include "ChecklistVoidDialog.h"

#include "LabelTone.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdeck {

ChecklistVoidDialog::ChecklistVoidDialog(const ChecklistRun &run, const ChecklistActor &actor, QWidget *parent)
    : QDialog(parent), m_run(run), m_actor(actor), m_question(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("checklistVoidDialog"));
    setWindowTitle(tr("Void Checklist Run"));
    m_question->setObjectName(QStringLiteral("voidQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    const int signatures = run.activeSignatures();
    QString question = tr("Void run %1, %2 for %3 %4?")
                           .arg(run.id.left(8), run.plan.checklist.name, run.plan.environment, run.plan.version)
                       + u'\n'
                       + tr("A voided run approves nothing and cannot be ticked, signed or changed again. It stays in the record "
                            "with the reason.");
    if (signatures > 0)
        question += u'\n' + tr("Its %n valid signature(s) are voided too.", nullptr, signatures);
    m_question->setText(question);
    m_reason->setObjectName(QStringLiteral("voidReason"));
    m_reason->setPlaceholderText(tr("Why the run is voided (required; recorded)"));
    m_problem->setObjectName(QStringLiteral("voidProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    LabelTone::set(m_problem, StatusColors::Tone::Bad);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Void Run %1").arg(run.id.left(8)));

    auto *form = new QFormLayout;
    form->addRow(tr("Rea&son:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(460, 200);

    connect(m_reason, &QLineEdit::textChanged, this, &ChecklistVoidDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT voidAccepted(m_reason->text().trimmed());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void ChecklistVoidDialog::updateOk()
{
    const QString why = m_run.whyNotVoid(m_actor, m_reason->text());
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace opsdeck
