"""Start-up checks: every way the database can be unusable gives a Chinese message that
says what is wrong and what to do, and nothing is changed; simultaneous first starts on
one database all succeed."""

from __future__ import annotations

import hashlib
import multiprocessing
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import loopback
import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from db.engine import make_engine
from db.migrate import alembic_config, head_revision, upgrade_to_head
from desktop.app import open_services
from desktop.i18n import UserError
from desktop.resources import load_json
from desktop.storage.startup import StartupError, check_folder, connect_timeout

# ------------------------------------------------------------------ helpers


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with a hash of its bytes (read only after every
    connection is closed: the test process holds no SQLite locks by then)."""
    return {
        str(path.relative_to(folder)): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        )
        for path in sorted(folder.rglob("*"))
    }


def _sqlite(path: Path) -> str:
    return f"sqlite:///{path}"


def _at_revision(path: Path, revision: str) -> None:
    engine = make_engine(_sqlite(path))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def _execute(path: Path, *statements: str) -> None:
    engine = create_engine(_sqlite(path))
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def make_text_file(folder: Path) -> str:
    (folder / "notes.db").write_text("这不是数据库\nnot a database either\n" * 50,
                                    encoding="utf-8")
    return _sqlite(folder / "notes.db")


def make_binary_garbage(folder: Path) -> str:
    (folder / "garbage.sqlite3").write_bytes(bytes(range(256)) * 64)
    return _sqlite(folder / "garbage.sqlite3")


def make_folder(folder: Path) -> str:
    (folder / "a-folder").mkdir()
    return _sqlite(folder / "a-folder")


def make_missing_folder(folder: Path) -> str:
    return _sqlite(folder / "no-such-folder" / "laifang.sqlite3")


def make_newer_revision(folder: Path) -> str:
    path = folder / "newer.sqlite3"
    upgrade_to_head(engine := make_engine(_sqlite(path)))
    engine.dispose()
    _execute(path, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    return _sqlite(path)


def make_no_version(folder: Path) -> str:
    path = folder / "half.sqlite3"
    upgrade_to_head(engine := make_engine(_sqlite(path)))
    engine.dispose()
    _execute(path, "DROP TABLE alembic_version")
    return _sqlite(path)


def make_missing_table_at_head(folder: Path) -> str:
    path = folder / "half.sqlite3"
    upgrade_to_head(engine := make_engine(_sqlite(path)))
    engine.dispose()
    _execute(path, "DROP TABLE call_event")
    return _sqlite(path)


def make_missing_table_at_old_revision(folder: Path) -> str:
    path = folder / "old.sqlite3"
    _at_revision(path, "0001")
    _execute(path, "DROP TABLE counter")
    return _sqlite(path)


def make_foreign_database(folder: Path) -> str:
    path = folder / "other-app.sqlite3"
    _execute(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)",
             "INSERT INTO invoices (total) VALUES (12.5)")
    return _sqlite(path)


# (builder, words the message must contain: what is wrong, what to do)
SQLITE_CASES: dict[str, tuple[Callable[[Path], str], tuple[str, ...]]] = {
    "text file": (make_text_file, ("不是数据库文件", "notes.db", "请检查 --db")),
    "binary garbage": (make_binary_garbage, ("不是数据库文件", "请检查 --db")),
    "db is a folder": (make_folder, ("文件夹", "a-folder", "请在 --db 中写出数据库文件")),
    "missing folder": (make_missing_folder, ("不存在", "no-such-folder", "请先创建该文件夹")),
    "newer revision": (make_newer_revision,
                       ("更新版本", "9999_from_the_future", "请安装新版本的来访接待台")),
    "no version, tables": (make_no_version, ("结构不完整", "没有版本记录", "restore")),
    "table missing at head": (make_missing_table_at_head,
                              ("结构不完整", "call_event", "restore")),
    "table missing at 0001": (make_missing_table_at_old_revision,
                              ("结构不完整", "0001", "counter", "restore")),
    "foreign database": (make_foreign_database, ("其他程序的数据库", "请检查 --db")),
}


@pytest.mark.parametrize("case", list(SQLITE_CASES))
def test_unusable_sqlite_database_is_explained_and_left_alone(tmp_path: Path, case: str
                                                             ) -> None:
    build, words = SQLITE_CASES[case]
    folder = tmp_path / "db"
    folder.mkdir()
    url = build(folder)
    before = snapshot(folder)
    with pytest.raises(StartupError) as raised:
        open_services(url, "FRONT-1", "前台")
    message = raised.value.message
    for word in words:
        assert word in message, message
    assert "请" in message  # and says what to do
    assert snapshot(folder) == before  # nothing created, migrated or seeded


def test_a_new_file_in_an_existing_folder_is_created(tmp_path: Path) -> None:
    services = open_services(_sqlite(tmp_path / "new.sqlite3"), "FRONT-1", "前台")
    assert services.workstation.slot == 1
    services.close()


def test_an_old_database_is_still_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _at_revision(path, "0001")
    services = open_services(_sqlite(path), "FRONT-1", "前台")
    services.close()
    engine = make_engine(_sqlite(path))
    with engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version"))
        assert version.scalar() == head_revision()
    engine.dispose()


def test_data_folder_that_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(StartupError) as raised:
        check_folder(tmp_path / "a-file" / "data")
    assert "无法创建数据文件夹" in raised.value.message
    assert "LAIFANG_DATA_DIR" in raised.value.message


def test_data_folder_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("x")
    with pytest.raises(StartupError) as raised:
        check_folder(tmp_path / "data")
    assert "不是文件夹" in raised.value.message


def test_missing_data_folder_is_created_private(tmp_path: Path) -> None:
    check_folder(tmp_path / "new" / "data")
    assert (tmp_path / "new" / "data").stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("value", ["0", "-3", "abc", "601"])
def test_bad_connect_timeout_in_the_environment(monkeypatch: pytest.MonkeyPatch, value: str
                                                ) -> None:
    monkeypatch.setenv("LAIFANG_CONNECT_TIMEOUT", value)
    with pytest.raises(StartupError) as raised:
        connect_timeout(5)
    assert "LAIFANG_CONNECT_TIMEOUT" in raised.value.message


def test_connect_timeout_from_environment_or_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAIFANG_CONNECT_TIMEOUT", raising=False)
    assert connect_timeout(7) == 7
    monkeypatch.setenv("LAIFANG_CONNECT_TIMEOUT", "2.5")
    assert connect_timeout(7) == 2.5


# ------------------------------------------------------------------ PostgreSQL




@pytest.fixture
def silent_server() -> Iterator[int]:
    with loopback.silent_server(30) as port:
        yield port


def _pg_tables(url: str, schema: str) -> list[str]:
    engine = create_engine(url)
    try:
        return inspect(engine).get_table_names(schema=schema)
    finally:
        engine.dispose()


@pytest.mark.pg
@pytest.mark.parametrize("case", ["server down", "no such role", "no such database",
                                  "never answers"])
def test_unusable_postgresql_is_explained(pg_schema: tuple[str, str], silent_server: int,
                                          case: str) -> None:
    url, schema = pg_schema
    bad_url, words = {
        "server down": (f"postgresql+psycopg://postgres@127.0.0.1:{loopback.free_port()}/test",
                        ("无法连接数据库服务器", "服务器未启动", "请确认")),
        "no such role": ("postgresql+psycopg://nosuchrole@127.0.0.1:5432/test",
                         ("拒绝了用户 nosuchrole", "请检查 --db 中的用户名和密码")),
        "no such database": ("postgresql+psycopg://postgres@127.0.0.1:5432/nosuchdb_laifang",
                             ("没有数据库 nosuchdb_laifang", "请检查 --db 中的数据库名")),
        "never answers": (f"postgresql+psycopg://postgres@127.0.0.1:{silent_server}/test",
                          ("2 秒内没有应答", "LAIFANG_CONNECT_TIMEOUT")),
    }[case]
    started = time.monotonic()
    with pytest.raises(StartupError) as raised:
        open_services(bad_url, "FRONT-1", "前台", schema=schema, connect_timeout=2)
    assert time.monotonic() - started < 10  # gives up, never hangs
    for word in words:
        assert word in raised.value.message, raised.value.message
    assert _pg_tables(url, schema) == []


@pytest.mark.pg
def test_newer_postgresql_schema_is_left_alone(pg_schema: tuple[str, str]) -> None:
    url, schema = pg_schema
    engine = make_engine(url, schema=schema)
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        connection.execute(text("DELETE FROM setting"))
    engine.dispose()
    with pytest.raises(StartupError) as raised:
        open_services(url, "FRONT-1", "前台", schema=schema)
    assert "更新版本" in raised.value.message and "9999_future" in raised.value.message
    engine = make_engine(url, schema=schema)
    with engine.connect() as connection:  # not seeded, no terminal registered
        assert connection.execute(text("SELECT count(*) FROM setting")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM terminal")).scalar() == 0
    engine.dispose()


@pytest.mark.pg
def test_half_migrated_postgresql_schema_is_left_alone(pg_schema: tuple[str, str]) -> None:
    url, schema = pg_schema
    engine = make_engine(url, schema=schema)
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    with pytest.raises(StartupError) as raised:
        open_services(url, "FRONT-1", "前台", schema=schema)
    assert "结构不完整" in raised.value.message
    assert "alembic_version" not in _pg_tables(url, schema)


# ------------------------------------------------------------------ simultaneous first starts

STARTS = 9  # every slot 1-9 taken once


def _start(url: str, schema: str | None, code: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    try:
        barrier.wait(60)
        services = open_services(url, code, "前台", schema=schema)
        results.put((code, services.workstation.slot, ""))
        services.close()
    except BaseException as error:
        results.put((code, None, f"{type(error).__name__}: {error}"))


def _start_together(url: str, schema: str | None) -> list[tuple[str, int | None, str]]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(STARTS)
    results = context.Queue()
    workers = [context.Process(target=_start, args=(url, schema, f"T-{n}", barrier, results))
               for n in range(STARTS)]
    for worker in workers:
        worker.start()
    try:
        return [results.get(timeout=120) for _ in workers]
    finally:
        for worker in workers:
            worker.join(30)
            if worker.is_alive():
                worker.kill()


def _assert_all_started_once(outcomes: list[tuple[str, int | None, str]], url: str,
                             schema: str | None) -> None:
    failures = [outcome for outcome in outcomes if outcome[2]]
    assert failures == []
    assert sorted(slot for _, slot, _ in outcomes) == list(range(1, STARTS + 1))
    engine = make_engine(url, schema=schema)
    with engine.connect() as connection:
        categories = connection.execute(text("SELECT count(*) FROM content_category")).scalar()
        settings = connection.execute(text("SELECT count(*) FROM setting")).scalar()
        versions = connection.execute(text("SELECT count(*) FROM alembic_version")).scalar()
    engine.dispose()
    assert categories == len(load_json("seed", "content_categories.json"))
    assert settings == 0  # an absent setting reads its default (desktop.settings.registry)
    assert versions == 1


@pytest.mark.slow
def test_simultaneous_first_starts_on_a_new_sqlite_file(tmp_path: Path) -> None:
    url = _sqlite(tmp_path / "shared.sqlite3")
    _assert_all_started_once(_start_together(url, None), url, None)


@pytest.mark.pg
@pytest.mark.slow
def test_simultaneous_first_starts_on_an_empty_postgresql_schema(pg_schema: tuple[str, str]
                                                                ) -> None:
    url, schema = pg_schema
    _assert_all_started_once(_start_together(url, schema), url, schema)


def test_startup_error_is_a_user_error() -> None:
    assert issubclass(StartupError, UserError)


ROUNDS = 25
OPENERS = 8


def _open_new_files(folder: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    for round_number in range(ROUNDS):
        engine = make_engine(_sqlite(Path(folder) / f"new-{round_number}.sqlite3"))
        barrier.wait(60)
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as error:
            errors.append(str(error).splitlines()[0])
        finally:
            engine.dispose()
    results.put(errors)


@pytest.mark.slow
def test_simultaneous_first_opens_of_a_new_sqlite_file(tmp_path: Path) -> None:
    """Switching a new file to WAL needs an exclusive lock that SQLite does not wait
    for: processes opening the same new file at the same moment must still all open it
    (before the fix some failed with "database is locked")."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(OPENERS)
    results = context.Queue()
    workers = [context.Process(target=_open_new_files, args=(str(tmp_path), barrier, results))
               for _ in range(OPENERS)]
    for worker in workers:
        worker.start()
    try:
        errors = [error for _ in workers for error in results.get(timeout=120)]
    finally:
        for worker in workers:
            worker.join(30)
            if worker.is_alive():
                worker.kill()
    assert errors == []
