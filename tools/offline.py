"""Build the offline copy of the site: a zip a trainer opens from a USB stick, without a server.

    python tools/offline.py [--config mkdocs.yml] [--out site-offline] [--pdf]

Builds with HANDBOOK_OFFLINE=true (mkdocs.yml turns on Material's offline plugin: no
directory URLs, so every link names its .html file), into OUT/<name>/, makes search work from
file://, and zips the folder to OUT/<name>.zip. With --pdf the copy also holds the PDFs
(printed by tools/print_pdf.py) and links them. The normal build in site/ is left alone.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

NAME = "spolecznie-przede-wszystkim-offline"


def write_search_scripts(site: Path) -> list[Path]:
    """Beside every search/search_index.json, search_index.js (`var __index = ...`).

    Under file:// Material cannot fetch the JSON index and loads this script instead. Its
    offline plugin writes only the root one; doing it for every index in the tree keeps
    per-language indexes (e.g. en/search/) working too.
    """
    written = []
    for index in sorted(site.rglob("search/search_index.json")):
        script = index.with_name("search_index.js")
        script.write_text("var __index = " + index.read_text(encoding="utf-8"), encoding="utf-8")
        written.append(script)
    return written


def build(config: Path, site: Path, pdf_links: bool = False) -> None:
    env = {**os.environ, "HANDBOOK_OFFLINE": "true", "NO_MKDOCS_2_WARNING": "1"}
    if pdf_links:
        env["HANDBOOK_PDF_LINKS"] = "true"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", str(config),
                    "-d", str(site.resolve())], env=env, check=True)


def zip_tree(folder: Path, target: Path) -> Path:
    """The zip holds one folder, so that unpacking never scatters files."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", default=Path("mkdocs.yml"), type=Path)
    parser.add_argument("--out", default=Path("site-offline"), type=Path)
    parser.add_argument("--name", default=NAME)
    parser.add_argument("--pdf", action="store_true", help="print the PDFs into the copy and link them")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    site = args.out / args.name
    if site.exists():
        shutil.rmtree(site)
    build(args.config, site, pdf_links=args.pdf)
    if args.pdf:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import print_pdf
        print_pdf.main([str(site)])
    scripts = write_search_scripts(site)
    archive = zip_tree(site, args.out / f"{args.name}.zip")
    print(f"offline copy: {archive} ({archive.stat().st_size / 1e6:.1f} MB, {len(scripts)} search index(es)) "
          f"in {time.perf_counter() - start:.1f} s; open {args.name}/index.html after unpacking")
    return 0


if __name__ == "__main__":
    sys.exit(main())
