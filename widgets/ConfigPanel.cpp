#include "ConfigPanel.h"

#include "ConfigErrorModel.h"
#include "config/Duration.h"
#include "config/FleetConfig.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdeck {

ConfigPanel::ConfigPanel(QWidget *parent)
    : QWidget(parent), m_file(new QLabel(this)), m_status(new QLabel(this)), m_summary(new QLabel(this)),
      m_errorView(new QTableView(this)), m_errors(new ConfigErrorModel(this)), m_reload(new QPushButton(tr("&Reload"), this))
{
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("configStatus"));
    m_status->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto *open = new QPushButton(tr("&Open…"), this);
    connect(open, &QPushButton::clicked, this, &ConfigPanel::openRequested);
    connect(m_reload, &QPushButton::clicked, this, &ConfigPanel::reloadRequested);

    m_errorView->setObjectName(QStringLiteral("configErrors"));
    m_errorView->setAccessibleName(tr("Configuration errors"));
    m_errorView->setModel(m_errors);
    m_errorView->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_errorView->verticalHeader()->hide();
    m_errorView->horizontalHeader()->setStretchLastSection(true);
    m_errorView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorView->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_file, 1);
    buttons->addWidget(open);
    buttons->addWidget(m_reload);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_errorView, 1);
    showNoFile();
}

void ConfigPanel::showNoFile()
{
    m_file->setText(tr("No configuration file"));
    m_status->setText(tr("Open a fleet configuration (YAML) to see your environments, hosts and services. "
                         "docs/config.md describes the format; opsdeck-fleet writes one for the sandbox fleet."));
    m_summary->clear();
    m_reload->setEnabled(false);
    m_errors->setErrors({});
    m_errorView->hide();
}

void ConfigPanel::showLoaded(const QString &file, const FleetConfig &config)
{
    m_file->setText(tr("File: %1").arg(file));
    m_status->setText(tr("✔ Loaded at %1: %2")
                          .arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat),
                               config.summary()));
    const Thresholds &t = config.thresholds;
    m_summary->setText(
        tr("<b>Alert thresholds</b>: response time over %1 warns; memory over %2 %; CPU over %3 % for %4; "
           "free disk under %5 %; backups older than %6.")
            .arg(Duration::format(t.responseTimeWarning))
            .arg(t.memoryPercent)
            .arg(t.cpuPercent)
            .arg(Duration::format(t.cpuSustained))
            .arg(t.diskFreePercent)
            .arg(Duration::format(t.backupMaxAge)));
    m_reload->setEnabled(true);
    m_errors->setErrors({});
    m_errorView->hide();
}

void ConfigPanel::showRejected(const QString &file, const ConfigErrors &errors, int suppressed, bool keepingLastGood)
{
    m_file->setText(tr("File: %1").arg(file));
    QString status = tr("✖ %n error(s) in the file", nullptr, int(errors.size()) + suppressed);
    if (suppressed > 0)
        status += tr(" (the first %1 are listed)").arg(errors.size());
    status += keepingLastGood ? tr("; the last good configuration stays in use.")
                              : tr("; no configuration is in use.");
    m_status->setText(status);
    m_reload->setEnabled(true);
    m_errors->setErrors(errors);
    m_errorView->show();
    m_errorView->resizeColumnsToContents();
}

} // namespace opsdeck
