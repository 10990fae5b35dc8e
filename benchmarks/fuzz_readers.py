"""The large fuzz campaign of both readers: the corpus and many random damages of real files.

Run: ``.venv/bin/python benchmarks/fuzz_readers.py [--cases N] [--seed S]`` (default 10,000
random damages per reader). Each input goes through ``tests.fuzzing.run_case``: the meeting or
our own error naming the file, within the time guard, the folder unchanged, and a meeting that
is read must then check, export and save. Prints the figures recorded in
``docs/reliability.md``; exits 1 if anything escaped.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import fuzzing


def campaign(cases: int, seed: int) -> int:
    escaped: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        parent = Path(folder)
        for kind, (main, real, mutate) in fuzzing.MUTATORS.items():
            corpus = fuzzing.session_corpus() if kind == "session" else fuzzing.json_corpus()
            inputs = [(name, files) for name, files in corpus.items()]
            data = real()
            rng = random.Random(seed)
            inputs += [(f"random #{n}", mutate(data, rng)) for n in range(cases)]
            results: Counter[str] = Counter()
            times: list[float] = []
            start = time.monotonic()
            for name, files in inputs:
                try:
                    outcome = fuzzing.run_case(main, files, parent)
                except fuzzing.Escaped as error:
                    escaped.append(f"{kind} {name}: {error}")
                    results["escaped"] += 1
                    continue
                results[outcome.result] += 1
                times.append(outcome.seconds)
            total = time.monotonic() - start
            times.sort()
            print(
                f"{kind}: {len(inputs):,} inputs ({len(corpus)} corpus + {cases:,} random), "
                f"read {results['read']:,}, refused {results['refused']:,}, "
                f"escaped {results['escaped']}; per read: median "
                f"{statistics.median(times) * 1000:.1f} ms, 99th percentile "
                f"{times[int(len(times) * 0.99) - 1] * 1000:.1f} ms, slowest {times[-1]:.2f} s; "
                f"{total:.0f} s in all"
            )
    for line in escaped[:20]:
        print("ESCAPED", line)
    return 1 if escaped else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args()
    return campaign(args.cases, args.seed)


if __name__ == "__main__":
    sys.exit(main())
