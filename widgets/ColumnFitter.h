#pragma once

// Fits a view's columns to their texts when its model changes, at a cost a 1,000-row table can
// carry: never while the view is hidden (an area not on screen is fitted when it is shown), at most
// once per event-loop pass, and paced by its own cost — the next fit waits 10× the duration of the
// last one (0 ms–2 s), so a table updated per host answer measures its texts a few times a second,
// not once per answer. Each column is measured over at most kRowsMeasured rows, the shown ones
// first (QHeaderView::resizeContentsPrecision), instead of Qt's default of 1,000; a table's row, when
// its rows are fitted too, over at most as many cells.
// What "fit" means is the owner's: a callback (e.g. resizeColumnToContents, or widths shared out).
// Views whose sections are ResizeToContents bypass this: the header measures on every change. UI thread.

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QTimer;

namespace opsdeck {

class ColumnFitter final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRowsMeasured = 200;
    static constexpr qint64 kMaxIntervalMs = 2000;

    // Watches `model` (the view's model, usually a proxy) for every kind of change.
    ColumnFitter(QAbstractItemView *view, QAbstractItemModel *model, std::function<void()> fit, QObject *parent = nullptr);

    void request();            // a fit is due: soon if shown, when shown if not
    int intervalMs() const;    // the wait after a fit before the next one (10× its cost)
    int fits() const { return m_fits; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitNow();

    QAbstractItemView *m_view;
    std::function<void()> m_fit;
    QTimer *m_timer;
    QElapsedTimer m_sinceFit; // invalid until the first fit
    qint64 m_intervalMs = 0;
    bool m_pending = false;   // requested while hidden
    int m_fits = 0;
};

} // namespace opsdeck
