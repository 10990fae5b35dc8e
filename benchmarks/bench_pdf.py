"""How long the PDF export takes, per language, for the sample meeting and a large one.

Run: ``.venv/bin/python benchmarks/bench_pdf.py``. The large meeting (40 items with 3 sub-items,
four annotation paragraphs each with a footnote, a five-day timetable) is far longer than a real
provisional agenda; the window shows a progress bar, so a few seconds there are acceptable, but
the sample should export in well under a second per language.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import AgendaItem, Day, Meeting, ReferenceDocument, Slot, Timetable
from agenda_editor.export import fonts
from agenda_editor.export.pdf import export_pdf
from tests.export.six_languages import six_language_meeting

WORDS = {
    "en": "the working group may wish to consider the report and give advice",
    "fr": "le groupe de travail voudra peut-être examiner le rapport et donner des conseils",
    "es": "el grupo de trabajo tal vez desee examinar el informe y prestar asesoramiento",
    "ru": "рабочая группа возможно пожелает рассмотреть доклад и дать рекомендации",
    "zh": "工作组不妨审议该报告并提供咨询意见",
    "ar": "قد يود الفريق العامل أن ينظر في التقرير وأن يسدي المشورة",
}


def paragraph(lang: str, n: int) -> str:
    text = " ".join([WORDS[lang]] * 6)
    return f"{text} ({n})<footnote>{WORDS[lang]} A/80/{n}.</footnote>."


def large_meeting() -> Meeting:
    def texts(prefix: str) -> dict[str, str]:
        return {lang: f"{prefix} {WORDS[lang][:30]}" for lang in LANGUAGES}

    items = []
    for i in range(40):
        children = [
            AgendaItem(id=f"i{i}s{j}", title=texts(f"{i}.{j}"),
                       annotation={lang: [paragraph(lang, i * 10 + j)] for lang in LANGUAGES})
            for j in range(3)
        ]  # fmt: skip
        items.append(
            AgendaItem(
                id=f"i{i}", title=texts(str(i)),
                annotation={lang: [paragraph(lang, i * 10 + k) for k in range(4)]
                            for lang in LANGUAGES},
                documents=[ReferenceDocument(f"A/80/{i}", texts("Report"))],
                children=children,
            )
        )  # fmt: skip
    start = dt.date(2026, 6, 1)
    ids = [item.id for item in items]
    days = [
        Day(start + dt.timedelta(days=d), [
            Slot(dt.time(10), dt.time(13), ids[d * 8 : d * 8 + 4]),
            Slot(dt.time(15), dt.time(18), ids[d * 8 + 3 : d * 8 + 8]),
        ])
        for d in range(5)
    ]  # fmt: skip
    return Meeting(
        symbol="A/80/1", original_language="en", languages=list(LANGUAGES),
        body=texts("Body"), subsidiary_body=texts("Group"), session=texts("Session"),
        venue=texts("City"), start=start, end=start + dt.timedelta(days=4),
        items=items, timetable=Timetable(days=days),
    )  # fmt: skip


def timed(meeting: Meeting, lang: str, folder: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        export_pdf(meeting, folder / f"{lang}.pdf", lang=lang)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    began = time.perf_counter()
    fonts.register()
    print(f"registering the fonts: {time.perf_counter() - began:.2f} s (once per process)")
    sample, large = six_language_meeting(), large_meeting()
    with tempfile.TemporaryDirectory() as folder:
        for lang in LANGUAGES:
            small = timed(sample, lang, Path(folder), runs=3)
            big = timed(large, lang, Path(folder), runs=1)
            pages = (Path(folder) / f"{lang}.pdf").read_bytes().count(b"/Type /Page\n")
            print(f"{lang}: sample {small * 1000:6.0f} ms   large {big:5.2f} s ({pages} pages)")


if __name__ == "__main__":
    main()
