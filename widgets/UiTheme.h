#pragma once

// The window's light or dark look. System (the default) follows the platform's palette as Qt gives it, and
// with it the system's light or dark preference (Qt 6.4 tells it only by the palette's lightness); Light
// and Dark hold whatever the system prefers: a complete palette on the Fusion style. The choice is the
// QSettings key view/theme. apply() sets the application's palette at once; Qt then sends
// QEvent::ApplicationPaletteChange and PaletteChange to every widget, and whatever holds a colour of its
// own (the counts bar, the navigation, the charts) takes the new palette's (StatusColors); the models' colours
// are asked for again when the views repaint. Light and Dark draw with ThemedFusionStyle (Fusion, with
// check box and radio button outlines that keep 3:1 against their field); so does System where the
// system's style is Fusion. Main thread.

#include <QPalette>
#include <QString>

#include <optional>

namespace opsdeck::UiTheme {

enum class Choice { System, Light, Dark };

Choice setting();
void saveSetting(Choice choice);
QString settingName(Choice choice);                 // "system", "light", "dark": the value in the settings
std::optional<Choice> fromSettingName(const QString &name);

// Applies the choice to the running application (a QApplication).
void apply(Choice choice);
QPalette lightPalette();
QPalette darkPalette();
// The outline of an empty check box or radio button on this palette: its text colour blended into the
// field (Base) just as far as needed for 3:1 against the field and against the window (WCAG 2.1 SC 1.4.11,
// the boundary of a control), so that an empty box is found on a light palette as on a dark one.
QColor indicatorOutline(const QPalette &palette);

} // namespace opsdeck::UiTheme
