"""Check every tour of a ``routes-api bench ophs --json`` run with the independent checker.

Usage: ``routes-api bench ophs --json SETS... > run.json; python benchmarks/check_ophs_json.py run.json``.
Exits 1 and names the instance when a tour breaks one of the seven rules (tests/ophs_checker.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from ophs_checker import Instance, check_tour  # noqa: E402


def main(path: str) -> int:
    runs = json.loads(Path(path).read_text(encoding="utf-8"))
    bad = 0
    for run in runs:
        inst = Instance(run["instance"])
        problems = check_tour(inst, run["trips"], run["score"])
        if problems:
            bad += 1
            print(f"{run['instance']}: {problems}")
    print(f"{len(runs)} tours checked, {len(runs) - bad} feasible, {bad} broken")
    return 1 if bad or not runs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
