#!/usr/bin/env python3
"""Replays an asciicast v2 recording through the pyte terminal emulator.

Usage: replay-cast.py FILE.cast

Checks the file is asciicast v2 (a JSON header line with version 2 and
integer width and height, then one [time, "o", data] array per line with
times that never go back) and prints JSON: the screen text after every
event, and the style of every cell of the final screen. Exits 1 with one
line on stderr when the file is not a valid recording.
"""
import json
import sys

import pyte


def fail(message):
    sys.stderr.write("replay-cast: " + message + "\n")
    sys.exit(1)


def style(char):
    return ",".join([
        char.fg, char.bg,
        "bold" if char.bold else "",
        "italic" if char.italics else "",
        "underline" if char.underscore else "",
        "reverse" if char.reverse else "",
    ])


def main():
    if len(sys.argv) != 2:
        fail("usage: replay-cast.py FILE.cast")
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        fail("empty file")
    header = json.loads(lines[0])
    if not isinstance(header, dict) or header.get("version") != 2:
        fail("header is not an asciicast v2 header")
    width, height = header.get("width"), header.get("height")
    if not isinstance(width, int) or not isinstance(height, int) or width <= 0 or height <= 0:
        fail("header has no valid width and height")
    screen = pyte.Screen(width, height)
    stream = pyte.Stream(screen)
    frames = []
    last = 0.0
    for number, line in enumerate(lines[1:], start=2):
        event = json.loads(line)
        if not (isinstance(event, list) and len(event) == 3 and isinstance(event[0], (int, float))
                and event[1] == "o" and isinstance(event[2], str)):
            fail("line %d is not a [time, \"o\", data] event" % number)
        if event[0] < last:
            fail("line %d goes back in time" % number)
        last = event[0]
        stream.feed(event[2])
        frames.append({"time": event[0], "lines": list(screen.display)})
    styles = []
    for y in range(height):
        row, x = [], 0
        while x < width:
            char = screen.buffer[y][x]
            row.append(style(char))
            x += 2 if len(char.data) > 0 and pyte.screens.wcwidth(char.data[0]) == 2 else 1
        styles.append(row)
    json.dump({"width": width, "height": height, "title": header.get("title"),
               "frames": frames, "finalStyles": styles}, sys.stdout)


main()
