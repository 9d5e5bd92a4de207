#include "DashboardPanel.h"

#include "HealthComponentModel.h"
#include "HealthTreeModel.h"
#include "ResponseTimeChart.h"
#include "health/HealthService.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace opsdeck {

DashboardPanel::DashboardPanel(HealthService *health, QWidget *parent)
    : QWidget(parent), m_health(health), m_model(new HealthTreeModel(health, this)),
      m_components(new HealthComponentModel(this)), m_tree(new QTreeView(this)), m_componentView(new QTableView(this)),
      m_detailTitle(new QLabel(this)), m_chart(new ResponseTimeChart(health, this))
{
    m_tree->setObjectName(QStringLiteral("healthTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(HealthTreeModel::ReasonColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(HealthTreeModel::NameColumn, 200);
    m_tree->setColumnWidth(HealthTreeModel::StatusColumn, 80);
    m_tree->setColumnWidth(HealthTreeModel::LatencyColumn, 70);
    m_tree->setColumnWidth(HealthTreeModel::CheckedColumn, 80);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0)
            m_tree->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DashboardPanel::showSelection);
    connect(m_model, &HealthTreeModel::refreshed, this, &DashboardPanel::showSelection);

    auto *checkNow = new QPushButton(tr("Check &now"), this);
    checkNow->setObjectName(QStringLiteral("checkNow"));
    connect(checkNow, &QPushButton::clicked, m_health, &HealthService::checkNow);

    m_componentView->setObjectName(QStringLiteral("components"));
    m_componentView->setModel(m_components);
    m_componentView->verticalHeader()->hide();
    m_componentView->horizontalHeader()->setStretchLastSection(true);
    m_componentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_componentView->verticalHeader()->setDefaultSectionSize(m_componentView->fontMetrics().height() + 8);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::RichText);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(checkNow, 0, Qt::AlignLeft);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detailTitle);
    rightLayout->addWidget(m_componentView, 1);
    rightLayout->addWidget(m_chart, 2);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void DashboardPanel::showSelection()
{
    const QModelIndex index = m_tree->currentIndex();
    const QStringList ids = m_model->endpointIdsUnder(index.isValid() ? index.siblingAtColumn(0) : QModelIndex());
    // Drill-down: the endpoint itself, or the worst endpoint below the selected entry.
    HealthSnapshot shown;
    for (const QString &id : ids) {
        const HealthSnapshot s = m_health->snapshots().value(id);
        if (!shown.hasState || worse(s.stable, shown.stable) != shown.stable)
            shown = s;
    }
    const QString path = index.isValid() ? m_model->pathAt(index.siblingAtColumn(0)) : tr("All environments");
    if (!shown.hasState) {
        m_detailTitle->setText(tr("<b>%1</b><br>No result yet.").arg(path.toHtmlEscaped()));
        m_components->setVerdict({});
    } else {
        const HealthVerdict &v = shown.last;
        const QString shownPath = shown.endpoint.environment + u'/' + shown.endpoint.host + u'/' + shown.endpoint.service;
        m_detailTitle->setText(tr("<b>%1</b><br>%2 — %3<br><small>%4 · HTTP %5 · %6 ms · %7 format</small>")
                                   .arg((shownPath == path || ids.size() == 1 ? path : tr("%1 (worst: %2)").arg(path, shownPath)).toHtmlEscaped(),
                                        HealthTreeModel::statusText(shown.stable, false).toHtmlEscaped(),
                                        (v.reason.isEmpty() ? tr("all checks pass") : v.reason).toHtmlEscaped(),
                                        shown.endpoint.check.url.toHtmlEscaped())
                                   .arg(v.httpStatus)
                                   .arg(v.latencyMs)
                                   .arg(healthFormatName(v.format)));
        m_components->setVerdict(v);
    }
    if (sender() != m_model) // a new selection, not just new results
        m_chart->setEndpoints(ids, tr("Response time: %1").arg(path));
}

} // namespace opsdeck
