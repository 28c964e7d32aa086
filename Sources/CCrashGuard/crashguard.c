#include "ccrashguard.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

// Everything the handler reads is prepared beforehand in static storage: a handler may not
// allocate, lock, or call stdio (signal-safety(7)).

enum { DIRECTORY_CAPACITY = 3072, VERSION_CAPACITY = 64, RESTORE_CAPACITY = 256, ALTERNATE_STACK_SIZE = 64 * 1024 };

static char report_directory[DIRECTORY_CAPACITY];
static char program_version[VERSION_CAPACITY];
static int terminal_is_acquired = 0;
static int terminal_input = -1;
static int terminal_output = -1;
static int saved_modes_are_valid = 0;
static struct termios saved_modes;
static char restore_bytes[RESTORE_CAPACITY];
static size_t restore_length = 0;
static int handling = 0;

static const int fatal_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGSYS, SIGQUIT };
enum { FATAL_SIGNAL_COUNT = sizeof fatal_signals / sizeof fatal_signals[0] };

// MARK: text without stdio

typedef struct {
    char *data;
    size_t capacity;
    size_t length;
} text;

static void append(text *t, const char *s) {
    while (*s && t->length + 1 < t->capacity) t->data[t->length++] = *s++;
    t->data[t->length] = 0;
}

static void append_number(text *t, unsigned long long value, int minimum_digits) {
    char digits[24];
    int count = 0;
    do {
        digits[count++] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0 && count < 20);
    while (count < minimum_digits && count < 20) digits[count++] = '0';
    char one[2] = { 0, 0 };
    while (count > 0) {
        one[0] = digits[--count];
        append(t, one);
    }
}

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += written;
        length -= (size_t)written;
    }
}

// MARK: what happened

static const char *signal_name(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGFPE: return "SIGFPE";
    case SIGABRT: return "SIGABRT";
    case SIGSYS: return "SIGSYS";
    case SIGQUIT: return "SIGQUIT";
    default: return "a fatal signal";
    }
}

static const char *signal_meaning(int sig) {
    switch (sig) {
    case SIGSEGV: return "invalid memory access";
    case SIGBUS: return "bus error";
    case SIGILL: return "illegal instruction (a failed runtime check)";
    case SIGTRAP: return "trap (a failed runtime check)";
    case SIGFPE: return "arithmetic error";
    case SIGABRT: return "aborted";
    case SIGSYS: return "bad system call";
    case SIGQUIT: return "quit signal";
    default: return "fatal signal";
    }
}

/// Appends "crashed: invalid memory access (SIGSEGV, signal 11)" or "quit: ...".
static void append_what_happened(text *t, int sig) {
    append(t, sig == SIGQUIT ? "quit: " : "crashed: ");
    append(t, signal_meaning(sig));
    append(t, " (");
    append(t, signal_name(sig));
    append(t, ", signal ");
    append_number(t, (unsigned long long)sig, 1);
    append(t, ")");
}

// MARK: time (UTC, from the civil-from-days algorithm of H. Hinnant's date library)

typedef struct {
    long long year;
    unsigned month, day, hour, minute, second;
} utc_time;

static utc_time utc_from_epoch(long long seconds) {
    long long days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    long long rest = seconds - days * 86400;
    utc_time result;
    result.hour = (unsigned)(rest / 3600);
    result.minute = (unsigned)(rest % 3600 / 60);
    result.second = (unsigned)(rest % 60);
    long long z = days + 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned day_of_era = (unsigned)(z - era * 146097);
    unsigned year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    unsigned shifted_month = (5 * day_of_year + 2) / 153;
    result.day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    result.month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
    result.year = (long long)year_of_era + era * 400 + (result.month <= 2);
    return result;
}

/// 2026-08-30T12:34:56Z, or 20260830T123456Z when compact (for a file name).
static void append_time(text *t, utc_time time, int compact) {
    append_number(t, (unsigned long long)(time.year < 0 ? 0 : time.year), 4);
    if (!compact) append(t, "-");
    append_number(t, time.month, 2);
    if (!compact) append(t, "-");
    append_number(t, time.day, 2);
    append(t, "T");
    append_number(t, time.hour, 2);
    if (!compact) append(t, ":");
    append_number(t, time.minute, 2);
    if (!compact) append(t, ":");
    append_number(t, time.second, 2);
    append(t, "Z");
}

// MARK: the report

/// mkdir -p with mode 0700 for each missing component; the path is modified and put back.
static int make_directories(char *path) {
    for (char *p = path + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        mkdir(path, 0700);
        *p = '/';
    }
    return mkdir(path, 0700) == 0 || errno == EEXIST ? 0 : -1;
}

/// Writes the report and puts its path in `path`; 0 on success.
static int write_report(int sig, utc_time time, int terminal_restored, text *path) {
    if (report_directory[0] == 0) return -1;
    char directory[DIRECTORY_CAPACITY];
    memcpy(directory, report_directory, sizeof directory);
    if (make_directories(directory) != 0) return -1;
    append(path, report_directory);
    append(path, "/crash-");
    append_time(path, time, 1);
    append(path, "-");
    append_number(path, (unsigned long long)getpid(), 1);
    append(path, ".txt");
    if (path->length + 1 >= path->capacity) return -1;
    int fd = open(path->data, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return -1;
    fchmod(fd, 0600);
    char buffer[1024];
    text report = { buffer, sizeof buffer, 0 };
    buffer[0] = 0;
    append(&report, "keydesk crash report\nwhat: ");
    append_what_happened(&report, sig);
    append(&report, "\ntime: ");
    append_time(&report, time, 0);
    append(&report, "\nversion: ");
    append(&report, program_version[0] ? program_version : "unknown");
    append(&report, "\npid: ");
    append_number(&report, (unsigned long long)getpid(), 1);
    append(&report, terminal_restored ? "\nterminal: put back in the modes it had before the console opened\n"
                                      : "\nterminal: not in use by the console\n");
    append(&report, "This report holds no memory contents. A runtime message written just before the\n"
                    "crash, if any, is at the end of keydesk.log in this directory.\n");
    write_all(fd, report.data, report.length);
    fsync(fd);
    close(fd);
    return 0;
}

// MARK: the handler

static void handle_fatal_signal(int sig, siginfo_t *info, void *context) {
    (void)info;
    (void)context;
    // A second thread crashing meanwhile waits for the first to end the process.
    if (__atomic_exchange_n(&handling, 1, __ATOMIC_ACQ_REL)) {
        for (;;) pause();
    }
    int message_fd = STDERR_FILENO;
    int terminal_restored = 0;
    if (__atomic_load_n(&terminal_is_acquired, __ATOMIC_ACQUIRE)) {
        size_t length = __atomic_load_n(&restore_length, __ATOMIC_ACQUIRE);
        if (length > 0) write_all(terminal_output, restore_bytes, length);
        if (saved_modes_are_valid) tcsetattr(terminal_input, TCSANOW, &saved_modes);
        message_fd = terminal_output;
        terminal_restored = 1;
    }
    struct timespec now = { 0, 0 };
    clock_gettime(CLOCK_REALTIME, &now);
    utc_time time = utc_from_epoch((long long)now.tv_sec);

    char path_buffer[DIRECTORY_CAPACITY + 64];
    text path = { path_buffer, sizeof path_buffer, 0 };
    path_buffer[0] = 0;
    int reported = write_report(sig, time, terminal_restored, &path) == 0;

    char line_buffer[DIRECTORY_CAPACITY + 256];
    text line = { line_buffer, sizeof line_buffer, 0 };
    line_buffer[0] = 0;
    append(&line, "keydesk: ");
    append_what_happened(&line, sig);
    if (reported) {
        append(&line, "; report written to ");
        append(&line, path.data);
    } else {
        append(&line, "; no report could be written in ");
        append(&line, report_directory[0] ? report_directory : "(no directory)");
    }
    append(&line, "\n");
    write_all(message_fd, line.data, line.length);
    _exit(128 + sig);
}

// MARK: setup

int crashguard_prepare_thread(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE)) return 0;
    void *stack = mmap(NULL, ALTERNATE_STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (stack == MAP_FAILED) return -1;
    stack_t alternate;
    memset(&alternate, 0, sizeof alternate);
    alternate.ss_sp = stack;
    alternate.ss_size = ALTERNATE_STACK_SIZE;
    if (sigaltstack(&alternate, NULL) != 0) {
        munmap(stack, ALTERNATE_STACK_SIZE);
        return -1;
    }
    return 0;
}

int crashguard_install(const char *directory, const char *version) {
    // A directory too long for the buffers leaves no report, but the handlers go in all the same.
    report_directory[0] = 0;
    program_version[0] = 0;
    if (directory && strlen(directory) < DIRECTORY_CAPACITY - 1) strcpy(report_directory, directory);
    if (version && strlen(version) < VERSION_CAPACITY) strcpy(program_version, version);
    crashguard_prepare_thread();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = handle_fatal_signal;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < FATAL_SIGNAL_COUNT; i++) sigaddset(&action.sa_mask, fatal_signals[i]);
    // A thread that inherited a blocked mask must still reach the handler.
    sigset_t unblock;
    sigemptyset(&unblock);
    for (int i = 0; i < FATAL_SIGNAL_COUNT; i++) sigaddset(&unblock, fatal_signals[i]);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
    for (int i = 0; i < FATAL_SIGNAL_COUNT; i++) {
        if (sigaction(fatal_signals[i], &action, NULL) != 0) return -1;
    }
    return 0;
}

void crashguard_terminal_acquired(int input_fd, int output_fd) {
    __atomic_store_n(&terminal_is_acquired, 0, __ATOMIC_RELEASE);
    saved_modes_are_valid = tcgetattr(input_fd, &saved_modes) == 0;
    terminal_input = input_fd;
    terminal_output = output_fd;
    __atomic_store_n(&restore_length, 0, __ATOMIC_RELEASE);
    __atomic_store_n(&terminal_is_acquired, 1, __ATOMIC_RELEASE);
}

void crashguard_terminal_restore_sequence(const char *bytes) {
    __atomic_store_n(&restore_length, 0, __ATOMIC_RELEASE);
    size_t length = bytes ? strlen(bytes) : 0;
    if (length >= RESTORE_CAPACITY) length = RESTORE_CAPACITY - 1;
    memcpy(restore_bytes, bytes ? bytes : "", length);
    __atomic_store_n(&restore_length, length, __ATOMIC_RELEASE);
}

void crashguard_terminal_released(void) {
    __atomic_store_n(&terminal_is_acquired, 0, __ATOMIC_RELEASE);
}
