#pragma once

// One line of feedback under a panel's buttons: what just happened, or why it did not (a refusal
// starts with ✖ and is red, so it reads without colour too). UI thread.

#include <QLabel>

namespace opsdeck {

class MessageLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit MessageLabel(QWidget *parent = nullptr);
    void showInfo(const QString &text);
    void showError(const QString &text);
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace opsdeck
