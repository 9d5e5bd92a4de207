#include "LabelTone.h"

#include <QEvent>
#include <QLabel>
#include <QPalette>

namespace opsdeck::LabelTone {

namespace {

const char *const kToneProperty = "opsdeckStatusTone"; // int(Tone); absent: none
const char *const kFollowedProperty = "opsdeckStatusToneFollowed";

void applyTone(QLabel *label)
{
    const QVariant tone = label->property(kToneProperty);
    QPalette palette = label->palette();
    if (!tone.isValid()) {
        if (palette.isBrushSet(QPalette::Active, QPalette::WindowText))
            label->setPalette(QPalette()); // inherits again
        return;
    }
    const QColor colour = StatusColors::text(StatusColors::Tone(tone.toInt()), palette);
    // Setting the palette sends a PaletteChange of its own: only when the colour differs, or it never ends.
    if (palette.isBrushSet(QPalette::Active, QPalette::WindowText) && palette.color(QPalette::WindowText) == colour)
        return;
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    label->setPalette(palette);
}

// Watches one label for palette changes (one per label, its child).
class PaletteFollower final : public QObject
{
public:
    explicit PaletteFollower(QLabel *label) : QObject(label), m_label(label) { label->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label && event->type() == QEvent::PaletteChange)
            applyTone(m_label);
        return false;
    }

private:
    QLabel *m_label;
};

} // namespace

void set(QLabel *label, std::optional<StatusColors::Tone> tone)
{
    if (!label->property(kFollowedProperty).toBool()) {
        label->setProperty(kFollowedProperty, true);
        new PaletteFollower(label);
    }
    label->setProperty(kToneProperty, tone ? QVariant(int(*tone)) : QVariant());
    applyTone(label);
}

} // namespace opsdeck::LabelTone
