"""The result panel of the 取号 page: the ticket just issued, large enough to read out
across the counter, with how many wait ahead and, for a group, its size and
representatives."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.clock import local_time
from desktop.domain import CATEGORIES, TicketCategory
from desktop.queue.estimates import STEP_MINUTES, WaitEstimate
from desktop.queue.tickets import IssuedTicket
from ui.i18n import tr_domain


class TicketResultPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketPanel")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.title_label = QLabel(self.tr("刚取的号"))
        self.title_label.setObjectName("resultTitle")
        self.number_label = QLabel("—")
        self.number_label.setObjectName("ticketNumber")
        self.category_label = QLabel()
        self.category_label.setObjectName("ticketCategory")
        self.group_label = QLabel()
        self.group_label.setObjectName("ticketAhead")
        self.group_label.setWordWrap(True)
        self.ahead_label = QLabel()
        self.ahead_label.setObjectName("ticketAhead")
        self.ahead_label.setWordWrap(True)
        self.visitor_label = QLabel()
        self.visitor_label.setObjectName("hintLabel")
        self.visitor_label.setWordWrap(True)
        for label in (self.title_label, self.number_label, self.category_label,
                      self.group_label, self.ahead_label, self.visitor_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.number_label)
        layout.addWidget(self.category_label)
        layout.addWidget(self.group_label)
        layout.addSpacing(8)
        layout.addWidget(self.ahead_label)
        layout.addWidget(self.visitor_label)
        layout.addStretch(2)
        self.show_none()

    def show_none(self) -> None:
        self.number_label.setText("")
        self.number_label.hide()
        self.title_label.hide()
        self.group_label.hide()
        self.category_label.setText(self.tr("尚未取号"))
        self.ahead_label.setText("")
        self.visitor_label.setText(self.tr("刷身份证或输入证件号码开始"))

    def show_ticket(self, ticket: IssuedTicket, people_count: int = 1,
                    representatives: Sequence[str] = ()) -> None:
        """`people_count` and `representatives` (names) as the desk entered them."""
        self.number_label.setText(ticket.ticket_number)
        self.number_label.show()
        self.title_label.show()
        self.category_label.setText(tr_domain(CATEGORIES[ticket.category].label))
        if ticket.category is TicketCategory.GROUP:
            text = self.tr("%n 人", "", people_count)
            names = [name.strip() for name in representatives if name.strip()]
            if names:
                text += self.tr("　代表：{names}").format(names="、".join(names))
            self.group_label.setText(text)
            self.group_label.show()
        else:
            self.group_label.hide()
        if ticket.people_ahead:
            ahead = self.tr("前面还有 %n 人", "", ticket.people_ahead)
        else:
            ahead = self.tr("前面没有人等候")
        self.ahead_label.setText(ahead)
        returning = self.tr("（回访）") if ticket.returning_visitor else ""
        self.visitor_label.setText(
            self.tr("{name}{returning}　取号时间 {time}").format(
                name=ticket.visitor_name,
                returning=returning,
                time=local_time(ticket.issued_at).strftime("%H:%M"),
            )
        )

    def add_estimate(self, estimate: WaitEstimate) -> None:
        """Adds the estimated wait to the 'N ahead' line once it is known."""
        if estimate.high_minutes <= STEP_MINUTES:
            wait = self.tr("即将叫号")
        else:
            wait = self.tr("预计等候约 {low}–{high} 分钟").format(
                low=estimate.low_minutes, high=estimate.high_minutes)
        self.ahead_label.setText(
            self.tr("{ahead}，{wait}").format(ahead=self.ahead_label.text(), wait=wait))
