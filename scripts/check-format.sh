#!/usr/bin/env bash
# Checks that every C++ source follows .clang-format. Run by ctest (test "clang_format") when clang-format is
# installed; exits 77 (ctest: skipped) when it is not version 14, whose output the tree is formatted with.
set -u
cd "$(dirname "$0")/.."
cf=${CLANG_FORMAT:-clang-format}
command -v "$cf" >/dev/null 2>&1 || { echo "clang-format not installed: skipped"; exit 77; }
"$cf" --version | grep -q "version 14\." || { echo "$("$cf" --version): the tree is formatted with clang-format 14: skipped"; exit 77; }
status=0
while IFS= read -r -d '' f; do
  if ! "$cf" --dry-run -Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f (run: $cf -i $f)"
    status=1
  fi
done < <(find app models widgets tests benchmarks fuzz -name '*.cpp' -print0 -o -name '*.h' -print0)
[ $status -eq 0 ] && echo "all sources formatted"
exit $status
