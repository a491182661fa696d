#!/usr/bin/env python3
"""Fill unfinished English translations in resources/translations/laifang_en.ts from a
JSON object {"中文原文": "English"}; prints the sources still unfinished.

    scripts/fill_translations.py map.json
Run scripts/update_translations.sh first (it adds new sources), and again after (it
compiles the .qm). Numerus messages (%n) are filled in every plural form.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "laifang_en.ts"


def main() -> int:
    mapping: dict[str, str] = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    left = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source not in mapping:
            left.append(source)
            continue
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = mapping[source]
        else:
            translation.text = mapping[source]
        del translation.attrib["type"]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    for source in left:
        print(source)
    return 0


if __name__ == "__main__":
    sys.exit(main())
