"""Saving survives SIGKILL at any moment, and the next save clears what a kill left."""

from __future__ import annotations

import os
import time
from pathlib import Path

from agenda_editor.atomic import owned_temporary, remove_leftovers, replacing
from tests.storage.kill_campaign import KillFigures, run_kills


def _seed() -> int:
    return int(os.environ.get("KILL_SEED", time.time_ns() % 100_000))


def _check(figures: KillFigures, seed: int) -> None:
    assert figures.lost == 0, (seed, figures.problems)
    assert figures.litter_after_next_save == 0, (seed, figures.problems)


def test_saves_killed_at_random_moments_lose_nothing_and_leave_no_litter(
    tmp_path: Path,
) -> None:
    seed = _seed()
    figures = run_kills(tmp_path, kills=24, seed=seed)
    _check(figures, seed)
    assert figures.kills == 24


def test_version_replacements_killed_at_random_moments_lose_nothing_and_leave_no_litter(
    tmp_path: Path,
) -> None:
    seed = _seed()
    figures = run_kills(tmp_path, kills=12, seed=seed, action="versions")
    _check(figures, seed)
    assert figures.kills == 12


def test_a_temporary_being_written_is_never_taken_for_a_leftover(tmp_path: Path) -> None:
    target = tmp_path / "meeting.agenda"
    with owned_temporary(target) as live:
        live.write_bytes(b"being written")
        dead = tmp_path / ".~meeting.agenda.0badf00d.tmp"
        dead.write_bytes(b"left by a killed save")
        (tmp_path / ".~meeting.agenda.0badf00d.tmp-journal").write_bytes(b"journal")
        (tmp_path / ".~meeting.agenda.12345678.tmp-journal").write_bytes(b"orphan journal")
        others = [tmp_path / ".~lock.meeting.agenda#", tmp_path / "notes.tmp"]
        for other in others:
            other.write_bytes(b"not ours")
        with replacing(target) as temporary:
            temporary.write_bytes(b"saved")
        assert live.exists()  # in progress: kept
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            [target.name, live.name, *(o.name for o in others)]
        )
    assert not live.exists()
    assert remove_leftovers(tmp_path) == []
