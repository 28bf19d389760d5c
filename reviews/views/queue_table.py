"""The rows of the reviewer queue's table."""
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from reviews.states import State

STATE_LABELS = dict(State.choices)
ORG_TYPE_SHORT = {"police_department": "police", "other_law_enforcement": "other law enforcement", "vendor": "vendor",
                  "government": "government", "commercial": "company", "nonprofit": "nonprofit", "academic": "academic"}


def queue_rows(rows, today) -> SafeString:
    """The queue table's rows. Built here rather than in the template: a reviewer loads this page
    all day, and fifty rows of template lookups cost more than every query of the page together."""
    html = []
    for app in rows:
        overdue = app.due_on is not None and app.due_on < today
        html.append(format_html(
            '<tr{}><td><a href="/review/{}/">{}</a>{}</td><td><a href="/review/{}/">{}</a></td><td>{} <span class="muted">({})</span></td>'
            '<td>{}</td><td><span class="state state-{}">{}</span>{}</td><td>{}</td><td class="rules">{}</td>'
            "<td>{}{}</td><td>{}</td></tr>",
            mark_safe(' class="overdue"') if overdue else "",  # noqa: S308 - constant
            app.public_id, app.reference,
            mark_safe(' <span class="tag">appeal</span>') if app.appealed_at else "",  # noqa: S308 - constant
            app.public_id, app.title, app.org_name, ORG_TYPE_SHORT.get(app.org_type, app.org_type), app.org_country,
            app.state, STATE_LABELS.get(app.state, app.state),
            mark_safe(' <span class="tag">scrutiny</span>') if app.enhanced_scrutiny_required else "",  # noqa: S308
            app.risk_score if app.latest_screening_id else "—",
            ", ".join(app.matched_rule_ids or []),
            app.due_on.isoformat() if app.due_on else "—",
            mark_safe(' <strong class="bad">overdue</strong>') if overdue else "",  # noqa: S308 - constant
            app.assignee.email if app.assignee_id else "—",
        ))
    return mark_safe("".join(html))  # noqa: S308 - every row above is format_html-escaped
