"""The rows of the reviewer queue's table."""
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from reviews.states import State

STATE_LABELS = dict(State.choices)
ORG_TYPE_SHORT = {"police_department": _("police"), "other_law_enforcement": _("other law enforcement"),
                  "vendor": _("vendor"), "government": _("government"), "commercial": _("company"),
                  "nonprofit": _("nonprofit"), "academic": _("academic")}


def queue_rows(rows, today) -> SafeString:
    """The queue table's rows. Built here rather than in the template: a reviewer loads this page
    all day, and fifty rows of template lookups cost more than every query of the page together."""
    # Every label in the reader's language, looked up once for the page rather than once a row.
    states = {value: str(label) for value, label in STATE_LABELS.items()}
    org_types = {value: str(label) for value, label in ORG_TYPE_SHORT.items()}
    appeal = format_html(' <span class="tag">{}</span>', gettext("appeal"))
    scrutiny = format_html(' <span class="tag">{}</span>', gettext("scrutiny"))
    overdue_mark = format_html(' <strong class="bad">{}</strong>', gettext("overdue"))
    html = []
    for app in rows:
        overdue = app.due_on is not None and app.due_on < today
        html.append(format_html(
            '<tr{}><td><a href="/review/{}/">{}</a>{}</td><td><a href="/review/{}/">{}</a></td><td>{} <span class="muted">({})</span></td>'
            '<td>{}</td><td><span class="state state-{}">{}</span>{}</td><td>{}</td><td class="rules">{}</td>'
            '<td>{}{}</td><td>{}</td></tr>',
            mark_safe(' class="overdue"') if overdue else "",  # noqa: S308 - constant
            app.public_id, app.reference, appeal if app.appealed_at else "",
            app.public_id, app.title, app.org_name, org_types.get(app.org_type, app.org_type), app.org_country,
            app.state, states.get(app.state, app.state), scrutiny if app.enhanced_scrutiny_required else "",
            app.risk_score if app.latest_screening_id else "—",
            ", ".join(app.matched_rule_ids or []),
            format_html('<time datetime="{}">{}</time>', app.due_on.isoformat(), date_format(app.due_on, "SHORT_DATE_FORMAT"))
            if app.due_on else "—",
            overdue_mark if overdue else "",
            app.assignee.email if app.assignee_id else "—",
        ))
    return mark_safe("".join(html))  # noqa: S308 - every row above is format_html-escaped
