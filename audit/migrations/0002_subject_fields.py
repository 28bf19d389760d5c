"""The audit event names its subject generically (kind + public id) instead of by a foreign key
to reviews.Application; the hashed reference column is renamed, its values untouched.

Depends on screening 0002, which writes the first policy events with the schema of 0001.
"""
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0001_initial"),
        ("screening", "0002_activate_policy_v1"),
    ]

    operations = [
        migrations.RenameField(model_name="auditevent", old_name="application_reference", new_name="subject_reference"),
        migrations.AlterField(
            model_name="auditevent",
            name="subject_reference",
            field=models.CharField(blank=True, db_index=True, max_length=64),
        ),
        migrations.AddField(
            model_name="auditevent",
            name="subject_kind",
            field=models.CharField(blank=True, max_length=32),
        ),
        migrations.AddField(
            model_name="auditevent",
            name="subject_public_id",
            field=models.CharField(blank=True, max_length=64),
        ),
    ]
