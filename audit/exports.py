"""Streaming exports of the audit log as CSV and JSON Lines, in constant memory.

Rows are read from the database in chunks (a server-side cursor on PostgreSQL) and written to
the response as they come, so exporting a million events holds a few thousand in memory at a
time. Each row carries every hashed field verbatim (`data_json` as stored, not re-serialised),
so whoever receives an export can recompute the chain without access to the database.
"""
import csv
import itertools
import json

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.utils import timezone

from audit.models import AuditEvent

# The fields of `audit.models.event_hash`, in its order, then the hash; then the subject's kind
# and public id, which are not hashed (they locate the subject; the reference names it).
HASHED_COLUMNS = (
    "sequence", "created_at", "actor_id", "actor_label", "action", "subject_reference",
    "from_state", "to_state", "data_json", "prev_hash",
)
COLUMNS = (*HASHED_COLUMNS, "hash", "subject_kind", "subject_public_id")
CHUNK_SIZE = 5_000
ROWS_PER_WRITE = 1_000
FORMATS = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
}
# Spreadsheet programs run a cell that starts like a formula; no hashed field can start so
# except an actor's email, and a quote in front keeps that one inert.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class _Lines:
    """A file-like object whose write() returns what was written (for csv.writer)."""

    def write(self, value: str) -> str:
        return value


def _rows(queryset):
    if not isinstance(queryset, QuerySet):
        return queryset  # rows already being read (see `export_lines`)
    return queryset.order_by("sequence").values_list(*COLUMNS).iterator(chunk_size=CHUNK_SIZE)


def _inert(value):
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_STARTS) else value


def csv_lines(queryset):
    writer = csv.writer(_Lines())
    yield writer.writerow(COLUMNS)
    batch = []
    for seq, created_at, actor_id, actor_label, *rest in _rows(queryset):
        batch.append(writer.writerow((seq, created_at.isoformat(), actor_id, _inert(actor_label), *rest)))
        if len(batch) >= ROWS_PER_WRITE:
            yield "".join(batch)
            batch.clear()
    if batch:
        yield "".join(batch)


def jsonl_lines(queryset):
    dumps = json.dumps
    batch = []
    for row in _rows(queryset):
        record = dict(zip(COLUMNS, row, strict=True))
        record["created_at"] = record["created_at"].isoformat()
        batch.append(dumps(record, ensure_ascii=False) + "\n")
        if len(batch) >= ROWS_PER_WRITE:
            yield "".join(batch)
            batch.clear()
    if batch:
        yield "".join(batch)


def export_lines(queryset, fmt: str):
    """The lines of the export of `queryset` (audit events) in format "csv" or "jsonl", started:
    its query has run and its first row is read, so an export that cannot start raises here."""
    rows = _rows(queryset)
    first = list(itertools.islice(rows, 1))
    started = itertools.chain(first, rows)
    return csv_lines(started) if fmt == "csv" else jsonl_lines(started)


def export_response(lines, fmt: str) -> StreamingHttpResponse:
    """The streamed response of an export's lines (`export_lines`)."""
    content_type, extension = FORMATS[fmt]
    response = StreamingHttpResponse(lines, content_type=content_type)
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    response["Content-Disposition"] = f'attachment; filename="audit-log-{stamp}.{extension}"'
    return response


def exportable_events():
    return AuditEvent.objects.all()
