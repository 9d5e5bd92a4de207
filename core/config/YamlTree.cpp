// The yaml-cpp adapter: limits first (on the parser's event stream, before any node tree exists),
// then the library's tree, copied into plain YamlNode values with a node budget that also bounds
// what aliases expand to.

#include "YamlTree.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <sstream>

namespace opsdeck {

namespace {

// The fleet configuration was the first reader; its translations are shared by every YAML file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
};

// Position of the first byte that is not well-formed UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        int extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (data[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

void positionOf(const QByteArray &bytes, qsizetype offset, int *line, int *column)
{
    *line = 1;
    *column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++*line;
            *column = 1;
        } else if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80) {
            ++*column;
        }
    }
}

struct LimitExceeded {
    YAML::Mark mark;
    QString message;
};

// Counts nesting, aliases and documents from the parser's events before any node tree is built, so
// neither the tree builder nor a schema walk ever sees an input beyond the limits.
class LimitsPrePass final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++m_documents > 1)
            throw LimitExceeded{mark, Text::tr("only one YAML document is allowed in a configuration file")};
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        if (++m_aliases > YamlTree::kMaxAliases)
            throw LimitExceeded{mark, Text::tr("too many aliases (the limit is %1)").arg(YamlTree::kMaxAliases)};
    }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        enter(mark);
    }
    void OnSequenceEnd() override { --m_depth; }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        enter(mark);
    }
    void OnMapEnd() override { --m_depth; }

private:
    void enter(const YAML::Mark &mark)
    {
        if (++m_depth > YamlTree::kMaxNesting)
            throw LimitExceeded{mark, Text::tr("nesting is too deep (the limit is %1 levels)").arg(YamlTree::kMaxNesting)};
    }
    int m_depth = 0;
    int m_aliases = 0;
    int m_documents = 0;
};

// Copies the library's tree with the same nesting limit as the pre-pass (an alias can nest a node in
// itself, which the event stream does not show) and a budget for the size aliases expand to.
class TreeCopier final
{
public:
    YamlNode copy(const YAML::Node &node, int depth = 0)
    {
        if (++m_nodes > YamlTree::kMaxNodes)
            throw LimitExceeded{node.Mark(), Text::tr("the configuration is too large to check (more than %1 entries)")
                                                 .arg(YamlTree::kMaxNodes)};
        if (depth > YamlTree::kMaxNesting)
            throw LimitExceeded{node.Mark(), Text::tr("nesting is too deep (the limit is %1 levels)").arg(YamlTree::kMaxNesting)};
        YamlNode out;
        const YAML::Mark mark = node.Mark();
        if (!mark.is_null()) {
            out.line = mark.line + 1;
            out.column = mark.column + 1;
        }
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            out.type = YamlNode::Type::Scalar;
            out.scalar = QString::fromStdString(node.Scalar());
            out.quoted = node.Tag() == "!";
            break;
        case YAML::NodeType::Sequence:
            out.type = YamlNode::Type::Sequence;
            out.items.reserve(node.size());
            for (const auto &item : node)
                out.items.push_back(copy(item, depth + 1));
            break;
        case YAML::NodeType::Map:
            out.type = YamlNode::Type::Map;
            for (auto it = node.begin(); it != node.end(); ++it)
                out.entries.push_back({copy(it->first, depth + 1), copy(it->second, depth + 1)});
            break;
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
        }
        return out;
    }

private:
    int m_nodes = 0;
};

} // namespace

YamlParseResult YamlTree::parse(const QByteArray &bytes, const QString &displayName)
{
    YamlParseResult result;
    auto fail = [&](int line, int column, const QString &message) {
        result.errors.append({displayName, line, column, message});
        return result;
    };
    if (bytes.size() > kMaxFileBytes)
        return fail(0, 0, Text::tr("file is too large (%1 bytes, the limit is %2)").arg(bytes.size()).arg(kMaxFileBytes));
    if (bytes.trimmed().isEmpty())
        return fail(1, 1, Text::tr("file is empty"));
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        int line = 0;
        int column = 0;
        positionOf(bytes, bad, &line, &column);
        return fail(line, column,
                    Text::tr("invalid UTF-8 (byte 0x%1)").arg(static_cast<unsigned char>(bytes.at(bad)), 2, 16, QLatin1Char('0')));
    }
    if (bytes.contains('\0'))
        return fail(1, 1, Text::tr("file contains a NUL byte"));

    const std::string text = bytes.toStdString();
    try {
        std::istringstream stream(text);
        YAML::Parser parser(stream);
        LimitsPrePass limits;
        while (parser.HandleNextDocument(limits)) {
        }
        const YAML::Node root = YAML::Load(text);
        if (root.IsNull())
            return fail(1, 1, Text::tr("file is empty"));
        TreeCopier copier;
        result.root = copier.copy(root);
    } catch (const LimitExceeded &e) {
        return fail(e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1, e.message);
    } catch (const YAML::Exception &e) {
        QString message = QString::fromStdString(e.msg);
        if (!message.isEmpty())
            message[0] = message[0].toLower();
        return fail(e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1,
                    Text::tr("YAML syntax error: %1").arg(message));
    }
    return result;
}

YamlParseResult YamlTree::parseFile(const QString &path)
{
    YamlParseResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append({path, 0, 0, Text::tr("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        result.errors.append({path, 0, 0, Text::tr("file is too large (%1 bytes, the limit is %2)").arg(file.size()).arg(kMaxFileBytes)});
        return result;
    }
    // Read one byte past the limit: a file that grows while we read it is still refused.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) {
        result.errors.append({path, 0, 0, Text::tr("file is too large (the limit is %1 bytes)").arg(kMaxFileBytes)});
        return result;
    }
    return parse(bytes, path);
}

void YamlTree::sortByPosition(ConfigErrors &errors)
{
    std::stable_sort(errors.begin(), errors.end(), [](const ConfigError &a, const ConfigError &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
}

} // namespace opsdeck
