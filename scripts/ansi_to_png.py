#!/usr/bin/env python3
"""Draws a terminal screen captured with `tmux capture-pane -e -p` as a PNG.

Usage: ansi_to_png.py IN.ans OUT.png COLUMNS ROWS

Reads the SGR escapes tmux writes (bold, dim, italic, underline, reverse,
the 16 colours, 256 colours and true colour), lays the text out on a grid of
COLUMNS x ROWS cells (wide characters take two) and draws it with DejaVu
Sans Mono through Pillow. The PNG is saved with a small palette, so a full
screen stays a few tens of kilobytes.
"""
import re
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FONT_SIZE = 14
BACKGROUND = (28, 28, 30)
FOREGROUND = (212, 212, 212)
# xterm's 16 colours.
BASIC = [
    (0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16),
    (36, 114, 200), (188, 63, 188), (17, 168, 205), (229, 229, 229),
    (102, 102, 102), (241, 76, 76), (35, 209, 139), (245, 245, 67),
    (59, 142, 234), (214, 112, 214), (41, 184, 219), (255, 255, 255),
]


def colour256(n):
    if n < 16:
        return BASIC[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    level = 8 + (n - 232) * 10
    return (level, level, level)


class Style:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = None
        self.bg = None
        self.bold = self.dim = self.italic = self.underline = self.reverse = False

    def copy(self):
        s = Style()
        s.__dict__.update(self.__dict__)
        return s

    def apply(self, params):
        codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.reset()
            elif c == 1:
                self.bold = True
            elif c == 2:
                self.dim = True
            elif c == 3:
                self.italic = True
            elif c == 4:
                self.underline = True
            elif c == 7:
                self.reverse = True
            elif c == 22:
                self.bold = self.dim = False
            elif c == 23:
                self.italic = False
            elif c == 24:
                self.underline = False
            elif c == 27:
                self.reverse = False
            elif 30 <= c <= 37:
                self.fg = BASIC[c - 30]
            elif 90 <= c <= 97:
                self.fg = BASIC[c - 90 + 8]
            elif 40 <= c <= 47:
                self.bg = BASIC[c - 40]
            elif 100 <= c <= 107:
                self.bg = BASIC[c - 100 + 8]
            elif c == 39:
                self.fg = None
            elif c == 49:
                self.bg = None
            elif c in (38, 48) and i + 1 < len(codes):
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    value = colour256(codes[i + 2])
                    i += 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    value = tuple(codes[i + 2:i + 5])
                    i += 4
                else:
                    value = None
                if c == 38:
                    self.fg = value
                else:
                    self.bg = value
                i += 1
            i += 1

    def colours(self):
        fg = self.fg or FOREGROUND
        bg = self.bg or BACKGROUND
        if self.reverse:
            fg, bg = bg, fg
        if self.dim:
            fg = tuple((a + b) // 2 for a, b in zip(fg, bg))
        return fg, bg


# Box-drawing characters are drawn as lines, not glyphs, so frames join up
# whatever the font's line height: arms (left, right, up, down) and weight.
BOXES = {}
for chars, weight in (("─│┌┐└┘├┤┬┴┼╭╮╰╯", 1), ("━┃┏┓┗┛┣┫┳┻╋", 3)):
    arms = [(1, 1, 0, 0), (0, 0, 1, 1), (0, 1, 0, 1), (1, 0, 0, 1), (0, 1, 1, 0), (1, 0, 1, 0),
            (0, 1, 1, 1), (1, 0, 1, 1), (1, 1, 0, 1), (1, 1, 1, 0), (1, 1, 1, 1)]
    for i, ch in enumerate(chars):
        BOXES[ch] = (arms[i] if i < len(arms) else arms[i - 11 + 2], weight)


def draw_box(draw, ch, left, top, cw, chh, fg):
    (l, r, u, d), weight = BOXES[ch]
    cx, cy = left + cw // 2, top + chh // 2
    half = weight // 2
    if l:
        draw.rectangle([left, cy - half, cx, cy - half + weight - 1], fill=fg)
    if r:
        draw.rectangle([cx, cy - half, left + cw - 1, cy - half + weight - 1], fill=fg)
    if u:
        draw.rectangle([cx - half, top, cx - half + weight - 1, cy], fill=fg)
    if d:
        draw.rectangle([cx - half, cy, cx - half + weight - 1, top + chh - 1], fill=fg)


def width(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def parse(text, columns, rows):
    """The screen as rows of (character, style) cells."""
    grid = [[(" ", Style()) for _ in range(columns)] for _ in range(rows)]
    style = Style()
    token = re.compile(r"\x1b\[([0-9;]*)([A-Za-z])|\x1b[()][0-9A-B]|\x1b.|(.)", re.S)
    for y, line in enumerate(text.split("\n")[:rows]):
        x = 0
        for m in token.finditer(line):
            if m.group(2) == "m":
                style.apply(m.group(1))
                continue
            ch = m.group(3)
            if ch is None or ch in "\r\x0f\x0e":
                continue
            w = width(ch)
            if w == 0:
                if x > 0:
                    prev, s = grid[y][x - 1]
                    grid[y][x - 1] = (prev + ch, s)
                continue
            if x + w > columns:
                break
            grid[y][x] = (ch, style.copy())
            if w == 2:
                grid[y][x + 1] = ("", style.copy())
            x += w
    return grid


def render(grid, columns, rows, out):
    fonts = {
        (False, False): ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", FONT_SIZE),
        (True, False): ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Bold.ttf", FONT_SIZE),
        (False, True): ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Oblique.ttf", FONT_SIZE),
        (True, True): ImageFont.truetype(FONT_DIR + "DejaVuSansMono-BoldOblique.ttf", FONT_SIZE),
    }
    regular = fonts[(False, False)]
    cw = round(regular.getlength("M"))
    ascent, descent = regular.getmetrics()
    ch_ = ascent + descent + 1
    pad = 8
    image = Image.new("RGB", (columns * cw + 2 * pad, rows * ch_ + 2 * pad), BACKGROUND)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(grid):
        for x, (text, style) in enumerate(row):
            if text == "":
                continue
            fg, bg = style.colours()
            w = 2 if text and width(text[0]) == 2 else 1
            left, top = pad + x * cw, pad + y * ch_
            if bg != BACKGROUND:
                draw.rectangle([left, top, left + w * cw - 1, top + ch_ - 1], fill=bg)
            if text in BOXES:
                draw_box(draw, text, left, top, cw, ch_, fg)
            elif text.strip():
                draw.text((left, top), text, font=fonts[(style.bold, style.italic)], fill=fg)
            if style.underline:
                draw.line([left, top + ascent + 1, left + w * cw - 1, top + ascent + 1], fill=fg)
    image.quantize(colors=32, method=Image.Quantize.MEDIANCUT).save(out, optimize=True)


def main():
    if len(sys.argv) != 5:
        sys.stderr.write("usage: ansi_to_png.py IN.ans OUT.png COLUMNS ROWS\n")
        return 64
    path, out, columns, rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    with open(path, encoding="utf-8", errors="replace") as f:
        grid = parse(f.read(), columns, rows)
    render(grid, columns, rows, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
