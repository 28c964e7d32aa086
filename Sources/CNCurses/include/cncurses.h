#ifndef CNCURSES_H
#define CNCURSES_H
// C shim over ncursesw (wide characters). The only place in keydesk that includes curses.h.
// Swift cannot import ncurses' function-like macros (A_*, KEY_F, mouse masks, getmaxyx) nor,
// under Swift 6 strict concurrency, its mutable C globals (stdscr, LINES, COLS, ESCDELAY).
// Every such symbol is wrapped here as a prefixed function (cncurses_*).
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// MARK: globals
WINDOW *cncurses_stdscr(void);
int cncurses_lines(void);
int cncurses_cols(void);
void cncurses_getmaxyx(WINDOW *win, int *y, int *x);
WINDOW *cncurses_curscr(void);

// MARK: attributes and colours
attr_t cncurses_attr_normal(void);
attr_t cncurses_attr_bold(void);
attr_t cncurses_attr_reverse(void);
attr_t cncurses_attr_underline(void);
attr_t cncurses_attr_dim(void);
int cncurses_color_pair(int pair);

// MARK: keys
int cncurses_key_f(int n);
int cncurses_key_code_yes(void);
int cncurses_key_resize(void);
int cncurses_key_mouse(void);

/// Result of one wget_wch call: status is OK (a character), KEY_CODE_YES (a key code) or ERR.
typedef struct {
    int status;
    unsigned int value;
} cncurses_input;
cncurses_input cncurses_get_wch(WINDOW *win);

// MARK: mouse
/// Mouse off by default; 1 enables button presses, releases and the wheel.
void cncurses_set_mouse(int enabled);
/// Reads the pending mouse event; kind: 1 press, 2 release, 3 wheel up, 4 wheel down, 0 other.
int cncurses_get_mouse(int *x, int *y, int *button, int *kind);

// MARK: output
/// Puts one grapheme cluster (up to CCHARW_MAX wide characters, NUL-terminated) at y,x.
int cncurses_put_cell(WINDOW *win, int y, int x, const wchar_t *cluster, attr_t attrs, int pair);
/// Reads back the cluster at y,x into out (capacity n wide characters, NUL-terminated).
int cncurses_read_cell(WINDOW *win, int y, int x, wchar_t *out, int n);

// MARK: lifecycle helpers
/// newterm on duplicates of the given file descriptors; NULL when TERM is unknown.
SCREEN *cncurses_newterm(const char *term, int out_fd, int in_fd, FILE **out_file, FILE **in_file);
/// 1 when nl_langinfo(CODESET) is UTF-8 (call after setlocale).
int cncurses_locale_is_utf8(void);
/// Writes raw bytes to the terminal's output stream (used only for bracketed-paste mode toggles).
void cncurses_write_raw(FILE *out, const char *bytes);
/// Fills `out` (NUL-terminated, at most capacity - 1 bytes) with what puts the terminal back as
/// endwin would, from the current terminal's terminfo: mouse and bracketed paste off (when
/// they were turned on), plain attributes, visible cursor, keypad local, alternate screen left.
/// For the crash handler, which may not call endwin. Returns the length.
int cncurses_restore_sequence(char *out, int capacity, int bracketed_paste, int mouse);


// MARK: signals (async-signal-safe)
/// Installs handlers for SIGINT, SIGTERM and SIGHUP (before newterm, so ncurses does not
/// install its own _exit handlers). A handler only records the signal; no SA_RESTART, so a
/// blocking read returns at once. Also ignores SIGQUIT (Ctrl-\) and SIGTSTP (Ctrl-Z) while the
/// console owns the terminal: neither may end it in a crash report or stop it where a staff
/// member over SSH has no shell to resume it (and ncurses, seeing SIGTSTP ignored, installs no
/// suspend handler of its own). SIGTTIN and SIGTTOU keep their defaults: they only reach a
/// job in the background, which should stop rather than fight a shell for the terminal.
/// Returns 0 on success.
int cncurses_install_termination_handlers(void);
/// Restores the handlers (and dispositions) that were there before install.
void cncurses_restore_termination_handlers(void);
/// The first termination signal received since install (0 if none), without clearing it.
int cncurses_pending_termination_signal(void);

// MARK: input state
/// 1 when the input descriptor is at end of file, hung up or in error (SSH drop).
int cncurses_input_is_dead(int fd);
/// Rows and columns of the terminal on fd (ioctl TIOCGWINSZ); 0 on success.
int cncurses_fd_size(int fd, int *rows, int *cols);

// MARK: pseudo-terminals (tests and benchmarks)
/// Opens a pty pair with the given size; the master is non-blocking. 0 on success.
int cncurses_open_pty(int rows, int cols, int *master, int *slave);
/// Sets the size of the terminal on fd (TIOCSWINSZ). 0 on success.
int cncurses_set_fd_size(int fd, int rows, int cols);
/// 1 when the terminal on fd has both ECHO and ICANON set (cooked mode), 0 if not, -1 on error.
int cncurses_fd_is_cooked(int fd);
#endif
