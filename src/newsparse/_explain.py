"""Explain mode: every block that left the body, and why.

The content finder records a reason on each segment as it decides; this
module only turns those records into :class:`~newsparse.Decision` values,
so that explaining costs nothing when it is not asked for.
"""

from __future__ import annotations

from newsparse._content import Selection
from newsparse._model import Decision
from newsparse._segment import Role


__all__ = ["explain"]


def explain(selection: Selection) -> tuple[Decision, ...]:
    """Decisions for every segment not in the body, in page order."""
    in_body = {id(s) for s in selection.body}
    related = {id(s) for s in selection.related}
    captions = {id(s) for s in selection.captions}
    decisions: list[Decision] = []
    for s in selection.segments:
        if id(s) in in_body and not s.reason:
            continue
        if id(s) in captions:
            decisions.append(
                Decision(
                    text=s.text,
                    action="caption",
                    reason=f"a {s.role.value} of the article's picture",
                )
            )
        elif id(s) in related:
            decisions.append(
                Decision(
                    text=s.text,
                    action="related_link",
                    reason="an inline link to another story, inside the article",
                )
            )
        elif s.role is not Role.TEXT:
            decisions.append(
                Decision(
                    text=s.text,
                    action="removed",
                    reason=f"a {s.role.value} outside the article",
                )
            )
        else:
            decisions.append(
                Decision(text=s.text, action="removed", reason=s.reason or "not prose")
            )
    return tuple(decisions)
