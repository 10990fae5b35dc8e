"""Every fixed label of the printed document, per language, in one table.

Reviewers: the labels marked ``# UNCONFIRMED`` were not seen in a real UN document of that
language (see the "—" cells of UN-CONVENTIONS.md); they are careful translations. Correct them
here and every exporter and the window pick up the change.

In the Arabic, Chinese and Russian versions the masthead's distribution, date and language lines
stay in English, as UN documents print them: :func:`masthead_language` says which language the
masthead block uses.
"""

from __future__ import annotations

from typing import Final

from agenda_editor.core.languages import LANGUAGES

#: Label keys every language defines (the test suite checks the table against this list).
KEYS: Final = (
    "united_nations",
    "distr_general",
    "distr_limited",
    "distr_restricted",
    "language_name",  # the version's own language line in the masthead ("Français")
    "original",  # "Original: {language}"; {language} comes from ``language_names``
    "provisional_agenda",
    "default_title",
    "annotations",
    "documentation",
    "continued",
    "annex",
    "organization_of_work",
    "col_date_time",
    "col_item",
    "col_title",
    "page",
    "untranslated",  # marks a passage printed in the original language (--allow-missing)
)

LABELS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "united_nations": "United Nations",
        "distr_general": "Distr.: General",
        "distr_limited": "Distr.: Limited",
        "distr_restricted": "Distr.: Restricted",
        "language_name": "English",
        "original": "Original: {language}",
        "provisional_agenda": "Provisional agenda",
        "default_title": "Provisional agenda and annotations",
        "annotations": "Annotations",
        "documentation": "Documentation",
        "continued": "(continued)",
        "annex": "Annex",
        "organization_of_work": "Proposed organization of work",
        "col_date_time": "Date and time",
        "col_item": "Agenda item",
        "col_title": "Title or subject",
        "page": "Page",
        "untranslated": "[not translated]",
    },
    "fr": {
        "united_nations": "Nations Unies",
        "distr_general": "Distr. générale",
        "distr_limited": "Distr. limitée",
        "distr_restricted": "Distr. restreinte",
        "language_name": "Français",
        "original": "Original: {language}",
        "provisional_agenda": "Ordre du jour provisoire",
        "default_title": "Ordre du jour provisoire et annotations",
        "annotations": "Annotations",
        "documentation": "Documentation",
        "continued": "(suite)",
        "annex": "Annexe",
        "organization_of_work": "Projet d'organisation des travaux",
        "col_date_time": "Date et heure",
        "col_item": "Point de l'ordre du jour",
        "col_title": "Titre ou sujet",
        "page": "Page",
        "untranslated": "[non traduit]",
    },
    "es": {
        "united_nations": "Naciones Unidas",
        "distr_general": "Distr. general",
        "distr_limited": "Distr. limitada",
        "distr_restricted": "Distr. reservada",
        "language_name": "Español",
        "original": "Original: {language}",
        "provisional_agenda": "Programa provisional",
        "default_title": "Programa provisional y anotaciones",  # UNCONFIRMED
        "annotations": "Anotaciones",  # UNCONFIRMED
        "documentation": "Documentación",
        "continued": "(continuación)",
        "annex": "Anexo",  # UNCONFIRMED
        "organization_of_work": "Propuesta de organización de los trabajos",  # UNCONFIRMED
        "col_date_time": "Fecha y hora",  # UNCONFIRMED
        "col_item": "Tema del programa",  # UNCONFIRMED
        "col_title": "Título o asunto",  # UNCONFIRMED
        "page": "Página",
        "untranslated": "[sin traducir]",
    },
    "ru": {
        "united_nations": "Организация Объединенных Наций",
        "distr_general": "Distr.: General",
        "distr_limited": "Distr.: Limited",
        "distr_restricted": "Distr.: Restricted",
        "language_name": "Russian",
        "original": "Original: {language}",
        "provisional_agenda": "Предварительная повестка дня",
        "default_title": "Предварительная повестка дня и аннотации",  # UNCONFIRMED
        "annotations": "Аннотации",  # UNCONFIRMED
        "documentation": "Документация",  # UNCONFIRMED
        "continued": "(продолжение)",
        "annex": "Приложение",  # UNCONFIRMED
        "organization_of_work": "Предлагаемая организация работы",  # UNCONFIRMED
        "col_date_time": "Дата и время",  # UNCONFIRMED
        "col_item": "Пункт повестки дня",  # UNCONFIRMED
        "col_title": "Название или тема",  # UNCONFIRMED
        "page": "Стр.",
        "untranslated": "[не переведено]",
    },
    "zh": {
        "united_nations": "联合国",
        "distr_general": "Distr.: General",
        "distr_limited": "Distr.: Limited",
        "distr_restricted": "Distr.: Restricted",
        "language_name": "Chinese",
        "original": "Original: {language}",
        "provisional_agenda": "临时议程",
        "default_title": "临时议程和说明",
        "annotations": "说明",
        "documentation": "文件",
        "continued": "（续）",  # UNCONFIRMED
        "annex": "附件",  # UNCONFIRMED
        "organization_of_work": "拟议工作安排",
        "col_date_time": "日期和时间",  # UNCONFIRMED
        "col_item": "议程项目",  # UNCONFIRMED
        "col_title": "标题或主题",  # UNCONFIRMED
        "page": "页",
        "untranslated": "［未翻译］",
    },
    "ar": {
        "united_nations": "الأمم المتحدة",
        "distr_general": "Distr.: General",
        "distr_limited": "Distr.: Limited",
        "distr_restricted": "Distr.: Restricted",
        "language_name": "Arabic",
        "original": "Original: {language}",
        "provisional_agenda": "جدول الأعمال المؤقت",
        "default_title": "جدول الأعمال المؤقت وشروحه",  # UNCONFIRMED
        "annotations": "الشروح",  # UNCONFIRMED
        "documentation": "الوثائق",  # UNCONFIRMED
        "continued": "(تابع)",  # UNCONFIRMED
        "annex": "المرفق",  # UNCONFIRMED
        "organization_of_work": "تنظيم الأعمال المقترح",  # UNCONFIRMED
        "col_date_time": "التاريخ والوقت",  # UNCONFIRMED
        "col_item": "بند جدول الأعمال",  # UNCONFIRMED
        "col_title": "العنوان أو الموضوع",  # UNCONFIRMED
        "page": "الصفحة",
        "untranslated": "[لم يترجم]",
    },
}

#: Names of the languages as the "Original: ..." line writes them, per masthead language.
LANGUAGE_NAMES: Final[dict[str, dict[str, str]]] = {
    "en": {
        "ar": "Arabic", "zh": "Chinese", "en": "English",
        "fr": "French", "ru": "Russian", "es": "Spanish",
    },
    "fr": {
        "ar": "arabe", "zh": "chinois", "en": "anglais",
        "fr": "français", "ru": "russe", "es": "espagnol",
    },
    "es": {
        "ar": "árabe", "zh": "chino", "en": "inglés",
        "fr": "francés", "ru": "ruso", "es": "español",
    },
}  # fmt: skip

#: The letter after the job number on the first page ("V.26-01966 (E)").
JOB_LETTERS: Final[dict[str, str]] = {
    "ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S",
}  # fmt: skip

#: Languages whose masthead block (distribution, date, language lines) stays in English.
_ENGLISH_MASTHEAD: Final = frozenset({"ar", "ru", "zh"})

#: Languages whose agenda list writes sub-item titles with a lower-case initial, as Russian
#: agendas do ("a) открытие сессии;"); the stored title and the annotations keep the capital.
_LOWER_CASE_SUB_ITEMS: Final = frozenset({"ru"})


class UnknownLanguageError(ValueError):
    """A language code that is not one of the six UN languages."""

    def __init__(self, lang: str) -> None:
        super().__init__(f"{lang!r} is not a UN language (expected one of {', '.join(LANGUAGES)})")
        self.lang = lang


def _check(lang: str) -> None:
    if lang not in LABELS:
        raise UnknownLanguageError(lang)


def label(key: str, lang: str) -> str:
    """The fixed label ``key`` in ``lang``; ``KeyError`` for an unknown key."""
    _check(lang)
    return LABELS[lang][key]


def masthead_language(lang: str) -> str:
    """The language of the masthead's distribution/date/language lines for version ``lang``."""
    _check(lang)
    return "en" if lang in _ENGLISH_MASTHEAD else lang


def distribution_label(distribution: str, lang: str) -> str:
    """ "Distr.: General" / "Distr. générale" ... for a :class:`Distribution` value."""
    return label(f"distr_{distribution}", masthead_language(lang))


def language_lines(lang: str, original: str) -> list[str]:
    """The masthead language lines: ["Original: English"] or ["Français", "Original: anglais"]."""
    _check(lang)
    _check(original)
    block = masthead_language(lang)
    names = LANGUAGE_NAMES.get(block, LANGUAGE_NAMES["en"])
    original_line = LABELS[block]["original"].format(language=names[original])
    if lang == original:
        return [original_line]
    return [LABELS[lang]["language_name"], original_line]


def job_letter(lang: str) -> str:
    _check(lang)
    return JOB_LETTERS[lang]


def job_line(job_number: str, lang: str) -> str:
    """ "V.26-01966 (E)": the job number with the version's language letter."""
    return f"{job_number} ({job_letter(lang)})"


def agenda_list_title(title: str, lang: str, depth: int) -> str:
    """A title as the agenda list prints it at ``depth`` (1 for an item): in Russian a
    sub-item's title begins in lower case, unless its first word is an abbreviation written in
    capitals ("ЮНОДК", "COVID-19")."""
    _check(lang)
    if depth < 2 or lang not in _LOWER_CASE_SUB_ITEMS or not title:
        return title
    first = title.split(maxsplit=1)[0]
    if sum(char.isupper() for char in first) > 1:
        return title
    return title[:1].lower() + title[1:]
