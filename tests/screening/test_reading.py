"""The v2 text reader (screening.reading): facial recognition described without fixed phrases,
law enforcement by its institutions and as user rather than topic, negation, the organisation's
own name and domains, text in other languages, and exact evidence offsets."""
import pytest

from screening import reading
from screening.engine import screen_document
from screening.policy import compile_policy
from tests.screening.test_cases import HERE

POLICY = compile_policy((HERE.parents[1] / "policies" / "v2.yaml").read_text(encoding="utf-8"))


def counted(text: str, signal: str) -> list[str]:
    return [span["text"] for span in reading.find_spans(text)[signal] if reading.counts(span)]


@pytest.mark.parametrize("text", [
    "Officers compare the faces of passers-by with a watchlist.",
    "Gesichtsbilder werden mit der Verbrecherkartei abgeglichen.",
    "Die Echtzeit-Gesichtserkennungslösung meldet gesuchte Personen.",
    "I volti vengono confrontati con l'archivio fotosegnaletico.",
    "Kamery porównują twarze przechodniów z bazą osób poszukiwanych.",
    "De camera's herkennen gezichten van voorbijgangers.",
    "A probe image is searched against the gallery.",
    "Facial biometrics let members in without a card.",
    "The access gate cannot work without face verification.",
    "Ohne Gesichtserkennung ist der Zutritt nicht möglich.",
])
def test_it_reads_facial_recognition_in_any_wording(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Faces in the footage are detected and blurred before release.",
    "Gesichter werden automatisch erkannt und verpixelt.",
    "La cámara cuenta los rostros de la cola, sin identificar a nadie.",
    "We do not use facial recognition.",
    "No face matching is performed.",
    "Nie stosujemy rozpoznawania twarzy.",
    "Angesichts der vielen Anfragen sucht das System passende Textbausteine.",
    "Un progetto volto a identificare i documenti falsi.",
    "The challenges agencies face in identifying fraud are large.",
])
def test_face_detection_negation_and_lookalike_words_are_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize(("text", "expected"), [
    ("Nuestro cliente final es la Ertzaintza.", ["Ertzaintza"]),
    ("Les gendarmes dicteront leurs comptes rendus.", ["gendarmes"]),
    ("Ein Chatbot im Auftrag des Polizeipräsidiums Köln.", ["Polizei"]),
    ("Used by ICE officers during encounters.", ["ICE", "officers"]),
    ("Journalists summarise news articles about the police.", []),
    ("Analizaremos las estadísticas publicadas por la Policía Nacional.", []),
    ("The service is not for the police or other agencies.", []),
    ("The ice on the road is measured by compliance officers.", []),
])
def test_law_enforcement_is_read_as_user_not_as_topic(text, expected):
    assert counted(text, reading.LAW_ENFORCEMENT) == expected


def test_a_sentence_in_another_language_is_reported_with_its_language_and_exact_span():
    text = "We summarise customer emails. Verktyget jämför också ansikten på bilder från butikens kameror."
    [span] = reading.find_spans(text)[reading.UNSCREENED_LANGUAGE]
    assert (span["language"], span["text"]) == ("sv", text[span["start"]:span["end"]])
    assert span["text"].startswith("Verktyget")


def test_evidence_offsets_are_exact_with_decomposed_accents():
    text = "La Polici\u0301a Nacional comparara\u0301 rostros con la lista de vigilancia."
    spans = reading.find_spans(text)
    for found in spans.values():
        for span in found:
            assert text[span["start"]:span["end"]] == span["text"]
    assert spans[reading.LAW_ENFORCEMENT][0]["text"] == "Polici\u0301a Nacional"


def test_the_organisation_name_and_domains_are_evidence_of_law_enforcement():
    result = screen_document({
        "title": "Translation", "description": "Translate manuals.",
        "organization": {"name": "Riverside County Sheriff's Office", "type": "government", "country": "US",
                         "domains": ["example.org", "met.police.uk"]},
        "capabilities": ["translation"],
    }, POLICY)
    [rule] = result["matched_rules"]
    assert rule["id"] == "undeclared-law-enforcement"
    assert [(e["field"], e["text"]) for e in rule["evidence"]] == [
        ("organization.name", "Sheriff's Office"), ("organization.domains", "police")]
    assert rule["evidence"][1]["index"] == 1


def test_a_declared_law_enforcement_organisation_is_not_undeclared():
    result = screen_document({
        "title": "Reports", "description": "Officers of the Polizei summarise reports.",
        "organization": {"name": "Polizei Berlin", "type": "police_department", "country": "DE"},
        "capabilities": ["summarization"],
    }, POLICY)
    assert [rule["id"] for rule in result["matched_rules"]] == ["law-enforcement-use"]


def test_a_turkish_description_matches_unscreened_language():
    result = screen_document({
        "title": "Yüz tanıma", "organization": {"name": "Acme", "type": "commercial", "country": "TR"},
        "description": "Bu yazılım, mağazaya giren müşterilerin yüzlerini kara listedeki kişilerle karşılaştırır.",
        "capabilities": ["image_analysis"],
    }, POLICY)
    [rule] = result["matched_rules"]
    assert (rule["id"], rule["evidence"][0]["language"]) == ("unscreened-language", "tr")


def test_spans_are_mapped_back_to_their_own_field_and_offsets():
    facts = {
        "title": "Gesichtserkennung",
        "description": "Resumen de denuncias para la Polici\u0301a Local. Nada ma\u0301s.",
        "data_sources": "Faces are compared against the watchlist.",
        "human_oversight": "Verktyget används också för att sammanfatta kundernas synpunkter varje vecka.",
        "organization": {"name": "Acme"},
    }
    found = reading.detect(facts)
    for spans in found.values():
        for span in spans:
            assert facts[span["field"]][span["start"]:span["end"]] == span["text"]
    assert [(s["field"], s["text"]) for s in found[reading.FACIAL_RECOGNITION]] == [
        ("title", "Gesichtserkennung"), ("data_sources", "Faces are compared")]
    assert [(s["field"], s["text"]) for s in found[reading.LAW_ENFORCEMENT]] == [
        ("description", "Polici\u0301a Local")]
    assert [s["field"] for s in found[reading.UNSCREENED_LANGUAGE]] == ["human_oversight"]


def test_a_phrase_does_not_run_across_two_fields():
    found = reading.detect({"title": "Made for law", "description": "enforcement of parking rules in the city",
                            "organization": {"name": "Acme"}})
    assert found[reading.LAW_ENFORCEMENT] == []
