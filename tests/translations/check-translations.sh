#!/usr/bin/env bash
# Every user-visible string is translated: no unfinished message in
# translations/*.ts, and every source string of the code is in the files
# (lupdate run into a copy must not add any).
set -euo pipefail
src="$1"
status=0
for ts in "$src"/translations/rapport_*.ts; do
  n=$(grep -c 'type="unfinished"' "$ts" || true)
  if [[ "$n" != 0 ]]; then
    echo "$(basename "$ts"): $n unfinished message(s), e.g.:"
    grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -5
    status=1
  fi
done
lupdate="$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$src"/translations/rapport_zh_CN.ts "$work/check.ts"
( cd "$src" && "$lupdate" -no-obsolete -locations none -extensions cpp,h app ui models -ts "$work/check.ts" >"$work/lupdate.log" 2>&1 )
missing=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
if [[ "$missing" != 0 ]]; then
  echo "$missing string(s) of the sources are not in translations/ (run scripts/update-translations.sh and translate them), e.g.:"
  grep -B3 'type="unfinished"' "$work/check.ts" | grep '<source>' | head -5
  status=1
fi
[[ $status == 0 ]] && echo "translations complete"
exit $status
