"""The database's safety net: the start-up integrity check on a really damaged file,
checked backups with the SQLite backup API, retention, and restore (refused while
another process has the database open)."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import FakeClock, make_id_number
from sqlite_damage import add_filler, pages_of, root_page, zero_page

import desktop.storage.backup as backup_module
from desktop.app import open_services
from desktop.demo import fill_demo_data
from desktop.domain import TicketCategory
from desktop.i18n import UserError
from desktop.queue.tickets import TicketRequest
from desktop.storage.backup import (
    BackupService,
    DatabaseDamaged,
    check_database_integrity,
    known_revisions,
    sqlite_file,
)


def _count(path: Path, table: str = "visit") -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def filled(tmp_path: Path) -> tuple[str, Path]:
    """A database with a few hundred demo visits, closed again (url, file)."""
    path = tmp_path / "laifang.sqlite3"
    url = f"sqlite:///{path}"
    services = open_services(url, "FRONT-1", "前台")
    try:
        # Visits only: the reception demo's check-ins would add booked visits to the 300.
        fill_demo_data(services, visits=300, days=5, seed=3, reception=False)
    finally:
        services.close()
    return url, path


def _service(url: str, tmp_path: Path, clock: FakeClock | None = None, keep_days: int = 14
             ) -> BackupService:
    return BackupService(url, folder=tmp_path / "backups", keep_days=keep_days,
                         clock=clock or FakeClock())


# ---------------------------------------------------------------------- the check


def test_a_good_a_new_and_a_server_database_pass(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, _path = filled
    check_database_integrity(url, quick=True)
    check_database_integrity(url, quick=False)
    check_database_integrity(f"sqlite:///{tmp_path / 'not-yet.sqlite3'}", quick=True)
    check_database_integrity("postgresql+psycopg://postgres@127.0.0.1:5432/test", quick=True)
    assert not (tmp_path / "not-yet.sqlite3").exists()  # checking creates nothing


def test_start_up_check_catches_a_zeroed_page_in_the_middle(filled, tmp_path: Path,
                                                            expected_errors) -> None:  # type: ignore[no-untyped-def]
    url, path = filled
    service = _service(url, tmp_path)
    made = service.take_backup()
    leaves = pages_of(path, "visit", "leaf")
    zero_page(path, leaves[len(leaves) // 2])
    expected_errors.append("is damaged")
    with pytest.raises(DatabaseDamaged) as caught:
        service.check(quick=True)
    message = caught.value.message
    assert "数据库文件已损坏" in message
    assert str(made.path) in message  # where the last good backup is …
    assert f'python main.py restore "{made.path}"' in message  # … and how to restore it
    with pytest.raises(DatabaseDamaged):
        check_database_integrity(url, quick=True)


def test_damage_without_any_backup_says_so(filled, tmp_path: Path, expected_errors) -> None:  # type: ignore[no-untyped-def]
    url, path = filled
    zero_page(path, root_page(path, "visitor"))
    expected_errors.append("is damaged")
    with pytest.raises(DatabaseDamaged, match="没有可用的备份"):
        _service(url, tmp_path).check(quick=True)


def test_large_files_get_a_probe_at_start_and_the_full_check_later(
        filled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, expected_errors) -> None:  # type: ignore[no-untyped-def]
    url, path = filled
    monkeypatch.setattr(backup_module, "QUICK_CHECK_MAX_BYTES", 0)  # "large"
    expected_errors.append("is damaged")
    service = _service(url, tmp_path)
    service.check(quick=True)  # the probe reads every table and index of a good file
    # A leaf deep inside a table is left to the full check (seconds on a big file) …
    leaves = pages_of(path, "visit", "leaf")
    zero_page(path, leaves[len(leaves) // 2])
    service.check(quick=True)
    with pytest.raises(DatabaseDamaged):
        service.check(quick=False)
    # … but a damaged index root is found by the probe at once.
    zero_page(path, root_page(path, "ix_visit_queue"))
    with pytest.raises(DatabaseDamaged):
        service.check(quick=True)


def test_sqlite_file_of_urls(tmp_path: Path) -> None:
    assert sqlite_file(f"sqlite:///{tmp_path / 'a.db'}") == tmp_path / "a.db"
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("sqlite:///:memory:") is None
    assert sqlite_file("postgresql+psycopg://u@h/db") is None


# ---------------------------------------------------------------------- backups


def test_backup_is_a_checked_self_contained_copy(services, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.tickets.issue_ticket(TicketRequest(name="张三", id_number=make_id_number(),
                                                      category=TicketCategory.REGULAR))
    service = _service(db_url, tmp_path)
    assert service.latest() is None
    made = service.take_backup()  # while the services hold the database open
    assert made.path.parent == tmp_path / "backups"
    assert made.path.name == "laifang-20261127-090000.sqlite3"
    assert made.bytes == made.path.stat().st_size > 0
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]
    with closing(sqlite3.connect(made.path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM visit").fetchone()[0] == 1
    assert service.latest() == made


def test_backup_to_a_chosen_file_but_never_over_the_database(services, db_url: str,
                                                             tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service = _service(db_url, tmp_path)
    out = tmp_path / "usb" / "copy.sqlite3"
    out.parent.mkdir()
    made = service.take_backup(out)
    assert made.path == out and _count(out, "terminal") == 1
    assert service.latest() is None  # not in the backups folder
    with pytest.raises(UserError, match="不能是数据库本身"):
        service.take_backup(Path(db_url.removeprefix("sqlite:///")))


def test_backup_of_a_damaged_database_is_not_kept(filled, tmp_path: Path,
                                                   expected_errors) -> None:  # type: ignore[no-untyped-def]
    url, path = filled
    leaves = pages_of(path, "visit", "leaf")
    zero_page(path, leaves[len(leaves) // 2])
    expected_errors.append("failed its check")
    service = _service(url, tmp_path)
    with pytest.raises(DatabaseDamaged):
        service.take_backup()
    assert list((tmp_path / "backups").iterdir()) == []


def test_daily_backup_once_per_day_and_old_ones_pruned(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, _path = filled
    clock = FakeClock()
    service = _service(url, tmp_path, clock, keep_days=3)
    first = service.backup_if_due()
    assert first is not None
    clock.advance(hours=5)
    assert service.backup_if_due() == first  # same day: nothing new
    taken = [first]
    for _ in range(4):
        clock.advance(days=1)
        made = service.backup_if_due()
        assert made is not None and made != taken[-1]
        taken.append(made)
    # Kept: today and the two days before (3 days); older ones are gone.
    assert [b.path for b in service.list_backups()] == [b.path for b in reversed(taken[-3:])]
    assert not taken[0].path.exists() and not taken[1].path.exists()


def test_the_newest_backup_is_kept_however_old(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, _path = filled
    clock = FakeClock()
    service = _service(url, tmp_path, clock, keep_days=2)
    made = service.take_backup()
    clock.advance(days=30)
    assert service.prune() == []
    assert service.latest() == made


def test_an_interrupted_backup_is_never_taken_for_a_good_one(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, _path = filled
    service = _service(url, tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "laifang-20261126-090000.sqlite3.partial").write_bytes(b"half")
    os.utime(folder / "laifang-20261126-090000.sqlite3.partial", (1, 1))  # long ago
    (folder / "laifang-20261127-085959.sqlite3.partial").write_bytes(b"being written")
    assert service.latest() is None
    service.take_backup()
    assert sorted(p.name for p in folder.iterdir()) == [
        "laifang-20261127-085959.sqlite3.partial", "laifang-20261127-090000.sqlite3"]


# ---------------------------------------------------------------------- restore


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, path = filled
    clock = FakeClock(datetime(2026, 11, 30, 1, 0, tzinfo=UTC))
    service = _service(url, tmp_path, clock)
    made = service.take_backup()
    services = open_services(url, "FRONT-1", "前台")
    try:
        services.tickets.issue_ticket(TicketRequest(name="张三", id_number=make_id_number(),
                                                      category=TicketCategory.REGULAR))
    finally:
        services.close()
    assert _count(path) == 301
    clock.advance(minutes=5)
    done = service.restore(made.path)
    assert _count(path) == 300
    assert done.revision in known_revisions()
    assert done.safety_backup.name == "laifang-before-restore-20261130-090500.sqlite3"
    assert _count(done.safety_backup) == 301  # the replaced state is not lost
    assert service.latest() == made  # a safety copy is not "the last good backup"
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    check_database_integrity(url, quick=False)


def test_restore_repairs_a_damaged_database(filled, tmp_path: Path, expected_errors) -> None:  # type: ignore[no-untyped-def]
    url, path = filled
    service = _service(url, tmp_path)
    made = service.take_backup()
    leaves = pages_of(path, "visit", "leaf")
    zero_page(path, leaves[len(leaves) // 2])
    expected_errors.append("is damaged")
    with pytest.raises(DatabaseDamaged):
        service.check(quick=True)
    service.restore(made.path)
    service.check(quick=False)
    assert _count(path) == 300


def test_restore_replaces_a_database_sqlite_cannot_even_open(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, path = filled
    service = _service(url, tmp_path)
    made = service.take_backup()
    zero_page(path, 1)  # header and schema root gone: "file is not a database"
    done = service.restore(made.path)
    assert done.safety_backup.name == "laifang-unreadable-20261127-090000.sqlite3"
    assert done.safety_backup.is_file()  # kept for the administrator, not deleted
    assert service.latest() == made
    service.check(quick=False)
    assert _count(path) == 300


def test_restore_refuses_files_that_are_not_good_laifang_databases(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, path = filled
    service = _service(url, tmp_path)
    with pytest.raises(UserError, match="找不到要恢复的备份文件"):
        service.restore(tmp_path / "missing.sqlite3")
    with pytest.raises(UserError, match="不能用数据库自身来恢复"):
        service.restore(path)
    text = tmp_path / "notes.txt"
    text.write_text("这不是数据库\n" * 200, encoding="utf-8")
    with pytest.raises(UserError, match="不是来访接待台的数据库"):
        service.restore(text)
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(UserError, match="不是来访接待台的数据库"):
        service.restore(other)
    newer = service.take_backup(tmp_path / "newer.sqlite3").path
    with closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(UserError, match="9999_future"):
        service.restore(newer)
    damaged = service.take_backup(tmp_path / "damaged.sqlite3").path
    add_filler(damaged)
    zero_page(damaged, pages_of(damaged, "filler", "leaf")[3])
    with pytest.raises(UserError, match="没有通过完整性检查"):
        service.restore(damaged)
    assert _count(path) == 300  # untouched by every refusal
    assert not list((tmp_path / "backups").glob("laifang-before-restore-*"))


def _hold_open(url: str, ready, release) -> None:  # type: ignore[no-untyped-def]
    """Another program (a second window, the board) with the database open."""
    services = open_services(url, "FRONT-2", "前台二")
    try:
        services.reference.centre_settings()
        ready.set()
        release.wait(60)
    finally:
        services.close()


@pytest.mark.slow
def test_restore_is_refused_while_another_process_has_the_database_open(
        filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, _path = filled
    service = _service(url, tmp_path)
    made = service.take_backup()
    context = multiprocessing.get_context("spawn")
    ready, release = context.Event(), context.Event()
    holder = context.Process(target=_hold_open, args=(url, ready, release))
    holder.start()
    try:
        assert ready.wait(60)
        with pytest.raises(UserError, match="数据库正被其他程序使用"):
            service.restore(made.path)
        assert not list((tmp_path / "backups").glob("laifang-before-restore-*"))
    finally:
        release.set()
        holder.join(60)
    assert holder.exitcode == 0
    service.restore(made.path)  # once it is closed, the restore goes ahead


def test_backups_are_off_for_a_server_database(tmp_path: Path) -> None:
    service = BackupService("postgresql+psycopg://postgres@127.0.0.1:5432/test",
                            folder=tmp_path / "b")
    assert not service.enabled
    assert service.backup_if_due() is None
    with pytest.raises(UserError, match="只适用于本机的 SQLite 数据库"):
        service.take_backup()


def test_backup_times_are_local(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, _path = filled
    # 23:30 UTC is 07:30 the next morning in Asia/Shanghai.
    clock = FakeClock(datetime(2026, 11, 27, 23, 30, tzinfo=UTC) - timedelta(milliseconds=1))
    made = _service(url, tmp_path, clock).take_backup()
    assert made.path.name == "laifang-20261128-073000.sqlite3"
    assert made.taken_at.strftime("%Y-%m-%d %H:%M") == "2026-11-28 07:30"
