// Swift Testing starts every test at once unless SWT_EXPERIMENTAL_MAXIMUM_PARALLELIZATION_WIDTH
// says otherwise. On 2 cores, full runs of this suite that way load the machine so that timing
// checks fail (and used to stall: README, "Set up, run, test"); at most 8 at once they finish. A constructor runs when the test process
// loads, before Swift Testing's entry point reads its environment, so `swift test` alone, the
// README's command, runs 8 at once. A width the caller sets is kept.
#include <stdlib.h>
#include "ctestdefaults.h"

static const char *const widthVariable = "SWT_EXPERIMENTAL_MAXIMUM_PARALLELIZATION_WIDTH";

__attribute__((constructor)) static void keydesk_test_defaults(void) {
    setenv(widthVariable, "8", 0);
}

const char *keydesk_test_parallelization_width(void) {
    return getenv(widthVariable);
}
