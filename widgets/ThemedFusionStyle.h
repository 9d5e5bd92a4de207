#pragma once

// Qt's Fusion style as OpsDeck's Light and Dark themes (and System, where the system's style is Fusion)
// use it. Fusion draws the outline of a check box and a radio button a shade darker than the palette's
// window colour: on a dark palette that is next to black on a near-black field, on a light one pale grey
// on white — an empty check box is hard to find. This style draws that outline again in
// UiTheme::indicatorOutline(), which keeps 3:1 against the field and the window (WCAG 2.1 SC 1.4.11) in
// any palette; everything else is Fusion's. Check boxes in item views (a checklist's items) and menus go
// through the same primitives. Main thread, as every style.

#include <QProxyStyle>

namespace opsdeck {

class ThemedFusionStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    ThemedFusionStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace opsdeck
