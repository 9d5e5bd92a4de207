#include "DumpRestrictFilter.h"

#include <QRandomGenerator>

namespace opsdeck {

namespace {
constexpr int kHeldMax = 256;       // \restrict and \unrestrict lines are far shorter
constexpr int kRestrictWithin = 40; // pg_dump writes \restrict as the fifth line
} // namespace

DumpRestrictFilter::DumpRestrictFilter()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 48; ++i)
        m_key.append(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
}

QByteArray DumpRestrictFilter::line(const QByteArray &complete)
{
    ++m_lines;
    QByteArray text = complete;
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    if (m_dumpKey.isEmpty() && m_lines <= kRestrictWithin && text.startsWith("\\restrict ")) {
        m_dumpKey = text.mid(10).trimmed();
        if (!m_dumpKey.isEmpty()) {
            ++m_dropped;
            return {};
        }
    }
    if (!m_dumpKey.isEmpty() && text == "\\unrestrict " + m_dumpKey) {
        ++m_dropped;
        return {};
    }
    return complete;
}

QByteArray DumpRestrictFilter::feed(const QByteArray &bytes)
{
    QByteArray out;
    if (!std::exchange(m_started, true))
        out = "\\restrict " + m_key + '\n';
    qsizetype from = 0;
    while (from < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', from);
        const qsizetype end = nl < 0 ? bytes.size() : nl + 1;
        const QByteArray piece = bytes.mid(from, end - from);
        from = end;
        if (m_passing) {
            out += piece;
        } else {
            m_held += piece;
            // Only a short line starting with a backslash can be one to leave out; anything else goes on.
            if (!m_held.startsWith('\\') || m_held.size() > kHeldMax) {
                out += m_held;
                m_held.clear();
                m_passing = true;
                ++m_lines;
            }
        }
        if (nl >= 0) {
            if (!m_passing)
                out += line(m_held);
            m_held.clear();
            m_passing = false;
        }
    }
    return out;
}

QByteArray DumpRestrictFilter::finish()
{
    QByteArray out;
    if (!std::exchange(m_started, true))
        out = "\\restrict " + m_key + '\n';
    if (!m_held.isEmpty())
        out += line(m_held);
    m_held.clear();
    return out;
}

} // namespace opsdeck
