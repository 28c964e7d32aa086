#ifndef CNCURSES_H
#define CNCURSES_H
// Placeholder: the terminal layer fills this shim in (issue 4).
int cncurses_version_major(void);
#endif
