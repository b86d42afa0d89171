"""python -m benchmarks.corpus --seed 7 --out benchmarks/out/corpus [--count 45] [--format mixed]"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

from benchmarks.corpus.generate import generate


def main() -> None:
    parser = argparse.ArgumentParser(description="Generate the labelled panelproof benchmark corpus.")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/corpus"))
    parser.add_argument("--count", type=int, default=45)
    parser.add_argument("--clean-share", type=float, default=0.3)
    parser.add_argument("--format", choices=["mixed", "pdf", "docx"], default="mixed")
    args = parser.parse_args()
    start = time.perf_counter()
    index = generate(args.seed, args.out, args.count, args.clean_share, args.format)
    counts = collections.Counter(d for entry in index for d in entry["defects"])
    clean = sum(entry["clean"] for entry in index)
    print(f"{len(index)} dossiers ({clean} clean) in {time.perf_counter() - start:.1f} s -> {args.out}")
    for name, n in sorted(counts.items()):
        print(f"  {name:28s} {n}")


if __name__ == "__main__":
    main()
