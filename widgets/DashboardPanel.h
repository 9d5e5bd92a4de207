#pragma once

// The Dashboard area, the operator's home screen: every environment, host, service and health
// endpoint with its status (icon, text and colour), why, latency and the age of the last result;
// the selected entry's components (which check fails, and why) and its response time over time.
// UI thread.

#include <QWidget>

class QLabel;
class QTableView;
class QTreeView;

namespace opsdeck {

class HealthComponentModel;
class HealthService;
class HealthTreeModel;
class ResponseTimeChart;

class DashboardPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPanel(HealthService *health, QWidget *parent = nullptr);

    HealthTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    HealthComponentModel *components() const { return m_components; }
    QLabel *detailTitle() const { return m_detailTitle; }
    ResponseTimeChart *chart() const { return m_chart; }

private:
    void showSelection();

    HealthService *m_health;
    HealthTreeModel *m_model;
    HealthComponentModel *m_components;
    QTreeView *m_tree;
    QTableView *m_componentView;
    QLabel *m_detailTitle;
    ResponseTimeChart *m_chart;
};

} // namespace opsdeck
