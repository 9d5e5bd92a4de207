#!/usr/bin/env bash
# No colour is written into widget or app code except in StatusColors (the tones, in a light and a dark
# variant) and UiTheme (the palettes): a colour made anywhere else would be right for one palette only.
# Looks for colours built from numbers or names, Qt's named colours, hex colours in strings (style
# sheets) and RGB constants.
#   check-status-colours.sh SOURCE_DIR
set -euo pipefail
root=$1
pattern='QColor[[:space:]]*[({][[:space:]]*(0x|[0-9]|"|Qt::)|QColor::from(Rgb|Hsv|Hsl|Cmyk|String)|Qt::(red|green|blue|yellow|cyan|magenta|gray|lightGray|darkGray|darkRed|darkGreen|darkBlue|darkYellow|darkCyan|darkMagenta|black|white)\b|"[^"]*#[0-9a-fA-F]{6}\b|color[[:space:]]*:|\b0x[0-9a-fA-F]{8}\b|QRgb'
found=$(cd "$root" && grep -rnE "$pattern" --include='*.cpp' --include='*.h' widgets app \
            | grep -vE '^widgets/(StatusColors|UiTheme)\.(cpp|h):' || true)
if [[ -n $found ]]; then
    echo "FAIL: colours outside widgets/StatusColors and widgets/UiTheme (use StatusColors::text/background/chartLine):" >&2
    echo "$found" >&2
    exit 1
fi
# ... and the check does see one: the light variant of the bad tone is in StatusColors.cpp.
(cd "$root" && grep -qE "$pattern" widgets/StatusColors.cpp) || { echo "FAIL: the pattern no longer finds StatusColors' own colours" >&2; exit 1; }
echo "no hard-coded colours in widgets/ and app/"
