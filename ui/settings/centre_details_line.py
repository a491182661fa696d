"""The line that says which of the centre's details are still to be filled in.

Receipts are refused while the address or phone is missing (desktop.settings.registry),
so the main window says so from the start, not only when the first receipt fails. It
reads again whenever this terminal changes the settings (the change hub's SETTINGS).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.settings.registry import SPECS
from desktop.settings.service import SettingsService
from ui.hub import SETTINGS
from ui.operations import Operation
from ui.tasks import TaskRunner

WARNING_COLOUR = "#b54708"


class CentreDetailsLine(QLabel):
    """Hidden while the details are complete; otherwise, e.g.
    "中心信息未填写：地址、联系电话 — 工具 → 系统设置"."""

    def __init__(self, settings: SettingsService, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centreDetailsLine")
        self.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        self._settings = settings
        self._tasks = tasks
        self.missing: tuple[str, ...] = ()
        self.hide()
        tasks.hub.subscribe(self, {SETTINGS}, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        Operation(self, self._tasks, self._settings.missing_centre_details) \
            .success(self.show_missing) \
            .key("refresh") \
            .run()

    def show_missing(self, missing: tuple[str, ...]) -> None:
        self.missing = missing
        if not missing:
            self.clear()
            self.hide()
            return
        labels = "、".join(QCoreApplication.translate("Fields", SPECS[key].label)
                          for key in missing)
        self.setText(self.tr("中心信息未填写：{missing} — 工具 → 系统设置").format(missing=labels))
        self.setToolTip(self.tr("地址和电话印在回执上，填写之前不能打印回执。"))
        self.show()
