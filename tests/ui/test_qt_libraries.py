"""Every system library that the Qt plugins and modules the program loads need is installed.

A missing system library hides well: Qt skips a plugin that cannot load (no window, no
sound, no print dialog, and no error), and `pytest.importorskip` lets through only a
missing module, not a module whose library is missing. So ldd checks the files themselves
and names the Debian package to install, from scripts/system-packages.txt, the list that
scripts/setup.sh installs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_LIST = ROOT / "scripts" / "system-packages.txt"

# The plugins Qt loads for the program (relative to PySide6/Qt/plugins): the platforms of
# a window, of the tests and of screenshots; GL under xcb; FFmpeg audio for the voice
# clips; text-to-speech; images and icons; the print dialog; keyboard input under xcb.
PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "platforms/libqminimal.so",
    "xcbglintegrations/*.so",
    "multimedia/*.so",
    "texttospeech/*.so",
    "imageformats/*.so",
    "iconengines/*.so",
    "printsupport/*.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
)
# The modules whose absence would go unnoticed longest: voice and the receipt preview.
MUST_CHECK = {"QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtPdf"}

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None,
    reason="ldd and Debian packages: Linux only",
)


def package_of_library() -> dict[str, str]:
    """soname → Debian package, from scripts/system-packages.txt."""
    packages: dict[str, str] = {}
    for line in PACKAGE_LIST.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        for soname in words[1:]:
            packages[soname] = words[0]
    return packages


def imported_qt_modules() -> set[str]:
    """The PySide6 modules the program's own code imports (ui/ and main.py)."""
    sources = [ROOT / "main.py", *sorted((ROOT / "ui").rglob("*.py"))]
    found: set[str] = set()
    for source in sources:
        found.update(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    return found


def files_to_check() -> list[Path]:
    import PySide6

    package_dir = Path(PySide6.__file__).parent
    files: list[Path] = []
    for module in sorted(imported_qt_modules() | MUST_CHECK):
        matches = sorted(package_dir.glob(f"{module}.*so"))
        assert matches, f"PySide6 module {module} has no shared object in {package_dir}"
        files.extend(matches)
    for pattern in PLUGINS:
        matches = sorted((package_dir / "Qt" / "plugins").glob(pattern))
        assert matches, f"no Qt plugin matches {pattern}: was PySide6 reinstalled without it?"
        files.extend(matches)
    return files


def missing_libraries(ldd_output: str) -> dict[str, set[str]]:
    """From `ldd FILE…` output: each library not found → the files that need it."""
    missing: dict[str, set[str]] = {}
    current = ""
    for line in ldd_output.splitlines():
        if line and not line[0].isspace() and line.endswith(":"):
            current = line[:-1]  # ldd with several files heads each list with "FILE:"
            continue
        match = re.match(r"\s+(\S+) => not found", line)
        if match:
            missing.setdefault(match.group(1), set()).add(current)
    return missing


def report(missing: dict[str, set[str]], packages: dict[str, str]) -> str:
    lines = ["Qt cannot load these system libraries:"]
    to_install: list[str] = []
    for soname in sorted(missing):
        package = packages.get(soname)
        if package and package not in to_install:
            to_install.append(package)
        needed_by = ", ".join(sorted(Path(f).name for f in missing[soname]))
        where = f"package {package}" if package else (
            "no package known: find it with `apt-file search " + soname
            + "` and add it to scripts/system-packages.txt")
        lines.append(f"  {soname} ({where}), needed by {needed_by}")
    if to_install:
        lines.append("Install as root (./scripts/setup.sh does it when run as root):")
        lines.append("  apt-get install " + " ".join(to_install))
    return "\n".join(lines)


def test_every_library_qt_loads_is_installed() -> None:
    files = files_to_check()
    result = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True,
                            check=False, env={**os.environ, "LC_ALL": "C"})
    missing = missing_libraries(result.stdout)
    if missing:
        pytest.fail(report(missing, package_of_library()), pytrace=False)


def test_the_check_names_the_package_of_a_missing_library() -> None:
    output = (
        "/q/QtMultimedia.abi3.so:\n"
        "\tlibQt6Multimedia.so.6 => /q/Qt/lib/libQt6Multimedia.so.6 (0x00007f)\n"
        "\tlibpulse.so.0 => not found\n"
        "/q/Qt/plugins/platforms/libqxcb.so:\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibpulse.so.0 => not found\n"
        "\tlibweird.so.9 => not found\n"
    )
    missing = missing_libraries(output)
    assert missing == {
        "libpulse.so.0": {"/q/QtMultimedia.abi3.so", "/q/Qt/plugins/platforms/libqxcb.so"},
        "libxcb-icccm.so.4": {"/q/Qt/plugins/platforms/libqxcb.so"},
        "libweird.so.9": {"/q/Qt/plugins/platforms/libqxcb.so"},
    }
    text = report(missing, package_of_library())
    assert "libpulse.so.0 (package libpulse0), needed by QtMultimedia.abi3.so, libqxcb.so" in text
    assert "libweird.so.9 (no package known" in text
    assert text.endswith("apt-get install libpulse0 libxcb-icccm4")


def test_the_modules_the_program_imports_are_checked() -> None:
    names = {path.name.split(".")[0] for path in files_to_check()}
    assert {"QtMultimedia", "QtPdf", "QtTextToSpeech", "QtPrintSupport"} <= names
    assert {"libqxcb", "libffmpegmediaplugin", "libqtexttospeech_speechd"} <= names


def test_setup_installs_exactly_the_listed_packages(tmp_path: Path) -> None:
    """Not root: setup prints the apt-get line with every listed package it lacks."""
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    # A user who is not root, on a machine where none of the packages is installed.
    for name, body in (("id", "echo 1000"), ("dpkg-query", "exit 1")):
        (fake_bin / name).write_text(f"#!/bin/sh\n{body}\n")
        (fake_bin / name).chmod(0o755)
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup.sh")], capture_output=True, text=True,
        check=False, timeout=60,
        # PYTHON=false stops setup right after the system packages, before the venv.
        env={**os.environ, "PATH": f"{fake_bin}:{os.environ['PATH']}", "PYTHON": "false"},
    )
    assert result.returncode == 1, result.stderr
    install = [line.split()[3:] for line in result.stderr.splitlines()
               if line.startswith("  sudo apt-get install ")]
    listed = [line.split()[0] for line in PACKAGE_LIST.read_text(encoding="utf-8").splitlines()
              if line.split() and not line.startswith("#")]
    assert "libpulse0" in listed and "fonts-hanazono" in listed
    # Debian 13 and Ubuntu 24.04 call some of them NAMEt64: setup asks apt for that name.
    assert install and [p.removesuffix("t64") for p in install[0] if p != "python3-venv"] == listed
