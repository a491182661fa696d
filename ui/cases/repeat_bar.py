"""重复访核实: the bar over the 接谈登记 form where the clerk decides whether this visit
is about an earlier matter. The program only suggests (可能是同一事项, from the content
category and area or a similar summary as they are typed); the clerk decides with one
key per matter — 同一事项（关联） — or 新事项 for the visit. Nothing is automatic.

Linked, the bar says "已关联到信访件 XF… (第 N 次来访)" with the case's progress, offers
the paper the visitor takes home (办理进展告知单, or 不再受理告知书 for a final case:
`paper_requested(visit_id, paper)`) and 撤销关联… (a correction, with a reason).
Every call runs as an Operation; the form follows through `view_changed(RepeatView)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.app_services import AppServices
from desktop.cases.repeat_views import (
    MATTER_ROLE_LABELS,
    EarlierMatter,
    LinkResult,
    MatterRole,
    RepeatView,
    UnlinkResult,
    suggested,
)
from desktop.domain import MATTER_SORT_LABELS, PAPER_TITLES, Paper, QueueStatus, RepeatDecision
from ui.cases.history_panel import matter_details, one_line, route_text, status_text
from ui.cases.matter_part import MatterPart
from ui.i18n import tr_domain
from ui.operations import Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback, ErrorLabel, day_text

T = TypeVar("T")
# Matters shown before the list scrolls (the suggested ones first): one at 1366×768,
# where the history and 打印记录 need the room, two on a taller window.
VISIBLE_MATTERS = 1
TALL_WINDOW, TALL_VISIBLE_MATTERS = 900, 2

_STYLE = """
QFrame#repeatBar { background: #fff6f5; border: 2px solid #d92d20; border-radius: 6px; }
QFrame#repeatBar[linked="true"] { background: #f0f6ff; border-color: #1d4f91; }
QLabel#repeatTitle { color: #912018; font-weight: bold; }
QFrame#repeatBar[linked="true"] QLabel#repeatTitle { color: #1d4f91; }
QLabel#suggestTag { color: #ffffff; background: #d92d20; border-radius: 3px;
                    padding: 1px 6px; font-weight: bold; }
QFrame#matterLine { background: #ffffff; border: 1px solid #f3b8b3; border-radius: 4px; }
QFrame#matterLine[suggested="true"] { border: 2px solid #d92d20; }
"""


class MatterLine(QFrame):
    """One earlier matter, in two lines, with its 同一事项（关联） key."""

    link_clicked = Signal(object)  # the case's visit id

    def __init__(self, matter: EarlierMatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matter = matter
        self.setObjectName("matterLine")
        self.text_label = QLabel()
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        # Two lines of bounded length, never wrapped: the bar's height is known.
        self.text_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                      QSizePolicy.Policy.Fixed)
        self.text_label.setToolTip(matter_details(matter))
        self.tag = QLabel(self.tr("可能是同一事项"))
        self.tag.setObjectName("suggestTag")
        self.tag.hide()
        self.link_button = QPushButton(self.tr("同一事项（关联）"))
        self.link_button.setToolTip(self.tr(
            "这次来访反映的就是这件事：记在原信访件上（来访次数 +1），不另立新件"))
        self.link_button.clicked.connect(lambda: self.link_clicked.emit(matter.case_visit_id))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.text_label.setText(self._text())

    def _text(self) -> str:
        """One line (the bar must stay short at 768 pixels); all of it in the tooltip."""
        m = self.matter
        sort = tr_domain(MATTER_SORT_LABELS[m.matter_sort]) if m.matter_sort else ""
        role = ""
        if m.role is MatterRole.REPRESENTATIVE:
            role = tr_domain(MATTER_ROLE_LABELS[m.role])
        parts = (
            f"<b>{escape(m.case_number)}</b>",
            escape(self.tr("{day} 收到").format(day=day_text(m.received_on))),
            escape(sort), escape(status_text(m)),
            escape(self.tr("下一期限 {due}").format(due=day_text(m.next_due))),
            escape(self.tr("第 %n 次来访", "", m.visit_count)), escape(role),
            escape(one_line(m.summary, 30)),
        )
        return "　".join(part for part in parts if part)

    def set_suggested(self, on: bool) -> None:
        self.tag.setVisible(on)
        self.setProperty("suggested", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)


class RepeatBar(QFrame):
    """Emits `view_changed(RepeatView)` after every load and decision,
    `paper_requested(visit_id, Paper)` and `finished(QueueStatus)`."""

    view_changed = Signal(object)
    paper_requested = Signal(object, object)
    finished = Signal(object)

    def __init__(self, services: AppServices, tasks: TaskRunner,
                 report_error: ErrorCallback | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self._report_error = report_error
        self.view: RepeatView | None = None
        self.last_link: LinkResult | None = None
        self.lines: list[MatterLine] = []
        self.unlink_dialog: QInputDialog | None = None
        self._reconsidering = False
        self._content: tuple[str, str, str] = ("", "", "")
        self.setObjectName("repeatBar")
        self.setStyleSheet(_STYLE)
        self._build()
        self.hide()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("repeatTitle")
        self.title.setWordWrap(True)
        self.new_button = QPushButton(self.tr("新事项"))
        self.new_button.setToolTip(self.tr("与以上事项都不同：保存登记时另立新件"))
        self.new_button.clicked.connect(self.mark_new_matter)
        self.reconsider_button = QPushButton(self.tr("重新判断"))
        self.reconsider_button.clicked.connect(self._reconsider)
        self.paper_button = QPushButton()
        self.paper_button.setObjectName("primaryButton")
        self.paper_button.clicked.connect(self._request_paper)
        self.unlink_button = QPushButton(self.tr("撤销关联…"))
        self.unlink_button.setToolTip(self.tr("关联错了：记一条更正（需写明原因），来访次数 −1"))
        self.unlink_button.clicked.connect(self.ask_unlink)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.error_label = ErrorLabel()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.new_button, self.reconsider_button, self.paper_button,
                       self.unlink_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(4)
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_area.setFrameShape(QFrame.Shape.NoFrame)
        self.list_area.setWidget(self.list_widget)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.list_area)
        layout.addWidget(self.error_label)

    def watch(self, matter: MatterPart) -> None:
        """Suggest again as the clerk types the summary or picks category and area."""
        def update(*_args: object) -> None:
            self.update_suggestions(matter.category_combo.currentData() or "",
                                    matter.area_picker.code(),
                                    matter.summary_edit.toPlainText())
        matter.summary_edit.textChanged.connect(update)
        matter.category_combo.currentIndexChanged.connect(update)
        matter.area_picker.area_changed.connect(update)

    # ------------------------------------------------------------------ state

    @property
    def linked(self) -> bool:
        return self.view is not None and self.view.linked is not None

    def _operation(self, job: Callable[[], T]) -> Operation[T]:
        operation = Operation(self, self.tasks, job).errors(self.error_label)
        if self._report_error is not None:
            operation.report_to(self._report_error)
        return operation

    def load(self, visit_id: uuid.UUID) -> None:
        repeat = self.services.repeat
        self.clear()
        self._operation(lambda: repeat.earlier_matters(visit_id)).key("repeat") \
            .success(self.show_view).run()

    def clear(self) -> None:
        self.view = None
        self.last_link = None
        self._reconsidering = False
        self._set_lines(())
        self.error_label.clear_error()
        self.hide()

    def show_view(self, view: RepeatView) -> None:
        self.view = view
        self._render()
        self.view_changed.emit(view)

    def update_suggestions(self, category: str, area: str, summary: str) -> None:
        self._content = (category, area, summary)
        if self.view is None:
            return
        marked = suggested(self.view.matters, category, area, summary)
        for line in self.lines:
            line.set_suggested(line.matter.case_visit_id in marked)
        # The likely ones first, where the clerk looks without scrolling.
        ordered = sorted(self.lines, key=lambda line: line.matter.case_visit_id not in marked)
        if ordered != self.lines:
            self.lines = ordered
            for index, line in enumerate(ordered):
                self.list_layout.insertWidget(index, line)
            self.list_area.verticalScrollBar().setValue(0)

    def _render(self) -> None:
        view = self.view
        self.setProperty("linked", "true" if view is not None and view.linked else "false")
        for widget in (self, self.title):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if view is None or view.own_case_number is not None:
            self._set_lines(())
            self.hide()
            return
        if view.linked is not None:
            self._show_linked(view, view.linked)
        elif view.decision is RepeatDecision.NEW_MATTER and not self._reconsidering:
            self._show_buttons(reconsider=True)
            self.title.setText(self.tr("已判断为新事项：与既往事项不同，保存登记时另立新件。"))
            self.progress_label.hide()
            self._set_lines(())
            self.setVisible(bool(view.candidates))
        elif view.candidates:
            self._show_buttons(new=True)
            self.title.setText(self.tr(
                "重复访核实：该来访人有 %n 件在办或已办结的事项。是同一事项请点该件的"
                "“同一事项（关联）”，不另立新件；都不是请点“新事项”。", "",
                len(view.candidates)))
            self.progress_label.hide()
            self._set_lines(view.candidates)
            self.update_suggestions(*self._content)
            self.show()
        else:
            self._set_lines(())
            self.hide()

    def _show_linked(self, view: RepeatView, case: EarlierMatter) -> None:
        self._show_buttons(paper=True, unlink=True)
        number = view.visit_number or case.visit_count
        self.title.setText(self.tr("已关联到信访件 {case}（第 {n} 次来访），不另立新件")
                           .format(case=case.case_number, n=number))
        due = day_text(case.next_due)
        progress = self.tr("办理状态：{status}；下一期限：{due}；{route}").format(
            status=status_text(case), due=due, route=route_text(case))
        if case.final:
            progress += self.tr("。该件已办结（或已复核），同一事实和理由不再受理。")
        self.progress_label.setText(progress)
        self.progress_label.show()
        paper = case.paper
        self.paper_button.setText(self.tr("打印{title}").format(
            title=tr_domain(PAPER_TITLES[paper])))
        self._set_lines(())
        self.show()

    def _show_buttons(self, *, new: bool = False, reconsider: bool = False,
                      paper: bool = False, unlink: bool = False) -> None:
        self.new_button.setVisible(new)
        self.reconsider_button.setVisible(reconsider)
        self.paper_button.setVisible(paper)
        self.unlink_button.setVisible(unlink)

    def _set_lines(self, matters: tuple[EarlierMatter, ...]) -> None:
        for line in self.lines:
            self.list_layout.removeWidget(line)
            line.deleteLater()
        self.lines = []
        for matter in matters:
            line = MatterLine(matter)
            line.link_clicked.connect(self.link_to_case)
            self.list_layout.addWidget(line)
            self.lines.append(line)
        self.list_area.setVisible(bool(matters))
        if matters:
            self.list_widget.adjustSize()
            tall = self.window().height() >= TALL_WINDOW
            shown = self.lines[:TALL_VISIBLE_MATTERS if tall else VISIBLE_MATTERS]
            height = sum(line.sizeHint().height() for line in shown)
            height += self.list_layout.spacing() * (len(shown) - 1)
            self.list_area.setFixedHeight(height + 6)  # and the suggested line's thicker border

    # ------------------------------------------------------------------ deciding

    def link_to_case(self, case_visit_id: uuid.UUID) -> None:
        if self.view is None:
            return
        repeat, visit_id = self.services.repeat, self.view.visit_id
        self._operation(lambda: repeat.link_to_case(visit_id, case_visit_id)) \
            .exclusive("decide").busy(*self._keys()).success(self._on_linked).run()

    def _on_linked(self, result: LinkResult) -> None:
        self.last_link = result
        self._reconsidering = False
        self.show_view(result.view)

    def mark_new_matter(self) -> None:
        if self.view is None:
            return
        repeat, visit_id = self.services.repeat, self.view.visit_id
        self._reconsidering = False
        self._operation(lambda: repeat.mark_new_matter(visit_id)) \
            .exclusive("decide").busy(*self._keys()).success(self.show_view).run()

    def _reconsider(self) -> None:
        self._reconsidering = True
        self._render()

    def ask_unlink(self) -> QInputDialog:
        """撤销关联: asks why (non-blocking), then records the correction."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("撤销关联"))
        dialog.setLabelText(self.tr("请写明撤销关联的原因（记入该件的办理流程）："))
        dialog.setOkButtonText(self.tr("撤销关联"))
        dialog.setCancelButtonText(self.tr("取消"))
        dialog.textValueSelected.connect(self.unlink)
        dialog.finished.connect(lambda _r: setattr(self, "unlink_dialog", None))
        self.unlink_dialog = dialog
        dialog.open()
        return dialog

    def unlink(self, reason: str) -> None:
        if self.view is None:
            return
        repeat, visit_id = self.services.repeat, self.view.visit_id
        self._operation(lambda: repeat.unlink(visit_id, reason)) \
            .exclusive("decide").busy(*self._keys()).success(self._on_unlinked).run()

    def _on_unlinked(self, result: UnlinkResult) -> None:
        self.last_link = None
        self.show_view(result.view)

    def finish_linked(self) -> None:
        """保存并办结 for a linked visit: only the ticket is finished (no registration)."""
        if self.view is None:
            return
        repeat, visit_id = self.services.repeat, self.view.visit_id
        self._operation(lambda: repeat.finish_linked_visit(visit_id)) \
            .exclusive("finish").success(self._on_finished).run()

    def _on_finished(self, status: QueueStatus) -> None:
        self.finished.emit(status)

    def _request_paper(self) -> None:
        if self.view is not None and self.view.linked is not None:
            paper: Paper = self.view.linked.paper
            self.paper_requested.emit(self.view.visit_id, paper)

    def _keys(self) -> list[QWidget]:
        return [self.new_button, self.unlink_button, *(line.link_button for line in self.lines)]
