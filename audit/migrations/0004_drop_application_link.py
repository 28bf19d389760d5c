"""The foreign key to reviews.Application goes: the subject columns name it now."""
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0003_fill_subjects"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="auditevent", name="audit_app_seq_idx"),
        migrations.RemoveField(model_name="auditevent", name="application"),
        migrations.AddIndex(
            model_name="auditevent",
            index=models.Index(fields=["subject_kind", "subject_public_id", "sequence"], name="audit_subject_seq_idx"),
        ),
        migrations.AddIndex(
            model_name="auditevent",
            index=models.Index(fields=["subject_public_id"], name="audit_subject_public_id_idx"),
        ),
    ]
