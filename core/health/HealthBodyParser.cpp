#include "HealthBodyParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <climits>

namespace opsdeck::HealthBodyParser {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HealthBodyParser)
};

// Bodies are untrusted and reasons end up in one status line: bound what we copy out of them.
constexpr qsizetype kMaxMessageChars = 1000;
constexpr qsizetype kMaxReasonChars = 300;
constexpr qsizetype kExcerptBytes = 80;

// What a body says, before the HTTP status has its say.
struct Reading {
    HealthStatus status = HealthStatus::Pass;
    QString said; // the body's own word for its overall state: "ok", "DOWN", "readyz check passed"
    QString explanation; // why the body cannot be read, or what it says is wrong overall
    QList<HealthComponent> components;
    QString version;   // what the app says it runs: top-level "version"
    QString releaseId; // and "releaseId" (IETF draft)

    void fail(const QString &why)
    {
        status = HealthStatus::Fail;
        if (explanation.isEmpty())
            explanation = why;
    }
    void add(const HealthComponent &component)
    {
        components.append(component);
        status = worse(status, component.status);
    }
};

// One line of printable text, at most `max` characters: no newlines, tabs or terminal escapes.
QString oneLine(const QString &text, qsizetype max)
{
    const QString simple = text.simplified();
    QString line;
    for (qsizetype i = 0; i < simple.size(); ++i) {
        if (line.size() >= max) {
            line += u'…';
            break;
        }
        char32_t c = simple.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < simple.size() && simple.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(simple.at(i), simple.at(i + 1));
            ++i;
        }
        line.append(QChar::isPrint(c) ? QChar::fromUcs4(c) : QChar::fromUcs4(QChar::ReplacementCharacter));
    }
    return line;
}

// The start of a body as the on-call engineer should see it: text as text, binary (a gzip answer
// nobody decoded, a core dump) as its first bytes in hex, which name the format.
QString excerpt(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(kExcerptBytes);
    const QString text = QString::fromUtf8(head);
    const auto unreadable = std::count_if(text.begin(), text.end(), [](QChar c) {
        return c == QChar::ReplacementCharacter || (c.category() == QChar::Other_Control && !c.isSpace());
    });
    if (head.contains('\0') || unreadable > 2)
        return Text::tr("%n bytes of binary data: %1", nullptr, int(qMin<qsizetype>(bytes.size(), INT_MAX)))
            .arg(QString::fromLatin1(bytes.left(8).toHex(' ')) + QStringLiteral(" …"));
    const QString line = oneLine(text, kExcerptBytes);
    return bytes.size() > kExcerptBytes && !line.endsWith(u'…') ? line + u'…' : line;
}

// A JSON value as it was written: 42, true, null, {"a":1}.
QString jsonText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return excerpt(text.mid(1, text.size() - 2));
}

std::optional<HealthStatus> fromWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("ok") || w == QLatin1String("pass") || w == QLatin1String("up")
        || w == QLatin1String("healthy"))
        return HealthStatus::Pass;
    if (w == QLatin1String("warn") || w == QLatin1String("warning") || w == QLatin1String("degraded"))
        return HealthStatus::Warn;
    if (w == QLatin1String("fail") || w == QLatin1String("error") || w == QLatin1String("down")
        || w == QLatin1String("failed") || w == QLatin1String("critical") || w == QLatin1String("unhealthy")
        || w == QLatin1String("out_of_service"))
        return HealthStatus::Fail;
    if (w == QLatin1String("unknown"))
        return HealthStatus::Unknown;
    return std::nullopt;
}

// A "status" value must be a known word; anything else fails and `problem` says what it was.
HealthStatus statusOf(const QJsonValue &status, QString *problem)
{
    if (status.isString()) {
        if (const auto s = fromWord(status.toString()))
            return *s;
        *problem = Text::tr("unknown status \"%1\"").arg(oneLine(status.toString(), 40));
    } else if (status.isUndefined()) {
        *problem = Text::tr("no \"status\"");
    } else {
        *problem = Text::tr("\"status\" is %1, not a word").arg(jsonText(status));
    }
    return HealthStatus::Fail;
}

HealthComponent jsonComponent(const QString &name, const QJsonValue &status, const QString &message)
{
    QString problem;
    const HealthStatus s = statusOf(status, &problem);
    QString text = message;
    if (!problem.isEmpty())
        text = message.isEmpty() ? problem : problem + QStringLiteral(" — ") + message;
    return {oneLine(name, kMaxReasonChars / 2), s, oneLine(text, kMaxMessageChars)};
}

std::optional<QJsonObject> jsonObject(const QByteArray &body, Reading &r)
{
    if (body.trimmed().isEmpty()) {
        r.fail(Text::tr("the body is empty"));
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        r.fail(Text::tr("the body is not JSON (%1 near byte %2): %3")
                   .arg(error.errorString(), QString::number(error.offset), excerpt(body)));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        r.fail(Text::tr("expected a JSON object, found %1").arg(excerpt(body)));
        return std::nullopt;
    }
    return doc.object();
}

void readOverall(const QJsonObject &root, Reading &r)
{
    // Only strings, bounded: a version is compared with a release, never interpreted.
    if (const QJsonValue version = root.value(QLatin1String("version")); version.isString())
        r.version = oneLine(version.toString(), 128);
    if (const QJsonValue release = root.value(QLatin1String("releaseId")); release.isString())
        r.releaseId = oneLine(release.toString(), 128);
    const QJsonValue status = root.value(QLatin1String("status"));
    QString problem;
    r.status = statusOf(status, &problem);
    if (problem.isEmpty())
        r.said = oneLine(status.toString(), 40);
    else
        r.fail(problem);
}

// An optional member that, when present, must be an object.
QJsonObject memberObject(const QJsonObject &object, QLatin1String key, Reading &r)
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined() && !value.isObject())
        r.fail(Text::tr("\"%1\" is %2, expected an object").arg(key, jsonText(value)));
    return value.toObject();
}

// The seeds' Rails app: {"status": "ok"|"error", "checks": {"database": {"status", "message"}, …}}.
void readSeeds(const QJsonObject &root, Reading &r)
{
    readOverall(root, r);
    const QJsonObject checks = memberObject(root, QLatin1String("checks"), r);
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        const QJsonObject check = it.value().toObject();
        if (it.value().isString()) // "redis": "ok"
            r.add(jsonComponent(it.key(), it.value(), {}));
        else
            r.add(jsonComponent(
                it.key(), check.value(QLatin1String("status")), check.value(QLatin1String("message")).toString()));
    }
}

// "250 ms", "75": what a result measured, for results that say nothing else.
QString observed(const QJsonObject &result)
{
    const QJsonValue value = result.value(QLatin1String("observedValue"));
    if (value.isUndefined())
        return {};
    const QString text = value.isString() ? value.toString() : jsonText(value);
    const QString unit = result.value(QLatin1String("observedUnit")).toString();
    return unit.isEmpty() ? text : text + u' ' + unit;
}

// Several results under one key are nodes: named by componentId when that tells them apart, else by position.
bool idsTellApart(const QJsonArray &results)
{
    QSet<QString> ids;
    for (const QJsonValue &result : results)
        ids.insert(result.toObject().value(QLatin1String("componentId")).toString());
    return ids.size() == results.size() && !ids.contains(QString());
}

// IETF draft-inadarei-api-health-check: "checks" maps "component:measurement" to arrays of results.
void readIetf(const QJsonObject &root, Reading &r)
{
    readOverall(root, r);
    const QJsonObject checks = memberObject(root, QLatin1String("checks"), r);
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        const QJsonArray results = it.value().isArray() ? it.value().toArray() : QJsonArray {it.value()};
        const bool byId = results.size() > 1 && idsTellApart(results);
        for (qsizetype i = 0; i < results.size(); ++i) {
            QString name = it.key();
            if (results.size() > 1)
                name += u'['
                    + (byId ? results.at(i).toObject().value(QLatin1String("componentId")).toString()
                            : QString::number(i + 1))
                    + u']';
            if (!results.at(i).isObject()) {
                r.add({oneLine(name, kMaxReasonChars / 2), HealthStatus::Fail,
                    Text::tr("expected a result object, found %1").arg(jsonText(results.at(i)))});
                continue;
            }
            const QJsonObject result = results.at(i).toObject();
            QString message = result.value(QLatin1String("output")).toString();
            if (message.isEmpty())
                message = observed(result);
            // A result's status is optional in the draft: without one it claims nothing.
            const QJsonValue status = result.value(QLatin1String("status"));
            r.add(jsonComponent(name, status.isUndefined() ? QJsonValue(QStringLiteral("pass")) : status, message));
        }
    }
    if (const QString output = root.value(QLatin1String("output")).toString();
        !output.isEmpty() && r.explanation.isEmpty())
        r.explanation = oneLine(output, kMaxMessageChars);
}

// Spring Boot 2.2+ nests indicators under "components"; 2.0 and 2.1 under "details", beside plain details.
QJsonObject springChildren(const QJsonObject &indicator)
{
    if (indicator.contains(QLatin1String("components")))
        return indicator.value(QLatin1String("components")).toObject();
    const QJsonObject details = indicator.value(QLatin1String("details")).toObject();
    for (const QJsonValue &detail : details) {
        if (!detail.toObject().value(QLatin1String("status")).isString())
            return {};
    }
    return details;
}

void readSpringIndicators(const QJsonObject &indicators, const QString &prefix, Reading &r)
{
    for (auto it = indicators.begin(); it != indicators.end(); ++it) {
        const QJsonObject indicator = it.value().toObject();
        // Bounded: nesting is deep enough (Qt allows 1024 levels) to make the names quadratic otherwise.
        const QString name = QString(prefix.isEmpty() ? it.key() : prefix + u'/' + it.key()).left(kMaxReasonChars);
        if (const QJsonObject children = springChildren(indicator); !children.isEmpty()) {
            readSpringIndicators(children, name, r);
            continue;
        }
        const QJsonValue status = indicator.value(QLatin1String("status"));
        QString message = indicator.value(QLatin1String("details")).toObject().value(QLatin1String("error")).toString();
        if (message.isEmpty() && fromWord(status.toString()) != HealthStatus::Pass)
            message = status.toString();
        HealthComponent component = jsonComponent(name, status, message);
        // UNKNOWN: the indicator could not tell (Eureka before it registers); Spring still answers UP.
        if (component.status == HealthStatus::Unknown)
            component.status = HealthStatus::Warn;
        r.add(component);
    }
}

// Spring Boot Actuator /actuator/health: UP, DOWN, OUT_OF_SERVICE or UNKNOWN, with nested indicators.
void readSpring(const QJsonObject &root, Reading &r)
{
    readOverall(root, r);
    readSpringIndicators(springChildren(root), {}, r);
}

bool isKubernetesCheckName(const QByteArray &name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) { return c > ' ' && c < 0x7f; });
}

// kube-apiserver /livez, /readyz, /healthz: "ok", or one line per check ("[+]etcd ok",
// "[-]etcd failed: reason withheld") and a last line "readyz check passed" or "… check failed".
void readKubernetes(const QByteArray &body, Reading &r)
{
    bool recognised = false;
    for (const QByteArray &rawLine : body.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const bool passed = line.startsWith("[+]");
        if (passed || line.startsWith("[-]")) {
            const qsizetype space = line.indexOf(' ');
            const QByteArray name = line.mid(3, space < 0 ? -1 : space - 3);
            if (!isKubernetesCheckName(name))
                continue;
            recognised = true;
            const QString rest
                = space < 0 ? QString() : oneLine(QString::fromUtf8(line.mid(space + 1)), kMaxMessageChars);
            r.add({oneLine(QString::fromLatin1(name), kMaxReasonChars / 2),
                passed ? HealthStatus::Pass : HealthStatus::Fail, rest == QLatin1String("ok") ? QString() : rest});
        } else if (line == "ok" || line.endsWith(" check passed") || line.endsWith(" check failed")) {
            recognised = true;
            r.said = oneLine(QString::fromUtf8(line), 40);
            if (line.endsWith(" check failed"))
                r.status = HealthStatus::Fail;
        }
    }
    if (!recognised)
        r.fail(body.trimmed().isEmpty() ? Text::tr("the body is empty")
                                        : Text::tr("unexpected body: %1").arg(excerpt(body)));
}

Reading read(HealthFormat format, const QByteArray &body)
{
    Reading r;
    switch (format) {
    case HealthFormat::Auto:
    case HealthFormat::Plain:
        break;
    case HealthFormat::Kubernetes:
        readKubernetes(body, r);
        break;
    case HealthFormat::Seeds:
    case HealthFormat::Ietf:
    case HealthFormat::Spring:
        if (const auto root = jsonObject(body, r)) {
            if (format == HealthFormat::Seeds)
                readSeeds(*root, r);
            else if (format == HealthFormat::Ietf)
                readIetf(*root, r);
            else
                readSpring(*root, r);
        }
        break;
    }
    return r;
}

QString describe(const HealthComponent &component, qsizetype alike)
{
    const QString text = component.name + QStringLiteral(": ")
        + (component.message.isEmpty() ? healthStatusName(component.status) : component.message);
    return alike > 0
        ? Text::tr("%1 (+%n more)", "a component's reason, how many more alike", int(qMin<qsizetype>(alike, INT_MAX))).arg(oneLine(text, kMaxReasonChars))
        : oneLine(text, kMaxReasonChars);
}

// Why a body is not a pass: the component in the state the body is in (the first of equals, with how
// many more), else what the body says overall, else its worst component, else its own word.
QString explain(const Reading &r)
{
    const HealthComponent *worst = nullptr;
    qsizetype alike = 0;
    for (const HealthComponent &c : r.components) {
        if (c.status == HealthStatus::Pass)
            continue;
        if (!worst || (c.status != worst->status && worse(c.status, worst->status) == c.status)) {
            worst = &c;
            alike = 0;
        } else if (c.status == worst->status) {
            ++alike;
        }
    }
    if (worst && worst->status == r.status)
        return describe(*worst, alike);
    if (!r.explanation.isEmpty())
        return oneLine(r.explanation, kMaxReasonChars);
    if (worst)
        return describe(*worst, alike);
    if (!r.said.isEmpty())
        return Text::tr("the body says \"%1\"").arg(r.said);
    return healthStatusName(r.status);
}

} // namespace

HealthFormat detect(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray type = contentType.trimmed().toLower();
    if (type.startsWith("application/health+json"))
        return HealthFormat::Ietf;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonValue status = root.value(QLatin1String("status"));
        const QString word = status.toString();
        if (root.contains(QLatin1String("components")) || word == QLatin1String("UP") || word == QLatin1String("DOWN")
            || word == QLatin1String("OUT_OF_SERVICE") || word == QLatin1String("UNKNOWN"))
            return HealthFormat::Spring;
        const QJsonObject checks = root.value(QLatin1String("checks")).toObject();
        if (!checks.isEmpty() && checks.begin().value().isArray())
            return HealthFormat::Ietf;
        const QString lower = word.toLower();
        if (lower == QLatin1String("pass") || lower == QLatin1String("warn") || lower == QLatin1String("fail"))
            return HealthFormat::Ietf;
        // JSON that names no health status at all: only the HTTP status speaks.
        return status.isUndefined() ? HealthFormat::Plain : HealthFormat::Seeds;
    }
    const QByteArray trimmed = body.trimmed();
    if (trimmed == "ok" || trimmed.startsWith("[+]") || trimmed.startsWith("[-]"))
        return HealthFormat::Kubernetes;
    // JSON was promised but cannot be read: read it as JSON all the same, so that the verdict says why.
    if (type.contains("json") || trimmed.startsWith('{') || trimmed.startsWith('['))
        return HealthFormat::Seeds;
    return HealthFormat::Plain;
}

HealthVerdict parse(HealthFormat format, int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    HealthVerdict v;
    v.httpStatus = httpStatus;
    v.format = format == HealthFormat::Auto ? detect(contentType, body) : format;
    const Reading r = read(v.format, body);
    v.components = r.components;
    v.version = r.version;
    v.releaseId = r.releaseId;
    const bool httpFailed = httpStatus < 200 || httpStatus > 299;
    v.status = httpFailed ? HealthStatus::Fail : r.status;

    const QString why = r.status == HealthStatus::Pass ? QString() : explain(r);
    const QString code = QString::number(httpStatus);
    if (!httpFailed)
        v.reason = why;
    else if (!why.isEmpty())
        v.reason = Text::tr("HTTP %1: %2").arg(code, why);
    else if (!r.said.isEmpty())
        v.reason = Text::tr("HTTP %1, although the body says \"%2\"").arg(code, r.said);
    else
        v.reason = Text::tr("HTTP %1").arg(code);
    return v;
}

} // namespace opsdeck::HealthBodyParser
