/*
 * bench/responders/floor.c: the IPC floor. It parses nothing: for every '\n' it reads on stdin it writes
 * one canned answer line to stdout, one write() per read() chunk. Whatever a real responder costs on top
 * of this is its own work; this is what the pipe and the driver cost. Compiled at run time with cc -O2.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

static const char answer[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"version\":\"0.1.0\",\"env\":\"simulator\"}}\n";

static int write_all(const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(1, p, n);
        if (w < 0) { if (errno == EINTR) continue; return -1; }
        p += w; n -= (size_t)w;
    }
    return 0;
}

int main(void) {
    static char in[1 << 16];
    static char out[(1 << 16) * (sizeof answer - 1)];  /* worst case: every input byte is a '\n' */
    for (;;) {
        ssize_t r = read(0, in, sizeof in);
        if (r < 0) { if (errno == EINTR) continue; return 1; }
        if (r == 0) return 0;
        size_t n = 0;
        for (const char *p = in, *end = in + r; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++) {
            memcpy(out + n, answer, sizeof answer - 1);
            n += sizeof answer - 1;
        }
        if (n && write_all(out, n)) return 1;
    }
}
