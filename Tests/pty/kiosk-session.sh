#!/usr/bin/env bash
# Runs the real `kiosk run` binary in a detached tmux pane (80x24, xterm-256color) on a fresh
# demo database and checks what a detainee sees: login in the terminal's language, a refused
# PIN, login reaching home in the account's language, settings, resizing down to the
# too-small screen and back, Ctrl-C doing nothing, logout, and SIGTERM restoring the terminal.
#
# Usage: Tests/pty/kiosk-session.sh PATH/TO/kiosk
# The last line is `N passed, M failed`; exit status 1 when anything failed.
set -u
[ $# -eq 1 ] || { echo "usage: $0 PATH/TO/kiosk" >&2; exit 2; }
kiosk=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

db="$work/kiosk.sqlite"
"$kiosk" admin init --demo --db "$db" >"$work/init.log" 2>&1 || { cat "$work/init.log"; exit 1; }

start kiosk xterm-256color "$kiosk" run --db "$db" --themes "$here/../../themes"
s=kiosk

wait_for $s "Bienvenue"; check "the login screen speaks the terminal's language" 'screen $s | grep -q "Kiosque · kiosk"'
check "the keys that work are shown" 'screen $s | tail -n 1 | grep -q "Enter se connecter"'

keys $s -l 1001; keys $s Tab; keys $s -l 9999; keys $s Enter
wait_for $s "Numéro ou code PIN incorrect."
check "a wrong PIN is refused with a clear message" 'screen $s | grep -q "! Numéro ou code PIN incorrect."'
check "the refused PIN is cleared, not shown" '! screen $s | grep -q 9999'

keys $s BTab; keys $s BSpace BSpace BSpace BSpace; keys $s -l 1002; keys $s Tab; keys $s -l 1234
wait_for $s "[****"
check "the PIN is masked while typed" 'screen $s | grep -q "\[\*\*\*\* *\]" && ! screen $s | grep -q 1234'
keys $s Enter
wait_for $s "Hallo, Pieter Janssens"
check "login reaches home in the account's language (Dutch)" 'screen $s | grep -q "Vragen aan diensten"'
check "the header names the user" 'screen $s | head -n 1 | grep -q "Pieter Janssens (1002)"'

keys $s C-c; keys $s 'C-\'; keys $s C-z; keys $s C-s; keys $s C-q
keys $s Down
wait_for $s "> 2 Vacaturesites"
check "Ctrl-C, Ctrl-\\, Ctrl-Z, Ctrl-S do nothing; the kiosk still answers" 'alive $(child_pid $s)'

keys $s 5
wait_for $s "Instellingen"
keys $s Down Right
wait_for $s "Hoog contrast"
check "settings change the theme and say it is saved" 'screen $s | grep -q "Bewaard."'
keys $s Escape
wait_for $s "Hallo, Pieter Janssens"

tm resize-window -t $s -x 40 -y 12
wait_for $s "6 Afmelden"; check "home still works at 40x12" 'screen $s | grep -q "1 Opleidingen"'
tm resize-window -t $s -x 30 -y 10
wait_for $s "Scherm te klein"; check "below 40x12 the screen says it is too small" 'screen $s | grep -q "Nodig: 40x12"'
tm resize-window -t $s -x 80 -y 24
wait_for $s "Hallo, Pieter Janssens"; check "back at 80x24 the home screen returns" 'screen $s | grep -q "Mededelingen"'

keys $s 6
wait_for $s "Bienvenue"; check "logout returns to the terminal's language" '! screen $s | grep -q "Pieter"'

pid=$(child_pid $s)
kill -TERM "$pid"
wait_for $s "EXITED:"
check "SIGTERM ends the kiosk with status 0" 'screen $s | grep -q "EXITED:0"'
check "the terminal is restored (echo, canonical mode)" 'screen $s | grep "STTY:" | grep -qw echo && screen $s | grep "STTY:" | grep -qw icanon'

# What happened is in the audit log, and no PIN is.
"$kiosk" admin audit --since 1d --db "$db" >"$work/audit.csv" 2>"$work/audit.err"
check "the audit export has the refused and the accepted login" \
    'grep -q "login.refused,1001" "$work/audit.csv" && grep -q "detainee:1002,kiosk,login.accepted,1002" "$work/audit.csv"'
check "the audit log never holds a PIN" '! grep -qE "9999|1234" "$work/audit.csv"'

# Changes made from the shell are audited too, as cli:USER.
"$kiosk" admin lock --number 1003 --db "$db" >/dev/null 2>&1
"$kiosk" admin audit --since 1d --db "$db" >"$work/audit2.csv" 2>/dev/null
check "a lock from the shell is in the audit log" 'grep -q "cli:[^,]*,admin-cli,account.locked,1003" "$work/audit2.csv"'

# A parent that blocks signals (a blocked mask survives exec) must not disable stop and resize.
blocked=(python3 -c 'import os, signal, sys; signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGHUP, signal.SIGWINCH}); os.execv(sys.argv[1], sys.argv[1:])')
start blocked xterm-256color "${blocked[@]}" "$kiosk" run --db "$db" --themes "$here/../../themes"
wait_for blocked "Bienvenue"
tm resize-window -t blocked -x 40 -y 12
wait_for blocked "Connectez-vous avec votre numéro et"
check "started with signals blocked, the kiosk still sees resizes" 'screen blocked | grep -q "votre code PIN."'
kill -TERM "$(child_pid blocked)"
wait_for blocked "EXITED:"
check "started with signals blocked, SIGTERM still ends it cleanly" 'screen blocked | grep -q "EXITED:0"'

finish
