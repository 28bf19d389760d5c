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

Words ending in "*" in the compounding languages (German, Dutch) are matched inside a word as
well ("Gesicht*" finds "Gesichtserkennung", "Passgesichtsbild"); "*" before a word matches it at
the end of a compound ("*erkennung" finds "Gesichtserkennung"). EXCLUDE lists the words that
contain such a part without meaning it ("angesichts", "Gesichtspunkt").
"""

LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl", "pl")

FACE = {
    "en": ["face", "faces", "facial", "faceprint", "faceprints", "face-print", "mugshot", "selfie", "selfies",
           "passport photo", "passport photos", "id photo", "headshot", "headshots"],
    "es": ["rostro", "cara", "facial", "faciales", "faz", "selfie", "selfis", "foto de su dni", "foto del dni",
           "foto del pasaporte"],
    "fr": ["visage", "facial", "faciale", "faciaux", "faciales", "selfie", "photo d'identité"],
    "de": ["*gesicht*", "fazial", "*selfie*", "*passfoto*", "*passbild*"],
    "pt": ["rosto", "face", "faces", "facial", "faciais", "cara", "selfie", "foto do passaporte",
           "foto do documento"],
    "it": ["volto", "volti", "viso", "visi", "faccia", "facce", "facciale", "facciali", "selfie",
           "foto del passaporto", "foto della carta d'identità"],
    "nl": ["*gezicht*", "gelaat*", "faciaal", "faciale", "selfie", "*pasfoto*"],
    "pl": ["twarz", "twarzowy", "biometria twarzy", "selfie", "zdjęcie z dowodu", "zdjęciem z dowodu",
           "zdjęciem w paszporcie", "zdjęcie paszportowe"],
}

ACT = {
    "en": ["identify", "identification", "identifying", "re-identify", "re-identification", "recognise",
           "recognize", "recognition", "match", "matching", "compare", "comparison", "verify",
           "verification", "search", "searching", "look up", "lookup", "cross-reference", "screen against",
           "authenticate", "authentication", "identif*", "recogni*", "compar*", "match*", "verif*",
           "correspond", "corresponds", "correspondence", "look for", "enrolled", "enrol", "enroll",
           "enrolment", "enrollment", "registered as"],
    "es": ["identificar", "identificación", "reconocer", "reconocimiento", "cotejar", "cotejo", "comparar",
           "comparación", "verificar", "verificación", "buscar", "búsqueda", "coincidencia", "emparejar",
           "emparejamiento", "autenticación", "contrastar", "confrontar", "identific*", "reconoc*", "compar*",
           "cotej*", "verific*", "busc*", "búsqueda*", "corresponder", "coincidir", "coincide", "registrado como", "registrada como"],
    "fr": ["identifier", "identification", "reconnaître", "reconnaissance", "comparer", "comparaison",
           "rapprocher", "rapprochement", "vérifier", "vérification", "rechercher", "recherche",
           "correspondance", "authentification", "confronter", "identifié", "reconnu", "identifi*", "reconn*",
           "compar*", "rapproch*", "vérifi*", "recherch*", "confront*", "correspond*", "retrouv*", "enregistré comme", "enrôlé"],
    "de": ["identifizieren", "*identifizierung", "*identifikation", "erkennen", "*erkennung",
           "wiedererkennen", "abgleichen", "*abgleich", "vergleichen", "*vergleich", "*suche", "suchen",
           "zuordnen", "*zuordnung", "*verifikation", "verifizieren", "*identifizierbar", "gleichen ab",
           "gleicht ab", "abgeglichen", "erkannt", "identifiziert", "identifizi*", "*vergleich*", "verglich*",
           "*abgleich*", "abgeglich*", "gleicht", "gleichen", "glich", "durchsuchen", "durchsucht", "entspricht",
           "entsprechen", "übereinstimm*", "*erkennung*", "ermittelt", "ermitteln", "hinterlegt"],
    "pt": ["identificar", "identificação", "reconhecer", "reconhecimento", "comparar", "comparação",
           "cotejar", "cotejo", "verificar", "verificação", "buscar", "busca", "pesquisar", "pesquisa",
           "correspondência", "autenticação", "confrontar", "identific*", "reconhec*", "compar*", "cotej*",
           "verific*", "procur*", "busc*", "pesquis*", "confront*", "corresponde*", "registrado como",
           "registado como", "cadastrado", "cadastrada"],
    "it": ["identificare", "identificazione", "riconoscere", "riconoscimento", "confrontare", "confronto",
           "comparare", "comparazione", "verificare", "verifica", "ricercare", "ricerca", "corrispondenza",
           "abbinare", "abbinamento", "autenticazione", "raffrontare", "raffronto", "identificato",
           "riconosciuto", "identific*", "riconosc*", "confront*", "compar*", "verific*", "cerca", "cercare",
           "cercano", "corrispond*", "registrato come", "registrata come"],
    "nl": ["identificeren", "identificatie", "herkennen", "*herkenning", "vergelijken", "*vergelijking",
           "matchen", "*matching", "zoeken", "*zoeking", "verifiëren", "*verificatie", "*identificatie",
           "geïdentificeerd", "herkend", "vergeleken", "identific*", "herken*", "vergelijk*", "verifi*",
           "*herkenning*", "gecontroleerd", "controleert", "controleren", "overeenkomt", "overeenkomen",
           "opzoeken", "zoekt", "geregistreerd als"],
    "pl": ["identyfikować", "zidentyfikować", "identyfikacja", "rozpoznawać", "rozpoznać", "rozpoznawanie",
           "rozpoznanie", "porównywać", "porównać", "porównanie", "porównywanie", "dopasowywać", "dopasować",
           "dopasowanie", "wyszukiwać", "wyszukać", "wyszukiwanie", "weryfikować", "weryfikacja",
           "zestawiać", "zestawienie", "identyfikowanie", "identyfik*", "zidentyfik*", "rozpozn*", "porówn*",
           "dopasow*", "wyszuk*", "weryfik*", "przeszuk*", "zarejestrowany jako", "zarejestrowana jako"],
}

BIOMETRIC = {language: ["biometri*", "biometry*"] for language in LANGUAGES}

MUGSHOT = {
    "en": ["mugshot", "mug shot", "booking photo", "booking photograph", "booking image", "custody image",
           "custody photograph", "custody photo", "arrest photo"],
    "es": ["foto de ficha policial", "fotografías de reseña", "fotografía de reseña", "reseña fotográfica",
           "reseñas fotográficas",
           "ficha fotográfica", "fotos de detenidos", "fotografías de detenidos"],
    "fr": ["photo anthropométrique", "photos anthropométriques", "photographies anthropométriques",
           "photographie anthropométrique", "photos signalétiques", "photo signalétique", "fichier taj",
           "taj"],
    "de": ["*lichtbild", "*lichtbilder", "fahndungsfoto*", "*fahndungsfotos", "erkennungsdienst*",
           "verbrecherkartei", "inpol"],
    "pt": ["fotografias de detidos", "fotos de detidos", "fotografia de cadastro", "fotos de fichamento",
           "fichamento"],
    "it": ["foto segnaletiche", "foto segnaletica", "fotosegnalamento", "fotosegnalamenti", "cartellini"],
    "nl": ["*politiefoto", "*politiefoto's", "*arrestantenfoto", "*arrestantenfoto's"],
    "pl": ["zdjęcia sygnalityczne", "zdjęcie sygnalityczne", "zdjęć sygnalitycznych", "fotografii sygnalitycznych",
           "zdjęciami sygnalitycznymi", "zdjęciach sygnalitycznych", "sygnalitycz*"],
}

WATCHLIST = {
    "en": ["watchlist", "watch list", "watch-list", "hotlist", "most wanted list"],
    "es": ["lista de vigilancia", "listas de vigilancia"],
    "fr": ["liste de surveillance", "listes de surveillance", "fichier des personnes recherchées"],
    "de": ["*beobachtungsliste", "*fahndungsliste", "fahndungsbestand", "*watchlist"],
    "pt": ["lista de vigilância", "listas de vigilância", "lista de procurados"],
    "it": ["lista di controllo", "watchlist", "elenco dei ricercati"],
    "nl": ["*volglijst", "watchlist", "*signaleringslijst"],
    "pl": ["lista obserwacyjna", "listy obserwacyjnej", "listą obserwacyjną", "watchlist"],
}

PROBE = {
    "en": ["probe image", "probe photo", "probe images", "probe"],
    "es": ["imagen de consulta", "imagen sonda"],
    "fr": ["image requête", "image de requête", "image sonde"],
    "de": ["*suchbild", "*suchbilder", "probe-bild"],
    "pt": ["imagem de consulta", "imagem sonda"],
    "it": ["immagine di ricerca", "immagine sonda"],
    "nl": ["*zoekbeeld", "*zoekfoto", "probe"],
    "pl": ["obraz wzorcowy", "zdjęcie wzorcowe", "obraz zapytania"],
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
           "protester", "demonstrator", "anyone", "someone", "persons of interest", "wanted person", "stranger"],
    "es": ["persona", "individuo", "sospechoso", "manifestante", "transeúnte", "delincuente", "alguien"],
    "fr": ["personne", "individu", "suspect", "manifestant", "passant", "délinquant", "quiconque"],
    "de": ["person", "mensch", "verdächtige", "verdächtiger", "tatverdächtige", "passant", "täter",
           "demonstrant", "jemanden", "personen"],
    "pt": ["pessoa", "indivíduo", "suspeito", "manifestante", "transeunte", "alguém"],
    "it": ["persona", "individuo", "sospettato", "sospetto", "manifestante", "passante", "ricercato"],
    "nl": ["persoon", "personen", "verdachte", "voorbijganger", "demonstrant", "iemand", "individu"],
    "pl": ["osoba", "osób", "podejrzany", "przechodzień", "demonstrant", "sprawca", "ktoś"],
}
VISUAL = {
    "en": ["cctv", "camera", "footage", "video", "photo", "photograph", "image", "picture", "selfie", "still"],
    "es": ["cámara", "vídeo", "video", "imagen", "foto", "fotografía", "grabación", "videovigilancia"],
    "fr": ["caméra", "vidéo", "image", "photo", "photographie", "enregistrement", "vidéosurveillance"],
    "de": ["*kamera", "*kameras", "*video", "*videos", "*bild", "*bilder", "*aufnahme", "*aufnahmen", "*foto",
           "*fotos", "videoüberwachung"],
    "pt": ["câmera", "câmara", "vídeo", "imagem", "foto", "fotografia", "gravação", "videovigilância"],
    "it": ["telecamera", "videocamera", "video", "immagine", "foto", "fotografia", "filmato", "registrazione",
           "videosorveglianza"],
    "nl": ["*camera", "*camera's", "*beeld", "*beelden", "*video", "*foto", "*foto's", "*opname", "*opnamen"],
    "pl": ["kamera", "nagranie", "obraz", "zdjęcie", "fotografia", "wideo", "monitoring"],
}
PLATE = {
    "en": ["licence plate", "license plate", "number plate", "registration plate", "anpr", "alpr", "plate"],
    "es": ["matrícula"], "fr": ["plaque d'immatriculation", "plaques d'immatriculation", "lapi"],
    "de": ["*kennzeichen", "kfz-kennzeichen"], "pt": ["matrícula", "placa"], "it": ["targa", "targhe"],
    "nl": ["*kenteken", "*kentekens", "anpr"], "pl": ["tablica rejestracyjna", "tablic rejestracyjnych"],
}

# Law enforcement by its institutions: police forces, gendarmeries, national agencies, border,
# customs and immigration enforcement, prosecutors.
LAW_ENFORCEMENT = {
    "en": ["police", "policing", "policeman", "policewoman", "police officer", "sheriff", "sheriff's office",
           "constabulary", "constable", "trooper", "state patrol", "highway patrol", "border patrol",
           "law enforcement", "law-enforcement", "fbi", "dea", "atf", "europol", "interpol", "frontex",
           "homeland security investigations", "customs and border protection", "border force",
           "immigration and customs enforcement", "immigration enforcement", "customs enforcement",
           "prosecutor", "prosecutors", "district attorney", "crown prosecution service",
           "national crime agency", "marshals service", "us marshals", "gendarmerie", "carabinieri",
           "guardia civil", "garda", "garda síochána", "scotland yard", "metropolitan police", "met police",
           "police department", "detective", "detectives", "patrol officer", "patrol officers", "officer",
           "officers", "deputies", "deputy sheriff"],
    "es": ["policía", "policial", "policías", "guardia civil", "guardias civiles", "mossos", "mossos d'esquadra", "ertzaintza",
           "carabineros", "fuerzas de seguridad", "fuerzas y cuerpos de seguridad", "fuerzas del orden",
           "cuerpos policiales", "fiscalía", "ministerio fiscal", "fiscal", "fiscales", "gendarmería",
           "agentes de la autoridad", "policía nacional", "policía local", "policía municipal", "europol",
           "interpol", "guardia urbana", "agentes policiales"],
    "fr": ["police", "policier", "policière", "policiers", "policières", "gendarmerie", "gendarme",
           "gendarmes", "forces de l'ordre", "maintien de l'ordre", "police nationale", "police municipale",
           "police judiciaire", "procureur", "parquet", "douane", "douanes", "police aux frontières",
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
    "it": ["sfoc*", "oscur*", "pixel*", "anonimizz*"], "nl": ["vervaag*", "onherkenbaar*", "blur*", "anonimiseer*"],
    "pl": ["rozmyw*", "zamazyw*", "rozmyt*", "zamazan*", "anonimiz*"],
}
# Institutions are named the same in every language ("el FBI", "die Gendarmerie"), so a
# law-enforcement form counts in any sentence, except these, which are ordinary words elsewhere
# (Portuguese "procura" is "looks for"; Spanish "fiscal" is also "tax").
AMBIGUOUS_LAW_ENFORCEMENT = frozenset({"procura", "procure", "fiscal", "fiscales", "brigade", "brigades", "parquet",
                                       "parquets", "agenten", "garda", "procurador", "procuradora", "procuradores",
                                       "zolle", "zolles", "kims", "kogos", "sef", "dea", "cbs", "psp"})
# Forms that start with "ICE", "CBP" … only count in capitals (the word "ice" is not the agency).
UPPER_CASE_LAW_ENFORCEMENT = ("ICE", "CBP", "HSI", "NCA", "BKA", "LKA", "PSP", "GNR", "DEA", "ATF", "CBS",
                              "FIOD", "ABW", "SEF", "DGSI", "NYPD", "LAPD")

EXCLUDE = {
    "de": ["angesicht*", "gesichtspunkt*", "gesichtsfeld*", "gesichtet", "gesichtskreis", "untersuche*",
           "besucher*", "versuche*", "ersuche*", "zollstock", "polizeistunde", "bildung*", "bilderbuch",
           "*verbildung", "ausbildung*", "fortbildung*", "weiterbildung*", "abbildung*", "einbildung*",
           "*bildschirm*", "leitbild*"],
    "nl": ["gezichtspunt*", "gezichtsveld*", "gezichtsbedrog", "*politiek*", "politici",
           "beeldvorming", "agenten-", "beeldscherm*", "vooruitzicht*", "toezicht*"],
    "en": ["face to face", "face-to-face", "in the face of", "on the face of it", "face value",
           "police academy award", "first-time offender"],
    "it": ["volto a", "volto ad", "volto al", "volto alla", "volto alle", "volto allo", "volto agli",
           "volti a", "volti ad", "volti al", "volti alla", "volti alle", "volti agli"],
    "fr": ["police de caractères", "police d'écriture", "polices de caractères", "police d'assurance",
           "polices d'assurance", "en face"],
    "es": ["cara a cara", "póliza", "pólizas"],
    "pt": ["cara a cara", "em face de", "face a"],
    "pl": [],
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
    "en": ["not", "t", "no", "never", "none", "nobody", "neither", "nor", "cannot", "can't", "don't", "doesn't",
           "isn't", "aren't", "won't", "wasn't", "weren't", "didn't", "without", "nothing", "excluding",
           "except", "unlike", "prohibit", "prohibits", "prohibited", "forbid", "forbids", "forbidden", "ban",
           "bans", "banned", "exclude", "excludes", "excluded", "avoid", "avoids", "refrain", "lacks",
           "doesnt", "dont", "isnt", "arent", "wont", "neither"],
    "es": ["no", "nunca", "jamás", "sin", "ni", "ningún", "ninguna", "ninguno", "nadie", "nada", "tampoco",
           "prohibido", "prohibida", "excluye", "excluido", "excluida", "excepto"],
    "fr": ["pas", "jamais", "aucun", "aucune", "sans", "ni", "nul", "nulle", "rien", "interdit",
           "interdite", "exclu", "exclue", "exclut", "non"],
    "de": ["nicht", "kein", "keine", "keinen", "keiner", "keinem", "keines", "ohne", "nie", "niemals",
           "weder", "niemand", "niemanden", "nichts", "verboten", "ausgeschlossen", "anstatt", "statt",
           "anstelle"],
    "pt": ["não", "nunca", "jamais", "sem", "nem", "nenhum", "nenhuma", "ninguém", "nada", "proibido",
           "proibida", "excluído", "excluída"],
    "it": ["non", "mai", "senza", "né", "nessun", "nessuno", "nessuna", "niente", "nulla", "vietato", "vietata",
           "escluso", "esclusa", "anziché"],
    "nl": ["niet", "geen", "nooit", "zonder", "noch", "niemand", "niets", "verboden", "uitgesloten", "nimmer"],
    "pl": ["nie", "nigdy", "bez", "żaden", "żadna", "żadne", "żadnego", "żadnej", "żadnych", "żadnym", "ani",
           "nikt", "nikogo", "nic", "zakazane", "zakazany", "wykluczone", "zamiast"],
}
# Two-word negations: "instead of", "en lugar de", "au lieu de", "in plaats van".
NEGATION_PAIRS = frozenset({("instead", "of"), ("rather", "than"), ("free", "of"), ("no", "longer"),
                            ("en", "lugar"), ("en", "vez"), ("au", "lieu"), ("em", "vez"), ("ao", "invés"),
                            ("in", "plaats"), ("invece", "di"), ("ne", "plus"), ("n", "plus"),
                            ("ne", "personne")})
# The "without" of each language: after another negation it affirms ("cannot work without").
WITHOUT = frozenset({"without", "sin", "sans", "ohne", "sem", "senza", "zonder", "bez"})
# "Nobody", "nothing": with "without" they agree ("without identifying anyone"), they do not
# cancel it as "not … without" does.
NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "nothing", "nadie", "nada", "ninguno", "ninguna", "personne",
                               "rien", "niemand", "niemanden", "nichts", "ninguém", "nenhum", "nenhuma",
                               "nessuno", "nessuna", "niente", "nulla", "niets", "nikt", "nikogo", "nic", "ni",
                               "nem", "né", "noch", "ani", "nor", "neither"})
# Cues that look like negations but are not ("not only", "no longer needed" still negates).
NOT_NEGATION_PAIRS = frozenset({("not", "only"), ("not", "just"), ("not", "merely"), ("no", "solo"),
                                ("pas", "seulement"), ("nicht", "nur"), ("não", "só"), ("não", "apenas"),
                                ("non", "solo"), ("niet", "alleen"), ("nie", "tylko"), ("no", "sólo"),
                                ("sans", "doute"), ("no", "doubt"), ("nicht", "zuletzt"), ("not", "least")})
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
})
# Law enforcement as the subject matter, not the user: cues just before the mention …
TOPIC_BEFORE = {
    "en": ["about", "regarding", "concerning", "former", "ex", "retired", "unlike", "than", "versus", "vs"],
    "es": ["sobre", "acerca", "antiguos", "antiguo", "antiguas", "ex", "exagentes", "contra"],
    "fr": ["sur", "anciens", "ancien", "anciennes", "concernant", "ex", "contre"],
    "de": ["über", "ehemalige", "ehemaligen", "ehemaliger", "ex", "gegen"],
    "pt": ["sobre", "antigos", "antigo", "ex", "contra"],
    "it": ["sulla", "sulle", "sui", "sul", "riguardo", "ex", "contro"],
    "nl": ["over", "voormalige", "voormalig", "oud", "ex", "tegen"],
    "pl": ["o", "byłych", "byli", "były", "była", "dawnych", "temat", "przeciwko"],
}
# "published by": the institution is the author of what the system reads, not its user.
PUBLISHED = frozenset({"published", "released", "publicadas", "publicados", "publicada", "publicado",
                       "publiées", "publiés", "publiée", "publié", "veröffentlicht", "veröffentlichten",
                       "pubblicate", "pubblicati", "pubblicata", "gepubliceerd", "gepubliceerde", "opublikowane",
                       "opublikowanych", "opublikowany"})
# Words that join mentions into a list, so that a negation reaches all of them.
COORDINATORS = frozenset({"or", "nor", "and", "o", "ni", "y", "ou", "et", "oder", "noch", "und", "nem",
                          "e", "né", "of", "en", "lub", "albo", "ani", "i", "oraz"})
# Adjectives ("violences policières", "kontrole policyjne") describe something else: "by" or
# "for" before them does not make law enforcement the user.
LAW_ENFORCEMENT_ADJECTIVES = ("policial", "policiales", "policiais", "policière", "policières", "policyjn",
                              "poliziesc", "polizeilich", "politioneel", "politiële", "policing")
# … and cues anywhere in its sentence (news, statistics, studies, the team's background).
TOPIC_SENTENCE = frozenset({
    "news", "article", "articles", "journalist", "journalists", "newsroom", "media", "coverage",
    "newspaper", "statistics", "statistical", "study", "studies", "survey", "history", "historical",
    "background", "career", "careers", "founder", "founders", "founded", "previously", "archive",
    "documentary", "reporters", "researchers", "academic", "benchmark", "unlike",
    "diferencia", "contrairement", "contrário", "differenza", "gegensatz", "tegenstelling", "przeciwieństwie",
    "published", "misconduct", "complaints", "accountability", "watchdog", "critics",
    "noticias", "periodistas", "estadísticas", "estudio", "encuesta", "historia", "trayectoria",
    "publicadas", "publicados", "prensa", "quejas",
    "actualités", "journalistes", "statistiques", "étude", "enquête", "histoire",
    "publiées", "publiés", "presse", "plaintes", "carrière",
    "nachrichten", "journalisten", "artikel", "statistik", "statistiken", "studie", "umfrage", "geschichte",
    "veröffentlicht", "veröffentlichten", "beschwerden", "laufbahn",
    "notícias", "jornalistas", "estatísticas", "estudo", "inquérito", "pesquisa", "história",
    "imprensa", "queixas", "carreira",
    "notizie", "giornalisti", "articoli", "statistiche", "studio", "sondaggio", "storia",
    "pubblicate", "pubblicati", "stampa", "reclami", "carriera",
    "nieuws", "artikelen", "statistieken", "geschiedenis",
    "gepubliceerd", "gepubliceerde", "pers", "klachten", "loopbaan",
    "wiadomości", "dziennikarze", "dziennikarzy", "artykuły", "artykułów", "statystyki", "statystyk",
    "badanie", "badania", "ankieta", "opublikowane", "prasa", "skargi",
    "kariera", "ranking",
})
# Cues just before the mention that say law enforcement uses the system or benefits from it;
# they win over the sentence's topic cues.
USE_BEFORE = frozenset({
    "for", "by", "to", "serve", "serves", "serving", "supports", "support", "help", "helps", "assist",
    "assists", "equip", "equips", "customers", "clients", "partner", "partners",
    "para", "por", "pela", "pelo", "pelas", "pelos", "pour", "par", "aux", "au", "für", "von", "vom", "durch",
    "per", "dalla", "dal", "dai", "alle", "alla", "ai", "voor", "door", "dla", "przez",
    "ayudar", "apoyar", "aider", "unterstützen", "ajudar", "apoiar", "aiutare", "supportare", "helpen",
    "ondersteunen", "wspierać", "pomóc",
})
