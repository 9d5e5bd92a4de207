#pragma once

// One checklist run: its release, plan hash and status; the sections with who ticked what and the
// evidence; the signatures. Ticking, unticking, automatic checks, signing and revoking go through the
// ChecklistService with the comment typed here; changing the plan and voiding the run ask in a
// dialog; a button the rules forbid right now is disabled and its tooltip says why, and a refusal by
// the store is shown under the buttons. Export writes Markdown or PDF on a worker thread. UI thread.

#include "checklist/ChecklistRun.h"

#include <QHash>
#include "store/EventStore.h"

#include <QFuture>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeView;

namespace opsdeck {

class ChecklistItemModel;
class ChecklistService;
class ChecklistSignatureModel;

class ChecklistRunView final : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistRunView(ChecklistService *service, QWidget *parent = nullptr);

    void setRun(const ChecklistRun &run);
    void clear();
    // The buttons' states depend on the time too (expiry): the panel calls this now and then.
    void updateActions();

    bool hasRun() const { return !m_run.id.isEmpty(); }
    const ChecklistRun &run() const { return m_run; }
    ChecklistItemModel *itemModel() const { return m_items; }
    ChecklistSignatureModel *signatureModel() const { return m_signatures; }
    QTreeView *itemView() const { return m_itemView; }
    QTableView *signatureView() const { return m_signatureView; }
    QLineEdit *commentEdit() const { return m_comment; }
    QComboBox *roleBox() const { return m_role; }
    QPushButton *tickButton() const { return m_tick; }
    QPushButton *untickButton() const { return m_untick; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *replanButton() const { return m_replan; }
    QPushButton *voidButton() const { return m_void; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    // A change was stored; the run as it is now.
    void changed(const opsdeck::ChecklistRun &run);
    // An export finished: error is empty when the file was written.
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRunTexts(); // the run's title and details, in the language now installed
    QString roleText(const SignoffRole &role) const;
    QString selectedItem() const;
    QHash<QString, QString> byHand() const; // automatic items this console does not run: id -> why
    qint64 selectedSignature() const;
    void apply(const QString &doing, QFuture<StoreResult<ChecklistRun>> future, const QString &done = {});
    void changePlan();
    void voidRun();
    void exportRun();
    void showMessage(const QString &text, bool error);
    static void allow(QPushButton *button, const QString &why, const QString &what);

    ChecklistService *m_service;
    ChecklistRun m_run;
    ChecklistItemModel *m_items;
    ChecklistSignatureModel *m_signatures;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_details;
    QTreeView *m_itemView;
    QLineEdit *m_comment;
    QPushButton *m_tick;
    QPushButton *m_untick;
    QPushButton *m_check;
    QComboBox *m_role;
    QPushButton *m_sign;
    QTableView *m_signatureView;
    QPushButton *m_revoke;
    QPushButton *m_replan;
    QPushButton *m_void;
    QPushButton *m_export;
    QLabel *m_message;
    QLabel *m_signAs;
    QString m_exportDirectory;
    bool m_busy = false;
    bool m_exporting = false;
};

} // namespace opsdeck
