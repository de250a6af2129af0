#!/usr/bin/env bash
# Refreshes the translation catalogues translations/*.ts from the sources (run after merging work that adds or
# changes user-visible strings, then translate every entry Qt Linguist shows as unfinished).
#
#   scripts/update-translations.sh            update every translations/transcript-editor_*.ts
#   scripts/update-translations.sh fr         also start a new catalogue translations/transcript-editor_fr.ts
#   scripts/update-translations.sh --check    change nothing; exit 1 when a catalogue is out of date with the
#                                             sources (the ctest test translations_up_to_date; 77 = no lupdate)
#
# Flags:
#   -no-obsolete      drop strings that left the sources (no "vanished"/"obsolete" entries are kept)
#   -locations none   no file:line references, so moving code does not churn the catalogues
#   -extensions ...   C++ sources and headers only
# over app/ widgets/ models/ (recursively, so models/commands/ and models/format/ are included).
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
  lupdate=$(command -v lupdate || true)
  [ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
fi
check=0
if [ "${1:-}" = "--check" ]; then
  check=1
  shift
fi
if [ ! -x "$lupdate" ]; then
  echo "update-translations: lupdate not found (apt-get install qt6-l10n-tools)" >&2
  [ $check -eq 1 ] && exit 77
  exit 1
fi

run_lupdate() {
  "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h app widgets models -ts "$@"
}

if [ $check -eq 1 ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  status=0
  for ts in translations/transcript-editor_*.ts; do
    cp "$ts" "$tmp/"
    run_lupdate "$tmp/$(basename "$ts")" >/dev/null
    if ! diff -u "$ts" "$tmp/$(basename "$ts")"; then
      echo "update-translations: $ts is out of date with the sources; run scripts/update-translations.sh" >&2
      status=1
    fi
  done
  [ $status -eq 0 ] && echo "update-translations: every catalogue is up to date with the sources"
  exit $status
fi

ts_files=(translations/transcript-editor_*.ts)
for lang in "$@"; do
  ts_files+=("translations/transcript-editor_${lang}.ts")
done

run_lupdate "${ts_files[@]}"

# What is left to translate, per catalogue.
for ts in "${ts_files[@]}"; do
  left=$(grep -c 'type="unfinished"' "$ts" || true)
  echo "update-translations: $ts: $left unfinished"
done
