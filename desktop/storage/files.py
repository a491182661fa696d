"""Writing documents and settings to disk so that a file is either complete or untouched.

`write_atomically` writes to a temporary file in the target's folder, flushes it to the
disk, then renames it over the target (atomic on one file system) and syncs the folder.
A full disk, a pulled USB stick or a crash midway leaves the old file as it was and no
half-written one; the temporary file is removed on any error.

A new file is created private to the user (0600, like the data folder): receipts carry
names and ID numbers. An existing file keeps its permissions.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP, UserError

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS}


class FileWriteFailed(UserError):
    """A document or export could not be written; any existing file is unchanged."""


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the file at `path` with `data`, all or nothing. Raises OSError."""
    # A symlink is followed, so the link stays and the file it names is replaced.
    target = Path(os.path.realpath(path))
    folder = target.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        try:
            view = memoryview(data)
            while view:  # os.write may write only part (a full disk: part, then ENOSPC)
                view = view[os.write(fd, view) :]
            os.fsync(fd)  # on the disk before it gets the target's name
        finally:
            os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(os.stat(target).st_mode))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder this way)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network, FUSE) do not sync folders: the data is safe
    finally:
        os.close(fd)


def save_file(path: str | os.PathLike[str], data: bytes) -> None:
    """`write_atomically`, with a failure explained for the clerk (FileWriteFailed)."""
    try:
        write_atomically(path, data)
    except OSError as error:
        raise write_failure(path, error) from error


def write_failure(path: str | os.PathLike[str], error: OSError) -> FileWriteFailed:
    """What went wrong writing `path`, and what to do, in words for the clerk."""
    detail = error.strerror or str(error) or type(error).__name__
    if error.errno in _DISK_FULL:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "磁盘空间不足，文件 {path} 没有保存（原有文件未改动）：请清理磁盘或换一个位置保存",
        )
    elif error.errno in _NOT_ALLOWED or isinstance(error, PermissionError):
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "没有权限写入 {path}（原有文件未改动）：文件可能正被其他程序打开或文件夹只读，"
            "请关闭该文件或换一个位置保存",
        )
    elif isinstance(error, FileNotFoundError | NotADirectoryError):
        template = QT_TRANSLATE_NOOP(
            "Errors", "文件夹不存在，无法保存文件 {path}：请换一个位置保存"
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors", "无法保存文件 {path}（原有文件未改动）：{detail}。请换一个位置保存"
        )
    return FileWriteFailed(template, path=str(path), detail=detail)
