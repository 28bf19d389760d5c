"""Country lists and names in the reader's language, in its alphabetical order; the codes (what is
stored and screened) never change, and English keeps the names the screening's table uses."""
from django.utils import translation

from accounts.country_names import country_choices, country_name
from accounts.forms import OrganizationForm
from screening.countries import COUNTRIES


def _names(choices) -> list[str]:
    return [label for code, label in choices if code]


def test_english_keeps_the_screening_tables_names_in_alphabetical_order():
    with translation.override("en"):
        choices = country_choices()
        assert choices[0] == ("", "— choose —")
        assert ("GB", "United Kingdom (GB)") in choices and ("KR", "Korea, Republic of (KR)") in choices
        assert _names(choices)[:3] == ["Afghanistan (AF)", "Åland Islands (AX)", "Albania (AL)"]
        assert country_name("DE") == "Germany"


def test_each_language_names_and_sorts_the_countries_its_own_way():
    with translation.override("de"):
        names = _names(country_choices())
        assert "Deutschland (DE)" in names and "Vereinigtes Königreich (GB)" in names
        # Ö sorts with O, as German readers look for it, not after Z.
        assert names.index("Oman (OM)") < names.index("Österreich (AT)") < names.index("Pakistan (PK)")
    with translation.override("fr"):
        assert country_name("GB") == "Royaume-Uni" and country_name("ES") == "Espagne"
    with translation.override("es"):
        assert country_name("DE") == "Alemania"
    with translation.override("pt"):
        assert country_name("DE") == "Alemanha"


def test_every_language_lists_every_country_once():
    codes = sorted(code for code, _name in COUNTRIES)
    for language in ("en", "es", "fr", "de", "pt"):
        with translation.override(language):
            assert sorted(code for code, _label in country_choices() if code) == codes, language


def test_what_is_not_a_country_code_is_shown_as_given():
    with translation.override("fr"):
        assert country_name("XX") == "XX" and country_name("") == ""


def test_the_organisation_form_lists_countries_in_the_language_of_the_request_that_draws_it():
    form = OrganizationForm()
    with translation.override("fr"):
        assert "Allemagne (DE)" in str(form["country"])
    with translation.override("en"):
        assert "Germany (DE)" in str(form["country"])


def test_the_form_still_takes_codes_and_the_usual_slips():
    with translation.override("de"):
        form = OrganizationForm({"name": "Northshire Police", "type": "police_department", "country": "uk",
                                 "website": "https://northshire.police.example"})
        assert form.is_valid(), form.errors
        assert form.cleaned_data["country"] == "GB"
