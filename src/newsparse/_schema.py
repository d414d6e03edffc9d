"""The Article's JSON Schema, derived from the attrs classes themselves.

``Article.to_dict()`` is the wire format; this module describes it as JSON
Schema (draft 2020-12) by walking the attrs fields and their types, so the
schema cannot drift from the model: a test regenerates it and compares it
with the committed ``docs/reference/article.schema.json``.

Run ``python -m newsparse._schema [PATH]`` to print (or write) it.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
import json
import re
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from newsparse._model import Article
from newsparse._version import __version__


__all__ = ["article_schema", "main", "render"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_SCALARS: dict[type, str] = {str: "string", int: "integer", bool: "boolean"}
_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}"
_DATE_TIME = _DATE + "T[0-9]{2}:[0-9]{2}"


def article_schema() -> dict[str, Any]:
    """The JSON Schema of ``Article.to_dict()`` output.

    Returns:
        A JSON-compatible dict: the Article at the top level, every nested
        attrs class under ``$defs``.
    """
    defs: dict[str, Any] = {}
    root = _class_schema(Article, defs)
    return {
        "$schema": _DRAFT,
        "title": "newsparse Article",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def render() -> str:
    """The schema as the exact text committed to the repository.

    Returns:
        Indented JSON with a trailing newline, stable across runs.
    """
    return json.dumps(article_schema(), indent=2, ensure_ascii=False) + "\n"


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    described = _attribute_docs(cls.__doc__ or "")
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        prop = _type_schema(hints[field.name], defs)
        if field.name in described:
            prop = {"description": described[field.name], **prop}
        default = _json_default(field)
        if default is not attrs.NOTHING:
            prop["default"] = default
        else:
            required.append(field.name)
        properties[field.name] = prop
    schema: dict[str, Any] = {
        "description": _summary(cls.__doc__ or ""),
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    return schema


def _json_default(field: attrs.Attribute[Any]) -> Any:
    """The field's default as JSON, or NOTHING when the field is required."""
    default = field.default
    if default is attrs.NOTHING:
        return attrs.NOTHING
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        # A factory default (a nested class) is an object of its own defaults.
        return {}
    if isinstance(default, tuple):
        return list(default)
    if isinstance(default, collections.abc.Mapping):
        return dict(default)
    return default


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in {types.UnionType, typing.Union}:
        options: list[dict[str, Any]] = []
        for arg in typing.get_args(tp):
            sub = _type_schema(arg, defs)
            options.extend(sub.get("anyOf", [sub]))
        return {"anyOf": options}
    if origin is collections.abc.Mapping:
        key, value = typing.get_args(tp)
        if key is not str:
            msg = f"no JSON Schema for {tp!r}: JSON object keys are strings"
            raise TypeError(msg)
        return {"type": "object", "additionalProperties": _type_schema(value, defs)}
    if origin is tuple:
        (item, *_rest) = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(item, defs)}
    if tp is type(None):
        return {"type": "null"}
    if tp is dt.datetime:
        return {
            "type": "string",
            "description": "ISO 8601 date and time, with its UTC offset when "
            "the page gives one",
            "pattern": _DATE_TIME,
        }
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": _DATE + "$"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"$ref": f"#/$defs/{tp.__name__}"} | _register_enum(tp, defs)
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # reserve: guards against recursion
            defs[tp.__name__] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp in _SCALARS:
        return {"type": _SCALARS[tp]}
    msg = f"no JSON Schema for {tp!r}: teach newsparse._schema about it"
    raise TypeError(msg)


def _register_enum(tp: type[enum.Enum], defs: dict[str, Any]) -> dict[str, Any]:
    defs[tp.__name__] = {
        "description": _summary(tp.__doc__ or ""),
        "type": "string",
        "enum": [member.value for member in tp],
    }
    return {}


def _summary(doc: str) -> str:
    """The docstring's first paragraph, on one line."""
    first = doc.strip().split("\n\n", 1)[0]
    return " ".join(first.split())


def _attribute_docs(doc: str) -> dict[str, str]:
    """Field descriptions from a Google-style ``Attributes:`` section."""
    match = re.search(
        r"^\s*Attributes:\s*\n(.*?)(?:\n\s*\n|\Z)", doc, re.MULTILINE | re.DOTALL
    )
    if match is None:
        return {}
    found: dict[str, str] = {}
    name = ""
    for line in match.group(1).splitlines():
        entry = re.match(r"\s*(\w+):\s*(.*)", line)
        if entry and (not name or _indent(line) <= _indent_of_entries(match)):
            name = entry.group(1)
            found[name] = entry.group(2).strip()
        elif name:
            found[name] = f"{found[name]} {line.strip()}".strip()
    # Python's None is JSON's null on the wire.
    return {
        key: value.replace("``", "`").replace("`None`", "`null`")
        for key, value in found.items()
    }


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _indent_of_entries(match: re.Match[str]) -> int:
    first = match.group(1).splitlines()[0]
    return _indent(first)


def main(argv: list[str] | None = None) -> int:
    """Print the schema, or write it to the path given.

    Args:
        argv: Command-line arguments; ``[PATH]`` writes the schema there.

    Returns:
        The exit status, 0.
    """
    args = sys.argv[1:] if argv is None else argv
    text = render()
    if args:
        Path(args[0]).write_text(text, encoding="utf-8")
        print(f"wrote {args[0]} (newsparse {__version__})", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
