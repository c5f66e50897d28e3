"""The project's benchmark: text mode on the shared benches and the labelled fixtures, peers timed on the
same pages' HTML in the same run.

    python benchmarks/run.py                 # ../shared/bench/{scrapinghub,modern-dev} and fixtures/
    python benchmarks/run.py --no-peers      # newsclean alone
"""
from __future__ import annotations

import sys
from pathlib import Path

from newsclean.cli import main

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT.parent / "shared" / "bench" / "scrapinghub", ROOT.parent / "shared" / "bench" / "modern-dev",
        ROOT / "fixtures"]

if __name__ == "__main__":
    present = [str(s) for s in SETS if s.exists()]
    sys.exit(main(["bench", *present, *sys.argv[1:]]))
