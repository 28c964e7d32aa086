#ifndef CTESTDEFAULTS_H
#define CTESTDEFAULTS_H

// Defaults of the test process, applied before Swift Testing reads its configuration (see
// ctestdefaults.c). Returns the parallelization width the run was given ("8" unless the
// caller chose another), for the test that checks the default is in place.
const char *keydesk_test_parallelization_width(void);

#endif
