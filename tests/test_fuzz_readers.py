"""Both readers against the fuzz corpus and random damage of real files (``tests/fuzzing.py``).

Every input gives the meeting or our own error naming the file, within the time guard, and
leaves its folder as it was; a meeting that is read can then be checked, exported and saved.
CI runs the whole corpus and a bounded number of random damages; ``benchmarks/fuzz_readers.py``
runs the large campaign whose figures are in ``docs/reliability.md``.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import fuzzing

#: Cases that must be refused (name prefixes) and cases that must be read.
MUST_REFUSE = (
    "endless view", "view returning", "view of an unknown", "trigger", "virtual table",
    "generated column", "expression index", "unknown table", "leftover -wal", "garbage -wal",
    "hot -journal", "garbage -journal", "chain of 5 ", "chain of 3000", "chain of 20000",
    "language '../../x'", "lone surrogate", "bytes X'EDA080'", "a 5 MB title",
    "a 1,000,001-character", "5,000-digit", "NaN", "invalid UTF-8", "CESU-8",
)  # fmt: skip
MUST_READ = (
    "statistics of ANALYZE", "WAL flag, no -wal", "lone -shm", "a surrogate pair (valid)",
    "check constraint that would allocate 1 GB", "BOM",
)  # fmt: skip


def run_corpus(main: str, corpus: dict[str, fuzzing.Files], folder: Path) -> None:
    escaped: list[str] = []
    results: dict[str, str] = {}
    for name, files in corpus.items():
        try:
            results[name] = fuzzing.run_case(main, files, folder).result
        except fuzzing.Escaped as error:
            escaped.append(f"{name}: {error}")
    assert escaped == []
    wrong = [
        f"{name}: {result}"
        for name, result in results.items()
        if (name.startswith(MUST_REFUSE) and result != "refused")
        or (name.startswith(MUST_READ) and result != "read")
    ]
    assert wrong == []
    counts = Counter(results.values())
    assert counts["refused"] > 0 and counts["read"] > 0


# Capture off: a hang guard that ends the process must be able to print its traceback.


def test_the_session_corpus(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    corpus = fuzzing.session_corpus()
    assert len(corpus) > 300
    with capfd.disabled():
        run_corpus("m.agenda", corpus, tmp_path)


def test_the_json_corpus(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    corpus = fuzzing.json_corpus()
    assert len(corpus) > 50
    with capfd.disabled():
        run_corpus("m.json", corpus, tmp_path)


@pytest.fixture(scope="module")
def real_files() -> dict[str, bytes]:
    return {kind: real() for kind, (_main, real, _mutate) in fuzzing.MUTATORS.items()}


@pytest.mark.parametrize("kind", sorted(fuzzing.MUTATORS))
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(rng=st.randoms(use_true_random=False))
def test_random_damage_of_a_real_file(
    kind: str,
    rng: random.Random,
    real_files: dict[str, bytes],
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    main, _real, mutate = fuzzing.MUTATORS[kind]
    files = mutate(real_files[kind], rng)
    with capfd.disabled():
        fuzzing.run_case(main, files, tmp_path)
