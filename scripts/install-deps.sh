#!/usr/bin/env bash
# Installs what Transcript Editor needs to build, run and test on Debian 12 (see README.md).
# Idempotent: does nothing when every package is already present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-l10n-tools libyaml-cpp-dev libyaml-dev pkg-config
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  libqt6svg6 qt6-translations-l10n xvfb xauth xdotool ffmpeg desktop-file-utils appstream
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev pkg-config
)
# Never gstreamer1.0-libav: its MP3 decoder breaks QAudioDecoder (see README, "Audio").

# --sanitizers: also what the ASan+UBSan build and the libFuzzer targets need (clang 14, its sanitizer and fuzzer
# runtimes, llvm-symbolizer for readable reports). .ci/run asks for them; a plain build does not need them.
if [ "${1:-}" = "--sanitizers" ]; then
  packages+=(clang-14 clang libclang-rt-14-dev llvm-14)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
