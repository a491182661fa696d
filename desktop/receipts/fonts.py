"""The CJK font for tickets and receipts, found once per process.

A TrueType font is embedded (subset) so the PDF shows Chinese in any viewer and on any
printer. ReportLab reads only TrueType outlines: CFF-based fonts (.otf, the Noto/Source
Han .ttc collections) are rejected when loaded and the search moves on. Without any
usable font we fall back to the CID font STSong-Light, which is *not* embedded and
relies on the viewer having an Asian font pack, hence the warning.

Override: ``LAIFANG_CJK_FONT=/path/to/font.ttc[:subfontIndex]``.
"""

from __future__ import annotations

import fnmatch
import functools
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

ENV_VAR = "LAIFANG_CJK_FONT"
TTF_NAME = "LaifangCJK"
FALLBACK_CID_FONT = "STSong-Light"
# A font must have these to count as Chinese (some "CJK" fonts are Japanese-only).
_PROBE_CHARS = "中访号执"


@dataclass(frozen=True)
class FontCandidate:
    path: str
    subfont_index: int = 0


@dataclass(frozen=True)
class LoadedFont:
    name: str  # the ReportLab font name to draw with
    embedded: bool
    path: str | None  # None for the CID fallback
    subfont_index: int = 0


def _windows_candidates() -> list[FontCandidate]:
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or "C:/Windows"
    dirs = [Path(windir) / "Fonts"]
    if local := os.environ.get("LOCALAPPDATA"):
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")  # per-user installs
    names = ["simhei.ttf", "msyh.ttc", "simsun.ttc", "Deng.ttf", "simkai.ttf", "simfang.ttf"]
    return [FontCandidate(str(d / n)) for d in dirs for n in names]


_LINUX_FILES = [
    # WenQuanYi: Debian/Ubuntu, Fedora, Arch paths
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/google-droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/cjkuni-uming/uming.ttc",
    "/usr/share/fonts/cjkuni-ukai/ukai.ttc",
]

_MAC_FILES = [
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Songti.ttc",
]

# Last resort on Unix: well-known TrueType CJK families anywhere under the font dirs
# (e.g. Noto Sans SC as a .ttf, never the CFF NotoSansCJK*.ttc).
_WALK_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts"]
_WALK_NAMES = [
    "wqy-*.tt[cf]",
    "DroidSansFallback*.ttf",
    "uming.ttc",
    "ukai.ttc",
    "NotoSansSC-*.ttf",
    "NotoSerifSC-*.ttf",
    "SourceHanSansSC-*.ttf",
]


def candidate_fonts() -> Iterator[FontCandidate]:
    """Where to look, best first, for the running platform (tests monkeypatch this).

    Lazy: the directory walk at the end only happens if no well-known file exists.
    """
    if sys.platform == "win32":
        yield from _windows_candidates()
        return
    files = list(_LINUX_FILES)
    if sys.platform == "darwin":
        files = [*_MAC_FILES, str(Path.home() / "Library" / "Fonts" / "Arial Unicode.ttf")]
    yield from (FontCandidate(p) for p in files)
    for base in _WALK_DIRS:
        for root, _dirs, names in os.walk(os.path.expanduser(base)):
            for name in sorted(names):
                if any(fnmatch.fnmatch(name, pattern) for pattern in _WALK_NAMES):
                    yield FontCandidate(os.path.join(root, name))


def parse_override(value: str) -> FontCandidate:
    """``/path[:index]``; a Windows drive colon (``C:/...``) is not an index separator."""
    path, sep, index = value.rpartition(":")
    if sep and index.isdigit() and path:
        return FontCandidate(path, int(index))
    return FontCandidate(value)


def _try_load(candidate: FontCandidate) -> TTFont | None:
    if not os.path.isfile(candidate.path):
        return None
    try:
        font = TTFont(TTF_NAME, candidate.path, subfontIndex=candidate.subfont_index)
    except Exception as exc:  # ReportLab raises TTFError, OSError, struct.error, ...
        log.info("CJK font %s unusable: %s", candidate.path, exc)
        return None
    cmap = font.face.charToGlyph
    if not all(ord(ch) in cmap for ch in _PROBE_CHARS):
        log.info("CJK font %s lacks Chinese characters", candidate.path)
        return None
    return font


def _register(font: TTFont, source: FontCandidate) -> LoadedFont:
    pdfmetrics.registerFont(font)
    log.debug("CJK font: %s (subfont %d)", source.path, source.subfont_index)
    return LoadedFont(TTF_NAME, True, source.path, source.subfont_index)


@functools.cache
def load_cjk_font() -> LoadedFont:
    """Find, load and register the font; runs once per process (cached)."""
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        wanted = parse_override(override)
        font = _try_load(wanted)
        if font is not None:
            return _register(font, wanted)
        log.warning(
            "%s=%s is not a usable TrueType CJK font; searching the system", ENV_VAR, override
        )
    for candidate in candidate_fonts():
        font = _try_load(candidate)
        if font is not None:
            return _register(font, candidate)
    log.warning(
        "No TrueType CJK font found (set %s or install e.g. WenQuanYi Zen Hei / SimHei); "
        "falling back to the non-embedded CID font %s: Chinese may not show in viewers "
        "without an Asian font pack",
        ENV_VAR,
        FALLBACK_CID_FONT,
    )
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID_FONT))
    return LoadedFont(FALLBACK_CID_FONT, False, None)


def cjk_font_name() -> str:
    """The registered ReportLab font name to draw Chinese text with."""
    return load_cjk_font().name


def font_is_embedded() -> bool:
    """False when only the STSong-Light fallback was available."""
    return load_cjk_font().embedded


def missing_glyphs(text: str) -> str:
    """Characters of `text` the embedded font cannot draw (they would print as boxes).

    Empty for the CID fallback, whose coverage is up to the viewer.
    """
    loaded = load_cjk_font()
    if not loaded.embedded:
        return ""
    font = pdfmetrics.getFont(loaded.name)
    cmap = font.face.charToGlyph
    seen: dict[str, None] = {}
    for ch in text:
        if ord(ch) not in cmap and not ch.isspace():
            seen[ch] = None
    return "".join(seen)
