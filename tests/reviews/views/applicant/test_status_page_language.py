"""The status page in the reader's language: dates in its format and month names, countries by
their name in it. alice applies for the Northshire Police (GB)."""
import html

from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from accounts.models import User
from reviews.states import State
from tests.factories import REALTIME_BODYCAM_FR, facts_for
from tests.reviews.helpers import application_in_state


def _page(client, application, language: str) -> str:
    response = client.get(reverse("reviews:application_detail", args=[application.public_id]),
                          HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_the_due_date_is_written_as_each_language_writes_dates(client, alice, rita):
    application = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    client.force_login(alice)
    for language in ("fr", "de", "es", "pt"):
        with translation.override(language):
            written = date_format(application.due_on, "DATE_FORMAT")  # "5 janvier 2026", "5. Januar 2026"
        assert written in _page(client, application, language), language
    assert f"{application.due_on.day} {application.due_on:%B %Y}" in _page(client, application, "en")


def test_countries_are_named_in_the_readers_language(client, alice, rita):
    application = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    client.force_login(alice)
    assert "Northshire Police, " in _page(client, application, "en")
    assert "United Kingdom" in _page(client, application, "en")
    assert "Vereinigtes Königreich" in _page(client, application, "de")
    assert "Royaume-Uni" in _page(client, application, "fr")


def test_the_saved_language_of_a_signed_in_applicant_is_used(client, alice, rita):
    User.objects.filter(pk=alice.pk).update(language="es")
    application = application_in_state(State.HUMAN_REVIEW, applicant=alice, reviewer=rita)
    client.force_login(User.objects.get(pk=alice.pk))
    with translation.override("es"):
        written = date_format(application.due_on, "DATE_FORMAT")
    page = _page(client, application, "en")
    assert '<html lang="es">' in page and written in page and "Reino Unido" in page


# Needs the compiled catalogues (locale/*/LC_MESSAGES/django.mo): the page's own sentences.
def test_an_automatic_denial_reads_in_the_applicants_language(client, alice, northshire, rita):
    application = application_in_state(State.DENIED, applicant=alice, reviewer=rita,
                                       facts=facts_for(northshire, **REALTIME_BODYCAM_FR))
    client.force_login(alice)
    page = _page(client, application, "de")
    assert "Abgelehnt. Die Gründe finden Sie unten." in page
    assert "Warum der Antrag abgelehnt wurde" in page
    assert "Von der automatischen Vorprüfung abgelehnt" in page
    # The reasons as the policy gives them in German; the English record is not shown.
    page = " ".join(page.split())
    assert "Gesichtserkennung in Echtzeit mit mobilen Kameras" in page
    assert not any(reason[:60] in page for reason in application.denial_reasons)
