#!/usr/bin/env bash
# Rapport's one entry point for a fresh Debian 12 machine (run as root, or as a
# user with sudo):
#   scripts/rapport-dev.sh run [rapport options]   install what is missing, build (Release), start rapport
#   scripts/rapport-dev.sh test                    install what is missing, build and run every test twice:
#                                                  a Release build, then an AddressSanitizer + UBSan build
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake g++ ninja-build pkg-config qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev
  qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libxkbcommon-dev libgl-dev libgtest-dev libgmock-dev libbenchmark-dev qtkeychain-qt6-dev libsodium-dev
  libphonenumber-dev libical-dev libgsl-dev libxlsxwriter-dev libsqlite3-dev sqlite3 postgresql xvfb xauth
  fonts-noto-cjk desktop-file-utils appstream tzdata)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() { # dir build-type [cmake options…]
  local dir=$1 type=$2
  shift 2
  cmake -S . -B "build/$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
  cmake --build "build/$dir" -j "$(nproc)"
}

case "${1:-}" in
  run)
    shift
    install_missing
    configure_and_build release Release
    exec build/release/app/rapport "$@"
    ;;
  test)
    install_missing
    start=$(date +%s)
    configure_and_build release Release
    (cd build/release && ctest --output-on-failure -j "$(nproc)")
    configure_and_build asan Debug -DRAPPORT_SANITIZE=ON -DRAPPORT_BUILD_BENCH=OFF
    (cd build/asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
       LSAN_OPTIONS=suppressions="$PWD/../../tests/lsan.supp":print_suppressions=0 \
       UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
       ctest --output-on-failure -j "$(nproc)")
    echo "Both suites passed in $(( $(date +%s) - start )) s."
    ;;
  *)
    echo "usage: $0 run [rapport options] | test" >&2
    exit 2
    ;;
esac
