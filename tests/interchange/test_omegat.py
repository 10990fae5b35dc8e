"""OmegaT, a real translation tool, over our XLIFF: benchmarks/omegat_roundtrip.py exports,
translates in console mode from a small translation memory and merges the result back.

Skipped where OmegaT is not installed (CI does not install Java; ``apt-get install omegat``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from agenda_editor.core import markup
from agenda_editor.core import translation_status as ts
from agenda_editor.interchange import load_json, save_json
from tests.core.test_exchange import english_only

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "omegat_roundtrip.py"

#: One segment a line: OmegaT matches the text exactly, line breaks included.
MEMORY = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="tests" creationtoolversion="1" segtype="paragraph" o-tmf="none"
    adminlang="en" srclang="EN" datatype="plaintext"/>
  <body>
    <tu><tuv xml:lang="EN"><seg>Vienna</seg></tuv><tuv xml:lang="FR"><seg>Vienne</seg></tuv></tu>
    <tu><tuv xml:lang="EN"><seg>{needs_en}</seg></tuv>
      <tuv xml:lang="FR"><seg>{needs_fr}</seg></tuv></tu>
    <tu><tuv xml:lang="EN"><seg>{note_en}</seg></tuv>
      <tuv xml:lang="FR"><seg>{note_fr}</seg></tuv></tu>
  </body>
</tmx>
""".format(
    needs_en="The Working Group will have before it an overview of the needs reported by "
    "States&lt;x0/&gt; and may wish to advise the Conference on priorities.",
    needs_fr="&lt;x0/&gt;Le Groupe de travail sera saisi d'un aperçu des besoins signalés par "
    "les États et voudra peut-être conseiller la Conférence.",
    note_en="Replies received by &lt;g0&gt;1 March 2026&lt;/g0&gt;; see "
    "&lt;g1&gt;Official Records&lt;/g1&gt;, Supplement No. 3.",
    note_fr="Réponses reçues au &lt;g0&gt;1er mars 2026&lt;/g0&gt;; voir "
    "&lt;g1&gt;Documents officiels&lt;/g1&gt;, Supplément no 3.",
)


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("omegat_roundtrip", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_omegat_translates_from_its_memory_and_the_result_merges_back(tmp_path: Path) -> None:
    roundtrip = script()
    if roundtrip.omegat_jar() is None:
        pytest.skip("OmegaT is not installed")
    meeting = english_only()
    source, memory, out = tmp_path / "m.json", tmp_path / "memory.tmx", tmp_path / "fr.json"
    save_json(meeting, source)
    memory.write_text(MEMORY, encoding="utf-8")

    status = roundtrip.main([str(source), "fr", str(memory), "-o", str(out)])

    assert status == 0  # every unit placed: the copies of the original were left out quietly
    merged = load_json(out)
    assert merged.venue["fr"] == "Vienne"
    paragraph = merged.item("needs").annotation["fr"][0]
    assert paragraph.startswith("<footnote>Réponses reçues au <b>1er mars 2026</b>; voir ")
    assert [note.plain for note in markup.footnotes(paragraph)] == [
        "Réponses reçues au 1er mars 2026; voir Documents officiels, Supplément no 3."
    ]
    progress = ts.progress(merged, "fr")
    assert progress.translated == 3 < progress.total  # the rest is still to be translated
