"""File names proposed from a document symbol are valid on every system."""

from __future__ import annotations

import pytest

from agenda_editor.file_names import file_stem


@pytest.mark.parametrize(
    ("symbol", "stem"),
    [
        ("CFC/COP/WG.4/2026/1", "CFC_COP_WG.4_2026_1"),
        ("A/HRC/WG.6/45/1*", "A_HRC_WG.6_45_1"),
        ('X<1>:"a|b"?\\c', "X1ab_c"),
        ("UNEP/MED WG.550/1", "UNEP_MED WG.550_1"),
        ("  A/78/1.  ", "A_78_1"),
        ("line\nbreak\ttab", "line break tab"),
        ("CON", "_CON"),
        ("nul.1", "_nul.1"),
        ("CONF/1", "CONF_1"),
    ],
)
def test_a_symbol_becomes_a_valid_file_name(symbol: str, stem: str) -> None:
    assert file_stem(symbol, "Untitled") == stem


@pytest.mark.parametrize("symbol", ["", "***", " . ", "??"])
def test_nothing_left_gives_the_fallback(symbol: str) -> None:
    assert file_stem(symbol, "Untitled") == "Untitled"


def test_a_very_long_symbol_is_cut() -> None:
    assert len(file_stem("A/" * 200, "Untitled")) <= 120
