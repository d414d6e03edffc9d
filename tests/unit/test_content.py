"""The content finder on small pages written for one behaviour each."""

from __future__ import annotations

import newsparse
from newsparse import BlockKind


PROSE = (
    "The council voted on Tuesday to extend the program for another year, "
    "citing strong demand from residents and local businesses."
)


def page(article: str, *, before: str = "", after: str = "") -> str:
    nav = "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    menu = (
        "<ul class='menu'>"
        + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12))
        + "</ul>"
    )
    return (
        f"<html><head><title>T</title></head><body>{nav}{menu}{before}"
        f"<div class='main'>{article}</div>{after}"
        "<footer><p>© 2024 The Paper. All rights reserved.</p></footer></body></html>"
    )


def test_paragraphs_are_found_and_navigation_is_not():
    article = newsparse.parse(page(f"<p>{PROSE}</p><p>{PROSE} Again.</p>"))
    assert [b.text for b in article.body] == [PROSE, f"{PROSE} Again."]


def test_no_article_gives_an_empty_body():
    article = newsparse.parse("<html><body><a href='/a'>Home</a></body></html>")
    assert article.body == ()
    assert article.text == ""


def test_empty_input_gives_an_empty_article():
    assert newsparse.parse("").body == ()
    assert newsparse.parse(b"   \n").body == ()


def test_headings_lists_quotes_and_code_keep_their_kind():
    html = page(
        f"<p>{PROSE}</p><h2>What happens next</h2><p>{PROSE}</p>"
        "<ul><li>First point of the plan</li><li>Second point of the plan</li></ul>"
        f"<blockquote><p>{PROSE}</p></blockquote><pre>line 1\n  line 2</pre>"
        f"<p>{PROSE} End.</p>"
    )
    kinds = [(b.kind, b.text) for b in newsparse.parse(html).body]
    assert (BlockKind.HEADING, "What happens next") in kinds
    assert (BlockKind.LIST_ITEM, "First point of the plan") in kinds
    assert (BlockKind.QUOTE, PROSE) in kinds
    assert (BlockKind.PREFORMATTED, "line 1\n  line 2") in kinds


def test_data_tables_become_rows_of_cells():
    html = page(
        f"<p>{PROSE}</p><table><tr><th>City</th><th>Votes</th></tr>"
        f"<tr><td>Lyon</td><td>12</td></tr></table><p>{PROSE} End.</p>"
    )
    rows = [b for b in newsparse.parse(html).body if b.kind is BlockKind.TABLE_ROW]
    assert [r.cells for r in rows] == [("City", "Votes"), ("Lyon", "12")]


def test_text_inside_a_script_link_is_not_link_text():
    # A javascript: link leads nowhere; its text is the page's own.
    inert = newsparse.parse(page(f"<a href='javascript:'><p>{PROSE}</p></a>"))
    linked = newsparse.parse(page(f"<a href='/other'><p>{PROSE}</p></a>"))
    assert [b.text for b in inert.body] == [PROSE]
    assert linked.body == ()


def test_a_data_table_with_a_paragraph_in_a_cell_stays_a_table():
    table = (
        "<table><tr><th>Film</th><th>Plot</th></tr>"
        f"<tr><td>Loop</td><td><p>{PROSE}</p></td></tr></table>"
    )
    layout = table.replace("<th>", "<td>").replace("</th>", "</td>")
    rows = [
        b.cells
        for b in newsparse.parse(page(f"<p>{PROSE}</p>{table}")).body
        if b.kind is BlockKind.TABLE_ROW
    ]
    assert rows == [("Film", "Plot"), ("Loop", PROSE)]
    kinds = {b.kind for b in newsparse.parse(page(f"<p>{PROSE}</p>{layout}")).body}
    assert BlockKind.TABLE_ROW not in kinds


def test_text_split_by_an_ad_is_merged():
    html = page(
        f"<div class='part'><p>{PROSE} One.</p><p>{PROSE} Two.</p></div>"
        "<div class='ad-slot'>Advertisement</div>"
        f"<div class='part'><p>{PROSE} Three.</p></div>"
    )
    texts = [b.text for b in newsparse.parse(html).body]
    assert texts == [f"{PROSE} One.", f"{PROSE} Two.", f"{PROSE} Three."]


def test_share_bar_and_comments_stay_out():
    html = page(
        f"<p>{PROSE}</p><div class='share-tools'><a href='#'>Facebook</a>"
        "<a href='#'>Twitter</a></div>"
        f"<p>{PROSE} More.</p>",
        after="<section id='comments'><p>" + PROSE + " I disagree!</p></section>",
    )
    text = newsparse.parse(html).text
    assert "Facebook" not in text
    assert "I disagree" not in text


def test_hidden_elements_are_ignored():
    html = page(
        f"<p>{PROSE}</p><p style='display:none'>Secret text.</p><p hidden>Gone.</p>"
    )
    text = newsparse.parse(html).text
    assert "Secret" not in text
    assert "Gone" not in text


def test_cjk_prose_without_spaces_is_found():
    zh = "北京市政府周二宣布，将在明年扩大公共交通网络，以缓解日益严重的交通拥堵问题。"
    ja = "東京都は火曜日、来年から公共交通網を拡大し、深刻化する交通渋滞の緩和を目指すと発表した。"
    html = page(f"<p>{zh}</p><p>{ja}</p>")
    assert newsparse.parse(html).text == f"{zh}\n\n{ja}"


def test_title_heading_is_not_repeated_in_the_body():
    html = page(f"<h1>Council extends program</h1><p>{PROSE}</p>").replace(
        "<title>T</title>", "<title>Council extends program</title>"
    )
    article = newsparse.parse(html)
    assert article.title == "Council extends program"
    assert article.body[0].text == PROSE


def test_short_paragraph_between_prose_is_kept():
    html = page(f"<p>{PROSE}</p><p>He declined.</p><p>{PROSE} Later.</p>")
    assert "He declined." in [b.text for b in newsparse.parse(html).body]


def test_short_call_to_action_is_dropped_but_a_sentence_mentioning_it_is_kept():
    mention = (
        "Residents who subscribe to the city's newsletter were told of the vote a week "
        "earlier than others, which critics said gave them an unfair advantage in the "
        "consultation."
    )
    html = page(
        f"<p>{PROSE}</p><p>{mention}</p><p><a href='/nl'>Subscribe to our newsletter</a></p>"
        f"<p>{PROSE} Later.</p>"
    )
    texts = [b.text for b in newsparse.parse(html).body]
    assert mention in texts
    assert "Subscribe to our newsletter" not in texts


def test_a_call_to_action_word_inside_a_sentence_is_prose():
    kept = [
        "The mayor declined to comment.",
        "A spokeswoman did not respond to a request for comment.",
    ]
    dropped = ["Post Comment (+)", "Like this story? Share it with a friend!", "Advert"]
    code = "fetch('/login', {method: 'POST'})"
    html = page(
        f"<p>{PROSE}</p>"
        + "".join(f"<p>{t}</p>" for t in kept + dropped)
        + f"<pre>{code}</pre><p>{PROSE} Later.</p>"
    )
    texts = [b.text for b in newsparse.parse(html).body]
    assert all(t in texts for t in [*kept, code])
    assert not any(t in texts for t in dropped)


def test_a_linked_sentence_between_paragraphs_is_kept_a_linked_headline_is_not():
    linked = (
        "<p>The <a href='/a'>council of the northern district</a> met the "
        "<a href='/b'>regional transport authority on Monday</a> about the plan.</p>"
    )
    teaser = "<p><a href='/c'>Other story: the bridge reopens after repairs</a></p>"
    prose = "".join(f"<p>{PROSE} ({n})</p>" for n in range(3))
    html = page(f"{prose}{linked}{teaser}{prose}")
    balanced = [b.text for b in newsparse.parse(html).body]
    strict = newsparse.parse(html, options=newsparse.Options(preference="precision"))
    sentence = (
        "The council of the northern district met the regional transport "
        "authority on Monday about the plan."
    )
    assert sentence in balanced
    assert not any("bridge" in t for t in balanced)
    assert sentence not in [b.text for b in strict.body]


def test_a_heading_and_list_closing_the_article_are_kept():
    items = ["England: tenth time", "Spain: eleventh time", "Wales: second time"]
    closing = (
        "<h3>Qualified teams</h3><ul>"
        + "".join(f"<li>{t}</li>" for t in items)
        + "</ul><h3>Trailing heading</h3>"
    )
    html = page(f"<p>{PROSE}</p><p>{PROSE} Again.</p>{closing}")
    texts = [b.text for b in newsparse.parse(html).body]
    assert texts[2:] == ["Qualified teams", *items]


def test_the_controls_of_a_picture_gallery_stay_out():
    gallery = (
        "<div class='media-gallery'><div>1 of 6</div><div>Close</div>"
        "<figure><img src='a.jpg'><figcaption>The square at dawn.</figcaption>"
        "</figure></div>"
    )
    html = page(f"<p>{PROSE}</p>{gallery}<p>{PROSE} Later.</p>")
    article = newsparse.parse(html)
    assert [b.text for b in article.body] == [PROSE, f"{PROSE} Later."]
    assert [c.text for c in article.captions] == ["The square at dawn."]


def test_a_comment_box_named_in_spanish_stays_out():
    box = (
        "<div class='caja-comentarios'><p>Los comentarios publicados son de "
        "exclusiva responsabilidad de sus autores y pueden ser moderados por el "
        "equipo del diario.</p></div>"
    )
    html = page(f"<p>{PROSE}</p><p>{PROSE} Again.</p>{box}")
    texts = [b.text for b in newsparse.parse(html).body]
    assert texts == [PROSE, f"{PROSE} Again."]


def test_parse_is_deterministic():
    html = page(f"<p>{PROSE}</p><p>{PROSE} Again.</p>")
    assert newsparse.parse(html) == newsparse.parse(html)


def test_precision_preference_drops_doubtful_blocks():
    html = page(f"<h2>Kicker</h2><p>{PROSE}</p><p>{PROSE} Again.</p>")
    balanced = newsparse.parse(html)
    strict = newsparse.parse(html, options=newsparse.Options(preference="precision"))
    assert balanced.body[0].text == "Kicker"
    assert strict.body[0].text == PROSE


def test_a_sentence_using_widget_words_is_kept():
    html = page(
        f"<p>{PROSE}</p><p>Police declined to comment.</p><p>{PROSE} Later.</p>"
    )
    assert "Police declined to comment." in [b.text for b in newsparse.parse(html).body]


def test_a_label_standing_alone_is_dropped():
    html = page(
        f"<p>{PROSE}</p><div class='x1'>Comments (12)</div><p>{PROSE} Later.</p>"
    )
    assert "Comments (12)" not in newsparse.parse(html).text


def test_undecided_text_inside_a_boilerplate_widget_is_dropped():
    widget = (
        "<div class='q1'><div class='q2'>0</div>"
        "<div class='q3'>To participate in the discussion</div>"
        "<a href='/auth'>log in or register</a></div>"
    )
    html = page(f"<p>{PROSE}</p>{widget}<p>{PROSE} Later.</p>")
    assert [b.text for b in newsparse.parse(html).body] == [PROSE, f"{PROSE} Later."]


def test_a_block_naming_only_the_site_is_dropped():
    html = page(f"<p>{PROSE}</p><div>- The Paper</div><p>{PROSE} Later.</p>").replace(
        "<title>T</title>",
        "<title>T</title><meta property='og:site_name' content='The Paper'>",
    )
    assert [b.text for b in newsparse.parse(html).body] == [PROSE, f"{PROSE} Later."]


def test_prose_before_the_headline_in_another_block_is_not_the_article():
    ticker = "".join(
        f"<li><a href='/n{i}'>Other story {i}</a> {PROSE} Number {i}.</li>"
        for i in range(3)
    )
    html = (
        "<html><head><title>Council extends program</title></head><body>"
        f"<div class='main'><div class='box'><ul>{ticker}</ul></div>"
        f"<div class='story'><h2>Council extends program</h2><p>{PROSE} A.</p>"
        f"<p>{PROSE} B.</p><p>{PROSE} C.</p><p>{PROSE} D.</p></div></div></body></html>"
    )
    texts = [b.text for b in newsparse.parse(html).body]
    assert texts == [f"{PROSE} {x}." for x in "ABCD"]


def test_a_related_reading_heading_ends_the_article():
    html = page(
        f"<div class='post'><p>{PROSE} A.</p><p>{PROSE} B.</p></div>"
        f"<h3>You may also like</h3><div class='other'><p>{PROSE} Other one.</p></div>"
        f"<div class='other'><p>{PROSE} Other two.</p></div>"
    )
    texts = [b.text for b in newsparse.parse(html).body]
    assert texts == [f"{PROSE} A.", f"{PROSE} B."]


def test_an_inline_related_box_does_not_end_the_article():
    html = page(
        f"<p>{PROSE} A.</p><div class='box'><h3>Related stories</h3>"
        "<a href='/x'>Mayor resigns over budget</a></div>"
        f"<p>{PROSE} B.</p><p>{PROSE} C.</p>"
    )
    texts = [b.text for b in newsparse.parse(html).body]
    assert texts == [f"{PROSE} A.", f"{PROSE} B.", f"{PROSE} C."]


def test_a_list_of_story_cards_is_not_the_article():
    cards = "".join(
        f"<article class='card'><h2><a href='/s{i}'>Other headline {i}</a></h2>"
        f"<p>{PROSE} Teaser {i}.</p></article>"
        for i in range(4)
    )
    html = page(
        f"<div class='story'><p>{PROSE} A.</p><p>{PROSE} B.</p></div>",
        after=f"<section>{cards}</section>",
    )
    assert "Teaser" not in newsparse.parse(html).text


def test_short_closing_paragraphs_of_the_article_are_kept():
    html = page(f"<p>{PROSE} A.</p><p>{PROSE} B.</p><p>He won the race.</p>")
    assert newsparse.parse(html).body[-1].text == "He won the race."


def test_datelines_and_credit_lines_are_not_body_text():
    html = page(
        f"<p>20 Nov, 2019 05:47</p><p>{PROSE} A.</p><p>{PROSE} B.</p>"
        "<p>(Reporting by Jane Doe in London; Editing by Ed Smith)</p>"
    )
    texts = [b.text for b in newsparse.parse(html).body]
    assert texts == [f"{PROSE} A.", f"{PROSE} B."]


def test_a_sentence_that_starts_like_a_credit_line_is_kept():
    sentence = (
        "Reporting by the local paper was hard on Monday because the storm cut power."
    )
    html = page(f"<p>{PROSE} A.</p><p>{sentence}</p><p>{PROSE} B.</p>")
    assert sentence in newsparse.parse(html).text


def test_a_byline_repeating_the_authors_is_left_to_metadata():
    html = page(
        f"<p>By Jane Doe and Bo Li | May 3, 2024</p><p>{PROSE} A.</p>"
        f"<p>Jane Doe and Bo Li wrote this.</p><p>{PROSE} B.</p>"
    ).replace(
        "<title>T</title>",
        "<title>T</title><meta name='author' content='Jane Doe, Bo Li'>",
    )
    article = newsparse.parse(html)
    texts = [b.text for b in article.body]
    assert article.metadata.authors == ("Jane Doe", "Bo Li")
    assert "By Jane Doe and Bo Li | May 3, 2024" not in texts
    assert "Jane Doe and Bo Li wrote this." in texts


def test_explain_mode_says_why_each_block_left_the_body():
    html = page(
        f"<p>{PROSE} A.</p><div class='share-tools'><a href='/f'>Facebook</a></div>"
        "<p><a href='/nl'>Subscribe to our newsletter</a></p>"
        f"<figure><img src='/i.jpg'><figcaption>A vote. Photo: AP</figcaption></figure>"
        f"<p>{PROSE} B.</p>"
    )
    article = newsparse.parse(html, explain=True)
    by_text = {d.text: d for d in article.explanation}
    assert by_text["Facebook"].action == "removed"
    assert "link text" in by_text["Facebook"].reason
    assert by_text["Subscribe to our newsletter"].action == "removed"
    assert by_text["A vote. Photo: AP"].action == "caption"
    assert all(d.text not in article.text for d in article.explanation)
    assert newsparse.parse(html).explanation == ()


def test_a_call_to_action_beside_a_sentence_of_prose_is_a_paragraph():
    line = (
        "Continue reading. The mayor said on Monday that the new bridge would"
        " open to traffic in the spring of next year."
    )
    html = page(
        f"<p>{PROSE}</p><p>{line}</p><p>Continue reading.</p><p>{PROSE} Later.</p>"
    )
    texts = [b.text for b in newsparse.parse(html).body]
    assert line in texts
    assert "Continue reading." not in texts


def test_a_few_words_ending_with_a_colon_introduce_what_follows():
    html = page(
        f"<p>{PROSE}</p><p>More pictures below:</p><p>Load more</p><p>{PROSE} Later.</p>"
    )
    texts = [b.text for b in newsparse.parse(html).body]
    assert "More pictures below:" in texts
    assert "Load more" not in texts


def test_a_short_intro_split_from_the_article_by_an_inline_teaser_is_kept():
    # Found by the nightly to_html fixed-point property: the teaser's link
    # text outweighed the short intro, so the long paragraph alone became
    # the container and the intro was lost.
    intro = "The council met on Monday. It voted twice."
    rest = (
        "After a long debate the members agreed to fund the new library, "
        "which will open next spring in the old post office on Main Street."
    )
    html = (
        "<html><head><title>Council votes</title></head><body><article>"
        f"<h1>Council votes</h1><p>{intro}</p>"
        '<div><a href="https://example.com/news/2024/another-story.html">'
        "Another story about the town budget</a></div>"
        f"<p>{rest}</p></article></body></html>"
    )
    article = newsparse.parse(html, url="https://example.com/news/2024/council.html")
    assert [b.text for b in article.body] == [intro, rest]
    assert [link.url for link in article.related_links] == [
        "https://example.com/news/2024/another-story.html"
    ]


def test_an_inline_element_without_links_is_text_whatever_its_class_says():
    """A formula widget ("CtxtMenu_Attached") inside a sentence is the
    sentence's own text; an inline share link named the same way is not."""
    formula = "<span class='CtxtMenu_Attached_0'>E = mc²</span>"
    share = "<span class='share-menu'><a href='/share'>Share on X</a></span>"
    html = page(
        f"<p>{PROSE}</p><p>The famous formula {formula} changed physics for good, "
        f"as every student learns at school. {share}</p>"
    )
    texts = [b.text for b in newsparse.parse(html).body]
    assert texts == [
        PROSE,
        (
            "The famous formula E = mc² changed physics for good, as every"
            " student learns at school."
        ),
    ]


def test_loose_text_and_inline_widgets_straight_in_body_are_the_article():
    """A page whose article is the body itself (headings and sentences with
    inline widgets between them, no wrapping element) is read whole."""
    widget = "<x-math class='MathJax CtxtMenu_Attached_0'>a ≠ 0</x-math>"
    sections = "".join(
        f"<h2>Part {i}</h2>When {widget}, {PROSE.lower()} Note {i}." for i in range(4)
    )
    html = f"<html><body><h1>Samples</h1>{sections}<p>{PROSE}</p></body></html>"
    texts = [b.text for b in newsparse.parse(html).body]
    assert "Part 0" in texts
    assert "Part 3" in texts
    assert any(t.startswith("When a ≠ 0,") for t in texts)


def _slides(count: int) -> str:
    return "".join(
        f"<li><h2>{i}/{count} Other news</h2><p>Slide {i}: {PROSE}</p></li>"
        for i in range(1, count + 1)
    )


def test_a_slideshow_among_the_articles_prose_stays_out_however_long():
    """Fifty slides of other news hold more text than the article itself;
    the article's prose beside them still makes the gallery furniture."""
    gallery = f"<div class='type-gallery'><ul>{_slides(12)}</ul></div>"
    own = [f"{PROSE} Point {i}." for i in range(4)]
    paragraphs = "".join(f"<p>{p}</p>" for p in own)
    html = page(f"{paragraphs}{gallery}<p>{PROSE} The end.</p>")
    texts = [b.text for b in newsparse.parse(html).body]
    assert texts == [*own, f"{PROSE} The end."]


def test_a_photo_story_is_its_gallery():
    """With next to no prose beside it, the gallery is the article."""
    gallery = f"<div class='gallery'><ul>{_slides(12)}</ul></div>"
    html = page(f"<p>Pictures of the week.</p>{gallery}")
    texts = [b.text for b in newsparse.parse(html).body]
    assert f"Slide 1: {PROSE}" in texts
    assert f"Slide 12: {PROSE}" in texts
