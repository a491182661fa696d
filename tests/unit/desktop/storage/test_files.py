"""Documents are written whole or not at all: a full disk leaves the old file intact."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from desktop.config import TerminalConfig, load_terminal_config, save_terminal_config
from desktop.storage import files
from desktop.storage.files import FileWriteFailed, save_file, write_atomically

GOOD = b"%PDF-1.4 the good receipt\n" * 100
NEW = b"%PDF-1.4 the new receipt\n" * 1000


def fill_disk_midway(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """os.write writes part of the data, then fails as a full disk does."""
    real_write = os.write
    written: list[int] = []

    def write(fd: int, data: bytes | memoryview) -> int:
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(real_write(fd, bytes(data)[: len(data) // 2]))
        return written[-1]

    monkeypatch.setattr(files.os, "write", write)
    return written


def test_writes_the_file_and_replaces_an_old_one(tmp_path: Path) -> None:
    target = tmp_path / "receipt.pdf"
    target.write_bytes(GOOD)

    write_atomically(target, NEW)

    assert target.read_bytes() == NEW
    assert os.listdir(tmp_path) == ["receipt.pdf"]


def test_a_full_disk_leaves_the_good_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "receipt.pdf"
    target.write_bytes(GOOD)
    written = fill_disk_midway(monkeypatch)

    with pytest.raises(OSError) as raised:
        write_atomically(target, NEW)

    assert raised.value.errno == errno.ENOSPC
    assert written  # it failed midway, after part of the data
    assert target.read_bytes() == GOOD
    assert os.listdir(tmp_path) == ["receipt.pdf"]


def test_a_full_disk_leaves_no_file_where_there_was_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_disk_midway(monkeypatch)

    with pytest.raises(OSError):
        write_atomically(tmp_path / "new.pdf", NEW)

    assert os.listdir(tmp_path) == []


def test_a_failed_sync_also_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "receipt.pdf"
    target.write_bytes(GOOD)

    def fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(files.os, "fsync", fsync)

    with pytest.raises(OSError):
        write_atomically(target, NEW)

    assert target.read_bytes() == GOOD
    assert os.listdir(tmp_path) == ["receipt.pdf"]


def test_save_file_explains_a_full_disk_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "receipt.pdf"
    fill_disk_midway(monkeypatch)

    with pytest.raises(FileWriteFailed) as raised:
        save_file(target, NEW)

    assert "磁盘空间不足" in raised.value.message
    assert str(target) in raised.value.message
    assert "原有文件未改动" in raised.value.message


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_files_are_private_and_existing_ones_keep_their_mode(tmp_path: Path) -> None:
    new = tmp_path / "new.pdf"
    old = tmp_path / "old.pdf"
    old.write_bytes(GOOD)
    old.chmod(0o640)

    write_atomically(new, NEW)
    write_atomically(old, NEW)

    assert stat.S_IMODE(new.stat().st_mode) == 0o600
    assert stat.S_IMODE(old.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_symlink_stays_and_its_file_is_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(GOOD)
    link = tmp_path / "link.pdf"
    link.symlink_to(real)

    write_atomically(link, NEW)

    assert link.is_symlink()
    assert real.read_bytes() == NEW


def test_terminal_config_survives_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "terminal.json"
    save_terminal_config(TerminalConfig(terminal_code="FRONT-7"), path)
    fill_disk_midway(monkeypatch)

    with pytest.raises(OSError):
        save_terminal_config(TerminalConfig(terminal_code="FRONT-8"), path)

    monkeypatch.undo()
    assert load_terminal_config(path).terminal_code == "FRONT-7"
    assert os.listdir(tmp_path) == ["terminal.json"]
