#include "CommandPalette.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QTreeView>
#include <QVBoxLayout>

namespace opsdeck {

CommandPalette::CommandPalette(QList<PaletteEntry> entries, QWidget *parent)
    : QDialog(parent), m_model(new CommandPaletteModel(this)), m_filter(new QLineEdit(this)), m_list(new QTreeView(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Go to or do"));
    setAccessibleName(tr("Command palette"));
    m_model->setEntries(std::move(entries));

    auto *label = new QLabel(tr("&Type an area, environment, host, service, app, backup or action:"), this);
    label->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("paletteFilter"));
    m_filter->setAccessibleName(tr("Search areas, hosts, services and actions"));
    m_filter->setPlaceholderText(tr("e.g. restart web host-001"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Matching areas, hosts, services and actions"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // thousands of rows at 1,000 hosts: nothing measured per row
    m_list->setItemsExpandable(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(CommandPaletteModel::TextColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(CommandPaletteModel::DetailColumn, m_list->fontMetrics().averageCharWidth() * 22);
    m_list->setColumnWidth(CommandPaletteModel::ShortcutColumn, m_list->fontMetrics().averageCharWidth() * 12);
    // The list is reached from the filter line with the arrow keys; Tab goes there too.
    setTabOrder(m_filter, m_list);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::queryChanged);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { choose(m_list->currentIndex()); });
    connect(m_list, &QAbstractItemView::activated, this, &CommandPalette::choose);
    queryChanged(QString());

    const int width = m_list->fontMetrics().averageCharWidth() * 90;
    resize(parent && parent->screen() ? std::min(width, parent->screen()->availableGeometry().width() * 2 / 3) : width,
           m_list->fontMetrics().height() * 26);
    m_filter->setFocus();
}

void CommandPalette::queryChanged(const QString &text)
{
    m_model->setQuery(text);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, CommandPaletteModel::TextColumn));
}

void CommandPalette::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return; // nothing matches: the palette stays, the query can be changed
    const PaletteEntry entry = m_model->entry(index.row());
    accept();
    Q_EMIT chosen(entry);
}

// Moving in the list while the cursor stays in the filter line.
bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_list, key);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace opsdeck
