/* The kiosk's lockdown signals: SIGINT, SIGQUIT and SIGTSTP ignored; SIGHUP and SIGTERM set a
 * flag and wake the input wait through a self-pipe; SIGWINCH is chained to ncurses's handler and
 * wakes the wait too. And the restore of the terminal when the process exits through exit().
 *
 * A C target of its own so that the state behind these functions exists once in the process:
 * static inline helpers in a header get one copy per object file that inlines them, and an
 * optimised build inlines across Swift files (a handler set one copy's flag, the run loop read
 * another's, and SIGTERM was ignored). Only KioskApp's NcursesSignals.swift calls them.
 */
#ifndef KIOSK_SIGNALS_H
#define KIOSK_SIGNALS_H

/* Ignores SIGINT, SIGQUIT and SIGTSTP. */
void kiosk_sig_ignore_interactive(void);

/* Installs the SIGHUP/SIGTERM handlers, the chained SIGWINCH handler and the wake-up pipe.
 * Call after newterm (ncurses installs its own handlers there). Returns 0, or -1 with errno. */
int kiosk_sig_install(void);

/* The SIGHUP/SIGTERM received so far, or 0. */
int kiosk_sig_stop_signal(void);

/* Waits until `fd` is readable, a signal arrives, or `timeout_ms` passes (-1: forever).
 * Returns 1: input; 2: a signal woke us; 3: the input hung up or failed; 0: timeout. */
int kiosk_sig_wait_input(int fd, int timeout_ms);

/* Registers the exit-time restore once; `active` says whether curses currently owns the tty. */
void kiosk_exit_set_active(int active);

#endif
