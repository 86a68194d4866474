#!/usr/bin/env bash
# A request the screen called sent survives kill -9: runs the real `kiosk run` binary in a tmux
# pane on a fresh demo database, sends a medical request, kills the kiosk with SIGKILL as soon
# as the screen says "sent and saved", then checks the database file and, in a new kiosk, that
# the request is in the detainee's list, once, and that its key stops a second one.
#
# Usage: Tests/pty/requests-kill.sh PATH/TO/kiosk
# The last line is `N passed, M failed`; exit status 1 when anything failed.
set -u
[ $# -eq 1 ] || { echo "usage: $0 PATH/TO/kiosk" >&2; exit 2; }
kiosk=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

db="$work/kiosk.sqlite"
export KIOSK_CONTENT="$here/../../content"
"$kiosk" admin init --demo --db "$db" >"$work/init.log" 2>&1 || { cat "$work/init.log"; exit 1; }
check "the demo loads the service catalogue" 'grep -q "services: 17 services" "$work/init.log"'

log_in() {
    wait_for $s "Bienvenue"
    keys $s -l 1004; keys $s Tab; keys $s -l 1234; keys $s Enter
    wait_for $s "Hello, Daniel Okafor"
}

start first xterm-256color "$kiosk" run --db "$db" --themes "$here/../../themes"
s=first
log_in
keys $s 4
wait_for $s "You have not sent any request yet."
keys $s n
wait_for $s "Medical consultation"
keys $s Enter
wait_for $s "step 1 of 3"
keys $s Down Space Tab
wait_for $s "step 2 of 3"
keys $s -l "Fever since yesterday."
keys $s Tab
wait_for $s "Check your answers"
keys $s Enter
wait_for $s "sent and saved"
kill -KILL "$(child_pid $s)"
wait_for $s "EXITED:"
check "the kiosk was killed while the sent screen showed" 'screen $s | grep -q "EXITED:137"'
tm kill-session -t $s

check "the database file is whole after kill -9" '"$kiosk" admin check-db --db "$db" | grep -qx ok'

start second xterm-256color "$kiosk" run --db "$db" --themes "$here/../../themes"
s=second
log_in
check "the home screen knows nothing new yet" '! screen $s | grep -q "Service requests .* new"'
keys $s 4
wait_for $s "no. 1"
check "the request is in the list, once" '[ "$(screen $s | grep -c "Medical consultation")" -eq 1 ] && screen $s | grep -q "Medical consultation · new · no. 1"'
keys $s Enter
wait_for $s "Fever since yesterday."
check "its answers are kept" 'screen $s | grep -q "The nurse"'
keys $s Escape
keys $s n
wait_for $s "New request"
keys $s Enter
wait_for $s "is still open"
check "the open limit counts it" 'screen $s | grep -q "your request no."'

finish
