"""The database cache's table (settings.CACHES when REDIS_URL is not set), created with the
schema so that every `migrate` (make run, compose, benchmarks, screenshots) leaves a working
cache; `createcachetable` stays harmless (it skips a table that exists)."""
from django.core.management import call_command
from django.db import migrations

CACHE_TABLE = "django_cache"


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", CACHE_TABLE, database=schema_editor.connection.alias, verbosity=0)


def drop_cache_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(CACHE_TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_invitation")]

    operations = [migrations.RunPython(create_cache_table, drop_cache_table)]
