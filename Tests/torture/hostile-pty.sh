#!/usr/bin/env bash
# Runs the real `kiosk run` in a tmux pane (80x24, xterm-256color) on a database holding a
# hostile text, records every byte the program writes to its terminal (`tmux pipe-pane -O`),
# logs the detainee in and opens home, the press, the courses, the requests and the job sites.
# The bytes are checked by kiosk-torture, which calls this script.
#
# Usage: Tests/torture/hostile-pty.sh KIOSK DB NUMBER MARKER OUTPUT [PROXY]
# The last line is `N passed, M failed` (the program reached home, and ended on SIGTERM).
set -u
[ $# -ge 5 ] || { echo "usage: $0 KIOSK DB NUMBER MARKER OUTPUT [PROXY]" >&2; exit 2; }
kiosk=$(realpath "$1"); db=$2; number=$3; marker=$4; output=$5; proxy=${6-}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../pty/lib.sh"
[ -n "$proxy" ] && extra_env=(http_proxy="$proxy" https_proxy="$proxy")

# The program starts only once the pane's output is recorded, so no byte is missed.
go="$work/go"
start hostile xterm-256color sh -c 'while [ ! -e "$1" ]; do sleep 0.05; done; shift; exec "$@"' sh "$go" \
    "$kiosk" run --db "$db" --themes "$here/../../themes"
s=hostile
tm pipe-pane -O -t $s "cat >> '$output'"
touch "$go"

# Sends keys, then polls (at most ~2 s) until the screen changes.
step() {
    local before tries=0
    before=$(screen $s)
    keys $s "$@"
    while [ $tries -lt 20 ] && [ "$(screen $s)" = "$before" ]; do sleep 0.1; tries=$((tries + 1)); done
}
# Escape until the home menu shows again.
back_home() {
    local i
    for i in 1 2 3 4 5 6; do
        screen $s | grep -qF "Log out" && return 0
        step Escape
    done
}

wait_for $s "Bienvenue"
keys $s -l "$number"; keys $s Tab; keys $s -l 1234
step Enter
wait_for $s "Log out"
check "the detainee reaches home" 'screen $s | grep -qF "Log out"'
step 3; step Tab; step Enter; back_home
step 1; keys $s -l "$marker"; step Enter; step Enter; back_home
step 4; step Enter; back_home
step 2; step Enter; back_home
kill -TERM "$(child_pid $s)"
wait_for $s "EXITED:"
check "SIGTERM ends the kiosk with status 0" 'screen $s | grep -q "EXITED:0"'
tm pipe-pane -t $s
finish
