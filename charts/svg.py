"""Charts drawn on the server as SVG: no script, no library, nothing from a CDN (the CSP
forbids all three). Colours come from classes in app.css; every chart is `aria-hidden` because
the page puts a table with the same numbers beside it for screen readers.

A foundation module: the oversight dashboard and the public transparency report both draw with
it, and neither imports the other."""
import math

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

BAR_HEIGHT, BAR_GAP, LABEL_WIDTH, WIDTH = 22, 6, 120, 640


def _scale(value: float, top: float, span: float) -> float:
    return 0 if top <= 0 else span * value / top


def hbar_chart(rows: list[tuple], *, unit: str = "", css: str = "") -> SafeString:
    """Horizontal bars, one per (label, value) or (label, value, text shown instead of the value)."""
    if not rows:
        return mark_safe("")  # noqa: S308 - constant
    rows = [(row[0], row[1], row[2] if len(row) > 2 else None) for row in rows]
    top = max(value for _, value, _ in rows)
    # Room for the longest label (about 7 px a character at the chart's font size).
    label_width = min(max(LABEL_WIDTH, 12 + 7 * max(len(str(label)) for label, _, _ in rows)), WIDTH // 2)
    span = WIDTH - label_width - 70
    height = len(rows) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP
    bars = []
    for i, (label, value, text) in enumerate(rows):
        y = BAR_GAP + i * (BAR_HEIGHT + BAR_GAP)
        bars.append(format_html(
            '<text x="{}" y="{}" class="chart-label" text-anchor="end">{}</text>'
            '<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar {}"/>'
            '<text x="{}" y="{}" class="chart-value">{}{}</text>',
            label_width - 8, y + BAR_HEIGHT - 6, label,
            label_width, y, _f(max(_scale(value, top, span), 1 if value else 0)), BAR_HEIGHT, css,
            _f(label_width + _scale(value, top, span) + 6), y + BAR_HEIGHT - 6,
            _number(value) if text is None else text, unit if text is None else "",
        ))
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" width="{}" height="{}" role="img" aria-hidden="true" '
        'xmlns="http://www.w3.org/2000/svg">{}</svg>',
        WIDTH, height, WIDTH, height, mark_safe("".join(bars)),  # noqa: S308 - built with format_html
    )


def stacked_columns(columns: list[str], series: list[tuple[str, list[float]]]) -> SafeString:
    """Columns (e.g. weeks) stacked by series (e.g. states), with a legend."""
    if not columns or not series:
        return mark_safe("")  # noqa: S308 - constant
    height, bottom, left, legend_width = 220, 190, 40, 170
    plot_width = WIDTH - left - legend_width
    totals = [sum(values[i] for _, values in series) for i in range(len(columns))]
    top = max(totals) or 1
    step = plot_width / len(columns)
    tick_width = max(48, 8 + 6 * max(len(str(column)) for column in columns))
    width = max(step * 0.7, 2)
    parts = [format_html('<line x1="{}" y1="{}" x2="{}" y2="{}" class="chart-axis"/>', left, bottom, left + plot_width, bottom),
             format_html('<text x="{}" y="{}" class="chart-label" text-anchor="end">{}</text>', left - 4, 14, _number(top))]
    for i, column in enumerate(columns):
        x, y = left + i * step + (step - width) / 2, bottom
        for index, (_, values) in enumerate(series):
            h = _scale(values[i], top, bottom - 10)
            if h:
                y -= h
                parts.append(format_html('<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar series-{}"/>',
                                         _f(x), _f(y), _f(width), _f(h), index % 8))
        # Only as many tick labels as fit side by side (about 6 px a character, 48 px at least).
        if i % max(1, math.ceil(tick_width / step)) == 0:
            parts.append(format_html('<text x="{}" y="{}" class="chart-tick" text-anchor="middle">{}</text>',
                                     _f(x + width / 2), bottom + 16, column))
    legend = format_html_join("", '<rect x="{}" y="{}" width="12" height="12" class="chart-bar series-{}"/>'
                                  '<text x="{}" y="{}" class="chart-label">{}</text>',
                              ((WIDTH - legend_width + 10, 8 + k * 18, k % 8, WIDTH - legend_width + 28, 18 + k * 18, name)
                               for k, (name, _) in enumerate(series)))
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" width="{}" height="{}" role="img" aria-hidden="true" '
        'xmlns="http://www.w3.org/2000/svg">{}{}</svg>',
        WIDTH, height, WIDTH, height, mark_safe("".join(parts)), legend,  # noqa: S308 - format_html parts
    )


def _f(value: float) -> str:
    """Coordinates as text: format_html escapes its arguments, so numbers are formatted first."""
    return f"{value:.1f}"


def _number(value: float) -> str:
    """A value as people read it, in the page's language (1,234.5 or 1.234,5)."""
    return number_format(value, 0 if float(value).is_integer() else 1, force_grouping=True)
