#include "TerminalPrompts.h"

#include "support/DisplayText.h"

#include <QCoreApplication>
#include <QMutex>

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TerminalPrompts)
};

QMutex terminalMutex; // one question at a time, whichever session asks

// Reads one line from the controlling terminal; nothing when there is none.
std::optional<QByteArray> askTerminal(const QString &question, bool echo)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    // Host names, key types and paths in the question: shown, never acted on by the terminal.
    const QByteArray prompt = DisplayText::terminal(question, DisplayText::Lines::Keep).toLocal8Bit();
    [[maybe_unused]] const ssize_t written = ::write(fd, prompt.constData(), size_t(prompt.size()));
    termios saved{};
    const bool isTty = tcgetattr(fd, &saved) == 0;
    if (isTty && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (isTty && !echo) {
        tcsetattr(fd, TCSAFLUSH, &saved);
        [[maybe_unused]] const ssize_t nl = ::write(fd, "\n", 1);
    }
    ::close(fd);
    return line;
}

} // namespace

bool TerminalPrompts::trustUnknownKey(const SshEndpoint &endpoint, const HostKey &key, PromptCancellation &cancel)
{
    if (!m_askAboutHostKeys)
        return false; // the error then names the fingerprint; `opsdeck trust HOST` is the way in
    QMutexLocker lock(&terminalMutex);
    if (cancel.isCanceled())
        return false;
    const QString question =
        Text::tr("The authenticity of host %1 (%2) can't be established.\n"
                 "%3 key fingerprint is %4.\n"
                 "Compare it with the one the host's administrator gives you (ssh-keygen -lf on the host).\n"
                 "Trust this key and record it in %5? Type 'yes' to trust: ")
            .arg(endpoint.name, endpoint.display(), key.type, key.fingerprintSha256(), endpoint.knownHostsFile);
    const auto answer = askTerminal(question, true);
    return answer && answer->trimmed() == "yes";
}

QString TerminalPrompts::refusalHint(const SshEndpoint &endpoint) const
{
    if (m_askAboutHostKeys)
        return {};
    return Text::tr("To check its fingerprint and trust it, run: opsdeck trust %1").arg(endpoint.name);
}

std::optional<QByteArray> TerminalPrompts::passphrase(const SshEndpoint &endpoint, const QString &keyFile, PromptCancellation &cancel)
{
    QMutexLocker lock(&terminalMutex);
    if (cancel.isCanceled())
        return std::nullopt;
    return askTerminal(Text::tr("Passphrase for %1 (to log in to %2): ").arg(keyFile, endpoint.name), false);
}

} // namespace opsdeck
