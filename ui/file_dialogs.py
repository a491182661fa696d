"""Every file dialog of the program is made here, so that none can touch the database.

Why one factory: on Linux, closing *any* descriptor of a file drops every POSIX lock the
process holds on that file. SQLite's locks on ``laifang.sqlite3`` and its ``-wal`` /
``-shm`` files are such locks. Qt's default icon provider reads the first bytes of each
listed file whose name does not tell its type (the ``-shm`` and ``-wal`` files), and a
native GTK/portal dialog sniffs files inside the process too: opening such a dialog on the
data folder silently dropped the window's locks, another process then checkpointed and
deleted the WAL under it, and the window's last tickets were lost. So every dialog here:

* is Qt's own widget dialog (no native code in the process);
* names icons and types from the file name only (``NameOnlyIconProvider``);
* hides database files and refuses them, and any folder holding one, as a target (a PDF
  saved over the database, or renamed onto it, would destroy it);
* opens in the user's Documents folder (home if there is none), never in the program's
  or the data folder. Qt lists the folder it restores from its own settings
  (``QtProject.conf``, "lastVisited") the moment a dialog is made, before our icon
  provider is in place: a database folder recorded there is forgotten first.

The dialog's own labels (保存, 文件名 …) come from Qt's translation ``qtbase_zh_CN``,
installed by ``ui.i18n.install_translators``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QFileInfo,
    QMimeDatabase,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QFileIconProvider,
    QFileSystemModel,
    QMessageBox,
    QWidget,
)

from desktop.config import data_dir

DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
PROGRAM_DIR = Path(__file__).resolve().parents[1]


def is_database_file(name: str) -> bool:
    """True for an SQLite database name and its -wal / -shm / -journal companions."""
    lowered = os.path.basename(name).lower()
    for companion in SQLITE_COMPANIONS:
        lowered = lowered.removesuffix(companion)
    return lowered.endswith(DATABASE_SUFFIXES)


def holds_database(folder: str) -> bool:
    """True for the data folder and any folder with an SQLite database in it (names only)."""
    try:
        if Path(folder).resolve() == data_dir().resolve():
            return True
        with os.scandir(folder) as entries:
            return any(is_database_file(entry.name) for entry in entries)
    except OSError:
        return False


def forget_database_folder() -> None:
    """Drop Qt's remembered dialog folder if it holds a database (see the module doc)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    remembered = QUrl(str(settings.value("lastVisited", "") or "")).toLocalFile()
    if remembered and holds_database(remembered):
        settings.remove("lastVisited")
    settings.endGroup()
    settings.sync()


def start_folder() -> str:
    """Where a file dialog opens: Documents, else home; never the program or data folder."""
    avoid = {PROGRAM_DIR, data_dir().resolve()}
    candidates = [
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation),
    ]
    for candidate in candidates:
        if candidate and os.path.isdir(candidate) and Path(candidate).resolve() not in avoid:
            return candidate
    return os.path.expanduser("~")


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name alone: never opens a file.

    Qt calls it from the model's background thread; the icons it may hand out are made
    once, here, on the GUI thread.
    """

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()
        kinds = QAbstractFileIconProvider.IconType
        self._folder = super().icon(kinds.Folder)
        self._file = super().icon(kinds.File)
        self._drive = super().icon(kinds.Drive)
        pdf = QIcon.fromTheme("application-pdf")
        self._pdf = self._file if pdf.isNull() else pdf

    def icon(self, what: QAbstractFileIconProvider.IconType | QFileInfo
             ) -> QIcon:
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        if what.isRoot():
            return self._drive
        if what.isDir():
            return self._folder
        return self._pdf if what.suffix().lower() == "pdf" else self._file

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return self._mime.mimeTypeForName("inode/directory").comment()
        # MatchExtension with a bare name: the database looks at the name, not the file.
        mime = self._mime.mimeTypeForFile(info.fileName(),
                                          QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment() or mime.name()


class HideDatabaseFiles(QSortFilterProxyModel):
    """Hides the database and its companions, so nobody can pick them."""

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if isinstance(model, QFileSystemModel):
            index = model.index(source_row, 0, source_parent)
            if not model.isDir(index) and is_database_file(model.fileName(index)):
                return False
        return True


class SafeFileDialog(QFileDialog):
    """Qt's widget file dialog that never reads, lists or accepts the database files."""

    def __init__(self, parent: QWidget | None, caption: str, name_filter: str) -> None:
        # The folder given here, and the one Qt restores, are listed at once, still with
        # Qt's own icon provider: neither may hold a database.
        forget_database_folder()
        super().__init__(parent, caption, start_folder(), name_filter)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self._icons = NameOnlyIconProvider()  # the model does not own it: keep it alive
        self.setIconProvider(self._icons)
        self._hide = HideDatabaseFiles(self)
        self.setProxyModel(self._hide)
        self.refused_box: QMessageBox | None = None

    def accept(self) -> None:
        for path in self.selectedFiles():
            if is_database_file(path):
                self._refuse(self.tr(
                    "“{name}”是本程序的数据库文件，不能覆盖或改动。请换一个文件名。"
                ).format(name=os.path.basename(path)))
                return
            if holds_database(os.path.dirname(path)):
                self._refuse(self.tr(
                    "文件夹“{folder}”存放着本程序的数据库，不能在这里保存文件。"
                    "请换一个文件夹，例如“文档”。"
                ).format(folder=os.path.dirname(path)))
                return
        super().accept()

    def _refuse(self, text: str) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("不能保存在这里"))
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.refused_box = box
        box.open()


def save_file_dialog(
    parent: QWidget | None,
    caption: str,
    file_name: str,
    name_filter: str,
    default_suffix: str,
) -> SafeFileDialog:
    """A save dialog in the start folder with `file_name` suggested (not yet shown)."""
    dialog = SafeFileDialog(parent, caption, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(default_suffix)
    dialog.selectFile(os.path.join(start_folder(), file_name))
    return dialog
