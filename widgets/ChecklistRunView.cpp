#include "ChecklistRunView.h"

#include "LabelTone.h"
#include "ModelRetranslation.h"

#include "ChecklistItemModel.h"
#include "ChecklistPlanDialog.h"
#include "ChecklistSignatureModel.h"
#include "ChecklistVoidDialog.h"
#include "checklist/ChecklistExport.h"
#include "checklist/ChecklistGate.h"
#include "checklist/ChecklistService.h"
#include "support/DisplayText.h"
#include "support/LocaleFormat.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace opsdeck {

namespace {
// The rules of changing and voiding a run depend on the new plan and the reason too, which are
// chosen in the dialogs (and checked there again). Whether the buttons open them at all is the same
// rule asked about some other plan of the run's environment, with some reason.
const QString kAnyReason = QStringLiteral("-");

ChecklistPlan anotherPlan(const ChecklistPlan &plan)
{
    ChecklistPlan other = plan;
    other.version += u'-';
    return other;
}
} // namespace

ChecklistRunView::ChecklistRunView(ChecklistService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_items(new ChecklistItemModel(this)), m_signatures(new ChecklistSignatureModel(this)),
      m_title(new QLabel(this)), m_status(new QLabel(this)), m_details(new QLabel(this)), m_itemView(new QTreeView(this)),
      m_comment(new QLineEdit(this)), m_tick(new QPushButton(this)), m_untick(new QPushButton(this)),
      m_check(new QPushButton(this)), m_role(new QComboBox(this)), m_sign(new QPushButton(this)),
      m_signatureView(new QTableView(this)), m_revoke(new QPushButton(this)),
      m_replan(new QPushButton(this)), m_void(new QPushButton(this)),
      m_export(new QPushButton(this)), m_message(new QLabel(this)), m_signAs(new QLabel(this)), m_exportDirectory(QDir::homePath())
{
    m_title->setObjectName(QStringLiteral("checklistTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("checklistStatus"));
    m_status->setWordWrap(true);
    // Run names, reasons and messages are stored text: shown as plain text, never as rich text.
    for (QLabel *label : {m_title, m_status, m_details, m_message})
        label->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("checklistMessage"));
    m_message->setWordWrap(true);

    m_itemView->setModel(m_items);
    m_itemView->setObjectName(QStringLiteral("checklistItems"));
    m_itemView->setAccessibleName(tr("Checklist items"));
    m_itemView->setUniformRowHeights(true);
    m_itemView->setAlternatingRowColors(true);
    m_itemView->header()->setStretchLastSection(false);
    m_itemView->header()->setSectionResizeMode(ChecklistItemModel::ItemColumn, QHeaderView::Stretch);
    m_itemView->header()->setSectionResizeMode(ChecklistItemModel::ByColumn, QHeaderView::ResizeToContents);
    m_itemView->header()->setSectionResizeMode(ChecklistItemModel::WhenColumn, QHeaderView::ResizeToContents);
    m_itemView->header()->setSectionResizeMode(ChecklistItemModel::NoteColumn, QHeaderView::Interactive);
    m_itemView->header()->resizeSection(ChecklistItemModel::NoteColumn, 200);
    m_itemView->setIndentation(14);

    m_signatureView->setModel(m_signatures);
    m_signatureView->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_signatureView->setObjectName(QStringLiteral("checklistSignatures"));
    m_signatureView->setAccessibleName(tr("Signatures"));
    m_signatureView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_signatureView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_signatureView->verticalHeader()->hide();
    m_signatureView->horizontalHeader()->setStretchLastSection(true);
    m_signatureView->setMaximumHeight(120);

    m_comment->setObjectName(QStringLiteral("checklistComment"));
    m_comment->setAccessibleName(tr("Comment on the item"));
    m_comment->setClearButtonEnabled(true);
    m_role->setObjectName(QStringLiteral("checklistSignRole"));
    m_role->setAccessibleName(tr("Sign as role"));
    m_replan->setObjectName(QStringLiteral("checklistReplan"));
    m_void->setObjectName(QStringLiteral("checklistVoid"));
    m_export->setObjectName(QStringLiteral("checklistExport"));

    // The run's own actions sit beside its name; the name wraps rather than push the run list aside.
    m_title->setWordWrap(true);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_replan, 0, Qt::AlignTop);
    heading->addWidget(m_void, 0, Qt::AlignTop);
    heading->addWidget(m_export, 0, Qt::AlignTop);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_comment, 1);
    actions->addWidget(m_tick);
    actions->addWidget(m_untick);
    actions->addWidget(m_check);
    auto *signing = new QHBoxLayout;
    signing->addWidget(m_signAs);
    signing->addWidget(m_role, 1);
    signing->addWidget(m_sign);
    signing->addWidget(m_revoke);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_status);
    layout->addWidget(m_details);
    layout->addWidget(m_itemView, 1);
    layout->addLayout(actions);
    layout->addWidget(m_signatureView);
    layout->addLayout(signing);
    layout->addWidget(m_message);

    connect(m_itemView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecklistRunView::updateActions);
    connect(m_signatureView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecklistRunView::updateActions);
    connect(m_comment, &QLineEdit::textChanged, this, &ChecklistRunView::updateActions);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ChecklistRunView::updateActions);
    connect(m_tick, &QPushButton::clicked, this, [this] {
        apply(tr("Ticking…"), m_service->tick(m_run.id, selectedItem(), m_comment->text()));
    });
    connect(m_untick, &QPushButton::clicked, this, [this] {
        apply(tr("Unticking…"), m_service->untick(m_run.id, selectedItem(), m_comment->text()));
    });
    connect(m_check, &QPushButton::clicked, this, [this] {
        const QString item = selectedItem();
        const ChecklistItem *definition = m_run.plan.checklist.findItem(item);
        const bool one = definition && definition->evidence.isAutomatic();
        // Command checks this console does not run are said, not silently left out.
        QString done;
        if (const QHash<QString, QString> notHere = byHand(); !one && !notHere.isEmpty()) {
            QStringList ids = notHere.keys();
            ids.sort();
            done = tr("Recorded. Checked by hand here (not run by this console): %1 — %2")
                       .arg(ids.join(QStringLiteral(", ")), notHere.value(ids.constFirst()));
        }
        apply(one ? tr("Checking %1…").arg(item) : tr("Running every automatic check…"), m_service->check(m_run, one ? item : QString()), done);
    });
    connect(m_sign, &QPushButton::clicked, this, [this] {
        apply(tr("Signing…"), m_service->sign(m_run.id, m_role->currentData().toString(), m_comment->text()));
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        apply(tr("Revoking…"), m_service->revoke(m_run.id, selectedSignature(), m_comment->text()));
    });
    connect(m_replan, &QPushButton::clicked, this, &ChecklistRunView::changePlan);
    connect(m_void, &QPushButton::clicked, this, &ChecklistRunView::voidRun);
    connect(m_export, &QPushButton::clicked, this, &ChecklistRunView::exportRun);
    // Which command checks this console runs depends on its templates.
    connect(m_service, &ChecklistService::templatesChanged, this, [this] {
        m_items->setByHand(byHand());
        updateActions();
    });
    clear();
    retranslate();
}

void ChecklistRunView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text the view sets itself, in the language now installed; the items' and signatures' texts come
// from their models. The last message keeps the language it was written in.
void ChecklistRunView::retranslate()
{
    m_tick->setText(tr("&Tick"));
    m_untick->setText(tr("&Untick"));
    m_check->setText(tr("Run &checks"));
    m_sign->setText(tr("&Sign"));
    m_revoke->setText(tr("&Revoke"));
    m_replan->setText(tr("Change &plan…"));
    m_void->setText(tr("&Void run…"));
    m_export->setText(tr("&Export…"));
    m_signAs->setText(tr("Sign as"));
    m_comment->setPlaceholderText(tr("Comment (a reason is needed to untick or revoke)"));
    if (m_run.id.isEmpty()) {
        m_title->setText(tr("No checklist run selected"));
    } else {
        showRunTexts();
        for (int i = 0; i < m_role->count(); ++i) {
            for (const SignoffRole &r : m_run.plan.checklist.signoff.roles) {
                if (r.role == m_role->itemData(i).toString())
                    m_role->setItemText(i, roleText(r));
            }
        }
    }
    ModelRetranslation::announce(m_items);
    ModelRetranslation::announce(m_signatures);
    updateActions();
}

QString ChecklistRunView::roleText(const SignoffRole &role) const
{
    return role.count - m_run.activeSignatures(role.role) > 0 ? role.name : tr("%1 (complete)").arg(role.name);
}

void ChecklistRunView::showRunTexts()
{
    const ChecklistRun &run = m_run;
    m_title->setText(tr("%1: %2 %3").arg(run.plan.checklist.name, run.plan.environment, run.plan.version));
    m_details->setText(tr("Hosts: %1 · plan %2 · started %3 by %4")
                           .arg(run.plan.hosts.join(QStringLiteral(", ")), run.planHash.left(16),
                                LocaleFormat::dateTime(run.startedAt.toLocalTime()), run.creator));
    m_details->setToolTip(DisplayText::toolTip(tr("Plan SHA-256: %1\nRun: %2").arg(run.planHash, run.id)));
}

void ChecklistRunView::clear()
{
    m_run = {};
    m_items->clear();
    m_signatures->setRun({});
    m_title->setText(tr("No checklist run selected"));
    m_status->clear();
    m_details->clear();
    m_role->clear();
    updateActions();
}

void ChecklistRunView::setRun(const ChecklistRun &run)
{
    const bool other = run.id != m_run.id;
    const QString selected = selectedItem();
    m_run = run;
    m_items->setRun(run);
    m_items->setByHand(byHand());
    m_items->setViewer(m_service->actor().login);
    m_signatures->setRun(run);
    if (other) {
        m_itemView->expandAll();
        m_message->clear();
    } else if (!selected.isEmpty()) {
        m_itemView->setCurrentIndex(m_items->indexOfItem(selected));
    }
    showRunTexts();
    const QString role = m_role->currentData().toString();
    m_role->clear();
    const ChecklistActor me = m_service->actor();
    for (const SignoffRole &r : run.plan.checklist.signoff.roles) {
        const int remaining = r.count - run.activeSignatures(r.role);
        m_role->addItem(roleText(r), r.role);
        if (r.role == role || (role.isEmpty() && me.holds(r.role) && remaining > 0))
            m_role->setCurrentIndex(m_role->count() - 1);
    }
    updateActions();
}

QHash<QString, QString> ChecklistRunView::byHand() const
{
    QHash<QString, QString> out;
    if (m_run.id.isEmpty())
        return out;
    for (const ChecklistLibrary::Check &check : m_service->library().checksFor(m_run.plan)) {
        if (!check.byHand.isEmpty())
            out.insert(check.item.id, check.byHand);
    }
    return out;
}

QString ChecklistRunView::selectedItem() const
{
    return m_itemView->currentIndex().data(ChecklistItemModel::ItemIdRole).toString();
}

qint64 ChecklistRunView::selectedSignature() const
{
    const QModelIndex current = m_signatureView->currentIndex();
    return current.isValid() ? m_signatures->index(current.row(), 0).data(ChecklistSignatureModel::SignatureIdRole).toLongLong() : 0;
}

void ChecklistRunView::allow(QPushButton *button, const QString &why, const QString &what)
{
    button->setEnabled(why.isEmpty());
    button->setToolTip(DisplayText::toolTip(why.isEmpty() ? what : why));
}

void ChecklistRunView::updateActions()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_run.id.isEmpty() || m_busy) {
        const QString why = m_busy ? tr("Waiting for the store…") : tr("Select a run first");
        for (QPushButton *b : {m_tick, m_untick, m_check, m_sign, m_revoke, m_replan, m_void})
            allow(b, why, {});
        allow(m_export, m_run.id.isEmpty() ? why : m_exporting ? tr("Exporting…") : QString(),
              tr("Save this run as Markdown or PDF: plan, items, evidence, signatures and history"));
        return;
    }
    const RunStatus status = m_run.status(now);
    QString statusText = runStatusName(status);
    if (status == RunStatus::Signed)
        statusText = tr("Signed — valid until %1").arg(LocaleFormat::dateTime(m_run.expiresAt.toLocalTime()));
    else if (status == RunStatus::Voided)
        statusText = tr("Voided by %1: %2").arg(m_run.voidedBy, m_run.voidReason);
    else
        statusText = ChecklistGate::whyNotApproved(m_run, now);
    m_status->setText(statusText);
    LabelTone::set(m_status, status == RunStatus::Signed                                       ? std::optional(StatusColors::Tone::Good)
                             : status == RunStatus::Expired || status == RunStatus::Voided ? std::optional(StatusColors::Tone::Bad)
                                                                                           : std::nullopt);

    const ChecklistActor me = m_service->actor();
    const QString item = selectedItem();
    const QString pick = tr("Select an item first");
    allow(m_tick, item.isEmpty() ? pick : m_run.whyNotTick(me, item, now), tr("Tick the selected item with the comment"));
    const QString reason = m_comment->text().trimmed().isEmpty() ? tr("Type the reason first") : m_comment->text();
    allow(m_untick, item.isEmpty() ? pick : m_run.whyNotUntick(me, item, reason, now), tr("Untick the selected item; the comment is the reason"));
    const ChecklistItem *definition = m_run.plan.checklist.findItem(item);
    const QString notHere = definition ? byHand().value(item) : QString();
    if (definition && definition->evidence.isAutomatic())
        allow(m_check, notHere.isEmpty() ? m_run.whyNotRecordEvidence(me, item, now) : tr("Checked by hand here: %1").arg(notHere),
              tr("Check: %1").arg(describeEvidence(definition->evidence)));
    else
        allow(m_check, m_run.voided ? tr("The run was voided") : QString(), tr("Run every automatic check of this run"));
    const QString role = m_role->currentData().toString();
    allow(m_sign, role.isEmpty() ? tr("This run asks for no signature") : m_run.whyNotSign(me, role, now),
          tr("Sign as %1 for plan %2").arg(m_role->currentText(), m_run.planHash.left(12)));
    const qint64 signature = selectedSignature();
    allow(m_revoke, signature == 0 ? tr("Select a signature first") : m_run.whyNotRevoke(me, signature, reason),
          tr("Revoke the selected signature; the comment is the reason"));
    allow(m_replan, m_run.whyNotReplan(me, anotherPlan(m_run.plan), kAnyReason, now),
          tr("Change the release or the hosts of this run; its signatures are voided"));
    allow(m_void, m_run.whyNotVoid(me, kAnyReason), tr("Void this run: it then approves nothing"));
    allow(m_export, m_exporting ? tr("Exporting…") : QString(),
          tr("Save this run as Markdown or PDF: plan, items, evidence, signatures and history"));
}

void ChecklistRunView::showMessage(const QString &text, bool error)
{
    LabelTone::set(m_message, error ? std::optional(StatusColors::Tone::Bad) : std::nullopt);
    m_message->setText(text);
}

void ChecklistRunView::apply(const QString &doing, QFuture<StoreResult<ChecklistRun>> future, const QString &done)
{
    m_busy = true;
    showMessage(doing, false);
    updateActions();
    future
        .then(this, [this, done](const StoreResult<ChecklistRun> &result) {
            m_busy = false;
            if (!result) {
                showMessage(tr("Refused: %1").arg(result.error), true);
                updateActions();
                return;
            }
            showMessage(done.isEmpty() ? tr("Recorded.") : done, false);
            m_comment->clear();
            setRun(*result.value);
            Q_EMIT changed(*result.value);
        })
        .onCanceled(this, [this] {
            m_busy = false;
            showMessage(tr("Interrupted before it finished (the store or an SSH session stopped); nothing more was recorded."), true);
            updateActions();
        });
}

void ChecklistRunView::changePlan()
{
    auto *dialog = new ChecklistPlanDialog(m_service, m_run, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChecklistPlanDialog::planAccepted, this,
            [this, runId = m_run.id](const QString &version, const QStringList &hosts, const QString &reason) {
                const int signatures = m_run.id == runId ? m_run.activeSignatures() : 0;
                const QString where = hosts.join(QStringLiteral(", "));
                apply(tr("Changing the plan…"), m_service->replan(runId, version, hosts, reason),
                      signatures > 0 ? tr("Plan changed: %1 on %2; %n signature(s) voided.", nullptr, signatures).arg(version, where)
                                     : tr("Plan changed: %1 on %2.").arg(version, where));
            });
    dialog->open();
}

void ChecklistRunView::voidRun()
{
    auto *dialog = new ChecklistVoidDialog(m_run, m_service->actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChecklistVoidDialog::voidAccepted, this, [this, runId = m_run.id](const QString &reason) {
        apply(tr("Voiding the run…"), m_service->voidRun(runId, reason), tr("Run %1 voided.").arg(runId.left(8)));
    });
    dialog->open();
}

void ChecklistRunView::exportRun()
{
    auto *dialog = new QFileDialog(this, tr("Export Checklist Run"));
    dialog->setObjectName(QStringLiteral("checklistExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QString markdownFilter = tr("Markdown (*.md)");
    const QString pdfFilter = tr("PDF documents (*.pdf)");
    dialog->setNameFilters({markdownFilter, pdfFilter});
    dialog->setDefaultSuffix(QStringLiteral("md"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, pdfFilter](const QString &filter) {
        dialog->setDefaultSuffix(filter == pdfFilter ? QStringLiteral("pdf") : QStringLiteral("md"));
    });
    dialog->setDirectory(m_exportDirectory);
    dialog->selectFile(QStringLiteral("checklist-%1-%2-%3.md").arg(m_run.plan.environment, m_run.plan.version, m_run.id.left(8)));
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, pdfFilter, runId = m_run.id, asOpened = m_run](const QString &path) {
        const ChecklistRun run = m_run.id == runId ? m_run : asOpened; // what the live feed brought meanwhile
        // The name's suffix decides; a name without one takes the chosen filter's.
        const auto format = ChecklistExport::formatFromName(QFileInfo(path).suffix())
                                .value_or(dialog->selectedNameFilter() == pdfFilter ? ChecklistExport::Format::Pdf
                                                                                    : ChecklistExport::Format::Markdown);
        m_exportDirectory = QFileInfo(path).absolutePath();
        m_exporting = true;
        showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)), false);
        updateActions();
        // Rendering a PDF (the CLI's way: QTextDocument on QPdfWriter) and writing the file stay off the UI thread.
        QtConcurrent::run([run, format, path] { return ChecklistExport::write(run, format, path, QDateTime::currentDateTimeUtc()); })
            .then(this, [this, path](const QString &error) {
                m_exporting = false;
                if (error.isEmpty())
                    showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), false);
                else
                    showMessage(tr("Export failed: %1").arg(error), true);
                updateActions();
                Q_EMIT exported(path, error);
            });
    });
    dialog->open();
}

} // namespace opsdeck
