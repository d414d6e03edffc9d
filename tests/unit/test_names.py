from __future__ import annotations

import pytest

from newsparse._names import Byline, is_organisation, read_byline


def people(text: str, *sites: str) -> tuple[str, ...]:
    return read_byline(text, site_names=sites).people


@pytest.mark.parametrize(
    "text",
    [
        "By Ann Lee",
        "by Ann Lee",
        "BY: Ann Lee",
        "Written by Ann Lee",
        "Von Ann Lee",
        "Par Ann Lee",
        "Por Ann Lee",
        "Di Ann Lee",
        "Автор: Ann Lee",
        "Text: Ann Lee",
        "Ann Lee",
    ],
)
def test_byline_labels_are_not_part_of_the_name(text):
    assert people(text) == ("Ann Lee",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Ann Lee and Bo Li", ("Ann Lee", "Bo Li")),
        ("Ann Lee, Bo Li and Cy Dunn", ("Ann Lee", "Bo Li", "Cy Dunn")),
        ("Von Hans Müller und Eva Schmidt", ("Hans Müller", "Eva Schmidt")),
        ("Par Jean Dupont et Marie Curie", ("Jean Dupont", "Marie Curie")),
        ("Por María José García y Luis Pérez", ("María José García", "Luis Pérez")),
        ("Иван Петров и Анна Смирнова", ("Иван Петров", "Анна Смирнова")),
        ("Ann Lee & Bo Li", ("Ann Lee", "Bo Li")),
        ("Ann Lee with Bo Li", ("Ann Lee", "Bo Li")),
    ],
)
def test_several_authors_are_split(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Text: Ann Lee; Photos: Cy Dunn",
        "By Ann Lee | Photography by Cy Dunn",
        "Ann Lee. Illustration by Cy Dunn",
        "Written by Ann Lee\nEdited by Cy Dunn",
        "Ann Lee; Фото: Cy Dunn",
        "Ann Lee / Foto: Cy Dunn",
    ],
)
def test_photographers_illustrators_and_editors_are_not_authors(text):
    assert people(text) == ("Ann Lee",)


@pytest.mark.parametrize(
    "text",
    [
        "By Nathan Willis March 25, 2015",
        "by Nathan Willis22 Dec 2016651",
        "Nathan Willis - Apr 16, 2015 8:02 pm UTC",
        "Nathan Willis, updated on 5 May 2019",
        "Nathan Willis (http://example.com/nw)",
        "Nathan Willis: 206-652-6593 or nw@example.com; on Twitter: @nwillis.",
        "Nathan Willis —",
    ],
)
def test_dates_urls_and_contacts_are_stripped(text):
    assert people(text) == ("Nathan Willis",)


def test_credentials_go_and_suffixes_stay():
    assert people("By Brenda Goodman, MA") == ("Brenda Goodman",)
    assert people("Jo Lee, PhD") == ("Jo Lee",)
    assert people("Martin Luther King, Jr.") == ("Martin Luther King Jr",)


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Staff", "Staff"),
        ("The Daily Example", "The Daily Example"),
        ("Reuters", "Reuters"),
        ("AFP", "AFP"),
        ("Associated Press", "Associated Press"),
        ("Redaktion", "Redaktion"),
        ("Редакция", "Редакция"),
        ("WebMD Health News", "WebMD Health News"),
    ],
)
def test_organisations_are_not_people(text, organisation):
    byline = read_byline(text, site_names=("The Daily Example",))
    assert byline.people == ()
    assert byline.organisations == (organisation,)


def test_people_and_agencies_in_one_byline_are_told_apart():
    byline = read_byline("Von Hans Müller, dpa")
    assert byline == Byline(people=("Hans Müller",), organisations=("dpa",))
    assert read_byline("Staff and agencies").people == ()
    assert read_byline("John Smith/AP") == Byline(("John Smith",), ("AP",))


def test_the_site_name_is_an_organisation_whatever_its_shape():
    assert people("Sputnik International", "Sputnik International") == ()
    assert people("Engadget", "Engadget") == ()
    assert people("Engadget") == ("Engadget",)
    assert is_organisation("aktualne.cz", ("Aktuálně.cz",))


@pytest.mark.parametrize(
    "text",
    [
        "Follow Author",
        "Last Updated: January 7, 2025",
        "April 28, 2019 at 6:01 am",
        "admin",
        "Seattle Times business reporter",
        "read more about the author",
        "https://www.facebook.com/someone",
        "",
    ],
)
def test_widget_text_is_no_name(text):
    assert people(text) == ()


def test_names_are_deduplicated_case_and_accents_aside():
    assert people("Ann Lee, ANN LEE and Ann Lée") == ("Ann Lee",)


def test_cjk_names_and_joined_names_are_kept_whole():
    assert people("肖春芳") == ("肖春芳",)
    assert people("Bruno (Henrique Zecchin) Rodrigues") == (
        "Bruno (Henrique Zecchin) Rodrigues",
    )
    assert people("Ann & B") == ("Ann & B",)  # "B" is no name: one name, not two


def test_escaped_entities_are_decoded():
    assert people("By Ann O&#039;Neil") == ("Ann O'Neil",)


def test_lower_case_words_make_a_phrase_unless_they_are_particles():
    assert people("Syrian defense ministries") == ()
    assert people("Ludwig van Beethoven") == ("Ludwig van Beethoven",)
    assert people("Luca della Robbia") == ("Luca della Robbia",)
    assert people("By Matthew Digby, Minh Do on Monday, November 18th, 2019") == (
        "Matthew Digby",
        "Minh Do",
    )


def test_markup_shown_as_text_is_no_name():
    text = '<img src="https://e.com/a.jpg" alt="The Russian and Syrian ministries">'
    assert people(text) == ()
