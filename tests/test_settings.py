"""Production settings fail loudly on a missing required value; the embedded default needs none."""
import os
import secrets
import subprocess
import sys

import pytest

from config.settings import BASE_DIR


def load_settings(**env):
    clean = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL")}
    return subprocess.run(
        [sys.executable, "-c", "import config.settings as s; print(s.DATABASES['default']['ENGINE'], s.CELERY_TASK_ALWAYS_EAGER)"],
        cwd=BASE_DIR, env={**clean, **env}, capture_output=True, text=True, timeout=60,
    )


@pytest.mark.parametrize("env, missing", [
    ({}, "SECRET_KEY"),
    ({"SECRET_KEY": "s3cret"}, "ALLOWED_HOSTS"),
])
def test_production_mode_refuses_to_start_without_required_values(env, missing):
    result = load_settings(**env)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_the_embedded_default_is_sqlite_with_tasks_in_process():
    result = load_settings(DEBUG="true")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.sqlite3", "True"]


def test_a_broker_url_turns_off_in_process_tasks():
    result = load_settings(DEBUG="true", REDIS_URL="redis://127.0.0.1:6379/0", DATABASE_URL="postgres://u@h/db")
    assert result.stdout.split() == ["django.db.backends.postgresql", "False"]


def production_free_environ() -> dict:
    """A bare environment: none of what the settings read (the test settings set some), nor what
    other tests leave in this process's environment (DJANGO_ALLOW_ASYNC_UNSAFE, …)."""
    return {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")}


def setting(expression: str, **env) -> str:
    clean = production_free_environ()
    result = subprocess.run(
        [sys.executable, "-c", f"import config.settings as s; print({expression})"],
        cwd=BASE_DIR, env={**clean, **env}, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize("env, backend", [
    ({"REDIS_URL": "redis://127.0.0.1:6379/0"}, "django.core.cache.backends.redis.RedisCache"),
    ({}, "django.core.cache.backends.db.DatabaseCache"),
])
def test_rate_limits_count_in_a_cache_every_process_shares(env, backend):
    # A per-process cache (Django's default) lets each gunicorn worker count failures on its own.
    assert setting("s.CACHES['default']['BACKEND']", DEBUG="true", **env) == backend


def test_disable_rate_limits_switches_allauths_defaults_off_too():
    # `{}` would keep allauth's own defaults; only `False` switches them off.
    assert setting("s.ACCOUNT_RATE_LIMITS", DEBUG="true", DISABLE_RATE_LIMITS="true") == "False"
    assert "login_failed" in setting("s.ACCOUNT_RATE_LIMITS", DEBUG="true")


def test_in_debug_each_django_log_line_is_printed_once():
    script = ("import django, logging, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'config.settings'; django.setup(); "
              "logging.getLogger('django.request').warning('one line only')")
    result = subprocess.run([sys.executable, "-c", script], cwd=BASE_DIR, env={**production_free_environ(), "DEBUG": "true"},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("one line only") == 1, result.stderr


def test_check_deploy_is_silent_with_the_production_environment_the_readme_documents():
    from tests.deployment import production_dotenv, service_environment

    dotenv = production_dotenv()
    # The README tells the operator to generate these; stand in for what they would generate.
    dotenv = {name: secrets.token_urlsafe(50) if value.startswith("<") else value for name, value in dotenv.items()}
    environment = service_environment("web", dotenv)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        cwd=BASE_DIR, env={**production_free_environ(), **environment}, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert result.stdout == "System check identified no issues (0 silenced).\n"


def test_https_is_enforced_by_default_in_production():
    env = {"SECRET_KEY": "s3cret", "ALLOWED_HOSTS": "review.example.org"}
    assert setting("(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
                   "s.SECURE_HSTS_PRELOAD)", **env) == "(True, 31536000, True, True)"
    assert setting("(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS)", DEBUG="true") == "(False, 0)"
    assert setting("(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS)", SECURE_SSL_REDIRECT="false",
                   SECURE_HSTS_SECONDS="3600", **env) == "(False, 3600)"


@pytest.mark.django_db
def test_the_https_redirect_spares_the_health_check_only(settings):
    from django.test import Client

    settings.SECURE_SSL_REDIRECT = True
    client = Client()  # a new client loads the middleware with this setting
    assert client.get("/healthz").status_code == 200
    response = client.get("/accounts/login/")
    assert response.status_code == 301 and response["Location"] == "https://testserver/accounts/login/"
    secure = client.get("/accounts/login/", secure=True)
    assert secure.status_code == 200 and secure["Strict-Transport-Security"].startswith("max-age=")


def test_behind_a_tls_proxy_rate_limits_use_the_forwarded_client_address():
    assert setting("s.ALLAUTH_TRUSTED_PROXY_COUNT", DEBUG="true", BEHIND_TLS_PROXY="true") == "1"
    assert setting("s.ALLAUTH_TRUSTED_PROXY_COUNT", DEBUG="true") == "0"


def test_migrate_alone_leaves_a_working_database_cache(tmp_path):
    # The embedded mode (SQLite, no Redis): sign-in throttling needs the cache table.
    script = ("import django, os; django.setup(); from django.core.management import call_command; "
              "call_command('migrate', verbosity=0); from django.core.cache import cache; "
              "cache.set('k', 'v'); print(cache.get('k'))")
    env = {**production_free_environ(), "DEBUG": "true", "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
           "DJANGO_SETTINGS_MODULE": "config.settings"}
    result = subprocess.run([sys.executable, "-c", script], cwd=BASE_DIR, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("v")
