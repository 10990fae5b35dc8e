"""Findings worded in the interface language.

The checks of :mod:`agenda_editor.core.rules` and :mod:`agenda_editor.core.style` give each
finding a stable ``code``, the values its wording names (``params``) and the key of its template
in :data:`agenda_editor.core.findings.TEMPLATES`, whose English is the finding's message.
:func:`finding_text` words a finding from that template translated, filled from those
values (language codes and parts of a text named in the interface language, dates written as
the interface language writes them). A code without a template, or a translation that does not
fit its values, falls back to the English message: a finding is never lost for want of words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from agenda_editor.core.findings import CONTEXT, TEMPLATES, Finding, word
from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import Meeting
from agenda_editor.core.numbering import item_paths, reference
from agenda_editor.core.rules import SymbolFault, symbol_fault


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate reads
    """Marks ``source`` for translation under ``context``; translated when shown."""
    return source


_LANGUAGE_NAMES = {
    "ar": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "zh": QT_TRANSLATE_NOOP("Languages", "Chinese"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "ru": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
}

#: The meeting's fields (``untranslated-meeting``) and the parts of an item
#: (``untranslated-item``), as the core names them.
_PART_NAMES = {
    "body": QT_TRANSLATE_NOOP("FindingTexts", "body"),
    "subsidiary_body": QT_TRANSLATE_NOOP("FindingTexts", "subsidiary body"),
    "session": QT_TRANSLATE_NOOP("FindingTexts", "session"),
    "venue": QT_TRANSLATE_NOOP("FindingTexts", "venue"),
    "title": QT_TRANSLATE_NOOP("FindingTexts", "title"),
    "reissue_note": QT_TRANSLATE_NOOP("FindingTexts", "reissue note"),
    "annotation": QT_TRANSLATE_NOOP("FindingTexts", "annotation"),
    "document titles": QT_TRANSLATE_NOOP("FindingTexts", "document titles"),
    "names of the bodies": QT_TRANSLATE_NOOP("FindingTexts", "names of the bodies"),
}

_LIST_SEPARATORS = {"zh": "、", "ar": "، "}

#: Interface languages that write language names in lower case inside a sentence.
_LOWER_CASE_NAMES = frozenset({"fr", "es", "ru"})
_DATE_PARAMS = ("date", "start", "end", "other")


def _tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def interface_language() -> str:
    """The language the interface is shown in (the default locale's), as a UN code."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def language_name(code: str) -> str:
    """A language code as the interface names it ("French", "Français"...)."""
    source = _LANGUAGE_NAMES.get(code)
    return _tr("Languages", source) if source else code


def _date_text(value: str, lang: str) -> str:
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        return value
    try:
        from agenda_editor.i18n.dates import full_date

        return full_date(date, lang)
    except (ImportError, ValueError, LookupError):
        return value


def symbol_problem_text(fault: SymbolFault) -> str:
    """Why a symbol is malformed (:func:`agenda_editor.core.rules.symbol_fault`), in the
    interface language."""
    return fault.word(_tr)


def _values(finding: Finding, lang: str) -> dict[str, str]:
    """The finding's params as the interface language writes them."""
    values = dict(finding.params)

    def named(code: str) -> str:
        name = language_name(code)
        return name.lower() if lang in _LOWER_CASE_NAMES else name

    for key in ("lang", "original"):
        if key in values:
            values[key] = named(values[key])
    if "langs" in values:
        codes = [code.strip() for code in values["langs"].split(",")]
        values["langs"] = _LIST_SEPARATORS.get(lang, ", ").join(map(named, codes))
    if "field" in values:
        source = _PART_NAMES.get(values["field"])
        values["field"] = _tr(CONTEXT, source) if source else values["field"]
    if "missing" in values:
        parts = [part.strip() for part in values["missing"].split(",")]
        names = [_tr(CONTEXT, _PART_NAMES[p]) if p in _PART_NAMES else p for p in parts]
        values["missing"] = _LIST_SEPARATORS.get(lang, ", ").join(names)
    if "problem" in values and "symbol" in values:  # the symbol findings
        fault = symbol_fault(values["symbol"])
        if fault is not None:
            values["problem"] = symbol_problem_text(fault)
    for name in _DATE_PARAMS:  # "other" is a date, a time span or an item: only dates change
        if name in values:
            values[name] = _date_text(values[name], lang)
    return values


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        raise KeyError(key)


def renumbered(meeting: Meeting, lang: str) -> dict[str, str]:
    """Item references as the checks write them (English numbering) -> as ``lang`` numbers
    them, e.g. "3 (b)" -> "3 b)" in French, "3 (ب)" in Arabic."""
    return {reference(path, "en"): reference(path, lang) for path in item_paths(meeting).values()}


def finding_text(
    finding: Finding,
    language: Callable[[], str] = interface_language,
    references: dict[str, str] | None = None,
) -> str:
    """The finding's message in the interface language; its English message when there is no
    template for its code or the translated template does not fit the finding's values.

    ``references``: :func:`renumbered` for the meeting and the language version shown, so that
    items are named as the agenda tree numbers them.
    """
    template = finding.template or finding.code
    if template not in TEMPLATES:
        return finding.message
    lang = language()
    values = _values(finding, lang)
    if references:
        for name in ("item", "other"):
            if name in values and values[name] in references:
                values[name] = references[values[name]]
    try:
        return word(template, _Values(values), _tr)
    except (KeyError, IndexError, ValueError):
        return finding.message
