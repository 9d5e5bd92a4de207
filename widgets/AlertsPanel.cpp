#include "AlertsPanel.h"

#include "AlertListModel.h"
#include "alerts/AlertEngine.h"
#include "support/LocalAccount.h"

#include <QApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdeck {

AlertsPanel::AlertsPanel(AlertEngine *engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_model(new AlertListModel(this)), m_table(new QTableView(this)),
      m_acknowledge(new QPushButton(tr("&Acknowledge"), this))
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

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("OpsDeck"));
        m_tray->show();
    }
    connect(m_engine, &AlertEngine::raised, this, [this](const Alert &alert) {
        if (m_tray && alert.severity == AlertSeverity::Critical && !alert.suppressed)
            m_tray->showMessage(alert.title, alert.detail, QSystemTrayIcon::Critical, 15'000);
    });
    connect(m_engine, &AlertEngine::changed, this, &AlertsPanel::refresh);
    refresh();
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
    m_table->resizeColumnsToContents();
    Q_EMIT countChanged(critical, int(alerts.size()));
}

} // namespace opsdeck
