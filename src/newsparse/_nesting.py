"""Keep the HTML tree builder linear: bound nesting depth and formatting.

The HTML standard's tree builder, which Lexbor follows, does work
proportional to the depth of the open elements for many tags (a ``<div>``
looks down the stack for a ``<p>`` to close), so ``"<div>" * 100_000`` costs
quadratic time (10 s). And it re-creates every unclosed formatting element
(``<b>``, ``<font>`` …) after each block that closed them, so a few kilobytes
of ``<b id=1><b id=2>…`` followed by ``<div>x</div>`` repeated build millions
of elements (70 KB of input took 2.5 GB).

Browsers bound both (Chromium flattens the tree below depth 512). This module
does the same before Lexbor sees the page: one linear scan follows the
tags with a simplified model of the tree builder that never under-estimates
the depth, and deletes the start tags that would open an element deeper than
:data:`MAX_DEPTH`, or a formatting element beyond :data:`MAX_FORMATTING`
unclosed ones. The text stays; only such tags go. Real pages are far below
both limits and come back unchanged (the same object).
"""

from __future__ import annotations

import re


__all__ = ["MAX_DEPTH", "MAX_FORMATTING", "MAX_FORMATTING_TAG", "limit_nesting"]

MAX_DEPTH = 512
"""Deepest element kept (Chromium's limit). Real pages stay under ~100."""

MAX_FORMATTING = 3
"""Most unclosed formatting elements kept (the standard keeps 3 alike)."""

MAX_FORMATTING_TAG = 256
"""Longest formatting start tag kept while it is unclosed: every copy the
tree builder makes copies its attributes too."""


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TAG = re.compile(r"<(!--|/?)([A-Za-z][^\t\n\f\r />]*)?")

_VOID = _names(
    "area base basefont bgsound br col embed frame hr image img input keygen link "
    "meta param source track wbr"
)
# Elements whose content is text, not tags (noscript too: Lexbor runs with
# scripting on). ``plaintext`` never ends.
_RAW_TEXT = _names("script style textarea title xmp iframe noembed noframes noscript")
_FORMATTING = _names("b big code em font i nobr s small strike strong tt u")
_CLOSES_P = _names(
    "address article aside blockquote center details dialog dir div dl fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr listing main "
    "menu nav ol p pre search section summary table ul xmp"
)
# The standard's "special" elements: an end tag for an ordinary element
# never closes past one of them.
_SPECIAL = _names(
    "address applet area article aside base basefont bgsound blockquote body br "
    "button caption center col colgroup dd details dir div dl dt embed fieldset "
    "figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header "
    "hgroup hr html iframe img input keygen li link listing main marquee menu meta "
    "nav noembed noframes noscript object ol p param plaintext pre script search "
    "section select source style summary table tbody td template textarea tfoot "
    "th thead title tr track ul wbr xmp"
)
# Elements that bound the "in scope" searches, and that start a new run of
# formatting elements (the standard's markers, plus table).
_SCOPE = _names("applet caption html table td th marquee object template")
_FOREIGN_ROOTS = frozenset({"svg", "math"})
_P = frozenset({"p"})
_TABLE = frozenset({"table"})
_INTEGRATION_POINTS = frozenset(
    {"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext"}
)
_BREAKOUT = _names(
    "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 "
    "head hr i img li listing menu meta nobr ol p pre ruby s small span strong "
    "strike sub sup table tt u ul var"
)
_BUTTON_SCOPE = _SCOPE | {"button"}
_TABLE_SCOPE = frozenset({"html", "table", "template"})
_BARRIER = _SPECIAL | _SCOPE
# Implicitly closed by a new element of its group, unless a barrier element
# is open above it: name → (group, barrier).
_SIBLING_GROUPS: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
for _group, _barrier in (
    ("li", _SPECIAL - {"address", "div", "p", "li"}),
    ("dd dt", _SPECIAL - {"address", "div", "p", "dd", "dt"}),
    ("td th", _TABLE_SCOPE),
    ("tr", _TABLE_SCOPE),
    ("tbody thead tfoot", _TABLE_SCOPE),
    ("option", _BARRIER),
):
    for _name in _group.split():
        _SIBLING_GROUPS[_name] = (_names(_group), _barrier)
# The sets the model asks "which is the topmost open element of …" about.
_CATEGORIES: tuple[frozenset[str], ...] = tuple(
    dict.fromkeys(
        [_BARRIER, _SCOPE, _BUTTON_SCOPE] + [b for _, b in _SIBLING_GROUPS.values()]
    )
)
_CATEGORY_INDEX = {category: i for i, category in enumerate(_CATEGORIES)}


class _Model:
    """The stack of open elements, approximately, with O(1) queries.

    For each category of elements, and for each name, the stack positions of
    the open members are kept in order: "the topmost open X" is the last one.
    """

    def __init__(self) -> None:
        self.names: list[str] = []
        self.foreign: list[bool] = []
        self.by_category: list[list[int]] = [[] for _ in _CATEGORIES]
        self.by_name: dict[str, list[int]] = {}
        self.memberships: dict[str, tuple[int, ...]] = {}
        # unclosed formatting elements, per run between scope elements
        self.runs: list[dict[str, int]] = [{}]
        self.formatting = 0

    def _categories(self, name: str) -> tuple[int, ...]:
        found = self.memberships.get(name)
        if found is None:
            found = tuple(i for i, c in enumerate(_CATEGORIES) if name in c)
            self.memberships[name] = found
        return found

    def top(self, category: frozenset[str]) -> int:
        """Stack position of the topmost open element of *category*, or -1."""
        positions = self.by_category[_CATEGORY_INDEX[category]]
        return positions[-1] if positions else -1

    def top_named(self, names: frozenset[str]) -> int:
        """Stack position of the topmost open element named in *names*, or -1."""
        best = -1
        for name in names:
            positions = self.by_name.get(name)
            if positions and positions[-1] > best:
                best = positions[-1]
        return best

    def pop_to(self, index: int) -> None:
        """Pop the element at *index* and everything above it."""
        while len(self.names) > index:
            name = self.names.pop()
            self.foreign.pop()
            for category in self._categories(name):
                self.by_category[category].pop()
            self.by_name[name].pop()
            if name in _SCOPE and len(self.runs) > 1:
                # merged, never forgotten: the tree builder may reopen them
                closed = self.runs.pop()
                for key, count in closed.items():
                    self.runs[-1][key] = self.runs[-1].get(key, 0) + count

    def in_foreign(self) -> bool:
        """Whether tags here are SVG or MathML content, not HTML."""
        return (
            bool(self.foreign)
            and self.foreign[-1]
            and self.names[-1] not in _INTEGRATION_POINTS
        )

    def push(self, name: str) -> None:
        foreign = name in _FOREIGN_ROOTS or self.in_foreign()
        index = len(self.names)
        self.names.append(name)
        self.foreign.append(foreign)
        for category in self._categories(name):
            self.by_category[category].append(index)
        self.by_name.setdefault(name, []).append(index)
        if name in _SCOPE:
            self.runs.append({})


def limit_nesting(text: str) -> str:
    """Return *text* with the tags deleted that would nest it too deep.

    Args:
        text: An HTML document.

    Returns:
        *text* itself when it stays within :data:`MAX_DEPTH` and
        :data:`MAX_FORMATTING` (every real page), else a copy without the
        start tags beyond them.
    """
    model = _Model()
    cuts: list[tuple[int, int]] = []
    pos = 0
    search = _TAG.search
    while True:
        match = search(text, pos)
        if match is None:
            break
        start, kind, raw = match.start(), match.group(1), match.group(2)
        if kind == "!--":
            end = text.find("-->", match.end())
            if end < 0:
                break
            pos = end + 3
            continue
        if raw is None:
            pos = match.end()
            continue
        close = text.find(">", match.end())
        if close < 0:
            break  # the rest of the page is inside this tag
        pos = close + 1
        name = raw.lower()
        if kind == "/":
            _end_tag(model, name)
            continue
        skip = _start_tag(
            model, name, self_closing=text[close - 1] == "/", length=pos - start
        )
        if skip == "cut":
            cuts.append((start, pos))
        elif skip == "raw":
            if name == "plaintext":
                break
            end = _raw_end(text, name, pos)
            if end < 0:
                break
            pos = end
    if not cuts:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in cuts:
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


_RAW_END: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"</{name}[\t\n\f\r />]", re.IGNORECASE)
    for name in _RAW_TEXT | {"plaintext"}
}


def _raw_end(text: str, name: str, pos: int) -> int:
    match = _RAW_END[name].search(text, pos)
    return -1 if match is None else match.start()


def _start_tag(
    model: _Model, name: str, *, self_closing: bool, length: int
) -> str | None:
    """Update the model for a start tag; "cut" it, skip "raw" text, or None."""
    if model.in_foreign():
        if name in _BREAKOUT:
            while model.in_foreign():
                model.pop_to(len(model.names) - 1)
        else:
            if self_closing:
                return None
            return _open(model, name)
    if name in {"html", "head", "body", "frameset"}:
        return None
    if name in _RAW_TEXT or name == "plaintext":
        return "raw"  # never nests: its content is text
    if name in _CLOSES_P:
        p = model.top_named(_P)
        if p >= 0 and p > model.top(_BUTTON_SCOPE):
            model.pop_to(p)
    group = _SIBLING_GROUPS.get(name)
    if group is not None:
        names, barrier = group
        sibling = model.top_named(names)
        if (
            sibling >= 0
            and sibling > model.top(barrier)
            # a table part outside a table was never opened by the builder
            and (barrier is not _TABLE_SCOPE or 0 <= model.top_named(_TABLE) < sibling)
        ):
            model.pop_to(sibling)
    if name in _VOID:
        return None
    if name in {"a", "nobr"}:
        # a new <a> closes the open one when nothing special is in between
        previous = model.top_named(frozenset({name}))
        if previous >= 0 and previous > model.top(_BARRIER):
            model.pop_to(previous)
    elif name in _FORMATTING:
        if model.formatting >= MAX_FORMATTING or length > MAX_FORMATTING_TAG:
            return "cut"
        outcome = _open(model, name)
        if outcome is None:
            run = model.runs[-1]
            run[name] = run.get(name, 0) + 1
            model.formatting += 1
        return outcome
    return _open(model, name)


def _open(model: _Model, name: str) -> str | None:
    if len(model.names) >= MAX_DEPTH:
        return "cut"
    model.push(name)
    return None


def _end_tag(model: _Model, name: str) -> None:
    """Pop what the tree builder surely pops for ``</name>``; never more."""
    if model.in_foreign():
        if model.names[-1] == name:
            model.pop_to(len(model.names) - 1)
        return
    if name in _FORMATTING:
        run = model.runs[-1]
        if run.get(name, 0) > 0:
            run[name] -= 1
            model.formatting -= 1
    positions = model.by_name.get(name)
    if not positions:
        return
    index = positions[-1]
    if name in _SPECIAL:
        # in scope: no scope element open above it (but itself)
        barrier = _BUTTON_SCOPE if name == "p" else _SCOPE
    else:
        barrier = _BARRIER  # an ordinary end tag never closes past these
    if index >= model.top(barrier):
        model.pop_to(index)
