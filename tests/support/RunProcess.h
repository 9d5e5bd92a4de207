#pragma once

// Running a program from a test as a script would: no terminal (standard input is /dev/null), its
// exit code and output, and never a hang (killed after the timeout). Header-only.

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace opsdeck::testing {

struct ProcessResult {
    int exitCode = -1; // -1: it crashed or timed out
    QString out;
    QString err;
};

inline ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 60'000,
                                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out: ") + program + u' ' + arguments.join(u' ');
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// This build's opsdeck binary.
inline ProcessResult runOpsdeck(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                                int timeoutMs = 60'000)
{
    return runProcess(QStringLiteral(OPSDECK_BINARY_DIR "/app/opsdeck"), arguments, timeoutMs, env);
}

} // namespace opsdeck::testing
