"""Translatable messages for the Qt-free core.

The core marks user-facing text with QT_TRANSLATE_NOOP so pyside6-lupdate collects it;
the UI translates it at display time with QCoreApplication.translate(context, text).
Source texts are Chinese (the working language); resources/translations has English.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    del context
    return source_text


class UserError(Exception):
    """An error the user can fix: a Chinese message saying what is wrong and what to do.

    `context` and `template` are the translation key; `params` fill `{name}` fields.
    """

    context = "Errors"

    def __init__(self, template: str, /, *, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.params = params
        # Which input the message is about, so the UI can put the cursor there.
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def translated(self, translate: Any) -> str:
        """Message in the UI language; `translate(context, text)` is Qt's translate."""
        return str(translate(self.context, self.template)).format(**self.params)
