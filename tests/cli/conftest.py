"""Fixtures of the command-line tests: a copy of the sample meeting and stand-ins for Qt and PDF."""

from __future__ import annotations

import shutil
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from agenda_editor.resources import sample_path


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A copy of the bundled sample meeting that a test may change."""
    return Path(shutil.copy(sample_path(), tmp_path / "sample.json"))


@dataclass
class Recorder:
    calls: list[tuple[Any, ...]] = field(default_factory=list)
    result: int = 0


@pytest.fixture
def fake_gui(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """``agenda_editor.gui.app`` replaced by a module whose ``run`` records its argument."""
    recorder = Recorder()
    module = types.ModuleType("agenda_editor.gui.app")

    def run(path: Path | None) -> int:
        recorder.calls.append((path,))
        return recorder.result

    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "agenda_editor.gui.app", module)
    return recorder


@pytest.fixture
def fake_pdf(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """``agenda_editor.export.pdf`` replaced by one whose ``write_pdf`` writes a stub file (of
    no known page count)."""
    recorder = Recorder()
    module = types.ModuleType("agenda_editor.export.pdf")

    def write_pdf(meeting: Any, path: Path, **options: Any) -> tuple[Path, None]:
        recorder.calls.append((meeting.symbol, Path(path), options))
        Path(path).write_bytes(b"%PDF-1.4 stub\n")
        return Path(path), None

    module.write_pdf = write_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "agenda_editor.export.pdf", module)
    return recorder
