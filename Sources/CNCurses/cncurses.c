#include "cncurses.h"
#include <langinfo.h>
#include <string.h>
#include <unistd.h>
#include <signal.h>
#include <pthread.h>
#include <poll.h>
#include <errno.h>
#include <sys/ioctl.h>
#include <stdlib.h>
#include <fcntl.h>
#include <termios.h>

WINDOW *cncurses_stdscr(void) { return stdscr; }
int cncurses_lines(void) { return LINES; }
int cncurses_cols(void) { return COLS; }
void cncurses_getmaxyx(WINDOW *win, int *y, int *x) {
    int yy, xx;
    getmaxyx(win, yy, xx);
    *y = yy;
    *x = xx;
}
WINDOW *cncurses_curscr(void) { return curscr; }

attr_t cncurses_attr_normal(void) { return A_NORMAL; }
attr_t cncurses_attr_bold(void) { return A_BOLD; }
attr_t cncurses_attr_reverse(void) { return A_REVERSE; }
attr_t cncurses_attr_underline(void) { return A_UNDERLINE; }
attr_t cncurses_attr_dim(void) { return A_DIM; }
int cncurses_color_pair(int pair) { return (int)COLOR_PAIR(pair); }

int cncurses_key_f(int n) { return KEY_F(n); }
int cncurses_key_code_yes(void) { return KEY_CODE_YES; }
int cncurses_key_resize(void) { return KEY_RESIZE; }
int cncurses_key_mouse(void) { return KEY_MOUSE; }

cncurses_input cncurses_get_wch(WINDOW *win) {
    wint_t ch = 0;
    cncurses_input result;
    result.status = wget_wch(win, &ch);
    result.value = (unsigned int)ch;
    return result;
}

void cncurses_set_mouse(int enabled) {
    if (enabled) {
        mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON3_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
        mouseinterval(0);
    } else {
        mousemask(0, NULL);
    }
}

int cncurses_get_mouse(int *x, int *y, int *button, int *kind) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return ERR;
    *x = ev.x;
    *y = ev.y;
    *button = 0;
    *kind = 0;
    if (ev.bstate & BUTTON4_PRESSED) { *kind = 3; }
    else if (ev.bstate & BUTTON5_PRESSED) { *kind = 4; }
    else if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) { *kind = 1; *button = 1; }
    else if (ev.bstate & BUTTON1_RELEASED) { *kind = 2; *button = 1; }
    else if (ev.bstate & BUTTON3_CLICKED) { *kind = 1; *button = 3; }
    return OK;
}

int cncurses_put_cell(WINDOW *win, int y, int x, const wchar_t *cluster, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, cluster, attrs, (short)pair, NULL) != OK) {
        const wchar_t fallback[] = { L'?', 0 };
        setcchar(&cell, fallback, attrs, (short)pair, NULL);
    }
    return mvwadd_wch(win, y, x, &cell);
}

int cncurses_read_cell(WINDOW *win, int y, int x, wchar_t *out, int n) {
    cchar_t cell;
    attr_t attrs;
    short pair;
    wchar_t buffer[CCHARW_MAX + 1];
    if (mvwin_wch(win, y, x, &cell) != OK) return ERR;
    if (getcchar(&cell, buffer, &attrs, &pair, NULL) == ERR) return ERR;
    int i = 0;
    for (; i < n - 1 && buffer[i] != 0; i++) out[i] = buffer[i];
    out[i] = 0;
    return OK;
}

SCREEN *cncurses_newterm(const char *term, int out_fd, int in_fd, FILE **out_file, FILE **in_file) {
    int out_dup = dup(out_fd);
    int in_dup = dup(in_fd);
    if (out_dup < 0 || in_dup < 0) return NULL;
    FILE *out = fdopen(out_dup, "w");
    FILE *in = fdopen(in_dup, "r");
    if (!out || !in) return NULL;
    SCREEN *screen = newterm(term, out, in);
    if (!screen) {
        fclose(out);
        fclose(in);
        return NULL;
    }
    *out_file = out;
    *in_file = in;
    return screen;
}

int cncurses_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

void cncurses_write_raw(FILE *out, const char *bytes) {
    fputs(bytes, out);
    fflush(out);
}

static void append_capability(char *out, int capacity, int *length, const char *bytes) {
    if (bytes == NULL || bytes == (const char *)-1) return;
    size_t n = strlen(bytes);
    if (*length + (int)n >= capacity) return;
    memcpy(out + *length, bytes, n);
    *length += (int)n;
    out[*length] = 0;
}

int cncurses_restore_sequence(char *out, int capacity, int bracketed_paste, int mouse) {
    int length = 0;
    if (capacity < 1) return 0;
    out[0] = 0;
    if (mouse) append_capability(out, capacity, &length, "\033[?1000l\033[?1002l\033[?1006l");
    if (bracketed_paste) append_capability(out, capacity, &length, "\033[?2004l");
    append_capability(out, capacity, &length, tigetstr("sgr0"));
    append_capability(out, capacity, &length, tigetstr("cnorm"));
    append_capability(out, capacity, &length, tigetstr("rmkx"));
    append_capability(out, capacity, &length, tigetstr("rmcup"));
    return length;
}

static volatile sig_atomic_t pending_signal = 0;
static struct sigaction previous_int, previous_term, previous_hup, previous_quit, previous_tstp;
static int handlers_installed = 0;

static void record_termination(int sig) {
    if (pending_signal == 0) pending_signal = sig;
}

int cncurses_install_termination_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = record_termination;
    sigemptyset(&action.sa_mask);
    // SA_RESTART: the signal lands on whichever thread runs, and a read, write or waitpid of
    // another component (NIO, Foundation's Process, SQLite) must not fail with EINTR because of
    // it. The run loop's poll still wakes (poll is never restarted) and reads pending_signal.
    action.sa_flags = SA_RESTART;
    pending_signal = 0;
    // A thread that inherited a blocked mask would never see the signals: unblock them here.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
    if (sigaction(SIGINT, &action, &previous_int) != 0) return -1;
    if (sigaction(SIGTERM, &action, &previous_term) != 0) return -1;
    if (sigaction(SIGHUP, &action, &previous_hup) != 0) return -1;
    struct sigaction ignore;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    if (sigaction(SIGQUIT, &ignore, &previous_quit) != 0) return -1;
    if (sigaction(SIGTSTP, &ignore, &previous_tstp) != 0) return -1;
    handlers_installed = 1;
    return 0;
}

void cncurses_restore_termination_handlers(void) {
    if (!handlers_installed) return;
    sigaction(SIGINT, &previous_int, NULL);
    sigaction(SIGTERM, &previous_term, NULL);
    sigaction(SIGHUP, &previous_hup, NULL);
    sigaction(SIGQUIT, &previous_quit, NULL);
    sigaction(SIGTSTP, &previous_tstp, NULL);
    handlers_installed = 0;
}

int cncurses_pending_termination_signal(void) { return pending_signal; }

int cncurses_input_is_dead(int fd) {
    struct pollfd p;
    p.fd = fd;
    p.events = POLLIN;
    p.revents = 0;
    int n = poll(&p, 1, 0);
    if (n < 0) return errno == EINTR ? 0 : 1;
    if (n == 0) return 0;
    if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
    if (p.revents & POLLIN) {
        int available = 0;
        if (ioctl(fd, FIONREAD, &available) == 0 && available == 0) return 1;
    }
    return 0;
}

int cncurses_fd_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

int cncurses_open_pty(int rows, int cols, int *master, int *slave) {
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0) return -1;
    if (grantpt(m) != 0 || unlockpt(m) != 0) { close(m); return -1; }
    const char *name = ptsname(m);
    if (!name) { close(m); return -1; }
    int s = open(name, O_RDWR | O_NOCTTY);
    if (s < 0) { close(m); return -1; }
    int flags = fcntl(m, F_GETFL);
    fcntl(m, F_SETFL, flags | O_NONBLOCK);
    cncurses_set_fd_size(s, rows, cols);
    *master = m;
    *slave = s;
    return 0;
}

int cncurses_set_fd_size(int fd, int rows, int cols) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_row = (unsigned short)rows;
    ws.ws_col = (unsigned short)cols;
    return ioctl(fd, TIOCSWINSZ, &ws);
}

int cncurses_fd_is_cooked(int fd) {
    struct termios t;
    if (tcgetattr(fd, &t) != 0) return -1;
    return (t.c_lflag & ECHO) && (t.c_lflag & ICANON) ? 1 : 0;
}
