"""Print a built site's print views to PDF with headless Chromium.

    python tools/print_pdf.py [SITE_DIR]        (default: site)

Reads SITE_DIR/print/manifest.json, written by the build (handbook/printview.py): one entry per
print page, {"url": page, "pdf": file}, both relative to SITE_DIR. The site is served over a
local HTTP server while printing (file:// would treat every file as its own origin), and each
PDF lands at SITE_DIR/<pdf>. Page size, margins and page numbers come from the page's print
CSS (@page), so a reader printing from the browser gets the same document.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import sys
import threading
import time
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MANIFEST = "print/manifest.json"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def print_pages(browser, base: str, out: Path, entries: list[dict]) -> list[Path]:
    """Print each entry's page (under base URL) to out/<pdf> with an open Playwright browser."""
    written = []
    page = browser.new_page()
    try:
        for entry in entries:
            target = out / entry["pdf"]
            target.parent.mkdir(parents=True, exist_ok=True)
            page.goto(base + entry["url"], wait_until="load")
            page.pdf(path=str(target), format="A4", prefer_css_page_size=True, print_background=True,
                     outline=True, tagged=True)
            written.append(target)
    finally:
        page.close()
    return written


def print_all(site: Path, entries: list[dict], executable: str = CHROMIUM) -> list[Path]:
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=FLAGS)
            try:
                return print_pages(browser, base, site, entries)
            finally:
                browser.close()
    finally:
        server.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", default="site", type=Path)
    args = parser.parse_args(argv)
    manifest = args.site / MANIFEST
    if not manifest.is_file():
        print(f"{manifest} not found: build the site first (make build)", file=sys.stderr)
        return 1
    if not Path(CHROMIUM).exists():
        print("Debian's chromium is needed to print PDFs: apt-get install chromium", file=sys.stderr)
        return 1
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    start = time.perf_counter()
    written = print_all(args.site, entries)
    size = sum(p.stat().st_size for p in written)
    print(f"{len(written)} PDFs in {args.site / 'pdf'} ({size / 1e6:.1f} MB) in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
