#pragma once

// The filter row of an overview area (Dashboard, Services, Fleet): a filter box and a "problems only"
// toggle, remembered per area (QSettings group: "<group>/filterText", "<group>/problemsOnly"; the
// Dashboard remembers only the toggle), and under them a whole sentence when the filters leave nothing
// to show ("No service matches “xyz”."). Ctrl+F (QKeySequence::Find) focuses the box while the area is
// shown; Escape in the box clears it. The area words the box, the toggle and the sentences in its own
// retranslate(), and applies text() and problemsOnly() to its proxy. UI thread.

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace opsdeck {

class OverviewFilterBar final : public QWidget
{
    Q_OBJECT
public:
    enum class Remember { TextAndProblemsOnly, ProblemsOnly };
    OverviewFilterBar(const QString &settingsGroup, Remember remember, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QCheckBox *problemsToggle() const { return m_problemsOnly; }
    QLabel *emptyMessage() const { return m_empty; }
    QString text() const;
    bool problemsOnly() const;
    // The rows the view shows (a filter proxy): none left while filtering, the sentence says so.
    void watch(QAbstractItemModel *shown);
    // Whole sentences: nothing matches the text (%1), no problem, no problem matches the text (%1).
    void setEmptyMessages(const QString &noMatch, const QString &noProblem, const QString &noProblemMatch);

Q_SIGNALS:
    void textChanged(const QString &text);
    void problemsOnlyChanged(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmpty();

    QString m_group;
    Remember m_remember;
    QLineEdit *m_edit;
    QCheckBox *m_problemsOnly;
    QLabel *m_empty;
    QAbstractItemModel *m_shown = nullptr;
    QString m_noMatch;
    QString m_noProblem;
    QString m_noProblemMatch;
};

} // namespace opsdeck
