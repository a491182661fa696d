"""File dialogs never touch the database files (ui/file_dialogs.py).

On Linux, closing any descriptor of a file drops every POSIX lock the process holds on
it. Qt's default file dialog read the ``-shm`` file to guess its type and so dropped the
window's SQLite lock on it; here the real services hold their locks on a real database
in a temporary data folder while every file dialog of the program lists that folder.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import make_id_number
from PySide6.QtCore import QLocale, QSettings, QStandardPaths, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QFileSystemModel, QWidget
from sqlalchemy import select

from db.models import Visit
from desktop.config import TerminalConfig
from desktop.domain import TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.file_dialogs import (
    HideDatabaseFiles,
    NameOnlyIconProvider,
    SafeFileDialog,
    forget_database_folder,
    is_database_file,
    save_file_dialog,
    start_folder,
)
from ui.i18n import install_translators
from ui.printing.controller import PrintController

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 15_000
DB_NAME = "laifang.sqlite3"


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("LAIFANG_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def services(data_folder: Path):  # type: ignore[no-untyped-def]
    """The window's services on the real clock (the CLI below issues on the real clock)."""
    from desktop.app import open_services

    app_services = open_services(f"sqlite:///{data_folder / DB_NAME}", "FRONT-1", "测试前台")
    yield app_services
    app_services.close()


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Qt's own dialog settings (QtProject.conf) in a folder of the test's."""
    default = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation)
    folder = tmp_path / "qt-config"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, default)


def lock_table(folder: Path) -> set[tuple[str, str, str, str]]:
    """This process's POSIX locks on the files in `folder`: (name, type, start, end)."""
    inodes = {entry.stat().st_ino: entry.name for entry in os.scandir(folder)}
    found: set[tuple[str, str, str, str]] = set()
    with open("/proc/locks") as table:  # lists locks; opens none of the locked files
        for line in table:
            fields = line.split()
            if fields[1] == "->":
                continue  # a waiter, not a holder
            pid, inode = int(fields[4]), int(fields[5].split(":")[2])
            if pid == os.getpid() and inode in inodes:
                found.add((inodes[inode], fields[3], fields[6], fields[7]))
    return found


def ticket(services, seq: int):  # type: ignore[no-untyped-def]
    return services.tickets.issue_ticket(TicketRequest(
        name="王小明", id_number=make_id_number(seq=seq), category=TicketCategory.REGULAR))


def ticket_from_another_process(data_folder: Path, seq: int) -> str:
    env = dict(os.environ, LAIFANG_DATA_DIR=str(data_folder), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", f"sqlite:///{data_folder / DB_NAME}",
         "--terminal", "FRONT-1", "ticket", "--name", "李四",
         "--id-number", make_id_number(seq=seq)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)["ticket_number"])


def list_folder(qtbot, dialog: QFileDialog, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Let `dialog` list `folder` completely, every file included, as a clerk would."""
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    loaded: list[str] = []
    model.directoryLoaded.connect(loaded.append)
    dialog.setDirectory(str(folder))
    qtbot.waitUntil(lambda: str(folder) in loaded, timeout=WAIT_MS)
    # Every name, not only *.pdf, and the type column of each: what Qt sniffed for.
    dialog.setNameFilter("*")
    root = model.index(str(folder))
    qtbot.waitUntil(lambda: model.rowCount(root) >= 3, timeout=WAIT_MS)
    for row in range(model.rowCount(root)):
        model.type(model.index(row, 0, root))
        model.data(model.index(row, 0, root))
    qtbot.wait(500)  # the type and icon of each file are gathered on Qt's own thread


def shown_names(dialog: QFileDialog, folder: Path) -> set[str]:
    """Names the dialog's views show for `folder` (after its proxy, if any)."""
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    proxy = dialog.proxyModel()
    root = model.index(str(folder))
    if proxy is None:
        return {model.fileName(model.index(row, 0, root)) for row in range(model.rowCount(root))}
    proxy_root = proxy.mapFromSource(root)
    return {str(proxy.index(row, 0, proxy_root).data())
            for row in range(proxy.rowCount(proxy_root))}


# --- The lost-lock scenario ------------------------------------------------------------


def test_save_dialog_on_the_data_folder_keeps_the_windows_locks(
        qtbot, services, tasks, data_folder) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    controller = PrintController(services.printing, tasks, TerminalConfig(),
                                 parent_widget=host, config_path=data_folder / "terminal.json")
    first = ticket(services, 1)
    assert first.ticket_number == "A1001"
    held = lock_table(data_folder)
    # An open WAL connection of the pool: a shared lock on the database and on the -shm.
    assert {name for name, *_ in held} == {DB_NAME, DB_NAME + "-shm"}, held

    dialog = controller.ask_save_pdf(services.printing.ticket_slip(first.visit_id))
    assert dialog is controller.save_dialog and dialog.isVisible()
    list_folder(qtbot, dialog, data_folder)
    shown = shown_names(dialog, data_folder)
    dialog.reject()
    qtbot.wait(50)

    assert lock_table(data_folder) == held
    assert shown.isdisjoint({DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"}), shown
    # Another process now issues, and closes last only if the window really let go.
    assert ticket_from_another_process(data_folder, 2) == "A1002"
    assert (data_folder / (DB_NAME + "-wal")).exists()
    assert ticket(services, 3).ticket_number == "A1003"
    with services.sessions() as session:
        numbers = sorted(session.scalars(select(Visit.ticket_number)))
    assert numbers == ["A1001", "A1002", "A1003"]


def test_every_file_dialog_is_made_by_the_factory() -> None:
    """A QFileDialog made anywhere else would bring back Qt's file-reading defaults."""
    made_here = re.compile(r"QFileDialog\s*\(|QFileDialog\.get\w+\(")
    offenders = [
        str(path.relative_to(ROOT)) for path in sorted((ROOT / "ui").rglob("*.py"))
        if path.name != "file_dialogs.py" and made_here.search(path.read_text("utf-8"))
    ]
    assert offenders == []


# --- The factory -------------------------------------------------------------------------


def test_dialogs_are_qt_widgets_with_a_name_only_icon_provider(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = save_file_dialog(None, "另存为PDF", "ticket.pdf", "PDF 文件 (*.pdf)", "pdf")
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert isinstance(dialog.iconProvider(), NameOnlyIconProvider)
    assert isinstance(dialog.proxyModel(), HideDatabaseFiles)
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == "pdf"


def test_name_only_provider_never_opens_a_file(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QFileInfo

    provider = NameOnlyIconProvider()
    unreadable = tmp_path / "laifang.sqlite3-shm"
    unreadable.write_bytes(b"x")
    unreadable.chmod(0)  # as root the mode does not stop open(): also check by name
    assert provider.type(QFileInfo(str(tmp_path / "a.pdf"))) != ""
    assert provider.type(QFileInfo(str(tmp_path))) != ""
    assert not provider.icon(QFileInfo(str(unreadable))).isNull()
    assert not provider.icon(QFileInfo(str(tmp_path))).isNull()


@pytest.mark.parametrize(("name", "database"), [
    ("laifang.sqlite3", True), ("laifang.sqlite3-wal", True), ("laifang.sqlite3-shm", True),
    ("LAIFANG.SQLITE3-journal", True), ("other.db", True), ("/x/y/backup.sqlite", True),
    ("ticket.pdf", False), ("sqlite3-notes.pdf", False), ("terminal.json", False),
])
def test_database_file_names(name: str, database: bool) -> None:
    assert is_database_file(name) is database


def test_refuses_the_database_and_its_folder(qtbot, services, data_folder,  # type: ignore[no-untyped-def]
                                             tmp_path) -> None:
    ticket(services, 1)
    dialog = save_file_dialog(None, "另存为PDF", "ticket.pdf", "PDF 文件 (*.pdf)", "pdf")
    qtbot.addWidget(dialog)
    chosen: list[str] = []
    dialog.fileSelected.connect(chosen.append)
    dialog.open()

    before = (data_folder / DB_NAME).read_bytes()[:100]
    for target in (data_folder / DB_NAME, data_folder / "ticket.pdf"):
        dialog.selectFile(str(target))
        dialog.accept()
        assert dialog.isVisible() and chosen == []
        assert dialog.refused_box is not None and dialog.refused_box.isVisible()
        dialog.refused_box.close()
    assert (data_folder / DB_NAME).read_bytes()[:100] == before
    assert not (data_folder / "ticket.pdf").exists()

    elsewhere = tmp_path / "pdfs"
    elsewhere.mkdir()
    dialog.selectFile(str(elsewhere / "ticket.pdf"))
    dialog.accept()
    assert chosen == [str(elsewhere / "ticket.pdf")]


def test_opens_in_documents_never_in_the_data_folder(qtbot, tmp_path, data_folder,  # type: ignore[no-untyped-def]
                                                     qt_settings, monkeypatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert start_folder() == str(home)  # no Documents folder: home
    (home / "Documents").mkdir()
    assert start_folder() == str(home / "Documents")

    # Qt itself lists the folder it remembers as soon as a dialog is made: not the data.
    copy = tmp_path / "copy"  # a database somewhere else than the data folder
    copy.mkdir()
    (copy / (DB_NAME + "-shm")).write_bytes(b"")
    for remembered in (data_folder, copy):
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        settings.setValue("FileDialog/lastVisited", QUrl.fromLocalFile(str(remembered)).toString())
        settings.sync()
        dialog = save_file_dialog(None, "另存为PDF", "ticket.pdf", "PDF 文件 (*.pdf)", "pdf")
        qtbot.addWidget(dialog)
        assert dialog.directory().absolutePath() == str(home / "Documents")
        assert dialog.selectedFiles() == [str(home / "Documents" / "ticket.pdf")]
        settings.sync()
        assert settings.value("FileDialog/lastVisited") in (
            None, QUrl.fromLocalFile(str(home / "Documents")).toString())
    # A folder without a database is Qt's to remember.
    settings.setValue("FileDialog/lastVisited", QUrl.fromLocalFile(str(home)).toString())
    settings.sync()
    forget_database_folder()
    settings.sync()
    assert settings.value("FileDialog/lastVisited") == QUrl.fromLocalFile(str(home)).toString()


def test_dialog_speaks_chinese(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    locale = QLocale()
    translators = install_translators(qapp, "zh")
    try:
        dialog = SafeFileDialog(None, "另存为PDF", "PDF 文件 (*.pdf)")
        qtbot.addWidget(dialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        texts = {button.text() for button in box.buttons()}
        assert any("保存" in text for text in texts), texts
        assert any("取消" in text for text in texts), texts
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
