"""The log file: no personal numbers in any line (messages or tracebacks), and a disk
that cannot be written is reported once, not on every line."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

import pytest
from helpers import make_id_number

from desktop.config import MaskingFormatter, QuietFileHandler, mask_personal_numbers, setup_logging

ID = make_id_number(area="110105", birth="19750505", seq=84)


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path))
    root = logging.getLogger()
    before = list(root.handlers), root.level
    path = setup_logging()
    yield path
    for handler in root.handlers[:]:
        if handler not in before[0]:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(before[1])


@pytest.mark.parametrize("text", [
    ID, ID[:17] + "x", "110105750505008", "13812345678", "+8613812345678", "138-1234-5678",
    "0898-66778899", "E12345678",
])
def test_personal_numbers_are_masked(text: str) -> None:
    masked = mask_personal_numbers(f"value=({text}) end")
    digits = "".join(ch for ch in text if ch.isdigit())
    assert digits[-7:] not in masked
    assert masked.startswith("value=(") and masked.endswith(") end")


def test_ordinary_log_text_stays_readable() -> None:
    text = "2026-12-01 13:42:03,123 ticket A1023 window 3 took 250 ms"
    assert mask_personal_numbers(text) == text


def test_traceback_with_an_id_number_is_masked_in_the_file(
    log_file: Path, expected_errors: list[str]
) -> None:
    expected_errors.append("fatal error")
    try:
        raise RuntimeError(f"Key (id_type, id_number)=(resident_id, {ID}) already exists; "
                           f"phone 13912345678")
    except RuntimeError:
        logging.getLogger("laifang").exception("fatal error for %s", ID)
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "already exists" in text
    assert ID not in text and ID[:17] not in text and "13912345678" not in text


def test_formatter_masks_stack_info() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "m", None, None,
                               sinfo=f"Stack: {ID}")
    assert ID not in MaskingFormatter("%(message)s").format(record)


class _FullDisk:
    def write(self, _text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_full_disk_is_reported_once_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = QuietFileHandler(tmp_path / "x.log", encoding="utf-8")
    handler.stream.close()
    handler.stream = _FullDisk()  # type: ignore[assignment]
    logger = logging.getLogger("laifang.full-disk-test")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for number in range(9):
            logger.warning("line %d", number)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
        handler.close()
    err = capsys.readouterr().err
    assert err.count("日志无法写入（磁盘已满？），程序继续运行") == 1
    assert "Traceback" not in err and "Logging error" not in err
