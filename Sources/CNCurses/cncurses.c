#include "cncurses.h"
#include <curses.h>
int cncurses_version_major(void) { return NCURSES_VERSION_MAJOR; }
