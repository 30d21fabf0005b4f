#include <pthread.h>
#include <signal.h>
#include "CEarlySignals.h"

// Runs as the executable's constructor: before the Swift runtime and main, so a supervisor's SIGTERM in the
// first milliseconds of start-up waits for Lifecycle's sigwait instead of meeting its default action
// (killing the process). Threads started later inherit the mask.
__attribute__((constructor)) static void plural_block_signals_early(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, 0);
}

// Referenced from main so the linker keeps this object (and its constructor).
void plural_early_signals_linked(void) {}
