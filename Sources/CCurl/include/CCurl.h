// The system libcurl (libcurl4-openssl-dev for the headers), loaded with dlopen when the process starts
// rather than linked: see curl_library.c for why. Only curl's types and constants come from its header; every
// function goes through `plural_curl`, filled from the library by `plural_curl_load`.
//
// curl_easy_setopt, curl_easy_getinfo and curl_multi_setopt are variadic, which Swift cannot call: the typed
// wrappers below are the only way in. Nothing here changes what curl does.
#ifndef PLURAL_CCURL_H
#define PLURAL_CCURL_H
#define CURL_DISABLE_TYPECHECK 1
#include <curl/curl.h>

struct plural_curl_api {
    CURLcode (*global_init)(long flags);
    CURLM *(*multi_init)(void);
    CURLMcode (*multi_setopt)(CURLM *multi, CURLMoption option, ...);
    CURLMcode (*multi_wakeup)(CURLM *multi);
    CURLMcode (*multi_add_handle)(CURLM *multi, CURL *easy);
    CURLMcode (*multi_remove_handle)(CURLM *multi, CURL *easy);
    CURLMcode (*multi_perform)(CURLM *multi, int *running);
    CURLMsg *(*multi_info_read)(CURLM *multi, int *queued);
    CURLMcode (*multi_poll)(CURLM *multi, struct curl_waitfd extra[], unsigned int count, int timeout_ms, int *ready);
    CURL *(*easy_init)(void);
    void (*easy_reset)(CURL *easy);
    void (*easy_cleanup)(CURL *easy);
    CURLcode (*easy_setopt)(CURL *easy, CURLoption option, ...);
    CURLcode (*easy_getinfo)(CURL *easy, CURLINFO info, ...);
    const char *(*easy_strerror)(CURLcode code);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *text);
    void (*slist_free_all)(struct curl_slist *list);
};

/// libcurl's functions, once `plural_curl_load` has succeeded.
extern struct plural_curl_api plural_curl;

/// Loads libcurl (once; later calls return the first result): NULL when every function was found, else what
/// went wrong (the loader's message). Safe from any thread.
const char *plural_curl_load(void);

static inline CURLcode pcurl_global_init(long flags) { return plural_curl.global_init(flags); }
static inline CURLM *pcurl_multi_init(void) { return plural_curl.multi_init(); }
static inline CURLMcode pcurl_multi_wakeup(CURLM *multi) { return plural_curl.multi_wakeup(multi); }
static inline CURLMcode pcurl_multi_add_handle(CURLM *multi, CURL *easy) { return plural_curl.multi_add_handle(multi, easy); }
static inline CURLMcode pcurl_multi_remove_handle(CURLM *multi, CURL *easy) { return plural_curl.multi_remove_handle(multi, easy); }
static inline CURLMcode pcurl_multi_perform(CURLM *multi, int *running) { return plural_curl.multi_perform(multi, running); }
static inline CURLMsg *pcurl_multi_info_read(CURLM *multi, int *queued) { return plural_curl.multi_info_read(multi, queued); }
static inline CURLMcode pcurl_multi_poll(CURLM *multi, struct curl_waitfd extra[], unsigned int count, int timeout_ms, int *ready) {
    return plural_curl.multi_poll(multi, extra, count, timeout_ms, ready);
}
static inline CURL *pcurl_easy_init(void) { return plural_curl.easy_init(); }
static inline void pcurl_easy_reset(CURL *easy) { plural_curl.easy_reset(easy); }
static inline void pcurl_easy_cleanup(CURL *easy) { plural_curl.easy_cleanup(easy); }
static inline const char *pcurl_easy_strerror(CURLcode code) { return plural_curl.easy_strerror(code); }
static inline struct curl_slist *pcurl_slist_append(struct curl_slist *list, const char *text) { return plural_curl.slist_append(list, text); }
static inline void pcurl_slist_free_all(struct curl_slist *list) { plural_curl.slist_free_all(list); }

static inline CURLcode plural_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return plural_curl.easy_setopt(handle, option, value);
}
static inline CURLcode plural_easy_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return plural_curl.easy_setopt(handle, option, value);
}
static inline CURLcode plural_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return plural_curl.easy_setopt(handle, option, value);
}
static inline CURLcode plural_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return plural_curl.easy_setopt(handle, option, value);
}
static inline CURLcode plural_easy_setopt_headers(CURL *handle, struct curl_slist *list) {
    return plural_curl.easy_setopt(handle, CURLOPT_HTTPHEADER, list);
}
static inline CURLcode plural_easy_setopt_write(CURL *handle, CURLoption option, curl_write_callback callback) {
    return plural_curl.easy_setopt(handle, option, callback);
}
static inline CURLcode plural_easy_setopt_read(CURL *handle, curl_read_callback callback) {
    return plural_curl.easy_setopt(handle, CURLOPT_READFUNCTION, callback);
}
static inline CURLcode plural_easy_setopt_seek(CURL *handle, curl_seek_callback callback) {
    return plural_curl.easy_setopt(handle, CURLOPT_SEEKFUNCTION, callback);
}
static inline CURLcode plural_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return plural_curl.easy_getinfo(handle, info, value);
}
static inline CURLcode plural_easy_getinfo_offset(CURL *handle, CURLINFO info, curl_off_t *value) {
    return plural_curl.easy_getinfo(handle, info, value);
}
static inline CURLMcode plural_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return plural_curl.multi_setopt(multi, option, value);
}
#endif
