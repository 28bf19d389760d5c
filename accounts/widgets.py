"""A select for long lists (the 249 countries), drawn in Python.

Django draws each option of a select through its own template; on the application form, with a
country list per end-user row, that was most of the page's time under load. The HTML is the same
as Django's own select (attributes, selected option, escaping)."""
from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


class LongSelect(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        selected = set(self.format_value(value))
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        if self.is_required:
            final_attrs.setdefault("required", True)
        options = format_html_join(
            "", '<option value="{}"{}>{}</option>',
            ((option_value, " selected" if str(option_value) in selected else "", label)
             for option_value, label in self.choices),
        )
        return format_html("<select{}>{}</select>", flatatt(final_attrs), options)
