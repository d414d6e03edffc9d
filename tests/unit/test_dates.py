from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._dates import date_from_url, find_date, is_date_word, parse_date


def offset(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def test_iso_with_offset_is_aware_in_a_fixed_offset():
    value = parse_date("2021-11-01T10:52:50+01:00")
    assert value == dt.datetime(2021, 11, 1, 10, 52, 50, tzinfo=offset(1))
    assert isinstance(value, dt.datetime)
    assert isinstance(value.tzinfo, dt.timezone)


def test_iso_with_compact_offset_and_z():
    assert parse_date("2021-11-01T10:52:50+0100") == dt.datetime(
        2021, 11, 1, 10, 52, 50, tzinfo=offset(1)
    )
    assert parse_date("2019-01-03T07:00:02.000Z") == dt.datetime(
        2019, 1, 3, 7, 0, 2, tzinfo=dt.UTC
    )


def test_time_without_offset_stays_naive():
    value = parse_date("2017-11-03 03:01:00.000000")
    assert value == dt.datetime(2017, 11, 3, 3, 1)  # noqa: DTZ001
    assert isinstance(value, dt.datetime)
    assert value.tzinfo is None


@pytest.mark.parametrize("text", ["2020-02-03", "20200203", "February 3, 2020"])
def test_a_bare_day_is_a_date(text):
    value = parse_date(text)
    assert type(value) is dt.date
    assert value == dt.date(2020, 2, 3)


def test_known_zone_abbreviations_give_their_offset():
    assert parse_date("Apr 16, 2015 8:02 pm UTC") == dt.datetime(
        2015, 4, 16, 20, 2, tzinfo=dt.UTC
    )
    assert parse_date("Tuesday, March 5, 2019 10:30 AM EST") == dt.datetime(
        2019, 3, 5, 10, 30, tzinfo=offset(-5)
    )
    assert parse_date("Sunday 13 May 2018 16.49 BST") == dt.datetime(
        2018, 5, 13, 16, 49, tzinfo=offset(1)
    )


def test_ambiguous_zone_stays_naive():
    value = parse_date("5 March 2019 10:30 IST")
    assert isinstance(value, dt.datetime)
    assert value.tzinfo is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("5 March 2019", "en"),
        ("5 марта 2019 г.", "ru"),
        ("5. März 2019", "de"),
        ("le 5 mars 2019", "fr"),
        ("5 de marzo de 2019", "es"),
        ("5 de março de 2019", "pt"),
        ("5 marzo 2019", "it"),
    ],
)
def test_month_names_in_seven_languages(text, language):
    assert parse_date(text) == dt.date(2019, 3, 5), language


@pytest.mark.parametrize(
    "text",
    [
        "am 5. März 2019 um 10:30 Uhr",
        "mardi 5 mars 2019 à 10h30",
        "quarta-feira, 5 de março de 2019, 10:30",
        "5 marzo 2019 alle 10:30",
        "5 марта 2019, 10:30",
        "Tuesday 5 March 2019 10:30",
    ],
)
def test_times_with_their_words_in_each_language(text):
    assert parse_date(text) == dt.datetime(2019, 3, 5, 10, 30)  # noqa: DTZ001


@pytest.mark.parametrize(
    "text",
    [
        "March 2019",  # no day
        "5 March",  # no year: dateutil would take this year
        "10:30",
        "not a date",
        "PDT08:05:41-07:00",
        "1776-07-04",  # implausible for a web page
        "22 Dec 2016651",
        "",
    ],
)
def test_incomplete_or_implausible_dates_are_none(text):
    assert parse_date(text) is None


def test_dayfirst_decides_numeric_dates():
    assert parse_date("05/03/2019") == dt.date(2019, 5, 3)
    assert parse_date("05/03/2019", dayfirst=True) == dt.date(2019, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Nathan Willis March 25, 2015", dt.date(2015, 3, 25)),
        ("by Lucas Nolan22 Dec 2016651", dt.date(2016, 12, 22)),
        ("Posted on 2019-02-15 by admin", dt.date(2019, 2, 15)),
        ("Von Ann Lee, 5. März 2019", dt.date(2019, 3, 5)),
        (
            "Опубликовано: 5 марта 2019, 10:30",
            dt.datetime(2019, 3, 5, 10, 30),  # noqa: DTZ001
        ),
        (
            "Dan Goodin - Apr 16, 2015 8:02 pm UTC",
            dt.datetime(2015, 4, 16, 20, 2, tzinfo=dt.UTC),
        ),
    ],
)
def test_find_date_inside_byline_text(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(
    "text", ["Updated 2 hours ago", "Page 3 of 2019 items", "Chapter 12", ""]
)
def test_find_date_finds_nothing_in_text_without_a_whole_date(text):
    assert find_date(text) is None


def test_first_date_of_published_and_updated_wins():
    text = "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm"
    assert find_date(text) == dt.datetime(2019, 4, 28, 6, 1)  # noqa: DTZ001


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://e.com/2019/03/05/slug", dt.date(2019, 3, 5)),
        ("https://e.com/news/2019-03-05-slug.html", dt.date(2019, 3, 5)),
        ("https://e.com/20170302/obama-1051205364.html", dt.date(2017, 3, 2)),
        ("https://e.com/2019/03/slug", None),  # a month is not a day
        ("https://e.com/a-2019-13-45", None),
        ("https://e.com/story?date=2019-03-05", None),  # only the path counts
        ("https://e.com/story/1551234567", None),
        (None, None),
    ],
)
def test_dates_in_urls(url, expected):
    assert date_from_url(url) == expected


def test_date_words_are_months_and_weekdays_in_any_language():
    assert is_date_word("März")
    assert is_date_word("марта,")
    assert is_date_word("Tuesday")
    assert not is_date_word("Willis")


DATEISH = st.lists(
    st.sampled_from([*"0123456789 :-/.,+TZ", "2019", "марта", "März", "am", "Uhr"]),
    max_size=20,
).map("".join)


@given(st.one_of(st.text(max_size=60), DATEISH))
def test_date_parsing_never_raises(text):
    for found in (
        parse_date(text),
        find_date(text),
        date_from_url("https://e.com/" + text),
    ):
        assert found is None or isinstance(found, dt.date)
