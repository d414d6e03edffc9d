"""A catalogue of boilerplate as news sites write it, kept as data in one place.

Every snippet is an HTML fragment that pages put in or around an article and
that is never article text: prompts, sign-ups, share bars, widget labels,
banners. The catalogue is the test oracle for boilerplate removal
(``tests/test_boilerplate_catalogue.py`` embeds each snippet at the top, in
the middle and at the bottom of an article) and the source of random
boilerplate for :mod:`newsparse.testing`.

The markup is written the way real sites write it: some snippets carry
telling class names (``paywall``, ``share-bar``), others the meaningless ones
that CSS-in-JS and minifiers produce (``sc-3d4e5f``, ``x9``), so that their
text alone must carry the signal. The library never looks a snippet up here:
it must recognise each one from general vocabulary (``_vocab.py``) and
structure, or the catalogue test fails.
"""

from __future__ import annotations

import enum

import attrs


__all__ = ["LANGUAGES", "SNIPPETS", "Kind", "Snippet"]


class Kind(enum.StrEnum):
    """What a snippet is for; one member per kind of boilerplate."""

    SUBSCRIBE = "subscribe"
    """Subscribe buttons and paywall prompts."""
    NEWSLETTER = "newsletter"
    """E-mail newsletter sign-ups."""
    MESSENGER = "messenger"
    """Telegram, WhatsApp, Viber and Google News channel sign-ups."""
    SOCIAL = "social"
    """Share bars and follow-us links."""
    COMMENTS = "comments"
    """Comment sections, counters and prompts."""
    LOGIN = "login"
    """Log-in and registration prompts."""
    CHAT = "chat"
    """Chat widgets and their labels."""
    NEWSFEED = "newsfeed"
    """Newsfeeds and latest-news lists."""
    CONSENT = "consent"
    """Cookie and consent banners."""
    AD_LABEL = "ad_label"
    """Advertisement labels and "story continues below" notes."""
    APP = "app"
    """App download prompts."""
    AUTHOR_BIO = "author_bio"
    """Author bio boxes (the author belongs in metadata)."""
    TAGS = "tags"
    """Tag and topic lists (tags belong in metadata)."""
    LOADER = "loader"
    """Loader and spinner text."""
    PRINT_EMAIL = "print_email"
    """Print and e-mail buttons."""
    COPYRIGHT = "copyright"
    """Copyright and reproduction lines."""
    MASTHEAD = "masthead"
    """Site name, section name and section tagline above an article."""


@attrs.frozen(kw_only=True)
class Snippet:
    """One piece of boilerplate.

    Attributes:
        kind: What it is.
        language: BCP 47 primary language of its text.
        html: The fragment, as a site would serve it.
        source: Where the wording comes from when it is quoted from a
            specific page (``"sputnik seed"``), else None.
    """

    kind: Kind
    language: str
    html: str
    source: str | None = None


_SEED = "sputnik seed"

# Languages every kind is written in (at least once per language overall).
LANGUAGES = ("de", "en", "es", "fr", "it", "pt", "ru")

_K = Kind

SNIPPETS: tuple[Snippet, ...] = (
    # --- subscribe buttons and paywall prompts --------------------------------
    Snippet(
        kind=_K.SUBSCRIBE,
        language="en",
        source=_SEED,
        html='<div class="sc-f1e2d3-s" role="button" tabindex="0">Subscribe</div>',
    ),
    Snippet(
        kind=_K.SUBSCRIBE,
        language="en",
        source=_SEED,
        html='<div class="m4"><span class="x7">Subscribe</span></div>',
    ),
    Snippet(
        kind=_K.SUBSCRIBE,
        language="en",
        html=(
            '<div class="paywall"><h3>This story is for subscribers only</h3>'
            "<p>Subscribe for unlimited access to our journalism. Cancel anytime.</p>"
            '<a class="btn btn--primary" href="/subscribe?ref=paywall">'
            "See subscription options</a>"
            '<p>Already a subscriber? <a href="/login">Sign in</a></p></div>'
        ),
    ),
    Snippet(
        kind=_K.SUBSCRIBE,
        language="en",
        html=(
            '<div class="c-3kd9"><p class="t1">Support independent journalism. '
            '<a href="https://example.com/subscribe">Subscribe today</a> '
            "from just $1 a week.</p></div>"
        ),
    ),
    Snippet(
        kind=_K.SUBSCRIBE,
        language="ru",
        html=(
            '<div class="paywall-banner"><p>Этот материал доступен только '
            'подписчикам.</p><a href="/subscribe/">Оформить подписку</a></div>'
        ),
    ),
    Snippet(
        kind=_K.SUBSCRIBE,
        language="ru",
        html='<div class="b-3f"><span>Подпишитесь, чтобы читать дальше</span></div>',
    ),
    Snippet(
        kind=_K.SUBSCRIBE,
        language="de",
        html=(
            '<div class="plus-teaser"><p>Weiterlesen mit Z+</p>'
            "<p>Jetzt 4 Wochen für 1 € testen. Jederzeit kündbar.</p>"
            '<a href="/abo">Jetzt abonnieren</a></div>'
        ),
    ),
    Snippet(
        kind=_K.SUBSCRIBE,
        language="de",
        html=(
            '<div class="x-91"><p>Dieser Artikel ist nur für Abonnenten '
            'verfügbar. <a href="/abo/">Hier abonnieren</a></p></div>'
        ),
    ),
    Snippet(
        kind=_K.SUBSCRIBE,
        language="fr",
        html=(
            '<section class="article__paywall"><p>Cet article est réservé aux '
            'abonnés.</p><p>Déjà abonné ? <a href="/connexion">Se connecter</a>'
            '</p><a href="/abonnement">Abonnez-vous à partir de 1 €</a></section>'
        ),
    ),
    Snippet(
        kind=_K.SUBSCRIBE,
        language="es",
        html=(
            '<div class="ab-7"><p>Este contenido es exclusivo para suscriptores. '
            '<a href="/suscripciones/">Suscríbete</a> para seguir leyendo.</p></div>'
        ),
    ),
    Snippet(
        kind=_K.SUBSCRIBE,
        language="pt",
        html=(
            '<div class="paywall"><p>Conteúdo exclusivo para assinantes. '
            '<a href="/assine/">Assine</a> e tenha acesso ilimitado.</p></div>'
        ),
    ),
    Snippet(
        kind=_K.SUBSCRIBE,
        language="it",
        html=(
            '<div class="r9q"><p>Questo articolo è riservato agli abbonati. '
            '<a href="/abbonamenti/">Abbonati</a> per continuare a leggere.</p></div>'
        ),
    ),
    # --- newsletter sign-ups --------------------------------------------------
    Snippet(
        kind=_K.NEWSLETTER,
        language="en",
        html=(
            '<div class="newsletter-signup"><h4>Sign up for our morning '
            "newsletter</h4><p>Get the day's top stories in your inbox every "
            'weekday.</p><form action="/nl"><input type="email" '
            'placeholder="Your email address"><button>Sign up</button></form>'
            '<p class="small">By signing up you agree to our Privacy Policy.</p>'
            "</div>"
        ),
    ),
    Snippet(
        kind=_K.NEWSLETTER,
        language="en",
        html=(
            '<div class="c-8sh"><p class="c-8sh__t"><strong>Get our free '
            "newsletter:</strong> the best stories of the week, delivered to your "
            "inbox.</p></div>"
        ),
    ),
    Snippet(
        kind=_K.NEWSLETTER,
        language="de",
        html=(
            '<div class="a8b"><p>Der tägliche Newsletter: Alles Wichtige aus '
            "Politik und Wirtschaft – jeden Morgen in Ihrem Postfach. "
            '<a href="/newsletter/">Jetzt kostenlos abonnieren</a></p></div>'
        ),
    ),
    Snippet(
        kind=_K.NEWSLETTER,
        language="fr",
        html=(
            '<div class="newsletter-box"><p class="title">La newsletter du matin'
            "</p><p>Recevez chaque matin l'essentiel de l'actualité.</p>"
            '<a href="/newsletters">Je m\'inscris</a></div>'
        ),
    ),
    Snippet(
        kind=_K.NEWSLETTER,
        language="es",
        html=(
            '<div class="k2z"><p>Recibe nuestro boletín con las noticias más '
            'importantes del día. <a href="/newsletter">Apúntate aquí</a></p></div>'
        ),
    ),
    Snippet(
        kind=_K.NEWSLETTER,
        language="pt",
        html=(
            '<aside class="nl"><p>Receba a nossa newsletter diária no seu e-mail.'
            '</p><a href="/newsletter">Quero receber</a></aside>'
        ),
    ),
    Snippet(
        kind=_K.NEWSLETTER,
        language="it",
        html=(
            '<div class="q1"><p><a href="/newsletter/">Iscriviti alla nostra '
            "newsletter</a> per ricevere ogni mattina le notizie più importanti."
            "</p></div>"
        ),
    ),
    Snippet(
        kind=_K.NEWSLETTER,
        language="ru",
        html=(
            '<div class="s7"><p>Подпишитесь на нашу рассылку — главные новости '
            "дня каждое утро на вашей почте.</p></div>"
        ),
    ),
    # --- messenger channels ---------------------------------------------------
    Snippet(
        kind=_K.MESSENGER,
        language="en",
        source=_SEED,
        html=(
            '<div class="sc-0d9e8f">Never miss a story again&#160;— <a '
            'href="https://t.me/sputnik_int">sign up</a>&#160;to our Telegram '
            "channel and we'll keep you up&#160;to speed!</div>"
        ),
    ),
    Snippet(
        kind=_K.MESSENGER,
        language="en",
        html=(
            '<p class="x2"><em>Follow us on <a href="https://whatsapp.com/channel/'
            '0029Va">WhatsApp</a> for the latest updates.</em></p>'
        ),
    ),
    Snippet(
        kind=_K.MESSENGER,
        language="en",
        html=(
            '<div class="gnews-cta"><a href="https://news.google.com/publications/'
            'CAAqBwgKMP">Follow us on Google News</a></div>'
        ),
    ),
    Snippet(
        kind=_K.MESSENGER,
        language="en",
        html=(
            '<div class="f3"><a href="https://invite.viber.com/?g2=AQB">'
            "Join our Viber community</a> to get the news first.</div>"
        ),
    ),
    Snippet(
        kind=_K.MESSENGER,
        language="ru",
        html=(
            '<div class="b1"><p>Читайте нас в <a href="https://t.me/news_ru">'
            "Telegram</a></p></div>"
        ),
    ),
    Snippet(
        kind=_K.MESSENGER,
        language="ru",
        html=(
            "<p><strong>Подписывайтесь на наш канал в "
            '<a href="https://t.me/news_ru">Telegram</a>, чтобы первыми узнавать '
            "о главных новостях.</strong></p>"
        ),
    ),
    Snippet(
        kind=_K.MESSENGER,
        language="de",
        html=(
            '<div class="d9"><p>Folgen Sie uns auf <a href="https://whatsapp.com/'
            'channel/0029Vb">WhatsApp</a> und verpassen Sie keine Nachrichten '
            "mehr.</p></div>"
        ),
    ),
    Snippet(
        kind=_K.MESSENGER,
        language="fr",
        html=(
            '<p class="p-3">Suivez-nous sur <a href="https://news.google.com/'
            'publications/CAAqKAgKIi">Google Actualités</a></p>'
        ),
    ),
    Snippet(
        kind=_K.MESSENGER,
        language="es",
        html=(
            '<div class="wa-cta"><p>Únete a nuestro canal de WhatsApp y recibe '
            "las noticias más importantes.</p>"
            '<a href="https://whatsapp.com/channel/0029Vc">Unirme</a></div>'
        ),
    ),
    Snippet(
        kind=_K.MESSENGER,
        language="pt",
        html=(
            '<p class="y6"><a href="https://t.me/noticias_pt">Entre no nosso canal '
            "no Telegram</a> e receba as principais notícias do dia.</p>"
        ),
    ),
    Snippet(
        kind=_K.MESSENGER,
        language="it",
        html=(
            '<div class="z0"><p>Seguici su <a href="https://t.me/notizie_it">'
            'Telegram</a> e <a href="https://invite.viber.com/?g2=AQC">Viber</a> '
            "per restare aggiornato.</p></div>"
        ),
    ),
    # --- share bars and follow links ------------------------------------------
    Snippet(
        kind=_K.SOCIAL,
        language="en",
        html=(
            '<div class="share-bar"><span>Share this article</span> '
            '<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2F'
            'example.com%2Fa">Facebook</a> <a href="https://twitter.com/intent/'
            'tweet?url=https%3A%2F%2Fexample.com%2Fa">Twitter</a> '
            '<a href="https://api.whatsapp.com/send?text=https%3A%2F%2Fexample.com'
            '%2Fa">WhatsApp</a> <a href="mailto:?subject=Story">Email</a></div>'
        ),
    ),
    Snippet(
        kind=_K.SOCIAL,
        language="en",
        html=(
            '<ul class="u1"><li><a href="https://www.facebook.com/sharer/'
            'sharer.php?u=x">Facebook</a></li><li><a href="https://x.com/intent/'
            'post?url=x">X</a></li><li><a href="https://www.linkedin.com/'
            'shareArticle?url=x">LinkedIn</a></li></ul>'
        ),
    ),
    Snippet(
        kind=_K.SOCIAL,
        language="en",
        html=(
            '<p class="f1">Follow us on <a href="https://facebook.com/paper">'
            'Facebook</a>, <a href="https://instagram.com/paper">Instagram</a> and '
            '<a href="https://x.com/paper">X</a>.</p>'
        ),
    ),
    Snippet(
        kind=_K.SOCIAL,
        language="ru",
        html=(
            '<div class="g5"><span>Поделиться:</span> <a href="https://vk.com/'
            'share.php?url=x">ВКонтакте</a> <a href="https://connect.ok.ru/offer?'
            'url=x">Одноклассники</a> <a href="https://t.me/share/url?url=x">'
            "Telegram</a></div>"
        ),
    ),
    Snippet(
        kind=_K.SOCIAL,
        language="de",
        html=(
            '<div class="social-share"><span>Artikel teilen</span> '
            '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> '
            '<a href="https://x.com/intent/post?url=x">X</a> '
            '<a href="mailto:?subject=Artikel">E-Mail</a></div>'
        ),
    ),
    Snippet(
        kind=_K.SOCIAL,
        language="fr",
        html=(
            '<div class="h8"><p>Partager sur <a href="https://www.facebook.com/'
            'sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/'
            'intent/tweet?url=x">Twitter</a> <a href="https://www.linkedin.com/'
            'shareArticle?url=x">LinkedIn</a></p></div>'
        ),
    ),
    Snippet(
        kind=_K.SOCIAL,
        language="es",
        html=(
            '<div class="r2"><span>Compartir en</span> '
            '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> '
            '<a href="https://twitter.com/intent/tweet?url=x">Twitter</a> '
            '<a href="https://api.whatsapp.com/send?text=x">WhatsApp</a></div>'
        ),
    ),
    Snippet(
        kind=_K.SOCIAL,
        language="pt",
        html=(
            '<div class="compartilhar"><span>Compartilhe:</span> '
            '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> '
            '<a href="https://api.whatsapp.com/send?text=x">WhatsApp</a> '
            '<a href="https://twitter.com/intent/tweet?url=x">Twitter</a></div>'
        ),
    ),
    Snippet(
        kind=_K.SOCIAL,
        language="it",
        html=(
            '<div class="t7"><span>Condividi</span> '
            '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> '
            '<a href="https://twitter.com/intent/tweet?url=x">Twitter</a> '
            '<a href="https://api.whatsapp.com/send?text=x">WhatsApp</a></div>'
        ),
    ),
    # --- comments -------------------------------------------------------------
    Snippet(
        kind=_K.COMMENTS,
        language="en",
        source=_SEED,
        html=(
            '<div class="sc-6a7b8c c0m"><div class="sc-6a7b8c-n">0</div>'
            '<div class="sc-6a7b8c-p">To participate in the discussion</div>'
            '<a class="sc-6a7b8c-a" href="/auth/">log in or register</a>'
            '<div class="sc-6a7b8c-ld"><span class="hid-x">loader</span></div>'
            "</div>"
        ),
    ),
    Snippet(
        kind=_K.COMMENTS,
        language="en",
        source=_SEED,
        html=(
            '<section class="comments" aria-label="Comments">'
            '<header class="comments__header"><span class="comments__count">0'
            "</span></header>"
            '<p class="comments__prompt">To participate in the discussion</p>'
            '<p><a class="comments__login" href="/auth/">log in or register</a></p>'
            "</section>"
        ),
    ),
    Snippet(
        kind=_K.COMMENTS,
        language="en",
        html=(
            '<div class="article-comments-count"><a href="#comments">12 comments'
            "</a></div>"
        ),
    ),
    Snippet(
        kind=_K.COMMENTS,
        language="en",
        html=(
            '<section id="comments" class="comments-area"><h2>Comments</h2>'
            '<div class="comment"><p class="comment-author">Jim R.</p><p>This is '
            "exactly what I have been saying for years, nobody in the council "
            "listens to residents anymore and now we all pay for it.</p></div>"
            '<div class="comment"><p class="comment-author">Marta</p><p>Great '
            "reporting, thank you for covering this story in such detail.</p>"
            '</div><p><a href="/login">Log in</a> to leave a comment.</p></section>'
        ),
    ),
    Snippet(
        kind=_K.COMMENTS,
        language="en",
        html='<div class="v8"><p>Comments are closed for this article.</p></div>',
    ),
    Snippet(
        kind=_K.COMMENTS,
        language="ru",
        html='<div class="m2"><span>Комментарии</span> <span>3</span></div>',
    ),
    Snippet(
        kind=_K.COMMENTS,
        language="de",
        html=(
            '<div class="c7d"><a href="#kommentare">Kommentare anzeigen (24)</a></div>'
        ),
    ),
    Snippet(
        kind=_K.COMMENTS,
        language="fr",
        html=(
            '<div class="w4"><p>Réagissez à cet article</p><p>'
            '<a href="/connexion">Connectez-vous</a> pour commenter.</p></div>'
        ),
    ),
    Snippet(
        kind=_K.COMMENTS,
        language="es",
        html=(
            '<div class="e1"><p>Comentarios</p><p>Para comentar debes '
            '<a href="/login">iniciar sesión</a>.</p></div>'
        ),
    ),
    Snippet(
        kind=_K.COMMENTS,
        language="pt",
        html=(
            '<div class="pp1"><p>Comentários (5)</p>'
            '<p><a href="#comentarios">Ver comentários</a></p></div>'
        ),
    ),
    Snippet(
        kind=_K.COMMENTS,
        language="it",
        html=(
            '<div class="commenti"><h3>Commenti</h3><p>Per commentare è necessario '
            '<a href="/login">accedere</a> o <a href="/registrati">registrarsi</a>.'
            "</p></div>"
        ),
    ),
    # --- log-in prompts -------------------------------------------------------
    Snippet(
        kind=_K.LOGIN,
        language="en",
        html=(
            '<div class="f7"><p>Already have an account? <a href="/login">Sign in'
            "</a></p></div>"
        ),
    ),
    Snippet(
        kind=_K.LOGIN,
        language="en",
        html=(
            '<div class="regwall"><p>Create a free account to continue reading.</p>'
            '<a href="/register">Register</a> <a href="/login">Log in</a></div>'
        ),
    ),
    Snippet(
        kind=_K.LOGIN,
        language="ru",
        html=(
            '<div class="j4"><p>Чтобы участвовать в дискуссии, '
            '<a href="/auth/">авторизуйтесь</a> или '
            '<a href="/register/">зарегистрируйтесь</a></p></div>'
        ),
    ),
    Snippet(
        kind=_K.LOGIN,
        language="de",
        html=(
            '<div class="login-box"><p>Bitte melden Sie sich an, um weiterzulesen.'
            '</p><a href="/login">Anmelden</a></div>'
        ),
    ),
    Snippet(
        kind=_K.LOGIN,
        language="fr",
        html=(
            '<p class="n6">Vous avez déjà un compte ? <a href="/connexion">'
            "Connectez-vous</a></p>"
        ),
    ),
    Snippet(
        kind=_K.LOGIN,
        language="es",
        html=(
            '<div class="o3"><p>¿Ya tienes una cuenta? <a href="/login">'
            "Inicia sesión</a></p></div>"
        ),
    ),
    Snippet(
        kind=_K.LOGIN,
        language="pt",
        html=(
            '<div class="l0"><p>Já tem uma conta? <a href="/login">Faça login</a>'
            "</p></div>"
        ),
    ),
    Snippet(
        kind=_K.LOGIN,
        language="it",
        html=(
            '<div class="u5"><p>Hai già un account? <a href="/login">Accedi</a>'
            "</p></div>"
        ),
    ),
    # --- chat widgets ---------------------------------------------------------
    Snippet(
        kind=_K.CHAT,
        language="en",
        source=_SEED,
        html=('<div class="sc-9b0c1d ch7"><div class="sc-9b0c1d-h">Chats</div></div>'),
    ),
    Snippet(
        kind=_K.CHAT,
        language="ru",
        source=_SEED,
        html=(
            '<aside class="chat-widget" aria-label="Chats">'
            '<h2 class="chat-widget__title">Chats</h2>'
            '<div class="chat-widget__material"><p class="chat-widget__material-'
            'title">Заголовок открываемого материала</p></div></aside>'
        ),
    ),
    Snippet(
        kind=_K.CHAT,
        language="en",
        html=(
            '<div class="livechat-launcher"><p>Chat with us</p>'
            "<p>We typically reply in a few minutes</p></div>"
        ),
    ),
    Snippet(
        kind=_K.CHAT,
        language="ru",
        html='<div class="q9"><span>Онлайн-чат</span></div>',
    ),
    Snippet(
        kind=_K.CHAT,
        language="de",
        html='<div class="chat-teaser"><p>Fragen? Chatten Sie mit uns!</p></div>',
    ),
    # --- newsfeeds ------------------------------------------------------------
    Snippet(
        kind=_K.NEWSFEED,
        language="en",
        source=_SEED,
        html='<div class="sc-6c7d8e"><div class="sc-6c7d8e-h">Newsfeed</div></div>',
    ),
    Snippet(
        kind=_K.NEWSFEED,
        language="en",
        html=(
            '<section class="latest-news"><h3>Latest news</h3><ul>'
            '<li><a href="/a">Storm leaves thousands without power across the '
            'north</a></li><li><a href="/b">Central bank holds rates steady for '
            'third month</a></li><li><a href="/c">City marathon draws record '
            "number of runners</a></li></ul></section>"
        ),
    ),
    Snippet(
        kind=_K.NEWSFEED,
        language="ru",
        html=(
            '<div class="d4"><div class="d4-h">Лента новостей</div>'
            '<div class="d4-i"><span>12:40</span> <a href="/news/1">В Москве '
            "открылась новая станция метро</a></div>"
            '<div class="d4-i"><span>12:15</span> <a href="/news/2">Курс доллара '
            "снизился на утренних торгах</a></div></div>"
        ),
    ),
    Snippet(
        kind=_K.NEWSFEED,
        language="de",
        html=(
            '<div class="n4"><h3>Neueste Nachrichten</h3><ul>'
            '<li><a href="/1">Bahn kündigt neuen Fahrplan für den Winter an</a></li>'
            '<li><a href="/2">Landtag beschließt Haushalt für das kommende Jahr</a>'
            "</li></ul></div>"
        ),
    ),
    Snippet(
        kind=_K.NEWSFEED,
        language="fr",
        html=(
            '<div class="k8"><p class="k8-t">Fil info</p><ul>'
            '<li><span>10:42</span> <a href="/1">Grève : le trafic reste perturbé '
            'en Île-de-France</a></li><li><span>10:30</span> <a href="/2">Le '
            "Parlement adopte le budget de la Sécurité sociale</a></li></ul></div>"
        ),
    ),
    Snippet(
        kind=_K.NEWSFEED,
        language="es",
        html=(
            '<div class="ultimas"><h4>Últimas noticias</h4><ul>'
            '<li><a href="/1">El Gobierno aprueba el nuevo plan de vivienda</a></li>'
            '<li><a href="/2">La ola de calor se prolongará hasta el domingo</a>'
            "</li></ul></div>"
        ),
    ),
    Snippet(
        kind=_K.NEWSFEED,
        language="pt",
        html=(
            '<div class="b6"><h4>Últimas notícias</h4><ul>'
            '<li><a href="/1">Governo anuncia novo pacote de medidas económicas</a>'
            '</li><li><a href="/2">Chuvas fortes provocam cortes de estrada no '
            "norte</a></li></ul></div>"
        ),
    ),
    Snippet(
        kind=_K.NEWSFEED,
        language="it",
        html=(
            '<div class="ultima-ora"><h4>Ultime notizie</h4><ul>'
            '<li><a href="/1">Il governo approva la manovra economica</a></li>'
            '<li><a href="/2">Maltempo, allerta arancione in tre regioni</a></li>'
            "</ul></div>"
        ),
    ),
    # --- cookie and consent banners -------------------------------------------
    Snippet(
        kind=_K.CONSENT,
        language="en",
        html=(
            '<div id="cookie-banner" class="cookie-consent"><p>We use cookies to '
            "give you the best possible experience on our website. By continuing "
            "to browse, you agree to our use of cookies.</p>"
            '<a href="/privacy">Learn more</a><button>Accept</button></div>'
        ),
    ),
    Snippet(
        kind=_K.CONSENT,
        language="en",
        html=(
            '<div class="z3"><p>This site uses cookies. <a href="/cookies">Manage '
            "preferences</a></p></div>"
        ),
    ),
    Snippet(
        kind=_K.CONSENT,
        language="en",
        source=_SEED,
        html=(
            '<div class="sc-cc1dd2 ck"><div class="sc-cc1dd2-t">This website uses '
            "cookies.</div></div>"
        ),
    ),
    Snippet(
        kind=_K.CONSENT,
        language="de",
        html=(
            '<div class="cmp-banner"><p>Wir verwenden Cookies, um Ihnen das beste '
            "Nutzererlebnis zu bieten. Mit der Nutzung unserer Website stimmen Sie "
            "der Verwendung von Cookies zu.</p><button>Akzeptieren</button></div>"
        ),
    ),
    Snippet(
        kind=_K.CONSENT,
        language="fr",
        html=(
            '<div class="bandeau-cookies"><p>Ce site utilise des cookies pour '
            'améliorer votre expérience. <a href="/cookies">En savoir plus</a></p>'
            "</div>"
        ),
    ),
    Snippet(
        kind=_K.CONSENT,
        language="es",
        html=(
            '<div class="aviso"><p>Utilizamos cookies propias y de terceros para '
            'mejorar nuestros servicios. <a href="/cookies">Más información</a>'
            "</p></div>"
        ),
    ),
    Snippet(
        kind=_K.CONSENT,
        language="pt",
        html=(
            '<div class="c4"><p>Este site utiliza cookies para melhorar a sua '
            "experiência. Ao continuar a navegar, concorda com a sua utilização."
            "</p></div>"
        ),
    ),
    Snippet(
        kind=_K.CONSENT,
        language="it",
        html=(
            '<div class="cookie-bar"><p>Questo sito utilizza cookie per migliorare '
            "la tua esperienza di navigazione.</p><button>Accetta</button></div>"
        ),
    ),
    Snippet(
        kind=_K.CONSENT,
        language="ru",
        html=(
            '<div class="w0"><p>Мы используем файлы cookie, чтобы сайт работал '
            "лучше. Оставаясь на сайте, вы соглашаетесь с этим.</p></div>"
        ),
    ),
    # --- advertisement labels -------------------------------------------------
    Snippet(
        kind=_K.AD_LABEL,
        language="en",
        html=(
            '<div class="ad-container"><span class="ad-label">Advertisement</span>'
            '<div id="div-gpt-ad-1700000000000-0"></div></div>'
        ),
    ),
    Snippet(
        kind=_K.AD_LABEL,
        language="en",
        html='<div class="x0"><p class="x0-l">ADVERTISEMENT</p></div>',
    ),
    Snippet(
        kind=_K.AD_LABEL,
        language="en",
        html='<div class="y4"><p>Story continues below advertisement</p></div>',
    ),
    Snippet(
        kind=_K.AD_LABEL,
        language="en",
        html='<div class="y5"><p>Scroll to continue with content</p></div>',
    ),
    Snippet(
        kind=_K.AD_LABEL,
        language="de",
        html='<div class="m9"><span>Anzeige</span></div>',
    ),
    Snippet(
        kind=_K.AD_LABEL,
        language="de",
        html=(
            '<div class="m10"><p>Artikel wird nach der Anzeige fortgesetzt</p></div>'
        ),
    ),
    Snippet(
        kind=_K.AD_LABEL,
        language="ru",
        html='<div class="r1"><span>Реклама</span></div>',
    ),
    Snippet(
        kind=_K.AD_LABEL,
        language="fr",
        html='<div class="pub"><span>Publicité</span></div>',
    ),
    Snippet(
        kind=_K.AD_LABEL,
        language="es",
        html='<div class="k5"><p>Publicidad</p></div>',
    ),
    Snippet(
        kind=_K.AD_LABEL,
        language="pt",
        html='<div class="k6"><p>Publicidade</p></div>',
    ),
    Snippet(
        kind=_K.AD_LABEL,
        language="it",
        html='<div class="k7"><p>Pubblicità</p></div>',
    ),
    # --- app download prompts -------------------------------------------------
    Snippet(
        kind=_K.APP,
        language="en",
        html=(
            '<div class="app-promo"><p>Get the app: the news on the go.</p>'
            '<a href="https://apps.apple.com/app/id100">App Store</a> '
            '<a href="https://play.google.com/store/apps/details?id=x">Google Play'
            "</a></div>"
        ),
    ),
    Snippet(
        kind=_K.APP,
        language="en",
        html=(
            '<div class="n1"><p><a href="https://example.onelink.me/abc">Download '
            "our app</a> for breaking news alerts.</p></div>"
        ),
    ),
    Snippet(
        kind=_K.APP,
        language="ru",
        html=(
            '<div class="h2x"><p>Скачайте наше приложение — все новости всегда '
            "под рукой.</p></div>"
        ),
    ),
    Snippet(
        kind=_K.APP,
        language="de",
        html=(
            '<div class="e6"><p>Laden Sie jetzt unsere kostenlose App herunter.</p>'
            "</div>"
        ),
    ),
    Snippet(
        kind=_K.APP,
        language="fr",
        html=(
            '<div class="a3"><p>Téléchargez l\'application pour ne rien manquer '
            "de l'actualité.</p></div>"
        ),
    ),
    Snippet(
        kind=_K.APP,
        language="es",
        html=(
            '<div class="app-banner"><p>Descarga la app y recibe las noticias al '
            "momento.</p></div>"
        ),
    ),
    Snippet(
        kind=_K.APP,
        language="pt",
        html=(
            '<div class="g1"><p>Baixe o app e receba notícias em tempo real.</p></div>'
        ),
    ),
    Snippet(
        kind=_K.APP,
        language="it",
        html=(
            '<div class="g2"><p>Scarica l\'app per leggere le notizie ovunque.</p>'
            "</div>"
        ),
    ),
    # --- author bio boxes -----------------------------------------------------
    Snippet(
        kind=_K.AUTHOR_BIO,
        language="en",
        html=(
            '<div class="author-bio"><img src="/img/jane-doe.jpg" alt="">'
            "<p><strong>Jane Doe</strong> is a senior correspondent covering "
            "European politics. She has previously reported from Brussels, Berlin "
            "and Warsaw.</p></div>"
        ),
    ),
    Snippet(
        kind=_K.AUTHOR_BIO,
        language="ru",
        html=(
            '<div class="article-author__bio"><p>Об авторе</p><p>Иван Петров — '
            "обозреватель отдела политики, пишет о выборах и парламенте.</p></div>"
        ),
    ),
    Snippet(
        kind=_K.AUTHOR_BIO,
        language="de",
        html=(
            '<div class="c-bio"><h4>Über den Autor</h4><p>Max Mustermann ist '
            "Korrespondent in Brüssel und schreibt über europäische Politik.</p>"
            "</div>"
        ),
    ),
    Snippet(
        kind=_K.AUTHOR_BIO,
        language="fr",
        html=(
            '<div class="bio-box"><p>À propos de l\'auteur</p><p>Marie Dupont est '
            "journaliste au service Économie depuis 2015.</p></div>"
        ),
    ),
    Snippet(
        kind=_K.AUTHOR_BIO,
        language="es",
        html=(
            '<div class="autor-bio"><p>Sobre el autor</p><p>Carlos Gómez es '
            "redactor de la sección de Internacional.</p></div>"
        ),
    ),
    Snippet(
        kind=_K.AUTHOR_BIO,
        language="pt",
        html=(
            '<div class="author-bio"><p>Sobre o autor</p><p>Ana Souza é repórter '
            "de política em Brasília.</p></div>"
        ),
    ),
    Snippet(
        kind=_K.AUTHOR_BIO,
        language="it",
        html=(
            '<div class="bio"><p>L\'autore</p><p>Luca Rossi è giornalista della '
            "redazione Esteri dal 2012.</p></div>"
        ),
    ),
    # --- tag lists ------------------------------------------------------------
    Snippet(
        kind=_K.TAGS,
        language="en",
        html=(
            '<div class="tags"><span>Tags:</span> <a href="/tag/russia">Russia</a> '
            '<a href="/tag/us">US</a> <a href="/tag/elections">Elections</a></div>'
        ),
    ),
    Snippet(
        kind=_K.TAGS,
        language="en",
        html=(
            '<div class="l4"><p class="l4-h">Topics</p><ul>'
            '<li><a href="/topic/economy">Economy</a></li>'
            '<li><a href="/topic/energy">Energy</a></li></ul></div>'
        ),
    ),
    Snippet(
        kind=_K.TAGS,
        language="ru",
        html=(
            '<div class="m5"><span>Теги:</span> <a href="/tags/russia/">Россия</a>, '
            '<a href="/tags/usa/">США</a>, <a href="/tags/vybory/">выборы</a></div>'
        ),
    ),
    Snippet(
        kind=_K.TAGS,
        language="de",
        html=(
            '<div class="n2"><span>Schlagworte:</span> <a href="/thema/bundestag">'
            'Bundestag</a> <a href="/thema/haushalt">Haushalt</a></div>'
        ),
    ),
    Snippet(
        kind=_K.TAGS,
        language="fr",
        html=(
            '<div class="o2"><span>Mots-clés :</span> <a href="/sujet/elections">'
            'Élections</a> <a href="/sujet/europe">Europe</a></div>'
        ),
    ),
    Snippet(
        kind=_K.TAGS,
        language="es",
        html=(
            '<div class="p2"><span>Temas:</span> <a href="/tema/economia">Economía'
            '</a> <a href="/tema/energia">Energía</a></div>'
        ),
    ),
    Snippet(
        kind=_K.TAGS,
        language="pt",
        html=(
            '<div class="q2"><span>Tópicos:</span> <a href="/topico/economia">'
            'Economia</a> <a href="/topico/energia">Energia</a></div>'
        ),
    ),
    Snippet(
        kind=_K.TAGS,
        language="it",
        html=(
            '<div class="r2x"><span>Argomenti:</span> <a href="/tag/economia">'
            'Economia</a> <a href="/tag/energia">Energia</a></div>'
        ),
    ),
    # --- loaders and spinners -------------------------------------------------
    Snippet(
        kind=_K.LOADER,
        language="en",
        source=_SEED,
        html='<div class="sc-9a0b1c"><div class="sc-9a0b1c-s">loader</div></div>',
    ),
    Snippet(
        kind=_K.LOADER,
        language="en",
        html='<div class="spinner"><span>Loading...</span></div>',
    ),
    Snippet(
        kind=_K.LOADER,
        language="ru",
        html='<div class="t3"><span>Загрузка...</span></div>',
    ),
    Snippet(
        kind=_K.LOADER,
        language="de",
        html='<div class="t4"><span>Wird geladen …</span></div>',
    ),
    Snippet(
        kind=_K.LOADER,
        language="fr",
        html='<div class="t5"><span>Chargement…</span></div>',
    ),
    Snippet(
        kind=_K.LOADER,
        language="es",
        html='<div class="t6"><span>Cargando...</span></div>',
    ),
    Snippet(
        kind=_K.LOADER,
        language="pt",
        html='<div class="t7"><span>Carregando...</span></div>',
    ),
    Snippet(
        kind=_K.LOADER,
        language="it",
        html='<div class="t8"><span>Caricamento in corso...</span></div>',
    ),
    # --- print and e-mail buttons ---------------------------------------------
    Snippet(
        kind=_K.PRINT_EMAIL,
        language="en",
        html=(
            '<div class="article-tools"><a href="javascript:window.print()">Print'
            '</a> <a href="mailto:?subject=Story">Email</a></div>'
        ),
    ),
    Snippet(
        kind=_K.PRINT_EMAIL,
        language="en",
        html=(
            '<div class="u3"><span class="u3-p">Print this page</span> '
            '<span class="u3-e">Email this story</span></div>'
        ),
    ),
    Snippet(
        kind=_K.PRINT_EMAIL,
        language="de",
        html=(
            '<div class="v3"><a href="#" onclick="window.print()">Drucken</a> '
            '<a href="mailto:?subject=Artikel">Per E-Mail versenden</a></div>'
        ),
    ),
    Snippet(
        kind=_K.PRINT_EMAIL,
        language="fr",
        html=(
            '<div class="w3"><span>Imprimer</span> <span>Envoyer par e-mail</span>'
            "</div>"
        ),
    ),
    Snippet(
        kind=_K.PRINT_EMAIL,
        language="ru",
        html=(
            '<div class="x3"><a href="javascript:print()">Печать</a> '
            '<a href="mailto:?subject=x">Отправить по почте</a></div>'
        ),
    ),
    Snippet(
        kind=_K.PRINT_EMAIL,
        language="es",
        html=(
            '<div class="y3"><span>Imprimir</span> <span>Enviar por correo</span></div>'
        ),
    ),
    Snippet(
        kind=_K.PRINT_EMAIL,
        language="pt",
        html=(
            '<div class="z3x"><span>Imprimir</span> <span>Enviar por e-mail</span>'
            "</div>"
        ),
    ),
    Snippet(
        kind=_K.PRINT_EMAIL,
        language="it",
        html='<div class="a4"><span>Stampa</span> <span>Invia per email</span></div>',
    ),
    # --- copyright lines ------------------------------------------------------
    Snippet(
        kind=_K.COPYRIGHT,
        language="en",
        html='<p class="c-9">© 2024 The Daily Planet. All rights reserved.</p>',
    ),
    Snippet(
        kind=_K.COPYRIGHT,
        language="ru",
        html=(
            '<div class="f9"><p>© 2024 МИА «Россия сегодня». Все права защищены.'
            "</p></div>"
        ),
    ),
    Snippet(
        kind=_K.COPYRIGHT,
        language="de",
        html='<p class="g9">© Zeitungsverlag GmbH 2024. Alle Rechte vorbehalten.</p>',
    ),
    Snippet(
        kind=_K.COPYRIGHT,
        language="fr",
        html=(
            '<p class="h9">© Le Quotidien 2024. Tous droits réservés. '
            "Reproduction interdite.</p>"
        ),
    ),
    Snippet(
        kind=_K.COPYRIGHT,
        language="es",
        html='<p class="i9">© 2024 Diario Ejemplo. Todos los derechos reservados.</p>',
    ),
    Snippet(
        kind=_K.COPYRIGHT,
        language="pt",
        html='<p class="j9">© 2024 Jornal Exemplo. Todos os direitos reservados.</p>',
    ),
    Snippet(
        kind=_K.COPYRIGHT,
        language="it",
        html='<p class="k9">© RIPRODUZIONE RISERVATA</p>',
    ),
    # --- mastheads ------------------------------------------------------------
    Snippet(
        kind=_K.MASTHEAD,
        language="en",
        source=_SEED,
        html=(
            '<div class="sc-3c5d7e kq1"><span class="sc-3c5d7e-a">- Sputnik '
            'International</span><div class="sc-3c5d7e-b"><a href="/world/" '
            'class="sc-3c5d7e-c">World</a></div><div class="sc-3c5d7e-d">Get the '
            "latest news from around the world, live coverage, off-beat stories, "
            "features and analysis.</div></div>"
        ),
    ),
)
