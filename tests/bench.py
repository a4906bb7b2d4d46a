"""Build-time benchmark: `make bench`.

For N = 10, 100 and 1,000 synthetic cases (copies of the fixture case with longer
texts) it times a real two-language build with the hooks, then a plain MkDocs
build of the very same Markdown pages written by hand (no hooks), so the cost of
the hooks shows as a ratio. It also times `python -m handbook check`. Figures are
printed, not asserted.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support import copy_site  # noqa: E402

SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "10 100 1000").split()]
PARAGRAPH = {
    "pl": "Samorząd przygotował diagnozę potrzeb razem z lokalnymi spółdzielniami socjalnymi i organizacjami "
          "pozarządowymi, a następnie zaprojektował usługę i kryteria jej oceny. ",
    "en": "The local government prepared a needs assessment together with local social cooperatives and NGOs, "
          "then designed the service and the criteria for judging it. ",
}


def write_cases(site: Path, n: int) -> None:
    template = (site / "cases/xx-alpha-reserved.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(template)
    for field in ("context", "actions", "lessons"):
        data[field] = {lang: PARAGRAPH[lang] * 15 for lang in ("pl", "en")}  # ~300 words a field
    for path in (site / "cases").glob("*.yml"):
        path.unlink()
    for i in range(n):
        case = dict(data, id=f"xx-case-{i:04d}", actions={"pl": "Zob. [[pl-new-art-94]].", "en": "See [[pl-new-art-94]]."})
        (site / f"cases/xx-case-{i:04d}.yml").write_text(yaml.safe_dump(case, allow_unicode=True), encoding="utf-8")
    for chapter in (site / "docs/guide").glob("*.md"):
        chapter.write_text(re.sub(r"\[\[xx-[a-z-]+\]\]", "[[xx-case-0000]]", chapter.read_text(encoding="utf-8")),
                           encoding="utf-8")


def timed(*args: str, cwd: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return elapsed


def plain_copy(site: Path, dest: Path) -> Path:
    """The same pages as hand-written Markdown in a site without hooks."""
    shutil.copytree(site / "docs", dest / "docs")
    shutil.copytree(site / "overrides", dest / "overrides")  # the theme's custom_dir
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"hooks:\n(  - .*\n)+", "", config)
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    for page in (dest / "docs").rglob("*.md"):  # cross-links are already resolved in generated pages
        page.write_text(re.sub(r"\[\[[^\]|]+\|?([^\]]*)\]\]", r"\1", page.read_text(encoding="utf-8")), encoding="utf-8")
    return dest


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    python = sys.executable
    print(f"{'cases':>6} {'check s':>8} {'hooks s':>8} {'plain s':>8} {'ratio':>6} {'pages':>6} {'site MB':>8}")
    for n in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            site = copy_site("site", Path(tmp) / "hooks")
            write_cases(site, n)
            check = timed(python, "-m", "handbook", "check", str(site), cwd=site)
            with_hooks = timed(python, "-m", "mkdocs", "build", "--strict", "-q", cwd=site)
            pages = len(list((site / "site").rglob("index.html")))
            plain = plain_copy(site, Path(tmp) / "plain")
            without = timed(python, "-m", "mkdocs", "build", "--strict", "-q", cwd=plain)
            print(f"{n:>6} {check:>8.2f} {with_hooks:>8.2f} {without:>8.2f} {with_hooks / without:>6.2f} "
                  f"{pages:>6} {size_mb(site / 'site'):>8.1f}", flush=True)


if __name__ == "__main__":
    main()
