#!/usr/bin/env bash
# The lockdown keys and signals on every screen of the real `kiosk run` in tmux: on each
# detainee and staff screen Ctrl-C, Ctrl-\, Ctrl-Z, Ctrl-S, Ctrl-Q and Ctrl-D leave the kiosk
# running and the screen as it was; SIGINT, SIGQUIT and SIGTSTP do nothing; SIGHUP (one run)
# and SIGTERM (another) end it with the terminal restored: alternate screen left, cursor
# visible, the tty back in cooked mode.
#
# Usage: Tests/torture/signals.sh PATH/TO/kiosk [--quick]   (--quick: a few screens)
# The last line is `N passed, M failed`; exit status 1 when anything failed.
set -u
[ $# -ge 1 ] || { echo "usage: $0 PATH/TO/kiosk [--quick]" >&2; exit 2; }
kiosk=$(realpath "$1")
quick=${2-}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../pty/lib.sh"

db="$work/kiosk.sqlite"
export KIOSK_CONTENT="$here/../../content"
"$kiosk" admin init --demo --db "$db" >"$work/init.log" 2>&1 || { cat "$work/init.log"; exit 1; }

# The screen without its header (the clock in it moves).
body() { screen "$1" | tail -n +2; }
# The body without the menu's selection mark: coming back selects the entry that was opened.
unmarked() { body "$1" | sed 's/^ > /   /'; }
# Waits (polling, at most ~10 s) until the body differs from $2.
wait_change() {
    local target=$1 before=$2 tries=0
    while [ $tries -lt 100 ]; do
        [ "$(body "$target")" != "$before" ] && return 0
        sleep 0.1
        tries=$((tries + 1))
    done
    return 1
}
# Escape until the screen shows $2 (at most 6 times).
back_to() {
    local target=$1 text=$2 n=0 before
    while [ $n -lt 6 ]; do
        screen "$target" | grep -qF -- "$text" && return 0
        before=$(body "$target")
        keys "$target" Escape
        wait_change "$target" "$before" || true
        n=$((n + 1))
    done
    screen "$target" | grep -qF -- "$text"
}

# lockdown_keys NAME: the six control keys on the screen shown, then the three ignored signals.
lockdown_keys() {
    local name=$1 before after
    before=$(body $s)
    for key in C-c 'C-\' C-z C-s C-q C-d; do
        keys $s "$key"
        check "$name: $key leaves the kiosk running" "alive $pid"
    done
    for sig in INT QUIT TSTP; do
        kill -s "$sig" "$pid" 2>/dev/null
        check "$name: SIG$sig leaves the kiosk running" "alive $pid"
    done
    after=$(body $s)
    check "$name: the screen is as it was" '[ "$after" = "$before" ]'
}

# visit NAME HOME_TEXT KEY...: from the screen showing HOME_TEXT, presses the keys (waiting for
# each to change the screen), tries the lockdown keys, and comes back with Escape; the screen
# it comes back to must be the one it left (so the control keys changed nothing that lasts).
visit() {
    local name=$1 home=$2 before start_body
    shift 2
    start_body=$(unmarked $s)
    for key in "$@"; do
        before=$(body $s)
        keys $s "$key"
        if ! wait_change $s "$before"; then
            fail "$name: $key opens the screen" "$(screen $s)"
            back_to $s "$home"
            return
        fi
    done
    lockdown_keys "$name"
    check "$name: Escape still works and leads back" "back_to $s '$home'"
    check "$name: back where it started (the selection aside)" '[ "$(unmarked $s)" = "$start_body" ]'
}

# Detainee 1004 (English) and the admin (French); each path starts from its home screen.
detainee_home="Hello, Daniel Okafor"
staff_home="Mode surveillant"
if [ "$quick" = --quick ]; then
    detainee_paths=("requests:4" "request form:4 n Enter" "settings:5")
    staff_paths=("detainees:1" "site rules:7")
else
    detainee_paths=("courses:1" "a course:1 Enter" "job sites:2" "press:3" "a newspaper:3 Enter"
        "requests:4" "service picker:4 n" "request form:4 n Enter" "settings:5")
    staff_paths=("detainees:1" "request queue:2" "audit log:3" "URL check:4" "staff accounts:5"
        "announcements:6" "site rules:7" "press sources:8" "courses:9")
fi

# run_screens: logs in, visits every screen, leaves the kiosk on the staff home.
run_screens() {
    wait_for $s "Bienvenue" || { fail "the login screen appears" "$(screen $s)"; return 1; }
    pid=$(child_pid $s)
    keys $s -l 10
    wait_for $s "[10 " || fail "the number field shows what was typed" "$(screen $s)"
    lockdown_keys "login"
    keys $s -l 04; keys $s Tab; keys $s -l 1234; keys $s Enter
    check "detainee 1004 logs in" "wait_for $s '$detainee_home'" || return 1
    lockdown_keys "detainee home"
    for path in "${detainee_paths[@]}"; do
        # shellcheck disable=SC2086
        visit "${path%%:*}" "$detainee_home" ${path#*:}
    done
    keys $s 6
    wait_for $s "Bienvenue"
    keys $s F9
    wait_for $s "Connexion du personnel" || wait_for $s "Staff login"
    lockdown_keys "staff login"
    keys $s -l admin; keys $s Tab; keys $s -l kiosk-demo-2026; keys $s Enter
    check "the admin logs in" "wait_for $s '$staff_home'" || return 1
    lockdown_keys "staff home"
    for path in "${staff_paths[@]}"; do
        # shellcheck disable=SC2086
        visit "staff ${path%%:*}" "$staff_home" ${path#*:}
    done
}

# stop_with SIGNAL: the kiosk ends at once and leaves the terminal as it found it.
stop_with() {
    local sig=$1
    kill -s "$sig" "$pid"
    check "SIG$sig ends the kiosk with status 0" "wait_for $s 'EXITED:0'"
    check "SIG$sig: the alternate screen is left" '[ "$(pane_flag $s alternate_on)" = 0 ]'
    check "SIG$sig: the cursor is visible" '[ "$(pane_flag $s cursor_flag)" = 1 ]'
    check "SIG$sig: the tty is in cooked mode (isig icanon echo ixon icrnl)" \
        'wait_for $s "STTY: " && modes=$(screen $s | sed -n "s/^STTY: //p") && ! printf " %s" $modes | grep -q -- " -" && (for f in isig icanon echo ixon icrnl; do printf "%s\n" $modes | grep -qx $f || exit 1; done)'
}

start hup xterm-256color "$kiosk" run --db "$db" --themes "$here/../../themes"
s=hup
run_screens && stop_with HUP
tm kill-session -t $s

start term xterm-256color "$kiosk" run --db "$db" --themes "$here/../../themes"
s=term
wait_for $s "Bienvenue" && pid=$(child_pid $s)
keys $s -l 1004; keys $s Tab; keys $s -l 1234; keys $s Enter
wait_for $s "$detainee_home"
keys $s 4
wait_for $s "Service requests"
stop_with TERM

finish
