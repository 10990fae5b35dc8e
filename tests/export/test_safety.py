"""User text prints literally; exports are atomic; untranslated texts stop or are marked."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from agenda_editor.core.model import Meeting, ReferenceDocument
from agenda_editor.export import pdf as pdf_module
from agenda_editor.export.pdf import ExportError, MissingTranslationError, export_pdf
from agenda_editor.export.plan import build_plan
from tests.export.conftest import all_text

INJECTIONS = [
    '<img src="/etc/passwd"/> image',
    '<a href="https://example.org">link</a> text',
    "Tom & Jerry &amp; <font color=red size=40>big</font>",
    "<b>not bold</b> <para>para</para> <br/> <super>x</super>",
]


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_user_text_prints_literally(meeting6: Meeting, tmp_path: Path) -> None:
    meeting6.item("needs").title["en"] = INJECTIONS[0]
    meeting6.item("report").title["en"] = INJECTIONS[1]
    meeting6.subsidiary_body["en"] = INJECTIONS[2]
    meeting6.item("needs").documents[0] = ReferenceDocument("A/1<b>/2", {"en": INJECTIONS[3]})
    meeting6.item("open").annotation["en"] = [f"{INJECTIONS[2]} and <i>allowed italics</i>."]
    path = export_pdf(meeting6, tmp_path / "inj.pdf")
    text = squeeze(all_text(path))
    for injected in INJECTIONS:
        assert squeeze(injected) in text
    assert squeeze("(A/1<b>/2)") in text
    assert "allowed italics" in all_text(path)
    assert "<i>allowedinitalics</i>" not in text
    reader = PdfReader(path)
    for page in reader.pages:
        assert "/Annots" not in page  # no link was made
        resources: Any = page["/Resources"].get_object()
        assert "/XObject" not in resources  # no image was embedded


def test_marked_up_annotation_is_formatted(meeting6: Meeting, tmp_path: Path) -> None:
    # The annotation's own <i> becomes italics: the italic face is in the PDF.
    meeting6.item("open").annotation["en"] = ["Plain and <i>slanted</i>."]
    reader = PdfReader(export_pdf(meeting6, tmp_path / "i.pdf", part="full"))
    resources: list[Any] = [page["/Resources"].get_object() for page in reader.pages]
    fonts = {
        str(f.get_object()["/BaseFont"])
        for found in resources
        for f in found.get("/Font", {}).values()
    }
    assert any(name.endswith("LiberationSerif-Italic") for name in fonts)


def test_failed_export_leaves_the_earlier_pdf_intact(
    meeting6: Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "agenda.pdf"
    export_pdf(meeting6, target)
    before = target.read_bytes()

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_module, "render_plan", broken)
    with pytest.raises(ExportError, match="No space left on device"):
        export_pdf(meeting6, target, lang="fr")
    assert target.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["agenda.pdf"]  # no temporary file left behind


def test_missing_translation_stops_the_export_before_touching_the_file(
    meeting6: Meeting, tmp_path: Path
) -> None:
    target = tmp_path / "ru.pdf"
    target.write_bytes(b"earlier")
    del meeting6.item("coop-joint").title["ru"]
    with pytest.raises(MissingTranslationError, match=r"item 3 \(b\)"):
        export_pdf(meeting6, target, lang="ru")
    assert target.read_bytes() == b"earlier"


def test_allow_missing_prints_the_original_marked(meeting6: Meeting, tmp_path: Path) -> None:
    del meeting6.item("coop-joint").title["ru"]
    text = all_text(export_pdf(meeting6, tmp_path / "ru.pdf", lang="ru", allow_missing=True))
    assert squeeze("[не переведено] Joint programming:") in squeeze(text)
    # The agenda line and the annotation heading (the sub-item is not in the annex).
    assert text.count("[не переведено]") == 2


def test_bad_targets_are_named(meeting6: Meeting, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        export_pdf(meeting6, tmp_path)
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(meeting6, tmp_path / "nowhere" / "x.pdf")


def test_progress_is_reported(meeting6: Meeting, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_pdf(
        meeting6, tmp_path / "p.pdf", progress=lambda done, total: calls.append((done, total))
    )
    assert calls
    assert calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_an_unexpected_error_becomes_a_message(
    meeting6: Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("bad glyph table")

    monkeypatch.setattr(pdf_module, "render_plan", broken)
    with pytest.raises(ExportError, match=r"could not be made \(ValueError: bad glyph table\)"):
        export_pdf(meeting6, tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_progress_runs_while_the_document_is_prepared(meeting6: Meeting, tmp_path: Path) -> None:
    """Before the first page is laid out, the plan and each section of the annotations are
    reported: a large meeting's bar moves, and Cancel works, from the start."""
    pdf = pdf_module
    calls: list[float] = []
    laid_out: list[int] = []
    after = pdf._Document.afterFlowable

    def first_page(self: Any, flowable: Any) -> None:
        laid_out.append(len(calls))
        after(self, flowable)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf._Document, "afterFlowable", first_page)
        export_pdf(meeting6, tmp_path / "p.pdf", progress=lambda d, t: calls.append(d / t))
    before_layout = calls[: laid_out[0]]
    sections = len(build_plan(meeting6, None, "full").sections)
    assert len(before_layout) >= sections + 2  # the plan, the agenda, every section
    assert before_layout[0] == 0.0
    assert before_layout[-1] == pytest.approx(pdf.PREPARING)
    assert calls[-1] == 1.0
    assert calls == sorted(calls)


def test_an_export_stopped_while_it_is_prepared_writes_nothing(
    meeting6: Meeting, tmp_path: Path
) -> None:
    class Stop(BaseException):
        pass

    seen: list[float] = []

    def cancel_in_the_sections(done: int, total: int) -> None:
        seen.append(done / total)
        if len(seen) == 4:
            raise Stop

    target = tmp_path / "p.pdf"
    with pytest.raises(Stop):
        export_pdf(meeting6, target, progress=cancel_in_the_sections)
    assert 0.05 < seen[-1] < 0.2  # among the sections, before any page
    assert list(tmp_path.iterdir()) == []
