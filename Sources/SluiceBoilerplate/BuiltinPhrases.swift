/// Boilerplate phrase lists shipped with the classifier, written for Sluice.
///
/// Phrases are matched after normalisation (lower case, collapsed whitespace, surrounding
/// punctuation and bullets trimmed, see ``LineNormalizer``), so they are listed in lower case
/// without trailing punctuation. English first, plus common German, French, Spanish and Russian
/// UI strings. Extend them with ``BoilerplateConfig/extraPhrases`` and its siblings.
public enum BuiltinPhrases {
    /// Whole lines that are boilerplate on their own.
    public static let wholeLines: [String] = [
        // ads
        "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content",
        "paid content", "paid post", "promoted", "promoted content", "partner content", "story continues below",
        "story continues below advertisement", "article continues below", "article continues below advertisement",
        "scroll to continue", "scroll to continue with content", "continue reading below", "advertisement - scroll to continue",
        "report an ad", "ad feedback", "remove ads", "hide ad",
        // audio / reading UI
        "select voice", "choose your listening speed", "listen to this article", "listen", "listen now",
        "play", "pause", "stop", "slow", "average", "fast", "normal speed", "audio", "video", "watch",
        "watch now", "watch video", "play video", "view gallery", "view image", "enlarge image", "enlarge",
        "zoom", "fullscreen", "full screen", "close", "open", "menu", "search", "toggle navigation",
        "skip to content", "skip to main content", "skip to navigation", "skip navigation", "back to top",
        "jump to", "go to top", "top of page", "previous", "next", "previous article", "next article",
        "previous story", "next story", "load more", "show more", "show less", "see more", "view more",
        "view all", "see all", "more", "less", "expand", "collapse", "toggle", "loading", "loading…",
        "media playback is unsupported on your device", "media playback is not supported on this device",
        "image caption", "image source", "image copyright", "caption", "getty images", "photo", "photos",
        "gallery", "photo gallery", "video player", "this video can not be played",
        // sharing / social
        "share", "share this", "share this article", "share this story", "share this page", "share article",
        "share story", "share on facebook", "share on twitter", "share on linkedin", "share on whatsapp",
        "share via email", "share via", "tweet", "pin", "pin it", "email", "e-mail", "print", "print article",
        "print this article", "print this page", "copy link", "copy the link", "link copied", "facebook",
        "twitter", "linkedin", "whatsapp", "reddit", "telegram", "pinterest", "instagram", "youtube",
        "tiktok", "flipboard", "follow us", "follow us on social", "follow us on social media",
        "connect with us", "find us on facebook", "like us on facebook", "social", "share this post",
        "email this", "email this article", "email this to a friend", "send to a friend", "gift this article",
        "save", "save article", "save for later", "saved", "bookmark", "add to bookmarks", "reprints",
        "reprints & permissions", "permissions", "comment", "comments", "post a comment", "leave a comment",
        "leave a reply", "add a comment", "add comment", "view comments", "show comments", "hide comments",
        "join the conversation", "join the discussion", "comments are closed", "no comments",
        "be the first to comment", "cancel reply", "reply", "report", "report this comment", "like", "likes",
        "sort by", "newest", "oldest", "most liked",
        // subscription / newsletter / account
        "newsletter", "newsletters", "subscribe", "subscribe now", "subscribe today", "subscribe here",
        "sign up", "sign up now", "sign in", "log in", "login", "log out", "logout", "register", "my account",
        "create an account", "create account", "create a free account", "already a subscriber",
        "already have an account", "subscriber only", "subscribers only", "premium", "exclusive",
        "unlock this article", "support our journalism", "donate", "donate now", "become a member",
        "become a subscriber", "get the app", "download the app", "open in app", "get our newsletter",
        "subscribe to our newsletter", "sign up for our newsletter", "enter your email", "enter your email address",
        "email address", "your email address", "submit", "thank you for subscribing", "thanks for signing up",
        // navigation / sections / promos
        "home", "homepage", "news", "latest", "latest news", "latest stories", "latest articles", "top stories",
        "most popular", "most read", "most viewed", "most shared", "trending", "trending now", "popular",
        "popular stories", "recommended", "recommended for you", "related", "related articles", "related stories",
        "related content", "related news", "related posts", "related topics", "topics", "tags", "more from",
        "more stories", "more news", "more on this story", "more on this topic", "more like this",
        "you may also like", "you might also like", "you may be interested in", "recommended stories",
        "read next", "up next", "what to read next", "editor's picks", "editors' picks", "don't miss",
        "in case you missed it", "also read", "read also", "see also", "further reading", "read more",
        "keep reading", "continue reading", "continue reading the main story", "read full article",
        "read the full story", "read full story", "full story", "sections", "categories", "archives",
        "advertise", "advertise with us", "about us", "contact us", "contact", "careers", "jobs", "help",
        "faq", "feedback", "sitemap", "site map", "rss", "rss feed", "terms", "terms of use", "terms of service",
        "terms and conditions", "privacy", "privacy policy", "cookie policy", "cookies policy", "cookie settings",
        "cookie preferences", "manage cookies", "accept cookies", "accept all cookies", "accept", "accept all",
        "reject all", "decline", "ok", "got it", "i agree", "do not sell my personal information",
        "do not sell or share my personal information", "your privacy choices", "accessibility",
        "all rights reserved", "corrections", "ethics policy", "masthead", "opinion", "analysis",
        "world", "business", "politics", "sport", "sports", "technology", "tech", "science", "health",
        "entertainment", "culture", "lifestyle", "travel", "weather", "video", "videos", "podcasts",
        "podcast", "live", "breaking news", "breaking", "updated", "published", "advertising",
        "why you can trust us", "trust project",
        // agency and staff bylines on their own line
        "associated press", "the associated press", "reuters", "afp", "agence france-presse", "ap", "dpa",
        "press association", "pa media", "bloomberg", "staff reporter", "staff writer", "staff", "wire services",
        "news agencies", "agencies", "tass", "ria novosti", "interfax", "efe", "ansa",
        // German
        "werbung", "anzeige", "gesponsert", "teilen", "artikel teilen", "drucken", "kommentare",
        "kommentieren", "kommentar schreiben", "weiterlesen", "mehr lesen", "mehr zum thema", "mehr anzeigen",
        "weniger anzeigen", "das könnte sie auch interessieren", "auch interessant", "lesen sie auch",
        "newsletter abonnieren", "jetzt abonnieren", "anmelden", "abmelden", "registrieren", "impressum",
        "datenschutz", "datenschutzerklärung", "startseite", "zurück", "weiter", "nach oben", "schließen",
        "alle rechte vorbehalten", "empfohlene artikel", "meistgelesen", "folgen sie uns",
        // French
        "publicité", "sponsorisé", "partager", "partager cet article", "imprimer", "commentaires",
        "commenter", "laisser un commentaire", "lire la suite", "lire aussi", "à lire aussi", "voir aussi",
        "voir plus", "en savoir plus", "sur le même sujet", "abonnez-vous", "s'abonner", "se connecter",
        "connexion", "s'inscrire", "inscrivez-vous à notre newsletter", "mentions légales", "accueil",
        "fermer", "tous droits réservés", "les plus lus", "suivez-nous", "retour en haut",
        // Spanish
        "publicidad", "patrocinado", "compartir", "compartir en facebook", "compartir en twitter", "imprimir",
        "comentarios", "comentar", "deja un comentario", "leer más", "seguir leyendo", "lee también",
        "leer también", "te puede interesar", "ver más", "noticias relacionadas", "suscríbete",
        "suscribirse", "iniciar sesión", "registrarse", "aviso legal", "inicio", "cerrar",
        "todos los derechos reservados", "lo más leído", "síguenos",
        // Russian
        "реклама", "поделиться", "комментарии", "комментировать", "оставить комментарий", "читать далее",
        "читать полностью", "читайте также", "смотрите также", "читать еще", "подробнее", "подписаться",
        "подпишитесь", "войти", "вход", "регистрация", "главная", "закрыть", "все права защищены",
        "самое читаемое", "популярное", "новости партнеров", "новости партнёров", "материалы по теме",
    ]

    /// Labels that introduce boilerplate when followed by `:` or a separator ("Read more: …").
    public static let labelPrefixes: [String] = [
        "read more", "read also", "also read", "see also", "related", "related story", "related article",
        "related articles", "related stories", "related coverage", "recommended", "more", "more from",
        "more on this", "more on", "also on", "also on this site", "also see", "read next", "up next", "watch",
        "watch more", "listen", "video", "photo", "photos", "image", "images", "picture", "pictures",
        "photograph", "caption", "image caption", "image source", "image credit", "top image credit",
        "photo credit", "credit", "credits", "source", "sources", "illustration", "graphic", "editing by",
        "reporting by", "additional reporting by", "written by", "edited by", "tags", "topics", "filed under",
        "categories", "category", "posted in", "reading time", "read time", "published", "updated",
        "last updated", "first published", "posted", "share", "follow", "follow us", "contact",
        "sponsored", "advertisement", "don't miss", "trending", "popular", "breaking",
        "lesen sie auch", "mehr zum thema", "auch interessant", "foto", "bild", "quelle",
        "lire aussi", "à lire aussi", "voir aussi", "crédit", "crédits", "source",
        "lee también", "leer también", "te puede interesar", "foto", "fuente",
        "читайте также", "смотрите также", "фото", "источник", "по теме",
    ]

    /// Openings that mark the whole (not too long) line as boilerplate.
    public static let leadPrefixes: [String] = [
        "share this", "share on", "share via", "follow us", "follow me", 
        "like us on", "find us on", "join us on", "connect with us", "subscribe to", "subscribe now",
        "subscribe for", "subscribe and", "subscribe today", "sign up for", "sign up to", "sign up now",
        "signup for", "register for", "register now", "get our", "get the latest", "get the best",
        "get breaking news", "get unlimited access", "get full access", "get daily", "get weekly",
        "never miss", "don't miss", "stay up to date", "stay informed", "stay in the know",
        "click here", "tap here", "click to", "tap to", "listen to this", "listen on",
        "watch the video", "watch the full", "download the", "download our", "print this",
        "email this", "send this", "copy link", "copyright", "©", "all rights reserved",
        "we use cookies", "this site uses cookies", "this website uses cookies", "by using this site",
        "by continuing to use", "by clicking", "your browser does not support", "please enable javascript",
        "you need to enable javascript", "javascript is disabled", "you have reached your", "you've reached your",
        "this article is for subscribers", "this content is for subscribers", "to continue reading",
        "continue reading", "keep reading", "read the full", "read our", "support our", "support independent",
        "become a member", "already a subscriber", "already have an account", "log in to", "sign in to",
        "create a free account", "advertisement -", "sponsored by", "presented by", "brought to you by",
        "this story was originally published", "this article was originally published",
        "this article first appeared", "this story first appeared", "originally published",
        "posted by", "written by", "reporting by", "editing by", "additional reporting",
        "why you can trust", "reading time", "estimated reading time", "get through articles",
        "view comments", "join the conversation", "have your say", "tell us what you think",
        "send us your", "have a news tip", "got a news tip", "contact the author",
        "the views expressed", "opinions expressed", "disclaimer:", "terms of use", "privacy policy",
        "cookie policy", "newsletter sign", "enter your email",
        "folgen sie uns", "abonnieren sie", "melden sie sich", "teilen sie", "jetzt abonnieren",
        "suivez-nous", "abonnez-vous", "inscrivez-vous", "partagez", "recevez notre",
        "síguenos", "suscríbete", "regístrate", "comparte", "recibe nuestro",
        "подписывайтесь", "подпишитесь", "следите за", "читайте нас", "присоединяйтесь",
    ]

    /// Expressions that mark a short line as boilerplate wherever they occur in it.
    public static let contains: [String] = [
        "all rights reserved", "we use cookies", "uses cookies", "cookie policy", "privacy policy",
        "terms of service", "terms of use", "delivered to your inbox", "in your inbox", "to your inbox",
        "sign up for our", "subscribe to our", "our newsletter", "daily newsletter", "weekly newsletter",
        "newsletter sign-up", "newsletter signup", "free newsletter", "click here", "enable javascript",
        "javascript is required", "browser does not support", "playback is unsupported",
        "playback is not supported", "ad blocker", "adblocker", "whitelist us", "share this article",
        "share this story", "follow us on", "like us on facebook", "on facebook and twitter",
        "on twitter and facebook", "download our app", "download the app", "available on the app store",
        "get it on google play", "unlimited digital access", "for subscribers only", "subscribers only",
        "premium content", "paywall", "alle rechte vorbehalten", "tous droits réservés",
        "todos los derechos reservados", "все права защищены", "использование материалов",
    ]

    /// Lines that close a teaser of another article ("keep reading").
    public static let teaserMarkers: [String] = [
        "keep reading", "keep readingshow less", "keep reading show less", "show less", "read more",
        "read more »", "more »", "continue reading →", "read full story", "read the full story",
        "read full article", "read the full article", "read story", "full story", "weiterlesen", "mehr lesen",
        "lire la suite", "leer más", "seguir leyendo", "читать далее", "читать полностью", "подробнее",
    ]

    /// Lines that open a list of other articles ("Read also:").
    public static let listHeaders: [String] = [
        "read also", "also read", "see also", "read more", "related", "related articles", "related stories",
        "related posts", "related news", "related coverage", "related content", "related links",
        "more stories", "more news", "more from", "more on this story", "more on this topic",
        "you may also like", "you might also like", "recommended", "recommended for you", "recommended stories",
        "most popular", "most read", "most viewed", "popular stories", "top stories", "latest", "latest news",
        "latest stories", "trending", "trending now", "editor's picks", "don't miss", "in case you missed it",
        "further reading", "what to read next", "read next", "up next",
        "lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren", "meistgelesen",
        "lire aussi", "à lire aussi", "sur le même sujet", "les plus lus",
        "lee también", "te puede interesar", "noticias relacionadas", "lo más leído",
        "читайте также", "смотрите также", "материалы по теме", "самое читаемое", "по теме",
    ]

    /// Expressions that mark a line as a photo credit or credited caption.
    public static let creditPatterns: [String] = [
        "photo:", "photo by", "photos by", "photo credit", "photograph:", "photograph by", "image credit",
        "image via", "picture by", "(photo", "[photo", "/photo", "photo/", "getty images", "shutterstock",
        "afp via getty", "(ap photo", "ap photo", "file photo", "foto:", "crédit photo", "photo :", "фото:",
        "фото —", "фото -",
    ]

    /// Weaker credit expressions (agency tags, stock sites) that only mark short or unpunctuated lines.
    public static let weakCreditPatterns: [String] = [
        "image:", "image by", "picture:", "pictures:", "credit:", "/ afp", "(afp)", "/ reuters", "(reuters",
        "/ ap", "(ap)", "epa-efe", "/ epa", "istock", "alamy", "public domain]", "public domain)",
        "bild:", "quelle:", "fuente:",
    ]
}
