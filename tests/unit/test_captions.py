from __future__ import annotations

import pytest

import newsparse
from newsparse._captions import split_credit


PROSE = (
    "The council voted on Tuesday to extend the program for another year, "
    "citing strong demand from residents and local businesses."
)


@pytest.mark.parametrize(
    ("raw", "text", "credit"),
    [
        ("A man walks by. (Getty Images)", "A man walks by.", "Getty Images"),
        ("A man walks by. Photo: AP", "A man walks by.", "Photo: AP"),
        (
            "Протест в Москве. Фото: РИА Новости",
            "Протест в Москве.",
            "Фото: РИА Новости",
        ),
        ("Firefighters at work / AFP", "Firefighters at work", "AFP"),
        ("A quiet street in Rome.", "A quiet street in Rome.", None),
        ("Rally in Berlin. Foto: dpa", "Rally in Berlin.", "Foto: dpa"),
        ("Crowds gather. Credit: STR/AFP", "Crowds gather.", "Credit: STR/AFP"),
        ("© REUTERS / Joshua Roberts", "", "© REUTERS / Joshua Roberts"),
        ("Devindra Hardawar/AOL", "", "Devindra Hardawar/AOL"),
        ("topleftpixel.com", "", "topleftpixel.com"),
        (
            "Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian",
            "Whale expert Hori Parata.",
            "Photograph: Adrian Malloch for the Guardian",
        ),
        (
            (
                "FILE PHOTO: Traders work on the floor, November 18, 2019. "
                "REUTERS/Brendan McDermid"
            ),
            "FILE PHOTO: Traders work on the floor, November 18, 2019.",
            "REUTERS/Brendan McDermid",
        ),
        (
            "A cyclist rides past a plant. © Reuters / David Mercado",
            "A cyclist rides past a plant.",
            "© Reuters / David Mercado",
        ),
        (
            "Dark matter merges (in white) while gas is expelled (shown in red).",
            "Dark matter merges (in white) while gas is expelled (shown in red).",
            None,
        ),
        ("Barack Obama", "Barack Obama", None),
        (
            "Image: Jose Mourinho has agreed a deal to become manager of Tottenham",
            "Jose Mourinho has agreed a deal to become manager of Tottenham",
            None,
        ),
        (
            "Lula recebe a taça - Heinrich Aikawa/Instituto Lula",
            "Lula recebe a taça",
            "Heinrich Aikawa/Instituto Lula",
        ),
        ("DR", "", "DR"),
        ("A bridge. (Photo: Ann)", "A bridge.", "Photo: Ann"),
        ("Ein Streik [Foto: dpa]", "Ein Streik", "Foto: dpa"),
        (
            "Video: In this talk a physiologist discusses scent detectors.",
            "In this talk a physiologist discusses scent detectors.",
            None,
        ),
    ],
)
def test_split_credit(raw, text, credit):
    assert split_credit(raw) == (text, credit)


def test_figcaption_goes_to_captions_not_body():
    html = (
        f"<article><p>{PROSE}</p><figure><img src='/p.jpg'>"
        "<figcaption>Voters queue outside. <span class='credit'>Photo: Jo Bloggs</span>"
        f"</figcaption></figure><p>{PROSE} More.</p></article>"
    )
    article = newsparse.parse(html, url="https://example.org/a")
    assert article.captions == (
        newsparse.Caption(
            text="Voters queue outside.",
            credit="Photo: Jo Bloggs",
            image="https://example.org/p.jpg",
        ),
    )
    assert "Voters queue" not in article.text


def test_inline_teaser_is_a_related_link():
    html = (
        f"<article><p>{PROSE}</p><div class='inline-teaser'><a href='/news/mayor-resigns'>"
        "Mayor resigns after budget row</a></div>"
        f"<p>{PROSE} More.</p></article>"
    )
    article = newsparse.parse(html, url="https://example.org/a")
    assert article.related_links == (
        newsparse.Link(
            text="Mayor resigns after budget row",
            url="https://example.org/news/mayor-resigns",
        ),
    )
    assert "Mayor resigns" not in article.text


def test_javascript_links_are_not_related_links():
    html = (
        f"<article><p>{PROSE}</p><p><a href='javascript:void(0)'>"
        "Click here to open the gallery now</a></p>"
        f"<p>{PROSE} More.</p></article>"
    )
    assert newsparse.parse(html, url="https://example.org/a").related_links == ()


def parse(body: str) -> newsparse.Article:
    return newsparse.parse(
        f"<html><body><h1>A headline of the story</h1>{body}</body></html>",
        url="https://example.org/a",
    )


def test_text_beside_a_picture_in_a_div_soup_is_a_caption():
    article = parse(
        "<div class='x1'><div class='x2'><span class='x3'>© REUTERS / Jo Bloggs</span>"
        "<span class='x4'>Voters queue outside a polling station.</span></div>"
        "<div class='x5'><img src='/p.jpg' width='600'></div></div>"
        f"<div class='x6'><div>{PROSE}</div><div>{PROSE} More.</div></div>"
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Voters queue outside a polling station.", "© REUTERS / Jo Bloggs")
    ]
    assert "Voters queue" not in article.text
    assert "Bloggs" not in article.text


def test_italic_line_below_a_picture_is_a_caption_and_leaves_the_body():
    article = parse(
        f"<article><p>{PROSE}</p><p><img src='/p.jpg'></p>"
        "<p><em>The new bridge at dusk, seen from the river bank.</em></p>"
        f"<p>{PROSE} More.</p></article>"
    )
    assert [c.text for c in article.captions] == [
        "The new bridge at dusk, seen from the river bank."
    ]
    assert "bridge at dusk" not in article.text


def test_a_short_paragraph_below_a_picture_stays_in_the_body():
    article = parse(
        f"<article><p>{PROSE}</p><p><img src='/p.jpg'></p>"
        "<p>The bridge opens on Monday.</p>"
        f"<p>{PROSE} More.</p></article>"
    )
    assert article.captions == ()
    assert "The bridge opens on Monday." in article.text


def test_teaser_picture_linking_to_another_story_has_no_caption_here():
    article = parse(
        f"<article><p>{PROSE}</p><figure><a href='/other'><img src='/t.jpg'></a>"
        "<figcaption><a href='/other'>Mayor resigns after budget row</a></figcaption>"
        f"</figure><p>{PROSE} More.</p></article>"
    )
    assert article.captions == ()


def test_caption_in_a_related_box_is_not_this_articles():
    article = parse(
        f"<article><p>{PROSE}</p><div class='related-stories'><figure>"
        "<img src='/t.jpg'><figcaption>Crowds at the old market square</figcaption>"
        f"</figure></div><p>{PROSE} More.</p></article>"
    )
    assert article.captions == ()


def test_screen_reader_labels_and_player_messages_are_not_caption_text():
    article = parse(
        f"<article><p>{PROSE}</p><figure><img src='/v.jpg'>"
        "<div class='player-caption'>Media playback is unsupported on your device</div>"
        "<figcaption><span class='off-screen'>Media caption</span>"
        "The minister speaks to reporters</figcaption></figure>"
        f"<p>{PROSE} More.</p></article>"
    )
    assert [c.text for c in article.captions] == ["The minister speaks to reporters"]


def test_a_class_word_on_a_large_wrapper_does_not_swallow_the_article():
    article = parse(
        f"<div class='notesSource'><article><p>{PROSE}</p><p>{PROSE} More.</p>"
        "</article></div>"
    )
    assert article.captions == ()
    assert article.text.startswith("The council voted")


def test_a_caption_style_modifier_is_not_a_caption():
    article = parse(
        "<header class='content-header__caption-style--default'>"
        "<span>Jane Doe</span><time>11.15.2019</time></header>"
        f"<article><p>{PROSE}</p><p>{PROSE} More.</p></article>"
    )
    assert article.captions == ()


def test_one_item_list_below_a_figure_is_its_caption():
    article = parse(
        f"<article><p>{PROSE}</p><figure><img src='/p.jpg'></figure>"
        "<ul><li><p>Whale bones stored in the shed behind the house</p></li></ul>"
        f"<p>{PROSE} More.</p></article>"
    )
    assert [c.text for c in article.captions] == [
        "Whale bones stored in the shed behind the house"
    ]
    assert "Whale bones" not in article.text


def test_a_gallery_that_scripts_fill_keeps_its_printed_credit_out_of_the_body():
    article = parse(
        f"<article><p>{PROSE}</p><div class='article-slider'><div class='origin'>"
        "<dl><dt>Фото:</dt><dd>личный архив Андрея Рудькова</dd></dl></div></div>"
        f"<p>{PROSE} More.</p></article>"
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("", "Фото: личный архив Андрея Рудькова")
    ]
    assert "архив" not in article.text


def test_a_gallery_placeholder_with_prose_in_it_is_not_a_credit():
    article = parse(
        f"<article><p>{PROSE}</p><div class='slider'>Photo: the council voted on "
        "Tuesday to extend the program for a year, citing demand.</div>"
        f"<p>{PROSE} More.</p></article>"
    )
    assert article.captions == ()


def test_a_credit_printed_twice_gives_the_fuller_one_and_no_toggle_text():
    article = parse(
        f"<article><p>{PROSE}</p><figure><img src='/p.jpg'>"
        "<div class='caption'>Fans cheer the winning goal. (AP Photo/Gene Puskar) "
        "<a href='#'>less</a></div><div class='credit'>Photo: Gene Puskar</div>"
        "</figure><div class='controls'><span class='control-bar-credit'>"
        "Photo: Gene Puskar</span></div>"
        f"<p>{PROSE} More.</p></article>"
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Fans cheer the winning goal.", "AP Photo/Gene Puskar")
    ]
    assert "Puskar" not in article.text


def test_malformed_urls_in_the_page_do_not_crash_parse():
    odd = ["http://[x", "https://[::1", "javascript:alert(1)", "data:text/html,x"]
    head = "".join(
        f'<link rel="canonical" href="{u}"><meta property="og:image" content="{u}">'
        for u in odd
    )
    body = "".join(
        f"<p>{PROSE} {i}.</p><figure><img src='{u}'><figcaption>Picture {i} of the storm"
        f" (Getty Images)</figcaption></figure><p><a href='{u}'>Related story {i} about it</a></p>"
        for i, u in enumerate(odd)
    )
    article = newsparse.parse(
        f"<html><head>{head}</head><body><article>{body}</article></body></html>",
        url="https://example.org/a/b",
    )
    urls = [c.image for c in article.captions] + [l.url for l in article.related_links]
    assert all(u is None or u.startswith(("http://", "https://")) for u in urls)
    assert article.body


def test_captions_and_links_resolve_against_base_href():
    html = (
        "<html><head><base href='https://cdn.example.org/assets/'></head><body><article>"
        f"<p>{PROSE}</p><figure><img src='pic.jpg'><figcaption>The harbour at dawn."
        f" (Getty Images)</figcaption></figure><p>{PROSE} More.</p></article></body></html>"
    )
    article = newsparse.parse(html, url="https://news.example.com/world/2024/story")
    assert [c.image for c in article.captions] == [
        "https://cdn.example.org/assets/pic.jpg"
    ]


def _between_paragraphs(figure: str) -> newsparse.Article:
    html = f"<article><p>{PROSE}</p>{figure}<p>{PROSE} More.</p></article>"
    return newsparse.parse(html, url="https://example.org/a")


def test_a_cite_beside_the_figcaption_is_the_pictures_credit():
    article = _between_paragraphs(
        "<figure><img src='/p.jpg'><span>"
        "<figcaption>Smoke over the fields at dusk.</figcaption>"
        "<cite>Ann Lee/Getty Images</cite></span></figure>"
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Smoke over the fields at dusk.", "Ann Lee/Getty Images")
    ]
    assert "Getty" not in article.text


def test_a_cite_inside_the_figcaption_is_part_of_the_caption():
    article = _between_paragraphs(
        "<figure><img src='/p.jpg'>"
        "<figcaption>A scene from <cite>Hamlet</cite> in the 1948 film.</figcaption>"
        "</figure>"
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("A scene from Hamlet in the 1948 film.", None)
    ]
