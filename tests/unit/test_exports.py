from __future__ import annotations

import newsparse
import newsparse.errors
import newsparse.rules


def test_all_is_sorted_and_complete():
    assert newsparse.__all__ == sorted(newsparse.__all__)
    for name in newsparse.__all__:
        assert hasattr(newsparse, name)


def test_errors_all_is_sorted_and_exported():
    assert newsparse.errors.__all__ == sorted(newsparse.errors.__all__)
    for name in newsparse.errors.__all__:
        assert isinstance(getattr(newsparse.errors, name), type)


def test_every_public_name_has_a_docstring():
    for name in newsparse.__all__:
        if name.startswith("__"):
            continue
        obj = getattr(newsparse, name)
        assert obj.__doc__, name


def test_version_is_a_string():
    assert newsparse.__version__.count(".") == 2


def test_rules_module_surface_is_sorted_and_documented():
    assert newsparse.rules.__all__ == sorted(newsparse.rules.__all__)
    assert dir(newsparse.rules) == newsparse.rules.__all__
    for name in newsparse.rules.__all__:
        obj = getattr(newsparse.rules, name)
        if callable(obj):
            assert obj.__doc__, name
