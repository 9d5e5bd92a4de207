#include "StatusColors.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace opsdeck::StatusColors {

namespace {

// Per tone: on a light palette, on a dark one.
constexpr QRgb kText[][2] = {
    {0xff1d7a3a, 0xff5cc97b}, // Good
    {0xff8a5d00, 0xffe3b341}, // Warning
    {0xffb01b1b, 0xffff7b72}, // Bad
    {0xff5f6672, 0xffa3aab6}, // Muted
};
constexpr QRgb kBackground[][2] = {
    {0xffd7f0d2, 0xff1f3d26}, // Good
    {0xfffbe3d4, 0xff4a3418}, // Warning
    {0xfff8d7d7, 0xff4d2020}, // Bad
    {0xffe6e6e6, 0xff3a3a3a}, // Muted
};
// Okabe and Ito's colours that read on white, then two of Paul Tol's; on a dark chart the light ones of
// the same hues, so that every line keeps at least 3:1 against the plot's background.
constexpr QRgb kLinesLight[] = {0xff0072b2, 0xffe69f00, 0xff009e73, 0xffd55e00, 0xffcc79a7, 0xff56b4e9, 0xff882255, 0xff999933};
constexpr QRgb kLinesDark[] = {0xff56b4e9, 0xffe69f00, 0xff3fcf9f, 0xffff8c5a, 0xffe59cc8, 0xff9ecbff, 0xffd46fa0, 0xffc8c864};
static_assert(int(std::size(kLinesLight)) == kChartLineCount && int(std::size(kLinesDark)) == kChartLineCount);
constexpr QRgb kMarker[2] = {0xff3b4a6b, 0xffc9d1e6};

int variant(const QPalette &palette)
{
    return isDark(palette) ? 1 : 0;
}

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor text(Tone tone, const QPalette &palette)
{
    return QColor::fromRgb(kText[int(tone)][variant(palette)]);
}

QColor background(Tone tone, const QPalette &palette)
{
    return QColor::fromRgb(kBackground[int(tone)][variant(palette)]);
}

QColor text(Tone tone)
{
    return text(tone, QGuiApplication::palette());
}

QColor background(Tone tone)
{
    return background(tone, QGuiApplication::palette());
}

QColor chartLine(int index, const QPalette &palette)
{
    const int i = index % kChartLineCount;
    return QColor::fromRgb(isDark(palette) ? kLinesDark[i] : kLinesLight[i]);
}

QColor chartMarker(const QPalette &palette)
{
    return QColor::fromRgb(kMarker[variant(palette)]);
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace opsdeck::StatusColors
