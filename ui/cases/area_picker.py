"""问题属地: a field that opens a tree of the areas (towns under their own district, as in
系统设置) with a search line on top. Any level may be chosen, a district alone too.

The field is a read-only line edit showing the chosen area's path ("海口市 › 龙华区 ›
中山街道"), so it looks and is marked invalid like the other inputs. A click, F4, Alt+Down,
Space or any typed text opens the popup; typed text goes straight into the search line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.settings.reference import AreaItem

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
PATH_SEPARATOR = " › "
POPUP_ROWS = 14


class AreaPopup(QFrame):
    """The drop-down: a search line over the tree. Emits `chosen(code)`."""

    chosen = Signal(str)

    def __init__(self, model: QStandardItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("输入名称或代码查找"))
        self.search_edit.setClearButtonEnabled(True)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # A match shows the way down to it, and a matching district its towns.
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.no_match = QLabel(self.tr("没有符合的属地，请换个名称或代码"))
        self.no_match.setObjectName("hintLabel")
        self.no_match.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.no_match)
        self.search_edit.textChanged.connect(self.set_filter)
        self.search_edit.installEventFilter(self)
        self.tree.activated.connect(self._choose)
        self.tree.clicked.connect(self._choose)

    def set_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()
            first = self._first_match(QModelIndex())
            if first is not None:
                self._select(first)
        else:
            expand_to_districts(self.tree)
        self.no_match.setVisible(self.proxy.rowCount() == 0)

    def _first_match(self, parent: QModelIndex) -> QModelIndex | None:
        """The first row whose own name matches (not a parent shown for its children)."""
        needle = self.search_edit.text().strip().lower()
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if needle in str(index.data(SEARCH_ROLE)).lower():
                return index
            found = self._first_match(index)
            if found is not None:
                return found
        return None

    def show_code(self, code: str) -> None:
        """Before showing: clear the search, show the tree as usual, select `code`."""
        self.search_edit.clear()
        self.set_filter("")
        if code:
            matches = self.proxy.match(self.proxy.index(0, 0), CODE_ROLE, code, 1,
                                       Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
            if matches:
                self._select(matches[0])

    def _select(self, index: QModelIndex) -> None:
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.tree.scrollTo(index)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 — Qt's name
        # Up/Down/Enter in the search line move in and choose from the tree.
        if watched is self.search_edit and isinstance(event, QKeyEvent) \
                and event.type() == QKeyEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.tree.keyPressEvent(event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.tree.currentIndex())
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _choose(self, index: QModelIndex | QPersistentModelIndex) -> None:
        code = index.data(CODE_ROLE) if index.isValid() else None
        if code:
            self.chosen.emit(str(code))
            self.hide()


class AreaPicker(QLineEdit):
    """Emits `area_changed(code)` ("" when nothing is chosen)."""

    area_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Read-only switches input methods off; Chinese typed here starts a search.
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.setPlaceholderText(self.tr("请选择问题属地（点击或直接输入查找）"))
        self.model = QStandardItemModel(self)
        self._items: dict[str, QStandardItem] = {}
        self._code = ""
        self.popup = AreaPopup(self.model, self)
        self.popup.chosen.connect(self.set_code)

    # ------------------------------------------------------------------ data

    def set_areas(self, areas: Sequence[AreaItem]) -> None:
        """Fill the tree (areas in display order, parents before or after children). The
        chosen area stays chosen while it is still in the list."""
        kept = self._code
        self.model.clear()
        self._items = {}
        names = {area.code: area for area in areas}
        for area in areas:
            item = QStandardItem(area.name)
            item.setEditable(False)
            item.setData(area.code, CODE_ROLE)
            item.setData(f"{area.name} {area.code}", SEARCH_ROLE)
            item.setData(_path(area, names), PATH_ROLE)
            item.setToolTip(f"{_path(area, names)}（{area.code}）")
            self._items[area.code] = item
        for area in areas:
            parent = self._items.get(area.parent_code or "")
            # An area whose parent is not in the list (switched off) shows at the top.
            (parent or self.model.invisibleRootItem()).appendRow(self._items[area.code])
        self._code = ""
        self.set_code(kept, announce=False)
        if self._code != kept:
            self.area_changed.emit(self._code)

    def code(self) -> str:
        return self._code

    def path(self) -> str:
        return self.path_of(self._code)

    def set_code(self, code: str | None, announce: bool = True) -> bool:
        """Choose `code` ("" or None: nothing); False when it is not in the list."""
        item = self._items.get(code or "")
        new = (code or "") if item is not None else ""
        self.setText(self.path_of(new))
        self.setCursorPosition(0)
        if new == self._code:
            return item is not None
        self._code = new
        if announce:
            self.area_changed.emit(new)
        return item is not None

    def path_of(self, code: str) -> str:
        item = self._items.get(code)
        return str(item.data(PATH_ROLE)) if item is not None else ""

    # ------------------------------------------------------------------ popup

    def open_popup(self, search: str = "") -> None:
        popup = self.popup
        popup.show_code(self._code)
        width = max(self.width(), 320)
        rows = popup.tree.sizeHintForRow(0) if self.model.rowCount() else 24
        height = popup.search_edit.sizeHint().height() + max(rows, 20) * POPUP_ROWS + 16
        popup.resize(width, height)
        below = self.mapToGlobal(self.rect().bottomLeft())
        screen = self.screen().availableGeometry()
        top = below.y() if below.y() + height <= screen.bottom() else \
            self.mapToGlobal(self.rect().topLeft()).y() - height
        popup.move(below.x(), max(top, screen.top()))
        popup.show()
        popup.search_edit.setFocus()
        if search:
            popup.search_edit.setText(search)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 — Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.open_popup()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 — Qt's name
        key = event.key()
        text = event.text()
        opens = key == Qt.Key.Key_F4 or key == Qt.Key.Key_Space or (
            key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.open_popup()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_code("")
            return
        if text and text.isprintable() and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self.open_popup(text)
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: object) -> None:  # noqa: N802 — Qt's name
        # Chinese typed with an input method also starts a search.
        commit = getattr(event, "commitString", lambda: "")()
        if commit:
            self.open_popup(commit)
            return
        super().inputMethodEvent(event)  # type: ignore[arg-type]


def expand_to_districts(tree: QTreeView) -> None:
    """Open the levels above the towns (province, city) and leave each district closed,
    so the districts show one under another and each keeps its towns to itself."""
    tree.collapseAll()
    model = tree.model()
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            grandchildren = any(
                model.rowCount(model.index(child, 0, index))
                for child in range(model.rowCount(index))
            )
            if grandchildren:
                tree.expand(index)
                pending.append(index)


def _path(area: AreaItem, names: dict[str, AreaItem]) -> str:
    chain = [area.name]
    parent = names.get(area.parent_code or "")
    seen = {area.code}
    while parent is not None and parent.code not in seen:
        seen.add(parent.code)
        chain.append(parent.name)
        parent = names.get(parent.parent_code or "")
    return PATH_SEPARATOR.join(reversed(chain))
