"""open_services seeds and registers only what is missing: the usual start (seeded
database, known terminal) runs one plain check instead of the ORM statements."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

import desktop.app
from db.models import Area, ContentCategory, Terminal
from desktop.app import open_services


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'laifang.sqlite3'}"


def _forbid_setup(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*_args: object) -> None:
        raise AssertionError("seeding or registration ran on a set-up database")

    monkeypatch.setattr(desktop.app, "seed_reference_data", forbidden)
    monkeypatch.setattr(desktop.app, "register_terminal", forbidden)


def test_a_second_start_skips_seeding_and_registration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_services(_url(tmp_path), "FRONT-2", "前台", preferred_slot=4)
    first.close()
    _forbid_setup(monkeypatch)
    again = open_services(_url(tmp_path), " FRONT-2 ", "前台")
    try:
        assert again.workstation.slot == 4
        assert again.workstation.terminal_code == "FRONT-2"
    finally:
        again.close()


def test_a_new_terminal_on_a_seeded_database_is_registered(tmp_path: Path) -> None:
    open_services(_url(tmp_path), "FRONT-1", "前台").close()
    other = open_services(_url(tmp_path), "FRONT-2", "前台")
    try:
        assert other.workstation.slot == 2
        with Session(other.engine) as session:
            rows = session.execute(select(Terminal.code, Terminal.slot))
            slots = {code: slot for code, slot in rows}
        assert slots == {"FRONT-1": 1, "FRONT-2": 2}
    finally:
        other.close()


def test_an_emptied_reference_table_is_seeded_again(tmp_path: Path) -> None:
    host = open_services(_url(tmp_path), "FRONT-1", "前台")
    with host.engine.begin() as connection:
        areas = connection.scalar(select(func.count()).select_from(Area))
        connection.execute(text(f"DELETE FROM {Area.__tablename__}"))
    host.close()
    again = open_services(_url(tmp_path), "FRONT-1", "前台")
    try:
        with Session(again.engine) as session:
            assert session.scalar(select(func.count()).select_from(Area)) == areas
            assert session.scalar(select(func.count()).select_from(ContentCategory))
    finally:
        again.close()
