#!/usr/bin/env bash
# Runs every pty test against a built kiosk binary; the last line totals them.
# Usage: Tests/pty/run-all.sh PATH/TO/kiosk
set -u
[ $# -eq 1 ] || { echo "usage: $0 PATH/TO/kiosk" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
kiosk=$1
total_passed=0
total_failed=0
run() {
    local name=$1; shift
    echo "== $name"
    local output
    output=$("$@" 2>&1)
    local status=$?
    printf '%s\n' "$output" | sed '$d'
    local tally
    tally=$(printf '%s\n' "$output" | tail -n 1)
    if [[ $tally =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        total_passed=$((total_passed + BASH_REMATCH[1]))
        total_failed=$((total_failed + BASH_REMATCH[2]))
    else
        printf '%s\n' "$tally"
        total_failed=$((total_failed + 1))
    fi
    [ $status -eq 0 ] || [ "${BASH_REMATCH[2]:-1}" != 0 ] || total_failed=$((total_failed + 1))
}
run "kiosk session" "$here/kiosk-session.sh" "$kiosk"
run "terminal check" "$here/terminal-check.sh" "$kiosk" check-terminal
run "announcements" "$here/announcements.sh" "$kiosk"
run "press sync" "$here/press-sync.sh" "$kiosk"
run "requests kill -9" "$here/requests-kill.sh" "$kiosk"
echo "pty: $total_passed passed, $total_failed failed"
[ $total_failed -eq 0 ]
