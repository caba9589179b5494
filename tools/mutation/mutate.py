"""Runs slither-mutate with forge as the compiler.

slither-mutate checks that each mutant compiles by handing the single mutated file to crytic-compile,
which needs a native solc; this machine has only solcjs behind tools/solc, which forge drives. So the
compile check is `forge build` (whose output the test command then reuses), and slither analyses the
project through forge, as `slither .` does. Everything else is slither-mutate unchanged. Run by
tools/mutation/mutate inside a scratch copy of the project.
"""

import subprocess
import sys

from slither import Slither
import slither.tools.mutator.__main__ as cli
import slither.tools.mutator.utils.testing_generated_mutant as testing


# What the test command builds: the contract and its unit, attack and fuzz tests (the script, IPFS CID
# and invariant suites are left out for speed).
BUILD = ["forge", "build", "--skip", "script", "--skip", "Deploy", "--skip", "IpfsCid", "--skip", "invariant"]


def _compile_with_forge(_file_path, _mappings):
    return subprocess.run(BUILD, capture_output=True, check=False).returncode == 0


def _slither_on_project(_target, **kwargs):
    return Slither(".", **kwargs)


testing.compile_generated_mutant = _compile_with_forge
cli.Slither = _slither_on_project

if __name__ == "__main__":
    sys.argv[0] = "slither-mutate"
    sys.exit(cli.main())
