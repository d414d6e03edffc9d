"""Body accuracy on the Zyte benchmark must not fall below the pinned floor."""

from __future__ import annotations

import gzip
import json

import pytest

import newsparse
from newsparse._metric import aggregate, score_page


# The figure reached when the floor was last raised, rounded down.
F1_FLOOR = 0.970

pytestmark = pytest.mark.corpus


def test_zyte_f1_stays_above_the_floor(shared_data):
    root = shared_data / "zyte"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    scores = []
    for page_id, item in truth.items():
        html = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        article = newsparse.parse(html, url=item["url"])
        scores.append(score_page(item["articleBody"], article.text))
    metrics = aggregate(scores)
    assert len(scores) == 181
    assert metrics.f1 >= F1_FLOOR, metrics
