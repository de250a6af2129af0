#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang, ASan+UBSan) in build-fuzz/ and runs each for SECONDS (default 90),
# seeded from tests/data (and ../shared's corpus and fixtures when present). Fails on any crash, hang (an input
# running longer than 20 s), out-of-memory or sanitizer report; the failing input is left in build-fuzz/artifacts/
# and belongs in tests/data/fuzz-regressions/<target>/ once fixed (tst_fuzzregressions replays it).
# Needs: bash scripts/install-deps.sh --sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-90}
dir=${TE_FUZZ_BUILD_DIR:-build-fuzz}
# A build directory already configured with the fuzzers (e.g. build-asan from sanitizer-tests.sh) is reused as is.
if ! grep -q "^TE_BUILD_FUZZERS:BOOL=ON" "$dir/CMakeCache.txt" 2>/dev/null; then
  CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTE_BUILD_FUZZERS=ON \
    -DTE_BUILD_TESTS=OFF -DTE_BUILD_BENCHMARKS=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
fi
cmake --build "$dir" --target fuzz_episode fuzz_captions
shared=${TE_SHARED_DIR:-../shared}
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_OPTIONS="detect_leaks=0" # one input at a time: Qt's and yaml-cpp's caches are not leaks of ours
status=0
for target in episode captions; do
  seeds="$dir/seeds-$target"
  corpus="$dir/corpus-$target"
  mkdir -p "$seeds" "$corpus" "$dir/artifacts/$target"
  if [ "$target" = episode ]; then
    cp tests/data/*.md "$seeds"/
    [ -d "$shared/corpus" ] && cp "$shared"/corpus/*.md "$seeds"/
    [ -d "$shared/fixtures/episodes" ] && cp "$shared"/fixtures/episodes/* "$seeds"/
  else
    cp tests/data/*.captions.txt "$seeds"/
    [ -d "$shared/fixtures/captions" ] && cp "$shared"/fixtures/captions/* "$seeds"/
  fi
  cp tests/data/fuzz-regressions/$target/* "$seeds"/ 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s"
  if ! "$dir/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$dir/artifacts/$target/" "$corpus" "$seeds" > "$dir/fuzz-$target.log" 2>&1; then
    echo "fuzz: $target FAILED (crash, hang, out-of-memory or sanitizer report):"
    tail -n 60 "$dir/fuzz-$target.log"
    status=1
  else
    grep -E "^stat::number_of_executed_units|^Done" "$dir/fuzz-$target.log" || true
  fi
done
exit $status
