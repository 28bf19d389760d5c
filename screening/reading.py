"""The v2 text reader (policy v2 onwards): where the free text describes facial recognition or
law-enforcement use, and which sentences are in a language the engine does not read.

It reads the way agencies and vendors write rather than looking for fixed phrases:

* One Aho-Corasick automaton finds, in the folded text, every inflected form of the lexicon
  (`screening.lexicon`, expanded by `build_lexicon`): face nouns, identifying acts, "biometric",
  mugshots, watchlists, law-enforcement institutions … German and Dutch parts are found inside
  compounds. Only the sentences that hold a hit are looked at further.
* Facial recognition is a face word and an identifying act in the same clause, in either
  order ("faces are compared against", "porównuje twarze", "Gesichtserkennung"), or "biometric"
  with a face word, or the field's vocabulary (probe and gallery, 1:N, a mugshot database or a
  watchlist searched with pictures of people). Finding, counting or blurring faces is no act.
* Negation is NegEx-style: a language's cue a few words before a part, in its clause, or a
  negation right after it ("… is not used"); "not … without" affirms.
* Law enforcement counts when it is the user, operator, customer or beneficiary: a mention
  right after "about", "former", "unlike" … or in a sentence about news, statistics or the
  team's background (topic words found by the automaton, German and Dutch compounds included)
  is the subject matter (reported with `topic: true`, not counted), as is one next to a
  publishing verb ("published by", "que la police publie"), unless "for", "by", "serving" …
  stands right before it or it is the subject of a verb of use ("die Polizei nutzt"). Anything
  else counts: ambiguous text goes to people. Cue lists are lemmas expanded by `build_lexicon`.

Evidence offsets are into the original field text: `text == original[start:end]`.
"""
import json
import re
from bisect import bisect_left, bisect_right
from itertools import chain

import ahocorasick

from screening import languages, lexicon, vocabulary
from screening.folding import fold, unfold
from screening.lexicon_build import LEXICON_FORMS_PATH, WORD_LISTS

FACIAL_RECOGNITION = "facial_recognition"
LAW_ENFORCEMENT = "law_enforcement"
UNSCREENED_LANGUAGE = "unscreened_language"
SIGNAL_NAMES = (FACIAL_RECOGNITION, LAW_ENFORCEMENT, UNSCREENED_LANGUAGE)
TEXT_FIELDS = ("title", "description", "data_sources", "human_oversight", "facial_recognition.purpose")

_PRE_NEGATION_REACH = 5  # words before a part that a negation cue reaches across
_ASIDE_REACH = 12  # the words of an aside between dashes or brackets that a negation reaches across
_POST_NEGATION_REACH = 4
_TOPIC_REACH = 3
_CLAUSE_PUNCTUATION = frozenset(";:()[]")
# Words and the punctuation that ends a clause; a colon between digits ("1:1", "1:N") is no break.
_TOKEN = re.compile(r"\w+|(?<!\d):|:(?![\dn])|[;()\[\]]")
_TOKEN_OR_COMMA = re.compile(r"\w+|(?<!\d):|:(?![\dn])|[;()\[\],]")
# A dash between spaces ("Bezahlen ohne Karte – die Kasse erkennt …", folded to "-") ends a clause
# too: the reader's text has a bracket in its place (one character for one, so offsets hold).
_DASH, _DASH_AS_CLAUSE_BREAK = " - ", " ) "

# Part flags, as bits: a form can play several parts ("face" is FACE in English and Portuguese).
_PARTS = ("FACE", "ACT", "BIOMETRIC", "MUGSHOT", "WATCHLIST", "PROBE", "GALLERY", "PERSON", "VISUAL", "PLATE",
          "LAW_ENFORCEMENT", "EXCLUDE", "ONE_TO_N", "AGAINST", "BLUR", "TOPIC", "IDENTITY_DOCUMENT",
          "ORGANISATION", "RECORD", "SAME", "REFERENCE", "APPEAR", "ACCESS", "IDENTITY", "SIMILAR")
(FACE, ACT, BIOMETRIC, MUGSHOT, WATCHLIST, PROBE, GALLERY, PERSON, VISUAL, PLATE, LE, EXCLUDE,
 ONE_TO_N, AGAINST, BLUR, TOPIC, ID_DOCUMENT, ORGANISATION, RECORD, SAME, REFERENCE,
 APPEAR, ACCESS, IDENTITY, SIMILAR) = (1 << i for i in range(len(_PARTS)))
_LANGUAGE_BITS = {language: 1 << i for i, language in enumerate(lexicon.LANGUAGES)}
_UPPER = 1 << 40  # an acronym that counts only in capitals ("ICE", not "ice")


# The automaton runs over the folded text with every character that is neither a letter nor a
# digit turned into a space (languages.SPACING, one for one, so offsets hold), between two more
# spaces. A form that must start or end a word is stored with a space there, so the automaton
# itself finds only whole words and compound parts where they may be: "ice" is no hit in "police".
def _spaced_for_matching(text: str) -> str:
    return languages.spaced(text).replace("\x00", " ")


_LEXICON_DATA = json.loads(LEXICON_FORMS_PATH.read_text(encoding="utf-8"))


# Parts read only around a law-enforcement mention: a second, smaller automaton runs for them
# over the few texts that have one, so that the common words among them ("company", "data")
# cost nothing elsewhere.
_CONTEXT_PARTS = frozenset({"ORGANISATION", "RECORD"})


def _load_automaton(context: bool = False) -> ahocorasick.Automaton:
    data = _LEXICON_DATA
    ambiguous = frozenset(data.get("ambiguous", ()))
    entries: dict[str, list] = {}  # key → [bits, form]
    # form → {part bit: the languages listing it}, for forms that are other words elsewhere
    restricted: dict[str, dict[int, int]] = {}

    def add(entry: str, bits: int) -> None:
        form = entry.strip("*")
        key = _spaced_for_matching(form)
        key = ("" if entry.startswith("*") else " ") + key + ("" if entry.endswith("*") else " ")
        found = entries.setdefault(key, [0, form])
        found[0] |= bits

    for language, parts in data["forms"].items():
        for part, forms in parts.items():
            if (part in _CONTEXT_PARTS) != context:
                continue
            bit = LE if part == "LAW_ENFORCEMENT_NAMES" else 1 << _PARTS.index(part)
            for form in forms:
                add(form, bit)
                if form.strip("*") in ambiguous and part != "EXCLUDE" and (
                        part != "LAW_ENFORCEMENT" or form in lexicon.AMBIGUOUS_LAW_ENFORCEMENT):
                    masks = restricted.setdefault(form.strip("*"), {})
                    masks[bit] = masks.get(bit, 0) | _LANGUAGE_BITS[language]
    uppers = set() if context else {acronym.lower() for acronym in lexicon.UPPER_CASE_LAW_ENFORCEMENT}
    if not context:
        for form in data["one_to_n"]:
            add(form, ONE_TO_N)
        for phrase in lexicon.LOAN_PHRASES:
            add(fold(phrase)[0], FACE | ACT)
        for acronym in uppers:
            add(acronym, LE | _UPPER)
    automaton = ahocorasick.Automaton()
    for key, (bits, form) in entries.items():
        if form in uppers:  # the acronym rule wins over the lower-case form of the same letters
            bits |= _UPPER
        lead, trail = int(key.startswith(" ")), int(key.endswith(" "))
        automaton.add_word(key, (len(key), lead, trail, bits, tuple(restricted.get(form, {}).items())))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _load_automaton()
_CONTEXT_AUTOMATON = _load_automaton(context=True)


def _folded_set(words) -> frozenset:
    return frozenset(fold(word)[0] for word in words)


# Lists the build expanded to their inflected forms, by language.
# (Until `build_lexicon` has written them, empty: the reader must import for the build to run.)
_WORDS = {name: {language: frozenset(_LEXICON_DATA.get("words", {}).get(name, {}).get(language, ()))
                 for language in lexicon.LANGUAGES}
          for name in WORD_LISTS}
_NEGATIONS = {language: _folded_set(words) | _WORDS["NEGATIVE_DETERMINERS"][language]
              for language, words in lexicon.NEGATIONS.items()}
_EVERY_NEGATION = frozenset().union(*_NEGATIONS.values())
_ALL_NEGATIONS = _EVERY_NEGATION - {"no", "plus", "mai", "nie"}
_INSTEAD = _folded_set(lexicon.INSTEAD)
_SELF = _folded_set(lexicon.SELF)
_RESEMBLED = _folded_set(lexicon.RESEMBLED)
_RESEMBLED_REACH = 3  # "se parece a alguien", "se parecem com ele", "resembles one of the suspects"
_NEGATION_PAIRS = frozenset((fold(a)[0], fold(b)[0]) for a, b in lexicon.NEGATION_PAIRS)
_NOT_NEGATION_PAIRS = frozenset((fold(a)[0], fold(b)[0]) for a, b in lexicon.NOT_NEGATION_PAIRS)
_WITHOUT = _folded_set(lexicon.WITHOUT)
_NEGATIVE_PRONOUNS = _folded_set(lexicon.NEGATIVE_PRONOUNS)
_NOBODY = _folded_set(lexicon.NOBODY)
_SUBJECT_REACH = 12
_NO = _folded_set(lexicon.NO)
_NOBODY_OPENING = 5  # "bij de poorten niemand": the words of place before "nobody"
# The other forms of the negative determiners ("ningún", "aucune", "żadnego", "keine", "geen"):
# they agree with "without" only as the object of its verb ("sin identificar a ningún alumno");
# elsewhere they cancel it ("sin reconocimiento facial, ningún cliente entra" affirms).
_NEGATIVE_DETERMINERS = frozenset().union(*_WORDS["NEGATIVE_DETERMINERS"].values()) - _NEGATIVE_PRONOUNS
_TERMINATORS = _folded_set(lexicon.TERMINATORS)
_AUXILIARIES = _folded_set(lexicon.AUXILIARIES)
_CLAUSE_BREAK_TOKENS = _TERMINATORS | _CLAUSE_PUNCTUATION
_TOPIC_BEFORE = _WORDS["TOPIC_BEFORE"]
_ALL_TOPIC_BEFORE = frozenset().union(*_TOPIC_BEFORE.values()) - {"o"}
# (Not "público": simplemma files the adjective under "publicar".)
_PUBLISHED = frozenset().union(*_WORDS["PUBLISHED"].values()) - {"publico", "publica", "publicos", "publicas"}
# (… except right after the name, where it is the verb: "Carabineros publica cada mes …")
_PUBLISHES = frozenset({"publica"})
_USE_AFTER = frozenset().union(*_WORDS["USE_AFTER"].values())
_COORDINATORS = _folded_set(lexicon.COORDINATORS)
_LAW_ENFORCEMENT_ADJECTIVES = tuple(fold(word)[0] for word in lexicon.LAW_ENFORCEMENT_ADJECTIVES)
_POLICE_ACTIVITIES = frozenset(fold(first)[0] + fold(head)[0] for first, heads in lexicon.POLICE_ACTIVITY_COMPOUNDS
                               for head in heads)
_USE_BEFORE = _folded_set(lexicon.USE_BEFORE)
_FACE_AS_VERB_BEFORE = lexicon.ENGLISH_FACE_AS_VERB_BEFORE
_VERBAL_NEGATIONS = _folded_set(lexicon.VERBAL_NEGATIONS)
_SUBORDINATORS = _folded_set(lexicon.SUBORDINATORS)
_REJECTED = _folded_set(lexicon.REJECTED)
_PART = _folded_set(lexicon.PART)
_RELATIVES = _folded_set(lexicon.RELATIVES)
_PREDICATE_REACH = 16
_DECIDED = _folded_set(lexicon.DECIDED)
_AGAINST_WORDS = _folded_set(word for words in lexicon.AGAINST.values() for word in words)
_VERBS_OF_BEING = _folded_set(lexicon.VERBS_OF_BEING)
_UNTIL = _folded_set(lexicon.UNTIL)
_OUTSIDE = _folded_set(lexicon.OUTSIDE)
# Every word that could make a part negated: a sentence with none of them negates nothing (most
# sentences), and the reader does not look for cues in it.
_NEGATION_WORDS = (_EVERY_NEGATION | _VERBAL_NEGATIONS | _REJECTED | _WITHOUT | _DECIDED  # ("decided against")
                   | _OUTSIDE | {"out"}  # ("falls outside the remit", "is out of scope")
                   | frozenset(max(pair, key=len) for pair in _NEGATION_PAIRS if _EVERY_NEGATION.isdisjoint(pair))
                   | frozenset(max(reversed(words), key=len) for words in (
                       fold(frame)[0].replace("'", " ").split() for frame in lexicon.NEVER_FRAMES + lexicon.NEGATED_FRAMES)
                       if _EVERY_NEGATION.isdisjoint(words)))  # "it is false that", "em caso algum"
_IF_BEFORE_ARTICLE = _folded_set(lexicon.IF_BEFORE_ARTICLE)
_YEARS = _folded_set(lexicon.YEARS)
_WRITING_FROM = _folded_set(lexicon.WRITING_FROM)
_EXAMPLE = _folded_set(lexicon.EXAMPLE)
_WHERE = _folded_set(lexicon.WHERE)
_AS = _folded_set(lexicon.AS)
_I = _folded_set(lexicon.FIRST_PERSON_SINGULAR)
_INDEFINITE = _folded_set(lexicon.INDEFINITE)
_HELP = _folded_set(lexicon.HELP)
_WITH_MEANS = _folded_set(lexicon.MEANS) | _folded_set(lexicon.WITH_THE_FACE)
_AFTER_A_NOUN = _folded_set(lexicon.AFTER_A_NOUN)
_CLITICS = _folded_set(lexicon.CLITICS)
_ADVERBS = _folded_set(lexicon.ADVERBS)
_UNTIL_REACH = 6
_CASE = "caso"  # Portuguese "caso" ("if"), also the noun "case"
_OF = _folded_set(lexicon.OF)
_MEANS = _folded_set(lexicon.MEANS)
_FROM_PICTURE = _MEANS | _folded_set(lexicon.FROM_PICTURE)
_PICTURE_PRONOUNS = _folded_set(lexicon.PICTURE_PRONOUNS)
_PICTURE_SUBJECTS = _PICTURE_PRONOUNS | _folded_set(lexicon.PICTURE_SUBJECTS)
_PICTURE_RELATIVES = frozenset({"que", "that", "which", "die", "dat", "che", "ktore", "ktora", "ktory"})
_PORTUGUESE_IN_THE = frozenset({"nos"})
_SUBJECT_MATTER = _folded_set(lexicon.SUBJECT_MATTER)
_SUBJECT_MATTER_ENDINGS = ("thema", "themen")  # (German compounds: "Unterrichtsthema")
_SUBJECT_MATTER_REACH = 6
_WAS = _folded_set(lexicon.WAS)
_FOR_A_TIME = _folded_set(lexicon.FOR_A_TIME)
_CAREER_BEFORE = 3
_TO = ["to"]  # ("subject to the rules")
_FALSE_FRIENDS = _folded_set(lexicon.FALSE_FRIENDS)
_NOT_AS_PREFIX = frozenset({"no", "non", "nao", "niet", "nicht", "not"})  # "persona no identificada"
_HERE_OR_THERE = frozenset({"ci", "la"})  # "celle-ci", "celle-là"
_REFLEXIVE_CLITICS = frozenset({"se", "si", "sich", "zich", "sie"})
_DEVICES = _folded_set(device for _verbs, _joins, devices in lexicon.LOOKING.values() for device in devices)
_OF_THE = _folded_set(lexicon.OF_THE)
_PRONOUN_REACH = 4  # "comparée automatiquement à celle": from the clause's last part
_PRONOUN_BEFORE = 3  # "celle-ci est rapprochée de la photo", "que esta se compare con la fotografía"
_LOOKER_REACH = 2  # "each student looks into a tablet"
_OFFER_REACH = 5  # "wie ihn uns ein Anbieter vorgeschlagen hatte"
_CAREER_REACH = 10  # "…, ostatnio jako przewodnik psa służbowego w KMP"
_SELF_PICTURE_REACH = 4  # "el estudiante se haga una foto"
_WHICH = "which"  # the one relative pronoun among the terminators
_USE_REACH = 4
_AGENT_PHRASE = 6  # the words of an agent's noun phrase before the force it belongs to
# The parts a reading of facial recognition starts from.
_READING_PARTS = FACE | ACT | MUGSHOT | PROBE | ONE_TO_N | AGAINST | BIOMETRIC | SAME | WATCHLIST
_TO = _folded_set(lexicon.TO)
_AGENT = _folded_set(lexicon.AGENT)
_DATIVE = frozenset({"a", "an", "aan", "do", "dla", "to"})
_BY_THE_FACE = frozenset({"an", "am", "anhand"})
_MODIFIERS = _folded_set(lexicon.MODIFIERS)
_NEAR_TO = _folded_set(lexicon.DETERMINERS) | _MODIFIERS
_INSTITUTION_NOUNS = _folded_set(lexicon.INSTITUTION_NOUNS)
_STARTS_PHRASE = _folded_set(lexicon.PREPOSITIONS)
_ABOUT_REACH = 6
_SUPPLY = frozenset().union(*_WORDS["SUPPLY"].values()) - _folded_set(lexicon.NOT_SUPPLY)
_PICTURED = frozenset().union(*_WORDS["PICTURED"].values())
_FINDING = tuple(fold(stem)[0] for stem in lexicon.FINDING)
_ACTED_ON = frozenset().union(*_WORDS["ACTED_ON"].values())
# What the police wrote, published or did, whose agent they are ("reports filed by the police",
# "a school visited by community constables"): not their use of the system.
_AUTHORED = _PUBLISHED | frozenset().union(*_WORDS["ISSUED"].values()) | _ACTED_ON
# Words that stand between a cue and the name it governs without being a cue of their own
# ("our customers are the local police forces", "przez funkcjonariuszy komend").
_FILLERS = _NEAR_TO | _AUXILIARIES | _INSTITUTION_NOUNS | _OF | _folded_set(lexicon.NUMERALS)
# Polish puts the subject after the verb as readily as before it: "system wykorzystują komendy
# policji". Third-person verbs of use (not "wykorzystujemy") right before the name make it the user.
_USE_VERB_FIRST = frozenset(word for word in _WORDS["USE_AFTER"]["pl"] if not word.endswith(("my", "sz", "m"))) | (
    # … and German puts it after the verb when a phrase opens the sentence: "An den Flughäfen
    # betreibt die Bundespolizei …" (third person singular only: "nutzen" is also the infinitive).
    frozenset(word for word in _WORDS["USE_AFTER"]["de"] if word.endswith("t") and not word.startswith("ge")))
_PURCHASED = _folded_set(lexicon.PURCHASED)
_LOOK_VERBS = frozenset().union(*(_folded_set(verbs) for verbs, _joins, _devices in lexicon.LOOKING.values()))
_FIRST_PERSON = _folded_set(lexicon.FIRST_PERSON)
_POSSESSIVES = _folded_set(lexicon.POSSESSIVES)
_WRITE = _folded_set(lexicon.WRITE)
_AMONG = _folded_set(lexicon.AMONG)
_ABOUT_PREPOSITIONS = _folded_set(lexicon.ABOUT_PREPOSITIONS)
_APPLICANT_LABELS = _folded_set(lexicon.APPLICANT_LABELS)
_APPLICATION_NOUNS = _folded_set(lexicon.APPLICATION_NOUNS)
_VENDORS = _folded_set(lexicon.VENDORS)
_APPROXIMATELY = _folded_set(lexicon.APPROXIMATELY)
_SINCE = _folded_set(lexicon.SINCE)
_PARTICIPATION = _folded_set(lexicon.PARTICIPATION)
_OPPOSITE = _folded_set(lexicon.OPPOSITE)
_OTHER_SIDE = frozenset((fold(a)[0], fold(b)[0]) for a, b in lexicon.OTHER_SIDE)
_OTHER_SIDE_FIRST = frozenset(first for first, _second in _OTHER_SIDE)
_OTHER_SIDE_REACH = 8  # "… zijn in dit verband de wederpartij": the name to its verb, the verb to the word
_INTENSIFIERS = _folded_set(lexicon.INTENSIFIERS)
_ABOUT_FACES = _folded_set(lexicon.ABOUT_FACES)
_ABOUT_FACES_REACH = 12  # "about how forces in England and Wales use live facial recognition"
_DENIED_USER_REACH = 11  # "the police are the other side in every case, not a user"
_ONESELF = "oneself"  # (a law-enforcement span's `decided`: denied of the writer, "je ne suis pas policière")
_ACROSS_A_COMMA = "across a comma"  # (… or by a negation before a comma: another clause's)
_NO_PART = "no part"  # (… or: denied any part, access or ties, "la police n'a aucun accès à l'outil")
_WHO_OPERATES = _folded_set(lexicon.WHO_OPERATES)
_WHO_ASKED = _folded_set(lexicon.WHO_ASKED)
# Portuguese "é" and Italian "è" ("is"), folded: also "and" in both, so read as "is" only where the
# rules say a verb of being fits.
_IS_FOLDED = "e"
_CUSTOMER_REACH = 4  # "l'utilizzatore finale della soluzione sarebbe": the customer to the verb
_SAID_USER_REACH = 5  # "che è il richiedente e l'unico utilizzatore"
_BEHALF = _folded_set(lexicon.BEHALF)
_RELATIVE_VERB_REACH = 6  # "die de politie op data.politie.nl publiceert": name to verb
_OBJECT_RELATIVES = _folded_set(lexicon.OBJECT_RELATIVES)
_HOW = _folded_set(lexicon.HOW)
_NUMBER_WORDS = _folded_set(lexicon.NUMERALS) | _folded_set(lexicon.NUMBERS)
_MOST = _folded_set(lexicon.MOST)
# Verbs in the first person plural, by their endings (Spanish and Portuguese, Italian, Polish):
# "damos", "sviluppiamo", "prowadzimy".
_POLISH_WE = ("imy", "emy", "amy")  # "Prowadzimy lokalny portal": Polish says "we" in the verb
_FIRST_PERSON_PLURAL_ENDINGS = ("amos", "emos", "iamo") + _POLISH_WE
_WE_REACH = 10
_WE_CHARACTERS = 120
_OPENING = 4  # the tokens of a frame and before it that still open a sentence ("at no stage" ends at its third)
# What makes checking "that …" about who someone is.
_SOMEONE = PERSON | ACT | SAME | IDENTITY | WATCHLIST | MUGSHOT | ID_DOCUMENT | GALLERY
_CHECKING = tuple(fold(stem)[0] for stem in lexicon.CHECKING)
_WHETHER = _folded_set(lexicon.WHETHER)
_RECOGNISING = tuple(fold(stem)[0] for stem in lexicon.RECOGNISING)
_GROUPING = tuple(fold(stem)[0] for stem in lexicon.GROUPING)
_GROUPING_WORD = re.compile(r"\b(?:" + "|".join(_GROUPING) + ")")
_AROUND = 48  # characters around a picture looked at for whose it is
_IN = _folded_set(lexicon.IN)
_DEPLOYED = _folded_set(lexicon.DEPLOYED)
_CUSTOMERS_REACH = 7
_COORDINATOR_LANGUAGES = lexicon.COORDINATOR_LANGUAGES
_WANT = _folded_set(lexicon.WANT)
_HEADING_ENDS = frozenset({",", ":", "("})
# Where a frame that opens a sentence stops: a colon or semicolon, or "but" (not a dash: "Em momento
# algum — nem no quiosque, nem depois — a fotografia é comparada …").
_FRAME_STOPS = frozenset({";", ":"}) | _folded_set(lexicon.BUT)
_PICTURED_REACH = 6
_EACH = _folded_set(lexicon.EACH)
_GIVEN = _folded_set(lexicon.GIVEN)
_PORTRAITS = _folded_set(lexicon.PORTRAITS)
_MASKS = _folded_set(lexicon.MASKS)
_FACT_REACH = 4  # "erkennt dafür nur, dass": the words up to "that"
_OFFERED = tuple(fold(stem)[0] for stem in lexicon.OFFERED)
_FEATURES = tuple(fold(stem)[0] for stem in lexicon.FEATURES)
_HEADS = tuple(fold(stem)[0] for stem in lexicon.HEADS)
_SCOPES = tuple(fold(stem)[0] for stem in lexicon.SCOPES)
_STAYS = _folded_set(lexicon.STAYS)
_JUDGED = _folded_set(lexicon.JUDGED)
_STAFF = _folded_set(lexicon.STAFF)
_STAFF_OF = _folded_set(lexicon.STAFF_OF)
_ATTITUDES = _folded_set(lexicon.ATTITUDES)
_BELONGING = frozenset({"at", "bei", "bij", "w", "na", "in", "im", "en", "nella", "nel"})
# … or of no one: "reconocer la cara de ninguno de los remeros"
_NOTHING = (_NEGATIVE_PRONOUNS - _folded_set({"ni", "nem", "né", "noch", "ani", "nor", "neither", "personne"})) | (
    _folded_set({"niczym", "niczego", "niemandem", "niemandes", "nikogo", "nikim", "żadnego", "żadnej"}))
_ELSE = _folded_set({"else", "other", "anders", "autre", "sonst", "altro", "innego", "innym", "otra", "otro", "outra",
                     "outro", "más", "mais", "plus"})
_NOTHING_REACH = 6  # "vergelijkt het gezicht met niets": the part to "with nothing"
_PERSONNE = frozenset({"personne"})
_GREETINGS = _folded_set({"hallo", "zusammen", "hello", "hi", "everyone", "bonjour", "hola", "buenos", "buenas", "días",
                          "olá", "ciao", "buongiorno", "salve", "witam", "goedemorgen", "goedemiddag", "hoi",
                          "dear", "liebe", "lieber", "dzień", "dobry", "exmos", "exmo", "exmas", "senhores", "caros",
                          "prezados", "estimados", "señores", "messieurs", "mesdames", "madame", "monsieur", "signori",
                          "gentili", "geachte", "szanowni", "państwo", "sirs", "madam"})
_NE = frozenset({"n", "ne"})
# Photos made for identity documents: "biometric" before them names a standard they meet.
_ID_PHOTOS = ("passbild", "passfoto", "pasfoto", "paspoortfoto", "passport", "fototessera")
# Meeting a standard is no match: "ob das Foto den Vorgaben entspricht", "corresponde a los requisitos".
_MEETS = ("entsprich", "entsprech", "correspond", "voldoe", "odpowiad", "rispond", "cumpl", "satisf", "meet")
_STANDARDS = _folded_set({"vorgaben", "anforderungen", "normen", "norm", "requirements", "standards", "standard",
                          "norms", "exigences", "normes", "requisitos", "normas", "requisiti", "norme", "eisen",
                          "wymogom", "wymaganiom", "normom", "specifications", "spezifikationen", "criteria", "kriterien",
                          "critères", "criterios", "critérios", "criteri", "kryteriom"})
_STANDARD_REACH = 4  # "ob das Foto den Vorgaben entspricht": the standard to the verb, either side
_HISTORY = frozenset({"history", "historia", "historii", "historie"})  # (folded)
_DATA_BEFORE_HISTORY = frozenset({"call", "transaction", "payment", "purchase", "browsing", "search", "order", "booking",
                                  "chat", "message", "location", "credit", "account", "login", "access", "transfer",
                                  "banking", "medical", "travel", "claims", "claim", "employment"})
_POLISH_GENITIVE_PLURALS = ("ow", "an", "en", "ych")  # (folded: "przelewów", "połączeń")
# People who check by looking, not a system: "een medewerker die het identiteitsbewijs controleert".
_HUMAN_CHECKERS = _folded_set({
    "staff", "employee", "employees", "cashier", "clerk", "guard", "guards", "steward", "stewards", "receptionist",
    "attendant", "medewerker", "medewerkers", "kassamedewerker", "mitarbeiter", "mitarbeiterin", "kassierer",
    "kassiererin", "empleado", "empleada", "cajero", "cajera", "employé", "employée", "caissier", "caissière",
    "funcionário", "funcionária", "atendente", "dipendente", "cassiere", "cassiera", "addetto", "addetta",
    "pracownik", "pracownica", "kasjer", "kasjerka", "ochroniarz", "portier"})
_CHECKER_REACH = 4  # "een medewerker die het identiteitsbewijs controleert": the person to the verb
# A denied cleft: "what", then a negation, then "is" ("c'est", "es", "ist", "é", "è", "is", "to").
_CLEFT_WHAT = frozenset({"what", "ce", "lo", "was", "o", "cio", "quello", "wat", "czego"})
_CLEFT_NEEDS_THAT = frozenset({"ce", "lo", "o", "cio", "quello"})
_CLEFT_THAT = frozenset({"que", "qu", "che"})
_CLEFT_IS = frozenset({"is", "c", "es", "ist", "e", "to"})
# "And" and "but", which open a clause: "… mais ce que …", "…, e nós não temos acesso".
_AND_OR_BUT = frozenset({"and", "but", "e", "mas", "y", "pero", "et", "mais", "und", "aber", "en", "maar", "i", "ale", "ma",
                         "ed"})
_CLEFT_REACH = 8  # "Ce que la borne ne fait pas": "what" to the negation (twice that to "c'est")
_ASKING = tuple(fold(stem)[0] for stem in ("asked", "asking", "wonder", "enquir", "inquir", "pregunt", "demand",
                                            "gefragt", "frage", "fragt", "pergunt", "chied", "chiest", "domand",
                                            "gevraagd", "vragen", "vraagt", "vroeg", "pyta", "zapyta"))
_WHETHER_REACH = 4  # "Pytano nas już kilkakrotnie, czy": the verb of asking to "whether"
_ANSWER_REACH = 8  # "A: Os papiloscopistas do Instituto de Identificação da Polícia Civil": the answer's start to the name
_AGAINST_REACH = 4  # "against the enrolled photo": "against" to the picture
_STAFF_MODIFIERS = 2  # "Crime analysts at the NYPD": the words before the staff at the start of a sentence
_UNIT_NAME = 6  # "…, da Diretoria Técnico-Científica da": a unit's name between an organisation and its force
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "es", "wir", "ich", "du", "ihr", "man", "hij", "zij", "ze", "het", "wij", "we",
                               "ik", "men", "jij", "u"})
_MAIN_VERB_FIRST = _folded_set(lexicon.MAIN_VERB_FIRST)
_CONDITION_REACH = 8  # "passen die beiden Gesichter nicht zusammen,": the negation to the comma
_POLISH_ADJECTIVE_ENDINGS = ("ne", "ny", "na", "ski", "ska", "skie", "cki", "cka", "ckie", "owy", "owa", "owe", "nego", "nej",
                             "skiego", "skiej", "ckiego", "ckiej", "owego", "owej")  # (… and in the genitive)
_ATTITUDE_REACH = 5  # "zaufanie mieszkańców małych miast do": the attitude to the name
# "At the" joined, before a place: "vingt ans au commissariat", "zehn Jahre beim LKA".
_AT_THE = _folded_set({"au", "aux", "al", "alla", "allo", "ao", "à", "beim", "am", "zum", "zur"})
_SUCH = _folded_set(lexicon.SUCH)
# (not "that", "dat": "het bestuur heeft dat afgewezen" turns it down; not "że": "zdecydowaliśmy, że nie idziemy …")
_WHO_REFUSES = _RELATIVES - _SUBORDINATORS
_FEATURE_DENIAL_REACH = 6  # "taka funkcja nie powstanie", "diese Funktion gibt es bei uns nicht"


def _phrases(phrases) -> re.Pattern:
    """Folded phrases (or beginnings of words) as one pattern; a word may stand between the words of
    a phrase ("decided firmly against it", "haben uns schließlich dagegen entschieden")."""
    return re.compile(r"\b(?:" + "|".join(r"\W+(?:\w+\W+)?".join(re.escape(word) for word in fold(phrase)[0].split())
                                          for phrase in phrases) + ")")


_DECLINED_WORD = _phrases(lexicon.DECLINED)
_CONSIDERED = _phrases(lexicon.CONSIDERED)
_REMOVED_WORD = _phrases(lexicon.REMOVED)
_ANTICIPATING = _folded_set(lexicon.ANTICIPATING)
_DECIDED_AGAINST_WORD = _phrases(lexicon.DECIDED_AGAINST)
_WHOSE = _folded_set(lexicon.WHOSE)
_WHO_DENIED = _folded_set(lexicon.WHO_DENIED)
_THERE_IS = _folded_set(lexicon.THERE_IS)
_THERE = _folded_set(lexicon.THERE)
_THERE_IS_REACH = 3  # "non c'è ospite che": the words from "there is" to "who"
_ANY = _folded_set(lexicon.ANY)
_ANY_REACH = 12  # "descartamos de forma expresa cualquier función que identifique": a ban's reach through "any"
_MEANS_REACH = 4  # "paguen con solo mostrar la cara"

_POLISH_SAME = _folded_set(lexicon.POLISH_SAME)
_POLISH_THIS = _folded_set(lexicon.POLISH_THIS)
_COMPARING_ACTS = tuple(fold(stem)[0] for stem in lexicon.COMPARING_ACTS)
_ADDRESS_MARKS = frozenset({".", "@"})
_PRIVATE = _folded_set(lexicon.PRIVATE)
_TAX = _folded_set(lexicon.TAX)
_INVESTIGATORS = tuple(fold(stem)[0] for stem in lexicon.INVESTIGATORS)
_APOSTROPHE_S = "s"  # the token after the apostrophe of "foto's", "traveler's"
_RECOGNISING_OR_COMPARING = _RECOGNISING + _COMPARING_ACTS
_PRONOUNS_BEFORE = _folded_set(lexicon.PRONOUNS_BEFORE)
_PRONOUNS_AFTER = _folded_set(lexicon.PRONOUNS_AFTER)
_ABLE = lexicon.ABLE
_NOUN_ENDINGS = lexicon.NOUN_ENDINGS
_PORTUGUESE_MORE = "mais"  # French "but", Portuguese "more": a clause break only outside Portuguese
_NE, _NE_PAIRED = _folded_set(lexicon.NE), _folded_set(lexicon.NE_PAIRED)
_WHOSE_REACH = 7  # "no one is let through that door whose …", "niemand betritt den S3-Bereich, dessen …"
_IF_REACH = 9  # "nessuno vi entra, tecnici esterni compresi, se …": the words between the negative subject and "if"
_IF = _folded_set(lexicon.IF)
# ("se" and "si" are as often reflexive: "não se pretende reconhecer ninguém")
_WHEN = (_IF - _IF_BEFORE_ARTICLE) | _folded_set({"when", "whenever", "quando", "cuando", "quand", "lorsque", "wanneer",
                                                  "gdy", "kiedy"})
_RECOGNISED_AS = _folded_set(lexicon.RECOGNISED_AS)
_ADVERBIAL_BUT = _folded_set(lexicon.ADVERBIAL_BUT)
_ACCOUNT = _folded_set(lexicon.ACCOUNT)
_ANSWER_NO = _folded_set(lexicon.ANSWER_NO)
_AFTER_IF = _folded_set(lexicon.AFTER_IF)
_INFINITIVE_ENDINGS = lexicon.INFINITIVE_ENDINGS
_ROMANCE_FOR = _folded_set(lexicon.ROMANCE_FOR)
_NOT_COUNTING = lexicon.NOT_COUNTING
_LABEL_REACH = 3  # "Purpose:", "Area di intervento:": the words of a form's label
# Negations written as a prefix with a hyphen ("niet-geïdentificeerde overledenen", "nicht-öffentlich",
# "não-identificados"): one word with what follows, not a cue (the hyphen becomes "_", one for one).
_NEGATION_PREFIXES = ("niet-", "nicht-", "non-", "nao-")
_NEGATION_PREFIX = re.compile(r"\b(" + "|".join(prefix[:-1] for prefix in _NEGATION_PREFIXES) + r")-(?=\w)")
_COUNTING_WORD = re.compile(r"\b(?:" + "|".join(fold(stem)[0] for stem in lexicon.COUNTING) + ")")
_LAID = _folded_set(lexicon.LAID)
_IDENTIFYING = lexicon.IDENTIFYING
_REFLEXIVES = _folded_set(lexicon.REFLEXIVES)
_REFLEXIVE_ENDINGS = lexicon.REFLEXIVE_ENDINGS
_BESIDE = _folded_set(lexicon.BESIDE)
_LAID_REACH = 12
_LAID_BEFORE = 8  # "de software zet het gezicht naast de foto", "legt daarom het gelaat van elke gast naast"
_GROUPING_REACH = 6
_GROUPED_BEFORE = 3
_PER = _folded_set(lexicon.PER)
_PERSONS = frozenset(fold(word)[0] for words in lexicon.PERSON.values() for word in words if " " not in word)
_SAME_WORDS = frozenset(fold(word)[0] for words in lexicon.SAME.values() for word in words)
_LIST_REACH = 12
_CLOSING_NEGATIONS = frozenset({"nicht", "niet"})
# German and Dutch auxiliaries followed by a negation in the middle of a clause whose verb comes last:
# "beelden worden nooit met andere foto's vergeleken", "Fotos werden nie mit … abgeglichen".
_VERB_LAST_AUXILIARIES = frozenset({"wird", "werden", "wurde", "wurden", "ist", "sind", "war", "waren", "hat",
                                    "haben", "kann", "konnen", "darf", "durfen", "soll", "sollen", "wordt",
                                    "worden", "werd", "zijn", "heeft", "hebben", "kan", "kunnen", "mag",
                                    "mogen", "zal", "zullen"})
_MIDDLE_NEGATIONS = frozenset({"nicht", "nie", "niemals", "keinesfalls", "keineswegs", "niet", "nooit",
                               "nimmer", "geenszins"})
_MIDDLE_REACH = 12
_EXISTS = _folded_set(lexicon.EXISTS)
_GENRES = _folded_set(lexicon.GENRES)
_DISJUNCTIONS = _folded_set(lexicon.DISJUNCTIONS)
_OR_IN_A_LIST = _DISJUNCTIONS | {"of"}  # (Dutch "of")
_UNTIL_WITH_THAT = frozenset({"hasta", "tant"})  # "until" only with "que": "hasta que no", "tant que … ne"
_OWNER_REACH = 8
_ADVERBS_NOT_ORGANISATIONS = lexicon.ADVERBS_NOT_ORGANISATIONS
_CUSTOMERS = _folded_set(lexicon.CUSTOMERS)
# (… and its use: "policja nie będzie korzystać z narzędzia"; not a want or a plan)
_TIES = _folded_set(lexicon.TIES) | _PARTICIPATION | _CUSTOMERS | (_USE_AFTER - _WANT)
_TIES_REACH = 6  # "We do not work with or for any police agency": the word of ties to the name
_WE = frozenset({"we", "wir", "nous", "nosotros", "nosotras", "noi", "wij", "my"})  # (not Portuguese "nos": "in the")
_TIES_AFTER_NEGATION = 3  # "non vi hanno accesso", "não opera nem consulta": the negation to the word of ties
_RANGE_TO = frozenset({"to"})
_RANGE_REACH = 8  # "from the Royal Irish Constabulary to the PSNI": "from" to "to"
# "…, but they have no access to this tool": who is denied ties after the name
_THEY = frozenset({"they", "ils", "elles", "sie", "ellos", "ellas", "eles", "elas", "loro", "essi", "zij", "ze", "oni",
                   "one"})
_SERVICE = _folded_set(lexicon.SERVICE)
_SEVERAL = _folded_set(lexicon.SEVERAL)
_THIS = _folded_set(lexicon.THIS)
_DETERMINERS = _folded_set(lexicon.DETERMINERS)
_PICTURE_SUBJECT_NOT_AFTER = _DETERMINERS | _IN  # (not "in this", "de esta")
_ABOUT = _folded_set(lexicon.ABOUT)
_LE_BEFORE_ORGANISATION = _folded_set(lexicon.LAW_ENFORCEMENT_ADJECTIVES) | {"police", "politie", "polizei"}
_COMPARING = _folded_set(lexicon.COMPARING)
_WITH = _folded_set(lexicon.WITH)
_COMPARISONS = tuple(tuple(fold(phrase)[0].replace("'", " ").split()) for phrase in lexicon.COMPARISONS)
_COMPARISON_FIRST = frozenset(phrase[0] for phrase in _COMPARISONS)


_FRAME_INSERTS = _folded_set(lexicon.FRAME_INSERTS)


# The frames as one pattern over the folded text, any punctuation between their words (and, with
# `gap`, one word: "het is echter niet zo dat", "it is, however, not true that").
def _alternatives(frames, gap: bool = False) -> str:
    between = r"\W+(?:(?:" + "|".join(sorted(_FRAME_INSERTS)) + r")\W+)?" if gap else r"\W+"
    return "|".join(between.join(re.escape(word) for word in fold(frame)[0].replace("'", " ").split())
                    for frame in frames)


_FLIP = re.compile(r"\b(?:" + _alternatives(lexicon.NEGATED_FRAMES) + r")\b")
_NEVER = re.compile(r"\b(?:" + _alternatives(lexicon.NEVER_FRAMES) + r")\b")
# Either kind, to look for both at once (most sentences have neither).
_FRAMES = re.compile(r"\b(?:" + _alternatives(lexicon.NEGATED_FRAMES + lexicon.NEVER_FRAMES) + r")\b")
# … and with a word inside, looked for only in the sentences that hold one of those words (the pattern
# is slower).
_FLIP_INSERTED = re.compile(r"\b(?:" + _alternatives(lexicon.NEGATED_FRAMES, gap=True) + r")\b")
_FRAMES_INSERTED = re.compile(r"\b(?:" + _alternatives(lexicon.NEGATED_FRAMES, gap=True) + "|"
                              + _alternatives(lexicon.NEVER_FRAMES) + r")\b")
# "Não há partilha de dados com as autoridades policiais", "at no point do the police …": denied
# law enforcement in the rest of the clause.
_EXISTENTIAL = re.compile(r"\b(?:" + _alternatives(lexicon.EXISTENTIAL_NEGATIONS + lexicon.NEVER_FRAMES) + r")\b")
# (The first words of those phrases: a sentence with none of them is not searched.)
_DENIAL_FIRST_WORDS = frozenset(fold(phrase)[0].replace("'", " ").split()[0]
                                for phrase in lexicon.EXISTENTIAL_NEGATIONS + lexicon.NEVER_FRAMES)
_DOMAIN_WORDS = ("police", "polizei", "policia", "politie", "policja", "polizia", "gendarmerie", "carabinieri",
                 "guardiacivil", "sheriff", "constabulary", "europol", "interpol", "mossos", "ertzaintza",
                 "marechaussee", "bundeskriminalamt", "landeskriminalamt", "staatsanwaltschaft", "douane",
                 "prokuratura", "fiscalia", "procura")
_DOMAIN_LABELS = frozenset({"fbi", "dea", "atf", "ice", "cbp", "psp", "gnr", "bka", "lka", "zoll", "usmarshals",
                            "nca", "garda", "fiod"})
_DOMAIN_PD = re.compile(r"[a-z]{2,4}pd\Z")


def detect(facts: dict) -> dict[str, list[dict]]:
    """Every span of every signal in the facts' free text and (for law enforcement) in the
    organisation's name and email domains, negated and topic-only ones included."""
    found: dict[str, list[dict]] = {name: [] for name in SIGNAL_NAMES}
    fr = facts.get("facial_recognition") or {}
    texts = (facts.get("title"), facts.get("description"), facts.get("data_sources"),
             facts.get("human_oversight"), fr.get("purpose"))
    _read([(field, text) for field, text in zip(TEXT_FIELDS, texts, strict=True) if text], found)
    organization = facts.get("organization") or {}
    found[LAW_ENFORCEMENT].extend(_organization_spans(organization))
    return found


def find_spans(text: str, field: str = "description") -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {name: [] for name in SIGNAL_NAMES}
    if text:
        _read([(field, text)], found)
    return found


def counts(span: dict) -> bool:
    """Whether a span makes its rule fire: not negated and not law enforcement as a topic."""
    return not span["negated"] and not span.get("topic", False)


class _Hit:
    __slots__ = ("start", "end", "bits", "token", "restricted")

    def __init__(self, start: int, end: int, bits: int, restricted: tuple):
        self.start, self.end, self.bits, self.token, self.restricted = start, end, bits, -1, restricted


class _Document:
    """The free-text fields folded and joined into one text (a line break between fields ends
    every sentence and word), so that each step runs once per application, not once per field;
    spans are mapped back to their field and to offsets in its original text."""

    __slots__ = ("fields", "originals", "indexes", "offsets", "folded", "spaced")

    def __init__(self, texts: list[tuple[str, str]]):
        self.fields, self.originals, self.indexes, self.offsets = [], [], [], []
        parts, position = [], 0
        for field, original in texts:
            folded, index = fold(original)
            self.fields.append(field)
            self.originals.append(original)
            self.indexes.append(index)
            self.offsets.append(position)
            parts.append(folded)
            position += len(folded) + 1
        self.folded = "\n".join(parts)
        if _DASH in self.folded:
            self.folded = self.folded.replace(_DASH, _DASH_AS_CLAUSE_BREAK)
        if "-" in self.folded and any(prefix in self.folded for prefix in _NEGATION_PREFIXES):
            self.folded = _NEGATION_PREFIX.sub(r"\1_", self.folded)
        self.spaced = languages.spaced(self.folded)

    def locate(self, start: int, end: int) -> tuple[int, int, int]:
        """(field number, start, end) in the original text of the field that holds the span."""
        i = bisect_right(self.offsets, start) - 1
        start, end = start - self.offsets[i], end - self.offsets[i]
        if self.indexes[i] is not None:
            start, end = unfold(self.originals[i], self.indexes[i], start, end)
        return i, start, end

    def original(self, start: int, end: int) -> str:
        i, start, end = self.locate(start, end)
        return self.originals[i][start:end]


def _read(texts: list[tuple[str, str]], found: dict) -> None:
    if not texts:
        return
    document = _Document(texts)
    folded = document.folded
    hits = _hits(folded, document.spaced, document.original)
    sentences = languages.sentences(folded, document.spaced, document.original)
    _report_languages(document, sentences, found)
    if not hits:
        return
    starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[_Hit]] = {}
    for hit in hits:
        i = bisect_right(starts, hit.start) - 1
        if i >= 0 and hit.end <= sentences[i].end:
            by_sentence.setdefault(i, []).append(hit)
    sentence_bits = {}
    for i, sentence_hits in by_sentence.items():
        bits = 0
        for hit in sentence_hits:
            bits |= hit.bits
        sentence_bits[i] = bits
    someone_else = False
    if any(bits & LE for bits in sentence_bits.values()):
        # Who applies is said at the start of a field; what the police wrote, next to them.
        firsts = {0} | {i for i in range(1, len(sentences))
                        if "\n" in folded[sentences[i - 1].end:sentences[i].start + 1]}
        # … or in the sentence after ("Ik heb … bij de politie gewerkt. Mijn bedrijf ontwikkelt …").
        firsts |= {i + 1 for i in firsts if i + 1 < len(sentences)}
        read = sorted(firsts | {i for i, bits in sentence_bits.items() if bits & LE})
        within = [(sentences[i].start, sentences[i].end) for i in read]
        for hit in _hits(folded, document.spaced, document.original, _CONTEXT_AUTOMATON, within):
            i = bisect_right(starts, hit.start) - 1
            if i >= 0 and hit.end <= sentences[i].end:
                by_sentence.setdefault(i, []).append(hit)
        someone_else = _names_someone_else(folded, sentences, by_sentence)
    # Sentences that name a face, and blur none.
    faces_in = {i for i, bits in sentence_bits.items() if bits & FACE and not bits & BLUR}
    undecided, denied = [], False  # law-enforcement spans no cue decided; whether the text denies law enforcement
    decided_spans, no_part = [], False  # … those a cue decided; whether it denies law enforcement any part or access
    faces_denied = set()  # sentences whose reading of facial recognition is denied: no face for the next one
    # Facial recognition read, with its sentence (denied if it is a question the text answers no); whether a
    # statement denies it.
    asked, answered = [], False
    for i, sentence_hits in by_sentence.items():
        bits = sentence_bits.get(i, 0)
        # "… hold their face to the terminal; the system compares the recording with the photos":
        # a comparison of pictures right after a sentence (of the same field) that names the face.
        same_field = "\n" not in folded[sentences[i - 1].end:sentences[i].start] if i else False
        face_before = i - 1 in faces_in and same_field and i - 1 not in faces_denied
        # "… verifiziert, dass die Person vor der Webcam die angemeldete Studentin ist. Dazu wird das
        # Webcam-Bild mit dem Foto auf der Legi verglichen": whose pictures, said the sentence before.
        # (… or whether someone is the person of an identity document's photo: "czy podróżny jest osobą ze
        # zdjęcia w okazanym paszporcie")
        someone_before = same_field and sentence_bits.get(i - 1, 0) & PERSON and sentence_bits[i - 1] & (
            ACT | ID_DOCUMENT)
        # … or pictured someone: "our teams photograph children found alone … We want to compare these
        # photographs with the photos attached to missing-child reports"
        if not someone_before and same_field and bits & ACT and bits & VISUAL and sentence_bits.get(i - 1, 0) & VISUAL:
            someone_before = _pictures_someone(folded, sentences[i - 1], by_sentence[i - 1])
        # "… 900 uur beeldmateriaal van stadioncamera's. … alle momenten waarop diezelfde persoon opduikt"
        visual_before = bool(same_field and sentence_bits.get(i - 1, 0) & VISUAL)
        sentence = sentences[i]
        if not _may_signal(bits) and not ((face_before or someone_before) and bits & ACT and bits & (
                VISUAL | PERSON)) and not (bits & VISUAL and _pictures_someone(
                folded, sentence, sentence_hits)) and not ((visual_before or face_before) and bits & (
                APPEAR | SAME) and bits & PERSON):
            continue  # "camera", "person" … with nothing to make a signal of them
        for signal, start, end, negated, topic, decided in _read_sentence(
                folded, sentence, sentence_hits, face_before, someone_else, bool(someone_before), visual_before):
            if signal == FACIAL_RECOGNITION and not negated and _declined(folded, sentences, i, start, end):
                negated = True
            if signal == LAW_ENFORCEMENT and topic and not negated and i and _asks_who_applies(
                    folded, sentences[i - 1]) and len(_TOKEN.findall(folded, sentence.start, start)) <= _ANSWER_REACH:
                # "Q: Applicant organisation? A: Australian Federal Police, Cybercrime Operations.", "Quem vai
                # usar a solução? Os papiloscopistas do Instituto de Identificação da Polícia Civil": the answer
                topic, decided = False, True
            if not negated and not topic and _answered_no(folded, sentences, i):
                # "La polizia partecipa al progetto? No, è soltanto oggetto di studio.", "Facial
                # recognition? None.": a question answered no denies what it asks about.
                negated = True
            if signal == FACIAL_RECOGNITION and negated:
                faces_denied.add(i)
                answered = answered or not _asks(folded, sentence)
            at = start  # (where it starts in the folded text, for a reported question)
            field, start, end = document.locate(start, end)
            original = document.originals[field]
            span = {"field": document.fields[field], "start": start, "end": end, "text": original[start:end],
                    "negated": negated}
            if topic:
                span["topic"] = True
            found[signal].append(span)
            if signal == FACIAL_RECOGNITION and not negated:
                asked.append((span, sentence, at))
            if signal == LAW_ENFORCEMENT:
                denied = denied or (negated and decided is not _ONESELF and decided is not _ACROSS_A_COMMA)
                no_part = no_part or decided is _NO_PART
                if not (negated or topic):
                    (undecided if not decided else decided_spans).append(span)
    if answered:
        # "Faut-il vérifier que les photos … en les comparant à un selfie ? … pas de comparaison de
        # visages": a question the text answers by denying facial recognition asks, it does not say.
        # (… and one reported: "Some couples have asked if it groups photos by guest. It does not: …")
        for span, sentence, at in asked:
            if _asks(folded, sentence) or _reports_a_question(folded, sentence, at):
                span["negated"] = True
    if denied:
        # "La Policía Local publica los datos … La Policía Local no participa en el proyecto": a text that
        # denies law enforcement any part reads its other mentions, where nothing said who uses the
        # system, as what it is about.
        for span in undecided:
            span["topic"] = True
    if no_part:
        # "… los partes de prensa de la Policía de Córdoba … para la sección Policiales … La policía no tiene
        # acceso a la herramienta": a text that denies the police any part or access to the system reads
        # every other mention of them as what it is about.
        for span in decided_spans:
            span["topic"] = True


def _hits(folded: str, spaced: str, original_of, automaton: ahocorasick.Automaton = _AUTOMATON,
          within: list[tuple[int, int]] | None = None) -> list[_Hit]:
    """The lexicon's forms in the folded text (or in the `within` spans of it); `spaced` is
    `folded.translate(languages.SPACING)` and `original_of(start, end)` the original text of a
    span (acronyms count in capitals)."""
    hits, excluded = [], []
    size = len(folded)
    spaced = " " + spaced.replace("\x00", " ") + " "
    found = (automaton.iter(spaced) if within is None else
             (match for start, end in within for match in automaton.iter(spaced, start, end + 2)))
    for last, (length, lead, trail, bits, restricted) in found:
        # Offsets in `spaced` are one more than in `folded`.
        start, end = last - length + lead, last - trail
        if bits & _UPPER and not original_of(start, end).isupper():
            continue
        if folded.find("\n", start, end) >= 0:
            continue  # a phrase across a line break, or across two fields
        if bits & EXCLUDE:
            # The whole word: "angesichts" hides the "gesichts" inside it.
            while start and folded[start - 1].isalnum():
                start -= 1
            while end < size and folded[end].isalnum():
                end += 1
            excluded.append((start, end))
        else:
            hits.append(_Hit(start, end, bits & ~_UPPER, restricted))
    if excluded:
        # (Blurring survives: "onherkenbaar maken" hides the "herken" in it, not the blurring it says.)
        hits = [hit for hit in hits if hit.bits & BLUR or not any(s <= hit.start and hit.end <= e for s, e in excluded)]
    return hits


def _may_signal(bits: int) -> bool:
    """Whether hits with these parts could make any signal (a quick test before tokenising)."""
    return bool(bits & (LE | ONE_TO_N)
                or (bits & REFERENCE and bits & APPEAR)
                or (bits & ACT and bits & (FACE | MUGSHOT | WATCHLIST | PERSON | BIOMETRIC | ID_DOCUMENT))
                or (bits & FACE and bits & (BIOMETRIC | AGAINST | SAME | ACCESS | REFERENCE | APPEAR | SIMILAR))
                or (bits & MUGSHOT and bits & SIMILAR)
                or (bits & SAME and bits & PERSON and bits & (VISUAL | ID_DOCUMENT))
                or (bits & IDENTITY and bits & VISUAL and bits & ACT)
                or (bits & PROBE and bits & GALLERY)
                or (bits & WATCHLIST and bits & VISUAL)
                or (bits & SIMILAR and bits & VISUAL and bits & PERSON)
                or (bits & APPEAR and bits & PERSON and bits & VISUAL)  # "every photo a given person appears in"
                or (bits & AGAINST and bits & (VISUAL | REFERENCE | MUGSHOT)))  # "checks them against the photo"


def _read_sentence(folded: str, sentence, hits: list[_Hit], face_before: bool = False, someone_else: bool = False,
                   someone_before: bool = False, visual_before: bool = False):
    begin = sentence.start
    matches = list(_TOKEN.finditer(folded, begin, sentence.end))  # (one pass for the words and where they start)
    tokens = [match.group() for match in matches]
    starts = [match.start() for match in matches]
    for hit in hits:
        # The token the hit is in: the tokens that start before it; a hit inside a compound
        # ("…erkennung" in "Gesichtserkennung") is in the last of them.
        before = bisect_left(starts, hit.start)
        inside = hit.start > begin and folded[hit.start - 1].isalnum()
        hit.token = max(0, min(len(tokens) - 1, before - 1 if inside else before))
    # "faces, which are compared with …": "which" goes on about the faces rather than ending their clause.
    # (after the hit's last word: "from their features which enrolled employee they are")
    continuing = {hit.token + 1 + folded.count(" ", hit.start, hit.end) for hit in hits if hit.bits & (FACE | VISUAL)}
    # "works out which employee is standing there from their enrolled photo": the "which" of an act of
    # working out who someone is asks its question, it does not end the clause.
    asking = {hit.token + folded.count(" ", hit.start, hit.end) for hit in hits
              if hit.bits & IDENTITY and hit.bits & ACT and " " in folded[hit.start:hit.end]}
    clauses = [0] * len(tokens) if _CLAUSE_BREAK_TOKENS.isdisjoint(tokens) else _clause_ids(
        tokens, continuing, _PORTUGUESE_MORE in tokens and languages.language_of(sentence) == "pt", asking)
    # Which supported language matters only for negation cues, forms that are other words in
    # other languages, and topic cues; most sentences with hits have none of them.
    negatable = not _NEGATION_WORDS.isdisjoint(tokens)
    needs_language = not _EVERY_NEGATION.isdisjoint(tokens) or any(
        hit.restricted or hit.bits & LE for hit in hits)
    language = languages.language_of(sentence) if needs_language else None
    negations = _NEGATIONS[language] if language else _ALL_NEGATIONS
    documents = [(hit.start, hit.end) for hit in hits if hit.bits & ID_DOCUMENT]
    if documents:
        for hit in hits:
            if hit.bits & ACT and not hit.bits & ID_DOCUMENT and any(
                    start <= hit.start and hit.end <= end for start, end in documents):
                hit.bits &= ~ACT  # "identidade" in "bilhete de identidade", "identity" in "identity card"
    if "personne" in tokens:
        for hit in hits:
            if hit.bits & PERSON and tokens[hit.token] in _PERSONNE and hit.token + 1 < len(tokens) and (
                    tokens[hit.token + 1] in _NE):
                hit.bits &= ~PERSON  # "vérifier que personne n'a les yeux fermés": nobody, no person
    by_clause: dict = {}
    looking = False  # whether a face is named by someone looking into a camera ("olha para o ecrã")
    # "vérifie le permis …, sans jamais comparer la photo au visage": what "without" after a comma
    # leaves out is read on its own, not with the verbs before it.
    groups_of = _without_groups(folded, begin, sentence.end, tokens, clauses) if (
        not _WITHOUT.isdisjoint(tokens) and "," in folded[begin:sentence.end]) else None
    for hit in hits:
        if hit.restricted:
            # (A fragment of no known language, "Boa tarde,", does not list the form either.)
            mask = _LANGUAGE_BITS[language] if language else 0
            for bit, languages_mask in hit.restricted:
                if not languages_mask & mask:
                    hit.bits &= ~bit
        token = tokens[hit.token]
        if hit.bits & FACE and token in ("face", "faces") and hit.token and (
                tokens[hit.token - 1] in _FACE_AS_VERB_BEFORE):
            hit.bits &= ~FACE  # "agencies face", "we face": the verb
        if hit.bits & LE and token in ("officer", "officers") and (
                (hit.token and tokens[hit.token - 1] in vocabulary.NON_POLICE_OFFICERS)
                or tokens[hit.token + 1:hit.token + 3] in (["and", "directors"], ["directors"])):
            hit.bits &= ~LE  # "compliance officers", "officers and directors"
        if hit.bits & LE and hit.token and tokens[hit.token - 1] in _PRIVATE and token.startswith(_INVESTIGATORS):
            hit.bits &= ~LE  # "a private detective", "ein Privatdetektiv": no force
        if hit.bits & LE and token in _TAX and hit.token and _after_a_noun(tokens, hit.token):
            hit.bits &= ~LE  # "escuelas fiscales", "año fiscal": the adjective (tax, state-funded), no prosecutor
        if hit.bits & ACT and ("erkenn" in token or "herken" in token) and hit.token + 1 < len(tokens) and (
                tokens[hit.token + 1] in ("ob", "of", "wann", "wanneer")):
            hit.bits &= ~ACT  # "erkennt, ob Gesichter im Bild sind", "Lebenderkennung, ob …": finding
        if hit.bits & ACT and token.startswith(_CHECKING) and hit.token + 1 < len(tokens) and (
                tokens[hit.token + 1] in _SUBORDINATORS or tokens[hit.token + 1] in _WHETHER) and not any(
                other.token > hit.token and other.bits & _SOMEONE for other in hits) and _PICTURED.isdisjoint(
                tokens[hit.token + 1:]):
            # "vérifier qu'il est centré, de face et bien éclairé": a property; not "vérifie que le
            # skieur est bien la personne associée au forfait"
            hit.bits &= ~ACT
        if hit.bits & ACT and token.startswith(_IDENTIFYING) and (token.endswith(_REFLEXIVE_ENDINGS) or (
                hit.token + 1 < len(tokens) and tokens[hit.token + 1] in _REFLEXIVES) or (
                hit.token and tokens[hit.token - 1] == "s")):
            hit.bits &= ~ACT  # "someone who will not identify themselves", "s'identifier", "identificarse": saying who one is
        if hit.bits & ACT and hit.token >= 2 and tokens[hit.token - 1] in _NOT_AS_PREFIX and token.startswith(_IDENTIFYING) and (
                tokens[hit.token - 2] in _PERSONS or tokens[hit.token - 2] in _PICTURED):
            hit.bits &= ~ACT  # "una persona no identificada": someone unknown, no act of identifying
        if hit.bits & ACT and token.startswith(_RECOGNISING) and token.endswith(_ABLE):
            hit.bits &= ~ACT  # "des voisins reconnaissables": recognisable, not recognised
        if hit.bits & ACT and token.startswith(_RECOGNISING) and not _SUBORDINATORS.isdisjoint(
                tokens[hit.token + 1:hit.token + _FACT_REACH]) and _recognises_a_fact(tokens, hit, hits):
            hit.bits &= ~ACT  # "die Kamera erkennt dafür nur, dass da ein Gesicht ist": a fact, not a person
        if hit.bits & BLUR and token in _MASKS and hit.token and tokens[hit.token - 1] in _DETERMINERS:
            hit.bits &= ~BLUR  # "une photo imprimée ou un masque": a mask worn, nothing blurred
        if hit.bits & AGAINST and hit.token and tokens[hit.token - 1] in _DECIDED:
            hit.bits &= ~AGAINST  # "decided against it": a choice, not a comparison
        if hit.bits & ACT and hit.token + 1 < len(tokens) and tokens[hit.token + 1] in _WHERE:
            hit.bits &= ~ACT  # "ermittelt, wo im Bild sich ein Gesicht befindet": locating, not identifying
        if hit.bits & SAME and token in _POLISH_SAME and not (hit.token and tokens[hit.token - 1] in _POLISH_THIS):
            hit.bits &= ~SAME
        if hit.bits & SAME and _someone_after(tokens[hit.token + 1:]):
            hit.bits |= PERSON  # "un même enfant", "ten sam człowiek": the same someone
        if hit.bits & ACT and token in _BESIDE and _LAID.isdisjoint(tokens[hit.token + 1:hit.token + _LAID_REACH]) and (
                _LAID.isdisjoint(tokens[max(0, hit.token - _LAID_BEFORE):hit.token])):
            hit.bits &= ~ACT  # "naast de foto … gelegd" compares; "naast de ingang" does not
        if hit.bits & VISUAL and _pictured(tokens, hit.token):
            hit.bits |= PERSON  # "une photo du visiteur", "photographs of children": a person's picture
        if hit.bits & ACT and token.startswith(_RECOGNISING) and _recognised_by_pronoun(tokens, hit.token):
            hit.bits |= PERSON  # "eine Kamera, die ihn wiedererkennt", "la caméra du portillon le reconnaît"
        if hit.bits & ACT and token.startswith(_RECOGNISING_OR_COMPARING) and _recognised_by_role(tokens, hit.token):
            # "zodra de camera hen herkent als de houder van dat abonnement", "compare each arriving guest
            # against the photos"
            hit.bits |= PERSON
        if hit.bits & BIOMETRIC and hit.token + 1 < len(tokens) and tokens[hit.token + 1].startswith(_ID_PHOTOS):
            hit.bits &= ~BIOMETRIC  # "biometrische Passbilder": photos made to a standard, no biometrics
        if hit.bits & TOPIC and token in _HISTORY and (
                (hit.token and tokens[hit.token - 1] in _DATA_BEFORE_HISTORY) or (
                    hit.token + 1 < len(tokens) and tokens[hit.token + 1].endswith(_POLISH_GENITIVE_PLURALS))):
            hit.bits &= ~TOPIC  # "call history", "historią przelewów": a record, not history written about
        if hit.bits & ACT and token.startswith(_MEETS) and not _STANDARDS.isdisjoint(
                tokens[max(0, hit.token - _STANDARD_REACH):hit.token + _STANDARD_REACH]):
            hit.bits &= ~ACT  # "ob das Foto den Vorgaben entspricht": a property, no match with anyone
        if hit.bits & PERSON and token in ("individual",) and hit.token + 1 < len(tokens) and (
                tokens[hit.token + 1].isalpha() and tokens[hit.token + 1] not in _AFTER_A_NOUN):
            hit.bits &= ~PERSON  # "individual leopards": the adjective
        by_clause.setdefault(groups_of[hit.token] if groups_of else clauses[hit.token], []).append(hit)
        if hit.bits & FACE and not looking:
            looking = _looking(folded, hit)
    if looking and not any(hit.bits & (PERSON | SAME) or (hit.bits & ACT and hit.bits & IDENTITY) or (
            hit.bits & ACT and tokens[hit.token].startswith(_RECOGNISING_OR_COMPARING)
            and _recognised_by_pronoun(tokens, hit.token)) for hit in hits):
        # (someone recognised, the same person, or "lo confronta con la foto": a pronoun compared)
        # (… or someone named by their role who looks, and pictures compared: "each student looks into a
        # tablet, and the picture is checked against the photo on their student record")
        compared = any(hit.bits & ACT for hit in hits) and len(
            {hit.token for hit in hits if hit.bits & (VISUAL | REFERENCE | MUGSHOT)}) >= 2
        for hit in hits:
            if hit.bits & FACE and _looking(folded, hit) and not (compared and not _PICTURED.isdisjoint(
                    tokens[max(0, hit.token - _LOOKER_REACH):hit.token])):
                hit.bits &= ~FACE  # "the operator looks at the screen and recognises the fault": no one recognised
    hits_bits = 0
    for hit in hits:
        hits_bits |= hit.bits
    topic_sentence = bool(hits_bits & TOPIC)
    topic_before = _TOPIC_BEFORE.get(language, _ALL_TOPIC_BEFORE)
    cache: dict[int, bool] = {}
    found: dict[str, object] = {}  # the frame and the commas, looked for once, when needed

    def negated_at(hit: _Hit) -> bool:
        if not negatable:
            return False
        if hit.token not in cache:
            if "flipped" not in found:
                inserted = not _FRAME_INSERTS.isdisjoint(tokens)
                framed = (_FRAMES_INSERTED if inserted else _FRAMES).search(folded, begin, sentence.end) is not None
                found["flipped"] = _flip_at(folded, begin, sentence.end, starts, _FLIP_INSERTED if inserted else _FLIP) if (
                    framed) else None
                found["never"] = _flip_at(folded, begin, sentence.end, starts, _NEVER) if framed else None
            framed = framed_at(hit.token)
            negation = _negated(tokens, clauses, hit.token, negations, commas(), found["flipped"] if framed else -1)
            never = found["never"]
            # (A frame that opens the sentence reaches to its end or a colon: "At no stage, whether at
            # login or when flagged recordings are reviewed, is the candidate's face compared …".)
            if never is not None and hit.token > never and (clauses[hit.token] == clauses[never] or (
                    _opens(tokens, never) and _FRAME_STOPS.isdisjoint(tokens[never:hit.token]))):
                negation = True
            if "cleft" not in found:
                found["cleft"] = _cleft(tokens, negations)
            if not negation and found["cleft"] is not None and hit.token >= found["cleft"]:
                negation = True  # "Ce que la borne ne fait pas, …, c'est comparer son visage à une photo"
            cache[hit.token] = negation
        return cache[hit.token]

    def framed_at(token: int) -> bool:
        # "It is not true that we do not compare faces": the frame turns over the reading that
        # follows it up to a colon or the end of its sentence ("… that the centre admits anyone
        # without comparing their face"); its own "not" is no cue. (Asked after negated_at.)
        flipped = found.get("flipped")
        return flipped is not None and token > flipped and _CLAUSE_PUNCTUATION.isdisjoint(tokens[flipped:token])

    def reading_negated(reading) -> bool:
        # The reading as a whole, then the frame: "het is niet zo dat er geen vergelijking plaatsvindt
        # tussen de persoon … en de pasfoto" (the photo, which no cue denies, is inside the frame too).
        if "when" not in found:
            found["when"] = not _WHEN.isdisjoint(tokens)
        if found["when"]:
            # (A part in a clause of "when" or "if" after the act only says when: "compara a imagem com a foto …,
            # sinalizando ao fiscal quando … quem está ali não é a pessoa inscrita".)
            firsts = [min(kind, key=_token_of) for kind in reading]
            tokens_at = [hit.token for hit in firsts]
            when = next((k for k in range(min(tokens_at) + 1, max(tokens_at)) if tokens[k] in _WHEN), None)
            negation = any(negated_at(first) for first in firsts if when is None or first.token < when)
        else:
            negation = any(negated_at(min(kind, key=_token_of)) for kind in reading)
        if found.get("flipped") is not None and framed_at(min(min(kind, key=_token_of).token for kind in reading)):
            negation = not negation
        return negation

    def commas() -> frozenset:  # (the tokens a comma comes before, found once a sentence, when needed)
        if "commas" not in found:
            found["commas"] = (_commas(folded, begin, sentence.end) if "," in folded[begin:sentence.end]
                               else frozenset())
        return found["commas"]

    def counting() -> bool:  # (asked at most once a sentence)
        if "counting" not in found:
            found["counting"] = _counting(tokens)
        return found["counting"]

    face_anywhere = [hit for hit in hits if hit.bits & FACE]
    # A reference is a reference photo, a photo of someone ("één foto van een doelwit") or a selfie.
    references = [hit for hit in hits if hit.bits & REFERENCE or (
        hit.bits & VISUAL and hit.bits & (PERSON | FACE) and not hit.bits & BLUR)] if any(
        hit.bits & APPEAR for hit in hits) else []
    pictured = None  # whether the sentence names someone by their role ("cada convidado")
    # Someone's picture in the sentence ("photographie le donneur", "a portrait") or "the same person":
    # pictures compared in it are of people.
    def someone_pictured() -> bool:  # (asked only of clauses no other reading took)
        return bool(hits_bits & SAME and hits_bits & PERSON) or any(
            hit.bits & VISUAL and (hit.bits & PERSON or tokens[hit.token] in _PORTRAITS) for hit in hits)
    for clause_hits in by_clause.values():
        groups = _facial_recognition(clause_hits, tokens, counting=counting)
        if not groups and references and any(hit.bits & APPEAR for hit in clause_hits):
            # "supply one reference photo, and get back every clip in which that person's face appears",
            # "cada convidado tira uma selfie … e recebe só as fotografias em que aparece"
            where = {(hit.start, hit.end) for hit in references}
            who = [hit for hit in clause_hits if hit.bits & (FACE | PERSON) and (hit.start, hit.end) not in where]
            if not who:
                if pictured is None:
                    pictured = not _PICTURED.isdisjoint(tokens)
                who = references if pictured else []
            if who:
                groups = [(references, who, [hit for hit in clause_hits if hit.bits & APPEAR])]
        if not groups and any(hit.bits & APPEAR for hit in clause_hits) and not any(hit.bits & BLUR for hit in hits):
            # "na podstawie wskazanego zdjęcia … momenty, w których dana osoba pojawia się": a picture,
            # and a given person appearing
            given = [hit for hit in clause_hits if hit.bits & PERSON and hit.token and tokens[hit.token - 1] in _GIVEN]
            pictures = [hit for hit in hits if hit.bits & VISUAL]
            if given and (pictures or visual_before):  # (the pictures named in the sentence before)
                groups = [(pictures or given, given, [hit for hit in clause_hits if hit.bits & APPEAR])]
        if not groups and not any(hit.bits & BLUR for hit in hits) and any(hit.bits & VISUAL for hit in clause_hits):
            if "grouping" not in found:
                found["grouping"] = _GROUPING_WORD.search(folded, begin, sentence.end) is not None
            if found["grouping"]:
                groups = _grouped_by_person(clause_hits, tokens)
        if not groups and not any(hit.bits & BLUR for hit in hits):
            acts = [hit for hit in clause_hits if hit.bits & ACT]
            persons = [hit for hit in clause_hits if hit.bits & (PERSON | WATCHLIST | MUGSHOT)]
            appears = [hit for hit in clause_hits if hit.bits & APPEAR]
            if face_before and acts and (persons or not _PICTURED.isdisjoint(
                    tokens[min(hit.token for hit in acts):])) and not counting() and not all(
                    _HUMAN_CHECKERS.intersection(tokens[max(0, hit.token - _CHECKER_REACH):hit.token]) for hit in acts):
                # (not when a person does the checking: "dan komt er een medewerker die het identiteitsbewijs
                # controleert")
                # "… a camera records the holder's face; later the system checks that the skier is the
                # person the pass belongs to" (or "il titolare")
                groups = [(acts, persons or acts)]
            elif face_anywhere and appears and persons and not counting():
                # "the photos in which the face of a given suspect appears"
                groups = [(face_anywhere, appears, persons)]
            elif face_anywhere and any(hit.bits & (PERSON | IDENTITY) and tokens[hit.token].startswith(_RECOGNISING)
                                       for hit in acts):
                # "a tablet that recognizes returning patients as they walk up - it looks at their face", "der
                # Bauarbeiter schaut kurz in die Kamera, das System erkennt, wer er ist"
                groups = [(face_anywhere, [hit for hit in acts if hit.bits & (PERSON | IDENTITY)])]
            elif face_anywhere and not counting() and any(
                    tokens[hit.token].startswith(_RECOGNISING) and any(
                        tokens[k] in _PICTURED for k in range(len(tokens)) if clauses[k] == clauses[hit.token])
                    for hit in acts):
                # "… ihr Gesicht nutzen: die Tür öffnet sich, sobald die Kamera sie als registrierten Gast
                # wiedererkennt": the face, and someone recognised as who they are
                groups = [(face_anywhere, [hit for hit in acts if tokens[hit.token].startswith(_RECOGNISING)])]
        if not groups and not any(hit.bits & BLUR for hit in hits):
            groups = _identity_by_pictures(clause_hits, tokens)
        if not groups and hits_bits & AGAINST and not hits_bits & (BLUR | PLATE) and not counting():
            groups = _someone_against_a_picture(clause_hits, tokens, hits)
        if not groups and hits_bits & SAME and (hits_bits & (VISUAL | ID_DOCUMENT | FACE) or visual_before or (
                face_before)) and not hits_bits & (BLUR | PLATE) and not counting():
            # "a small camera takes a picture and the turnstile only releases if it is the same person as
            # the one on the membership record", "… Standbild. … dieselbe Person im übrigen Material
            # wiederzufinden": the same someone, in pictures of the sentence or of the one before
            same = [hit for hit in clause_hits if hit.bits & SAME]
            someone = [hit for hit in clause_hits if hit.bits & PERSON and any(
                0 <= hit.token - other.token <= 2 for other in same)]
            if someone:
                groups = [(same, someone)]
        if not groups and (face_anywhere or face_before or someone_before or someone_pictured()) and not any(
                hit.bits & BLUR for hit in hits) and not counting():
            # "… hold their face to the terminal; the system compares the image with the reference
            # photos": the face is named in the sentence, the comparison of pictures in a clause.
            groups = _pictures_compared(clause_hits, face_anywhere, tokens)
        if not groups and hits_bits & SIMILAR and hits_bits & VISUAL and hits_bits & PERSON and not hits_bits & (
                BLUR | PLATE) and not counting():
            # "le saca una foto al conductor … y la app le avisa si se parece a alguien con pedido de captura",
            # "tirar foto ao indivíduo … as fichas cujas fotos mais se parecem com ele": a picture of someone,
            # and whom it resembles
            # ("… of die persoon lijkt op een van de geseinde personen": articles and "one of" do not count)
            resembling = [hit for hit in clause_hits if hit.bits & SIMILAR and (any(
                0 < other.token - hit.token and sum(word not in _FILLERS and word not in _DETERMINERS for word in tokens[
                    hit.token + 1:other.token]) < _RESEMBLED_REACH for other in hits if other.bits & PERSON) or not (
                _RESEMBLED.isdisjoint(tokens[hit.token + 1:hit.token + 1 + _RESEMBLED_REACH])))]
            if resembling:
                groups = [(resembling, [hit for hit in hits if hit.bits & VISUAL])]
        if groups:
            # A reading is negated where the first of any of its kinds of part is ("we never identify
            # people or compare faces"); the text affirms facial recognition when one reading is
            # not ("faces are compared with the photo and, if they do not match, …"). The evidence
            # is the first reading that holds, or the first one.
            negated, group = True, groups[0]
            # … and, when every reading is denied, the weaker ones ("zonder identiteitsbewijs …, dan
            # wordt een foto van die persoon vergeleken met signalementsfoto's").
            # … and, after a sentence that named the face, someone checked in this clause ("filme son visage ;
            # notre système vérifie qu'il s'agit bien de la même personne … et qu'on n'a pas affaire à une photo").
            after_a_face = [([hit for hit in clause_hits if hit.bits & ACT], [hit for hit in clause_hits if hit.bits & PERSON])]
            if not (face_before and all(after_a_face[0]) and not any(hit.bits & BLUR for hit in hits)) or counting():
                after_a_face = []
            for reading in chain(groups, _lazily(_facial_recognition, clause_hits, tokens, weak=True, counting=counting),
                                 after_a_face):
                if not reading_negated(reading):
                    negated, group = False, reading
                    break
            involved = [hit for kind in group for hit in kind]
            about = not _ABOUT_FACES.isdisjoint(tokens) and _about_faces(
                tokens, clauses, min(min(kind, key=_token_of).token for kind in group))
            yield (FACIAL_RECOGNITION, min(h.start for h in involved), max(h.end for h in involved), negated,
                   about, True)
        previous = None
        records = [hit.token for hit in hits if hit.bits & RECORD]
        for hit in _longest(h for h in clause_hits if h.bits & LE):
            after = hit.token + len(_TOKEN.findall(folded, hit.start, hit.end))
            while after < len(tokens) and tokens[after] in _INTENSIFIERS and clauses[after] == clauses[hit.token]:
                after += 1  # "Les gendarmes eux-mêmes n'utiliseront pas l'outil"
            coordinated = previous is not None and _coordinated(tokens, previous[4] - 1, hit.token, language)
            if negatable and "denied" not in found:
                denied = None if _DENIAL_FIRST_WORDS.isdisjoint(tokens) else _EXISTENTIAL.search(
                    folded, begin, sentence.end)
                found["denied"] = None if denied is None else bisect_left(starts, denied.end()) - 1
            denial = found.get("denied")
            negated = negatable and (
                _negated(tokens, clauses, hit.token, negations, commas(), after=after, subject=True)
                or (denial is not None and denial < hit.token and clauses[denial] == clauses[hit.token])
                or _denied_as_user(tokens, clauses, hit.token, after, negations)
                or _denied_participation(tokens, clauses, hit.token, after, negations)
            ) or (coordinated and previous[1])
            if coordinated and previous[3]:
                topic, decided = previous[2], True
            elif previous is not None and previous[3] and _belongs_to(tokens, previous[4], hit.token):
                # "mon enquêtrice est sergente-détective au SPVM": the force of a rank the text decided
                topic, decided = previous[2], True
            elif previous is not None and previous[3] is True and previous[2] and _career_goes_on(
                    tokens, previous[4], hit.token):
                # "Przez 25 lat służyłem w policji, ostatnio jako przewodnik psa służbowego w KMP": the same career
                topic, decided = True, True
            else:
                topic, decided = _topic(tokens, clauses, hit.token, after, topic_sentence or someone_else,
                                        topic_before, records, negations, someone_else, commas())
            if _in_address(folded, hit):
                topic, decided = True, True  # "the crime data on data.police.uk": a website's name
            if negated and not _I.isdisjoint(tokens[max(0, hit.token - _PRE_NEGATION_REACH):hit.token]):
                # "je ne suis pas policière moi-même": the writer says what they are not, not that the
                # police have no part
                topic, decided = True, _ONESELF
            if negated and decided is not _ONESELF and not coordinated and _denied_across_a_comma(
                    tokens, hit.token, negations, commas()):
                # "nas abordagens em que a pessoa não apresenta documento, o policial possa fotografar …": the
                # negation is another clause's; the text does not deny the police a part
                decided = _ACROSS_A_COMMA
            if negated and decided not in (_ONESELF, _ACROSS_A_COMMA) and _denied_ties(
                    tokens, clauses, hit.token, after, commas()):
                decided = _NO_PART  # "La policía no tiene acceso a la herramienta", "n'a aucun lien avec la police"
            elif not negated and not _THEY.isdisjoint(tokens) and _they_are_denied_ties(tokens, after, negations):
                # "The police marine unit also patrols the harbour …, but they have no access to this tool"
                decided = _NO_PART
            elif not negated and _opens_clause(tokens, clauses, hit.token) and _denied_ties_later(
                    tokens, after, negations, commas()):
                # "la Guardia di Finanza …, che hanno gli uffici accanto al varco, non vi hanno accesso", "A
                # Polícia Militar segue fazendo a revista nos portões, mas não opera nem consulta o sistema"
                decided = _NO_PART
            previous = (hit, negated, topic, decided, after)
            yield LAW_ENFORCEMENT, hit.start, hit.end, negated, topic, decided


def _denied_across_a_comma(tokens: list[str], position: int, negations: frozenset, commas: frozenset) -> bool:
    """Whether the nearest negation before a name stands before a comma that comes before the name."""
    for k in range(position - 1, max(-1, position - _PRE_NEGATION_REACH - 1), -1):
        if tokens[k] in negations:
            return any(c in commas for c in range(k + 1, position + 1))
    return False


def _denied_ties_later(tokens: list[str], after: int, negations: frozenset, commas: frozenset) -> bool:
    """Whether, later in the sentence of a name that opens its clause, a negation denies access, ties or
    use, with no other name or "we" between: "…, che hanno gli uffici accanto al varco, non vi hanno
    accesso", "…, mas não opera nem consulta o sistema"."""
    for k in range(after, len(tokens) - 1):
        if tokens[k] in _WE or tokens[k] in _I or (
                tokens[k] in _AND_OR_BUT and k in commas and k + 1 < len(tokens) and tokens[k + 1] not in negations):
            return False  # ("…, but we do not share data with them", "… e nós não temos acesso": another subject)
        if tokens[k] in negations and not _TIES.isdisjoint(tokens[k + 1:k + 1 + _TIES_AFTER_NEGATION]):
            return True
    return False


def _they_are_denied_ties(tokens: list[str], after: int, negations: frozenset) -> bool:
    """Whether, later in the sentence of a name, "they" are denied access or ties: "…, but they have
    no access to this tool", "…, mais ils n'ont aucun lien avec nous"."""
    for k in range(after, len(tokens) - 1):
        if tokens[k] in _THEY and any(word in negations for word in tokens[k + 1:k + 3]) and not (
                _TIES.isdisjoint(tokens[k + 2:k + 2 + _TIES_REACH])):
            return True
    return False


def _denied_ties(tokens: list[str], clauses: list[int], position: int, after: int, commas: frozenset) -> bool:
    """Whether a denied name is denied access, ties or a part, a few words either side of it, with no
    comma between: "the police have no access to the tool", "n'a aucun lien avec la police"."""
    for k in range(max(0, position - _TIES_REACH), min(len(tokens), after + _TIES_REACH)):
        if tokens[k] in _TIES and clauses[k] == clauses[position] and not any(
                c in commas for c in range(min(k, position) + 1, max(k, after - 1) + 1)):
            return True
    return False


def _declined(folded: str, sentences, i: int, start: int, end: int) -> bool:
    """Whether facial recognition read from `start` to `end` in sentence `i` was offered and turned
    down, later in that sentence or in the next one of the same field: "One vendor offered to have
    the kiosk recognize each student …; the board said no", "Un prestataire nous a proposé un module
    qui identifierait les visiteurs … : nous l'avons refusé"; decided against with no offer named
    ("… and decided against it"); or named back as a feature and denied ("Diese Funktion gibt es
    bei uns nicht")."""
    sentence = sentences[i]
    until = sentence.end
    if i + 1 < len(sentences) and "\n" not in folded[sentence.end:sentences[i + 1].start]:
        until = sentences[i + 1].end
    # (… or after a semicolon: "… confrontar uma selfie ao vivo com as fotos do perfil; decidimos não seguir …")
    decided_until = until if folded[sentence.end:sentence.end + 1] == ";" else sentence.end
    if _DECIDED_AGAINST_WORD.search(folded, end, decided_until) is not None:
        return True  # "… to have members take a live selfie and have it checked …, and decided against it"
    offered = any(token.startswith(_OFFERED) for token in _TOKEN.findall(folded, sentence.start, start)) or (
        _CONSIDERED.search(folded, sentence.start, start) is not None)
    # (an offer or a plan may also be told after what it offered, in its sentence: "… by matching their
    # faces was looked at, but the board dropped it", "… that would recognise each pupil was considered, but …")
    considered = None if offered else _CONSIDERED.search(folded, end, sentence.end)
    if not offered and considered is None and _DECLINED_WORD.search(folded, end, sentence.end) is not None:
        # (… or in a clause of its own: "Einen Gesichtsabgleich, wie ihn uns ein Anbieter vorgeschlagen
        # hatte, haben wir abgelehnt")
        words = list(_TOKEN.finditer(folded, end, sentence.end))
        considered = next((word for k, word in enumerate(words) if word.group().startswith(_OFFERED) and any(
            earlier.group() in _RELATIVES or earlier.group() in _AS for earlier in words[max(0, k - _OFFER_REACH):k])),
            None)
        if considered is not None:
            until = sentence.end
    if not offered and considered is None:
        declines = ()
    else:
        declines = _DECLINED_WORD.finditer(folded, end if offered else considered.end(), until)
    for declined in declines:
        before = _TOKEN.findall(folded, max(end, declined.start() - _AROUND), declined.start())
        # (not "ceux qui refusent garderaient un code PIN": who refuses, not what; not "leaving
        # volunteers to accept or reject each suggestion": a choice left to someone)
        if _WHO_REFUSES.isdisjoint(before[-1:]) and _DISJUNCTIONS.isdisjoint(before[-1:]):
            return True
    # "Diese Funktion gibt es bei uns nicht", "essa opção foi desligada": the feature named back and denied
    after = _TOKEN.findall(folded, end, until)
    for k, token in enumerate(after[:-1]):
        if not (token in _THIS or token in _SUCH):
            continue
        if after[k + 1] in _DETERMINERS and k + 2 < len(after):
            k += 1  # "such a feature", "einen solchen Abgleich"
        if after[k + 1].startswith(_FEATURES):
            denial = after[k + 2:k + 2 + _FEATURE_DENIAL_REACH]
            said = " ".join(denial)
            return not _EVERY_NEGATION.isdisjoint(denial) or _DECLINED_WORD.search(said) is not None or (
                _REMOVED_WORD.search(said) is not None)
    return False


def _looking(folded: str, hit: _Hit) -> bool:
    """Whether a face is named by someone looking into a camera or at a tablet ("olha para o ecrã"): a
    face only when someone is recognised or checked in the same sentence."""
    space = folded.find(" ", hit.start, hit.end)
    return space > 0 and folded[hit.start:space] in _LOOK_VERBS


def _asks(folded: str, sentence) -> bool:
    """Whether a sentence is a question: it ends with a question mark (the sentence's end is before
    its punctuation)."""
    return folded[sentence.start:sentence.end + 2].rstrip().endswith("?")


def _reports_a_question(folded: str, sentence, start: int) -> bool:
    """Whether what starts at `start` is inside a reported question: "Some couples have asked if it
    groups photos by guest", "On nous a demandé si …", "Pytano nas, czy …" (a verb of asking, then "if"
    or "whether", before it)."""
    words = [(match.group(), match.start()) for match in _TOKEN.finditer(folded, sentence.start, start)]
    return any(word.startswith(_ASKING) and any(
        later in _WHETHER for later, _at in words[k + 1:k + 1 + _WHETHER_REACH]) for k, (word, _at) in enumerate(words))


def _asks_who_applies(folded: str, sentence) -> bool:
    """Whether a sentence is a form's question about who applies or uses the system: "Q: Applicant
    organisation?", "Quem vai usar a solução?", "Chi è il cliente finale?"."""
    if not _asks(folded, sentence):
        return False
    words = _TOKEN.findall(folded, sentence.start, sentence.end)
    return not (_APPLICANT_LABELS.isdisjoint(words) and _CUSTOMERS.isdisjoint(words)) or (
        not _WHO_ASKED.isdisjoint(words) and not _USE_AFTER.isdisjoint(words))


def _answered_no(folded: str, sentences, i: int) -> bool:
    """Whether sentence `i` is a question the next sentence answers with a bare "no" ("No, …", "Não;")."""
    if i + 1 >= len(sentences) or not _asks(folded, sentences[i]):
        return False
    answer = sentences[i + 1]
    first = _TOKEN.search(folded, answer.start)
    if first is None or first.group() not in _ANSWER_NO:
        return False
    rest = folded[first.end():first.end() + 2].lstrip(" ")
    return not rest or not rest[0].isalnum()  # "No, …", "Não;", "Nie." (not "No police …")


def _after_a_noun(tokens: list[str], position: int) -> bool:
    """Whether the word at `position` follows a noun rather than an article, a preposition, a
    coordinator or a number: "escuelas fiscales", not "los fiscales", "a fiscales", "y fiscales"."""
    before = tokens[position - 1]
    return before.isalpha() and not (before in _DETERMINERS or before in _STARTS_PHRASE or before in _OF
                                     or before in _COORDINATORS or before in _NUMBER_WORDS or before in _POSSESSIVES
                                     or before in _FIRST_PERSON or before in _TO or before in _AGENT or before in _WITH
                                     or before in _SEVERAL or before in _MODIFIERS or before in _USE_AFTER
                                     or before in _SUPPLY or before in _VERBS_OF_BEING or before in _AS)


def _in_address(folded: str, hit: _Hit) -> bool:
    """Whether a mention is part of a web or e-mail address ("data.police.uk", "tips@police.example"):
    a point or an at sign joins it to the next or the last word, with no space."""
    if folded[hit.end:hit.end + 1] not in _ADDRESS_MARKS and folded[hit.start - 1:hit.start] not in _ADDRESS_MARKS:
        return False
    before = folded[hit.start - 2:hit.start] if hit.start >= 2 else ""
    after = folded[hit.end:hit.end + 2]
    return (len(before) == 2 and before[1] in ".@" and before[0].isalnum()) or (
        len(after) == 2 and after[0] in ".@" and after[1].isalnum())


def _lazily(function, *args, **kwargs):
    yield from function(*args, **kwargs)


def _token_of(hit: _Hit) -> int:
    return hit.token


def _without_groups(folded: str, begin: int, end: int, tokens: list[str], clauses: list[int]) -> list:
    """Each token's clause, with a comma before "without" starting a new part of it."""
    commas = _commas(folded, begin, end)
    groups, split = [], 0
    for i, token in enumerate(tokens):
        if i in commas and token in _WITHOUT:
            split += 1
        groups.append((clauses[i], split))
    return groups


def _commas(folded: str, begin: int, end: int) -> frozenset:
    """The tokens of a sentence that a comma comes before."""
    found, comma, i = set(), False, 0
    for match in _TOKEN_OR_COMMA.finditer(folded, begin, end):
        if match.group() == ",":
            comma = True
            continue
        if comma:
            found.add(i)
            comma = False
        i += 1
    return frozenset(found)


def _clause_ids(tokens: list[str], continuing: set = frozenset(), portuguese: bool = False,
                asking: set = frozenset()) -> list[int]:
    ids, clause = [], 0
    for i, token in enumerate(tokens):
        if token in _CLAUSE_PUNCTUATION or (token in _TERMINATORS and not (
                i in continuing and token == _WHICH) and i not in asking and not (
                portuguese and token == _PORTUGUESE_MORE)):  # ("os traços de rosto mais parecidos")
            clause += 1
        ids.append(clause)
    return ids


def _joined(hits) -> list[_Hit]:
    """Overlapping hits as one: "County Sheriff" and "Sheriff's Office" are "County Sheriff's Office"."""
    joined: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if joined and hit.start < joined[-1].end:
            joined[-1] = _Hit(joined[-1].start, max(joined[-1].end, hit.end), joined[-1].bits, ())
        else:
            joined.append(hit)
    return joined


def _longest(hits) -> list[_Hit]:
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _facial_recognition(hits: list[_Hit], tokens: list[str], weak: bool = False,
                        counting=None) -> list[tuple[list[_Hit], ...]]:
    """The readings of a clause's hits that describe facial recognition: each a group of kinds of
    hit that together say it ([faces, acts], [probes, galleries] …), or [] when none does. The
    weaker readings (a person or a watchlist, an act and a picture) count only where no stronger
    one is made, or (`weak`) where every stronger one is denied."""
    bits = 0
    for hit in hits:
        bits |= hit.bits
    if not bits & _READING_PARTS:
        return []

    def having(part: int) -> list[_Hit]:
        return [hit for hit in hits if hit.bits & part]

    groups = []
    face = having(FACE) if bits & FACE else []
    act = having(ACT) if bits & ACT else []
    if act and (bits & BLUR or (counting is not None and counting())):
        # "Gesichter werden erkannt und verpixelt", "odnajdywać twarze … i je zamazywać": faces found
        # to be hidden (or counted: "het systeem zoekt naar gezichten en hoofden in beeld, telt ze").
        act = [hit for hit in act if not tokens[hit.token].startswith(_FINDING)
               and "erkenn" not in tokens[hit.token] and "erkann" not in tokens[hit.token]]
    if face:
        if act and not _finding_only(act, face, tokens, bits):
            groups.append((face, act))
        if bits & AGAINST:
            against = having(AGAINST)
            if face[0].token < against[-1].token:
                groups.append((face, against))
        if bits & BIOMETRIC:
            groups.append((face, having(BIOMETRIC)))
        # "every clip in which the same face appears", "localizada por su rostro … la misma persona"
        if bits & SAME:
            groups.append((face, having(SAME)))
        # "the most similar faces", "ähnliche Gesichter": next to the face
        if bits & SIMILAR:
            similar = [hit for hit in having(SIMILAR) if any(
                abs(hit.token - other.token) == 1 or (abs(hit.token - other.token) == 2 and tokens[
                    (hit.token + other.token) // 2] in _MOST) for other in face)]
            if similar:
                groups.append((face, similar))
        # "legt de gezichten naast een referentieset van politici"
        if bits & REFERENCE:
            groups.append((face, having(REFERENCE)))
        # "unlock the phone with their face", "mit dem Gesicht bezahlen", "płacić twarzą": the face as a key
        if bits & ACCESS:
            keys = [hit for hit in face if _as_means(tokens, hit.token)]
            if keys:
                groups.append((keys, having(ACCESS)))
    if act and bits & MUGSHOT:
        groups.append((having(MUGSHOT), act))
    elif bits & MUGSHOT and bits & AGAINST:
        groups.append((having(MUGSHOT), having(AGAINST)))  # "run the still against booking photographs"
    elif bits & AGAINST and bits & PERSON and bits & VISUAL:
        # "take a photo and check it against the picture we took of each worker", "photographs the
        # supporter and checks the image against the portrait they uploaded"
        against = having(AGAINST)[0].token
        visual = having(VISUAL)
        theirs = [hit for hit in visual if (hit.bits & PERSON or tokens[hit.token] in _PORTRAITS) and hit.token > against]
        if theirs and any(hit.token < against for hit in visual):
            groups.append((having(AGAINST), theirs))
    if bits & MUGSHOT and bits & SIMILAR and not act and not bits & AGAINST:
        groups.append((having(MUGSHOT), having(SIMILAR)))  # "les photographies signalétiques les plus ressemblantes"
    # "compared with driver's license photos", "vergleicht das Selfie mit dem Ausweisfoto"
    if act and bits & ID_DOCUMENT and bits & VISUAL:
        groups.append((having(ID_DOCUMENT), act, having(VISUAL)))
    if bits & PROBE and bits & GALLERY:
        groups.append((having(PROBE), having(GALLERY)))
    if bits & ONE_TO_N and bits & (FACE | BIOMETRIC | MUGSHOT | VISUAL | PROBE | GALLERY):
        groups.append((having(ONE_TO_N), having(FACE | BIOMETRIC | MUGSHOT | VISUAL | PROBE | GALLERY)))
    # "a camera confirms it is the same person", "la caméra vérifie que c'est la même personne"
    # ("… of de student achter het scherm dezelfde is als die op de collegekaart": someone named by role)
    if bits & SAME and bits & (VISUAL | ID_DOCUMENT) and not bits & PLATE and (bits & PERSON or any(
            tokens[k] in _PICTURED for k in range(min(hit.token for hit in hits), max(hit.token for hit in hits)))):
        groups.append((having(SAME), having(PERSON | SAME), having(VISUAL | ID_DOCUMENT)))
    # "kinderen … als dezelfde persoon herkennen": recognising someone as the same person
    if bits & SAME and bits & PERSON and act:
        recognising = [hit for hit in act if tokens[hit.token].startswith(_RECOGNISING)]
        if recognising:
            groups.append((having(SAME), having(PERSON), recognising))
    # "works out which employee is standing there from their enrolled photo": who someone is, told from
    # a picture (not "works out which photo is sharpest")
    if act and bits & IDENTITY and bits & VISUAL and not bits & PLATE:
        asked = [hit for hit in act if hit.bits & IDENTITY and hit.end - hit.start > len(tokens[hit.token])]
        told = [hit for hit in having(VISUAL) for question in asked if hit.token > question.token and not (
            _FROM_PICTURE.isdisjoint(tokens[hit.token - 3:hit.token]))]
        if told:
            groups.append((asked, told))
    if weak:
        groups = []
    elif groups:
        return groups
    if bits & PLATE:
        return groups
    if not act:
        if bits & WATCHLIST and bits & VISUAL and (bits & PERSON or not _PICTURED.isdisjoint(
                tokens[min(hit.token for hit in hits):max(hit.token for hit in hits)])):
            # "the entrance camera to spot self-excluded gamblers from our banned list": someone on a
            # list of people, looked for by a camera
            groups.append((having(WATCHLIST), having(VISUAL)))
        return groups
    if bits & WATCHLIST and bits & (VISUAL | PERSON):
        groups.append((having(WATCHLIST), act))
    if bits & PERSON and bits & VISUAL and not (counting() if counting else _counting(tokens)):
        groups.append((act, having(PERSON), having(VISUAL)))  # (not "counts how many people …")
    if bits & BIOMETRIC and bits & VISUAL:
        groups.append((having(BIOMETRIC), act, having(VISUAL)))
    return groups


def _opens(tokens: list[str], frame: int) -> bool:
    """Whether the frame ending at token `frame` opens its sentence, or what follows a colon in it
    ("Importante para o comitê: em nenhuma etapa — …")."""
    start = max((i + 1 for i in range(frame) if tokens[i] in (":", ";")), default=0)
    return frame - start <= _OPENING


def _counting(tokens: list[str]) -> bool:
    """Whether a sentence counts people ("zliczają osoby", "zählen, wie viele Personen"): its
    comparisons are of numbers."""
    found = _COUNTING_WORD.search(" ".join(tokens))
    if found is None:
        return False
    # (not French "le compte", "du compte": an account; nor a country, a county or a counterpart)
    return any(_COUNTING_WORD.match(token) and not token.startswith(_NOT_COUNTING) and not (
        token in _ACCOUNT and k and (tokens[k - 1] in _DETERMINERS or tokens[k - 1] in _OF
                                     or tokens[k - 1] in _POSSESSIVES)) for k, token in enumerate(tokens))


def _someone_after(following: list[str]) -> bool:
    """Whether "the same" is said of someone named by role: "un même enfant", "ten sam człowiek"."""
    return not _PICTURED.isdisjoint(following[:2])


def _recognises_a_fact(tokens: list[str], act: _Hit, hits: list[_Hit]) -> bool:
    """Whether recognising at `act` recognises that something is so ("erkennt nur, dass da ein
    Gesicht ist", "recognises that a face is present"), with no one named after it."""
    that = next((k for k in range(act.token + 1, min(len(tokens), act.token + _FACT_REACH))
                 if tokens[k] in _SUBORDINATORS), None)
    if that is None or any(act.token < hit.token < that for hit in hits):
        return False  # ("recognises faces that match …": "that" after the faces is a relative)
    return not any(hit.token > that and hit.bits & _SOMEONE for hit in hits) and _PICTURED.isdisjoint(tokens[that:])


def _recognised_by_pronoun(tokens: list[str], position: int) -> bool:
    """Whether the verb of recognising at `position` has a person's pronoun for its object (not the
    noun after its article: "la reconnaissance", "la identificación")."""
    if tokens[position].endswith(_NOUN_ENDINGS):
        return False
    return (position and tokens[position - 1] in _PRONOUNS_BEFORE) or (
        position + 1 < len(tokens) and tokens[position + 1] in _PRONOUNS_AFTER)


def _recognised_by_role(tokens: list[str], position: int) -> bool:
    """Whether the act of recognising or comparing at `position` is done to someone named by role: "de
    camera herkent hen als de houder van dat abonnement", "recognises each member", "compare each
    arriving guest"."""
    return not _PICTURED.isdisjoint(tokens[position + 1:position + _PICTURED_REACH])


def _pictured(tokens: list[str], position: int) -> bool:
    """Whether the picture at `position` is of a person named by their role: "a photo of the
    visitor", "photographs of children", "Foto des Besuchers", "zdjęcie klienta", "each
    traveler's photo", "portretten van dezelfde medewerker"."""
    for s in (position - 1, position - 2):  # "each traveler's photo", "each passenger's live camera image"
        if s >= 1 and tokens[s] == "s" and tokens[s - 1] in _PICTURED:
            return True
    # "el estudiante se haga una foto", "lo studente si scatta una foto": someone taking their own picture
    for s in range(position - 2, position - _SELF_PICTURE_REACH - 1 if position > _SELF_PICTURE_REACH else 0, -1):
        if tokens[s] in _REFLEXIVE_CLITICS and s and tokens[s - 1] in _PICTURED and all(
                token in _DETERMINERS for token in tokens[s + 2:position]):
            return True
    other, of, device = 0, False, False  # "the picture we took of each worker": two other words before "of"
    for token in tokens[position + 1:position + _PICTURED_REACH]:
        if token == _APOSTROPHE_S:
            continue  # "foto's van personen": the plural's "s"
        if token in _PICTURED or (of and token in _PERSONS):
            # (Two words between only before "of": not "pictures at the exit, visitors will …".)
            return of or not other
        if token in _OF or token in _OF_THE:
            of = True
        elif not of and not other and token in _PICTURE_RELATIVES:
            continue  # "a foto que o sócio carregou na app": the picture someone gave
        elif of and token in _DEVICES and not device:
            of, other, device = False, 0, True  # "l'image de la webcam du joueur": the picture of someone's device
        elif not (token in _DETERMINERS or token in _SAME_WORDS or token in _EACH):
            other += 1
            if of or other > 2:
                return False
    return False


def _pictures_someone(folded: str, sentence, hits: list[_Hit]) -> bool:
    """Whether a sentence with no other sign of facial recognition shows someone named by their
    role in a picture ("une photo du visiteur") or sorts pictures by person: a quick test, on the
    few words around each picture, before the sentence is read."""
    for hit in hits:
        if hit.bits & VISUAL and folded[hit.start:hit.end] in _PORTRAITS:
            return True  # "vergleicht das Kamerabild mit diesem hinterlegten Porträt"
        if hit.bits & ACT and folded[hit.start:hit.end].startswith(_RECOGNISING_OR_COMPARING):
            # "recognises each member", "la caméra le reconnaît"
            before = _TOKEN.findall(folded, max(sentence.start, hit.start - _AROUND), hit.start)[-1:]
            around = before + _TOKEN.findall(folded, hit.start, min(sentence.end, hit.end + _AROUND))
            if _recognised_by_role(around, len(before)) or (folded[hit.start:hit.end].startswith(_RECOGNISING) and (
                    _recognised_by_pronoun(around, len(before)))):
                return True
        if hit.bits & VISUAL:
            around = _TOKEN.findall(folded, max(sentence.start, hit.start - _AROUND), hit.start)[-_SELF_PICTURE_REACH - 1:]
            at = len(around)
            around += _TOKEN.findall(folded, hit.start, min(sentence.end, hit.end + _AROUND))[:_PICTURED_REACH + 1]
            if at < len(around) and _pictured(around, at):
                return True
        if hit.bits & SAME and _someone_after(_TOKEN.findall(folded, hit.end, hit.end + _AROUND)):
            return True  # "ten sam człowiek", "un même enfant"
    return _GROUPING_WORD.search(folded, sentence.start, sentence.end) is not None


def _grouped_by_person(hits: list[_Hit], tokens: list[str]) -> list[tuple[list[_Hit], ...]]:
    """Pictures sorted or grouped person by person: "raggruppare le immagini per bambino",
    "sorteert het album per persoon"."""
    visual = [hit for hit in hits if hit.bits & VISUAL]
    if not visual or any(hit.bits & PLATE for hit in hits):
        return []
    first, last = min(hit.token for hit in hits), max(hit.token for hit in hits)
    for i in range(max(0, first - _GROUPING_REACH), min(len(tokens) - 1, last + _GROUPING_REACH)):
        if tokens[i].startswith(_GROUPING):
            for k in range(i + 1, min(len(tokens) - 1, i + _GROUPING_REACH)):
                if tokens[k] in _PER and (tokens[k + 1] in _PICTURED or tokens[k + 1] in _PERSONS) and any(
                        i - _GROUPED_BEFORE <= hit.token < k and hit.token != i for hit in visual):
                    # the pictures are what is grouped, not "the parcels"; they may come just before
                    # ("smistare le immagini raggruppandole persona per persona")
                    return [(visual,)]
    return []


def _as_means(tokens: list[str], position: int) -> bool:
    """Whether the face at `position` is what something is done with: "with their face", "par le
    visage", "mit dem Gesicht", "twarzą" (the Polish instrumental)."""
    if tokens[position].endswith("twarza"):
        return True
    return not _WITH_MEANS.isdisjoint(tokens[max(0, position - _MEANS_REACH):position])


def _finding_only(act: list[_Hit], face: list[_Hit], tokens: list[str], bits: int) -> bool:
    """German "Gesichter (im Bild) erkennen" is finding faces: with "erkennen" as the only act and
    nothing to recognise them against, it is not facial recognition ("Gesichtserkennung" is, and
    so is knowing someone "an ihrem Gesicht")."""
    if bits & (PERSON | WATCHLIST | MUGSHOT | AGAINST | ID_DOCUMENT | GALLERY):
        return False
    if not _RECOGNISED_AS.isdisjoint(tokens[min(hit.token for hit in face):max(hit.token for hit in act)]):
        return False  # "dessen Gesicht … als das einer berechtigten Mitarbeiterin erkannt wurde": recognised as someone
    if any(_BY_THE_FACE.intersection(tokens[max(0, hit.token - 2):hit.token]) for hit in face):
        return False
    return all(tokens[hit.token].startswith(("erkenn", "erkann")) and "erkennung" not in tokens[hit.token]
               for hit in act)


def _identity_by_pictures(hits: list[_Hit], tokens: list[str]) -> list[tuple[list[_Hit], ...]]:
    """"confirm each worker's identity by comparing the captured image with the photo on file":
    an identity and two pictures compared, with no face named."""
    identity = [hit for hit in hits if hit.bits & IDENTITY]
    if identity and not any(hit.bits & PLATE for hit in hits):
        return _pictures_compared(hits, identity, tokens)
    return []


def _pictures_compared(hits: list[_Hit], faces: list[_Hit], tokens: list[str]) -> list[tuple[list[_Hit], ...]]:
    """A clause that compares pictures ("compares the image with the reference photos"), read
    with the face its sentence (or the sentence before) names. The second picture may be named
    back: "cette photo est comparée à celle prise à l'enrôlement", "la confrontasse con quella del
    badge", "compared with the one taken at enrolment"."""
    act = [hit for hit in hits if hit.bits & ACT]
    visual = [hit for hit in hits if hit.bits & (VISUAL | ID_DOCUMENT)]
    if not act or not visual or any(hit.bits & PLATE for hit in hits):
        return []
    # (Two pictures, not two forms found in one word: "Spenderausweises" holds "ausweis" and "ausweises".)
    pictures = len({hit.token for hit in visual})
    if pictures == 1:
        first = min(hit.token for hit in act + visual)
        last = max(hit.token for hit in hits)
        pictures += any(tokens[k] in _PICTURE_PRONOUNS and (tokens[k] != "one" or tokens[k - 1] == "the")
                        for k in range(first + 1, min(len(tokens), last + _PRONOUN_REACH)))
        # … or named back as the subject of the act: "celle-ci est rapprochée de la photo fournie à l'achat"
        acted = min(hit.token for hit in act)
        pictures += not pictures - 1 and any(
            tokens[k] in _PICTURE_SUBJECTS and (k == 0 or tokens[k - 1] not in _PICTURE_SUBJECT_NOT_AFTER) and all(
                token in _AUXILIARIES or token in _REFLEXIVE_CLITICS or token in _HERE_OR_THERE
                for token in tokens[k + 1:acted])
            for k in range(max(0, acted - _PRONOUN_BEFORE), acted))
    if pictures >= 2:
        return [(faces, act, visual) if faces else (act, visual)]
    return []


def _someone_against_a_picture(hits: list[_Hit], tokens: list[str], sentence_hits: list[_Hit]) -> list[tuple[list[_Hit], ...]]:
    """Someone held "against" a picture: "the webcam checks them against the enrolled photo", "verifies
    each guest against the passport photo", "rodar as imagens do suspeito … contra o banco de fotos" (a
    picture of someone earlier in the sentence; not against a watchlist, which may hold names only)."""
    for hit in hits:
        if not hit.bits & AGAINST:
            continue
        t = hit.token
        someone = (t and tokens[t - 1] in _PRONOUNS_AFTER) or not _PICTURED.isdisjoint(tokens[max(0, t - 3):t]) or any(
            other.bits & VISUAL and other.bits & PERSON and other.token < t for other in sentence_hits)
        pictures = [other for other in hits if other.bits & (VISUAL | REFERENCE | MUGSHOT) and (
            0 < other.token - t <= _AGAINST_REACH)]
        if someone and pictures:
            return [([hit], pictures)]
    return []


def _flip_at(folded: str, begin: int, end: int, starts: list[int], frames: re.Pattern = _FLIP) -> int | None:
    """The token ending "it is not true that …" (or another of `frames`, in any supported
    language) in the sentence from `begin` to `end` whose tokens start at `starts`, or None."""
    found = frames.search(folded, begin, end)
    return None if found is None else bisect_left(starts, found.end()) - 1


def _negated(tokens: list[str], clauses: list[int], position: int, negations: frozenset,
             commas: frozenset = frozenset(), floor: int = -1, after: int | None = None, subject: bool = False) -> bool:
    """NegEx: a cue among the few words before the part in its clause, or a negation right
    after it across auxiliaries only ("… is not used", "… wird nicht eingesetzt"). `commas` are
    the tokens a comma comes before; `after` the token after a part of several words. With
    `subject` (a name of law enforcement), a name that opens its clause is denied by a negation
    a few words on: "De politie heeft hier geen rol", "As forças de segurança não são
    utilizadoras"."""
    clause = clauses[position]
    if not _REFLEXIVES.isdisjoint(tokens[max(0, position - _LIST_REACH):position]):
        # "someone who will not identify themselves against the booking photos": a negation before a
        # reflexive denies its own verb only
        floor = max(floor, max(i for i in range(max(0, position - _LIST_REACH), position) if tokens[i] in _REFLEXIVES))
    cues = []  # (index, token), nearest first
    reach = _PRE_NEGATION_REACH
    if position >= 2 and (tokens[position - 1] in _OF or tokens[position - 1] in _OF_THE) and tokens[
            position - 2].startswith(_HEADS):
        reach += 2  # "non è previsto alcun sistema di identificazione tramite il volto": the system's words
    for i in _before_in_clause(tokens, clauses, position, max(floor, position - 1 - reach)):
        token, following = tokens[i], tokens[i + 1]
        if (token, following) in _NOT_NEGATION_PAIRS or (i and tokens[i - 1] in _SELF):
            continue
        if token in negations or (i and ((tokens[i - 1], token) in _NEGATION_PAIRS or (
                token in _AGAINST_WORDS and tokens[i - 1] in _DECIDED))):  # ("decided against facial recognition")
            if token in _VERBAL_NEGATIONS and not commas.isdisjoint(range(i + 1, position + 1)) and (
                    _ANTICIPATING.isdisjoint(tokens[max(0, i - 2):i])):
                # "has banned the entry, comparing their faces": a ban reaches its object only (which
                # may be the clause after the comma: "darauf verzichtet, … Gesichtserkennung einzusetzen")
                continue
            if _expletive(tokens, i, commas):
                continue
            if token in _VERBAL_NEGATIONS and i and tokens[i - 1] in _RELATIVES:
                continue  # "clients who refused are recognised by face": the refusal is theirs, of something else
            if (token in _INSTEAD or tokens[i - 1] in _INSTEAD) and _past_the_object(tokens, i, position):
                continue
            cues.append((i, token))
    if not cues and not negations.isdisjoint(tokens[max(0, position - _SUBJECT_REACH):position]):
        opening = _nobody_before(tokens, clauses, position, negations, floor)
        if opening is not None:
            # "Niemand wordt op basis van zijn gezicht geïdentificeerd", "besloten dat bij de poorten niemand
            # aan de hand van zijn gezicht wordt geïdentificeerd", "no camera at the gates will compare
            # anyone's face": "nobody" or "no …" as the subject denies its clause, however far the part is.
            cues.append((opening, tokens[opening]))
    while cues and cues[0][1] in _WITHOUT and (not _within_without(tokens, cues[0][0], position) or (
            not commas.isdisjoint(range(cues[0][0] + 2, position + 1))
            and _COORDINATORS.isdisjoint(tokens[cues[0][0] + 1:position]))):
        # "zonder instapkaart worden herkend", "sem documentos, comparando a fotografia …": "without"
        # had its object before the part (not "without storing, comparing or matching faces")
        cues.pop(0)
    if not cues and not _DISJUNCTIONS.isdisjoint(tokens[max(0, position - _LIST_REACH):position]):
        # A negation distributes over a list joined by "or": "não são analisados, comparados ou
        # usados para dizer quem é quem".
        for i in range(position - 1 - _PRE_NEGATION_REACH, max(floor, position - 1 - _LIST_REACH), -1):
            if i < 0 or clauses[i] != clause:
                break
            if tokens[i] in negations and tokens[i] not in _WITHOUT and not _DISJUNCTIONS.isdisjoint(
                    tokens[i + 1:position]) and not _expletive(tokens, i, commas):
                return True
    if not cues and not _ANY.isdisjoint(tokens[max(0, position - _ANY_REACH):position]) and _banned_through_any(
            tokens, clauses, position, negations):
        return True
    if cues:
        without, cue = cues[0]
        if cue not in _WITHOUT:
            return not _denied_twice(tokens, clauses, without, negations, commas)
        # "Nobody gets in without their face being compared", "cannot … without": a negation
        # before "without" in its clause makes a double negative, which affirms.
        for i in range(without - 1, floor, -1):
            if clauses[i] != clause:
                break
            if tokens[i] in negations and tokens[i] not in _WITHOUT and (
                    tokens[i], tokens[i + 1]) not in _NOT_NEGATION_PAIRS:
                return False
        # After it, a negation cancels it too ("sin reconocimiento facial, ningún cliente entra"),
        # but not a negative pronoun that is what "without" leaves out ("sin identificar a nadie",
        # "sin reconocimiento de ningún tipo").
        for i in range(position, len(tokens)):
            token = tokens[i]
            if clauses[i] != clause:
                break
            if token in negations and token not in _WITHOUT and token not in _NEGATIVE_PRONOUNS and not (
                    token in _NEGATIVE_DETERMINERS and (
                        _object_of_without(tokens, without, i) or tokens[i - 1] in _OF)):
                return False
        return True
    if _negated_at_the_end(tokens, clauses, position) or _denied_by_predicate(tokens, clauses, position,
                                                                                negations):
        return True
    if _negated_in_the_middle(tokens, clauses, position, commas):
        return True
    if _compared_with_nothing(tokens, clauses, position):
        return True
    after = position + 1 if after is None else after
    if ":" in tokens[position + 1:position + _LABEL_REACH + 1]:
        # A form's label answered no: "Reconnaissance faciale : non.", "Facial matching: none."
        colon = tokens.index(":", position + 1)
        if colon + 1 < len(tokens) and tokens[colon + 1] in _ANSWER_NO and (
                colon + 2 == len(tokens) or tokens[colon + 2] in _CLAUSE_PUNCTUATION):
            return True
    if subject and not negations.isdisjoint(tokens[after:after + _POST_NEGATION_REACH]) and _opens_clause(
            tokens, clauses, position) and any(
            token in negations and (token, tokens[k + 1] if k + 1 < len(tokens) else "") not in _NOT_NEGATION_PAIRS
            for k, token in enumerate(tokens[after:after + _POST_NEGATION_REACH], after)
            if clauses[k] == clauses[position]):
        return True
    for i in range(after, min(len(tokens), after + _POST_NEGATION_REACH)):
        token = tokens[i]
        if clauses[i] != clause or (i in commas and not (token in _DISJUNCTIONS and token in negations)):
            # (not across a comma: "… der jeweiligen Länderpolizei, keine Datenübermittlung an Dritte"; but
            # "saber a quem pertence cada cara, nem comparar rostos")
            return False
        if token in _WITHOUT:
            return False  # "recognise them by their face, without a card"
        if token in _NOT_AS_PREFIX and i == after and i + 1 < len(tokens) and tokens[i + 1].startswith(_IDENTIFYING):
            return False  # "fotografias de pessoas não identificadas": unknown people, not denied ones
        if token in negations or (token in _NE_PAIRED and not _NE.isdisjoint(tokens[max(0, position - 2):position])):
            # ("il ne reconnaît personne": "personne" after "ne" is "nobody")
            # ("nessuno vi entra se prima il suo volto non è stato abbinato": denied twice, affirmed)
            return (token, tokens[i + 1] if i + 1 < len(tokens) else "") not in _NOT_NEGATION_PAIRS and not (
                _expletive(tokens, i, commas)) and not _denied_twice(tokens, clauses, i, negations, commas, after=True)
        if token not in _AUXILIARIES:
            return False
    return False


def _before_in_clause(tokens: list[str], clauses: list[int], position: int, floor: int) -> list[int]:
    """The tokens before `position` in its clause, nearest first, down to `floor` (excluded): the
    clause goes on across an aside between dashes or brackets right before it ("nie jest w stanie –
    ani nie ma takiego zadania – ustalić, kim jest", "will not (and could not) compare faces"), whose
    words count towards no reach."""
    clause, found, i, hopped = clauses[position], [], position - 1, False
    while i > floor:
        if clauses[i] != clause:
            break
        if tokens[i] == ")" and not hopped:
            # (a bracket, or a dash read as one, opens its clause)
            opening = next((j for j in range(i - 1, max(0, i - 1 - _ASIDE_REACH), -1)
                            if tokens[j] in _CLAUSE_PUNCTUATION), None)
            if opening is None or tokens[opening] not in "()" or tokens[opening - 1] in _CLAUSE_PUNCTUATION or (
                    not _COORDINATORS.isdisjoint(tokens[i + 1:position])):
                break  # (not "… aucune image (elles effacent tout) et comparent le visage": a clause of its own)
            floor -= i - opening + 1
            clause, i, hopped = clauses[opening - 1], opening - 1, True
            continue
        found.append(i)
        i -= 1
    return found


def _past_the_object(tokens: list[str], cue: int, position: int) -> bool:
    """Whether a second noun phrase opens between "instead of" at `cue` and `position`: "statt der
    Zimmerkarte ihr Gesicht", "instead of a badge their face" (not "au lieu de comparer les visages")."""
    return any((tokens[k] in _DETERMINERS or tokens[k] in _POSSESSIVES) and (
        tokens[k - 2] in _DETERMINERS or tokens[k - 2] in _POSSESSIVES) for k in range(cue + 3, position))


def _nobody_before(tokens: list[str], clauses: list[int], position: int, negations: frozenset,
                   floor: int = -1) -> int | None:
    """Where "nobody" (or "no" and a noun) stands as the subject of the clause of `position`, with no
    other negation, "without", condition or relative between: at the clause's start, or after
    "that" and a phrase of place ("dat bij de poorten niemand …")."""
    start = _clause_start(clauses, position)
    if tokens[start] in _CLAUSE_PUNCTUATION:
        start += 1  # (the colon or bracket that opened it)
    for k in range(max(start, position - _SUBJECT_REACH, floor + 1), position):
        token = tokens[k]
        if token not in negations or not (token in _NOBODY or token in _NEGATIVE_DETERMINERS
                                          or token in _NEGATIVE_PRONOUNS or token in _NO):
            continue
        between = tokens[k + 1:position]
        if any(word in negations or word in _WITHOUT or word in _UNTIL or word in _IF_BEFORE_ARTICLE
               or word in _RELATIVES or word in _WHOSE for word in between):
            return None
        if k == start or tokens[k - 1] in _SUBORDINATORS or (token in _NOBODY and (k - start <= _NOBODY_OPENING or any(
                word in _SUBORDINATORS for word in tokens[max(start, k - _NOBODY_OPENING):k]))):
            return k
        return None
    return None


def _banned_through_any(tokens: list[str], clauses: list[int], position: int, negations: frozenset) -> bool:
    """Whether a negation right before "any" bans what follows it, up to `position`: "Descartamos de
    forma expresa cualquier función que identifique a los asistentes", "abbiamo escluso fin da
    subito qualsiasi sistema che riconosca gli studenti"."""
    for k in range(position - 1, max(-1, position - 1 - _ANY_REACH), -1):
        if clauses[k] != clauses[position]:
            return False
        if tokens[k] in _ANY:
            return any(token in negations or token in _VERBAL_NEGATIONS or token in _REJECTED
                       for token in tokens[max(0, k - _PRE_NEGATION_REACH):k])
    return False


def _denied_twice(tokens: list[str], clauses: list[int], cue: int, negations: frozenset,
                  commas: frozenset = frozenset(), after: bool = False) -> bool:
    """Whether the clause of the negation at `cue` denies twice with "whose" or "if" after "nobody",
    and so affirms: "er komt niemand in de kluis wiens gezicht niet eerst … is vergeleken", "no one
    gets into the vault whose face has not first been compared", "nessuno entra se prima il suo
    volto non è stato abbinato". With `after`, the negation follows the part it denies."""
    if _WHOSE.isdisjoint(tokens) and _WHO_DENIED.isdisjoint(tokens) and _IF.isdisjoint(tokens):
        return False
    start, end = _clause_start(clauses, cue), cue
    while end + 1 < len(tokens) and clauses[end + 1] == clauses[cue]:
        end += 1
    # (A negation after the part: "whose" or "if" before it, not in a clause that follows.)
    for whose in range(start, cue if after else end + 1):
        if not any(tokens[k] in negations for k in range(whose + 1, end + 1)):
            continue
        # ("dessen", "if" and "se" may open a clause of their own: "niemand betritt den Bereich, dessen
        # Gesicht nicht …", "nessuno vi entra, tecnici compresi, se prima il suo volto non è stato abbinato")
        if (tokens[whose] in _WHOSE or _conditional(tokens, clauses, whose, commas)) and any(
                tokens[j] in _NEGATIVE_PRONOUNS or tokens[j] in _NEGATIVE_DETERMINERS
                or (j and tokens[j] == "one" and tokens[j - 1] == "no")
                for j in range(max(0, whose - (_WHOSE_REACH if tokens[whose] in _WHOSE else _IF_REACH) - 1), whose)):
            return True
        # "who" right after "nobody", or a few words after "there is no" ("não há morador cadastrado
        # que …"); not "savoir qui …", "weet niet wie …": who someone is
        if tokens[whose] in _WHO_DENIED and whose > start and (tokens[whose - 1] in _NEGATIVE_PRONOUNS or any(
                tokens[j] in negations and (tokens[j + 1] in _THERE_IS or (
                    j >= 2 and tokens[j - 1] in _THERE_IS and tokens[j - 2] in _THERE))
                for j in range(max(start, whose - _THERE_IS_REACH - 2), whose - 1))):  # ("there is no", "gibt keinen")
            return True
    return False


def _conditional(tokens: list[str], clauses: list[int], position: int, commas: frozenset) -> bool:
    """Whether the token at `position` is "if" (Romance "se" and "si" only where they open a clause or
    one of AFTER_IF follows: not the reflexive "a ningún visitante se le identifica")."""
    if tokens[position] not in _IF:
        return False
    return tokens[position] not in _IF_BEFORE_ARTICLE or position in commas or (
        position and clauses[position] != clauses[position - 1]) or (
        position + 1 < len(tokens) and tokens[position + 1] in _AFTER_IF)


def _clause_start(clauses: list[int], position: int) -> int:
    """The first token of the clause that holds token `position`."""
    start = position
    while start and clauses[start - 1] == clauses[position]:
        start -= 1
    return start


def _opens_clause(tokens: list[str], clauses: list[int], position: int) -> bool:
    """Whether the name at `position` opens its clause (articles and modifiers aside, and the "but"
    or "and" that opens it: "…, aber die Polizei ist an dem Buch nicht beteiligt")."""
    start = _clause_start(clauses, position)
    if start < position and (tokens[start] in _TERMINATORS or tokens[start] in _COORDINATORS):
        start += 1
    return all(token in _DETERMINERS or token in _MODIFIERS for token in tokens[start:position])


def _denied_participation(tokens: list[str], clauses: list[int], position: int, after: int,
                          negations: frozenset) -> bool:
    """Whether a name that opens its clause is said to take no part: "Die Polizei ist an dem Vorhaben
    in keiner Weise beteiligt", "Die Ermittlungsbehörden haben mit dem Vorhaben nichts zu tun"."""
    if _PARTICIPATION.isdisjoint(tokens[after:]):
        return False
    # (… or "with" it: "met politie of justitie werken we niet samen", "– mit der Polizei haben wir nichts zu tun")
    start = _clause_start(clauses, position)
    if tokens[start] in _CLAUSE_PUNCTUATION and start + 1 < position:
        start += 1
    if not _opens_clause(tokens, clauses, position) and not (
            tokens[start] in _WITH and sum(token not in _DETERMINERS for token in tokens[start + 1:position]) <= 1):
        # (… and an adjective: "Mit der echten Polizei habe ich nichts zu tun")
        return False
    negation, clause = False, clauses[position]
    for k in range(after, len(tokens)):
        if clauses[k] != clause:
            if tokens[k] not in _ADVERBIAL_BUT:
                return False
            clause = clauses[k]  # "mit der Polizei haben wir aber … nichts zu tun": "aber" after the verb goes on
        negation = negation or tokens[k] in negations
        if tokens[k] in _PARTICIPATION:
            return negation
    return False


def _expletive(tokens: list[str], i: int, commas: frozenset = frozenset()) -> bool:
    """Whether the negation at `i` is the one "until" takes in some languages ("dopóki system nie
    porówna" is "until the system compares", "finché il volto non è confrontato", "tant que le
    visage n'est pas vérifié") or sits in a condition ("nobody enters if their face does not
    match", "se il suo volto non corrisponde"): it sets a condition, it denies nothing. Not across
    a comma: "if the user agrees, we do not compare faces" denies in the main clause."""
    for j in range(i - 1, max(-1, i - 1 - _UNTIL_REACH), -1):
        token = tokens[j]
        if token in _CLAUSE_PUNCTUATION:
            break  # "Las cámaras siguen como hasta ahora: no se hace reconocimiento facial"
        if token in _UNTIL_WITH_THAT and (j + 1 >= i or tokens[j + 1] not in _SUBORDINATORS):
            continue  # "hasta ahora", "tant mieux": no "until"
        if token in _WITHOUT and j + 1 < i and tokens[j + 1] in _SUBORDINATORS:
            return True  # "senza che la telecamera non abbia verificato", "sans que personne ne …": pleonastic
        if token in _UNTIL or (token in _IF_BEFORE_ARTICLE and j + 1 < i and tokens[j + 1] in _DETERMINERS):
            if token == _CASE and j and (tokens[j - 1] in _POSSESSIVES or tokens[j - 1] in _FIRST_PERSON
                                         or tokens[j - 1] in _DETERMINERS or tokens[j - 1] in _STARTS_PHRASE
                                         or tokens[j - 1] in _THIS or tokens[j - 1] in _SUCH):
                continue  # "en nuestro caso el asistente no comparará …", "no caso": the noun, no condition
            return commas.isdisjoint(range(j + 1, i + 1))
    return _verb_first_condition(tokens, i, commas)


def _verb_first_condition(tokens: list[str], i: int, commas: frozenset) -> bool:
    """Whether the negation at `i` sits in a German or Dutch condition told with its verb first,
    the main clause after the comma opening with its own verb: "passen die beiden Gesichter nicht
    zusammen, wird das Liftpersonal verständigt", "komt het gezicht niet overeen, dan …". Not
    "Wir vergleichen keine Gesichter, werden aber …": a subject opens that clause."""
    start = i
    while start > 0 and tokens[start - 1] not in _CLAUSE_PUNCTUATION:
        if start in commas:
            return False  # (only the sentence's first clause)
        start -= 1
    first = tokens[start]
    if start == i or not first.isalpha() or first in _DETERMINERS or first in _FIRST_PERSON or first in _SUBJECT_PRONOUNS or (
            first in _SUBORDINATORS or first in _COORDINATORS):
        return False
    comma = next((j for j in range(i + 1, min(len(tokens), i + 1 + _CONDITION_REACH)) if j in commas), None)
    return comma is not None and tokens[comma] in _MAIN_VERB_FIRST


def _denied_by_predicate(tokens: list[str], clauses: list[int], position: int, negations: frozenset) -> bool:
    """A part in the subject of a predicate that denies it, across the rest of the subject and any
    apposition: "Face matching was considered and rejected", "Biometrische Verfahren, insbesondere
    ein Vergleich von Gesichtern mit Fotos, sind ausdrücklich ausgeschlossen", "gezichtsherkenning
    of het matchen van een selfie … maakt geen deel uit van de dienst". Not when the part is the
    object of someone's verb ("we compare faces … who are banned"): a subject or a relative
    before the predicate stops the reach."""
    start = _clause_start(clauses, position)
    if not _FIRST_PERSON.isdisjoint(tokens[start:position]):
        return False
    # "Gezichtsherkenning hebben we bewust uitgesloten": the part fronted, the subject after the auxiliary
    inverted = position + 2 < len(tokens) and tokens[position + 1] in _VERB_LAST_AUXILIARIES and (
        tokens[position + 2] in _FIRST_PERSON)
    for i in range(position + 1, min(len(tokens), position + 1 + _PREDICATE_REACH)):
        token = tokens[i]
        if clauses[i] != clauses[position] or token in _RELATIVES or token in _UNTIL or (
                token in _FIRST_PERSON and token not in _POSSESSIVES and not (inverted and i == position + 2)):
            return False  # (not "Fotos unserer Fahrer": a possessive is no subject)
        if token in _AGAINST_WORDS and tokens[i - 1] in _DECIDED:
            return True  # "We looked at face-based check-in and decided against it"
        if (token in _OUTSIDE or tokens[i:i + 2] == ["out", "of"]) and any(
                word.startswith(_SCOPES) for word in tokens[i + 1:i + 4]) and any(
                word in _VERBS_OF_BEING or word in _AUXILIARIES or word in _STAYS for word in tokens[max(0, i - 2):i]):
            return True  # "Gezichtsherkenning valt uitdrukkelijk buiten de opdracht", "… is out of scope"
        if token in _REJECTED or token in _VERBAL_NEGATIONS:
            if tokens[i - 1] in _AUXILIARIES or tokens[i - 1] in _COORDINATORS or inverted:
                return True
        elif token in negations and (
                _PART.intersection(tokens[i + 1:i + 3]) or _VERBS_OF_BEING.intersection(tokens[i - 1:i])):
            # "… ist weder vorgesehen noch eingebaut", "… is not part of", "… n'est pas prévu", "… não faz parte"
            return True
    return False


def _cleft(tokens: list[str], negations: frozenset) -> int | None:
    """Where what a denied cleft names begins: "What the kiosk does not do is …", "Ce que la borne ne fait
    pas, c'est …", "Lo que no hace es …", "Was das Gerät nicht tut, ist …" (the token after "is")."""
    if _CLEFT_WHAT.isdisjoint(tokens):
        return None
    for w, token in enumerate(tokens):
        if token not in _CLEFT_WHAT or (w and tokens[w - 1].isalnum() and tokens[w - 1] not in _AND_OR_BUT):
            continue
        if token in _CLEFT_NEEDS_THAT and (w + 1 >= len(tokens) or tokens[w + 1] not in _CLEFT_THAT):
            continue
        negation = next((k for k in range(w + 1, min(len(tokens), w + _CLEFT_REACH)) if tokens[k] in negations), None)
        if negation is None:
            continue
        for k in range(negation + 1, min(len(tokens) - 1, negation + 2 * _CLEFT_REACH)):
            if tokens[k] in _CLEFT_IS:
                return k + 2 if tokens[k] == "c" else k + 1
    return None


def _compared_with_nothing(tokens: list[str], clauses: list[int], position: int) -> bool:
    """Whether the part is compared with nothing, or is of no one, said after it: "vergelijkt het gezicht
    met niets", "wird mit nichts abgeglichen", "nie jest z niczym porównywany", "reconocer la cara de
    ninguno de los remeros"."""
    for k in range(position + 1, min(len(tokens) - 1, position + _NOTHING_REACH)):
        if clauses[k] != clauses[position]:
            return False
        if (tokens[k] in _WITH or tokens[k] in _OF) and tokens[k + 1] in _NOTHING and (
                k + 2 >= len(tokens) or tokens[k + 2] not in _ELSE):
            return True  # (not "met de pasfoto en met niets anders": nothing else)
    return False


def _negated_at_the_end(tokens: list[str], clauses: list[int], position: int) -> bool:
    """German and Dutch put the verb last: "Ein Abgleich von Gesichtern … ist ausdrücklich nicht
    vorgesehen", "… wordt niet uitgevoerd". A "nicht"/"niet" among the clause's last two words,
    right after its auxiliary, negates all of it."""
    if _CLOSING_NEGATIONS.isdisjoint(tokens[position + 2:]):
        return False
    end = position
    while end + 1 < len(tokens) and clauses[end + 1] == clauses[position]:
        end += 1
    # (… or before "und"/"en" and what the subject does next: "Die Polizei selbst ist an dem Projekt nicht
    # beteiligt und erhält keine Ergebnisse")
    coordinated = next((k - 1 for k in range(position + 3, end + 1) if tokens[k] in _COORDINATORS), None)
    for i in (end, end - 1) if coordinated is None else (end, end - 1, coordinated, coordinated - 1):
        if i > position + 1 and tokens[i] in _CLOSING_NEGATIONS and (
                tokens[i], tokens[i + 1] if i < end else "") not in _NOT_NEGATION_PAIRS and (
                tokens[i - 1] in _AUXILIARIES or tokens[i - 1] in _EXISTS
                or (i - 2 > position and tokens[i - 2] in _AUXILIARIES)
                # … and, when the part is the subject that opens the clause, its verb is second and
                # "niet" last, whatever stands between: "De politie zelf gebruikt het systeem niet",
                # "De politie is bij het project niet betrokken".
                or _opens_clause(tokens, clauses, position)):
            return True
    return False


def _negated_in_the_middle(tokens: list[str], clauses: list[int], position: int, commas: frozenset) -> bool:
    """German and Dutch put the verb last and the negation in the middle: "beelden worden nooit met
    andere foto's of bestanden vergeleken", "die Aufnahmen werden nie mit einer Datenbank abgeglichen".
    The part is the clause's last word (or the last before "and"), and an auxiliary with a negation
    right after it opens what leads to it, with no comma, "and" or "but" between."""
    following = position + 1
    if following < len(tokens) and clauses[following] == clauses[position] and (
            tokens[following] not in _COORDINATORS and following not in commas):
        return False
    for i in range(position - 1, max(0, position - _MIDDLE_REACH), -1):
        token = tokens[i]
        if clauses[i] != clauses[position] or i + 1 in commas or token in _TERMINATORS or token in _RELATIVES or (
                token in _COORDINATORS and token not in _OR_IN_A_LIST):
            return False  # (a list of what the part is compared with may stand between: "foto's of bestanden")
        if token in _MIDDLE_NEGATIONS and (tokens[i - 1] in _VERB_LAST_AUXILIARIES or (
                i > 1 and tokens[i - 2] in _VERB_LAST_AUXILIARIES)):
            return True  # ("wird es nie …": a pronoun between)
    return False


def _within_without(tokens: list[str], without: int, position: int) -> bool:
    """Whether the part at `position` is what "without" leaves out: its object ("without
    comparing faces", "sin que el sistema compare su rostro"), not a later verb ("zonder
    instapkaart worden herkend", "ohne Bordkarte anhand ihres Gesichts")."""
    if without + 1 < len(tokens) and tokens[without + 1] in _SUBORDINATORS:
        return True  # "without that …": a clause
    return all((token not in _AUXILIARIES or len(token) <= 2 or token in _ADVERBS) and token not in _MEANS
               for token in tokens[without + 1:position])


def _object_of_without(tokens: list[str], without: int, position: int) -> bool:
    """Whether the word at `position` is the object of the verb right after "without", with at
    most a short preposition between ("sans identifier aucun", "sin identificar a ningún")."""
    between = tokens[without + 2:position]
    return len(between) <= 1 and all(len(token) <= 2 for token in between)


def _coordinated(tokens: list[str], first: int, second: int, language: str | None = None) -> bool:
    """Whether two mentions are joined as a list ("not for the police or other agencies"), so
    that a negation of the first reaches the second. (Dutch "of" and "en" join only in Dutch: not
    "detectives of the Maricopa County Sheriff's Office".)"""
    between = tokens[first + 1:second]
    return len(between) <= 4 and any(token in _COORDINATORS and language in _COORDINATOR_LANGUAGES.get(token, (language,))
                                     for token in between)


def _career_goes_on(tokens: list[str], after: int, second: int) -> bool:
    """Whether a mention follows one read as someone's past (ending before `after`) as the next post in
    that career, "as" a role, in the same clause or after a comma: "served in the police, lastly as a
    dog handler at the Met", "war bei der Polizei, zuletzt als Hundeführer beim Polizeipräsidium Köln"."""
    between = tokens[after:second]
    return len(between) <= _CAREER_REACH and not _AS.isdisjoint(between) and _CLAUSE_PUNCTUATION.isdisjoint(
        between) and _FIRST_PERSON.isdisjoint(between) and _RELATIVES.isdisjoint(between)


def _belongs_to(tokens: list[str], after: int, second: int) -> bool:
    """Whether a mention follows another (ending before `after`) across a preposition of belonging
    alone: "sergente-détective au SPVM", "detective at the NYPD", "agent bij de politie"."""
    between = [token for token in tokens[after:second] if token not in _DETERMINERS]
    return len(between) == 1 and (between[0] in _AT_THE or between[0] in _OF or between[0] in _OF_THE or (
        between[0] in _BELONGING))


def _topic(tokens: list[str], clauses: list[int], position: int, after: int, elsewhere: bool,
           topic_before: frozenset, records: list[int], negations: frozenset = frozenset(),
           someone_else: bool = False, commas: frozenset = frozenset()) -> tuple[bool, bool]:
    """Whether a law-enforcement mention (from token `position`, `after` the token after it) is the
    subject matter rather than the user, customer or beneficiary of the system, and whether a cue
    said so (rather than the default). `elsewhere`: the sentence is about something else (news,
    statistics …) or the text names an applicant that is not law enforcement. A mention listed
    right after a decided one shares its reading ("offers it to the ministries and the
    prosecutors' offices")."""
    topic, decided = _role(tokens, clauses, position, after, topic_before, records, negations, someone_else, commas)
    if decided:
        return topic, True
    return elsewhere, elsewhere


def _role(tokens: list[str], clauses: list[int], position: int, after: int, topic_before: frozenset,
          records: list[int], negations: frozenset = frozenset(), someone_else: bool = False,
          commas: frozenset = frozenset()) -> tuple[bool, bool]:
    start = _clause_start(clauses, position)
    before = tokens[start:position]
    # "foi inspetor da Polícia Judiciária durante quinze anos", "was a detective with the Met for ten years": a career
    if not _WAS.isdisjoint(tokens[max(start, position - _CAREER_BEFORE):position]) and any(
            tokens[k] in _FOR_A_TIME and tokens[k + 2] in _YEARS and (tokens[k + 1].isdigit() or tokens[k + 1] in _NUMBER_WORDS)
            for k in range(after, min(len(tokens) - 2, after + _CAREER_BEFORE))):
        return True, True
    # "Unlike the tools the police use", "W odróżnieniu od systemów stosowanych przez policję".
    if _compared(before):
        return True, True
    # "violencia policial", "policing practices" describe something else; "fuerzas policiales" do not.
    # ("el operador policial la verifica", "o efetivo policial": staff of the police)
    # (… and "Polizeikontrollen", "politiegeweld": a compound that names what the police do)
    adjective = (tokens[position].startswith(_LAW_ENFORCEMENT_ADJECTIVES) and not (
        position and (tokens[position - 1] in _INSTITUTION_NOUNS or tokens[position - 1] in _DETERMINERS
                      or tokens[position - 1] in _STAFF))) or tokens[position] in _POLICE_ACTIVITIES
    following = tokens[after] if after < len(tokens) else ""
    # "die von der Kantonspolizei veröffentlichte Statistik", "que la police publie": it wrote what is read.
    # "von der Polizei kontrollierte Fahrzeuge": what it did.
    if following in _PUBLISHED or following in _ACTED_ON or following in _PUBLISHES or (
            following in _AUXILIARIES and after + 1 < len(tokens) and (
                tokens[after + 1] in _PUBLISHED or tokens[after + 1] in _ACTED_ON)):
        return True, True  # "door de politie zijn staande gehouden", "Carabineros publica cada mes estadísticas"
    if after + 1 < len(tokens) and tokens[after + 1] in _PUBLISHED and following.isalpha() and not (
            following in _FILLERS or following in _DETERMINERS or following in _COORDINATORS
            or following in _RELATIVES or following in _EVERY_NEGATION):
        return True, True  # "Die Polizeidirektion Leipzig veröffentlicht täglich …": a name's last word between
    if following in _GENRES:
        return True, True  # "a six-part police procedural", "a police drama": a genre, written about
    if _said_to_be_the_other_side(tokens, clauses, position, after):
        return True, True  # "The police are on the other side of the table", "Policja jest … przedmiotem badania"
    if _said_to_be_the_user(tokens, clauses, position, after):
        return False, True  # "… del Corpo di Polizia Locale di Roma Capitale, che è il richiedente e l'unico utilizzatore"
    if _published_in_relative(tokens, clauses, position, after):
        return True, True  # "de open data die de politie op data.politie.nl publiceert"
    if _customer_is(before):
        return False, True  # "O cliente do piloto, que arranca em março, é o Comando Territorial da GNR"
    # "Applicant: Los Angeles Police Department": a form's label names who applies.
    label = start if tokens[start] == ":" else start - 1
    if label >= 1 and tokens[label] == ":" and tokens[label - 1] in _APPLICANT_LABELS and position - label <= 4:
        return False, True
    if not _ATTITUDES.isdisjoint(tokens[max(start, position - 1 - _ATTITUDE_REACH):position]):
        return True, True  # "zaufanie mieszkańców małych miast do policji", "trust in the police": what is studied
    # The nearest cue before it decides, as a negation's does; articles, auxiliaries and the like
    # between do not count towards the reach ("i clienti sono i corpi di polizia locale").
    reach, i = 0, position
    while i > start and reach < _USE_REACH:
        i -= 1
        token = tokens[i]
        # (Before the articles are passed over: English "as" is also a Portuguese article.)
        if token in _AS and any(word in _YEARS or word.isdigit() or word in _NUMBER_WORDS
                                for word in tokens[max(start, i - 3):i]):
            return True, True  # "eighteen years as a detective sergeant", "zwanzig Jahre als Ermittler"
        if token in _YEARS and i == position - 1 and _SINCE.isdisjoint(tokens[max(start, i - 3):i]) and any(
                word.isdigit() or word in _NUMBER_WORDS for word in tokens[max(start, i - 2):i]):
            return True, True  # "Ich war fast zwanzig Jahre Polizeibeamter": a career
        if token in _YEARS and i + 1 < position and (tokens[i + 1] in _STARTS_PHRASE or tokens[i + 1] in _WITH) and (
                _SINCE.isdisjoint(tokens[max(start, i - 3):i])):
            # "twintig jaar bij de politie", "twenty years in the police": a career (not "działa od dwóch
            # lat w kilkunastu komendach": in use since)
            return True, True
        if token in _IN and i and (tokens[i - 1] in _USE_AFTER or tokens[i - 1] in _DEPLOYED) and (
                tokens[i - 1] not in _WANT) and not adjective:
            return False, True  # "sera déployé dans tous les groupements de gendarmerie"
        if token in _FILLERS and not (token in _USE_BEFORE or token in topic_before or token in _ABOUT):
            continue
        if i in records:
            break  # "die Pressemitteilungen sächsischer Polizeidirektionen": whose record it is decides below
        reach += 1
        if (token in _USE_VERB_FIRST or token in _PURCHASED or (token in _USE_AFTER and i and tokens[i - 1] in _CLITICS and (
                tokens[i + 1] not in _OF and tokens[i + 1] not in _OF_THE))) and (  # ("l'operato della Polizia": a noun)
                not adjective) and not any(0 < position - record < position - i for record in records):
            return False, True  # "nasz system wykorzystują komendy powiatowe policji"
        if (token in _IN or token in _AT_THE) and i and tokens[i - 1] in _YEARS and _SINCE.isdisjoint(tokens[max(start, i - 4):i]) and any(
                word.isdigit() or word in _NUMBER_WORDS for word in tokens[max(start, i - 3):i - 1]):
            return True, True  # "a passé vingt ans au commissariat de Saint-Nazaire": a career, not "for"
        if token in _USE_BEFORE and not adjective:
            if i + 1 < len(tokens) and (tokens[i + 1] in _EXAMPLE or any(
                    word in _YEARS or word.isdigit() for word in tokens[i + 1:i + 3])):
                continue  # "per esempio", "for example", "per quindici anni": no "for"
            if i and tokens[i - 1] in _JUDGED:
                continue  # "plausible for Police Scotland", "typisch für die Polizei": judged by it, not made for it
            if token in _TO and not all(word in _NEAR_TO for word in tokens[i + 1:position]):
                continue  # "what to do when a police officer …": not "to the police"
            if token in _RANGE_TO and "from" in tokens[max(start, i - _RANGE_REACH):i]:
                continue  # "from the Royal Irish Constabulary to the PSNI": a range, not "to the police"
            if token in _ROMANCE_FOR and i + 2 < position and tokens[i + 1].endswith(_INFINITIVE_ENDINGS) and (
                    len(tokens[i + 1]) > 4):
                continue  # "pour rendre les dialogues entre flics plus crédibles": "for" took a verb
            if not commas.isdisjoint(range(i + 1, position + 1)) and sum(
                    word not in _FILLERS for word in tokens[i + 1:position]) > 1:
                continue  # "uma série policial para streaming, passada numa delegacia": "for" had its object
            if token in _AGENT and ((i and (tokens[i - 1] in _USE_AFTER or tokens[i - 1] in _DEPLOYED)) or (
                    following in _USE_AFTER or following in _DEPLOYED)) and _part_of_the_agent(
                    tokens, i, position, commas):
                # "used by the Missing Persons Coordination Unit at Police Scotland", "utilisé par les
                # enquêteurs de la gendarmerie", "von den Ermittlern der Kantonspolizei genutzt": the agent's
                # noun phrase ends in the force it belongs to.
                return _negated(tokens, clauses, i, negations), True
            if (token in _AGENT or token in _HELP) and sum(
                    word not in _FILLERS and not word.isdigit() for word in tokens[i + 1:position]) > 1:
                # "przez lata służył w drogówce": "for years", not "by the traffic police"; "help to
                # extract officer ranks": the help is not for the officers. "For" and "our customers
                # are" reach further.
                continue
            if token not in _AGENT and not (token in _TO and any(
                    word in _AUTHORED for word in tokens[max(start, i - _USE_REACH):i])):
                # "for", "on behalf of", "our customers are" the police: its users; not "nothing is
                # produced for or shared with the police".
                return _negated(tokens, clauses, i, negations), True
            # "statistics published by the police", "reports from the police", "controls carried out
            # by the police": the police wrote or did what the system reads; "used by": its user.
            # Another verb before "by" ("a school visited by officers", "von der Polizei wegen ihres
            # Aussehens kontrolliert") says what the police did, not that they use the system: the
            # text's other cues decide.
            if i and tokens[i - 1] in _WRITING_FROM:
                return False, True  # "scrivo dal Corpo della Gendarmeria": the applicant itself
            if _presents_the_application(tokens[start:i]):
                return False, True  # "O pedido é apresentado pelo Comando-Local da Polícia Marítima"
            authored = any(word in _AUTHORED for word in tokens[max(start, i - _USE_REACH):i]) or any(
                0 < i - record <= 2 for record in records)
            if authored:
                return True, True
            # ("Betrieben und beaufsichtigt werden die Anlagen von der Bundespolizei": the verb opens the clause)
            # (… not a noun: "monitors stop and search and use of force by police")
            verbs = [k for k in (*range(max(start, i - _USE_REACH), i), *range(after, min(len(tokens), after + _USE_REACH)))
                     if tokens[k] in _USE_AFTER and not (k + 1 < len(tokens) and tokens[k + 1] in _OF)]
            if tokens[start] not in _WANT and not _VERBS_OF_BEING.isdisjoint(tokens[start + 1:i]):
                verbs.append(start)  # (a passive that opens with its participle)
            return False, any(tokens[k] in _USE_AFTER for k in verbs)
        if token in _SUPPLY and not (i and (tokens[i - 1] in _DETERMINERS or tokens[i - 1] in _POSSESSIVES)):
            # "ofrece a … fiscalías", "sprzedajemy … policji", "supplies FBI field offices"; not the
            # noun ("mon livre suit une commandante de la brigade": a book, not "delivers")
            return False, True
        if token in _FIRST_PERSON and i == position - 1:
            # "our officers", "nuestros agentes": the applicant is law enforcement; unless the text
            # said it is not ("Ik schrijf detectiveromans … dialogen tussen mijn rechercheurs")
            return False, not someone_else
        if reach <= _TOPIC_REACH and (token in topic_before or token in _PUBLISHED or (token in _HOW and someone_else)):
            # "ancienne commissaire de", "voormalige politiemensen", "publikuje"; "(a civil-liberties
            # nonprofit:) we track how city police departments adopt new tools"
            return True, True
        if token in _ABOUT:
            return True, True  # "Berichte über Polizeikontrollen"
    # "fornisce software di gestione documentale a questure …": a vendor's customers, further off.
    # "da servicio a las comisarías de …", "presta servizio ai comandi": served, further off.
    if not (_SUPPLY.isdisjoint(before) and _SERVICE.isdisjoint(before)):
        i = position - 1
        while i > start and (tokens[i] in _FILLERS or tokens[i] in _SEVERAL) and (
                tokens[i] not in _DATIVE and tokens[i] not in _TO):
            i -= 1
        if tokens[i] in _TO or tokens[i] in _DATIVE:
            return False, True
        # … or its direct object: "nous équipons aujourd'hui quelque 140 polices municipales"
        i = position - 1
        while i > start and (tokens[i] in _FILLERS or tokens[i] in _SEVERAL or tokens[i] in _APPROXIMATELY
                             or tokens[i].isdigit()):
            i -= 1
        if tokens[i] in _SUPPLY and i < position - 1 and not (
                tokens[i - 1] in _DETERMINERS or tokens[i - 1] in _POSSESSIVES):  # (not "une équipe de la brigade")
            return False, True
    # "a book about the creation of the Guardia Civil": "about" reaches across its noun phrase.
    if any(token in _ABOUT or (token in _ABOUT_PREPOSITIONS and token in topic_before)
           for token in tokens[max(start, position - _ABOUT_REACH):position]):
        return True, True
    # "abusos policiales", "operações policiais", "polizeiliche Befugnisse", "crónica policial y
    # queremos usar …": an adjective names what the police do, or a genre, not who uses the system
    # (unless "for" said so above).
    if adjective:
        return True, True
    # "the police (will) use", "die Polizei nutzt": the subject of a verb of use is the user; not
    # the noun ("state laws on police use of force").
    verb = after + 1 if following in _AUXILIARIES and after + 1 < len(tokens) else after
    if verb == after and after + 1 < len(tokens) and tokens[after + 1] in _USE_AFTER and following.isalpha() and not (
            following in _OF or following in _DETERMINERS or following in _CUSTOMERS or following in _FILLERS
            or following in _COORDINATORS or following in _RELATIVES or following in _TERMINATORS
            or following in _STARTS_PHRASE or following in _EVERY_NEGATION):
        verb = after + 1  # "la police aux frontières Sud souhaite …": a name's last word between
    if verb < len(tokens) and (tokens[verb] in _USE_AFTER or tokens[verb] in _PURCHASED) and not (
            verb + 1 < len(tokens) and tokens[verb + 1] in _OF):
        return False, True  # (… or bought it: "the sheriff's office purchased the licence")
    # "counts the California Highway Patrol among its pilot customers", "X zählt zu unseren Kunden"
    if _customers_after(tokens, clauses, after):
        return False, True
    # What the police recorded, as others read it ("police accident reports", "Akten der Polizei",
    # "notatki urzędowe policji"): the subject matter when the text names another applicant or is
    # about news or statistics.
    if any(0 < position - record <= 3 or after <= record <= after + 1 or record == position for record in records):
        return False, False
    # A sentence that starts with it is about what it does: "Der Zollfahndungsdienst will …",
    # "Detectives at the fusion centre submit …"; not when it does not ("de politie werkt er niet
    # aan mee"): then the text's other cues decide.
    opening = _past_greetings(before)  # "Exmos. Senhores, a Polícia Municipal de Lisboa vem … requerer acesso"
    if all(token in _DETERMINERS or token in _INSTITUTION_NOUNS or token in _OF for token in opening) or (
            _staff_of(before, topic_before)):
        if _denied_use_later(tokens, clauses, after):
            # "Policja jest dla nas tylko jednym ze źródeł informacji i nie korzysta z naszego systemu"
            return True, True
        if not _VERBS_OF_BEING.isdisjoint(tokens[after:after + 2]) and any(
                (word in _SUBJECT_MATTER or word.endswith(_SUBJECT_MATTER_ENDINGS)) and tokens[k + 1:k + 2] != _TO
                for k, word in enumerate(tokens[after + 1:after + _SUBJECT_MATTER_REACH], after + 1)):
            return True, True  # "Le forze dell'ordine sono solo un tema della mostra", "Die Polizei ist nur Unterrichtsthema"
        return False, _EVERY_NEGATION.isdisjoint(tokens[after:after + _POST_NEGATION_REACH])
    return False, False


def _staff_of(before: list[str], topic_before: frozenset) -> bool:
    """Whether the words that open the sentence before a force are its staff, "at" or "of" it: "Crime
    analysts at the NYPD", "Die Mitarbeitenden der Landespolizei", "Los analistas de la Guardia Civil"."""
    k = len(before)
    while k and before[k - 1] in _DETERMINERS:
        k -= 1
    if k < 2 or not (before[k - 1] in _OF or before[k - 1] in _OF_THE or before[k - 1] in _AT_THE or before[k - 1] == "at"):
        return False
    staff = k - 2
    return before[staff] in _STAFF_OF and staff <= _STAFF_MODIFIERS and all(
        word.isalpha() and word not in topic_before and word not in _STARTS_PHRASE for word in before[:staff])


def _part_of_the_agent(tokens: list[str], agent: int, position: int, commas: frozenset) -> bool:
    """Whether the words between "by" (at `agent`) and a law-enforcement mention (at `position`) are
    a noun phrase the mention closes with "of" or "at": "by the analysts of the", "by officers at"."""
    between = tokens[agent + 1:position]
    return 0 < len(between) <= _AGENT_PHRASE and (between[-1] in _OF or between[-1] in _OF_THE or between[-1] in _IN) and (
        commas.isdisjoint(range(agent + 1, position + 1))) and not any(
        word in _USE_AFTER or word in _COORDINATORS or word in _RELATIVES or word in _TERMINATORS or not word.isalpha()
        for word in between)


def _denied_use_later(tokens: list[str], clauses: list[int], after: int) -> bool:
    """Whether the predicate of a name that opens its sentence goes on, after "and", to deny that it
    uses the system or takes part: "… jest dla nas tylko jednym ze źródeł i nie korzysta z naszego
    systemu", "… publishes the figures and does not use the tool"."""
    for k in range(after, min(len(tokens) - 1, after + _PREDICATE_REACH)):
        token = tokens[k]
        if token in _CLAUSE_PUNCTUATION:
            return False
        if token in _COORDINATORS:
            # (the negation before the verb: "i nie korzysta", "et n'utilise pas"; not "und nutzt keine
            # Kameras", whose negation denies the cameras)
            following = tokens[k + 1:k + 4]
            verb = next((j for j, word in enumerate(following) if word in _USE_AFTER or word in _PARTICIPATION), None)
            if verb is not None and any(word in _EVERY_NEGATION or word in _NE for word in following[:verb]) and (
                    _FIRST_PERSON.isdisjoint(following[:2])):
                return True
    return False


def _about_faces(tokens: list[str], clauses: list[int], position: int) -> bool:
    """Whether facial recognition read from `position` is what something is about rather than what
    the system does: "material … about how forces in England and Wales use live facial recognition
    vans"."""
    for k in range(position - 1, max(-1, position - 1 - _ABOUT_FACES_REACH), -1):
        if clauses[k] != clauses[position]:
            return False
        # (not "the turnstile is about to compare …"; "about how …" reaches further)
        if tokens[k] in _ABOUT_FACES and tokens[k + 1] != "to" and (
                position - k <= _ABOUT_REACH or tokens[k + 1] in _HOW):
            return True
    return False


def _denied_as_user(tokens: list[str], clauses: list[int], position: int, after: int, negations: frozenset) -> bool:
    """Whether the words after a name deny that it is a user or customer: "the police are the opposing
    side, not a user of our system", "die Polizei ist kein Kunde", "a PSP não é utilizadora"."""
    if _CUSTOMERS.isdisjoint(tokens[after:after + _DENIED_USER_REACH]):
        return False
    for k in range(after, min(len(tokens), after + _DENIED_USER_REACH)):
        if clauses[k] != clauses[position]:
            return False
        if tokens[k] in _CUSTOMERS and any(token in negations for token in tokens[max(after, k - 3):k]):
            return True
    return False


def _said_to_be_the_other_side(tokens: list[str], clauses: list[int], position: int, after: int) -> bool:
    """Whether the words after a name, across a verb of being, make it the other side or what is
    studied: "the police are on the other side of the table", "de politie en het Openbaar Ministerie
    zijn in dit verband de wederpartij", "Policja jest tu wyłącznie przedmiotem badania"."""
    window = tokens[after:after + 2 * _OTHER_SIDE_REACH]
    if _OPPOSITE.isdisjoint(window) and _OTHER_SIDE_FIRST.isdisjoint(window):
        return False
    being = next((k for k in range(after, min(len(tokens), after + _OTHER_SIDE_REACH))
                  if clauses[k] == clauses[position] and tokens[k] in _VERBS_OF_BEING), None)
    if being is None:
        return False
    for k in range(being + 1, min(len(tokens), being + _OTHER_SIDE_REACH)):
        if clauses[k] != clauses[position]:
            return False
        if tokens[k] in _OPPOSITE or (k + 1 < len(tokens) and (tokens[k], tokens[k + 1]) in _OTHER_SIDE):
            return True
    return False


def _said_to_be_the_user(tokens: list[str], clauses: list[int], position: int, after: int) -> bool:
    """Whether a relative clause right after the name says it applies or uses: "…, che è il richiedente
    e l'unico utilizzatore", "…, which is the applicant", "…, qui sera l'utilisateur final"."""
    k = after
    while k < len(tokens) and k - after < 4 and clauses[k] == clauses[position] and not (
            tokens[k] in _RELATIVES or tokens[k] in _WHOSE):
        k += 1  # (the rest of the name: "… di Roma Capitale, che …")
    if k >= len(tokens) or not (tokens[k] in _RELATIVES or tokens[k] in _WHOSE) or clauses[k] != clauses[position]:
        return False
    if k > after and tokens[k - 1] in _BEHALF:
        return True  # "Departament … Centralnego Biura Antykorupcyjnego, w imieniu którego występuję"
    following = tokens[k + 1:k + 1 + _SAID_USER_REACH]
    if not any(word in _VERBS_OF_BEING or word == _IS_FOLDED for word in following[:2]):
        return False
    # ("…, que é quem vai operar a ferramenta")
    return any(word in _CUSTOMERS or word in _APPLICANT_LABELS or word in _USE_AFTER for word in following) and (
        _EVERY_NEGATION.isdisjoint(following))


def _published_in_relative(tokens: list[str], clauses: list[int], position: int, after: int) -> bool:
    """Whether the name is the subject of a relative clause whose verb, a few words on, publishes or
    issues: "de open data die de politie op data.politie.nl publiceert", "les chiffres que la
    gendarmerie diffuse chaque mois"."""
    # ("die de politie", "that the police", "die die Polizei", "que la gendarmerie", "that police")
    k = position - 2 if position >= 2 and tokens[position - 2] in _OBJECT_RELATIVES and (
        tokens[position - 1] in _DETERMINERS) else position - 1
    if k < 1 or tokens[k] not in _OBJECT_RELATIVES:
        return False
    for i in range(after, min(len(tokens), after + _RELATIVE_VERB_REACH)):
        if clauses[i] != clauses[position] or tokens[i] in _USE_AFTER:
            return False  # ("the app that the police will use to publish alerts": its user)
        if tokens[i] in _PUBLISHED or tokens[i] in _PUBLISHES:
            return True
    return False


def _presents_the_application(before: list[str]) -> bool:
    """Whether the words of a clause before "by" say that the application or project is presented,
    led or run by what follows: "O projeto é conduzido pela …", "La domanda è presentata dal …" (a
    subject that is the application, and one verb)."""
    words = [word for word in before if word in _APPLICATION_NOUNS or not (
        word in _FILLERS or word in _DETERMINERS or word in _VERBS_OF_BEING or word in _FIRST_PERSON
        or word == _IS_FOLDED)]
    return 1 <= len(words) <= 2 and words[0] in _APPLICATION_NOUNS


def _customer_is(before: list[str]) -> bool:
    """Whether the words of a clause before a name say that its customer or user is the name: "O
    cliente do piloto, que arranca em março, é o Comando …" (the clause opens with the customer), "…, e
    l'utilizzatore finale della soluzione sarebbe l'Ufficio di Polizia di Frontiera" (a few words
    before the verb)."""
    k, named = len(before) - 1, 0  # (the words of the name before the mention: "é o Comando Distrital da PSP")
    while k > 0 and named <= 2 and not (before[k] in _VERBS_OF_BEING or before[k] == _IS_FOLDED):
        named += not (before[k] in _DETERMINERS or before[k] in _INSTITUTION_NOUNS or before[k] in _OF)
        k -= 1
    # (and "e" only before an article: "é o Comando", not "copie di verbali e annotazioni di polizia")
    if not (k > 0 and named <= 2 and (before[k] in _VERBS_OF_BEING or (
            before[k] == _IS_FOLDED and k + 1 < len(before) and before[k + 1] in _DETERMINERS))):
        return False
    opening = [word for word in before if not (word in _DETERMINERS or word in _POSSESSIVES)][:2]
    if not _CUSTOMERS.isdisjoint(opening):
        return True
    if opening and opening[0] in _WHO_OPERATES and not _USE_AFTER.isdisjoint(opening[1:]):
        return True  # "Quem opera essa central, vinte e quatro horas por dia, é a Guarda Civil Municipal"
    return not _CUSTOMERS.isdisjoint(before[max(0, k - _CUSTOMER_REACH):k])


def _customers_after(tokens: list[str], clauses: list[int], after: int) -> bool:
    """Whether the words after a name count it among the customers or users: "counts the
    California Highway Patrol among its pilot customers", "X zählt zu unseren Kunden",
    "…'s Office, currently our only customer". One word of another kind may stand between."""
    following = tokens[after:after + _CUSTOMERS_REACH]
    if _CUSTOMERS.isdisjoint(following):
        return False
    clause, other = clauses[after - 1], 0
    for k, token in enumerate(following, after):
        if token in _CUSTOMERS:
            return True
        if token in _ABOUT_PREPOSITIONS:
            return False  # "relatórios da Polícia Judiciária sobre os nossos clientes": what it wrote about them
        if clauses[k] != clause and token not in _AMONG:
            return False  # ("only" starts a clause of its own: "currently our only customer")
        if not (token in _AMONG or token in _FILLERS or token in _POSSESSIVES or token in _FIRST_PERSON
                or token in _VERBS_OF_BEING):
            other += 1
            if other > 1:
                return False
    return False


def _compared(before: list[str]) -> bool:
    """Whether the words before a mention compare something with it: "unlike", "inspired by",
    or a verb of comparing whose object is the applicant's own ("compares our routing with the
    systems the police use")."""
    if not _COMPARING.isdisjoint(before):
        verb = next(i for i, token in enumerate(before) if token in _COMPARING)
        own = next((i for i in range(verb + 1, len(before)) if before[i] in _FIRST_PERSON), None)
        if own is not None and not _WITH.isdisjoint(before[own + 1:]):
            return True
    if _COMPARISON_FIRST.isdisjoint(before):
        return False
    for i, token in enumerate(before):
        if token in _COMPARISON_FIRST:
            for phrase in _COMPARISONS:
                if before[i:i + len(phrase)] == list(phrase):
                    return True
    return False


def _owned(folded: str, end: int, owner: int) -> bool:
    """Whether the organisation ending at `end` belongs to the law enforcement named at `owner`:
    "el laboratorio de la Guardia Civil", "O Instituto de Identificação Ricardo Gumbleton Daunt,
    da Polícia Civil" (an apposition after a comma), not "Ein Verein sammelt Berichte von …"."""
    between = _TOKEN_OR_COMMA.findall(folded, end, owner)
    if between and between[0].isalpha() and between[0] not in _OF and 2 <= len(between) <= 3 and between[1] in _OF:
        between = between[1:]  # "Companhia Independente de Policiamento Militar": a word of its name between
    if all(token in _OF or token in _DETERMINERS for token in between):
        return bool(between) and len(between) <= 3
    if len(between) == 1 and between[0].endswith(_POLISH_ADJECTIVE_ENDINGS):
        return True  # "Laboratorium Kryminalistyczne KWP": an adjective of its name, then whose (a genitive)
    comma = len(between) - 1 - between[::-1].index(",") if "," in between else -1
    tail = between[comma + 1:]
    # (After a comma, "de" and "des" open a new subject as often: "…, des policiers viennent".)
    # (… or a unit of it between: "O Instituto Nacional de Identificação, da Diretoria Técnico-Científica da
    # Polícia Federal")
    return 0 <= comma and bool(tail) and tail[0] in _OF and tail[0] not in ("de", "des") and (
        (len(between) <= _OWNER_REACH and all(token in _OF or token in _DETERMINERS for token in tail)) or (
            comma <= _OWNER_REACH and len(tail) <= _UNIT_NAME and (tail[-1] in _OF or tail[-1] in _OF_THE)
            and all(token.isalpha() for token in tail)))


def _past_greetings(words: list[str]) -> list[str]:
    """The words after the greeting or salutation that opens them ("Hallo zusammen", "Exmos. Senhores")."""
    k = 0
    while k < len(words) and words[k] in _GREETINGS:
        k += 1
    return words[k:]


def _names_someone_else(folded: str, sentences, by_sentence: dict) -> bool:
    """Whether the text says who applies and that is not law enforcement: "Our motor insurer …",
    "We are a civil-liberties NGO", "Seguradora que …", "Ein Stadtarchiv digitalisiert …"."""
    for i, sentence_hits in by_sentence.items():
        sentence = sentences[i]
        if i <= 1:
            # "Ik schrijf detectiveromans …", "I write crime novels": a writer, and what they write.
            topic = next((hit for hit in sentence_hits if hit.bits & TOPIC), None)
            if topic is not None:
                before = _TOKEN.findall(folded, sentence.start, topic.start)
                if len(before) <= 4 and not _WRITE.isdisjoint(before):
                    return True
        organisations = [hit for hit in sentence_hits if hit.bits & ORGANISATION and not hit.bits & LE]
        if organisations and any(folded[hit.start:hit.end] in _FALSE_FRIENDS for hit in organisations):
            # (a form that is another word in the sentence's language: "automated redaction of body-worn video")
            language = languages.language_of(sentence)
            mask = _LANGUAGE_BITS[language] if language else 0
            organisations = [hit for hit in organisations if folded[hit.start:hit.end] not in _FALSE_FRIENDS or all(
                bit != ORGANISATION or languages_mask & mask for bit, languages_mask in hit.restricted)]
        if not organisations:
            continue
        names = [(other.start, other.end) for other in sentence_hits if other.bits & LE]
        for hit in organisations:
            if any(start <= hit.start and hit.end <= end for start, end in names):
                continue  # "Secretaria Municipal de Segurança Urbana": a word of law enforcement's own name
            if folded[hit.start:hit.end] in _VENDORS:
                continue  # a supplier: the police it names may well be its customers
            if folded.count('"', sentence.start, hit.start) % 2 or folded.count("«", sentence.start, hit.start) > (
                    folded.count("»", sentence.start, hit.start)):
                continue  # inside a name in quotes: 'Progetto "Stadio sicuro" – Questura di Roma'

            owner = next((start for start, _end in names if start > hit.start), None)
            if owner is not None and _owned(folded, hit.end, owner):
                continue  # "O Instituto de Identificação …, da Polícia Civil": law enforcement's own
            before = _TOKEN.findall(folded, sentence.start, hit.start)
            if hit.start > sentence.start and folded[hit.start - 1].isalnum() and before:
                before = before[:-1]  # inside a compound: "Lokalredaktion"
            before = _past_greetings(before)  # "Hallo zusammen, wir sind das Schadenbüro einer Versicherung"
            if ":" in before[:_LABEL_REACH] and before.index(":") < len(before) - 1:
                before = before[before.index(":") + 1:]  # after a form's label: "Purpose: case preparation at a … law firm"
            if before and before[-1] in _LE_BEFORE_ORGANISATION:
                continue  # "a police school" is law enforcement's
            if hit.bits & RECORD and len(before) > 1 and before[-1] in _POSSESSIVES and before[-2] in _IN:
                continue  # "que constan en nuestros archivos": where records are kept, not an archive that applies
            if before and (before[-1], folded[hit.start:hit.end]) in _ADVERBS_NOT_ORGANISATIONS:
                continue  # "Recibimos a diario denuncias": "daily", not a newspaper
            if not before and folded[hit.end:hit.end + 2].lstrip().startswith(":"):
                continue  # "Organisatie: Politie Nederland": a form's label, not the applicant
            # "Seguradora que …", "Ein Stadtarchiv …", "L'ufficio mobilità …" (not "À l'aéroport …"),
            # "our driving school", "this consultancy", "we are a civil-liberties NGO".
            # "A primary school …", "Une petite association …": an article and a word or two (not
            # "The Metropolitan Police's partner company"; "À l'aéroport …" opens with a place: a
            # preposition and an article).
            # ("Regionaler Kfz-Versicherer aus dem Münsterland.": an adjective and a compound's first part)
            opening = (len(before) <= 1 and not _STARTS_PHRASE.intersection(before)) or (
                len(before) == 2 and (i == 0 or "\n" in folded[sentences[i - 1].end:sentence.start + 1]) and not _STARTS_PHRASE.intersection(
                    before) and not _DETERMINERS.intersection(before) and not any(
                    start < hit.start for start, _end in names)) or (
                2 <= len(before) <= 3 and before[0] in _DETERMINERS and before[1] not in _DETERMINERS
                and not _STARTS_PHRASE.intersection(before[1:])
                and not any(other.bits & LE and other.start < hit.start for other in sentence_hits))
            # (Portuguese "nos" is also "in the": "as boxes automáticas nos aeroportos")
            if opening or any((token in _FIRST_PERSON and not (
                    token in _PORTUGUESE_IN_THE and languages.language_of(sentence) == "pt")) or token in _THIS
                    for token in before[-3:]):
                return True
            le_before = any(start < hit.start for start, _end in names)
            # "Na Faculdade de Direito da Universidade do Porto damos …", "At our lab we …": where
            # "we" work; "Grant NCN, Uniwersytet Warszawski: badamy …".
            if not le_before and len(before) <= 3 and (len(before) < 2 or before[0] not in _STARTS_PHRASE) and any(
                    token in _FIRST_PERSON or (len(token) >= 5 and token.endswith(_FIRST_PERSON_PLURAL_ENDINGS))
                    for token in _TOKEN.findall(folded, hit.end, min(sentence.end, hit.end + _WE_CHARACTERS))[:_WE_REACH]):
                return True
            # "National Justice Museum, Nottingham: digitisation grant.": a heading that names the applicant.
            rest = _TOKEN_OR_COMMA.findall(folded, hit.end, min(sentence.end + 1, hit.end + _AROUND))[:2]
            if not le_before and len(before) <= 3 and not _STARTS_PHRASE.intersection(before) and i == min(
                    by_sentence) and (not rest or rest[0] in _HEADING_ENDS or (len(rest) > 1 and rest[1] in _HEADING_ENDS)):
                # (and "Idee van de regioredactie Twente:": a place between)
                return True
            # "We handle motor claims for a mid-sized insurer", "The Lakeside Ledger is a nonprofit
            # newsroom": the applicant says what it is, with no law enforcement named before.
            if any(other.bits & LE and other.start < hit.start for other in sentence_hits):
                continue
            # "an auto insurer", "is a nonprofit newsroom": an article right before, early in the sentence.
            article = before and (len(before) <= 6 or (len(before) <= 10 and (
                before[0] in _FIRST_PERSON or before[0] in _I))) and (before[-1] in _DETERMINERS or (
                len(before) > 1 and before[-2] in _DETERMINERS and before[-1] not in _DETERMINERS))
            early = before and (len(before) <= 6 or (len(before) <= 10 and (
                before[0] in _FIRST_PERSON or before[0] in _I)))
            last = max((k for k in range(max(0, len(before) - 3), len(before)) if before[k] in _INDEFINITE),
                       default=None)
            indefinite = early and last is not None and _DETERMINERS.isdisjoint(before[last + 1:])
            # (Polish says "we" in the verb: "Prowadzimy lokalny portal informacyjny".)
            we = before and len(before) <= 3 and (before[0] in _FIRST_PERSON or before[0] in _I or (
                len(before[0]) > 5 and before[0].endswith(_POLISH_WE)))
            # "Als Kfz-Versicherer …", "As a claims team …", "En tant que musée …" (not Portuguese "As recomendações")
            as_ = before and len(before) <= 4 and (before[0] in _AS or (len(before) > 2 and before[1] == "tant")) and (
                before[0] != "as" or (len(before) > 1 and before[1] in _INDEFINITE))
            if we or indefinite or as_ or (article and not _VERBS_OF_BEING.isdisjoint(before[-3:])):
                # … and "Als Kfz-Versicherer erhalten wir …", "En tant que musée, nous …", "Je suis
                # autrice de …", "Lakeshore Mutual, an auto insurer in Michigan, …"
                return True
    return False


def _report_languages(document: _Document, sentences, found: dict) -> None:
    current = None
    for sentence in sentences:
        if sentence.unsupported is None:
            current = None
            continue
        field, start, end = document.locate(sentence.start, sentence.end)
        original = document.originals[field]
        while start < end and original[start].isspace():
            start += 1
        while end > start and original[end - 1].isspace():
            end -= 1
        if current is not None and current["language"] == sentence.unsupported and (
                current["field"] == document.fields[field]):
            current["end"] = end
            current["text"] = original[current["start"]:end]
            continue
        current = {"field": document.fields[field], "start": start, "end": end, "text": original[start:end],
                   "negated": False, "language": sentence.unsupported}
        found[UNSCREENED_LANGUAGE].append(current)


def _organization_spans(organization: dict) -> list[dict]:
    spans = []
    name = organization.get("name") or ""
    if name:
        folded, index = fold(name)
        spaced = languages.spaced(folded)

        def original_of(start: int, end: int) -> str:
            start, end = unfold(name, index, start, end) if index is not None else (start, end)
            return name[start:end]

        for hit in _joined(hit for hit in _hits(folded, spaced, original_of) if hit.bits & LE):
            start, end = unfold(name, index, hit.start, hit.end) if index is not None else (hit.start, hit.end)
            spans.append({"field": "organization.name", "start": start, "end": end, "text": name[start:end],
                          "negated": False})
    for number, domain in enumerate(organization.get("domains") or ()):
        for label in re.finditer(r"[a-z0-9]+", domain):
            word = label.group()
            if (word in _DOMAIN_LABELS or any(part in word for part in _DOMAIN_WORDS)
                    or (_DOMAIN_PD.match(word) and label.end() < len(domain))):
                spans.append({"field": "organization.domains", "start": label.start(), "end": label.end(),
                              "text": word, "negated": False, "index": number})
                break
    return spans
