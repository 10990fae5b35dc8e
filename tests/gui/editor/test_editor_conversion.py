"""Annotation markup <-> QTextDocument: both directions, and a round trip over random markup."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from agenda_editor.core import markup
from agenda_editor.core.markup import Footnote, Run
from agenda_editor.gui.editor import conversion
from tests.factories import sample_meeting


def document_of(paragraphs: list[str]) -> QTextDocument:
    document = QTextDocument()
    conversion.set_markup(document, paragraphs)
    return document


def fragments(document: QTextDocument) -> list[tuple[str, frozenset[str], bool]]:
    """(text, formats, is a footnote mark) of every fragment, in order."""
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            found.append((fragment.text(), conversion.formats_of(fmt), conversion.is_footnote(fmt)))
            iterator += 1
        block = block.next()
    return found


def test_markup_becomes_formatted_text(qapp) -> None:
    document = document_of(["A <b>bold</b> and <i>italic</i> x<sup>2</sup>", "CO<sub>2</sub>"])
    assert document.blockCount() == 2
    assert document.toPlainText() == "A bold and italic x2\nCO2"
    found = fragments(document)
    assert ("bold", frozenset({"b"}), False) in found
    assert ("italic", frozenset({"i"}), False) in found
    assert ("2", frozenset({"sup"}), False) in found
    assert ("2", frozenset({"sub"}), False) in found


def test_a_footnote_is_one_mark_holding_its_text(qapp) -> None:
    document = document_of(["States<footnote>See <i>Records</i>.</footnote> may"])
    assert document.toRawText().count(conversion.OBJECT_CHARACTER) == 1
    marks = conversion.footnote_marks(document)
    assert marks == [(6, [Run("See "), Run("Records", frozenset({"i"})), Run(".")])]


def test_formatted_text_becomes_markup(qapp) -> None:
    document = QTextDocument()
    cursor = QTextCursor(document)
    cursor.insertText("Plain ", conversion.char_format())
    cursor.insertText("bold italic", conversion.char_format({"b", "i"}))
    cursor.insertText(conversion.OBJECT_CHARACTER, conversion.footnote_format("Note <b>x</b>"))
    cursor.insertBlock()
    cursor.insertText("a < b & c", conversion.char_format())
    assert conversion.to_markup(document) == [
        "Plain <b><i>bold italic</i></b><footnote>Note <b>x</b></footnote>",
        "a &lt; b &amp; c",
    ]


def test_trailing_empty_paragraphs_and_empty_documents_give_no_paragraphs(qapp) -> None:
    assert conversion.to_markup(QTextDocument()) == []
    assert conversion.to_markup(document_of(["One", "", "Two", "", ""])) == ["One", "", "Two"]


def test_line_separators_and_stray_object_characters_do_not_reach_the_markup(qapp) -> None:
    document = QTextDocument()
    QTextCursor(document).insertText("a\u2028b\ufffcc")
    assert conversion.to_markup(document) == ["a bc"]


def test_html_keeps_bold_italic_superscript_and_drops_the_rest(qapp) -> None:
    html = (
        '<p style="font-family:Arial"><font color="#ff0000" size="5">Red</font> '
        '<span style="font-weight:700">heavy</span> <strong>strong</strong> '
        '<em>stressed</em> 1<sup>er</sup> <a href="https://example.org">link text</a>'
        '<img src="photo.png"></p>'
        "<table><tr><td>cell <b>one</b></td><td>cell two</td></tr></table>"
    )
    assert conversion.html_to_markup(html) == [
        "Red <b>heavy</b> <b>strong</b> <i>stressed</i> 1<sup>er</sup> link text",
        "cell <b>one</b>",
        "cell two",
    ]


def test_sample_annotations_survive_the_round_trip(qapp) -> None:
    for item in sample_meeting().walk():
        for paragraphs in item.annotation.values():
            back = conversion.to_markup(document_of(paragraphs))
            assert [markup.parse(p) for p in back] == [markup.parse(p) for p in paragraphs]


def test_malformed_markup_is_shown_as_its_text(qapp) -> None:
    assert conversion.to_markup(document_of(["<b>never closed"])) == ["&lt;b&gt;never closed"]


# -- round trip over generated markup ----------------------------------------------------------

_TEXT = st.text(alphabet="abcXYZ 09.,;:<>&/é«»-", min_size=1, max_size=8)
# Qt has one vertical alignment per character: superscript and subscript exclude each other.
_FORMATS = st.tuples(
    st.sets(st.sampled_from(["b", "i"])), st.sampled_from([None, "sup", "sub"])
).map(lambda pair: frozenset(pair[0] | ({pair[1]} if pair[1] else set())))
_RUN = st.builds(Run, _TEXT, _FORMATS)
_FOOTNOTE = st.builds(Footnote, st.lists(_RUN, max_size=3))
_PARAGRAPH = st.lists(st.one_of(_RUN, _RUN, _FOOTNOTE), min_size=1, max_size=6).map(
    markup.serialize
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=4))
def test_markup_round_trips_through_the_text_document(qapp, paragraphs: list[str]) -> None:
    back = conversion.to_markup(document_of(paragraphs))
    # The same runs and footnotes, written the one canonical way.
    assert back == [markup.serialize(markup.parse(p)) for p in paragraphs]
    # ...and that canonical text is stable.
    assert conversion.to_markup(document_of(back)) == back


@settings(max_examples=60, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=3))
def test_any_selection_gives_well_formed_markup(qapp, paragraphs: list[str]) -> None:
    document = document_of(paragraphs)
    end = document.characterCount() - 1
    for start in range(0, end, 3):
        for part in conversion.markup_between(document, start, min(end, start + 5)):
            assert markup.validate(part) is None
