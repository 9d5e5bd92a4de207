#include "HealthCountsBar.h"

#include "support/DisplayText.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPalette>
#include <QToolButton>

namespace opsdeck {

HealthCountsBar::HealthCountsBar(HealthTreeModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("healthCounts"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(4);
    m_grid->setVerticalSpacing(2);
    connect(m_model, &HealthTreeModel::countsChanged, this, &HealthCountsBar::update);
    retranslate();
}

void HealthCountsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // The counts' colours were taken from the old palette: light or dark, they follow it.
    if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

// The counts' words, read-outs and tips in the language now installed.
void HealthCountsBar::retranslate()
{
    setAccessibleName(tr("Services by health, per environment"));
    update();
}

void HealthCountsBar::clearFilter()
{
    if (!m_checked)
        return;
    m_checked->setChecked(false);
    m_checked = nullptr;
    Q_EMIT filterChanged({}, std::nullopt);
}

void HealthCountsBar::update()
{
    const QList<HealthTreeModel::EnvironmentCounts> &counts = m_model->counts();
    QStringList environments;
    for (const HealthTreeModel::EnvironmentCounts &c : counts)
        environments << c.environment;
    if (environments != m_environments) {
        // Another fleet: other rows. A filter on an environment that is gone is dropped.
        const QString checked = m_checked ? m_checked->property("environment").toString() : QString();
        const int checkedState = m_checked ? m_checked->property("state").toInt() : -1;
        m_checked = nullptr;
        qDeleteAll(m_buttons);
        m_buttons.clear();
        while (QLayoutItem *item = m_grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_environments = environments;
        for (int row = 0; row < environments.size(); ++row) {
            auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(DisplayText::richText(environments.at(row))), this);
            name->setTextFormat(Qt::RichText);
            m_grid->addWidget(name, row, 0);
            for (int s = 0; s < HealthTreeModel::StateCount; ++s) {
                auto *button = new QToolButton(this);
                button->setCheckable(true);
                button->setAutoRaise(true);
                button->setProperty("environment", environments.at(row));
                button->setProperty("state", s);
                button->setObjectName(QStringLiteral("count:%1:%2").arg(environments.at(row), HealthTreeModel::stateWord(HealthTreeModel::State(s))));
                connect(button, &QToolButton::clicked, this, [this, button] { clicked(button); });
                m_grid->addWidget(button, row, s + 1);
                m_buttons.append(button);
                if (environments.at(row) == checked && s == checkedState) {
                    button->setChecked(true);
                    m_checked = button;
                }
            }
        }
        m_grid->setColumnStretch(HealthTreeModel::StateCount + 1, 1);
        if (!checked.isEmpty() && !m_checked)
            Q_EMIT filterChanged({}, std::nullopt);
    }
    for (int row = 0; row < counts.size(); ++row) {
        for (int s = 0; s < HealthTreeModel::StateCount; ++s) {
            QToolButton *button = m_buttons.at(row * HealthTreeModel::StateCount + s);
            const auto state = HealthTreeModel::State(s);
            const int n = counts.at(row).services[size_t(s)];
            const QString word = HealthTreeModel::stateWord(state);
            // "✖ 3 fail": readable without colour; read out as "production, fail: 3 services".
            button->setText(countText(state, n));
            button->setAccessibleName(tr("%1, %2: %n service(s)", "environment, state: count", n).arg(counts.at(row).environment, word));
            button->setToolTip(button->isChecked() ? tr("Show every service again")
                                                   : tr("Show only the services of %1 in state: %2").arg(counts.at(row).environment, word));
            // A count of nothing filters to nothing, unless it is the filter now; what is there has its colour.
            button->setEnabled(n > 0 || button->isChecked());
            QPalette palette = this->palette();
            if (n > 0)
                palette.setColor(QPalette::ButtonText, HealthTreeModel::stateColor(state, this->palette()));
            button->setPalette(palette);
        }
    }
}

QString HealthCountsBar::countText(HealthTreeModel::State state, int count)
{
    using State = HealthTreeModel::State;
    const QString symbol = HealthTreeModel::stateSymbol(state);
    switch (state) {
    case State::Fail: return tr("%1 %Ln fail", "symbol, how many services fail", count).arg(symbol);
    case State::Warn: return tr("%1 %Ln warn", "symbol, how many services warn", count).arg(symbol);
    case State::Unknown: return tr("%1 %Ln unknown", "symbol, how many services are unknown", count).arg(symbol);
    case State::NoData: return tr("%1 %Ln no data", "symbol, how many services have no data", count).arg(symbol);
    case State::Pass: return tr("%1 %Ln pass", "symbol, how many services pass", count).arg(symbol);
    }
    return {};
}

void HealthCountsBar::clicked(QToolButton *button)
{
    if (m_checked && m_checked != button)
        m_checked->setChecked(false);
    m_checked = button->isChecked() ? button : nullptr;
    update();
    if (m_checked)
        Q_EMIT filterChanged(button->property("environment").toString(), HealthTreeModel::State(button->property("state").toInt()));
    else
        Q_EMIT filterChanged({}, std::nullopt);
}

} // namespace opsdeck
