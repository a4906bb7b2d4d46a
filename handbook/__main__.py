"""Command line of the handbook core.

    python -m handbook check [ROOT] [--format text|github]   validate all content without building
    python -m handbook new-case ID [ROOT]                     write cases/ID.yml from the template
    python -m handbook new-legal ID [ROOT]                    write legal/ID.yml from the template
    python -m handbook status [ROOT]                          list missing and outdated translations
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import casemap
from .problems import ContentError
from .project import Layout, load_project
from .scaffold import ScaffoldError, new_case, new_legal
from .schema import SCHEMA_FILES, build_schemas
from . import translation


def check(root: Path, output: str) -> int:
    try:
        project = load_project(root)
    except ContentError as err:
        project, problems = None, err.problems
    else:
        problems = project.problems + project.warnings
    for problem in problems:
        print(problem.format())
        if output == "github":  # the plain line stays in the log; the annotation marks the file's line
            print(problem.annotation())
    errors = [p for p in problems if not p.warning]
    if errors:
        print(f"{len(errors)} problem(s) found", file=sys.stderr)
        return 1
    catalog = project.catalog
    # geo is optional but warned: a case without it is listed beside the map, not placed on it.
    for warning in casemap.unplaced(catalog, project.documents):
        print(f"warning: {warning.format()}")
    warned = f", {len(problems)} warning(s)" if problems else ""
    print(f"ok: {len(catalog.cases)} cases, {len(catalog.acts)} legal acts, {len(catalog.provisions)} provisions{warned}")
    return 0


def scaffold(root: Path, case_id: str) -> int:
    import json
    layout = Layout()
    schema = json.loads((root / layout.schema / SCHEMA_FILES["case"]).read_text(encoding="utf-8"))
    try:
        path = new_case(root, layout.cases, case_id, schema)
    except ScaffoldError as err:
        print(f"new-case: {err}", file=sys.stderr)
        return 2
    rel = path.relative_to(root).as_posix()
    print(f"wrote {rel}: replace every TODO, then run `make check` (it lists the fields still to fill)")
    return 0


def scaffold_legal(root: Path, act_id: str) -> int:
    layout = Layout()
    try:
        path = new_legal(root, layout.legal, act_id, build_schemas(root / layout.schema))
    except ScaffoldError as err:
        print(f"new-legal: {err}", file=sys.stderr)
        return 2
    rel = path.relative_to(root).as_posix()
    print(f"wrote {rel}: replace every TODO, then run `make check` (it lists the fields still to fill)")
    return 0


def status(root: Path) -> int:
    try:
        project = load_project(root)
    except ContentError as err:
        for problem in err.problems:
            print(problem.format())
        return 1
    report = translation.status(project)
    for line in translation.lines(report):
        print(line)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handbook")
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("check", help="validate cases/, legal/ and the chapters' cross-links")
    cmd.add_argument("root", nargs="?", default=".", type=Path)
    cmd.add_argument("--format", choices=("text", "github"),
                     default="github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text",
                     help="github: also print each problem as a GitHub error annotation "
                          "(the default when GITHUB_ACTIONS=true)")
    cmd = sub.add_parser("new-case", help="write cases/ID.yml from the template")
    cmd.add_argument("id")
    cmd.add_argument("root", nargs="?", default=".", type=Path)
    cmd = sub.add_parser("new-legal", help="write legal/ID.yml from the template")
    cmd.add_argument("id")
    cmd.add_argument("root", nargs="?", default=".", type=Path)
    cmd = sub.add_parser("status", help="list missing and outdated translations")
    cmd.add_argument("root", nargs="?", default=".", type=Path)
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.root, args.format)
    if args.command == "new-case":
        return scaffold(args.root, args.id)
    if args.command == "new-legal":
        return scaffold_legal(args.root, args.id)
    return status(args.root)


if __name__ == "__main__":
    sys.exit(main())
