#include "ApprovalsDialog.h"

#include "ops/ApprovalPlan.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"
#include "support/LocaleFormat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdeck {

ApprovalsDialog::ApprovalsDialog(EventStoreService *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_list(new QListWidget(this)), m_plan(new QPlainTextEdit(this)),
      m_reason(new QLineEdit(this)), m_approve(new QPushButton(tr("&Approve"), this)),
      m_decline(new QPushButton(tr("&Decline"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("approvalsDialog"));
    setWindowTitle(tr("Approvals"));
    m_list->setObjectName(QStringLiteral("approvalRequests"));
    m_plan->setObjectName(QStringLiteral("approvalPlan"));
    m_plan->setReadOnly(true);
    m_reason->setObjectName(QStringLiteral("approvalReason"));
    m_reason->setPlaceholderText(tr("Why you approve or decline (recorded)"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_decline->setObjectName(QStringLiteral("decline"));
    m_status->setObjectName(QStringLiteral("approvalStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_approve, QDialogButtonBox::ActionRole);
    buttons->addButton(m_decline, QDialogButtonBox::ActionRole);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Requests waiting for a second person's approval:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_plan, 2);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ApprovalsDialog::showSelected);
    connect(m_reason, &QLineEdit::textChanged, this, &ApprovalsDialog::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_store, &EventStoreService::appended, this, [this](const Event &event) {
        if (EventKinds::familyOf(event.kind) == EventFamily::Approval)
            refresh();
    });
    refresh();
}

const ApprovalRequest *ApprovalsDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

void ApprovalsDialog::refresh()
{
    m_store->submit<QList<ApprovalRequest>>([](EventStore &store) { return store.approvals({}, {}); })
        .then(this, [this](const StoreResult<QList<ApprovalRequest>> &found) {
            const QString current = selected() ? selected()->id : QString();
            m_requests = found ? *found.value : QList<ApprovalRequest>{};
            if (!found)
                m_status->setText(tr("The requests cannot be read: %1").arg(found.error));
            m_list->clear();
            int keep = m_requests.isEmpty() ? -1 : 0;
            const QString me = m_store->identity().actor;
            for (int i = 0; i < m_requests.size(); ++i) {
                const ApprovalRequest &r = m_requests.at(i);
                const QString expires = LocaleFormat::dateTime(r.expiresAt.toLocalTime());
                m_list->addItem(r.requester == me
                                    ? tr("%1 — requested by %2 (yours: another person must approve it), expires %3")
                                          .arg(r.title, r.requester, expires)
                                    : tr("%1 — requested by %2, expires %3").arg(r.title, r.requester, expires));
                if (r.id == current)
                    keep = i;
            }
            m_list->setCurrentRow(keep);
            showSelected();
            Q_EMIT refreshed();
        });
}

// Everything the approver approves: hosts in order, the exact commands, the details, the plan's hash.
void ApprovalsDialog::showSelected()
{
    const ApprovalRequest *r = selected();
    if (!r) {
        m_plan->setPlainText(tr("No request is waiting for approval."));
        updateButtons();
        return;
    }
    const QJsonObject plan = QJsonDocument::fromJson(r->plan.toUtf8()).object();
    QStringList hosts;
    for (const QJsonValue &host : plan.value(QStringLiteral("hosts")).toArray())
        hosts << host.toString();
    QString text = tr("%1\nRequested by %2 at %3; expires at %4.\nEnvironment: %5\nHosts, in order: %6\nCommands:\n")
                       .arg(r->title, r->requester, LocaleFormat::dateTime(r->requestedAt.toLocalTime()),
                            LocaleFormat::dateTime(r->expiresAt.toLocalTime()), r->environment, hosts.join(QStringLiteral(", ")));
    for (const QJsonValue &command : plan.value(QStringLiteral("commands")).toArray())
        text += QStringLiteral("  ") + command.toString() + u'\n';
    text += tr("Details: %1\nPlan: %2")
                .arg(QString::fromUtf8(QJsonDocument(plan.value(QStringLiteral("details")).toObject()).toJson(QJsonDocument::Compact)),
                     r->planHash);
    m_plan->setPlainText(text);
    updateButtons();
}

void ApprovalsDialog::updateButtons()
{
    const ApprovalRequest *r = selected();
    // The store refuses the requester anyway; the buttons say so first.
    const bool may = r && !m_deciding && r->requester != m_store->identity().actor && !m_reason->text().trimmed().isEmpty();
    m_approve->setEnabled(may);
    m_decline->setEnabled(may);
}

void ApprovalsDialog::decide(bool approve)
{
    const ApprovalRequest *r = selected();
    if (!r)
        return;
    // The decision names the hash of the plan shown, never one taken on trust.
    const QString shown = ApprovalPlan::hashOf(r->plan);
    if (shown != r->planHash) {
        m_status->setText(tr("This request's plan does not match its hash; it cannot be approved."));
        return;
    }
    const QString id = r->id;
    const QString reason = m_reason->text().trimmed();
    m_deciding = true;
    updateButtons();
    m_store->submit<ApprovalRequest>([id, shown, approve, reason](EventStore &store) { return store.decideApproval(id, shown, approve, reason); })
        .then(this, [this, approve](const StoreResult<ApprovalRequest> &result) {
            m_deciding = false;
            if (!result) {
                m_status->setText(tr("Refused: %1").arg(result.error));
                updateButtons();
                return;
            }
            m_status->setText((approve ? tr("Approved: %1") : tr("Declined: %1")).arg(result.value->title));
            m_reason->clear();
            Q_EMIT decided(*result.value);
            refresh();
        });
}

} // namespace opsdeck
