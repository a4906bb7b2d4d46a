"""Headless Chromium (Debian's package) driven by Playwright, against a built site
served on 127.0.0.1. Without Chromium these tests skip, except under CI=true."""

from __future__ import annotations

import os

import pytest

from support import CHROMIUM, CHROMIUM_FLAGS, serve_directory


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        message = "Debian's chromium is not installed (.ci/run installs it: apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def serve():
    """serve(directory) -> base URL of a static server for that directory."""
    servers = []

    def start(directory):
        url, server = serve_directory(directory)
        servers.append(server)
        return url

    yield start
    for server in servers:
        server.shutdown()
