#pragma once

// The Fleet area: the environments -> hosts -> services tree with a filter, and the selected entry's
// configuration in full beside it. The filter (host, service, unit, label or reachability; problems
// only: hosts that are unreachable or being retried) is the overviews' (OverviewFilterBar,
// OverviewFilterProxy), remembered under "fleet/"; a reload keeps the selection and the scroll position.
// UI thread.

#include <QWidget>

#include <functional>

class QLineEdit;
class QSplitter;
class QTextBrowser;
class QTreeView;

namespace opsdeck {

class FleetTreeModel;
class OverviewFilterBar;
class OverviewFilterProxy;
struct FleetConfig;

class FleetPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FleetPanel(QWidget *parent = nullptr);

    void setConfig(const FleetConfig &config);
    // Where a host's connection stands ("waiting to connect, 12 ahead", "retrying …"), for its details.
    void setHostStatus(std::function<QString(const QString &host)> status) { m_hostStatus = std::move(status); }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const;
    OverviewFilterBar *filter() const { return m_filter; }
    QTextBrowser *detailsView() const { return m_details; }
    FleetTreeModel *model() const { return m_model; }
    // Selects and shows "env", "env/host" or "env/host/service" (the filter is cleared if it hides it).
    void selectPath(const QString &path);
    QSplitter *splitter() const { return m_splitter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetails();

    FleetTreeModel *m_model;
    OverviewFilterProxy *m_proxy;
    OverviewFilterBar *m_filter; // its box "fleetFilter", its toggle "fleetProblemsOnly"
    QTreeView *m_tree;
    QTextBrowser *m_details;
    QSplitter *m_splitter;
    std::function<QString(const QString &)> m_hostStatus;
};

} // namespace opsdeck
