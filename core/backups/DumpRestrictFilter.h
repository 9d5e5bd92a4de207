#pragma once

// The guard between a dump from a host and the console's psql: a dump is text that psql reads, and
// psql's backslash commands (\! runs a shell command, \o |cmd and \copy … program too) would run on
// the console. The filter starts the stream with psql's own "\restrict KEY" (a fresh random key that
// never leaves this object), so psql refuses every backslash command of the dump and, with
// ON_ERROR_STOP, the restore stops there. pg_dump 15.14 and later write their own \restrict line at
// the top and the matching \unrestrict at the end; psql does not allow a second \restrict, so those
// two lines (the first \restrict within the dump's first lines, and \unrestrict with its key) are
// left out. Nothing else is changed. Streaming, bounded memory (only a short line that starts with a
// backslash is held back). Not thread-safe; one per restore.

#include <QByteArray>

namespace opsdeck {

class DumpRestrictFilter final
{
public:
    DumpRestrictFilter();

    // What psql gets for the next bytes of the dump (the first call's output starts with \restrict).
    QByteArray feed(const QByteArray &bytes);
    // The rest at the end of the dump.
    QByteArray finish();
    // How many of the dump's own lines were left out (0, 1 or 2 for a pg_dump dump).
    int droppedLines() const { return m_dropped; }

private:
    QByteArray line(const QByteArray &complete);

    QByteArray m_key;
    QByteArray m_dumpKey;   // the key of the dump's own \restrict, once seen
    QByteArray m_held;      // the start of a line that may be one to leave out
    bool m_passing = false; // the current line is passed through as it comes
    bool m_started = false;
    int m_lines = 0;
    int m_dropped = 0;
};

} // namespace opsdeck
