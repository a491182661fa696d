"""接谈窗口: the windows clerks call to, and which ticket categories each one serves.

A fresh database offers 1号窗口 … 6号窗口 without storing them; the first window saved
stores those built-in windows too (one call), so none of them disappears.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CallEvent, ServiceWindow, Visit, VisitStatusChange
from desktop.domain import TicketCategory
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.queue.states import CallingError
from desktop.service import TerminalService
from desktop.text import clean_text, column_length

DEFAULT_WINDOW_COUNT = 6

# A window's name is copied into the visit, its calls and its status history.
MAX_WINDOW_NAME_LENGTH = min(column_length(column) for column in (
    ServiceWindow.name, Visit.window_name, Visit.target_window, CallEvent.window_name,
    VisitStatusChange.window_name,
))


@dataclass(frozen=True)
class WindowInfo:
    name: str
    number: int
    categories: tuple[TicketCategory, ...]  # empty: every category


BUILTIN_WINDOWS = tuple(
    WindowInfo(f"{n}号窗口", n, ()) for n in range(1, DEFAULT_WINDOW_COUNT + 1)
)


def clean_window(window_name: str, field: str = "window_name") -> str:
    """A window name as typed or chosen, checked; CallingError when there is none."""
    name = clean_text(window_name, field=field, label=QT_TRANSLATE_NOOP("Fields", "窗口名称"),
                      limit=MAX_WINDOW_NAME_LENGTH, error=CallingError)
    if not name:
        raise CallingError(QT_TRANSLATE_NOOP("Errors", "请先选择本机所在的接谈窗口"))
    return name


def parse_categories(text: str) -> tuple[TicketCategory, ...]:
    values = []
    for part in text.replace("，", ",").split(","):
        try:
            values.append(TicketCategory(part.strip()))
        except ValueError:
            continue
    return tuple(values)


def saved_windows(session: Session) -> list[WindowInfo]:
    """The active windows stored in the database (none on a fresh database)."""
    rows = session.scalars(
        select(ServiceWindow)
        .where(ServiceWindow.active, ServiceWindow.deleted_at.is_(None))
        .order_by(ServiceWindow.number)
    ).all()
    return [WindowInfo(r.name, r.number, parse_categories(r.categories)) for r in rows]


def window_categories(session: Session, window: str) -> tuple[TicketCategory, ...]:
    """What `window` serves (empty: every category, also for an unknown window)."""
    for info in saved_windows(session):
        if info.name == window:
            return info.categories
    return ()


class WindowService(TerminalService):
    def list_windows(self) -> list[WindowInfo]:
        """Active windows; a fresh database offers 1号窗口 … 6号窗口 until some are saved."""
        with self._sessions() as session:
            return saved_windows(session) or list(BUILTIN_WINDOWS)

    def save_window(
        self,
        number: int,
        name: str = "",
        categories: Sequence[TicketCategory] = (),
        active: bool = True,
        *,
        keep_builtin: bool = True,
    ) -> WindowInfo:
        """Create or change window `number` (name defaults to "N号窗口").

        While no window is stored (the list shows the built-in 1–6), those are stored
        in the same transaction (unless keep_builtin=False), so saving one keeps the others.
        """
        if not 1 <= number <= 999:
            raise CallingError(QT_TRANSLATE_NOOP("Errors", "窗口号应在 1 到 999 之间"))
        clean = clean_window(name or f"{number}号窗口")
        with self._sessions.begin() as session:
            if keep_builtin and not saved_windows(session):
                for info in BUILTIN_WINDOWS:
                    if info.number != number:
                        self._store(session, info.number, info.name, (), True)
            self._store(session, number, clean, categories, active)
            return WindowInfo(clean, number, tuple(categories))

    def _store(
        self,
        session: Session,
        number: int,
        name: str,
        categories: Sequence[TicketCategory],
        active: bool,
    ) -> None:
        row = session.scalar(select(ServiceWindow).where(ServiceWindow.number == number))
        if row is None:
            row = ServiceWindow(number=number, origin_terminal=self._workstation.terminal_code)
            session.add(row)
        row.name = name
        row.categories = ",".join(category.value for category in categories)
        row.active = active
        row.deleted_at = None
        session.flush()
