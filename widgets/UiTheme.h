#pragma once

// The window's light or dark look. System (the default) follows the platform's palette as Qt gives it, and
// with it the system's light or dark preference (Qt 6.4 tells it only by the palette's lightness); Light
// and Dark hold whatever the system prefers: a complete palette on the Fusion style. The choice is the
// QSettings key view/theme. apply() sets the application's palette at once; Qt then sends
// QEvent::ApplicationPaletteChange and PaletteChange to every widget, and whatever holds a colour of its
// own (the counts bar, the navigation, the charts) takes the new palette's (StatusColors); the models' colours
// are asked for again when the views repaint. Main thread.

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

} // namespace opsdeck::UiTheme
