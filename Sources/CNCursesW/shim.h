#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/*
 * pkg-config would pass -D_XOPEN_SOURCE=600 -D_DEFAULT_SOURCE, but SwiftPM
 * drops those as prohibited flags, and without them curses.h hides the
 * wide-character API (get_wch, cchar_t, setcchar). Ask for it here instead.
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1

#include <wchar.h>
#include <signal.h>
#include <ncursesw/curses.h>

/*
 * The C library's module is built without _XOPEN_SOURCE, which hides
 * wcwidth; curses measures cells with it, and the backend must agree.
 */
extern int wcwidth(wchar_t c);

/*
 * Swift imports only simple macros and refuses C globals as shared mutable
 * state, so the attribute and mouse-mask macros and the stdscr/curscr/COLORS
 * globals are reached through these functions.
 */

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline int cn_colors(void) { return COLORS; }
/* SIGRTMIN and SIGRTMAX are calls into the C library, not constants. */
static inline int cn_sigrtmin(void) { return SIGRTMIN; }
static inline int cn_sigrtmax(void) { return SIGRTMAX; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline int cn_lines(void) { return getmaxy(stdscr); }
static inline int cn_cols(void) { return getmaxx(stdscr); }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_italic(void) { return A_ITALIC; }

static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }

/* SIG_IGN is a function-pointer constant Swift cannot compare against. */
static inline int cn_is_ignored(const struct sigaction *action) {
    return action->sa_handler == SIG_IGN;
}

/*
 * Draws one cell: up to CCHARW_MAX wide characters (a spacing character and
 * the combining ones that follow it, zero-terminated) with attributes and a
 * colour pair. Building the cchar_t here keeps its array layout out of Swift;
 * the pair goes through setcchar's opts pointer so pairs above 32767 work.
 */
static inline int cn_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, 0, &pair) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

#endif
