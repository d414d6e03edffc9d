"""FiveFilters Full-Text RSS site configs as :class:`SiteRule` objects.

The format (Instapaper's): one file per host, one ``directive: value`` a
line. ``example.com.txt`` serves the host and its ``www.``;
``.example.com.txt`` serves subdomains only (``*.example.com`` here).

Directives read, and what they become:

- ``body``, ``title``, ``author``, ``date``, ``strip``: XPath, translated to
  CSS by ``_xpath.py``; an expression that cannot be translated is left out
  and reported with its line, column and reason.
- ``strip_id_or_class``: elements whose class or id *contains* the string
  (FiveFilters' own semantics); ``strip_image_src``: images whose ``src``
  contains it.
- ``test_url`` and the ``test_contains`` lines after it: the rule's examples.

Directives about fetching (HTTP headers, logins, next-page links), raw
string replacement before parsing, and FiveFilters' own switches (``tidy``,
``prune``, ``autodetect_on_failure``) do not apply to newsparse and are
counted as ignored.

FiveFilters uses a ``body`` match as the article itself. Here it narrows
the generic content finder instead (``extends_generic=True``): many configs
were written for an older or newer version of their site, and on the Zyte
pages the corpus has rules for, narrowing scores higher (F1 0.963 against
0.961 for taking the match as the article). ``attrs.evolve(rule,
extends_generic=False)`` gives FiveFilters' own semantics.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import attrs

from newsparse._dom import selector_error
from newsparse._rule import RuleExample, SiteRule, split_selector
from newsparse._xpath import Untranslatable, translate
from newsparse.errors import RuleLoadError, RuleValidationError


__all__ = [
    "TRANSLATED_DIRECTIVES",
    "Expression",
    "FtrFile",
    "load_ftr",
    "read_ftr_dir",
    "read_ftr_file",
]

logger = logging.getLogger(__name__)

# directive → (SiteRule field, reads values, uses only the first match)
_XPATH_DIRECTIVES = {
    "title": ("title", True, True),
    "body": ("body", False, False),
    "author": ("authors", True, False),
    "date": ("published", True, True),
    "strip": ("drop", False, False),
}
TRANSLATED_DIRECTIVES = (*_XPATH_DIRECTIVES, "strip_id_or_class", "strip_image_src")

# FiveFilters' settings for every site, not a site config.
_GLOBAL = "global.txt"

_LINE = re.compile(r"^([A-Za-z_]+)(?:\((.*?)\))?\s*:\s?(.*)$")


@attrs.frozen(kw_only=True)
class Expression:
    """One directive line and what became of it.

    ``css`` is the translation, or None with ``reason`` saying why not.
    """

    path: str
    line: int
    directive: str
    source: str
    css: str | None
    reason: str | None = None


@attrs.frozen(kw_only=True)
class FtrFile:
    """One site config: its rule (if any), its expressions, its problem."""

    path: str
    rule: SiteRule | None
    expressions: tuple[Expression, ...] = ()
    ignored: tuple[str, ...] = ()
    problem: str | None = None
    error: RuleValidationError | None = None


def _domain(path: Path) -> str:
    stem = path.name.removesuffix(".txt")
    return "*" + stem if stem.startswith(".") else stem


def read_ftr_file(path: str | os.PathLike[str]) -> FtrFile:
    """Read one site config; never raises for content, only reports.

    Raises:
        RuleLoadError: The file cannot be read.
    """
    file = Path(path)
    source = str(file)
    if file.name == _GLOBAL:
        return FtrFile(path=source, rule=None, problem="FiveFilters' global settings")
    try:
        text = file.read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        msg = f"cannot read the site config: {err}"
        raise RuleLoadError(
            msg, rule_name=f"ftr:{file.stem}", distribution=source
        ) from err
    fields: dict[str, list[str]] = {
        name: [] for name, _, _ in _XPATH_DIRECTIVES.values()
    }
    expressions: list[Expression] = []
    ignored: list[str] = []
    examples: list[RuleExample] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            ignored.append(f"{number}: {line[:40]}")
            continue
        directive, value = match.group(1).lower(), match.group(3).strip()
        if directive in _XPATH_DIRECTIVES:
            field, values, first = _XPATH_DIRECTIVES[directive]
            try:
                css = _checked(translate(value, values=values, first=first))
            except Untranslatable as err:
                expressions.append(
                    Expression(
                        path=source,
                        line=number,
                        directive=directive,
                        source=value,
                        css=None,
                        reason=str(err),
                    )
                )
                continue
            fields[field].append(css)
        elif directive in {"strip_id_or_class", "strip_image_src"}:
            css = _strip_css(directive, value)
            if css:
                fields["drop"].append(css)
        elif directive == "test_url":
            examples.append(RuleExample(url=value))
            continue
        elif directive == "test_contains" and examples:
            last = examples[-1]
            examples[-1] = RuleExample(url=last.url, contains=(*last.contains, value))
            continue
        else:
            ignored.append(directive)
            continue
        expressions.append(
            Expression(
                path=source,
                line=number,
                directive=directive,
                source=value,
                css=css or None,
                reason=None if css else "empty value",
            )
        )
    result = FtrFile(
        path=source, rule=None, expressions=tuple(expressions), ignored=tuple(ignored)
    )
    if not any(fields.values()):
        return attrs.evolve(result, problem="nothing newsparse can use")
    name = f"ftr:{file.name.removesuffix('.txt')}"
    try:
        rule = SiteRule(
            name=name,
            domains={_domain(file)},
            examples=examples,
            title=_unique(fields["title"]),
            body=_unique(fields["body"]),
            authors=_unique(fields["authors"]),
            published=_unique(fields["published"]),
            drop=_unique(fields["drop"]),
        )
    except RuleValidationError as err:
        error = RuleValidationError(err.detail, rule_name=name, distribution=source)
        return attrs.evolve(result, problem=err.detail, error=error)
    return attrs.evolve(result, rule=rule)


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _checked(css: str) -> str:
    """*css* if Lexbor compiles it; a translation it refuses is reported."""
    problem = selector_error(split_selector(css)[0])
    if problem is not None:
        msg = f"translated to {css!r}, which Lexbor rejects: {problem}"
        raise Untranslatable(msg, 1)
    return css


def _strip_css(directive: str, value: str) -> str:
    """FiveFilters' substring semantics for ``strip_id_or_class``/``_image_src``."""
    word = value.strip().strip("'\"")
    if not word:
        return ""
    text = _escape(word)
    if directive == "strip_image_src":
        return f'img[src*="{text}"]'
    return f'[class*="{text}"], [id*="{text}"]'


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def read_ftr_dir(path: str | os.PathLike[str]) -> list[FtrFile]:
    """Read every ``*.txt`` site config in a directory, in name order.

    When ``example.com.txt`` and ``www.example.com.txt`` both exist (one
    host here, since ``www.`` is ignored), the ``www.`` file wins, as it
    does in FiveFilters for the ``www.`` host; the other is reported.
    """
    files = [read_ftr_file(file) for file in sorted(Path(path).glob("*.txt"))]
    claimed: dict[str, FtrFile] = {}
    for item in files:
        if item.rule is None:
            continue
        for domain in item.rule.domains:
            other = claimed.get(domain)
            if other is None or Path(item.path).name.startswith("www."):
                claimed[domain] = item
    winners = {id(item) for item in claimed.values()}
    result = []
    for item in files:
        if item.rule is None or id(item) in winners:
            result.append(item)
            continue
        shadow = next(claimed[d].path for d in item.rule.domains if d in claimed)
        problem = f"same host as {Path(shadow).name}, which wins"
        result.append(attrs.evolve(item, rule=None, problem=problem))
    return result


def load_ftr(path: str | os.PathLike[str]) -> tuple[SiteRule, ...]:
    """Load FiveFilters Full-Text RSS site configs as site rules.

    Args:
        path: One site config (``example.com.txt``) or a directory of them.

    Returns:
        One rule per file that yields anything usable. Expressions that
        cannot be translated are left out and logged at INFO level;
        ``newsparse rules check PATH`` lists them with their reasons.

    Raises:
        RuleLoadError: A file cannot be read.
        RuleValidationError: A single file given as *path* names a public
            suffix or an invalid domain. In a directory such files are
            skipped and logged at WARNING level, so that one bad file does
            not block a corpus.
    """
    target = Path(path)
    if not target.is_dir():
        item = read_ftr_file(target)
        if item.error is not None:
            raise item.error
        _log(item)
        return (item.rule,) if item.rule is not None else ()
    rules = []
    for item in read_ftr_dir(target):
        _log(item)
        if item.rule is not None:
            rules.append(item.rule)
    return tuple(rules)


def _log(item: FtrFile) -> None:
    if item.error is not None:
        logger.warning("skipped %s: %s", item.path, item.problem)
    for expression in item.expressions:
        if expression.css is None:
            logger.info(
                "%s:%d: %s: %s not translated (%s)",
                expression.path,
                expression.line,
                expression.directive,
                expression.source,
                expression.reason,
            )
