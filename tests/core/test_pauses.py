"""The collector pause used while a large meeting is read: the collector runs again after it,
also when reading fails, and a pause inside another pause does not end the outer one."""

from __future__ import annotations

import gc

import pytest

from agenda_editor.core.pauses import without_collections


def test_collections_resume_after_the_block_even_when_it_fails() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), without_collections():
        assert not gc.isenabled()
        raise ValueError("bad file")
    assert gc.isenabled()


def test_an_inner_pause_leaves_the_outer_one_in_force() -> None:
    with without_collections():
        with without_collections():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
