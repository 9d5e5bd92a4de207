#include "OverviewFilterBar.h"

#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>
#include <QVBoxLayout>

namespace opsdeck {

OverviewFilterBar::OverviewFilterBar(const QString &settingsGroup, Remember remember, QWidget *parent)
    : QWidget(parent), m_group(settingsGroup), m_remember(remember), m_edit(new QLineEdit(this)), m_problemsOnly(new QCheckBox(this)),
      m_empty(new QLabel(this))
{
    const QSettings settings;
    m_edit->setClearButtonEnabled(true);
    if (m_remember == Remember::TextAndProblemsOnly)
        m_edit->setText(settings.value(m_group + QStringLiteral("/filterText")).toString());
    m_problemsOnly->setChecked(settings.value(m_group + QStringLiteral("/problemsOnly"), false).toBool());
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_remember == Remember::TextAndProblemsOnly)
            QSettings().setValue(m_group + QStringLiteral("/filterText"), text);
        Q_EMIT textChanged(text);
        updateEmpty();
    });
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(m_group + QStringLiteral("/problemsOnly"), on);
        Q_EMIT problemsOnlyChanged(on);
        updateEmpty();
    });
    // Only the area shown has its bar visible, so one Ctrl+F is active in the window at a time.
    auto *find = new QShortcut(QKeySequence(QKeySequence::Find), this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_edit->setFocus(Qt::ShortcutFocusReason);
        m_edit->selectAll();
    });

    m_empty->setObjectName(QStringLiteral("filterEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_problemsOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_empty);
    retranslate();
}

QString OverviewFilterBar::text() const
{
    return m_edit->text();
}

bool OverviewFilterBar::problemsOnly() const
{
    return m_problemsOnly->isChecked();
}

void OverviewFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverviewFilterBar::retranslate()
{
    m_edit->setToolTip(tr("%1 goes to this filter; Escape clears it.").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_empty->setAccessibleName(tr("Filter result"));
}

bool OverviewFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier && !m_edit->text().isEmpty()) {
        m_edit->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void OverviewFilterBar::watch(QAbstractItemModel *shown)
{
    m_shown = shown;
    connect(shown, &QAbstractItemModel::modelReset, this, &OverviewFilterBar::updateEmpty);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &OverviewFilterBar::updateEmpty);
    connect(shown, &QAbstractItemModel::rowsInserted, this, &OverviewFilterBar::updateEmpty);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &OverviewFilterBar::updateEmpty);
    // Rows that arrive hidden change nothing the view is told about, yet there is now something hidden.
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(shown); proxy && proxy->sourceModel()) {
        connect(proxy->sourceModel(), &QAbstractItemModel::rowsInserted, this, &OverviewFilterBar::updateEmpty);
        connect(proxy->sourceModel(), &QAbstractItemModel::rowsRemoved, this, &OverviewFilterBar::updateEmpty);
        connect(proxy->sourceModel(), &QAbstractItemModel::modelReset, this, &OverviewFilterBar::updateEmpty);
    }
    updateEmpty();
}

void OverviewFilterBar::setEmptyMessages(const QString &noMatch, const QString &noProblem, const QString &noProblemMatch)
{
    m_noMatch = noMatch;
    m_noProblem = noProblem;
    m_noProblemMatch = noProblemMatch;
    updateEmpty();
}

void OverviewFilterBar::updateEmpty()
{
    // Said only when the filters hid what there is: an area with nothing configured says so itself.
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_shown);
    const bool hidden = m_shown && m_shown->rowCount() == 0 && proxy && proxy->sourceModel() && proxy->sourceModel()->rowCount() > 0;
    const QString typed = m_edit->text().trimmed();
    if (!hidden || (typed.isEmpty() && !problemsOnly())) {
        m_empty->hide();
        m_empty->clear();
        return;
    }
    if (typed.isEmpty())
        m_empty->setText(m_noProblem);
    else
        m_empty->setText((problemsOnly() ? m_noProblemMatch : m_noMatch).arg(typed));
    m_empty->show();
}

} // namespace opsdeck
