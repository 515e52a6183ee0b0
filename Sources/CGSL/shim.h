#ifndef CGSL_SHIM_H
#define CGSL_SHIM_H
#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_rstat.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_sf_gamma.h>

/* Swift 6 strict concurrency rejects reads of C global `var`s such as gsl_rng_mt19937
   ("not concurrency-safe because it involves shared mutable state"). GSL never writes
   these after load, so expose each one through a function. */
static inline const gsl_rng_type *cgsl_rng_mt19937(void) { return gsl_rng_mt19937; }
static inline const gsl_rng_type *cgsl_rng_taus2(void) { return gsl_rng_taus2; }
static inline const gsl_rng_type *cgsl_rng_ranlxd2(void) { return gsl_rng_ranlxd2; }

/* A counter-based generator for per-person luck: SplitMix64 (Steele, Lea & Flood 2014)
   over (seed, counter), offered to GSL as a generator type so every gsl_ran_* sampler works
   with it. Reseeding is two stores, where GSL's own generators run a warm-up: the model
   reseeds once per person and decision, so this matters (see Benchmarks/README.md). */
typedef struct { unsigned long seed; unsigned long counter; } cgsl_splitmix_state;

static inline unsigned long cgsl_splitmix_next(cgsl_splitmix_state *s) {
    unsigned long z = s->seed + (++s->counter) * 0x9E3779B97F4A7C15UL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
    return z ^ (z >> 31);
}
static void cgsl_splitmix_set(void *state, unsigned long seed) {
    cgsl_splitmix_state *s = (cgsl_splitmix_state *)state;
    s->seed = seed;
    s->counter = 0;
}
static unsigned long cgsl_splitmix_get(void *state) {
    return cgsl_splitmix_next((cgsl_splitmix_state *)state) >> 32;
}
static double cgsl_splitmix_get_double(void *state) {
    return (double)(cgsl_splitmix_next((cgsl_splitmix_state *)state) >> 11) * 0x1.0p-53;
}
static const gsl_rng_type cgsl_splitmix_type = {
    "splitmix64", 0xffffffffUL, 0, sizeof(cgsl_splitmix_state),
    &cgsl_splitmix_set, &cgsl_splitmix_get, &cgsl_splitmix_get_double
};
static inline const gsl_rng_type *cgsl_rng_splitmix64(void) { return &cgsl_splitmix_type; }
#endif
