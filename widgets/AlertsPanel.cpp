#include "AlertsPanel.h"

#include "AlertListModel.h"
#include "ColumnFitter.h"
#include "ModelRetranslation.h"
#include "alerts/AlertEngine.h"
#include "support/LocalAccount.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdeck {

AlertsPanel::AlertsPanel(AlertEngine *engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_model(new AlertListModel(this)), m_table(new QTableView(this)),
      m_acknowledge(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setAccessibleName(tr("Alerts"));
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_acknowledge->setObjectName(QStringLiteral("acknowledge"));
    m_acknowledge->setEnabled(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_acknowledge->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
    });
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_engine->acknowledge(m_model->alertAt(rows.constFirst().row()).key, LocalAccount::loginName());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_acknowledge, 0, Qt::AlignLeft);

    // Fitted when shown and paced by its cost: the list changes with every alert of a flapping fleet.
    m_fitColumns = new ColumnFitter(m_table, m_model, [this] { m_table->resizeColumnsToContents(); }, this);
    retranslate();
    connect(m_engine, &AlertEngine::changed, this, &AlertsPanel::refresh);
    refresh();
}

void AlertsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text the area sets itself, in the language now installed; the table's texts come from its model.
void AlertsPanel::retranslate()
{
    m_acknowledge->setText(tr("&Acknowledge"));
    ModelRetranslation::announce(m_model);
    m_fitColumns->request();
}

bool AlertsPanel::selectAlert(const QString &key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->alertAt(row).key == key) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void AlertsPanel::refresh()
{
    const QString selected = m_table->selectionModel()->selectedRows().isEmpty()
                                 ? QString()
                                 : m_model->alertAt(m_table->selectionModel()->selectedRows().constFirst().row()).key;
    const QList<Alert> alerts = m_engine->active();
    m_model->setAlerts(alerts);
    int critical = 0;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        critical += alerts.at(i).severity == AlertSeverity::Critical && !alerts.at(i).suppressed ? 1 : 0;
        if (alerts.at(i).key == selected)
            m_table->selectRow(int(i));
    }
    Q_EMIT countChanged(critical, int(alerts.size()));
}

} // namespace opsdeck
