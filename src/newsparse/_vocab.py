"""Vocabularies: the words newsparse reads in markup and text, as data.

Class and id values are split into lowercase word tokens (see
``_dom.class_id_tokens``) and matched against these sets whole, never as
substrings. Nothing here names a site: these are the words publishing
systems and widget vendors use everywhere.
"""

from __future__ import annotations

import re


__all__ = [
    "AGENCY",
    "BLOCK_TAGS",
    "BOILERPLATE_TEXT",
    "BYLINE_LABELS",
    "BYLINE_TOKENS",
    "CAPTION_TOKENS",
    "CREDIT_LABEL",
    "CREDIT_LINE",
    "CREDIT_TOKENS",
    "DATELINE",
    "DROP_TAGS",
    "HEADING_TAGS",
    "NEGATIVE_STEMS",
    "NEGATIVE_TOKENS",
    "NEWS_AGENCIES",
    "NON_PICTURE_TOKENS",
    "NOT_ARTICLE_TOKENS",
    "NOT_AUTHOR_ROLES",
    "NOT_A_NAME_WORDS",
    "ORGANISATION_WORDS",
    "PAYWALL_TEXT",
    "PAYWALL_TOKENS",
    "POSITIVE_TOKENS",
    "RECIRCULATION_LABEL",
    "RELATED_HEADING",
    "RELATED_LABEL",
    "RELATED_TOKENS",
    "SCREEN_READER_CLASS",
    "SKIP_ROLES",
    "TEASER_TOKENS",
    "is_negative",
    "is_related",
]

# Elements whose content is never article text.
DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "canvas",
        "object",
        "embed",
        "audio",
        "video",
        "button",
        "input",
        "select",
        "textarea",
        "option",
        "label",
        "nav",
        "dialog",
        "link",
        "meta",
    }
)

# ARIA roles of page furniture.
SKIP_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "search",
        "dialog",
        "alertdialog",
        "menu",
        "menubar",
        "toolbar",
        "tablist",
        "complementary",
        "button",
        "alert",
    }
)

# Elements that start a new block of text.
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
        "legend",
        "amp-img",
        "picture",
    }
)

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# Class/id words of page furniture: a block under such an element is not
# article text, unless the element holds most of the page (then the word
# describes a page layout, as in ``<body class="has-sidebar">``).
NEGATIVE_TOKENS = frozenset(
    {
        # navigation and page chrome
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "masthead",
        "footer",
        "foot",
        "sidebar",
        "rail",
        "toolbar",
        "topbar",
        "skip",
        "pagination",
        "pager",
        "jump",
        # discussion
        "comment",
        "comments",
        "disqus",
        "discussion",
        "replies",
        "reply",
        "respond",
        "reactions",
        # sharing and following
        "share",
        "sharing",
        "sharebar",
        "follow",
        # other stories
        "related",
        "recommended",
        "recommendations",
        "recirculation",
        "trending",
        "popular",
        "mostread",
        "newsfeed",
        "outbrain",
        "taboola",
        "teaser",
        "teasers",
        "promo",
        "promoted",
        "more",
        "readmore",
        "widget",
        "widgets",
        "carousel",
        "feed",
        "ticker",
        # ads
        "ad",
        "ads",
        "adv",
        "advert",
        "adverts",
        "advertisement",
        "adslot",
        "adunit",
        "dfp",
        "gpt",
        "sponsor",
        "sponsored",
        "banner",
        "commercial",
        # sign-ups, consent and account prompts
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "login",
        "register",
        "registration",
        "modal",
        "popup",
        "overlay",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "messenger",
        "telegram",
        "chat",
        "chats",
        "loader",
        "spinner",
        # article furniture that metadata reads elsewhere
        "tags",
        "keywords",
        "byline",
        "bio",
        "print",
        "email",
        "tools",
        "utility",
        "actions",
        "meta",
        "donate",
        "donation",
        "rating",
    }
)

# Long furniture words also count inside run-together class names
# ("relatedpoststitle", "sharebuttons"); short ones ("ad", "nav") only as
# whole words, since as substrings they hide in "header" and "canvas".
NEGATIVE_STEMS = (
    "related",
    "comment",
    "sidebar",
    "newsletter",
    "subscribe",
    "sponsor",
    "advert",
    "widget",
    "cookie",
    "outbrain",
    "taboola",
    "recommend",
    "trending",
    "breadcrumb",
    "pagination",
    "sharing",
    "social",
)


def is_negative(token: str) -> bool:
    """Whether a class/id word names page furniture."""
    if token in NEGATIVE_TOKENS:
        return True
    return len(token) > 7 and any(stem in token for stem in NEGATIVE_STEMS)


_RELATED_STEMS = ("related", "recommend", "recirc", "mayalsolike", "morestories")


def is_related(token: str) -> bool:
    """Whether a class/id word names a list of other stories."""
    return token in RELATED_TOKENS or any(stem in token for stem in _RELATED_STEMS)


# Class/id words of the article's own container.
POSITIVE_TOKENS = frozenset(
    {
        "article",
        "articlebody",
        "content",
        "body",
        "text",
        "entry",
        "post",
        "story",
        "main",
        "prose",
        "richtext",
        "blog",
        "storybody",
        "column",
        "page",
        "news",
        "single",
    }
)

# Class/id words that mark a caption or a picture credit.
CAPTION_TOKENS = frozenset(
    {"caption", "figcaption", "legend", "cutline", "wp-caption-text"}
)
CREDIT_TOKENS = frozenset(
    {"credit", "credits", "copyright", "source", "photographer", "attribution"}
)

# Class/id words of related-reading blocks inside or next to the article.
RELATED_TOKENS = frozenset(
    {"related", "readmore", "recommended", "teaser", "teasers", "also", "more"}
)

# The heading of a list of other stories, in the languages we cover.
RELATED_HEADING = re.compile(
    r"^\W*(?:"
    r"related(?: articles?| stories| posts| content| news| coverage| reading)?"
    r"|read (?:also|more|next)|more (?:stories|news|from|on|about)\b.*"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)"
    r"|recommended(?: for you| stories| articles)?|see also|also read"
    r"|most (?:read|popular|viewed)|trending(?: now| stories)?|don.t miss"
    r"|по теме|читайте (?:также|ещё|еще)|смотрите также|популярное|ещё по теме"
    r"|lesen sie (?:auch|mehr)|mehr zum thema|das könnte sie (?:auch )?interessieren"
    r"|weitere artikel|meistgelesen"
    r"|à lire aussi|a lire aussi|lire aussi|sur le même sujet"
    r"|vous aimerez aussi|vous pourriez aimer|les plus lus"
    r"|te puede interesar|lee también|noticias relacionadas|más noticias"
    r"|le pued[ea]n? interesar|relacionad[ao]s"
    r"|leia também|veja também|você pode gostar|mais lidas|notícias relacionadas"
    r"|potrebbe interessarti|leggi anche|articoli correlati|più letti"
    r")\W*$",
    re.IGNORECASE,
)

# Lines that only say who reported, wrote or edited a story, or when: the
# metadata carries them, the body does not repeat them.
_NAME = r"[A-ZА-ЯÀ-Ý][\w'’.-]*"
_CREDIT_CLAUSE = (
    r"(?:with |and )?(?:additional )?"
    r"(?:reporting|writing|editing|edited|compiled|produced|translated)"
    r"(?: and (?:reporting|writing|editing))? by\s+"
    rf"(?-i:{_NAME}(?:(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*)(?:{_NAME}|in|from))*)"
)
CREDIT_LINE = re.compile(
    rf"^\W*{_CREDIT_CLAUSE}(?:\s*[;,]?\s*{_CREDIT_CLAUSE})*\W*$", re.IGNORECASE
)

_MONTHS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march"
    r"|april|june|july|august|september|october|november|december"
    r"|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|января|февраля|марта"
    r"|апреля|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|januar|februar|märz|mai|juni|juli|oktober|dezember"
    r"|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
    r"|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho"
    r"|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno"
    r"|luglio|settembre|ottobre|dicembre"
)
_DATE_WORDS = (
    r"am|pm|a\.m|p\.m|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|cest|msk|ist|et|pt"
    r"|updated|published|posted|last|modified|on|at|le|am|um|el|de|del|di|il"
    r"|обновлено|опубликовано|mon|tue|wed|thu|fri|sat|sun|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|today|yesterday|ago|hours?|minutes?"
)
# A line that is nothing but a date and time. Each piece is atomic and
# read one way only: a run of digits is one piece, and a word is a whole
# run of letters. Otherwise 30 digits split into millions of pieces of one
# to four, and "aprilapril…" into "apr"+"il" or "april", each way tried when
# the line turns out not to be a date (exponential).
DATELINE = re.compile(
    rf"^(?>\W|\d++(?:(?:st|nd|rd|th)(?![^\W\d_]))?"
    rf"|(?:{_MONTHS}|{_DATE_WORDS})(?![^\W\d_]))+$",
    re.IGNORECASE,
)

# --- captions, credits and related reading ---------------------------------

# Class/id words of blocks whose pictures and links are other articles'
# teasers, not this article's: a caption inside them is not this article's.
TEASER_TOKENS = frozenset(
    {
        "related",
        "recommended",
        "recommendations",
        "recirculation",
        "teaser",
        "teasers",
        "trending",
        "popular",
        "mostread",
        "newsfeed",
        "outbrain",
        "taboola",
        "sponsored",
        "advert",
        "advertisement",
        "ads",
        "ad",
        "readmore",
        "sidebar",
        "rail",
    }
)

# Class/id words of pictures that never carry an article caption.
NON_PICTURE_TOKENS = frozenset(
    {
        "avatar",
        "logo",
        "icon",
        "emoji",
        "author",
        "byline",
        "profile",
        "sprite",
        "share",
        "sharing",
        "social",
    }
)

# Class values of text shown only to screen readers ("Media caption",
# "Image copyright"): labels, not caption text. The keyword is looked for
# once per class word (lookahead), then the word is read once: backtracking
# over a long class word after each keyword in it would be quadratic.
SCREEN_READER_CLASS = re.compile(
    r"(?:^|\s)(?=[\w-]*(?:off-?screen|visually-?hidden|sr-only|screen-?reader"
    r"|a11y|visuallyhidden|element-invisible))[\w-]*+(?:\s|$)",
    re.IGNORECASE,
)

# Words that label a picture credit, in the languages newsparse reads:
# "Photo: AP", "Foto: dpa", "Фото: РИА Новости", "Bild: Hersteller".
CREDIT_LABEL = (
    r"photo(?:graph)?s?|pictures?|images?|image credit|photo credit|credits?"
    r"|courtesy|copyright|illustration|graphic|video|source"
    r"|fotos?|fotografia|bild(?:er)?|quelle|grafik|crédits?|crédito|fuente"
    r"|fonte|imagen|immagine|фото(?:графия)?|источник|иллюстрация|zdroj"
)

# Agencies and picture libraries that are credits on their own: a caption
# ending "(Getty Images)" ends with a credit, "(left)" does not.
AGENCY = re.compile(
    r"\b(?:reuters|associated press|ap|afp|getty(?: images)?|epa|dpa|ansa|efe"
    r"|tass|ria|xinhua|bloomberg|shutterstock|alamy|istock|istockphoto"
    r"|keystone|imago|picture alliance|pa(?: images| wire)?|anp|corbis|sipa"
    r"|nasa|wikimedia|wikipedia|flickr|unsplash|pixabay|риа новости|тасс"
    r"|спутник|sputnik|итар-тасс|pool|handout|file)\b",
    re.IGNORECASE,
)

# Labels of blocks (and prefixes of single links) that offer related reading
# for this article. Matched against short texts only.
RELATED_LABEL = re.compile(
    r"^\W*(?:"
    # English
    r"related(?: (?:articles?|stories|story|coverage|content|posts?|reading|links?"
    r"|news|topics? articles))?|more on\b"
    r"|more from this (?:stream|story|series)|more:|see more|see also|read more"
    r"|read also|also read|more to read|further reading|don'?t miss"
    r"|also on(?: [\w-]+\.[a-z]{2,})?\b"
    r"|you (?:may|might) (?:also )?(?:like|be interested|enjoy)|in (?:this|the) series"
    r"|related coverage from"
    # German
    r"|lesen sie (?:auch|mehr)|auch interessant|mehr zum thema|verwandte artikel"
    r"|weitere artikel|auch auf|das könnte sie auch interessieren"
    # French
    r"|(?:à )?lire aussi|lire :|à voir aussi|voir aussi|sur le même sujet"
    r"|articles? liés?|à lire également"
    # Spanish / Portuguese / Italian
    r"|lea también|leer más|te puede interesar|(?:noticias |artículos )?relacionad[oa]s"
    r"|ver también|leia (?:também|mais)|veja também|saiba mais"
    r"|(?:notícias |artigos )?relacionad[oa]s|(?:artigos|matérias) relacionad[oa]s"
    r"|leggi anche|articoli correlati|potrebbe interessarti|vedi anche"
    # Russian / Czech / Polish / Dutch
    r"|читайте (?:также|ещ[её])|материалы по теме|по теме|ещ[её] по теме"
    r"|смотрите также|вам (?:также )?может быть интересно|похожие (?:статьи|новости)"
    r"|související|čtěte (?:také|též)|mohlo by vás zajímat"
    r"|czytaj (?:także|też)|zobacz (?:także|też)|lees ook|gerelateerd"
    r")",
    re.IGNORECASE,
)

# Labels of site-wide recirculation and ads: never related reading, whatever
# the class names say.
RECIRCULATION_LABEL = re.compile(
    r"^\W*(?:most (?:read|popular|shared|viewed|commented)|popular|trending"
    r"|latest|top stories|more from\b|more stories|more great|recommended"
    r"|sponsored|promoted|from (?:our|the) (?:partners?|web|sponsors?)|partner"
    r"|advertis|anzeige|реклама|publicité|publicidad|news ?feed|featured"
    r"|what'?s (?:new|trending)|editors'? picks|today on|happening now"
    r"|recent (?:posts|comments|articles)|latest posts|свежие (?:записи|комментарии)"
    r"|последние (?:новости|записи)|derniers articles|neueste|últimas"
    r"|meistgelesen|beliebt|популярное|самое (?:читаемое|популярное)"
    r"|les plus lus|mais lidas|más leídas|più letti|nejčtenější|právě se děje)",
    re.IGNORECASE,
)

_CTA = (
    # English
    r"subscribe|sign up|signup|newsletter|log ?in|register|create an account"
    r"|follow us|join us|download (?:our|the) app|advertisement|advertising"
    r"|share it|share with"
    r"|sponsored"
    r"|cookies?|share (?:this|on)|read more|continue reading|comments?"
    r"|never miss"
    # Russian
    r"|подпис\w+|реклама|войдите|зарегистрир\w+|комментари\w+|читайте также"
    r"|новостная лента|чаты"
    # German
    r"|abonnier\w+|anzeige|newsletter|anmelden|registrieren|kommentare"
    r"|lesen sie auch|werbung"
    # French
    r"|abonnez|inscrivez|publicité|connectez|commentaires|à lire aussi"
    # Spanish / Portuguese / Italian
    r"|suscr[ií]b\w+|publicidad|inscr[eí]va|assine|publicidade|leia também"
    r"|iscriviti|abbonati|pubblicità|commenti"
)

# A short block made of little more than a call to action or a widget label
# is boilerplate wherever it stands; a paragraph that merely uses the word is
# not (length decides; see ``Options.boilerplate_max_chars``).
BOILERPLATE_TEXT = re.compile(rf"\b(?:{_CTA})\b", re.IGNORECASE)

# ------------------------------------------------------------------ metadata
# The words of bylines and of the page furniture around them, for
# ``_names.py`` (author strings) and ``_byline.py`` (bylines in the markup).
# Seven languages: en, ru, de, fr, es, pt, it.

# Labels that introduce the authors of a byline ("By Ann Lee", "Автор: ...").
BYLINE_LABELS = frozenset(
    {
        "by",
        "written by",
        "words by",
        "text by",
        "story by",
        "reported by",
        "posted by",
        "words",
        "author",
        "authors",
        "text",
        "автор",
        "авторы",
        "текст",
        "von",
        "text von",
        "autor",
        "autoren",
        "autorin",
        "par",
        "écrit par",
        "auteur",
        "auteurs",
        "texte",
        "por",
        "escrito por",
        "texto",
        "autores",
        "di",
        "a cura di",
        "autore",
        "autori",
        "testo",
    }
)

# Roles that are not authorship: the names they introduce are not authors.
NOT_AUTHOR_ROLES = frozenset(
    {
        "photo",
        "photos",
        "photograph",
        "photographs",
        "photography",
        "photographer",
        "picture",
        "pictures",
        "image",
        "images",
        "illustration",
        "illustrations",
        "illustrated",
        "graphic",
        "graphics",
        "video",
        "videos",
        "edited",
        "editing",
        "editor",
        "editors",
        "additional reporting",
        "reporting contributed",
        "contributing",
        "translated",
        "translation",
        "credit",
        "credits",
        "source",
        "updated",
        "last updated",
        "фото",
        "фотограф",
        "иллюстрация",
        "видео",
        "редактор",
        "перевод",
        "источник",
        "обновлено",
        "foto",
        "fotos",
        "fotograf",
        "fotografin",
        "bild",
        "bilder",
        "illustrationen",
        "übersetzung",
        "quelle",
        "aktualisiert",
        "crédit",
        "crédits",
        "traduction",
        "mise à jour",
        "fotografía",
        "ilustración",
        "traducción",
        "fuente",
        "actualizado",
        "fotografia",
        "ilustração",
        "tradução",
        "fonte",
        "atualizado",
        "illustrazione",
        "traduzione",
        "aggiornato",
    }
)

# Words that never occur in a person's name but do in byline widgets.
NOT_A_NAME_WORDS = frozenset(
    {
        "follow",
        "author",
        "authors",
        "share",
        "comment",
        "comments",
        "read",
        "more",
        "view",
        "views",
        "profile",
        "about",
        "contact",
        "email",
        "e-mail",
        "mail",
        "twitter",
        "facebook",
        "instagram",
        "linkedin",
        "subscribe",
        "min",
        "mins",
        "minute",
        "minutes",
        "hour",
        "hours",
        "ago",
        "reading",
        "updated",
        "published",
        "posted",
        "last",
        "click",
        "here",
        "home",
        "search",
        "login",
        "posts",
        "articles",
        "stories",
        "bio",
        "biography",
        "sponsored",
        "advertisement",
        "admin",
        "administrator",
        "guest",
        "unknown",
        "anonymous",
        "null",
        "undefined",
        "none",
        "reporter",
        "writer",
        "columnist",
        "journalist",
        "contributor",
        "producer",
        "intern",
        "корреспондент",
        "журналист",
        "redakteur",
        "redakteurin",
        "journaliste",
        "periodista",
        "jornalista",
        "giornalista",
        "подписаться",
        "читать",
        "комментарии",
        "обновлено",
        "опубликовано",
        "mehr",
        "artikel",
        "folgen",
        "kommentare",
        "suivre",
        "lire",
        "commentaires",
        "seguir",
        "leer",
        "más",
        "comentarios",
        "ler",
        "mais",
        "comentários",
        "segui",
        "leggi",
        "commenti",
    }
)

# Words that make an author string an organisation ("Staff", "News Desk").
ORGANISATION_WORDS = frozenset(
    {
        "the",
        "staff",
        "agencies",
        "agency",
        "news",
        "newsroom",
        "desk",
        "team",
        "editorial",
        "wire",
        "wires",
        "press",
        "service",
        "services",
        "media",
        "group",
        "network",
        "bureau",
        "correspondent",
        "correspondents",
        "contributors",
        "inc",
        "ltd",
        "llc",
        "gmbh",
        "corp",
        "corporation",
        "company",
        "foundation",
        "international",
        "organization",
        "organisation",
        "association",
        "society",
        "institute",
        "university",
        "council",
        "committee",
        "ministry",
        "department",
        "projects",
        "magazine",
        "newspaper",
        "online",
        "redaktion",
        "nachrichten",
        "agenturen",
        "rédaction",
        "agences",
        "actualités",
        "redacción",
        "redaccion",
        "agencias",
        "noticias",
        "redação",
        "redacao",
        "agências",
        "notícias",
        "redazione",
        "agenzie",
        "notizie",
        "редакция",
        "агентство",
        "агентства",
        "служба",
        "новости",
    }
)

# News agencies, whose names read like words, not like people.
NEWS_AGENCIES = frozenset(
    {
        "reuters",
        "afp",
        "ap",
        "associated press",
        "agence france-presse",
        "dpa",
        "efe",
        "ansa",
        "tass",
        "ria novosti",
        "interfax",
        "xinhua",
        "upi",
        "aap",
        "bloomberg",
        "kyodo",
        "yonhap",
        "pa",
        "pa media",
        "apa",
        "epa",
        "lusa",
        "тасс",
        "риа новости",
        "интерфакс",
    }
)

# Class/id words of the elements that hold a byline.
BYLINE_TOKENS = frozenset(
    {
        "byline",
        "bylines",
        "byl",
        "author",
        "authors",
        "writer",
        "writers",
        "creator",
        "reporter",
        "autor",
        "autoren",
        "auteur",
        "autore",
        "autori",
    }
)

# Class/id words of what sits next to an article but is not it: other
# articles, comments, page furniture. Dates and bylines in there belong to
# someone else.
NOT_ARTICLE_TOKENS = frozenset(
    {
        "comment",
        "comments",
        "disqus",
        "discussion",
        "replies",
        "respond",
        "sidebar",
        "rail",
        "widget",
        "widgets",
        "related",
        "recommended",
        "recommendations",
        "recirculation",
        "trending",
        "popular",
        "mostread",
        "teaser",
        "teasers",
        "promo",
        "promoted",
        "outbrain",
        "taboola",
        "carousel",
        "feed",
        "newsfeed",
        "ticker",
        "newsletter",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "more",
        "next",
        "prev",
        "previous",
        "also",
    }
)

# Class/id words of a paywall or registration wall.
PAYWALL_TOKENS = frozenset({"paywall", "paywalled", "regwall"})
# What a paywall says; a "paywall" login widget without it is no wall.
PAYWALL_TEXT = re.compile(
    r"subscri|continue reading|already a member|abonn|подпис|suscr|assin|abbona",
    re.IGNORECASE,
)
