"""Free-text signals: facial-recognition and law-enforcement language in five languages, with
negation, and evidence spans that point into the original text. No database needed."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening.signals import detect, find_spans


def spans(text: str, signal: str) -> list[tuple[str, bool]]:
    return [(span["text"], span["negated"]) for span in find_spans(text)[signal]]


def fr(text: str) -> list[tuple[str, bool]]:
    return spans(text, "facial_recognition")


def le(text: str) -> list[tuple[str, bool]]:
    return spans(text, "law_enforcement")


@pytest.mark.parametrize(("text", "found"), [
    ("The app performs facial recognition on uploads.", "facial recognition"),
    ("Officers run face-matching on their phones.", "face-matching"),
    ("A face search over the archive.", "face search"),
    ("We keep a faceprint for every member.", "faceprint"),
    ("Staff identify regular customers by their faces.", "identify regular customers by their faces"),
    ("Identify persons of interest from their facial features.",
     "Identify persons of interest from their facial features"),
    ("The system will match faces against a watchlist.", "match faces against"),
    ("Faces are compared against the banned list.", "Faces are compared against"),
    ("Sistema de reconocimiento facial para accesos.", "reconocimiento facial"),
    ("Identificación facial de los socios.", "Identificación facial"),
    ("La reconnaissance faciale des visiteurs.", "reconnaissance faciale"),
    ("Mitarbeitende werden per Gesichtserkennung erkannt.", "Gesichtserkennung"),
    ("Echtzeit-Gesichtserkennungssoftware am Eingang.", "Gesichtserkennungssoftware"),
    ("Reconhecimento facial de clientes.", "Reconhecimento facial"),
    ("Cameras identify suspects in the footage.", "identify suspects"),
    ("The door camera recognizes people as they arrive.", "recognizes people"),
    ("Matching of faces against the archive.", "Matching of faces against"),
])
def test_facial_recognition_language_is_found(text, found):
    assert (found, False) in fr(text)


@pytest.mark.parametrize(("text", "found"), [
    ("We do not use facial recognition.", "facial recognition"),
    ("No face matching is performed.", "face matching"),
    ("Redaction works without facial recognition.", "facial recognition"),
    ("We blur faces in the video and will not identify anyone.", "identify anyone"),
    ("Facial recognition is not used in this project.", "Facial recognition"),
    ("Facial recognition is prohibited.", "Facial recognition"),
    ("No utilizamos reconocimiento facial.", "reconocimiento facial"),
    ("El reconocimiento facial no se utiliza.", "reconocimiento facial"),
    ("Sin reconocimiento facial.", "reconocimiento facial"),
    ("Nous n'utilisons pas la reconnaissance faciale.", "reconnaissance faciale"),
    ("Nous n’utilisons pas la reconnaissance faciale.", "reconnaissance faciale"),
    ("La reconnaissance faciale n'est pas utilisée.", "reconnaissance faciale"),
    ("Wir setzen keine Gesichtserkennung ein.", "Gesichtserkennung"),
    ("Gesichtserkennung wird nicht eingesetzt.", "Gesichtserkennung"),
    ("Não usamos reconhecimento facial.", "reconhecimento facial"),
    ("O reconhecimento facial não é utilizado neste projeto.", "reconhecimento facial"),
])
def test_negated_facial_recognition_is_reported_as_negated(text, found):
    assert fr(text) == [(found, True)]


@pytest.mark.parametrize("text", [
    "We detect faces in body-worn video and blur them before release.",
    "Face detection finds faces so that they can be blurred.",
    "Count faces in the gallery to estimate occupancy.",
    "The user interface recognition rate improved.",
    "Bystanders cannot be identified after redaction.",
    "Re-identification of individuals in images is a privacy risk we test for.",
    "Face-to-face meetings with staff; posts are shared on Facebook.",
    "Surface recognition of defects on the production line.",
    "The system will identify key themes from survey responses.",
])
def test_face_detection_blurring_and_counting_are_not_facial_recognition(text):
    assert fr(text) == []


@pytest.mark.parametrize("text", [
    "Facial recognition is never used as the sole basis for an arrest.",
    "Facial recognition is not used in real time.",
    "We are not only translating: we also run facial recognition.",
    "Investimos no reconhecimento facial para aeroportos.",
])
def test_qualified_or_contrasted_mentions_stay_affirmative(text):
    assert [negated for _, negated in fr(text)] == [False]


@pytest.mark.parametrize(("text", "found"), [
    ("A tool for police use.", "police"),
    ("Built for law enforcement agencies.", "law enforcement"),
    ("Patrol officers dictate their notes.", "officers"),
    ("The county sheriff's office.", "sheriff's"),
    ("Para la Policía Local de Sevilla.", "Policía"),
    ("Apoyo a las fuerzas del orden.", "fuerzas del orden"),
    ("Destiné aux forces de l'ordre.", "forces de l'ordre"),
    ("Für die Landespolizei.", "Landespolizei"),
    ("Für Strafverfolgungsbehörden.", "Strafverfolgungsbehörden"),
    ("Para uso da polícia civil.", "polícia"),
    ("Órgãos de aplicação da lei.", "aplicação da lei"),
])
def test_law_enforcement_language_is_found(text, found):
    assert (found, False) in le(text)


@pytest.mark.parametrize("text", [
    "This tool is not for law enforcement use.",
    "Data will never be shared with police.",
    "No es para la policía.",
    "Ce n'est pas destiné à la police.",
    "Nicht für die Polizei bestimmt.",
    "Não é destinado à polícia.",
])
def test_negated_law_enforcement_is_reported_as_negated(text):
    assert [negated for _, negated in le(text)] == [True]


@pytest.mark.parametrize("text", [
    "Our data protection officer reviews every output.",
    "The chief executive officer signs off.",
    "The company's officers and directors approve the budget.",
    "See our privacy policy.",
])
def test_officers_of_other_kinds_and_policies_are_not_law_enforcement(text):
    assert le(text) == []


def test_a_negation_does_not_reach_past_but():
    assert le("We are not a police department, but we build for police.") == [("police", True), ("police", False)]


def test_spans_point_into_the_original_text_of_each_field():
    facts = {
        "title": "Gesichtserkennung für die POLIZEI",
        "description": "Sistema de  RECONOCIMIENTO  FACIAL.\nNo face matching is performed.",
        "data_sources": "",
        "human_oversight": "Officers review alerts.",
        "facial_recognition": {"purpose": "Find the Policía’s suspects."},
    }
    found = detect(facts)
    fields = {"title": facts["title"], "description": facts["description"],
              "human_oversight": facts["human_oversight"],
              "facial_recognition.purpose": facts["facial_recognition"]["purpose"]}
    for span in found["facial_recognition"] + found["law_enforcement"]:
        assert fields[span["field"]][span["start"]:span["end"]] == span["text"]
    assert [(s["field"], s["text"], s["negated"]) for s in found["facial_recognition"]] == [
        ("title", "Gesichtserkennung", False),
        ("description", "RECONOCIMIENTO  FACIAL", False),
        ("description", "face matching", True),
    ]
    assert [(s["field"], s["text"]) for s in found["law_enforcement"]] == [
        ("title", "POLIZEI"), ("human_oversight", "Officers"), ("facial_recognition.purpose", "Policía"),
    ]


def test_decomposed_accents_keep_offsets_into_the_original():
    text = "Reconhecimento faciа\u0301l e Polici\u0301a"  # combining acute accents
    for signal in ("facial_recognition", "law_enforcement"):
        for span in find_spans(text)[signal]:
            assert text[span["start"]:span["end"]] == span["text"]
    assert [s["text"] for s in find_spans("La Polici\u0301a local")["law_enforcement"]] == ["Polici\u0301a"]


vocabulary = st.sampled_from([
    "facial recognition", "face-matching", "reconocimiento facial", "Gesichtserkennung", "polícia",
    "POLICE", "officers", "no", "not", "keine", "n’utilisons pas", "sin", "não", "ß", "İ", "e\u0301",
    "\u2019", "—", ".", ";", ":", "\n", "(", " ", "identify", "by their faces", "faces", "against",
    "watchlist", "detective", "中文", "🙂", "\x00",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(vocabulary | st.text(max_size=8), max_size=30).map("".join))
def test_every_span_is_exactly_the_original_text_between_its_offsets(text):
    for signal, found in find_spans(text).items():
        for span in found:
            assert 0 <= span["start"] < span["end"] <= len(text), signal
            assert text[span["start"]:span["end"]] == span["text"]


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(
    st.sampled_from(["title", "description", "data_sources", "human_oversight"]),
    st.lists(vocabulary | st.text(max_size=8), max_size=20).map("".join),
), st.lists(vocabulary, max_size=10).map("".join))
def test_spans_across_all_fields_point_into_their_own_field(fields, purpose):
    facts = {**fields, "facial_recognition": {"purpose": purpose}}
    texts = {**fields, "facial_recognition.purpose": purpose}
    for found in detect(facts).values():
        for span in found:
            assert texts[span["field"]][span["start"]:span["end"]] == span["text"]
