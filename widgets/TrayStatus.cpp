#include "TrayStatus.h"

#include "alerts/AlertEngine.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace opsdeck {

TrayStatus::TrayStatus(AlertEngine *alerts, HealthTreeModel *health, QObject *parent)
    : QObject(parent), m_alerts(alerts), m_health(health), m_menu(std::make_unique<QMenu>()),
      m_icon(new QSystemTrayIcon(QApplication::windowIcon(), this))
{
    m_counts = m_menu->addAction(QString());
    m_counts->setEnabled(false); // information, not a command
    m_menu->addSeparator();
    m_open = m_menu->addAction(tr("Open OpsDeck"));
    connect(m_open, &QAction::triggered, this, &TrayStatus::openRequested);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_notified.isEmpty())
            Q_EMIT alertRequested(m_notified);
    });
    connect(m_alerts, &AlertEngine::raised, this, [this](const Alert &alert) {
        if (alert.severity != AlertSeverity::Critical || alert.suppressed)
            return;
        m_notified = alert.key;
        if (m_icon->isVisible())
            m_icon->showMessage(alert.title, alert.detail, QSystemTrayIcon::Critical, 15'000);
    });
    connect(m_health, &HealthTreeModel::countsChanged, this, &TrayStatus::updateCounts);
    updateCounts();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_icon->show();
}

TrayStatus::~TrayStatus()
{
    m_icon->setContextMenu(nullptr);
}

QString TrayStatus::countsText(const std::array<int, HealthTreeModel::StateCount> &services)
{
    using State = HealthTreeModel::State;
    QStringList parts;
    const auto add = [&](State state, const QString &text) {
        if (services[size_t(state)] > 0)
            parts << text;
    };
    add(State::Fail, tr("%n failing", nullptr, services[size_t(State::Fail)]));
    add(State::Warn, tr("%n warning", nullptr, services[size_t(State::Warn)]));
    add(State::Unknown, tr("%n unknown", nullptr, services[size_t(State::Unknown)]));
    add(State::NoData, tr("%n without data", nullptr, services[size_t(State::NoData)]));
    add(State::Pass, tr("%n passing", nullptr, services[size_t(State::Pass)]));
    return parts.isEmpty() ? tr("no services") : parts.join(QStringLiteral(", "));
}

void TrayStatus::updateCounts()
{
    std::array<int, HealthTreeModel::StateCount> services{};
    for (const HealthTreeModel::EnvironmentCounts &env : m_health->counts()) {
        for (size_t i = 0; i < services.size(); ++i)
            services[i] += env.services[i];
    }
    const QString text = countsText(services);
    m_counts->setText(text);
    m_icon->setToolTip(tr("OpsDeck: %1").arg(text));
}

} // namespace opsdeck
