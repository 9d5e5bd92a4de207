#!/usr/bin/python3
"""Types keys into the focused window of an X display through the XTEST extension (libXtst), as a
person at the keyboard would: tools/screenshots uses it to open a dialog before taking its picture.

  xkeys.py KEY...     each KEY is a chord like ctrl+9, alt+b, Tab, Return, or text:SOME TEXT
Uses $DISPLAY. Exits 1 with a message when the display or XTEST cannot be opened.
"""
import ctypes
import ctypes.util
import sys
import time


def load(name):
    path = ctypes.util.find_library(name)
    if not path:
        sys.exit(f'xkeys.py: lib{name} is not installed (Debian package lib{name.lower()}6)')
    return ctypes.CDLL(path)


x11 = load('X11')
xtst = load('Xtst')
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XStringToKeysym.restype = ctypes.c_ulong
x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
x11.XKeysymToKeycode.restype = ctypes.c_ubyte
x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x11.XFlush.argtypes = [ctypes.c_void_p]
xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]

display = x11.XOpenDisplay(None)
if not display:
    sys.exit('xkeys.py: cannot open the X display ($DISPLAY)')

# Without a window manager nothing gives the window focus: give it to the top-level window under the
# pointer, as a click would, so that the application takes it as active (shortcuts need that).
x11.XDefaultRootWindow.restype = ctypes.c_ulong
x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x11.XQueryPointer.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.POINTER(ctypes.c_ulong)] * 2 + \
    [ctypes.POINTER(ctypes.c_int)] * 4 + [ctypes.POINTER(ctypes.c_uint)]
x11.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
root, child = ctypes.c_ulong(), ctypes.c_ulong()
ints = [ctypes.c_int() for _ in range(4)]
mask = ctypes.c_uint()
x11.XQueryPointer(display, x11.XDefaultRootWindow(display), ctypes.byref(root), ctypes.byref(child),
                  *[ctypes.byref(i) for i in ints], ctypes.byref(mask))
if child.value:
    x11.XSetInputFocus(display, child.value, 1, 0)  # RevertToPointerRoot, CurrentTime
    x11.XFlush(display)
    time.sleep(0.3)

NAMES = {'ctrl': 'Control_L', 'alt': 'Alt_L', 'shift': 'Shift_L', ' ': 'space', '-': 'minus', '.': 'period',
         ',': 'comma', ':': 'colon', '/': 'slash'}


def keycode(name):
    code = x11.XKeysymToKeycode(display, x11.XStringToKeysym(NAMES.get(name, name).encode()))
    if not code:
        sys.exit(f'xkeys.py: no key for {name!r}')
    return code


def chord(names):
    codes = [keycode(n) for n in names]
    for c in codes:
        xtst.XTestFakeKeyEvent(display, c, 1, 0)
    for c in reversed(codes):
        xtst.XTestFakeKeyEvent(display, c, 0, 0)
    x11.XFlush(display)
    time.sleep(0.05)


for arg in sys.argv[1:]:
    if arg.startswith('text:'):
        for ch in arg[5:]:
            chord(['shift', ch.lower()] if ch.isupper() else [ch])
    else:
        chord(arg.split('+'))
    time.sleep(0.2)
