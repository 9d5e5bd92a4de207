// DisplayText, the one way host and store text reaches people: a Markdown field rendered by a real
// CommonMark parser (cmark) creates no heading, list, quote or code block whatever line endings,
// controls and markup it holds; a terminal sees no control character or bidi override; rich text
// shows "<b>" as "<b>".

#include "CommonMark.h"
#include "support/DisplayText.h"

#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {

// No C0 or C1 control (but the ones a caller keeps), no DEL, no bidi control.
QString firstUnsafe(const QString &text, const QString &allowed = {})
{
    for (const QChar c : text) {
        if (allowed.contains(c))
            continue;
        if (DisplayText::isControl(c.unicode()) || DisplayText::isBidiControl(c.unicode()) || c.unicode() == 0x2028 || c.unicode() == 0x2029)
            return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return {};
}

} // namespace

class TestDisplayText final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markdownFieldIsOneLineOfText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected"); // the Markdown
        QTest::newRow("plain") << QStringLiteral("web-1 restarted (pid 42).") << QStringLiteral("web-1 restarted (pid 42).");
        QTest::newRow("lone CRs forge a heading") << QStringLiteral("ok\r\r## Root cause\r\rthe intern")
                                                  << QStringLiteral("ok<br><br>## Root cause<br><br>the intern");
        QTest::newRow("leading CRs") << QStringLiteral("\r\r## Root cause\r\r") << QStringLiteral("\\## Root cause");
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("a<br>b");
        QTest::newRow("LF") << QStringLiteral("a\n- b") << QStringLiteral("a<br>- b");
        QTest::newRow("NEL") << QStringLiteral("a\u0085# b") << QStringLiteral("a<br># b");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a<br>b<br>c");
        QTest::newRow("controls dropped") << QStringLiteral("a\x1b]2;pwned\x07\x0b\x0c\x7f\u009bb") << QStringLiteral("a\\]2;pwnedb");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a b");
        QTest::newRow("bidi dropped") << QStringLiteral("a\u202egnp.exe\u202c\u2066b\u2069") << QStringLiteral("agnp.exeb");
        QTest::newRow("pipe") << QStringLiteral("a|b") << QStringLiteral("a\\|b");
        QTest::newRow("emphasis") << QStringLiteral("*a* _b_ ~~c~~") << QStringLiteral("\\*a\\* \\_b\\_ \\~\\~c\\~\\~");
        QTest::newRow("html") << QStringLiteral("<script>&amp;") << QStringLiteral("\\<script\\>\\&amp;");
        QTest::newRow("link") << QStringLiteral("[x](javascript:y)") << QStringLiteral("\\[x\\](javascript:y)");
        QTest::newRow("image") << QStringLiteral("![x](http://h/4000x4000.png)") << QStringLiteral("!\\[x\\](http://h/4000x4000.png)");
        QTest::newRow("code") << QStringLiteral("`rm`") << QStringLiteral("\\`rm\\`");
        QTest::newRow("backslash") << QStringLiteral("C:\\dir") << QStringLiteral("C:\\\\dir");
        QTest::newRow("heading") << QStringLiteral("# Root cause #") << QStringLiteral("\\# Root cause \\#");
        QTest::newRow("list") << QStringLiteral("- a") << QStringLiteral("\\- a");
        QTest::newRow("ordered list") << QStringLiteral("1. a") << QStringLiteral("1\\. a");
        QTest::newRow("ordered list )") << QStringLiteral("12) a") << QStringLiteral("12\\) a");
        QTest::newRow("setext") << QStringLiteral("===") << QStringLiteral("\\===");
        QTest::newRow("quote") << QStringLiteral("> a") << QStringLiteral("\\> a");
        QTest::newRow("indented code") << QStringLiteral("\x1b        code") << QStringLiteral("code");
        QTest::newRow("fence") << QStringLiteral("```sh") << QStringLiteral("\\`\\`\\`sh");
    }
    void markdownFieldIsOneLineOfText()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const QString md = DisplayText::markdown(field);
        QCOMPARE(md, expected);
        QCOMPARE(firstUnsafe(md), QString());

        // What a reader sees, wherever the field stands: alone, as a list item, in a table row.
        const QStringList documents{md + u'\n', QStringLiteral("- [x] ") + md + u'\n',
                                    QStringLiteral("Before\n\n") + md + QStringLiteral("\n\nAfter\n"),
                                    QStringLiteral("| a | b |\n|---|---|\n| x | ") + md + QStringLiteral(" |\n")};
        for (const QString &document : documents) {
            QString why;
            const auto html = renderCommonMark(document, &why);
            QVERIFY2(html, qPrintable(why));
            QStringList allowed;
            if (document.startsWith(QStringLiteral("- ")))
                allowed = QStringList{QStringLiteral("<ul>"), QStringLiteral("<li>")};
            QCOMPARE(blockTags(*html), allowed);
        }
    }

    void terminalSeesNoControl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("web-1: active (running) ✔") << 0 << QStringLiteral("web-1: active (running) ✔");
        QTest::newRow("title") << QStringLiteral("a\x1b]2;pwned\x07z") << 0 << QStringLiteral("a\\e]2;pwned\\x07z");
        QTest::newRow("CSI clear") << QStringLiteral("\x1b[2J\x1b[H") << 0 << QStringLiteral("\\e[2J\\e[H");
        QTest::newRow("C1 CSI") << QStringLiteral("a\u009b2Jb") << 0 << QStringLiteral("a\\u009b2Jb");
        QTest::newRow("bidi") << QStringLiteral("a\u202eb\u2066c\u2069\u200f") << 0 << QStringLiteral("a\\u202eb\\u2066c\\u2069\\u200f");
        QTest::newRow("newline in a field") << QStringLiteral("a\nb\r\tc") << 0 << QStringLiteral("a\\nb\\r\\tc");
        QTest::newRow("journal lines") << QStringLiteral("a\r\nb\n\tc\rd\x08") << 1 << QStringLiteral("a\nb\n\tc\\rd\\x08");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << 1 << QStringLiteral("a\\u2028b");
        QTest::newRow("DEL and NUL") << QStringLiteral("a\x7f") + QChar(0) + u'b' << 0 << QStringLiteral("a\\x7f\\x00b");
    }
    void terminalSeesNoControl()
    {
        QFETCH(QString, text);
        QFETCH(int, lines);
        QFETCH(QString, expected);
        const QString shown = DisplayText::terminal(text, lines ? DisplayText::Lines::Keep : DisplayText::Lines::Escape);
        QCOMPARE(shown, expected);
        QCOMPARE(firstUnsafe(shown, lines ? QStringLiteral("\n\t") : QString()), QString());
    }

    void richTextShowsMarkupLiterally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bold") << QStringLiteral("<b style=\"font-size:90pt\">x</b>") << QStringLiteral("&lt;b style=&quot;font-size:90pt&quot;&gt;x&lt;/b&gt;");
        QTest::newRow("image") << QStringLiteral("<img src=x width=4000 height=4000>") << QStringLiteral("&lt;img src=x width=4000 height=4000&gt;");
        QTest::newRow("lines") << QStringLiteral("a\r\nb\rc\u2028d") << QStringLiteral("a<br>b<br>c<br>d");
        QTest::newRow("controls") << QStringLiteral("a\x1b\u202eb") << QStringLiteral("ab");
    }
    void richTextShowsMarkupLiterally()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::richText(text), expected);
    }

    void plainKeepsLines()
    {
        QCOMPARE(DisplayText::plain(QStringLiteral("a\r\nb\rc\td\x1b\u202e")), QStringLiteral("a\nb\nc\td"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "TestDisplayText.moc"
