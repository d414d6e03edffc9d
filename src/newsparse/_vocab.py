"""Vocabularies: the words newsparse reads in markup and text, as data.

Class and id values are split into lowercase word tokens (see
``_dom.class_id_tokens``) and matched against these sets whole, never as
substrings. Nothing here names a site: these are the words publishing
systems and widget vendors use everywhere.
"""

from __future__ import annotations

import re


__all__ = [
    "BLOCK_TAGS",
    "BOILERPLATE_TEXT",
    "BYLINE_LABELS",
    "BYLINE_TOKENS",
    "CAPTION_TOKENS",
    "CREDIT_TOKENS",
    "DROP_TAGS",
    "HEADING_TAGS",
    "NEGATIVE_TOKENS",
    "NEWS_AGENCIES",
    "NOT_ARTICLE_TOKENS",
    "NOT_AUTHOR_ROLES",
    "NOT_A_NAME_WORDS",
    "ORGANISATION_WORDS",
    "PAYWALL_TEXT",
    "PAYWALL_TOKENS",
    "POSITIVE_TOKENS",
    "RELATED_TOKENS",
    "SKIP_ROLES",
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
        "math",
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
        "respond",
        "reactions",
        # sharing and following
        "share",
        "sharing",
        "social",
        "sharebar",
        "follow",
        "socials",
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
        "paywall",
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
        "breaking",
        "alert",
        "donate",
        "donation",
        "rating",
    }
)

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
    {
        "related",
        "readmore",
        "recommended",
        "teaser",
        "inline",
        "embed",
        "also",
        "more",
        "see",
    }
)

_CTA = (
    # English
    r"subscribe|sign up|signup|newsletter|log ?in|register|create an account"
    r"|follow us|join us|download (?:our|the) app|advertisement|sponsored"
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
