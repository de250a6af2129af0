#!/usr/bin/env bash
# Builds the whole project with clang, AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/) and runs the
# whole test suite in it. Any sanitizer report fails the run: UBSan does not recover, ASan stops at the first error,
# LeakSanitizer reports leaks except inside the system libraries listed in scripts/lsan.supp.
# Needs: bash scripts/install-deps.sh --sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${TE_ASAN_BUILD_DIR:-build-asan}
# fuzzer-no-link only adds coverage counters: the same objects then also serve the libFuzzer targets (fuzz.sh uses
# this build directory when it is given), so CI compiles the project with clang once.
flags="-fsanitize=address,undefined,fuzzer-no-link -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
# Debug keeps Qt's own checks (Q_ASSERT in Qt's headers, e.g. "Called object is not of the correct type") on; -O1
# keeps the run affordable; line tables are all the reports need for file:line and cost less to build than -g.
CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-gline-tables-only -O1" \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DTE_BUILD_BENCHMARKS=OFF -DTE_BUILD_FUZZERS=ON
cmake --build "$dir"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# malloc stacks are unwound with frame pointers (the default): slow unwinding (fast_unwind_on_malloc=0) made the
# suite about ten times slower and timed tests out; scripts/lsan.supp matches what the short stacks show.
# The kill test's counts are the ordinary run's business (250 kills per case there); here its children only need to
# die in every phase of a save under the sanitizers, which 40 kills per case do.
export TE_KILL_COUNT=${TE_KILL_COUNT:-40}
# Two tests at a time (2 cores): the tests use their own temporary files, settings and application names.
ctest --test-dir "$dir" --output-on-failure -j2 "$@"
