#include "ConfigPanel.h"

#include "ConfigErrorModel.h"
#include "ModelRetranslation.h"
#include "config/FleetConfig.h"
#include "support/LocaleFormat.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdeck {

ConfigPanel::ConfigPanel(QWidget *parent)
    : QWidget(parent), m_file(new QLabel(this)), m_status(new QLabel(this)), m_summary(new QLabel(this)),
      m_errorView(new QTableView(this)), m_errors(new ConfigErrorModel(this)), m_reload(new QPushButton(this)),
      m_open(new QPushButton(this))
{
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("configStatus"));
    m_status->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    connect(m_open, &QPushButton::clicked, this, &ConfigPanel::openRequested);
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
    buttons->addWidget(m_open);
    buttons->addWidget(m_reload);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_errorView, 1);
    // With no errors the table is hidden: the room left goes below the texts, not between them (the
    // word-wrapped labels would otherwise take it, each its line in the middle of half the area).
    layout->addStretch();
    showNoFile();
}

void ConfigPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text the area sets itself, in the language now installed: the buttons, and what the last
// showNoFile/showLoaded/showRejected showed, said again.
void ConfigPanel::retranslate()
{
    m_open->setText(tr("&Open…"));
    m_reload->setText(tr("&Reload"));
    if (m_showTexts)
        m_showTexts();
    ModelRetranslation::announce(m_errors);
}

void ConfigPanel::showNoFile()
{
    m_showTexts = [this] { showNoFileTexts(); };
    retranslate();
    m_reload->setEnabled(false);
    m_errors->setErrors({});
    m_errorView->hide();
}

void ConfigPanel::showNoFileTexts()
{
    m_file->setText(tr("No configuration file"));
    m_status->setText(tr("Open a fleet configuration (YAML) to see your environments, hosts and services. "
                         "docs/config.md describes the format; opsdeck-fleet writes one for the sandbox fleet."));
    m_summary->clear();
}

void ConfigPanel::showLoaded(const QString &file, const FleetConfig &config)
{
    m_showTexts = [this, file, config, at = QDateTime::currentDateTime()] { showLoadedTexts(file, config, at); };
    retranslate();
    m_reload->setEnabled(true);
    m_errors->setErrors({});
    m_errorView->hide();
}

void ConfigPanel::showLoadedTexts(const QString &file, const FleetConfig &config, const QDateTime &at)
{
    m_file->setText(tr("File: %1").arg(file));
    m_status->setText(tr("✔ Loaded at %1: %2")
                          .arg(LocaleFormat::time(at), config.summary()));
    const Thresholds &t = config.thresholds;
    m_summary->setText(
        tr("<b>Alert thresholds</b>: response time over %1 warns; memory over %2 %; CPU over %3 % for %4; "
           "free disk under %5 %; backups older than %6.")
            .arg(LocaleFormat::duration(t.responseTimeWarning))
            .arg(LocaleFormat::number(t.memoryPercent))
            .arg(LocaleFormat::number(t.cpuPercent))
            .arg(LocaleFormat::duration(t.cpuSustained))
            .arg(LocaleFormat::number(t.diskFreePercent))
            .arg(LocaleFormat::duration(t.backupMaxAge)));
}

void ConfigPanel::showRejected(const QString &file, const ConfigErrors &errors, int suppressed, bool keepingLastGood)
{
    m_showTexts = [this, file, count = int(errors.size()), suppressed, keepingLastGood] {
        showRejectedTexts(file, count, suppressed, keepingLastGood);
    };
    retranslate();
    m_reload->setEnabled(true);
    m_errors->setErrors(errors);
    m_errorView->show();
    m_errorView->resizeColumnsToContents();
}

void ConfigPanel::showRejectedTexts(const QString &file, int listed, int suppressed, bool keepingLastGood)
{
    m_file->setText(tr("File: %1").arg(file));
    const int total = listed + suppressed;
    // Whole sentences, one per case: the order of the parts is the translator's.
    if (suppressed > 0)
        m_status->setText(keepingLastGood
                              ? tr("✖ %n error(s) in the file (the first %1 are listed); the last good configuration "
                                   "stays in use.", nullptr, total).arg(listed)
                              : tr("✖ %n error(s) in the file (the first %1 are listed); no configuration is in use.",
                                   nullptr, total).arg(listed));
    else
        m_status->setText(keepingLastGood
                              ? tr("✖ %n error(s) in the file; the last good configuration stays in use.", nullptr, total)
                              : tr("✖ %n error(s) in the file; no configuration is in use.", nullptr, total));
}

} // namespace opsdeck
