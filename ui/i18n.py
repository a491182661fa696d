"""Qt translation: Chinese source texts, English from resources/translations."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.i18n import UserError
from desktop.resources import resource_path

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("zh", "en")
# Set on the application when the chosen language's compiled translation did not load,
# so the main window can say so on screen (not only in the log).
MISSING_TRANSLATION_PROPERTY = "laifangMissingTranslation"


def translations_dir() -> Path:
    return resource_path("translations")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own translators; keep the returned list alive.
    Whether the app's translation loaded: `missing_translation(app)`."""
    installed: list[QTranslator] = []
    app.setProperty(MISSING_TRANSLATION_PROPERTY, "")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        app_translator = QTranslator(app)
        qm = translations_dir() / "laifang_en.qm"
        if app_translator.load(str(qm)):
            app.installTranslator(app_translator)
            installed.append(app_translator)
        else:
            log.warning("English translation %s not found; run scripts/setup.sh", qm)
            app.setProperty(MISSING_TRANSLATION_PROPERTY, str(qm))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        qt_translator = QTranslator(app)
        if qt_translator.load("qtbase_zh_CN", qt_dir):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
    return installed


def missing_translation(app: QCoreApplication | None = None) -> str | None:
    """The compiled translation file that should have loaded but did not (None: all
    loaded, or Chinese was chosen)."""
    app = app or QCoreApplication.instance()
    value = app.property(MISSING_TRANSLATION_PROPERTY) if app is not None else None
    return str(value) if value else None


def tr_domain(text: str) -> str:
    """Translate a label from desktop.domain (context "Domain")."""
    return QCoreApplication.translate("Domain", text)


def error_text(error: UserError) -> str:
    return error.translated(QCoreApplication.translate)
