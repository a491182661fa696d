#!/usr/bin/env bash
# Collects every translatable text (self.tr, QCoreApplication.translate, QT_TRANSLATE_NOOP)
# from ui/, desktop/ and main.py into resources/translations/laifang_en.ts.
# Source texts are Chinese; fill the English in the .ts (Qt Linguist or by hand), then
# scripts/setup.sh compiles the .qm. tests/unit/test_translations.py fails while any
# text is missing or unfinished.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mapfile -t sources < <(git ls-files --cached --others --exclude-standard 'ui/*.py' 'desktop/*.py' 'main.py' | sort)
"$ROOT/.venv/bin/pyside6-lupdate" -no-obsolete -locations none -source-language zh_CN \
  -target-language en_US "${sources[@]}" -ts resources/translations/laifang_en.ts
