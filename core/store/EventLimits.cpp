#include "EventLimits.h"

#include "AuditChain.h"

#include <QCoreApplication>

#include <algorithm>

namespace opsdeck::EventLimits {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EventLimits)
};

// "1048576 (1 MiB)", "200"
QString readable(qsizetype bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 (%2 MiB)").arg(bytes).arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 (%2 KiB)").arg(bytes).arg(bytes / 1024);
    return QString::number(bytes);
}

QString tooLarge(const QString &what, qsizetype bytes, int limit)
{
    return Text::tr("the event is too large: %1 bytes of %2, at most %3 are stored").arg(bytes).arg(what, readable(limit));
}

// The text's size in UTF-8, counted without converting it (a surrogate pair is 4 bytes).
qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (const QChar c : text)
        bytes += c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 || c.isSurrogate() ? 2 : 3;
    return bytes;
}
} // namespace

QString check(const Event &event, qsizetype detailsTextBytes)
{
    const std::pair<QString, const QString *> names[] = {{Text::tr("environment"), &event.environment},
                                                         {Text::tr("host"), &event.host},
                                                         {Text::tr("service"), &event.service}};
    if (const qsizetype kind = utf8Size(event.kind); kind > kindBytes)
        return tooLarge(Text::tr("kind"), kind, kindBytes);
    for (const auto &[what, value] : names) {
        if (const qsizetype bytes = utf8Size(*value); bytes > nameBytes)
            return tooLarge(what, bytes, nameBytes);
    }
    if (const qsizetype bytes = utf8Size(event.summary); bytes > summaryBytes)
        return tooLarge(Text::tr("summary"), bytes, summaryBytes);
    if (detailsTextBytes > detailsBytes)
        return tooLarge(Text::tr("details"), detailsTextBytes, detailsBytes);
    if (const qsizetype bytes = utf8Size(event.key); bytes > keyBytes)
        return tooLarge(Text::tr("key"), bytes, keyBytes);
    return {};
}

QString check(const Event &event)
{
    // The summary first: a huge summary is refused without serialising the details.
    if (const qsizetype bytes = utf8Size(event.summary); bytes > summaryBytes)
        return tooLarge(Text::tr("summary"), bytes, summaryBytes);
    return check(event, AuditChain::detailsText(event.details).size());
}

QString checkLock(const QString &target, const QString &console, const QString &reason)
{
    auto refuse = [](const QString &what, qsizetype bytes, int limit) {
        return Text::tr("the lock is too large: %1 bytes of %2, at most %3 are stored").arg(bytes).arg(what).arg(limit);
    };
    if (const qsizetype bytes = utf8Size(target); bytes > lockTargetBytes)
        return refuse(Text::tr("target"), bytes, lockTargetBytes);
    if (const qsizetype bytes = utf8Size(console); bytes > lockConsoleBytes)
        return refuse(Text::tr("console"), bytes, lockConsoleBytes);
    if (const qsizetype bytes = utf8Size(reason); bytes > lockReasonBytes)
        return refuse(Text::tr("reason"), bytes, lockReasonBytes);
    return {};
}

QString checkLockSet(const QStringList &targets, const QString &console, const QString &reason)
{
    if (targets.isEmpty())
        return Text::tr("a set of locks needs at least one target");
    if (targets.size() > lockSetSize)
        return Text::tr("a set of locks holds at most %1 targets, not %2").arg(lockSetSize).arg(targets.size());
    if (console.isEmpty() || std::any_of(targets.cbegin(), targets.cend(), [](const QString &t) { return t.isEmpty(); }))
        return Text::tr("a lock needs a target, a console and a lifetime");
    for (const QString &target : targets) {
        if (const QString tooLarge = checkLock(target, console, reason); !tooLarge.isEmpty())
            return tooLarge;
    }
    return {};
}

} // namespace opsdeck::EventLimits
