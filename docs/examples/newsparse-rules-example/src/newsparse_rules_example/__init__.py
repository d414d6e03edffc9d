"""Site rules for two (fictional) newspapers, as a newsparse plugin.

- The Daily Planet: a rule in Python, with both hooks.
- The Gazette: a rule in a TOML file shipped as package data, loaded by a
  factory so that nothing is read until newsparse asks for it.
"""

from __future__ import annotations

from importlib import resources
from urllib.parse import urlsplit

import attrs

from newsparse import Article
from newsparse.rules import Node, RuleContext, SiteRule, load_toml


__all__ = ["DAILY_PLANET", "gazette_rules"]


def _load_lazy_images(tree: Node, ctx: RuleContext) -> None:
    """The Planet lazy-loads pictures: the real URL is in ``data-dp-src``.

    A selector cannot rewrite an attribute, so this is a ``prepare`` hook;
    it runs before extraction, so captions get the real image.
    """
    del ctx
    for image in tree.css("img[data-dp-src]"):
        image.attrs["src"] = image.attrs["data-dp-src"]


def _section_from_path(article: Article, ctx: RuleContext) -> Article:
    """The Planet's URLs are ``/news/<section>/…``; the page never says it."""
    parts = urlsplit(ctx.url or "").path.strip("/").split("/")
    if len(parts) < 2 or parts[0] != "news" or article.metadata.section:
        return article
    metadata = attrs.evolve(article.metadata, section=parts[1].title())
    return attrs.evolve(article, metadata=metadata)


DAILY_PLANET = SiteRule(
    name="dailyplanet",
    domains={"dailyplanet.example"},
    title=["h1.dp-headline"],
    authors=[".dp-meta .dp-reporter"],
    published=[".dp-filed::attr(data-filed)"],
    body=[".dp-story"],
    drop=[".dp-pitch", ".dp-share"],
    captions=[".dp-story figcaption"],
    related=["aside.dp-related"],
    prepare=_load_lazy_images,
    finalize=_section_from_path,
)


def gazette_rules() -> tuple[SiteRule, ...]:
    """The rules kept as TOML files in this package's ``rules`` folder."""
    with resources.as_file(resources.files(__name__) / "rules") as folder:
        return load_toml(folder)
