from __future__ import annotations

from newsparse._caption_metric import Counts, score_captions, score_links, token_f1


def test_equal_texts_match_despite_case_space_and_outer_punctuation():
    caps, _, pairs = score_captions(
        [("A man walks by.", None)], [("  a MAN   walks by", None)]
    )
    assert (caps.matched, pairs) == (1, [(0, 0)])


def test_high_token_overlap_matches_and_low_overlap_does_not():
    truth = [("Jose Mourinho has agreed a deal to become manager of Tottenham", None)]
    close = [
        ("Image: Jose Mourinho has agreed a deal to become manager of Tottenham", None)
    ]
    far = [("Tottenham manager", None)]
    assert score_captions(truth, close)[0].matched == 1
    assert score_captions(truth, far)[0].matched == 0


def test_matching_is_one_to_one():
    truth = [("Whale expert Hori Parata.", None)]
    pred = [("Whale expert Hori Parata.", None), ("Whale expert Hori Parata", None)]
    caps, _, _ = score_captions(truth, pred)
    assert (caps.matched, caps.predicted, caps.precision) == (1, 2, 0.5)


def test_credit_only_captions_are_compared_by_credit():
    caps, cred, _ = score_captions(
        [("", "© REUTERS / POOL")], [("", "© Reuters / Pool")]
    )
    assert caps.matched == 1
    assert cred.matched == 1


def test_credit_labels_do_not_count_and_containment_agrees():
    truth = [("Nelson scores.", "AP Photo/Gene J. Puskar")]
    assert score_captions(truth, [("Nelson scores.", "Photo: Gene J. Puskar")])[1] == (
        Counts(1, 1, 1)
    )
    assert score_captions(truth, [("Nelson scores.", "Reuters")])[1] == Counts(1, 1, 0)
    assert score_captions(truth, [("Nelson scores.", None)])[1] == Counts(0, 1, 0)


def test_links_match_on_url_without_fragment_and_are_counted_once():
    counts = score_links(
        ["https://a.example/1", "https://a.example/2"],
        ["https://a.example/1#top", "https://a.example/1", "https://b.example/"],
    )
    assert counts == Counts(predicted=2, truth=2, matched=1)
    assert (counts.precision, counts.recall) == (0.5, 0.5)


def test_nothing_predicted_is_perfect_precision_and_no_truth_perfect_recall():
    assert Counts(0, 3, 0).precision == 1.0
    assert Counts(2, 0, 0).recall == 1.0
    assert token_f1("", "anything") == 0.0
