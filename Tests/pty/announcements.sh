#!/usr/bin/env bash
# Runs the real `kiosk run` binary in a detached tmux pane (80x24, xterm-256color) on a fresh
# demo database with one announcement published for Dutch readers by `kiosk admin announce`,
# and checks that a Dutch detainee sees it on the home screen and an English one does not.
#
# Usage: Tests/pty/announcements.sh PATH/TO/kiosk
# The last line is `N passed, M failed`; exit status 1 when anything failed.
set -u
[ $# -eq 1 ] || { echo "usage: $0 PATH/TO/kiosk" >&2; exit 2; }
kiosk=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

db="$work/kiosk.sqlite"
"$kiosk" admin init --demo --db "$db" >"$work/init.log" 2>&1 || { cat "$work/init.log"; exit 1; }
"$kiosk" admin announce "Library open Saturday" --lang nl --db "$db" >"$work/announce.log" 2>&1
# check_log NAME FILE CONDITION: like check, printing the command's output on failure.
check_log() { if eval "$3"; then pass "$1"; else fail "$1" "$(cat "$2")"; fi; }
check_log "kiosk admin announce publishes for Dutch readers" "$work/announce.log" \
    'grep -q "^Published announcement 1 for language nl, from " "$work/announce.log"'
"$kiosk" admin list-announcements --db "$db" >"$work/list.log" 2>&1
check_log "list-announcements shows it as showing" "$work/list.log" \
    'grep -qP "^1\tshowing\tlanguage nl\t.*\tLibrary open Saturday$" "$work/list.log"'

start kiosk xterm-256color "$kiosk" run --db "$db" --themes "$here/../../themes"
s=kiosk

wait_for $s "Bienvenue"
keys $s -l 1002; keys $s Tab; keys $s -l 1234; keys $s Enter
wait_for $s "Hallo, Pieter Janssens"
check "the Dutch detainee reaches home" 'screen $s | grep -q "Mededelingen"'
wait_for $s "Library open Saturday"
check "the Dutch detainee sees the announcement on the home screen" 'screen $s | grep -q "• Library open Saturday"'

keys $s 6
wait_for $s "Bienvenue"
check "logout leaves nothing of the announcement on screen" '! screen $s | grep -q "Library open Saturday"'

keys $s -l 1004; keys $s Tab; keys $s -l 1234; keys $s Enter
wait_for $s "Hello, Daniel Okafor"
check "the English detainee reaches home and is told there are no announcements" 'screen $s | grep -q "No announcements."'
check "the English detainee does not see the Dutch announcement" '! screen $s | grep -q "Library open Saturday"'

keys $s 6
wait_for $s "Bienvenue"
kill -TERM "$(child_pid $s)"
wait_for $s "EXITED:"
check "SIGTERM ends the kiosk with status 0" 'screen $s | grep -q "EXITED:0"'

# Publishing was audited under the shell user, with the terminal admin-cli.
"$kiosk" admin audit --since 1d --db "$db" >"$work/audit.csv" 2>"$work/audit.err"
check_log "the audit export has the published announcement" "$work/audit.csv" \
    'grep -qE ",cli:[^,]+,admin-cli,announcement.published,1," "$work/audit.csv"'

finish
