#pragma once

// The requests waiting for a second person's approval (require_approval), with their full plans; the
// person at this console approves or declines one with a reason. The store decides who may (never the
// requester, only the required role, only the plan hash shown, only before expiry); the dialog shows
// its answer. Reached from View → Approvals…; refreshes as approval events arrive. UI thread.

#include "store/Event.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace opsdeck {

class EventStoreService;

class ApprovalsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ApprovalsDialog(EventStoreService *store, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *declineButton() const { return m_decline; }
    QLabel *statusLabel() const { return m_status; }

    void refresh();

Q_SIGNALS:
    void refreshed();
    void decided(const opsdeck::ApprovalRequest &request);

private:
    void showSelected();
    void updateButtons();
    void decide(bool approve);
    const ApprovalRequest *selected() const;

    EventStoreService *m_store;
    QList<ApprovalRequest> m_requests;
    QListWidget *m_list;
    QPlainTextEdit *m_plan;
    QLineEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_decline;
    QLabel *m_status;
    bool m_deciding = false;
};

} // namespace opsdeck
