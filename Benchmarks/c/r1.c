/* Benchmark model R1 (docs/R1.md) as a plain C program with GSL: the machine's
 * yardstick for the Swift model's speed (Benchmarks/README.md, "The R1 model against C").
 *
 * Build: gcc -O2 -o bin/r1 c/r1.c -lgsl -lgslcblas -lm
 * Run:   bin/r1 [stable|overload] [REPLICATIONS] [RUNS]   (defaults: stable, 100, 1)
 *
 * The model of docs/R1.md and nothing else: Poisson arrests at 100 a day for 365 days; group A
 * with probability 0.6; ability to pay lognormal(ln 1500 or ln 800, 1); hearing after an
 * exponential delay of mean 1; 30% released on recognizance, otherwise bail lognormal(ln 2000,
 * 0.8), posted when ability covers it; one plea offer an exponential(30) delay after the
 * hearing, accepted with probability 0.6 if detained and 0.4 if released; otherwise a FIFO
 * queue for 12 courtrooms, trials gamma(2, s) days (s = 0.1 stable, 1.0 overload). Model
 * events as docs/R1.md counts them: arrest + hearing + plea offer + trial end.
 *
 * One GSL mt19937 stream per replication (seeded with the replication's number), GSL's
 * samplers (gsl_ran_exponential, gsl_ran_lognormal, gsl_ran_gamma, gsl_rng_uniform), events
 * in a binary heap ordered by (time, seq), cases in a slab with a free list, statistics as
 * plain sums. No breakdown cells, no policies, no common random numbers, no quantiles: what
 * the Swift model does beyond this is the price of being a general tool, and the ratio of
 * the two is what Benchmarks/model.sh reports.
 */
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { ARREST, HEARING, PLEA, TRIAL_END };

typedef struct {
    double time;
    uint64_t seq;
    int kind;
    int slot;
} event;

typedef struct {
    event *slots;
    size_t count, capacity;
    uint64_t next_seq;
} heap;

static inline int precedes(const event *a, const event *b) {
    return a->time < b->time || (a->time == b->time && a->seq < b->seq);
}

static void heap_push(heap *h, double time, int kind, int slot) {
    if (h->count == h->capacity) {
        h->capacity = h->capacity ? 2 * h->capacity : 1024;
        h->slots = realloc(h->slots, h->capacity * sizeof(event));
        if (!h->slots) abort();
    }
    event e = {time, h->next_seq++, kind, slot};
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
    if (n == 0) return top;
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

/* FIFO of case slots waiting for a courtroom. */
typedef struct {
    int *slots;
    size_t head, count, capacity; /* capacity is a power of two */
} ring;

static void ring_push(ring *r, int x) {
    if (r->count == r->capacity) {
        size_t capacity = r->capacity ? 2 * r->capacity : 1024;
        int *slots = malloc(capacity * sizeof(int));
        if (!slots) abort();
        for (size_t i = 0; i < r->count; i++) slots[i] = r->slots[(r->head + i) & (r->capacity - 1)];
        free(r->slots);
        r->slots = slots;
        r->head = 0;
        r->capacity = capacity;
    }
    r->slots[(r->head + r->count++) & (r->capacity - 1)] = x;
}

static int ring_pop(ring *r) {
    int x = r->slots[r->head];
    r->head = (r->head + 1) & (r->capacity - 1);
    r->count--;
    return x;
}

typedef struct {
    int group, detained, next_free;
    double ability, arrest_time, queue_joined;
} case_record;

typedef struct {
    case_record *slots;
    int count, capacity, free_head;
} slab;

static int slab_take(slab *s) {
    if (s->free_head >= 0) {
        int slot = s->free_head;
        s->free_head = s->slots[slot].next_free;
        return slot;
    }
    if (s->count == s->capacity) {
        s->capacity = s->capacity ? 2 * s->capacity : 1024;
        s->slots = realloc(s->slots, (size_t)s->capacity * sizeof(case_record));
        if (!s->slots) abort();
    }
    return s->count++;
}

static void slab_free(slab *s, int slot) {
    s->slots[slot].next_free = s->free_head;
    s->free_head = slot;
}

typedef struct {
    long events, arrests[2], detained[2], tried;
    double detention_days, wait_days, end;
} result;

static result simulate(double trial_scale, unsigned long seed) {
    const double window = 365, arrest_mean = 1.0 / 100;
    const int courtrooms = 12;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, seed);
    heap h = {0};
    ring line = {0};
    slab cases = {NULL, 0, 0, -1};
    result out = {0};
    int busy = 0;
    double now = 0;

    heap_push(&h, gsl_ran_exponential(r, arrest_mean), ARREST, -1);
    while (h.count > 0) {
        event e = heap_pop(&h);
        now = e.time;
        out.events++;
        case_record *c = e.slot >= 0 ? &cases.slots[e.slot] : NULL;
        switch (e.kind) {
        case ARREST: {
            int slot = slab_take(&cases);
            c = &cases.slots[slot];
            c->group = gsl_rng_uniform(r) < 0.6 ? 0 : 1;
            c->ability = gsl_ran_lognormal(r, log(c->group == 0 ? 1500 : 800), 1.0);
            c->arrest_time = now;
            c->detained = 1;
            out.arrests[c->group]++;
            heap_push(&h, now + gsl_ran_exponential(r, 1.0), HEARING, slot);
            double next = now + gsl_ran_exponential(r, arrest_mean);
            if (next < window) heap_push(&h, next, ARREST, -1);
            break;
        }
        case HEARING: {
            int released = gsl_rng_uniform(r) < 0.3 || c->ability >= gsl_ran_lognormal(r, log(2000), 0.8);
            if (released) {
                c->detained = 0;
                out.detention_days += now - c->arrest_time;
            } else {
                out.detained[c->group]++;
            }
            heap_push(&h, now + gsl_ran_exponential(r, 30), PLEA, e.slot);
            break;
        }
        case PLEA: {
            if (gsl_rng_uniform(r) < (c->detained ? 0.6 : 0.4)) {
                if (c->detained) out.detention_days += now - c->arrest_time;
                slab_free(&cases, e.slot);
            } else if (busy < courtrooms) {
                busy++;
                out.tried++;
                heap_push(&h, now + gsl_ran_gamma(r, 2, trial_scale), TRIAL_END, e.slot);
            } else {
                c->queue_joined = now;
                ring_push(&line, e.slot);
            }
            break;
        }
        case TRIAL_END: {
            if (c->detained) out.detention_days += now - c->arrest_time;
            slab_free(&cases, e.slot);
            if (line.count > 0) {
                int next = ring_pop(&line);
                out.tried++;
                out.wait_days += now - cases.slots[next].queue_joined;
                heap_push(&h, now + gsl_ran_gamma(r, 2, trial_scale), TRIAL_END, next);
            } else {
                busy--;
            }
            break;
        }
        }
    }
    out.end = now;
    free(h.slots);
    free(line.slots);
    free(cases.slots);
    gsl_rng_free(r);
    return out;
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    const char *variant = argc > 1 ? argv[1] : "stable";
    int replications = argc > 2 ? atoi(argv[2]) : 100;
    int runs = argc > 3 ? atoi(argv[3]) : 1;
    double scale = strcmp(variant, "overload") == 0 ? 1.0 : strcmp(variant, "stable") == 0 ? 0.1 : -1;
    if (scale < 0 || replications <= 0 || runs <= 0) {
        fprintf(stderr, "usage: r1 [stable|overload] [REPLICATIONS] [RUNS]\n");
        return 2;
    }
    for (int run = 1; run <= runs; run++) {
        long events = 0, arrests[2] = {0, 0}, detained[2] = {0, 0};
        double days = 0;
        double start = now_seconds();
        for (int k = 1; k <= replications; k++) {
            result out = simulate(scale, (unsigned long)k);
            events += out.events;
            for (int g = 0; g < 2; g++) {
                arrests[g] += out.arrests[g];
                detained[g] += out.detained[g];
            }
            days += out.detention_days;
        }
        double seconds = now_seconds() - start;
        printf("bench=r1-c variant=%s run=%d replications=%d events=%ld seconds=%.4f Mevents_per_s=%.3f "
               "detained_past_hearing_A=%.4f (analytic 0.4122) detained_past_hearing_B=%.4f (analytic 0.5340) "
               "detention_days=%.4f\n",
               variant, run, replications, events, seconds, events / seconds / 1e6,
               (double)detained[0] / arrests[0], (double)detained[1] / arrests[1],
               days / (arrests[0] + arrests[1]));
    }
    return 0;
}
