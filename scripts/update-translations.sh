#!/usr/bin/env bash
# Re-reads every tr() / QT_TR_NOOP / QT_TRANSLATE_NOOP string of the sources
# into translations/*.ts (new strings come in unfinished; strings no longer
# used are dropped). Translate the unfinished ones with Qt Linguist, or by
# editing the XML; the build turns the .ts files into the .qm files the app
# embeds. Run it after changing user-visible strings.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate="${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}"
sources=(app ui models)
# Chinese: every string.
"$lupdate" -no-obsolete -locations relative -extensions cpp,h "${sources[@]}" \
  -ts translations/rapport_zh_CN.ts translations/rapport_zh_TW.ts
# English is the source language: only the plural forms ("%n record(s)").
"$lupdate" -no-obsolete -pluralonly -locations relative -extensions cpp,h "${sources[@]}" \
  -ts translations/rapport_en.ts
