"""Translate a meeting in OmegaT (console mode) with a translation memory, and merge it back.

    python benchmarks/omegat_roundtrip.py MEETING LANG MEMORY.tmx -o OUT.json [--keep DIR]

1. ``agenda-editor export MEETING --lang LANG --copy-source -o .../source/MEETING-LANG.xlf``:
   OmegaT's XLIFF filter translates the ``<target>`` elements a file has, so untranslated texts
   go out with a copy of the original marked ``state="needs-translation"``.
2. An OmegaT project around it (one segment per unit: sentence segmentation off) with
   ``MEMORY.tmx`` in ``tm/auto/``, whose exact matches OmegaT inserts as translations.
3. ``omegat PROJECT --mode=console-translate`` writes the translated file to ``target/``.
4. ``agenda-editor merge-translation MEETING target/... -o OUT``: the units the memory
   translated fill the version; the copies of the original are left untranslated.

A memory segment holds OmegaT's tag shortcuts as text: ``&lt;g0&gt;...&lt;/g0&gt;`` for our
``<g>`` (formatting), ``&lt;x0/&gt;`` for the place of a footnote, numbered in the order they
come in the segment. Needs Java and OmegaT (Debian: ``apt-get install omegat``); ``OMEGAT_JAR``
names another OmegaT.jar. Prints the merge report and exits with the merge's status.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from agenda_editor.cli import load_meeting
from agenda_editor.cli import main as agenda_editor

DEFAULT_JAR = Path("/usr/share/omegat/OmegaT.jar")

#: OmegaT's tokenizers per language (for its statistics and fuzzy matching).
TOKENIZERS = {
    "ar": "LuceneArabicTokenizer",
    "zh": "LuceneSmartChineseTokenizer",
    "en": "LuceneEnglishTokenizer",
    "fr": "LuceneFrenchTokenizer",
    "ru": "LuceneRussianTokenizer",
    "es": "LuceneSpanishTokenizer",
}

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>{source}</source_lang>
    <target_lang>{target}</target_lang>
    <source_tok>org.omegat.tokenizer.{source_tok}</source_tok>
    <target_tok>org.omegat.tokenizer.{target_tok}</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


def omegat_jar() -> Path | None:
    """The OmegaT jar to run, ``None`` when OmegaT or Java is not installed."""
    jar = Path(os.environ.get("OMEGAT_JAR", DEFAULT_JAR))
    return jar if jar.is_file() and shutil.which("java") else None


def make_project(folder: Path, source: str, target: str, memory: Path) -> Path:
    """An empty OmegaT project in ``folder`` translating ``source`` into ``target``."""
    for name in ("source", "target", "tm/auto", "omegat", "glossary", "dictionary"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    (folder / "omegat.project").write_text(
        PROJECT.format(
            source=source.upper(),
            target=target.upper(),
            source_tok=TOKENIZERS[source],
            target_tok=TOKENIZERS[target],
        ),
        encoding="utf-8",
    )
    shutil.copy(memory, folder / "tm" / "auto" / memory.name)
    return folder


def run_omegat(project: Path, jar: Path, timeout: float = 600) -> None:
    command = ["java", "-Djava.awt.headless=true", "-jar", str(jar), str(project)]
    command += ["--mode=console-translate", "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"OmegaT failed ({done.returncode}): {done.stderr[-2000:]}")


def round_trip(meeting: Path, lang: str, memory: Path, output: Path, work: Path) -> int:
    """Export, translate in OmegaT, merge; the exit status of the merge."""
    jar = omegat_jar()
    if jar is None:
        raise RuntimeError("OmegaT is not installed (apt-get install omegat), or Java is missing")
    original = load_meeting(meeting).original_language
    project = make_project(work / "project", original, lang, memory)
    sent = project / "source" / f"{meeting.stem}-{lang}.xlf"
    status = agenda_editor(
        ["export", str(meeting), "--lang", lang, "--copy-source", "-o", str(sent)]
    )
    if status:
        return status
    run_omegat(project, jar)
    translated = project / "target" / sent.name
    return agenda_editor(
        ["merge-translation", str(meeting), str(translated), "-o", str(output), "--lang", lang]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("meeting", type=Path)
    parser.add_argument("lang")
    parser.add_argument("memory", type=Path, help="a TMX translation memory")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--keep", type=Path, help="build the OmegaT project in this folder")
    args = parser.parse_args(argv)
    if args.keep:
        return round_trip(args.meeting, args.lang, args.memory, args.output, args.keep)
    with tempfile.TemporaryDirectory() as work:
        return round_trip(args.meeting, args.lang, args.memory, args.output, Path(work))


if __name__ == "__main__":
    sys.exit(main())
