"""系统设置: the dialog shell that holds the pages (one file each in ui/settings/).

All of it lives in the database and is shared by every terminal (unlike 打印设置, which
is this terminal's config file). Every load and save runs as an Operation (ui/operations.py).
A value the service refuses is shown in red on the page it belongs to, with the cursor on
the field; nothing typed is lost.

中心信息, 时限, 叫号 and 领导接访 are saved together with 保存设置, in one service call
(SettingsService.update: all or nothing); the lists (windows, categories, areas) are
changed one action at a time and take effect at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import UserError
from desktop.queue.windows import WindowInfo, WindowService
from desktop.settings.calendar_admin import CalendarAdminService
from desktop.settings.reference import AreaItem, ContentCategoryItem, ReferenceService
from desktop.settings.registry import Settings
from desktop.settings.service import SettingsChange, SettingsService
from desktop.settings.units_admin import UnitsAdminService
from ui.hub import SETTINGS
from ui.operations import is_running
from ui.settings.area_page import AreaPage
from ui.settings.calendar_page import CalendarPage
from ui.settings.calling_page import CallingOptionsPage
from ui.settings.category_page import CategoryPage
from ui.settings.centre_page import CentrePage
from ui.settings.limits_page import LimitsPage
from ui.settings.reception_page import ReceptionSettingsPage
from ui.settings.units_page import UnitsPage
from ui.settings.widgets import Feedback, operation
from ui.settings.windows_page import WindowsPage
from ui.tasks import TaskRunner
from ui.widgets import STYLE_SHEET, ErrorCallback, ask_to_discard, message_for


@dataclass(frozen=True)
class SettingsData:
    """Everything the dialog shows, read in one background call."""

    settings: Settings
    defaults: Settings
    windows: list[WindowInfo]
    categories: list[ContentCategoryItem]
    areas: list[AreaItem]


class SettingsDialog(QDialog):
    """系统设置. Open with `load()` then `open()`; emits `settings_saved` with the new
    Settings after 保存设置 (the main window puts the name in its title)."""

    settings_saved = Signal(object)

    def __init__(
        self,
        settings: SettingsService,
        reference: ReferenceService,
        windows: WindowService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        report_error: ErrorCallback | None = None,
        *,
        calendar_admin: CalendarAdminService | None = None,
        units_admin: UnitsAdminService | None = None,
        extra_pages: Sequence[tuple[QWidget, str]] = (),
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._reference = reference
        self._windows = windows
        self._tasks = tasks
        self._report_error = report_error
        self._saved: Settings | None = None
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("系统设置"))
        self.setStyleSheet(STYLE_SHEET)
        self.setMinimumWidth(720)

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.centre_page = CentrePage()
        self.limits_page = LimitsPage()
        self.calling_page = CallingOptionsPage()
        self.reception_page = ReceptionSettingsPage()
        self.windows_page = WindowsPage(windows, tasks, report_error)
        self.category_page = CategoryPage(reference, tasks, report_error)
        self.area_page = AreaPage(reference, tasks, report_error)
        self.tabs.addTab(self.centre_page, self.tr("中心信息"))
        self.tabs.addTab(self.limits_page, self.tr("时限"))
        self.tabs.addTab(self.calling_page, self.tr("叫号"))
        self.tabs.addTab(self.reception_page, self.tr("领导接访"))
        self.tabs.addTab(self.windows_page, self.tr("接谈窗口"))
        self.tabs.addTab(self.category_page, self.tr("内容分类"))
        self.tabs.addTab(self.area_page, self.tr("问题属地"))
        # 承办单位 and 法定节假日 read and save on their own (their services given).
        self.units_page = UnitsPage(units_admin, tasks, report_error) if units_admin else None
        if self.units_page is not None:
            self.tabs.addTab(self.units_page, self.tr("承办单位"))
        self.calendar_page = (CalendarPage(calendar_admin, tasks, report_error)
                              if calendar_admin else None)
        if self.calendar_page is not None:
            self.tabs.addTab(self.calendar_page, self.tr("法定节假日"))
        # Pages of other wings that load and save on their own (ui/sync's 中心数据库):
        # their `load()` is called with the others'.
        self.extra_pages = tuple(page for page, _title in extra_pages)
        for page, title in extra_pages:
            self.tabs.addTab(page, title)
        layout.addWidget(self.tabs, 1)
        # The pages saved together with 保存设置.
        self._form_pages: tuple[
            CentrePage | LimitsPage | CallingOptionsPage | ReceptionSettingsPage, ...
        ] = (self.centre_page, self.limits_page, self.calling_page, self.reception_page)

        self.feedback = Feedback(self._field_widget)
        layout.addWidget(self.feedback)
        # Plain buttons, not a QDialogButtonBox: that one makes 保存设置 the default button
        # when shown, and Enter in any field (e.g. 新增 on the category page) would press it.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("保存设置"))
        self.save_button.setToolTip(self.tr("保存“中心信息”“时限”“叫号”和“领导接访”页上的设置"))
        self.close_button = QPushButton(self.tr("关闭"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        layout.addLayout(buttons)
        # Fields that have an action connect returnPressed themselves; no button is the
        # dialog's default.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._set_loaded(False)

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        """Read everything afresh (off the GUI thread); the pages fill when it arrives."""
        self._set_loaded(False)
        self.feedback.ok(self.tr("正在载入…"))
        settings, reference, windows = self._settings, self._reference, self._windows

        def read() -> SettingsData:
            return SettingsData(
                settings=settings.snapshot(),
                defaults=settings.defaults(),
                windows=windows.list_windows(),
                categories=reference.all_content_categories(),
                areas=reference.all_areas(),
            )

        operation(self, self._tasks, read, self._report_error) \
            .success(self._on_loaded) \
            .failure(self._on_load_failed) \
            .key("load") \
            .run()
        for page in (self.units_page, self.calendar_page):
            if page is not None:
                page.load()
        for extra in self.extra_pages:
            load = getattr(extra, "load", None)
            if callable(load):
                load()

    def _on_loaded(self, data: SettingsData) -> None:
        self.limits_page.set_defaults(data.defaults)
        self._fill(data.settings)
        self.windows_page.set_windows(data.windows)
        self.category_page.set_items(data.categories)
        self.area_page.set_items(data.areas)
        self.feedback.clear()
        self._set_loaded(True)
        if self.tabs.currentIndex() == 0:
            self.centre_page.name_edit.setFocus()

    def _on_load_failed(self, error: BaseException) -> bool:
        self.feedback.error(self.tr("设置没有载入：{reason} 请关闭后重新打开。").format(
            reason=message_for(error)))
        # A UserError is dealt with; anything else also goes to the reporter.
        return isinstance(error, UserError)

    def _set_loaded(self, loaded: bool) -> None:
        for page in self._pages():
            page.setEnabled(loaded)
        self.save_button.setEnabled(loaded)

    def _pages(self) -> tuple[QWidget, ...]:
        return (*self._form_pages, self.windows_page, self.category_page, self.area_page)

    def is_loaded(self) -> bool:
        return self._saved is not None and not is_running(self, "load")

    def _fill(self, settings: Settings) -> None:
        self._saved = settings
        for page in self._form_pages:
            page.fill(settings)

    # ------------------------------------------------------------------ saving

    def form_values(self) -> dict[str, object]:
        """What the 中心信息, 时限, 叫号 and 领导接访 pages say, keyed by setting."""
        values: dict[str, object] = {}
        for page in self._form_pages:
            values.update(page.values())
        return values

    def has_unsaved_changes(self) -> bool:
        saved = self._saved
        if saved is None:
            return False
        return any(getattr(saved, key) != value for key, value in self.form_values().items())

    def save(self) -> None:
        """保存设置: every value of the form pages in one service call (all or nothing)."""
        if not self.is_loaded():
            return
        values = self.form_values()
        service = self._settings

        def saved(change: SettingsChange) -> None:
            # Show the values as stored (trimmed, prefix in capitals) unless the user
            # typed on while the save was running.
            if self.form_values() == values:
                self._fill(change.settings)
            else:
                self._saved = change.settings
            self.settings_saved.emit(change.settings)
            self.feedback.ok(self.tr("设置已保存，新的号票和回执按新设置打印。"))

        operation(self, self._tasks, lambda: service.update(values), self._report_error) \
            .success(saved) \
            .failure(self._show_page_of) \
            .busy(self.save_button) \
            .exclusive("save") \
            .errors(self.feedback) \
            .announces(SETTINGS) \
            .run()

    def _show_page_of(self, error: BaseException) -> bool:
        """Turn to the page of the refused field; the feedback line then marks it."""
        if isinstance(error, UserError):
            for page in self._form_pages:
                if (error.field or "") in page.field_widgets():
                    self.tabs.setCurrentWidget(page)
        return False

    def _field_widget(self, field: str) -> QWidget | None:
        for page in self._form_pages:
            widget = page.field_widgets().get(field)
            if widget is not None:
                return widget
        return None

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        """关闭 / Esc: ask first when 保存设置 has something unsaved (non-blocking)."""
        if not self.has_unsaved_changes():
            super().reject()
            return
        if self.question is not None:
            return
        self.question = ask_to_discard(
            self,
            self.tr("“中心信息”“时限”“叫号”或“领导接访”页上有修改还没有保存。放弃这些修改并关闭吗？"),
            self._discard_and_close,
        )
        self.question.finished.connect(self._forget_question)

    def _discard_and_close(self) -> None:
        if self._saved is not None:
            self._fill(self._saved)
        self.feedback.clear()
        super().reject()

    def _forget_question(self) -> None:
        self.question = None
