"""The vocabulary of the v2 text reader (policy v2 onwards), by language and by the part it
plays, written as lemmas: `build_lexicon` expands every lemma to its inflected forms from
simplemma's lemma data into `lexicon_forms.json`, which the reader loads once at import.

Parts of a facial-recognition reading (`screening.reading` combines them within a clause):

* FACE — a face noun or adjective ("face", "Gesicht", "twarz", "volto").
* ACT — an act of identifying, recognising, comparing, matching, verifying or searching.
* BIOMETRIC — "biometric" in any form; with a FACE word it reads as facial recognition.
* MUGSHOT — booking photos and mugshot databases: a face picture kept to compare against.
* WATCHLIST, PROBE, GALLERY, ONE_TO_N — the field's own vocabulary.
* PERSON, VISUAL — "identify people in CCTV footage": an identifying act on people in pictures.
* PLATE — licence plates: what a watchlist check is about when it is not about faces.
* LAW_ENFORCEMENT — law enforcement named by its institutions, in each language.
* IDENTITY_DOCUMENT — passports, ID cards, driving licences: an act on a photo of one is a face
  picture compared.
* TOPIC — words that make a sentence about police rather than used by it (statistics, journalism,
  founders).
* SAME, REFERENCE, APPEAR, ACCESS, IDENTITY — "the same face", a reference photo and a person
  appearing in footage, the face as a key, an identity confirmed by comparing pictures.

Word lists compared with whole tokens (TOPIC_BEFORE, PUBLISHED, USE_AFTER, NEGATIVE_DETERMINERS)
are lemmas too, expanded by the same build into the file's "words".

Words ending in "*" in the compounding languages (German, Dutch) are matched inside a word as
well ("Gesicht*" finds "Gesichtserkennung", "Passgesichtsbild"); "*" before a word matches it at
the end of a compound ("*erkennung" finds "Gesichtserkennung"). EXCLUDE lists the words that
contain such a part without meaning it ("angesichts", "Gesichtspunkt").
"""
from screening import gazetteer

LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl", "pl")

FACE = {
    "en": ["face", "faces", "facial", "faceprint", "faceprints", "face-print", "mugshot", "selfie", "selfies",
           "passport photo", "passport photos", "id photo", "headshot", "headshots", "their features", "his features",
           "her features"],
    "es": ["rostro", "cara", "facial", "faciales", "selfie", "selfis", "selfi", "foto de su dni", "foto del dni",
           "foto del pasaporte"],
    "fr": ["visage", "facial", "faciale", "faciaux", "faciales", "selfie", "photo d'identité", "à ses traits",
           "à leurs traits", "égoportrait"],
    "de": ["*gesicht*", "fazial", "*selfie*", "*passfoto*", "*passbild*"],
    "pt": ["rosto", "face", "faces", "facial", "faciais", "cara", "selfie", "foto do passaporte",
           "foto do documento", "feições", "feição"],
    "it": ["volto", "volti", "viso", "visi", "faccia", "facce", "facciale", "facciali", "selfie",
           "foto del passaporto", "foto della carta d'identità"],
    "nl": ["*gezicht*", "gelaat*", "faciaal", "faciale", "selfie", "*pasfoto*"],
    "pl": ["twarz", "twarzowy", "biometria twarzy", "selfie", "zdjęcie z dowodu", "zdjęciem z dowodu",
           "zdjęciem w paszporcie", "zdjęcie paszportowe", "wizerunek twarzy", "wizerunek"],
}

# Looking into a camera, a tablet or a terminal shows it one's face: "o trabalhador olha para o ecrã e o
# sistema reconhece-o", "members glance at a tablet and the system confirms they're the same person".
# (Verbs of looking, what joins them to the device, the devices; every combination is a face.)
LOOKING = {
    "en": (["look", "looks", "looking", "glance", "glances", "glancing"],
           ["at the", "into the", "at a", "into a", "at their", "into their"],
           ["camera", "webcam", "tablet", "screen", "terminal", "kiosk", "lens", "device"]),
    "es": (["mira", "miran", "mirar", "mirando", "mire"], ["a la", "al", "hacia la", "hacia el"],
           ["cámara", "tableta", "pantalla", "terminal", "webcam"]),
    "fr": (["regarde", "regardent", "regarder", "regardant"], ["la", "le", "l'", "vers la", "vers le", "dans la"],
           ["caméra", "tablette", "écran", "borne", "webcam", "objectif"]),
    "de": (["schaut", "schauen", "blickt", "blicken", "sieht", "sehen"], ["in die", "in das", "auf das", "auf den", "in den"],
           ["kamera", "tablet", "display", "terminal", "webcam", "objektiv"]),
    "pt": (["olha", "olham", "olhar", "olhando", "olhe"], ["para o", "para a", "para um", "para uma"],
           ["ecrã", "tela", "câmera", "câmara", "tablet", "terminal", "webcam"]),
    "it": (["guarda", "guardano", "guardare", "guardando"], ["il", "la", "un", "nella", "nel", "verso la", "verso il"],
           ["tablet", "telecamera", "schermo", "terminale", "webcam", "fotocamera"]),
    "nl": (["kijkt", "kijken", "kijk", "blikt"], ["in de", "naar de", "naar het", "in het", "op de", "op het"],
           ["camera", "tablet", "scherm", "terminal", "webcam", "zuil"]),
    "pl": (["patrzy", "patrzą", "patrzeć", "spojrzy", "spojrzeć", "spogląda"], ["w", "na", "w stronę"],
           ["kamerę", "tablet", "ekran", "terminal", "kamerkę"]),
}
# (… with a word of how long between: "der Bauarbeiter schaut kurz in die Kamera")
LOOKING_BRIEFLY = {"en": ["briefly", "quickly", "just"], "es": ["brevemente", "simplemente"],
                   "fr": ["simplement", "brièvement", "juste"], "de": ["kurz", "nur", "einfach"],
                   "pt": ["rapidamente", "apenas", "só"], "it": ["brevemente", "solo", "semplicemente"],
                   "nl": ["even", "kort", "gewoon"], "pl": ["chwilę", "tylko", "krótko"]}
for _language, (_verbs, _joins, _devices) in LOOKING.items():
    FACE[_language] = FACE[_language] + [f"{verb} {briefly}{join} {device}".replace("' ", "'")
                                         for verb in _verbs for briefly in ["", *(f"{word} " for word in LOOKING_BRIEFLY[_language])]
                                         for join in _joins for device in _devices]

ACT = {
    "en": ["query", "queries", "queried", "identify", "identification", "identifying", "re-identify", "re-identification", "recognise",
           "recognize", "recognition", "match", "matching", "compare", "comparison", "verify",
           "verification", "search", "searching", "look up", "lookup", "cross-reference", "screen against",
           "authenticate", "authentication", "identif*", "recogni*", "compar*", "match*", "verif*",
           "correspond", "corresponds", "correspondence", "look for", "enrolled", "enrol", "enroll",
           "enrolment", "enrollment", "registered as", "similarity", "resemblance", "likeness", "cluster",
           "clusters", "clustering", "clustered", "grouped by", "group by", "groups by", "identity", "belongs to",
           "belong to", "who is who", "who's who", "check against", "checked against", "checks against",
           "checking against"],
    "es": ["identificar", "identificación", "reconocer", "reconocimiento", "cotejar", "cotejo", "comparar",
           "identidad", "pertenece", "agrupar",
           "comparación", "verificar", "verificación", "buscar", "búsqueda", "coincidencia", "emparejar",
           "emparejamiento", "autenticación", "contrastar", "confrontar", "identific*", "reconoc*", "compar*",
           "cotej*", "verific*", "busc*", "búsqueda*", "corresponder", "coincidir", "coincide", "registrado como", "registrada como",
           "similitud", "parecido", "semejanza", "quién es quién", "saber quién es", "cruzar con", "cruzado", "cruzada", "cruzados", "cruzadas",
           "cruzaría", "cruzara"],
    "fr": ["interroger", "identifier", "identification", "reconnaître", "reconnaissance", "comparer", "comparaison",
           "identité", "appartient", "regrouper",
           "rapprocher", "rapprochement", "vérifier", "vérification", "rechercher", "recherche",
           "correspondance", "authentification", "confronter", "identifié", "reconnu", "identifi*", "reconn*",
           "compar*", "rapproch*", "vérifi*", "recherch*", "confront*", "correspond*", "retrouv*", "enregistré comme", "enrôlé", "similarité", "ressemblance",
           "croiser avec", "qui est qui", "savoir qui est", "appariement", "apparier", "ressemble à", "ressemblent à",
           "ressemble aux", "ressemblent aux"],
    "de": ["abfragen", "identifizieren", "*identifizierung", "*identifikation", "erkennen", "*erkennung", "identität",
           "gehört",
           "wiedererkennen", "abgleichen", "*abgleich", "vergleichen", "*vergleich", "*suche", "suchen",
           "zuordnen", "*zuordnung", "*verifikation", "verifizieren", "*identifizierbar", "gleichen ab",
           "gleicht ab", "abgeglichen", "erkannt", "identifiziert", "identifizi*", "*vergleich*", "verglich*",
           "*abgleich*", "abgeglich*", "gleicht", "gleichen", "glich", "durchsuchen", "durchsucht", "entspricht",
           "entsprechen", "übereinstimm*", "übereingestimmt", "*erkennung*", "*vergleicher", "ermittelt", "ermitteln", "hinterlegt", "passt", "passen", "*ähnlichkeit*",
           "wer wer ist", "wissen wer"],
    "pt": ["identificar", "identificação", "reconhecer", "reconhecimento", "comparar", "comparação",
           "cruzamento", "identidade", "pertence", "agrupar",
           "cotejar", "cotejo", "verificar", "verificação", "buscar", "busca", "pesquisar", "pesquisa",
           "correspondência", "autenticação", "confrontar", "identific*", "reconhec*", "compar*", "cotej*",
           "verific*", "procur*", "busc*", "pesquis*", "confront*", "corresponde*", "registrado como",
           "registado como", "cadastrado", "cadastrada", "saber quem é", "conferir", "confere", "conferem", "conferido",
           "conferida", "bate com", "batem com", "bater com", "batendo com", "semelhança", "similaridade", "quem é quem", "cruzar com", "conferir com", "cruzado", "cruzada", "cruzados",
           "cruzadas", "cruzasse", "cruzaria", "coincide", "coincidem", "coincidir", "coincidência",
           "coincidências"],  # (not "cruzam": people cross borders)
    "it": ["interrogare", "identificare", "identificazione", "riconoscere", "riconoscimento", "confrontare", "confronto",
           "identità", "appartiene", "appartenga", "raggruppare",
           "comparare", "comparazione", "verificare", "verifica", "ricercare", "ricerca", "corrispondenza",
           "abbinare", "abbinamento", "autenticazione", "raffrontare", "raffronto", "identificato",
           "riconosciuto", "identific*", "riconosc*", "confront*", "compar*", "verific*", "cerca", "cercare",
           "cercano", "corrispond*", "registrato come", "registrata come", "somiglianza", "similarità",
           "incrociare con", "chi è chi", "coincide", "coincidono", "coincidere", "sapere chi è", "combacia",
           "combaciano", "combaciare", "combacino", "combaciasse"],
    "nl": ["bevragen", "identificeren", "identificatie", "herkennen", "*herkenning", "vergelijken", "*vergelijking",
           "toetsen", "toetst", "getoetst", "identiteit", "behoort", "nagaan", "nagaat", "nagegaan", "groeperen",
           "matchen", "*matching", "zoeken", "*zoeking", "verifiëren", "*verificatie", "*identificatie",
           "geïdentificeerd", "herkend", "vergeleken", "identific*", "herken*", "vergelijk*", "verifi*",
           "*herkenning*", "gecontroleerd", "controleert", "controleren", "overeenkomt", "overeenkomen",
           "opzoeken", "zoekt", "geregistreerd als", "gematcht", "matcht", "doorzoeken", "doorzocht",
           "terugvinden", "teruggevonden", "koppelen", "gekoppeld", "koppelt", "*gelijkenis", "wie wie is", "naast",
           "*vergelijker", "*vergelijkers", "weten wie", "hoort bij", "horen bij",
           "afgezet tegen", "afzetten tegen", "koppeling", "gelijkenisscore*"],
    "pl": ["identyfikować", "zidentyfikować", "identyfikacja", "rozpoznawać", "rozpoznać", "rozpoznawanie",
           "rozpoznanie", "porównywać", "porównać", "porównanie", "porównywanie", "zestawić", "dopasowywać", "dopasować",
           "dopasowanie", "wyszukiwać", "wyszukać", "wyszukiwanie", "weryfikować", "weryfikacja",
           "zestawiać", "zestawienie", "identyfikowanie", "identyfik*", "zidentyfik*", "rozpozn*", "porówn*",
           "dopasow*", "wyszuk*", "weryfik*", "przeszuk*", "pasować", "pasujący", "odnaleźć", "odnajdywać",
           "odpowiadać", "zgadzać", "grupować", "pogrupować", "pogrupuje", "tożsamość", "należy", "zarejestrowany jako", "zarejestrowana jako", "podobieństwo", "kto jest kim", "wiedzieć kto"],
}

BIOMETRIC = {language: ["biometri*", "biometry*"] for language in LANGUAGES}

MUGSHOT = {
    "en": ["mugshot", "mug shot", "booking photo", "booking photograph", "booking image", "custody image",
           "custody photograph", "custody photo", "arrest photo", "photos of arrested persons", "photos of arrestees",
           "charge photo", "charge-photo", "charge photograph"],
    "es": ["foto de ficha policial", "fotografías de reseña", "fotografía de reseña", "reseña fotográfica",
           "reseñas fotográficas",
           "ficha fotográfica", "fotos de detenidos", "fotografías de detenidos", "registro de capturados",
           "archivo de prontuarios", "prontuarios policiales", "prontuario policial"],
    "fr": ["photo anthropométrique", "photos anthropométriques", "photographies anthropométriques",
           "photographie anthropométrique", "photos signalétiques", "photo signalétique", "photographies signalétiques",
           "photographie signalétique", "fichier taj",
           "taj"],
    "de": ["*lichtbild", "*lichtbilder", "fahndungsfoto*", "*fahndungsfotos", "erkennungsdienst*",
           "verbrecherkartei", "inpol"],
    "pt": ["fotografias de detidos", "fotos de detidos", "fotografias de identificação criminal",
           "identificação criminal", "arquivo fotográfico", "fotografias de arguidos", "fotografia de cadastro", "fotos de fichamento",
           "fichamento"],
    "it": ["foto segnaletiche", "foto segnaletica", "fotosegnalamento", "fotosegnalamenti", "cartellini"],
    "nl": ["*politiefoto", "*politiefoto's", "*arrestantenfoto", "*arrestantenfoto's", "foto's van aangehouden personen",
           "foto's van eerder aangehouden personen", "foto's van verdachten"],
    "pl": ["zdjęcia sygnalityczne", "zdjęcie sygnalityczne", "zdjęć sygnalitycznych", "fotografii sygnalitycznych",
           "zdjęciami sygnalitycznymi", "zdjęciach sygnalitycznych", "sygnalitycz*"],
}

WATCHLIST = {
    "en": ["watchlist", "watch list", "watch-list", "hotlist", "most wanted list", "banned list", "ban list",
           "barred list", "exclusion list", "self-exclusion list"],
    "es": ["lista de vigilancia", "listas de vigilancia"],
    "fr": ["liste de surveillance", "listes de surveillance", "fichier des personnes recherchées"],
    "de": ["*beobachtungsliste", "*fahndungsliste", "fahndungsbestand", "*watchlist"],
    "pt": ["lista de vigilância", "listas de vigilância", "lista de procurados"],
    "it": ["lista di controllo", "watchlist", "elenco dei ricercati"],
    "nl": ["*volglijst", "watchlist", "*signaleringslijst"],
    "pl": ["lista obserwacyjna", "listy obserwacyjnej", "listą obserwacyjną", "watchlist", "kartoteka poszukiwanych", "kartoteki poszukiwanych",
           "kartotece poszukiwanych", "kartoteką poszukiwanych"],
}

PROBE = {
    "en": ["probe image", "probe photo", "probe images", "probe photos", "probe"],
    "es": ["imagen de consulta", "imagen sonda"],
    "fr": ["image requête", "image de requête", "image sonde"],
    "de": ["*suchbild", "*suchbilder", "probe-bild"],
    "pt": ["imagem de consulta", "imagem sonda"],
    "it": ["immagine di ricerca", "immagine sonda"],
    "nl": ["*zoekbeeld", "*zoekfoto", "probe"],
    "pl": ["obraz wzorcowy", "zdjęcie wzorcowe", "obraz zapytania"],
}
# What a face does when it is a key: "unlock the phone with their face", "mit dem Gesicht bezahlen".
ACCESS = {
    "en": ["knows", "know", "unlock", "log in", "logs in", "logging in", "sign in", "signs in", "clock in", "clocks in",
           "check in", "checks in", "board", "boards", "boarding", "pay", "pays", "paying", "open the door"],
    "es": ["desbloquear", "pagar", "embarcar", "fichar", "iniciar sesión", "registrar la entrada", "conoce"],
    "fr": ["déverrouiller", "payer", "embarquer", "pointer", "se connecter", "s'identifier", "connaît"],
    "de": ["entsperren", "bezahlen", "einchecken", "anmelden", "einloggen", "boarden", "einstempeln", "kennt"],
    "pt": ["desbloquear", "pagar", "embarcar", "fazer login", "bater o ponto", "entrar na conta", "conhece"],
    "it": ["sbloccare", "pagare", "imbarcarsi", "timbrare", "fare il check-in", "accedere all'account", "conosce"],
    "nl": ["ontgrendelen", "betalen", "inchecken", "inloggen", "boarden", "inklokken", "kent"],
    "pl": ["odblokować", "płacić", "płacą", "płaci", "zapłacić", "zalogować", "logować", "odbić", "zna"],
}
# Whose identity: with an act and two pictures compared, facial recognition even with no face
# named ("confirm each worker's identity by comparing the image with the photo on file").
# … and the enrolment a stored photo was taken at ("compares it with the photo taken at registration").
IDENTITY = {
    "en": ["identity", "enrolment", "enrollment", "registration", "sign-up"],
    "es": ["identidad", "inscripción", "registro de socio"], "fr": ["identité", "inscription", "enrôlement"],
    "de": ["identität", "anmeldung", "registrierung"], "pt": ["identidade", "inscrição", "cadastro"],
    "it": ["identità", "iscrizione"], "nl": ["identiteit", "inschrijving", "aanmelding", "registratie"],
    "pl": ["tożsamość", "rejestracja"],
}
# Working out who someone is, said with "who": "o sistema percebe de quem se trata", "l'appli lui dit
# qui c'est" (acts of identifying, and an identity).
WHO = {
    "en": ["tells who", "knows who", "works out who", "figures out who", "work out who", "figure out who",
           "works out which", "work out which", "figures out which", "figure out which", "tells which"],
    "es": ["sabe quién", "sepa quién", "averigua quién", "dice quién", "averigua cuál", "reconoce quién"],
    "fr": ["dit qui c'est", "sait qui", "devine qui", "dire qui c'est"],
    "de": ["weiß wer", "erkennt wer", "herausfindet wer", "erkennt welcher", "erkennt welche"],
    "pt": ["percebe de quem", "percebe quem", "perceba quem", "perceba qual", "percebe qual", "sabe quem"],
    "it": ["capisce chi", "sa chi", "dice chi", "riconosce chi", "capisce quale"],
    "nl": ["weet wie", "ziet wie", "zegt wie", "vast wie", "vaststelt wie", "vaststellen wie"],
    "pl": ["wie kto", "rozpozna kto", "rozpoznaje kto", "rozpoznać kto", "mówi kto", "mówić kto", "powie kto", "ustala kto", "ustalić kto", "ustala który", "ustala która", "ustalić który",
           "rozpoznaje który", "rozpoznaje która"],
}
# German and Polish put a comma before "wer" and "kto": "erkennt, wer", "rozpoznaje, kto przed nim stoi".
for _language in ("de", "pl"):
    WHO[_language] = WHO[_language] + [phrase.replace(" ", ", ", 1) for phrase in WHO[_language]]
for _language, _phrases in WHO.items():
    ACT[_language] = ACT[_language] + _phrases
    IDENTITY[_language] = IDENTITY[_language] + _phrases
# A photo of the person looked for, and their appearing in footage: "supply one reference photo and
# get back every clip in which that person's face appears".
REFERENCE = {
    "en": ["reference photo", "reference image", "reference picture", "reference photograph", "reference set"],
    "es": ["foto de referencia", "fotografía de referencia", "imagen de referencia"],
    "fr": ["photo de référence", "image de référence", "photographie de référence"],
    "de": ["*referenzfoto", "*referenzbild", "*referenzaufnahme", "*vergleichsfoto", "*vergleichsbild"],
    "pt": ["foto de referência", "fotografia de referência", "imagem de referência"],
    "it": ["foto di riferimento", "immagine di riferimento", "fotografia di riferimento"],
    "nl": ["*referentiefoto", "*referentiebeeld", "*vergelijkingsfoto", "*referentieset"],
    "pl": ["zdjęcie referencyjne", "obraz referencyjny", "zdjęcie porównawcze"],
}
APPEAR = {
    "en": ["appear", "appears", "appearing", "appeared", "shows up", "turns up"],
    "es": ["aparecer", "figurar", "sale", "salen", "salga", "salgan"], "fr": ["apparaître", "figurer"], "de": ["erscheinen", "auftauchen", "zu sehen"],
    "pt": ["aparecer", "figurar"], "it": ["apparire", "comparire", "figurare"],
    "nl": ["verschijnen", "opduiken", "te zien", "voorkomen"], "pl": ["pojawiać", "pojawić", "występować", "widać"],
}

GALLERY = {
    "en": ["gallery"], "es": ["galería"], "fr": ["galerie"], "de": ["*galerie", "*referenzbestand"],
    "pt": ["galeria"], "it": ["galleria"], "nl": ["*galerij"], "pl": ["galeria"],
}
ONE_TO_N = ["1:n", "1 : n", "1:many", "one-to-many", "one to many", "1-to-many", "1:1", "one-to-one",
            "uno a muchos", "un à plusieurs", "eins-zu-viele", "um para muitos", "uno a molti", "één-op-veel",
            "jeden do wielu"]

PERSON = {
    "en": ["person", "people", "individual", "suspect", "offender", "shoplifter", "passer-by", "pedestrian",
           "protester", "demonstrator", "anyone", "someone", "persons of interest", "wanted person", "stranger",
           "detainee", "arrestee"],
    "es": ["persona", "individuo", "sospechoso", "manifestante", "transeúnte", "delincuente", "alguien", "detenido",
           "detenida"],
    "fr": ["personne", "individu", "suspect", "manifestant", "passant", "délinquant", "quiconque", "interpellé"],
    "de": ["person", "mensch", "verdächtige", "verdächtiger", "tatverdächtige", "passant", "täter",
           "demonstrant", "jemanden", "personen", "festgenommene", "festgenommenen"],
    "pt": ["pessoa", "indivíduo", "suspeito", "manifestante", "transeunte", "alguém", "detido"],
    "it": ["persona", "individuo", "sospettato", "sospetto", "manifestante", "passante", "ricercato", "soggetto",
           "fermato", "indagato"],
    "nl": ["dader", "persoon", "personen", "verdachte", "voorbijganger", "demonstrant", "iemand", "individu", "arrestant",
           "aangehoudene"],
    "pl": ["osoba", "osób", "podejrzany", "przechodzień", "demonstrant", "sprawca", "ktoś", "zatrzymany"],
}
VISUAL = {
    "en": ["cctv", "camera", "footage", "video", "photo", "photograph", "image", "picture", "selfie", "still",
           "portrait", "webcam"],
    "es": ["cámara", "vídeo", "video", "imagen", "foto", "fotografía", "grabación", "videovigilancia", "retrato",
           "selfi", "selfis", "fotografiar"],
    "fr": ["caméra", "vidéo", "image", "photo", "photographie", "enregistrement", "vidéosurveillance", "portrait",
           "cliché", "clichés", "photographier"],
    "de": ["fotografiert", "fotografieren", "*kamera", "*kameras", "*video", "*videos", "*bild", "*bilder", "*aufnahme",
           "*aufnahmen", "*foto",
           "*fotos", "videoüberwachung", "*porträt", "*porträts"],
    "pt": ["câmera", "câmara", "vídeo", "imagem", "foto", "fotografia", "gravação", "videovigilância", "retrato",
           "fotografar"],
    "it": ["telecamera", "videocamera", "video", "immagine", "foto", "fotografia", "filmato", "registrazione", "scatto",
           "scatti",
           "videosorveglianza", "ritratto", "fotografare", "fotografa"],
    "nl": ["*camera", "*camera's", "*beeld", "*beelden", "*video", "*foto", "*foto's", "*opname", "*opnamen",
           "afbeelding", "afbeeldingen", "*portret", "*portretten", "fotograferen"],
    "pl": ["kamera", "nagranie", "obraz", "zdjęcie", "fotografia", "wideo", "monitoring", "portret", "fotografować"],
}
PLATE = {
    "en": ["licence plate", "license plate", "number plate", "registration plate", "anpr", "alpr", "plate"],
    "es": ["matrícula"], "fr": ["plaque d'immatriculation", "plaques d'immatriculation", "lapi"],
    "de": ["*kennzeichen", "kfz-kennzeichen"], "pt": ["matrícula", "placa"], "it": ["targa", "targhe"],
    "nl": ["*kenteken", "*kentekens", "anpr"], "pl": ["tablica rejestracyjna", "tablic rejestracyjnych"],
}

# Identity documents: a photo of one compared or verified ("compared with driver's license photos",
# "comparando un selfi con la fotografía de su DNI") is a face picture compared, as is a probe
# image ("probe images are searched").
IDENTITY_DOCUMENT = {
    "en": ["passport", "id card", "identity card", "identity document", "id document", "national id",
           "driver's license", "driver's licence", "driving licence", "driver license", "drivers license",
           "residence permit", "driver licence", "drivers licence", "driver-licence", "licence photo", "license photo",
           "student card", "student id", "staff badge", "employee badge", "staff id card", "badge photo",
           "membership card", "government id", "government-issued id", "photo id", "photo identification"],
    "es": ["dni", "documento de identidad", "documento nacional de identidad", "pasaporte", "carné de conducir",
           "permiso de conducir", "carnet de conducir", "cédula", "carné de identidad", "nie",
           "carné de estudiante", "credencial de estudiante", "credencial", "identificación oficial",
           "documento oficial de identidad"],
    "fr": ["carte d'identité", "passeport", "permis de conduire", "pièce d'identité", "titre de séjour",
           "photo d'identité", "photos d'identité",
           "carte nationale d'identité", "carte d'étudiant", "carte étudiante", "carte de membre"],
    "de": ["*ausweis*", "*reisepass*", "*führerschein*", "aufenthaltstitel*"],
    "pt": ["documento de identidade", "cartão de cidadão", "passaporte", "carteira de motorista",
           "carta de condução", "carteira de identidade", "bilhete de identidade", "cnh",
           "cartão de estudante", "carteirinha", "crachá", "documento com foto", "documento oficial com foto"],
    "it": ["carta d'identità", "passaporto", "patente di guida", "documento d'identità", "documento di identità",
           "permesso di soggiorno", "tesserino", "tessera universitaria", "libretto universitario", "badge aziendale",
           "foto del badge"],
    "nl": ["paspoort*", "*identiteitskaart*", "*identiteitsbewijs*", "*rijbewijs*", "id-kaart*",
           "verblijfsvergunning*", "*studentenkaart", "*collegekaart", "*personeelspas", "*ledenpas",
           "personeelsdossier", "*reisdocument*", "*legitimatiebewijs*"],
    "pl": ["dowód", "paszport", "prawo jazdy", "prawa jazdy", "prawem jazdy", "legitymacja", "legitymacja studencka",
           "dokument tożsamości", "dokumentu tożsamości", "dokumencie tożsamości", "dokumentem tożsamości"],
}
for _language, _probes in PROBE.items():
    FACE[_language] += [probe for probe in _probes if " " in probe or probe.startswith("*")]

# Likeness: "the most similar booking photographs", "une liste des photographies signalétiques les
# plus ressemblantes", "ähnliche Gesichter" (next to a face, or in a clause with mugshots).
SIMILAR = {
    "en": ["similar", "lookalike", "look-alike", "resembling", "closest", "resembles", "resemble"],
    "es": ["parecido", "semejante", "similar", "se parece", "se parecen", "se parezca", "se asemeja"],
    "fr": ["ressemblant", "similaire", "semblable", "ressemble", "ressemblent"], "de": ["ähnlich", "ähnlichste", "ähnelt",
                                                                                    "ähneln"],
    "pt": ["parecido", "semelhante", "similar", "se aproximam", "se aproxima", "se assemelham", "se assemelha",
           "se parece", "se parecem", "se pareça"],
    "it": ["simile", "somigliante", "somiglia", "somigliano", "assomiglia", "assomigliano"],
    "nl": ["gelijkend", "gelijkende", "vergelijkbaar", "lijkt op", "lijken op"],
    "pl": ["podobny", "podobna", "podobne", "przypomina", "przypominają"],
}
# Whom a picture resembles, after the verb: "se parecem com ele", "ressemble le plus à lui".
RESEMBLED = frozenset({"ele", "ela", "él", "ella", "lui", "lei", "elle", "him", "her", "ihm", "ihr", "niego", "nią"})
# "the most similar faces", "los rostros más parecidos": what may stand between a face and its likeness.
MOST = frozenset({"most", "more", "más", "mas", "plus", "am", "meist", "mais", "più", "meest", "najbardziej",
                  "bardziej", "very", "muy", "très", "sehr", "muito", "molto", "zeer", "erg", "bardzo"})
# Acts of finding: with a blur in the clause they find faces to hide, not people ("odnajdywać twarze
# w każdej klatce i je zamazywać"). Folded beginnings of the acts' forms.
FINDING = ("search", "look", "find", "locat", "busc", "localiz", "encontr", "recherch", "retrouv", "reper",
           "trouv", "such", "erkenn", "erkann", "procur", "pesquis", "cerc", "ricerc", "trov", "individu", "zoek",
           "vind", "opspor", "terugvind", "wyszuk", "odnal", "odnajd", "znal", "znajd", "przeszuk", "gesucht",
           "gefund", "gezocht", "gevond")
# Who is in a picture: "a photo of the visitor" compared with another is a face compared, with no
# face named ("une photo du visiteur … la compare à celle enregistrée"). Lemmas, expanded by the build.
PICTURED = {
    "en": ["deceased", "prisoner", "visitor", "guest", "member", "customer", "child", "employee", "worker", "student", "passenger",
           "patient", "resident", "applicant", "driver", "traveller", "traveler", "attendee", "participant",
           "pupil", "tenant", "shopper", "user", "player", "fan", "volunteer", "candidate", "holder", "target",
           "man", "woman", "girl", "boy", "supporter", "runner", "spectator", "skier", "skater",
           "inmate", "relative", "subscriber", "cardholder", "pilgrim", "parishioner", "bride", "groom",
           "suspect", "owner", "agent", "donor", "patron", "gambler", "someone", "somebody"],
    "es": ["fallecido", "interno", "recluso", "preso", "hombre", "mujer", "visitante", "invitado", "socio", "miembro", "cliente", "niño", "empleado", "trabajador", "estudiante",
           "alumno", "pasajero", "paciente", "residente", "solicitante", "conductor", "viajero", "asistente",
           "participante", "inquilino", "usuario", "jugador", "aficionado", "voluntario", "candidato", "titular",
           "corredor", "espectador", "esquiador", "abonado", "sospechoso", "propietario", "dueño", "niña", "chica", "chico", "donante", "huésped", "alguien"],
    "fr": ["défunt", "détenu", "détenue", "homme", "femme", "visiteur", "invité", "membre", "adhérent", "client", "enfant", "employé", "salarié", "travailleur",
           "étudiant", "élève", "passager", "patient", "résident", "demandeur", "conducteur", "voyageur",
           "participant", "locataire", "usager", "utilisateur", "joueur", "supporter", "bénévole", "candidat",
           "titulaire", "coureur", "spectateur", "skieur", "abonné", "suspect", "propriétaire", "fille", "garçon",
           "donneur", "agent", "quelqu"],
    "de": ["verstorbene", "häftling", "gefangene", "insasse", "besucher", "gast", "mitglied", "kunde", "kind", "mitarbeiter", "beschäftigte", "arbeiter", "student",
           "schüler", "passagier", "fahrgast", "patient", "bewohner", "antragsteller", "fahrer", "reisende",
           "teilnehmer", "mieter", "nutzer", "spieler", "fan", "bewerber", "inhaber", "zielperson", "mann", "frau",
           "läufer", "zuschauer", "skifahrer", "abonnent", "verdächtige", "eigentümer", "besitzer", "mädchen", "junge", "spender", "spenderin", "karteninhaber", "karteninhaberin", "jemand",
           "jemanden"],
    "pt": ["falecido", "recluso", "preso", "detento", "homem", "mulher", "visitante", "convidado", "sócio", "membro", "cliente", "criança", "funcionário", "trabalhador",
           "estudante", "aluno", "passageiro", "paciente", "morador", "residente", "requerente", "condutor",
           "motorista", "viajante", "participante", "inquilino", "utente", "usuário", "utilizador", "jogador",
           "torcedor", "adepto", "voluntário", "candidato", "titular", "folião", "corredor", "espectador",
           "assinante", "suspeito", "proprietário", "dono", "menina", "menino", "dador", "doador", "hóspede", "alguém"],
    "it": ["defunto", "detenuto", "detenuta", "uomo", "donna", "visitatore", "ospite", "socio", "membro", "cliente", "bambino", "dipendente", "lavoratore",
           "studente", "alunno", "passeggero", "paziente", "residente", "richiedente", "conducente", "autista",
           "viaggiatore", "partecipante", "inquilino", "utente", "giocatore", "tifoso", "volontario", "candidato",
           "titolare", "invitato", "corridore", "spettatore", "sciatore", "abbonato", "sospettato", "sposo", "proprietario", "bambina", "ragazza", "ragazzo", "donatore", "operatore", "qualcuno"],
    "nl": ["overledene", "gedetineerde", "bezoeker", "gast", "lid", "klant", "kind", "medewerker", "werknemer", "student", "leerling",
           "passagier", "reiziger", "patiënt", "bewoner", "aanvrager", "bestuurder", "chauffeur", "deelnemer",
           "huurder", "gebruiker", "speler", "supporter", "vrijwilliger", "kandidaat", "houder", "doelwit", "man", "vrouw",
           "loper", "toeschouwer", "schaatser", "skiër", "abonnee", "verdachte", "eigenaar", "meisje", "jongen", "donor", "iemand"],
    "pl": ["zmarły", "osadzony", "więzień", "człowiek", "mężczyzna", "kobieta", "gość", "odwiedzający", "członek", "klient", "dziecko", "pracownik", "student", "uczeń", "pasażer",
           "pacjent", "mieszkaniec", "wnioskodawca", "kierowca", "podróżny", "uczestnik", "najemca",
           "użytkownik", "zawodnik", "kibic", "wolontariusz", "kandydat", "posiadacz", "biegacz", "widz",
           "narciarz", "abonent", "podejrzany", "właściciel", "dziewczynka", "dziewczyna", "chłopiec", "dawca", "petent", "ktoś", "kogoś"],
}
# Genres named after the police ("a six-part police procedural", "a police drama"): what is written.
GENRES = frozenset({"procedural", "procedurals", "drama", "dramas", "series", "thriller", "thrillers", "novel",
                    "novels", "podcast", "podcasts", "documentary", "movie", "sitcom"})
# Polish "sam" is "the same" only after a demonstrative ("ten sam człowiek"); alone it is "by itself"
# ("narzędzie samo znajdzie każdą twarz").
POLISH_SAME = frozenset({"sam", "sama", "samo", "samego", "samej", "samym"})
POLISH_THIS = frozenset({"ten", "ta", "to", "tego", "tej", "tym", "te", "tych"})
# Acts of comparing, by their folded beginnings: "compare each arriving guest against the photos".
COMPARING_ACTS = ("compar", "match", "vergleich", "verglich", "abgleich", "vergelijk", "porown", "confront", "cotej",
                  "raffront", "zestaw")
# "A private detective", "ein Privatdetektiv": no force (folded beginnings of the investigators).
PRIVATE = frozenset({"private", "privado", "privada", "privé", "privater", "privaten", "privato", "particulier",
                     "particulière", "prywatny", "prywatnego"})
INVESTIGATORS = ("detective", "investigat", "enquêteur", "detektiv", "investigador", "investigatore", "rechercheur",
                 "detektyw")
# Someone recognised, named by a pronoun: before the verb in the Romance languages and Polish ("le
# reconnaît", "lo riconosce", "go rozpoznaje"), after it elsewhere ("recognises him", "erkennt ihn").
PRONOUNS_BEFORE = frozenset({"le", "la", "les", "l", "lo", "los", "las", "li", "go", "ją", "ich", "je", "ihn", "hem",
                             "hen"})
PRONOUNS_AFTER = frozenset({"him", "her", "them", "ihn", "ihm", "hem", "haar", "hen", "go", "ją", "ich", "o", "os"})
# Endings, folded: "recognisable" is no act of recognising; "la identificación" is the noun, whose
# article is no pronoun.
ABLE = ("able", "ables", "ible", "ibles", "ivel", "iveis", "ibile", "ibili", "alny", "alna", "alne", "alnych")
NOUN_ENDINGS = ("cion", "sion", "cao", "zione", "ment", "ance", "ung", "ing", "tion", "anie", "enie", "ties", "ity")
# French "ne … personne", "ne … rien": after "ne", these are "nobody", "nothing".
NE = frozenset({"ne", "n"})
NE_PAIRED = frozenset({"personne", "rien"})
# "Eine Kooperation mit Polizeibehörden besteht nicht": existence denied by a closing negation.
EXISTS = frozenset({"besteht", "bestehen", "existiert", "existieren", "bestaat", "bestaan"})
# Word pairs that look like an organisation named and are an adverb: "Recibimos a diario denuncias" (daily).
ADVERBS_NOT_ORGANISATIONS = frozenset({("a", "diario")})
# Portraits: a picture of someone by definition ("checks the image against the portrait they uploaded").
PORTRAITS = frozenset({"portrait", "portraits", "retrato", "retratos", "porträt", "porträts", "portret", "portretten",
                       "portrety", "portretu", "ritratto", "ritratti", "portretfoto", "portretfoto's"})
# "Any", after a verb that bans or rules out: "descartamos … cualquier función que identifique …",
# "abbiamo escluso … qualsiasi sistema che riconosca …": the ban reaches what follows "any … that".
ANY = frozenset({"any", "cualquier", "cualquiera", "jegliche", "jeglichen", "jeglicher", "qualquer", "qualsiasi",
                 "enig", "enige", "jakikolwiek", "jakiekolwiek", "jakąkolwiek", "jakiegokolwiek", "wszelkie"})
# Relatives that say whose: "nobody whose face is not compared" denies twice, and affirms.
WHOSE = frozenset({"whose", "cuyo", "cuya", "cuyos", "cuyas", "dont", "dessen", "deren", "cujo", "cuja", "cujos",
                   "cujas", "cui", "wiens", "wier", "którego", "której", "których", "czyja", "czyj", "czyje", "czyjej",
                   "czyjego"})
# … and "if" after "nobody" or "no …": "nobody enters if their face has not been matched", "żaden zawodnik
# nie wejdzie, jeśli jego twarz nie zostanie porównana" (with NEGATIVE_DETERMINERS: "żaden zawodnik").
IF = frozenset({"if", "unless", "si", "wenn", "falls", "se", "jeśli", "jeżeli", "indien"})
# … and the relative pronouns that do the same after "nobody" or "there is no": "al tornello non passa
# nessuno che la telecamera non abbia riconosciuto dal viso", "não há morador que ela não saiba
# identificar pelo rosto", "there is no member whom the door has not recognised".
WHO_DENIED = frozenset({"who", "whom", "che", "que", "qui", "quien", "quienes", "quem", "die", "der", "den",
                        "wie", "który", "która", "które", "którzy", "kogo", "którego", "której"})
# "There is" after a negation: "não há", "no hay", "non c'è" (its "c"), "nie ma", "er is geen".
THERE_IS = frozenset({"ha", "hay", "c", "ma", "gibt", "is", "y", "are", "existe", "existem", "existen"})
# Masks as things worn ("une photo imprimée ou un masque"): after an article, no blurring.
MASKS = frozenset({"mask", "masks", "masque", "masques", "maske", "masken", "máscara", "máscaras", "maschera",
                   "maschere", "masker", "maskers", "maska", "maski", "maskę"})
# Checking a property: "vérifier qu'il est centré", "check whether the face is lit": no identity.
CHECKING = ("verif", "check", "control", "prüf", "pruef", "sprawdz", "controleer", "controll")
WHETHER = frozenset({"whether", "if", "si", "ob", "se", "of", "czy", "qu"})
# Recognising, as an act on someone: "als dezelfde persoon herkennen".
RECOGNISING = ("recogni", "herken", "erkenn", "reconn", "reconoc", "reconhec", "riconosc", "rozpozn", "identif",
               "identyf", "wiedererkenn")
# Sorting and grouping pictures, with "per" and a person after: "raggruppare le immagini per bambino".
GROUPING = ("group", "cluster", "sort", "agrup", "regroup", "raggrupp", "gruppier", "sortier", "groepeer",
            "groeper", "sorteer", "grupuj", "grupow", "pogrup", "posortuj", "sortuj", "ordena", "classific")
PER = frozenset({"per", "by", "par", "por", "pro", "nach", "według", "na", "je"})
# "But" in each language: where a frame that opens a sentence stops. (Not "mas", which folds like
# Spanish "más"; not "ma", Polish "has".)
BUT = frozenset({"but", "however", "aber", "jedoch", "mais", "pero", "porém", "contudo", "però", "tuttavia", "maar",
                 "echter", "ale", "jednak", "lecz"})
# "In", where a system is deployed: "sera déployé dans tous les groupements de gendarmerie".
IN = frozenset({"in", "at", "across", "within", "dans", "en", "im", "bei", "nei", "nelle", "nella", "negli", "nel",
                "nos", "nas", "na", "no", "em", "w", "we", "op", "bij", "presso", "entre"})
# Participles of deploying, before "in": "sera déployé dans tous les groupements de gendarmerie".
DEPLOYED = frozenset({"deployed", "used", "installed", "déployé", "déployée", "déployés", "déployées", "utilisé",
                      "utilisée", "utilisés", "installé", "installée", "desplegado", "desplegada", "utilizado",
                      "utilizada", "usado", "usada", "instalado", "instalada", "implantado", "implantada",
                      "eingesetzt", "genutzt", "installiert", "utilizzato", "utilizzata", "impiegato", "impiegata",
                      "installato", "installata", "ingezet", "gebruikt", "geïnstalleerd", "wdrożony", "wdrożona",
                      "używany", "używana", "stosowany", "stosowana", "zainstalowany", "zainstalowana",
                      # built into what the police drive or carry: "embarqué dans les véhicules de patrouille de …"
                      "embarqué", "embarquée", "embarqués", "embarquées", "embedded", "integrated", "mounted",
                      "intégré", "intégrée", "integriert", "eingebaut", "integrado", "integrada", "embarcado",
                      "embarcada", "integrato", "integrata", "geïntegreerd", "ingebouwd", "zintegrowany",
                      "zamontowany"})
# Verbs of wanting among the verbs of use: "want AI help …" deploys nothing.
WANT = frozenset({"want", "wants", "wanted", "need", "needs", "plan", "plans", "intend", "intends", "quiere",
                  "queremos", "quieren", "querer", "necesita", "necesitamos", "veut", "voulons", "souhaite",
                  "souhaitons", "möchte", "möchten", "will", "wollen", "plant", "planen", "quer", "pretende", "pretendemos", "vuole", "vogliamo", "intende", "wil", "willen", "chce", "chcemy",
                  "planuje", "planujemy"})
# "each", for whose picture: "the picture we took of each worker".
EACH = frozenset({"each", "every", "cada", "chaque", "jeder", "jede", "jedes", "jeden", "ogni", "elke", "ieder",
                  "iedere", "każdy", "każdego", "każdej"})
# A given person, appearing: "every clip in which that person appears", "dana osoba pojawia się".
GIVEN = frozenset({"that", "this", "given", "same", "dana", "danej", "dany", "ta", "ten", "tej", "diese", "dieser",
                   "bestimmte", "cette", "ce", "esa", "ese", "esta", "este", "essa", "esse", "dessa", "desta",
                   "quella", "quel", "questa", "die", "deze", "dat", "bepaalde", "particular", "specific",
                   "determinada", "determinado", "concreta", "concreto", "précise", "particulière", "donnée",
                   "bestimmten", "konkrete", "específica", "determinata", "specifica", "particolare",
                   "specifieke", "diezelfde", "datzelfde", "konkretna", "konkretnej", "określona", "określonej"})
# Counting people: its comparisons are of numbers ("zählen, wie viele Personen anwesend sind, damit wir
# die Zahl … vergleichen"). Folded beginnings of the verbs' forms.
COUNTING = ("count", "zähl", "gezähl", "contar", "cuent", "compt", "contagem", "contare", "contegg", "tellen", "telt",
            "geteld", "licz", "zlicz", "policz", "recompt", "recount", "ricont", "recont", "nachgezähl")
# Coordinators that join names only in some languages: Dutch "of" and "en" ("politie of
# marechaussee"), not English "of" ("detectives of the Maricopa County Sheriff's Office").
COORDINATOR_LANGUAGES = {"of": ("nl",), "en": ("nl",), "e": ("pt", "it"), "i": ("pl",), "o": ("es", "it")}
# "Beside", which with LAID compares.
BESIDE = frozenset({"naast"})
# Dutch "naast … leggen" compares ("het gelaat wordt naast de foto gelegd"); "naast" alone is "next to".
LAID = frozenset({"gelegd", "legt", "leggen", "leg", "gelegt", "zet", "zetten", "gezet", "plaatst", "plaatsen",
                  "geplaatst"})
# Where a question of who someone is gets its answer: "works out which employee is standing there
# from their enrolled photo" (with MEANS).
FROM_PICTURE = frozenset({"from", "aus", "auf", "a partir", "partir", "sur", "desde", "dalla", "dalle", "sulla",
                          "op", "uit", "ze", "na"})
# A picture named back, as the second of two compared: "comparée à celle prise à l'enrôlement", "con
# quella del badge", "com aquela do cadastro", "with the one taken at enrolment".
PICTURE_PRONOUNS = frozenset({"celle", "celui", "celles", "ceux", "quella", "quello", "quelle", "quelli", "aquella",
                              "aquel", "aquela", "aquele", "one"})
# … and the pronouns that stand for a picture as the subject of a comparison: "celle-ci est rapprochée de la
# photo", "que esta se compare con la fotografía", "it is then compared with the photo on file".
PICTURE_SUBJECTS = frozenset({"esta", "ésta", "questa", "essa", "ela", "ella", "elle", "it", "this", "diese",
                              "dieses", "deze", "dit", "ono", "ona"})
# A form's question or label answered no: "Reconnaissance faciale : non.", "Biometrie: keine."
ANSWER_NO = frozenset({"no", "none", "non", "aucune", "aucun", "nein", "keine", "kein", "não", "nenhuma", "nenhum",
                       "ninguna", "ninguno", "nessuna", "nessuno", "nee", "geen", "nie", "brak"})
# German "als": recognised as someone ("dessen Gesicht … als das einer berechtigten Mitarbeiterin
# erkannt wurde"), not faces found.
RECOGNISED_AS = frozenset({"als"})
# "But" after the verb goes on with its clause: "mit der Polizei haben wir aber … nichts zu tun".
ADVERBIAL_BUT = frozenset({"aber", "jedoch", "allerdings"})
# French "le compte", "du compte" (an account), and a country, a county or a counterpart: no counting.
ACCOUNT = frozenset({"compte", "comptes"})
NOT_COUNTING = ("countr", "county", "counties", "counterfeit", "counterpart", "counter-terror", "counterterror",
                "countenance")
# Romance "for" with an infinitive had its object: "pour rendre les dialogues entre flics plus crédibles".
ROMANCE_FOR = frozenset({"pour", "para", "per"})
INFINITIVE_ENDINGS = ("er", "ir", "re", "ar", "or")
# Saying who one is is no identifying: "someone who will not identify themselves", "s'identifier",
# "identificarse" (IDENTIFYING: the beginning of the verb; REFLEXIVE_ENDINGS: the reflexive infinitive).
IDENTIFYING = ("identif",)
REFLEXIVE_ENDINGS = ("arse", "arsi")
REFLEXIVES = frozenset({"themselves", "themself", "himself", "herself", "yourself", "yourselves", "oneself",
                        "ourselves", "myself"})
# French "livre" is a book far more often than "delivers".
NOT_SUPPLY = frozenset({"livre", "livres"})

# "The same face", "la misma persona": knowing that two pictures show one person is identifying.
SAME = {
    "en": ["same"], "es": ["mismo", "misma"], "fr": ["même", "mêmes"], "de": ["selbe", "dieselbe", "derselbe",
    "dasselbe", "gleiche"], "pt": ["mesmo", "mesma"], "it": ["stesso", "stessa"],
    "nl": ["dezelfde", "hetzelfde", "zelfde", "datzelfde", "diezelfde"], "pl": ["sam", "sama", "samą", "samo", "samego", "samej"],
}
# … and "the one on the photo": "ob die Person vor dem Handy tatsächlich die auf dem Ausweisfoto ist",
# "checks that the customer is the one on the ID", "vérifie que le client est bien celui de la photo".
THE_ONE_PICTURED = {
    "en": ["is the one on", "is the one in", "is the one shown", "is the one pictured", "is the one who was", "is the one photographed", "is the person on",
           "is the person in", "is really the one on", "is indeed the one on"],
    "es": ["es la de la foto", "es el de la foto", "es la persona de la foto", "es quien aparece en", "es la del documento",
           "es la del carné", "es la de la fotografía",
           "es realmente la de", "es realmente el de"],
    "fr": ["est bien celle de la", "est bien celui de la", "est celle de la", "est celui de la",
           "est bien celle qui figure", "est bien celui qui figure", "est bien celle sur", "est bien celui sur"],
    "de": ["ist die auf dem", "ist der auf dem", "ist die im", "ist der im", "ist diejenige auf", "ist derjenige auf",
           "tatsächlich die auf dem", "tatsächlich der auf dem", "wirklich die auf dem", "wirklich der auf dem"],
    "pt": ["é a da foto", "é o da foto", "é a pessoa da foto", "é quem aparece na", "é mesmo a da", "é mesmo o da",
           "é a do documento", "é a do cartão", "é a da fotografia", "é a do passaporte", "é a que consta"],
    "it": ["è quella della foto", "è quello della foto", "è la persona della foto", "è quella nella foto",
           "è quello nella foto", "è quella sulla", "è quello sulla", "è davvero quella", "è davvero quello"],
    "nl": ["is degene op de", "is degene van de foto", "echt degene op", "is dezelfde als op", "dezelfde is als die op",
           "dezelfde is als op"],
    "pl": ["jest osobą ze zdjęcia", "to osoba ze zdjęcia", "jest tą osobą ze", "jest tym samym co na"],
}
for _language, _phrases in THE_ONE_PICTURED.items():
    SAME[_language] = SAME[_language] + _phrases
SAME["fr"] += ["est bien celui", "est bien celle"]  # "son visage est bien celui photographié à l'embarquement"
# "… is really the cardholder", "qu'il s'agit bien de la personne dont la photo figure sur le permis": the
# same person, said of someone.
IS_THE_HOLDER = {
    "en": ["is also the holder", "is also the cardholder", "is the cardholder", "is really the cardholder", "is the holder", "is really the holder",
           "is the account holder", "is the pass holder", "are the member on file", "is the member on file",
           "is the person on file", "are the person on file", "whose photo is on",
           "that it is him", "that it is her", "that it's him", "that it's her", "it's them", "it is them"],
    "es": ["es también el titular", "es también la titular", "es el titular", "es la titular", "es realmente el titular", "es realmente la titular", "es de verdad el titular",
           "que es él", "que es ella", "que sea él", "que sea ella"],
    "fr": ["est aussi le titulaire", "est aussi la titulaire", "est bien le titulaire", "est bien la titulaire", "s'agit bien de la personne", "s'agit bien du titulaire",
           "s'agit bien de la titulaire", "est bien la personne", "est bien le membre", "est bien l'adhérent",
           "c'est bien le titulaire", "c'est bien la titulaire", "c'est bien lui", "c'est bien elle", "dont la photo figure"],
    "de": ["auch der inhaber", "auch die inhaberin", "tatsächlich der inhaber", "tatsächlich die inhaberin", "tatsächlich der karteninhaber",
           "tatsächlich die karteninhaberin", "tatsächlich der ausweisinhaber", "tatsächlich die ausweisinhaberin",
           "wirklich der karteninhaber", "wirklich die karteninhaberin",
           "dass er es ist", "dass sie es ist"],
    "pt": ["quem está embarcando é o titular", "quem está a embarcar é o titular", "é também o titular", "é também a titular", "é de facto o titular", "é de facto a titular", "é mesmo o titular", "é mesmo a titular", "é realmente o titular",
           "é realmente a titular", "é de fato o titular", "é de fato a titular", "cuja fotografia consta", "cuja foto consta",
           "que é ele", "que é ela", "que se trata dele", "que se trata dela"],
    "it": ["è anche il titolare", "è anche la titolare", "sia il titolare", "sia la titolare", "sia davvero il titolare", "è davvero il titolare", "è davvero la titolare", "è effettivamente il titolare", "è effettivamente la titolare",
           "è proprio il titolare", "è proprio la titolare",
           "che è lui", "che è lei", "che sia lui", "che sia lei"],
    "nl": ["echt de houder", "werkelijk de houder", "daadwerkelijk de houder", "echt de pashouder", "is als de houder",
           "ook de houder", "de houder van het document is", "de houder van het paspoort is", "de houder van de pas is",
           "dat hij het is", "dat zij het is", "dat ze het is"],
    "pl": ["jest też posiadaczem", "jest też posiadaczką", "jest właścicielem karty", "jest właścicielką karty", "jest posiadaczem", "jest posiadaczką",
           "faktycznie właściciel", "rzeczywiście właściciel", "to rzeczywiście on", "to rzeczywiście ona",
           "to naprawdę on", "to naprawdę ona", "to faktycznie on", "to faktycznie ona",
           "że to on", "że to ona"],
}
for _language, _phrases in IS_THE_HOLDER.items():
    SAME[_language] = SAME[_language] + _phrases
    PERSON[_language] = PERSON[_language] + _phrases

# Law enforcement by its institutions: police forces, gendarmeries, national agencies, border,
# customs and immigration enforcement, prosecutors.
LAW_ENFORCEMENT = {
    "en": ["police", "policing", "policeman", "policewoman", "police officer", "sheriff", "sheriff's office",
           "constabulary", "constable", "trooper", "state patrol", "highway patrol", "border patrol",
           "law enforcement", "law-enforcement", "fbi", "dea", "atf", "europol", "interpol", "frontex",
           "homeland security investigations", "customs and border protection", "border force", "border guard",
           "border guards",
           "immigration and customs enforcement", "immigration enforcement", "customs enforcement",
           "prosecutor", "prosecutors", "district attorney", "crown prosecution service",
           "national crime agency", "marshals service", "us marshals", "gendarmerie", "carabinieri",
           "guardia civil", "garda", "garda síochána", "scotland yard", "metropolitan police", "met police",
           "police department", "detective", "detectives", "patrol officer", "patrol officers", "officer",
           "officers", "deputies", "deputy sheriff"],
    "es": ["policía", "policial", "policías", "guardia civil", "guardias civiles", "mossos", "mossos d'esquadra", "ertzaintza",
           "carabineros", "fuerzas de seguridad", "fuerzas y cuerpos de seguridad", "fuerzas del orden",
           "cuerpos policiales", "fiscalía", "ministerio fiscal", "fiscal", "fiscales", "gendarmería",
           "agentes de la autoridad", "dirección general de aduanas", "policía nacional", "policía local", "policía municipal", "europol",
           "interpol", "guardia urbana", "agentes policiales"],
    "fr": ["police", "policier", "policière", "policiers", "policières", "gendarmerie", "gendarme",
           "gendarmes", "forces de l'ordre", "maintien de l'ordre", "police nationale", "police municipale",
           "police judiciaire", "procureur", "parquet", "ministère public", "douane", "douanes", "police aux frontières",
           "europol", "interpol", "dgsi", "brigade", "commissariat", "préfecture de police"],
    "de": ["*polizei*", "polizist", "polizistin", "polizisten", "polizeilich",
           "strafverfolgung*", "*strafverfolgung", "strafverfolgungsbehörde*", "ermittlungsbehörde*",
           "bundeskriminalamt", "landeskriminalamt", "kriminalamt", "bka", "lka", "staatsanwaltschaft",
           "staatsanwalt", "staatsanwälte", "zoll", "zollfahndung", "bundespolizei", "europol", "interpol",
           "gendarmerie", "kriminalpolizei", "*kripo", "carabinieri"],
    "pt": ["polícia", "policial", "policiais", "polícias", "psp", "gnr", "guarda nacional republicana",
           "polícia judiciária", "polícia federal", "polícia civil", "polícia militar", "forças de segurança",
           "forças policiais", "agentes da lei", "aplicação da lei", "ministério público", "procurador",
           "procuradoria", "guarda municipal", "europol", "interpol", "sef"],
    "it": ["polizia", "poliziotto", "poliziotti", "poliziesco", "carabinieri", "carabiniere",
           "guardia di finanza", "polizia di stato", "polizia locale", "polizia municipale",
           "forze dell'ordine", "forze di polizia", "questura", "questure", "procura", "pubblico ministero",
           "europol", "interpol", "polizia penitenziaria", "arma dei carabinieri"],
    "nl": ["*politie*", "politieagent", "agenten", "marechaussee", "koninklijke marechaussee",
           "openbaar ministerie", "officier van justitie", "opsporingsdienst*", "*opsporingsdienst",
           "opsporingsinstanties", "fiod", "europol", "interpol", "rechtshandhaving", "wetshandhaving",
           "douane", "politiële", "politieel", "handhavers"],
    "pl": ["policja", "policjant", "policyjny", "straż graniczna", "straży granicznej", "straż miejska",
           "prokuratura", "prokurator", "organy ścigania", "organów ścigania", "żandarmeria",
           "żandarmerii", "cbś", "cbśp", "abw", "europol", "interpol", "funkcjonariusz", "funkcjonariusze"],
}
# The preposition of comparison: a face "against" something is being compared with it.
AGAINST = {"en": ["against"], "es": ["contra"], "fr": ["contre"], "de": ["gegen"], "pt": ["contra"],
           "it": ["contro"], "nl": ["tegen"], "pl": []}
# Blurring and masking: with them, German "erkennen" means finding faces, not recognising them.
BLUR = {
    "en": ["blur*", "pixelat*", "redact*", "anonymi*"], "es": ["difumin*", "pixel*", "anonimiz*", "desenfoc*"],
    "fr": ["flout*", "pixelis*", "anonymis*", "masqu*"], "de": ["*verpixel*", "unkenntlich*", "geschwärzt*",
    "schwärz*", "verwisch*", "anonymisier*", "weichgezeichnet"], "pt": ["desfoc*", "pixeliz*", "anonimiz*"],
    "it": ["sfoc*", "oscur*", "pixel*", "anonimizz*"], "nl": ["vervaag*", "vervag*", "onherkenbaar*", "blur*", "anonimiseer*", "onscherp*"],
    "pl": ["rozmyw*", "rozmyj*", "rozmyc*", "zamaz*", "rozmyt*", "anonimiz*"],
}
# Counting faces is finding them, not recognising anyone: like blurring, it tells that German
# "erkennen" means finding ("Gesichter werden erkannt und gezählt").
BLUR["de"] = BLUR["de"] + ["zählt", "zählen", "gezählt", "*zählung"]
# Institutions are named the same in every language ("el FBI", "die Gendarmerie"), so a
# law-enforcement form counts in any sentence, except these, which are ordinary words elsewhere
# (Portuguese "procura" is "looks for"; Spanish "fiscal" is also "tax").
AMBIGUOUS_LAW_ENFORCEMENT = frozenset({"brigadier", "procura", "procure", "fiscal", "fiscales", "brigade", "brigades", "parquet",
                                       "parquets", "agenten", "garda", "procurador", "procuradora", "procuradores",
                                       "zolle", "zolles", "kims", "kogos", "sef", "dea", "cbs", "psp"})
# A past "was" before a rank and "for" a number of years after it: someone's career ("foi inspetor da Polícia
# Judiciária durante quinze anos").
WAS = frozenset({"was", "were", "foi", "fue", "fui", "era", "war", "warst", "était", "étais", "fut", "fu", "ero",
                 "stato", "stata", "był", "była", "byłem", "byłam", "werkte", "diende", "servì", "sirvió", "serviu"})
FOR_A_TIME = frozenset({"for", "durante", "during", "pendant", "während", "per", "przez", "gedurende"})
# What law enforcement is when it is only what a text is about: "Le forze dell'ordine sono solo un tema della mostra".
SUBJECT_MATTER = frozenset({"topic", "subject", "theme", "tema", "temas", "sujet", "thème", "thema", "themen",
                            "onderwerp", "temat", "tematem", "assunto", "argomento", "objeto", "oggetto"})
# Forms that are other words in a language whose lemma data does not know them: French "rédaction" (a
# newsroom) is English "redaction" (blacking out).
FALSE_FRIENDS = frozenset({"redaction", "redactions"})
# Forms that start with "ICE", "CBP" … only count in capitals (the word "ice" is not the agency).
UPPER_CASE_LAW_ENFORCEMENT = ("ICE", "CBP", "HSI", "NCA", "BKA", "LKA", "PSP", "GNR", "DEA", "ATF", "CBS",
                              "FIOD", "ABW", "SEF", "DGSI", "NYPD", "LAPD", "KHK", "PD")

EXCLUDE = {
    "de": ["angesicht*", "passend", "passende", "passenden", "passender", "passendes", "unpassend*",
           "gesichtspunkt*", "gesichtsfeld*", "gesichtet", "gesichtskreis", "untersuche*", "unkenntlich*",
           "besucher*", "versuche*", "ersuche*", "zollstock", "polizeistunde", "bildung*", "bilderbuch",
           "*verbildung", "ausbildung*", "fortbildung*", "weiterbildung*", "abbildung*", "einbildung*",
           "*bildschirm*", "leitbild*",
           # a series of offences, no TV series: "Taschendiebstahlserien", "Einbruchsserie"
           "*diebstahlserie*", "*einbruchserie*", "*einbruchsserie*", "*raubserie*", "*überfallserie*",
           "*mordserie*", "*anschlagsserie*", "*brandserie*", "*betrugsserie*", "*tatserie*",
           # the passport ("fotografieren Pass oder Ausweis"), not a form of "passen"
           "pass", "passe"],
    "nl": ["gezichtspunt*", "gezichtsveld*", "gezichtsbedrog", "*politiek*", "politici", "onherkenbaar",
           "beeldvorming", "agenten-", "beeldscherm*", "vooruitzicht*", "toezicht*"],
    "en": ["face to face", "face-to-face", "in the face of", "on the face of it", "face value", "beyond recognition",
           "unrecognisable", "unrecognizable",
           "police academy award", "first-time offender", "procurement", "procured", "procuring", "compartment*",
           # bodies that oversee the police, named after them
           "independent office for police conduct", "police ombudsman", "inspectorate of constabulary",
           "inspectorate of constabulary and fire & rescue services", "civilian complaint review board",
           "police accountability board"],
    # (not "procure": Portuguese "procure" searches)
    "it": ["irriconoscibile", "irriconoscibili", "volto a", "volto ad", "volto al", "volto alla", "volto alle", "volto allo", "volto agli",
           "volti a", "volti ad", "volti al", "volti alla", "volti alle", "volti agli", "compart*"],
    "fr": ["police de caractères", "police d'écriture", "polices de caractères", "police d'assurance",
           "méconnaissable", "méconnaissables",
           "polices d'assurance", "en face", "compartiment*"],
    "es": ["cara a cara", "póliza", "pólizas", "irreconocible", "irreconocibles"],
    "pt": ["cara a cara", "em face de", "face a", "irreconhecível", "irreconhecíveis",
           "compart*",  # (sharing, not comparing; Spanish "compartir" too: exclusions hold in every language)
           # (Brazil's police write the account of an incident as its "histórico", no history)
           "histórico da ocorrência", "histórico das ocorrências", "históricos das ocorrências", "histórico do boletim",
           "histórico do atendimento",
           # (a school's or a university's enrolment record, no number plate)
           "ficha de matrícula", "ficha da matrícula", "fichas de matrícula", "número de matrícula de estudante"],
    "pl": ["nie do rozpoznania"],
}

# Verbs "to face" and idioms in which English "face" is not a face.
ENGLISH_FACE_AS_VERB_BEFORE = frozenset({
    "we", "they", "i", "you", "he", "she", "it", "agencies", "officers", "people", "who", "that", "which",
    "will", "may", "might", "can", "could", "would", "should", "must", "often", "also", "still", "to",
    "now", "currently", "teams", "staff", "users", "companies", "cities", "departments", "communities",
    "organisations", "organizations", "citizens", "residents", "businesses", "victims", "families",
    "not", "never", "already", "increasingly", "regularly", "typically", "usually", "further",
})

# Negation: NegEx-style triggers before a term (in its clause, a few words away) and after it
# ("… is not used", "… n'est pas utilisée", "… wird nicht eingesetzt").
NEGATIONS = {
    "en": ["disabled",
           "forgo", "forgoes", "forgoing", "renounces", "waives", "not", "t", "no", "never", "none", "nobody", "neither", "nor", "cannot", "can't", "don't", "doesn't",
           "isn't", "aren't", "won't", "wasn't", "weren't", "didn't", "without", "nothing", "excluding",
           "except", "unlike", "prohibit", "prohibits", "prohibited", "forbid", "forbids", "forbidden", "ban",
           "bans", "banned", "exclude", "excludes", "excluded", "avoid", "avoids", "refrain", "lacks",
           "doesnt", "dont", "isnt", "arent", "wont", "neither",
           "refused", "rejected"],
    "es": ["desactivado", "desactivada", "descarta", "descartó", "descartamos", "descartaron",
           "renuncia", "renuncian", "prescinde", "prescinden", "no", "nunca", "jamás", "sin", "ni", "ningún", "ninguna", "ninguno", "nadie", "nada", "tampoco",
           "prohibido", "prohibida", "excluye", "excluido", "excluida", "excepto",
           "rechazó", "rechazaron", "rechazamos"],
    "fr": ["désactivé", "désactivée",
           "renonce", "renoncent", "pas", "jamais", "aucun", "aucune", "sans", "ni", "nul", "nulle", "rien", "interdit",
           "interdite", "exclu", "exclue", "exclut", "non",
           "refusé", "refusée", "refusés", "rejeté", "écarté", "écartée", "écartés", "écartées", "écartons", "écartent"],
    "de": ["deaktiviert", "abgeschaltet",
           "verzichtet", "verzichten", "verzichtete", "nicht", "kein", "keine", "keinen", "keiner", "keinem", "keines", "ohne", "nie", "niemals",
           "weder", "keinerlei", "keinesfalls", "keineswegs", "niemand", "niemanden", "nichts", "verboten", "ausgeschlossen", "anstatt", "statt",
           "anstelle",
           "abgelehnt"],
    "pt": ["desativado", "desativada",
           "renuncia", "abdica", "dispensa", "não", "nunca", "jamais", "sem", "nem", "nenhum", "nenhuma", "ninguém", "nada", "proibido",
           "proibida", "excluído", "excluída",
           "recusou", "recusaram", "recusámos", "rejeitou", "rejeitaram"],
    "it": ["disattivato", "disattivata",
           "rinuncia", "rinunciano", "non", "mai", "senza", "né", "nessun", "nessuno", "nessuna", "niente", "nulla", "vietato", "vietata",
           "escluso", "esclusa", "anziché",
           "rifiutato", "rifiutata", "respinto"],
    "nl": ["uitgeschakeld",
           "afziet", "niet", "geen", "nooit", "zonder", "noch", "niemand", "niets", "verboden", "uitgesloten", "nimmer",
           "weigerde", "weigerden", "geweigerd", "afgewezen"],
    "pl": ["wyłączone", "wyłączony", "wyłączona",
           "rezygnuje", "rezygnujemy", "rezygnują", "nie", "nigdy", "bez", "żaden", "żadna", "żadne", "żadnego", "żadnej", "żadnych", "żadnym", "ani",
           "nikt", "nikogo", "nic", "zakazane", "zakazany", "wykluczone", "zamiast",
           "odrzucił", "odrzuciła", "odrzucili", "odmówił", "odmówiła", "odmówili"],
}
# English terms of the trade written as they are in every language ("software di face matching",
# "Face-ID-Abgleich"): each is a face and an identifying act at once.
LOAN_PHRASES = ("face matching", "face match", "face recognition", "face search", "face verification",
                "face comparison", "face identification", "face id", "faceid", "face-matching",
                "face-recognition", "facial recognition", "facial matching", "face authentication")
# Frames that deny what follows: inside them a negation affirms ("it is not true that we do not
# compare faces") and a plain statement is denied.
NEGATED_FRAMES = (
    "it is not true that", "it's not true that", "it is false that", "it is not the case that",
    "no es cierto que", "no es verdad que", "es falso que",
    "il n'est pas vrai que", "il est faux que", "il est faux de dire que", "il n'est pas exact que",
    "es stimmt nicht dass", "es ist nicht wahr dass", "es trifft nicht zu dass", "es ist falsch dass",
    "não é verdade que", "não é certo que", "é falso que",
    "non è vero che", "è falso che", "non è corretto che",
    "het is niet waar dat", "het klopt niet dat", "het is onjuist dat",
    "nie jest prawdą że", "nieprawdą jest że", "nie prawda że", "to nieprawda że",
    "it is not that", "it's not that", "no es que", "ce n'est pas que", "es ist nicht so dass",
    "não é que", "non è che", "het is niet zo dat", "nie jest tak że",
    "it is by no means true that", "het is geenszins zo dat", "het is allerminst zo dat", "es ist keineswegs so dass",
    "il n'est nullement vrai que", "de ningún modo es cierto que", "não é de modo algum verdade que",
    "non è affatto vero che", "wcale nie jest tak że",
    "it never happens that", "it does not happen that", "nunca ocurre que", "nunca sucede que", "no ocurre que",
    "il n'arrive jamais que", "il n'arrive pas que", "es kommt nie vor dass", "es kommt nicht vor dass",
    "nunca acontece que", "não acontece que", "non succede mai che", "non capita mai che", "non accade mai che",
    "het gebeurt nooit dat", "het komt nooit voor dat", "nie zdarza się żeby", "nie zdarza się aby",
    "nie zdarza się by", "nigdy nie zdarza się żeby", "nigdy nie zdarza się aby", "nigdy się nie zdarza żeby",
    # "Es wäre nicht korrekt zu behaupten, dass … niemanden anhand des Gesichts erkennt"
    "it would be wrong to say that", "it would not be correct to say that", "it would be incorrect to say that",
    "it would be wrong to claim that", "sería falso decir que", "no sería correcto decir que",
    "sería incorrecto afirmar que", "il serait faux de dire que", "il ne serait pas exact de dire que",
    "il serait inexact de dire que", "es wäre falsch zu sagen dass", "es wäre nicht korrekt zu behaupten dass",
    "es wäre nicht richtig zu sagen dass", "es wäre falsch zu behaupten dass", "seria errado dizer que",
    "não seria correto dizer que", "seria incorreto afirmar que", "sarebbe sbagliato dire che",
    "non sarebbe corretto dire che", "sarebbe inesatto affermare che", "het zou onjuist zijn te zeggen dat",
    "het zou niet kloppen te zeggen dat", "het zou onjuist zijn te stellen dat", "błędem byłoby twierdzić że",
    "nie byłoby prawdą że", "nieprawdą byłoby twierdzić że",
    "it would be untrue to say that", "it would not be honest to say that", "it would be dishonest to say that",
    "il ne serait pas honnête de affirmer que", "il ne serait pas honnête d affirmer que",
    "il ne serait pas honnête de dire que", "il serait malhonnête de dire que", "es wäre unehrlich zu sagen dass",
    "es wäre nicht ehrlich zu behaupten dass", "no sería honesto decir que", "não seria honesto dizer que",
    "non sarebbe onesto dire che", "het zou niet eerlijk zijn te zeggen dat", "nie byłoby uczciwe twierdzić że",
)
# Negations that open their clause and deny all of it, however long: "at no point does the system
# try to recognise or identify any human face".
NEVER_FRAMES = (
    "at no point", "at no time", "at no stage", "under no circumstances", "in no case", "em momento algum",
    "en momento alguno", "weder", "at no step", "in no step", "em nenhuma etapa", "em nenhuma fase",
    "en ninguna etapa", "en ninguna fase", "à aucune étape", "à aucun stade", "in keiner phase", "in keinem schritt",
    "in nessuna fase", "in geen enkele fase", "na żadnym etapie", "en ningún momento", "en ningún caso",
    "à aucun moment", "en aucun cas", "zu keinem zeitpunkt", "unter keinen umständen", "em nenhum momento",
    "em caso algum", "em momento nenhum", "in nessun momento", "in nessun caso", "op geen enkel moment", "in geen geval",
    "w żadnym momencie", "w żadnym wypadku", "op geen enkele manier", "in no way", "de ninguna manera",
    "de ningún modo", "en aucune façon", "en aucune manière", "auf keine weise", "de modo algum", "de forma alguma",
    "de maneira alguma", "in nessun modo", "in alcun modo",
)
# Negations that are verbs of banning or leaving out: they reach their object, not past a comma
# ("the entry is prohibited to them, comparing their faces …").
VERBAL_NEGATIONS = frozenset({
    "prohibit", "prohibits", "prohibited", "forbid", "forbids", "forbidden", "ban", "bans", "banned", "exclude",
    "excludes", "excluded", "excluding", "prohibido", "prohibida", "excluye", "excluido", "excluida", "interdit",
    "interdite", "exclu", "exclue", "exclut", "verboten", "ausgeschlossen", "proibido", "proibida", "excluído",
    "excluída", "vietato", "vietata", "escluso", "esclusa", "esclude", "escludono", "exclui", "excluem", "verboden", "uitgesloten", "zakazane", "zakazany",
    "wykluczone",
    # forgoing: "verzichtet bewusst auf Gesichtserkennung", "renuncia al reconocimiento facial"
    "forgo", "forgoes", "forgoing", "refrain", "refrains", "renounce", "renounces", "waive", "waives",
    "verzichtet", "verzichten", "verzichtete", "renuncia", "renuncian", "prescinde", "prescinden", "renonce",
    "renoncent", "abdica", "dispensa", "rinuncia", "rinunciano", "rezygnuje", "rezygnujemy", "rezygnują",
    "disabled", "deaktiviert", "abgeschaltet", "désactivé", "désactivée", "desactivado", "desactivada",
    "desativado", "desativada", "disattivato", "disattivata", "uitgeschakeld", "wyłączone", "wyłączony",
    "wyłączona", "descarta", "descartó", "descartamos", "descartaron",
    # refusing: "le conseil d'administration a refusé toute reconnaissance faciale"
    "refused", "rejected", "refusé", "refusée", "refusés", "rejeté", "écarté", "écartée", "écartés", "écartées",
    "écartons", "écartent", "rechazó", "rechazaron", "rechazamos",
    "recusou", "recusaram", "recusámos", "rejeitou", "rejeitaram", "rifiutato", "rifiutata", "respinto",
    "abgelehnt", "weigerde", "weigerden", "geweigerd", "afgewezen", "odrzucił", "odrzuciła", "odrzucili",
    "odmówił", "odmówiła", "odmówili",
})
# Predicates that deny their subject, however long it is: "Face matching was considered and
# rejected", "Ein Vergleich von Gesichtern mit Fotos, …, ist ausgeschlossen" (with the verbal
# negations above), and "is no part of": a negation before one of PART.
# Offers turned down: "one vendor offered to have the kiosk recognise each student …; the board said
# no", "un prestataire nous a proposé un module qui identifierait …: nous l'avons refusé". Folded
# beginnings of the words (and a few phrases) that offer, and that turn down, in the eight languages.
OFFERED = ("offer", "propos", "suggest", "pitch", "ofrec", "ofreci", "propus", "propon", "sugir", "offr",
           "angebot", "vorgeschlagen", "ofere", "suger", "offert", "propost", "suggeri", "aangeboden",
           "voorgesteld", "zaproponow", "proponow", "oferow", "zaoferow", "idea", "idee", "ideia", "pomysl",
           "bood", "boden", "biedt", "bieden", "bietet", "option", "optie", "opcion", "opcao", "opzion", "opcj", "propor", "anzubiet", "anbiet",
           "vroeg", "verzoek", "asked", "request", "pidi", "pedi", "solicit", "pytano", "prosil", "chiest", "richiest",
           "demand", "sugger", "vante", "vanter", "vantent",
           # … and what was only considered or discussed: "Lange diskutiert wurde, ob …", "Rozważano, by
           # kiosk rozpoznawał …", "Avevamo valutato un badge …", "Een leverancier stelde voor …"
           # (past forms: "nous envisageons …" and "we are considering …" plan it)
           "vorschlag", "diskut", "discuss", "discut", "considered", "valutat", "valutav", "rozwazano",
           "rozwazalismy", "overwog", "erwog", "stelde", "voorstel", "gedacht", "avaliad", "cogitad", "barajad",
           "etudie", "estudad", "estudam", "estudiad", "estudiam", "valoro", "valorad", "valoram", "rozwaza",
           "onderzocht", "gepruft", "gepruefte", "analizował", "esaminat", "angeregt", "angedacht", "uberlegt", "scoped", "evaluam", "naciskał", "namawiał", "pensamos", "pensaram", "pensou")
# … and ideas considered or plans given up, named before the reading or, in its sentence, after it:
# "Unsere Schule wollte zunächst …", "Letting people walk straight in by matching their faces was
# looked at, but the board dropped it".
CONSIDERED = ("looked at", "looked into", "explored", "considered", "discussed", "evaluated", "examined", "studied",
              "diskutiert", "besprochen", "gepruft", "erwogen", "onderzocht", "besproken", "overwogen", "bekeken",
              "valutat", "discuss", "esaminat", "discutid", "estudiad", "considerad", "evaluad", "analizad", "ete envisage",
              "ete etudie", "ete examine", "ete discute", "avons etudie", "avons examine", "avons discute", "rozwazan", "omawian", "analizowan", "avaliad", "estudad", "ponderad",
              "pensad", "initially wanted", "originally wanted", "initially planned",
              "originally planned", "had planned", "at first wanted", "wollte zunachst", "wollten zunachst",
              "wollte ursprunglich", "wollten ursprunglich", "war geplant", "en un principio", "inicialmente queriamos",
              "chegamos a estudar", "chegamos a pensar", "chegou a estudar", "chegaram a estudar", "chegou a considerar",
              "chegamos a considerar", "voulait d'abord", "voulions d'abord", "avait envisage",
              "avions envisage", "volevamo inizialmente", "inizialmente volev", "wilden eerst", "wilde eerst",
              "aanvankelijk", "chcielismy najpierw", "chciała najpierw", "pierwotnie", "moglich gewesen", "gekeken of",
              "gekeken naar", "pensamos em", "pensamos en", "chegamos a ponderar", "projet initial", "initial plan",
              "original plan", "proyecto inicial", "idea inicial", "projeto inicial", "ideia inicial", "progetto iniziale",
              "idea iniziale", "ursprunglicher plan", "ursprungliche plan", "oorspronkelijke plan", "pierwotny plan",
              # wishes left unmet: "Certains parents auraient aimé que la caméra reconnaisse …"
              "auraient aime", "aurait aime", "would have liked", "would have preferred", "hatten gern", "hatte gern",
              "habrian querido", "habria querido", "habrian preferido", "teriam gostado", "teria gostado",
              "avrebbero voluto", "avrebbe voluto", "hadden graag", "had graag", "chcieliby", "chciałby")
DECLINED = ("refus", "reject", "declin", "vetoed", "turned down", "turned it down", "said no", "off the table",
            "ruled out", "rechaz", "descart", "vetamos", "vetaron", "vetó", "rejet", "ecarte", "abgelehnt",
            "lehnten", "lehnte", "verworfen", "recus", "rejeit", "vetaram", "vetou", "rifiut", "respint",
            "scartat", "afgewezen", "geweigerd", "weigerden", "wezen het af", "wezen dat af", "odrzuc", "odmowi", "voted down", "voted that down",
            "voted it down", "voted against", "dissemos que nao", "dissemos nao", "dijimos que no", "avons dit non",
            "nein gesagt", "detto di no", "nee gezegd", "powiedzielismy nie", "turned that down", "turned them down",
            "abandon", "dropped", "scrapped", "shelved", "desech", "desist", "abbandon", "accantonat", "gestrichen",
            "fallen gelassen", "geschrapt", "afgestapt", "laten vallen", "zrezygnow", "afgezien", "decided against",
            "desaconselh", "decidiu nao", "decidimos nao", "decidio no", "decidimos no", "fora de questao",
            "out of the question", "fuera de discusion", "hors de question", "nicht in frage", "fuori discussione",
            "geen sprake", "nie wchodzi w gre", "nie planujemy", "desligad", "switched off", "turned off",
            "choisi de ne pas", "chosen not to", "chose not to", "decided not to", "decidido no", "decidimos no",
            "deciso di non", "besloten niet", "postanowilismy nie", "beschlossen nicht", "abstand genommen",
            # "… ne abbiamo discusso e non lo faremo", "zdecydowaliśmy, że nie idziemy w tę stronę"
            "non lo faremo", "no lo haremos", "will not do it", "won't do it", "ne le ferons pas",
            "werden das nicht tun", "nao o faremos", "nao vamos fazer", "dat doen we niet", "nie zrobimy tego",
            "nie idziemy w te strone", "not go down that road", "no seguir por ese camino", "nao seguir por esse caminho",
            "abstand nehmen", "dagegen entschieden", "renonc", "rinunc", "renunci", "verzicht", "zag af",
            "zagen af", "lasciar perdere", "lasciato perdere", "klares nein", "ein nein", "ne la mettrons pas",
            "ne le mettrons pas", "pas mis en place", "pas retenu", "nie wdrozono", "nie wdrozymy", "nie wprowadzilismy",
            "not implemented", "never implemented", "no se implemento", "nao foi implementad", "non e stato implementat",
            "niet ingevoerd", "nicht eingefuhrt", "nicht umgesetzt", "not pursued", "not take it forward",
            "no prospero", "nao avancou", "non e andata avanti", "niet doorgezet", "niet doorgegaan",
            "nicht weiterverfolgt", "nicht eingebaut", "no haremos", "risposto di no",
            "risposto no", "answered no", "respondimos que no", "repondu non", "votou contra", "votaram contra",
            "voto en contra", "votaron en contra", "vote contre", "stimmte dagegen", "stimmten dagegen", "votato contro",
            "stemde tegen", "stemden tegen", "głosowała przeciw", "głosowali przeciw", "nao vai acontecer",
            "won't happen", "will not happen", "no va a ocurrir", "n'arrivera pas", "wird nicht passieren",
            "non succedera", "gaat niet gebeuren", "nie nastapi", "uitgeschakeld", "ausgeschaltet", "deaktiviert",
            "desactiv", "desativad", "disattivat", "wyłączon", "desaconsej", "no lo vamos a hacer", "no vamos a hacerlo",
            "van tafel", "van de baan", "ideia caiu", "idea cayo",
            # "… genau das wollen wir ausdrücklich nicht": not wanted
            "wollen wir nicht", "das wollen wir nicht", "we do not want that", "we don't want that",
            "eso no lo queremos", "no lo queremos", "nous n'en voulons pas", "on n'en veut pas", "isso nao queremos",
            "nao queremos isso", "non lo vogliamo", "dat willen we niet", "tego nie chcemy")
# … and, only of a feature named back ("in quella nuova questa funzione è stata tolta"), removed.
REMOVED = ("tolta", "tolto", "rimoss", "removed", "entfernt", "verwijderd", "usuniet", "retirad", "supprim")
# Words that announce the clause after a comma as the object of a verb: "darauf verzichtet, …
# einzusetzen", "ervan afgezien om …".
ANTICIPATING = frozenset({"darauf", "davon", "dazu", "ervan", "daarvan", "daarop"})
# Declines that need no offer named before them: "We looked hard at the usual answer … and decided against it".
DECIDED_AGAINST = ("decided against", "voted against", "ruled it out", "ruled that out", "decidimos no", "decidiu nao",
                   "decidimos nao", "afgezien", "hors de question", "out of the question", "fora de questao",
                   "fuera de discusion", "nicht in frage", "fuori discussione", "nie wchodzi w gre",
                   "dagegen entschieden", "entschieden uns dagegen", "abstand genommen")
# "Diese Funktion gibt es bei uns nicht", "essa opção foi desligada", "taka funkcja nie powstanie": a
# feature named back and denied, right after the reading, declines it with no offer named. Folded
# beginnings of the nouns.
FEATURES = ("function", "feature", "option", "module", "funktion", "fonction", "fonctionnalit", "funcion", "funcao",
            "funcionalidade", "funzion", "functie", "functionaliteit", "funkcj", "opcj", "opcao", "opcion", "opzion",
            "optie", "modul", "idea", "idee", "pomysl", "piste", "pista",
            # … or the comparison itself: "Einen solchen Abgleich wird es nicht geben"
            "abgleich", "vergleich", "comparison", "comparaison", "comparacion", "comparacao", "confront",
            "vergelijking", "porownan", "matching")
# Nouns a part is "of" ("un sistema di identificazione tramite il volto", "a system of facial
# matching"): with their "of" they do not count towards a negation's reach. Folded beginnings.
HEADS = ("system", "sistem", "syste", "tool", "strument", "herramient", "ferrament", "outil", "werkzeug",
         "narzedzi", "software", "modul", "dispositi", "servic", "servizi", "servizo", "dienst", "usluga", "uslug",
         "solution", "solucion", "solucao", "soluzion", "oplossing", "rozwiazani", "technolog", "tecnolog",
         "technik", "techniek", "procedur", "procediment", "proces", "verfahren", "mechanism", "meccanism",
         "mecanism", "mechanizm")
# "Outside" and what a part falls outside of: "valt buiten de opdracht", "is out of scope", "reste
# hors du périmètre", "queda fuera del alcance", "liegt außerhalb des Auftrags". Scopes: folded beginnings.
OUTSIDE = frozenset({"outside", "buiten", "hors", "fuera", "fora", "fuori", "außerhalb", "ausserhalb", "poza"})
SCOPES = ("scope", "remit", "ambit", "ámbit", "alcance", "périmètre", "perimetr", "champ", "opdracht", "zakres",
          "auftrag", "umfang", "rahmen", "escopo", "projet", "project", "proyect", "projeto", "progett", "projekt",
          "contrat", "contract", "contrato", "contratt", "vertrag", "umow", "mandat", "mandaat", "mandato")
# Verbs a part "falls", "stays" or "lies" outside with.
STAYS = frozenset({"falls", "fall", "remains", "remain", "stays", "stay", "lies", "reste", "restent", "demeure",
                   "sort", "queda", "quedan", "permanece", "fica", "ficam", "resta", "restano", "rimane", "rimangono",
                   "esula", "bleibt", "bleiben", "liegt", "fällt", "valt", "vallen", "blijft", "ligt", "pozostaje",
                   "wykracza", "leży"})
# Adjectives a writer judges something by, before "for": "plausible for Police Scotland", "réalistes
# pour la gendarmerie", "typisch für die Polizei" (the police are the measure, not the user).
JUDGED = frozenset({"plausible", "realistic", "credible", "believable", "accurate", "typical", "authentic",
                    "plausibles", "réaliste", "réalistes", "crédible", "crédibles", "vraisemblable", "vraisemblables",
                    "typique", "typiques", "realista", "realistas", "creíble", "creíbles", "verosímil", "verosímiles",
                    "típico", "típica", "típicos", "típicas", "verossímil", "verossímeis", "crível", "críveis",
                    "realistisch", "realistische", "glaubwürdig", "glaubwürdige", "typisch", "typische",
                    "plausibel", "authentisch", "realistico", "realistici", "realistiche",
                    "credibile", "credibili", "verosimile", "verosimili", "tipico", "tipica", "tipici", "tipiche",
                    "geloofwaardig", "geloofwaardige", "typerend", "realistyczne", "realistyczny", "wiarygodne",
                    "wiarygodny", "typowe", "typowy", "typowa", "prawdopodobne"})
# Staff before a law-enforcement adjective: "el operador policial", "o efetivo policial", "personale
# poliziesco": people of the police, not what the police do.
STAFF = frozenset({"operador", "operadores", "operadora", "operadoras", "efectivos", "efetivo", "efetivos",
                   "funcionario", "funcionarios", "funcionária", "funcionário", "funcionários", "mandos", "analista",
                   "analistas", "investigador", "investigadores", "personal", "personale", "operatore", "operatori",
                   "operatrice", "operatrici", "fonctionnaire", "fonctionnaires", "personnel"})
# … and, before "at" or "of" a force at the start of a sentence, its staff at work: "Crime analysts at the
# NYPD review thousands of complaints", "Die Mitarbeitenden der Landespolizei erfassen …".
STAFF_OF = STAFF | frozenset({
    "analyst", "analysts", "staff", "employees", "investigators", "specialists", "technicians", "examiners",
    "analysten", "mitarbeiter", "mitarbeiterinnen", "mitarbeitende", "mitarbeitenden", "beschäftigte", "analisten",
    "medewerkers", "medewerker", "pracownicy", "analitycy", "agents", "analystes", "enquêteurs", "técnicos", "tecnici",
    "analisti",
})
# Buying the system, said of its buyer: "Licencje kupiły już trzy komendy wojewódzkie", "the sheriff's
# office purchased the licence", "lo adquirió la Policía Local" (third person: who bought is the customer).
PURCHASED = frozenset({
    "bought", "purchased", "licensed", "procured", "buys", "purchases", "procures", "licenses", "licences",
    "compró", "compraron", "adquirió", "adquirieron", "contrató", "contrataron",
    "acheté", "achetée", "achetés", "achète", "achètent", "acquis", "acquise",
    "gekauft", "kauft", "kaufte", "kauften", "erworben", "erwarb", "erwarben", "beschafft", "beschaffte", "lizenziert",
    "comprou", "compraram", "adquiriu", "adquiriram", "contratou", "contrataram",
    "acquistato", "acquistata", "acquistati", "acquistò", "acquistarono", "comprato", "comprata",
    "gekocht", "kocht", "kochten", "koopt", "aangeschaft", "schafte", "schaften",
    "kupiła", "kupiły", "kupił", "kupili", "kupuje", "kupują", "zakupiła", "zakupiły", "zakupił", "zakupili", "nabyła",
    "nabyły", "nabył",
})
# Attitudes towards the police, what surveys and studies measure: "trust in the police", "zaufanie do
# policji", "Vertrauen in die Polizei".
ATTITUDES = frozenset({"trust", "confidence", "distrust", "mistrust", "attitude", "attitudes", "perception",
                       "perceptions", "satisfaction", "confianza", "desconfianza", "percepción", "percepciones",
                       "actitud", "actitudes", "confiance", "défiance", "méfiance", "vertrauen",
                       "misstrauen", "einstellung", "einstellungen", "wahrnehmung", "zufriedenheit", "confiança",
                       "desconfiança", "percepção", "percepções", "atitude", "atitudes", "fiducia", "sfiducia",
                       "percezione", "atteggiamento", "atteggiamenti", "vertrouwen", "wantrouwen", "houding",
                       "perceptie", "tevredenheid", "zaufanie", "zaufania", "nieufność", "nieufności", "postrzeganie",
                       "stosunek", "zadowolenie", "zaufaniu", "zaufaniem", "nieufnością", "postrzeganiu",
                       "postrzegania", "stosunku", "zadowoleniu", "zadowolenia"})
# What opens a German or Dutch main clause after a condition told with its verb first ("passen die
# Gesichter nicht zusammen, wird …", "komt het gezicht niet overeen, dan …").
MAIN_VERB_FIRST = frozenset({"wird", "werden", "bleibt", "bleiben", "erhält", "erhalten", "geht", "gehen", "schlägt",
                             "dann", "erfolgt", "öffnet", "sperrt", "meldet", "muss", "müssen", "kommt", "gibt",
                             "wordt", "worden", "blijft", "blijven", "gaat", "gaan", "krijgt", "dan", "volgt", "moet",
                             "komt"})
REJECTED = frozenset({
    "rejected", "dropped", "abandoned", "discarded", "shelved", "verworfen", "abgelehnt", "rejeté", "rejetée",
    "écarté", "écartée", "abandonné", "abandonnée", "rechazado", "rechazada", "descartado", "descartada",
    "rejeitado", "rejeitada", "scartato", "scartata", "respinto", "respinta", "verworpen", "afgewezen",
    "odrzucony", "odrzucona", "odrzucone", "porzucony", "porzucona", "porzucone",
})
PART = frozenset({"part", "deel", "partie", "parte", "teil", "bestandteil", "częścią", "elementem",
                  "sprake"})  # ("Van gezichtsherkenning … is geen sprake": out of the question)
# Words that open a clause of their own inside a sentence: a predicate after them is theirs.
RELATIVES = frozenset({"who", "whom", "whose", "that", "which", "qui", "que", "quien", "quienes", "cuyo",
                       "welche", "welcher", "welches", "dass", "che", "cui", "quale", "quali", "wie", "dat",
                       "waarvan", "który", "która", "które", "którzy", "że", "so", "because", "weil",
                       "porque", "parce", "perché", "omdat", "ponieważ", "bo"})
# "Until" in the languages where it takes a negation that negates nothing: Polish "dopóki … nie",
# Italian "finché … non", French "tant que … ne … pas", Dutch "zolang … niet", German "solange …
# nicht", Spanish "hasta que no". (Not "mientras" or "enquanto": also "whereas".)
UNTIL = frozenset({"dopóki", "finché", "tant", "zolang", "solange", "hasta",
                   # … and conditions: "nobody enters if their face does not match" (not "when":
                   # "when users log in the system does not compare faces" denies)
                   "if", "unless", "wenn", "falls", "jeśli", "jeżeli", "caso"})
# "without that …" opens a clause: all of it is what "without" leaves out.
SUBORDINATORS = frozenset({"that", "que", "dass", "daß", "che", "dat", "że", "ze"})
# Prepositions of means: "without" has had its object before them ("ohne Bordkarte anhand ihres
# Gesichts wiedererkannt", "without a ticket, by their face").
MEANS = frozenset({"by", "through", "via", "using", "thanks", "anhand", "mittels", "durch", "mithilfe", "dank",
                   "mediante", "gracias", "grâce", "através", "graças", "tramite", "grazie", "aan",
                   "dankzij", "middels", "pomocą", "dzięki", "poprzez"})
# "of": "sin reconocimiento facial de ningún tipo" ("of any kind") agrees with "without".
OF = frozenset({"of", "de", "d", "du", "des", "von", "da", "do", "di", "del", "van", "z"})
# "Of" joined with an article: "una foto dello studente", "a foto das crianças", "das Foto der Kundin".
OF_THE = frozenset({"dello", "della", "dell", "dei", "degli", "delle", "dos", "das", "der"})
# "Instead of" in each language (alone or as the first word of its pair) denies its object only:
# "statt der Zimmerkarte ihr Gesicht nutzen" uses the face.
INSTEAD = frozenset({"instead", "rather", "lugar", "vez", "lieu", "invés", "plaats", "invece", "statt", "anstatt",
                     "anstelle", "anziché", "zamiast"})
# Two-word negations: "instead of", "en lugar de", "au lieu de", "in plaats van", and French
# "personne n'…" ("Personne n'est identifié": nobody).
NEGATION_PAIRS = frozenset({("instead", "of"), ("rather", "than"), ("free", "of"), ("no", "longer"),
                            ("en", "lugar"), ("en", "vez"), ("au", "lieu"), ("em", "vez"), ("ao", "invés"),
                            ("in", "plaats"), ("invece", "di"), ("ne", "plus"), ("n", "plus"),
                            ("ne", "personne"), ("personne", "ne"), ("personne", "n"), ("rules", "out"), ("ruled", "out"), ("rule", "out"),
                            ("ruling", "out")})
# The "without" of each language: after another negation it affirms ("cannot work without").
WITHOUT = frozenset({"without", "sin", "sans", "ohne", "sem", "senza", "zonder", "bez"})
# "Nobody", "nothing": with "without" they agree ("without identifying anyone"), they do not
# cancel it as "not … without" does.
NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "nothing", "nadie", "nada", "ninguno", "ninguna", "personne",
                               "rien", "niemand", "niemanden", "nichts", "ninguém", "nenhum", "nenhuma",
                               "nessuno", "nessuna", "niente", "nulla", "niets", "nikt", "nikogo", "nic", "ni",
                               "nem", "né", "noch", "ani", "nor", "neither"})
# Negative determiners and pronouns as lemmas ("ninguno" → "ningún", "żaden" → "żadnego",
# "aucun" → "aucune", "kein" → "keinen"): negations of their language that agree with "without"
# ("sin identificar a ningún alumno") rather than cancel it.
NEGATIVE_DETERMINERS = {
    "en": ["none", "nobody", "nothing"], "es": ["ninguno", "nadie", "nada"], "fr": ["aucun", "nul"],
    "de": ["kein", "niemand", "nichts"], "pt": ["nenhum", "ninguém", "nada"], "it": ["nessuno", "niente", "nulla"],
    "nl": ["geen", "niemand", "niets"], "pl": ["żaden", "nikt", "nic"],
}
# Cues that look like negations but are not ("not only", "no longer needed" still negates).
NOT_NEGATION_PAIRS = frozenset({("not", "only"), ("not", "just"), ("not", "merely"), ("no", "solo"),
                                ("pas", "seulement"), ("nicht", "nur"), ("não", "só"), ("não", "apenas"),
                                ("non", "solo"), ("niet", "alleen"), ("nie", "tylko"), ("no", "sólo"),
                                ("sans", "doute"), ("no", "doubt"), ("nicht", "zuletzt"), ("not", "least")})
# A negation joined to "self" describes someone, it denies nothing: "self-excluded gamblers",
# "joueurs auto-exclus".
SELF = frozenset({"self", "auto"})
# Words that end the reach of a negation: a new clause starts.
TERMINATORS = frozenset({
    "but", "however", "although", "though", "whereas", "while", "yet", "except", "which", "instead",
    "pero", "sino", "aunque", "mientras", "sin embargo", "mais", "cependant", "toutefois", "tandis", "alors",
    "aber", "sondern", "jedoch", "während", "doch", "porém", "contudo", "todavia", "enquanto", "mas",
    "ma", "però", "tuttavia", "mentre", "bensì", "maar", "echter", "terwijl", "ale", "lecz",
    "jednak", "natomiast", "podczas", "only", "solo", "seulement", "nur", "apenas", "alleen", "tylko",
})
# Between a term and a following negation ("facial recognition is not used"): verbs of being,
# use and doing, and the words that keep such a clause going.
AUXILIARIES = frozenset({
    "is", "are", "was", "were", "will", "would", "shall", "should", "must", "can", "could", "may", "might",
    "be", "been", "being", "does", "do", "did", "currently", "ever", "also", "at", "all", "software",
    "technology", "system", "systems", "tools", "tool", "capability", "feature", "features", "functionality",
    "se", "es", "son", "será", "fue", "está", "están", "ha", "han", "sistema", "tecnología", "lo", "la",
    "n", "ne", "est", "sont", "seront", "a", "ont", "système", "technologie", "logiciel", "sera", "y",
    "wird", "werden", "ist", "sind", "wurde", "wurden", "kommt", "findet", "darf", "soll", "hier", "dabei",
    "e", "é", "foi", "estão", "são", "viene", "vengono", "è", "sono", "verrà", "sarà", "si",
    "wordt", "worden", "zal", "zijn", "werd", "jest", "są", "będzie", "zostanie", "się", "będą",
    "komt", "er", "zostało", "zostały", "został", "została", "explicitly", "expressly", "deliberately",
    "ausdrücklich", "bewusst", "expressément", "délibérément", "expresamente", "deliberadamente", "expressamente",
    "espressamente", "deliberatamente", "uitdrukkelijk", "bewust", "wyraźnie", "celowo",
    "été", "stato", "stata", "stati", "sido", "gewesen", "geweest",
})
# The adverbs among them: "without ever comparing" still leaves the comparing out.
ADVERBS = frozenset({
    "ever", "also", "currently", "explicitly", "expressly", "deliberately", "ausdrücklich", "bewusst",
    "expressément", "délibérément", "expresamente", "deliberadamente", "expressamente", "espressamente",
    "deliberatamente", "uitdrukkelijk", "bewust", "wyraźnie", "celowo", "hier", "dabei",
})
# Words that may stand inside a frame that turns a denial over: "het is echter niet zo dat …", "it
# is, however, not true that …", "es ist aber nicht so, dass …".
FRAME_INSERTS = frozenset({"however", "though", "indeed", "echter", "wel", "toch", "dus", "aber", "jedoch", "doch",
                           "nämlich", "eigentlich", "namelijk", "vous", "ihnen", "you", "u", "lei", "le", "usted",
                           "also", "allerdings", "cependant", "pourtant", "donc", "pero", "embargo", "porém",
                           "contudo", "però", "tuttavia", "dunque", "jednak", "natomiast", "więc", "zatem"})
# Law enforcement as the subject matter, not the user: cues just before the mention, as lemmas
# ("ancien" → "ancienne", "były" → "byłym", "ehemalig" → "ehemaliger"), expanded by the build.
# … and "animated", "fictional": a character, not a force ("animowany policjant Kuba").
TOPIC_BEFORE = {
    "en": ["about", "regarding", "concerning", "former", "formerly", "ex", "retired", "unlike", "than", "versus",
           "vs", "onetime", "erstwhile", "spent", "powers", "animated", "cartoon", "fictional", "fictitious",
           "towards", "toward", "separate", "independent", "protagonist", "left", "quit", "finishing",
           "latterly"],
    "es": ["sobre", "acerca", "antiguo", "ex", "exagentes", "contra", "retirado", "jubilado", "anteriormente", "fui",
           "animado", "ficticio", "hacia", "trabajé", "serví", "ante", "independiente", "protagonista", "dejé", "ambientado", "ambientada", "ambientados", "ambientadas", "transcurre"],
    "fr": ["sur", "ancien", "concernant", "ex", "contre", "retraité", "autrefois", "auparavant", "animé", "fictif",
           "envers", "devant", "indépendant", "séparé", "protagoniste", "héroïne", "héros", "quitté", "déroule", "déroulent",
           "se passe", "se passent"],  # ("un jeu qui se passe dans un commissariat")
    "de": ["über", "ehemalig", "ex", "gegen", "früher", "vormalig", "pensioniert", "einstig", "zuvor", "war",
           "animiert", "fiktiv", "gegenüber", "unabhängig", "getrennt", "hauptfigur", "protagonistin", "zuletzt", "spielt", "spielen"],
    "pt": ["sobre", "antigo", "ex", "contra", "aposentado", "reformado", "anteriormente", "fui", "provas", "prova",
           "animado", "fictício", "trabalhei", "servi", "independente", "protagonista", "deixei", "ambientado", "ambientada", "decorre"],
    "it": ["sulla", "sulle", "sui", "sul", "riguardo", "ex", "contro", "pensionato", "precedentemente", "animato",
           "fittizio", "immaginario", "verso", "nei confronti", "indipendente", "protagonista", "lasciato", "ambientato", "ambientata", "ambientati", "ambientate"],
    "nl": ["over", "voormalig", "oud", "ex", "tegen", "gewezen", "vroeger", "gepensioneerd", "geanimeerd",
           "fictief", "tegenover", "onafhankelijk", "hoofdpersoon", "hoofdpersonage", "laatstelijk", "afspeelt", "afspelen"],
    "pl": ["o", "były", "byli", "była", "dawny", "temat", "przeciwko", "emerytowany", "wcześniej", "niegdyś",
           "uprawnienia", "uprawnień", "animowany", "fikcyjny", "bajkowy", "wobec", "służyłem", "służyłam",
           "pracowałem", "pracowałam", "niezależny", "bohaterka", "bohater", "odszedłem", "odeszłam", "rozgrywa", "rozgrywającą", "dzieje"],
}
# "published by", "die de politie publiceert": the institution is the author of what the system
# reads, not its user (verbs as lemmas, expanded by the build).
PUBLISHED = {
    "en": ["publish", "release"], "es": ["publicar", "divulgar", "difundir"],
    "fr": ["publier", "diffuser", "publié"], "de": ["veröffentlichen", "publizieren", "herausgeben"],
    "pt": ["publicar", "divulgar", "difundir"], "it": ["pubblicare", "diffondere", "divulgare"],
    "nl": ["publiceren", "uitgeven", "uitgegeven", "bekendmaken", "bekendgemaakt"],
    "pl": ["publikować", "opublikować", "udostępniać", "udostępnić", "podawać"],
}
# What the police did to someone or something: "a school visited by community officers", "die
# von der Polizei kontrollierten Fahrzeuge". The police acted; they do not use the system. (Not
# "checked", "searched", "monitored": the police also check, search and monitor with a system.)
ACTED_ON = {
    "en": ["visited", "arrested", "stopped", "questioned", "detained", "fined", "investigated", "prosecuted",
           "raided", "harassed", "attacked", "killed", "shot", "injured", "charged", "interviewed", "patrolled",
           "policed", "guarded", "escorted", "seized", "confiscated", "towed", "cautioned", "summoned", "practised",
           "practiced", "arrest", "arrests", "shooting", "shootings", "killing", "killings", "profiling", "committed"],
    "es": ["visitado", "detenido", "arrestado", "multado", "investigado", "interrogado", "patrullado",
           "custodiado", "agredido", "incautado", "decomisado", "sancionado", "citado", "escoltado", "practicado",
           "detención", "arresto", "cometido"],
    "fr": ["visité", "arrêté", "interpellé", "verbalisé", "interrogé", "patrouillé", "perquisitionné", "contrôlé",
           "commis", "fouillé", "palpé",
           "saisi", "sanctionné", "convoqué", "escorté", "gardé", "placé", "pratiqué", "arrestation",
           "interpellation"],
    "de": ["besucht", "festgenommen", "verhaftet", "befragt", "vernommen", "angehalten", "bestreift",
           "beschlagnahmt", "sichergestellt", "bewacht", "eskortiert", "abgeschleppt", "verwarnt", "vorgeladen",
           "festnahme"],
    "pt": ["visitado", "detido", "preso", "multado", "abordado", "revistado", "interrogado", "investigado",
           "patrulhado", "apreendido", "escoltado", "autuado", "agredido", "praticado", "detenção", "abordagem"],
    "it": ["visitato", "arrestato", "fermato", "multato", "interrogato", "perquisito", "pattugliato",
           "sequestrato", "scortato", "sanzionato", "convocato", "indagato", "praticato", "arresto", "fermo"],
    "nl": ["bezocht", "gearresteerd", "aangehouden", "beboet", "ondervraagd", "verhoord", "gefouilleerd",
           "bewaakt", "geëscorteerd", "weggesleept", "opgepakt", "staande", "aanhouding", "arrestatie", "profileren"],
    "pl": ["odwiedzany", "odwiedzony", "zatrzymany", "aresztowany", "ukarany", "przesłuchany", "patrolowany",
           "skonfiskowany", "zajęty", "eskortowany", "pouczony", "wezwany", "odholowany", "zatrzymanie",
           "aresztowanie", "legitymowanie", "legitymowania", "legitymowany", "wylegitymowany"],
}
# … and verbs of use right after it, whose subject it is ("the police use", "die Polizei nutzt",
# "policja korzysta"): law enforcement is the user even in a sentence about statistics.
USE_AFTER = {
    "en": ["use", "deploy", "operate", "adopt", "employ", "rely", "need", "want", "plan", "intend", "commission"],
    "es": ["usar", "utilizar", "emplear", "desplegar", "adoptar", "necesitar", "querer", "operar", "manejar"],
    "fr": ["utiliser", "opérer", "employer", "déployer", "exploiter", "adopter", "souhaiter", "vouloir"],
    "de": ["nutzen", "benutzen", "verwenden", "einsetzen", "betreiben", "möchten", "wollen", "plant"],
    "pt": ["usar", "utilizar", "empregar", "adotar", "implantar", "querer", "pretender", "operar"],
    "it": ["usare", "utilizzare", "impiegare", "adottare", "volere", "intendere", "operare", "gestire"],
    "nl": ["gebruiken", "inzetten", "hanteren", "willen", "wil", "bedienen"],
    "pl": ["korzystać", "używać", "stosować", "wykorzystywać", "chcieć", "planować", "obsługiwać"],
}
# Words that join mentions into a list, so that a negation reaches all of them.
COORDINATORS = frozenset({"or", "nor", "and", "o", "ni", "y", "ou", "et", "oder", "noch", "und", "nem",
                          "e", "né", "of", "en", "lub", "albo", "ani", "i", "oraz"})
# "Or" in each language, through which a negation reaches a list ("not analysed, compared or used
# to …"). (Not Dutch "of", English "of"; not "o", Portuguese "the".)
DISJUNCTIONS = frozenset({"or", "nor", "ni", "ou", "oder", "noch", "nem", "né", "lub", "albo", "ani", "oppure"})
# Adjectives ("violences policières", "kontrole policyjne") describe something else: "by" or
# "for" before them does not make law enforcement the user.
LAW_ENFORCEMENT_ADJECTIVES = ("policial", "policiales", "policiais", "policière", "policières", "policyjn",
                              "poliziesc", "polizeilich", "politioneel", "politiële", "policing")
# … and German and Dutch compounds that name what the police do, as those adjectives do: "Chronik
# rechtswidriger Polizeieinsätze", "Polizeikontrollen dokumentieren", "politiegeweld" (the force's
# first part, then one of these).
POLICE_ACTIVITY_COMPOUNDS = (
    ("polizei", ("einsatz", "einsätze", "einsätzen", "kontrolle", "kontrollen", "gewalt", "arbeit", "praxis",
                 "handeln", "übergriff", "übergriffe", "übergriffen", "maßnahme", "maßnahmen")),
    ("politie", ("geweld", "optreden", "controle", "controles", "inzet", "werk", "ingrijpen", "acties")),
)
# … and cues anywhere in its sentence (news, statistics, journalism, studies, the team's
# background): a lexicon part like the others, as lemmas (the build adds their inflections), with
# compound markers in German and Dutch ("Kriminalstatistik", "Datenjournalismus", "misdaadcijfers").
# Not "enquête" or "inquérito": they are also the criminal investigation law enforcement runs.
TOPIC = {
    "en": ["drama", "fiction", "screenplay", "script", "novel", "episode", "writers", "podcast", "magazine", "exhibition", "museum",
           "procedural", "procedurals", "protagonist", "character", "characters", "saga", "thriller", "whodunit",
           "founding", "historic", "debate", "debates", "game", "videogame",
           "news", "article", "journalist", "journalism", "newsroom", "media", "coverage", "newspaper",
           "statistic", "statistics", "statistical", "figures", "study", "survey", "history", "historical",
           "background", "career", "founder", "co-founder", "cofounder", "founded", "previously", "archive",
           "documentary", "reporter", "reportage", "researcher", "academic", "benchmark", "unlike",
           "published", "misconduct", "complaints", "accountability", "watchdog", "critic", "retirement",
           "pensioner"],
    "es": ["ficción", "podcast", "guion", "novela", "protagonista", "personaje", "histórico", "estudiar", "fundar", "debate",
           "videojuego", "serie", "episodio", "telenovela", "revista", "exposición", "museo", "documental",
           "noticia", "periodista", "periodismo", "periodístico", "reportaje", "estadística", "estadístico",
           "cifras", "estudio", "encuesta", "historia", "trayectoria", "publicadas", "publicados", "prensa",
           "quejas", "fundador", "cofundador", "diferencia", "carrera", "jubilé", "jubilado", "jubilada", "jubilación"],
    "fr": ["fiction", "jeu", "podcast", "scénario", "roman", "polar", "personnage", "protagoniste", "historique", "étudier", "fonder",
           "téléfilm",
           "débat", "autrice", "manuscrit", "épisode", "magazine", "hebdomadaire", "exposition", "musée", "documentaire",
           "actualité", "journaliste", "journalisme", "journalistique", "statistique", "chiffres", "étude",
           "sondage", "histoire", "publiées", "publiés", "presse", "plaintes", "carrière", "fondateur",
           "cofondateur", "reportage", "contrairement", "retraite", "retraité", "retraitée"],
    "de": ["krimi", "*krimi", "podcast", "*podcast*", "true-crime", "protagonist", "romanfigur", "historisch", "gründen", "gegründet", "*debatte",
           "*roman", "*wissenschaft*", "krimiserie", "krimis", "*krimis", "drehbuch*", "roman", "serie", "folge", "*magazin*", "*zeitung*", "ausstellung", "museum", "dokumentarfilm",
           "nachricht", "nachrichten*", "*journalist*", "artikel", "*statistik*", "studie", "umfrage", "geschichte",
           "veröffentlicht", "veröffentlichten", "beschwerden", "laufbahn", "*gründer*", "reportage*",
           "gegensatz", "karriere", "ruhestand", "pensioniert", "pensionierung"],
    "pt": ["ficção", "podcast", "roteiro", "guião", "romance", "personagem", "protagonista", "histórico", "estudar", "fundar",
           "fundei", "debate", "jogo", "doutoramento", "doutorado", "série", "episódio", "novela", "revista", "exposição", "museu", "documentário",
           "notícia", "jornalista", "jornalismo", "jornalístico", "reportagem", "estatística", "estatístico",
           "estudo", "pesquisa", "história", "imprensa", "queixas", "carreira", "fundador",
           "cofundador", "contrário", "aposentado", "aposentada", "aposentei", "aposentadoria"],
    "it": ["fiction", "sceneggiatura", "romanzo", "personaggio", "protagonista", "storico", "studiare", "fondare",
           "dibattito", "videogioco", "serie", "episodio", "rivista", "settimanale", "mostra", "museo", "documentario",
           "notizia", "giornalista", "giornalismo", "giornalistico", "articolo", "statistica", "statistico",
           "studio", "sondaggio", "storia", "pubblicate", "pubblicati", "stampa", "reclami", "carriera",
           "fondatore", "cofondatore", "reportage", "inchiesta", "differenza", "giallo", "gialli", "in pensione", "pensionato",
           "pensionata", "pensionamento"],
    "nl": ["fictie", "*serie", "*reeks", "scenario", "roman", "*roman", "*romans", "detectiveroman", "personage", "hoofdpersoon",
           "historisch", "oprichten", "opgericht", "debat", "onderzoeksvoorstel", "aflevering", "tijdschrift", "*weekblad", "tentoonstelling", "museum", "documentaire",
           "nieuws", "nieuws*", "artikel*", "*journalist*", "*statistiek*", "*cijfers", "geschiedenis", "gepubliceerd",
           "gepubliceerde", "pers", "klachten", "loopbaan", "*oprichter*", "reportage*", "tegenstelling",
           "onderzoeksjournalistiek", "pensioen", "gepensioneerd"],
    "pl": ["fikcja", "serial", "scenariusz", "powieść", "kryminał", "bohater", "bohaterka", "postać", "historia",
           "założyć", "debata", "gra", "gracz",
           "historyczny", "kronika", "miłośnik", "odcinek", "magazyn", "tygodnik", "wystawa", "muzeum",
           "wiadomość", "dziennikarz", "dziennikarski", "dziennikarstwo", "artykuł", "statystyka",
           "statystyczny", "badanie", "ankieta", "opublikowane", "prasa", "skargi", "kariera", "ranking",
           "założyciel", "współzałożyciel", "reportaż", "przeciwieństwie", "emerytura", "emeryt", "emerytka",
           "emerytowany"],
}
# Cues just before the mention that say law enforcement uses the system or benefits from it;
# they win over the sentence's topic cues.
# Verbs of helping: cues of use that reach only their object ("supports investigators", not "help
# to extract officer ranks").
HELP = frozenset({
    "serve", "serves", "serving", "supports", "support", "help", "helps", "assist", "assists", "equip", "equips",
    "ayudar", "apoyar", "aider", "unterstützen", "ajudar", "apoiar", "aiutare", "supportare", "helpen",
    "ondersteunen", "wspierać", "pomóc",
})
# A vendor's customers and a system's users, before the name ("our customers are sheriff's offices",
# "nuestros clientes son …", "onze klanten zijn …") or after it ("counts the Highway Patrol among
# its pilot customers").
CUSTOMERS = frozenset({
    "customers", "clients", "customer", "client", "clientes", "cliente", "clientèle", "kunden", "kunde",
    "klanten", "klant", "clienti", "klienci", "klientami", "klientów", "klientem", "odbiorcy", "odbiorcami",
    "odbiorców", "afnemers",
    "afnemer", "abnehmer", "użytkownikami", "użytkowników", "utilizzatore", "utilizzatori", "utilizadora",
    "utilizadoras", "utilizador", "utilizadores", "user", "users", "gebruiker", "utilisateur", "nutzer",
    "usuária", "usuário", "usuárias", "usuários",
    # who commissions it: "Il committente è il Comando Provinciale dei Carabinieri"
    "committente", "committenti", "opdrachtgever", "opdrachtgevers", "auftraggeber", "auftraggeberin",
    "zleceniodawca", "zleceniodawcą", "zleceniodawcy", "commanditaire", "commanditaires", "contratante",
    "contratantes", "comitente",
})
# What stands between a name and the customers it is counted among: "among its pilot customers",
# "zählt zu unseren Kunden", "figura tra i nostri clienti".
AMONG = frozenset({"among", "amongst", "entre", "parmi", "zu", "zählt", "gehört", "tra", "fra", "onder", "tot",
                   "wśród", "do", "one", "uno", "una", "un", "une", "einer", "een", "um", "uma", "jeden", "jednym",
                   "only", "sole", "main", "first", "unico", "único", "única", "unica", "seul", "seule", "einzige",
                   "einziger", "enige", "jedyny", "jedynym", "l", "la", "a", "ne", "sera", "será", "sarà"})
USE_BEFORE = HELP | CUSTOMERS | frozenset({
    "for", "by", "to", "partner", "partners",
    "para", "por", "pela", "pelo", "pelas", "pelos", "pour", "par", "aux", "au", "für", "von", "vom", "durch",
    "per", "dalla", "dal", "dai", "alle", "alla", "ai", "voor", "door", "dla", "przez",
    "cargo", "carico", "charge", "zlecenie", "zleceniem", "incarico", "encargo",
    # "un marché passé avec la Préfecture de police", "o contrato é com a Secretaria"
    "contract", "contracted", "contrat", "marché", "contrato", "contratto", "vertrag", "umowa", "umowy", "umowie",
    "kontrakt", "kontraktu", "overeenkomst",
    "opdracht", "demande", "pedido",
    # "il s'agit du peloton de gendarmerie", "si tratta del Nucleo …", "es handelt sich um die Bundespolizei"
    "agit", "tratta", "handelt",
    "auftraggeber", "opdrachtgever", "opdrachtgevers", "zleceniodawca", "zleceniodawcą",
    # "on behalf of the Metropolitan Police", "the end user is the Openbaar Ministerie"
    "behalf", "namens", "nome", "nombre", "nom", "auftrag", "conto", "imieniu", "user", "users", "usuario",
    "usuarios", "utilisateur", "utilisateurs", "nutzer", "endnutzer", "anwender", "utilizador", "utilizadores",
    "usuário", "usuários", "utente", "utenti", "gebruiker", "gebruikers", "eindgebruiker", "użytkownik",
    "użytkownikiem", "użytkownicy",
})
# The cues of an agent ("by the police"): what the police did, which may be what the system reads.
AGENT = frozenset({"by", "por", "pela", "pelo", "pelas", "pelos", "par", "von", "vom", "durch", "dalla", "dal",
                   "dai", "door", "przez"})
# Words that may stand between "to" and the name it governs: "to city police departments",
# "przez Komendę Wojewódzką Policji".
MODIFIERS = frozenset({"city", "county", "state", "local", "national", "federal", "regional", "municipal",
                       "all", "other", "several", "many", "various", "our", "their", "european", "american",
                       "british", "us", "uk",
                       "wojewódzka", "wojewódzką", "wojewódzkiej", "wojewódzkie", "wojewódzkich", "powiatowa",
                       "powiatową", "powiatowej", "powiatowe", "powiatowych", "miejska", "miejską", "miejskiej",
                       "miejskie", "miejskich", "główna", "główną", "głównej", "stołeczna", "stołeczną",
                       "stołecznej"})
# "several", in each language: "a diversi comandi di Polizia Locale".
SEVERAL = frozenset({"several", "various", "many", "numerous", "diversi", "diverse", "vari", "varie", "numerosi",
                     "numerose", "varios", "varias", "diversos", "diversas", "numerosos", "numerosas", "vários",
                     "várias", "plusieurs", "divers", "nombreux", "nombreuses", "mehrere", "mehreren",
                     "verschiedene", "verschiedenen", "zahlreiche", "zahlreichen", "meerdere", "verschillende",
                     "talrijke", "kilka", "kilku", "wiele", "wielu", "różne", "różnym", "licznym"})
# A service given to someone: "da servicio a las comisarías de …", "presta servizio ai comandi".
SERVICE = frozenset({"service", "services", "servicio", "servicios", "serviço", "serviços", "servizio", "servizi",
                     "dienstverlening", "usługi", "usług"})
# Possessives and articles before a word make it a noun: "mon livre" is a book, not "delivers".
# (Not "my", "ma", "mi": Polish "we", "has", "to me".)
POSSESSIVES = frozenset({"our", "your", "mon", "mes", "notre", "nos", "votre", "vos", "mis",
                         "nuestro", "nuestra", "nuestros", "nuestras", "tus", "mein", "meine", "meinen",
                         "unser", "unsere", "unseren", "unserer", "unserem", "unseres", "seinen", "seiner", "seine", "seinem", "ihr", "ihre", "ihren", "ihrer", "ihrem", "his", "her", "meu", "minha", "meus", "minhas", "nosso", "nossa",
                         "mio", "mia", "miei", "mie", "nostro", "nostra", "mijn", "onze", "ons", "mój", "moja",
                         "moje", "mojego", "nasz", "nasza", "nasze"})
# Small numbers, which stand between a cue and the names it governs ("deux offices de police").
NUMERALS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dos", "tres", "cuatro", "cinco",
    "deux", "trois", "quatre", "cinq", "zwei", "drei", "vier", "fünf", "dois", "duas", "três", "quatro",
    "due", "tre", "quattro", "cinque", "twee", "drie", "vijf", "dwa", "dwie", "trzy", "cztery", "pięć",
})
# Larger numbers, for careers: "waarvan twaalf als rechercheur".
NUMBERS = frozenset({
    "eleven", "twelve", "fifteen", "twenty", "thirty", "once", "doce", "quince", "veinte", "treinta",
    "douze", "quinze", "vingt", "trente", "elf", "zwölf", "fünfzehn", "zwanzig", "dreißig", "doze", "vinte",
    "trinta", "undici", "dodici", "quindici", "venti", "trenta", "twaalf", "vijftien", "twintig", "dertig",
    "jedenaście", "dwanaście", "piętnaście", "dwadzieścia", "trzydzieści",
})
# The weak "to" of each language: a use only right before the name ("to the police", "aux
# gendarmes"), not in "what to do when a police officer …".
TO = frozenset({"to", "aux", "au", "alle", "alla", "ai", "a", "à", "aos", "ao", "às"})
# Nouns that make a law-enforcement adjective the name of a force: "fuerzas policiales".
INSTITUTION_NOUNS = frozenset({
    "forces", "fuerzas", "forças", "forze", "units", "unidades", "unités", "unità", "cuerpos", "corps", "corpi",
    "agentes", "agents", "agenti", "autoridades", "autorités", "autorità", "servicios", "services",
    "serviços", "servizi", "eenheden", "diensten", "jednostki", "służby", "organy", "siły", "funkcjonariusze",
    "formaciones", "instituciones", "instituições", "istituzioni", "institutions",
    # the posts, squads and headquarters of a force: "Placówka Straży Granicznej", "le commissariat de …"
    "placówka", "placówki", "komenda", "komendy", "posterunek", "oddział", "wydział", "commissariat", "brigade",
    "service", "servicio", "serviço", "servizio", "dienst", "służba", "unidad", "unité", "eenheid",
    "jednostka", "accueil",  # ("le service d'accueil d'une zone de police")
    "reparto", "reparti", "nucleo", "nuclei", "sezione", "peloton", "pelotão", "pelotón",
    "office", "offices",
    "comando", "commissariato", "questura", "comisaría", "delegacia", "dienststelle", "wache", "bureau",
    "comandi", "comandos", "commissariati", "questure", "comisarías", "delegacias", "commissariats",
    "dienststellen", "wachen", "komendę", "komendzie", "komendą", "komend", "komendom", "posterunki",
    "batalhão", "batalhões", "batallón", "batallones", "direction", "dirección", "direção", "direcção",
    "direzione", "direktion", "directie", "dyrekcja", "zonale",
    "unit", "division", "department", "squad", "station", "officers", "staff",
    # … and their projects: "Projet pilote de la Police neuchâteloise"
    "project", "pilot", "programme", "program", "projet", "pilote", "proyecto", "piloto", "programa", "projekt",
    "pilotprojekt", "projeto", "progetto", "pilota", "programma",
})
# Prepositions that open a sentence with a place or time rather than its subject ("À l'aéroport …").
PREPOSITIONS = frozenset({"a", "à", "en", "in", "im", "bij", "w", "we", "na", "no", "em", "au", "aux", "al", "nel",
                          "nella", "negli", "nelle", "dans", "op", "at", "on", "para", "pour", "für", "per", "voor",
                          "dla", "nos", "nas", "aos", "ai", "agli", "an", "am", "auf", "bei", "beim", "durante",
                          "during", "pendant", "während", "tijdens", "podczas"})

# Who applies. A text that names its applicant ("Our motor insurer …", "We are a civil-liberties
# NGO", "Seguradora que …") and names law enforcement without a cue of use is about it, not for it.
FIRST_PERSON = frozenset({
    "we", "our", "us", "ours", "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras", "somos",
    "nous", "notre", "nos", "sommes", "wir", "unser", "unsere", "unserem", "unseren", "unserer", "unseres",
    "nós", "nosso", "nossa", "nossos", "nossas", "noi", "nostro", "nostra", "nostri", "nostre", "siamo",
    "wij", "ons", "onze", "my", "nasz", "nasza", "nasze", "naszego", "naszej", "naszym", "naszych", "naszą",
    "jesteśmy",
})
THIS = frozenset({"this", "esta", "este", "cette", "ce", "cet", "diese", "dieser", "dieses", "diesem", "essa",
                  "esse", "questa", "questo", "deze", "dit", "ta", "ten", "to"})
# … and "such", "that", to name a feature back ("such a function", "taka funkcja", "solche Funktion")
SUCH = frozenset({"such", "that", "tal", "esa", "ese", "cette", "telle", "solche", "solch", "tale", "quella", "quel",
                  "zo'n", "zulke", "die", "dat", "taka", "taki", "takie", "tej", "solchen", "solcher", "solches",
                  "solchem", "tel", "tels", "telles", "tais", "tales", "tali", "takiego", "takiej", "takich"})
# Words that may come before the subject at the start of a sentence.
DETERMINERS = frozenset({
    "the", "a", "an", "el", "la", "los", "las", "un", "una", "le", "les", "l", "une", "des", "der", "die", "das",
    "den", "dem", "ein", "eine", "einer", "o", "os", "as", "um", "uma", "il", "lo", "gli", "i", "uno", "de",
    "het", "een", "its", "their", "su", "sus", "sa", "son", "ses", "leur", "leurs", "sein", "seine", "ihre",
    "seu", "sua", "dos", "da", "do", "del", "della", "dell", "van", "di",
})
# "About" reaches across the noun phrase it heads: "un libro sobre la creación de la Guardia Civil".
# (Not "o", "on", "over": articles and prepositions of other languages; TOPIC_BEFORE has them nearby.)
ABOUT = frozenset({"falam", "falar", "hablan", "hablar", "parlent", "parler", "parlano", "parlare", "praten",
                   "explains", "explain", "explique", "expliquer", "explica", "explicar", "erklärt", "erklären",
                   "spiega", "spiegare", "uitleggen", "legt", "wyjaśnia", "wyjaśniać", "teaches", "enseigne",
                   "about", "regarding", "concerning", "sobre", "acerca", "sur", "concernant", "über", "sulla",
                   "sulle", "sul", "sui", "riguardo", "dotyczące", "dotyczący", "dotyczącej", "dotyczących"})
# Facial recognition as what a text is about: "material … about how forces use live facial recognition
# vans" (not "sur", "über", "over", "sobre": also "on", "via"; not Polish "o": also "prosi o narzędzie").
ABOUT_FACES = frozenset({"about", "regarding", "concerning", "acerca", "concernant", "riguardo", "betreffend",
                         "bezüglich", "dotyczące", "dotyczący", "dotyczącej", "dotyczących", "inzake", "omtrent"})
# Comparisons: what follows them is what the system is not.
COMPARISONS = (
    "unlike", "compared with", "compared to", "as opposed to", "in contrast to", "in contrast with",
    "different from", "a diferencia de", "al contrario de", "en contraste con", "frente a",
    "contrairement à", "contrairement aux", "contrairement au", "à la différence de", "à l'inverse de",
    "im gegensatz zu", "im gegensatz zum", "im gegensatz zur", "anders als", "verglichen mit", "im vergleich zu",
    "ao contrário de", "ao contrário dos", "ao contrário das", "diferentemente de",
    "diferentemente dos", "diferentemente das", "diferentemente do", "diferentemente da", "em contraste com",
    "a differenza di", "a differenza dei", "a differenza delle", "al contrario di", "diversamente da",
    "in tegenstelling tot", "anders dan", "vergeleken met", "w odróżnieniu od", "w przeciwieństwie do",
    "inaczej niż", "w porównaniu z",
    # modelled on something else: "inspired by the methods of the police"
    "inspired by", "modelled on", "modeled on", "inspirado en", "inspirada en", "s'inspire", "inspiré de",
    "inspirée de", "nach dem vorbild", "angelehnt an", "inspirado em", "inspirada em", "ispirato a", "ispirata a",
    "geïnspireerd op", "naar het voorbeeld van", "wzorowany na", "wzorowana na", "wzorowane na",
    "wzorowaliśmy się", "wzorujemy się", "wzorując się",
    "se inspira en", "se inspiran en", "inspirado por", "inspirada por", "inspiré par", "inspirée par",
    "inspiriert von", "inspiriert durch", "inspirado pela", "inspirada pela", "inspirado pelo", "ispirato da",
    "ispirata da", "si ispira a", "geïnspireerd door", "inspirowany przez", "inspirowana przez",
    "inspirowane przez",
    # likeness: "un po' come fa una centrale operativa della polizia", "the difference between police and …"
    "much like", "just like", "a bit like", "similar to", "in the way the", "difference between",
    "al igual que", "de forma similar a", "diferencia entre", "à la manière de", "à l'image de", "comme le font",
    "différence entre", "ähnlich wie", "so wie es", "unterschied zwischen", "à semelhança de", "como fazem",
    "diferença entre", "un po' come", "come fa", "come fanno", "differenza tra", "net als", "zoals de",
    "op dezelfde manier als", "verschil tussen", "podobnie jak", "na wzór", "różnica między",
    "a little like", "rather like", "un peu comme", "tout comme", "exactement comme", "un poco como",
    "tal como lo hacen", "igual que hacen", "um pouco como", "tal como fazem", "assim como fazem",
    "ein bisschen wie", "ein wenig wie", "genauso wie", "een beetje zoals", "net zoals", "trochę jak",
    "tak samo jak", "tak jak to robi", "tak jak robią", "proprio come",
)
# Verbs of comparing: "compares our routing with the systems used by the police" compares the
# applicant's own work with law enforcement's; it is not law enforcement's.
COMPARING = frozenset({
    "compare", "compares", "compared", "comparing", "comparamos", "compara", "comparan", "comparar", "comparons",
    "comparent", "vergleicht", "vergleichen", "verglichen", "comparam",
    "confronta", "confrontiamo", "confrontano", "vergelijkt", "vergelijken", "vergeleken", "porównuje",
    "porównujemy", "porównują", "zestawia", "benchmark", "benchmarks",
})
WITH = frozenset({"with", "against", "to", "con", "avec", "à", "aux", "mit", "com", "met", "z", "ze", "e"})


def _compounding(words: list[str], language: str, whole: frozenset = frozenset()) -> list[str]:
    """In German and Dutch a noun also ends compounds ("Lokalredaktion", "ongevallengegevens")."""
    if language not in ("de", "nl"):
        return list(words)
    return [f"*{word}" if " " not in word and len(word) >= 5 and word not in whole else word for word in words]


# The law-enforcement bodies and staff of `screening.gazetteer`: found like LAW_ENFORCEMENT, but,
# unlike the core names, counted only in their own language when they are words elsewhere.
LAW_ENFORCEMENT_NAMES = {language: list(names) + gazetteer.CORRECTIONS_NAMES.get(language, [])
                         for language, names in gazetteer.LAW_ENFORCEMENT_NAMES.items()}
UPPER_CASE_LAW_ENFORCEMENT = tuple(dict.fromkeys(UPPER_CASE_LAW_ENFORCEMENT + gazetteer.LAW_ENFORCEMENT_ACRONYMS))
# Who applies, when it names itself, and what the police wrote: parts found by the automaton.
ORGANISATION = {language: _compounding(words, language, frozenset({"bank", "sender", "firma", "kanzlei", "zaak"}))
                for language, words in gazetteer.ORGANISATIONS.items()}
RECORD = {language: _compounding(words, language) for language, words in gazetteer.RECORDS.items()}
# Issuing and recording are authorship as publishing is: "boletins emitidos pela polícia". The
# participles are lemmas of their own in the Romance languages ("rilevato" → "rilevati").
ISSUED = {
    "en": ["issued", "recorded", "compiled", "collected", "conducted", "carried", "performed", "filed"],
    "es": ["emitido", "registrado", "realizado", "efectuado", "elaborado", "levantado", "recogido", "presentado"],
    "fr": ["émis", "établi", "effectué", "réalisé", "dressé", "enregistré", "recueilli", "relevé", "déposé"],
    "de": ["erstellt", "erfasst", "ausgestellt", "durchgeführt", "aufgenommen", "veröffentlicht"],
    "pt": ["emitido", "registado", "registrado", "realizado", "efetuado", "elaborado", "lavrado", "apresentado"],
    "it": ["rilevato", "registrato", "emesso", "effettuato", "eseguito", "redatto", "raccolto", "segnalato",
           "presentato"],
    "nl": ["opgesteld", "geregistreerd", "uitgevaardigd", "verzameld", "uitgevoerd", "opgemaakt"],
    "pl": ["sporządzony", "wystawiony", "zarejestrowany", "zebrany", "przeprowadzony", "złożony"],
}
# … and filled in or written: "les rapports de collision remplis par les policiers".
for _language, _words in {
    "en": ["filled", "completed", "written", "signed", "reported", "denounced", "announced", "disclosed"],
    "es": ["rellenado", "cumplimentado", "redactado", "firmado", "denunciado", "anunciado", "comunicado"],
    "fr": ["rempli", "rédigé", "signé", "signalé", "dénoncé", "annoncé", "communiqué"],
    "de": ["ausgefüllt", "verfasst", "geschrieben", "unterschrieben", "angezeigt", "gemeldet", "angekündigt",
           "bekanntgegeben", "mitgeteilt"],
    "pt": ["preenchido", "redigido", "assinado", "denunciado", "comunicado", "anunciado"],
    "it": ["compilato", "scritto", "firmato", "denunciato", "segnalato", "annunciato", "comunicato"],
    "nl": ["ingevuld", "geschreven", "ondertekend", "aangegeven", "gemeld", "aangekondigd", "meegedeeld"],
    "pl": ["wypełniony", "napisany", "podpisany", "zgłoszony", "ogłoszony", "przekazany"],
}.items():
    ISSUED[_language] = ISSUED[_language] + _words
for _language, _words in {  # the verbs themselves, whose participles simplemma lists under them
    "en": ["fill", "write"], "es": ["rellenar", "redactar", "firmar", "denunciar"],
    "fr": ["remplir", "rédiger", "signer", "signaler", "dénoncer"], "de": ["ausfüllen", "verfassen", "anzeigen"],
    "pt": ["preencher", "redigir", "assinar", "denunciar"], "it": ["denunciare", "scrivere", "firmare"],
    "nl": ["invullen", "aangeven"], "pl": ["wypełnić", "zgłosić", "podpisać"],
}.items():
    ISSUED[_language] = ISSUED[_language] + _words
# Only before "by": after the name they are its work ("the police record interviews").
ISSUED = {language: [w for w in gazetteer.ISSUING[language] if " " not in w] + ISSUED[language]
          for language in LANGUAGES}
# "ofrece a … fiscalías", "we sell to sheriff's offices": a vendor's customers.
SUPPLY = {language: [w for w in words if " " not in w] for language, words in gazetteer.SUPPLY.items()}


# Small word lists the reader compares whole tokens with (not expanded by the build).
# "decided against it": a choice that denies what it was about.
DECIDED = frozenset({"decided", "opted", "voted", "chose", "entschieden", "optado", "decidido", "optato",
                     "deciso", "gekozen", "besloten", "zdecydowaliśmy"})
# Auxiliaries that are verbs (not adverbs or nouns): a negation right after one denies the subject
# ("… ist weder vorgesehen noch eingebaut"); after one, an article and a kind of organisation say
# what the applicant is ("The Ledger is a nonprofit newsroom").
VERBS_OF_BEING = frozenset({
    "suis", "soy", "sou", "bin", "ben", "jestem",
    "is", "are", "was", "were", "will", "be", "been", "ist", "sind", "wird", "werden", "wurde", "est", "sont",
    "sera", "son", "será", "está", "são", "foi", "sono", "sarà", "viene", "zijn", "wordt", "worden", "werd",
    "jest", "są", "będzie", "zostanie", "están", "estão",
    # (would be: "l'utilizzatore finale sarebbe l'Ufficio di Polizia di Frontiera")
    "sarebbe", "sarebbero", "serait", "seraient", "sería", "serían", "seria", "seriam", "wäre", "wären", "zou",
    "zouden", "byłby", "byłaby", "byłoby", "byliby", "będą",
})
# Romance "if" is also a pronoun ("se", "si"): a condition when an article follows ("se il suo volto").
IF_BEFORE_ARTICLE = frozenset({"se", "si"})
# … and, where a double negative is read, when it opens a clause or one of these follows (an article that
# is no clitic, "before", "not"): "… ai tavoli se prima il sistema non …", not "a ningún visitante se le
# identifica".
AFTER_IF = frozenset({"prima", "il", "i", "gli", "un", "una", "uno", "non", "o", "os", "as", "um", "uma", "antes", "não"})
# Spans of time: "for fifteen years" is no "for", "eighteen years as a detective" a career.
YEARS = frozenset({"years", "year", "años", "año", "ans", "années", "jahre", "jahren", "jahr", "anos", "ano",
                   "anni", "anno", "jaar", "jaren", "lat", "lata", "roku", "decades", "décadas", "décennies",
                   "jahrzehnte", "decenni", "decennia", "dekady"})
# "scrivo dal Corpo della Gendarmeria": the writer is of the institution, not its reader.
# "about" and its kin reach across the noun phrase they head, as ABOUT does: "meldingen over etnisch
# profileren bij politiecontroles".
ABOUT_PREPOSITIONS = frozenset({"about", "regarding", "concerning", "sobre", "acerca", "concernant", "über",
                                "riguardo", "sulla", "sulle", "sui", "sul", "over", "temat"})
# Taking part: a force that opens its clause and is said, with a negation, to take no part is denied,
# however far the negation stands from it ("Die Polizei ist an dem Vorhaben in keiner Weise beteiligt",
# "Die Ermittlungsbehörden haben mit dem Vorhaben nichts zu tun", "la police n'a rien à voir").
PARTICIPATION = frozenset({
    "involved", "beteiligt", "betrokken", "involucrado", "involucrada", "involucrados", "involucradas",
    "implicado", "implicada", "implicados", "implicadas", "impliqué", "impliquée", "impliqués", "impliquées",
    "envolvido", "envolvida", "envolvidos", "envolvidas", "coinvolto", "coinvolta", "coinvolti", "coinvolte",
    "zaangażowana", "zaangażowany", "zaangażowane", "zaangażowani", "tun", "voir", "ver", "fare", "maken",
    "wspólnego", "participa", "participe", "participam", "partecipa", "teil",
    # "met politie of justitie werken we niet samen"
    "samen", "zusammen", "together",
})
# What a text denies the police when it denies them any part in the system: access to it, ties to the
# applicant, being its customer or user ("La policía no tiene acceso a la herramienta", "L'association n'a
# aucun lien avec la police", "We do not work with or for any police agency"). A text that says so reads
# every other mention of the police as what it is about.
TIES = frozenset({
    "access", "relationship", "relationships", "ties", "link", "links", "affiliation", "partnership", "work",
    "acceso", "vínculo", "vínculos", "convenio", "convenios", "relación", "colaboración",
    "accès", "lien", "liens", "partenariat", "convention",
    "zugriff", "zugang", "verbindung", "verbindungen", "kooperation", "zusammenarbeit",
    "acesso", "parceria", "parcerias", "convénio", "convênio", "relação",
    "accesso", "rapporto", "rapporti", "legame", "legami", "convenzione", "collaborazione",
    "toegang", "band", "banden", "relatie", "samenwerking", "opdrachtgever",
    "dostęp", "dostępu", "związku", "związków", "powiązań", "współpracy", "umowy",
    "uczestniczy", "uczestniczą", "udziału", "participates", "participate", "teilnimmt", "deelneemt",
    "partecipano", "participan", "participent", "teilnehmen", "deelnemen", "participam",
})
# Law enforcement as the other side or what is studied, said after its name: "The police are on the other
# side of the table", "De politie en het OM zijn de wederpartij", "Policja jest tu wyłącznie przedmiotem
# badania", "the forces are the subject of our scrutiny".
OPPOSITE = frozenset({"opponent", "opponents", "adversary", "opposing", "wederpartij", "tegenpartij", "gegenseite",
                      "gegenpartei", "controparte", "adverse", "contraparte", "przeciwna", "przeciwnikiem",
                      "przedmiotem", "subject", "objet", "objeto", "gegenstand", "oggetto", "onderwerp"})
# … and "the other side": "al otro lado de la mesa", "on the other side of the table".
OTHER_SIDE = (("other", "side"), ("otro", "lado"), ("outro", "lado"), ("autre", "côté"), ("anderen", "seite"),
              ("andere", "kant"), ("altra", "parte"), ("drugiej", "stronie"))
# Words that stress the name they follow: "Les gendarmes eux-mêmes n'utiliseront pas l'outil".
INTENSIFIERS = frozenset({"eux", "elles", "lui", "elle", "même", "mêmes", "themselves", "itself", "himself", "herself",
                          "selbst", "zelf", "mismos", "mismas", "mismo", "misma", "próprios", "próprias", "próprio",
                          "própria", "stessi", "stesse", "stesso", "stessa", "sami", "sama", "samo"})
# Words of number, time and degree that stand between a vendor's verb and its customers: "nous équipons
# aujourd'hui quelque 140 polices municipales", "we already supply about forty sheriff's offices".
APPROXIMATELY = frozenset({
    "some", "about", "around", "roughly", "nearly", "almost", "over", "more", "than", "today", "now", "currently",
    "already", "quelque", "quelques", "environ", "près", "plus", "aujourd", "hui", "déjà", "actuellement",
    "unos", "unas", "cerca", "casi", "más", "alrededor", "hoy", "ya", "actualmente", "etwa", "rund", "über",
    "mehr", "als", "fast", "heute", "bereits", "schon", "derzeit", "quase", "mais", "hoje", "já", "atualmente",
    "circa", "quasi", "oltre", "oggi", "già", "attualmente", "ongeveer", "ruim", "bijna", "meer", "dan",
    "vandaag", "al", "reeds", "momenteel", "około", "prawie", "ponad", "blisko", "dziś", "już", "obecnie",
})
# Businesses that build and sell systems: an applicant of this kind that names law enforcement is as
# likely its supplier as its reader ("Somos una pyme de software … la Policía de la Provincia usa nuestra
# app", "Unser Start-up … Erste Anwenderin ist die Kantonspolizei"), so naming itself does not make its
# mentions of the police subject matter.
VENDORS = frozenset({
    "company", "startup", "start-up", "vendor", "supplier", "integrator", "contractor", "developer",
    "manufacturer", "empresa", "compañía", "pyme", "proveedor", "integrador", "integradora", "fabricante",
    "entreprise", "prestataire", "intégrateur", "fournisseur", "fabricant", "éditeur", "unternehmen",
    "systemintegrator", "anbieter", "dienstleister", "softwarehaus", "hersteller", "companhia", "fornecedor",
    "fornecedora", "azienda", "impresa", "fornitore", "integratore", "produttore", "bedrijf", "leverancier",
    "fabrikant", "spółka", "dostawca", "producent",
    # … and their plurals ("Somos integradores de videomonitoramento", "we are suppliers to …")
    "companies", "startups", "start-ups", "vendors", "suppliers", "integrators", "contractors", "developers",
    "manufacturers", "empresas", "proveedores", "integradores", "integradoras", "fabricantes", "entreprises",
    "prestataires", "intégrateurs", "fournisseurs", "éditeurs", "systemintegratoren", "fornecedores",
    "fornecedoras", "aziende", "imprese", "fornitori", "integratori", "produttori", "bedrijven", "leveranciers",
    "fabrikanten", "spółki", "dostawcy", "producenci",
})
# "Nobody" as the subject of its clause denies all of it, however far the part: "Niemand wordt op basis
# van zijn gezicht geïdentificeerd" (and "no" before a noun: "no camera at the gates will compare …").
NOBODY = frozenset({"nobody", "nadie", "personne", "niemand", "ninguém", "nessuno", "niets", "nikt", "nothing",
                    "nichts", "nada", "rien", "niente", "nulla", "nic"})
NO = frozenset({"no"})
# "Who" before a verb of use that opens a clause: "Quem opera essa central … é a Guarda Civil Municipal".
WHO_OPERATES = frozenset({"who", "quem"})
# A form's question asks who applies or uses the system when it has one of these: "Q: Applicant
# organisation?", "Quem vai usar a solução?", "Chi è il cliente finale?", "Wer nutzt das System?"
WHO_ASKED = frozenset({"who", "quem", "quién", "quien", "qui", "wer", "chi", "wie", "kto"})
# "Since": a duration that runs on is no former career ("działa od dwóch lat w kilkunastu komendach").
SINCE = frozenset({"since", "od", "desde", "depuis", "seit", "sinds", "dal", "da", "há", "hace"})
# "On behalf of", before a relative after a name: "Departament …, w imieniu którego występuję".
BEHALF = frozenset({"imieniu", "behalf", "nome", "nombre", "nom", "namens", "conto", "auftrag"})
# Relative pronouns that open a clause about a thing: "the figures that the police publish", "de open data
# die de politie … publiceert".
OBJECT_RELATIVES = frozenset({"that", "which", "die", "dat", "que", "che", "welche", "welches", "den", "das",
                              "które", "którą", "który"})
# The empty subject of "there is": "there is no …", "es gibt keinen …", "er is geen …".
THERE = frozenset({"there", "es", "er"})
# Spanish "fiscal": a prosecutor, or "tax" and "state-funded" after a noun ("escuelas fiscales", "año fiscal").
TAX = frozenset({"fiscal", "fiscales"})
# A form's labels for who applies or operates: "Applicant: Los Angeles Police Department".
APPLICANT_LABELS = frozenset({"applicant", "organisation", "organization", "operator", "requester", "solicitante",
                              "organismo", "entidad", "demandeur", "organisme", "exploitant", "antragsteller",
                              "betreiber", "einrichtung", "requerente", "entidade", "organização",
                              "richiedente", "ente", "aanvrager", "organisatie", "wnioskodawca", "instytucja",
                              "organizacja", "operador", "gestore",
                              # … and who uses it: "Użytkownik: Laboratorium Kryminalistyczne KWP"
                              "user", "users", "utilisateur", "utilisateurs", "usuario", "usuarios", "nutzer",
                              "anwender", "utilizador", "utilizadores", "usuário", "usuários", "utente", "utenti",
                              "gebruiker", "gebruikers", "użytkownik", "użytkownicy"})
# What an application is called: "O pedido é apresentado pelo Comando-Local da Polícia Marítima", "La
# domanda è presentata dal Comando Carabinieri …": who presents or runs it is the applicant, not
# the author of something the system reads.
APPLICATION_NOUNS = frozenset({"application", "request", "project", "proposal", "solicitud", "petición", "proyecto",
                               "demande", "candidature", "projet", "antrag", "anfrage", "projekt", "vorhaben",
                               "pedido", "candidatura", "projeto", "projecto", "proposta", "domanda", "richiesta",
                               "progetto", "istanza", "aanvraag", "verzoek", "wniosek", "zgłoszenie", "pilot",
                               "piloto", "pilote", "pilota"})
# "There is no …" denies what follows in its clause: "Não há partilha de dados com as autoridades
# policiais", "Es gibt keinen Austausch mit der Polizei".
EXISTENTIAL_NEGATIONS = (
    "there is no", "there are no", "no hay", "il n'y a pas", "il n'y a aucun", "il n'y a aucune", "es gibt kein",
    "es gibt keine", "es gibt keinen", "não há", "non c'è", "non ci sono", "er is geen", "er zijn geen", "nie ma",
)
# Words that say how: "We track how city police departments adopt new tools": the police's doings
# are the subject when the text names another applicant.
HOW = frozenset({"how", "cómo", "comment", "wie", "como", "come", "hoe", "jak"})
# Writing, in the first person, with what is written right after: "Ik schrijf detectiveromans",
# "I write crime novels", "piszę kryminały": a writer applies.
WRITE = frozenset({"write", "schrijf", "schrijven", "écris", "écrivons", "escribo", "escribimos", "schreibe",
                   "schreiben", "scrivo", "scriviamo", "escrevo", "escrevemos", "piszę", "piszemy"})
WRITING_FROM = frozenset({"scrivo", "scriviamo", "escribo", "escribimos", "escrevo", "escrevemos", "écris",
                          "écrivons", "schreibe", "schrijf", "schrijven", "piszę", "piszemy", "writing", "write"})
# "per esempio", "for example": no "for".
EXAMPLE = frozenset({"example", "instance", "ejemplo", "exemple", "beispiel", "exemplo", "esempio", "przykład"})
# "ermittelt, wo im Bild sich ein Gesicht befindet": locating, not identifying.
WHERE = frozenset({"where", "wo", "waar", "où", "dónde", "donde", "onde", "dove", "gdzie"})
# "As" opening a sentence with what the applicant is ("Als Kfz-Versicherer …").
AS = frozenset({"as", "als", "como", "come", "jako", "comme", "tant"})
# The singular first person, which says who applies as "we" does ("Je suis autrice", "Ich unterrichte").
FIRST_PERSON_SINGULAR = frozenset({
    "i", "je", "j", "ich", "yo", "eu", "io", "ik", "ja", "my", "mon", "ma", "mes", "mein", "meine", "mi", "mis",
    "meu", "minha", "mio", "mia", "mijn", "mój", "moja", "moje",
})
INDEFINITE = frozenset({"a", "an", "un", "una", "une", "ein", "eine", "einer", "einem", "um", "uma", "uno", "een",
                        "numa", "num"})
# What a face is used with, besides the means above: "unlock it with their face", "mit dem Gesicht".
WITH_THE_FACE = frozenset({"with", "con", "avec", "par", "mit", "com", "met", "por", "pelo", "pela", "col", "coi",
                           "przez"})
# Words that may follow "individual" as a noun ("an individual in the footage", "individuals who …").
AFTER_A_NOUN = frozenset({"in", "on", "at", "from", "who", "whose", "with", "by", "and", "or", "of", "that", "is",
                          "was", "across", "within", "to", "as", "against", "through", "when", "if", "among",
                          "between"})
# Object pronouns before a verb of use whose subject follows: "lo usano i Carabinieri".
CLITICS = frozenset({"lo", "la", "li", "le", "l", "o", "a", "os", "as", "los", "las", "les", "ja", "go", "je"})
