#include "DockerOutput.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace opsdeck {

QHash<QByteArray, QString> DockerOutput::readTokens(const QByteArray &out, HostReleaseState &state)
{
    QHash<QByteArray, QString> values;
    QList<QByteArray> tokens = out.split('\0');
    tokens.removeLast(); // an unterminated last token was cut by a bound: never used
    for (qsizetype i = 0; i + 1 < tokens.size(); i += 2) {
        const QByteArray &key = tokens.at(i);
        const QString value = QString::fromUtf8(tokens.at(i + 1));
        if (key == "now") {
            bool ok = false;
            const qint64 seconds = value.trimmed().toLongLong(&ok);
            if (ok && seconds > 0)
                state.hostNow = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        } else if (key == "free") {
            bool ok = false;
            const qint64 kib = value.trimmed().toLongLong(&ok);
            state.freeKiB = ok ? kib : -1;
        } else {
            values.insert(key, value);
        }
    }
    return values;
}

QList<QJsonObject> DockerOutput::jsonLines(const QString &text)
{
    QList<QJsonObject> rows;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (!o.isEmpty())
            rows << o;
    }
    return rows;
}

QList<QJsonObject> DockerOutput::jsonRows(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u'['))
        return jsonLines(text);
    QList<QJsonObject> rows;
    for (const QJsonValue &v : QJsonDocument::fromJson(trimmed.toUtf8()).array())
        rows << v.toObject();
    return rows;
}

} // namespace opsdeck
