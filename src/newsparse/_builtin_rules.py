"""Rules for publishing platforms, recognised by their markup, not their host.

Thousands of sites run on the same few platforms, whose themes keep the
post in a known element. Each rule here only *narrows* the generic content
finder to that element (``extends_generic=True``) and removes the
platform's own widgets; a page where the element is missing falls back to
the generic finder. Metadata stays generic: these platforms declare it well
in ``<head>``.

A host rule (installed or explicit) always beats these; block one with
``load_installed().without("wordpress")``.
"""

from __future__ import annotations

import functools

from newsparse._rule import SiteRule


__all__ = ["builtin_rules"]


@functools.cache
def builtin_rules() -> tuple[SiteRule, ...]:
    """The built-in platform rules (built once, on first use)."""
    return (
        SiteRule(
            name="wordpress",
            # The generator tag and the REST API link are what WordPress
            # core prints in <head> by default.
            markers=(
                'meta[name="generator" i][content^="WordPress" i]',
                'link[rel="https://api.w.org/"]',
            ),
            # Core and most themes wrap the post content in .entry-content.
            body=(".entry-content",),
            # Jetpack's share/like bar, related posts and ad units.
            drop=(".sharedaddy", "#jp-relatedposts", ".jp-relatedposts", ".wpcnt"),
        ),
        SiteRule(
            name="ghost",
            markers=('meta[name="generator" i][content^="Ghost" i]',),
            # Ghost 4+ themes (.gh-content), then Casper 3 (.post-full-content).
            body=(".gh-content", ".post-full-content"),
            # The members upgrade prompt and the signup card.
            drop=(".gh-post-upgrade-cta", ".kg-signup-card"),
        ),
        SiteRule(
            name="substack",
            markers=(
                'link[href^="https://substackcdn.com"]',
                'script[src^="https://substackcdn.com"]',
            ),
            body=(".available-content .body.markup", ".body.markup"),
            # Subscribe widgets and the "Subscribe now"/"Share" buttons that
            # Substack puts between paragraphs.
            drop=(".subscription-widget-wrap", "p.button-wrapper"),
        ),
        SiteRule(
            name="blogger",
            markers=('meta[name="generator" i][content="Blogger" i]',),
            # Blogger's layouts keep the post in div.post-body.
            body=(".post-body",),
            drop=(".post-share-buttons",),
        ),
    )
