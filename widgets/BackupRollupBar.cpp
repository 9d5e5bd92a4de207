#include "BackupRollupBar.h"

#include "backups/BackupFreshness.h"
#include "backups/BackupMonitor.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>

namespace opsdeck {

BackupRollupBar::BackupRollupBar(BackupMonitor *backups, QWidget *parent)
    : QWidget(parent), m_backups(backups), m_layout(new QHBoxLayout(this)), m_tick(new QTimer(this)), m_due(new QTimer(this))
{
    setObjectName(QStringLiteral("backupRollup"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
    // A start lists every host's backups one by one: one count per burst of listings, not per host.
    m_due->setSingleShot(true);
    m_due->setInterval(kCoalesceMs);
    connect(m_due, &QTimer::timeout, this, &BackupRollupBar::update);
    connect(m_backups, &BackupMonitor::updated, m_due, [this] {
        if (!m_due->isActive())
            m_due->start();
    });
    m_tick->setInterval(30'000);
    connect(m_tick, &QTimer::timeout, this, &BackupRollupBar::update);
    m_tick->start();
    hide(); // until a configuration with backup locations arrives
}

void BackupRollupBar::setConfig(const FleetConfig &config)
{
    m_config = config;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (const EnvironmentConfig &env : config.environments) {
        const bool hasBackups = std::any_of(env.hosts.cbegin(), env.hosts.cend(), [](const HostConfig &h) { return !h.backups.isEmpty(); });
        if (!hasBackups)
            continue;
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("backupRollup:") + env.name);
        button->setFlat(true);
        button->setProperty("environment", env.name);
        const QString name = env.name;
        connect(button, &QPushButton::clicked, this, [this, name] { Q_EMIT backupsRequested(name); });
        m_layout->insertWidget(int(m_buttons.size()), button);
        m_buttons << button;
    }
    setVisible(!m_buttons.isEmpty());
    update();
}

QPushButton *BackupRollupBar::button(const QString &environment) const
{
    for (QPushButton *b : m_buttons) {
        if (b->property("environment").toString() == environment)
            return b;
    }
    return nullptr;
}

void BackupRollupBar::update()
{
    const auto rollup = BackupFreshness::rollup(m_config, m_backups->reports(), QDateTime::currentDateTimeUtc());
    for (QPushButton *b : std::as_const(m_buttons)) {
        const QString env = b->property("environment").toString();
        const BackupFreshness::Rollup r = rollup.value(env);
        QStringList parts;
        if (r.stale > 0)
            parts << tr("✖ %n stale", nullptr, r.stale);
        if (r.unverified > 0)
            parts << tr("◌ %n unverified", nullptr, r.unverified);
        if (r.listing > 0)
            parts << tr("… %n listing", nullptr, r.listing);
        if (parts.isEmpty())
            parts << tr("✔ %n fresh, verified", nullptr, r.locations);
        b->setText(tr("%1 backups: %2").arg(env, parts.join(QStringLiteral(", "))));
        b->setToolTip(tr("%n backup location(s) in %1; open the Backups area", nullptr, r.locations).arg(env));
    }
}

} // namespace opsdeck
