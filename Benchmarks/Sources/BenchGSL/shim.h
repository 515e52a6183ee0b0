#ifndef BENCH_GSL_SHIM_H
#define BENCH_GSL_SHIM_H
/* GSL for the benchmark package's own checks (the root's CGSL is not a product). */
#include <gsl/gsl_errno.h>
#include <gsl/gsl_rstat.h>
#endif
