#pragma once

// Gives a label's text the colour of a status tone, and keeps it suited to the palette: when the palette
// turns light or dark (View ▸ Theme, or the system's), the label takes that palette's variant. The text
// itself still says what it is (a ✖, a sentence): the colour is only a quicker glance. UI thread.

#include "StatusColors.h"

#include <optional>

class QLabel;

namespace opsdeck::LabelTone {

// nullopt: the palette's own text colour again.
void set(QLabel *label, std::optional<StatusColors::Tone> tone);

} // namespace opsdeck::LabelTone
