"""The interface language: Dutch by default, English on request, switchable while running."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from wijkdesk.resources import resource_path

DEFAULT_LANGUAGE = "nl"
# code: name of the language in that language (so anyone can find their own in the list)
LANGUAGES = {"nl": "Nederlands", "en": "English"}
_SETTING = "interface/language"


def saved_language(settings: QSettings) -> str:
    value = settings.value(_SETTING, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(_SETTING, language)


class Translations:
    """Holds the installed translators; switching sends LanguageChange to every widget."""

    _installed: list[QTranslator] = []  # one application, one set of translators

    def __init__(self, app: QApplication):
        self.app = app
        self.language = "en"

    def use(self, language: str) -> None:
        for t in Translations._installed:
            self.app.removeTranslator(t)
        Translations._installed.clear()
        if language != "en":
            for name in (f"wijkdesk_{language}", f"qtbase_{language}"):
                t = QTranslator(self.app)
                if t.load(name, str(_folder(name))):
                    self.app.installTranslator(t)
                    Translations._installed.append(t)
        self.language = language
        self.app.setProperty("wijkdesk_language", language)
        QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl"
                                   else QLocale.Language.English, QLocale.Country.Netherlands))


def _folder(name: str) -> str:
    if name.startswith("wijkdesk_"):
        return str(resource_path("translations"))
    from PySide6.QtCore import QLibraryInfo  # Qt's own dialog buttons (OK, Cancel, ...)

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)

