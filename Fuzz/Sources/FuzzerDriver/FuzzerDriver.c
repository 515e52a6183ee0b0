/* Declarations only: libFuzzer itself comes from the toolchain (swiftc -sanitize=fuzzer). */
#include "FuzzerDriver.h"
