"""Command line of the handbook core.

    python -m handbook check [ROOT] [--format text|github]   validate all content without building
    python -m handbook new-case ID [ROOT]                     write cases/ID.yml from the template
    python -m handbook new-legal ID [ROOT]                    write legal/ID.yml from the template
    python -m handbook status [ROOT]                          list missing and outdated translations
    python -m handbook route --service social --value 400000 --partner ngo --task yes --repeat no --duration 365
                             [--root ROOT] [--lang LANG] [--json]  the routes of the chooser that fit the answers
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import casemap, drift, languages
from .labels import table as table_of
from .problems import ContentError
from .project import Layout, load_project, term_warnings
from .scaffold import ScaffoldError, new_case, new_legal
from .schema import SCHEMA_FILES, build_schemas
from . import routes, translation

# The command line speaks English, as every message of `make check` does, whatever the site's languages.
CLI_LANGUAGE = "en"


def check(root: Path, output: str) -> int:
    try:
        project = load_project(root)
    except ContentError as err:
        project, problems = None, err.problems
    else:
        # Drift is warned, not failed: an old check may still be right, but someone should look again.
        problems = project.problems + project.warnings + drift.stale(project.catalog, project.documents)
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
    # Terminology (schema/terms.yml): warned, not fatal; a use kept on purpose is listed there under `intended`.
    for warning in term_warnings(project):
        print(f"warning: {warning.format()}")
    warned = f", {len(problems)} warning(s)" if problems else ""
    routes_count = f", {len(project.routes['routes'])} routes" if project.routes is not None else ""
    print(f"ok: {len(catalog.cases)} cases, {len(catalog.acts)} legal acts, {len(catalog.provisions)} provisions"
          f"{routes_count}{warned}")
    return 0


def scaffold(root: Path, case_id: str) -> int:
    import json
    layout = Layout()
    schema = json.loads((root / layout.schema / SCHEMA_FILES["case"]).read_text(encoding="utf-8"))
    return _report_new(root, "new-case", lambda: new_case(root, layout.cases, case_id, schema))


def scaffold_legal(root: Path, act_id: str) -> int:
    layout = Layout()
    return _report_new(root, "new-legal",
                       lambda: new_legal(root, layout.legal, act_id, build_schemas(root / layout.schema)))


def _report_new(root: Path, command: str, write) -> int:
    """Run a scaffold and say what it wrote, or why it wrote nothing (exit 2)."""
    try:
        path = write()
    except ScaffoldError as err:
        print(f"{command}: {err}", file=sys.stderr)
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
    # Then the records checked too long before the legal state, when there are any.
    stale = drift.stale(project.catalog, project.documents)
    for problem in stale:
        print(problem.format())
    if stale:
        print(f"checks: {len(stale)} record(s) checked too long before the legal state "
              f"(provisions: more than a year, cases: more than two years)")
    return 0


def route(root: Path, argv: list[str], lang: str | None, as_json: bool) -> int:
    """The chooser's answer on the command line, from the same published table as the page.

    The answer options (--service, --value, ...) are the questions of routes/routes.yml, read from the table."""
    import json
    from .content import Build
    build = Build(root, root / Layout().docs)
    try:
        project = build.load()
    except ContentError as err:
        project = None
        problems = err.problems
    else:
        problems = project.problems
    if problems or project.routes is None:
        for problem in problems:
            print(problem.format(), file=sys.stderr)
        print("route: no valid routes/routes.yml (run `make check`)", file=sys.stderr)
        return 1
    lang = lang or languages.default()
    if lang not in languages.codes():
        print(f"route: --lang {lang}: not a language of mkdocs.yml ({', '.join(languages.codes())})", file=sys.stderr)
        return 2
    table = build.routes_table()
    options = argparse.ArgumentParser(prog="python -m handbook route")
    for q in table["questions"]:
        choices = f" ({', '.join(o['id'] for o in q['options'])})" if q["kind"] == "choice" else f" ({q['unit']})"
        options.add_argument(f"--{q['id']}", help=q["label"].get(CLI_LANGUAGE, q["label"][languages.default()]) + choices)
    params = {key: value for key, value in vars(options.parse_args(argv)).items() if value is not None}
    result = routes.evaluate(table, params)
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 2 if result["missing"] or result["errors"] else 0
    ui = table_of("chooser", lang)
    questions = {q["id"]: q for q in table["questions"]}
    for error in result["errors"]:
        q = questions[error["param"]]
        allowed = ", ".join(o["id"] for o in q.get("options", ()))
        print(ui["bad_" + error["kind"]].format(param=error["param"], label=q["label"][lang], value=error["value"],
                                               allowed=allowed), file=sys.stderr)
    if result["missing"]:
        print(ui["missing"] + " " + "; ".join(f"--{p}" for p in result["missing"]), file=sys.stderr)
    if result["missing"] or result["errors"]:
        print(ui["no_route"], file=sys.stderr)
        return 2
    print(ui["notice_title"] + f" ({table['legal_state']})")
    print(ui["fits_count"].format(n=len(result["fits"]), total=len(table["routes"])))
    for r in table["routes"]:
        if r["id"] in result["fits"]:
            mark = "" if r["confirmed"] else f"  [{ui['unconfirmed']}]"
            print(f"  + {r['id']}: {r['title'][lang]}{mark}")
            for p in r["provisions"]:
                print(f"      {p['label'][lang]}: {p['official_url']}")
    print(ui["rejected"])
    for r in table["routes"]:
        if r["id"] in result["fails"]:
            reasons = "; ".join(r["conditions"][i]["text"][lang] for i in result["fails"][r["id"]])
            print(f"  - {r['id']}: {ui['fails']} {reasons}")
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
    cmd = sub.add_parser("route", help="the chooser's routes that fit the answers (same rules as the page); "
                                       "answers as --service social --value 400000 ..., the questions of routes/routes.yml")
    cmd.add_argument("--root", default=".", type=Path)
    cmd.add_argument("--lang", help="a language of mkdocs.yml (default: its default language)")
    cmd.add_argument("--json", action="store_true", help="print the evaluation as JSON (fits, fails, missing, errors)")
    args, answers = parser.parse_known_args(argv)
    if args.command == "route":
        return route(args.root, answers, args.lang, args.json)
    if answers:
        parser.error(f"unrecognized arguments: {' '.join(answers)}")
    if args.command == "check":
        return check(args.root, args.format)
    if args.command == "new-case":
        return scaffold(args.root, args.id)
    if args.command == "new-legal":
        return scaffold_legal(args.root, args.id)
    return status(args.root)


if __name__ == "__main__":
    sys.exit(main())
