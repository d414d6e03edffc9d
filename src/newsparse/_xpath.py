"""Translate the XPath that site configs use into CSS, or say exactly why not.

selectolax speaks CSS. FiveFilters' site configs speak XPath 1.0, but almost
all of it is a small subset with exact CSS equivalents:

- ``//div/p``, ``//div//p`` → ``div > p``, ``div p``
- ``/html/body/div[2]`` → ``html > body > div:nth-of-type(2)``
- ``[@id='a']``, ``[@id]``, ``[@id!='a']`` → ``[id="a"]``, ``[id]``,
  ``[id]:not([id="a"])``
- ``[contains(@class,'a')]``, ``[starts-with(@href,'a')]`` → ``[class*="a"]``,
  ``[href^="a"]``
- ``[contains(concat(' ',normalize-space(@class),' '),' a ')]`` →
  ``[class~="a"]``
- ``[a or b]``, ``[a and b]``, ``[not(a)]`` → ``:is(a, b)``, ``ab``, ``:not(a)``
- ``[1]``, ``[last()]`` as a step's first predicate → ``:nth-of-type(1)``,
  ``:last-of-type``
- ``[p]``, ``[.//p]`` → ``:has(> p)``, ``:has(p)``
- ``//a/..``, ``//a/parent::div`` → ``:has(> a)``, ``div:has(> a)``
- ``following-sibling::*``, ``following-sibling::*[1]`` → ``~ *``, ``+ *``
- ``//a/preceding-sibling::div`` → ``div:has(~ a)``
- ``//meta/@content`` → ``meta::attr(content)`` (fields that read values)
- ``(//h1)[1]`` → ``h1`` (fields that use only the first match)

Everything else (text tests such as ``contains(., 'x')`` or ``text()``,
string functions, positions among filtered nodes, most reverse axes) has no
CSS equivalent and raises :class:`Untranslatable` with the position and the
reason: guessing would make a rule select the wrong thing silently.
"""

from __future__ import annotations

import re

import attrs


__all__ = ["Untranslatable", "translate"]


class Untranslatable(Exception):  # noqa: N818 (a result, reported, not a failure)
    """An XPath expression, or part of one, that CSS cannot express."""

    def __init__(self, reason: str, column: int) -> None:
        """Keep the reason and the 1-based column it applies to."""
        super().__init__(f"column {column}: {reason}")
        self.reason = reason
        self.column = column


_TOKEN = re.compile(
    r"""\s*(?:
    (?P<str>"[^"]*"|'[^']*')
    |(?P<num>\d+(?:\.\d+)?)
    |(?P<op>//|::|\.\.|!=|<=|>=|[/()\[\]|,=@*.<>+-])
    |(?P<name>[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)
    )""",
    re.VERBOSE,
)

# A predicate that only names the element (``[self::div]``) is returned as
# this mark plus the tag, so that a plain ``[self::div]`` can merge into the
# step's type selector instead of becoming ``:is(div)``.
_TAG = "\x00tag:"

_TEXT_FUNCTIONS = frozenset({"text", "string", "normalize-space", "string-length"})
_NO_CSS = "CSS cannot test text"


@attrs.frozen
class _Tok:
    kind: str
    value: str
    pos: int


@attrs.define
class _Compound:
    tag: str = "*"
    conds: list[str] = attrs.Factory(list)

    def css(self) -> str:
        text = "".join(self.conds)
        if self.tag != "*":
            return _ident(self.tag.lower()) + text
        return text or "*"


@attrs.define
class _Path:
    """A CSS complex selector as (combinator, compound) parts."""

    parts: list[tuple[str, _Compound]] = attrs.Factory(list)
    attribute: str | None = None

    def css(self, *, relative: bool = False) -> str:
        out = []
        for index, (comb, compound) in enumerate(self.parts):
            if index == 0 and not relative:
                out.append(compound.css())
            else:
                out.append(f"{comb.strip()} {compound.css()}".strip())
        return " ".join(out)


def _ident(name: str) -> str:
    return re.sub(r"([^A-Za-z0-9_-])", r"\\\1", name)


def _string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ")
    return f'"{escaped}"'


def translate(xpath: str, *, values: bool = False, first: bool = False) -> str:
    """Translate *xpath* into a CSS selector list.

    Args:
        xpath: The expression.
        values: The field reads values, so a final ``/@attr`` step becomes
            ``::attr(attr)``.
        first: The field uses only the first match, so ``(…)[1]`` may
            drop its position.

    Returns:
        The CSS selector list.

    Raises:
        Untranslatable: The expression has no exact CSS equivalent.
    """
    parser = _Parser(xpath, values=values, first=first)
    return parser.parse()


class _Parser:
    def __init__(self, text: str, *, values: bool, first: bool) -> None:
        self.text = text
        self.values = values
        self.first = first
        self.tokens = self._tokenize(text)
        self.i = 0

    # -- tokens -----------------------------------------------------------

    def _tokenize(self, text: str) -> list[_Tok]:
        tokens = []
        pos = 0
        while pos < len(text):
            if text[pos:].strip() == "":
                break
            match = _TOKEN.match(text, pos)
            if match is None or match.end() == pos:
                start = pos + len(text[pos:]) - len(text[pos:].lstrip())
                reason = f"unexpected {text[start]!r}"
                raise Untranslatable(reason, start + 1)
            kind = match.lastgroup or "op"
            value = match.group(kind)
            tokens.append(_Tok(kind, value, match.start(kind)))
            pos = match.end()
        tokens.append(_Tok("end", "", len(text)))
        return tokens

    def peek(self, offset: int = 0) -> _Tok:
        return self.tokens[min(self.i + offset, len(self.tokens) - 1)]

    def at(self, *values: str, offset: int = 0) -> bool:
        tok = self.peek(offset)
        return tok.kind in {"op", "name"} and tok.value in values

    def take(self) -> _Tok:
        tok = self.peek()
        self.i += 1
        return tok

    def expect(self, value: str) -> _Tok:
        tok = self.peek()
        if tok.value != value or tok.kind == "str":
            self.fail(f"expected {value!r}, found {tok.value or 'the end'!r}", tok)
        return self.take()

    def fail(self, reason: str, tok: _Tok | None = None) -> None:
        where = tok if tok is not None else self.peek()
        raise Untranslatable(reason, where.pos + 1)

    # -- top level --------------------------------------------------------

    def parse(self) -> str:
        paths = self.union()
        if self.peek().kind != "end":
            self.fail(f"unexpected {self.peek().value!r}")
        attributes = {p.attribute for p in paths}
        if len(attributes) > 1:
            self.fail("the alternatives read different attributes", self.tokens[0])
        attribute = attributes.pop()
        css = ", ".join(p.css() for p in paths)
        return f"{css}::attr({attribute})" if attribute else css

    def union(self) -> list[_Path]:
        paths = self.grouped()
        while self.at("|"):
            self.take()
            paths.extend(self.grouped())
        return paths

    def grouped(self) -> list[_Path]:
        if self.peek().kind == "str" or (self.at("(") and self.peek(1).kind == "str"):
            self.fail("a constant string, not a selection", self.peek())
        if not self.at("("):
            if self.peek().kind == "name" and self.at("(", offset=1):
                tok = self.peek()
                self.fail(f"{tok.value}() computes a string; {_NO_CSS}", tok)
            return [self.path(context=False)]
        open_tok = self.take()
        paths = self.union()
        self.expect(")")
        if self.at("["):
            tok = self.take()
            if not (self.peek().value == "1" and self.at("]", offset=1)):
                self.fail("a position in the whole document has no CSS equivalent", tok)
            if not self.first:
                self.fail(
                    "(…)[1] keeps only the first match in the document; "
                    "CSS selects all, and this field uses all",
                    open_tok,
                )
            self.take()
            self.take()
        return paths

    # -- paths ------------------------------------------------------------

    def path(self, *, context: bool) -> _Path:
        """A location path; *context* paths are relative to a predicate's node."""
        path = _Path()
        start = self.peek()
        if self.at(".") and self.peek(1).value in {"/", "//"}:
            self.take()
            sep = self.take().value
        elif self.at("/", "//"):
            sep = self.take().value
            if context:
                self.fail("an absolute path inside a predicate", start)
        elif context:
            sep = "/"
        else:
            self.fail(
                "a relative path selects children of the document itself; "
                "write //… to search the page",
                start,
            )
        absolute = not context and sep == "/"
        while True:
            self.step(path, sep, absolute=absolute and not path.parts, context=context)
            if path.attribute is not None:
                break
            if self.at("/", "//"):
                sep = self.take().value
                continue
            break
        return path

    def step(self, path: _Path, sep: str, *, absolute: bool, context: bool) -> None:
        tok = self.peek()
        if self.at("@"):
            self.take()
            self.attribute_step(path, self.take(), context=context)
            return
        if self.at(".."):
            self.take()
            self.parent(path, _Compound(), tok)
            return
        if self.at("."):
            self.take()
            return
        axis = "child"
        if self.peek().kind == "name" and self.at("::", offset=1):
            axis = self.take().value
            self.take()
        if axis == "attribute":
            self.attribute_step(path, self.take(), context=context)
            return
        compound = self.node_test()
        any_element = compound.tag == "*"
        positional = self.position()
        self.predicates(compound)
        comb = " " if sep == "//" else " > "
        if axis == "child":
            if positional is not None:
                compound.conds.insert(
                    0, positional[0] if compound.tag != "*" else positional[1]
                )
            if absolute and compound.tag.lower() != "html":
                compound.conds.append(":root")
            path.parts.append((comb, compound))
        elif axis == "descendant" or (axis == "self" and sep == "//"):
            self.no_position(positional, tok)
            path.parts.append((" ", compound))
        elif axis == "self":
            self.no_position(positional, tok)
            if not path.parts:
                self.fail("self:: at the start of a path", tok)
            self.merge(path.parts[-1][1], compound, tok)
        elif axis in {"parent", "ancestor"} and sep == "/":
            self.no_position(positional, tok)
            if axis == "ancestor":
                self.ancestor(path, compound, tok)
            else:
                self.parent(path, compound, tok)
        elif axis == "following-sibling" and sep == "/":
            if positional is not None:
                if not any_element or positional[0] != ":nth-of-type(1)":
                    self.fail(
                        "the n-th following sibling of a type has no CSS equivalent",
                        tok,
                    )
                path.parts.append((" + ", compound))
            else:
                path.parts.append((" ~ ", compound))
        elif axis == "preceding-sibling" and sep == "/":
            self.no_position(positional, tok)
            self.preceding(path, compound, tok)
        else:
            self.fail(f"the {axis}:: axis here has no CSS equivalent", tok)

    def attribute_step(self, path: _Path, name: _Tok, *, context: bool) -> None:
        if name.kind != "name":
            self.fail("only a named attribute can be read", name)
        if not self.values and not context:
            self.fail("this field selects elements, not attribute values", name)
        if not path.parts:
            self.fail("an attribute needs an element", name)
        path.attribute = name.value

    def node_test(self) -> _Compound:
        tok = self.take()
        if tok.kind == "op" and tok.value == "*":
            return _Compound()
        if tok.kind != "name":
            self.fail(
                f"expected an element name, found {tok.value or 'the end'!r}", tok
            )
        if self.at("("):
            if tok.value == "node":
                self.take()
                self.expect(")")
                return _Compound()
            self.fail(
                f"{tok.value}() selects text or other non-elements; {_NO_CSS}", tok
            )
        return _Compound(tag=tok.value.lower())

    def position(self) -> tuple[str, str] | None:
        """A leading ``[n]``/``[last()]``/``[position()=n]`` as CSS pairs."""
        if not self.at("["):
            return None
        tok = self.peek(1)
        if tok.kind == "num" and self.at("]", offset=2):
            self.i += 3
            n = tok.value
            if not n.isdigit() or int(n) < 1:
                self.fail("position must be a whole number from 1", tok)
            return f":nth-of-type({n})", f":nth-child({n})"
        if (
            tok.value == "last"
            and self.at("(", offset=2)
            and self.at(")", offset=3)
            and self.at("]", offset=4)
        ):
            self.i += 5
            return ":last-of-type", ":last-child"
        if (
            tok.value == "position"
            and self.at("(", offset=2)
            and self.at(")", offset=3)
            and self.at("=", offset=4)
            and self.peek(5).kind == "num"
            and self.at("]", offset=6)
        ):
            n = self.peek(5).value
            self.i += 7
            return f":nth-of-type({n})", f":nth-child({n})"
        return None

    def no_position(self, positional: tuple[str, str] | None, tok: _Tok) -> None:
        if positional is not None:
            self.fail("a position on this axis has no CSS equivalent", tok)

    def predicates(self, compound: _Compound) -> None:
        while self.at("["):
            self.take()
            if self.peek().kind == "num" or self.at("last", "position"):
                self.fail(
                    "a position after another predicate counts filtered nodes; "
                    "CSS cannot",
                )
            cond = self.or_expr()
            self.expect("]")
            if cond.startswith(_TAG):
                self.merge(
                    compound, _Compound(tag=cond.removeprefix(_TAG)), self.peek()
                )
            else:
                compound.conds.append(cond)

    def merge(self, target: _Compound, other: _Compound, tok: _Tok) -> None:
        if other.tag != "*":
            if target.tag not in {"*", other.tag}:
                self.fail(
                    f"an element cannot be both {target.tag} and {other.tag}", tok
                )
            target.tag = other.tag
        target.conds.extend(other.conds)

    def parent(self, path: _Path, compound: _Compound, tok: _Tok) -> None:
        if not path.parts:
            self.fail("a parent step at the start of a path", tok)
        comb, child = path.parts.pop()
        has = f":has(> {child.css()})"
        if not path.parts and comb == " ":
            compound.conds.append(has)
            path.parts.append((" ", compound))
        elif path.parts and comb.strip() == ">":
            self.merge(path.parts[-1][1], compound, tok)
            path.parts[-1][1].conds.append(has)
        else:
            self.fail("the parent of a descendant step has no CSS equivalent", tok)

    def ancestor(self, path: _Path, compound: _Compound, tok: _Tok) -> None:
        if len(path.parts) != 1 or path.parts[0][0] != " ":
            self.fail("ancestor:: after more than one step has no CSS equivalent", tok)
        _, child = path.parts.pop()
        compound.conds.append(f":has({child.css()})")
        path.parts.append((" ", compound))

    def preceding(self, path: _Path, compound: _Compound, tok: _Tok) -> None:
        if not path.parts or path.parts[-1][0].strip() not in {"", ">"}:
            self.fail("preceding-sibling:: here has no CSS equivalent", tok)
        comb, sibling = path.parts.pop()
        compound.conds.append(f":has(~ {sibling.css()})")
        path.parts.append((comb, compound))

    # -- predicate expressions --------------------------------------------

    def or_expr(self) -> str:
        terms = [self.and_expr()]
        while self.at("or"):
            self.take()
            terms.append(self.and_expr())
        if len(terms) == 1:
            return terms[0]
        if any(t == "" for t in terms):
            return ""
        if any(t.startswith(_TAG) for t in terms):
            terms = [t.removeprefix(_TAG) for t in terms]
        return f":is({', '.join(terms)})"

    def and_expr(self) -> str:
        terms = [self.unary()]
        while self.at("and"):
            self.take()
            terms.append(self.unary())
        tags = [t for t in terms if t.startswith(_TAG)]
        if tags and len(terms) > 1:
            rest = "".join(t for t in terms if not t.startswith(_TAG))
            named = "".join(f":is({t.removeprefix(_TAG)})" for t in tags)
            return named + rest
        return "".join(terms)

    def unary(self) -> str:
        tok = self.peek()
        if self.at("not") and self.at("(", offset=1):
            self.take()
            self.take()
            inner = self.or_expr()
            self.expect(")")
            if inner == "":
                self.fail("not(…) of something always true never matches", tok)
            inner = inner.removeprefix(_TAG)
            return f":not({inner})"
        if self.at("("):
            self.take()
            inner = self.or_expr()
            self.expect(")")
            return inner
        return self.primary()

    def primary(self) -> str:
        tok = self.peek()
        if self.at("@"):
            self.take()
            name = self.take()
            if name.kind != "name":
                self.fail("only named attributes can be tested", name)
            return self.attribute_test(name.value)
        if tok.kind == "str":
            self.take()
            op = self.take()
            if op.value not in {"=", "!="} or not self.at("@"):
                self.fail("only attributes can be compared with a string", op)
            self.take()
            name = self.take()
            if name.kind != "name":
                self.fail("only named attributes can be compared", name)
            return self.compare(name.value, op.value, tok.value[1:-1])
        if tok.kind == "num":
            self.fail("a position inside an expression has no CSS equivalent", tok)
        if tok.kind == "name" and self.at("(", offset=1):
            return self.function()
        if tok.kind == "name" and self.at("::", offset=1) and tok.value == "self":
            self.take()
            self.take()
            test = self.node_test()
            if test.tag == "*":
                return ""
            return _TAG + _ident(test.tag.lower())
        if tok.kind in {"name", "op"} and (
            tok.kind == "name" or tok.value in {".", "//", "/", "*"}
        ):
            if tok.value == "." and not self.peek(1).value.startswith("/"):
                self.fail(f"the node's own text: {_NO_CSS}", tok)
            condition = self.has()
            if self.at("=", "!=", "<", ">", "<=", ">="):
                self.fail(f"compares the text of {tok.value!r}: {_NO_CSS}", tok)
            return condition
        self.fail(f"unexpected {tok.value or 'end'!r} in a predicate", tok)
        return ""  # pragma: no cover (fail raises)

    def has(self) -> str:
        tok = self.peek()
        path = self.path(context=True)
        if path.attribute is not None:
            path.parts[-1][1].conds.append(f"[{_ident(path.attribute)}]")
        if not path.parts:
            self.fail("an empty path", tok)
        return f":has({path.css(relative=True)})"

    def attribute_test(self, name: str) -> str:
        if self.at("=", "!="):
            op = self.take()
            value = self.take()
            if value.kind != "str":
                self.fail("only comparisons with a string have a CSS equivalent", value)
            return self.compare(name, op.value, value.value[1:-1])
        if self.at("<", ">", "<=", ">="):
            self.fail("numeric comparisons have no CSS equivalent")
        return f"[{_ident(name)}]"

    def compare(self, name: str, op: str, value: str) -> str:
        exact = f"[{_ident(name)}={_string(value)}]"
        if op == "=":
            return exact
        return f"[{_ident(name)}]:not({exact})"

    def function(self) -> str:
        tok = self.take()
        name = tok.value
        self.expect("(")
        if name in {"contains", "starts-with", "ends-with"}:
            mode, attribute = self.string_source(tok)
            self.expect(",")
            literal = self.take()
            if literal.kind != "str":
                self.fail(
                    f"{name}() with a computed string has no CSS equivalent", literal
                )
            self.expect(")")
            return self.match_attribute(name, mode, attribute, literal.value[1:-1], tok)
        if name == "normalize-space" and self.at("@"):
            self.take()
            attribute = self.take().value
            self.expect(")")
            self.fail(
                f"normalize-space(@{attribute}) compared as a whole ignores "
                "surrounding spaces; CSS compares exactly",
                tok,
            )
        if name in _TEXT_FUNCTIONS:
            self.fail(f"{name}() reads text; {_NO_CSS}", tok)
        if name in {"last", "position"}:
            self.fail("positions inside an expression have no CSS equivalent", tok)
        self.fail(f"{name}() has no CSS equivalent", tok)
        return ""  # pragma: no cover (fail raises)

    def string_source(self, func: _Tok) -> tuple[str, str]:
        """The first argument of contains() and friends: which attribute, how."""
        if self.at("@") and self.peek(1).kind == "name":
            self.take()
            return "raw", self.take().value
        if self.at("concat") and self.at("(", offset=1):
            start = self.peek()
            self.take()
            self.take()
            first = self.take()
            self.expect(",")
            if not (self.at("normalize-space") and self.at("(", offset=1)):
                self.fail("concat() of anything but a padded attribute", start)
            self.take()
            self.take()
            self.expect("@")
            attribute = self.take().value
            self.expect(")")
            self.expect(",")
            last = self.take()
            self.expect(")")
            if first.value[1:-1] != " " or last.value[1:-1] != " ":
                self.fail("concat() of anything but a space-padded attribute", start)
            return "padded", attribute
        if (
            self.at("normalize-space")
            and self.at("(", offset=1)
            and self.at("@", offset=2)
        ):
            self.take()
            self.take()
            self.take()
            attribute = self.take().value
            self.expect(")")
            return "normalized", attribute
        tok = self.peek()
        if tok.value in {".", "text", "string", "normalize-space"}:
            self.fail(f"{func.value}() on text: {_NO_CSS}", tok)
        self.fail(f"{func.value}() on this value has no CSS equivalent", tok)
        return "", ""  # pragma: no cover (fail raises)

    def match_attribute(
        self, func: str, mode: str, attribute: str, value: str, tok: _Tok
    ) -> str:
        name = _ident(attribute)
        if mode == "padded":
            word = value.strip()
            if func != "contains":
                self.fail(f"{func}() on a padded attribute", tok)
            if value == f" {word} " and word and not re.search(r"\s", word):
                return f"[{name}~={_string(word)}]"
            if not re.search(r"\s", value):
                return f"[{name}*={_string(value)}]" if value else ""
            self.fail("a class phrase across several words has no CSS equivalent", tok)
        if mode == "normalized" and re.search(r"\s", value):
            self.fail("a phrase in a space-normalised attribute", tok)
        if mode == "normalized" and func != "contains":
            self.fail(f"{func}() on a space-normalised attribute", tok)
        if not value:
            return "" if func == "contains" or mode == "raw" else f"[{name}]"
        op = {"contains": "*=", "starts-with": "^=", "ends-with": "$="}[func]
        return f"[{name}{op}{_string(value)}]"
