"""叫号 page: the lists beside the current ticket — 接下来 (who comes next: number, name,
a group's size) and the clerk's own 暂挂 and 今日未到 lists to pick from."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.domain import TicketCategory
from desktop.queue.calling import CalledTicket, WaitingTicket

VISIT_ROLE = Qt.ItemDataRole.UserRole
GROUP_COLOR = "#b35c00"  # a group's line stands out from the single visitors


class UpNextList(QListWidget):
    """接下来: the next visitors in call order. A group stands out (【集体 12人】): the
    clerk sees before calling that a dozen people will come to the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = QFont(self.font())
        font.setPointSize(font.pointSize() + 2)
        self.setFont(font)

    def show_tickets(self, tickets: tuple[WaitingTicket, ...]) -> None:
        self.clear()
        for ticket in tickets:
            item = QListWidgetItem(self.line(ticket))
            if ticket.category is TicketCategory.GROUP:
                bold = QFont(self.font())
                bold.setBold(True)
                item.setFont(bold)
                item.setForeground(QBrush(QColor(GROUP_COLOR)))
            self.addItem(item)

    def line(self, ticket: WaitingTicket) -> str:
        text = f"{ticket.ticket_number}  {ticket.visitor_name}".rstrip()
        if ticket.category is TicketCategory.GROUP:
            text += "  " + self.tr("【集体 %n人】", None, ticket.people_count)
        return text

    def lines(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]


class TicketList(QListWidget):
    """暂挂 or 今日未到: the clerk selects one to resume or to queue again; the selection
    stays across refreshes."""

    def show_tickets(self, tickets: tuple[CalledTicket, ...]) -> None:
        selected = self.selected_visit()
        self.blockSignals(True)
        self.clear()
        for ticket in tickets:
            text = f"{ticket.ticket_number}  {ticket.visitor_name}"
            if ticket.note:
                text += f" — {ticket.note}"
            item = QListWidgetItem(text)
            item.setData(VISIT_ROLE, ticket.visit_id)
            self.addItem(item)
            if ticket.visit_id == selected:
                item.setSelected(True)
        self.blockSignals(False)

    def selected_visit(self) -> uuid.UUID | None:
        items = self.selectedItems()
        if not items:
            return None
        value = items[0].data(VISIT_ROLE)
        return value if isinstance(value, uuid.UUID) else None
