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
    "CAPTION_TOKENS",
    "CREDIT_LABEL",
    "CREDIT_TOKENS",
    "DROP_TAGS",
    "HEADING_TAGS",
    "NEGATIVE_TOKENS",
    "NON_PICTURE_TOKENS",
    "POSITIVE_TOKENS",
    "RECIRCULATION_LABEL",
    "RELATED_LABEL",
    "RELATED_TOKENS",
    "SCREEN_READER_CLASS",
    "SKIP_ROLES",
    "TEASER_TOKENS",
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
# "Image copyright"): labels, not caption text.
SCREEN_READER_CLASS = re.compile(
    r"(?:^|\s)(?:[\w-]*(?:off-?screen|visually-?hidden|sr-only|screen-?reader"
    r"|a11y|visuallyhidden|element-invisible)[\w-]*)(?:\s|$)",
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
