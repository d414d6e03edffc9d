"""The FiveFilters corpus loads, and its XPath translates, above pinned floors."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from newsparse._cli import main
from newsparse._ftr import read_ftr_dir


# Issue 6 asks for 85 %; the floors are the figures reached, rounded down.
REQUIRED = 0.85
FLOORS = {"body": 0.965, "strip": 0.895, "title": 0.89, "author": 0.77, "date": 0.82}
MIN_RULES = 1950

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def corpus(shared_data):
    return read_ftr_dir(shared_data / "ftr-site-config")


def test_body_and_strip_expressions_translate(corpus):
    total, done = Counter(), Counter()
    for item in corpus:
        for expression in item.expressions:
            total[expression.directive] += 1
            done[expression.directive] += expression.css is not None
    shares = {d: done[d] / total[d] for d in FLOORS}
    assert total["body"] > 1900
    assert total["strip"] > 3000
    assert shares["body"] >= REQUIRED
    assert shares["strip"] >= REQUIRED
    for directive, floor in FLOORS.items():
        assert shares[directive] >= floor, (directive, shares[directive])


def test_nearly_every_site_config_loads(corpus):
    loaded = [item for item in corpus if item.rule is not None]
    refused = [item.path for item in corpus if item.error is not None]
    assert len(loaded) >= MIN_RULES
    assert [p.rsplit("/", 1)[1] for p in refused] == ["gov.uk.txt"]


def test_rules_check_prints_the_figures(shared_data, capsys):
    status = main(["rules", "check", str(shared_data / "ftr-site-config")])
    out = capsys.readouterr().out
    assert status == 1  # gov.uk.txt is a public suffix and is refused
    assert re.search(r"ftr-site-config: \d{4} files", out)
    for directive in ("body", "strip", "title", "author", "date"):
        match = re.search(
            rf"^  {directive} +(\d+)/(\d+) +([\d.]+)%$", out, re.MULTILINE
        )
        assert match is not None, directive
        done, total, share = int(match[1]), int(match[2]), float(match[3])
        assert abs(100 * done / total - share) < 0.1
    assert "refused: gov.uk.txt: 'gov.uk' is a public suffix" in out
