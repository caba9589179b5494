"""Re-tests the surviving mutants of an earlier slither-mutate campaign against today's tests.

slither-mutate keeps every uncaught mutant as a whole copy of the contract (in
.mutation/campaign/<Contract>/). A campaign takes hours on two cores; after adding tests, this
re-runs only those mutants. Each mutant is turned back into its change (the lines that differ from
the contract the campaign mutated, kept by tools/mutation/mutate as .mutation/original.sol), that change is
applied to the current contract where the same lines still are, and the test command runs on the
result. Run by `tools/mutation/mutate --survivors` inside a scratch copy of the project.

Usage: mutate_survivors.py ORIGINAL CAMPAIGN_DIR CONTRACT TEST_CMD [FILTER]
FILTER: a regular expression on the mutant file names (e.g. 'ROR|MIA').
"""

import difflib
import pathlib
import re
import subprocess
import sys


def change_of(original: list[str], mutant: list[str]) -> tuple[int, list[str], list[str]]:
    """The one block of lines the mutator changed: (first line index, before, after)."""
    matcher = difflib.SequenceMatcher(a=original, b=mutant, autojunk=False)
    changed = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if len(changed) != 1:
        raise ValueError(f"expected one changed block, found {len(changed)}")
    _, i1, i2, j1, j2 = changed[0]
    return i1, original[i1:i2], mutant[j1:j2]


def apply(current: list[str], at: int, before: list[str], after: list[str]) -> list[str] | None:
    """`current` with `before` (found nearest to line `at`) replaced by `after`; None if gone."""
    starts = [i for i in range(len(current) - len(before) + 1) if current[i : i + len(before)] == before]
    if not starts:
        return None
    start = min(starts, key=lambda i: abs(i - at))
    return current[:start] + after + current[start + len(before) :]


def main() -> int:
    original_path, campaign, contract, test_cmd = sys.argv[1:5]
    name_filter = re.compile(sys.argv[5]) if len(sys.argv) > 5 else None
    original = pathlib.Path(original_path).read_text().splitlines(keepends=True)
    target = pathlib.Path(contract)
    current_text = target.read_text()
    current = current_text.splitlines(keepends=True)
    mutants = sorted(pathlib.Path(campaign).glob("*.sol"), key=lambda p: p.name)
    if name_filter:
        mutants = [m for m in mutants if name_filter.search(m.name)]
    caught, uncaught, gone = [], [], []
    try:
        for mutant in mutants:
            at, before, after = change_of(original, mutant.read_text().splitlines(keepends=True))
            mutated = apply(current, at, before, after)
            label = f"{mutant.stem}: {''.join(before).strip()!r} ==> {''.join(after).strip()!r}"
            if mutated is None:
                gone.append(label)
                print(f"GONE      {label}", flush=True)
                continue
            target.write_text("".join(mutated))
            result = subprocess.run(test_cmd, shell=True, capture_output=True, timeout=600)
            verdict = caught if result.returncode != 0 else uncaught
            verdict.append(label)
            print(f"{'CAUGHT' if result.returncode != 0 else 'UNCAUGHT':<9} {label}", flush=True)
    finally:
        target.write_text(current_text)
    print(
        f"\nsurvivors re-tested: {len(caught)} now caught, {len(uncaught)} still uncaught, "
        f"{len(gone)} no longer apply (their lines changed)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
