#!/usr/bin/env bash
# Runs the real `kiosk press` commands (no pane needed: they only print) on a fresh demo
# database: the demo seed's press, `press status`, `press retention` and its audit line,
# `press import` of a demo feed again and of a malformed file, and `press sync` against the demo
# sources, which live under the reserved name press.example that never resolves: every fetch
# fails on DNS and the kept articles stay.
#
# Usage: Tests/pty/press-sync.sh PATH/TO/kiosk
# Runs from the repository root, so the demo finds content/press. The last line is
# `N passed, M failed`; exit status 1 when anything failed.
set -u
[ $# -eq 1 ] || { echo "usage: $0 PATH/TO/kiosk" >&2; exit 2; }
kiosk=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
cd "$here/../.." || exit 2

db="$work/kiosk.sqlite"
quartier=https://press.example/quartier.xml
wijkkrant=https://press.example/wijkkrant.atom
courier=https://press.example/courier.rdf
tab=$'\t'

# run NAME ARG...: runs the binary; its output (both streams) in $work/NAME.log, its status in $rc.
run() { local name=$1; shift; "$kiosk" "$@" >"$work/$name.log" 2>&1; rc=$?; }
# check_log NAME LOG CONDITION: like check, printing the command's output and status on failure.
check_log() { if eval "$3"; then pass "$1"; else fail "$1" "$(cat "$work/$2.log"; echo "(exit status $rc)")"; fi; }
# has LOG TEXT: the log holds a line that is exactly TEXT.
has() { grep -qxF -- "$2" "$work/$1.log"; }
# status_line URL: the `press status` line of a source, from the last status log.
status_line() { grep -F -- "$tab$1" "$work/status.log"; }

# --- the demo seed ---
run init admin init --demo --db "$db"
check_log "admin init --demo succeeds" init '[ $rc -eq 0 ]'
check_log "the demo seed imports the French feed" init 'has init "press: ok      Le Journal du Quartier   6 new"'
check_log "the demo seed imports the Dutch feed" init 'has init "press: ok      De Wijkkrant   5 new"'
check_log "the demo seed imports the English feed" init 'has init "press: ok      The Workshop Courier   5 new"'

# --- status ---
run status press status --db "$db"
check_log "press status succeeds" status '[ $rc -eq 0 ]'
check_log "press status lists the three demo sources, and only them" status '[ "$(wc -l <"$work/status.log")" -eq 3 ]'
check_log "press status: De Wijkkrant, 5 articles kept 10 years" status \
    'status_line $wijkkrant | grep -q "^De Wijkkrant${tab}on${tab}5 articles${tab}kept 3650 days${tab}last sync .*: 5 new, 0 already kept${tab}"'
check_log "press status: Le Journal du Quartier, 6 articles" status \
    'status_line $quartier | grep -q "^Le Journal du Quartier${tab}on${tab}6 articles${tab}kept 3650 days${tab}"'
check_log "press status: The Workshop Courier, 5 articles" status \
    'status_line $courier | grep -q "^The Workshop Courier${tab}on${tab}5 articles${tab}kept 3650 days${tab}"'

# --- retention ---
run retention press retention --db "$db" "$courier" 7
check_log "press retention URL 7 succeeds and says so" retention \
    '[ $rc -eq 0 ] && has retention "Retention of $courier: 7 days"'
run status press status --db "$db"
check_log "press status shows the 7 days, the articles still kept" status \
    'status_line $courier | grep -q "^The Workshop Courier${tab}on${tab}5 articles${tab}kept 7 days${tab}"'
run audit admin audit --since 1d --db "$db"
check_log "the audit export has the retention change by the shell user on admin-cli" audit \
    '[ $rc -eq 0 ] && tr -d "\r" <"$work/audit.log" | grep -qE ",cli:[^,]+,admin-cli,feed\.retention,https://press\.example/courier\.rdf,retention 7 days$"'

run retention0 press retention --db "$db" "$courier" 0
check_log "press retention URL 0 is refused with a clear message" retention0 \
    '[ $rc -ne 0 ] && grep -qF "Retention must be 1 to 3650 days" "$work/retention0.log"'
run status press status --db "$db"
check_log "the refused retention changed nothing" status \
    'status_line $courier | grep -q "${tab}kept 7 days${tab}"'
run audit0 admin audit --since 1d --db "$db"
check_log "the refused retention is not in the audit log" audit0 \
    '! grep -q "feed\.retention,https://press\.example/courier\.rdf,retention 0" "$work/audit0.log"'

# --- import ---
run import press import --db "$db" --source "$quartier" content/press/le-journal-du-quartier.xml
check_log "importing the French feed again keeps nothing twice" import \
    '[ $rc -eq 0 ] && [ "$(cat "$work/import.log")" = "ok      Le Journal du Quartier   0 new, 6 already kept" ]'

# Not well-formed: the end tag on line 5 does not match.
cat >"$work/broken.xml" <<'XML'
<?xml version="1.0"?>
<rss version="2.0">
  <channel>
    <title>Broken</title>
    <item><title>Oops</titel></item>
  </channel>
</rss>
XML
run broken press import --db "$db" --source "$quartier" "$work/broken.xml"
check_log "importing a malformed file exits 1, saying it is not a feed and where" broken \
    '[ $rc -eq 1 ] && grep -q "^error   Le Journal du Quartier   not a feed: line 5, column [0-9]*: " "$work/broken.log"'
run status press status --db "$db"
check_log "the malformed file leaves the source's articles and its last outcome alone" status \
    'status_line $quartier | grep -q "^Le Journal du Quartier${tab}on${tab}6 articles${tab}.*: 0 new, 6 already kept${tab}"'

# --- sync ---
# The retention goes back to the demo's ten years first: a sync prunes even when every fetch
# fails, and at 7 days it would remove the Courier's February articles.
run retention3650 press retention --db "$db" "$courier" 3650
check_log "press retention URL 3650 puts the demo's retention back" retention3650 '[ $rc -eq 0 ]'

run sync press sync --db "$db" --timeout 2
check_log "press sync exits 1 when its sources fail" sync '[ $rc -eq 1 ]'
check_log "press sync prints one error line per source" sync \
    '[ "$(grep -c "^error   " "$work/sync.log")" -eq 3 ] && [ "$(wc -l <"$work/sync.log")" -eq 4 ]'
check_log "each source fails on its host name" sync \
    'has sync "error   De Wijkkrant             network error: the host name could not be resolved" &&
     has sync "error   Le Journal du Quartier   network error: the host name could not be resolved" &&
     has sync "error   The Workshop Courier     network error: the host name could not be resolved"'
check_log "press sync ends with its summary, nothing removed" sync \
    '[ "$(tail -n 1 "$work/sync.log")" = "3 sources: 0 synced, 0 unchanged, 3 failed; 0 articles added, 0 removed by retention" ]'
run status press status --db "$db"
check_log "after the failed sync the articles are still kept" status \
    'status_line $wijkkrant | grep -q "${tab}5 articles${tab}" &&
     status_line $quartier | grep -q "${tab}6 articles${tab}" &&
     status_line $courier | grep -q "${tab}5 articles${tab}"'
check_log "press status says why the last sync failed, and when the last success was" status \
    '[ "$(grep -c "${tab}last sync [^${tab}]*: failed: network error: the host name could not be resolved${tab}last success " "$work/status.log")" -eq 3 ]'

finish
