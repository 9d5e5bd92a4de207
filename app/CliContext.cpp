#include "CliContext.h"

#include "TerminalPrompts.h"
#include "config/ConfigLoader.h"
#include "ops/OpsContext.h"
#include "support/DisplayText.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStringDecoder>

#include <cstdio>

#include <unistd.h>

namespace opsdeck {

namespace {

// Hands what a QTextStream writes to a C stream, through DisplayText::terminal.
class TerminalDevice final : public QIODevice
{
public:
    explicit TerminalDevice(FILE *stream) : m_stream(stream) { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        // Stateful: a character split across two writes is decoded whole.
        const QString text = m_decoder.decode(QByteArrayView(data, size));
        const QByteArray bytes = DisplayText::terminal(text, DisplayText::Lines::Keep).toUtf8();
        if (!bytes.isEmpty() && std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream) != size_t(bytes.size()))
            return -1;
        std::fflush(m_stream);
        return size;
    }

private:
    FILE *m_stream;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace

CliContext::CliContext()
    : m_outDevice(std::make_unique<TerminalDevice>(stdout)), m_errDevice(std::make_unique<TerminalDevice>(stderr)),
      out(m_outDevice.get()), err(m_errDevice.get())
{
}

CliContext::~CliContext()
{
    out.flush();
    err.flush();
    m_ops.reset();
}

OpsContext &CliContext::ops()
{
    if (!m_ops) {
        m_prompts = std::make_unique<TerminalPrompts>(false);
        m_ops = std::make_unique<OpsContext>(m_prompts.get(), m_prompts.get(), OpsContext::Front::Terminal);
    }
    return *m_ops;
}

OpsContext &CliContext::ops(const FleetConfig &config)
{
    ops().apply(config);
    return *m_ops;
}

void CliContext::printJson(const QJsonDocument &document)
{
    out.flush();
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QCommandLineOption CliContext::configOption()
{
    return {QStringLiteral("config"),
            QCoreApplication::translate("CliContext", "Fleet configuration (default: $OPSDECK_CONFIG, else the file the window used last)."),
            QStringLiteral("FILE")};
}

QCommandLineOption CliContext::storeOption()
{
    return {QStringLiteral("store"), QCoreApplication::translate("CliContext", "Store URI (default: the local SQLite store)."),
            QStringLiteral("URI")};
}

std::optional<FleetConfig> CliContext::loadConfig(const QCommandLineParser &parser)
{
    QString file = parser.value(QStringLiteral("config"));
    if (file.isEmpty())
        file = qEnvironmentVariable("OPSDECK_CONFIG");
    if (file.isEmpty())
        file = QSettings().value(QStringLiteral("config/lastFile")).toString();
    if (file.isEmpty()) {
        err << QCoreApplication::translate("CliContext", "opsdeck: no configuration; give --config FILE or set OPSDECK_CONFIG")
            << Qt::endl;
        return std::nullopt;
    }
    const ConfigLoadResult result = ConfigLoader::loadFile(file);
    if (!result.ok()) {
        for (const ConfigError &error : result.errors)
            err << error.toString() << u'\n';
        err.flush();
        return std::nullopt;
    }
    return result.config;
}

} // namespace opsdeck
