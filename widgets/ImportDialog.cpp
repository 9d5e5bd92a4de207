#include "ImportDialog.h"

#include "MessageLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QListView>
#include <QStringListModel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace opsdeck {

ImportDialog::ImportDialog(const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_files(files)
    , m_message(new MessageLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_unmappedLabel(new QLabel(this))
    , m_unmappedModel(new QStringListModel(this))
    , m_unmapped(new QListView(this))
    , m_save(new QPushButton(tr("&Save…"), this))
{
    setWindowTitle(tr("Import Deploy Files"));
    m_message->setObjectName(QStringLiteral("message"));
    m_text->setObjectName(QStringLiteral("importedConfiguration"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_unmapped->setObjectName(QStringLiteral("unmapped"));
    m_unmapped->setModel(m_unmappedModel);
    m_unmapped->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unmapped->setUniformItemSizes(true);
    m_unmappedLabel->setTextFormat(Qt::PlainText);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setEnabled(false);

    auto *unmappedBox = new QWidget(this);
    auto *unmappedLayout = new QVBoxLayout(unmappedBox);
    unmappedLayout->setContentsMargins(0, 0, 0, 0);
    unmappedLayout->addWidget(m_unmappedLabel);
    unmappedLayout->addWidget(m_unmapped);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_text);
    splitter->addWidget(unmappedBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ImportDialog::chooseTarget);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 640);

    m_message->showInfo(tr("Reading %n file(s)…", nullptr, int(files.size())));
    auto *watcher = new QFutureWatcher<DeployImportResult>(this);
    connect(watcher, &QFutureWatcher<DeployImportResult>::finished, this, [this, watcher] {
        showResult(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([files] { return DeployImport::importFiles(files, QString()); }));
}

void ImportDialog::showResult(const DeployImportResult &result)
{
    m_result = result;
    m_busy = false;
    QStringList unmapped;
    for (const ConfigError &item : result.unmapped)
        unmapped.append(item.toString());
    m_unmappedModel->setStringList(unmapped);
    m_unmappedLabel->setText(tr("Not mapped (%1): parts of the files with no place in a fleet configuration")
                                 .arg(result.unmapped.size()));
    if (!result.ok()) {
        QStringList lines;
        for (const ConfigError &error : result.errors)
            lines.append(error.toString());
        m_text->setPlainText(lines.join(u'\n'));
        m_message->showError(tr("Nothing to save: the files could not be imported (%n error(s))", nullptr, int(result.errors.size())));
    } else {
        m_text->setPlainText(result.yaml);
        m_message->showInfo(tr("%1. Values marked \"guessed\" were not in the files: check them before saving.")
                                .arg(result.summary));
    }
    m_save->setEnabled(result.ok());
    Q_EMIT imported();
}

void ImportDialog::chooseTarget()
{
    auto *dialog = new QFileDialog(this, tr("Save Fleet Configuration"));
    dialog->setObjectName(QStringLiteral("importSaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave); // asks before replacing a file
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({tr("YAML files (*.yaml *.yml)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("yaml"));
    dialog->setDirectory(QFileInfo(m_files.value(0)).absolutePath());
    dialog->selectFile(QStringLiteral("fleet.yaml"));
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::saveTo);
    dialog->open();
}

void ImportDialog::saveTo(const QString &path)
{
    if (m_busy || !m_result.ok())
        return;
    m_busy = true;
    m_save->setEnabled(false);
    m_message->showInfo(tr("Saving to %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        m_save->setEnabled(true);
        if (error.isEmpty())
            m_message->showInfo(tr("Saved to %1: open it with File → Open Configuration.").arg(QDir::toNativeSeparators(path)));
        else
            m_message->showError(error);
        Q_EMIT saved(path, error);
    });
    // The file dialog already asked before replacing an existing file.
    watcher->setFuture(QtConcurrent::run([yaml = m_result.yaml, path] { return DeployImport::save(yaml, path, true); }));
}

} // namespace opsdeck
