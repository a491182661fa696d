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
        """Message in the UI language; `translate(context, text)` is Qt's translate.
        Parameters that are `Label`s are translated too, before they are filled in."""
        params = {key: str(translate(value.context, str(value))) if isinstance(value, Label)
                  else value for key, value in self.params.items()}
        return str(translate(self.context, self.template)).format(**params)


class Label(str):
    """A message parameter that is itself a translatable label (e.g. a "Domain" label
    such as 下访): it reads as its Chinese text, and `UserError.translated` puts it in
    the UI language, so an English message does not quote a Chinese word."""

    context: str

    def __new__(cls, context: str, text: str) -> Label:
        label = super().__new__(cls, text)
        label.context = context
        return label

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return (self.context, str(self))
