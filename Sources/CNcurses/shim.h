/* ncursesw for Swift: the wide-character API, plus inline functions for what Swift cannot see
 * (macros, the global stdscr). The lockdown signals live in the CKioskSignals target: their
 * state must exist once in the process, which a header of static inline functions cannot promise.
 */
#ifndef KIOSK_CNCURSES_SHIM_H
#define KIOSK_CNCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncurses.h>

/* ---- What Swift cannot see: the current screen's window, macros, globals ---- */

static inline WINDOW *kiosk_stdscr(void) { return stdscr; }
static inline int kiosk_colors(void) { return COLORS; }
static inline int kiosk_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t kiosk_a_normal(void) { return A_NORMAL; }
static inline attr_t kiosk_a_bold(void) { return A_BOLD; }
static inline attr_t kiosk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kiosk_a_reverse(void) { return A_REVERSE; }
static inline attr_t kiosk_a_dim(void) { return A_DIM; }
static inline attr_t kiosk_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

static inline int kiosk_key_f(int n) { return KEY_F(n); }
static inline int kiosk_key_code_yes(void) { return KEY_CODE_YES; }

/* Rows and columns of a window (getmaxyx). */
static inline int kiosk_maxy(WINDOW *win) { int y, x; getmaxyx(win, y, x); (void)x; return y; }
static inline int kiosk_maxx(WINDOW *win) { int y, x; getmaxyx(win, y, x); (void)y; return x; }

/* newterm on the process's stdout/stdin; NULL when the terminal type is unknown or unusable. */
static inline SCREEN *kiosk_newterm(const char *type) { return newterm(type, stdout, stdin); }

/* Whether the current terminal can address the cursor (terminfo `cup`). */
static inline int kiosk_has_cursor_addressing(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/* Columns the C library gives a character in the current locale (-1: not printable). */
static inline int kiosk_wcwidth(wchar_t c) { return wcwidth(c); }

/* The terminfo `colors` capability of the current terminal (before start_color), or 0. */
static inline int kiosk_terminfo_colors(void) {
    int colors = tigetnum("colors");
    return colors > 0 ? colors : 0;
}

/* The codeset of the current locale, e.g. "UTF-8". */
static inline const char *kiosk_codeset(void) { return nl_langinfo(CODESET); }

/* Draws one cell: a NUL-terminated wchar_t array (one spacing character, then combining
 * marks), attributes and colour pair. Returns ERR when ncurses rejects the characters. */
static inline int kiosk_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, (short)pair, NULL) == ERR) return ERR;
    if (wmove(win, y, x) == ERR) return ERR;
    /* At the bottom-right cell ncurses draws, then returns ERR because it cannot advance. */
    return wadd_wch(win, &cell);
}

#endif
