"""The language of the interface: translators, layout direction and locale, switched live.

:class:`LanguageManager` installs our catalogue (``agenda_editor_<lang>.qm``) and Qt's own
(``qtbase_<lang>.qm``, for the standard buttons and dialogs), mirrors the application for Arabic,
sets the default ``QLocale`` (date and time editors follow the language) and emits
:attr:`LanguageManager.language_changed`. Installing a translator sends every widget a
``QEvent.LanguageChange``: widgets retranslate themselves (``retranslate_ui``), no restart.

Where the compiled catalogues come from, in order: the ``AGENDA_EDITOR_TRANSLATIONS``
environment variable, the package resources (``resource_path("translations")``, filled by the
wheel build), and in a source checkout a cache folder where they are compiled on first use from
``translations/*.ts``. When none works the interface stays in English and :attr:`problem` says
why.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from agenda_editor.core.languages import LANGUAGES, RTL_LANGUAGES
from agenda_editor.resources import resource_path

log = logging.getLogger(__name__)

#: Environment variable naming a folder of compiled catalogues (tests, portable builds).
TRANSLATIONS_ENV = "AGENDA_EDITOR_TRANSLATIONS"

#: The source language of the interface: no catalogue is needed for it.
SOURCE_LANGUAGE = "en"

#: What Preferences stores for "follow the system".
SYSTEM = None

_SOURCE_TREE = Path(__file__).resolve().parents[2] / "translations"


def qm_name(lang: str) -> str:
    return f"agenda_editor_{lang}.qm"


def system_language() -> str:
    """The UN language of the system's locale, or English when it is none of them."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve(choice: str | None) -> str:
    """The language to show for a Preferences choice (``None``: the system's)."""
    if choice in LANGUAGES:
        return choice
    return system_language()


def _has_catalogues(folder: Path) -> bool:
    return folder.is_dir() and all(
        (folder / qm_name(lang)).is_file() for lang in LANGUAGES if lang != SOURCE_LANGUAGE
    )


def _newest_source() -> float:
    return max((p.stat().st_mtime for p in _SOURCE_TREE.glob("*.ts")), default=0.0)


def build_into_cache(cache: Path | None = None) -> Path:
    """Compile ``translations/*.ts`` of a source checkout into a cache folder (when stale).

    Raises ``OSError`` or ``RuntimeError`` with a message naming the problem.
    """
    script = _SOURCE_TREE / "build_translations.py"
    if not script.is_file():
        raise RuntimeError("no compiled translations were found and no sources to build them")
    folder = cache or platformdirs.user_cache_path("agenda-editor", appauthor=False) / "qm"
    built = [folder / qm_name(lang) for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
    if (
        all(p.is_file() for p in built)
        and min(p.stat().st_mtime for p in built) >= _newest_source()
    ):
        return folder
    spec = importlib.util.spec_from_file_location("_agenda_build_translations", script)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"{script} cannot be loaded")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        module.build(folder)
    except module.ToolError as error:
        raise RuntimeError(str(error)) from error
    return folder


def find_catalogues() -> Path:
    """The folder holding the compiled catalogues; ``RuntimeError`` when there is none."""
    named = os.environ.get(TRANSLATIONS_ENV)
    if named:
        if _has_catalogues(Path(named)):
            return Path(named)
        raise RuntimeError(f"{TRANSLATIONS_ENV}={named} does not hold the compiled translations")
    packaged = resource_path("translations")
    if _has_catalogues(packaged):
        return packaged
    return build_into_cache()


class LanguageManager(QObject):
    """Switches the interface language of the running application."""

    #: The language now shown (a code of :data:`LANGUAGES`).
    language_changed = Signal(str)

    def __init__(self, qm_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qm_dir = qm_dir
        self._translators: list[QTranslator] = []
        self._choice: str | None = SYSTEM
        self._language = SOURCE_LANGUAGE
        #: Why the interface could not be shown in the chosen language; else ``None``.
        self.problem: str | None = None

    @property
    def language(self) -> str:
        """The language shown now."""
        return self._language

    @property
    def choice(self) -> str | None:
        """What the user chose: a language code, or ``None`` for the system's language."""
        return self._choice

    def catalogue_dir(self) -> Path:
        if self._qm_dir is None:
            self._qm_dir = find_catalogues()
        return self._qm_dir

    def apply(self, choice: str | None) -> str:
        """Show the interface in ``choice`` (``None``: the system's); returns the language shown.

        The old translators are removed and the new ones installed, which sends every widget a
        ``LanguageChange`` event.
        """
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the language can only be set once the application exists")
        self._choice = choice if choice in LANGUAGES else SYSTEM
        lang = resolve(self._choice)
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        self.problem = None
        shown = lang
        if lang != SOURCE_LANGUAGE:
            shown = self._install(lang)
        QLocale.setDefault(QLocale(shown))
        if isinstance(app, QGuiApplication):
            direction = (
                Qt.LayoutDirection.RightToLeft
                if shown in RTL_LANGUAGES
                else Qt.LayoutDirection.LeftToRight
            )
            app.setLayoutDirection(direction)
        self._language = shown
        # Qt posts LanguageChange to each window: deliver them now, so that every widget
        # speaks the new language when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(shown)
        return shown

    def _install(self, lang: str) -> str:
        try:
            folder = self.catalogue_dir()
        except (RuntimeError, OSError) as error:
            self.problem = f"the interface translations are not available: {error}"
            log.warning("%s", self.problem)
            return SOURCE_LANGUAGE
        ours = QTranslator(self)
        if not ours.load(str(folder / qm_name(lang))):
            self.problem = f"the translation {folder / qm_name(lang)} could not be loaded"
            log.warning("%s", self.problem)
            return SOURCE_LANGUAGE
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(self)
        if qt_own.load(QLocale(lang), "qtbase", "_", qt_folder):
            QCoreApplication.installTranslator(qt_own)
            self._translators.append(qt_own)
        else:
            log.info("Qt's own translation for %s was not found in %s", lang, qt_folder)
        QCoreApplication.installTranslator(ours)
        self._translators.append(ours)
        return lang


_manager: LanguageManager | None = None


def language_manager() -> LanguageManager:
    """The application's one manager (created on first use, child of the application)."""
    global _manager
    if _manager is None:
        _manager = LanguageManager(parent=QCoreApplication.instance())
    return _manager


def setup_interface_language(choice: str | None) -> LanguageManager:
    """At start-up: register the bundled fonts and show the interface in ``choice``.

    ``choice`` is ``Settings.ui_language`` (``None`` follows the system).
    """
    from agenda_editor.gui.fonts import register_bundled_fonts

    register_bundled_fonts()
    manager = language_manager()
    manager.apply(choice)
    return manager
