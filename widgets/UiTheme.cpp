#include "UiTheme.h"

#include "StatusColors.h"
#include "ThemedFusionStyle.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace opsdeck::UiTheme {

namespace {

const QString kSettingKey = QStringLiteral("view/theme");

struct Scheme {
    QRgb window, windowText, base, alternateBase, text, button, light, midlight, mid, dark, shadow, highlight,
        highlightedText, link, linkVisited, toolTipBase, toolTipText, placeholder, disabledText, disabledButton;
};

// Every role of every group, so that nothing of the platform's palette shows through a chosen one.
QPalette paletteOf(const Scheme &s)
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, QColor::fromRgb(s.window));
        p.setColor(group, QPalette::WindowText, QColor::fromRgb(s.windowText));
        p.setColor(group, QPalette::Base, QColor::fromRgb(s.base));
        p.setColor(group, QPalette::AlternateBase, QColor::fromRgb(s.alternateBase));
        p.setColor(group, QPalette::Text, QColor::fromRgb(s.text));
        p.setColor(group, QPalette::Button, QColor::fromRgb(s.button));
        p.setColor(group, QPalette::ButtonText, QColor::fromRgb(s.windowText));
        p.setColor(group, QPalette::BrightText, QColor::fromRgb(0xffffffff));
        p.setColor(group, QPalette::Light, QColor::fromRgb(s.light));
        p.setColor(group, QPalette::Midlight, QColor::fromRgb(s.midlight));
        p.setColor(group, QPalette::Mid, QColor::fromRgb(s.mid));
        p.setColor(group, QPalette::Dark, QColor::fromRgb(s.dark));
        p.setColor(group, QPalette::Shadow, QColor::fromRgb(s.shadow));
        p.setColor(group, QPalette::Highlight, QColor::fromRgb(s.highlight));
        p.setColor(group, QPalette::HighlightedText, QColor::fromRgb(s.highlightedText));
        p.setColor(group, QPalette::Link, QColor::fromRgb(s.link));
        p.setColor(group, QPalette::LinkVisited, QColor::fromRgb(s.linkVisited));
        p.setColor(group, QPalette::ToolTipBase, QColor::fromRgb(s.toolTipBase));
        p.setColor(group, QPalette::ToolTipText, QColor::fromRgb(s.toolTipText));
        p.setColor(group, QPalette::PlaceholderText, QColor::fromRgb(s.placeholder));
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, QColor::fromRgb(s.disabledText));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor::fromRgb(s.disabledButton));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor::fromRgb(s.mid));
    return p;
}

// The style the application started with: what System goes back to.
QString &systemStyle()
{
    static QString name;
    if (name.isEmpty() && QApplication::style())
        name = QApplication::style()->name();
    return name;
}

bool isFusion(const QString &name)
{
    return name.compare(QStringLiteral("Fusion"), Qt::CaseInsensitive) == 0;
}

// Fusion is always OpsDeck's ThemedFusionStyle (its indicators' outlines readable on any palette).
void useStyle(const QString &name)
{
    QStyle *current = QApplication::style();
    if (isFusion(name)) {
        if (!qobject_cast<ThemedFusionStyle *>(current))
            QApplication::setStyle(new ThemedFusionStyle);
        return;
    }
    if (current && current->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

QString settingName(Choice choice)
{
    switch (choice) {
    case Choice::System: return QStringLiteral("system");
    case Choice::Light: return QStringLiteral("light");
    case Choice::Dark: return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

std::optional<Choice> fromSettingName(const QString &name)
{
    for (const Choice choice : {Choice::System, Choice::Light, Choice::Dark}) {
        if (name == settingName(choice))
            return choice;
    }
    return std::nullopt;
}

Choice setting()
{
    // An unknown value (a newer version's theme, a typo in the file) is the system's look.
    return fromSettingName(QSettings().value(kSettingKey).toString()).value_or(Choice::System);
}

void saveSetting(Choice choice)
{
    QSettings().setValue(kSettingKey, settingName(choice));
}

namespace {

// QApplication hands a new application palette to its windows only while its event loop runs; a
// palette set before (at start, or in a test) would otherwise reach only the widgets made afterwards.
// Resolving again is a no-op for a window that has it already.
void handToWindows()
{
    QEvent event(QEvent::ApplicationPaletteChange);
    for (QWidget *window : QApplication::topLevelWidgets())
        QCoreApplication::sendEvent(window, &event);
}

// Hands every later change of the application's palette (the platform's, when the system turns dark or
// light; another's setPalette()) to the windows as well.
class PaletteRelay final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_relaying) {
            m_relaying = true;
            handToWindows();
            m_relaying = false;
        }
        return false;
    }

private:
    bool m_relaying = false;
};

void relayPaletteChanges()
{
    static PaletteRelay *relay = nullptr;
    if (relay || !qApp)
        return;
    relay = new PaletteRelay(qApp);
    qApp->installEventFilter(relay);
}

void applyPalette(Choice choice)
{
    const QString system = systemStyle();
    switch (choice) {
    case Choice::System:
        useStyle(system);
        // A palette with no role set: Qt fills every role from the platform's, and keeps following it.
        QApplication::setPalette(QPalette());
        return;
    case Choice::Light:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        return;
    case Choice::Dark:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        return;
    }
}

} // namespace

void apply(Choice choice)
{
    relayPaletteChanges();
    applyPalette(choice);
    handToWindows();
}

QPalette lightPalette()
{
    return paletteOf({.window = 0xffefefef, .windowText = 0xff000000, .base = 0xffffffff, .alternateBase = 0xfff7f7f7,
                      .text = 0xff000000, .button = 0xffefefef, .light = 0xffffffff, .midlight = 0xffcacaca,
                      .mid = 0xffb8b8b8, .dark = 0xff9f9f9f, .shadow = 0xff767676, .highlight = 0xff308cc6,
                      .highlightedText = 0xffffffff, .link = 0xff0b57d0, .linkVisited = 0xff7b2fa8, .toolTipBase = 0xffffffdc,
                      .toolTipText = 0xff000000, .placeholder = 0xff6e6e6e, .disabledText = 0xff8c8c8c,
                      .disabledButton = 0xffefefef});
}

QPalette darkPalette()
{
    return paletteOf({.window = 0xff2b2b2b, .windowText = 0xffe6e6e6, .base = 0xff1e1e1e, .alternateBase = 0xff262626,
                      .text = 0xffe6e6e6, .button = 0xff353535, .light = 0xff4a4a4a, .midlight = 0xff3f3f3f,
                      .mid = 0xff2f2f2f, .dark = 0xff1a1a1a, .shadow = 0xff0a0a0a, .highlight = 0xff2f65ca,
                      .highlightedText = 0xffffffff, .link = 0xff7ab7ff, .linkVisited = 0xffc9a0ff, .toolTipBase = 0xff3a3a3a,
                      .toolTipText = 0xffe6e6e6, .placeholder = 0xff9a9a9a, .disabledText = 0xff7a7a7a,
                      .disabledButton = 0xff2f2f2f});
}

QColor indicatorOutline(const QPalette &palette)
{
    const QColor field = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::Text);
    QColor outline = text;
    // From 40 % of the way to the text colour on: the first that reads, or the text colour itself.
    for (int percent = 40; percent <= 100; percent += 5) {
        const auto blend = [&](int from, int to) { return from + (to - from) * percent / 100; };
        outline = QColor::fromRgb(blend(field.red(), text.red()), blend(field.green(), text.green()),
                                  blend(field.blue(), text.blue()));
        if (StatusColors::contrast(outline, field) >= 3.0 && StatusColors::contrast(outline, window) >= 3.0)
            return outline;
    }
    return text;
}

} // namespace opsdeck::UiTheme
