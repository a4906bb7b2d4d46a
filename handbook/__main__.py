"""Command line: `python -m handbook check [ROOT]` validates all content without building."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .problems import ContentError
from .project import load_project


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handbook")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate cases/, legal/ and the chapters' cross-links")
    check.add_argument("root", nargs="?", default=".", type=Path)
    args = parser.parse_args(argv)
    try:
        project = load_project(args.root)
    except ContentError as err:
        problems = err.problems
    else:
        problems = project.problems
    for problem in problems:
        print(problem.format())
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    catalog = project.catalog
    print(f"ok: {len(catalog.cases)} cases, {len(catalog.acts)} legal acts, {len(catalog.provisions)} provisions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
