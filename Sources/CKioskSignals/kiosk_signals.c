/* The kiosk's lockdown signals and the exit-time restore of the terminal (see kiosk_signals.h). */
#include "kiosk_signals.h"

#include <errno.h>
#include <fcntl.h>
#include <ncurses.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- Lockdown signals ----
 * SIGHUP/SIGTERM set a flag and wake the input wait through a self-pipe; SIGWINCH is chained
 * to ncurses's own handler and wakes the wait too. No SA_RESTART: blocking calls return EINTR. */

/* All state of the functions below: one copy in the process (this file is compiled once). */
struct kiosk_state {
    volatile sig_atomic_t stop;       /* the SIGHUP/SIGTERM received, or 0 */
    int pipe[2];                      /* self-pipe written by the handlers */
    struct sigaction old_winch;       /* ncurses's SIGWINCH handler */
    int old_winch_saved;
    volatile sig_atomic_t curses_active;
    int exit_registered;
};
static struct kiosk_state state = {.stop = 0, .pipe = {-1, -1}, .old_winch_saved = 0};
static struct kiosk_state *kiosk_state(void) { return &state; }

static void kiosk_sig_wake(void) {
    int fd = kiosk_state()->pipe[1];
    if (fd >= 0) {
        char byte = 1;
        ssize_t ignored = write(fd, &byte, 1);
        (void)ignored;
    }
}

static void kiosk_sig_stop_handler(int sig) {
    int saved = errno;
    kiosk_state()->stop = sig;
    kiosk_sig_wake();
    errno = saved;
}

static void kiosk_sig_winch_handler(int sig) {
    int saved = errno;
    const struct sigaction *old = &kiosk_state()->old_winch;
    if (kiosk_state()->old_winch_saved && !(old->sa_flags & SA_SIGINFO)
        && old->sa_handler != SIG_DFL && old->sa_handler != SIG_IGN && old->sa_handler != NULL) {
        old->sa_handler(sig);
    }
    kiosk_sig_wake();
    errno = saved;
}

/* SIGINT, SIGQUIT and SIGTSTP are ignored. */
void kiosk_sig_ignore_interactive(void) {
    struct sigaction ignore;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGINT, &ignore, NULL);
    sigaction(SIGQUIT, &ignore, NULL);
    sigaction(SIGTSTP, &ignore, NULL);
}

/* Installs the SIGHUP/SIGTERM handlers, the chained SIGWINCH handler and the wake-up pipe.
 * Call after newterm (ncurses installs its own handlers there). Returns 0, or -1 with errno. */
int kiosk_sig_install(void) {
    struct kiosk_state *state = kiosk_state();
    if (state->pipe[0] < 0) {
        int fds[2];
        if (pipe(fds) != 0) return -1;
        for (int i = 0; i < 2; i++) {
            fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
            fcntl(fds[i], F_SETFD, FD_CLOEXEC);
        }
        state->pipe[1] = fds[1];
        state->pipe[0] = fds[0];
    }
    struct sigaction stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = kiosk_sig_stop_handler;
    sigemptyset(&stop.sa_mask);
    stop.sa_flags = 0;
    if (sigaction(SIGHUP, &stop, NULL) != 0) return -1;
    if (sigaction(SIGTERM, &stop, NULL) != 0) return -1;

    struct sigaction current;
    if (sigaction(SIGWINCH, NULL, &current) != 0) return -1;
    if (current.sa_handler != kiosk_sig_winch_handler) {
        struct sigaction winch;
        memset(&winch, 0, sizeof winch);
        winch.sa_handler = kiosk_sig_winch_handler;
        sigemptyset(&winch.sa_mask);
        winch.sa_flags = 0;
        state->old_winch = current;
        state->old_winch_saved = 1;
        if (sigaction(SIGWINCH, &winch, NULL) != 0) return -1;
    }
    /* A parent may have started the kiosk with these signals blocked (a blocked mask is
     * inherited across exec): unblock them, or stop and resize requests would never arrive. */
    sigset_t needed;
    sigemptyset(&needed);
    sigaddset(&needed, SIGHUP);
    sigaddset(&needed, SIGTERM);
    sigaddset(&needed, SIGWINCH);
    if (sigprocmask(SIG_UNBLOCK, &needed, NULL) != 0) return -1;
    return 0;
}

/* The SIGHUP/SIGTERM received so far, or 0. */
int kiosk_sig_stop_signal(void) { return (int)kiosk_state()->stop; }

/* Waits until `fd` is readable, a signal arrives, or `timeout_ms` passes (-1: forever).
 * Returns 1: input; 2: a signal woke us; 3: the input hung up or failed; 0: timeout. */
int kiosk_sig_wait_input(int fd, int timeout_ms) {
    int wake = kiosk_state()->pipe[0];
    struct pollfd fds[2];
    fds[0].fd = fd;
    fds[0].events = POLLIN;
    fds[0].revents = 0;
    fds[1].fd = wake;
    fds[1].events = POLLIN;
    fds[1].revents = 0;
    int ready = poll(fds, wake >= 0 ? 2 : 1, timeout_ms);
    if (ready < 0) return errno == EINTR ? 2 : 3;
    if (ready == 0) return 0;
    if (fds[1].revents & POLLIN) {
        char drain[64];
        while (read(wake, drain, sizeof drain) > 0) {}
        return 2;
    }
    if (fds[0].revents & POLLIN) return 1;
    return 3; /* hung up, failed, or the pipe broke: never report readiness we cannot consume */
}

/* ---- Restoring the terminal when the process exits through exit() ---- */

static void kiosk_exit_restore(void) {
    if (kiosk_state()->curses_active) {
        kiosk_state()->curses_active = 0;
        werase(stdscr);
        wrefresh(stdscr);
        endwin();
    }
}

/* Registers the exit-time restore once; `active` says whether curses currently owns the tty. */
void kiosk_exit_set_active(int active) {
    struct kiosk_state *state = kiosk_state();
    if (!state->exit_registered) {
        state->exit_registered = 1;
        atexit(kiosk_exit_restore);
    }
    state->curses_active = active;
}

