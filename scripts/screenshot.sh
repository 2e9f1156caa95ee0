#!/usr/bin/env bash
# The README's screenshots, taken from the real binary so they cannot go
# stale: the built-in inbox runs in tmux, the pane is captured with its
# colours (capture-pane -e) and drawn as a PNG by scripts/ansi_to_png.py.
#
#   scripts/screenshot.sh [OUTDIR]     (default: Tests/EndToEndTests/Screenshots, where the README finds them)
#
# THIRSTY_BINARY picks the binary (default .build/debug/thirsty, built by
# `swift build`). Pillow is installed with pip and the DejaVu fonts with
# apt-get when missing; if they cannot be had the script says why and exits
# with 69 (EX_UNAVAILABLE), which the test reports as a skip with that reason.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/Tests/EndToEndTests/Screenshots}"
bin="${THIRSTY_BINARY:-$root/.build/debug/thirsty}"
[ -x "$bin" ] || { echo "screenshot: no binary at $bin (run swift build, or set THIRSTY_BINARY)" >&2; exit 66; }
command -v tmux >/dev/null 2>&1 || { echo "screenshot: tmux is not installed" >&2; exit 69; }

if ! python3 -c "import PIL" >/dev/null 2>&1; then
    echo "installing: pillow" >&2
    python3 -m pip install --quiet pillow >&2 || python3 -m pip install --quiet --break-system-packages pillow >&2 || true
    python3 -c "import PIL" >/dev/null 2>&1 || { echo "screenshot: cannot install the Python package Pillow" >&2; exit 69; }
fi
font=/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf
if [ ! -e "$font" ] && [ "$(id -u)" -eq 0 ]; then
    echo "installing: fonts-dejavu-core" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >&2 \
        || { apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >&2; } || true
fi
[ -e "$font" ] || { echo "screenshot: the font $font is missing (apt-get install fonts-dejavu-core)" >&2; exit 69; }

mkdir -p "$out"
work="$(mktemp -d)"
socket="thirsty-screenshot-$$"
cleanup() { tmux -L "$socket" kill-server >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
printf 'set -g status off\nset -g history-limit 0\n' > "$work/tmux.conf"

# Waits until the pane shows `text`; the program draws after each key, so a
# shot is taken of a settled screen, never of a half-drawn one.
wait_for() {
    local text="$1" tries=0
    until tmux -L "$socket" capture-pane -p -t shot | grep -qF -- "$text"; do
        tries=$((tries + 1))
        [ "$tries" -lt 600 ] || { echo "screenshot: the screen never showed \"$text\"" >&2; tmux -L "$socket" capture-pane -p -t shot >&2; exit 70; }
        sleep 0.1
    done
}

# shot NAME COLUMNS ROWS WAIT-TEXT KEYS... : keys are sent one by one, each
# followed by the text that says it took effect ("key=text").
shot() {
    local name="$1" cols="$2" rows="$3" ready="$4"
    shift 4
    mkdir -p "$work/home"
    tmux -L "$socket" -f "$work/tmux.conf" new-session -d -s shot -x "$cols" -y "$rows" \
        "cd '$work' && env -i TERM=xterm-256color LANG=C.UTF-8 HOME='$work/home' XDG_DATA_HOME='$work/home/.local/share' PATH=/usr/local/bin:/usr/bin:/bin '$bin'; sleep 600"
    wait_for "$ready"
    local step
    for step in "$@"; do
        tmux -L "$socket" send-keys -t shot "${step%%=*}"
        wait_for "${step#*=}"
    done
    tmux -L "$socket" capture-pane -e -p -t shot > "$work/$name.ans"
    tmux -L "$socket" kill-server >/dev/null 2>&1 || true
    python3 "$root/scripts/ansi_to_png.py" "$work/$name.ans" "$out/$name.png" "$cols" "$rows"
    echo "wrote $out/$name.png"
}

# The flagged threads at 80x24, then Dario's thread in three columns
# (list | thread | policy) at 200x50.
shot inbox-80x24 80 24 "Invitations" "2=Messages" "f=flagged only"
shot thread-200x50 200 50 "Invitations" "2=Messages" "/=/" "dario=/dario" "Enter=1/1" "Enter=j/k  scroll"
