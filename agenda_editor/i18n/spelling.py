"""Spelling per language version, from the Hunspell dictionaries installed on the computer.

The checking is Hunspell itself, through ``chunspell``: a maintained binding (the successor of
cyhunspell) whose wheels carry the Hunspell library, so nothing but the dictionaries comes from
the system, and the result is what LibreOffice and Firefox say with the same dictionaries. A
pure-Python reader (spylls) was the other candidate; it has had no release since 2022 and is
far slower on large dictionaries such as the Russian and Arabic ones.

Dictionaries are looked up, per UN language, in :data:`DICTIONARIES_ENV` (a list of folders),
the user's own folder and the system's Hunspell and MySpell folders. Chinese has no spelling to
check. Words added to the dictionary are kept in a personal word list per language.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: A list of folders (separated as in PATH) searched first for ``<name>.aff`` and ``<name>.dic``.
DICTIONARIES_ENV = "AGENDA_EDITOR_DICTIONARIES"

#: Dictionary names per language, preferred first. UN English follows British (Oxford)
#: spelling, so en_GB comes before en_US.
DICTIONARY_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("en_GB", "en-GB", "en_US", "en-US", "en"),
    "fr": ("fr_FR", "fr-FR", "fr", "fr_CH", "fr_BE", "fr_CA"),
    "es": ("es_ES", "es-ES", "es", "es_MX", "es_AR"),
    "ru": ("ru_RU", "ru-RU", "ru"),
    "ar": ("ar", "ar_SA", "ar_EG", "ar-SA"),
    "zh": (),
}

#: Words (letters, with inner apostrophes or hyphens) as the checker sees them.
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def search_folders() -> list[Path]:
    """Where dictionaries are looked for, in order."""
    folders = [Path(p) for p in os.environ.get(DICTIONARIES_ENV, "").split(os.pathsep) if p]
    home = Path.home()
    folders += [home / ".local/share/hunspell", home / ".hunspell_default"]
    if sys.platform == "darwin":
        folders += [home / "Library/Spelling", Path("/Library/Spelling")]
    folders += [
        Path("/usr/share/hunspell"),
        Path("/usr/local/share/hunspell"),
        Path("/usr/share/myspell/dicts"),
        Path("/usr/share/myspell"),
        Path("/app/share/hunspell"),
    ]
    return folders


def find_dictionary(lang: str) -> tuple[Path, str] | None:
    """The folder and name of the first dictionary of ``lang`` that is installed."""
    for name in DICTIONARY_NAMES.get(lang, ()):
        for folder in search_folders():
            if (folder / f"{name}.aff").is_file() and (folder / f"{name}.dic").is_file():
                return folder, name
    return None


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """The words of ``text`` worth checking: (start, end, word). Acronyms in capitals (UNEP,
    CO) and single letters are left out."""
    for found in _WORD.finditer(text):
        word = found.group()
        if len(word) < 2 or (word.isupper() and len(word) <= 6):
            continue
        yield found.start(), found.end(), word


class Speller:
    """The spelling of one language: ``available`` tells whether a dictionary was found."""

    def __init__(self, lang: str, personal: Path | None = None) -> None:
        self.lang = lang
        self.personal = personal
        self.dictionary: str = ""
        self.problem: str = ""
        self._engine: Any = None
        found = find_dictionary(lang)
        if found is None:
            self.problem = "no dictionary" if DICTIONARY_NAMES.get(lang) else "no spelling"
            return
        folder, name = found
        try:
            import hunspell  # chunspell

            self._engine = hunspell.Hunspell(name, hunspell_data_dir=str(folder))
        except Exception as error:  # a missing binding or a broken dictionary: no spelling
            log.warning("spelling in %s is not available: %s", lang, error)
            self.problem = f"{type(error).__name__}: {error}"
            return
        self.dictionary = name
        for word in self._personal_words():
            self._engine.add(word)

    @property
    def available(self) -> bool:
        return self._engine is not None

    def _personal_words(self) -> list[str]:
        if self.personal is None or not self.personal.is_file():
            return []
        try:
            text = self.personal.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            log.warning("the word list %s cannot be read: %s", self.personal, error)
            return []
        return [line.strip() for line in text.splitlines() if line.strip()]

    def is_correct(self, word: str) -> bool:
        if self._engine is None:
            return True
        return bool(self._engine.spell(word))

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        if self._engine is None:
            return []
        return list(self._engine.suggest(word))[:limit]

    def add(self, word: str) -> None:
        """Accept ``word`` from now on, and remember it in the personal word list."""
        if self._engine is None:
            return
        self._engine.add(word)
        if self.personal is None:
            return
        try:
            self.personal.parent.mkdir(parents=True, exist_ok=True)
            with self.personal.open("a", encoding="utf-8") as stream:
                stream.write(word + "\n")
        except OSError as error:
            log.warning("the word %r could not be kept in %s: %s", word, self.personal, error)

    def misspelt(self, text: str) -> list[tuple[int, int, str]]:
        """The words of ``text`` the dictionary does not know."""
        if self._engine is None:
            return []
        return [(s, e, w) for s, e, w in words(text) if not self.is_correct(w)]
