"""The CJK font for tickets and receipts, found once per process.

A TrueType font is embedded (subset) so the PDF shows Chinese in any viewer and on any
printer. ReportLab reads only TrueType outlines: CFF-based fonts (.otf, the Noto/Source
Han .ttc collections) are rejected when loaded and the search moves on. Without any
usable font we fall back to the CID font STSong-Light, which is *not* embedded and
relies on the viewer having an Asian font pack, hence the warning.

Override: ``LAIFANG_CJK_FONT=/path/to/font.ttc[:subfontIndex]``.

Rare characters (CJK Extension B and later, plane 2: 𠀀, 𪚥 — common in names) are in
no everyday font. Text is therefore drawn in runs: each character in the first font of
a chain that has its glyph — the main font, then fallback TrueType fonts (HanaMin A/B
from ``fonts-hanazono``; SimSun-ExtB, MingLiU-ExtB on Windows), loaded only when a
character needs one. What no font has is "unprintable": the document says so and the
clerk is warned before printing. Extra fallbacks:
``LAIFANG_CJK_FALLBACK_FONTS=/a.ttf;/b.ttc:1`` (``;``-separated).
"""

from __future__ import annotations

import fnmatch
import functools
import logging
import os
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

ENV_VAR = "LAIFANG_CJK_FONT"
TTF_NAME = "LaifangCJK"
FALLBACK_CID_FONT = "STSong-Light"
FALLBACKS_ENV_VAR = "LAIFANG_CJK_FALLBACK_FONTS"
FALLBACK_TTF_NAME = "LaifangCJK-X{n}"  # the n-th fallback font found, from 1
# A font must have these to count as Chinese (some "CJK" fonts are Japanese-only).
_PROBE_CHARS = "中访号执"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap (ttfonts.makeToUnicodeCMap, 5.1.0) with characters
    beyond the BMP written as UTF-16 surrogate pairs, as the PDF spec wants: ReportLab
    writes ``<20000>``, which viewers reject, so 𠀀 in a name could not be searched or
    copied. The same text as ReportLab's for every other character."""
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(
                f"<{i:02X}> <{chr(code).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
                for i, code in enumerate(subset)
            ),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


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


# --- Fallback fonts for rare characters -------------------------------------------------

# TrueType fonts with the CJK extensions, best first. HanaMinA has the BMP (with Ext A)
# and some of plane 2; HanaMinB the rest of plane 2 (Ext B-F). Noto/Source Han CJK are
# CFF and cannot be embedded by ReportLab.
_LINUX_FALLBACK_FILES = [
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",  # Debian/Ubuntu fonts-hanazono
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
    "/usr/share/fonts/hanazono/HanaMinA.ttf",
    "/usr/share/fonts/hanazono/HanaMinB.ttf",
    "/usr/share/fonts/TTF/HanaMinA.ttf",  # Arch ttf-hanazono
    "/usr/share/fonts/TTF/HanaMinB.ttf",
]
_WINDOWS_FALLBACK_NAMES = [
    "simsunb.ttf",  # SimSun-ExtB (Windows Vista and later)
    "SimsunExtG.ttf",  # SimSun-ExtG (Windows 11: Ext G and later)
    "mingliub.ttc",  # MingLiU-ExtB
]
_FALLBACK_WALK_NAMES = ["HanaMin*.ttf", "BabelStoneHan*.ttf", "TH-Tshyn-P*.ttf"]
_MAC_FONT_DIRS = ["/Library/Fonts", "~/Library/Fonts"]


def fallback_candidates() -> Iterator[FontCandidate]:
    """Fallback fonts to try, best first (tests monkeypatch this). Lazy, like
    candidate_fonts: the directory walk only happens when the files listed lack a glyph."""
    for value in os.environ.get(FALLBACKS_ENV_VAR, "").split(";"):
        if value.strip():
            yield parse_override(value.strip())
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or "C:/Windows"
        dirs = [Path(windir) / "Fonts"]
        if local := os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        yield from (FontCandidate(str(d / n)) for d in dirs for n in _WINDOWS_FALLBACK_NAMES)
        return
    yield from (FontCandidate(p) for p in _LINUX_FALLBACK_FILES)
    bases = [*_WALK_DIRS, *(_MAC_FONT_DIRS if sys.platform == "darwin" else [])]
    for base in bases:
        for root, _dirs, names in os.walk(os.path.expanduser(base)):
            for name in sorted(names):
                if any(fnmatch.fnmatch(name, pattern) for pattern in _FALLBACK_WALK_NAMES):
                    yield FontCandidate(os.path.join(root, name))


def _ignorable(ch: str) -> bool:
    """Blanks, format characters (ZWJ …) and variation selectors: never a glyph of
    their own, so they stay in the run around them and are never "unprintable"."""
    code = ord(ch)
    return (
        ch.isspace()
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or unicodedata.category(ch) == "Cf"
    )


class FontChain:
    """The main font and, behind it, the fallback fonts, with each character's font.

    Not thread-safe: rendering is serialised (desktop.printing.service's render lock).
    """

    def __init__(self, primary: LoadedFont) -> None:
        self.primary = primary
        self.name = primary.name
        # The CID fallback's coverage is up to the viewer, but its encoding (UCS-2)
        # cannot express characters beyond the BMP.
        self._cmap: dict[int, int] | None = (
            pdfmetrics.getFont(primary.name).face.charToGlyph if primary.embedded else None
        )
        self._fallbacks: list[tuple[str, dict[int, int]]] = []
        self._candidates: Iterator[FontCandidate] | None = None  # started on first miss
        self._tried: set[tuple[str, int]] = (
            {(os.path.realpath(primary.path), primary.subfont_index)} if primary.path else set()
        )
        self._font_of: dict[str, str | None] = {}

    def _in_primary(self, ch: str) -> bool:
        if self._cmap is None:
            return ord(ch) < 0x10000
        return ord(ch) in self._cmap

    def covers_all(self, text: str) -> bool:
        """True when the main font draws every character of `text` (the usual case)."""
        if self._cmap is None:
            return text.isascii() or all(ord(ch) < 0x10000 for ch in text)
        cmap = self._cmap
        return all(ord(ch) in cmap for ch in text)

    def font_for(self, ch: str) -> str | None:
        """The registered font that draws `ch`; None when no font found has it."""
        if _ignorable(ch) or self._in_primary(ch):
            return self.name
        if ch in self._font_of:
            return self._font_of[ch]
        found = self._search(ord(ch))
        self._font_of[ch] = found
        return found

    def _search(self, code: int) -> str | None:
        for name, cmap in self._fallbacks:
            if code in cmap:
                return name
        if self._candidates is None:
            self._candidates = fallback_candidates()
        # Load further fallback fonts only until one has the glyph.
        for candidate in self._candidates:
            key = (os.path.realpath(candidate.path), candidate.subfont_index)
            if key in self._tried or not os.path.isfile(candidate.path):
                continue
            self._tried.add(key)
            name = FALLBACK_TTF_NAME.format(n=len(self._fallbacks) + 1)
            try:
                font = TTFont(name, candidate.path, subfontIndex=candidate.subfont_index)
            except Exception as exc:  # TTFError, OSError, struct.error, ...
                log.info("fallback font %s unusable: %s", candidate.path, exc)
                continue
            pdfmetrics.registerFont(font)
            cmap = font.face.charToGlyph
            self._fallbacks.append((name, cmap))
            log.debug("fallback font %s: %s", name, candidate.path)
            if code in cmap:
                return name
        return None

    def runs(self, text: str) -> list[tuple[str, str]]:
        """`text` split into (piece, font name) runs; a character no font has stays in
        the main font (it prints blank: see unprintable)."""
        if self.covers_all(text):
            return [(text, self.name)]
        runs: list[tuple[str, str]] = []
        piece, font = "", self.name
        for ch in text:
            ch_font = font if _ignorable(ch) and piece else (self.font_for(ch) or self.name)
            if ch_font != font and piece:
                runs.append((piece, font))
                piece = ""
            piece += ch
            font = ch_font
        if piece:
            runs.append((piece, font))
        return runs

    def unprintable(self, text: str) -> tuple[str, ...]:
        """The characters of `text` no font can draw, each once, in order."""
        if self.covers_all(text):
            return ()
        seen: dict[str, None] = {}
        for ch in text:
            if ch not in seen and self.font_for(ch) is None:
                seen[ch] = None
        return tuple(seen)


_CHAIN: list[FontChain] = []  # the current chain; rebuilt when the main font is reloaded


def font_chain() -> FontChain:
    primary = load_cjk_font()
    if not _CHAIN or _CHAIN[0].primary is not primary:
        _CHAIN[:] = [FontChain(primary)]
    return _CHAIN[0]


def text_runs(text: str, font_name: str) -> list[tuple[str, str]]:
    """(piece, font) runs to draw `text` that was styled with `font_name`."""
    chain = font_chain()
    if font_name != chain.name:
        return [(text, font_name)]
    return chain.runs(text)


def char_font(ch: str, font_name: str) -> str:
    """The font `ch` is drawn in when styled with `font_name`."""
    chain = font_chain()
    if font_name != chain.name:
        return font_name
    return chain.font_for(ch) or font_name


def text_width(text: str, font_name: str, size: float) -> float:
    """Width of `text` as drawn, each run measured in its own font."""
    return sum(float(stringWidth(piece, font, size)) for piece, font in text_runs(text, font_name))


def unprintable_chars(texts: Iterable[str]) -> tuple[str, ...]:
    """Characters in `texts` that no font can draw (they would print as blanks)."""
    return font_chain().unprintable("".join(texts))
