// Typed wrappers around libcurl's variadic calls: Swift does not import C variadic functions,
// so each argument type SlotKeeper passes gets its own inline function.
#ifndef SLOTKEEPER_CCURL_H
#define SLOTKEEPER_CCURL_H

#include <curl/curl.h>

/// curl_global_init with the default flags; call once before the first handle (Swift does it through a `static let`).
static inline CURLcode sk_global_init(void) { return curl_global_init(CURL_GLOBAL_DEFAULT); }

static inline CURLcode sk_setopt_long(CURL *c, CURLoption o, long v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode sk_setopt_string(CURL *c, CURLoption o, const char *v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode sk_setopt_pointer(CURL *c, CURLoption o, void *v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode sk_setopt_slist(CURL *c, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode sk_setopt_offset(CURL *c, CURLoption o, curl_off_t v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode sk_setopt_write(CURL *c, CURLoption o, curl_write_callback f) { return curl_easy_setopt(c, o, f); }
static inline CURLcode sk_setopt_read(CURL *c, CURLoption o, curl_read_callback f) { return curl_easy_setopt(c, o, f); }
static inline CURLcode sk_setopt_xferinfo(CURL *c, CURLoption o, curl_xferinfo_callback f) { return curl_easy_setopt(c, o, f); }

static inline CURLcode sk_getinfo_long(CURL *c, CURLINFO i, long *v) { return curl_easy_getinfo(c, i, v); }
static inline CURLcode sk_getinfo_string(CURL *c, CURLINFO i, char **v) { return curl_easy_getinfo(c, i, v); }

/// CURL_READFUNC_ABORT, a macro Swift does not see.
static inline size_t sk_readfunc_abort(void) { return CURL_READFUNC_ABORT; }
/// CURL_ERROR_SIZE: the size of the buffer CURLOPT_ERRORBUFFER needs.
static inline size_t sk_error_size(void) { return CURL_ERROR_SIZE; }

#endif
