"""The six official UN languages and helpers for texts held per language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

#: The UN order of the official languages (alphabetical in English: Arabic, Chinese, ...).
LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")

#: Languages written right to left.
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})

#: A text held per language: language code -> text. A language that has no key is untranslated.
LangText = dict[str, str]


def is_language(code: str) -> bool:
    return code in LANGUAGES


def text_in(text: Mapping[str, str], lang: str) -> str | None:
    """The text in ``lang``, or ``None`` when that version has no translation."""
    value = text.get(lang)
    return value if value else None


def sort_languages(codes: Iterable[str]) -> list[str]:
    """Languages in the UN order, without duplicates."""
    wanted = set(codes)
    return [code for code in LANGUAGES if code in wanted]
