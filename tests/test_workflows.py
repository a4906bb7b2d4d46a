"""The GitHub workflows pass actionlint and keep to the project's rules: least privileges,
no pull_request_target, actions pinned to full commit SHAs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support import REPO

WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))
ACTIONLINT = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")


def lint(*files: Path) -> subprocess.CompletedProcess:
    if not ACTIONLINT:
        pytest.fail("actionlint is missing: it comes with requirements-test.txt (make venv)")
    return subprocess.run([ACTIONLINT, "-no-color", *map(str, files)], capture_output=True,
                          text=True, timeout=120)


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def test_there_are_a_pull_request_and_a_publish_workflow():
    assert [p.name for p in WORKFLOWS] == ["pages.yml", "pull-request.yml"]


def test_actionlint_passes():
    result = lint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / ".github/workflows/broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(WORKFLOWS[1].read_text(encoding="utf-8").replace("runs-on:", "runs-onn:"), encoding="utf-8")
    result = lint(broken)
    assert result.returncode == 1 and "runs-onn" in result.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_least_privileges_and_pinned_actions(path):
    text = path.read_text(encoding="utf-8")
    data = load(path)
    assert "pull_request_target" not in text
    assert data["permissions"] == {"contents": "read"}
    for name, job in data["jobs"].items():
        if name != "deploy":
            assert "permissions" not in job, name
    for ref in re.findall(r"uses:\s*(\S+)", text):
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", ref), f"{path.name}: {ref} is not pinned to a commit"


def test_pull_requests_run_check_build_and_tests():
    steps = load(REPO / ".github/workflows/pull-request.yml")["jobs"]["check"]["steps"]
    runs = [step.get("run", "") for step in steps]
    assert "make check" in runs and "make build" in runs and "bash .ci/run" in runs
    assert next(s for s in steps if s.get("run") == "bash .ci/run")["env"] == {"CI": "true"}


def test_only_the_deploy_job_may_write_pages():
    jobs = load(REPO / ".github/workflows/pages.yml")["jobs"]
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert jobs["deploy"]["needs"] == "build"
    uses = [s.get("uses", "").split("@")[0] for job in jobs.values() for s in job["steps"]]
    assert {"actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"} <= set(uses)
