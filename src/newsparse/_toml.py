"""Rules as TOML files, so that contributing one needs no Python.

One file is one rule; its keys are :class:`SiteRule`'s data fields::

    name = "dailyplanet"
    domains = ["dailyplanet.example"]
    body = ["div.story"]
    drop = [".promo"]
    authors = ['meta[name="byline"]::attr(content)']

    [[examples]]
    url = "https://www.dailyplanet.example/news/1"
    contains = ["Metropolis"]

Hooks are code, so they are not available in files.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from pathlib import Path
from typing import Any

from newsparse._rule import SELECTOR_FIELDS, RuleExample, SiteRule
from newsparse.errors import RuleLoadError, RuleValidationError


__all__ = ["load_toml"]

_KEYS = frozenset({"name", "domains", "extends_generic", "examples", *SELECTOR_FIELDS})


def load_toml(path: str | os.PathLike[str]) -> tuple[SiteRule, ...]:
    """Load the rule in a TOML file, or one rule per ``*.toml`` in a directory.

    Args:
        path: A ``.toml`` file or a directory of them. A file's rule is
            named after the file's stem unless it sets ``name``.

    Returns:
        The rules, in file-name order.

    Raises:
        RuleLoadError: A file cannot be read or is not valid TOML.
        RuleValidationError: A file has an unknown key, a value of the wrong
            type, or makes an invalid rule.
    """
    target = Path(path)
    files = sorted(target.glob("*.toml")) if target.is_dir() else [target]
    return tuple(_load_file(file) for file in files)


def _load_file(path: Path) -> SiteRule:
    source = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        msg = f"cannot read the rule file: {err}"
        raise RuleLoadError(msg, rule_name=path.stem, distribution=source) from err
    except tomllib.TOMLDecodeError as err:
        msg = f"not valid TOML: {err}"
        raise RuleLoadError(msg, rule_name=path.stem, distribution=source) from err
    name = data.get("name", path.stem)
    try:
        return SiteRule(**_fields(data, str(name)))
    except RuleValidationError as err:
        raise RuleValidationError(
            err.detail, rule_name=err.rule_name or str(name), distribution=source
        ) from None


def _fields(data: dict[str, Any], name: str) -> dict[str, Any]:
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        key = unknown[0]
        close = difflib.get_close_matches(key, _KEYS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        msg = f"unknown key {key!r}{hint}"
        raise RuleValidationError(msg, rule_name=name)
    fields: dict[str, Any] = {"name": name}
    for key, value in data.items():
        if key == "name":
            continue
        if key == "extends_generic":
            if not isinstance(value, bool):
                msg = f"extends_generic must be true or false, not {value!r}"
                raise RuleValidationError(msg, rule_name=name)
            fields[key] = value
        elif key == "examples":
            fields[key] = _examples(value, name)
        else:
            fields[key] = _strings(key, value, name)
    return fields


def _strings(key: str, value: object, name: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        msg = f"{key} must be a list of strings, not {value!r}"
        raise RuleValidationError(msg, rule_name=name)
    return tuple(value)


def _examples(value: object, name: str) -> tuple[RuleExample, ...]:
    if not isinstance(value, list):
        msg = "examples must be an array of tables ([[examples]])"
        raise RuleValidationError(msg, rule_name=name)
    examples = []
    for item in value:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("url"), str)
            or set(item) - {"url", "contains"}
        ):
            msg = f"each example has a url and optional contains, not {item!r}"
            raise RuleValidationError(msg, rule_name=name)
        contains = _strings("contains", item.get("contains", []), name)
        examples.append(RuleExample(url=item["url"], contains=contains))
    return tuple(examples)
