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
    "CAPTION_TOKENS",
    "CREDIT_TOKENS",
    "DROP_TAGS",
    "HEADING_TAGS",
    "NEGATIVE_TOKENS",
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
        "regwall",
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
    r"|(?:leave|post|add|write) a comment|(?:show|view|load|read) (?:all )?comments"
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
    r"|all rights reserved|about the author"
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
    r"|register|newsletters?|advertisements?|advert|ads?|sponsored"
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

# A short block is boilerplate wherever it stands when it holds a call to
# action, consists of widget labels only, opens with an imperative to
# subscribe ("Subscribe to WIRED and ...") or with a copyright sign; a longer
# one is a paragraph that merely mentions the words (length decides; see
# ``Options.boilerplate_max_chars``).
BOILERPLATE_TEXT = re.compile(
    rf"\b(?:{_CALL_TO_ACTION})(?!\w)"
    rf"|^[\W\d_]*(?:(?:{_WIDGET_LABELS})(?!\w)[\W\d_]*)+$"
    r"|^\W*(?:subscribe|sign up) (?:to|for)\b"
    r"|^\W*(?:©|\(c\)\s|copyright\b)",
    re.IGNORECASE,
)
