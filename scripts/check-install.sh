#!/usr/bin/env bash
# Checks the installation (run by ctest; exit 77 = skipped because a tool is missing).
#   check-install.sh BUILD_DIR                      install into a temporary prefix, check the files, run the binary
#   check-install.sh --validate-desktop FILE        desktop-file-validate (warnings and hints count as failures)
#   check-install.sh --validate-appstream FILE      appstreamcli validate --no-net
set -euo pipefail

validate_desktop() {
  command -v desktop-file-validate >/dev/null || { echo "desktop-file-validate not installed (desktop-file-utils)"; exit 77; }
  out=$(desktop-file-validate "$1" 2>&1) || { echo "$out"; exit 1; }
  [ -z "$out" ] || { echo "$out"; exit 1; }
  echo "desktop-file-validate: $1 is valid"
}

validate_appstream() {
  command -v appstreamcli >/dev/null || { echo "appstreamcli not installed (appstream)"; exit 77; }
  appstreamcli validate --no-net --explain "$1"
}

case "${1:-}" in
  --validate-desktop) validate_desktop "$2"; exit 0 ;;
  --validate-appstream) validate_appstream "$2"; exit 0 ;;
esac

build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

expected=(
  bin/transcript-editor
  share/applications/transcript-editor.desktop
  share/metainfo/io.github.transcript_editor.TranscriptEditor.metainfo.xml
  share/icons/hicolor/scalable/apps/transcript-editor.svg
  share/transcript-editor/translations/transcript-editor_de.qm
  share/transcript-editor/translations/transcript-editor_es.qm
)
for f in "${expected[@]}"; do
  [ -s "$prefix/$f" ] || { echo "missing after install: $f"; find "$prefix" -type f; exit 1; }
done
# The desktop entry's Icon= and the metainfo's launchable name installed files.
grep -qx 'Icon=transcript-editor' "$prefix/share/applications/transcript-editor.desktop"
grep -q '<launchable type="desktop-id">transcript-editor.desktop</launchable>' \
  "$prefix"/share/metainfo/*.metainfo.xml

# The installed program runs from the prefix (no display needed for the command line).
version=$("$prefix/bin/transcript-editor" --version)
echo "installed: $version"
[[ "$version" =~ ^transcript-editor\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "unexpected --version output: $version"; exit 1; }
"$prefix/bin/transcript-editor" check --help | head -1 | grep -q '^Usage: transcript-editor check'

# The installed files validate as installed.
if command -v desktop-file-validate >/dev/null; then validate_desktop "$prefix/share/applications/transcript-editor.desktop"; fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$prefix"/share/metainfo/*.metainfo.xml
fi
echo "install: every file in place under a temporary prefix"
