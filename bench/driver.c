/*
 * bench/driver.c: the load generator for bench/run. Compiled at run time with `cc -O2 -pthread`.
 *
 * It spawns one line-oriented JSON-RPC responder (the sidecar, the C floor or the Node responder) with
 * pipes on its stdin/stdout and measures it. Every loop is bounded in count and in time: past --timeout
 * seconds the child is killed, the measurement fails and the driver exits non-zero.
 *
 *   driver pipe [opts] -- CMD ARGS...   pipelined throughput: a writer thread writes --count requests as
 *                                       fast as the pipe takes them (or keeps at most --window in flight),
 *                                       a reader thread counts and checks the answers.
 *   driver rtt  [opts] -- CMD ARGS...   sequential round trips: write one request, wait for its answer.
 *   driver cold [opts] -- CMD ARGS...   spawn -> first answer, --count fresh processes.
 *
 * Options:
 *   --count N       requests (pipe, rtt) or spawns (cold)
 *   --req T         a request line; "@ID@" is replaced by the request id (1..N). Repeat --req to cycle
 *                   through several templates (request i uses template (i-1) % ntemplates).
 *   --expect S      every answer to the preceding --req must contain S (default "\"result\"")
 *   --window W      pipe: at most W requests in flight (0 = unbounded, the default)
 *   --no-idcheck    pipe: do not check that every id 1..N is answered exactly once (for the C floor,
 *                   which answers a canned line)
 *   --warmup K      rtt: K untimed round trips first (default 1000)
 *   --timeout S     seconds before the measurement is abandoned (default 60)
 *
 * Output: one line of key=value pairs on stdout. Diagnostics on stderr.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_REQ 8

static const char *req_tmpl[MAX_REQ];
static const char *req_expect[MAX_REQ];
static int nreq = 0;
static long count = 0;
static long window_ = 0;
static int idcheck = 1;
static long warmup = 1000;
static double timeout_s = 60.0;
static char **child_argv = NULL;

static pid_t child_pid = -1;
static int child_in = -1, child_out = -1;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void die(const char *fmt, const char *arg) {
    fprintf(stderr, "driver: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n");
    if (child_pid > 0) {
        kill(child_pid, SIGKILL);
        waitpid(child_pid, NULL, 0);
    }
    exit(2);
}

/* Spawn the child with pipes on stdin/stdout; stderr is inherited. It dies with the driver. */
static void spawn(void) {
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) || pipe2(out, O_CLOEXEC)) die("pipe: %s", strerror(errno));
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) die("fork: %s", strerror(errno));
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) _exit(127);
        dup2(in[0], 0);
        dup2(out[1], 1);
        signal(SIGPIPE, SIG_DFL);
        execvp(child_argv[0], child_argv);
        fprintf(stderr, "driver: exec %s: %s\n", child_argv[0], strerror(errno));
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    child_pid = pid;
    child_in = in[1];
    child_out = out[0];
}

/* Close the child's stdin and wait (bounded) for it to exit. Returns its exit status or -1. */
static int reap(double limit_s) {
    if (child_in >= 0) { close(child_in); child_in = -1; }
    int status = 0, rc = -1;
    double end = now_s() + limit_s;
    for (;;) {
        pid_t r = waitpid(child_pid, &status, WNOHANG);
        if (r == child_pid) { rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); break; }
        if (r < 0) break;
        if (now_s() > end) { kill(child_pid, SIGKILL); waitpid(child_pid, &status, 0); rc = -1; break; }
        usleep(1000);
    }
    if (child_out >= 0) { close(child_out); child_out = -1; }
    child_pid = -1;
    return rc;
}

static long vmhwm_kib(pid_t pid) {
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    long v = -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0) { v = strtol(line + 6, NULL, 10); break; }
    fclose(f);
    return v;
}

/* CPU time (ns) the process has used so far: the sum of its live threads' schedstat run times. */
static double cpu_ns(pid_t pid) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task", (int)pid);
    DIR *d = opendir(path);
    if (!d) return -1;
    double total = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        char p2[384], line[128];
        snprintf(p2, sizeof p2, "%s/%s/schedstat", path, e->d_name);
        FILE *f = fopen(p2, "r");
        if (!f) continue;
        if (fgets(line, sizeof line, f)) total += strtod(line, NULL);
        fclose(f);
    }
    closedir(d);
    return total;
}

/* Render template t with id into buf; returns length (line ends with '\n'). */
static size_t render(char *buf, size_t cap, const char *t, long id) {
    size_t n = 0;
    char idtxt[24];
    int idlen = snprintf(idtxt, sizeof idtxt, "%ld", id);
    for (const char *p = t; *p; ) {
        if (p[0] == '@' && strncmp(p, "@ID@", 4) == 0) {
            if (n + idlen >= cap) die("%s", "request too long");
            memcpy(buf + n, idtxt, idlen); n += idlen; p += 4;
        } else {
            if (n + 1 >= cap) die("%s", "request too long");
            buf[n++] = *p++;
        }
    }
    if (n + 1 >= cap) die("%s", "request too long");
    buf[n++] = '\n';
    return n;
}

static int write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) { if (errno == EINTR) continue; return -1; }
        p += w; n -= (size_t)w;
    }
    return 0;
}

/* Read one line (blocking) into buf; returns its length without '\n', or -1 on EOF/error. The request/answer
 * protocols used here never put more than one line in flight in rtt/cold mode, so nothing follows '\n'. */
static ssize_t read_line(int fd, char *buf, size_t cap, double deadline) {
    size_t n = 0;
    for (;;) {
        struct pollfd pfd = { .fd = fd, .events = POLLIN };
        int ms = (int)((deadline - now_s()) * 1000);
        if (ms <= 0) return -2;
        int pr = poll(&pfd, 1, ms);
        if (pr < 0) { if (errno == EINTR) continue; return -1; }
        if (pr == 0) return -2;
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0) { if (errno == EINTR) continue; return -1; }
        if (r == 0) return -1;
        char *nl = memchr(buf + n, '\n', (size_t)r);
        n += (size_t)r;
        if (nl) { *nl = 0; return nl - buf; }
        if (n >= cap - 1) return -1;
    }
}

/* ---------------------------------------------------------------- pipe mode */

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static long sent = 0, received = 0;
static volatile int stop_flag = 0;
static long bad_answers = 0, dup_ids = 0, unknown_ids = 0;
static char first_bad[512];
static unsigned char *seen;
static double t_start, t_end;

static void *writer_main(void *arg) {
    (void)arg;
    size_t cap = 1 << 16;
    char *buf = malloc(cap + 8192);
    size_t n = 0;
    for (long id = 1; id <= count && !stop_flag; id++) {
        if (window_ > 0) {
            pthread_mutex_lock(&mu);
            while (sent - received >= window_ && !stop_flag) pthread_cond_wait(&cv, &mu);
            pthread_mutex_unlock(&mu);
            if (stop_flag) break;
        }
        n += render(buf + n, 8192, req_tmpl[(id - 1) % nreq], id);
        if (window_ > 0 || n >= cap || id == count) {
            if (window_ > 0) { pthread_mutex_lock(&mu); sent = id; pthread_mutex_unlock(&mu); }
            if (write_all(child_in, buf, n)) { break; }
            n = 0;
        }
    }
    free(buf);
    return NULL;
}

static void check_answer(const char *line, size_t len) {
    long id = -1;
    const char *p = memmem(line, len, "\"id\":", 5);
    if (p) {
        p += 5;
        while (p < line + len && *p == ' ') p++;
        if (p < line + len && *p == '"') p++;   /* string ids are allowed too */
        id = strtol(p, NULL, 10);
    }
    int ok = 1;
    if (idcheck) {
        if (id < 1 || id > count) { unknown_ids++; ok = 0; }
        else if (seen[id]) { dup_ids++; ok = 0; }
        else seen[id] = 1;
    }
    int ti = (idcheck && id >= 1 && id <= count) ? (int)((id - 1) % nreq) : 0;
    if (ok && !memmem(line, len, req_expect[ti], strlen(req_expect[ti]))) ok = 0;
    if (!ok) {
        if (bad_answers == 0) {
            size_t k = len < sizeof first_bad - 1 ? len : sizeof first_bad - 1;
            memcpy(first_bad, line, k); first_bad[k] = 0;
        }
        bad_answers++;
    }
}

static void *reader_main(void *arg) {
    (void)arg;
    size_t cap = 1 << 20;
    char *buf = malloc(cap);
    size_t have = 0;
    long got = 0;
    while (got < count) {
        ssize_t r = read(child_out, buf + have, cap - have);
        if (r < 0) { if (errno == EINTR) continue; break; }
        if (r == 0) break;
        size_t end = have + (size_t)r, start = 0;
        char *scan = buf + have;
        long batch = 0;
        char *nl;
        while ((nl = memchr(scan, '\n', (size_t)(buf + end - scan))) != NULL) {
            check_answer(buf + start, (size_t)(nl - (buf + start)));
            batch++;
            start = (size_t)(nl - buf) + 1;
            scan = nl + 1;
        }
        got += batch;
        if (batch && window_ > 0) {
            pthread_mutex_lock(&mu); received = got; pthread_cond_signal(&cv); pthread_mutex_unlock(&mu);
        }
        have = end - start;
        if (have) memmove(buf, buf + start, have);
        if (have == cap) break; /* an answer longer than 1 MiB: give up */
    }
    t_end = now_s();
    pthread_mutex_lock(&mu); received = got; pthread_cond_signal(&cv); pthread_mutex_unlock(&mu);
    free(buf);
    return NULL;
}

static void warm_up(void) {
    /* One untimed ping round trip, so the clock starts with the process up and its runtime loaded. */
    static const char ping[] = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"ping\"}\n";
    char line[4096];
    if (write_all(child_in, ping, sizeof ping - 1)) die("%s", "warm-up write failed");
    ssize_t n = read_line(child_out, line, sizeof line, now_s() + 30);
    if (n < 0) die("%s", "warm-up ping got no answer");
}

static int mode_pipe(void) {
    seen = calloc((size_t)count + 1, 1);
    spawn();
    warm_up();
    double cpu0 = cpu_ns(child_pid);
    pthread_t w, r;
    t_start = now_s();
    pthread_create(&r, NULL, reader_main, NULL);
    pthread_create(&w, NULL, writer_main, NULL);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += (time_t)timeout_s;
    int timed_out = pthread_timedjoin_np(r, NULL, &ts) != 0;
    if (timed_out) {
        fprintf(stderr, "driver: timed out after %.0f s with %ld of %ld answers\n", timeout_s, received, count);
        stop_flag = 1;
        kill(child_pid, SIGKILL); /* unblocks both threads: EOF for the reader, EPIPE for the writer */
        pthread_mutex_lock(&mu); pthread_cond_broadcast(&cv); pthread_mutex_unlock(&mu);
        pthread_join(r, NULL);
    }
    long hwm = timed_out ? -1 : vmhwm_kib(child_pid);
    double cpu1 = timed_out ? -1 : cpu_ns(child_pid);
    long got = received;
    int rc = reap(10.0);
    stop_flag = 1;
    pthread_mutex_lock(&mu); pthread_cond_broadcast(&cv); pthread_mutex_unlock(&mu);
    pthread_join(w, NULL);
    double secs = t_end - t_start;
    double cpu_us_per_req = (cpu0 >= 0 && cpu1 >= 0 && got > 0) ? (cpu1 - cpu0) / 1e3 / got : -1;
    printf("mode=pipe count=%ld answered=%ld secs=%.4f rate=%.0f vmhwm_kib=%ld cpu_us_per_req=%.3f bad=%ld "
           "dup_ids=%ld unknown_ids=%ld exit=%d\n", count, got, secs, got / secs, hwm, cpu_us_per_req, bad_answers,
           dup_ids, unknown_ids, rc);
    if (bad_answers) fprintf(stderr, "driver: %ld bad answers; first: %s\n", bad_answers, first_bad);
    return (timed_out || got != count || bad_answers || rc != 0) ? 1 : 0;
}

/* ---------------------------------------------------------------- rtt mode */

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double pct(const double *v, long n, double p) {
    long i = (long)(p * (n - 1) + 0.5);
    return v[i < 0 ? 0 : (i >= n ? n - 1 : i)];
}

static int mode_rtt(void) {
    spawn();
    double deadline = now_s() + timeout_s;
    double *lat = calloc((size_t)count, sizeof(double));
    char req[8192], line[1 << 16];
    long bad = 0;
    for (long i = -warmup + 1; i <= count; i++) {
        long id = i <= 0 ? 1000000000L + (-i) : i;
        size_t n = render(req, sizeof req, req_tmpl[(labs(i)) % nreq], id);
        double t0 = now_s();
        if (write_all(child_in, req, n)) die("%s", "write failed");
        ssize_t got = read_line(child_out, line, sizeof line, deadline);
        double t1 = now_s();
        if (got == -2) die("%s", "timed out");
        if (got < 0) die("%s", "child closed its stdout");
        if (!strstr(line, req_expect[labs(i) % nreq])) bad++;
        if (i >= 1) lat[i - 1] = (t1 - t0) * 1e6;
    }
    long hwm = vmhwm_kib(child_pid);
    int rc = reap(10.0);
    double sum = 0;
    for (long i = 0; i < count; i++) sum += lat[i];
    qsort(lat, (size_t)count, sizeof(double), cmp_double);
    printf("mode=rtt count=%ld p50_us=%.1f p90_us=%.1f p99_us=%.1f max_us=%.1f mean_us=%.1f vmhwm_kib=%ld "
           "bad=%ld exit=%d\n", count, pct(lat, count, .5), pct(lat, count, .9), pct(lat, count, .99),
           lat[count - 1], sum / count, hwm, bad, rc);
    return (bad || rc != 0) ? 1 : 0;
}

/* ---------------------------------------------------------------- cold mode */

static int mode_cold(void) {
    double *v = calloc((size_t)count, sizeof(double));
    char req[8192], line[1 << 16];
    double deadline = now_s() + timeout_s;
    long bad = 0;
    int badexit = 0;
    for (long i = 0; i < count; i++) {
        size_t n = render(req, sizeof req, req_tmpl[0], 1);
        double t0 = now_s();
        spawn();
        if (write_all(child_in, req, n)) die("%s", "write failed");
        ssize_t got = read_line(child_out, line, sizeof line, deadline);
        double t1 = now_s();
        if (got == -2) die("%s", "timed out");
        if (got < 0) die("%s", "child closed its stdout before answering");
        if (!strstr(line, req_expect[0])) bad++;
        v[i] = (t1 - t0) * 1e3;
        if (reap(10.0) != 0) badexit++;
    }
    qsort(v, (size_t)count, sizeof(double), cmp_double);
    printf("mode=cold count=%ld median_ms=%.2f min_ms=%.2f p90_ms=%.2f max_ms=%.2f bad=%ld bad_exits=%d\n",
           count, pct(v, count, .5), v[0], pct(v, count, .9), v[count - 1], bad, badexit);
    return (bad || badexit) ? 1 : 0;
}

/* ---------------------------------------------------------------- main */

static void usage(void) {
    fprintf(stderr, "usage: driver pipe|rtt|cold [--count N] [--req T [--expect S]]... [--window W] "
                    "[--no-idcheck] [--warmup K] [--timeout S] -- CMD ARGS...\n");
    exit(2);
}

int main(int argc, char **argv) {
    if (argc < 2) usage();
    signal(SIGPIPE, SIG_IGN);
    const char *mode = argv[1];
    int i = 2;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) { i++; break; }
        if (i + 1 >= argc && strcmp(a, "--no-idcheck")) usage();
        if (!strcmp(a, "--count")) count = atol(argv[++i]);
        else if (!strcmp(a, "--req")) {
            if (nreq == MAX_REQ) usage();
            req_tmpl[nreq] = argv[++i]; req_expect[nreq] = "\"result\""; nreq++;
        } else if (!strcmp(a, "--expect")) { if (!nreq) usage(); req_expect[nreq - 1] = argv[++i]; }
        else if (!strcmp(a, "--window")) window_ = atol(argv[++i]);
        else if (!strcmp(a, "--no-idcheck")) idcheck = 0;
        else if (!strcmp(a, "--warmup")) warmup = atol(argv[++i]);
        else if (!strcmp(a, "--timeout")) timeout_s = atof(argv[++i]);
        else usage();
    }
    if (i >= argc || count <= 0) usage();
    child_argv = argv + i;
    if (nreq == 0) { req_tmpl[0] = "{\"jsonrpc\":\"2.0\",\"id\":@ID@,\"method\":\"ping\"}"; req_expect[0] = "\"result\""; nreq = 1; }
    if (!strcmp(mode, "pipe")) return mode_pipe();
    if (!strcmp(mode, "rtt")) return mode_rtt();
    if (!strcmp(mode, "cold")) return mode_cold();
    usage();
    return 2;
}
