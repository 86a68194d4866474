#!/usr/bin/env bash
# Runs the terminal check (`kiosk check-terminal`) in detached tmux panes and checks the real
# ncurses output: the screen, keys in raw mode, the lockdown signals, restoring the terminal,
# resizing, and the terminal types that have no colour (vt100) or cannot run a kiosk (dumb).
#
# Usage: Tests/pty/terminal-check.sh COMMAND [ARG...]
#   e.g. Tests/pty/terminal-check.sh .build/debug/kiosk check-terminal
# Needs tmux (3.0 or later) and a UTF-8 locale (C.UTF-8). The last line is `N passed, M failed`;
# the exit status is 1 when anything failed, 2 on a usage error.
set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 COMMAND [ARG...]   (the command that runs the terminal check)" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
# Sends a key and checks the check names it while the process stays alive.
key_case() {
    local key=$1 shown=$2
    tm send-keys -t "$session" "$key"
    check "$key is reported as '$shown'" "wait_for $session '$shown'"
    check "the check is still running after $key" "alive $pid"
}

cmd=("$@")
extra_env=()
# The check's line of wide text: 漢字 and 🙂 are 2 columns, é is e + U+0301; `|` is at column 40.
wide_expected="  wide: 漢字 ქართული 🙂 e"$'\xcc\x81'"               |"
# --- colour terminal: screen, keys, signals, resize, idle CPU, SIGTERM ---
colour_section() {
    start color xterm-256color "${cmd[@]}"
    if wait_for color "Terminal check" && wait_for color "F10 quit"; then
        pass "xterm-256color: the check screen appears"
    else
        fail "xterm-256color: the check screen appears (rest of this section skipped)" "$(screen color)"
        return
    fi
    pid=$(child_pid color) || pid=0
    check "wide, Georgian, emoji and combining text line up (| at column 40)" \
        '[ "$(screen color | grep "^  wide:")" = "$wide_expected" ]'
    check "every role is listed" \
        '(for r in body title header status key selected muted error warning success input input-focused border dialog; do screen color | grep -q "^  $r  " || exit 1; done)'
    check "256-colour pairs are drawn" 'tm capture-pane -e -p -t color | grep -qF "48;5;153"'
    key_case Up "key: up"
    key_case C-c "key: control(c)"
    key_case 'C-\' 'key: control(\)'
    key_case C-z "key: control(z)"
    key_case C-s "key: control(s)"
    key_case C-q "key: control(q)"
    key_case C-d "key: control(d)"
    for sig in INT QUIT TSTP; do
        kill -s "$sig" "$pid" 2>/dev/null
        check "SIG$sig does not stop the check" "alive $pid"
    done
    key_case Down "key: down"
    tm resize-window -t color -x 100 -y 30
    check "a resize is reported with the new size" "wait_for color 'resized: 100x30' && wait_for color ' 100x30 '"
    tm resize-window -t color -x 80 -y 24
    check "resizing back redraws at 80x24" "wait_for color 'resized: 80x24' && wait_for color ' 80x24 '"
    before=$(cpu_ticks "$pid")
    sleep 1 # measuring idle CPU, not synchronising
    after=$(cpu_ticks "$pid")
    check "no busy loop while idle (CPU ticks in 1 s: $((after - before)))" '[ $((after - before)) -le 5 ]'
    kill -s TERM "$pid"
    check "SIGTERM ends the check with status 0" "wait_for color 'EXITED:0'"
    check "SIGTERM is reported" "wait_for color 'stopped by SIGTERM'"
    check "the alternate screen is left" '[ "$(pane_flag color alternate_on)" = 0 ]'
    check "the cursor is visible again" '[ "$(pane_flag color cursor_flag)" = 1 ]'
    check "keypad transmit mode is off" '[ "$(pane_flag color keypad_cursor_flag)" = 0 ]'
    check "the tty is back in cooked mode (isig icanon echo ixon icrnl)" \
        'wait_for color "STTY: " && modes=$(screen color | sed -n "s/^STTY: //p") && ! printf " %s" $modes | grep -q -- " -" && (for f in isig icanon echo ixon icrnl; do printf "%s\n" $modes | grep -qx $f || exit 1; done)'
}
colour_section

# --- F10 ends the check ---
start f10 xterm-256color "${cmd[@]}"
wait_for f10 "F10 quit"
tm send-keys -t f10 F10
check "F10 ends the check with status 0" "wait_for f10 'EXITED:0'"

# --- C locale: the check falls back to C.UTF-8 ---
extra_env=(LANG=C LC_ALL=C)
start clocale xterm-256color "${cmd[@]}"
check "LANG=C: the check switches to UTF-8" "wait_for clocale ' UTF-8 '"
check "LANG=C: wide text still lines up" \
    'wait_for clocale "F10 quit" && [ "$(screen clocale | grep "^  wide:")" = "$wide_expected" ]'
tm send-keys -t clocale F10
wait_for clocale "EXITED:"
extra_env=()

# --- vt100: monochrome; SIGHUP ends it ---
start vt100 vt100 "${cmd[@]}"
check "TERM=vt100 runs in monochrome" "wait_for vt100 'mono (no colour)'"
check "TERM=vt100 shows the wide line" \
    'wait_for vt100 "F10 quit" && [ "$(screen vt100 | grep "^  wide:")" = "$wide_expected" ]'
session=vt100
pid=$(child_pid vt100) || pid=0
key_case C-c "key: control(c)"
key_case F5 "key: function(5)"
kill -s HUP "$pid" 2>/dev/null
check "SIGHUP ends the check with status 0" "wait_for vt100 'EXITED:0' && wait_for vt100 'stopped by SIGHUP'"

# --- dumb: cannot address the cursor, so the check refuses with a clear message ---
start dumb dumb "${cmd[@]}"
check "TERM=dumb exits with status 2" "wait_for dumb 'EXITED:2'"
check "TERM=dumb explains why" "wait_for dumb \"terminal type 'dumb' cannot move the cursor\""

# --- an unknown terminal type ---
start unknown no-such-terminal "${cmd[@]}"
check "an unknown TERM exits with status 2 and names it" \
    "wait_for unknown 'EXITED:2' && wait_for unknown \"'no-such-terminal' is unknown\""

finish
