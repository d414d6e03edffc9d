"""Every catalogued piece of boilerplate stays out of the body, wherever it sits.

Each snippet of ``newsparse._catalogue`` is embedded at the top, in the middle
and at the bottom of a realistic article in its own language, in a semantic
page and in a class-soup page. The body must then be exactly the article's own
paragraphs: nothing of the snippet in, nothing of the article out. The other
side is tested too: a short paragraph that merely mentions "subscribe",
"newsletter" or "comment" in a sentence is article text and stays.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse._catalogue import LANGUAGES, SNIPPETS, Kind, Snippet
from newsparse._dom import parse_html


@attrs.frozen
class Host:
    """A realistic article to embed snippets into."""

    site: str
    title: str
    paragraphs: tuple[str, ...]


HOSTS = {
    "en": Host(
        site="Sputnik International",
        title="Obama Administration Spread Info on Alleged Russian Interference in Elections",
        paragraphs=(
            "The White House officials spread the information about the alleged Russian meddling in the US election in the last days of President Barack Obama's administration, US media reported.",
            "MOSCOW (Sputnik) The New York Times newspaper reported, citing former officials, that the spread of information was aimed at preventing similar interference in future US or European elections and helping government investigators.",
            "According to the newspaper, US allies, including the United Kingdom and the Netherlands, shared information on meetings between Russian officials and associates of then president-elect Donald Trump in European cities.",
            "US intelligence also reportedly received communications of Russian officials discussing contacts with Trump associates.",
            "The Kremlin has repeatedly denied allegations that it had helped sway the US voters in Trump's favor, calling these accusations absurd. Trump has also denounced the allegations.",
        ),
    ),
    "ru": Host(
        site="Городские новости",
        title="В Казани открыли новый мост через Казанку",
        paragraphs=(
            "В Казани в субботу открыли движение по новому мосту через реку Казанку, который соединил два крупных жилых района города.",
            "Строительство моста заняло почти три года и обошлось бюджету республики в 12 миллиардов рублей, сообщили в министерстве транспорта.",
            "По словам мэра, новый мост разгрузит центральные улицы, на которых в часы пик образуются многокилометровые пробки.",
            "Жители соседних домов жаловались на шум во время работ, однако подрядчик уверяет, что все требования к ночному строительству соблюдались.",
            "Летом по мосту также пустят трамвай, а на набережной под ним появятся велосипедные дорожки и смотровые площадки.",
        ),
    ),
    "de": Host(
        site="Stadtanzeiger Nord",
        title="Stadtrat beschließt neues Radwegenetz",
        paragraphs=(
            "Der Stadtrat hat am Dienstagabend mit großer Mehrheit ein neues Radwegenetz beschlossen, das bis 2030 fertiggestellt sein soll.",
            "Geplant sind 45 Kilometer geschützte Radstreifen entlang der großen Ausfallstraßen sowie zwei neue Brücken über den Kanal.",
            "Die Kosten von rund 60 Millionen Euro sollen zur Hälfte aus Fördermitteln des Landes und des Bundes getragen werden.",
            "Kritik kam vom Einzelhandelsverband, der den Wegfall von mehr als 800 Parkplätzen in der Innenstadt für falsch hält.",
            "Die Bauarbeiten für den ersten Abschnitt zwischen Bahnhof und Universität sollen bereits im kommenden Frühjahr beginnen.",
        ),
    ),
    "fr": Host(
        site="Le Courrier du Matin",
        title="La ville de Lyon va planter 30 000 arbres d'ici 2030",
        paragraphs=(
            "La municipalité de Lyon a présenté mardi un plan de végétalisation qui prévoit la plantation de 30 000 arbres d'ici la fin de la décennie.",
            "Les premiers chantiers concerneront les cours d'écoles et les grands axes du centre, où la température peut dépasser 40 degrés en été.",
            "Le coût total du programme est estimé à 80 millions d'euros, dont un tiers financé par la métropole et l'État.",
            "L'opposition municipale juge le calendrier trop ambitieux et réclame une évaluation indépendante des premières plantations.",
            "Les habitants pourront proposer des emplacements sur une plateforme participative ouverte jusqu'à la fin du mois de mars.",
        ),
    ),
    "es": Host(
        site="Diario del Puerto",
        title="El puerto de Valencia amplía su terminal de contenedores",
        paragraphs=(
            "La Autoridad Portuaria de Valencia aprobó el martes la ampliación de la terminal norte, que permitirá duplicar su capacidad de carga.",
            "Las obras comenzarán el próximo año y tendrán un coste de 1.200 millones de euros, financiados en su mayor parte por capital privado.",
            "Los vecinos de los barrios cercanos han expresado su preocupación por el aumento del tráfico de camiones y la calidad del aire.",
            "Según la dirección del puerto, el proyecto creará cerca de 2.000 empleos directos durante la fase de construcción.",
            "El Ayuntamiento ha pedido un nuevo estudio de impacto ambiental antes de conceder las licencias de obra.",
        ),
    ),
    "pt": Host(
        site="Jornal da Cidade",
        title="Prefeitura anuncia nova linha de metrô na zona leste",
        paragraphs=(
            "A prefeitura anunciou nesta terça-feira a construção de uma nova linha de metrô que vai ligar a zona leste ao centro da cidade.",
            "O projeto prevê doze estações e deve transportar cerca de 500 mil passageiros por dia quando estiver em pleno funcionamento.",
            "O investimento estimado é de 9 bilhões de reais, com recursos do município, do estado e de um financiamento internacional.",
            "Moradores da região reclamam há anos da demora nos ônibus e da superlotação dos trens nos horários de pico.",
            "As obras devem começar no segundo semestre do próximo ano, segundo o cronograma apresentado pela secretaria de transportes.",
        ),
    ),
    "it": Host(
        site="La Gazzetta del Lago",
        title="Como, riapre dopo due anni la funicolare per Brunate",
        paragraphs=(
            "Dopo quasi due anni di lavori è tornata in servizio sabato mattina la funicolare che collega il centro di Como al borgo di Brunate.",
            "L'intervento ha riguardato le cabine, i binari e l'impianto elettrico, per una spesa complessiva di circa sette milioni di euro.",
            "Il sindaco ha ricordato che la funicolare è usata ogni giorno da centinaia di pendolari oltre che dai turisti.",
            "Nelle prime ore di servizio si sono formate lunghe code alla stazione di partenza, con attese fino a quaranta minuti.",
            "Da lunedì le corse saranno ogni quindici minuti, con un prolungamento dell'orario serale nei fine settimana.",
        ),
    ),
}

POSITIONS = ("top", "middle", "bottom")


def _place(
    paragraphs: list[str], snippet: str, position: str, *, wrap: str
) -> list[str]:
    blocks = [wrap.format(p) for p in paragraphs]
    index = {"top": 0, "middle": 2, "bottom": len(blocks)}[position]
    return [*blocks[:index], snippet, *blocks[index:]]


def semantic_page(host: Host, lang: str, snippet: str, position: str) -> str:
    """An <article> page with JSON-LD, a header, a sidebar and a footer."""
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": host.title,
            "datePublished": "2024-03-05T09:30:00+01:00",
            "publisher": {"@type": "Organization", "name": host.site},
        },
        ensure_ascii=False,
    )
    blocks = _place(list(host.paragraphs), snippet, position, wrap="<p>{}</p>")
    nav = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
    most_read = "".join(
        f'<li><a href="/news/{i}">Another story number {i} that people read</a></li>'
        for i in range(5)
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{host.title} - {host.site}</title>
<meta property="og:site_name" content="{host.site}">
<meta property="og:title" content="{host.title}">
<script type="application/ld+json">{ld}</script>
</head><body>
<header class="site-header"><a class="logo" href="/">{host.site}</a>
<nav><ul>{nav}</ul></nav></header>
<main class="layout">
<article class="story">
<h1 class="story__title">{host.title}</h1>
<time datetime="2024-03-05T09:30:00+01:00">5.3.2024</time>
<div class="story__body">
{"".join(blocks)}
</div>
</article>
<aside class="sidebar"><h2>Most read</h2><ol>{most_read}</ol></aside>
</main>
<footer class="site-footer"><a href="/about">About us</a> <a href="/privacy">Privacy</a>
</footer>
</body></html>"""


def divsoup_page(host: Host, lang: str, snippet: str, position: str) -> str:
    """A page of <div>s with meaningless class names, as CSS-in-JS makes them."""
    blocks = _place(
        list(host.paragraphs), snippet, position, wrap='<div class="q7w">{}</div>'
    )
    links = "".join(f'<a class="k2-i" href="/s/{i}">Section {i}</a> ' for i in range(8))
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{host.title} - {host.site}</title>
<meta property="og:site_name" content="{host.site}">
<meta property="og:title" content="{host.title}">
</head><body><div id="__next"><div class="sc-1a x9">
<div class="sc-2b k2"><a class="k2-l" href="/">{host.site}</a> {links}</div>
<div class="sc-3c g2h"><div class="sc-4d z3">
<div class="sc-5e t1">{host.title}</div>
<div class="sc-6f d1">05.03.2024 09:30</div>
<div class="sc-7g b0">{"".join(blocks)}</div>
</div></div>
<div class="sc-8h f0"><a href="/about">About us</a> <a href="/privacy">Privacy</a></div>
</div></div></body></html>"""


TEMPLATES = {"semantic": semantic_page, "divsoup": divsoup_page}


def snippet_id(snippet: Snippet) -> str:
    same = [
        s for s in SNIPPETS if (s.kind, s.language) == (snippet.kind, snippet.language)
    ]
    return f"{snippet.kind}-{snippet.language}-{same.index(snippet)}"


def norm(text: str) -> str:
    return " ".join(text.split())


# --- the catalogue itself ---------------------------------------------------


def test_catalogue_is_large_and_multilingual():
    assert len(SNIPPETS) >= 60
    languages = Counter(s.language for s in SNIPPETS)
    assert set(LANGUAGES) <= set(languages)
    assert min(languages[lang] for lang in LANGUAGES) >= 5


def test_every_kind_is_catalogued():
    assert {s.kind for s in SNIPPETS} == set(Kind)


def test_snippets_are_distinct():
    assert len({s.html for s in SNIPPETS}) == len(SNIPPETS)


def test_the_seed_pages_boilerplate_is_catalogued():
    """Every boilerplate line of the Sputnik seed is the text of a seed snippet."""
    expected = json.loads(
        (Path(__file__).parent / "fixtures/pages/sputnik-expected.json").read_text(
            encoding="utf-8"
        )
    )
    # Caption, credit and teaser lines are not boilerplate kinds: they are
    # routed to captions and related links, and tested there.
    routed = (
        {norm(c["text"]) for c in expected["captions"]}
        | {norm(c["credit"]) for c in expected["captions"]}
        | {norm(link["text"]) for link in expected["related_links"]}
    )
    seed_text = " \n ".join(
        norm(newsparse_text(s.html)) for s in SNIPPETS if s.source == "sputnik seed"
    )
    for raw in expected["boilerplate"]:
        line = norm(raw)
        if line in routed or (
            line.endswith("- Sputnik International") and len(line) > 30
        ):
            continue
        assert line in seed_text, line


def newsparse_text(html: str) -> str:
    """Visible text of a fragment, for the catalogue's own checks."""
    body = parse_html(html).body
    assert body is not None
    return body.text(separator=" ")


# --- boilerplate out ----------------------------------------------------------


@pytest.mark.parametrize("template", sorted(TEMPLATES))
@pytest.mark.parametrize("position", POSITIONS)
@pytest.mark.parametrize("snippet", SNIPPETS, ids=snippet_id)
def test_snippet_stays_out_and_the_article_stays_in(snippet, position, template):
    host = HOSTS[snippet.language]
    html = TEMPLATES[template](host, snippet.language, snippet.html, position)
    article = newsparse.parse(html, url="https://example.com/news/1")
    body = [norm(b.text) for b in article.body]
    expected = [norm(p) for p in host.paragraphs]
    leaked = [b for b in body if b not in expected]
    lost = [p for p in expected if p not in body]
    assert leaked == [], "boilerplate reached the body"
    assert lost == [], "article paragraphs were lost"
    assert body == expected
    assert article.title == host.title


# --- what belongs stays --------------------------------------------------------

MENTIONS = [
    ("en", "About 40,000 readers subscribe to the paper's weekly newsletter."),
    ("en", "Police declined to comment."),
    ("en", "The mayor's office did not respond to a request for comment."),
    ("en", "Officials said they would share more details next week."),
    ("en", "The bill was sponsored by two senators from Ohio."),
    ("en", "Voters must register by October 9."),
    ("en", "Readers can follow the hearing live on the council's website."),
    ("en", "He later wrote on Telegram that he had been misquoted."),
    ("en", "Cookies and cakes were sold to raise money for the school."),
    ("ru", "На канал подписаны более миллиона человек."),
    ("ru", "В пресс-службе отказались от комментариев."),
    ("de", "Rund 40.000 Leser haben den Newsletter abonniert."),
    ("de", "Ein Sprecher der Stadt lehnte einen Kommentar ab."),
    ("fr", "Quelque 40 000 lecteurs sont abonnés à la newsletter du journal."),
    ("fr", "Le ministère n'a pas souhaité faire de commentaire."),
    ("es", "Más de 40.000 lectores están suscritos al boletín del diario."),
    ("es", "La policía declinó hacer comentarios."),
    ("pt", "Mais de 40 mil leitores assinam a newsletter do jornal."),
    ("pt", "A polícia não quis comentar."),
    ("it", "Oltre 40.000 lettori sono iscritti alla newsletter del quotidiano."),
    ("it", "La polizia non ha voluto commentare."),
]


@pytest.mark.parametrize("template", sorted(TEMPLATES))
@pytest.mark.parametrize(("lang", "sentence"), MENTIONS)
def test_short_paragraph_mentioning_the_vocabulary_stays(lang, sentence, template):
    host = HOSTS[lang]
    tag = "p" if template == "semantic" else 'div class="q7w"'
    close = "p" if template == "semantic" else "div"
    html = TEMPLATES[template](host, lang, f"<{tag}>{sentence}</{close}>", "middle")
    body = [norm(b.text) for b in newsparse.parse(html).body]
    expected = [norm(p) for p in host.paragraphs]
    assert body == [*expected[:2], sentence, *expected[2:]]
