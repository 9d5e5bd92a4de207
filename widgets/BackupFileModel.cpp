#include "BackupFileModel.h"

#include "support/DisplayText.h"
#include "support/LocaleFormat.h"
#include "StatusColors.h"

#include <QColor>
#include <QLocale>

namespace opsdeck {

BackupFileModel::BackupFileModel(QObject *parent) : QAbstractTableModel(parent) {}

void BackupFileModel::setReport(const std::optional<BackupLocationReport> &report)
{
    beginResetModel();
    m_report = report;
    m_retention = report ? BackupRetention::preview(*report) : RetentionPreview{};
    endResetModel();
}

void BackupFileModel::setResults(const QHash<QByteArray, BackupVerifyRun::LastResult> &results)
{
    m_results = results;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, VerificationColumn), index(rowCount() - 1, VerificationColumn));
}

void BackupFileModel::setVerifying(const QString &target, const QByteArray &name, bool verifying)
{
    const QByteArray key = target.toUtf8() + '/' + name;
    if (verifying)
        m_verifying.insert(key);
    else
        m_verifying.remove(key);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, VerificationColumn), index(rowCount() - 1, VerificationColumn));
}

int BackupFileModel::fileIndex(int row) const
{
    return m_report ? int(m_report->files.size()) - 1 - row : -1; // newest first
}

int BackupFileModel::findRow(const QString &displayName) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (m_report->files.at(fileIndex(r)).displayName == displayName)
            return r;
    }
    return -1;
}

QString BackupFileModel::verification(const BackupFile &file, QString *detail) const
{
    if (m_verifying.contains(m_report->target().toUtf8() + '/' + file.name))
        return tr("… verifying");
    if (file.type != RemoteFileEntry::Type::File)
        return tr("— not a file");
    const auto it = m_results.constFind(BackupVerifyRun::resultKey(m_report->location.name, file.name));
    if (it == m_results.constEnd())
        return tr("◌ not verified");
    *detail = tr("%1 at %2").arg(it->detail, LocaleFormat::dateTime(it->at.toLocalTime()));
    if (it->changed)
        return tr("✖ CHANGED since first verified");
    return it->ok ? tr("✔ verified") : tr("✖ FAILED");
}

int BackupFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->files.size());
}

int BackupFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_report || index.row() >= rowCount())
        return {};
    if (role == Qt::ToolTipRole) { // file names, paths and messages from hosts: shown as the text they are
        const QVariant raw = data(index, DisplayText::kUnescapedToolTipRole);
        return raw.isNull() ? QVariant() : QVariant(DisplayText::toolTip(raw.toString()));
    }
    const int i = fileIndex(index.row());
    const BackupFile &file = m_report->files.at(i);
    QString detail;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return file.displayName;
        case SetColumn:
            return file.stamp.isEmpty() ? tr("(not part of a set)") : file.stamp;
        case SizeColumn:
            return file.size < 0 ? QString() : LocaleFormat::dataSize(file.size);
        case ModifiedColumn:
            return LocaleFormat::dateTimeSeconds(QDateTime::fromSecsSinceEpoch(file.mtime));
        case FindingsColumn:
            return file.problems.isEmpty() ? tr("—") : QString(QStringLiteral("⚠ ") + file.problems.join(QStringLiteral("; ")));
        case VerificationColumn:
            return verification(file, &detail);
        case RetentionColumn:
            if (!m_retention.error.isEmpty())
                return m_retention.error;
            for (const RetentionVerdict &v : m_retention.files) {
                if (v.file == i)
                    return QString((v.deletedNextRun ? tr("✖ ") : QString()) + v.reason);
            }
            return {};
        default:
            return {};
        }
    case DisplayText::kUnescapedToolTipRole:
        if (index.column() == VerificationColumn) {
            verification(file, &detail);
            return detail.isEmpty() ? QVariant() : QVariant(detail);
        }
        if (index.column() == SizeColumn)
            return tr("%1 bytes").arg(file.size);
        if (index.column() == FindingsColumn && !file.problems.isEmpty())
            return file.problems.join(u'\n');
        return {};
    case Qt::ForegroundRole:
        if (index.column() == VerificationColumn && verification(file, &detail).startsWith(u'✖'))
            return StatusColors::text(StatusColors::Tone::Bad);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant BackupFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("File");
    case SetColumn: return tr("Set");
    case SizeColumn: return tr("Size");
    case ModifiedColumn: return tr("Modified (host)");
    case FindingsColumn: return tr("Findings");
    case VerificationColumn: return tr("Verification");
    case RetentionColumn: return tr("Retention");
    default: return {};
    }
}

} // namespace opsdeck
