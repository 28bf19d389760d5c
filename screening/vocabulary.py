"""Words and phrases the free-text detectors look for, in English, Spanish, French, German and
Portuguese, written in the folded form the detectors match against (lower case, accents
removed, typographic apostrophes and dashes replaced by ' and -).

Each term carries the languages it belongs to, because one negation cue is ambiguous across
them: Portuguese "no" means "in the" ("investimos no reconhecimento facial"), not "no".
"""
from typing import NamedTuple


class Term(NamedTuple):
    """A phrase to look for. The pattern is tried only where one of its `anchors` (literals it
    starts with) starts a word, or anywhere inside a word when `compound` (German compounds
    such as "Echtzeit-Gesichtserkennung"). With `near`, only in sentences that also contain
    one of those literals: "match … against" is facial recognition only near "face"."""

    languages: frozenset
    anchors: tuple
    pattern: str
    compound: bool = False
    near: tuple = ()


EN, ES, FR, DE, PT = (frozenset({lang}) for lang in ("en", "es", "fr", "de", "pt"))
ES_PT = frozenset({"es", "pt"})
_FACE = ("face", "facia")
_GAP = r"[^.;!?\n]{0,80}?"  # a few words within the sentence

# Phrases that name facial recognition, or describe identifying people by their faces.
# Face *detection* (finding, blurring, counting faces) is deliberately absent.
FACIAL_RECOGNITION_TERMS: tuple[Term, ...] = (
    Term(EN, ("facial",), r"facial[\s-]*(?:re-?cognition|identification|matching|match(?:es)?|comparison|"
                          r"verification|biometrics?|search(?:es|ing)?|id)\b"),
    Term(EN, ("face",), r"face[\s-]*(?:re-?cognition|matching|match(?:es|ed)?|search(?:es|ing)?|"
                        r"identification|verification|comparisons?|id|prints?|biometrics?)\b"),
    Term(EN, ("face",), r"faces?\s+(?:(?:are|is|will\s+be|get|gets)\s+)?(?:matched|compared|checked|"
                        r"searched|screened)\s+(?:against|with|to)\b"),
    Term(EN, ("remote",), r"remote\s+biometric\s+identification\b"),
    # "identify persons of interest from their facial features", "recognise shoplifters by face"
    Term(EN, ("identif", "recogni", "verif", "match", "track"),
         r"(?:identif(?:y|ies|ied|ying|ication)|recogni[sz](?:e|es|ed|ing)|verif(?:y|ies|ied|ying)|"
         r"match(?:es|ed|ing)?|track(?:s|ed|ing)?)\b" + _GAP + r"\b(?:by|from|using|via|through|with|"
         r"based\s+on)\s+(?:their|his|her|its|the|a|each\s+person's|people's)?\s*(?:faces?|facial\s+"
         r"(?:features|images?|characteristics|geometry|landmarks|biometrics|data|templates?|traits|"
         r"appearance)|face\s+(?:images?|photos?|templates?|geometry|shots?))\b",
         near=_FACE),
    # "match faces against a watchlist", "run face images through the mugshot database"
    Term(EN, ("match", "compar", "check", "run", "search", "screen", "cross"),
         r"(?:match(?:es|ed|ing)?|compar(?:e|es|ed|ing)|check(?:s|ed|ing)?|run(?:s|ning)?|"
         r"search(?:es|ed|ing)?|screen(?:s|ed|ing)?|cross-?referenc(?:e|es|ed|ing))\s+"
         r"(?:(?:the|their|of|captured|detected|any|all|unknown|probe)\s+)*"
         r"(?:faces|face|facial\s+images?|face\s+(?:images?|photos?|crops?|captures?))\b"
         r"[^.;!?\n]{0,60}?\b(?:against|with|to|through|in)\b",
         near=_FACE),
    Term(ES, ("reconocimiento",), r"reconocimiento\s+(?:biometrico\s+)?(?:facial|de\s+(?:caras|rostros))"),
    Term(ES, ("identificacion", "biometria", "comparacion", "cotejo", "verificacion", "busqueda",
              "coincidencia", "emparejamiento", "autenticacion"),
         r"(?:identificacion|biometria|comparacion|cotejo|verificacion|busqueda|coincidencia|"
         r"emparejamiento|autenticacion)\s+facial(?:es)?\b",
         near=("facia",)),
    Term(FR, ("reconnaissance",), r"reconnaissance\s+(?:faciale|des\s+visages|de\s+visages?)"),
    Term(FR, ("identification", "biometrie", "comparaison", "verification", "authentification",
              "recherche", "correspondance"),
         r"(?:identification|biometrie|comparaison|verification|authentification|recherche|"
         r"correspondance)\s+faciales?\b",
         near=("facia",)),
    Term(FR, ("identifi",),
         r"identifi\w*\b" + _GAP + r"\b(?:par|a\s+partir\s+de|grace\s+a)\s+(?:leurs?|son|sa|ses|le|les|la)?"
         r"\s*(?:visages?|traits\s+du\s+visage|caracteristiques\s+faciales)\b",
         near=("visage", "facia")),
    Term(FR, ("comparer", "rapprocher", "confronter"),
         r"(?:comparer|rapprocher|confronter)\s+(?:les\s+|des\s+)?visages\b[^.;!?\n]{0,60}?\b"
         r"(?:avec|a|aux|contre)\b",
         near=("visage",)),
    Term(DE, ("gesichts",), r"gesichts(?:erkennung|abgleich|vergleich|identifi\w*|biometri\w*|suche|"
                            r"wiedererkennung)\w*", compound=True),
    Term(DE, ("gesichter",), r"gesichter\b[^.;!?\n]{0,60}?\b(?:abgleich\w*|abgeglichen|vergleich\w*|"
                             r"verglichen)"),
    Term(DE, ("biometrisch",), r"biometrische\w*\s+fernidentifi\w*"),
    Term(DE, ("identifizier",),
         r"identifizier\w*\b" + _GAP + r"\b(?:anhand|uber|mittels|durch)\s+(?:ihrer|ihres|seines|ihr|des|"
         r"der|dem)?\s*gesicht\w*",
         near=("gesicht",)),
    Term(PT, ("reconhecimento",), r"reconhecimento\s+(?:biometrico\s+)?(?:facial|de\s+(?:rostos|faces))"),
    Term(PT, ("identificacao", "biometria", "comparacao", "verificacao", "autenticacao", "correspondencia"),
         r"(?:identificacao|biometria|comparacao|verificacao|autenticacao|correspondencia)\s+facia(?:l|is)\b",
         near=("facia",)),
    Term(ES_PT, ("identific",),
         r"identific\w*\b" + _GAP + r"\b(?:por|pelos?|pelas?|a\s+partir\s+del?|mediante|con|com)\s+"
         r"(?:sus?|seus?|suas?|el|los|las?|os?|as)?\s*(?:rostros?|rostos?|caras?|faces|rasgos\s+faciales|"
         r"tracos\s+faciais)\b",
         near=("rost", "cara", "face", "facia")),
    Term(ES_PT, ("comparar", "cotejar", "contrastar", "confrontar", "buscar"),
         r"(?:comparar|cotejar|contrastar|confrontar|buscar)\s+(?:los\s+|las\s+|os\s+)?"
         r"(?:rostros|rostos|caras|faces)\b[^.;!?\n]{0,60}?\b(?:con|contra|com|em)\b",
         near=("rost", "cara", "face")),
)

# "identify anyone", "identificar a sospechosos": facial recognition only when the same sentence
# talks about faces, pictures or cameras (VISUAL_CONTEXT).
CONTEXTUAL_IDENTIFICATION_TERMS: tuple[Term, ...] = (
    Term(EN, ("identif", "recogni"), r"(?:identif(?:y|ies|ying|ication\s+of)|recogni[sz](?:e|es|ing|ition\s+of))"
                                     r"\s+(?:the\s+)?(?:people|persons|"
                           r"individuals|anyone|anybody|someone|somebody|suspects?|offenders?|shoplifters?|"
                           r"persons\s+of\s+interest|members\s+of\s+the\s+public|passers-?by|pedestrians|"
                           r"protesters|demonstrators|customers|visitors|attendees|students|employees)\b"),
    Term(ES_PT, ("identif",), r"identificar\s+(?:a\s+)?(?:las\s+|los\s+|as\s+|os\s+)?(?:personas|pessoas|"
                              r"individuos|sospechosos|suspeitos|nadie|ninguem|alguien|alguem|manifestantes|"
                              r"clientes|transeuntes)\b"),
    Term(FR, ("identif",), r"identifi\w*\s+(?:des\s+|les\s+)?(?:personnes|individus|suspects|passants|"
                           r"manifestants|quiconque|personne)\b"),
    Term(DE, ("personen", "menschen", "verdachtige", "passanten", "niemanden", "jemanden"),
         r"(?:personen|menschen|verdachtige|passanten|niemanden|jemanden)\s+(?:zu\s+)?identifizier\w*",
         near=("identifizier",)),
)
VISUAL_CONTEXT = (
    r"\b(?:faces?|facial|photos?|photographs?|images?|video\w*|footage|cameras?|cctv|pictures?|"
    r"mugshots?|selfies?|rostros?|caras?|imagen(?:es)?|fotos?|fotografias?|camaras?|visages?|"
    r"gesicht\w*|bild\w*|kamera\w*|rostos?|imagens?)\b"
)

# Phrases that say the system is for police or law-enforcement use.
LAW_ENFORCEMENT_TERMS: tuple[Term, ...] = (
    Term(EN, ("law",), r"law[\s-]+enforcement\b"),
    Term(frozenset({"en", "fr"}), ("polic",), r"polic(?:e|es|ing|eman|emen|ewoman|ewomen)\b"),
    Term(EN, ("sheriff",), r"sheriff(?:'?s)?\b"),
    Term(EN, ("state", "highway", "border"), r"(?:state|highway|border)\s+patrol\b", near=("patrol",)),
    Term(EN, ("trooper",), r"troopers?\b"),
    Term(EN, ("constabular",), r"constabular(?:y|ies)\b"),
    Term(EN, ("detective",), r"detectives?\b"),
    Term(EN, ("fbi",), r"fbi\b"),
    Term(EN, ("prosecutor",), r"prosecutor(?:s|'s)?(?:\s+office)?\b"),
    Term(ES_PT, ("polic",), r"polici(?:a|as|al|ales|ais|amento)\b"),
    Term(ES, ("fuerzas",), r"fuerzas\s+(?:y\s+cuerpos\s+)?(?:del\s+orden|de\s+seguridad)\b"),
    Term(ES, ("guardia",), r"guardia\s+civil\b"),
    Term(ES, ("carabinero",), r"carabineros\b"),
    Term(FR, ("polic",), r"policier(?:e|s|es)?\b"),
    Term(FR, ("forces",), r"forces\s+de\s+l'\s*ordre\b"),
    Term(FR, ("maintien",), r"maintien\s+de\s+l'\s*ordre\b"),
    Term(FR, ("gendarm",), r"gendarme(?:s|rie|ries)?\b"),
    Term(DE, ("polizei",), r"polizei\w*", compound=True),
    Term(DE, ("polizist",), r"polizist(?:in|en|innen)?\b"),
    Term(DE, ("strafverfolg",), r"strafverfolgung\w*", compound=True),
    Term(DE, ("ermittlungsbehorde",), r"ermittlungsbehorde\w*", compound=True),
    Term(PT, ("aplicacao",), r"aplicacao\s+da\s+lei\b"),
    Term(PT, ("agentes",), r"agentes\s+da\s+lei\b"),
    Term(PT, ("forcas",), r"forcas\s+(?:de\s+seguranca|da\s+ordem)\b"),
)
# "officers" is law-enforcement language unless a qualifier says otherwise.
OFFICER_TERM = Term(EN, ("officer",), r"officers?\b")
NON_POLICE_OFFICERS = frozenset({
    "station", "compliance", "protection", "privacy", "loan", "loans", "executive", "financial", "finance",
    "information", "medical", "health", "safety", "customer", "technology", "technical", "chief",
    "operating", "marketing", "project", "program", "programme", "procurement", "accessibility",
    "diversity", "ethics", "welfare", "election", "returning", "admissions", "credit",
    "investment", "trust", "research", "student", "housing", "planning", "training",
    "communications", "press", "resources", "risk", "legal", "contracting", "grants", "records",
    "foia", "transparency", "governance", "sustainability", "equality", "inclusion", "payroll",
    "benefits", "attendance", "environmental", "fire", "security", "warrant", "petty", "flag",
    "commanding", "naval", "army", "military", "accounts", "clinical", "nursing",
    "career", "ai", "it", "data", "digital", "innovation", "quality", "exam", "examination",
})
CORPORATE_OFFICERS = r"\s*(?:,|and|&)\s*directors\b"

# Negation cues that, a few words before a term and in the same clause, negate it.
NEGATIONS = frozenset({
    # English
    "not", "no", "never", "without", "nor", "neither", "unlike", "excluding", "except",
    "cannot", "prohibit", "prohibits", "prohibited", "forbid", "forbids", "forbidden", "ban",
    "bans", "banned", "exclude", "excludes", "excluded", "avoid", "avoids", "avoiding",
    "refrain", "doesnt", "isnt", "arent",
    # Spanish
    "sin", "nunca", "jamas", "ni", "ningun", "ninguna", "ninguno", "tampoco", "prohibido",
    "prohibida", "excluye", "excluido", "excluida",
    # French
    "sans", "pas", "jamais", "aucun", "aucune", "ne", "interdit", "interdite", "exclu", "exclue",
    # German
    "nicht", "kein", "keine", "keinen", "keiner", "keinem", "keines", "ohne", "nie", "niemals",
    "weder", "verboten", "ausgeschlossen", "anstatt", "statt",
    # Portuguese
    "nao", "sem", "nem", "nenhum", "nenhuma", "proibido", "proibida",
})
NEGATION_PAIRS = frozenset({
    ("instead", "of"), ("rather", "than"), ("free", "of"), ("no", "longer"), ("en", "lugar"),
    ("en", "vez"), ("au", "lieu"), ("em", "vez"), ("ao", "inves"),
})
# Cues that do not negate a term of these languages.
NOT_NEGATIONS_IN = {"pt": frozenset({"no"})}
# Telltale words that tell Portuguese from Spanish when a term is shared by both.
PORTUGUESE_MARKERS = frozenset({
    "nao", "em", "com", "uma", "pela", "pelo", "pelas", "pelos", "ao", "aos", "das", "dos",
    "nas", "sao", "tambem", "voce", "seu", "sua", "seus", "suas", "isso", "muito", "ou",
})
SPANISH_MARKERS = frozenset({
    "el", "los", "del", "con", "una", "es", "y", "pero", "muy", "su", "sus", "al", "esto",
    "tambien", "usted",
})
# Words that end the clause a negation can reach into ("not only X but also facial recognition").
CLAUSE_BREAKS = frozenset({
    "but", "however", "although", "though", "whereas", "yet", "pero", "sino", "aunque",
    "mais", "cependant", "toutefois", "aber", "sondern", "jedoch", "porem", "contudo", "todavia",
})

# After a term: "facial recognition is not used", "no se utiliza", "n'est pas utilisee",
# "wird nicht eingesetzt", "nao e utilizado". The negation only counts when the clause then
# ends, so "is never used as the sole basis for an arrest" stays affirmative.
AUXILIARIES = frozenset({
    "is", "are", "was", "were", "will", "would", "shall", "should", "must", "can", "could",
    "may", "might", "be", "been", "being", "does", "do", "did", "currently", "ever", "also",
    "software", "technology", "technologies", "systems", "system", "tools", "tool",
    "capability", "capabilities", "feature", "features", "functionality",
    "se", "es", "son", "sera", "fue", "esta", "estan", "ha", "han", "sistema", "tecnologia",
    "est", "sont", "seront", "a", "ont", "systeme", "technologie", "logiciel",
    "wird", "werden", "ist", "sind", "wurde", "wurden", "kommt", "findet", "darf", "soll",
    "hier", "zum", "e", "foi", "estao", "sao",
})
USE_WORDS = frozenset({
    "used", "use", "performed", "employed", "applied", "deployed", "done", "part", "included",
    "involved", "supported", "offered", "possible", "enabled", "planned", "intended",
    "envisaged", "carried", "conducted", "implemented", "provided", "available", "permitted",
    "allowed",
    "utiliza", "usa", "emplea", "realiza", "aplica", "utilizado", "utilizada", "usado", "usada",
    "empleado", "realizado", "realizada", "aplicado", "permitido",
    "utilisee", "utilise", "utilisees", "employee", "effectuee", "realisee", "appliquee",
    "prevue", "autorisee",
    "eingesetzt", "verwendet", "genutzt", "durchgefuhrt", "angewendet", "angewandt", "einsatz",
    "vorgesehen", "erlaubt", "statt",
    "utilizados", "utilizadas", "empregado", "empregada", "aplicada",
    "usados",
})
# Words that say "not allowed" on their own: "facial recognition is prohibited".
PROHIBITIONS = frozenset({
    "prohibited", "forbidden", "excluded", "banned", "disabled", "prohibido", "prohibida",
    "excluido", "excluida", "interdit", "interdite", "exclu", "exclue", "verboten",
    "ausgeschlossen", "deaktiviert", "proibido", "proibida", "desativado",
})
CLOSING_WORDS = frozenset({
    "at", "all", "here", "anywhere", "whatsoever", "in", "this", "the", "our", "any", "way",
    "form", "of", "project", "product", "service", "scope", "solution", "and", "or", "out",
    "en", "este", "esta", "proyecto", "ningun", "modo", "forma", "absoluto", "el", "la",
    "dans", "ce", "cette", "projet", "aucune", "facon", "le", "cadre", "du",
    "diesem", "projekt", "keiner", "weise", "uberhaupt", "dem", "rahmen",
    "neste", "nesta", "projeto", "de", "alguma", "nenhuma", "maneira", "no", "do",
})
