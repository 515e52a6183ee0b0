// Hold model with std::priority_queue: the C++ reference for the Swift EventCalendar.
//
// Build: g++ -O2 -o bin/hold cpp/hold.cpp
// Run:   bin/hold PENDING [RUNS] [HOLDS]     (defaults: 5 runs, 10,000,000 holds)
//
// Same model, same numbers as Benchmarks/Sources/KernelWorkloads/HoldModel.swift: 24-byte
// events ordered by (time, seq); pre-load PENDING events at Exp(mean PENDING) times from 0;
// each hold pops the earliest event and pushes it back at time + Exp(mean PENDING). The
// exponential is an inline SplitMix64 plus -log(u), u = ((x >> 11) + 1) * 2^-53, in both
// languages, so the heap dominates. The printed clock must equal the Swift runner's.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <queue>
#include <vector>

struct Event {
    double time;
    uint64_t seq;
    int32_t id;
    uint8_t extra;
    uint8_t kind;
};
static_assert(sizeof(Event) == 24, "event is 24 bytes");

struct Later {
    bool operator()(const Event &a, const Event &b) const {
        return a.time > b.time || (a.time == b.time && a.seq > b.seq);
    }
};

struct SplitMix64 {
    uint64_t state;
    inline uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    inline double exponential(double mean) {
        double u = (double)((next() >> 11) + 1) * 0x1p-53;
        return -std::log(u) * mean;
    }
};

static double now_seconds() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: hold PENDING [RUNS] [HOLDS]\n");
        return 2;
    }
    const long pending = std::atol(argv[1]);
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    const long holds = argc > 3 ? std::atol(argv[3]) : 10000000L;
    if (pending <= 0 || runs <= 0 || holds <= 0) {
        std::fprintf(stderr, "hold: arguments must be positive\n");
        return 2;
    }
    std::vector<double> seconds;
    for (int run = 1; run <= runs; ++run) {
        std::vector<Event> storage;
        storage.reserve(pending + 1);
        std::priority_queue<Event, std::vector<Event>, Later> heap(Later(), std::move(storage));
        SplitMix64 random{1};
        const double mean = (double)pending;
        uint64_t seq = 0;
        for (long i = 0; i < pending; ++i) {
            Event e{random.exponential(mean), seq++, (int32_t)i, (uint8_t)i, (uint8_t)(i & 3)};
            heap.push(e);
        }
        double clock = 0;
        const double start = now_seconds();
        for (long i = 0; i < holds; ++i) {
            Event e = heap.top();
            heap.pop();
            clock = e.time;
            e.time = clock + random.exponential(mean);
            e.seq = seq++;
            heap.push(e);
        }
        const double elapsed = now_seconds() - start;
        seconds.push_back(elapsed);
        std::printf("lang=cpp bench=hold pending=%ld run=%d holds=%ld seconds=%.6f Mevents_per_s=%.3f clock=%.17g "
                    "entry_size=%zu entry_stride=%zu\n",
                    pending, run, holds, elapsed, holds / elapsed / 1e6, clock, sizeof(Event), sizeof(Event));
    }
    std::sort(seconds.begin(), seconds.end());
    const size_t n = seconds.size();
    const double median = n % 2 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
    std::printf("lang=cpp bench=hold pending=%ld median_of=%d holds=%ld seconds=%.6f Mevents_per_s=%.3f\n",
                pending, runs, holds, median, holds / median / 1e6);
    return 0;
}
