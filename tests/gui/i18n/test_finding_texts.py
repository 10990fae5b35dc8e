"""Findings worded in the interface language from their code and values."""

from __future__ import annotations

import re
from pathlib import Path

from agenda_editor.core import rules
from agenda_editor.core.findings import Finding, Severity, Target
from agenda_editor.gui import finding_texts
from agenda_editor.gui.finding_texts import TEMPLATES, finding_text
from tests import factories

CORE = Path(rules.__file__).resolve().parent


def _core_codes() -> set[str]:
    codes = set()
    for name in ("rules.py", "style.py"):
        source = (CORE / name).read_text(encoding="utf-8")
        codes |= set(re.findall(r'Severity\.[A-Z]+,\s*"([a-z-]+)"', source))
        codes |= set(re.findall(r'_make\(\s*severity,\s*"([a-z-]+)"', source))
    return codes


def test_every_code_of_the_checks_has_a_template() -> None:
    codes = _core_codes()
    assert len(codes) > 20
    variants = {
        code.rsplit("-", 1)[0] for code in TEMPLATES if code.endswith(("-after", "-before"))
    }
    missing = sorted(c for c in codes if c not in TEMPLATES and c not in variants)
    assert missing == []


def test_templates_name_only_values_the_findings_give() -> None:
    meeting = factories.sample_meeting()
    meeting.languages.append("es")
    meeting.symbol = "bad symbol"
    meeting.item("open").title["fr"] = "Ouverture;"
    for finding in rules.check(meeting):
        text = finding_text(finding)
        assert text and "{" not in text, (finding.code, text)


def test_untranslated_item_in_french(languages) -> None:
    meeting = factories.sample_meeting()
    meeting.languages.append("es")
    languages.apply("fr")
    findings = [f for f in rules.check(meeting) if f.code == "untranslated-item"]
    text = finding_text(findings[0])
    assert "espagnol" in text  # a language name inside a French sentence: lower case
    assert findings[0].params["item"] in text
    assert text != findings[0].message


def test_dates_are_written_in_the_interface_language(languages) -> None:
    finding = Finding(
        Severity.ERROR, "day-duplicate", "2026-06-11 appears twice.", Target("day", day=0),
        {"date": "2026-06-11"},
    )  # fmt: skip
    languages.apply("es")
    assert "junio" in finding_text(finding)
    languages.apply("en")
    assert "June" in finding_text(finding)


def test_unknown_code_or_ill_fitting_template_falls_back_to_the_message(monkeypatch) -> None:
    odd = Finding(Severity.INFO, "new-check", "Something new.", Target("meeting"))
    assert finding_text(odd) == "Something new."
    monkeypatch.setitem(finding_texts.TEMPLATES, "no-items", "{nothing} here")
    empty = Finding(Severity.WARNING, "no-items", "The agenda has no items.", Target("meeting"))
    assert finding_text(empty) == "The agenda has no items."


def test_items_are_named_as_the_version_shown_numbers_them(languages) -> None:
    meeting = factories.sample_meeting()
    meeting.item("coop-joint").title["fr"] = "Programmation conjointe;"
    finding = next(f for f in rules.check(meeting) if f.code == "item-title-punctuation")
    assert finding.params["item"] == "3 (b)"
    languages.apply("fr")
    text = finding_text(finding, references=finding_texts.renumbered(meeting, "fr"))
    assert "3 b)" in text and "3 (b)" not in text
    arabic = finding_texts.renumbered(meeting, "ar")
    assert arabic["3 (b)"] == "3 (ب)"
    assert finding_text(finding) == finding_text(finding, references={})
