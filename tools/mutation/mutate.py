"""Runs slither-mutate with forge as the compiler.

slither-mutate checks that each mutant compiles by handing the single mutated file to crytic-compile,
which needs a native solc; this machine has only solcjs behind tools/solc, which forge drives. So the
compile check is `forge build` (whose output the test command then reuses), and slither analyses the
project through forge, as `slither .` does. ROR skips comparisons written in Yul (`eq`, `lt` in
`_tryTransferUsdc`'s assembly): it rewrites a comparison by splitting the statement's text at the
operator, finds none there, and the IndexError drops every ROR mutant of the contract. Everything
else is slither-mutate unchanged, except that with MUTATE_SBR_SKIP_DECLARATIONS=1 SBR leaves the
state variables' declarations alone (it mutates every constant whatever --target-functions says, and
orders mutants by line, so a run on a few functions first re-tests all the constants). Run by
tools/mutation/mutate inside a scratch copy of the project.
"""

import os
import subprocess
import sys

from slither import Slither
from slither.slithir.operations import Binary
import slither.tools.mutator.__main__ as cli
from slither.tools.mutator.mutators.ROR import ROR, relational_operators
from slither.tools.mutator.mutators.SBR import SBR
import slither.tools.mutator.utils.testing_generated_mutant as testing


# What the test command builds: the contract and its unit, attack and fuzz tests (the script, IPFS CID
# and invariant suites are left out for speed).
BUILD = ["forge", "build", "--skip", "script", "--skip", "Deploy", "--skip", "IpfsCid", "--skip", "invariant"]


def _compile_with_forge(_file_path, _mappings):
    return subprocess.run(BUILD, capture_output=True, check=False).returncode == 0


def _slither_on_project(_target, **kwargs):
    return Slither(".", **kwargs)


_ror_should_mutate_node = ROR.should_mutate_node


def _ror_skips_yul(self, node):
    """Only statements whose comparisons are written as operators (not Yul's `eq`, `lt`)."""
    text = node.source_mapping.content
    written = all(
        ir.type.value in text
        for ir in node.irs
        if isinstance(ir, Binary) and ir.type in relational_operators
    )
    if not written:
        print(f"ROR: skipping line {node.source_mapping.lines[0]} (a comparison in Yul)", file=sys.stderr)
    return written and _ror_should_mutate_node(self, node)


_sbr_mutate = SBR._mutate


def _sbr_without_declarations(self):
    """SBR's patches, less those of state variable declarations when asked to skip them."""
    result = _sbr_mutate(self)
    if os.environ.get("MUTATE_SBR_SKIP_DECLARATIONS") != "1":
        return result
    declared = {
        v.node_initialization.source_mapping.start
        for v in self.contract.state_variables_declared
        if v.node_initialization
    }
    for patches in result.get("patches", {}).values():
        patches[:] = [p for p in patches if p["start"] not in declared]
    return result


testing.compile_generated_mutant = _compile_with_forge
SBR._mutate = _sbr_without_declarations
ROR.should_mutate_node = _ror_skips_yul
cli.Slither = _slither_on_project

if __name__ == "__main__":
    sys.argv[0] = "slither-mutate"
    sys.exit(cli.main())
