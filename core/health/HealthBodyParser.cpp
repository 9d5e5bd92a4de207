#include "HealthBodyParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdeck::HealthBodyParser {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HealthBodyParser)
};

std::optional<HealthStatus> fromWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("ok") || w == QLatin1String("pass") || w == QLatin1String("up") || w == QLatin1String("healthy"))
        return HealthStatus::Pass;
    if (w == QLatin1String("warn") || w == QLatin1String("warning") || w == QLatin1String("degraded"))
        return HealthStatus::Warn;
    if (w == QLatin1String("fail") || w == QLatin1String("error") || w == QLatin1String("down") || w == QLatin1String("failed")
        || w == QLatin1String("critical") || w == QLatin1String("unhealthy") || w == QLatin1String("out_of_service"))
        return HealthStatus::Fail;
    if (w == QLatin1String("unknown"))
        return HealthStatus::Unknown;
    return std::nullopt;
}

QString shorten(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(80)).simplified();
    if (body.size() > 80)
        text += QStringLiteral("…");
    return text;
}

// The first component in the worst state names the reason.
void summarise(HealthVerdict &v, const QString &fallback)
{
    for (HealthStatus wanted : {HealthStatus::Fail, HealthStatus::Warn, HealthStatus::Unknown}) {
        if (v.status != wanted)
            continue;
        for (const HealthComponent &c : v.components) {
            if (c.status == wanted) {
                v.reason = c.message.isEmpty() ? c.name + QStringLiteral(": ") + healthStatusName(c.status)
                                               : c.name + QStringLiteral(": ") + c.message;
                return;
            }
        }
    }
    v.reason = fallback;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body, HealthVerdict &v)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        v.status = HealthStatus::Fail;
        v.reason = Text::tr("expected JSON, found '%1' (%2 at offset %3)").arg(shorten(body), error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        v.status = HealthStatus::Fail;
        v.reason = Text::tr("expected a JSON object, found '%1'").arg(shorten(body));
        return std::nullopt;
    }
    return doc.object();
}

// A "status" member that must be a known word; missing or odd values fail with the reason.
HealthStatus statusMember(const QJsonObject &object, HealthVerdict &v)
{
    const QJsonValue status = object.value(QStringLiteral("status"));
    if (!status.isString()) {
        v.reason = Text::tr("the body has no \"status\" string");
        return HealthStatus::Fail;
    }
    if (auto s = fromWord(status.toString()))
        return *s;
    v.reason = Text::tr("unknown status \"%1\"").arg(status.toString());
    return HealthStatus::Fail;
}

void parseSeeds(const QJsonObject &root, HealthVerdict &v)
{
    v.status = statusMember(root, v);
    const QJsonObject checks = root.value(QStringLiteral("checks")).toObject();
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        const QJsonObject check = it.value().toObject();
        HealthComponent c{it.key(), HealthStatus::Fail, check.value(QStringLiteral("message")).toString()};
        if (auto s = fromWord(check.value(QStringLiteral("status")).toString()))
            c.status = *s;
        else if (c.message.isEmpty())
            c.message = Text::tr("no status");
        v.components.append(c);
        v.status = worse(v.status, c.status);
    }
}

void parseIetf(const QJsonObject &root, HealthVerdict &v)
{
    v.status = statusMember(root, v);
    const QJsonObject checks = root.value(QStringLiteral("checks")).toObject();
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        const QJsonArray results = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &item : results) {
            const QJsonObject r = item.toObject();
            QString name = it.key();
            if (const QString id = r.value(QStringLiteral("componentId")).toString(); !id.isEmpty() && results.size() > 1)
                name += u'[' + id + u']';
            HealthComponent c{name, HealthStatus::Pass, r.value(QStringLiteral("output")).toString()};
            if (r.contains(QStringLiteral("status"))) {
                c.status = fromWord(r.value(QStringLiteral("status")).toString()).value_or(HealthStatus::Fail);
            }
            if (c.message.isEmpty() && r.contains(QStringLiteral("observedValue")))
                c.message = r.value(QStringLiteral("observedValue")).toVariant().toString() + u' '
                            + r.value(QStringLiteral("observedUnit")).toString();
            v.components.append(c);
            v.status = worse(v.status, c.status);
        }
    }
    if (const QString output = root.value(QStringLiteral("output")).toString(); !output.isEmpty() && v.status != HealthStatus::Pass)
        v.reason = output;
}

void parseSpringComponents(const QJsonObject &components, const QString &prefix, HealthVerdict &v)
{
    for (auto it = components.begin(); it != components.end(); ++it) {
        const QJsonObject component = it.value().toObject();
        const QString name = prefix.isEmpty() ? it.key() : prefix + u'/' + it.key();
        const QString word = component.value(QStringLiteral("status")).toString();
        HealthStatus s = fromWord(word).value_or(HealthStatus::Fail);
        if (word == QLatin1String("UNKNOWN"))
            s = HealthStatus::Warn; // Spring: the indicator could not tell; the app still reports UP
        QString message;
        const QJsonObject details = component.value(QStringLiteral("details")).toObject();
        if (details.contains(QStringLiteral("error")))
            message = details.value(QStringLiteral("error")).toString();
        else if (s != HealthStatus::Pass)
            message = word;
        if (component.contains(QStringLiteral("components")))
            parseSpringComponents(component.value(QStringLiteral("components")).toObject(), name, v);
        else
            v.components.append({name, s, message});
        v.status = worse(v.status, s);
    }
}

void parseSpring(const QJsonObject &root, HealthVerdict &v)
{
    v.status = statusMember(root, v);
    parseSpringComponents(root.value(QStringLiteral("components")).toObject(), {}, v);
}

void parseKubernetes(const QByteArray &body, HealthVerdict &v)
{
    const QList<QByteArray> lines = body.split('\n');
    bool sawCheck = false;
    bool sawOk = false;
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.startsWith("[+]") || line.startsWith("[-]")) {
            sawCheck = true;
            const QString rest = QString::fromUtf8(line.mid(3));
            const QString name = rest.section(u' ', 0, 0);
            const bool ok = line.startsWith("[+]");
            v.components.append({name, ok ? HealthStatus::Pass : HealthStatus::Fail, ok ? QString() : rest.section(u' ', 1)});
            if (!ok)
                v.status = HealthStatus::Fail;
        } else if (line == "ok" || line.endsWith("check passed")) {
            sawOk = true;
        } else if (line.endsWith("check failed")) {
            v.status = HealthStatus::Fail;
        }
    }
    if (v.status == HealthStatus::Unknown)
        v.status = (sawOk || sawCheck) ? HealthStatus::Pass : HealthStatus::Fail;
    if (v.status == HealthStatus::Fail && v.components.isEmpty())
        v.reason = Text::tr("unexpected body '%1'").arg(shorten(body));
}

} // namespace

HealthFormat detect(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.startsWith("application/health+json"))
        return HealthFormat::Ietf;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        if (root.contains(QStringLiteral("components")) || root.value(QStringLiteral("status")).toString() == QLatin1String("UP")
            || root.value(QStringLiteral("status")).toString() == QLatin1String("DOWN"))
            return HealthFormat::Spring;
        const QJsonObject checks = root.value(QStringLiteral("checks")).toObject();
        if (!checks.isEmpty() && checks.begin().value().isArray())
            return HealthFormat::Ietf;
        const QString status = root.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("pass") || status == QLatin1String("warn") || status == QLatin1String("fail"))
            return HealthFormat::Ietf;
        if (root.contains(QStringLiteral("status")))
            return HealthFormat::Seeds;
    }
    const QByteArray trimmed = body.trimmed();
    if (trimmed == "ok" || trimmed.startsWith("[+]") || trimmed.startsWith("[-]"))
        return HealthFormat::Kubernetes;
    return HealthFormat::Plain;
}

HealthVerdict parse(HealthFormat format, int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    HealthVerdict v;
    v.httpStatus = httpStatus;
    v.format = format == HealthFormat::Auto ? detect(contentType, body) : format;
    const HealthStatus byHttp = (httpStatus >= 200 && httpStatus < 300) ? HealthStatus::Pass : HealthStatus::Fail;
    switch (v.format) {
    case HealthFormat::Auto:
    case HealthFormat::Plain:
        v.status = byHttp;
        break;
    case HealthFormat::Kubernetes:
        parseKubernetes(body, v);
        break;
    case HealthFormat::Seeds:
    case HealthFormat::Ietf:
    case HealthFormat::Spring:
        if (const auto root = jsonObject(body, v)) {
            if (v.format == HealthFormat::Seeds)
                parseSeeds(*root, v);
            else if (v.format == HealthFormat::Ietf)
                parseIetf(*root, v);
            else
                parseSpring(*root, v);
        }
        break;
    }
    const QString bodyReason = v.reason;
    v.status = worse(v.status, byHttp);
    summarise(v, bodyReason.isEmpty() ? (byHttp == HealthStatus::Fail ? Text::tr("HTTP %1").arg(httpStatus) : QString()) : bodyReason);
    if (byHttp == HealthStatus::Fail && !v.reason.startsWith(QStringLiteral("HTTP")))
        v.reason = Text::tr("HTTP %1: %2").arg(httpStatus).arg(v.reason.isEmpty() ? Text::tr("failing") : v.reason);
    return v;
}

} // namespace opsdeck::HealthBodyParser
