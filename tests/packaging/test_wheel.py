"""Release-grade packaging: what `python -m build` makes, and that it works installed.

Marked ``wheel``; it runs in every full ``pytest`` (CI too) and takes about
15-20 s on a warm pip cache (2 shared cores; the build's isolated environment
and the venv's dependencies come from pip's cache): `python -m build` (sdist, then the wheel built from
the sdist, so a file missing from the sdist fails here too), `twine check`,
and an install of the wheel into a fresh virtual environment outside the
source tree, where `newsparse --demo` and the imports must work.
"""

from __future__ import annotations

import email.parser
import json
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import newsparse


pytestmark = pytest.mark.wheel

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, (
        f"{args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    )
    return done.stdout


def _clean_env() -> dict[str, str]:
    """The environment without anything that would put the source on the path."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV"))
    }
    env["PYTHONNOUSERSITE"] = "1"
    return env


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--outdir", out, ROOT, cwd=ROOT)
    return out


def _wheel(dist: Path) -> Path:
    (wheel,) = dist.glob("*.whl")
    return wheel


def _sdist(dist: Path) -> Path:
    (sdist,) = dist.glob("*.tar.gz")
    return sdist


def test_one_version_everywhere(dist: Path) -> None:
    assert _wheel(dist).name.startswith(
        f"newsparse-{newsparse.__version__}-py3-none-any"
    )
    assert _sdist(dist).name == f"newsparse-{newsparse.__version__}.tar.gz"


def test_twine_accepts_both_and_the_readme_renders(dist: Path) -> None:
    out = _run(
        sys.executable,
        "-m",
        "twine",
        "check",
        "--strict",
        *sorted(dist.iterdir()),
        cwd=dist,
    )
    assert out.count("PASSED") == 2, out


def test_wheel_carries_the_package_and_nothing_else(dist: Path) -> None:
    with zipfile.ZipFile(_wheel(dist)) as wheel:
        names = wheel.namelist()
        metadata = email.parser.Parser().parsestr(
            wheel.read(f"newsparse-{newsparse.__version__}.dist-info/METADATA").decode()
        )
    assert "newsparse/py.typed" in names
    assert "newsparse/_demo/sputnik.html" in names
    assert "newsparse/__init__.py" in names
    tops = {name.split("/", 1)[0] for name in names}
    assert tops == {"newsparse", f"newsparse-{newsparse.__version__}.dist-info"}
    assert not [
        n
        for n in names
        if re.match(r"(test_.*|.*_test|conftest)\.py$", n.split("/")[-1])
        or "/tests/" in n
        or "benchmark" in n
        or "__pycache__" in n
    ]
    assert metadata["Version"] == newsparse.__version__
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert metadata.get_payload().startswith("# newsparse")
    assert "Typing :: Typed" in metadata.get_all("Classifier", [])
    assert {url.split(",")[0] for url in metadata.get_all("Project-URL", [])} >= {
        "Documentation",
        "Source",
        "Changelog",
    }
    assert {"docs", "testing", "bench"} <= set(metadata.get_all("Provides-Extra", []))


def test_sdist_has_what_a_rebuild_needs(dist: Path) -> None:
    with tarfile.open(_sdist(dist)) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {
        "pyproject.toml",
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "src/newsparse/py.typed",
    } <= names
    assert not [n for n in names if n.startswith(("benchmarks/", ".ci/", "site/"))]


def test_installed_wheel_works_outside_the_source_tree(
    dist: Path, tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    # The outer pip installs into the new interpreter's environment: no
    # ensurepip, and nothing of this process's environment comes along.
    _run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "-q",
        f"{_wheel(dist)}[testing]",
        cwd=tmp_path,
    )
    env = _clean_env()
    where = json.loads(
        _run(
            python,
            "-c",
            "import json, sys, newsparse; print(json.dumps([newsparse.__file__, sys.path]))",
            cwd=tmp_path,
            env=env,
        )
    )
    assert Path(where[0]).is_relative_to(venv), where[0]
    assert not [p for p in where[1] if p and Path(p).resolve().is_relative_to(ROOT)], (
        where[1]
    )

    article = json.loads(
        _run(venv / "bin" / "newsparse", "--demo", cwd=tmp_path, env=env)
    )
    assert article["title"].startswith("Obama Administration")
    assert len(article["body"]) > 3

    # the public strategies import from the installed wheel and its extra
    _run(
        python,
        "-c",
        "import newsparse.testing as t; t.articles().example()",
        cwd=tmp_path,
        env=env,
    )
