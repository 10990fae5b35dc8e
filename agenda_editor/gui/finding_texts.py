"""Findings worded in the interface language.

The checks of :mod:`agenda_editor.core.rules` and :mod:`agenda_editor.core.style` write English
messages and give each finding a stable ``code`` and the values its message names (``params``).
:func:`finding_text` words a finding from a translated template for its code, filled from those
values (language codes and parts of a text named in the interface language, dates written as
the interface language writes them). A code without a template, or a translation that does not
fit its values, falls back to the English message: a finding is never lost for want of words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from agenda_editor.core.findings import Finding
from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import Meeting
from agenda_editor.core.numbering import item_paths, reference
from agenda_editor.core.style import MARKER_AFTER_PUNCTUATION

CONTEXT = "FindingTexts"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate reads
    """Marks ``source`` for translation under ``context``; translated when shown."""
    return source


#: One template per finding code; the names in braces are the finding's ``params``.
TEMPLATES: dict[str, str] = {
    "meeting-symbol": QT_TRANSLATE_NOOP(
        "FindingTexts", "The document symbol {symbol} is malformed: {problem}."
    ),
    "meeting-no-symbol": QT_TRANSLATE_NOOP("FindingTexts", "The document has no symbol yet."),
    "meeting-reissue-no-note": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "The symbol {symbol} marks a reissue with its asterisk, but the document has no "
        "reissue note for the foot of page 1.",
    ),
    "meeting-reissue-no-mark": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "The document has a reissue note, but its symbol has no asterisk pointing to it.",
    ),
    "document-no-symbol": QT_TRANSLATE_NOOP(
        "FindingTexts", "Item {item} lists a document without a symbol."
    ),
    "meeting-language": QT_TRANSLATE_NOOP(
        "FindingTexts", "The original language {lang} is not a UN language."
    ),
    "meeting-dates": QT_TRANSLATE_NOOP(
        "FindingTexts", "The meeting ends ({end}) before it starts ({start})."
    ),
    "meeting-no-issue-date": QT_TRANSLATE_NOOP(
        "FindingTexts", "The document has no date of issue: its masthead will show no date."
    ),
    "meeting-issue-date": QT_TRANSLATE_NOOP(
        "FindingTexts", "The document is dated {date}, after the meeting starts ({start})."
    ),
    "no-items": QT_TRANSLATE_NOOP("FindingTexts", "The agenda has no items."),
    "item-no-title": QT_TRANSLATE_NOOP("FindingTexts", "Item {item} has no title."),
    "item-markup": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Item {item}, {lang} annotation, paragraph {paragraph}: broken markup ({problem}).",
    ),
    "document-symbol": QT_TRANSLATE_NOOP(
        "FindingTexts", "Item {item} lists a document with a malformed symbol {symbol}: {problem}."
    ),
    "document-duplicate": QT_TRANSLATE_NOOP("FindingTexts", "Item {item} lists {symbol} twice."),
    "document-titles-differ": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "{symbol} has a different title under item {item} than under item {other}.",
    ),
    "annotation-not-in-original": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Item {item} has an annotation in {langs} but none in the original language ({lang}).",
    ),
    "day-duplicate": QT_TRANSLATE_NOOP(
        "FindingTexts", "{date} appears twice in the organization of work."
    ),
    "days-order": QT_TRANSLATE_NOOP("FindingTexts", "{date} is listed after {other}."),
    "slots-order": QT_TRANSLATE_NOOP(
        "FindingTexts", "On {date}, the meeting at {span} is listed after the one at {other}."
    ),
    "day-over-limit": QT_TRANSLATE_NOOP(
        "FindingTexts", "{date}: {count} meetings, more than the limit of {limit}."
    ),
    "day-outside-meeting": QT_TRANSLATE_NOOP(
        "FindingTexts", "{date} is outside the dates of the meeting."
    ),
    "slot-times": QT_TRANSLATE_NOOP(
        "FindingTexts", "The meeting of {date} at {span} ends before it starts."
    ),
    "slot-times-equal": QT_TRANSLATE_NOOP(
        "FindingTexts", "The meeting of {date} at {span} ends when it starts."
    ),
    "slots-overlap": QT_TRANSLATE_NOOP(
        "FindingTexts", "On {date}, the meetings {span} and {other} overlap."
    ),
    "slot-unknown-item": QT_TRANSLATE_NOOP(
        "FindingTexts", "The meeting of {date} at {span} lists an item that is not in the agenda."
    ),
    "item-unscheduled": QT_TRANSLATE_NOOP(
        "FindingTexts", "Item {item} is not in the organization of work."
    ),
    "item-out-of-order": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Item {item} is taken up after item {other}, which comes after it on the agenda.",
    ),
    "untranslated-meeting": QT_TRANSLATE_NOOP(
        "FindingTexts", "Meeting details, {field}: not translated into {lang}."
    ),
    "untranslated-body": QT_TRANSLATE_NOOP(
        "FindingTexts", "The name of the body {body} is not translated into {lang}."
    ),
    "body-duplicate": QT_TRANSLATE_NOOP(
        "FindingTexts", "Two bodies of the timetable have the same id {body}."
    ),
    "body-no-name": QT_TRANSLATE_NOOP(
        "FindingTexts", "Body {number} has no name; the annex heads a column with it."
    ),
    "slot-unknown-body": QT_TRANSLATE_NOOP(
        "FindingTexts", "The meeting of {date} at {span} belongs to no body of the timetable."
    ),
    "untranslated-item": QT_TRANSLATE_NOOP(
        "FindingTexts", "Item {item} is not fully translated into {lang} (missing: {missing})."
    ),
    "item-title-punctuation": QT_TRANSLATE_NOOP(
        "FindingTexts",
        'The {lang} title of item {item} ends with "{mark}"; the agenda adds its own punctuation.',
    ),
    "item-footnote-placement-after": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands "
        'before "{mark}"; in this language it goes after the punctuation.',
    ),
    "item-footnote-placement-before": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands "
        'after "{mark}"; in this language it goes before the punctuation.',
    ),
    "item-empty-footnote": QT_TRANSLATE_NOOP(
        "FindingTexts", "Item {item}, {lang} annotation, paragraph {paragraph}: empty footnote."
    ),
    "item-lettering-differs": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "Item {item}, {lang} annotation, paragraph {paragraph}: lettered as a sub-paragraph "
        "differently from the original ({original}).",
    ),
    "job-number-shared": QT_TRANSLATE_NOOP(
        "FindingTexts",
        "The versions {langs} have the same job number {number}; each version has its own.",
    ),
}

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

#: Why a symbol is malformed (``agenda_editor.core.rules.symbol_problem``).
_SYMBOL_PROBLEMS = {
    "it is empty": QT_TRANSLATE_NOOP("FindingTexts", "it is empty"),
    "it contains spaces": QT_TRANSLATE_NOOP("FindingTexts", "it contains spaces"),
    "it has no slash-separated parts": QT_TRANSLATE_NOOP(
        "FindingTexts", "it has no parts separated by slashes"
    ),
    "it has an empty part between slashes": QT_TRANSLATE_NOOP(
        "FindingTexts", "it has an empty part between slashes"
    ),
    "a dash joining two symbols has nothing on one side": QT_TRANSLATE_NOOP(
        "FindingTexts", "a dash joining two symbols has nothing on one side"
    ),
    "it is not written as a document symbol": QT_TRANSLATE_NOOP(
        "FindingTexts", "it is not written as a document symbol"
    ),
}
_BAD_CHARACTERS = re.compile(r"it contains characters that symbols do not use: (?P<chars>.+)")
_BAD_CHARACTERS_TEXT = QT_TRANSLATE_NOOP(
    "FindingTexts", "it contains characters that symbols do not use: {0}"
)

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


def symbol_problem_text(problem: str) -> str:
    """Why a symbol is malformed (:func:`agenda_editor.core.rules.symbol_problem`), in the
    interface language; an unknown reason stays as given."""
    known = _SYMBOL_PROBLEMS.get(problem)
    if known:
        return _tr(CONTEXT, known)
    match = _BAD_CHARACTERS.fullmatch(problem)
    if match:
        return _tr(CONTEXT, _BAD_CHARACTERS_TEXT).format(match.group("chars"))
    return problem


#: The former private name, still imported by some modules.
_problem_text = symbol_problem_text


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
    if "problem" in values:
        values["problem"] = symbol_problem_text(values["problem"])
    for name in _DATE_PARAMS:  # "other" is a date, a time span or an item: only dates change
        if name in values:
            values[name] = _date_text(values[name], lang)
    return values


def _template_code(finding: Finding) -> str:
    code = finding.code
    if code == "slot-times" and finding.message.endswith("when it starts."):
        return "slot-times-equal"
    if code == "item-footnote-placement":
        after = finding.params.get("lang") in MARKER_AFTER_PUNCTUATION
        return f"{code}-{'after' if after else 'before'}"
    return code


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
    source = TEMPLATES.get(_template_code(finding))
    if source is None:
        return finding.message
    lang = language()
    values = _values(finding, lang)
    if references:
        for name in ("item", "other"):
            if name in values and values[name] in references:
                values[name] = references[values[name]]
    try:
        return _tr(CONTEXT, source).format_map(_Values(values))
    except (KeyError, IndexError, ValueError):
        return finding.message
