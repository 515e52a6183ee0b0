/* M/M/c engine benchmark in C: the reference for Swift's ReferenceQueue (benchmark R1).
 *
 * Build: gcc -O2 -o bin/mmc c/mmc.c -lgsl -lgslcblas -lm
 * Run:   bin/mmc [RUNS] [CUSTOMERS]       (defaults: 5 runs, 1,000,000 customers)
 *
 * Arrival rate 50/day, 12 servers, exponential service with mean 0.2 days. GSL mt19937
 * streams and gsl_ran_exponential, seeded exactly like the kernel's StreamSeed.derive
 * (master 1, replication 0, purposes "arrivals" and "service"); events in a plain binary
 * heap ordered by (time, seq); waiting customers in a FIFO ring buffer. The events are
 * handled in the same order as in Swift, so the draws, and the mean wait, are the same.
 * Statistics are plain sums (count, sum of waits, time-weighted areas), not gsl_rstat.
 */
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    double time;
    uint64_t seq;
    double arrival; /* departure: when that customer arrived */
    int kind;       /* 0 arrival, 1 departure */
} event;

typedef struct {
    event *slots;
    size_t count, capacity;
    uint64_t next_seq;
} heap;

static inline int precedes(const event *a, const event *b) {
    return a->time < b->time || (a->time == b->time && a->seq < b->seq);
}

static void heap_push(heap *h, double time, int kind, double arrival) {
    if (h->count == h->capacity) {
        h->capacity = h->capacity ? 2 * h->capacity : 64;
        h->slots = realloc(h->slots, h->capacity * sizeof(event));
        if (!h->slots) abort();
    }
    event e = {time, h->next_seq++, arrival, kind};
    size_t hole = h->count++;
    while (hole > 0) {
        size_t parent = (hole - 1) >> 1;
        if (!precedes(&e, &h->slots[parent])) break;
        h->slots[hole] = h->slots[parent];
        hole = parent;
    }
    h->slots[hole] = e;
}

static event heap_pop(heap *h) {
    event top = h->slots[0];
    event last = h->slots[--h->count];
    size_t n = h->count, hole = 0;
    if (n == 0) return last;
    for (;;) {
        size_t child = 2 * hole + 1;
        if (child >= n) break;
        if (child + 1 < n && precedes(&h->slots[child + 1], &h->slots[child])) child++;
        if (!precedes(&h->slots[child], &last)) break;
        h->slots[hole] = h->slots[child];
        hole = child;
    }
    h->slots[hole] = last;
    return top;
}

/* FIFO of arrival times. */
typedef struct {
    double *slots;
    size_t head, count, capacity; /* capacity is a power of two */
} ring;

static void ring_push(ring *r, double x) {
    if (r->count == r->capacity) {
        size_t capacity = r->capacity ? 2 * r->capacity : 64;
        double *slots = malloc(capacity * sizeof(double));
        if (!slots) abort();
        for (size_t i = 0; i < r->count; i++) slots[i] = r->slots[(r->head + i) & (r->capacity - 1)];
        free(r->slots);
        r->slots = slots;
        r->head = 0;
        r->capacity = capacity;
    }
    r->slots[(r->head + r->count++) & (r->capacity - 1)] = x;
}

static double ring_pop(ring *r) {
    double x = r->slots[r->head];
    r->head = (r->head + 1) & (r->capacity - 1);
    r->count--;
    return x;
}

/* The kernel's StreamSeed.derive: SplitMix64 finaliser over master, replication, FNV-1a. */
static uint64_t mix(uint64_t v) {
    uint64_t z = v + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
static uint64_t fnv1a(const char *s) {
    uint64_t h = 0xCBF29CE484222325ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 0x00000100000001B3ULL;
    return h;
}
static uint64_t derive(uint64_t master, int64_t replication, const char *purpose) {
    uint64_t state = mix(master ^ 0x5851F42D4C957F2DULL);
    state = mix(state ^ ((uint64_t)replication * 0x9E3779B97F4A7C15ULL));
    return mix(state ^ fnv1a(purpose));
}

typedef struct {
    long customers, events, waited;
    double mean_wait, p_wait, mean_time_in_system, avg_queue, avg_in_system, end;
} result;

static result simulate(long customers, uint64_t seed, int64_t replication) {
    const double arrival_mean = 1.0 / 50.0, service_mean = 0.2;
    const int servers = 12;
    gsl_rng *arrivals = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng *services = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(arrivals, (unsigned long)derive(seed, replication, "arrivals"));
    gsl_rng_set(services, (unsigned long)derive(seed, replication, "service"));

    heap h = {0};
    ring line = {0};
    long arrived = 0, served = 0, waited = 0, events = 0;
    int busy = 0;
    long in_system = 0;
    double wait_sum = 0, stay_sum = 0, now = 0;
    double last_change = 0, busy_area = 0, queue_area = 0, system_area = 0;

    heap_push(&h, gsl_ran_exponential(arrivals, arrival_mean), 0, 0);
    while (h.count > 0) {
        event e = heap_pop(&h);
        now = e.time;
        events++;
        double dt = now - last_change;
        busy_area += busy * dt;
        queue_area += (double)line.count * dt;
        system_area += (double)in_system * dt;
        last_change = now;
        if (e.kind == 0) {
            arrived++;
            in_system++;
            if (busy < servers) {
                busy++;
                served++; /* wait 0 */
                heap_push(&h, now + gsl_ran_exponential(services, service_mean), 1, now);
            } else {
                ring_push(&line, now);
            }
            if (arrived < customers) heap_push(&h, now + gsl_ran_exponential(arrivals, arrival_mean), 0, 0);
        } else {
            in_system--;
            stay_sum += now - e.arrival;
            if (line.count > 0) {
                double arrival = ring_pop(&line);
                served++;
                waited++;
                wait_sum += now - arrival;
                heap_push(&h, now + gsl_ran_exponential(services, service_mean), 1, arrival);
            } else {
                busy--;
            }
        }
    }
    free(h.slots);
    free(line.slots);
    gsl_rng_free(arrivals);
    gsl_rng_free(services);
    result r = {served, events, waited, wait_sum / served, (double)waited / served, stay_sum / served,
                queue_area / now, system_area / now, now};
    (void)busy_area;
    return r;
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    int runs = argc > 1 ? atoi(argv[1]) : 5;
    long customers = argc > 2 ? atol(argv[2]) : 1000000L;
    if (runs <= 0 || customers <= 0) {
        fprintf(stderr, "usage: mmc [RUNS] [CUSTOMERS]\n");
        return 2;
    }
    double *seconds = malloc(runs * sizeof(double));
    long events = 0;
    for (int run = 1; run <= runs; run++) {
        double start = now_seconds();
        result r = simulate(customers, 1, 0);
        double elapsed = now_seconds() - start;
        seconds[run - 1] = elapsed;
        events = r.events;
        printf("lang=c bench=mmc run=%d customers=%ld events=%ld seconds=%.6f Mevents_per_s=%.3f "
               "mean_wait=%.6f erlang_c_wait=0.044939 p_wait=%.4f\n",
               run, r.customers, r.events, elapsed, r.events / elapsed / 1e6, r.mean_wait, r.p_wait);
    }
    qsort(seconds, runs, sizeof(double), by_value);
    double median = runs % 2 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
    printf("lang=c bench=mmc median_of=%d events=%ld seconds=%.6f Mevents_per_s=%.3f\n", runs, events, median,
           events / median / 1e6);
    free(seconds);
    return 0;
}
