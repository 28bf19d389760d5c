"""Highlight screening evidence inside the applicant's own text, safely escaped."""
from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext

register = template.Library()


@register.filter
def highlight(text: str, spans) -> str:
    """Wrap each evidence span of this field in <mark>; negated spans are marked as such."""
    text = text or ""
    spans = sorted((s for s in spans or [] if 0 <= s.get("start", -1) < s.get("end", -1) <= len(text)),
                   key=lambda s: (s["start"], -s["end"]))
    out, position = [], 0
    # The tooltip of a highlighted passage: whether the screening counted it.
    titles = {True: escape(pgettext("evidence tooltip", "negated: does not count")),
              False: escape(pgettext("evidence tooltip", "evidence"))}
    for span in spans:
        if span["start"] < position:
            continue  # overlapping evidence: the first (longest) one is shown
        out.append(escape(text[position:span["start"]]))
        css = "evidence negated" if span.get("negated") else "evidence"
        title = titles[bool(span.get("negated"))]
        out.append(f'<mark class="{css}" title="{title}">{escape(text[span["start"]:span["end"]])}</mark>')
        position = span["end"]
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece of text above is escaped
