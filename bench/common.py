"""What the benchmarks share: a freshly created PostgreSQL database for each, and Django set up on
it with the test settings."""
import os

import psycopg
from psycopg import sql


def recreate_database(url: str) -> None:
    """Drop (closing its sessions) and create the database `url` names."""
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def setup_django(url: str, *, migrate: bool = False) -> None:
    """Django on `url` with the test settings; `migrate` builds the schema of a fresh database."""
    os.environ.update(DATABASE_URL=url, DJANGO_SETTINGS_MODULE="config.settings_test")
    import django

    django.setup()
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
