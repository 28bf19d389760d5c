"""The v2 text reader (screening.reading): facial recognition described without fixed phrases,
law enforcement by its institutions and as user rather than topic, negation, the organisation's
own name and domains, text in other languages, and exact evidence offsets."""
import pytest

from screening import languages, reading
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
        ("organization.name", "County Sheriff's Office"), ("organization.domains", "police")]
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


# Police as the subject matter, found through the build's inflected forms: a "former" of the
# right gender and case, the founder or team, statistics and journalism (compounds included),
# and what the police publish — while "for"/"by" the police as user still counts.
@pytest.mark.parametrize("text", [
    "Ancienne policière, notre cofondatrice dirige aujourd'hui une agence de voyages.",
    "Unsere Mitgründerin ist ehemalige Polizistin und leitet jetzt eine Bäckereikette.",
    "Nasza współzałożycielka, była policjantka, prowadzi sklep z rowerami.",
    "Onze oprichters zijn voormalige politieagenten; de app plant nu bruiloften.",
    "Uma antiga agente da Polícia Judiciária fundou a nossa loja de flores.",
    "The tool charts the crime figures the police publish every quarter.",
    "Das Dashboard zeigt die Unfallstatistiken der Polizei für Verkehrsplaner.",
    "Voor een onderzoeksjournalistiek project lezen we de criminaliteitscijfers van de politie.",
    "Les chiffres que la police publie chaque mois alimentent notre carte.",
    "Pobieramy dane o wypadkach, które publikuje policja.",
    "Usamos os números de furtos divulgados pela PSP para uma reportagem.",
    "Tratamos las cifras de delitos difundidas por la Policía Nacional para un reportaje.",
])
def test_police_as_topic_in_every_language_does_not_count(text):
    assert not counted(text, reading.LAW_ENFORCEMENT), reading.find_spans(text)[reading.LAW_ENFORCEMENT]


@pytest.mark.parametrize("text", [
    "The assistant summarises case files for the police.",
    "Die Software wird von der Polizei zur Auswertung von Vernehmungen genutzt.",
    "Het systeem wordt door de politie gebruikt om aangiftes samen te vatten.",
    "Narzędzie służy policji do tłumaczenia przesłuchań.",
    "Le Ministère public va utiliser l'outil pour résumer les dossiers.",
    "O Ministério Público quer usar o assistente para resumir processos.",
    # The subject of a verb of use is the user, even in a sentence about statistics.
    "The police will use our tool to produce crime statistics.",
    "Die Polizei nutzt unsere Software, um Kriminalstatistiken zu erstellen.",
    "De politie gebruikt ons dashboard voor misdaadcijfers.",
    "Policja korzysta z naszego narzędzia do statystyk przestępczości.",
    "La police utilise notre outil pour produire des statistiques.",
])
def test_police_as_user_still_counts(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


# An act on a face picture with no face noun: an identity-document photo, a selfi, a probe image.
@pytest.mark.parametrize("text", [
    "Customers are verified by matching a live photo to the picture in their passport.",
    "Probe images are searched and a ranked list of candidates is returned.",
    "Probe photos are run against the state's driver license database.",
    "El sistema contrasta la foto del solicitante con la imagen del pasaporte.",
    "Die App vergleicht ein Foto des Kunden mit dem Bild im Personalausweis.",
    "L'application compare une photo prise en direct avec celle de la carte d'identité.",
    "Il sistema confronta una foto scattata al momento con la foto della patente di guida.",
    "De app vergelijkt een selfie met de foto in het paspoort.",
    "Aplikacja porównuje zdjęcie klienta ze zdjęciem w dowodzie osobistym.",
    "El sistema compara un selfi del usuario con su pasaporte.",
])
def test_identity_document_photos_compared_are_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "The scanner checks that the passport is not expired.",
    "Nous vérifions la date de validité du passeport.",
])
def test_an_identity_document_without_a_picture_compared_is_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


# Detection verbs with "without identifying" and a negative determiner that agrees with it,
# in its inflected forms ("ningún", "aucune", "żadnego", "keinen", "nessun", "geen").
@pytest.mark.parametrize("text", [
    "La cámara detecta las caras en la sala sin identificar a ninguna persona.",
    "La caméra compte les visages dans la file sans identifier aucune personne.",
    "Kamera zlicza twarze w kolejce, bez identyfikowania żadnego klienta.",
    "La telecamera conta i volti in coda senza identificare nessun cliente.",
    "De camera telt gezichten in de rij zonder klanten te identificeren.",
    "La caméra compte les visages sans identifier personne.",
    "A câmera conta os rostos na fila sem identificar nenhuma pessoa.",
    "Die Kamera zählt Gesichter in der Schlange, ohne jemanden zu identifizieren.",
    "Gesichter werden erkannt und gezählt, um die Auslastung zu schätzen.",
    "The camera counts faces in the queue without identifying anyone.",
])
def test_counting_or_detecting_faces_without_identifying_is_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION), reading.find_spans(text)[reading.FACIAL_RECOGNITION]


# A negative determiner after "without X" that is not the object of its verb cancels it: the
# double negative affirms, in every inflection the build adds.
@pytest.mark.parametrize("text", [
    "Ohne Gesichtserkennung kann keine Tür geöffnet werden.",
    "Sin reconocimiento facial ningún cliente puede entrar.",
    "Sans reconnaissance faciale, aucune porte ne s'ouvre.",
    "Bez rozpoznawania twarzy żadne drzwi się nie otworzą.",
    "Zonder gezichtsherkenning gaat geen enkele deur open.",
])
def test_without_then_a_negative_determiner_elsewhere_still_affirms(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


def test_topic_evidence_offsets_stay_exact():
    text = "Ancienne commissaire de police, elle a fondé une crèche."
    spans = reading.find_spans(text)[reading.LAW_ENFORCEMENT]
    assert spans and all(text[s["start"]:s["end"]] == s["text"] and s.get("topic") for s in spans)


# Reading double negatives, frames and the reach of "without" (written for these tests, in
# several languages; not sentences of the evaluation corpora).
@pytest.mark.parametrize("text", [
    "No visitor enters the lounge without their face being compared with the booking photo.",
    "Nessun dipendente entra in magazzino senza che il suo volto venga confrontato con il badge.",
    "Ningún pasajero embarca sin que su rostro se compare con la foto del pasaporte.",
    "Żaden pracownik nie otworzy sejfu bez porównania jego twarzy ze zdjęciem w kartotece.",
    "Geen enkele bezoeker komt binnen zonder dat zijn gezicht wordt vergeleken met de foto.",
    "It is not true that the kiosk does not compare faces with the registered photos.",
    "Não é verdade que o sistema não compara os rostos dos clientes com as fotos do cadastro.",
    "Es stimmt nicht, dass das System keine Gesichter mit den Ausweisfotos abgleicht.",
    "Reisende werden am Gate ohne Bordkarte anhand ihres Gesichts wiedererkannt.",
    "Faces at the door are compared with the member photos and, if they do not match, the door stays shut.",
])
def test_double_negatives_and_frames_that_affirm_are_read_as_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "It is not true that the kiosk compares faces with the registered photos.",
    "We never attempt to identify people or compare faces across accounts.",
    "Ein Abgleich von Gesichtern mit einer Datenbank ist ausdrücklich nicht vorgesehen.",
    "La cámara funciona sin reconocimiento facial de ningún tipo.",
    "Die Kamera erkennt, ob Gesichter im Bild sind, und sperrt dann den Bildschirm.",
])
def test_denials_stay_denials(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Il nostro software di face matching 1:N aiuta gli hotel a riconoscere gli ospiti abituali.",
    "Staff badge in by showing their face to the reader; the system then compares the image with the reference photos.",
    "Les voyageurs sont pris en photo, puis leurs visages, qui sont comparés aux photos du passeport, servent à l'embarquement.",
    "Event photographers sort the pictures by who appears in them, using face similarity.",
])
def test_facial_recognition_across_clauses_and_in_loanwords(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Der Zollfahndungsdienst will Frachtpapiere mit dem Modell prüfen.",
    "La Sûreté du Québec veut classer les signalements reçus en ligne.",
    "Streifenbeamte sollen den Dienst nutzen, um Vernehmungen zu dolmetschen.",
    "De recherche wil dossiers van oude zaken laten samenvatten.",
    "Our company sells transcription software; our customers are sheriff's offices in Ohio.",
    "Somos consultores y el usuario final es la Fiscalía General del Estado.",
    "The chatbot answers questions from residents on behalf of the Metropolitan Police.",
    "Nuestra empresa ofrece a las secretarías de seguridad pública un motor de búsqueda de documentos.",
    "Systemy dla funkcjonariuszy wydziałów kryminalnych w komendach powiatowych Policji.",
])
def test_law_enforcement_named_by_its_institutions_staff_or_as_customer_counts(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Our insurance company reads the police accident reports customers attach to their claims.",
    "We are a civil-rights association; we classify testimonies about identity checks carried out by the police.",
    "Ein Stadtmuseum ordnet Fotos aus der Geschichte der Landespolizei für eine Ausstellung.",
    "Unlike the tools used by the police, our parking app only counts free spaces.",
    "A diferencia de los sistemas que usa la policía, nuestra app solo cuenta plazas libres.",
    "Nuestra productora escribe una serie sobre dos inspectores de la Policía Nacional en los años ochenta.",
    "De provincie gebruikt de ongevallengegevens van de politie om kruispunten te verbeteren.",
    "L'ufficio traffico del Comune usa i dati degli incidenti rilevati dalla Polizia Locale.",
    "Nous recherchons des articles de presse pour notre revue de presse quotidienne.",
])
def test_law_enforcement_as_subject_matter_of_a_named_applicant_does_not_count(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Our benchmark compares our triage queue with the dispatch tools used by the police and ambulance services.",
    "Wir vergleichen unsere Einsatzplanung mit den Systemen, die von der Polizei genutzt werden.",
    "Un portale di notizie locale riassume i comunicati della Polizia di Stato per i lettori.",
    "Notre outil de tri s'inspire des méthodes de la gendarmerie, mais il est vendu aux cliniques.",
])
def test_comparisons_and_news_about_law_enforcement_do_not_count(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Die App verzichtet bewusst auf jeden Abgleich von Gesichtern.",
    "La aplicación renuncia al reconocimiento facial y solo cuenta visitantes.",
])
def test_forgoing_is_a_negation(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


def test_law_enforcement_after_a_fronted_place_is_still_the_subject():
    assert counted("At the airport e-gates, border guards check each traveller's passport chip.", reading.LAW_ENFORCEMENT)
    assert counted("Aux aéroports, la Police aux frontières vérifie les passeports.", reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Matching customers' faces was evaluated and rejected by the board; cards are used instead.",
    "Jede Form des Gesichtsabgleichs mit Passfotos, auch zu Testzwecken, ist ausgeschlossen.",
    "Het vergelijken van gezichten met pasfoto's maakt geen deel uit van het project.",
    "La comparaison des visages avec les photos d'identité, envisagée un temps, a été écartée.",
    "Il confronto dei volti con le foto dei documenti è stato scartato in fase di progetto.",
])
def test_a_predicate_that_denies_a_long_subject_negates_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "We compare faces at the gate with the photos of people who are banned from the venue.",
    "Wir gleichen Gesichter mit den Fotos der Personen ab, die vom Stadion ausgeschlossen sind.",
])
def test_a_denying_predicate_of_another_clause_does_not_negate_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "It is not true that the lab lets visitors in without checking their face against the badge photo.",
    "Nie jest prawdą, że biuro wpuszcza gości bez porównania ich twarzy ze zdjęciem z dowodu.",
    "Żaden pracownik nie wejdzie do serwerowni, dopóki kamera nie porówna jego twarzy ze zdjęciem w kartotece.",
    "Nessun ospite riceve la chiave finché il suo volto non è stato confrontato con la foto del documento.",
])
def test_frames_and_until_clauses_that_affirm_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "La plateforme contrôle le titre de transport par QR code, sans jamais comparer la photo au visage du voyageur.",
    "The kiosk validates the ticket with a barcode reader, without ever matching the holder's face to a photo.",
    "Die App prüft den Ausweis per NFC-Chip, ohne jemals das Passfoto mit dem Gesicht abzugleichen.",
])
def test_what_without_after_a_comma_leaves_out_is_read_on_its_own(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    # the agent of what happened to someone, not the user
    "A youth club in Leeds is visited every month by neighbourhood officers; staff want help writing newsletters.",
    # the police's records named after the name ("police incident logs")
    "Our claims department reads police incident logs sent with each claim and wants the dates extracted.",
    # modelled on the police, with no link to them
    "Nuestra empresa de mensajería se inspira en los turnos de la Guardia Civil para planificar repartos.",
    # what the police announced, read by a newsroom
    "Un quotidiano online analizza le operazioni annunciate dai Carabinieri negli ultimi anni.",
    # "for years", not "by the traffic police"
    "Nasz założyciel przez wiele lat pracował w drogówce; teraz prowadzimy szkołę jazdy i chcemy asystenta.",
    # the police of a sentence that says they take no part, in a newsroom's text
    "Eine Lokalredaktion wertet Polizeiberichte über Einbrüche aus; die Polizei selbst wirkt nicht mit.",
])
def test_law_enforcement_as_agent_model_or_source_is_topic(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    # a vendor's customers, with articles and institution nouns between
    "Sviluppiamo software gestionale; i nostri clienti sono i comandi di polizia municipale di molti comuni.",
    # Polish verb before its subject
    "Jesteśmy firmą z Poznania; naszą aplikację stosują komendy miejskie policji w całym kraju.",
    # German ranks and squads in their plural and feminine forms
    "Kriminaloberkommissarinnen einer Sonderkommission brauchen Zusammenfassungen langer Akten.",
    # customs as law enforcement
    "A Alfândega quer classificar declarações de importação para sinalizar contrabando.",
])
def test_law_enforcement_named_in_other_ways_counts(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "The archive tool returns every video in which the same face as in the uploaded still appears.",
    "Narzędzie grupuje nagrania, na których widać tę samą twarz.",
    "El sistema localiza por su rostro a la misma persona en todas las grabaciones.",
    "Beim Betreten des Labors wird das Webcam-Bild mit dem Foto auf dem Studierendenausweis verglichen.",
    "Au début de l'examen, l'image de la webcam est comparée à la photo de la carte d'étudiant.",
    "Kamera porównuje wizerunek ucznia ze zdjęciem w legitymacji.",
    "Nobody enters the vault if their face does not match one of the enrolled photos.",
])
def test_same_face_student_cards_and_conditions_are_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "At no point does the platform attempt to recognise or identify a human face.",
    # frames with no negation word of their own still deny (the reader must not skip the sentence)
    "Em caso algum o sistema compara os rostos dos clientes com fotografias.",
    "It is false that the kiosk compares customers' faces with their ID photos.",
    "Zu keinem Zeitpunkt werden Gesichter mit Fotos aus einer Datenbank abgeglichen.",
    "Camera traps identify individual lynxes by their coat patterns; people are removed from the photos.",
    "Die Umfrage prüft per Lebenderkennung, ob ein Mensch vor der Kamera sitzt; gespeichert wird nichts.",
    "Der Shop misst die Gesichtsbreite, um passende Brillengestelle vorzuschlagen.",
])
def test_clause_wide_negations_animals_and_liveness_are_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "La nostra startup scrive i verbali; li usano già i Carabinieri di molte stazioni.",
    "Notre éditeur fournit un outil d'analyse de comptes pour l'OCRGDF.",
    "De gemeente geeft haar boa's een app die rapporten opstelt.",
])
def test_law_enforcement_after_its_verb_and_by_its_acronyms_counts(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Editors upload a reference photo of a guest and get back every interview in which that person appears.",
    "A partir de uma fotografia de referência, o sistema lista os vídeos em que a pessoa aparece.",
    "Nessun dipendente entra in magazzino se il suo volto non corrisponde a una delle foto registrate.",
    "Drzwi otworzą się tylko wtedy, gdy twarz gościa odpowiada zdjęciu w rezerwacji.",
    "The tool clusters the faces in seized photo sets so analysts see which images show one person.",
])
def test_reference_photos_conditions_and_clustering_are_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "If the visitor agrees, we do not compare their face with any photo; they show a ticket instead.",
    "Se il cliente lo chiede, non confrontiamo mai il volto con le foto dei documenti.",
    "Upload a reference photo of the product and the catalogue lists every page on which it appears.",
])
def test_a_condition_before_a_comma_and_a_product_reference_are_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize(("text", "evidence"), [
    ("Komenda Miejska Policji w Łodzi: funkcjonariusze porównują twarze ze zdjęciami.", "porównują twarze"),
    ("Wir setzen „Gesichtserkennung“ an der Pforte ein.", "Gesichtserkennung"),
    ("The app matches “faces” to the members’ photos … daily.", "matches “faces"),
    ("Le système compare les visages à la base… sans délai.", "compare les visages"),
])
def test_text_beyond_latin1_folds_one_for_one_with_exact_evidence(text, evidence):
    spans = [span for span in reading.find_spans(text)[reading.FACIAL_RECOGNITION] if reading.counts(span)]
    assert spans and spans[0]["text"] == evidence
    assert text[spans[0]["start"]:spans[0]["end"]] == evidence


@pytest.mark.parametrize("text", [
    "Employees unlock the tablet with their face to clock in.",
    "Kunden bezahlen an der Kasse mit ihrem Gesicht.",
    "Klienci płacą twarzą przy kasie.",
    "Les voyageurs embarquent par le visage, sans carte d'embarquement.",
    "The exam app verifies that the same person as on the student card sits at the webcam.",
])
def test_a_face_used_as_a_key_and_the_same_person_are_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "The camera counts the faces of shoppers who pay at the till.",
    "Students log in with their password; their face is never used.",
    "Os passageiros embarcam com o cartão de embarque; o rosto não é usado.",
])
def test_paying_or_boarding_without_the_face_as_the_key_is_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "At the turnstile a camera checks that it is the same person who bought the season pass.",
    "Het systeem legt de gezichten uit elke uitzending naast een referentieset van bekende Vlamingen.",
    "Il sistema segnala le foto in cui compare il volto di un sospettato già noto.",
    "Een camera legt bij de eerste keer het gezicht vast. Daarna controleert het systeem of de bezoeker de persoon "
    "is die bij het abonnement hoort.",
    "Het systeem toetst de opname aan de pasfoto op de chip.",
    "Wie zonder paspoort binnenkomt, wordt gefotografeerd en die foto van de persoon wordt vergeleken met oude foto's.",
])
def test_more_ways_of_telling_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "A detector finds every face in the panorama and blurs it beyond recognition.",
    "Ein Abgleich von Gesichtern oder eine biometrische Identifizierung ist weder vorgesehen noch eingebaut.",
    "Es gibt keinerlei Gesichtsvergleich in der Anwendung.",
    "O quiosque lê o bilhete de identidade com a câmara para confirmar a idade, sem olhar para o rosto.",
    "Die Kamera vergleicht nichts; sie zählt nur, wenn es nicht regnet, die Gesichter am Eingang.",
])
def test_blurring_beyond_recognition_and_denied_subjects_are_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Nos premiers clients sont deux brigades de gendarmerie du Var.",
    "Zu unseren Kunden zählen drei Polizeipräsidien in Bayern.",
    "Tra i clienti figurano diverse Questure del Nord.",
    "Głównymi użytkownikami są komendy miejskie Policji.",
    "Lo opera la Gendarmería Nacional en los pasos fronterizos.",
    "O controlo das fronteiras está a cargo da PSP.",
    "Placówka Straży Granicznej korzysta z dronów z kamerami termowizyjnymi.",
    "De KMar gebruikt camera's die kentekens uitlezen.",
])
def test_law_enforcement_as_customer_operator_or_subject_counts(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "We handle motor claims for an insurer; claims arrive with a police accident report attached.",
    "The Harbour Herald is a nonprofit newsroom that wants help to extract officer ranks from disciplinary files.",
    "Notre tuteur explique la différence entre police nationale et gendarmerie aux collégiens.",
    "Fui guardia civil durante diez años y ahora dirijo una panadería.",
    "Onze stichting verzamelt verhalen van jongeren die door de politie zijn staande gehouden.",
    "Un'app di consegne assegna gli ordini un po' come fa una centrale operativa della polizia con le volanti.",
    "Nasza aplikacja symuluje zatrzymanie do kontroli przez policję dla kursantów.",
    "Als Hausratversicherer erhalten wir Schadenmeldungen, teils mit Polizeirapporten.",
    "Siamo una casa editrice: lo strumento segnala trame poco credibili, per esempio indagini di polizia.",
    "Our newsroom is indexing its archive of articles about shootings by officers in the city.",
    "La Ligue recueille des témoignages de contrôles abusifs de la part de policiers.",
])
def test_law_enforcement_as_subject_matter_in_more_ways_is_topic(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Twee eenheden gebruiken al een proefversie.",
    "Project: digitale rekeningopening – bank in Paramaribo.",
])
def test_a_short_fragment_of_a_supported_language_is_not_another_language(text):
    assert not reading.find_spans(text)[reading.UNSCREENED_LANGUAGE]


@pytest.mark.parametrize(("text", "language"), [
    ("Nástroj shrnuje hlášení občanů a připravuje návrhy odpovědí.", "cs"),
    ("Työkalu tiivistää asukkaiden palautteet ja ehdottaa vastauksia.", "fi"),
])
def test_a_sentence_really_in_another_language_is_still_reported(text, language):
    spans = reading.find_spans(text)[reading.UNSCREENED_LANGUAGE]
    assert [span["language"] for span in spans] == [language]


@pytest.mark.parametrize("text", [
    "Ich war zwölf Jahre Polizist in Berlin, bevor ich gegründet habe; heute bauen wir eine App für Handwerker.",
    "Tras quince años como inspector de la Policía Nacional fundé una startup de rutas de reparto.",
    "Twelve years as a detective sergeant taught our CTO how long paperwork takes; the tool drafts invoices.",
    "Zwanzig Jahre als Kriminalbeamter haben gezeigt, wie mühsam Akten sind; die App schreibt Rechnungen.",
    "Lakeshore Mutual, an auto insurer, reads the police crash report attached to each claim.",
    "Je suis autrice de romans policiers ; mon commissaire de la police judiciaire doit rester cohérent.",
    "Un equipo universitario analiza denuncias por abusos policiales recibidas por la defensoría.",
    "Ein Verein sammelt Berichte von Menschen, die sich von der Polizei wegen ihres Aussehens kontrolliert fühlten.",
    "Pretendemos medir como os deputados falam da PSP e da GNR em períodos eleitorais.",
])
def test_careers_writers_appositions_and_adjectives_are_topic(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Os policiais poderão consultar o assistente no tablet da viatura.",
    "Buongiorno, scrivo dal Corpo della Gendarmeria: ci serve uno strumento per tradurre le denunce.",
    "Projet pilote de la Police neuchâteloise : un logiciel prévoit les cambriolages.",
    "An den großen Flughäfen betreibt die Bundespolizei automatisierte Schleusen.",
    "Licencje kupiły już trzy komendy wojewódzkie.",
    "The tool is used by detectives of the fraud squad.",
])
def test_users_named_after_their_verb_or_by_their_own_letter_count(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "We looked at face-based check-in and decided against it; members scan a QR code.",
    "Es wird lediglich ermittelt, wo im Bild sich ein Gesicht befindet, damit es verpixelt wird.",
])
def test_decisions_against_and_locating_faces_are_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Detectives run the still of an unknown suspect against the county's booking photographs.",
    "A trooper photographs the driver and compares the photo against the driver-licence photo database.",
    "El agente fotografía al detenido y el sistema compara la foto con las fotos del registro civil.",
    "Non c'è ospite che entri senza che la telecamera non abbia verificato che il suo volto corrisponde alla foto.",
    "Os terminais confirmam a identidade de cada trabalhador comparando a imagem captada com a fotografia da ficha.",
])
def test_booking_photos_licences_detainees_pleonastic_negation_and_identity_by_pictures(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Ho prestato servizio per quindici anni nella Polizia di Stato, poi ho fondato una software house.",
    "Unser Datenteam, ein unabhängiges Medium, sammelt alle Presseaussendungen der Polizei.",
    "Ik heb als rechercheur gewerkt. Mijn bedrijf maakt software voor webwinkels; met politie werken we niet samen.",
    "Na wydziale prawa przygotowujemy chatbota o uprawnieniach policji przy zatrzymaniu.",
    "Nasze studio tworzy grę, w której gracz wciela się w komisarza policji.",
])
def test_service_years_media_companies_after_a_career_powers_and_games_are_topic(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Na zlecenie Centralnego Biura Zwalczania Cyberprzestępczości dodajemy nową funkcję.",
    "Os fiscais aduaneiros do porto de Luanda inspecionam contentores com raios X.",
    "La zone de police Bruxelles-Ouest reçoit des signalements. Nous voulons analyser les caméras de la commune.",
])
def test_commissions_customs_and_a_force_named_first_count(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Our routing start-up counts the State Highway Patrol among its first customers.",
    "Unser Start-up zählt die Kantonspolizei Bern zu seinen Kunden.",
    "Our small firm supplies FBI field offices with a case-notes tool.",
    "Nuestra empresa de traducción da servicio a varias comisarías de la Policía Nacional.",
    "La nostra azienda fornisce lettori di targhe a diversi comandi di Polizia Locale.",
    "Bei der Kapo Zürich setzen wir eine neue Einsatzplanung ein.",
    "Unser Kunde ist ein Feldjägerbataillon der Bundeswehr.",
    "Nous équipons les autopatrouilles de la SQ de terminaux de rédaction.",
    "Het team Forensische Opsporing van eenheid Den Haag wil sporenfoto's sneller ordenen.",
    "Os batalhões da PM do Paraná recebem os alertas no tablet.",
    "Organisatie: Politie Nederland. Doel: meldingen sneller verwerken.",
])
def test_customers_named_after_services_given_and_more_forces_count(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Our policy institute is building a dataset of state laws on police use of force.",
    "Producimos un pódcast de crónica policial y queremos usar IA para resumir entrevistas.",
    "Je suis romancière ; mon livre suit un capitaine de la brigade criminelle de Lyon.",
    "I write crime novels, and my detectives need sharper dialogue.",
    "Ik schrijf detectiveromans; de dialogen tussen mijn rechercheurs moeten levendiger.",
    "W naszej aplikacji animowany policjant uczy dzieci przechodzić przez jezdnię.",
    "An animated police officer teaches children road safety in our reading app.",
    "Als Bürgerrechtsorganisation vergleichen wir die Polizeigesetze der Länder.",
    "Een jongerenorganisatie maakt een chatbot over rechten bij staandehouding. De politie gebruikt het systeem niet.",
    "Ein Verein erklärt Jugendlichen ihre Rechte. Die Polizei ist an dem Projekt nicht beteiligt.",
    "Na Faculdade de Direito damos aulas práticas sobre buscas feitas pela PSP sem mandado.",
    "En la Universidad de Sevilla analizamos detenciones hechas por la Guardia Civil en los años noventa.",
    "Un progetto di ricerca studia i rapporti della k.k. Polizeidirektion di Trieste.",
    "Ein Forschungsprojekt untersucht Berichte der k.k. Polizeidirektion über Versammlungen.",
    "Redakcja publikuje mapy wypadków na podstawie danych udostępnianych przez Komendę Wojewódzką Policji.",
])
def test_laws_genres_writers_characters_absent_police_and_places_we_work_are_topic(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "L'outil propose aux enquêteurs les photographies signalétiques les plus ressemblantes.",
    "The system returns the most similar booking photos for an examiner to check.",
    "Das Programm zeigt die ähnlichsten Gesichter aus dem Archiv.",
    "À l'entrée, une tablette prend une photo du visiteur et la compare à celle de son inscription.",
    "Ein Terminal vergleicht ein Foto des Besuchers mit dem hinterlegten Bild.",
    "We want to match photographs of children against the pictures in missing-person files.",
    "As imagens dos visitantes são cruzadas com o banco de fotos de pessoas procuradas.",
])
def test_likeness_mugshots_pictures_of_people_and_cross_checks_are_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Oprogramowanie ma odnajdywać twarze w każdej klatce i je zamazywać.",
    "El programa busca rostros en cada fotograma y los difumina.",
    "Le logiciel recherche les visages dans chaque image et les floute.",
    "The camera counts faces in similar lighting conditions.",
    "We compare photos of products with the catalogue pictures.",
    "Os peões cruzados na rua aparecem nas imagens da câmara, sem identificação.",
])
def test_faces_found_to_be_blurred_likeness_of_light_and_pictures_of_things_are_not(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize(("text", "count"), [
    ("Die Berichte der k.k. Polizeidirektion werden transkribiert.", 1),
    ("Wir transkribieren Berichte, z.B. Protokolle. Die Polizei ist nicht beteiligt.", 2),
    ("We digitise letters.\nJ. Smith wrote them.", 2),
    ("Naszymi klientami są m.in. wydziały kryminalne komend policji.", 1),
])
def test_a_point_after_a_single_letter_ends_no_sentence_within_a_field(text, count):
    document = reading._Document([("description", text)])
    assert len(languages.sentences(document.folded, document.spaced, document.original)) == count


@pytest.mark.parametrize("text", [
    "Wir erstellen Presseschnitte für Medienanfragen. Antragsteller: Polizeipräsidium Mittelfranken, Pressestelle.",
    "Notre société développe l'outil dans le cadre d'un contrat avec la gendarmerie de l'Ain.",
    "O contrato é com a Polícia Judiciária, que recebe os relatórios.",
    "Escadron départemental de sécurité routière du Var : nous voulons lire les plaques la nuit.",
    "Sono il comandante di una stazione dell'Arma in provincia di Asti.",
    "CBA, Departament Postępowań Kontrolnych, analizuje oświadczenia majątkowe.",
    "A Guarda Civil Metropolitana recebe os alertas no tablet.",
    "O Laboratório de Polícia Científica, da Polícia Judiciária, quer classificar relatórios periciais.",
    "Secretaria Municipal de Segurança Urbana de São Paulo: novas câmeras nas estações do metrô.",
])
def test_labels_contracts_and_forces_named_in_more_ways_count(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Civil liberties nonprofit. We track how city police departments adopt new surveillance tools.",
    "Siniestros de hogar, Mutua Levante. Cuando interviene la Policía Local, pedimos copia del atestado.",
    "City Archive, Leeds: we hold occurrence books from the borough constabulary.",
    "Wir werten Kommentare zur Haltung gegenüber der Polizei aus.",
    "Na twintig jaar bij de politie adviseer ik nu transportbedrijven.",
    "Przez 15 lat służyłem w Policji, dziś prowadzę szkolenia dla firm ochroniarskich.",
    "Onze stichting verzamelt meldingen over etnisch profileren bij politiecontroles.",
    "Grant NCN, Uniwersytet Łódzki: badamy statystyki policji z lat 2010-2020.",
    "Sou roteirista e escrevo uma série policial para streaming, passada numa delegacia da Polícia Civil.",
    "Não há partilha de dados com as autoridades policiais.",
    "As forças de segurança não são utilizadoras do sistema.",
    "Onze club beheert de toegang. De politie heeft hier geen rol in.",
    "Onze club beheert de toegang. Het systeem wordt door de Koninklijke Marechaussee niet gebruikt.",
])
def test_headings_careers_attitudes_lists_and_denials_of_the_police_are_not_use(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Bezahlen ohne Karte – die Kasse erkennt den Gast an seinem Gesicht.",
    "Each passenger's photo taken at the gate is compared with the images held for the flight.",
    "We want the tool to work out who is who from the faces in the photos.",
    "El sistema devuelve candidatos ordenados por semejanza, sacados de la base de reseñas fotográficas.",
    "Il modello dovrebbe raggruppare le immagini per bambino.",
    "The software sorts the event photos by guest.",
    "Guests upload a selfie and receive only the photos they appear in.",
    "Wij willen één foto van een doelwit opladen en alle fragmenten krijgen waarin die persoon opduikt.",
    "Het systeem moet kinderen in verschillende bestanden als dezelfde persoon herkennen.",
    "We willen portretten van dezelfde medewerker bij elkaar zetten.",
    "Die Kamera vergleicht das Bild mit dem Foto, das bei der Anmeldung aufgenommen wurde.",
    "Une caméra enregistre le visage du détenteur ; ensuite, le système vérifie que le skieur est bien la "
    "personne associée au forfait.",
])
def test_likeness_by_role_appearance_grouping_and_enrolment_are_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "At no stage, whether at login or when flagged recordings are reviewed, is the candidate's face compared "
    "with any image.",
    "Le logiciel doit détecter le visage du client, vérifier qu'il est centré et bien éclairé.",
    "Os rostos não são analisados, comparados ou usados para dizer quem é quem.",
    "Faces are not stored, compared or used to identify anyone.",
    "The selfie appears on the printed badge.",
    "We sort the parcels by customer and photograph each label.",
])
def test_frames_that_open_a_sentence_checks_of_a_property_and_denied_lists_are_not(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize(("text", "language"), [
    ("Digital out-of-home advertising, Toronto. Our screens count the faces turned towards them.", None),
    ("Kamere u trgovini broje kupce svakog dana tijekom radnog vremena.", "hr"),
])
def test_headings_of_borrowed_words_are_not_another_language_but_sentences_are(text, language):
    # (lingua hesitates between Croatian and Bosnian: neither is ours, so the sentence is reported)
    found = [span["language"] for span in reading.find_spans(text)[reading.UNSCREENED_LANGUAGE]]
    assert found == ([language] if language else [])


@pytest.mark.parametrize("text", [
    "Our firm builds the tool. It will be deployed in all gendarmerie units of the region.",
    "Il modulo sarà integrato nella piattaforma della Guardia di Finanza, che ne sarà l'unico utilizzatore.",
    "Our startup builds the search tool. The people running the searches are detectives of the Pima County Sheriff's "
    "Office, currently our only customer.",
    "Hoi, ik ben inspecteur wijkwerking bij PZ Westkust en wil een chatbot voor toeristen.",
    "Piszę jako dzielnicowy z KP Kraków-Nowa Huta i potrzebuję szkicu notatki.",
    "Aéroport de Lyon : la direction zonale de la police aux frontières Est souhaite moderniser ses sas.",
])
def test_deployments_users_after_a_relative_and_more_forces_count(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Notre observatoire recueille les témoignages de personnes contrôlées par la police.",
    "Boa tarde,\nescrevo em nome de uma empresa de transporte marítimo.",
    "Wir sind ein Verein. Auch ein Abgleich mit der Polizei ist weder vorgesehen noch möglich.",
])
def test_people_stopped_by_the_police_greetings_and_denials_are_not_use(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Die Prüfung verifiziert, dass die Person vor der Webcam die angemeldete Studentin bzw. der angemeldete "
    "Student ist. Dazu wird das Webcam-Bild mit dem Foto auf dem Ausweis verglichen.",
    "We take a quick photo and check it against the picture we took of each worker on their first day.",
    "Le programme regroupe les images dans lesquelles figure un même enfant.",
    "Program połączy w grupy zdjęcia, na których występuje ten sam człowiek.",
    "Il sistema memorizza il volto dello sciatore e, ai tornelli, verifica che chi passa sia davvero il titolare.",
    "Na podstawie wskazanego zdjęcia system ma odnaleźć momenty, w których dana osoba pojawia się w materiale.",
    "O sistema pretende confirmar a identidade de detidos sem documentos, comparando a fotografia tirada na "
    "detenção com as fotografias da base de dados.",
    "Chcemy zestawić twarze widoczne na nagraniu ze zdjęciami z ewidencji.",
    "Hun gelaat wordt vastgelegd en naast de foto uit ons register gelegd.",
])
def test_pictures_after_a_person_is_named_against_same_someone_and_laid_side_by_side_are_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Kamery nad drzwiami zliczają osoby wsiadające, co pozwoli lepiej dopasować rozkład.",
    "Weder beim Betreten noch beim Verlassen wird das Gesicht eines Kindes mit einem Foto verglichen.",
    "Importante: em nenhuma etapa — nem no cadastro, nem na catraca — o rosto do aluno é conferido com outra imagem.",
    "De camera naast de ingang filmt de gezichten van bezoekers niet.",
    "Notre application vérifie le permis de conduire, sans jamais comparer la photo du document au visage du "
    "conducteur.",
])
def test_counting_people_opening_denials_and_next_to_are_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


def test_a_polish_verb_in_the_first_person_plural_names_the_applicant():
    # "Prowadzimy …" is "we run …": the portal applies, and the police's releases are what it reads.
    text = "Prowadzimy lokalny portal informacyjny o sprawach miasta, a w nim komunikaty policji o wypadkach."
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Instead of browsing hundreds of pictures at the gate, guests upload a selfie and get the photos they appear in.",
    "A camera photographs the member at the door and checks the image against the portrait on file.",
    "The app should put together every photo a particular person appears in.",
    "Cada socio sube un selfie y la web le enseña las fotos en las que sale.",
    "O leitor confere o rosto do funcionário com a foto do crachá.",
    "La app smista gli scatti della gita raggruppandoli persona per persona.",
    "Zodra de camera hen herkent als de eigenaar van het abonnement, gaat de deur open.",
    "Er komt niemand binnen wiens gezicht niet eerst met de pasfoto is vergeleken.",
    "No one enters the lab whose face has not first been compared with their badge photo.",
    "Nie zdarza się, żeby ktoś wszedł do serwerowni, a jego twarz nie została porównana ze zdjęciem.",
    "Onze gezichtsvergelijkers krijgen een lijst met kandidaten.",
    "Wir wollen die 300 Fotos von nicht-identifizierten Toten mit den Bildern vermisster Personen vergleichen.",
    "We hebben 500 uur videobeelden van het festival. De analist kiest één bezoeker, waarna het systeem alle "
    "momenten toont waarop diezelfde persoon opduikt.",
])
def test_portraits_appearing_recognising_by_role_and_whose_double_negatives_are_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Listing photos sometimes show people or family portraits on the wall; we blur those faces before publishing.",
    "Die Gesichter der Gäste werden keinesfalls mit Fotos abgeglichen.",
    "We sort the parcels by customer and photograph each label.",
    "Nuestra app no reconoce la cara del paciente; la identificación del paciente se hace con su número de "
    "documento.",
])
def test_portraits_blurred_and_german_denials_are_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Die WSP Hamburg möchte Funksprüche verschriftlichen.",
    "Oklahoma Department of Public Safety: we need summaries of crash reports for our troopers.",
    "Guardia Nacional, coordinación estatal: queremos resumir los reportes de patrullaje.",
    "Commandant de la brigade de proximité, je voudrais un assistant pour les procès-verbaux.",
    "O Destacamento Territorial quer classificar as fotografias aéreas das patrulhas.",
    "Het Centraal Informatiepunt Voetbalvandalisme wil openbare berichten doorzoeken.",
])
def test_more_forces_by_their_own_names_count(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "The kiosk recognises returning members as they walk in - it looks at their face.",
    "The app recognizes faces that it has seen before.",
    "Le client filme son visage ; ensuite le système vérifie qu'il s'agit bien de la même personne et qu'on n'a "
    "pas affaire à une photo imprimée ou à un masque.",
    "Quando a selfie do motorista bate com a foto do cadastro, a corrida é liberada.",
    "Il cancello si apre solo se il volto ripreso coincide con la foto del tesserino.",
    "De app zet het gezicht naast de foto op de ledenpas.",
    "Ouders uploaden een foto en de app toont alle foto's waarop datzelfde kind te zien is.",
    "We willen foto's uit advertenties naast foto's van vermiste meisjes leggen en zien waar hetzelfde meisje "
    "te zien is.",
    "The tool takes a CCTV still and returns the closest candidates from the custody image archive.",
    "Narzędzie porówna zdjęcia z kartoteki poszukiwanych ze zdjęciami profilowymi.",
    "Funkcjonariusz sprawdza, czy podróżny jest osobą ze zdjęcia w paszporcie. System zestawi obraz z kamery z "
    "fotografią z chipu.",
])
def test_recognising_people_by_role_masks_worn_and_pictures_set_side_by_side_are_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Die Kamera erkennt lediglich, dass ein Gesicht im Bild ist.",
    "Le logiciel ne reconnaît personne à partir des visages filmés.",
    "A vendor offered a gate that recognises each visitor from their face; the museum board turned it down.",
    "Une société nous a proposé d'identifier les adhérents grâce à leur visage : nous avons refusé.",
    "El consejo descartó comparar la cara de los alumnos con la foto de su carnet.",
])
def test_recognising_a_fact_nobody_recognised_and_offers_turned_down_are_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Provost Marshal Office: we need a tool for shift reports.",
    "Sono commissario capo presso il Commissariato di P.S. di Imperia e vorrei tradurre le denunce.",
    "Ik ben brigadier in basisteam Utrecht-Zuid en wil overdrachten samenvatten.",
    "O Comando Metropolitano quer resumir os relatórios de turno.",
    "Sou escrivã na DDM de Campinas e queria transcrever os depoimentos.",
    "Sou tenente da Companhia Independente de Policiamento Militar de Meio Ambiente da PMMG, em Montes Claros. "
    "Queremos usar IA para analisar imagens de satélite.",
])
def test_forces_units_and_ranks_by_their_own_names_count(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "We summarise the press releases of Hampshire Constabulary for our readers. The Constabulary is not "
    "involved in this project.",
    "Il podcast ricostruisce casi seguiti dai Carabinieri. Nessun rapporto con le forze dell'ordine.",
])
def test_a_text_that_denies_law_enforcement_a_part_reads_its_other_mentions_as_topic(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Bei jedem Durchgang vergleicht das System das Kamerabild mit dem hinterlegten Porträt.",
    "Our volunteers photograph every child who arrives alone. We then compare these photographs with the pictures "
    "in missing-child reports.",
    "Cameras at the entrance compare each arriving member against the photos on file.",
    "Il tablet controlla che il viso sia lo stesso di quella foto.",
    "O sistema deve saber quem é o cliente a partir do rosto.",
    "O investigador recebe as dez fotos com os traços de rosto mais parecidos.",
])
def test_portraits_people_photographed_before_and_the_same_face_are_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Szukamy narzędzia, które samo znajdzie każdą twarz i ją zamaże.",
    "Descartamos de forma expresa cualquier función que identifique a los asistentes por su rostro.",
    "Someone suggested matching faces at the door against bookings; we voted that down.",
    "Houve quem sugerisse uma câmara que reconhecesse as residentes — dissemos que não.",
    "L'idea di riconoscere i clienti dal viso l'abbiamo scartata subito.",
    "Em momento nenhum o sistema tenta saber quem é o dador a partir da cara dele. A identificação é feita ao "
    "balcão por uma pessoa.",
    "Die Identität prüfen unsere Mitarbeitenden anhand des Spenderausweises.",
    "Ons crematorium wil ieder gezicht in de livestream onscherp maken.",
])
def test_bans_through_any_ideas_voted_down_and_a_denied_face_before_are_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Wir fassen Unfallberichte zusammen. Die Polizei selbst ist an dem Projekt nicht beteiligt und erhält keine "
    "Ergebnisse.",
    "Wir werten veröffentlichte Zahlen aus; eine Kooperation mit Polizeibehörden besteht nicht.",
    "Teams build maps from the open crime data on data.police.uk for residents.",
    "Station Officer here, Fire and Rescue NSW: we review helmet-camera footage after incidents.",
    "Writers' room for a six-part police procedural set in Glasgow.",
    "Piszemy ulotki o prawach mieszkańców podczas legitymowania przez policjantów.",
])
def test_police_denied_at_the_end_in_addresses_genres_and_fire_ranks_are_not_use(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


def test_a_daily_routine_names_no_other_applicant():
    # "a diario" is "daily", not a newspaper: the force that applies stays the user.
    text = "Solicitud de la Policía de Investigaciones (PDI). Recibimos a diario denuncias de las familias."
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Gäste laden ein Selfie hoch; an der Tür sitzt eine Kamera, die ihn wiedererkennt und öffnet.",
    "Le client enregistre une photo en ligne, puis la caméra du portillon le reconnaît et ouvre.",
    "A tablet in the lounge knows each resident by their face and greets them by name.",
    "L'appli photographie quelqu'un et dit qui c'est en comparant avec les photos de la famille.",
    "Le portique ne fonctionne pas sans reconnaître l'élève à ses traits.",
    "Wij controleren of het gezicht in de video hoort bij de pasfoto op de kaart.",
    "Uma câmera no portão percebe qual dos moradores está passando, comparando com as fotos do prontuário.",
    "Das Tablet prüft, ob die Person am Tresen dieselbe ist, die beim ersten Termin fotografiert wurde.",
])
def test_someone_recognised_by_pronoun_known_by_face_or_told_apart_by_who_is_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "A supplier pitched comparing guests' faces with their passport photos; we turned that down.",
    "L'idée d'une caméra qui identifierait chaque élève a été évoquée, puis abandonnée.",
    "Een leverancier bood aan om het gezicht van de gast te vergelijken met zijn paspoort, maar dat hebben we "
    "geschrapt.",
    "We bespraken de optie om kinderen op foto's op te zoeken op basis van hun gezicht, maar daar zijn we van "
    "afgestapt.",
    "Narzędzie znajdzie każdą twarz na zdjęciu i ją rozmyje.",
    "El sistema hace la identificación de llamadas y graba vídeo de la sala.",
])
def test_options_dropped_and_faces_blurred_are_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Wir sind eine Lokalzeitung. Die Polizeidirektion Leipzig veröffentlicht täglich Medieninformationen.",
    "Somos un medio digital. Carabineros publica cada mes estadísticas de denuncias.",
    "I am a private detective and need help with my client reports.",
])
def test_a_force_that_publishes_after_its_name_and_private_detectives_are_not_use(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Zone de police Montgomery, service de proximité : nous voulons analyser les signalements des écoles.",
    "Senior Sergeant, New Zealand Police Dog Training Centre. We want to standardise our training logs.",
])
def test_police_zones_and_a_force_s_own_units_count(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "In der Branche ist es üblich, eine Klingel anzubieten, die Besucher an ihrem Gesicht identifiziert. Diese "
    "Funktion gibt es bei uns nicht.",
    "We looked at having members take a selfie and have it checked against their profile pictures, and decided "
    "against it.",
    "Tra le opzioni c'era una telecamera che confrontasse il viso con la foto della tessera: è stata scartata.",
    "A plataforma traz uma funcionalidade que agrupa as imagens por pessoa a partir das caras, mas essa opção foi "
    "desligada.",
    "Alguns fornecedores nos ofereceram câmeras que reconheceriam cada membro pela cara, mas isso está fora de "
    "questão.",
    "Er wordt op geen enkele manier bepaald of de persoon in de video dezelfde is als die op de pasfoto.",
    "Een klant vroeg om een controle van de identiteit aan de hand van het gezicht, maar dat verzoek is "
    "afgewezen.",
])
def test_features_named_back_and_denied_and_requests_refused_are_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "L'idée serait qu'une borne confronte le visage de la personne à la photo de son inscription. Ceux qui "
    "refusent garderaient un code PIN.",
    "Staff glance at a small camera, and the till works out from their features which enrolled employee they are.",
])
def test_who_refuses_is_not_a_refusal_and_features_read_past_which(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "The model locates the faces that appear in each image to count how many people are on board.",
    "Het systeem zoekt naar gezichten en hoofden in beeld, telt ze en gooit het beeld weg.",
    "Daarom zoeken we een manier om automatisch alle gezichten op te sporen en onherkenbaar te maken.",
    "Beaucoup de ces photos montrent des passants et des enfants, parfois reconnaissables.",
    "During procurement one vendor pitched an add-on that would have compared the faces of shoppers with a list "
    "of banned people; we declined it outright.",
    "Plusieurs prestataires nous ont vanté des solutions capables de retrouver un client à partir d'un selfie, "
    "mais nous avons choisi de ne pas aller dans cette direction.",
])
def test_faces_found_to_be_counted_or_hidden_recognisable_and_offers_chosen_against_are_not(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Der Vorschlag kam auf, die Mitglieder am Eingang am Gesicht zu erkennen. Davon haben wir Abstand genommen.",
    "Lange wurde diskutiert, ob die Kasse die Kundschaft per Gesichtsabgleich erkennen soll. Wir haben uns "
    "schließlich dagegen entschieden.",
    "A board member suggested that the lockers could open by recognising each swimmer's face; we looked at it "
    "and decided firmly against it.",
    "Avevamo valutato un varco che confrontasse il volto dei soci con la foto della tessera, ma l'abbiamo "
    "scartato.",
    "Een leverancier stelde voor om bezoekers aan hun gezicht te herkennen, maar het bestuur heeft dat afgewezen.",
    "Rozważano, by bramka rozpoznawała zawodników po twarzy, ale z tego zrezygnowano.",
    "On a parlé d'une borne qui comparerait le visage des adhérents à leur photo. Une telle comparaison n'aura "
    "pas lieu.",
    "At the rowing club a gate would compare each rower's face with the club photo. Such a feature will not be "
    "installed.",
])
def test_ideas_considered_and_then_turned_down_are_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Nous envisageons une borne qui confronte le visage du client à la photo de sa carte, l'agent gardant la "
    "main en cas de refus.",
    "We are considering cameras that match each worker's face with the badge photo, and the union has not "
    "rejected it.",
])
def test_plans_still_open_stay_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Niemand wordt bij de ingang van het zwembad op basis van zijn gezicht geïdentificeerd.",
    "Nobody at the depot is ever identified from their face by the yard cameras.",
    "Nadie en la biblioteca es reconocido por la cara gracias a las cámaras del vestíbulo.",
])
def test_nobody_as_the_subject_denies_its_clause(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Niemand komt het lab binnen zonder dat zijn gezicht met de pasfoto wordt vergeleken.",
    "Nessuno entra in magazzino se la telecamera non ha riconosciuto il suo volto.",
])
def test_nobody_with_without_or_a_condition_still_affirms(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "En nuestro caso el quiosco no comparará ningún rostro con el carné del socio.",
    "No nosso caso, a catraca não compara rostos com nenhuma foto.",
])
def test_the_noun_case_sets_no_condition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


def test_caso_as_if_still_sets_a_condition():
    text = "Caso o rosto do sócio não corresponda à foto do cartão, a recepção é avisada."
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Does your platform compare faces in uploaded pictures by default? Our charter rules out identifying anyone "
    "from a photo.",
    "¿Hace falta comparar la cara del socio con la foto de su carné? La respuesta del comité fue clara: no se "
    "comparará ningún rostro.",
    "Faut-il comparer le visage des joueurs avec leur photo de licence ? Non : aucune comparaison de visages "
    "ne sera faite.",
])
def test_a_question_answered_by_a_denial_is_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


def test_a_question_that_nothing_denies_still_counts():
    text = "Can your model compare the faces at our door with our members' photos? We do not keep the footage."
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "O projeto é conduzido pela Superintendência da PRF em Santa Catarina.",
    "La domanda è presentata dal Nucleo Tutela Patrimonio dei Carabinieri di Venezia.",
    "De aanvraag wordt ingediend door de Zeehavenpolitie Rotterdam.",
])
def test_who_presents_or_runs_the_application_is_its_user(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


def test_what_the_police_compiled_for_a_project_stays_topic():
    text = "Our project reads statistics compiled by the police for a university thesis."
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "At the climbing gym a camera takes a picture at the gate, and the gate only opens if it is the same person as "
    "on the member's file.",
    "El lector toma una foto del operario y la guarda; el fichaje sólo vale si es la misma persona que se dio de "
    "alta.",
    "Uit de bewakingsbeelden van het depot hebben we één bruikbaar still. We willen dezelfde persoon in de overige "
    "opnames terugvinden.",
    "The tool ranks the station stills most likely to show that same individual among thousands of frames.",
])
def test_the_same_person_with_pictures_in_the_sentence_or_before_is_facial_recognition(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "The same person may book up to three courts a week; the booking page shows a picture of each court.",
    "Het scherm telt de gezichten in beeld; dezelfde persoon die terugkomt, wordt gewoon opnieuw geteld.",
    "Le capteur compte les visages ; une même personne repassant devant l'écran est simplement recomptée.",
])
def test_the_same_person_without_pictures_of_them_or_while_counting_is_not(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


def test_a_choice_left_to_people_is_no_refusal():
    text = ("The idea is that the model would go through the club's old team photographs and suggest where the "
            "same players appear again, leaving the archivist to accept or reject each suggestion.")
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "We build scheduling software. The only user of the pilot, from next spring, will be the Highway Patrol.",
    "Somos uma empresa de software. O cliente do piloto, que arranca em maio, é o Comando Distrital da PSP.",
])
def test_a_customer_said_to_be_a_force_counts(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


def test_customers_who_read_police_reports_stay_topic():
    text = "We build claims software. Our customers, mostly insurers, are the people who read police reports."
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Het is echter niet zo dat er geen vergelijking plaatsvindt tussen de bezoeker voor de camera en de foto op "
    "zijn museumkaart.",
    "Es wäre nicht korrekt zu behaupten, dass die Schleuse im Labor niemanden anhand des Gesichts erkennt.",
    "It would be wrong to say that the boathouse door recognises nobody by their face.",
    "Nel deposito non passa nessuno che la telecamera non abbia prima riconosciuto dal viso.",
    "Não há sócio cadastrado que a câmera do clube não saiba identificar pelo rosto.",
    "There is no member whom the gym's camera has not recognised by their face before the door opens.",
])
def test_frames_with_a_word_inside_and_nobody_who_is_not_recognised_affirm(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "La caméra de l'atelier ne cherche jamais à savoir qui travaille et ne compare aucun visage.",
    "Noch bij de kassa, noch achteraf wordt het gezicht van de klant vergeleken; wie er stond, weten we nooit.",
    "Non c'è alcun confronto tra il volto dei visitatori e le foto dell'archivio.",
])
def test_who_someone_is_is_no_relative_that_turns_a_denial_over(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Chaque participant au tournoi téléverse un égoportrait, et le système retrouve toutes les photos où il "
    "apparaît.",
    "Votre API peut-elle faire l'appariement des visages des coureurs avec leurs photos de dossard ?",
    "Bij de balie kijkt de bezoeker in de camera en het systeem stelt aan de hand van de referentiefoto vast wie er "
    "staat.",
])
def test_selfies_in_quebec_french_matching_and_working_out_who_stands_there(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Somos una editorial de Guayaquil: producimos cuadernos de ejercicios para escuelas fiscales y particulares.",
    "Preparamos las cuentas del año fiscal para cooperativas agrícolas de Mendoza.",
    "Nous analysons les chiffres que la gendarmerie diffuse chaque mois sur les accidents de montagne.",
    "Onze gemeente-app toont de meldingen die de politie elke ochtend op haar website publiceert.",
    "We represent defendants; the police are the other side in every case, not a user of our tool.",
    "Die Landespolizei ist kein Kunde unserer Kanzlei; wir lesen nur ihre Berichte.",
])
def test_tax_adjectives_what_a_force_publishes_and_a_force_denied_as_user_are_not_use(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Como fiscal adjunta de Rosario necesito ordenar las diligencias de cada causa.",
    "La herramienta la usarán fiscales de la provincia de Salta.",
    "We build the alerting app that the county sheriff's office will use to publish road closures.",
])
def test_prosecutors_and_a_force_that_uses_an_app_to_publish_still_count(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "We are a digital-rights group and collect court papers about how retailers in the north of England use face matching at their doors.",
    "Reunimos informes acerca de cómo los estadios comparan las caras de los aficionados con listas de vetados.",
    "Wir sammeln Gutachten bezüglich der Gesichtserkennung an Bahnhöfen für unsere Stellungnahmen.",
])
def test_facial_recognition_as_what_documents_are_about_does_not_count(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


def test_about_to_compare_is_no_subject_matter():
    text = "At the start of each shift the turnstile is about to compare each worker's face with the badge photo."
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Gesucht wird ein Werkzeug, das Gesichter in jedem Frame der Reportage findet und verpixelt.",
    "Gezocht wordt een programma dat gezichten in elk beeld van de optocht opspoort en vervaagt.",
])
def test_a_tool_sought_to_find_and_blur_faces_is_not_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Siamo l'integratore incaricato del progetto, e l'utilizzatore finale del sistema sarebbe la Questura di "
    "Bergamo.",
    "Les serveurs sont hébergés chez nous pour le compte d'un partenaire ; le traitement aurait lieu sur les "
    "postes du Corps de police de Lausanne, qui est le demandeur et le seul utilisateur.",
    "Pour situer la demande : il s'agit du peloton de gendarmerie de Briançon.",
    "Wir sind Systemintegrator. Betrieben und gewartet werden die Schleusen von der Bundespolizei.",
    "Come società forniamo sistemi di sicurezza. Il Comando di reparto della Polizia Penitenziaria di Opera "
    "gestisce ogni settimana mille colloqui.",
    "Je tiens à le préciser, je ne suis pas policière moi-même : j'écris pour la Section des fraudes du Service de "
    "police de la Ville de Québec.",
])
def test_a_force_as_the_user_said_after_it_in_a_relative_or_a_passive_or_by_a_civilian_counts(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


def test_a_text_that_denies_the_police_a_part_still_reads_its_other_mentions_as_topic():
    text = ("Nous sommes une association de victimes. Nous lisons des rapports de la gendarmerie. La gendarmerie "
            "n'a aucun rôle dans notre projet.")
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Piszę jako analityk Wydziału Kryminalnego Komendy Miejskiej Policji w Toruniu, w imieniu którego występuję.",
    "O pedido nasceu de uma demanda da Delegacia de Homicídios da Polícia Civil do Ceará, que é quem vai operar a "
    "ferramenta.",
    "Quem opera a central de monitoramento, dia e noite, é a Guarda Civil Municipal de Campinas.",
])
def test_on_whose_behalf_who_operates_it_and_who_will_operate_it_name_the_user(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "O sistema devolveria as fotos de cadastro cujas feições mais se aproximam das do cliente na imagem da loja.",
    "A ideia seria que o sistema cruzasse a imagem do rosto do sócio com a foto do cadastro.",
])
def test_facial_features_that_resemble_and_pictures_crossed_in_portuguese(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


def test_people_who_cross_a_border_are_no_comparison():
    text = ("La Gendarmería usa drones con cámara térmica que detectan grupos de personas que cruzan por pasos no "
            "habilitados.")
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Scrivo per conto della sede di Genova dell'Agenzia delle Dogane e dei Monopoli, che userebbe lo strumento.",
    "Gli utilizzatori sarebbero gli analisti del Centro operativo DIA di Palermo.",
])
def test_italian_customs_and_the_anti_mafia_directorate_count(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Wir sind eine Reederei. Die Wasserschutzpolizei ist an dem Vorhaben in keiner Weise beteiligt.",
    "Wir sind eine Kanzlei. Die Ermittlungsbehörden haben mit unserem Werkzeug nichts zu tun.",
    "Ich schreibe Hörspiele über Kommissare, aber die Kriminalpolizei ist an dem Projekt natürlich nicht "
    "beteiligt.",
    "Nous sommes une mutuelle. La gendarmerie n'a rien à voir avec ce projet.",
])
def test_a_force_that_takes_no_part_is_denied(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


def test_a_force_that_takes_part_still_counts():
    assert counted("Die Bundespolizei ist an dem Pilotprojekt beteiligt und nutzt keine Kameras.", reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "We are a defence practice. The police are on the other side of the table in every one of our cases.",
    "Somos un despacho penalista. Los cuerpos policiales están, por así decirlo, al otro lado de la mesa.",
    "Wij zijn een advocatenkantoor. De politie en het OM zijn in deze zaken de wederpartij.",
    "Piszę doktorat z kryminologii. Policja jest tu wyłącznie przedmiotem badania.",
    "We run a mediation service that is entirely separate from the police.",
    "Estou a escrever uma série cuja protagonista é uma inspetora da Polícia Judiciária.",
    "Nous sommes un hebdomadaire local. Les gendarmes eux-mêmes n'utiliseront pas l'outil.",
])
def test_a_force_as_the_other_side_studied_separate_a_heroine_or_itself_denied_is_not_use(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


def test_a_force_that_is_the_user_is_not_the_other_side():
    text = "The county sheriff's office is the only user of the tool, and the defence is on the other side."
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "During procurement one supplier pitched a door that would have compared members' faces with their card "
    "photos; we declined it.",
    "Qualcuno aveva proposto di confrontare il volto dei soci con la foto della tessera; ne abbiamo discusso e non "
    "lo faremo.",
    "Dostawca zaproponował bramki rozpoznające członków po twarzy, ale zdecydowaliśmy, że nie idziemy w tę stronę.",
    "Seria possível confrontar uma selfie dos sócios com as fotos do cadastro; decidimos não seguir por esse "
    "caminho.",
    "We decided that we would not do it in any form: no camera at the gates will compare anyone's face with a "
    "ticket photo.",
    "Het bestuur heeft besloten dat bij de ingang niemand aan de hand van zijn gezicht wordt herkend.",
    "Il club ha deciso che nessuna telecamera all'ingresso del palazzetto confronterà i volti dei soci con le foto.",
])
def test_more_refusals_and_nobody_or_no_camera_as_the_subject_deny(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Nobody who enters the depot is let through unless the camera has matched their face with the badge photo.",
    "No member enters the gym without the camera comparing their face with the photo on file.",
    "Nobody who visits the museum notices that the cameras compare their faces with the watchlist.",
])
def test_nobody_or_no_with_a_relative_a_condition_or_without_still_affirm(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Es ist nämlich nicht so, dass das Terminal Stammgäste nicht an ihrem Gesicht wiedererkennen würde.",
    "It would be untrue to say that the camera at the club door does not match the face of each member against "
    "our photographs.",
    "Il ne serait pas honnête de vous affirmer que nos portiques ne reconnaissent pas les adhérents à leur visage.",
    "De camera maakt een opname van de persoon voor de deur, die wordt afgezet tegen de referentiefoto's van het "
    "personeel.",
    "De poortjes vergelijken de opname met de foto die in de chip van het reisdocument is opgeslagen.",
    "De leverancier vraagt of die koppeling van gezicht aan ledenprofiel via uw platform mag lopen.",
])
def test_more_frames_and_dutch_ways_of_comparing_pictures(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Éditeur lyonnais de logiciels, nous équipons aujourd'hui quelque 90 polices municipales.",
    "Notre association de prévention routière équipe aujourd'hui quelque 30 polices municipales de simulateurs.",
    "Somos una pyme de software de Rosario. La Policía de la Provincia usa nuestra app desde 2021.",
    "Unser Start-up aus Graz entwickelt Auswertungssoftware. Erste Anwenderin ist die Landespolizeidirektion "
    "Steiermark.",
    "Service Planning – ZP Vesdre : nous établissons les horaires des inspecteurs.",
    "Note for the form: the user is DCI Amy Clarke, Major Crime Review Team, Cumbria.",
    "Nasz system grafików działa od dwóch lat w kilkunastu komendach powiatowych.",
    "Sou delegado titular da 3ª DP de Sorocaba e quero organizar os depoimentos dos inquéritos.",
    "Sono il maresciallo comandante di una stazione dell'Appennino parmense.",
    "Note dictée — sgt-dét. Tremblay, Service des enquêtes sur les fraudes.",
])
def test_a_vendor_s_customers_and_more_forces_and_ranks_count(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Mijn bedrijf maakt software voor webwinkels; met politie of justitie werken we niet samen.",
    "Startup z Gdyni: wzorowaliśmy się częściowo na tym, jak pracują dyżurni Policji.",
    "We are a criminal defence firm; the evidence comes from the police.",
    "Une équipe de la brigade criminelle est au cœur de ma série ; je suis scénariste.",
])
def test_a_vendor_that_denies_or_models_on_the_police_and_a_law_firm_are_not_use(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "The records team at HMP Wandsworth wants adjudication reports summarised for the governor.",
    "Die Justizvollzugsanstalt Tegel möchte Anträge von Gefangenen automatisch vorsortieren.",
    "Los funcionarios de los centros penitenciarios andaluces necesitan traducir las instancias de los internos.",
    "Le personnel des maisons d'arrêt de la région relit chaque semaine des centaines de courriers.",
    "Os policiais penais da unidade prisional de Bangu querem transcrever os registros de visitas.",
    "Gli agenti penitenziari della casa circondariale di Brescia compilano ogni giorno decine di rapporti.",
    "De penitentiaire inrichting in Zwolle wil de dagrapportages van cipiers laten samenvatten.",
    "Funkcjonariusze Służby Więziennej w zakładzie karnym w Strzelcach chcą tłumaczyć pisma osadzonych.",
    "Nei giorni di partita la Digos vorrebbe sintetizzare le relazioni di servizio.",
    "Un fornitore di Bari lavora per il Comando provinciale dell'Arma di Lecce.",
    "Our probation officers in Maricopa County write pre-sentence reports that run to forty pages.",
    "Das Hauptzollamt Stuttgart möchte Frachtpapiere automatisch prüfen lassen.",
    "Los agentes de migración del aeropuerto de Cancún necesitan traducir entrevistas.",
])
def test_prisons_their_staff_and_more_forces_count(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Aseguradora de Valencia: recibimos atestados de la Guardia Civil de Tráfico y de policías locales que el "
    "cliente adjunta.",
    "Sono una dottoranda dell'Università di Padova e studio i verbali della Digos degli anni Ottanta.",
    "Piszę pracę doktorską o raportach policji z lat dziewięćdziesiątych.",
    "Escritório de advogados em Braga: recebemos relatórios da Polícia Judiciária sobre os nossos clientes.",
])
def test_a_list_of_forces_shares_its_reading_and_researchers_and_law_firms_name_themselves(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


def test_the_account_of_an_incident_that_brazilian_police_call_historico_is_no_history():
    assert counted("Os soldados do 5º Batalhão da PMMG digitam o histórico das ocorrências no fim do turno.",
                   reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Paying at the canteen by having each pupil's face matched to their photo was looked at, but the governors "
    "dropped it.",
    "A kiosk that would recognise every visitor by their face was considered, but that approach was abandoned.",
    "Se valoró controlar el acceso reconociendo la cara de cada abonado, pero la idea se descartó.",
    "Nous avons étudié l'appariement des selfies avec les photos des profils, mais nous ne la mettrons pas en place.",
    "Il comune aveva valutato una telecamera che riconoscesse i residenti dal volto, ma abbiamo preferito lasciar "
    "perdere.",
    "Klub rozważał wpuszczanie członków po rozpoznaniu twarzy. Ostatecznie tego nie wdrożono.",
    "O clube chegou a estudar o reconhecimento facial à entrada, mas a ideia foi abandonada.",
    "Ob wir Gäste am Eingang über ihr Gesicht identifizieren, wurde lange diskutiert – das Ergebnis war ein klares "
    "Nein.",
    "Die Bibliothek wollte zunächst die Ausleihe per Gesichtserkennung freigeben. Darauf verzichten wir nun.",
])
def test_ideas_considered_or_plans_given_up_told_either_way_are_denied(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Nous envisageons une borne qui confronte le visage du voyageur à la photo de son titre, l'agent gardant la "
    "main en cas de refus.",
    "Users upload old family photos and the app, comparing facial features, groups the pictures of one person, "
    "suggesting which relatives they show. The user accepts or rejects each grouping.",
    "The gate compares each member's face with the photo on their card. Cases examined by staff and then "
    "rejected are logged.",
])
def test_a_plan_or_a_refusal_in_the_process_itself_still_counts(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "All'ingresso della palestra, se il volto del cliente combacia con quello di un abbonato, il tornello si apre.",
    "Il s'agit de savoir si le visage de la personne filmée ressemble à l'une des photos du fichier.",
    "Niemand betritt das Labor, dessen Gesicht nicht vorher mit den hinterlegten Aufnahmen übereingestimmt hat.",
    "De camera legt daarom het gelaat van elke bezoeker naast de foto's van geweigerde spelers.",
    "An officer can run a photo of a man who will not identify himself against the county's booking photos.",
    "No candidate starts the exam unless the software has matched their webcam image to the photo on their "
    "government ID.",
    "A tablet at the gate works out which worker is standing there from their enrolled photo.",
    "Beim Online-Konto wird geprüft, ob die Person vor der Kamera tatsächlich die auf dem Ausweisfoto ist.",
])
def test_more_ways_of_saying_faces_match_and_the_one_on_the_photo(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Before the videos are shared with students, the tool must blur faces; nobody is identified.",
    "Queremos compartir las fotos de los rostros de los alumnos con las familias.",
    "Nos caméras comptent les visages tournés vers chaque tableau. Personne n'est identifié.",
    "We would like to work out which photo of each product is the sharpest.",
])
def test_sharing_nobody_in_french_and_choosing_the_best_picture_are_no_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "At each payment the field agent photographs the recipient. This photo is then compared automatically with "
    "the one taken at enrolment.",
    "À chaque versement, l'agent photographie le bénéficiaire. Cette photo est ensuite comparée à celle prise à "
    "l'inscription.",
    "All'avvio della prova la webcam scatta una foto dello studente e la confronta con quella del libretto.",
    "O sistema deverá dizer, com base nas fotografias do cadastro, se quem aparece é de facto o titular da pensão.",
    "Le système confirme qu'il s'agit bien de la personne dont la photo figure sur la carte de membre.",
    "Aucun passager ne remonte à bord sans que la caméra n'ait confirmé que son visage est bien celui photographié "
    "à l'embarquement.",
    "Die Schleuse prüft, ob die Person tatsächlich die Karteninhaberin ist, anhand des hinterlegten Referenzfotos.",
])
def test_a_picture_named_back_and_someone_said_to_be_the_holder_or_the_person_pictured(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "The label printer compares the new photo with the one in the catalogue to pick the sharper.",
    "La photo du produit est bien celle du catalogue.",
])
def test_pictures_of_things_and_a_picture_that_is_the_right_one_are_no_facial_recognition(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Ein Abgleich zwischen dem Gesicht des Gastes und seinem Passfoto wäre möglich gewesen, wurde aber bewusst "
    "nicht eingebaut.",
    "Die Elternvertretung hatte angeregt, Abholer mit einer Kamera zu prüfen, die Gesichter mit Fotos vergleicht. "
    "Das haben wir abgelehnt.",
    "Der Verein hat darauf verzichtet, am Einlass Gesichtserkennung einzusetzen.",
    "Il fornitore ci ha proposto di riconoscere in faccia i clienti abituali: abbiamo risposto di no.",
    "We hebben gekeken of leden met hun gezicht kunnen inchecken. Daar hebben we van afgezien.",
    "Inwestor naciskał, żebyśmy porównywali selfie ze zdjęciem z dowodu, ale zrezygnowaliśmy z tego pomysłu.",
    "Um fornecedor ofereceu a chamada pelo reconhecimento do rosto dos alunos, mas o conselho votou contra.",
    "Pensamos em identificar pacientes pela face, mas isso não vai acontecer.",
    "La piattaforma di prima confrontava il volto del candidato con il documento; in quella nuova questa funzione è "
    "stata tolta.",
])
def test_more_ideas_turned_down_and_a_feature_removed(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "The kiosk compares each guest's face with the passport photo; unreadable photos are removed from the queue.",
    "We now offer runners to upload a selfie, after which the system compares their face with every race photo; "
    "the selfies are removed after thirty days.",
])
def test_data_removed_after_a_comparison_is_no_refusal_of_it(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Niemand betritt den Reinraum, dessen Gesicht nicht zuvor als das eines berechtigten Mitarbeiters erkannt wurde.",
    "Nessuno entra in sala server, tecnici compresi, se prima il suo volto non è stato abbinato al badge.",
    "Do serwerowni nie wejdzie nikt, czyja twarz nie zostanie dopasowana do zdjęcia z listy.",
    "Żaden zawodnik nie wejdzie na boisko, jeśli jego twarz nie zostanie porównana ze zdjęciem w licencji.",
    "No one is let through the vault door whose face has not first been checked against the staff photos.",
])
def test_nobody_whose_face_is_not_matched_or_if_it_is_not_affirms(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


def test_the_reflexive_se_is_no_condition():
    assert not counted("A ningún visitante se le identifica, ni se compara su rostro con imágenes.",
                       reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Wegen einer Einbruchsserie in Harburg möchte die zuständige Polizeiinspektion Zeugenaussagen zusammenfassen.",
    "Le service d'accueil d'une zone de police liégeoise reçoit chaque année des milliers de plaintes en ligne.",
    "Użytkownik: Laboratorium Kryminalistyczne KWP w Katowicach, biegli z zakresu badań dokumentów.",
    "Naszymi odbiorcami są komendy miejskie z trzech województw.",
    "Unser System läuft bei mehreren Landespolizeien. Betrieb in den Rechenzentren der Länderpolizei, keine "
    "Datenübermittlung an Dritte.",
])
def test_a_series_of_offences_a_reception_desk_a_users_label_and_a_comma_before_a_denial(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


def test_with_the_police_after_a_dash_and_but_inside_the_clause_takes_no_part():
    text = ("Unser Pannendienst vermittelt Einsätze wie eine Leitstelle – mit der Polizei haben wir aber "
            "organisatorisch nichts zu tun.")
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Ogni tifoso carica una foto al momento dell'acquisto. Al tornello il sistema verifica che chi entra sia il "
    "titolare.",
    "Kibic wgrywa zdjęcie. Kamera sprawdzi, czy przy bramce stoi faktycznie właściciel karnetu.",
    "Het systeem kijkt via de camera of degene voor de kast dezelfde is als de houder van de badge.",
    "We want a camera at the visits hall to confirm that the person walking in is the one who was booked.",
    "A câmara da receção deve confirmar que a cara de quem se apresenta é a do documento exibido.",
])
def test_more_ways_of_saying_the_holder_or_the_one_on_the_document(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "The State Crime Command would like to summarise coronial files.",
    "El instituto armado quiere traducir atestados al inglés.",
    "Il Corpo intercomunale della Bassa Romagna gestisce i varchi di lettura targhe.",
    "Jestem aspirantem w wydziale jednej z komend wojewódzkich i analizujemy zrzuty komunikatorów.",
    "El Instituto Nacional Penitenciario quiere ordenar los expedientes de los internos.",
])
def test_more_forces_and_prison_services(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "Purpose: case preparation at a Toronto law firm. Associates review RCMP disclosure packages for clients.",
    "Sono un ispettore in pensione: ho lasciato la Polizia di Stato nel 2019 e gestisco un agriturismo.",
    "Zespół historyków opracowuje przedwojenne akta Policji Państwowej.",
])
def test_a_label_before_the_applicant_a_career_left_and_historians_are_no_use(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


def test_a_prisoner_s_registration_photo_compared_with_the_camera_image():
    text = ("Bij het verlaten van de bezoekzaal willen we het camerabeeld laten vergelijken met de registratiefoto's "
            "van de gedetineerde.")
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Mitgliederverwaltung für einen Golfclub; die zunächst angedachte Gesichtserkennung am Eingang haben wir wieder "
    "verworfen.",
    "HR chatbot for our call centre; we decided against facial recognition for clocking in.",
    "We had originally scoped identifying patients at check-in by matching faces. That element was dropped.",
    "Evaluamos el reconocimiento facial para fichar, pero lo descartamos.",
    "Reconnaissance faciale : non.",
    "Le projet initial consistait à pointer grâce à la reconnaissance du visage des employés. La direction a "
    "abandonné cette idée.",
    "Il capitolato esclude qualsiasi forma di riconoscimento facciale dei turisti.",
    "We hebben onderzocht of we leerlingen via gezichtsherkenning konden identificeren. Dat idee is van tafel.",
])
def test_plans_dropped_a_form_answered_no_and_a_tender_that_excludes(text):
    assert not counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Nessuno viene ammesso ai tavoli se prima il sistema non ha riconosciuto il suo volto.",
    "Detention deputies confirm that the person in front of them is the one photographed at booking.",
    "Members look into a door camera that confirms they are the member on file.",
    "L'application demande un selfie au conducteur. On veut s'assurer que c'est bien le titulaire du compte.",
    "De proctoringsoftware controleert via de webcam of de student dezelfde is als die op de collegekaart.",
    "Confirmar, pela câmara do portátil, que quem faz a prova é o estudante cuja fotografia consta da ficha de "
    "matrícula.",
])
def test_a_condition_before_a_denial_the_one_photographed_and_the_holder_of_an_account(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Bei der Polizeiinspektion sollen die Dienstgruppenleiter eine Zusammenfassung der Nachtschicht bekommen.",
    "Il sostituto procuratore chiede una sintesi delle intercettazioni.",
    "Les patrouilleurs de notre poste de la MRC disposent de caméras de lecture de plaques.",
    "Voor de parketten van het OM: lange dossiers samenvatten voor de zitting.",
])
def test_more_ranks_prosecutors_and_posts(text):
    assert counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "We're a small insurance broker in Cork; claims arrive with a Garda report attached.",
    "J'écris un polar et j'aimerais de l'aide pour rendre les dialogues entre flics plus crédibles.",
])
def test_a_broker_and_for_with_a_verb_are_no_use(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


def test_a_country_or_a_county_is_no_counting():
    text = "In each county of the country, the app identifies the people in the photos that volunteers upload."
    assert counted(text, reading.FACIAL_RECOGNITION)


def test_a_feature_that_is_no_part_of_the_request_with_a_verb_between():
    assert not counted("Biometria facial dos entregadores não faz parte deste pedido.", reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "De zone wil beelden van winkeldiefstallen laten vergelijken met de foto's van gekende daders.",
    "We willen foto's die families aanleveren laten vergelijken met beelden van de overledenen.",
])
def test_offenders_and_the_deceased_as_the_people_pictured(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize("text", [
    "Chi userà il sistema? Un gruppo di ricerca. Vogliamo capire come la stampa racconta l'operato della Polizia "
    "cantonale. La polizia partecipa al progetto? No, è soltanto oggetto di studio.",
    "Quem vai usar? Os advogados do escritório. Há utilização por forças policiais? Não; lemos documentos "
    "produzidos pela polícia.",
])
def test_a_question_about_the_police_answered_no(text):
    assert not counted(text, reading.LAW_ENFORCEMENT)


def test_a_question_about_facial_recognition_answered_no():
    text = "Will faces be matched against the member photos? No. The kiosk only prints tickets."
    assert not counted(text, reading.FACIAL_RECOGNITION)
    assert counted("Will faces be matched against the member photos? Yes, at the door.", reading.FACIAL_RECOGNITION)


def test_the_work_of_the_police_told_by_the_press_is_no_use():
    text = "Un gruppo di sociologi vuole capire come la stampa racconta l'operato della Polizia cantonale."
    assert not counted(text, reading.LAW_ENFORCEMENT)


def test_the_use_of_force_by_police_that_a_charity_monitors_is_no_use():
    text = ("We are a civil liberties charity in London that monitors stop and search and use of force by police "
            "across England and Wales. We'd like to summarise court judgments for our campaign briefings.")
    assert not counted(text, reading.LAW_ENFORCEMENT)
    assert counted("The new search tool will be used by police across England and Wales.", reading.LAW_ENFORCEMENT)


def test_a_detective_series_in_dutch_is_about_the_police():
    text = "Ik schrijf een detectivereeks die zich afspeelt bij de Antwerpse recherche."
    assert not counted(text, reading.LAW_ENFORCEMENT)


@pytest.mark.parametrize("text", [
    "La police cantonale veut interroger sa base de photos signalétiques à partir de clichés de suspects pris par "
    "des témoins.",
    "Investigators would query the custody images with stills of unknown suspects.",
])
def test_a_mugshot_database_queried_with_pictures_of_suspects(text):
    assert counted(text, reading.FACIAL_RECOGNITION)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hotelgäste können statt der Zimmerkarte ihr Gesicht nutzen: Die Tür öffnet sich, sobald die Kamera sie als "
     "registrierten Gast wiedererkennt.", True),
    ("Statt Gesichtserkennung nutzen die Gäste weiterhin ihre Zimmerkarte.", False),
    ("Au lieu de comparer les visages des clients, nous vérifions leur carte.", False),
])
def test_instead_of_denies_its_object_and_a_guest_recognised_by_their_face(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Casino in Goa want the entrance camera to spot self-excluded gamblers from our banned list and alert the "
     "floor manager.", True),
    ("The stadium's gate cameras pick out supporters on the club's banned list.", True),
    ("Names of new customers are screened against a sanctions watchlist before the account opens.", False),
])
def test_a_camera_looking_for_people_on_a_list_and_self_excluded_is_no_negation(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("El agente le saca una foto al conductor con el celular y la app le avisa si se parece a alguien con pedido "
     "de captura vigente.", True),
    ("A ideia é tirar foto ao indivíduo abordado e o servidor devolver as fichas cujas fotos mais se parecem com "
     "ele.", True),
    ("Our staff photograph each shelf and the app says whether the layout resembles the planogram.", False),
])
def test_a_picture_of_someone_and_whom_it_resembles(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kamery tylko liczą twarze; system nie jest w stanie – ani nie ma takiego zadania – ustalić, kim jest "
     "którakolwiek z osób na zdjęciach.", False),
    ("The turnstile camera will not – and could not – compare the faces of visitors with any photo.", False),
    ("Les bornes ne gardent aucune image (elles effacent tout) et comparent le visage du skieur à la photo du "
     "forfait.", True),
    ("Unsere Terminals erkennen, wer vor ihnen steht, anhand des Gesichts.", True),
    ("Przy drzwiach stanie kamera, która po rysach twarzy ustala, który z mieszkańców się zbliża.", True),
])
def test_a_negation_reaches_across_an_aside_and_who_after_a_comma(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We are a small charity for the families of missing people. The tool would be used by the Missing Persons "
     "Unit at Police Scotland rather than by us.", True),
    ("Wir sind ein Verein für Angehörige Vermisster. Das Werkzeug würde von den Ermittlern der Polizei "
     "genutzt, nicht von uns.", True),
    ("We are a newsroom. The statistics were compiled by the analysts of the police and published last year.",
     False),
])
def test_a_force_closing_the_noun_phrase_of_used_by_is_the_user(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le postazioni leggono soltanto la tessera; non è previsto alcun sistema di identificazione tramite il volto.",
     False),
    ("We do not run any system of facial matching at the doors.", False),
    ("È previsto un sistema di identificazione tramite il volto, non la tessera.", True),
])
def test_a_system_of_does_not_use_up_a_negation_reach(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Het systeem telt enkel wachtenden. Gezichtsherkenning valt uitdrukkelijk buiten de opdracht.", False),
    ("Facial recognition is out of scope for this pilot.", False),
    ("El reconocimiento facial queda fuera del alcance del proyecto.", False),
    ("Facial recognition identifies visitors outside the project office.", True),
])
def test_a_part_that_falls_outside_the_scope_is_denied(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("O alerta vai para a viatura quando o rosto de um folião coincide com o de alguém com mandado de prisão.", True),
    ("Os viajantes que cruzam a fronteira mostram o rosto ao agente.", False),
])
def test_a_face_that_coincides_with_someone_in_portuguese(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("De agent neemt een foto en de app toont of die persoon lijkt op een van de geseinde personen uit de lijst.", True),
    ("The officer takes a photo and the app says whether that person resembles one of the wanted people.", True),
    ("We photograph each shelf and the app says whether the layout resembles one of the planograms.", False),
])
def test_whom_a_picture_resembles_across_one_of_the(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lokalne radio w Siedlcach. Policja jest dla nas tylko jednym ze źródeł informacji i nie korzysta z naszego "
     "systemu.", False),
    ("Notre rédaction résume des communiqués. La police a ses propres outils et n'utilise pas le nôtre.", False),
    ("The city police use our tool and do not publish anything about it.", True),
])
def test_a_name_whose_predicate_goes_on_to_deny_use_is_topic(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mit der echten Polizei habe ich nichts zu tun, das ist reine Fiktion.", False),
    ("Mit der Polizei haben wir nichts zu tun.", False),
])
def test_nothing_to_do_with_the_real_police(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I am a novelist. I check that the procedures my inspector follows are plausible for Police Scotland.", False),
    ("Je suis romancière et je vérifie que les procédures restent réalistes pour la gendarmerie.", False),
    ("I am a consultant. The tool is built for Police Scotland.", True),
])
def test_plausible_for_the_police_is_a_measure_not_a_user(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Notre start-up développe un assistant pour les clubs sportifs. Notre fondateur a passé vingt ans au "
     "commissariat de Saint-Nazaire.", False),
    ("Pendant trois ans pour la police, nous avons développé l'outil.", True),
])
def test_years_at_a_station_are_a_career(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Me jubilé como comisario del Cuerpo Nacional de Policía hace tres años y ahora llevo una bodega en Haro.", False),
    ("Sono un ispettore della Polizia di Stato in pensione e adesso alleno una squadra di rugby.", False),
    ("Ancien policier à la retraite, j'écris des guides de randonnée.", False),
    ("La Polizia di Stato vuole un assistente per i verbali.", True),
])
def test_a_retired_officer_is_a_career(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bit about me: 22 years with Greater Manchester Police, finishing as a Detective Inspector. I now run an app "
     "for dog groomers.", False),
    ("Ich war 20 Jahre Polizeibeamter in NRW, zuletzt Polizeihauptkommissar im Verkehrsdienst, und habe jetzt eine "
     "Fahrschule.", False),
])
def test_the_last_post_of_a_career_is_a_career(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Regionaler Kfz-Versicherer aus dem Münsterland. Zu vielen Schadenfällen liegt uns eine Kopie des "
     "polizeilichen Unfallberichts vor; das Modell soll daraus den Unfallhergang herausziehen.", False),
    ("Eksperci Centralnego Laboratorium Kryminalistycznego Policji otrzymują coraz więcej nagrań z monitoringu.", True),
])
def test_an_applicant_named_by_an_adjective_and_a_compound(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("La Ville trie les signalements des habitants par urgence, un peu comme les centres d'appel de la police, mais "
     "uniquement pour ses services techniques.", False),
    ("Unsere Leitstelle plant die Einsätze ein bisschen wie die Polizei, aber für Rettungsdienste.", False),
])
def test_a_bit_like_the_police_is_a_comparison(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Somos integradores de videomonitoramento e atendemos a Secretaria de Defesa Social de Pernambuco.", True),
])
def test_a_secretariat_of_social_defence_is_law_enforcement(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Somos un integrador uruguayo. Cuando salta una coincidencia, el operador policial la verifica y avisa a la "
     "patrulla.", True),
    ("Somos una ONG que documenta abusos policiales en Montevideo.", False),
])
def test_staff_before_a_police_adjective_are_police(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Zespół socjologów. Badamy zaufanie mieszkańców małych miast do policji, sądów i samorządu.", False),
    ("Wir werten eine Umfrage zum Vertrauen der Bevölkerung in die Polizei aus.", False),
    ("Our tool is for the police.", True),
])
def test_trust_in_the_police_is_what_is_studied(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Estudio de videojuegos. Desarrollamos un juego narrativo ambientado en una comisaría de la Policía Nacional.",
     False),
    ("Stiamo scrivendo un fumetto ambientato in una questura di Napoli.", False),
    ("La Policía Nacional usará el asistente en cada comisaría.", True),
])
def test_a_story_set_in_a_police_station_is_fiction(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("De leverancier biedt standaard een module die het gezicht van de gast vergelijkt met de foto in het paspoort, "
     "maar die laten we uitgeschakeld.", False),
    ("Der Anbieter bietet ein Modul, das das Gesicht des Gastes mit dem Passfoto vergleicht; wir haben es abgelehnt.",
     False),
    ("De kiosk vergelijkt het gezicht van de gast met de foto in het paspoort.", True),
])
def test_an_offer_in_the_present_tense_turned_down(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sûreté départementale de Seine-Saint-Denis, groupe des atteintes aux biens. Nous traitons une série de vols.",
     True),
    ("Le Pôle judiciaire de la gendarmerie nationale (PJGN) traite chaque année de nombreux dossiers.", True),
])
def test_french_judicial_police_units_by_their_names(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Laboratorium Kryminalistyczne KWP w Krakowie otrzymuje nagrania z monitoringu sklepów.", True),
    ("Laboratorium Uniwersytetu Warszawskiego bada zaufanie do policji.", False),
])
def test_a_laboratory_of_the_police_by_a_genitive(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Das Drehkreuz nimmt ein Bild auf und gleicht es mit dem Foto der Saisonkarte ab; passen die beiden Gesichter "
     "nicht zusammen, wird das Liftpersonal verständigt.", True),
    ("Wir vergleichen keine Gesichter, werden aber die Besucher zählen.", False),
    ("Portanto o projeto não envolve fotos nem comparação de rostos, só atendimento por texto.", False),
])
def test_a_german_condition_with_its_verb_first_denies_nothing(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("El alumno registra una foto suya en la app y paga acercándose a la caja: la cámara confirma que es él.", True),
    ("Members walk up to the turnstile and the camera knows it's them from their face.", True),
    ("Nuestro director confirma que es él quien firma los contratos.", False),
])
def test_a_camera_that_confirms_it_is_him(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("O Instituto Nacional de Identificação, da Diretoria Técnico-Científica da Polícia Federal, mantém uma solução "
     "de identificação biométrica.", True),
    ("Un instituto universitario, de la mano de investigadores sociales, estudia la Policía Federal.", False),
])
def test_an_institute_of_a_unit_of_the_force(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Certains parents auraient aimé que la caméra de l'entrée reconnaisse la personne qui vient chercher l'enfant ; "
     "le conseil d'administration a refusé toute reconnaissance faciale.", False),
    ("Le conseil d'administration a refusé toute reconnaissance faciale.", False),
    ("Clients who refused are recognised by face at the door.", True),
])
def test_a_wish_left_unmet_and_a_refusal(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Im Angebot eines Mitbewerbers war eine Anmeldung am Arbeitsplatz per Kamera und Gesichtsabgleich enthalten – "
     "genau das wollen wir ausdrücklich nicht.", False),
    ("Un proveedor nos ofreció un módulo que compara la cara de cada empleado con su foto; eso no lo queremos.", False),
    ("Un proveedor nos ofreció un módulo que compara la cara de cada empleado con su foto, y lo vamos a usar.", True),
])
def test_an_offer_not_wanted_is_turned_down(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cada mañana llegan los partes de prensa de la Policía de Córdoba; el modelo propone titulares para la sección "
     "Policiales. La policía no tiene acceso a la herramienta.", False),
    ("Nous aidons la cliente à préparer un dépôt de plainte au commissariat. L'association n'a aucun lien avec la "
     "police.", False),
    ("We code publicly released use-of-force reports of the Oakland police. We do not work with or for any police "
     "agency.", False),
    # A force denied something else keeps the reading of the others.
    ("Die Polizei Berlin nutzt das Werkzeug für ihre Lagebilder; Videos werden von der Polizei nicht ausgewertet.",
     True),
    ("Het team van de Landelijke Eenheid wil series maken. Het team stelt zo series samen, zodat een rechercheur niet "
     "elke afbeelding hoeft te bekijken.", True),
])
def test_a_text_that_denies_the_police_access_or_ties_reads_them_as_its_subject(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Crime analysts at the NYPD review thousands of property-crime complaints each week.", True),
    ("Los analistas de la Guardia Civil revisan miles de denuncias cada semana.", True),
    # Former staff are a career, not the force at work.
    ("Former crime analysts at the NYPD review thousands of property-crime complaints for our newspaper.", False),
])
def test_staff_at_a_force_opening_the_sentence_are_the_force_at_work(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Je suis romancière et je termine le troisième tome d'une série policière qui se déroule à Montréal ; mon "
     "enquêtrice principale est sergente-détective au SPVM.", False),
    ("Detectives at the Maricopa County Sheriff's Office want to summarise interview transcripts.", True),
])
def test_the_force_of_a_rank_shares_the_rank_s_reading(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ik schrijf mijn derde detectiveroman, die zich afspeelt in Terneuzen. Ik wil de dialogen tussen mijn rechercheur "
     "van de politie-eenheid Zeeland-West-Brabant en de officier van justitie geloofwaardig maken.", False),
])
def test_a_writer_who_says_what_they_write_a_few_words_on(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Agents sign in by looking into the webcam, which checks them against the enrolled photo for that agent ID.", True),
    ("At the door the tablet checks each visitor against the photo taken at registration.", True),
    ("The clerk checks the invoices against the photos of the delivery.", False),
    ("The webcam records the desk; staff check them against the rota.", False),
])
def test_someone_held_against_a_picture(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Q: Applicant organisation? A: Australian Federal Police, Cybercrime Operations. Q: Any partners? A: Monash "
     "University is advising on evaluation.", True),
    ("Pergunta 4 – Quem vai usar a solução? Os papiloscopistas do Instituto de Identificação da Polícia Civil de São "
     "Paulo. Somos uma empresa de software.", True),
    ("Somos uma empresa de software. Qual é o tema do estudo? A confiança na Polícia Civil de São Paulo.", False),
])
def test_a_form_s_question_of_who_applies_is_answered_by_the_next_sentence(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Siamo una software house di Padova. Il committente è il Comando Provinciale dei Carabinieri di Venezia.", True),
    ("Piszę pracę magisterską na Uniwersytecie Warszawskim o zaufaniu mieszkańców małych miast do policji.", False),
])
def test_who_commissions_it_and_an_attitude_in_polish_inflection(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Voor alle duidelijkheid: de app stelt niet vast wie er op de foto staat en vergelijkt het gezicht met niets, ook "
     "niet met eerdere foto's van dezelfde gebruiker.", False),
    ("Wiele osób pyta, czy kamera podczas egzaminu służy do sprawdzania tożsamości – nie: tożsamość potwierdzana jest "
     "logowaniem przez Profil Zaufany, a obraz z kamery nie jest z niczym porównywany i nikt na jego podstawie nie "
     "ustala, kim jest zdający.", False),
    ("De app vergelijkt het gezicht met de pasfoto en met niets anders.", True),
])
def test_a_face_compared_with_nothing(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Some couples have asked if it groups photos by guest. It does not: there's no face matching of any kind.", False),
    ("Some couples have asked if it groups photos by guest. It does, by matching each guest's face.", True),
    ("Nous souhaitons internaliser la mise en correspondance entre le visage et la photo de la pièce, et nous nous "
     "demandions si votre modèle pourrait y contribuer. Aucune reconnaissance faciale n'est faite par le "
     "prestataire.", True),
])
def test_a_reported_question_answered_no(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nasza firma z Wrocławia rozwija oprogramowanie do analizy nagrań. Licencje kupiły już trzy komendy wojewódzkie.",
     True),
    ("We are a small software company in Ohio. The Franklin County Sheriff's Office purchased our licence last year.",
     True),
    ("We are a newsroom in Ohio. Our reporters track how the sheriff's office bought spyware.", False),
])
def test_who_bought_the_system_is_its_customer(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("O trabalhador olha para o ecrã e o sistema reconhece-o, lançando a hora no software de salários.", True),
    ("Members glance at a tablet and the system confirms they're the same person who enrolled on the membership.", True),
    ("L'ospite si fa riconoscere guardando un tablet che lo confronta con la foto scattata all'accoglienza.", True),
    ("Customers look into the camera and the kiosk estimates whether they are over 18.", False),
    ("The operator looks at the screen and recognises the fault from the error code.", False),
    ("The clerk looks at the screen. The system then verifies the customer's booking against the list.", False),
])
def test_looking_into_a_camera_shows_it_one_s_face(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Our harbour masters want an assistant for the berth plan. The police marine unit also patrols the harbour and we "
     "sometimes pass them incident numbers, but they have no access to this tool.", False),
    ("The police marine unit patrols the harbour and will use the assistant for its logs; they have a long shift.", True),
])
def test_they_are_denied_access_later_in_the_sentence(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wir sind ein ehrenamtliches Team, das eine Chronik mutmaßlich rechtswidriger Polizeieinsätze führt.", False),
    ("Wir sind eine Initiative in Berlin-Neukölln, die Polizeikontrollen dokumentiert.", False),
    ("Die Polizeidirektion Leipzig plant ihre Einsätze mit dem Werkzeug.", True),
])
def test_a_compound_that_names_what_the_police_do(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fermanagh County Museum in Enniskillen is putting together an exhibition on policing in the county, from the "
     "Royal Irish Constabulary to the PSNI. We want help transcribing handwritten constables' service registers.",
     False),
    ("Eksperci Centralnego Laboratorium Kryminalistycznego Policji otrzymują coraz więcej nagrań z monitoringu.", True),
])
def test_a_museum_that_opens_the_text_and_a_range_of_forces(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wessex Mutual Motor, Swindon. Most of our larger claims arrive with a police collision report attached.", False),
    ("We are a small London charity. The findings would be published and submitted to the Independent Office for "
     "Police Conduct.", False),
    ("We are a small London charity. The findings would be submitted to the police for their use.", True),
])
def test_an_insurer_by_its_name_and_a_body_that_oversees_the_police(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Centro antiviolenza in provincia di Caserta. Le nostre operatrici accompagnano le donne a sporgere denuncia presso "
     "la stazione dei Carabinieri.", False),
    ("Compagnia teatrale di Bologna. Stiamo scrivendo uno spettacolo sulla banda della Uno bianca, i cui componenti "
     "erano in gran parte poliziotti in servizio.", False),
    ("Promotieonderzoek aan de Universiteit Utrecht naar het optreden van de Amsterdamse politie tijdens de bezetting.",
     False),
    ("Somos um cursinho online preparatório para concursos da área de segurança pública — soldado da PM, agente e "
     "escrivão da Polícia Civil, PRF.", False),
])
def test_applicants_named_by_what_they_are(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("No dia da prova, um tablet fotografa cada candidato na entrada da sala e compara a imagem com a foto enviada na "
     "inscrição, sinalizando ao fiscal quando tudo indica que quem está ali não é a pessoa inscrita.", True),
    ("Il volto dei dipendenti non viene confrontato con alcuna immagine e non si effettua alcuna identificazione.", False),
])
def test_a_negation_in_a_clause_of_when_after_the_act_only_says_when(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Notre société édite un logiciel de lecture des plaques embarqué dans les véhicules de patrouille d'une douzaine "
     "de polices municipales.", True),
    ("Notre société édite un logiciel embarqué dans les voitures ; un article sur la police municipale nous a inspirés.",
     False),
])
def test_built_into_what_the_police_drive(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Desde o ano passado, o setor de tecnologia da Polícia Militar de Santa Catarina tem recebido pedidos dos "
     "comandantes. Há uma demanda de que, nas abordagens em que a pessoa não apresenta documento, o policial possa "
     "fotografar o abordado com o celular funcional.", True),
    ("Somos um jornal de Florianópolis e escrevemos sobre a Polícia Militar de Santa Catarina. A polícia não usa o "
     "nosso sistema.", False),
])
def test_a_negation_before_a_comma_is_another_clause_s(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gasten scannen hun paspoort bij de zuil en maken een selfie; pas als de software vaststelt dat degene voor de "
     "camera ook de houder van het document is, wordt de kamerkaart aangemaakt.", True),
    ("Members take a selfie at the kiosk, and the door opens once the software finds the person is also the holder of "
     "the membership card.", True),
    ("De software stelt vast dat de gemeente ook de houder van het document is.", False),
])
def test_someone_who_is_also_the_holder(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Je développe tout seul un jeu vidéo narratif qui se passe dans un commissariat marseillais des années 80.", False),
    ("Le module est développé dans le cadre d'un marché passé avec la Préfecture de police de Paris.", True),
    ("Wir sind ein kleines Podcast-Team aus Leipzig und produzieren eine True-Crime-Reihe über ungeklärte Kriminalfälle "
     "aus der DDR, in denen die Volkspolizei ermittelt hat.", False),
    ("Bonjour, je suis chef de projet numérique à la Direction départementale de la sécurité publique du Nord.", True),
])
def test_a_game_set_in_a_police_station_a_true_crime_podcast_and_a_french_police_directorate(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wij leveren al jaren de meldkamerapplicatie aan drie van de tien regionale eenheden, namelijk Oost-Nederland, "
     "Noord-Nederland en Midden-Nederland.", True),
])
def test_the_dutch_police_s_regional_units(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ni en los entrenamientos ni en las regatas, y tampoco cuando se revisan los vídeos archivados, llega el sistema a "
     "reconocer la cara de ninguno de los remeros.", False),
    ("El sistema reconoce la cara de cada uno de los remeros.", True),
])
def test_a_face_of_no_one(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Une caméra estime si l'acheteur a plus de 18 ans. Ce que la borne ne fait pas, et ne fera jamais selon notre "
     "cahier des charges, c'est chercher à savoir qui est la personne ou comparer son visage à une quelconque photo.",
     False),
    ("What the kiosk does not do is compare the customer's face with any photo.", False),
    ("Lo que no hacemos es comparar la cara del cliente con fotos.", False),
    ("What the kiosk does is compare the customer's face with the photo on the card.", True),
])
def test_a_denied_cleft(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bij de zelfscankassa maakt een camera op basis van het gezicht een leeftijdsschatting. Schat het systeem iemand "
     "jonger dan 25, dan komt er een medewerker die het identiteitsbewijs controleert.", False),
    ("A camera records the holder's face at the gate. Later the system checks that the skier is the person the pass "
     "belongs to.", True),
])
def test_a_person_who_checks_a_document_is_no_recognition(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Für unsere Baustellen suchen wir eine Zeiterfassung per Tablet: Der Bauarbeiter schaut kurz in die Kamera, das "
     "System erkennt, wer er ist, und bucht Kommen oder Gehen auf seinen Namen.", True),
    ("Wir betreiben Automaten für biometrische Passbilder in Drogeriemärkten. Die Software prüft lediglich, ob "
     "Ausleuchtung, Kopfhaltung und Hintergrund den Vorgaben entsprechen.", False),
    ("Das Modell findet das Gesicht im Bild, misst Kopfgröße und Augenposition und meldet, ob das Foto den Vorgaben "
     "entspricht.", False),
    ("Nous développons une application qui repère automatiquement les visages sur les photos de groupe afin de vérifier "
     "que personne n'a les yeux fermés.", False),
    ("Nous développons une application qui compare les visages sur les photos afin de vérifier que la personne est "
     "bien le client.", True),
])
def test_looking_briefly_biometric_passport_photos_a_standard_met_and_french_nobody(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Schnell notiert für die Projektliste: PP Mittelfranken, Kommissariat 11 – Sprachmodell soll "
     "Vernehmungsprotokolle auf Widersprüche durchsuchen. Ansprechpartner: KHK Bauer.", True),
    ("Hallo, kurz zu mir: Ich war fast zwanzig Jahre Polizeibeamter in Nordrhein-Westfalen und habe mich dann als "
     "Fahrlehrer selbstständig gemacht. Jetzt möchte ich mit KI Übungsfragen für die Theorieprüfung erstellen.", False),
])
def test_a_german_commissariat_and_twenty_years_a_police_officer(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fundacja przygotowuje raport o stosowaniu środków przymusu bezpośredniego przez funkcjonariuszy podczas "
     "zgromadzeń. Wyniki przekażemy mediom; policja nie będzie korzystać z narzędzia.", False),
    ("Towarzystwo ubezpieczeniowe: chcemy wyciągać dane z notatek informacyjnych policji. Policja nie uczestniczy w "
     "projekcie i nie korzysta z jego wyników.", False),
    ("Policja chce korzystać z narzędzia do analizy nagrań, ale nie planuje rozpoznawania twarzy.", True),
])
def test_a_text_that_denies_the_police_use_of_the_system(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chłopaki z wydziału do walki z przestępczością gospodarczą KMP w Łodzi chcą w nim zestawiać bilingi z historią "
     "przelewów.", True),
    ("Detectives at the county sheriff's office compare call history with the suspects' accounts.", True),
    ("Piszę książkę o historii policji w Łodzi.", False),
])
def test_a_history_of_transfers_is_a_record_not_history(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Il sistema è gestito dalla nostra security aziendale; la Guardia di Finanza e l'Agenzia delle Dogane, che hanno "
     "gli uffici accanto al varco, non vi hanno accesso né ne ricevono dati.", False),
    ("Controle de acesso do nosso estádio. A Polícia Militar segue fazendo a revista nos portões, mas não opera nem "
     "consulta o sistema.", False),
    ("A Polícia Militar opera o sistema nos portões, e nós não temos acesso aos dados.", True),
])
def test_a_force_that_opens_its_clause_and_is_later_denied_access_or_use(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("quick one - custody suite at St Anne Street wants the live translation thing for detainees. Sergeants keen.",
     True),
    ("DS Okafor, MIT South - pls run the stills through the face search against custody images.", True),
    ("Hurried note: dispatchers want the model to suggest which units to send. Please loop in the PD's IT lead.", True),
    ("We make detective games; the pd in our file names means 'player data'.", False),
])
def test_police_named_by_their_custody_suites_sergeants_and_pd(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Exmos. Senhores, a Polícia Municipal de Lisboa vem por este meio requerer acesso ao serviço para classificar as "
     "queixas recebidas pela linha de atendimento.", True),
    ("ONG de direitos humanos sediada no Rio de Janeiro. Vamos resumir relatos sobre abordagens policiais violentas. A "
     "polícia é objeto do nosso monitoramento, não usuária do sistema.", False),
    ("Progetto di ricerca dell'Istat: un modello classifica i reati denunciati. Le forze di polizia sono solo la fonte "
     "originaria dei dati, non partecipano al progetto e non ne useranno i risultati.", False),
])
def test_a_salutation_before_the_force_and_a_force_denied_as_user_or_participant(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("O passageiro cadastra o rosto no check-in; no portão, uma câmera confirma que quem está embarcando é o titular do "
     "cartão de embarque.", True),
])
def test_whoever_is_boarding_is_the_holder(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("O delegado pediu pra rodar as imagens do suspeito do assalto (câmera da padaria em frente) contra o banco de "
     "fotos da identificação civil.", True),
    ("O armazém confere as fotos da entrega contra a nota fiscal.", False),
])
def test_a_picture_of_someone_run_against_a_photo_bank(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gäste fotografieren vorab Pass oder Ausweis in unserer App, die Daten werden ausgelesen und ins "
     "Gästeverzeichnis übernommen.", False),
    ("Die Kamera prüft, ob das Gesicht zum Foto im Pass passt.", True),
])
def test_the_german_passport_is_no_form_of_matching(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Einen Gesichtsabgleich am Drehkreuz, wie ihn uns ein Anbieter vorgeschlagen hatte, haben wir ausdrücklich "
     "abgelehnt.", False),
    ("Einen Gesichtsabgleich am Drehkreuz, wie ihn uns ein Anbieter vorgeschlagen hatte, führen wir ab März ein.", True),
])
def test_an_offer_told_in_a_clause_of_its_own_and_turned_down(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Beelden worden nooit met andere foto's of bestanden vergeleken en niemand wordt op basis van zijn gezicht "
     "geïdentificeerd.", False),
    ("Die Aufnahmen der Gesichter werden nie mit einer Datenbank abgeglichen.", False),
    ("Die Bilder werden nicht gespeichert, sondern mit den Gesichtern der Liste verglichen.", True),
    ("De beelden worden niet bewaard maar met de gezichten op de lijst vergeleken.", True),
    ("Die Bilder werden nie lange gespeichert und mit den Gesichtern der Liste verglichen.", True),
])
def test_a_negation_in_the_middle_of_a_german_or_dutch_clause_reaches_its_last_verb(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gezichtsherkenning hebben we bewust uitgesloten.", False),
    ("Gesichtserkennung haben wir ausdrücklich ausgeschlossen.", False),
    ("Van gezichtsherkenning of het vergelijken van foto's van medewerkers met een bestand is uitdrukkelijk geen "
     "sprake.", False),
    ("Nous avons écarté toute comparaison automatique des visages.", False),
    ("Nous avons écarté le badge papier, comparant désormais chaque visage à la photo du dossier.", True),
    ("Gezichtsherkenning hebben we vorig jaar ingevoerd.", True),
])
def test_facial_recognition_fronted_and_ruled_out(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Las cámaras siguen como hasta ahora: no se hace reconocimiento facial de ningún tipo.", False),
    ("Hasta ahora no se hace reconocimiento facial de ningún tipo.", False),
    ("Wenn Sie fragen: Wir vergleichen keine Gesichter.", False),
    ("Jeśli ktoś pyta: nie porównujemy twarzy.", False),
    ("Hasta que no se compara la cara con la foto, la puerta no se abre.", True),
])
def test_so_far_is_no_until(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("En début de ronde, l'image de la webcam du joueur serait comparée automatiquement à la photo de sa licence.",
     True),
    ("Lors du passage au portillon, une caméra prend une image du skieur ; celle-ci est rapprochée de la photo "
     "fournie à l'achat du forfait.", True),
    ("Queremos que, al acceder al aula, el estudiante se haga una foto con la tablet del tribunal y que esta se "
     "compare con la fotografía de su expediente de matrícula.", True),
    ("El agente fotografía la matrícula del vehículo y esta se compara con la foto del ticket de entrada.", False),
    ("At the door of the exam hall each student looks into a tablet, and the picture is checked against the photo on "
     "their student record.", True),
    ("The operator looks at the screen, and the picture of the part is checked against the reference photo.", False),
])
def test_pictures_of_someone_compared_named_back_or_taken_by_them(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Unidad solicitante: Àrea Central d'Identificació, Comisaría General de Investigación Criminal (Mossos "
     "d'Esquadra). Las fotos constan en nuestros archivos.", True),
    ("Nuestro archivo digitaliza fotografías antiguas de la Guardia Civil para una exposición.", False),
    ("PGHM de Chamonix. On voudrait tester un outil qui estime les secteurs où la probabilité de secours est la plus "
     "forte.", True),
    ("Gymnasium in Kassel, Fachschaft Politik. Für ein Planspiel soll die KI Rollenkarten schreiben: Demonstrierende, "
     "Versammlungsbehörde, Einsatzleitung der Polizei, Presse.", False),
    ("Przez 25 lat służyłem w policji, ostatnio jako przewodnik psa służbowego w KMP w Radomiu. Po przejściu na "
     "emeryturę założyłem fundację i prowadzimy schronisko dla psów.", False),
    ("Ich war 25 Jahre bei der Polizei, zuletzt als Hundeführer beim Polizeipräsidium Köln. Heute führe ich ein "
     "Tierheim.", False),
])
def test_files_kept_units_by_acronym_schools_and_careers(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("À entrada há um tablet que tira uma foto e compara com a foto que o sócio carregou na app quando se inscreveu.",
     True),
    ("A oficina tira uma foto do para-choques e compara com a foto que a seguradora enviou.", False),
    ("Em cada picagem o terminal fotografa o trabalhador e confirma que se trata da mesma pessoa registada na ficha "
     "de pessoal.", True),
    ("O perito fotografa o carro e confirma que se trata do mesmo modelo registado na apólice.", False),
])
def test_the_picture_someone_gave_and_someone_photographed(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("O nosso contrato inclui a manutenção das boxes automáticas de controlo de fronteira. Cliente final: PSP.", True),
    ("A Unidade de Coordenação de Fronteiras e Estrangeiros da PSP continua a operar as boxes automáticas RAPID nos "
     "aeroportos.", True),
])
def test_a_label_of_no_known_word_and_portuguese_in_the(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Investigators submit a still taken from CCTV footage and receive a ranked list of candidate matches drawn from "
     "the existing charge-photo database.", True),
    ("Un programa permite a los investigadores cargar la foto del rostro de una persona no identificada, por ejemplo "
     "un cadáver sin documentos, y buscar coincidencias en el archivo de prontuarios.", True),
    ("El sistema no identifica a ninguna persona por su rostro.", False),
])
def test_charge_photos_police_record_files_and_someone_unidentified(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("AI register — Police Scotland. Tool: automated redaction of body-worn video prior to disclosure.", True),
    ("Nous sommes la rédaction d'un journal régional et la police nous envoie ses communiqués.", False),
])
def test_redaction_is_no_newsroom_in_english(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Al momento della presa in carico si fotografa il detenuto con il tablet e il sistema lo confronta con la foto "
     "del fascicolo matricolare.", True),
    ("A proposta é comparar essa foto com as fotografias de pessoas não identificadas atendidas em hospitais.", True),
    ("Os visitantes não identificados pelo rosto entram com o bilhete.", False),
])
def test_someone_photographed_in_italian_and_people_not_identified(text, expected):
    assert bool(counted(text, reading.FACIAL_RECOGNITION)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le forze dell'ordine sono solo un tema della mostra.", False),
    ("Die Polizei ist hier nur Unterrichtsthema.", False),
    ('Progetto "Stadio sicuro" – Questura di Roma (Digos), in collaborazione con la società che gestisce lo stadio.',
     True),
    ("Gaeco – MPSP, núcleo regional de Santos. Pedimos acesso para transcrição automática de áudios.", True),
    ("O projeto é coordenado pelo nosso diretor financeiro, que antes de vir para o Alentejo foi inspetor da Polícia "
     "Judiciária durante quinze anos.", False),
    ("A Polícia Judiciária usa a ferramenta durante quinze dias por ano.", True),
])
def test_subject_matter_names_in_quotes_prosecutors_and_years_of_service(text, expected):
    assert bool(counted(text, reading.LAW_ENFORCEMENT)) is expected
