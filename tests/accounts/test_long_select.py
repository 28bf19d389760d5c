"""The country select drawn in Python is the select Django would draw: the same options, the
chosen one selected, labels escaped, attributes kept."""
from django import forms
from django.test.html import parse_html

from accounts.widgets import LongSelect

CHOICES = [("", "— choose —"), ("DE", "Germany (DE)"), ("XX", "<b>Bad</b> & co")]


def test_it_draws_what_djangos_select_draws():
    for value in ("", "DE", None, "ZZ"):
        attrs = {"id": "id_country", "aria-describedby": "id_country_helptext", "class": "wide"}
        ours = LongSelect(choices=CHOICES).render("country", value, attrs=attrs)
        django_s = forms.Select(choices=CHOICES).render("country", value, attrs=attrs)
        assert parse_html(ours) == parse_html(django_s), value


def test_it_escapes_labels_and_marks_the_chosen_option():
    html = LongSelect(choices=CHOICES).render("country", "XX")
    assert "&lt;b&gt;Bad&lt;/b&gt; &amp; co" in html and '<option value="XX" selected>' in html
