"""The one atomic file replacement every writer of user files goes through."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from agenda_editor.atomic import replacing
from agenda_editor.export.pdf import export_pdf
from tests import factories


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_new_file_gets_the_usual_permissions_and_the_content(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with replacing(target) as temporary:
        temporary.write_text("new")
    assert target.read_text() == "new"
    assert _mode(target) == 0o666 & ~_umask()
    assert list(tmp_path.iterdir()) == [target]


def test_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o640)
    with replacing(target) as temporary:
        temporary.write_text("new")
    assert target.read_text() == "new"
    assert _mode(target) == 0o640


def test_a_failure_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), replacing(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_link_is_kept_and_the_file_it_points_to_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with replacing(link) as temporary:
        temporary.write_text("new")
    assert link.is_symlink()
    assert real.read_text() == "new"


def test_an_exported_pdf_is_readable_like_the_users_other_files(tmp_path: Path) -> None:
    """PDFs came out readable by their owner only (0600), unlike session and JSON files."""
    target = tmp_path / "agenda.pdf"
    export_pdf(factories.sample_meeting(), target, lang="en")
    assert _mode(target) == 0o666 & ~_umask()
