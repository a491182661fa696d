"""One cleaner for every text a service stores.

Typed, pasted or card-read text is NFC-normalised and stripped; control characters,
lone surrogates and text made only of invisible characters are refused with a message
naming the field; lengths are counted in code points against the database column's
own length, so SQLite (which ignores VARCHAR lengths) and PostgreSQL (which enforces
them) accept exactly the same data.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Final

from sqlalchemy import ColumnElement
from sqlalchemy.orm import InstrumentedAttribute

from desktop.i18n import QT_TRANSLATE_NOOP, Label, UserError

# Invisible characters that only ever arrive by accident (pasted from web pages or
# Word, or a BOM from a file): dropped, so "张\u200b三" is the same name as "张三".
_DROPPED: Final = frozenset("\u200b\u2060\ufeff\u00ad\u180e")
# Joiners matter inside emoji and some scripts: allowed in free text, not in one-line
# fields (names, units, codes), where they only make look-alike duplicates.
_JOINERS: Final = frozenset("\u200c\u200d")
# Whitespace controls: a line break in free text; a single space in one-line fields.
_LINE_BREAKS: Final = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")
_TAB: Final = "\t"


class InvalidText(UserError, ValueError):
    """Text that must not be stored; `field` names the input."""


def column_length(column: InstrumentedAttribute[Any] | ColumnElement[Any]) -> int:
    """The length of a String column (e.g. `Visitor.name`): the one source of limits."""
    length = getattr(column.type, "length", None)
    if not isinstance(length, int):
        raise TypeError(f"{column} has no length")
    return length


def _invisible(char: str) -> bool:
    category = unicodedata.category(char)
    return category in ("Cf", "Zs", "Zl", "Zp", "Mn", "Me") or char.isspace()


def clean_text(
    value: str,
    *,
    field: str,
    label: str,
    limit: int,
    multiline: bool = False,
    error: type[UserError] = InvalidText,
) -> str:
    """Normalised text, "" when blank; raise `error`(field=field) for what must not be
    stored. `label` is the field's Chinese name as the user sees it (e.g. "姓名"); `error`
    lets a service raise its own UserError subclass. The label is translated with the
    message (context "Fields"), so an English message names the field in English."""
    if not isinstance(value, str):
        raise TypeError(f"{field} must be a string, not {type(value).__name__}")
    label = Label("Fields", label)
    had_content = bool(value.strip())
    if multiline:
        text = _LINE_BREAKS.sub("\n", value)
    else:
        # Pasted text brings tabs and line breaks: one line in a one-line field.
        text = _LINE_BREAKS.sub(" ", value).replace(_TAB, " ")
    kept: list[str] = []
    for char in text:
        if char in _DROPPED:
            continue
        category = unicodedata.category(char)
        allowed_control = multiline and char in "\n\t"
        if (
            (category == "Cc" and not allowed_control)
            or category == "Cs"
            or (category == "Cf" and not (multiline and char in _JOINERS))
        ):
            raise error(
                QT_TRANSLATE_NOOP("Errors", "{label}含有不可见或控制字符，请删除后重新输入"),
                field=field, label=label,
            )
        kept.append(char)
    text = unicodedata.normalize("NFC", "".join(kept)).strip()
    if had_content and all(_invisible(char) for char in text):
        # Only zero-width or format characters (or combining marks on nothing).
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{label}不能只有空白或不可见字符，请重新输入"),
            field=field, label=label,
        )
    if len(text) > limit:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "{label}太长：最多 {limit} 个字，现在 {length} 个字，请删减"
            ),
            field=field, label=label, limit=limit, length=len(text),
        )
    return text
