"""Every public name carries a docstring, and functions document their arguments.

Public means: a name in ``newsparse.__all__`` or in the ``__all__`` of a public
submodule (``newsparse.errors``, and ``newsparse.rules``, ``newsparse.testing``,
``newsparse.dask`` when they exist), plus the public methods and properties
those classes define themselves.
"""

from __future__ import annotations

import enum
import importlib
import importlib.util
import inspect
import re
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse


SRC = Path(newsparse.__file__).resolve().parent
PUBLIC_MODULES = [
    "newsparse",
    "newsparse.errors",
    "newsparse.rules",
    "newsparse.testing",
    "newsparse.dask",
]


UNAVAILABLE: dict[str, str] = {}  # module -> the optional dependency it lacks


def _existing_modules() -> list[types.ModuleType]:
    """The public modules in the source tree that import here.

    A module in the tree must import, except when an optional third-party
    dependency of its extra is not installed (``newsparse.dask`` without
    dask): that is reported as a visible skip, never a silent pass.
    """
    found = []
    for name in PUBLIC_MODULES:
        leaf = name.rpartition(".")[2]
        if (
            name == "newsparse"
            or (SRC / f"{leaf}.py").exists()
            or (SRC / leaf / "__init__.py").exists()
        ):
            try:
                found.append(importlib.import_module(name))
            except ModuleNotFoundError as err:
                if err.name is None or err.name.partition(".")[0] == "newsparse":
                    raise
                UNAVAILABLE[name] = err.name
    return found


def _own_members(cls: type) -> Iterator[tuple[str, Any]]:
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(value, (staticmethod, classmethod)):
            yield name, value.__func__
        elif isinstance(value, property) or inspect.isfunction(value):
            yield name, value


def _public_objects() -> Iterator[tuple[str, Any]]:
    seen: set[int] = set()
    for module in _existing_modules():
        yield module.__name__, module
        for name in module.__all__:
            obj = getattr(module, name)
            if name.startswith("__") or id(obj) in seen:
                continue
            seen.add(id(obj))
            if isinstance(obj, types.ModuleType):
                continue  # checked as a module of its own
            if not (inspect.isclass(obj) or callable(obj)):
                continue  # constants: documented where they are defined
            qualname = f"{module.__name__}.{name}"
            yield qualname, obj
            if inspect.isclass(obj) and not issubclass(obj, enum.Enum):
                for member, value in _own_members(obj):
                    yield f"{qualname}.{member}", value


PUBLIC = dict(_public_objects())


def test_the_walk_finds_the_public_surface() -> None:
    # Guards the walker itself: if it silently found nothing, every test passes.
    assert {
        "newsparse.parse",
        "newsparse.Article",
        "newsparse.Article.to_markdown",
        "newsparse.Article.text",
    } <= set(PUBLIC)
    assert "newsparse.errors.InputError" in PUBLIC


def test_modules_whose_extra_is_not_installed() -> None:
    assert set(UNAVAILABLE) <= set(PUBLIC_MODULES)
    if UNAVAILABLE:
        pytest.skip(f"not checked, optional dependency not installed: {UNAVAILABLE}")


def test_every_public_module_in_the_tree_is_walked() -> None:
    walked = {
        name for name, obj in PUBLIC.items() if isinstance(obj, types.ModuleType)
    } | set(UNAVAILABLE)
    on_disk = {f"newsparse.{p.stem}" for p in SRC.glob("[!_]*.py")} | {
        f"newsparse.{p.parent.name}" for p in SRC.glob("[!_]*/__init__.py")
    }
    assert on_disk <= walked | {"newsparse"}, "add new public modules to PUBLIC_MODULES"


def _doc(obj: Any) -> str:
    if isinstance(obj, property):
        return obj.__doc__ or ""
    return inspect.getdoc(obj) if inspect.isclass(obj) else (obj.__doc__ or "")


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_has_a_docstring(name: str) -> None:
    doc = _doc(PUBLIC[name])
    assert doc.strip(), f"{name} has no docstring"


def _parameters(func: Any) -> list[str]:
    try:
        signature = inspect.signature(func)
    except (TypeError, ValueError):
        return []
    return [
        p.name
        for p in signature.parameters.values()
        if p.name not in {"self", "cls"}
        and p.kind not in {p.VAR_POSITIONAL, p.VAR_KEYWORD}
    ]


FUNCTIONS = sorted(
    name
    for name, obj in PUBLIC.items()
    if inspect.isfunction(obj)
    and _parameters(obj)
    and not name.startswith("newsparse.errors.")
)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_functions_document_their_arguments(name: str) -> None:
    """Google style: an ``Args:`` section naming every parameter."""
    func = PUBLIC[name]
    doc = inspect.getdoc(func) or ""
    assert re.search(r"^Args:$", doc, re.MULTILINE), f"{name}: no Args: section"
    missing = [
        p
        for p in _parameters(func)
        if not re.search(rf"^\s+\**{p}\b.*:", doc, re.MULTILINE)
    ]
    assert not missing, f"{name}: Args: does not describe {missing}"


RETURNING = sorted(
    name
    for name, obj in PUBLIC.items()
    if inspect.isfunction(obj)
    and not name.startswith("newsparse.errors.")
    and inspect.signature(obj).return_annotation
    not in {"None", None, inspect.Signature.empty}
)


@pytest.mark.parametrize("name", RETURNING)
def test_functions_that_return_say_what(name: str) -> None:
    doc = inspect.getdoc(PUBLIC[name]) or ""
    assert re.search(r"^(Returns|Yields):$", doc, re.MULTILINE), (
        f"{name}: no Returns: section"
    )
