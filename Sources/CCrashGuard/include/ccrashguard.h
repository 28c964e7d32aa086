#ifndef CCRASHGUARD_H
#define CCRASHGUARD_H
// What keydesk does on a fatal signal instead of Swift's crash backtracer, whose interactive
// prompt ("Press space to interact, D to debug") would hand a staff member a debugger over the
// process memory, API key included (the README, "Deploying for staff over SSH"). Everything a handler does is
// async-signal-safe: it restores the terminal from values saved beforehand, writes one line,
// writes a small report (signal, time, version; no memory contents), and calls _exit.

/// Installs the handler for SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGSYS and
/// SIGQUIT, replacing those the Swift runtime installed at load time, and gives the calling
/// thread an alternate signal stack. Reports go to `report_directory` (created 0700 on demand)
/// as crash-<UTC time>-<pid>.txt (none when the directory is NULL or too long). Returns 0 on
/// success, -1 when sigaction fails.
int crashguard_install(const char *report_directory, const char *program_version);

/// Gives the calling thread an alternate signal stack, so a stack overflow on it still reaches
/// the handler. 0 on success.
int crashguard_prepare_thread(void);

/// Called just before the terminal on these descriptors leaves cooked mode: saves its modes
/// (tcgetattr), which the handler puts back with tcsetattr. The handler then writes its line
/// to `output_fd` rather than to stderr (which may be redirected to the log meanwhile).
void crashguard_terminal_acquired(int input_fd, int output_fd);

/// The bytes that undo what the terminal was sent (leave the alternate screen, show the cursor,
/// plain attributes, keypad and mouse and bracketed paste off); copied, at most 255 bytes.
void crashguard_terminal_restore_sequence(const char *bytes);

/// Called once the terminal is back in cooked mode: the handler has nothing to restore.
void crashguard_terminal_released(void);

#endif
