"""XLIFF 1.2 files: what we write, what translate-toolkit (an independent reader and writer,
standing in for the translators' tools) makes of it, and what we refuse to read back."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from translate.storage import xliff as tt_xliff
from translate.storage.placeables import StringElem
from translate.storage.placeables.xliff import X

from agenda_editor.core import markup
from agenda_editor.core import translation_status as ts
from agenda_editor.core.exchange import ExchangeError
from agenda_editor.core.exchange_merge import merge
from agenda_editor.export.pdf import export_pdf
from agenda_editor.interchange.xliff_reader import load_xliff, read_xliff
from agenda_editor.interchange.xliff_writer import XLIFF_NS, save_xliff, to_xliff
from tests.core.test_exchange import english_only
from tests.export.conftest import page_texts
from tests.factories import sample_meeting

NS = {"x": XLIFF_NS}


def unit_element(data: bytes, unit_id: str) -> ET.Element:
    root = ET.fromstring(data)
    found = root.find(f".//x:trans-unit[@id='{unit_id}']", NS)
    assert found is not None, unit_id
    return found


def test_the_file_names_meeting_languages_and_each_text_with_its_place() -> None:
    data = to_xliff(sample_meeting(), "fr")
    root = ET.fromstring(data)
    file = root.find("x:file", NS)
    assert root.get("version") == "1.2" and file is not None
    assert file.get("original") == "CFC/COP/WG.4/2026/1"
    assert (file.get("source-language"), file.get("target-language")) == ("en", "fr")
    unit = unit_element(data, "needs/p1")
    assert unit.findtext("x:note", namespaces=NS) == "Item 2, annotation paragraph 1"
    target = unit.find("x:target", NS)
    assert target is not None and target.get("state") == "translated"
    # Footnote places, formatting and symbols are elements, never escaped tags.
    assert b"&lt;footnote" not in data and b"&lt;i&gt;" not in data
    note = unit.find("x:source/x:x", NS)
    assert note is not None and note.get("id") == "fn1"
    footnote = unit_element(data, "needs/p1/fn1").find("x:source", NS)
    assert footnote is not None
    assert [g.get("ctype") for g in footnote.iter(f"{{{XLIFF_NS}}}g")] == ["bold", "italic"]
    symbol = unit_element(data, "adoption/p1/fn1").find("x:source/x:mrk", NS)
    assert symbol is not None and (symbol.get("mtype"), symbol.text) == (
        "protected",
        "CFC/COP/2025/9",
    )


def test_a_language_without_a_version_has_units_without_targets() -> None:
    data = to_xliff(sample_meeting(), "zh")
    root = ET.fromstring(data)
    assert root.findall(".//x:trans-unit", NS)
    assert root.findall(".//x:target", NS) == []
    with pytest.raises(ValueError, match="original language"):
        to_xliff(sample_meeting(), "en")


def _translated(elem: StringElem, note_first: bool) -> StringElem:
    """The translator's work: every text in capitals, a footnote place moved to the front."""
    result = copy.deepcopy(elem)

    def walk(node: StringElem) -> None:
        for index, sub in enumerate(node.sub):
            if isinstance(sub, str):
                node.sub[index] = sub.upper()
            else:
                walk(sub)

    walk(result)
    if note_first:
        flat = result.sub
        if len(result.sub) == 1:
            only = result.sub[0]
            assert isinstance(only, StringElem)
            flat = only.sub
        notes = [sub for sub in flat if isinstance(sub, X)]
        for note in notes:
            flat.remove(note)
        flat[:0] = notes
    return result


def test_translated_in_translate_toolkit_and_merged_back_prints_with_footnotes(
    tmp_path: Path,
) -> None:
    meeting = english_only()
    sent = tmp_path / "to-es.xlf"
    save_xliff(meeting, "es", sent)

    store = tt_xliff.xlifffile.parsefile(str(sent))
    assert len(store.units) == len(ts.texts(meeting))
    for unit in store.units:
        unit.rich_target = [_translated(unit.rich_source[0], unit.getid().endswith("needs/p1"))]
    back = tmp_path / "from-es.xlf"
    store.savefile(str(back))

    result = merge(meeting, load_xliff(back))
    assert result.skipped == []
    merged = result.meeting
    assert ts.progress(merged, "es").complete
    paragraph = merged.item("needs").annotation["es"][0]
    assert paragraph.startswith("<footnote>REPLIES RECEIVED BY <b>1 MARCH 2026</b>")
    adoption = merged.item("adoption").annotation["es"][0]
    assert "<i>STRENGTHENING COASTAL FISHERIES COOPERATION</i>" in adoption
    assert adoption.endswith("<footnote>SEE CFC/COP/2025/9, CHAP. I.</footnote>")

    pages = page_texts(export_pdf(merged, tmp_path / "es.pdf", lang="es"))
    text = "\n".join(pages)
    assert "SEE CFC/COP/2025/9" in text and "REPLIES RECEIVED BY" in text
    anchor = next(n for n, page in enumerate(pages) if "STRENGTHENING COASTAL" in page)
    assert "SEE CFC/COP/2025/9" in pages[anchor]  # the note at the foot of its page


BAD_FILES = {
    "malformed": (b"<xliff version='1.2'><file>", "not well-formed XML"),
    "billion laughs": (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b'<xliff version="1.2"><file original="x">&c;</file></xliff>',
        "entities",
    ),
    "external entity": (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<xliff version="1.2"><file original="x">&e;</file></xliff>',
        "entities",
    ),
    "not xliff": (b"<html><body/></html>", "not an XLIFF file"),
    "xliff 2": (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"/>', "2.0"),
    "no file": (b'<xliff version="1.2"/>', "0 <file>"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_files_are_refused_with_a_message_naming_the_problem(name: str) -> None:
    data, message = BAD_FILES[name]
    with pytest.raises(ExchangeError, match=message):
        read_xliff(data, "in.xlf")


def test_markup_our_texts_do_not_allow_is_a_per_unit_problem() -> None:
    meeting = sample_meeting()
    data = to_xliff(meeting, "fr").decode()
    data = data.replace(
        '<target state="translated">Questions d\'organisation</target>',
        '<target state="translated">Questions <ph id="1">&lt;img src=x&gt;</ph></target>',
    )
    data = data.replace(
        '<target state="translated">Ouverture de la réunion</target>',
        '<target state="translated"><g id="9" ctype="underlined">Ouverture</g></target>',
    )
    result = merge(meeting, read_xliff(data.encode()))
    reasons = {skipped.unit_id: skipped.reason for skipped in result.skipped}
    assert "<ph> is markup our texts do not allow" in reasons["org/title"]
    assert 'ctype="underlined"' in reasons["open/title"]
    assert result.meeting.item("org").title["fr"] == "Questions d'organisation"
    for item in result.meeting.walk():
        for paragraphs in item.annotation.values():
            assert all(markup.validate(p) is None for p in paragraphs)


def test_a_file_far_too_large_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agenda_editor.interchange import xliff_reader

    path = tmp_path / "big.xlf"
    path.write_bytes(to_xliff(sample_meeting(), "fr"))
    monkeypatch.setattr(xliff_reader, "MAX_BYTES", 1000)
    with pytest.raises(ExchangeError, match="far more than the translation of a meeting"):
        load_xliff(path)


def test_what_other_tools_add_is_read_through_or_ignored() -> None:
    """Segment marks around a target (Trados, memoQ), alternative translations, and a file
    written without the XLIFF namespace."""
    meeting = sample_meeting()
    data = to_xliff(meeting, "fr").decode()
    data = data.replace(
        '<target state="translated">Questions d\'organisation</target>',
        '<seg-source><mrk mtype="seg" mid="1">Organizational matters</mrk></seg-source>'
        '<target state="final"><mrk mtype="seg" mid="1">Questions organisationnelles</mrk>'
        "</target><alt-trans><source>Organizational matters</source>"
        "<target>Autre chose</target></alt-trans>",
    )
    result = merge(meeting, read_xliff(data.encode()))
    assert result.skipped == []
    assert result.meeting.item("org").title["fr"] == "Questions organisationnelles"
    bare = data.replace(f' xmlns="{XLIFF_NS}"', "")
    assert merge(meeting, read_xliff(bare.encode())).meeting.item("org").title["fr"] == (
        "Questions organisationnelles"
    )
