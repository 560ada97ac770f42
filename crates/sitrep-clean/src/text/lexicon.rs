//! The word lists of the furniture families (see [`super::vocab`]).
//!
//! Families of words that widgets use across sites and languages (English,
//! Russian, and the German, Spanish and French of the evaluation pages), kept
//! apart from the scoring logic so that extending them touches no code.

/// Verbs of share buttons.
#[rustfmt::skip]
pub const SHARE_VERBS: &[&str] = &[
    "share", "shares", "sharing", "tweet", "repost", "send", "pin", "forward", "поделиться",
    "teilen", "compartir", "partager", "condividi", "udostępnij",
];

/// Social networks and sharing channels named on share bars.
#[rustfmt::skip]
pub const NETWORKS: &[&str] = &[
    "facebook", "twitter", "vk", "vkontakte", "вконтакте", "telegram", "телеграм", "whatsapp",
    "viber", "linkedin", "reddit", "pinterest", "tumblr", "odnoklassniki", "одноклассники",
    "ok.ru", "livejournal", "flipboard", "messenger", "email", "e-mail", "mail", "gmail", "print",
    "sms", "skype", "weibo", "wechat", "mastodon", "bluesky", "threads", "pocket", "x",
    "instagram", "youtube", "rutube", "dzen", "дзен",
];

/// Words that may surround share verbs and network names in a widget.
#[rustfmt::skip]
pub const SHARE_GLUE: &[&str] = &[
    "on", "to", "via", "this", "the", "article", "story", "page", "post", "with", "your",
    "friends", "it", "link", "copy", "and", "or", "in", "by", "в", "auf", "en", "sur", "per",
    "bei", "mit", "über", "por", "a", "you", "be", "sociable",
];

/// Labels that open a photo credit (`Photo: ...`, `Image by ...`).
#[rustfmt::skip]
pub const PHOTO_PREFIXES: &[&str] = &[
    "photo", "photos", "photograph", "photography", "image", "images", "picture", "pictures",
    "pic", "credit", "credits", "illustration", "illustrative photo", "file photo", "photo credit",
    "image credit", "image source", "фото", "иллюстрация", "источник фото",
];

/// Picture agencies and photo-credit phrases.
#[rustfmt::skip]
pub const PHOTO_AGENCIES: &[&str] = &[
    "getty images", "ap photo", "afp via", "via getty", "shutterstock", "epa-efe", "reuters/",
    "/reuters", "mediabank", "photobank", "press service", "пресс-служба", "depositphotos",
    "istock", "alamy",
];

/// Subscription and newsletter prompts.
#[rustfmt::skip]
pub const SUBSCRIBE: &[&str] = &[
    "subscribe", "subscription", "unsubscribe", "newsletter", "newsletters", "sign up", "signup",
    "follow us", "подписаться", "подпишитесь", "подписка", "рассылка", "abonnieren", "abonnement",
    "jetzt abonnieren", "suscríbete", "suscribirse", "suscriptores", "suscripción", "s'abonner",
    "abonnez-vous", "inscríbete",
];

/// Login, registration and comment prompts.
#[rustfmt::skip]
pub const LOGIN: &[&str] = &[
    "log in", "login", "log-in", "sign in", "signin", "register", "registration",
    "create an account", "my account", "password", "participate in the discussion",
    "join the discussion", "join the conversation", "comments", "comment", "leave a comment",
    "add a comment", "post a comment", "show comments", "войдите", "войти",
    "зарегистрируйтесь", "комментарии", "комментировать", "anmelden", "einloggen", "registrieren",
    "kommentar", "kommentare", "kommentieren", "schreibe einen kommentar", "keine kommentare",
    "iniciar sesión", "regístrate", "registrarte", "comentarios", "comentar", "deja un comentario",
    "se connecter", "commentaires", "connexion", "laisser un commentaire",
];

/// Words that accompany "cookie(s)" in a consent notice.
#[rustfmt::skip]
pub const COOKIE_CONTEXT: &[&str] = &[
    "use", "uses", "accept", "consent", "policy", "settings", "experience", "site", "website",
    "browsing", "agree", "preferences", "privacy", "store", "personalise", "personalize",
    "используем", "сайт", "verwenden", "verwendet", "nutzen", "utilizamos", "usamos", "sitio",
    "utilise", "utilisons",
];

/// Multi-word widget phrases: enough when the line is short.
#[rustfmt::skip]
pub const WIDGET_PHRASES: &[&str] = &[
    "no time to read", "get a summary", "listen to this article", "listen to article", "min read",
    "minute read", "minutes read", "reading time", "sponsored content", "skip to content",
    "skip to main content", "back to top", "scroll to top", "font size", "text size", "show more",
    "load more", "click here", "download the app", "go to the mediabank", "open gallery",
    "toggle navigation", "play video", "watch video", "copy link", "link copied",
    "report an error", "report a typo", "found a typo", "rate this article", "ai summary",
    "читать далее", "нашли ошибку", "zurück zur übersicht", "nach oben", "weiterlesen",
    "mehr lesen", "leer más", "lire la suite", "back to overview", "older post", "newer post",
    "older posts", "newer posts", "posted by", "print this", "be sociable",
];

/// Single widget labels: only when they are the whole line.
#[rustfmt::skip]
pub const WIDGET_LABELS: &[&str] = &[
    "summary", "summarize", "summarise", "listen", "loader", "loading", "advertisement",
    "advertising", "ad", "ads", "sponsored", "print", "enlarge", "close", "expand", "collapse",
    "translate", "key points", "more", "загрузка", "реклама", "drucken", "imprimir", "imprimer",
    "weiter", "zurück", "anzeige", "werbung", "publicidad", "publicité",
];

/// Promotional phrases ("get the latest ... news").
#[rustfmt::skip]
pub const PROMO: &[&str] = &[
    "get the latest", "the latest news", "latest updates", "breaking news", "breaking stories",
    "in-depth analysis", "and much more", "much more", "straight to your inbox", "to your inbox",
    "telegram channel", "our app", "don't miss", "do not miss", "stay up to date", "stay informed",
    "stay tuned", "follow our", "download our", "sign up for", "exclusive content",
    "from around the world",
];

/// Imperatives that open promotional lines.
#[rustfmt::skip]
pub const IMPERATIVES: &[&str] = &[
    "get", "stay", "follow", "join", "download", "sign", "discover", "explore", "find", "read",
    "watch", "don't", "never", "want",
];

/// Markers that introduce links to other articles.
#[rustfmt::skip]
pub const TEASER: &[&str] = &[
    "previous article", "next article", "previous story", "next story", "previous post",
    "next post", "read more", "read also", "also read", "see also", "related", "related articles",
    "related news", "related stories", "related content", "more on this topic",
    "more on this story", "more from", "more stories", "more news", "you may also like",
    "you might also like", "recommended", "recommended for you", "most read", "most popular",
    "trending", "top stories", "editor's picks", "editors' picks", "what to read next",
    "latest news", "also on", "читайте также", "по теме", "еще по теме", "ещё по теме",
    "популярное", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren",
    "weitere nachrichten", "weitere artikel", "ähnliche artikel", "ähnliche beiträge",
    "verwandte artikel", "mehr zum thema", "beliebte beiträge", "vea también", "lee también",
    "lea también", "también te puede interesar", "notas relacionadas", "contenido relacionado",
    "artículos relacionados", "noticias relacionadas", "lire aussi", "à lire aussi",
    "sur le même sujet", "articles similaires", "смотрите также",
];

/// Section and menu labels of news sites.
#[rustfmt::skip]
pub const SECTIONS: &[&str] = &[
    "home", "news", "world", "politics", "military", "defense", "defence", "economy", "business",
    "finance", "markets", "society", "culture", "science", "technology", "tech", "sport", "sports",
    "health", "multimedia", "video", "videos", "photo", "photos", "gallery", "galleries",
    "infographics", "infographic", "newsfeed", "feed", "chats", "chat", "opinion", "opinions",
    "analysis", "editorial", "columns", "blogs", "podcasts", "podcast", "radio", "tv", "live",
    "weather", "lifestyle", "entertainment", "travel", "regions", "region", "archive", "contacts",
    "contact", "about", "us", "search", "menu", "more", "all", "categories", "tags", "topics",
    "services", "top", "stories", "latest", "features", "interviews", "press", "releases",
    "pictures", "newsletters", "rss", "sitemap", "terms", "privacy", "advertise", "careers", "faq",
    "help", "events", "exclusive", "breaking", "main", "in", "depth", "and", "&", "главная",
    "новости", "политика", "экономика", "общество", "мир", "спорт", "культура", "видео", "фото",
    "мультимедиа", "лента", "армия", "startseite", "nachrichten", "politik", "wirtschaft",
    "kultur", "wissen", "panorama", "kontakt", "impressum", "datenschutz", "leistungen", "über",
    "suche", "archiv", "blogroll", "kategorien", "themen", "meinung", "inicio", "noticias",
    "política", "economía", "deportes", "cultura", "opinión", "contacto", "nacionales",
    "internacionales", "mundo", "sociedad", "tecnología", "entretenimiento", "portada", "accueil",
    "actualités", "politique", "économie", "monde", "société", "imprint", "legal", "disclaimer",
];

/// Labels that, followed by a colon, introduce a link to another story.
#[rustfmt::skip]
pub const TEASER_LABELS: &[&str] = &[
    "read more", "read also", "also read", "see also", "related", "more", "watch", "listen", "read",
    "lesen sie auch", "lesen sie mehr", "mehr dazu", "mehr zum thema", "auch interessant", "vea también",
    "lea también", "lee también", "lire aussi", "à lire aussi", "читайте также", "смотрите также", "по теме",
];

/// Copyright and rights notices.
#[rustfmt::skip]
pub const COPYRIGHT: &[&str] = &[
    "all rights reserved", "все права защищены", "alle rechte vorbehalten", "todos los derechos reservados",
    "tous droits réservés", "copyright ©", "copyright (c)",
];
