#include "ColumnFitter.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace opsdeck {

ColumnFitter::ColumnFitter(QAbstractItemView *view, QAbstractItemModel *model, std::function<void()> fit, QObject *parent)
    : QObject(parent), m_view(view), m_fit(std::move(fit)), m_timer(new QTimer(this))
{
    // Where a column's width comes from: the rows measured per column (Qt's default is 1,000).
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->verticalHeader()->setResizeContentsPrecision(kRowsMeasured);   // rows measured per column
        table->horizontalHeader()->setResizeContentsPrecision(kRowsMeasured); // cells measured per row (resizeRowsToContents)
    }
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        tree->header()->setResizeContentsPrecision(kRowsMeasured);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ColumnFitter::fitNow);
    const auto due = [this] { request(); };
    connect(model, &QAbstractItemModel::modelReset, this, due);
    connect(model, &QAbstractItemModel::layoutChanged, this, due);
    connect(model, &QAbstractItemModel::rowsInserted, this, due);
    connect(model, &QAbstractItemModel::rowsRemoved, this, due);
    connect(model, &QAbstractItemModel::dataChanged, this, due);
    connect(model, &QAbstractItemModel::headerDataChanged, this, due);
    m_view->installEventFilter(this);
}

void ColumnFitter::request()
{
    if (!m_view->isVisible()) {
        m_pending = true;
        return;
    }
    if (m_timer->isActive())
        return;
    const qint64 waited = m_sinceFit.isValid() ? m_sinceFit.elapsed() : m_intervalMs;
    m_timer->start(int(std::max<qint64>(0, m_intervalMs - waited)));
}

int ColumnFitter::intervalMs() const
{
    return int(m_intervalMs);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_pending)
        request();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fitNow()
{
    if (!m_view->isVisible()) { // hidden between the request and now
        m_pending = true;
        return;
    }
    m_pending = false;
    QElapsedTimer cost;
    cost.start();
    m_fit();
    ++m_fits;
    m_intervalMs = std::min(10 * cost.elapsed(), kMaxIntervalMs);
    m_sinceFit.start();
}

} // namespace opsdeck
