"""Chain checks move here from oversight: the log owns its verification and remembered heads.
oversight 0003 copies the existing rows over and drops its table."""
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0004_drop_application_link"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ChainCheck",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("checked_at", models.DateTimeField(db_index=True)),
                ("trigger", models.CharField(choices=[("periodic", "Periodic check"), ("on_demand", "Run on demand"), ("command", "verify_audit command")], max_length=16)),
                ("verified", models.BigIntegerField(help_text="Events verified before the first problem (all of them if intact).")),
                ("intact", models.BooleanField()),
                ("broken_sequence", models.BigIntegerField(blank=True, null=True)),
                ("problem", models.TextField(blank=True)),
                ("duration_ms", models.PositiveIntegerField(default=0)),
                ("head_sequence", models.BigIntegerField(blank=True, null=True)),
                ("head_hash", models.CharField(blank=True, max_length=64)),
                ("checked_by", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+", to=settings.AUTH_USER_MODEL)),
            ],
            options={
                "ordering": ["-checked_at"],
            },
        ),
    ]
