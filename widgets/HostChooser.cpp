#include "HostChooser.h"

#include "HostChoiceModel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace opsdeck {

namespace {
constexpr int kFilterFrom = 9; // fewer hosts fit the list at a glance
}

HostChooser::HostChooser(QWidget *parent)
    : QWidget(parent), m_model(new HostChoiceModel(this)), m_filtered(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_list(new QListView(this)), m_all(new QPushButton(tr("&All"), this)),
      m_none(new QPushButton(tr("&None"), this)), m_count(new QLabel(this))
{
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("hostFilter"));
    m_filter->setPlaceholderText(tr("Filter hosts"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("hostList"));
    m_list->setModel(m_filtered);
    m_list->setUniformItemSizes(true);
    m_all->setObjectName(QStringLiteral("hostsAll"));
    m_all->setToolTip(tr("Check every host shown"));
    m_none->setObjectName(QStringLiteral("hostsNone"));
    m_none->setToolTip(tr("Uncheck every host shown"));
    m_count->setObjectName(QStringLiteral("hostCount"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter, 0, 0, 1, 2);
    layout->addWidget(m_list, 1, 0, 3, 1);
    layout->addWidget(m_all, 1, 1);
    layout->addWidget(m_none, 2, 1);
    layout->addWidget(m_count, 4, 0, 1, 2);
    layout->setRowStretch(3, 1);

    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_all, &QPushButton::clicked, this, [this] { checkShown(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { checkShown(false); });
    connect(m_model, &HostChoiceModel::checkedChanged, this, [this] {
        updateCount();
        Q_EMIT checkedChanged();
    });
    m_filter->setVisible(false);
}

void HostChooser::setHosts(const QStringList &hosts, const QStringList &checked)
{
    m_filter->clear();
    m_filter->setVisible(hosts.size() >= kFilterFrom);
    m_model->setHosts(hosts, checked);
}

QStringList HostChooser::checkedHosts() const
{
    return m_model->checkedHosts();
}

void HostChooser::checkShown(bool checked)
{
    for (int row = 0; row < m_filtered->rowCount(); ++row)
        m_model->setChecked(m_filtered->mapToSource(m_filtered->index(row, 0)).row(), checked);
}

void HostChooser::updateCount()
{
    const qsizetype total = m_model->hosts().size();
    const qsizetype checked = m_model->checkedHosts().size();
    if (total == 0) {
        m_count->setText(tr("The environment has no hosts"));
        return;
    }
    m_count->setText(checked == total ? tr("All %n host(s)", nullptr, int(total))
                                      : tr("%1 of %n host(s)", nullptr, int(total)).arg(checked));
}

} // namespace opsdeck
