"""Chain checks now live in audit (audit.ChainCheck): copy every row there, ids and all (the
latest check and the remembered head are found by them), then drop this app's table."""
from django.core.management.color import no_style
from django.db import migrations

FIELDS = ("id", "checked_at", "trigger", "checked_by_id", "verified", "intact", "broken_sequence", "problem",
          "duration_ms", "head_sequence", "head_hash")


def copy_to_audit(apps, schema_editor):
    Old = apps.get_model("oversight", "ChainCheck")
    New = apps.get_model("audit", "ChainCheck")
    rows = [New(**dict(zip(FIELDS, values, strict=True))) for values in Old.objects.order_by("pk").values_list(*FIELDS)]
    New.objects.bulk_create(rows, batch_size=1000)
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [New]):
            cursor.execute(sql)


def move_back(apps, schema_editor):
    Old = apps.get_model("oversight", "ChainCheck")
    New = apps.get_model("audit", "ChainCheck")
    Old.objects.bulk_create(
        [Old(**dict(zip(FIELDS, values, strict=True))) for values in New.objects.order_by("pk").values_list(*FIELDS)],
        batch_size=1000,
    )
    New.objects.all().delete()
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [Old]):
            cursor.execute(sql)


class Migration(migrations.Migration):

    dependencies = [
        ("oversight", "0002_chain_check_head"),
        ("audit", "0005_chaincheck"),
    ]

    operations = [
        migrations.RunPython(copy_to_audit, move_back),
        migrations.DeleteModel(name="ChainCheck"),
    ]
