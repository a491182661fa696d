"""叫号 page: the current ticket — its number large, what to do next, who it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.clock import local_time
from desktop.domain import CATEGORIES, QUEUE_STATUS_LABELS, QueueStatus
from desktop.queue.calling import CalledTicket
from ui.i18n import tr_domain


def _larger(label: QLabel, points: int, bold: bool = False) -> None:
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + points)
    font.setBold(bold)
    label.setFont(font)


class CurrentTicketCard(QFrame):
    """当前号: the number, its status with the next key to press, and the visitor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("currentCard")
        self.setStyleSheet(
            "QFrame#currentCard { background: #f4f7fb; border: 1px solid #c8d1dc;"
            " border-radius: 8px; }"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("当前号")))
        layout.addStretch(1)
        self.number_label = QLabel("—")
        number_font = QFont(self.number_label.font())
        number_font.setPixelSize(88)
        number_font.setBold(True)
        self.number_label.setFont(number_font)
        self.number_label.setStyleSheet("color: #0b3d91;")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.number_label)
        self.status_label = QLabel(self.tr("按 F2 叫下一位"))
        _larger(self.status_label, 4, bold=True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status_label)
        self.detail_label = QLabel("")
        _larger(self.detail_label, 2)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label.setWordWrap(True)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)

    def show_ticket(self, ticket: CalledTicket | None, has_window: bool) -> None:
        if ticket is None:
            self.number_label.setText("—")
            self.status_label.setText(
                self.tr("按 F2 叫下一位") if has_window else self.tr("请先选择窗口"))
            self.detail_label.setText("")
            return
        self.number_label.setText(ticket.ticket_number)
        self.status_label.setText(self.status_text(ticket))
        self.detail_label.setText(self.detail_text(ticket))

    def status_text(self, ticket: CalledTicket) -> str:
        label = tr_domain(QUEUE_STATUS_LABELS[ticket.status])
        if ticket.status is QueueStatus.CALLED:
            if ticket.recall_count >= ticket.recall_limit:
                return self.tr("{status} · 已重呼 {count} 次，未到请按 F6").format(
                    status=label, count=ticket.recall_count)
            if ticket.recall_count:
                return self.tr("{status} · 重呼 {count}/{limit}").format(
                    status=label, count=ticket.recall_count, limit=ticket.recall_limit)
            return self.tr("{status} · 请等访客到窗口后按 F4").format(status=label)
        if ticket.status is QueueStatus.SERVING and ticket.serving_started_at:
            started = local_time(ticket.serving_started_at).strftime("%H:%M")
            return self.tr("{status} · {time} 开始").format(status=label, time=started)
        return label

    def detail_text(self, ticket: CalledTicket) -> str:
        parts = [tr_domain(CATEGORIES[ticket.category].label), ticket.visitor_name]
        if ticket.people_count > 1:
            parts.append(self.tr("%n 人", None, ticket.people_count))
        if ticket.called_at:
            waited = max(0, int((ticket.called_at - ticket.issued_at).total_seconds() // 60))
            parts.append(self.tr("等候 {minutes} 分钟").format(minutes=waited))
        parts.append(self.tr("已登记") if ticket.registered else self.tr("未登记"))
        text = " · ".join(parts)
        if ticket.note:
            text += "\n" + ticket.note
        return text
