"""A missing compiled translation is said on screen, not only in the log."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.config import TerminalConfig
from ui import i18n
from ui.app import ErrorReporter
from ui.main_window import MainWindow


@pytest.fixture
def english_without_qm(qapp, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)  # no laifang_en.qm here
    locale = QLocale()
    translators = i18n.install_translators(qapp, "en")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setProperty(i18n.MISSING_TRANSLATION_PROPERTY, "")
    QLocale.setDefault(locale)


def main_window(qtbot, services, tasks) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(services, tasks, ErrorReporter(None, lambda: None),
                     TerminalConfig(auto_print_ticket=False))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_missing_english_file_is_shown_in_the_status_bar(  # type: ignore[no-untyped-def]
    english_without_qm, qtbot, services, tasks, idle, tmp_path
) -> None:
    assert i18n.missing_translation() == str(tmp_path / "laifang_en.qm")
    win = main_window(qtbot, services, tasks)
    idle()
    label = win.translation_label
    assert label.isVisible()
    assert "English translation file is missing; showing Chinese" in label.text()
    assert "英文翻译文件缺失" in label.text()
    win.close()
    idle()


def test_nothing_said_when_the_translation_loads(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    translators = i18n.install_translators(QApplication.instance(), "zh")  # type: ignore[arg-type]
    try:
        assert i18n.missing_translation() is None
        win = main_window(qtbot, services, tasks)
        idle()
        assert not win.translation_label.isVisible()
        win.close()
        idle()
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)  # type: ignore[union-attr]
