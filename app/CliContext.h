#pragma once

// What headless verbs share: the configuration (from --config, $OPSDECK_CONFIG or the file the
// window used last), the application layer's context built for the terminal (OpsContext: the store,
// the SSH engine, the probe, the runners; unknown host keys refused with a hint, passphrases read
// from the terminal), exit codes, and printing. Main thread.
//
// out and err are for text, and whatever goes through them reaches the terminal through
// DisplayText::terminal (lines kept): a control character or bidi control in stored or host text (a
// note, a summary, a journal, a server's error) shows as a visible escape ("\e]2;…\x07") and is never
// acted on. JSON goes out unchanged through printJson (QJsonDocument escapes what JSON must).

#include "config/FleetConfig.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>
#include <optional>

namespace opsdeck {

class OpsContext;
class TerminalPrompts;

namespace ExitCode {
constexpr int Succeeded = 0;
constexpr int Failed = 1;
constexpr int Unknown = 2;    // the outcome could not be verified
constexpr int Refused = 3;    // not attempted: locked, no store, unknown host key, …
constexpr int Config = 4;     // the configuration could not be loaded
constexpr int Usage = 64;
} // namespace ExitCode

class CliContext final
{
public:
    CliContext();
    ~CliContext();
    static QCommandLineOption configOption();
    static QCommandLineOption storeOption();

    // Loads the configuration named by the parser (or the defaults); prints errors to stderr.
    std::optional<FleetConfig> loadConfig(const QCommandLineParser &parser);

    // Writes the document to standard output as it is (indented), after what out holds.
    void printJson(const QJsonDocument &document);

    // The verb's one context (built on first use; `opsdeck trust`, which asks about host keys, builds
    // its own). With a configuration: hands it to every part first — once per verb run.
    OpsContext &ops();
    OpsContext &ops(const FleetConfig &config);

private:
    std::unique_ptr<QIODevice> m_outDevice;
    std::unique_ptr<QIODevice> m_errDevice;
    // Destroyed before the streams: the context (its SSH sessions and store thread), then the prompts.
    std::unique_ptr<TerminalPrompts> m_prompts;
    std::unique_ptr<OpsContext> m_ops;

public:
    QTextStream out;
    QTextStream err;
};

} // namespace opsdeck
