#pragma once

// The top of the Dashboard: per environment, how many services fail, warn, are unknown, have no
// data and pass, each a button (symbol + word + number, named for screen readers) that shows only
// those services; a second click, or another count, undoes it. UI thread.

#include "HealthTreeModel.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QToolButton;

namespace opsdeck {

class HealthCountsBar final : public QWidget
{
    Q_OBJECT
public:
    explicit HealthCountsBar(HealthTreeModel *model, QWidget *parent = nullptr);

    void clearFilter();
    // A count button's text, "✖ 1,234 fail": one message per state, the number in the locale's digits.
    static QString countText(HealthTreeModel::State state, int count);

Q_SIGNALS:
    // environment empty and state nullopt: no state filter
    void filterChanged(const QString &environment, std::optional<opsdeck::HealthTreeModel::State> state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();
    void clicked(QToolButton *button);

    HealthTreeModel *m_model;
    QGridLayout *m_grid;
    QStringList m_environments; // the rows shown
    QList<QToolButton *> m_buttons; // per environment, StateCount each
    QToolButton *m_checked = nullptr;
};

} // namespace opsdeck
