"""Fixtures of the printing UI tests: a host widget, a fake printer backend and a
PrintController on them (the runner is tests/ui/conftest.py's `tasks`)."""

from __future__ import annotations

import pytest
from print_fakes import FakeBackend
from PySide6.QtWidgets import QWidget

from desktop.config import TerminalConfig
from ui.printing.controller import PrintController


@pytest.fixture
def host(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def controller(services, tasks, backend, host, tmp_path):  # type: ignore[no-untyped-def]
    config = TerminalConfig(ticket_printer="Thermal-1", a4_printer="HP A4")
    return PrintController(services.printing, tasks, config, backend=backend,
                           parent_widget=host, config_path=tmp_path / "terminal.json")


