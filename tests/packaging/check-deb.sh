#!/usr/bin/env bash
# Builds the .deb with cpack from the build folder $1, unpacks it into a
# temporary root and checks what a distribution would: the files are there,
# the .desktop file and the AppStream metainfo validate, the binaries run.
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$build"
if ! cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  exit 1
fi
deb="$(ls "$work"/out/rapport_*.deb)"
echo "package: $(basename "$deb")"
dpkg-deb -f "$deb" Package Version Architecture Depends
dpkg-deb -x "$deb" "$work/root"
root="$work/root/usr"
for f in bin/rapport bin/rapportctl \
         share/applications/org.rapport.Rapport.desktop \
         share/metainfo/org.rapport.Rapport.metainfo.xml \
         share/icons/hicolor/scalable/apps/org.rapport.Rapport.svg; do
  [[ -e "$root/$f" ]] || { echo "missing from the package: /usr/$f"; exit 1; }
done
for size in 16 24 32 48 64 128 256; do
  icon="$root/share/icons/hicolor/${size}x${size}/apps/org.rapport.Rapport.png"
  [[ -s "$icon" ]] || { echo "missing icon: $icon"; exit 1; }
  # PNG header, and the declared width matches the folder.
  [[ "$(head -c 8 "$icon" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] || { echo "not a PNG: $icon"; exit 1; }
  width=$((16#$(od -An -tx1 -j16 -N4 "$icon" | tr -d ' \n')))
  [[ "$width" == "$size" ]] || { echo "$icon is $width px wide, not $size"; exit 1; }
done
desktop-file-validate "$root/share/applications/org.rapport.Rapport.desktop"
appstreamcli validate --no-net "$root/share/metainfo/org.rapport.Rapport.metainfo.xml"
# The packaged binaries start (translations are compiled into rapport).
QT_QPA_PLATFORM=offscreen "$root/bin/rapportctl" --help >/dev/null
QT_QPA_PLATFORM=offscreen "$root/bin/rapport" --help >/dev/null
echo "package OK"
