# Shared by the pty tests: a private tmux server, panes that report how the program exited,
# polling waits (never fixed sleeps), and a pass/fail tally ending in `N passed, M failed`.
# Needs tmux 3 and the C.UTF-8 locale.

command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }
export LANG=C.UTF-8 LC_ALL=C.UTF-8
work=$(mktemp -d)
socket="kiosk-pty-$$"
extra_env=()
tm() { tmux -L "$socket" -f /dev/null "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT

# The pane runs the program, then reports its exit status and the tty modes it left behind, and
# stays open (a dead pane would let tmux scroll its "Pane is dead" notice over the output).
cat >"$work/run.sh" <<'RUN'
"$@"
echo "EXITED:$?"
printf 'STTY: '
stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(isig|icanon|echo|ixon|icrnl)' | tr '\n' ' '
echo
exec sleep 86400
RUN

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   - $1"; }
fail() { failed=$((failed + 1)); echo "FAIL - $1"; [ -n "${2-}" ] && printf '%s\n' "$2" | sed 's/^/       | /'; }
# check NAME CONDITION: evaluates the condition; on failure prints the pane's screen.
check() { if eval "$2"; then pass "$1"; else fail "$1" "$(screen "$session")"; fi; }

screen() { tm capture-pane -p -t "$1" 2>/dev/null; }
keys() { local target=$1; shift; tm send-keys -t "$target" "$@"; }
# Waits (polling, at most ~10 s) until the pane shows a fixed string.
wait_for() {
    local target=$1 text=$2 tries=0
    while [ $tries -lt 100 ]; do
        screen "$target" | grep -qF -- "$text" && return 0
        sleep 0.1
        tries=$((tries + 1))
    done
    return 1
}
# start NAME TERM COMMAND...: a new 80x24 pane running the command under that terminal type;
# extra VAR=value pairs for env can be put in the extra_env array.
start() {
    session=$1
    local term=$2
    shift 2
    tm new-session -d -s "$session" -x 80 -y 24 -c "$PWD" \
        env TERM="$term" "${extra_env[@]}" sh "$work/run.sh" "$@"
}
# The program's process id (the child of the pane's shell), polled.
child_pid() {
    local shell_pid tries=0 pid
    shell_pid=$(tm display-message -p -t "$1" '#{pane_pid}')
    while [ $tries -lt 100 ]; do
        pid=$(pgrep -P "$shell_pid" | head -n 1)
        [ -n "$pid" ] && { echo "$pid"; return 0; }
        sleep 0.1
        tries=$((tries + 1))
    done
    return 1
}
# A tmux format flag of the pane (alternate_on, cursor_flag, …).
pane_flag() { tm display-message -p -t "$1" "#{$2}"; }
# Running and neither stopped nor a zombie.
alive() {
    kill -0 "$1" 2>/dev/null || return 1
    local state
    state=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)
    [ -n "$state" ] && [ "$state" != T ] && [ "$state" != t ] && [ "$state" != Z ]
}
# Prints the tally; exits 1 when anything failed.
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit $?
}
