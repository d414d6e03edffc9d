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


# One token of the HTML tokenizer that can hold "<": a tag with its
# attributes (a quoted value may hold ">"; an unclosed quote or tag runs to
# the end, where the tokenizer drops it), the start of a comment, or markup
# read as a bogus comment up to the next ">" ("<!DOCTYPE", "<?xml", "</ x>").
# Matching as the tokenizer does keeps hidden nothing a browser would build:
# a ">" inside quotes must not end a tag early and expose a "<!--" that
# would hide the tags after it. Every quantifier is possessive or atomic, so
# the match is linear. (The attribute loop is an atomic group, not a
# possessive repeat: Python 3.11 mis-tracks a group inside the latter.)
_SPACE = "\t\n\f\r "
_HTML_TOKEN = re.compile(
    r"<(?:"
    r"(?P<comment>!--)"
    rf"|(?P<end>/?)(?P<name>[A-Za-z][^{_SPACE}/>]*+)"
    rf"(?>(?:(?P<gap>[{_SPACE}/]++)"
    rf"|[^{_SPACE}/>][^{_SPACE}/>=]*+"
    rf"(?:[{_SPACE}]*+=[{_SPACE}]*+"
    rf"(?:\"[^\"]*+(?:\"|\Z)|'[^']*+(?:'|\Z)|[^{_SPACE}>\"'][^{_SPACE}>]*+)?+)?+"
    r")*)(?:>|\Z)"
    r"|[!?][^>]*+(?:>|\Z)|/[^A-Za-z>][^>]*+(?:>|\Z)|/>"
    r")"
)
# A comment ends at "-->" or "--!>", or at once as "<!-->" or "<!--->".
_COMMENT_CLOSE = re.compile(r"--!?>")
# Where script text changes state: "<!--" escapes it (and "<!-->" at once
# does not), "-->" ends the escape, "<script" inside an escape nests one
# more level, and "</script" ends a level or the script.
_SCRIPT_STEP = re.compile(
    r"<!--(?:-*+>)?|-->|</?script(?=[\t\n\f\r />])", re.IGNORECASE
)

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
# What the content of an element is: HTML, or SVG or MathML under their roots.
_HTML, _SVG, _MATHML = 0, 1, 2
_FOREIGN_MODES = {"svg": _SVG, "math": _MATHML}
_FOREIGN_ROOTS = frozenset(_FOREIGN_MODES)
# Where SVG and MathML content holds HTML again (the standard's integration
# points; MathML's annotation-xml depends on its attributes: left out).
_SVG_POINTS = frozenset({"foreignobject", "desc", "title"})
_MATHML_POINTS = frozenset({"mi", "mo", "mn", "ms", "mtext"})
_INTEGRATION_POINTS = _SVG_POINTS | _MATHML_POINTS
_P = frozenset({"p"})
_TABLE = frozenset({"table"})
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
    if _properly_nested(text):
        return text
    model = _Model()
    cuts: list[tuple[int, int]] = []
    pos = 0
    while pos >= 0:
        pos = _model_tokens(text, pos, model, cuts)
    if not cuts:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in cuts:
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _model_tokens(
    text: str, pos: int, model: _Model, cuts: list[tuple[int, int]]
) -> int:
    """Feed the model the tags from *pos* to the next comment or raw text.

    Returns where to go on (past that comment or text), or -1 at the end.
    """
    for match in _HTML_TOKEN.finditer(text, pos):
        name = match["name"]
        if name is None:
            after = _text_end(match, foreign=model.in_foreign())
            if after is None:
                continue  # a bogus comment: the token is all of it
            return after
        if text[match.end() - 1] != ">":
            return -1  # the tag runs to the end: the tokenizer drops it
        name = _ascii_lower(name)
        if match["end"]:
            _end_tag(model, name)
            continue
        start, end = match.span()
        skip = _start_tag(
            model, name, self_closing=_self_closing(match), length=end - start
        )
        if skip == "cut":
            cuts.append((start, end))
        elif skip == "raw":
            return -1 if name == "plaintext" else _raw_end(text, name, end)
    return -1


def _text_end(match: re.Match[str], *, foreign: bool) -> int | None:
    """Where a comment, or CDATA in SVG or MathML, opened by *match* ends.

    -1 if it runs to the end; None for any other nameless token (a bogus
    comment, which the token already spans).
    """
    text, start = match.string, match.start()
    if match["comment"]:
        return _comment_end(text, start)
    if foreign and text.startswith("<![CDATA[", start):
        close = text.find("]]>", start + 9)
        return -1 if close < 0 else close + 3  # text, not tags
    return None


def _self_closing(match: re.Match[str]) -> bool:
    """Whether a tag ends "/>" (not a value's last character, as in a=b/>)."""
    return match.end("gap") == match.end() - 1 and match.string[match.end() - 2] == "/"


def _comment_end(text: str, start: int) -> int:
    """Where the comment opened at *start* ends, or -1 if it never does."""
    inside = start + 4
    if text.startswith(">", inside):
        return inside + 1
    if text.startswith("->", inside):
        return inside + 2
    close = _COMMENT_CLOSE.search(text, inside)
    return -1 if close is None else close.end()


_RAW_END: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"</{name}[\t\n\f\r />]", re.IGNORECASE) for name in _RAW_TEXT
}


def _raw_end(text: str, name: str, pos: int) -> int:
    """Where the text of a raw-text element opened before *pos* ends, or -1."""
    if name == "script":
        return _script_end(text, pos)
    match = _RAW_END[name].search(text, pos)
    return -1 if match is None else match.start()


def _script_end(text: str, pos: int) -> int:
    """Where script text ends, following the tokenizer's escape states.

    ``<script><!--<script></script></div>--></script>`` is one script: inside
    "<!--", a "<script" nests a level that the next "</script" only closes.
    """
    escaped = nested = False
    for step in _SCRIPT_STEP.finditer(text, pos):
        token = step.group()
        if token[1] == "!":
            if token.endswith(">"):
                escaped = nested = False  # "<!-->": in and out at once
            elif not escaped:
                escaped = True
        elif token[0] == "-":  # "-->"
            escaped = nested = False
        elif token[1] == "/":
            if not nested:
                return step.start()
            nested = False
        elif escaped:
            nested = True
    return -1


# Start tags the fast path leaves to the model: they end all parsing, or
# their rules are not a stack of open elements.
_ODD = frozenset({"plaintext", "frameset"})
# Elements whose end tag may be left out: an end tag further out closes them.
_OPTIONAL_END = _names(
    "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption "
    "rb rt rtc rp"
)
_NOT_PUSHED = _VOID | {"html", "head", "body"}
# Elements the tree builder may hold open beyond twice the tags' depth: html
# and body, the formatting elements it reopens, and a margin.
_IMPLIED_MARGIN = 12
# Most tag names remembered folded (a page of made-up names gets no more).
_MAX_FOLDS = 256

# What a start tag in HTML content asks of the fast path, in one lookup
# (absent: an element that just nests). A name in two sets gets the later
# kind, which the tree builder's rules put first.
_FORMATTING_KIND, _FOREIGN_KIND, _ODD_KIND, _RAW_KIND, _NOT_PUSHED_KIND = range(5)
_START_KIND: dict[str, int] = {}
for _kind, _members in (
    (_FORMATTING_KIND, _FORMATTING),
    (_FOREIGN_KIND, _FOREIGN_ROOTS),
    (_ODD_KIND, _ODD),
    (_RAW_KIND, _RAW_TEXT),
    (_NOT_PUSHED_KIND, _NOT_PUSHED),
):
    _START_KIND.update(dict.fromkeys(_members, _kind))


def _properly_nested(text: str) -> bool:
    """Whether the page's tags nest properly, shallow enough: no model needed.

    Properly nested means each end tag closes the innermost open element
    (after open elements whose end tag may be left out, such as ``<p>``
    and ``<li>``), or names no open element at all. For such tags the tree
    builder's stack follows the tags: it is never deeper than twice theirs
    plus a few implied elements, and it keeps no formatting element open
    that the tags do not. So tags at most half of :data:`MAX_DEPTH` deep
    (less a margin) with at most :data:`MAX_FORMATTING` formatting elements
    open are within both limits. Real pages nearly all are, and this pass is
    cheaper than the model; anything unusual (misnesting, foreign content
    read differently) answers False and the model decides.
    """
    deepest = (MAX_DEPTH - _IMPLIED_MARGIN) // 2
    stack: list[str] = []
    # (stack size, content) wherever an element's content differs from its
    # parent's: SVG or MathML content, or HTML again at an integration point
    changes: list[tuple[int, int]] = []
    mode = _HTML
    # how many of each name are open: "is any open" in O(1) even when a
    # page sends many end tags for elements deep in the stack
    open_names: dict[str, int] = {}
    formatting = 0
    start_kind = _START_KIND.get
    # tag names as written → folded: a page uses a few dozen
    folds: dict[str, str] = {}
    pos = 0
    while pos >= 0:
        for match in _HTML_TOKEN.finditer(text, pos):
            end, name = match.group(2, 3)
            if name is None:
                after = _text_end(match, foreign=mode != _HTML)
                if after is None:
                    continue
                pos = after
                break
            # (a last tag cut off by the end is dropped by the tokenizer;
            # counting it anyway only errs towards the model)
            folded = folds.get(name)
            if folded is None:
                folded = _ascii_lower(name)
                if len(folds) < _MAX_FOLDS:
                    folds[name] = folded
            name = folded
            if end:
                if mode != _HTML and name in _FOREIGN_BREAKOUT_END:
                    return False
                if stack and stack[-1] == name:  # the common case
                    stack.pop()
                    open_names[name] -= 1
                elif not open_names.get(name):
                    continue  # closes nothing: the tree builder ignores it
                else:
                    while True:
                        top = stack.pop()
                        open_names[top] -= 1
                        if top == name:
                            break
                        if top not in _OPTIONAL_END:
                            return False
                if changes and len(stack) < changes[-1][0]:
                    while changes and len(stack) < changes[-1][0]:
                        changes.pop()
                    mode = changes[-1][1] if changes else _HTML
                if name in _FORMATTING:
                    formatting -= 1
                continue
            if mode == _HTML:
                kind = start_kind(name)
                if kind is None:  # the common case: an element that nests
                    stack.append(name)
                    open_names[name] = open_names.get(name, 0) + 1
                    if len(stack) > deepest:
                        return False
                    continue
                if kind == _NOT_PUSHED_KIND:
                    continue
                if kind == _RAW_KIND:
                    pos = _raw_end(text, name, match.end())
                    break
                if kind == _ODD_KIND:
                    return False
                if kind == _FOREIGN_KIND:
                    if _self_closing(match):
                        continue  # "<svg/>" opens nothing
                    content = _FOREIGN_MODES[name]
                else:
                    content = _HTML
            else:
                if name in _BREAKOUT or name in _FOREIGN_ODD:
                    return False  # leaves foreign content: the model knows how
                if _self_closing(match):
                    continue
                points = _SVG_POINTS if mode == _SVG else _MATHML_POINTS
                content = _HTML if name in points else mode
            stack.append(name)
            open_names[name] = open_names.get(name, 0) + 1
            if content != mode:
                changes.append((len(stack), content))
                mode = content
            if len(stack) > deepest:
                return False
            if name in _FORMATTING:
                formatting += 1
                long_tag = match.end() - match.start() > MAX_FORMATTING_TAG
                if formatting > MAX_FORMATTING or long_tag:
                    return False
        else:
            return True
    return True


def _ascii_lower(name: str) -> str:
    """A tag name as the tokenizer folds it: ASCII letters only.

    ``str.lower`` also folds "K" (the Kelvin sign) to "k", which would make
    ``</aK>`` close ``<ak>`` where a browser closes nothing.
    """
    return name.lower() if name.isascii() else name.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


# In foreign content, start tags the fast path leaves to the model too.
_FOREIGN_ODD = _ODD | {"font", "annotation-xml", "mglyph", "malignmark"}
_FOREIGN_BREAKOUT_END = frozenset({"br", "p"})


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
    if self_closing and name in _FOREIGN_ROOTS:
        return None  # "<svg/>" opens nothing: what follows is still HTML
    if name in {"option", "optgroup"} and model.names and model.names[-1] == "option":
        # only an <option> that is the current node closes
        model.pop_to(len(model.names) - 1)
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
