"""The English translation is complete and up to date with the Chinese source texts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "laifang_en.ts"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_text_is_translated() -> None:
    problems = []
    for (context, source), message in _messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            # Plural messages keep their English in <numerusform> children, one per form.
            texts = [form.text or "" for form in translation.findall("numerusform")]
        else:
            texts = [translation.text or ""]
        if (translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not texts or any(not text.strip() for text in texts)):
            problems.append(f"{context}: {source!r} has no English")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} placeholders differ in {text!r}")
            elif "%n" in source and "%n" not in text:
                problems.append(f"{context}: {source!r} has no %n in {text!r}")
    assert problems == [], "\n".join(problems)


def test_ts_file_lists_every_source_text(tmp_path: Path) -> None:
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    sources = [
        *sorted(
            str(p.relative_to(ROOT))
            for pattern in ("ui/**/*.py", "desktop/**/*.py")
            for p in ROOT.glob(pattern)
        ),
        "main.py",
    ]
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        cwd=ROOT, check=True, capture_output=True,
    )
    missing = sorted(set(_messages(copy)) - set(_messages(TS)))
    assert missing == [], (
        f"{len(missing)} texts are not in {TS.name}; run scripts/update_translations.sh "
        f"and translate them: {missing[:10]}"
    )


def test_qm_compiles(tmp_path: Path) -> None:
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    result = subprocess.run([str(lrelease), str(TS), "-qm", str(tmp_path / "en.qm")],
                            capture_output=True, text=True, check=True)
    assert (tmp_path / "en.qm").stat().st_size > 1000, result.stdout
