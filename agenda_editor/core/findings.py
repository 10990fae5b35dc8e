"""What a check says about a meeting: a finding with its severity, code, message and target.

A finding is a problem (:mod:`agenda_editor.core.problems`: a code, its params, a severity)
about a place in the meeting. Its wording lives in one place, :data:`TEMPLATES`, in English and
marked for Qt Linguist under the context ``FindingTexts``: the English message of a finding
(what the command line prints) is its template filled with its params (:func:`word`), and the
window translates the same template (``gui/finding_texts.py``).

Shared by :mod:`agenda_editor.core.rules` and :mod:`agenda_editor.core.style`; import these
names from :mod:`agenda_editor.core.rules` as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from agenda_editor.core.problems import Severity

__all__ = [
    "CONTEXT",
    "SYMBOL_PROBLEMS",
    "TEMPLATES",
    "Finding",
    "Severity",
    "Target",
    "make",
    "word",
    "worded",
]

CONTEXT = "FindingTexts"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate reads
    """Marks ``source`` for translation under ``context``; translated when shown."""
    return source


#: Why a document symbol is malformed (:func:`agenda_editor.core.rules.symbol_fault`), one
#: wording per reason: the ``problem`` of the symbol findings, and what the Meeting page and the
#: documents table say under a symbol being typed.
SYMBOL_PROBLEMS: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("FindingTexts", "it is empty"),
    "spaces": QT_TRANSLATE_NOOP("FindingTexts", "it contains spaces"),
    "characters": QT_TRANSLATE_NOOP(
        "FindingTexts", "it contains characters that symbols do not use: {chars}"
    ),
    "joint-side-empty": QT_TRANSLATE_NOOP(
        "FindingTexts", "a dash joining two symbols has nothing on one side"
    ),
    "no-slash": QT_TRANSLATE_NOOP("FindingTexts", "it has no slash-separated parts"),
    "part-no-slash": QT_TRANSLATE_NOOP(
        "FindingTexts", "the part {part} has no slash-separated parts"
    ),
    "empty-part": QT_TRANSLATE_NOOP("FindingTexts", "it has an empty part between slashes"),
    "part-empty-part": QT_TRANSLATE_NOOP(
        "FindingTexts", "the part {part} has an empty part between slashes"
    ),
    "not-a-symbol": QT_TRANSLATE_NOOP("FindingTexts", "it is not written as a document symbol"),
}


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


@dataclass(frozen=True)
class Target:
    """What a finding is about: the meeting, an item, a day or a slot of a day."""

    kind: str  # "meeting", "item", "day", "slot"
    item_id: str | None = None
    day: int | None = None
    slot: int | None = None
    field: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: str
    target: Target = Target("meeting")
    params: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    #: The key of its wording in :data:`TEMPLATES` (the code, or a variant of it).
    template: str = field(default="", compare=False, hash=False)

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"


def _same(context: str, source: str) -> str:
    return source


#: The params the English message quotes (the command line has always quoted a malformed
#: symbol, an unknown language code and a body's name or id).
_QUOTED = {
    "meeting-symbol": ("symbol",),
    "document-symbol": ("symbol",),
    "meeting-language": ("lang",),
    "untranslated-body": ("body",),
    "body-duplicate": ("body",),
}


def english_values(template: str, params: Mapping[str, str]) -> dict[str, str]:
    """The params as the English message writes them: a meeting's field "subsidiary_body" as
    "subsidiary body", malformed symbols and unknown codes in quotes; the rest as given."""
    values = dict(params)
    for name in _QUOTED.get(template, ()):
        if name in values:
            values[name] = repr(values[name])
    if "field" in values:
        values["field"] = values["field"].replace("_", " ")
    return values


def word(
    template: str,
    values: Mapping[str, str],
    translate: Callable[[str, str], str] = _same,
) -> str:
    """The wording :data:`TEMPLATES` has under ``template``, passed through
    ``translate(context, source)`` (English as it is by default) and filled with ``values``."""
    return worded(TEMPLATES[template], values, translate)


def worded(
    source: str, values: Mapping[str, str], translate: Callable[[str, str], str] = _same
) -> str:
    """``source``, a wording of this module's tables, through ``translate`` (context
    :data:`CONTEXT`) and filled with ``values``."""
    return translate(CONTEXT, source).format_map(values)


def make(
    severity: Severity, code: str, target: Target, *, variant: str = "", **params: str
) -> Finding:
    """A finding with its English message; ``params`` are the values its template names.
    ``variant``: the template is ``code-variant`` (one wording per case of the code)."""
    template = f"{code}-{variant}" if variant else code
    message = word(template, english_values(template, params))
    return Finding(severity, code, message, target, params, template)
