#include <pthread.h>
#include <signal.h>
#include "CEarlySignals.h"

// Blocks the termination signals before main and before any library of the process initialises: a
// supervisor's SIGTERM (or a Ctrl-C) in the first milliseconds of start-up then waits, blocked, for
// Lifecycle's sigwait and takes the orderly way out instead of the default action (death, calls unanswered).
// Threads started later inherit the mask.
//
// It sits in .preinit_array, which the dynamic loader runs for the executable before the initialisers of
// its shared libraries: libcurl's dependencies (GnuTLS, p11-kit, Kerberos) spend ~15 ms initialising, and a
// plain constructor would run only after them. What is left is the loader's own work before any code of ours
// runs: about a millisecond for the shipped binary (Swift runtime and Foundation linked statically), ~10 ms
// for a debug build, which relocates the Swift libraries too. tests/startup measures both.
static void plural_block_signals_early(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, 0);
}

__attribute__((section(".preinit_array"), used)) static void (*const plural_preinit)(void) = plural_block_signals_early;

// Referenced from main so the linker keeps this object (and so its .preinit_array entry).
void plural_early_signals_linked(void) {}
