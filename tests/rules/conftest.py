from __future__ import annotations

import itertools
import sys
import textwrap

import pytest

from newsparse import _registry


_COUNTER = itertools.count()


@pytest.fixture
def fresh_registry():
    """Forget discovered plugins before and after the test."""
    _registry._load.cache_clear()
    yield
    _registry._load.cache_clear()


@pytest.fixture
def install_fake(tmp_path, monkeypatch, fresh_registry):
    """Install a distribution the way pip leaves one: a module and a .dist-info.

    Discovery then goes through importlib.metadata's real path finder; nothing
    is monkeypatched but sys.path.
    """
    del fresh_registry
    monkeypatch.syspath_prepend(str(tmp_path))

    def install(dist: str, entry_points: dict[str, str], source: str) -> str:
        module = f"fake_rules_{next(_COUNTER)}"
        (tmp_path / f"{module}.py").write_text(textwrap.dedent(source))
        info = tmp_path / f"{dist.replace('-', '_')}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n"
        )
        lines = "\n".join(
            f"{name} = {target.format(module=module)}"
            for name, target in entry_points.items()
        )
        (info / "entry_points.txt").write_text(f"[newsparse.rules]\n{lines}\n")
        monkeypatch.delitem(sys.modules, module, raising=False)
        return module

    return install
