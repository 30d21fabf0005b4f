#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include "CCurl.h"

// Why dlopen and not a link: a linked libcurl is loaded by the dynamic loader before any code of ours runs,
// with its dependencies (GnuTLS, OpenSSL, Kerberos, LDAP, p11-kit: some thirty libraries) — several
// milliseconds in which a supervisor's SIGTERM still meets its default action and kills the sidecar with its
// calls unanswered. Loaded here, after main has blocked the termination signals (CEarlySignals), that time is
// covered. It is the same system library FoundationNetworking would load; nothing else changes.

struct plural_curl_api plural_curl;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *failure = NULL;

#define FIND(member, symbol)                                        \
    do {                                                            \
        *(void **)(&plural_curl.member) = dlsym(library, symbol);   \
        if (!plural_curl.member) { failure = "libcurl lacks " symbol; return; } \
    } while (0)

static void load(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *message = dlerror();
        failure = message ? message : "libcurl.so.4 could not be loaded";
        return;
    }
    FIND(global_init, "curl_global_init");
    FIND(multi_init, "curl_multi_init");
    FIND(multi_setopt, "curl_multi_setopt");
    FIND(multi_wakeup, "curl_multi_wakeup");
    FIND(multi_add_handle, "curl_multi_add_handle");
    FIND(multi_remove_handle, "curl_multi_remove_handle");
    FIND(multi_perform, "curl_multi_perform");
    FIND(multi_info_read, "curl_multi_info_read");
    FIND(multi_poll, "curl_multi_poll");
    FIND(easy_init, "curl_easy_init");
    FIND(easy_reset, "curl_easy_reset");
    FIND(easy_cleanup, "curl_easy_cleanup");
    FIND(easy_setopt, "curl_easy_setopt");
    FIND(easy_getinfo, "curl_easy_getinfo");
    FIND(easy_strerror, "curl_easy_strerror");
    FIND(slist_append, "curl_slist_append");
    FIND(slist_free_all, "curl_slist_free_all");
}

const char *plural_curl_load(void) {
    pthread_once(&once, load);
    return failure;
}
