"""Vocabularies: the words newsparse reads in markup and text, as data.

Class and id values are split into lowercase word tokens (see
``_dom.class_id_tokens``) and matched against these sets whole, never as
substrings. Nothing here names a site: these are the words publishing
systems and widget vendors use everywhere.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator


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
    "GALLERY_TOKENS",
    "HEADING_SELECTOR",
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
    "WIDGET_LABEL",
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
# The same as a CSS selector list ("h1, h2, …").
HEADING_SELECTOR = ", ".join(sorted(HEADING_TAGS))

# Class words of galleries and sliders: scripts may fill them with pictures,
# and their slides' text is not the article's when the article has its own.
GALLERY_TOKENS = frozenset({"gallery", "slider", "slideshow", "carousel", "swiper"})

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
        "gallery",
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
        "cmp",
        "messenger",
        "telegram",
        "chat",
        "chats",
        "livechat",
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
    "comentario",  # es/pt: comentarios, comentario-lista
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


@functools.lru_cache(maxsize=4096)
def is_negative(token: str) -> bool:
    """Whether a class/id word names page furniture.

    Memoised: pages repeat the same class words on many elements, and the
    answer depends on the word alone.
    """
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

# Phrases in which a site addresses its reader: imperatives and the site's
# own "we"/"our" ("sign up to our", "we use cookies", "download our app").
# Found anywhere in a short block, they make it a call to action. Words that
# an article uses too ("subscribers", "comment", "register") are not here:
# they are widget labels below, which count only when they stand alone.
_CALL_TO_ACTION = (
    # English, subscribing and paywalls
    r"subscribe (?:now|today|here|for (?:unlimited|full|just|only|free)"
    r"|to (?:our|read|continue|unlock|keep))"
    r"|(?:for|exclusive(?:ly)? (?:to|for)) subscribers(?: only)?"
    r"|(?:already|become) a (?:subscriber|member)|subscription options"
    r"|support (?:independent|our|quality) journalism|unlimited access"
    r"|cancel any ?time|start your free trial"
    # English, sign-ups, newsletters and messenger channels
    r"|sign up (?:to (?:our|get|receive)|for (?:our|free|a free)|now|here|today)"
    r"|by signing up|our (?:\w+ ){0,2}newsletters?|(?:to|in) your inbox"
    r"|follow us|join us on|join our (?:\w+ ){0,2}(?:channel|community|group)"
    r"|our (?:telegram|whatsapp|viber|youtube|google news) channel"
    r"|on google news|never miss a (?:story|thing|beat|headline)"
    r"|keep you up to (?:speed|date)|for the latest updates"
    r"|get the latest news|latest news from"
    # English, sharing, reading on, printing
    r"|share (?:this (?:article|story|page|post)|on (?:facebook|twitter|x"
    r"|whatsapp|linkedin|telegram)|via)"
    r"|read more|continue reading|keep reading|read the full (?:story|article)"
    r"|(?:print|email|e-mail) this (?:article|page|story)"
    # English, comments, accounts, chat, apps
    r"|(?:leave|post|add|write) (?:a )?comment"
    r"|(?:show|view|load|read) (?:all )?comments"
    r"|comments are closed|join the (?:conversation|discussion)"
    r"|to participate in the discussion|log in or register|sign in or register"
    r"|(?:log|sign) in to (?:comment|reply|continue|read)"
    r"|already have an account|create (?:a free|an|your) account"
    r"|register (?:now|for free|to (?:comment|continue|read))|to continue reading"
    r"|chat with us|download (?:our|the) (?:free )?app|get the app"
    r"|on the app store|get it on google play"
    # English, consent, ads, copyright
    r"|we use cookies|(?:this|our) (?:site|website) uses cookies|use of cookies"
    r"|cookie (?:policy|settings|preferences)|by continuing to (?:browse|use)"
    r"|manage (?:preferences|consent)|accept (?:all )?cookies"
    r"|(?:story|article) continues (?:below|after)|scroll to continue"
    r"|all rights reserved|about the author|share it|share with"
    # Russian
    r"|подпишитесь|подписывайтесь|подпишись|оформ(?:ить|ите) подписку"
    r"|(?:только|доступ\w* только) (?:для )?подписчик\w*|читайте (?:нас|также)"
    r"|наш(?:у|ем)? (?:telegram-|телеграм-)?(?:канал\w*|рассылк\w*)"
    r"|скачайте (?:наше )?приложение|авторизуйтесь|зарегистрируйтесь|войдите"
    r"|участвовать в (?:дискуссии|обсуждении)|оставить комментарий"
    r"|мы используем (?:файлы )?cookie|все права защищены"
    # German
    r"|jetzt (?:\w+ ){0,2}(?:abonnieren|testen|anmelden|registrieren"
    r"|herunterladen)|hier abonnieren|newsletter abonnieren"
    r"|nur für abonnenten|weiterlesen mit|jederzeit kündbar|folgen sie uns"
    r"|melden sie sich an|laden sie (?:\w+ ){0,3}app|in ihrem postfach"
    r"|wir verwenden cookies|verwendung von cookies|alle rechte vorbehalten"
    r"|nach der anzeige|lesen sie auch|chatten sie"
    # French
    r"|abonnez-vous|réservé aux abonnés|déjà abonné|je m['’]abonne|je m['’]inscris"
    r"|inscrivez-vous|recevez (?:chaque|notre|nos)|notre newsletter|suivez-nous"
    r"|connectez-vous|déjà un compte|réagissez|téléchargez (?:l['’]|notre )appli\w*"
    r"|(?:ce site|nous) utilis\w+ des cookies|tous droits réservés"
    r"|reproduction interdite|à lire aussi|lire aussi|partager sur"
    # Spanish
    r"|suscríb(?:ete|ase)|(?:exclusivo|solo) para suscriptores|recibe nuestr[oa]"
    r"|nuestro (?:boletín|canal)|apúntate|síguenos|únete a nuestr[oa]"
    r"|inicia sesión|ya tienes una cuenta|para comentar|descarga (?:la|nuestra) app"
    r"|(?:utilizamos|usamos) cookies|todos los derechos reservados"
    r"|compartir en|lee también"
    # Portuguese
    r"|assine (?:já|agora|e )|exclusivo para assinantes|receba (?:a )?nossa"
    r"|nossa newsletter|siga-nos|nosso canal|faça login|já tem uma conta"
    r"|baixe o (?:app|aplicativo)|(?:este site|utilizamos) (?:utiliza )?cookies"
    r"|todos os direitos reservados|leia também"
    # Italian
    r"|riservato agli abbonati|abbonati (?:ora|subito|per)|iscriviti|seguici"
    r"|hai già un account|scarica l['’]app|(?:questo sito|utilizziamo) \w* ?cookie"
    r"|tutti i diritti riservati|riproduzione riservata|per commentare"
    r"|leggi anche|condividi su"
)

# Words that name a widget or a button. They make a block boilerplate only
# when the block holds nothing else but counts and punctuation ("Comments
# (12)", "Loading…", "Print | Email"); a sentence using them is prose.
_WIDGET_LABELS = (
    # English
    r"subscribe|subscribe now|subscribed|sign in|sign up|log ?in|log out"
    r"|register|newsletters?|advertisements?|advertising|adverts?|ads?|sponsored"
    r"|sponsored content|promoted|paid (?:post|content)|partner content"
    r"|comments?|(?:show|view|load|hide) comments|replies|share|tweet|print"
    r"|e-?mail|save|copy link|tags?|topics|related topics|loading|loader"
    r"|spinner|news ?feed|latest news|latest|live chat|chats?|menu|close|more"
    r"|(?:show|load) more|back to top|accept|reject"
    # Russian
    r"|подписаться|подписка|реклама|комментари[йи]|комментировать|поделиться"
    r"|печать|распечатать|загрузка|теги|темы|войти|регистрация|чаты?"
    r"|онлайн-чат|лента новостей|новостная лента|последние новости|об авторе"
    # German
    r"|abonnieren|anzeige|werbung|kommentare?|kommentieren|teilen"
    r"|artikel teilen|drucken|schlagw(?:o|ö)rte|themen|wird geladen|lädt"
    r"|anmelden|einloggen|registrieren|neueste nachrichten|newsticker"
    r"|nachrichten-ticker|über den autor|zur person"
    # French
    r"|s['’]abonner|abonnement|publicité|commentaires?|commenter|partager"
    r"|imprimer|envoyer|envoyer par e-?mail|mots-clés|sujets|thèmes"
    r"|chargement|se connecter|connexion|s['’]inscrire|fil info|fil d['’]actualité"
    r"|dernières (?:infos|nouvelles|actualités)|à propos de l['’]auteur"
    # Spanish
    r"|suscribirse|publicidad|anuncio|comentarios?|comentar|compartir"
    r"|imprimir|enviar|enviar por (?:correo|e-?mail)|etiquetas|temas"
    r"|cargando|iniciar sesión|registrarse|últimas noticias|sobre el autor"
    # Portuguese
    r"|assine|assinar|publicidade|anúncio|comentários?|compartilhe"
    r"|compartilhar|partilhar|enviar por e-?mail|tópicos|carregando"
    r"|a carregar|entrar|cadastre-se|últimas notícias|sobre o autor"
    # Italian
    r"|abbonati|abbonarsi|pubblicità|commenti|commenta|condividi|stampa"
    r"|invia|invia per e-?mail|tag|argomenti|caricamento(?: in corso)?"
    r"|accedi|registrati|ultime notizie|l['’]autore"
)


def _branches(alternation: str) -> list[str]:
    """The top-level alternatives of a regex alternation, in order."""
    branches: list[str] = []
    start = 0
    for i in _top_level(alternation, "|"):
        branches.append(alternation[start:i])
        start = i + 1
    branches.append(alternation[start:])
    return branches


def _top_level(pattern: str, wanted: str) -> Iterator[int]:
    """Where *pattern* has one of the characters *wanted* outside any group.

    A ")" that closes more than it opened counts as outside, so that the end
    of a leading group can be found too.
    """
    depth = 0
    escaped = in_class = False
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0 and char in wanted:
                yield i
        elif depth == 0 and char in wanted:
            yield i


def _spelled_out(branch: str) -> list[str]:
    """*branch* as alternatives that each start with a letter, where it can.

    ``(?:log|sign) in`` becomes ``log in`` and ``sign in``: tried in that
    order, they match what the group did.
    """
    if not branch.startswith("(?:"):
        return [branch]
    close = next(_top_level(branch[3:], ")"), None)
    if close is None:
        return [branch]
    inner, rest = branch[3 : 3 + close], branch[4 + close :]
    if rest[:1] in {"?", "*", "+", "{"}:
        return [branch]  # an optional group: the alternative may start later
    return [spelled for alt in _branches(inner) for spelled in _spelled_out(alt + rest)]


def _first_letter_dispatch(alternation: str) -> str:
    """The same alternation, trying only the alternatives that can match here.

    Python's ``re`` tries every alternative at every position, so a
    vocabulary of 200 phrases costs 200 attempts at every word of every text
    checked. Grouped by their first letter behind a lookahead, a few are
    tried. Each group keeps the original order and also holds the
    alternatives that do not start with a letter, so the first alternative
    that matches, and thus every match, is unchanged. Compile the result
    with ``re.IGNORECASE``: the lookaheads fold case as the alternatives do.
    """
    branches = [s for b in _branches(alternation) for s in _spelled_out(b)]
    keys = [_first_letter(branch) for branch in branches]
    groups: dict[str, list[str]] = {key: [] for key in keys if key is not None}
    for branch, key in zip(branches, keys, strict=True):
        for letter, members in groups.items():
            if key is None or key == letter:
                members.append(branch)
    other = [b for b, key in zip(branches, keys, strict=True) if key is None]
    letters = "".join(groups)
    dispatch = "|".join(f"(?={a})(?:{'|'.join(m)})" for a, m in groups.items())
    if not other:
        return f"(?=[{letters}])(?:{dispatch})"
    return f"(?=[{letters}])(?:{dispatch})|(?![{letters}])(?:{'|'.join(other)})"


def _first_letter(branch: str) -> str | None:
    """The letter every match of *branch* starts with, lower-cased, if any."""
    first = branch[:1]
    if not first.isalpha() or len(first.lower()) != 1:
        return None
    if branch[1:2] in {"?", "*", "+", "{"}:
        return None  # the letter is optional
    return first.lower()


_WIDGET_DISPATCH = _first_letter_dispatch(_WIDGET_LABELS)

# A widget label anywhere in a line of a few words ("Post Comment (+)",
# "Advert here"); see ``Options.cta_max_words``.
WIDGET_LABEL = re.compile(rf"\b(?:{_WIDGET_DISPATCH})(?!\w)", re.IGNORECASE)

# A short block is boilerplate wherever it stands when it holds a call to
# action, consists of widget labels only, opens with an imperative to
# subscribe ("Subscribe to WIRED and ...") or with a copyright sign and a year; a longer
# one is a paragraph that merely mentions the words (length decides; see
# ``Options.boilerplate_max_chars``).
BOILERPLATE_TEXT = re.compile(
    rf"\b(?:{_first_letter_dispatch(_CALL_TO_ACTION)})(?!\w)"
    rf"|^[\W\d_]*(?:(?:{_WIDGET_DISPATCH})(?!\w)[\W\d_]*)+$"
    r"|^\W*(?:subscribe|sign up) (?:to|for)\b"
    # a copyright line names its year; "© REUTERS / Jo Bloggs" is a credit.
    # The marks before "©" are read possessively and cannot be "©" or "(",
    # so that a run of them is not rescanned from each position (linear).
    r"|^[^\w©(]*+(?:\(\s*+)?(?:©|\(c\)\s|copyright\b).*\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)

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
